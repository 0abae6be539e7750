"""Browser tests: the real app under uvicorn on 127.0.0.1 and Debian's Chromium driven by
Playwright (never `playwright install`: it would download a browser)."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def require_services() -> bool:
    """As in tests/conftest.py: in CI (.ci/run) a missing Chromium fails instead of skipping."""
    return os.environ.get("DYADWATCH_REQUIRE_SERVICES") == "1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        if require_services():
            pytest.fail(f"{CHROMIUM} is missing and DYADWATCH_REQUIRE_SERVICES=1")
        pytest.skip(f"{CHROMIUM} is absent: skipping browser tests (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        if require_services():
            pytest.fail("playwright is not installed and DYADWATCH_REQUIRE_SERVICES=1")
        pytest.skip("playwright is not installed: skipping browser tests")
    return CHROMIUM


@pytest.fixture(scope="session")
def server(web_db, coder, chromium_path) -> str:
    """The dashboard on a free loopback port, in a thread; yields its base URL."""
    import uvicorn

    from dyadwatch.web import create_app

    app = create_app(web_db, coder_factory=lambda: coder)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors and CSP violations."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    yield pg
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
