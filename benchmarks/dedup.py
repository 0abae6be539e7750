"""Measure cross-article deduplication on gold data with incident ids.

    python benchmarks/dedup.py [GOLD_DIR ...]   (default: tests/gold/dev)

Reads every NAME.txt / NAME.gold.jsonl pair under the folders (the gold format of
../shared/dev/README.md, plus an `incident` id per gold event), clusters the gold events
with the store's rule (dyadwatch.store.dedup) in file order, and prints pairwise precision
and recall of merging over event pairs from different documents.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dyadwatch.store.dedup import DedupEvent, cluster_all, pairwise_scores  # noqa: E402
from dyadwatch.store.records import actor_country, date_interval  # noqa: E402


def header(text: str) -> dict[str, str]:
    """The optional `key: value` lines before the first blank line of a gold article."""
    meta: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            break
        key, sep, value = line.partition(":")
        if not sep or " " in key.strip():
            return {}
        meta[key.strip().lower()] = value.strip()
    return meta


def precision_of(value: str | None) -> str | None:
    if not value:
        return None
    return {4: "year", 7: "month"}.get(len(value), "day")


def gold_events(folders: list[Path]) -> tuple[list[DedupEvent], list[str | None]]:
    events, incidents = [], []
    for folder in folders:
        for gold in sorted(folder.rglob("*.gold.jsonl")):
            name = gold.name[: -len(".gold.jsonl")]
            article = gold.with_name(name + ".txt")
            meta = header(article.read_text(encoding="utf-8")) if article.exists() else {}
            doc_id = str(gold.relative_to(folder).with_name(name))
            for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines()):
                if not line.strip():
                    continue
                g = json.loads(line)
                start, end = date_interval(g.get("date"), precision_of(g.get("date")))
                src = actor_country({"code": g.get("source")}) if g.get("source") else None
                tgt = actor_country({"code": g.get("target")}) if g.get("target") else None
                events.append(DedupEvent(
                    event_id=f"{doc_id}#{i}", doc_id=doc_id, cameo=str(g["cameo"]),
                    pairs=[(src, tgt)], date_start=start, date_end=end,
                    pub_date=meta.get("published"), sentence=g.get("sentence") or "",
                    trigger=g.get("trigger") or "",
                ))
                incidents.append(g.get("incident"))
    return events, incidents


def measure(folders: list[Path]) -> dict[str, float]:
    events, incidents = gold_events(folders)
    clusters = cluster_all(events)
    scores = pairwise_scores(clusters, incidents, [e.doc_id for e in events])
    scores.update(events=len(events), documents=len({e.doc_id for e in events}),
                  clusters=len(set(clusters)),
                  incidents=len({i for i in incidents if i is not None}))
    return scores


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [ROOT / "tests" / "gold" / "dev"]
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        print(f"dedup benchmark: no gold folder {', '.join(missing)}", file=sys.stderr)
        return 1
    scores = measure(folders)
    if not scores["incidents"]:
        print("dedup benchmark: the gold events carry no incident ids", file=sys.stderr)
        return 1
    for key, value in scores.items():
        print(f"{key:>14}: {value:.3f}" if isinstance(value, float) else f"{key:>14}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
