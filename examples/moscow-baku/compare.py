"""Counts the RUS-AZE events two ways and draws them side by side.

- "count every article": every coded event counts once per article that reports it, and is
  dated by the article's publication date (how GDELT-style event data is usually counted);
- dyadwatch: every cluster (one incident, however many articles) counts once, at the event's
  own date (undated events at their publication date).

Usage: python examples/moscow-baku/compare.py DB PNG   (run.sh calls it)
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display in CI

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import dyadwatch  # noqa: E402

CONFLICT_QUADS = (3, 4)


def monthly_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """Per month: events and conflict events, by publication date and by dyadwatch's rule."""
    events = frame.drop_duplicates("event_id")
    by_article = events.assign(month=events["pub_date"].str[:7])
    clusters = events.drop_duplicates("cluster_id")
    own_date = clusters["date"].fillna(clusters["pub_date"])
    by_cluster = clusters.assign(month=own_date.str[:7])
    table = pd.DataFrame({
        "every_article": by_article.groupby("month").size(),
        "every_article_conflict": by_article[by_article.quad.isin(CONFLICT_QUADS)]
        .groupby("month").size(),
        "dyadwatch": by_cluster.groupby("month").size(),
        "dyadwatch_conflict": by_cluster[by_cluster.quad.isin(CONFLICT_QUADS)]
        .groupby("month").size(),
    })
    return table.fillna(0).astype(int).sort_index()


def draw(table: pd.DataFrame, out: Path) -> None:
    fig, ax = plt.subplots(figsize=(9, 3.6))
    x = range(len(table))
    ax.bar([i - 0.2 for i in x], table["every_article_conflict"], width=0.4,
           color="#bbbbbb", label="count every article, by publication date")
    ax.bar([i + 0.2 for i in x], table["dyadwatch_conflict"], width=0.4,
           color="#d95f02", label="dyadwatch: one per incident, by event date")
    ax.set_xticks(list(x), table.index, rotation=45, ha="right")
    ax.set_ylabel("conflict events (QuadClass 3-4)")
    ax.set_title("RUS–AZE conflict events per month, counted two ways")
    ax.legend(frameon=False)
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)


def main(db: str, out: str) -> None:
    with dyadwatch.open(db) as store:
        frame = store.events_frame(dyad="RUS-AZE")
    table = monthly_counts(frame)
    draw(table, Path(out))
    print(table.to_string())
    print(f"chart written to {out}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: compare.py DB PNG")
    main(sys.argv[1], sys.argv[2])
