"""Ray engine throughput against the single-process coder on the benchmark corpus.

    python benchmarks/ray_throughput.py --n 2000 --workers 1,2

Prints one table (engine, workers, articles/s, sentences/s, wall seconds) and, unless
--no-write, replaces the measured section of docs/scale.md with it and the command.
Ray's start-up (the local cluster and one spaCy pipeline per actor) is inside its wall
time, since a user pays it; the overhead at one worker is the gap to the single process.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from benchmarks.corpus import build_corpus  # noqa: E402

MARK_START, MARK_END = "<!-- ray-bench:start -->", "<!-- ray-bench:end -->"


def sentences_in(docs) -> int:
    """Sentence count by a cheap punctuation rule: the same divisor for every engine."""
    return sum(len(re.findall(r"[.!?](\s|$)", d.text)) or 1 for d in docs)


def run_local(docs) -> float:
    from dyadwatch.pipeline import Coder

    coder = Coder()
    started = time.perf_counter()
    for _ in coder.code_many(docs):  # the batched path, as each Ray actor uses it
        pass
    return time.perf_counter() - started


def run_ray(docs, workers: int, batch_size: int) -> float:
    import ray

    from dyadwatch.scale.ray_engine import code_with_ray, local_runtime_env

    out = Path(tempfile.mkdtemp(prefix="dw-ray-bench-"))
    try:
        started = time.perf_counter()
        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False,
                 runtime_env=local_runtime_env())
        code_with_ray(docs, out, workers=workers, batch_size=batch_size)
        return time.perf_counter() - started
    finally:
        ray.shutdown()
        shutil.rmtree(out, ignore_errors=True)


def write_section(table: str, n_docs: int, argv: list[str]) -> None:
    cmd = " ".join(["python benchmarks/ray_throughput.py", *argv]).strip()
    section = (f"{MARK_START}\nMeasured {time.strftime('%Y-%m-%d')} on {platform.machine()} "
               f"(2 cores), Python {platform.python_version()}, {n_docs} articles, with "
               f"`{cmd}`:\n\n{table}\n{MARK_END}")
    doc = ROOT / "docs" / "scale.md"
    text = doc.read_text()
    start, end = text.find(MARK_START), text.find(MARK_END)
    if start >= 0 and end > start:
        text = text[:start] + section + text[end + len(MARK_END):]
    else:
        text += "\n" + section + "\n"
    doc.write_text(text)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    docs = build_corpus(n=args.n, seed=0)
    sents = sentences_in(docs)
    rows = [("single process", 1, run_local(docs))]
    for w in (int(x) for x in args.workers.split(",")):
        rows.append(("ray", w, run_ray(docs, w, args.batch_size)))
    lines = ["| engine | workers | articles/s | sentences/s (est.) | wall s |",
             "|---|---|---|---|---|"]
    for engine, w, secs in rows:
        lines.append(f"| {engine} | {w} | {len(docs) / secs:.1f} | {sents / secs:.0f} | "
                     f"{secs:.1f} |")
    table = "\n".join(lines)
    print(table)
    if not args.no_write:
        write_section(table, len(docs), argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
