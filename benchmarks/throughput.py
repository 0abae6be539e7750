"""End-to-end coding speed: articles, sentences and words per second, and peak memory.

    python benchmarks/throughput.py                 # 2,000 articles, 1 and 2 processes
    python benchmarks/throughput.py --n 500 --no-write

Each worker process loads its own coder (spaCy model included), codes one warm-up article,
then waits at a barrier; the clock runs from the barrier to the last worker's end, so model
loading is left out and reported apart. Sentences and words are counted once with spaCy's
rule-based sentencizer, whatever the coder itself parses. Results are printed as one table
and written to docs/benchmarks.md with the machine description and the command.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import multiprocessing as mp
import pstats
import queue
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from benchmarks.corpus import build_corpus, corpus_stats, source_texts  # noqa: E402
from benchmarks.report import machine_description, markdown_table, publish  # noqa: E402

TARGET_SENTENCES_PER_S = 1000
TARGET_RSS_MB = 1024
DOC = ROOT / "docs" / "benchmarks.md"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def cpu_seconds() -> float:
    """User + system CPU time of this process: unlike wall time, other jobs on the machine
    barely change it."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def worker(docs, barrier, results) -> None:
    from dyadwatch.pipeline import Coder

    started = time.perf_counter()
    coder = Coder()
    if docs:
        coder.code(docs[0])  # warm-up: lazy tables and caches load here, not in the timing
    load_s = time.perf_counter() - started
    barrier.wait()
    cpu_before = cpu_seconds()
    events = sum(len(records) for _, records in coder.code_many(docs))
    results.put({"docs": len(docs), "events": events, "load_s": load_s,
                 "rss_mb": peak_rss_mb(), "cpu_s": cpu_seconds() - cpu_before})


@dataclass
class Run:
    procs: int
    wall_s: float
    events: int
    load_s: float
    rss_mb: float
    cpu_s: float


def stop(workers, why: str) -> None:
    """End the benchmark with one line instead of waiting for a worker that will never
    answer (an article the coder fails on kills its worker)."""
    for w in workers:
        w.kill()
    raise SystemExit(f"throughput: {why}")


def collect(results, workers) -> list[dict]:
    """Each worker's result, watching for workers that died before giving one."""
    outs = []
    while len(outs) < len(workers):
        try:
            outs.append(results.get(timeout=1.0))
        except queue.Empty:
            check_alive(workers)
    return outs


def check_alive(workers) -> None:
    dead = [w.exitcode for w in workers if w.exitcode not in (None, 0)]
    if dead:
        stop(workers, f"a worker process failed (exit code {dead[0]}; its traceback is above)")


def run_parallel(docs, procs: int) -> Run:
    """Code docs split round-robin over `procs` fresh processes (spawned: clean memory)."""
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(procs + 1)
    results = ctx.Queue()
    workers = [ctx.Process(target=worker, args=(docs[i::procs], barrier, results))
               for i in range(procs)]
    for w in workers:
        w.start()
    while barrier.n_waiting < procs:  # all loaded; a worker that died never will be
        time.sleep(0.2)
        check_alive(workers)
    barrier.wait()
    started = time.perf_counter()
    outs = collect(results, workers)
    wall = time.perf_counter() - started
    for w in workers:
        w.join()
    return Run(procs, wall, sum(o["events"] for o in outs), max(o["load_s"] for o in outs),
               max(o["rss_mb"] for o in outs), sum(o["cpu_s"] for o in outs))


def profile(docs, top: int = 20) -> str:
    """cProfile of one process coding docs: the functions that take the time."""
    from dyadwatch.pipeline import Coder

    coder = Coder()
    coder.code(docs[0])
    prof = cProfile.Profile()
    prof.enable()
    for _ in coder.code_many(docs):
        pass
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)
    return "\n".join(line for line in out.getvalue().splitlines() if line.strip())


def stage_times(docs) -> dict[str, float]:
    """Seconds per pipeline stage over docs (one process)."""
    from dyadwatch.pipeline import Coder, CodingState

    coder = Coder()
    coder.code(docs[0])
    spent = {name: 0.0 for name in coder.stage_names}
    for doc in docs:
        state = CodingState(document=doc, config=coder.config)
        for stage in coder.stages:
            t = time.perf_counter()
            stage(state)
            spent[stage.name] += time.perf_counter() - t
    return spent


