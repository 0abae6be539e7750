"""JSON Lines (`{id, text, title, url, published, ...}` a line) and JSON files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dyadwatch.config import Limits
from dyadwatch.errors import InputError, LimitExceeded
from dyadwatch.read.build import RawDocument, build_document
from dyadwatch.read.document import Document

KNOWN_FIELDS = ("id", "text", "title", "outlet", "url", "published", "author", "original_url")


def optional_str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def raw_from_object(obj: Any, fallback_id: str) -> RawDocument:
    """A record as a RawDocument; InputError when it is not an object with a text."""
    if not isinstance(obj, dict):
        raise InputError(fallback_id, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(fallback_id, "record has no \"text\" string")
    doc_id = optional_str(obj.get("id")) or fallback_id
    return RawDocument(
        doc_id=doc_id,
        text=text,
        source=fallback_id if doc_id == fallback_id else f"{fallback_id} (id {doc_id})",
        title=optional_str(obj.get("title")),
        outlet=optional_str(obj.get("outlet")),
        url=optional_str(obj.get("url")),
        published=optional_str(obj.get("published")),
        author=optional_str(obj.get("author")),
        original_url=optional_str(obj.get("original_url")),
        meta={k: v for k, v in obj.items() if k not in KNOWN_FIELDS},
    )


def read_jsonl(path: Path, item: str, *, published: str | None,
               limits: Limits) -> Iterator[Document | InputError]:
    """One document a line; a malformed line is an error for that line only."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(item, f"cannot read ({exc.strerror or exc})")
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            where = f"{path.name}:{number}"
            if not line.strip():
                continue
            if len(line) > limits.max_document_bytes * 2:  # JSON escapes may double the text
                yield LimitExceeded(where, f"line is {len(line)} bytes, over twice the limit of "
                                           f"{limits.max_document_bytes} bytes per document")
                continue
            try:
                obj = json.loads(line)
                yield build_document(raw_from_object(obj, where), published=published,
                                     limits=limits)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield InputError(where, f"malformed JSON line ({exc})")
            except RecursionError:
                yield InputError(where, "malformed JSON line (nested too deeply)")
            except InputError as exc:
                yield exc


def read_json(path: Path, item: str, *, published: str | None,
              limits: Limits) -> Iterator[Document | InputError]:
    """A .json file holding one record or a list of records."""
    try:
        if path.stat().st_size > limits.fetch_max_bytes:
            yield InputError(item, f"file is over {limits.fetch_max_bytes} bytes")
            return
        data = json.loads(path.read_bytes())
    except OSError as exc:
        yield InputError(item, f"cannot read ({exc.strerror or exc})")
        return
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        yield InputError(item, f"malformed JSON ({type(exc).__name__}: {exc})")
        return
    objects = data if isinstance(data, list) else [data]
    for index, obj in enumerate(objects, start=1):
        # fallback ids: file.json:INDEX for a list, like JSONL; the file's stem for one object
        where = f"{path.name}:{index}" if isinstance(data, list) else path.stem
        try:
            yield build_document(raw_from_object(obj, where), published=published,
                                 limits=limits)
        except InputError as exc:
            yield exc
