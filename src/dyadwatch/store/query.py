"""Reading the store: events (records or a DataFrame), documents, clusters, search, stats.

Every filter value reaches the database as a bound parameter, never as SQL text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, or_, select

from dyadwatch.errors import InputError
from dyadwatch.record import FACTUAL_MODALITIES, MODALITIES
from dyadwatch.store.models import ActorRow, Cluster, Document, Event, EventPair, IngestRun
from dyadwatch.store.records import actor_country, expand_pairs

FRAME_COLUMNS = [
    "event_id", "cluster_id", "doc_id", "date", "date_precision", "pub_date", "source_code",
    "source_country", "target_code", "target_country", "cameo", "root", "quad", "goldstein",
    "modality", "confidence", "learned", "sentence", "trigger", "outlet", "url",
]
_CODE = re.compile(r"^[A-Z0-9]{2,32}$")
_ROOT = re.compile(r"^\d{2}$")


def parse_actor(value: str, what: str) -> str:
    code = value.strip().upper()
    if not _CODE.match(code):
        raise InputError(what, f"not an actor code (letters/digits, e.g. RUS, RUSGOV): {value!r}")
    return code


def parse_dyad(value: str | Iterable[str]) -> tuple[str, str]:
    """'RUS-AZE' (or a pair) -> ('RUS', 'AZE')."""
    parts = value.split("-") if isinstance(value, str) else list(value)
    if len(parts) != 2:
        raise InputError("--dyad", f"expected two actor codes such as RUS-AZE, got {value!r}")
    return parse_actor(parts[0], "--dyad"), parse_actor(parts[1], "--dyad")


def parse_roots(value: str | int | Iterable[str | int]) -> list[str]:
    items = value.split(",") if isinstance(value, str) else (
        [value] if isinstance(value, int) else list(value))
    roots = []
    for item in items:
        text = str(item).strip()
        text = text.zfill(2) if text.isdigit() and len(text) == 1 else text
        if not _ROOT.match(text) or not 1 <= int(text) <= 20:
            raise InputError("--root", f"not a CAMEO root (01-20): {item!r}")
        roots.append(text)
    return roots


def parse_modalities(value: str | Iterable[str] | None) -> list[str] | None:
    """None or 'all' -> no filter."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    items = [i.strip().lower() for i in items if i.strip()]
    if "all" in items:
        return None
    unknown = set(items) - set(MODALITIES)
    if unknown:
        raise InputError("--modality", f"unknown modality {', '.join(sorted(unknown))}; use all "
                         f"or a list of {', '.join(MODALITIES)}")
    return items


def parse_date(value: str | date | None, what: str) -> str | None:
    if value is None or value == "":
        return None
    text = value.isoformat() if isinstance(value, date) else str(value).strip()
    for size in (10, 7, 4):
        if len(text) == size:
            try:
                padded = text + "-01-01"[size - 4:] if size < 10 else text
                date.fromisoformat(padded)
                return text
            except ValueError:
                break
    raise InputError(what, f"not a date (YYYY-MM-DD, YYYY-MM or YYYY): {text!r}")


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _side(code_col, country_col, code: str):
    """An actor filter: the country, the exact code, or a code that starts with it."""
    return or_(country_col == code, code_col == code,
               code_col.like(code + "%"))  # code is [A-Z0-9] only: no wildcards


def _unindexed(column):
    """`column || ''`: the same value, but SQLite's planner can no longer look it up in the
    column's index. Modality filters match most events, and the dashboard's dyads and actors
    are the most active ones; through those indexes SQLite would fetch and sort every match.
    Without them, a page is read in date order from ix_events_when (migration 3) and the
    scan stops once the page is full (a rare dyad scans further: about 20 ms on 10,000
    events, against 8 ms for a common one)."""
    return column.concat("")


def _page(query: Select, limit: int | None, offset: int | None) -> Select:
    limit, offset = _count(limit, "limit"), _count(offset, "offset") or 0
    if limit is not None:
        query = query.limit(limit)
    return query.offset(offset) if offset else query


def _count(value: int | None, what: str) -> int | None:
    if value is None:
        return None
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise InputError(what, f"not a whole number: {value!r}") from None
    if n < 0:
        raise InputError(what, f"must be 0 or more, got {value}")
    return n


