"""Limits and settings shared by the reader and the coder (all configurable).

Limits can be changed per run with command-line options (`--max-bytes`, `--max-sentences`,
`--max-seconds`) or for every run with environment variables (see `LIMIT_ENVIRONMENT`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from dyadwatch.errors import DyadwatchError

# Environment variable -> (Limits field, type). Read by Limits.from_env().
LIMIT_ENVIRONMENT: dict[str, tuple[str, type]] = {
    "DYADWATCH_MAX_DOCUMENT_BYTES": ("max_document_bytes", int),
    "DYADWATCH_MAX_SENTENCES": ("max_sentences", int),
    "DYADWATCH_MAX_SENTENCE_CHARS": ("max_sentence_chars", int),
    "DYADWATCH_MAX_SECONDS": ("max_seconds_per_document", float),
    "DYADWATCH_FETCH_TIMEOUT": ("fetch_timeout", float),
    "DYADWATCH_FETCH_MAX_BYTES": ("fetch_max_bytes", int),
}


@dataclass
class Limits:
    max_document_bytes: int = 2_000_000  # larger documents are refused with a clear error
    max_sentences: int = 2_000  # per document
    max_sentence_chars: int = 1_500  # longer sentences are skipped and counted
    max_seconds_per_document: float = 30.0
    fetch_timeout: float = 15.0
    fetch_max_bytes: int = 5_000_000
    fetch_max_redirects: int = 5

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """Defaults, overridden by any DYADWATCH_MAX_* variables that are set."""
        environ = os.environ if environ is None else environ
        changes = {}
        for variable, (name, kind) in LIMIT_ENVIRONMENT.items():
            value = environ.get(variable, "").strip()
            if value:
                changes[name] = parse_limit(value, kind, variable)
        return replace(cls(), **changes)

    def with_overrides(self, **values: float | int | None) -> Limits:
        """A copy with the given fields changed; None keeps the current value."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def parse_limit(value: str, kind: type, what: str) -> int | float:
    """A positive number for a limit, or a DyadwatchError naming where it came from."""
    try:
        number = kind(value)
    except ValueError:
        raise DyadwatchError(f"{what}={value!r} is not a {kind.__name__} number") from None
    if not number > 0:
        raise DyadwatchError(f"{what}={value!r} must be greater than 0")
    return number


@dataclass
class CoderConfig:
    limits: Limits = field(default_factory=Limits.from_env)
    dicts: list[Path] = field(default_factory=list)  # user dictionaries (--dict)
    min_confidence: float = 0.0
    # Purely domestic events (both sides of one country: AZEGOV -> AZEOPP, or no target).
    # The team's annotation conventions code interstate events only, so off by default;
    # the PLOVER gold records code them (`dyadwatch eval --plover-gsr` turns this on).
    domestic: bool = False
    # Plain public statements (CAMEO 010: "said ..." to a named party, with nothing in it
    # the lexicon codes). The team's conventions code a statement only by what it does
    # (criticise, appeal, promise, deny ...): none of the development gold's events is a
    # 010, and most such records were noise in dyad counts. Off by default; --statements.
    statements: bool = False
    # The learned fallback (events/learned.py): a linear model's root for sentences where the
    # rules found no event word although they name two countries. Off by default (an
    # experiment: trained on tune..tune22, it added 2 records on tune23..tune28, 1 true,
    # at its threshold; see docs/events.md); learned_threshold overrides the model file's.
    learned_fallback: bool = False
    learned_threshold: float | None = None
