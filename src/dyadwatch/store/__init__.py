"""The dyadwatch store: documents, event records, actors and event clusters in SQLite or
PostgreSQL (SQLAlchemy 2), with versioned migrations.

    import dyadwatch
    db = dyadwatch.open("dyadwatch.db")      # a path (SQLite) or a SQLAlchemy URL
    report = db.ingest(["articles/"])
    frame = db.events_frame(dyad="RUS-AZE")
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from dyadwatch.store.db import StoreError, make_engine, redact, resolve_target

if TYPE_CHECKING:
    from dyadwatch.store.core import IngestReport, Store

__all__ = ["FRAME_COLUMNS", "IngestReport", "Store", "StoreError", "open_store"]


def __getattr__(name: str) -> Any:
    # Loaded on first use so that `dyadwatch --help` does not import the reader and pandas.
    if name in ("Store", "IngestReport"):
        from dyadwatch.store import core

        return getattr(core, name)
    if name == "FRAME_COLUMNS":
        from dyadwatch.store.query import FRAME_COLUMNS

        return FRAME_COLUMNS
    raise AttributeError(name)


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
    from dyadwatch.store.core import Store

    return Store(engine, resolved)
