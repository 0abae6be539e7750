"""Opening a database: a path means SQLite, a URL any database SQLAlchemy supports.

SQLite runs in WAL mode with a busy timeout so that readers never block the writer and a
second writer waits instead of failing; every write transaction starts with BEGIN IMMEDIATE
so two ingests into one file serialise cleanly. PostgreSQL goes through psycopg 3.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from dyadwatch.errors import DyadwatchError

DEFAULT_DB = "dyadwatch.db"
SQLITE_BUSY_TIMEOUT_MS = 60_000
# Checkpoint the WAL into the database every ~40 MB instead of every 4 MB (the default): a
# checkpoint syncs both files to disk, which cost more than the coding on bulk ingest.
WAL_CHECKPOINT_PAGES = 10_000
WRITE_OPTION = "dyadwatch_write"

# The pool logs (with a traceback) an error it meets while handing a connection back, e.g.
# Ctrl-C during the rollback or a server gone away, then raises or recovers; with no logging
# configured Python would print that traceback on stderr. The error itself still reaches the
# CLI, which prints one line; an application that configures logging still receives it.
logging.getLogger("sqlalchemy.pool").addHandler(logging.NullHandler())


class StoreError(DyadwatchError):
    """The database cannot be opened, reached or used."""


def resolve_target(target: str | os.PathLike | None) -> str:
    """The database to use: the argument, else $DYADWATCH_DB, else ./dyadwatch.db."""
    if target is None or str(target) == "":
        target = os.environ.get("DYADWATCH_DB") or DEFAULT_DB
    return str(target)


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_url(path: str) -> str:
    """Checks a SQLite path early so the user gets one clear line, not a driver error."""
    p = Path(path).expanduser()
    if p.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    if not p.parent.is_dir():
        raise StoreError(f"{path}: folder {p.parent} does not exist")
    if p.exists():
        with p.open("rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise StoreError(f"{path}: not a SQLite database")
    return f"sqlite:///{p.resolve()}"


def make_engine(target: str | os.PathLike | None) -> Engine:
    """An engine for a path or URL; raises StoreError with a clear reason."""
    resolved = resolve_target(target)
    url = resolved if is_url(resolved) else sqlite_url(resolved)
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
            _configure_sqlite(engine)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise StoreError(f"{redact(resolved)}: not a usable database URL ({exc})") from None
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot open database {redact(resolved)}: {short_reason(exc)}") from None
    return engine


def redact(target: str) -> str:
    """The target with any password hidden, fit to print."""
    if not is_url(target):
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "<database URL>"


def short_reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = [ln.strip() for ln in str(orig).strip().splitlines() if ln.strip()]
    return lines[0] if lines else type(orig).__name__


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
        # Manage transactions ourselves (pysqlite's implicit BEGIN cannot say IMMEDIATE).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        # A writer takes the write lock up front: a second writer waits (busy timeout) rather
        # than failing half-way with "database is locked" on lock upgrade.
        mode = "IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def write_lock(conn: Connection) -> None:
    """Serialise writers on PostgreSQL too (dedup reads then writes clusters)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(7291946)"))
