"""Limits and settings shared by the reader and the coder (all configurable)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Limits:
    max_document_bytes: int = 2_000_000  # larger documents are refused with a clear error
    max_sentences: int = 2_000  # per document
    max_sentence_chars: int = 1_500  # longer sentences are skipped and counted
    max_seconds_per_document: float = 30.0
    fetch_timeout: float = 15.0
    fetch_max_bytes: int = 5_000_000
    fetch_max_redirects: int = 5


@dataclass
class CoderConfig:
    limits: Limits = field(default_factory=Limits)
    dicts: list[Path] = field(default_factory=list)  # user dictionaries (--dict)
    min_confidence: float = 0.0
    # Purely domestic events (both sides of one country: AZEGOV -> AZEOPP, or no target).
    # The team's annotation conventions code interstate events only, so off by default;
    # the PLOVER gold records code them (`dyadwatch eval --plover-gsr` turns this on).
    domestic: bool = False
