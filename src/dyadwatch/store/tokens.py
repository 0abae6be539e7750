"""API tokens in the store: made once, kept only as a SHA-256 hash, checked in constant time.

A token is 32 random bytes (URL-safe base64) behind a short `dw_` prefix. It carries 256 bits
of entropy, so a plain SHA-256 of it cannot be brute-forced and no slow password hash is
needed; the database never holds a usable token.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from dyadwatch.errors import InputError
from dyadwatch.store.db import WRITE_OPTION
from dyadwatch.store.models import ApiToken

TOKEN_PREFIX = "dw_"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,99}$")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def check_token_name(name: str) -> str:
    if not _NAME.match(name or ""):
        raise InputError("token name", "use 1-100 letters, digits, '_', '.', '@' or '-', "
                                       f"starting with a letter or digit: {name!r}")
    return name


class TokenMixin:
    engine: Any

    def create_token(self, name: str) -> str:
        """Make a token called `name`; returns the token itself (shown once, never stored)."""
        check_token_name(name)
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        try:
            with self.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
                with conn.begin():
                    conn.execute(insert(ApiToken).values(
                        name=name, token_hash=hash_token(token), prefix=token[:8],
                        created_at=_now()))
        except IntegrityError:
            raise InputError("token name", f"a token called {name!r} already exists") from None
        return token

    def tokens(self) -> list[dict[str, Any]]:
        """Every token's name, prefix and dates (never the hash)."""
        cols = [ApiToken.id, ApiToken.name, ApiToken.prefix, ApiToken.created_at,
                ApiToken.last_used_at, ApiToken.revoked_at]
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(*cols).order_by(ApiToken.id))]

    def revoke_token(self, name: str) -> bool:
        """Revoke the token called `name`; False when there is no such active token."""
        with self.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
            with conn.begin():
                done = conn.execute(update(ApiToken).where(
                    ApiToken.name == str(name), ApiToken.revoked_at.is_(None),
                ).values(revoked_at=_now())).rowcount
        return bool(done)

    def verify_token(self, token: str | None) -> str | None:
        """The name of the active token equal to `token`, else None.

        Every active hash is compared with hmac.compare_digest, and the loop never stops
        early, so the time taken does not depend on how much of a guess is right."""
        if not token:
            return None
        wanted = hash_token(token)
        with self.engine.connect() as conn:
            rows = conn.execute(select(ApiToken.id, ApiToken.name, ApiToken.token_hash)
                                .where(ApiToken.revoked_at.is_(None))).all()
        found: tuple[int, str] | None = None
        for token_id, name, stored in rows:
            if hmac.compare_digest(stored.encode(), wanted.encode()):
                found = (token_id, name)
        if found is None:
            return None
        with self.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
            with conn.begin():
                conn.execute(update(ApiToken).where(ApiToken.id == found[0])
                             .values(last_used_at=_now()))
        return found[1]
