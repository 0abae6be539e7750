"""Figures for a dyad (Goldstein line over stacked quad counts) and the relationship matrix.

matplotlib with the Agg backend: files only, no display needed. The format follows the
file name (.png or .svg).
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from dyadwatch.analysis.escalation import Escalation  # noqa: E402
from dyadwatch.analysis.frame import QUAD_COLUMNS, QUAD_LABELS  # noqa: E402
from dyadwatch.errors import InputError  # noqa: E402

FORMATS = (".png", ".svg")
# Cooperation in blues/greens, conflict in oranges/reds, the usual reading of QuadClass.
QUAD_COLOURS = {"verbal_coop": "#9ecae1", "material_coop": "#3182bd",
                "verbal_conflict": "#fdae6b", "material_conflict": "#d94801"}
PERIOD_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
ANNOTATED_EVENTS = 4
ANNOTATED_COOPERATION = 2


def check_plot_path(path: str | Path) -> Path:
    out = Path(path)
    if out.suffix.lower() not in FORMATS:
        raise InputError(str(path), "plot file must end in .png or .svg")
    if not out.parent.exists():
        raise InputError(str(path), f"folder {out.parent} does not exist")
    return out


def plot_dyad(series: pd.DataFrame, path: str | Path, *, title: str, by: str = "month",
              escalation: Escalation | None = None, events: pd.DataFrame | None = None) -> Path:
    """Two panels sharing the time axis: mean Goldstein per period (top) with the largest
    events annotated, and stacked counts per QuadClass (bottom); escalation shaded on both."""
    out = check_plot_path(path)
    if series.empty:
        raise InputError(str(path), "nothing to plot: the dyad has no events in this range")
    starts = pd.to_datetime(series["start"])
    width = PERIOD_DAYS[by] * 0.8
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(11, 7),
                                      gridspec_kw={"height_ratios": [1, 1.2]})
    centres = starts + pd.to_timedelta(PERIOD_DAYS[by] / 2, unit="D")
    top.axhline(0, color="#888888", linewidth=0.8)
    top.plot(centres, series["goldstein_mean"], marker="o", color="#333333",
             label="mean Goldstein per event")
    top.set_ylim(-10.5, 10.5)
    top.set_ylabel("Goldstein (−10 conflict … +10 cooperation)")
    _annotate(top, events, by)
    base = np.zeros(len(series))
    for name in QUAD_COLUMNS.values():
        bottom.bar(starts, series[name], width=width, bottom=base, align="edge",
                   color=QUAD_COLOURS[name], label=QUAD_LABELS[name])
        base = base + series[name].to_numpy()
    bottom.set_ylabel(f"events per {by} (clusters)")
    bottom.set_xlabel(f"{by} (event date; undated events by publication date)")
    if escalation is not None:
        _shade(top, bottom, escalation, by)
    top.legend(loc="upper left", fontsize=8)
    bottom.legend(loc="upper left", fontsize=8, ncols=2)
    _date_axis(bottom, by)
    fig.suptitle(title)
    if escalation is not None:
        fig.text(0.01, 0.005, _wrap(escalation.message), fontsize=8, va="bottom")
    fig.tight_layout(rect=(0, 0.06 if escalation is not None else 0, 1, 1))
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return out


def _annotate(axis, events: pd.DataFrame | None, by: str) -> None:
    """Label the largest events (by |Goldstein|), at most one per period, at their date."""
    if events is None or events.empty:
        return
    ranked = events.assign(weight=events["goldstein"].abs())
    ranked = ranked.sort_values(["weight", "n_docs"], ascending=False)
    extreme = ranked.drop_duplicates("period").head(ANNOTATED_EVENTS)
    # Conflict usually has the larger |Goldstein|; name the most cooperative acts too, so
    # that an apology or an agreement is not lost next to a raid.
    cooperative = ranked[ranked["goldstein"] > 0].head(ANNOTATED_COOPERATION)
    chosen = pd.concat([extreme, cooperative]).drop_duplicates("cluster_key")
    for k, (_, event) in enumerate(chosen.sort_values("when").iterrows()):
        what = event["trigger"] if isinstance(event["trigger"], str) else ""
        when = event["date"] if isinstance(event["date"], str) else f"{event['when']:%Y-%m-%d}"
        label = (f"{when} {event['source_code']}→{event['target_code']}"
                 f"\n{event['cameo']} {what[:24]}")
        y = float(event["goldstein"])
        lift = 26 + 24 * (k % 3)
        # Labels go toward the zero line from extreme values, away from it otherwise, so
        # they stay inside the ±10 axis and off the mean line.
        upward = y < -5 or 0 <= y <= 5
        axis.annotate(label, (event["when"], y), textcoords="offset points",
                      xytext=(36 * (-1) ** k, lift if upward else -lift), ha="center",
                      fontsize=7,
                      arrowprops={"arrowstyle": "-", "color": "#777"},
                      bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#bbb"})
        axis.plot([event["when"]], [y], marker="D", color="#d94801" if y < 0 else "#3182bd")


def _shade(top, bottom, escalation: Escalation, by: str) -> None:
    labelled = False
    for episode in escalation.episodes:
        start = pd.Timestamp(episode.start)
        end = pd.Period(pd.Timestamp(episode.end), freq=_freq(by)).end_time
        for axis in (top, bottom):
            axis.axvspan(start, end, color="#e34a33", alpha=0.12,
                         label=None if labelled or axis is bottom else "escalation")
        labelled = True


def _freq(by: str) -> str:
    return {"day": "D", "week": "W-SUN", "month": "M", "year": "Y"}[by]


def _date_axis(axis, by: str) -> None:
    locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
    axis.xaxis.set_major_locator(locator)
    axis.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _wrap(text: str, width: int = 170) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines[:3])


def plot_matrix(matrix: pd.DataFrame, path: str | Path, *, title: str,
                value: str = "goldstein") -> Path:
    """Heatmap, red for conflict and blue for cooperation, centred on zero."""
    out = check_plot_path(path)
    if matrix.empty:
        raise InputError(str(path), "nothing to plot: no events between countries in range")
    values = matrix.to_numpy(float)
    limit = 10.0 if value == "goldstein" else max(1.0, float(np.nanmax(np.abs(values))))
    size = max(5.0, 0.45 * len(matrix.columns) + 3)
    fig, axis = plt.subplots(figsize=(size + 1.5, size))
    image = axis.imshow(np.ma.masked_invalid(values), cmap="RdBu", vmin=-limit, vmax=limit)
    axis.set_xticks(range(len(matrix.columns)), matrix.columns, rotation=90)
    axis.set_yticks(range(len(matrix.index)), matrix.index)
    axis.set_xlabel("target")
    axis.set_ylabel("source")
    axis.set_facecolor("#eeeeee")
    if len(matrix) <= 20:
        for (i, j), cell in np.ndenumerate(values):
            if not np.isnan(cell):
                axis.text(j, i, f"{cell:.1f}" if value == "goldstein" else f"{cell:.0f}",
                          ha="center", va="center", fontsize=7)
    label = "mean Goldstein" if value == "goldstein" else "net cooperation (events)"
    fig.colorbar(image, ax=axis, label=label, shrink=0.8)
    axis.set_title(title)
    fig.tight_layout()
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return out
