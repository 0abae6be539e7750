"""dyadwatch: who did what to whom, when and where, from news text, with the evidence.

    import dyadwatch
    records = dyadwatch.code_text("Russia expelled two Azerbaijani diplomats on Monday.",
                                  published="2025-07-03")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyadwatch.version import CODER_VERSION, SCHEMA_VERSION, __version__

if TYPE_CHECKING:
    from dyadwatch.pipeline import Coder
    from dyadwatch.record import EventRecord
    from dyadwatch.store import Store

__all__ = ["CODER_VERSION", "SCHEMA_VERSION", "__version__", "code_text", "get_coder", "open"]

_coder: Coder | None = None


def get_coder() -> Coder:
    """The process-wide default coder (the spaCy model loads once)."""
    global _coder
    if _coder is None:
        from dyadwatch.pipeline import Coder

        _coder = Coder()
    return _coder


def code_text(
    text: str, *, published: str | None = None, doc_id: str = "text"
) -> list[EventRecord]:
    """Code one text; returns event records."""
    from dyadwatch.read.document import Document

    return get_coder().code(Document(doc_id=doc_id, text=text, pub_date=published))


def open(target: str | None = None) -> Store:  # noqa: A001 - the public name is dyadwatch.open
    """Open a dyadwatch database: a path (SQLite) or a SQLAlchemy URL (e.g. PostgreSQL);
    None -> $DYADWATCH_DB or ./dyadwatch.db. Creates or upgrades the schema."""
    from dyadwatch.store import open_store

    return open_store(target)
