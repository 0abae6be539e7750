"""From raw text and metadata to a checked Document (shared by every reader)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dyadwatch.config import Limits
from dyadwatch.errors import InputError, LimitExceeded
from dyadwatch.read.dates import date_from_url, parse_date
from dyadwatch.read.document import Document
from dyadwatch.read.text import clean_text, language_problem, split_header, strip_boilerplate


@dataclass
class RawDocument:
    """What a reader found before clean-up: text plus whatever metadata came with it."""

    doc_id: str
    text: str
    source: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None  # as written in the metadata, any format
    original_url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def publication_date(explicit: str | None, raw: RawDocument) -> tuple[str | None, str | None]:
    """(date, where it came from): --published, then metadata, then dates in URLs."""
    if explicit:
        return explicit, "explicit"
    from_meta = parse_date(raw.published)
    if from_meta:
        return from_meta, "metadata"
    for url in (raw.url, raw.original_url):
        from_url = date_from_url(url)
        if from_url:
            return from_url, "url"
    return None, None


def build_document(
    raw: RawDocument,
    *,
    published: str | None = None,
    limits: Limits | None = None,
    header: bool = False,
) -> Document:
    """Clean the text, read its header block (when `header`), remove boilerplate lines,
    check it is a usable English document and date it. Raises InputError."""
    limits = limits or Limits()
    text = clean_text(raw.text)
    if header:
        fields, text = split_header(text)
        raw.title = raw.title or fields.get("title")
        raw.outlet = raw.outlet or fields.get("outlet")
        raw.url = raw.url or fields.get("url")
        raw.author = raw.author or fields.get("author")
        raw.published = raw.published or fields.get("published")
    stripped = strip_boilerplate(text)
    body = stripped.body
    if not body:
        raise InputError(raw.source, "empty document (no text to code)")
    size = len(body.encode("utf-8"))
    if size > limits.max_document_bytes:
        raise LimitExceeded(raw.source, f"document text is {size} bytes, over the limit of "
                                        f"{limits.max_document_bytes} bytes")
    problem = language_problem(body)
    if problem:
        raise InputError(raw.source, problem)
    raw.original_url = raw.original_url or stripped.original_url
    raw.author = raw.author or stripped.author
    pub_date, pub_from = publication_date(published, raw)
    meta = dict(raw.meta)
    if pub_from:
        meta["pub_date_from"] = pub_from
    if stripped.removed:
        meta["removed_lines"] = stripped.removed
    return Document(
        doc_id=raw.doc_id,
        text=body,
        title=raw.title,
        outlet=raw.outlet,
        author=raw.author,
        url=raw.url,
        original_url=raw.original_url,
        pub_date=pub_date,
        language="en",
        source=raw.source,
        meta=meta,
    )
