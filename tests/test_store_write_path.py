"""The batched ingest write path: duplicates inside one run, a failing document inside a
group, and recluster/recode giving the clusters a fresh ingest gives."""

from __future__ import annotations

import signal
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from test_store_dedup_equivalence import random_documents, same_partition

from benchmarks.corpus import build_corpus
from dyadwatch.read.document import Document
from dyadwatch.store import open_store
from dyadwatch.store.models import Event


def partition(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return dict(conn.execute(select(Event.event_id, Event.cluster_id)).all())


def labels(part: dict[str, int], order: list[str]) -> list[int]:
    return [part[e] for e in order]


def write_articles(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc in build_corpus(n=n, seed=3):
        path = folder / f"{doc.doc_id}.txt"
        path.write_text(f"published: {doc.pub_date}\n\n{doc.text}\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_twin_in_one_run_failure_in_a_group_and_rerun(tmp_path, coder, monkeypatch):
    """More than one group of 32: a text given twice is stored once (the twin skipped as
    such, and not coded twice), a document whose coding fails is the only failure, and a
    second run stores nothing new."""
    monkeypatch.delenv("DYADWATCH_DEBUG", raising=False)
    paths = write_articles(tmp_path / "in", 36)
    twin = tmp_path / "in" / f"{paths[2].stem}-twin.txt"  # read in the same group of 32
    twin.write_text(paths[2].read_text(encoding="utf-8"), encoding="utf-8")
    # The whole body, not a prefix: the synthetic corpus may give two articles the same opening.
    poisoned = paths[5].read_text(encoding="utf-8").split("\n\n", 1)[1].strip()
    real_code = coder.code
    coded: list[str] = []

    def code(document: Document):
        coded.append(document.content_hash)
        if document.text.strip() == poisoned:
            raise RuntimeError("simulated coder bug")
        return real_code(document)

    monkeypatch.setattr(coder, "code", code)
    seen: list[tuple[str, str]] = []
    with open_store(str(tmp_path / "s.db")) as db:
        report = db.ingest([str(tmp_path / "in")], coder=coder,
                           progress=lambda src, outcome: seen.append((src, outcome)))
        assert len(report.new) == 35 and len(report.failed) == 1 and len(report.skipped) == 1
        assert report.failed[0][0].endswith(paths[5].name)
        assert "simulated coder bug" in report.failed[0][1]
        source, reason = report.skipped[0]
        assert Path(source).name in {twin.name, paths[2].name}
        assert "same text" in reason
        assert len(coded) == len(set(coded)), "a text given twice was coded twice"
        assert len(seen) == 37
        assert len(db.documents(limit=None)) == 35
        again = db.ingest([str(tmp_path / "in")], coder=coder)
        assert not again.new and len(again.skipped) == 36 and len(again.failed) == 1


def test_recluster_gives_the_clusters_of_a_fresh_ingest(db_url, record_factory):
    docs = random_documents(4, 80, record_factory)
    order = [r["event_id"] for _, recs in docs for r in recs]
    with open_store(db_url) as db:
        for document, recs in docs:
            db.add_document(document, recs)
        before = labels(partition(db), order)
        clusters = db.recluster()
        after = labels(partition(db), order)
    assert clusters == len(set(before)) < len(order)
    assert same_partition(before, after)


class DatingCoder:
    """A plain coder (no code_many): one RUS-AZE expulsion per article, dated by a table
    keyed by the article's first word; the table changes between ingest and recode."""

    def __init__(self, record_factory, dates: dict[str, str]):
        self.make, self.dates = record_factory, dates

    def code(self, document: Document) -> list[dict]:
        day = self.dates[document.text.split()[0]]
        return [self.make(document.doc_id, "1663", "RUSGOV", "AZEGOV",
                          "Russia expelled two Azerbaijani diplomats.", "expelled", day, "day",
                          pub_date=day)]


def test_recode_clusters_equal_a_fresh_ingest_of_the_new_events(tmp_path, record_factory):
    """Recode keeps the event ids (same evidence, code and actors) but changes the dates:
    the clusters must follow the new dates, as a fresh ingest of the new events does, even
    in the Store that ingested the old ones (and cached them for dedup)."""
    folder = tmp_path / "in"
    folder.mkdir()
    words = ["Alpha", "Bravo", "Charlie"]
    for word in words:
        (folder / f"{word}.txt").write_text(f"{word} reports an expulsion.\n", encoding="utf-8")
    # Two days apart: too far for the rule, near enough to be read (and cached) as candidates.
    apart = dict(zip(words, ["2025-06-01", "2025-06-03", "2025-06-05"], strict=True))
    together = dict.fromkeys(words, "2025-06-30")
    with open_store(str(tmp_path / "recode.db")) as db:
        db.ingest([str(folder)], coder=DatingCoder(record_factory, apart))
        assert db.stats()["clusters"] == 3
        db.recode(coder=DatingCoder(record_factory, together))
        recoded = db.stats()["clusters"]
    with open_store(str(tmp_path / "fresh.db")) as fresh:
        fresh.ingest([str(folder)], coder=DatingCoder(record_factory, together))
        assert fresh.stats()["clusters"] == 1
    assert recoded == 1


def test_unreadable_dates_in_handed_records_do_not_crash_the_write(tmp_path, record_factory):
    """Records given to add_document may carry any string as a date: the dedup window then
    treats it as absent, as the rule does, instead of raising ValueError mid-ingest."""
    with open_store(str(tmp_path / "dates.db")) as db:
        for i, pub in enumerate(["2025-07-03T10:00:00Z", "July 2025", "2025-02-30"]):
            rec = record_factory(f"d{i}", "1663", "RUS", "AZE", "Russia expelled envoys.",
                                 "expelled", None, None, pub_date=pub)
            assert db.add_document(Document(doc_id=f"d{i}", text=f"Article {i}."), [rec])
        assert len(db.events(modality=None)) == 3


@pytest.mark.slow
def test_ctrl_c_mid_ingest_keeps_what_is_stored_and_rerun_finishes(tmp_path):
    """SIGINT (Ctrl-C) while groups of 32 are coded and stored: one line, exit 130, every
    stored document whole, and a re-run stores the rest."""
    from test_ingest import run_cli, sqlite_counts, write_corpus

    paths = write_corpus(tmp_path / "in", 120, seed=13)
    db = tmp_path / "int.db"
    proc = run_cli("ingest", str(tmp_path / "in"), "--db", str(db), wait=False)
    deadline, stored = time.monotonic() + 120, 0
    while time.monotonic() < deadline and proc.poll() is None and stored < 40:
        time.sleep(0.2)
        try:
            stored = sqlite_counts(db)[0] if db.exists() else 0
        except sqlite3.OperationalError:
            continue
    assert proc.poll() is None, "ingest finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err[-2000:]
    assert "Traceback" not in err and err.strip().splitlines()[-1] == "dyadwatch: interrupted"
    before, distinct, partial = sqlite_counts(db)
    assert 40 <= before < len(paths) and before == distinct and partial == []
    rerun = run_cli("ingest", str(tmp_path / "in"), "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    after, distinct, partial = sqlite_counts(db)
    assert after == distinct == len(paths) and partial == []


def test_pool_errors_print_no_traceback():
    """Ctrl-C while the pool rolls a connection back made SQLAlchemy log a traceback that
    Python printed on stderr next to 'dyadwatch: interrupted' (seen once in the test above);
    opening the store module keeps such pool logs off the user's terminal."""
    import subprocess
    import sys

    code = ("import logging, dyadwatch.store.db\n"
            "try:\n    raise KeyboardInterrupt\n"
            "except KeyboardInterrupt:\n"
            "    logging.getLogger('sqlalchemy.pool.impl.QueuePool').error(\n"
            "        'Exception during reset or similar', exc_info=True)\n")
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"PYTHONPATH": str(root / "src")}, timeout=60)
    assert done.returncode == 0 and done.stderr == ""
