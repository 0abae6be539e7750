"""The store against real SQLite and PostgreSQL: writes, filters, frames, bad input."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

import dyadwatch
from dyadwatch.errors import DyadwatchError, InputError
from dyadwatch.read.document import Document
from dyadwatch.store import FRAME_COLUMNS, StoreError, open_store

EXPEL = "Russia expelled two Azerbaijani diplomats on Monday."
RAID = "Azerbaijani police raided the Baku office of Sputnik on Tuesday."


def doc(doc_id: str, text: str, **kw) -> Document:
    return Document(doc_id=doc_id, text=text, pub_date=kw.pop("pub_date", "2025-07-03"), **kw)


@pytest.fixture
def filled(db_url, record_factory):
    db = open_store(db_url)
    r1 = record_factory("d1", "1663", "RUSGOV", "AZEGOV", EXPEL, "expelled", "2025-06-30", "day")
    r2 = record_factory("d1", "1711", "AZECOP", "RUSMED", RAID, "raided", "2025-07-01", "day",
                        start=60)
    r3 = record_factory("d2", "1663", "RUS", "AZE", "Moscow expels two Azerbaijani envoys.",
                        "expels", "2025-06-30", "day")
    r4 = record_factory("d2", "036", ["RUS", "AZE"], None, "Russia and Azerbaijan may talk.",
                        "talk", None, None, start=40, modality="hypothetical")
    assert db.add_document(doc("d1", EXPEL + " " + RAID, outlet="A", url="https://a.example/1"),
                           [r1, r2])
    assert db.add_document(doc("d2", "Moscow expels two Azerbaijani envoys. Russia and "
                               "Azerbaijan may talk.", outlet="B"), [r3, r4])
    yield db, (r1, r2, r3, r4)
    db.close()


def test_add_document_is_idempotent_by_text_and_url(filled):
    db, (r1, *_) = filled
    assert not db.add_document(doc("other", EXPEL + " " + RAID), [r1])
    assert not db.add_document(doc("x", "different text", url="https://A.example/1/?utm_source=z"),
                               [])
    assert db.stats()["documents"] == 2


def test_events_filters(filled):
    db, (r1, r2, r3, r4) = filled
    ids = lambda recs: sorted(r["event_id"] for r in recs)  # noqa: E731
    assert ids(db.events()) == ids([r1, r2, r3])  # factual only by default
    assert ids(db.events(modality="all")) == ids([r1, r2, r3, r4])
    assert ids(db.events(dyad="AZE-RUS")) == ids([r1, r2, r3])  # both directions
    assert ids(db.events(actor="RUSMED")) == [r2["event_id"]]
    assert ids(db.events(actor="RUS", root="16")) == ids([r1, r3])
    assert ids(db.events(root=[17])) == [r2["event_id"]]
    assert ids(db.events(date_from="2025-07-01")) == [r2["event_id"]]
    assert ids(db.events(date_to="2025-06")) == ids([r1, r3])
    assert ids(db.events(doc_id="d2", modality=None)) == ids([r3, r4])
    assert len(db.events(limit=1, offset=1)) == 1
    assert all("cluster_id" in r for r in db.events())


def test_dedup_in_store_counts_one_occurrence(filled):
    db, (r1, r2, r3, _) = filled
    e1, e3 = db.event(r1["event_id"]), db.event(r3["event_id"])
    assert e1["cluster_id"] == e3["cluster_id"]
    assert db.event(r2["event_id"])["cluster_id"] != e1["cluster_id"]
    cl = db.cluster(e1["cluster_id"])
    assert cl["cluster"]["n_documents"] == 2 and cl["cluster"]["n_sources"] == 2
    assert {d["doc_id"] for d in cl["documents"]} == {"d1", "d2"}
    assert len(db.clusters(dyad="RUS-AZE")) == 2


def test_events_frame_expands_compound_actors(filled):
    db, (*_, r4) = filled
    frame = db.events_frame(modality="all")
    assert list(frame.columns) == FRAME_COLUMNS
    pairs = frame[frame.event_id == r4["event_id"]]
    assert sorted(zip(pairs.source_code, pairs.target_code, strict=True)) == [
        ("AZE", "RUS"), ("RUS", "AZE")]
    assert set(frame.outlet.dropna()) == {"A", "B"}


def test_documents_search_stats(filled):
    db, (r1, *_) = filled
    assert [d["doc_id"] for d in db.documents(limit=10)] == ["d2", "d1"]
    assert db.document("d1")["text"].startswith(EXPEL)
    assert db.document("nope") is None and db.event("nope") is None
    assert [d["doc_id"] for d in db.documents(q="Sputnik")] == ["d1"]
    found = db.search("raided")
    assert [e["doc_id"] for e in found["events"]] == ["d1"]
    assert db.search("100%_") == {"documents": [], "events": []}
    stats = db.stats()
    assert (stats["documents"], stats["events"], stats["clusters"]) == (2, 4, 3)


@pytest.mark.parametrize("filters", [
    {"dyad": "RUS' OR 1=1 --"}, {"actor": "x'; DROP TABLE events; --"}, {"root": "1 OR 1"},
    {"date_from": "2025-01-01' OR '1'='1"}, {"modality": "asserted' OR 1=1"},
    {"limit": "1; DROP TABLE events"},
])
def test_hostile_filters_are_refused(filled, filters):
    db, _ = filled
    with pytest.raises(InputError):
        db.events(**filters)
    assert db.stats()["events"] == 4


def test_injection_in_free_text_is_only_text(filled):
    db, _ = filled
    assert db.events(doc_id="d1' OR '1'='1") == []
    assert db.documents(q="' OR 1=1 --") == []
    assert db.stats()["events"] == 4


def test_migrated_schema_matches_models(db_url):
    from dyadwatch.store.migrations import latest_version
    from dyadwatch.store.models import Base

    db = open_store(db_url)
    insp = inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        cols = {c["name"] for c in insp.get_columns(table.name)}
        assert cols == {c.name for c in table.columns}, table.name
        idx = {i["name"] for i in insp.get_indexes(table.name)}
        assert {i.name for i in table.indexes} <= idx, table.name
    with db.engine.connect() as conn:
        from dyadwatch.store.migrations import current_version

        assert current_version(conn) == latest_version()
    db.close()
    open_store(db_url).close()  # reopening an up-to-date database changes nothing


def test_sqlite_runs_in_wal_mode(tmp_path):
    db = dyadwatch.open(str(tmp_path / "w.db"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000


def test_default_database_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DYADWATCH_DB", str(tmp_path / "env.db"))
    dyadwatch.open().close()
    assert (tmp_path / "env.db").exists()


@pytest.mark.parametrize("target, message", [
    ("{tmp}/missing/x.db", "does not exist"),
    ("{tmp}", "is a directory"),
    ("{tmp}/notdb.db", "not a SQLite database"),
    ("postgresql+psycopg://u:secret@127.0.0.1:9/x", "cannot open database"),
    ("nosuchdriver://x/y", "not a usable database URL"),
])
def test_bad_database_gives_one_clear_error(tmp_path, target, message):
    (tmp_path / "notdb.db").write_text("hello, not sqlite")
    with pytest.raises(StoreError, match=message) as info:
        open_store(target.format(tmp=tmp_path))
    assert "secret" not in str(info.value)
    assert isinstance(info.value, DyadwatchError)


def test_records_must_belong_to_the_document_and_are_stored_once(db_url, record_factory):
    db = open_store(db_url)
    rec = record_factory("d1", "1663", "RUSGOV", "AZEGOV", EXPEL, "expelled", "2025-06-30", "day")
    with pytest.raises(InputError, match="belongs to document"):
        db.add_document(doc("other", EXPEL), [rec])
    assert db.stats()["documents"] == 0  # nothing half-written
    assert db.add_document(doc("d1", EXPEL), [rec, dict(rec)])
    assert db.document("d1")["n_events"] == 1 and db.stats()["events"] == 1
    db.close()


def test_recluster_rebuilds_the_same_clusters(filled):
    db, _ = filled
    before = sorted((c["n_events"], c["n_documents"], c["cameo"]) for c in db.clusters(
        modality=None))
    assert db.recluster() == db.stats()["clusters"] == len(before)
    after = sorted((c["n_events"], c["n_documents"], c["cameo"]) for c in db.clusters(
        modality=None))
    assert after == before
