"""Who is most active in the store, alone and in pairs, and whether that is rising."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from dyadwatch.analysis.frame import (
    QUAD_COLUMNS,
    check_period,
    clusters,
    in_range,
    period_of,
)
from dyadwatch.errors import InputError
from dyadwatch.record import FACTUAL_MODALITIES

LEVELS = ("country", "code")
RECENT_PERIODS = {"day": 14, "week": 4, "month": 3, "year": 1}


def actor_sides(events: pd.DataFrame, level: str) -> tuple[pd.Series, pd.Series]:
    """Source and target at the chosen level (country falls back to the code's ISO3 part)."""
    if level not in LEVELS:
        raise InputError("--level", f"use one of {', '.join(LEVELS)}")
    if level == "code":
        return events["source_code"].astype("string"), events["target_code"].astype("string")
    src = events["source_country"].astype("string").fillna(
        events["source_code"].astype("string").str.slice(0, 3))
    tgt = events["target_country"].astype("string").fillna(
        events["target_code"].astype("string").str.slice(0, 3))
    return src, tgt


def _events(frame: pd.DataFrame, by: str, modality: Sequence[str] | None,
            date_from: str | None, date_to: str | None) -> pd.DataFrame:
    check_period(by)
    events = clusters(frame, modality=modality)
    events = events[in_range(events["when"], date_from, date_to)]
    return events.assign(period=period_of(events["when"], by))


def _trend(recent: pd.Series, previous: pd.Series) -> pd.Series:
    """rising / falling / steady: at least half again (and two events) up or down."""
    diff = recent - previous
    change = diff / np.maximum(previous, 1)
    return pd.Series(
        np.select([(change >= 0.5) & (diff >= 2), (change <= -0.5) & (diff <= -2)],
                  ["rising", "falling"], "steady"),
        index=recent.index,
    )


def _windows(periods: pd.Series, by: str, recent: int | None) -> tuple[pd.Series, pd.Series]:
    """Masks for the last `recent` periods of the data and the as many before them."""
    size = recent or RECENT_PERIODS[by]
    last = periods.max()
    now = periods > last - size
    before = (periods <= last - size) & (periods > last - 2 * size)
    return now, before


def top_actors(frame: pd.DataFrame, top: int = 10, *, level: str = "country",
               by: str = "month", recent: int | None = None,
               modality: Sequence[str] | None = FACTUAL_MODALITIES,
               date_from: str | None = None, date_to: str | None = None) -> pd.DataFrame:
    """Most active actors: events as source or target (clusters), articles, mean Goldstein,
    events in the last `recent` periods against the as many before, and the trend."""
    events = _events(frame, by, modality, date_from, date_to)
    columns = ["actor", "events", "as_source", "as_target", "articles", "goldstein_mean",
               "recent", "previous", "trend"]
    if events.empty:
        return pd.DataFrame(columns=columns)
    src, tgt = actor_sides(events, level)
    now, before = _windows(events["period"], by, recent)
    long = pd.concat([
        pd.DataFrame({"actor": src, "role": "source", "key": events["cluster_key"],
                      "g": events["goldstein"], "docs": events["n_docs"], "now": now,
                      "before": before}),
        pd.DataFrame({"actor": tgt, "role": "target", "key": events["cluster_key"],
                      "g": events["goldstein"], "docs": events["n_docs"], "now": now,
                      "before": before}),
    ]).dropna(subset=["actor"])
    once = long.drop_duplicates(["actor", "key"])  # an actor on both sides counts once
    groups = once.groupby("actor")
    table = pd.DataFrame({
        "events": groups.size(),
        "as_source": long[long["role"] == "source"].groupby("actor").size(),
        "as_target": long[long["role"] == "target"].groupby("actor").size(),
        "articles": groups["docs"].sum(),
        "goldstein_mean": groups["g"].mean().round(2),
        "recent": groups["now"].sum(),
        "previous": groups["before"].sum(),
    }).fillna(0)
    int_cols = ["events", "as_source", "as_target", "articles", "recent", "previous"]
    table[int_cols] = table[int_cols].astype(int)
    table["trend"] = _trend(table["recent"], table["previous"])
    table = table.rename_axis("actor").reset_index()
    table = table.sort_values(["events", "articles", "actor"], ascending=[False, False, True])
    return table.head(top).reset_index(drop=True)[columns]


def top_dyads(frame: pd.DataFrame, top: int = 10, *, level: str = "country",
              by: str = "month", recent: int | None = None,
              modality: Sequence[str] | None = FACTUAL_MODALITIES,
              date_from: str | None = None, date_to: str | None = None) -> pd.DataFrame:
    """Most active pairs (undirected, each actor with itself left out), with quad counts,
    mean Goldstein, net cooperation and the trend."""
    events = _events(frame, by, modality, date_from, date_to)
    columns = ["dyad", "a", "b", "events", *QUAD_COLUMNS.values(), "goldstein_mean",
               "net_coop", "recent", "previous", "trend"]
    if events.empty:
        return pd.DataFrame(columns=columns)
    src, tgt = actor_sides(events, level)
    pair = pd.DataFrame({"x": src, "y": tgt}).dropna()
    pair = pair[pair["x"] != pair["y"]]
    data = events.loc[pair.index].assign(
        a=np.minimum(pair["x"], pair["y"]), b=np.maximum(pair["x"], pair["y"]))
    if data.empty:
        return pd.DataFrame(columns=columns)
    now, before = _windows(events["period"], by, recent)
    data = data.assign(now=now.loc[data.index], before=before.loc[data.index])
    groups = data.groupby(["a", "b"])
    quads = groups["quad"].value_counts().unstack(fill_value=0)
    quads = quads.reindex(columns=list(QUAD_COLUMNS), fill_value=0).rename(columns=QUAD_COLUMNS)
    table = pd.DataFrame({
        "events": groups.size(),
        "goldstein_mean": groups["goldstein"].mean().round(2),
        "recent": groups["now"].sum().astype(int),
        "previous": groups["before"].sum().astype(int),
    }).join(quads)
    table["net_coop"] = (table["verbal_coop"] + table["material_coop"]
                         - table["verbal_conflict"] - table["material_conflict"])
    table["trend"] = _trend(table["recent"], table["previous"])
    table = table.reset_index()
    table = table.sort_values(["events", "a", "b"], ascending=[False, True, True]).head(top)
    table["dyad"] = table["a"] + "–" + table["b"]
    return table.reset_index(drop=True)[columns]
