"""The Store: documents and their events, written one document per transaction."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    bindparam,
    delete,
    func,
    insert,
    literal_column,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from dyadwatch.errors import DyadwatchError, InputError
from dyadwatch.read.document import Document as ReadDocument
from dyadwatch.store import dedup
from dyadwatch.store.db import WRITE_OPTION, StoreError, short_reason, write_lock
from dyadwatch.store.models import ActorRow, Cluster, Document, Event, EventPair, IngestRun
from dyadwatch.store.query import QueryMixin
from dyadwatch.store.records import (
    canonical_url,
    dedup_event,
    event_columns,
    expand_pairs,
    pair_rows,
)
from dyadwatch.store.tokens import TokenMixin
from dyadwatch.version import CODER_VERSION

EVENTS, PAIRS = Event.__table__, EventPair.__table__
ACTORS, CLUSTERS = ActorRow.__table__, Cluster.__table__
CANDIDATE_LIMIT = 400  # stored events compared per document: bounds the cost on busy dyads
MEMBERS_COMPARED = 5  # most recent events of one cluster compared with a new event
DEDUP_CACHE_SIZE = 50_000
INGEST_GROUP = 32  # documents coded together (batched parse) before storing

# Statements built once: SQLAlchemy then reuses their compiled form instead of rebuilding
# and re-keying a statement per call, which cost more than SQLite itself on ingest.
DOCS = Document.__table__
OPEN_LOW, OPEN_HIGH = "0000-00-00", "9999-99-99"
# One look-up for "already stored": same text (first), else same canonical URL.
DOC_BY_HASH_OR_URL = select(DOCS.c.doc_id, DOCS.c.content_hash == bindparam("b_hash")).where(
    or_(DOCS.c.content_hash == bindparam("b_hash"), DOCS.c.url == bindparam("b_url")))
INSERT_DOCUMENT = insert(DOCS)
INSERT_EVENTS, INSERT_PAIRS, INSERT_ACTORS = insert(EVENTS), insert(PAIRS), insert(ACTORS)
INSERT_CLUSTERS = insert(CLUSTERS).returning(CLUSTERS.c.id, sort_by_parameter_order=True)
KNOWN_ACTORS = select(ACTORS.c.code).where(ACTORS.c.code.in_(bindparam("b_codes", expanding=True)))
BUMP_ACTORS = update(ACTORS).where(ACTORS.c.code == bindparam("b_code")).values(
    n_events=ACTORS.c.n_events + bindparam("b_n"),
    name=func.coalesce(bindparam("b_name"), ACTORS.c.name))
RECORDS_BY_ID = select(EVENTS.c.event_id, EVENTS.c.record).where(
    EVENTS.c.event_id.in_(bindparam("b_ids", expanding=True)))
SET_CLUSTER = update(EVENTS).where(EVENTS.c.event_id == bindparam("b_event")).values(
    cluster_id=bindparam("b_cluster"))
# Stored clustered events that may match a new document's events: rows (id, event, cluster,
# source country, target country); the exact ordered pairs are checked in Python and the SQL
# limit leaves room for that. An undated event counts at its publication date, as in
# dedup.dates_compatible. The date test is two-sided only through the start of an event's
# interval, so the events are read in three bands that ix_events_dedup (migration 4:
# root, precision, start) serves with narrow ranges: day and month intervals start at most
# SHORT_SPAN days before the window, year intervals at most LONG_SPAN days before it, and
# events with no date at all are always candidates (the rule cannot tell them apart). A
# fourth band reads intervals that have dates but no precision (across a year's end): their
# start has no bound, so ix_events_dedup_span (migration 5) serves them.
SHORT_SPAN, LONG_SPAN = 31, 366
_PRECISION = func.coalesce(EVENTS.c.date_precision, literal_column("''"))
_START = func.coalesce(EVENTS.c.date_start, EVENTS.c.pub_date, literal_column("'0000-00-00'"))
_END = func.coalesce(EVENTS.c.date_end, EVENTS.c.pub_date, literal_column("'9999-12-31'"))


def _country_or_blank(column):
    return func.coalesce(column, literal_column("''"))


def _candidate_rows(*date_terms) -> Select:
    """Pair rows of stored, clustered events of other documents with the given roots and
    countries, within the date terms of one band."""
    return (
        select(EVENTS.c.id, EVENTS.c.event_id, EVENTS.c.cluster_id, PAIRS.c.source_country,
               PAIRS.c.target_country)
        .join(PAIRS, PAIRS.c.event_id == EVENTS.c.event_id)
        .where(
            EVENTS.c.root.in_(bindparam("b_roots", expanding=True)),
            *date_terms,
            EVENTS.c.doc_id != bindparam("b_doc"),
            EVENTS.c.cluster_id.is_not(None),
            # Countries compared through coalesce: no index on them, so SQLite drives the
            # query from the date indexes (a country index would read the whole dyad).
            _country_or_blank(PAIRS.c.source_country).in_(bindparam("b_countries", expanding=True)),
            _country_or_blank(PAIRS.c.target_country).in_(bindparam("b_countries", expanding=True)),
        )
    )


def _candidate_band(band: str) -> Select:
    return _candidate_rows(
        _PRECISION.in_(bindparam(f"b_{band}_precisions", expanding=True)),
        _START >= bindparam(f"b_{band}_lo"),
        _START <= bindparam(f"b_{band}_hi"),
        _END >= bindparam("b_lo"),
    )


def _span_band() -> Select:
    """Intervals with dates but no precision (they run across a year's end): their start is
    unbounded, so they are read through ix_events_dedup_span (migration 5) up to the window's
    end. The terms repeat the partial index's condition so that the database can use it."""
    return _candidate_rows(
        EVENTS.c.date_precision.is_(None),
        EVENTS.c.date_start.is_not(None),
        EVENTS.c.date_start <= bindparam("b_span_hi"),
        EVENTS.c.date_end >= bindparam("b_lo"),
    )


_BANDS = union_all(*(_candidate_band(band) for band in ("short", "long", "open")),
                   _span_band()).subquery()
CANDIDATES = (
    select(_BANDS.c.event_id, _BANDS.c.cluster_id, _BANDS.c.source_country,
           _BANDS.c.target_country)
    .order_by(_BANDS.c.id.desc())
    .limit(4 * CANDIDATE_LIMIT)
)
_SOURCE = func.coalesce(DOCS.c.outlet, DOCS.c.doc_id)
CLUSTER_STATS = (
    select(EVENTS.c.cluster_id, func.count(EVENTS.c.id),
           func.count(func.distinct(EVENTS.c.doc_id)), func.count(func.distinct(_SOURCE)),
           func.min(EVENTS.c.date_start), func.max(EVENTS.c.date_end))
    .join(DOCS, DOCS.c.doc_id == EVENTS.c.doc_id)
    .where(EVENTS.c.cluster_id.in_(bindparam("b_ids", expanding=True)))
    .group_by(EVENTS.c.cluster_id)
)
CLUSTER_MEMBERS = select(
    EVENTS.c.cluster_id, EVENTS.c.event_id, EVENTS.c.cameo, EVENTS.c.confidence, EVENTS.c.id,
).where(EVENTS.c.cluster_id.in_(bindparam("b_ids", expanding=True)))
UPDATE_CLUSTER = update(CLUSTERS).where(CLUSTERS.c.id == bindparam("b_id")).values(
    n_events=bindparam("b_events"), n_documents=bindparam("b_docs"),
    n_sources=bindparam("b_sources"), date_start=bindparam("b_lo"), date_end=bindparam("b_hi"),
    representative=bindparam("b_rep"), cameo=bindparam("b_cameo"))

Progress = Callable[[str, str], None]  # (source, outcome: new | skipped | failed)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class IngestReport:
    """What an ingest (or recode) run did, document by document."""

    run_id: int | None = None
    new: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    events: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "new": len(self.new),
            "skipped": len(self.skipped),
            "failed": len(self.failed),
            "events": self.events,
            "skipped_reasons": [{"source": s, "reason": r} for s, r in self.skipped],
            "failures": [{"source": s, "reason": r} for s, r in self.failed],
        }


