"""Per-period series for one dyad: quad counts, Goldstein, net cooperation, top events."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from dyadwatch.analysis.frame import (
    PERIODS,
    QUAD_COLUMNS,
    actor_matches,
    check_actor,
    check_frame,
    check_period,
    clusters,
    coarser_than,
    coverage,
    in_range,
    parse_bound,
    period_grid,
    period_label,
    period_of,
    quad_counts,
    unit_keys,
)
from dyadwatch.errors import InputError
from dyadwatch.record import FACTUAL_MODALITIES

SERIES_COLUMNS: tuple[str, ...] = (
    "period", "start", "events", *QUAD_COLUMNS.values(), "goldstein_sum", "goldstein_mean",
    "net_coop", "reports", "articles", "coverage", "by_pub_date", "imprecise", "top_events",
)
TOP_EVENTS_PER_PERIOD = 3


def dyad_mask(
    frame: pd.DataFrame, a: str, b: str, directed: bool = False
) -> pd.Series:
    """Rows whose source is `a` and target `b` (or the reverse, unless directed)."""
    a, b = check_actor(a), check_actor(b)
    if a == b:
        raise InputError(f"{a} {b}", "a dyad needs two different actors")
    src_a = actor_matches(frame["source_code"], frame["source_country"], a)
    src_b = actor_matches(frame["source_code"], frame["source_country"], b)
    tgt_a = actor_matches(frame["target_code"], frame["target_country"], a)
    tgt_b = actor_matches(frame["target_code"], frame["target_country"], b)
    forward = src_a & tgt_b
    return forward if directed else forward | (src_b & tgt_a)


def dyad_events(
    frame: pd.DataFrame,
    a: str,
    b: str,
    *,
    by: str = "month",
    directed: bool = False,
    dated_only: bool = False,
    date_from: str | None = None,
    date_to: str | None = None,
    modality: Sequence[str] | None = FACTUAL_MODALITIES,
) -> pd.DataFrame:
    """The dyad's event clusters, one row each, with `period` and date-quality flags."""
    check_period(by)
    frame = check_frame(frame)
    rows = frame[dyad_mask(frame, a, b, directed)]
    events = clusters(rows, modality=modality, dated_only=dated_only)
    events = events[in_range(events["when"], date_from, date_to)]
    events = events.assign(
        period=period_of(events["when"], by),
        imprecise=coarser_than(events["precision"], by) & ~events["by_pub_date"],
    )
    return events.sort_values(["when", "cluster_key"]).reset_index(drop=True)


def describe_event(event: Mapping[str, Any]) -> str:
    """One short line for a table cell or a plot label: date, who→whom, what, Goldstein."""
    when = event["date"] if isinstance(event.get("date"), str) else None
    when = when or f"{event['when']:%Y-%m-%d} (published)"
    what = event.get("trigger") or ""
    what = what if isinstance(what, str) else ""
    return (
        f"{when} {event['source_code']}→{event['target_code']} {event['cameo']}"
        f"{' ' + what if what else ''} ({event['goldstein']:+.1f})"
    )


def top_events(events: pd.DataFrame, n: int = TOP_EVENTS_PER_PERIOD) -> pd.DataFrame:
    """The weightiest events: largest |Goldstein|, then the most reported."""
    if events.empty:
        return events
    ranked = events.assign(weight=events["goldstein"].abs())
    ranked = ranked.sort_values(["weight", "n_docs", "when"], ascending=[False, False, True])
    return ranked.head(n).drop(columns="weight")


