"""The document every reader produces and the coder consumes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Document:
    doc_id: str
    text: str  # clean body text: offsets in event records point into this string
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    original_url: str | None = None
    pub_date: str | None = None  # ISO date YYYY-MM-DD
    language: str | None = None
    source: str | None = None  # where it was read from: a path, URL, "-" or "file.jsonl:12"
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()
