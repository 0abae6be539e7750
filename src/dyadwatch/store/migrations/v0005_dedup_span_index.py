"""Version 5: an index for dedup candidates whose date interval has no precision.

An interval that runs across a year's end ("between November and February", "since last
autumn") keeps its first and last day but no precision (when/resolve.py). Its start can lie
any number of days before the window a new event is compared in, so no band of
ix_events_dedup (migration 4) can bound it; core.CANDIDATES reads these events through this
partial index, by root and start. They are few, so the range up to the window stays short."""

from __future__ import annotations

from sqlalchemy import text

VERSION = 5


def upgrade(conn) -> None:
    conn.execute(text(
        "CREATE INDEX IF NOT EXISTS ix_events_dedup_span ON events (root, date_start) "
        "WHERE date_precision IS NULL AND date_start IS NOT NULL"))
