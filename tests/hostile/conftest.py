"""Fixtures for the hostile-input tests: coders with a per-document time cap."""

from __future__ import annotations

import pytest
from hostile_inputs import TIME_CAP

from dyadwatch.config import CoderConfig, Limits


@pytest.fixture(scope="session")
def capped_coder():
    from dyadwatch.pipeline import Coder

    return Coder(CoderConfig(limits=Limits(max_seconds_per_document=TIME_CAP)))
