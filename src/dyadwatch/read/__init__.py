"""Readers: files, directories, URLs, feeds, JSON Lines and standard input -> Documents.

    for item in read_inputs(["article.txt", "https://example.org/news/1", "-"]):
        if isinstance(item, InputError): ...   # one clear reason; other inputs go on
        else: ...                               # a Document with clean text and metadata
"""

from __future__ import annotations

from dyadwatch.read.build import RawDocument, build_document
from dyadwatch.read.document import Document
from dyadwatch.read.feed import read_feed
from dyadwatch.read.fetch import FetchResult, fetch_url
from dyadwatch.read.inputs import plan_inputs, read_inputs
from dyadwatch.read.netguard import BlockedAddress, check_url

__all__ = [
    "BlockedAddress",
    "Document",
    "FetchResult",
    "RawDocument",
    "build_document",
    "check_url",
    "fetch_url",
    "plan_inputs",
    "read_feed",
    "read_inputs",
    "read_text_document",
]


def read_text_document(text: str, doc_id: str, source: str | None = None) -> Document:
    """A Document for text already in memory, without clean-up or checks (API and tests)."""
    return Document(doc_id=doc_id, text=text, source=source)
