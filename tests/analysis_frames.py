"""Builders of realistic event frames (the shape of Store.events_frame) for analysis tests."""

from __future__ import annotations

import itertools

import pandas as pd

# A typical CAMEO code, Goldstein value and trigger per QuadClass.
QUAD_DEFAULTS = {
    1: ("040", 1.0, "held talks"),
    2: ("070", 7.0, "sent aid"),
    3: ("112", -2.0, "accused"),
    4: ("173", -5.0, "detained"),
}


class FrameBuilder:
    """Adds events the way the store returns them: one row per article reporting them."""

    def __init__(self) -> None:
        self.rows: list[dict] = []
        self._ids = itertools.count(1)

    def event(self, date: str | None, source: str, target: str, quad: int, *,
              articles: int = 1, pub: str | None = None, cameo: str | None = None,
              goldstein: float | None = None, modality: str = "asserted",
              cluster: str | None = None, docs: list[str] | None = None) -> str:
        default_cameo, default_g, trigger = QUAD_DEFAULTS[quad]
        n = next(self._ids)
        cluster = cluster or f"cl{n}"
        doc_ids = docs or [f"doc{n}-{k}" for k in range(articles)]
        published = pub or _publication(date)
        for k, doc in enumerate(doc_ids):
            self.rows.append({
                "event_id": f"ev{n}-{k}", "cluster_id": cluster, "doc_id": doc,
                "date": date,
                "date_precision": None if date is None else
                {4: "year", 7: "month", 10: "day"}[len(date)],
                "pub_date": published, "source_code": source, "source_country": source[:3],
                "target_code": target, "target_country": target[:3],
                "cameo": cameo or default_cameo, "root": (cameo or default_cameo)[:2],
                "quad": quad, "goldstein": default_g if goldstein is None else goldstein,
                "modality": modality, "confidence": 0.8,
                "sentence": f"{source} {trigger} {target}.", "trigger": trigger,
                "outlet": "example", "url": None,
            })
        return cluster

    def background(self, month: str, articles: int) -> None:
        """Other news in the store that month: coverage that does not involve the dyad."""
        for k in range(articles):
            self.event(f"{month}-{1 + k % 28:02d}", "USAGOV", "CHNGOV", 1)

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows)


def _publication(date: str | None) -> str:
    if date is None:
        return "2025-07-03"
    if len(date) == 4:
        return f"{date}-12-31"
    if len(date) == 7:
        return f"{date}-28"
    return date


def months(first: str, count: int) -> list[str]:
    return [p.strftime("%Y-%m") for p in pd.period_range(first, periods=count, freq="M")]


def steady_dyad(builder: FrameBuilder, month_list: list[str], conflict_per_month: int = 1,
                background: int = 20) -> None:
    """A dyad with a stable mix: talks, an accusation and some material conflict monthly."""
    for month in month_list:
        builder.background(month, background)
        builder.event(f"{month}-05", "RUSGOV", "AZEGOV", 1)
        builder.event(f"{month}-12", "AZEGOV", "RUSGOV", 3)
        for k in range(conflict_per_month):
            builder.event(f"{month}-{15 + k:02d}", "AZECOP", "RUSMED", 4)
