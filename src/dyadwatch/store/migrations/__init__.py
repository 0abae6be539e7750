"""Versioned schema migrations: `vNNNN_*.py` modules, each with `VERSION` and `upgrade(conn)`.

`migrate(engine)` applies, in order and each in its own transaction, every migration newer
than the version recorded in `schema_version`. Writers are serialised (SQLite BEGIN
IMMEDIATE, a PostgreSQL advisory lock) so two processes opening a fresh database at once
do not both create it. Migration modules freeze their DDL: they never import the models.
"""

from __future__ import annotations

import importlib
import pkgutil
from datetime import UTC, datetime
from types import ModuleType

from sqlalchemy import Engine, inspect, text

from dyadwatch.store.db import WRITE_OPTION, write_lock


def migrations() -> list[ModuleType]:
    mods = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if info.name.startswith("v")
    ]
    return sorted(mods, key=lambda m: m.VERSION)


def latest_version() -> int:
    return migrations()[-1].VERSION


def current_version(conn) -> int:
    if not inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(text("SELECT COALESCE(MAX(version), 0) FROM schema_version")).scalar_one()


def migrate(engine: Engine) -> int:
    """Bring the database up to the latest version; returns the version reached."""
    for mod in migrations():
        with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
            with conn.begin():
                write_lock(conn)
                if current_version(conn) >= mod.VERSION:
                    continue
                mod.upgrade(conn)
                conn.execute(
                    text("INSERT INTO schema_version (version, applied_at) VALUES (:v, :t)"),
                    {"v": mod.VERSION, "t": datetime.now(UTC).isoformat(timespec="seconds")},
                )
    with engine.connect() as conn:
        return current_version(conn)
