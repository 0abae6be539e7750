"""The Store: documents and their events, written one document per transaction."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, delete, func, insert, or_, select, update
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
from dyadwatch.version import CODER_VERSION

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


def store_doc_id(doc: ReadDocument) -> str:
    """Documents are named by their text: the same article gets the same id everywhere."""
    return doc.content_hash[:16]


class Store(QueryMixin):
    """A dyadwatch database (SQLite or PostgreSQL). Open with `dyadwatch.open()`."""

    def __init__(self, engine: Engine, target: str):
        self.engine = engine
        self.target = target

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
        hit = conn.execute(
            select(Document.doc_id).where(Document.content_hash == doc.content_hash)
        ).first()
        if hit:
            return f"already stored as {hit[0]} (same text)"
        url = canonical_url(doc.url or doc.original_url)
        if url:
            hit = conn.execute(select(Document.doc_id).where(Document.url == url)).first()
            if hit:
                return f"already stored as {hit[0]} (same URL)"
        return None

    def add_document(
        self, document: ReadDocument, records: Iterable[Any], run_id: int | None = None
    ) -> bool:
        """Store one document and its records in ONE transaction, clustering the events.
        Returns False (and stores nothing) when the document is already stored."""
        recs = [_record_dict(r) for r in records]
        with self._write() as conn, conn.begin():
            write_lock(conn)
            if self.find_existing(conn, document):
                return False
            try:
                self._insert_document(conn, document, recs, run_id)
            except IntegrityError as exc:
                # Another process stored the same text or URL between our check and insert.
                if "content_hash" in str(exc) or "url" in str(exc):
                    return False
                raise StoreError(f"{document.doc_id}: cannot store: {short_reason(exc)}") from None
        return True

    def _insert_document(
        self, conn: Connection, doc: ReadDocument, recs: list[dict], run_id: int | None
    ) -> None:
        versions = {r.get("coder_version") for r in recs} - {None, ""}
        conn.execute(insert(Document).values(
            doc_id=doc.doc_id,
            content_hash=doc.content_hash,
            url=canonical_url(doc.url or doc.original_url),
            original_url=doc.original_url or doc.url,
            source=doc.source,
            name=doc.meta.get("name") if doc.meta else None,
            title=doc.title,
            outlet=doc.outlet,
            author=doc.author,
            language=doc.language,
            pub_date=doc.pub_date,
            text=doc.text,
            meta=json.dumps(doc.meta or {}, ensure_ascii=False, default=str),
            coder_version=versions.pop() if len(versions) == 1 else CODER_VERSION,
            n_events=len(recs),
            ingested_at=now(),
            run_id=run_id,
        ))
        self._insert_events(conn, recs)

    def _insert_events(self, conn: Connection, recs: list[dict]) -> None:
        for rec in recs:
            conn.execute(insert(Event).values(
                record=json.dumps(rec, ensure_ascii=False), **event_columns(rec)))
            rows = pair_rows(rec)
            conn.execute(insert(EventPair), rows)
            self._note_actors(conn, rec)
            self._assign_cluster(conn, rec)

    def _note_actors(self, conn: Connection, rec: dict) -> None:
        seen: dict[str, dict] = {}
        for s, t in expand_pairs(rec):
            for actor in (s, t):
                if actor and actor.get("code"):
                    seen[actor["code"]] = actor
        for code, actor in seen.items():
            found = conn.execute(update(ActorRow).where(ActorRow.code == code).values(
                n_events=ActorRow.n_events + 1,
                name=func.coalesce(actor.get("name"), ActorRow.name),
            )).rowcount
            if not found:
                conn.execute(insert(ActorRow).values(
                    code=code, country=actor.get("country"),
                    roles=",".join(actor.get("roles") or []), name=actor.get("name"),
                    n_events=1,
                ))

    # -- clustering -----------------------------------------------------------------------

    def _candidates(self, conn: Connection, new: dedup.DedupEvent) -> list[dedup.DedupEvent]:
        """Stored events that pass the cheap filters (roots, countries, rough dates)."""
        roots = {new.root} | {r for pair in dedup.compatible_roots() if new.root in pair
                              for r in pair}
        wanted = set(new.pairs) | {(t, s) for s, t in new.pairs}
        dyad = or_(*[
            and_(_eq(EventPair.source_country, s), _eq(EventPair.target_country, t))
            for s, t in wanted
        ])
        query = (
            select(Event.record, Event.cluster_id).distinct()
            .join(EventPair, EventPair.event_id == Event.event_id)
            .where(Event.root.in_(roots), Event.doc_id != new.doc_id, dyad)
        )
        lo, hi = _widen(new)
        if lo and hi:
            query = query.where(
                or_(Event.date_end.is_(None), Event.date_end >= lo),
                or_(Event.date_start.is_(None), Event.date_start <= hi),
            )
        return [dedup_event(json.loads(r), cid) for r, cid in conn.execute(query)]

    def _assign_cluster(self, conn: Connection, rec: dict) -> int:
        new = dedup_event(rec)
        cands = self._candidates(conn, new)
        ids = {c.cluster_id for c in cands if c.cluster_id is not None}
        members: dict[int, set[str]] = {}
        if ids:
            rows = conn.execute(select(Event.cluster_id, Event.doc_id)
                                .where(Event.cluster_id.in_(ids)))
            for cid, doc_id in rows:
                members.setdefault(cid, set()).add(doc_id)
        match = dedup.best_match(new, cands, members)
        if match is not None:
            cid = match.cluster_id
        else:
            countries = sorted({c or "" for pair in new.pairs for c in pair})
            cid = conn.execute(insert(Cluster).values(
                root=new.root, cameo=new.cameo,
                country_a=(countries[0] or None) if countries else None,
                country_b=(countries[-1] or None) if len(countries) > 1 else None,
                date_start=new.date_start, date_end=new.date_end,
                representative=new.event_id, n_events=0, n_documents=0, n_sources=0,
            ).returning(Cluster.id)).scalar_one()
        conn.execute(update(Event).where(Event.event_id == new.event_id).values(cluster_id=cid))
        self._refresh_cluster(conn, cid)
        return cid

    def _refresh_cluster(self, conn: Connection, cid: int) -> None:
        """Counts, date span and representative (most confident, earliest) of a cluster."""
        source = func.coalesce(Document.outlet, Document.doc_id)
        n_events, n_docs, n_sources, lo, hi = conn.execute(
            select(func.count(Event.id), func.count(func.distinct(Event.doc_id)),
                   func.count(func.distinct(source)), func.min(Event.date_start),
                   func.max(Event.date_end))
            .join(Document, Document.doc_id == Event.doc_id)
            .where(Event.cluster_id == cid)
        ).one()
        rep = conn.execute(
            select(Event.event_id, Event.cameo).where(Event.cluster_id == cid)
            .order_by(Event.confidence.desc(), Event.id).limit(1)
        ).first()
        conn.execute(update(Cluster).where(Cluster.id == cid).values(
            n_events=n_events, n_documents=n_docs, n_sources=n_sources,
            date_start=lo, date_end=hi, representative=rep[0], cameo=rep[1],
        ))

    def recluster(self) -> int:
        """Rebuild every cluster from scratch, in ingest order; returns the cluster count."""
        with self._write() as conn, conn.begin():
            write_lock(conn)
            conn.execute(update(Event).values(cluster_id=None))
            conn.execute(delete(Cluster))
            rows = conn.execute(select(Event.record).join(
                Document, Document.doc_id == Event.doc_id).order_by(Document.id, Event.id))
            for (raw,) in rows.all():
                self._assign_cluster(conn, json.loads(raw))
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
        for item in read_inputs(list(inputs), published=published,
                                allow_private=allow_private, limits=limits):
            outcome = self._ingest_one(item, since_s, coder, report)
            if progress:
                label = item.source if isinstance(item, InputError) else _label(item)
                progress(label or "", outcome)
        self._finish_run(report)
        return report

    def _ingest_one(self, item: Any, since: str | None, coder: Any, rep: IngestReport) -> str:
        """Store one document; returns the outcome: new, skipped or failed."""
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
            if reason:
                rep.skipped.append((label, reason))
                return "skipped"
            records = self._code(coder, item)
            if not self.add_document(item, records, run_id=rep.run_id):
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
                records = [_record_dict(r) for r in self._code(coder, doc)]
                with self._write() as conn, conn.begin():
                    write_lock(conn)
                    old = select(Event.event_id).where(Event.doc_id == doc_id)
                    conn.execute(delete(EventPair).where(EventPair.event_id.in_(old)))
                    conn.execute(delete(Event).where(Event.doc_id == doc_id))
                    for rec in records:
                        conn.execute(insert(Event).values(
                            record=json.dumps(rec, ensure_ascii=False), **event_columns(rec)))
                        conn.execute(insert(EventPair), pair_rows(rec))
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
            for (raw,) in conn.execute(select(Event.record).order_by(Event.id)).all():
                self._note_actors(conn, json.loads(raw))

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


def _eq(column, value):
    return column.is_(None) if value is None else column == value


def _widen(ev: dedup.DedupEvent) -> tuple[str | None, str | None]:
    """The widest date window in which a stored event could still be compatible."""
    lo = ev.date_start or ev.pub_date
    hi = ev.date_end or ev.pub_date
    if not lo or not hi:
        return None, None
    pad = timedelta(days=dedup.UNDATED_WINDOW_DAYS + dedup.DATE_SLACK_DAYS)
    return ((date.fromisoformat(lo) - pad).isoformat(), (date.fromisoformat(hi) + pad).isoformat())


def _label(doc: ReadDocument) -> str:
    return doc.source or doc.url or (doc.meta or {}).get("name") or doc.doc_id


def _check_date(value: str | date, what: str) -> str:
    text = value.isoformat() if isinstance(value, date) else str(value).strip()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(what, f"not a date (YYYY-MM-DD): {text!r}") from None