def dyad_series(
    frame: pd.DataFrame,
    a: str,
    b: str,
    by: str = "month",
    directed: bool = False,
    dated_only: bool = False,
    date_from: str | None = None,
    date_to: str | None = None,
    modality: Sequence[str] | None = FACTUAL_MODALITIES,
) -> pd.DataFrame:
    """One row per period from the dyad's first to last event (or the given bounds).

    Counts are of event clusters. `by_pub_date` counts events placed by their article's
    publication date because they carry no date of their own; `imprecise` counts events
    whose date is coarser than the period (a month-precision date in week or day mode is
    placed in the period holding the month's first day). `coverage` is the number of
    articles in the whole frame reporting any event in that period (see docs/escalation.md).
    """
    events = dyad_events(frame, a, b, by=by, directed=directed, dated_only=dated_only,
                         date_from=date_from, date_to=date_to, modality=modality)
    grid = _grid(events, by, date_from, date_to)
    if grid is None:
        return pd.DataFrame(columns=list(SERIES_COLUMNS))
    return series_table(frame, events, grid, by, coverage(frame, by))


def series_table(frame: pd.DataFrame, events: pd.DataFrame, grid: pd.PeriodIndex, by: str,
                 covered: pd.Series) -> pd.DataFrame:
    """The per-period table for events already chosen (see dyad_series), over `grid`."""
    events = events[events["period"].isin(grid)]
    groups = events.groupby("period")
    table = pd.DataFrame(index=grid)
    table["events"] = groups.size()
    table = table.join(quad_counts(groups))
    table["goldstein_sum"] = groups["goldstein"].sum()
    table["goldstein_mean"] = groups["goldstein"].mean()
    table["reports"] = groups["n_reports"].sum()
    table["articles"] = _articles(frame, events)
    table["coverage"] = covered
    table["by_pub_date"] = groups["by_pub_date"].sum()
    table["imprecise"] = groups["imprecise"].sum()
    counts = ["events", *QUAD_COLUMNS.values(), "goldstein_sum", "reports", "articles",
              "coverage", "by_pub_date", "imprecise"]
    table[counts] = table[counts].fillna(0)
    int_cols = [c for c in counts if c != "goldstein_sum"]
    table[int_cols] = table[int_cols].astype(int)
    table["net_coop"] = (
        table["verbal_coop"] + table["material_coop"]
        - table["verbal_conflict"] - table["material_conflict"]
    )
    table["top_events"] = _top_event_text(events)
    table["top_events"] = table["top_events"].fillna("")
    table["start"] = [p.start_time.strftime("%Y-%m-%d") for p in table.index]
    table["period"] = [period_label(p, by) for p in table.index]
    return table.reset_index(drop=True)[list(SERIES_COLUMNS)]


def _top_event_text(events: pd.DataFrame) -> pd.Series:
    """Per period, the weightiest events (as top_events ranks them) in one line."""
    if events.empty:
        return pd.Series(dtype="string")
    ranked = events.assign(weight=events["goldstein"].abs()).sort_values(
        ["period", "weight", "n_docs", "when"], ascending=[True, False, False, True])
    top = ranked.groupby("period").head(TOP_EVENTS_PER_PERIOD)
    text = pd.Series([describe_event(row) for row in top.to_dict("records")], index=top.index)
    return text.groupby(top["period"]).agg("; ".join)


def _grid(
    events: pd.DataFrame, by: str, date_from: str | None, date_to: str | None
) -> pd.PeriodIndex | None:
    lo, hi = parse_bound(date_from, end=False), parse_bound(date_to, end=True)
    first = lo.to_period(PERIODS[by]) if lo is not None else None
    last = hi.to_period(PERIODS[by]) if hi is not None else None
    if not events.empty:
        first = first or events["period"].min()
        last = last or events["period"].max()
    if first is None or last is None or first > last:
        return None
    return period_grid(first, last)


def _articles(frame: pd.DataFrame, events: pd.DataFrame) -> pd.Series:
    """Distinct articles reporting the dyad's events, per period."""
    if events.empty:
        return pd.Series(dtype=float)
    keys = unit_keys(check_frame(frame))
    period = events.set_index("cluster_key")["period"]
    pairs = pd.DataFrame({"doc": frame["doc_id"].to_numpy(),
                          "period": keys.map(period).to_numpy()}).dropna()
    return pairs.drop_duplicates().groupby("period").size()
