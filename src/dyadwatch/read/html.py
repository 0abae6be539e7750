"""HTML pages and files: main text and metadata with trafilatura (dates via htmldate)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml.etree import ParserError

from dyadwatch.errors import InputError
from dyadwatch.read.build import RawDocument

# Only dates the page states in its metadata or URL: a full-text search would pick up
# dates the article mentions and take them for its publication date.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}


def raw_from_html(html: bytes | str, *, doc_id: str, source: str,
                  url: str | None = None) -> RawDocument:
    """The article in an HTML page; InputError when the page has no article text."""
    try:
        found = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, date_extraction_params=DATE_PARAMS,
        )
    except (ValueError, TypeError, ParserError, RecursionError) as exc:
        raise InputError(source, f"cannot parse HTML ({type(exc).__name__})") from None
    text = getattr(found, "text", None) if found is not None else None
    if not text:
        text = fallback_text(html)
    if not text or not text.strip():
        raise InputError(source, "empty document (no article text found in the HTML)")
    meta = {"format": "html"}
    return RawDocument(
        doc_id=doc_id,
        text=text,
        source=source,
        title=getattr(found, "title", None),
        outlet=getattr(found, "sitename", None) or (urlsplit(url).hostname if url else None),
        author=getattr(found, "author", None),
        url=url or getattr(found, "url", None),
        published=getattr(found, "date", None),
        meta=meta,
    )


def fallback_text(html: bytes | str) -> str:
    """Paragraph text of a page too short or odd for trafilatura's article detection."""
    try:
        return trafilatura.baseline(html)[1]
    except (ValueError, TypeError, ParserError, RecursionError, AttributeError):
        return ""


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one line per block."""
    # NUL, other C0 controls and lone surrogates make libxml2 stop early, so lxml finds no
    # body and fails an internal assertion (found by fuzz/fuzz_reader.py): drop them first.
    fragment = XML_INVALID.sub("", fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, ParserError, AssertionError):  # AssertionError: lxml's own check
        return ""
    for element in root.iter():
        if element.tag in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    return root.text_content()
