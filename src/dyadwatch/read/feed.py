"""RSS and Atom feeds: one document per entry, its linked page fetched through the guard."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import feedparser
import httpx

from dyadwatch.config import Limits
from dyadwatch.errors import InputError
from dyadwatch.read.build import RawDocument, build_document
from dyadwatch.read.document import Document
from dyadwatch.read.fetch import fetch_url, make_client
from dyadwatch.read.html import fragment_text, raw_from_html
from dyadwatch.read.text import decode_bytes


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def read_feed(
    url_or_path: str,
    *,
    published: str | None = None,
    allow_private: bool = False,
    limits: Limits | None = None,
    fetch_pages: bool = True,
    client: httpx.Client | None = None,
) -> Iterator[Document | InputError]:
    """The documents of a feed's entries (or an InputError for each that fails)."""
    limits = limits or Limits()
    own_client = client is None
    client = client or make_client(limits)
    try:
        try:
            data = load_feed_bytes(url_or_path, allow_private, limits, client)
        except InputError as exc:
            yield exc
            return
        yield from feed_documents(data, url_or_path, published=published,
                                  allow_private=allow_private, limits=limits,
                                  fetch_pages=fetch_pages, client=client)
    finally:
        if own_client:
            client.close()


def load_feed_bytes(url_or_path: str, allow_private: bool, limits: Limits,
                    client: httpx.Client) -> bytes:
    if is_url(url_or_path):
        return fetch_url(url_or_path, allow_private=allow_private, limits=limits,
                         client=client).body
    path = Path(url_or_path)
    try:
        if path.stat().st_size > limits.fetch_max_bytes:
            raise InputError(url_or_path, f"feed is over {limits.fetch_max_bytes} bytes")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(url_or_path, f"cannot read ({exc.strerror or exc})") from None


def feed_documents(
    data: bytes,
    source: str,
    *,
    published: str | None,
    allow_private: bool,
    limits: Limits,
    fetch_pages: bool,
    client: httpx.Client,
) -> Iterator[Document | InputError]:
    """Parse feed bytes (never a URL: feedparser would fetch it unguarded)."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = parsed.get("bozo_exception") if parsed.get("bozo") else "it has no entries"
        yield InputError(source, f"not a usable RSS/Atom feed ({reason})")
        return
    outlet = parsed.feed.get("title")
    for index, entry in enumerate(parsed.entries, start=1):
        try:
            raw = entry_raw(entry, index, source, outlet, allow_private, limits, fetch_pages,
                            client)
            yield build_document(raw, published=published, limits=limits)
        except InputError as exc:
            yield exc


def entry_date(entry) -> str | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(stamp), dt.UTC).date().isoformat()
    except (OverflowError, ValueError, OSError):
        return None


def entry_content(entry) -> str:
    """The entry's own text: full content when the feed carries it, else its summary."""
    for content in entry.get("content") or []:
        if content.get("value"):
            return fragment_text(content["value"])
    return fragment_text(entry.get("summary") or "")


def entry_raw(entry, index: int, source: str, outlet: str | None, allow_private: bool,
              limits: Limits, fetch_pages: bool, client: httpx.Client) -> RawDocument:
    link = entry.get("link")
    doc_id = link or entry.get("id") or f"{source}#{index}"
    entry_source = link or f"{source}#{index}"
    raw: RawDocument | None = None
    if fetch_pages and link and is_url(link):
        try:
            raw = page_raw(link, doc_id, allow_private, limits, client)
        except InputError:
            if not entry_content(entry).strip():
                raise
            raw = None  # the page failed but the feed carries the text: use that
    if raw is None:
        raw = RawDocument(doc_id=doc_id, text=entry_content(entry), source=entry_source,
                          url=link, meta={"format": "feed entry"})
    raw.title = entry.get("title") or raw.title
    raw.outlet = raw.outlet or outlet
    raw.author = raw.author or entry.get("author")
    raw.published = entry_date(entry) or raw.published
    raw.meta["feed"] = source
    return raw


def page_raw(url: str, doc_id: str, allow_private: bool, limits: Limits,
             client: httpx.Client) -> RawDocument:
    result = fetch_url(url, allow_private=allow_private, limits=limits, client=client)
    if result.kind == "html":
        return raw_from_html(result.body, doc_id=doc_id, source=url, url=result.final_url)
    if result.kind == "text":
        text = decode_bytes(result.body, url, result.charset)
        return RawDocument(doc_id=doc_id, text=text, source=url, url=result.final_url)
    raise InputError(url, "feed entry links to another feed, not an article")
