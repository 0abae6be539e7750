"""Version 2: API tokens for the web server's write endpoints (stored as SHA-256 hashes)."""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table

VERSION = 2


def tables() -> MetaData:
    md = MetaData()
    Table("api_tokens", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("name", String(100), nullable=False, unique=True),
          Column("token_hash", String(64), nullable=False, unique=True),
          Column("prefix", String(16), nullable=False),
          Column("created_at", String(32), nullable=False),
          Column("last_used_at", String(32)),
          Column("revoked_at", String(32)))
    return md


def upgrade(conn) -> None:
    tables().create_all(conn)
