"""Country × country: how each actor treats each other one over a period."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from dyadwatch.analysis.actors import actor_sides
from dyadwatch.analysis.frame import clusters, in_range
from dyadwatch.errors import InputError
from dyadwatch.record import FACTUAL_MODALITIES

VALUES = ("goldstein", "net")


def relationship_matrix(frame: pd.DataFrame, date_from: str | None = None,
                        date_to: str | None = None, value: str = "goldstein", *,
                        directed: bool = True, level: str = "country", top: int | None = None,
                        min_events: int = 1,
                        modality: Sequence[str] | None = FACTUAL_MODALITIES) -> pd.DataFrame:
    """Rows act on columns: mean Goldstein of the row's acts toward the column (goldstein)
    or cooperative minus conflictual events (net). Undirected folds both directions into
    a symmetric matrix. Cells with fewer than `min_events` events are NaN. `top` keeps the
    most active actors. Counted over event clusters."""
    if value not in VALUES:
        raise InputError("--value", f"use one of {', '.join(VALUES)}")
    events = clusters(frame, modality=modality)
    events = events[in_range(events["when"], date_from, date_to)]
    if events.empty:
        return pd.DataFrame()
    src, tgt = actor_sides(events, level)
    data = pd.DataFrame({"row": src, "col": tgt, "g": events["goldstein"],
                         "net": np.where(events["quad"] <= 2, 1, -1)}).dropna()
    data = data[data["row"] != data["col"]]
    if not directed:
        data = pd.concat([data, data.rename(columns={"row": "col", "col": "row"})])
    actors = _most_active(data, top)
    data = data[data["row"].isin(actors) & data["col"].isin(actors)]
    groups = data.groupby(["row", "col"])
    cells = groups["g"].mean() if value == "goldstein" else groups["net"].sum()
    cells = cells.where(groups.size() >= min_events)
    table = cells.unstack().reindex(index=actors, columns=actors)
    table.index.name, table.columns.name = "source", "target"
    return table.astype(float).round(2)


def _most_active(data: pd.DataFrame, top: int | None) -> list[str]:
    counts = pd.concat([data["row"], data["col"]]).value_counts()
    chosen = counts.index[:top] if top else counts.index
    return sorted(str(a) for a in chosen)
