"""Coding for the web: pasted text or a fetched URL -> documents with events (not stored),
and the write path behind POST /api/ingest.

URLs go through the reader (dyadwatch.read), whose network guard refuses private, loopback
and link-local addresses (and redirects to them) unless the server allows private ones.
Only absolute http(s) URLs are accepted here, so no request can make the server read one
of its own files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dyadwatch.errors import InputError
from dyadwatch.read import read_inputs
from dyadwatch.read.build import RawDocument, build_document
from dyadwatch.read.dates import parse_date
from dyadwatch.read.document import Document
from dyadwatch.store import IngestReport
from dyadwatch.web.data import check_fetch_url

MAX_FETCHED_DOCUMENTS = 20  # a feed URL on the paste page codes at most this many entries


@dataclass
class CodedDocument:
    document: Document
    events: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        d = self.document
        return {"doc_id": d.doc_id, "title": d.title, "outlet": d.outlet, "url": d.url,
                "pub_date": d.pub_date, "text": d.text, "events": self.events}


def check_published(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    parsed = parse_date(value.strip())
    if parsed is None:
        raise InputError("published", f"not a date (YYYY-MM-DD): {value[:40]!r}")
    return parsed


def text_document(text: str, *, source: str, published: str | None = None,
                  title: str | None = None, outlet: str | None = None,
                  url: str | None = None) -> Document:
    """A checked Document from text sent to the server (InputError when unusable)."""
    raw = RawDocument(doc_id="posted", text=text, source=source, title=title, outlet=outlet,
                      url=url, published=check_published(published))
    doc = build_document(raw)
    doc.doc_id = doc.content_hash[:16]
    return doc


def fetched_documents(state: Any, url: str, published: str | None) -> list[Document]:
    """The documents at an http(s) URL (one page, or a feed's entries)."""
    url = check_fetch_url(url)
    docs: list[Document] = []
    for item in read_inputs([url], published=check_published(published),
                            allow_private=state.allow_private):
        if isinstance(item, InputError):
            raise item
        docs.append(item)
        if len(docs) >= MAX_FETCHED_DOCUMENTS:
            break
    return docs


def code_documents(state: Any, docs: Iterable[Document]) -> list[CodedDocument]:
    out = []
    with state.code_lock:  # one spaCy pipeline, used by one request at a time
        coder = state.coder()
        for doc in docs:
            out.append(CodedDocument(doc, [r.to_dict() for r in coder.code(doc)]))
    return out


def code_request(state: Any, *, text: str | None = None, url: str | None = None,
                 published: str | None = None, title: str | None = None
                 ) -> list[CodedDocument]:
    """Code pasted text or the page at `url`; nothing is stored."""
    if url and url.strip():
        docs = fetched_documents(state, url, published)
    elif text and text.strip():
        docs = [text_document(text, source="pasted text", published=published, title=title)]
    else:
        raise InputError("input", "give a text or an http(s) URL")
    return code_documents(state, docs)


def ingest_texts(state: Any, items: Iterable[Any], token_name: str) -> IngestReport:
    """Store posted texts: each one read, coded and stored in its own transaction."""
    docs: list[Document | InputError] = []
    for n, item in enumerate(items, 1):
        source = f"api:{token_name}:{n}"
        try:
            docs.append(text_document(item.text, source=source, published=item.published,
                                      title=item.title, outlet=item.outlet, url=item.url))
        except InputError as exc:
            docs.append(exc)
    with state.code_lock:
        return state.store.ingest_documents(docs, coder=state.coder(),
                                            source=f"api:{token_name}")


def ingest_urls(state: Any, urls: list[str]) -> IngestReport:
    checked = [check_fetch_url(u) for u in urls]
    with state.code_lock:
        return state.store.ingest(checked, allow_private=state.allow_private,
                                  coder=state.coder())
