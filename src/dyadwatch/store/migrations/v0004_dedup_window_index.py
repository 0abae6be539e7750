"""Version 4: an index for finding dedup candidates (store/core.py CANDIDATES): the root,
then the end of the event's date interval (else its publication date; open when neither is
known). Without it, each new document read every stored event of its roots, so ingest
slowed down as the store grew."""

from __future__ import annotations

from sqlalchemy import text

VERSION = 4


def upgrade(conn) -> None:
    conn.execute(text(
        "CREATE INDEX IF NOT EXISTS ix_events_dedup "
        "ON events (root, coalesce(date_end, pub_date, '9999-12-31'))"))
