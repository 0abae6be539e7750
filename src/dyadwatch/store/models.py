"""The store's tables (SQLAlchemy 2 declarative models), the current schema version.

`migrations/` brings any older database up to this layout; a test checks that a migrated
database and these models agree, so the two cannot drift apart.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class SchemaVersion(Base):
    __tablename__ = "schema_version"

    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    applied_at: Mapped[str] = mapped_column(String(32))


class IngestRun(Base):
    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))  # ingest | recode
    started_at: Mapped[str] = mapped_column(String(32))
    finished_at: Mapped[str | None] = mapped_column(String(32))
    sources: Mapped[str] = mapped_column(Text)  # JSON list
    coder_version: Mapped[str] = mapped_column(String(32))
    n_new: Mapped[int] = mapped_column(Integer, default=0)
    n_skipped: Mapped[int] = mapped_column(Integer, default=0)
    n_failed: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{source, reason}]
    status: Mapped[str] = mapped_column(String(16))  # running | done | interrupted


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(String(64), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str | None] = mapped_column(Text, unique=True)  # canonical URL
    original_url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)  # where it was read from
    name: Mapped[str | None] = mapped_column(Text)  # the reader's id (file stem, ...)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200), index=True)
    author: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    pub_date: Mapped[str | None] = mapped_column(String(10), index=True)
    text: Mapped[str] = mapped_column(Text)
    meta: Mapped[str] = mapped_column(Text, default="{}")
    coder_version: Mapped[str] = mapped_column(String(32))
    n_events: Mapped[int] = mapped_column(Integer, default=0)
    ingested_at: Mapped[str] = mapped_column(String(32))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id"))


class Cluster(Base):
    """Events from different documents that report one occurrence (see dedup.py)."""

    __tablename__ = "clusters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    root: Mapped[str] = mapped_column(String(2), index=True)
    cameo: Mapped[str] = mapped_column(String(4))
    country_a: Mapped[str | None] = mapped_column(String(8))  # the pair, sorted
    country_b: Mapped[str | None] = mapped_column(String(8))
    date_start: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    representative: Mapped[str] = mapped_column(String(40))  # event_id shown for the cluster
    n_events: Mapped[int] = mapped_column(Integer, default=0)
    n_documents: Mapped[int] = mapped_column(Integer, default=0)
    n_sources: Mapped[int] = mapped_column(Integer, default=0)


class Event(Base):
    """One event record: the whole record JSON plus the columns queries filter on.

    Migration 3 adds the expression index ix_events_when (coalesce(date_start, pub_date),
    id, modality) and migration 4 ix_events_dedup (root, coalesce(date_precision, ''),
    coalesce(date_start, pub_date, '0000-00-00')), migration 5 the partial index
    ix_events_dedup_span (root, date_start) of dated events with no precision; they are not
    declared here because SQLAlchemy cannot reflect expression indexes on SQLite, so the
    migrated-schema test could not compare them."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(40), unique=True)
    doc_id: Mapped[str] = mapped_column(
        ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True
    )
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("clusters.id"), index=True)
    record: Mapped[str] = mapped_column(Text)
    cameo: Mapped[str] = mapped_column(String(4), index=True)
    root: Mapped[str] = mapped_column(String(2), index=True)
    quad: Mapped[int] = mapped_column(Integer)
    goldstein: Mapped[float] = mapped_column(Float)
    date: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(8))
    date_start: Mapped[str | None] = mapped_column(String(10), index=True)
    date_end: Mapped[str | None] = mapped_column(String(10), index=True)
    pub_date: Mapped[str | None] = mapped_column(String(10))
    modality: Mapped[str] = mapped_column(String(16), index=True)
    confidence: Mapped[float] = mapped_column(Float)
    trigger: Mapped[str] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    coder_version: Mapped[str] = mapped_column(String(32))


class EventPair(Base):
    """Each ordered source-target pair of an event (compound actors expanded as the scorer
    does), so that dyad and actor filters are plain indexed lookups."""

    __tablename__ = "event_pairs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.event_id", ondelete="CASCADE"), index=True
    )
    source_code: Mapped[str | None] = mapped_column(String(32), index=True)
    source_country: Mapped[str | None] = mapped_column(String(8))
    target_code: Mapped[str | None] = mapped_column(String(32), index=True)
    target_country: Mapped[str | None] = mapped_column(String(8))

    __table_args__ = (Index("ix_event_pairs_dyad", "source_country", "target_country"),)


class ActorRow(Base):
    """Every actor code seen, with its country, roles and a canonical name when known."""

    __tablename__ = "actors"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    roles: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str | None] = mapped_column(Text)
    n_events: Mapped[int] = mapped_column(Integer, default=0)


class ApiToken(Base):
    """A bearer token for the web API's write endpoints. Only its SHA-256 is kept: the token
    itself is shown once, when it is made (`dyadwatch token create`)."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))  # first characters, to tell tokens apart
    created_at: Mapped[str] = mapped_column(String(32))
    last_used_at: Mapped[str | None] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32))
