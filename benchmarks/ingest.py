"""Ingest into SQLite vs coding without storing (issue 6: at most 1.3x).

    python benchmarks/ingest.py [--n 2000] [--seed 0] [--no-write]

Both legs read the same n articles (benchmarks/corpus.py, written as .txt files in blocks
of BLOCK folders) through the same reader and one warm coder:
  code   : read_inputs + Coder.code_many (batched parse, groups of INGEST_GROUP), results
           dropped: what `dyadwatch code` does
  ingest : Store.ingest into one fresh SQLite file (dedup check, coding in the same groups,
           one transaction per document with events, pairs, actors and clusters)
The legs alternate block by block, so that load from other jobs on the machine falls on
both alike; the ratio is total ingest time over total coding time.
A third leg, `store`, stores every article again into another fresh file with ten event
records per article built from the team's gold events (tests/gold/dev), without coding: the
cost of writing a realistic number of events, whatever the current coder finds.
The figures go to docs/benchmarks.md under "Ingest into SQLite".
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from benchmarks.corpus import build_corpus  # noqa: E402
from benchmarks.report import machine_description, markdown_table  # noqa: E402
from dyadwatch.store.core import INGEST_GROUP  # noqa: E402

HEADING = "## Ingest into SQLite (store)"
START, END = "<!-- ingest:start (benchmarks/ingest.py rewrites this) -->", "<!-- ingest:end -->"
EVENTS_PER_DOC = 10


BLOCK = 100


def write_articles(folder: Path, n: int, seed: int) -> int:
    """The corpus as files, BLOCK articles per sub-folder block-000, block-001, ..."""
    docs = build_corpus(n=n, seed=seed)
    for i, doc in enumerate(docs):
        block = folder / f"block-{i // BLOCK:03d}"
        block.mkdir(exist_ok=True)
        (block / f"{doc.doc_id}.txt").write_text(
            f"published: {doc.pub_date}\n\n{doc.text}\n", encoding="utf-8")
    return len(docs)


def interleaved(folder: Path, db_path: Path, coder) -> tuple[float, int, float, int]:
    """(code seconds, code events, ingest seconds, ingest events), block by block."""
    from dyadwatch.store import open_store

    store = open_store(str(db_path))
    t_code = t_ingest = 0.0
    ev_code = ev_ingest = 0
    for block in sorted(folder.iterdir()):
        seconds, events = code_only(block, coder)
        t_code, ev_code = t_code + seconds, ev_code + events
        start = time.perf_counter()
        report = store.ingest([str(block)], coder=coder)
        t_ingest += time.perf_counter() - start
        ev_ingest += report.events
        assert not report.failed, report.failed[:3]
    store.close()
    return t_code, ev_code, t_ingest, ev_ingest


def code_only(folder: Path, coder) -> tuple[float, int]:
    from dyadwatch.read import read_inputs

    start, events = time.perf_counter(), 0
    docs = (item for item in read_inputs([str(folder)]) if not isinstance(item, Exception))
    for _doc, records in coder.code_many(docs, group=INGEST_GROUP, keep_going=True):
        events += len(records)
    return time.perf_counter() - start, events


def gold_records() -> list[dict]:
    """Gold events as records (doc ids replaced per article below)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import make_record

    out = []
    for path in sorted((ROOT / "tests/gold/dev").rglob("*.gold.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            precision = {4: "year", 7: "month", 10: "day"}.get(len(g["date"] or ""))
            out.append(make_record("x", g["cameo"], g["source"], g["target"], g["sentence"],
                                   g["sentence"].split()[1], g["date"], precision,
                                   modality=g["modality"]))
    return out


def store_only(folder: Path, db_path: Path) -> tuple[float, int]:
    from dyadwatch.read import read_inputs
    from dyadwatch.record import make_event_id
    from dyadwatch.store import open_store
    from dyadwatch.store.core import store_doc_id

    pool = gold_records()
    docs = [d for d in read_inputs([str(folder)]) if not isinstance(d, Exception)]
    assert docs, f"no articles under {folder}"
    store = open_store(str(db_path))
    start, events = time.perf_counter(), 0
    for i, doc in enumerate(docs):
        doc.doc_id = store_doc_id(doc)
        recs = []
        for j in range(EVENTS_PER_DOC):
            rec = dict(pool[(i * EVENTS_PER_DOC + j) % len(pool)], doc_id=doc.doc_id)
            rec["event_id"] = make_event_id(doc.doc_id, j, j + 1, rec["cameo"], [], [])
            recs.append(rec)
        store.add_document(doc, recs)
        events += len(recs)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed, events


def write_doc(body: str) -> Path:
    path = ROOT / "docs" / "benchmarks.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    block = f"{START}\n{body.rstrip()}\n{END}"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip() + f"\n\n{HEADING}\n\n{block}\n"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)

    from dyadwatch.pipeline import Coder
    from dyadwatch.read.document import Document

    coder = Coder()
    coder.code(Document("warm-up", "Russia expelled two Azerbaijani diplomats on Monday."))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        n = write_articles(folder, args.n, args.seed)
        t_code, ev_code, t_ingest, ev_ingest = interleaved(folder, Path(tmp) / "i.db", coder)
        t_store, ev_store = store_only(folder, Path(tmp) / "store.db")
    ratio = t_ingest / t_code
    rows = [
        ["code (read + code, no storing)", f"{t_code:.1f}", f"{n / t_code:.1f}", str(ev_code)],
        ["ingest into SQLite", f"{t_ingest:.1f}", f"{n / t_ingest:.1f}", str(ev_ingest)],
        [f"store only, {EVENTS_PER_DOC} gold events per article", f"{t_store:.1f}",
         f"{n / t_store:.1f}", str(ev_store)],
    ]
    body = "\n".join([
        f"`python benchmarks/ingest.py --n {args.n} --seed {args.seed}`: {n} articles from "
        "`benchmarks/corpus.py`, one process, one warm coder, both legs coding in "
        f"groups of {INGEST_GROUP} (`Coder.code_many`); the code and ingest legs "
        f"alternate in blocks of {BLOCK} articles.",
        "",
        markdown_table(["leg", "seconds", "articles/s", "events"], rows),
        "",
        f"**ingest / code = {ratio:.2f}** (target at most 1.30): "
        f"{'met' if ratio <= 1.3 else 'NOT met'}. Writing ten events per article costs "
        f"{1000 * t_store / n:.1f} ms per article, "
        f"{100 * t_store / t_code:.0f}% of the coding time measured here.",
        "",
        *[f"- {line}" for line in machine_description()],
    ])
    print(body)
    if not args.no_write:
        print(f"written to {write_doc(body)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
