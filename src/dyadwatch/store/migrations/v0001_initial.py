"""Version 1: documents, events, event pairs, actors, clusters, ingest runs."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

VERSION = 1


def tables() -> MetaData:
    md = MetaData()
    Table("schema_version", md,
          Column("version", Integer, primary_key=True),
          Column("applied_at", String(32), nullable=False))
    Table("ingest_runs", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("kind", String(16), nullable=False),
          Column("started_at", String(32), nullable=False),
          Column("finished_at", String(32)),
          Column("sources", Text, nullable=False),
          Column("coder_version", String(32), nullable=False),
          Column("n_new", Integer, nullable=False),
          Column("n_skipped", Integer, nullable=False),
          Column("n_failed", Integer, nullable=False),
          Column("failures", Text, nullable=False),
          Column("status", String(16), nullable=False))
    Table("documents", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("doc_id", String(64), nullable=False, unique=True),
          Column("content_hash", String(64), nullable=False, unique=True),
          Column("url", Text, unique=True),
          Column("original_url", Text),
          Column("source", Text),
          Column("name", Text),
          Column("title", Text),
          Column("outlet", String(200), index=True),
          Column("author", Text),
          Column("language", String(16)),
          Column("pub_date", String(10), index=True),
          Column("text", Text, nullable=False),
          Column("meta", Text, nullable=False),
          Column("coder_version", String(32), nullable=False),
          Column("n_events", Integer, nullable=False),
          Column("ingested_at", String(32), nullable=False),
          Column("run_id", Integer, ForeignKey("ingest_runs.id")))
    Table("clusters", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("root", String(2), nullable=False, index=True),
          Column("cameo", String(4), nullable=False),
          Column("country_a", String(8)),
          Column("country_b", String(8)),
          Column("date_start", String(10)),
          Column("date_end", String(10)),
          Column("representative", String(40), nullable=False),
          Column("n_events", Integer, nullable=False),
          Column("n_documents", Integer, nullable=False),
          Column("n_sources", Integer, nullable=False))
    Table("events", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("event_id", String(40), nullable=False, unique=True),
          Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"),
                 nullable=False, index=True),
          Column("cluster_id", Integer, ForeignKey("clusters.id"), index=True),
          Column("record", Text, nullable=False),
          Column("cameo", String(4), nullable=False, index=True),
          Column("root", String(2), nullable=False, index=True),
          Column("quad", Integer, nullable=False),
          Column("goldstein", Float, nullable=False),
          Column("date", String(10)),
          Column("date_precision", String(8)),
          Column("date_start", String(10), index=True),
          Column("date_end", String(10), index=True),
          Column("pub_date", String(10)),
          Column("modality", String(16), nullable=False, index=True),
          Column("confidence", Float, nullable=False),
          Column("trigger", Text, nullable=False),
          Column("sentence", Text, nullable=False),
          Column("start", Integer, nullable=False),
          Column("coder_version", String(32), nullable=False))
    Table("event_pairs", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("event_id", String(40), ForeignKey("events.event_id", ondelete="CASCADE"),
                 nullable=False, index=True),
          Column("source_code", String(32), index=True),
          Column("source_country", String(8)),
          Column("target_code", String(32), index=True),
          Column("target_country", String(8)),
          Index("ix_event_pairs_dyad", "source_country", "target_country"))
    Table("actors", md,
          Column("code", String(32), primary_key=True),
          Column("country", String(8), index=True),
          Column("roles", String(64), nullable=False),
          Column("name", Text),
          Column("n_events", Integer, nullable=False))
    return md


def upgrade(conn) -> None:
    tables().create_all(conn)
