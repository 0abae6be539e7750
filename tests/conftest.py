from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def require_services() -> bool:
    """In CI (.ci/run) tests needing PostgreSQL or Chromium must fail, not skip."""
    return os.environ.get("DYADWATCH_REQUIRE_SERVICES") == "1"


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (fresh machine): skipping tests that need it")
    return SHARED


@pytest.fixture(scope="session")
def coder():
    from dyadwatch.pipeline import Coder

    return Coder()
