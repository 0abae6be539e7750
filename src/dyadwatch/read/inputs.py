"""`read_inputs`: what the user named (files, directories, URLs, -) -> Documents or errors."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import httpx

from dyadwatch.config import Limits
from dyadwatch.errors import DyadwatchError, InputError, LimitExceeded
from dyadwatch.read.build import RawDocument, build_document
from dyadwatch.read.dates import parse_date
from dyadwatch.read.document import Document
from dyadwatch.read.feed import feed_documents, is_url, read_feed
from dyadwatch.read.fetch import fetch_url, make_client
from dyadwatch.read.html import raw_from_html
from dyadwatch.read.records import read_json, read_jsonl
from dyadwatch.read.text import decode_bytes

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
DIRECTORY_SUFFIXES = {".txt", ".html", ".htm", ".jsonl", ".json"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}  # read when named directly, not from directories
SKIPPED_SUFFIX = ".gold.jsonl"  # gold annotations sit beside the articles
STDIN = "-"
STDIN_DOC_ID = "stdin"


@dataclass
class Planned:
    """One thing to read: standard input, a URL or a file (with the directory it came from)."""

    item: str  # what the user typed
    kind: str  # stdin | url | file | error
    path: Path | None = None
    base: Path | None = None  # the directory input the file was found in
    doc_id: str = ""
    error: str | None = None


def list_directory(root: Path) -> list[Path]:
    """Readable article files under root, recursively, in a stable sorted order."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            lower = name.lower()
            if name.startswith(".") or lower.endswith(SKIPPED_SUFFIX):
                continue
            if Path(lower).suffix in DIRECTORY_SUFFIXES:
                found.append(Path(folder) / name)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def plan_inputs(inputs: list[str]) -> list[Planned]:
    """Expand directories and give every file its doc_id (name without extension; the path
    relative to its input when two names collide in this run)."""
    plan: list[Planned] = []
    for item in inputs:
        if item == STDIN:
            plan.append(Planned(item, "stdin", doc_id=STDIN_DOC_ID))
        elif is_url(item):
            plan.append(Planned(item, "url", doc_id=item))
        else:
            plan.extend(plan_path(item))
    stems = Counter(p.path.stem for p in plan if p.kind == "file")
    for planned in plan:
        if planned.kind != "file":
            continue
        planned.doc_id = planned.path.stem
        if stems[planned.path.stem] > 1:
            planned.doc_id = (planned.path.relative_to(planned.base).as_posix()
                              if planned.base else planned.item)
    return plan


def plan_path(item: str) -> list[Planned]:
    path = Path(item)
    try:
        if path.is_dir():
            files = list_directory(path)
            if not files:
                return [Planned(item, "error", error="directory holds no .txt, .html, .htm, "
                                                     ".jsonl or .json files")]
            return [Planned(str(f), "file", path=f, base=path) for f in files]
        if path.is_file():
            return [Planned(item, "file", path=path)]
        if path.exists():
            return [Planned(item, "error", error="not a regular file or directory")]
    except OSError as exc:
        return [Planned(item, "error", error=f"cannot read ({exc.strerror or exc})")]
    return [Planned(item, "error", error="no such file, directory or URL")]


def read_inputs(
    inputs: list[str],
    *,
    published: str | None = None,
    allow_private: bool = False,
    limits: Limits | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | InputError]:
    """Every document the inputs hold, or an InputError for each one that fails; one bad
    input never stops the others. `published` (YYYY-MM-DD) overrides every document's date."""
    limits = limits or Limits()
    if published is not None:
        explicit = parse_date(published)
        if explicit is None:
            raise DyadwatchError(f"--published {published!r} is not a date (use YYYY-MM-DD)")
        published = explicit
    client: httpx.Client | None = None
    try:
        for planned in plan_inputs(inputs):
            if planned.kind == "error":
                yield InputError(planned.item, planned.error or "unreadable")
            elif planned.kind == "stdin":
                yield from read_stdin(stdin, published=published, limits=limits)
            elif planned.kind == "url":
                client = client or make_client(limits)
                yield from read_url(planned.item, published=published,
                                    allow_private=allow_private, limits=limits, client=client)
            else:
                yield from read_file(planned, published=published, allow_private=allow_private,
                                     limits=limits)
    finally:
        if client is not None:
            client.close()


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:8192]


def document_from_bytes(data: bytes, *, doc_id: str, source: str, is_html: bool,
                        published: str | None, limits: Limits,
                        url: str | None = None, charset: str | None = None) -> Document:
    if is_html:
        page: bytes | str = data
        if charset:  # the server's declared charset beats guessing from the page
            try:
                page = data.decode(charset)
            except (UnicodeDecodeError, LookupError):
                page = data
        raw = raw_from_html(page, doc_id=doc_id, source=source, url=url)
        return build_document(raw, published=published, limits=limits)
    text = decode_bytes(data, source, charset)
    raw = RawDocument(doc_id=doc_id, text=text, source=source, url=url, meta={"format": "text"})
    return build_document(raw, published=published, limits=limits, header=True)


def read_stdin(stream: BinaryIO | None, *, published: str | None,
               limits: Limits) -> Iterator[Document | InputError]:
    stream = stream or sys.stdin.buffer
    try:
        data = stream.read(limits.max_document_bytes + 1)
    except OSError as exc:
        yield InputError(STDIN, f"cannot read standard input ({exc})")
        return
    if len(data) > limits.max_document_bytes:
        yield LimitExceeded(STDIN, f"standard input is over {limits.max_document_bytes} bytes")
        return
    try:
        yield document_from_bytes(data, doc_id=STDIN_DOC_ID, source=STDIN,
                                  is_html=looks_like_html(data), published=published,
                                  limits=limits)
    except InputError as exc:
        yield exc


def read_url(url: str, *, published: str | None, allow_private: bool, limits: Limits,
             client: httpx.Client) -> Iterator[Document | InputError]:
    try:
        result = fetch_url(url, allow_private=allow_private, limits=limits, client=client)
        if result.kind == "feed":
            yield from feed_documents(result.body, url, published=published,
                                      allow_private=allow_private, limits=limits,
                                      fetch_pages=True, client=client)
            return
        yield document_from_bytes(result.body, doc_id=url, source=url,
                                  is_html=result.kind == "html", published=published,
                                  limits=limits, url=result.final_url, charset=result.charset)
    except InputError as exc:
        yield exc


def read_file(planned: Planned, *, published: str | None, allow_private: bool,
              limits: Limits) -> Iterator[Document | InputError]:
    path, item = planned.path, planned.item
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path, item, published=published, limits=limits)
        return
    if suffix == ".json":
        yield from read_json(path, item, published=published, limits=limits)
        return
    if suffix in FEED_SUFFIXES:
        yield from read_feed(item, published=published, allow_private=allow_private,
                             limits=limits)
        return
    is_html = suffix in HTML_SUFFIXES
    cap = limits.fetch_max_bytes if is_html else limits.max_document_bytes
    try:
        size = path.stat().st_size
        if size > cap:
            yield LimitExceeded(item, f"file is {size} bytes, over the limit of {cap} bytes")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(item, f"cannot read ({exc.strerror or exc})")
        return
    try:
        yield document_from_bytes(data, doc_id=planned.doc_id, source=item,
                                  is_html=is_html or looks_like_html(data),
                                  published=published, limits=limits)
    except InputError as exc:
        yield exc
