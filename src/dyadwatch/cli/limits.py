"""`--max-bytes`, `--max-sentences`, `--max-seconds`: per-run limits for commands that code.

They override the DYADWATCH_MAX_* environment variables, which override the defaults
(dyadwatch.config.Limits).
"""

from __future__ import annotations

import click

from dyadwatch.config import CoderConfig, Limits


def limit_options(func):
    """Add the three limit options to a click command (as max_bytes, max_sentences,
    max_seconds keyword arguments)."""
    options = [
        click.option("--max-bytes", type=click.IntRange(min=1),
                     help="Refuse documents whose text is larger than this (bytes; default "
                          f"{Limits.max_document_bytes}, env DYADWATCH_MAX_DOCUMENT_BYTES)."),
        click.option("--max-sentences", type=click.IntRange(min=1),
                     help="Refuse documents with more sentences (default "
                          f"{Limits.max_sentences}, env DYADWATCH_MAX_SENTENCES)."),
        click.option("--max-seconds", type=click.FloatRange(min=0, min_open=True),
                     help="Stop coding a document after this many seconds (default "
                          f"{Limits.max_seconds_per_document:g}, env DYADWATCH_MAX_SECONDS)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def limits_from_options(max_bytes: int | None, max_sentences: int | None,
                        max_seconds: float | None) -> Limits:
    """Environment (or defaults), then the options given on the command line."""
    return Limits.from_env().with_overrides(max_document_bytes=max_bytes,
                                            max_sentences=max_sentences,
                                            max_seconds_per_document=max_seconds)


def config_from_options(max_bytes: int | None, max_sentences: int | None,
                        max_seconds: float | None, **settings) -> CoderConfig:
    return CoderConfig(limits=limits_from_options(max_bytes, max_sentences, max_seconds),
                       **settings)
