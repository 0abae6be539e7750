"""What the pages and the API show, computed from the store and the analysis functions.

The analysis functions work on the whole event frame; building it costs one query over
every event, so it is cached and rebuilt only when the store changes (new documents,
events, clusters or runs)."""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from dyadwatch.analysis import dyad_series, escalation, top_dyads
from dyadwatch.analysis.series import dyad_mask
from dyadwatch.errors import InputError
from dyadwatch.store import Store
from dyadwatch.store.query import parse_dyad

SPARK_WIDTH, SPARK_HEIGHT = 120, 28


@dataclass
class FrameCache:
    """The store's event frame (all modalities), rebuilt when the store's counts change."""

    store: Store
    _key: tuple | None = None
    _frame: pd.DataFrame | None = None
    _derived: dict[str, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _name_locks: dict[str, threading.Lock] = field(default_factory=dict)

    def _store_key(self) -> tuple:
        stats = self.store.stats()
        return (stats["documents"], stats["events"], stats["clusters"], stats["runs"],
                stats["last_run"])

    def frame(self) -> pd.DataFrame:
        key = self._store_key()
        with self._lock:
            if self._frame is None or key != self._key:
                self._frame = self.store.events_frame(modality=None)
                self._key = key
                self._derived = {}
            return self._frame

    def derived(self, name: str, compute: Callable[[pd.DataFrame], Any]) -> Any:
        """A value computed from the current frame, kept until the frame changes. One
        computation per name at a time; other names and the frame itself stay available."""
        frame = self.frame()
        with self._lock:
            key = self._key
            name_lock = self._name_locks.setdefault(name, threading.Lock())
        with name_lock:
            with self._lock:
                if self._key == key and name in self._derived:
                    return self._derived[name]
            value = compute(frame)
            with self._lock:
                if self._key == key:
                    self._derived[name] = value
            return value


def dyad_pair(dyad: str) -> tuple[str, str]:
    """'RUS-AZE' -> ('RUS', 'AZE'), checked (InputError otherwise)."""
    return parse_dyad(dyad)


def safe_link(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) URL; anything else (javascript:, data:,
    relative paths) is never turned into a link."""
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def check_fetch_url(url: str) -> str:
    """Only absolute http(s) URLs may be fetched: a path or file: URL would read the
    server's own files."""
    if not safe_link(url):
        raise InputError(url[:200], "not an http(s) URL")
    return url.strip()


def sparkline(values: list[float], width: int = SPARK_WIDTH, height: int = SPARK_HEIGHT) -> str:
    """SVG polyline points for a small chart of `values` (no script needed)."""
    if not values:
        return ""
    top = max(max(values), 1)
    step = width / max(len(values) - 1, 1)
    points = []
    for i, v in enumerate(values):
        y = height - 2 - (height - 4) * (v / top)
        points.append(f"{i * step:.1f},{y:.1f}")
    if len(points) == 1:
        points.append(f"{width:.1f},{points[0].split(',')[1]}")
    return " ".join(points)


def series_records(series: pd.DataFrame) -> list[dict[str, Any]]:
    """A dyad series as JSON-ready rows (NaN -> None)."""
    rows = series.to_dict(orient="records")
    return [{k: _plain(v) for k, v in row.items()} for row in rows]


def _plain(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if hasattr(value, "item"):
        value = value.item()
        if isinstance(value, float) and not math.isfinite(value):
            return None
    return value


def overview_dyads(frame: pd.DataFrame, top: int = 8, by: str = "month") -> list[dict[str, Any]]:
    """The most active dyads, each with its monthly counts (sparkline) and escalation."""
    table = top_dyads(frame, top=top, by=by)
    out = []
    for row in table.to_dict(orient="records"):
        a, b = row["a"], row["b"]
        # The sparkline needs only the dyad's own counts: series over the dyad's rows alone
        # are the same counts, several times faster than over the whole store. Escalation
        # needs the whole frame (it scales by the store's coverage).
        series = dyad_series(frame[dyad_mask(frame, a, b)], a, b, by=by)
        verdict = escalation(frame, a, b, by=by)
        out.append({
            "a": a, "b": b, "dyad": f"{a}-{b}", "events": int(row["events"]),
            "goldstein_mean": _plain(row["goldstein_mean"]), "trend": row["trend"],
            "net_coop": int(row["net_coop"]),
            "spark": sparkline([float(v) for v in series["events"]]) if len(series) else "",
            "periods": len(series),
            "status": verdict.status, "message": verdict.message,
        })
    return out


OVERVIEW_PARTS: dict[str, Callable[[pd.DataFrame], Any]] = {}


def latest_event_ids(frame: pd.DataFrame, n: int = 15) -> list[str]:
    """The events with the latest dates (event date, else publication date)."""
    if frame.empty:
        return []
    when = frame["date"].fillna(frame["pub_date"]).fillna("")
    ordered = frame.assign(_when=when).sort_values(["_when", "event_id"], ascending=False)
    return list(dict.fromkeys(ordered["event_id"]))[:n]


class ResponseCache:
    """Serialised answers to read-only API queries, kept while the store is unchanged.

    The store's version is read on every request with two index-only lookups: the last
    event row id (every ingest and recode writes new event rows) and the last ingest run and
    its end (recode rebuilds clusters inside a run). Any write moves one of them, so a
    cached answer is never served after the data it came from has changed."""

    def __init__(self, store: Store, size: int = 512, enabled: bool = True):
        self.store = store
        self.size = size
        self.enabled = enabled
        self._items: OrderedDict[tuple, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def version(self) -> tuple:
        with self.store.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT (SELECT max(id) FROM events), (SELECT max(id) FROM ingest_runs), "
                "(SELECT max(finished_at) FROM ingest_runs)").one()
        return tuple(row)

    def get(self, key: tuple, compute: Callable[[], bytes]) -> bytes:
        if not self.enabled:
            return compute()
        full = (self.version(), *key)
        with self._lock:
            hit = self._items.get(full)
            if hit is not None:
                self._items.move_to_end(full)
                return hit
        body = compute()
        with self._lock:
            self._items[full] = body
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return body


OVERVIEW_PARTS.update({"overview_dyads": overview_dyads, "latest_ids": latest_event_ids})


def warm_overview(frames: FrameCache) -> None:
    """Compute the overview's parts ahead of the first visitor (escalation over every top
    dyad takes seconds on a large store). Errors surface when the page is asked for."""
    try:
        for name, compute in OVERVIEW_PARTS.items():
            frames.derived(name, compute)
    except Exception:  # noqa: BLE001 - a background warm-up must never kill the server
        pass
