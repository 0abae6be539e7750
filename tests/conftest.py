from __future__ import annotations

import os
from pathlib import Path

import pytest
from support import EXAMPLES, ROOT, SHARED, make_record, require_services

__all__ = ["EXAMPLES", "ROOT", "SHARED", "make_record", "require_services"]


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (fresh machine): skipping tests that need it")
    return SHARED


@pytest.fixture(scope="session")
def coder():
    from dyadwatch.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def statements_coder():
    """The coder with plain statements (010) on, so that rules about when a statement is
    no event stay tested."""
    from dyadwatch.config import CoderConfig
    from dyadwatch.pipeline import Coder

    return Coder(CoderConfig(statements=True))


@pytest.fixture(scope="session")
def domestic_coder():
    """The coder with domestic events on, as PLOVER codes them."""
    from dyadwatch.config import CoderConfig
    from dyadwatch.pipeline import Coder

    return Coder(CoderConfig(domestic=True))


# -- store fixtures (real SQLite and a real PostgreSQL) ------------------------------------

@pytest.fixture(scope="session")
def pg_url():
    """A fresh PostgreSQL database for this test session, from $DYADWATCH_TEST_PG_URL."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = os.environ.get("DYADWATCH_TEST_PG_URL")
    if not base:
        if require_services():
            pytest.fail("DYADWATCH_TEST_PG_URL is not set but DYADWATCH_REQUIRE_SERVICES=1")
        pytest.skip("DYADWATCH_TEST_PG_URL is not set: skipping PostgreSQL tests")
    name = f"dyadwatch_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - report why, then skip or fail
        admin.dispose()
        if require_services():
            pytest.fail(f"PostgreSQL at DYADWATCH_TEST_PG_URL is not usable: {exc}")
        pytest.skip(f"PostgreSQL at DYADWATCH_TEST_PG_URL is not usable: {exc}")
    yield make_url(base).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """Each store test runs against a fresh SQLite file and a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    from sqlalchemy import create_engine, text

    url = request.getfixturevalue("pg_url")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:  # empty the session database between tests
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    yield url


@pytest.fixture
def record_factory():
    return make_record


WEB_SEED_INPUTS = [EXAMPLES, ROOT / "tests" / "gold" / "dev" / "tune",
                   ROOT / "tests" / "data" / "web" / "hostile.txt"]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, coder) -> str:
    """A real SQLite store for the web tests, seeded once per session by ingesting the
    team's texts (examples/, the gold tuning half) and a hostile article with the coder."""
    import dyadwatch

    path = str(tmp_path_factory.mktemp("web") / "web.db")
    with dyadwatch.open(path) as store:
        report = store.ingest([str(p) for p in WEB_SEED_INPUTS], coder=coder)
    assert not report.failed, report.failed
    return path
