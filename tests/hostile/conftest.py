"""Fixtures for the hostile-input tests: coders with a per-document time cap."""

from __future__ import annotations

import pytest

from dyadwatch.config import CoderConfig, Limits

# Every hostile document must be coded or refused within this cap; the slack allows for one
# stage (or parse chunk) that started just before the cap ran out, on a busy 2-core machine.
TIME_CAP = 8.0
SLACK = 6.0


@pytest.fixture(scope="session")
def capped_coder():
    from dyadwatch.pipeline import Coder

    return Coder(CoderConfig(limits=Limits(max_seconds_per_document=TIME_CAP)))
