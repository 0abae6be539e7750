"""The dyadwatch store: documents, event records, actors and event clusters in SQLite or
PostgreSQL (SQLAlchemy 2), with versioned migrations.

    import dyadwatch
    db = dyadwatch.open("dyadwatch.db")      # a path (SQLite) or a SQLAlchemy URL
    report = db.ingest(["articles/"])
    frame = db.events_frame(dyad="RUS-AZE")
"""

from __future__ import annotations

import os

from dyadwatch.store.core import IngestReport, Store
from dyadwatch.store.db import StoreError, make_engine, redact, resolve_target
from dyadwatch.store.query import FRAME_COLUMNS

__all__ = ["FRAME_COLUMNS", "IngestReport", "Store", "StoreError", "open_store"]


def open_store(target: str | os.PathLike | None = None, migrate: bool = True) -> Store:
    """Open (and create or upgrade) a database. None -> $DYADWATCH_DB or ./dyadwatch.db."""
    from sqlalchemy.exc import SQLAlchemyError

    from dyadwatch.store.db import short_reason
    from dyadwatch.store.migrations import migrate as run_migrations

    resolved = resolve_target(target)
    engine = make_engine(resolved)
    if migrate:
        try:
            run_migrations(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(
                f"cannot prepare database {redact(resolved)}: {short_reason(exc)}") from None
    return Store(engine, resolved)
