"""Version 4: an index for finding dedup candidates (store/core.py CANDIDATES): the root,
the date precision, then the start of the event's date interval (else its publication date).
The candidate query reads day and month events, year events and undated ones in separate
narrow ranges of it. Without it, each new document read every stored event of its roots,
so ingest slowed down as the store grew."""

from __future__ import annotations

from sqlalchemy import text

VERSION = 4


def upgrade(conn) -> None:
    conn.execute(text(
        "CREATE INDEX IF NOT EXISTS ix_events_dedup ON events (root, "
        "coalesce(date_precision, ''), coalesce(date_start, pub_date, '0000-00-00'))"))