def spacy_ceiling(docs, sentences: int) -> list[list[str]]:
    """Sentences/s of spaCy alone (one process, nlp.pipe) with fewer and fewer components:
    the most the coder can reach if it parses every sentence."""
    from dyadwatch.nlp.model import load_pipeline

    texts = [d.text for d in docs]
    rows = []
    full = load_pipeline()
    variants = [("the coder's model (" + ", ".join(full.pipe_names) + ")", ()),
                ("without lemmatizer, attribute_ruler", ("lemmatizer", "attribute_ruler")),
                ("tok2vec + tagger only (no parser)", ("lemmatizer", "attribute_ruler",
                                                       "parser"))]
    for label, off in variants:
        with full.select_pipes(disable=list(off)):
            started = time.perf_counter()
            for _ in full.pipe(texts, batch_size=64):
                pass
            rows.append([label, f"{sentences / (time.perf_counter() - started):,.0f}"])
    return rows


def table_rows(runs: list[Run], stats) -> list[list[str]]:
    rows = []
    for r in runs:
        rows.append([
            str(r.procs), f"{stats.articles / r.wall_s:,.1f}", f"{stats.sentences / r.wall_s:,.0f}",
            f"{stats.words / r.wall_s:,.0f}", f"{r.rss_mb:,.0f}", f"{r.wall_s:.1f}",
            f"{r.load_s:.1f}", f"{stats.sentences / r.cpu_s:,.0f}", f"{r.events:,}",
        ])
    return rows


HEADER = ["processes", "articles/s", "sentences/s", "words/s", "peak RSS/process (MB)",
          "wall (s)", "model load (s)", "sentences per CPU-second", "events"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="articles in the corpus")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--procs", default="1,2", help="process counts, comma-separated")
    ap.add_argument("--profile-docs", type=int, default=150,
                    help="articles to profile in one process (0: no profile)")
    ap.add_argument("--no-write", action="store_true", help="print only; leave the doc alone")
    args = ap.parse_args(argv)

    docs = build_corpus(n=args.n, seed=args.seed)
    stats = corpus_stats(docs, len(source_texts()))
    runs = [run_parallel(docs, int(p)) for p in args.procs.split(",")]
    table = markdown_table(HEADER, table_rows(runs, stats))
    best = max(stats.sentences / r.wall_s for r in runs)
    worst_rss = max(r.rss_mb for r in runs)
    reached = best >= TARGET_SENTENCES_PER_S and worst_rss < TARGET_RSS_MB
    sections = [
        "## Latest run", "",
        f"Command: `python benchmarks/throughput.py --n {args.n} --seed {args.seed} "
        f"--procs {args.procs}`", "",
        *[f"- {line}" for line in machine_description()], "",
        f"Corpus (benchmarks/corpus.py): {stats.articles:,} articles built from "
        f"{stats.sources} team-written texts, {stats.distinct:,} distinct; "
        f"{stats.sentences:,} sentences, {stats.words:,} words, "
        f"{stats.mean_sentence_words:.1f} words a sentence on average.", "",
        table, "",
        f"Target: {TARGET_SENTENCES_PER_S:,} sentences/s end to end with 2 processes, under "
        f"{TARGET_RSS_MB:,} MB RSS per process: **{'reached' if reached else 'not reached'}** "
        f"(best {best:,.0f} sentences/s, peak RSS {worst_rss:,.0f} MB).",
    ]
    if args.profile_docs and not reached:
        sample = docs[: args.profile_docs]
        spent = stage_times(sample)
        total = sum(spent.values()) or 1.0
        sections += [
            "", f"### Where the time goes (one process, {len(sample)} articles)", "",
            markdown_table(["stage", "seconds", "share"],
                           [[k, f"{v:.2f}", f"{v / total:.0%}"] for k, v in spent.items()]),
            "", "spaCy alone on the same articles, one process:", "",
            markdown_table(["pipeline", "sentences/s"],
                           spacy_ceiling(sample, corpus_stats(sample).sentences)),
            "", "cProfile, top functions by own time:", "", "```",
            profile(sample), "```",
        ]
    publish(DOC, "Benchmarks", sections, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
