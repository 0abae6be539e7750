"""Readers: files, directories, URLs, JSON Lines and standard input -> Documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dyadwatch.config import Limits
from dyadwatch.errors import InputError
from dyadwatch.read.document import Document

__all__ = ["Document", "read_inputs", "read_text_document"]


def read_text_document(text: str, doc_id: str, source: str | None = None) -> Document:
    return Document(doc_id=doc_id, text=text, source=source)


def read_inputs(
    inputs: list[str],
    *,
    published: str | None = None,
    allow_private: bool = False,
    limits: Limits | None = None,
) -> Iterator[Document | InputError]:
    """Every document the inputs hold, or an InputError for each one that fails."""
    for item in inputs:
        path = Path(item)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            yield InputError(item, str(exc))
            continue
        doc = read_text_document(text, path.stem, source=item)
        if published:
            doc.pub_date = published
        yield doc