def _record_dict(rec: Any) -> dict[str, Any]:
    return rec.to_dict() if hasattr(rec, "to_dict") else dict(rec)


def _unique_records(document: ReadDocument, records: Iterable[Any]) -> list[dict[str, Any]]:
    """The records as dicts, each event once; all must belong to the document."""
    out: dict[str, dict[str, Any]] = {}
    for rec in map(_record_dict, records):
        if rec.get("doc_id") != document.doc_id:
            raise InputError(document.doc_id, f"record {rec.get('event_id')} belongs to "
                             f"document {rec.get('doc_id')!r}")
        out.setdefault(rec["event_id"], rec)
    return list(out.values())


def store_doc_id(doc: ReadDocument) -> str:
    """Documents are named by their text: the same article gets the same id everywhere."""
    return doc.content_hash[:16]


class Store(QueryMixin, TokenMixin):
    """A dyadwatch database (SQLite or PostgreSQL). Open with `dyadwatch.open()`."""

    def __init__(self, engine: Engine, target: str):
        self.engine = engine
        self.target = target
        self._dedup_cache: dict[str, dedup.DedupEvent] = {}  # parsed stored events

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def export(self, fmt: str, out: str | None = None, **filters: Any) -> int:
        """Write matching events as gdelt, icews, plover, parquet, csv or jsonl (export.py)."""
        from dyadwatch.store.export import export

        return export(self, fmt, out, **filters)

    # -- writing --------------------------------------------------------------------------

    def _write(self) -> Connection:
        return self.engine.connect().execution_options(**{WRITE_OPTION: True})

    def find_existing(self, conn: Connection, doc: ReadDocument) -> str | None:
        """Why this document is already stored (same text or same canonical URL), or None."""
        url = canonical_url(doc.url or doc.original_url)
        hits = conn.execute(DOC_BY_HASH_OR_URL, {"b_hash": doc.content_hash, "b_url": url}).all()
        for doc_id, same_text in sorted(hits, key=lambda hit: not hit[1]):
            return f"already stored as {doc_id} ({'same text' if same_text else 'same URL'})"
        return None

    def add_document(
        self, document: ReadDocument, records: Iterable[Any], run_id: int | None = None
    ) -> bool:
        """Store one document and its records in ONE transaction, clustering the events.
        Returns False (and stores nothing) when the document is already stored."""
        try:
            with self._write() as conn, conn.begin():
                write_lock(conn)
                if self.find_existing(conn, document):
                    return False
                recs = _unique_records(document, records)
                self._insert_document(conn, document, recs, run_id)
        except IntegrityError as exc:
            # Another process may have stored the same text or URL between check and insert.
            with self.engine.connect() as conn:
                if self.find_existing(conn, document):
                    return False
            raise StoreError(f"{document.doc_id}: cannot store: {short_reason(exc)}") from None
        return True

    def _insert_document(
        self, conn: Connection, doc: ReadDocument, recs: list[dict], run_id: int | None
    ) -> None:
        versions = {r.get("coder_version") for r in recs} - {None, ""}
        conn.execute(INSERT_DOCUMENT, {
            "doc_id": doc.doc_id,
            "content_hash": doc.content_hash,
            "url": canonical_url(doc.url or doc.original_url),
            "original_url": doc.original_url or doc.url,
            "source": doc.source,
            "name": doc.meta.get("name") if doc.meta else None,
            "title": doc.title,
            "outlet": doc.outlet,
            "author": doc.author,
            "language": doc.language,
            "pub_date": doc.pub_date,
            "text": doc.text,
            "meta": json.dumps(doc.meta or {}, ensure_ascii=False, default=str),
            "coder_version": versions.pop() if len(versions) == 1 else CODER_VERSION,
            "n_events": len(recs),
            "ingested_at": now(),
            "run_id": run_id,
        })
        self._insert_events(conn, recs)

    def _insert_events(self, conn: Connection, recs: list[dict]) -> None:
        """All of one document's events, pairs, actors and cluster links, in batches: the
        clusters are chosen first, so each event row is written once, with its cluster."""
        if not recs:
            return
        clusters, joined = self._assign_clusters(conn, recs)
        conn.execute(INSERT_EVENTS, [
            dict(record=json.dumps(rec, ensure_ascii=False), cluster_id=clusters[rec["event_id"]],
                 **event_columns(rec))
            for rec in recs])
        conn.execute(INSERT_PAIRS, [row for rec in recs for row in pair_rows(rec)])
        self._note_actors(conn, recs)
        self._refresh_clusters(conn, joined)

    def _note_actors(self, conn: Connection, recs: list[dict]) -> None:
        counts: dict[str, int] = {}
        latest: dict[str, dict] = {}
        for rec in recs:
            codes = {a["code"]: a for pair in expand_pairs(rec) for a in pair
                     if a and a.get("code")}
            for code, actor in codes.items():
                counts[code] = counts.get(code, 0) + 1
                latest[code] = actor
        known = set(conn.execute(KNOWN_ACTORS, {"b_codes": list(counts)}).scalars())
        fresh = [{"code": c, "country": latest[c].get("country"),
                  "roles": ",".join(latest[c].get("roles") or []),
                  "name": latest[c].get("name"), "n_events": counts[c]}
                 for c in counts if c not in known]
        if fresh:
            conn.execute(INSERT_ACTORS, fresh)
        if known:
            conn.execute(BUMP_ACTORS, [
                {"b_code": c, "b_n": counts[c], "b_name": latest[c].get("name")}
                for c in known])

    # -- clustering -----------------------------------------------------------------------

    def _candidates(self, conn: Connection, news: list[dedup.DedupEvent]
                    ) -> list[dedup.DedupEvent]:
        """Stored, clustered events of other documents that pass the cheap filters of the
        rule (roots, dyad, a rough date window): the most recent CANDIDATE_LIMIT of them, and
        at most MEMBERS_COMPARED of each cluster (a big story's cluster need not be read
        whole). The query filters countries by set membership (one cached statement whatever
        the dyads); the exact ordered-pair test follows here."""
        wanted = {p for new in news for s, t in new.pairs for p in ((s, t), (t, s))}
        countries = {c for pair in wanted for c in pair}
        windows = [_widen(new) for new in news]
        known = all(lo and hi for lo, hi in windows)
        lo = min(w[0] for w in windows) if known else OPEN_LOW
        hi = max(w[1] for w in windows) if known else OPEN_HIGH
        params = {
            "b_roots": sorted({r for new in news for r in dedup.related_roots(new.root)}),
            "b_doc": news[0].doc_id,
            "b_countries": sorted(c or "" for c in countries),  # "": no country
            "b_lo": lo,
            "b_short_precisions": ["", "day", "month"],
            "b_short_lo": _days_before(lo, SHORT_SPAN), "b_short_hi": hi,
            "b_long_precisions": ["year"],
            "b_long_lo": _days_before(lo, LONG_SPAN), "b_long_hi": hi,
            "b_open_precisions": [""],  # events with no date and no publication date
            "b_open_lo": OPEN_LOW, "b_open_hi": OPEN_LOW,
            "b_span_hi": hi,
        }
        per_cluster: dict[int, int] = {}
        picked: list[tuple[str, int]] = []
        chosen: set[str] = set()
        for event_id, cluster_id, source, target in conn.execute(CANDIDATES, params):
            if (source, target) not in wanted or event_id in chosen:
                continue
            if len(picked) >= CANDIDATE_LIMIT:
                break
            seen = per_cluster.get(cluster_id, 0)
            if seen < MEMBERS_COMPARED:
                per_cluster[cluster_id] = seen + 1
                picked.append((event_id, cluster_id))
                chosen.add(event_id)
        self._cache_events(conn, [e for e, _ in picked if e not in self._dedup_cache])
        out = []
        for event_id, cluster_id in picked:
            ev = self._dedup_cache[event_id]
            ev.cluster_id = cluster_id
            out.append(ev)
        return out

    def _cache_events(self, conn: Connection, event_ids: list[str]) -> None:
        if len(self._dedup_cache) + len(event_ids) > DEDUP_CACHE_SIZE:
            self._dedup_cache.clear()
        for start in range(0, len(event_ids), 500):
            chunk = event_ids[start:start + 500]
            for event_id, raw in conn.execute(RECORDS_BY_ID, {"b_ids": chunk}):
                self._dedup_cache[event_id] = dedup_event(json.loads(raw))

    def _assign_clusters(self, conn: Connection, recs: list[dict]
                         ) -> tuple[dict[str, int], set[int]]:
        """The cluster of each event of one document (dedup.best_match among stored events,
        or a new cluster), and the stored clusters that events joined. New clusters are
        written whole here: they hold one event, whose figures are known."""
        news = [dedup_event(r) for r in recs]
        # Candidates in the order they were stored (the query reads the newest first):
        # best_match keeps the first of equal scores, so ties go to the earliest stored
        # event, as in dedup.cluster_all, whatever the order of the compatible roots.
        index: dict[tuple[frozenset, str], list[tuple[int, dedup.DedupEvent]]] = {}
        for rank, cand in enumerate(reversed(self._candidates(conn, news))):
            index.setdefault((cand.undirected, cand.root), []).append((rank, cand))
        # The document is new, so only its own events can already sit in a cluster.
        taken: dict[int, set[str]] = {}
        assigned: dict[str, int] = {}
        fresh: list[dedup.DedupEvent] = []
        for new in news:
            cands = [c for _, c in sorted(
                (hit for root in dedup.related_roots(new.root)
                 for hit in index.get((new.undirected, root), [])), key=lambda hit: hit[0])]
            match = dedup.best_match(new, cands, taken)
            if match is None:
                fresh.append(new)
                continue
            assigned[new.event_id] = match.cluster_id
            taken.setdefault(match.cluster_id, set()).add(new.doc_id)
        joined = set(assigned.values())
        if fresh:
            ids = conn.execute(INSERT_CLUSTERS, [_cluster_row(new) for new in fresh]).scalars()
            assigned.update(zip((new.event_id for new in fresh), ids, strict=True))
        return assigned, joined

    def _cluster_events(self, conn: Connection, recs: list[dict]) -> None:
        """Cluster events already stored without a cluster (recluster)."""
        clusters, joined = self._assign_clusters(conn, recs)
        conn.execute(SET_CLUSTER, [{"b_event": e, "b_cluster": c} for e, c in clusters.items()])
        self._refresh_clusters(conn, joined)

    @staticmethod
    def _refresh_clusters(conn: Connection, ids: set[int]) -> None:
        """Counts, date span and representative (most confident, then earliest event) of
        each cluster in `ids`, in three statements whatever their number."""
        if not ids:
            return
        params = {"b_ids": sorted(ids)}
        stats = conn.execute(CLUSTER_STATS, params).all()
        best: dict[int, tuple] = {}
        for cid, event_id, cameo, conf, seq in conn.execute(CLUSTER_MEMBERS, params):
            if cid not in best or (-conf, seq) < (-best[cid][2], best[cid][3]):
                best[cid] = (event_id, cameo, conf, seq)
        conn.execute(UPDATE_CLUSTER, [
            {"b_id": cid, "b_events": n, "b_docs": nd, "b_sources": ns, "b_lo": lo, "b_hi": hi,
             "b_rep": best[cid][0], "b_cameo": best[cid][1]}
            for cid, n, nd, ns, lo, hi in stats])

    def recluster(self) -> int:
        """Rebuild every cluster from scratch, in ingest order; returns the cluster count."""
        # Recode keeps an event's id when its evidence, code and actors stay, but its dates
        # or sentence may change: parsed copies from before must not stand in for it.
        self._dedup_cache.clear()
        with self._write() as conn, conn.begin():
            write_lock(conn)
            conn.execute(update(Event).values(cluster_id=None))
            conn.execute(delete(Cluster))
            rows = conn.execute(select(Event.record).join(
                Document, Document.doc_id == Event.doc_id).order_by(Document.id, Event.id))
            by_doc: dict[str, list[dict]] = {}
            for (raw,) in rows.all():
                rec = json.loads(raw)
                by_doc.setdefault(rec["doc_id"], []).append(rec)
            for recs in by_doc.values():  # dicts keep ingest order
                self._cluster_events(conn, recs)
            return conn.execute(select(func.count(Cluster.id))).scalar_one()

    # -- runs -----------------------------------------------------------------------------

    def _start_run(self, kind: str, sources: Sequence[str]) -> int:
        with self._write() as conn, conn.begin():
            return conn.execute(insert(IngestRun).values(
                kind=kind, started_at=now(), sources=json.dumps(list(sources)),
                coder_version=CODER_VERSION, n_new=0, n_skipped=0, n_failed=0,
                failures="[]", status="running",
            ).returning(IngestRun.id)).scalar_one()

    def _finish_run(self, report: IngestReport) -> None:
        try:
            with self._write() as conn, conn.begin():
                conn.execute(update(IngestRun).where(IngestRun.id == report.run_id).values(
                    finished_at=now(), n_new=len(report.new), n_skipped=len(report.skipped),
                    n_failed=len(report.failed), status="done",
                    failures=json.dumps(report.as_dict()["failures"], ensure_ascii=False),
                ))
        except SQLAlchemyError:
            pass  # the documents are stored; only the run's bookkeeping is lost

    # -- ingest and recode ----------------------------------------------------------------

    def ingest(
        self,
        inputs: Sequence[str] | str,
        since: str | date | None = None,
        allow_private: bool = False,
        progress: Progress | None = None,
        coder: Any = None,
        published: str | None = None,
    ) -> IngestReport:
        """Read, code and store every document the inputs hold, each in its own transaction.
        Documents already stored (same text or canonical URL) are skipped."""
        from dyadwatch.read import read_inputs

        if isinstance(inputs, str):
            inputs = [inputs]
        since_s = _check_date(since, "--since") if since else None
        if coder is None:
            from dyadwatch import get_coder

            coder = get_coder()
        try:
            run_id = self._start_run("ingest", inputs)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the database: {short_reason(exc)}") from None
        report = IngestReport(run_id=run_id)
        limits = getattr(getattr(coder, "config", None), "limits", None)
        items = read_inputs(list(inputs), published=published, allow_private=allow_private,
                            limits=limits)
        self._ingest_stream(items, since_s, coder, report, progress)
        self._finish_run(report)
        return report

    def ingest_documents(self, documents: Iterable[ReadDocument], coder: Any = None,
                         source: str = "api") -> IngestReport:
        """Code and store documents already read (e.g. text posted to the web API), each in
        its own transaction, with the same skipping rules as `ingest`."""
        if coder is None:
            from dyadwatch import get_coder

            coder = get_coder()
        try:
            run_id = self._start_run("ingest", [source])
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the database: {short_reason(exc)}") from None
        report = IngestReport(run_id=run_id)
        self._ingest_stream(documents, None, coder, report, None)
        self._finish_run(report)
        return report

    def _ingest_stream(self, items: Iterable[Any], since: str | None, coder: Any,
                       rep: IngestReport, progress: Progress | None) -> None:
        """Skip what is stored or too old, code the rest INGEST_GROUP documents at a time
        (the coder batches its parse), then store each in its own transaction. A crash
        loses at most the coding of one group: nothing stored is lost or half-written."""
        pending: list[ReadDocument] = []

        def flush() -> None:
            for doc, records in self._code_group(coder, pending):
                self._report(progress, doc, self._store_coded(doc, records, rep))
            pending.clear()

        for item in items:
            outcome = self._screen(item, since, rep) or _twin_in(item, pending, rep)
            if outcome is not None:
                self._report(progress, item, outcome)
                continue
            pending.append(item)
            if len(pending) >= INGEST_GROUP:
                flush()
        flush()

    @staticmethod
    def _report(progress: Progress | None, item: Any, outcome: str) -> None:
        if progress:
            label = item.source if isinstance(item, InputError) else _label(item)
            progress(label or "", outcome)

    def _screen(self, item: Any, since: str | None, rep: IngestReport) -> str | None:
        """The outcome for an item that is not to be coded (failed, skipped), else None."""
        if isinstance(item, InputError):
            rep.failed.append((item.source, item.reason))
            return "failed"
        label = _label(item)
        if since and item.pub_date and item.pub_date < since:
            rep.skipped.append((label, f"published {item.pub_date}, before {since}"))
            return "skipped"
        item.meta = dict(item.meta or {})
        item.meta.setdefault("name", item.doc_id)
        item.doc_id = store_doc_id(item)
        try:
            with self.engine.connect() as conn:
                reason = self.find_existing(conn, item)
        except SQLAlchemyError as exc:
            rep.failed.append((label, f"database error: {short_reason(exc)}"))
            return "failed"
        if reason:
            rep.skipped.append((label, reason))
            return "skipped"
        return None

    def _code_group(self, coder: Any, docs: list[ReadDocument]
                    ) -> list[tuple[ReadDocument, list | DyadwatchError]]:
        """Each document's records, or the error that stopped it (batched parse)."""
        if hasattr(coder, "code_many"):
            return list(coder.code_many(docs, group=max(1, len(docs)), keep_going=True))
        out: list[tuple[ReadDocument, list | DyadwatchError]] = []
        for doc in docs:  # a plain coder object (tests, plug-ins): one at a time
            try:
                out.append((doc, self._code(coder, doc)))
            except DyadwatchError as exc:
                out.append((doc, exc))
        return out

    def _store_coded(self, doc: ReadDocument, records: list | DyadwatchError,
                     rep: IngestReport) -> str:
        """Store one coded document; returns the outcome: new, skipped or failed."""
        label = _label(doc)
        try:
            if isinstance(records, DyadwatchError):
                raise records
            if not self.add_document(doc, records, run_id=rep.run_id):
                rep.skipped.append((label, "already stored (by another run)"))
                return "skipped"
        except DyadwatchError as exc:
            rep.failed.append((label, str(exc)))
            return "failed"
        except SQLAlchemyError as exc:
            rep.failed.append((label, f"database error: {short_reason(exc)}"))
            return "failed"
        rep.new.append(label)
        rep.events += len(records)
        return "new"

    @staticmethod
    def _code(coder: Any, doc: ReadDocument) -> list:
        try:
            return coder.code(doc)
        except DyadwatchError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
            raise DyadwatchError(f"coder failed: {type(exc).__name__}: {exc}") from None

    def recode(self, coder: Any = None, progress: Progress | None = None) -> IngestReport:
        """Re-run the current coder on every stored document (one transaction each), then
        rebuild the clusters so dedup stays consistent with the new events."""
        if coder is None:
            from dyadwatch import get_coder

            coder = get_coder()
        report = IngestReport(run_id=self._start_run("recode", []))
        with self.engine.connect() as conn:
            doc_ids = conn.execute(select(Document.doc_id).order_by(Document.id)).scalars().all()
        for doc_id in doc_ids:
            try:
                doc = self._read_document(doc_id)
                records = _unique_records(doc, self._code(coder, doc))
                with self._write() as conn, conn.begin():
                    write_lock(conn)
                    old = select(Event.event_id).where(Event.doc_id == doc_id)
                    conn.execute(delete(EventPair).where(EventPair.event_id.in_(old)))
                    conn.execute(delete(Event).where(Event.doc_id == doc_id))
                    if records:
                        conn.execute(insert(EVENTS), [
                            dict(record=json.dumps(rec, ensure_ascii=False),
                                 **event_columns(rec)) for rec in records])
                        conn.execute(insert(PAIRS), [
                            row for rec in records for row in pair_rows(rec)])
                    conn.execute(update(Document).where(Document.doc_id == doc_id).values(
                        coder_version=CODER_VERSION, n_events=len(records)))
                report.new.append(doc_id)
                report.events += len(records)
            except DyadwatchError as exc:
                report.failed.append((doc_id, str(exc)))
            except SQLAlchemyError as exc:
                report.failed.append((doc_id, f"database error: {short_reason(exc)}"))
            if progress:
                progress(doc_id, "failed" if report.failed and report.failed[-1][0] == doc_id
                         else "new")
        self._rebuild_actors()
        self.recluster()
        self._finish_run(report)
        return report

    def _rebuild_actors(self) -> None:
        with self._write() as conn, conn.begin():
            write_lock(conn)
            conn.execute(delete(ActorRow))
            recs = [json.loads(raw) for (raw,) in
                    conn.execute(select(Event.record).order_by(Event.id)).all()]
            if recs:
                self._note_actors(conn, recs)

    def _read_document(self, doc_id: str) -> ReadDocument:
        with self.engine.connect() as conn:
            row = conn.execute(select(Document).where(Document.doc_id == doc_id)).one()
        m = row._mapping
        return ReadDocument(
            doc_id=m["doc_id"], text=m["text"], title=m["title"], outlet=m["outlet"],
            author=m["author"], url=m["url"], original_url=m["original_url"],
            pub_date=m["pub_date"], language=m["language"], source=m["source"],
            meta=json.loads(m["meta"] or "{}"),
        )


