"""Version 3: an index on the order events are listed in (event date, else publication
date; then id), with the modality, so a page of events is read in order from the index
instead of sorting every matching event (the web API's events endpoint)."""

from __future__ import annotations

from sqlalchemy import text

VERSION = 3


def upgrade(conn) -> None:
    conn.execute(text(
        "CREATE INDEX IF NOT EXISTS ix_events_when "
        "ON events (coalesce(date_start, pub_date), id, modality)"))