class QueryMixin:
    engine: Any

    # -- events ---------------------------------------------------------------------------

    def _event_query(
        self, dyad=None, actor=None, root=None, date_from=None, date_to=None,
        modality: Any = FACTUAL_MODALITIES, doc_id=None, cluster_id=None,
    ) -> Select:
        q = select(Event.id).select_from(Event)
        conds = []
        pair_conds = []
        if dyad:
            a, b = parse_dyad(dyad)
            a_src = _side(EventPair.source_code, EventPair.source_country, a)
            b_tgt = _side(EventPair.target_code, EventPair.target_country, b)
            b_src = _side(EventPair.source_code, EventPair.source_country, b)
            a_tgt = _side(EventPair.target_code, EventPair.target_country, a)
            pair_conds.append(or_(and_(a_src, b_tgt), and_(b_src, a_tgt)))
        if actor:
            code = parse_actor(actor, "--actor")
            pair_conds.append(or_(_side(EventPair.source_code, EventPair.source_country, code),
                                  _side(EventPair.target_code, EventPair.target_country, code)))
        if pair_conds:
            conds.append(_unindexed(Event.event_id).in_(
                select(EventPair.event_id).where(*pair_conds)))
        if root:
            conds.append(Event.root.in_(parse_roots(root)))
        lo, hi = parse_date(date_from, "--from"), parse_date(date_to, "--to")
        when_lo = func.coalesce(Event.date_start, Event.pub_date)
        when_hi = func.coalesce(Event.date_end, Event.pub_date)
        if lo:
            conds.append(when_hi >= lo)
        if hi:
            # 'to 2025-07' includes the whole of July.
            conds.append(when_lo <= hi + ("-99" * ((10 - len(hi)) // 3)))
        mods = parse_modalities(modality)
        if mods is not None:
            conds.append(_unindexed(Event.modality).in_(mods))
        if doc_id:
            conds.append(Event.doc_id == str(doc_id))
        if cluster_id is not None:
            conds.append(Event.cluster_id == int(cluster_id))
        return q.where(*conds)

    def _event_rows(self, ids_query: Select, limit=None, offset=0) -> list[dict[str, Any]]:
        order = (func.coalesce(Event.date_start, Event.pub_date), Event.id)
        if limit is not None or offset:
            # Page over the ids first, read in order from ix_events_when (migration 3):
            # a page no longer sorts every match, and no sort ever moves record JSON.
            ids_query = _page(ids_query.order_by(*order), limit, offset)
        q = (select(Event.record, Event.cluster_id, Document.outlet, Document.url,
                    Document.original_url, Event.id)
             .join(Document, Document.doc_id == Event.doc_id)
             .where(Event.id.in_(ids_query))
             .order_by(*order))
        out = []
        with self.engine.connect() as conn:
            for raw, cid, outlet, url, original, seq in conn.execute(q):
                rec = json.loads(raw)
                rec["cluster_id"] = cid
                # Private keys for exports and frames; _strip removes them for the API.
                rec["_outlet"], rec["_url"], rec["_seq"] = outlet, original or url, seq
                out.append(rec)
        return out

    def events(self, dyad=None, actor=None, root=None, date_from=None, date_to=None,
               modality: Any = FACTUAL_MODALITIES, doc_id=None, cluster_id=None, limit=None,
               offset=0, as_frame=False):
        """Event records (dicts with "cluster_id" added) matching every filter given.
        `dyad` matches both directions; `actor` a country, a code or a code prefix."""
        ids = self._event_query(dyad, actor, root, date_from, date_to, modality, doc_id,
                                cluster_id)
        rows = self._event_rows(ids, limit, offset)
        if as_frame:
            return _frame(rows)
        return [_strip(rec) for rec in rows]

    def events_frame(self, **filters):
        """A pandas DataFrame, one row per ordered source-target pair (FRAME_COLUMNS)."""
        filters["as_frame"] = True
        return self.events(**filters)

    def event(self, event_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(Event.record, Event.cluster_id)
                               .where(Event.event_id == str(event_id))).first()
        if row is None:
            return None
        rec = json.loads(row[0])
        rec["cluster_id"] = row[1]
        return rec

    # -- documents ------------------------------------------------------------------------

    def documents(self, limit: int | None = 50, offset: int = 0, q: str | None = None):
        """Document metadata (no text), newest first; `q` searches title and text."""
        cols = [c for c in Document.__table__.c if c.name not in ("text", "meta")]
        query = select(*cols).order_by(Document.id.desc())
        if q:
            query = query.where(or_(Document.title.like(_like(q), escape="\\"),
                                    Document.text.like(_like(q), escape="\\")))
        query = _page(query, limit, offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(Document).where(Document.doc_id == str(doc_id))).first()
        if row is None:
            return None
        out = dict(row._mapping)
        out["meta"] = json.loads(out.get("meta") or "{}")
        return out

    # -- clusters -------------------------------------------------------------------------

    def clusters(self, dyad=None, actor=None, root=None, date_from=None, date_to=None,
                 modality: Any = FACTUAL_MODALITIES, limit=None, offset=0) -> list[dict]:
        """Clusters holding at least one event that matches the filters."""
        ids = self._event_query(dyad, actor, root, date_from, date_to, modality)
        q = (select(Cluster).where(Cluster.id.in_(
            select(Event.cluster_id).where(Event.id.in_(ids))))
            .order_by(Cluster.date_start, Cluster.id))
        q = _page(q, limit, offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def clusters_by_id(self, ids: Iterable[int]) -> list[dict]:
        ids = [int(i) for i in ids]
        if not ids:
            return []
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(Cluster).where(Cluster.id.in_(ids)))]

    def cluster(self, cluster_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(Cluster).where(Cluster.id == int(cluster_id))).first()
        if row is None:
            return None
        events = self.events(cluster_id=int(cluster_id), modality=None)
        doc_ids = sorted({e["doc_id"] for e in events})
        docs = [d for d in (self.document(i) for i in doc_ids) if d]
        for d in docs:
            d.pop("text", None)
        return {"cluster": dict(row._mapping), "events": events, "documents": docs}

    # -- search and stats -----------------------------------------------------------------

    def search(self, q: str, limit: int = 50) -> dict[str, list]:
        """Documents whose title or text, and events whose evidence, contain `q`."""
        if not q or not q.strip():
            return {"documents": [], "events": []}
        pattern = _like(q.strip())
        ids = select(Event.id).where(or_(Event.sentence.like(pattern, escape="\\"),
                                         Event.trigger.like(pattern, escape="\\")))
        return {"documents": self.documents(limit=limit, q=q.strip()),
                "events": [_strip(r) for r in self._event_rows(ids, limit)]}

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            def n(model) -> int:
                return conn.execute(select(func.count()).select_from(model)).scalar_one()

            by_modality = dict(conn.execute(
                select(Event.modality, func.count()).group_by(Event.modality)).all())
            last_run = conn.execute(select(IngestRun.finished_at)
                                    .order_by(IngestRun.id.desc()).limit(1)).scalar()
            return {
                "documents": n(Document), "events": n(Event), "clusters": n(Cluster),
                "actors": n(ActorRow), "runs": n(IngestRun), "by_modality": by_modality,
                "last_run": last_run,
            }


def _strip(rec: dict) -> dict:
    for key in ("_outlet", "_url", "_seq"):
        rec.pop(key, None)
    return rec


def _frame(rows: list[dict[str, Any]]):
    import pandas as pd

    out = []
    for rec in rows:
        for s, t in expand_pairs(rec):
            out.append({
                "event_id": rec["event_id"], "cluster_id": rec.get("cluster_id"),
                "doc_id": rec["doc_id"], "date": rec.get("date"),
                "date_precision": rec.get("date_precision"), "pub_date": rec.get("pub_date"),
                "source_code": (s or {}).get("code"), "source_country": actor_country(s),
                "target_code": (t or {}).get("code"), "target_country": actor_country(t),
                "cameo": rec["cameo"], "root": rec["root"], "quad": rec["quad"],
                "goldstein": rec["goldstein"], "modality": rec["modality"],
                "confidence": rec["confidence"], "learned": bool(rec.get("learned")),
                "sentence": rec.get("sentence"),
                "trigger": rec.get("trigger"), "outlet": rec.get("_outlet"),
                "url": rec.get("_url"),
            })
    frame = pd.DataFrame(out, columns=FRAME_COLUMNS)
    return frame.astype({"cluster_id": "Int64", "quad": "Int64"})