def _twin_in(doc: ReadDocument, pending: list[ReadDocument], rep: IngestReport) -> str | None:
    """"skipped" when a document of the group waiting to be coded has the same text or
    canonical URL: the store check cannot see it yet, and it would be coded twice."""
    url = canonical_url(doc.url or doc.original_url)
    for other in pending:
        if other.content_hash == doc.content_hash:
            why = "same text"
        elif url and canonical_url(other.url or other.original_url) == url:
            why = "same URL"
        else:
            continue
        rep.skipped.append((_label(doc), f"{why} as {_label(other)}, earlier in this run"))
        return "skipped"
    return None


def _cluster_row(new: dedup.DedupEvent) -> dict[str, Any]:
    """A cluster of one event, written with its final figures."""
    countries = sorted({c or "" for pair in new.pairs for c in pair})
    return {
        "root": new.root, "cameo": new.cameo,
        "country_a": (countries[0] or None) if countries else None,
        "country_b": (countries[-1] or None) if len(countries) > 1 else None,
        "date_start": new.date_start, "date_end": new.date_end,
        "representative": new.event_id, "n_events": 1, "n_documents": 1, "n_sources": 1,
    }


def _days_before(day: str, days: int) -> str:
    if day == OPEN_LOW:
        return OPEN_LOW
    return (date.fromisoformat(day) - timedelta(days=days)).isoformat()


def _widen(ev: dedup.DedupEvent) -> tuple[str | None, str | None]:
    """The widest date window in which a stored event could still be compatible. The dates
    as the rule parsed them: one it cannot read counts as absent there and here (a record
    handed to add_document may carry any string)."""
    start, end, pub = ev.days
    lo, hi = start or pub, end or pub
    if not lo or not hi:
        return None, None
    pad = timedelta(days=dedup.UNDATED_WINDOW_DAYS + dedup.DATE_SLACK_DAYS)
    return (lo - pad).isoformat(), (hi + pad).isoformat()


def _label(doc: ReadDocument) -> str:
    return doc.source or doc.url or (doc.meta or {}).get("name") or doc.doc_id


def _check_date(value: str | date, what: str) -> str:
    text = value.isoformat() if isinstance(value, date) else str(value).strip()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(what, f"not a date (YYYY-MM-DD): {text!r}") from None
