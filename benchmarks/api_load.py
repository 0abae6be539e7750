"""Load on the REST API's events endpoint (issue 8: >= 200 requests/s, p99 < 200 ms, for a
10,000-event SQLite store on a 2-core machine, from a loopback load generator).

    python benchmarks/api_load.py [--events 10000] [--coded 400] [--requests 4000]
                                  [--concurrency 8] [--no-write]

The store: `--coded` articles from benchmarks/corpus.py are coded for real by the coder and
stored; then derived articles are added until the store holds `--events` events: each is a
coded article with a line appended (so it is a distinct text), its events re-identified and
every date shifted by whole weeks, so the timeline and the clusters spread out as they do in
a real store. Records are written through Store.add_document (clustering included).

The server: `dyadwatch serve` in its own process (uvicorn, one worker) on 127.0.0.1. The
client: httpx with `--concurrency` threads sending `--requests` GETs to /api/events over a
mix of the CLI's filters (none, dyad, actor, root, date range, modality, paging), after a
warm-up. Reported: requests/s over the whole run, latency percentiles, errors. The result is
written under its own heading in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from benchmarks.corpus import build_corpus  # noqa: E402
from benchmarks.report import machine_description  # noqa: E402

HEADING = "## REST API under load (web)"
START, END = "<!-- api-load:start (benchmarks/api_load.py rewrites this) -->", \
    "<!-- api-load:end -->"
TARGET_RPS, TARGET_P99_MS = 200.0, 200.0
MIX_SIZE = 200
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def shift_date(value: str | None, days: int) -> str | None:
    """Shift a full date; year/month-precision dates move by whole years so they stay valid
    (a shifted month would need re-deriving its interval)."""
    if not value:
        return value
    if _DATE.match(value):
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    years = days // 365
    return f"{int(value[:4]) + years:04d}{value[4:]}"


def derived(doc, records: list[dict], copy: int):
    """Copy `copy` of a coded article: a distinct text, new ids, dates shifted."""
    from dyadwatch.record import actor_codes, make_event_id, validate

    days = 7 * ((copy * 37) % 150)  # up to ~3 years, in whole weeks
    text = f"{doc.text}\n\nArchive copy {copy}."
    new = replace(doc, text=text, pub_date=shift_date(doc.pub_date, days), meta={},
                  doc_id=f"{doc.doc_id}-c{copy}")
    new.doc_id = new.content_hash[:16]
    out = []
    for rec in records:
        r = dict(rec)
        r["doc_id"] = new.doc_id
        for key in ("pub_date", "date_start", "date_end"):
            r[key] = shift_date(r.get(key), days)
        if r.get("date"):
            r["date"] = shift_date(r["date"], days)
        src, tgt = validate(r).source, validate(r).target
        r["event_id"] = make_event_id(new.doc_id, r["start"], r["end"], r["cameo"],
                                      actor_codes(src), actor_codes(tgt))
        out.append(r)
    return new, out


def build_store(path: Path, events: int, coded: int, seed: int) -> dict:
    import dyadwatch

    coder = dyadwatch.get_coder()
    store = dyadwatch.open(str(path))
    t0 = time.perf_counter()
    base = []
    for doc in build_corpus(n=coded, seed=seed):
        doc.doc_id = doc.content_hash[:16]
        recs = [r.to_dict() for r in coder.code(doc)]
        if recs:
            base.append((doc, recs))
        store.add_document(doc, recs)
    coding_s = time.perf_counter() - t0
    total = sum(len(r) for _, r in base)
    copy = 0
    while total < events:
        copy += 1
        for doc, recs in base:
            if total >= events:
                break
            new_doc, new_recs = derived(doc, recs, copy)
            if store.add_document(new_doc, new_recs):
                total += len(new_recs)
    stats = store.stats()
    store.close()
    return {"stats": stats, "coding_s": coding_s, "build_s": time.perf_counter() - t0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, cache: bool, workers: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "dyadwatch", "serve", "--db", str(db), "--port", str(port),
               "--workers", str(workers)]
    proc = subprocess.Popen(command + ([] if cache else ["--no-cache"]), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode()[-500:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start within 60 s")


def query_mix(base: str, db: Path, seed: int) -> list[tuple[str, dict]]:
    """Realistic requests: the store's own dyads, actors and roots, pages and date ranges."""
    import dyadwatch

    with dyadwatch.open(str(db)) as store:
        sample = store.events(limit=2000)
    rng = random.Random(seed)
    countries = sorted({(e["source"] or {}).get("country") for e in sample
                        if isinstance(e["source"], dict)} - {None})
    pairs = sorted({(e["source"]["country"], e["target"]["country"]) for e in sample
                    if isinstance(e["source"], dict) and isinstance(e.get("target"), dict)
                    and e["source"].get("country") and e["target"].get("country")})
    roots = sorted({e["root"] for e in sample})
    url = f"{base}/api/events"
    mix: list[tuple[str, dict]] = []
    for _ in range(MIX_SIZE):
        kind = rng.randrange(7)
        if kind == 0:
            params = {"limit": 100, "offset": rng.randrange(0, 5000, 100)}
        elif kind == 1 and pairs:
            a, b = rng.choice(pairs)
            params = {"dyad": f"{a}-{b}", "limit": 100}
        elif kind == 2 and countries:
            params = {"actor": rng.choice(countries), "limit": 100}
        elif kind == 3:
            params = {"root": rng.choice(roots), "limit": 100}
        elif kind == 4:
            year = rng.choice([2023, 2024, 2025])
            params = {"from": f"{year}-01-01", "to": f"{year}-06-30", "limit": 100}
        elif kind == 5:
            params = {"modality": "all", "limit": 100, "offset": rng.randrange(0, 2000, 100)}
        else:
            params = {"limit": 100}
        mix.append((url, params))
    return mix


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, ValueError):
        return None


def cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of a process and its children (uvicorn's worker
    processes), from Linux /proc; 0 when unavailable."""
    pids = [pid] + [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()
                    and (_stat(int(p.name)) or ["", "0"])[1] == str(pid)]
    total = 0
    for p in pids:
        fields = _stat(p)
        if fields:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def run_load(mix: list[tuple[str, dict]], requests: int, concurrency: int,
             server_pid: int) -> dict:
    import httpx

    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    local = threading.local()

    def one(i: int) -> None:
        nonlocal errors
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(timeout=30)
        url, params = mix[i % len(mix)]
        t = time.perf_counter()
        try:
            ok = client.get(url, params=params).status_code == 200
        except httpx.HTTPError:
            ok = False
        elapsed = time.perf_counter() - t
        with lock:
            latencies.append(elapsed)
            errors += not ok

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(min(200, requests))))  # warm-up, not counted
        latencies.clear()
        errors = 0
        server_cpu, client_cpu = cpu_seconds(server_pid), time.process_time()
        start = time.perf_counter()
        list(pool.map(one, range(requests)))
        wall = time.perf_counter() - start
        server_cpu = cpu_seconds(server_pid) - server_cpu
        client_cpu = time.process_time() - client_cpu
    ms = sorted(x * 1000 for x in latencies)
    return {"requests": requests, "concurrency": concurrency, "wall_s": wall,
            "rps": requests / wall, "p50": statistics.median(ms),
            "p95": ms[int(0.95 * (len(ms) - 1))], "p99": ms[int(0.99 * (len(ms) - 1))],
            "max": ms[-1], "errors": errors,
            "server_cpu_ms": 1000 * server_cpu / requests,
            "client_cpu_ms": 1000 * client_cpu / requests}


def report_markdown(build: dict, loads: dict[str, dict], args: argparse.Namespace) -> str:
    s = build["stats"]
    lines = [
        f"Command: `python benchmarks/api_load.py --events {args.events} --coded {args.coded} "
        f"--requests {args.requests} --concurrency {args.concurrency} "
        f"--workers {args.workers}`",
        "",
        f"Store: SQLite, {s['events']} events, {s['documents']} articles, {s['clusters']} "
        f"clusters ({args.coded} articles coded for real, the rest derived from them; "
        f"built in {build['build_s']:.0f} s).",
        f"Server: `dyadwatch serve --workers {args.workers}` (uvicorn) on 127.0.0.1, once with "
        "`--no-cache` (every query answered from SQLite) and once as it runs by default "
        "(repeated queries answered from the response cache until the store changes); "
        f"client: httpx, {args.concurrency} threads in another process on the same machine, "
        f"GET /api/events over a mix of {MIX_SIZE} queries (none, dyad, actor, root, date "
        "range, modality, paging), 100 records a page, after 200 warm-up requests.",
        "",
        "| server | requests | wall (s) | requests/s | p50 (ms) | p95 (ms) | p99 (ms) "
        "| max (ms) | errors | server CPU/request (ms) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for leg, load in loads.items():
        lines.append(
            f"| {leg} | {load['requests']} | {load['wall_s']:.1f} | {load['rps']:.0f} "
            f"| {load['p50']:.1f} | {load['p95']:.1f} | {load['p99']:.1f} | {load['max']:.1f} "
            f"| {load['errors']} | {load['server_cpu_ms']:.1f} |")
    lines.append("")
    for leg, load in loads.items():
        ok = load["rps"] >= TARGET_RPS and load["p99"] < TARGET_P99_MS and not load["errors"]
        lines.append(
            f"- {leg}: target (>= {TARGET_RPS:.0f} requests/s, p99 < {TARGET_P99_MS:.0f} ms) "
            f"**{'met' if ok else 'NOT met'}**; with {args.workers} core(s) to itself the "
            f"server would serve about "
            f"{1000 * args.workers / max(load['server_cpu_ms'], 0.01):.0f} requests/s "
            f"({args.workers} × 1000 / its CPU ms per request); the load generator used "
            f"{load['client_cpu_ms']:.1f} ms CPU per request on the same cores.")
    lines += ["", *[f"- {line}" for line in machine_description()]]
    return "\n".join(lines)


def write_section(text: str, path: Path = ROOT / "docs" / "benchmarks.md") -> None:
    body = f"{START}\n{text}\n{END}"
    doc = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if START in doc and END in doc:
        doc = doc[:doc.index(START)] + body + doc[doc.index(END) + len(END):]
    else:
        doc = doc.rstrip("\n") + f"\n\n{HEADING}\n\n{body}\n"
    path.write_text(doc, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--coded", type=int, default=400)
    ap.add_argument("--requests", type=int, default=4000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2, help="server processes (one a core)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--db", help="reuse (or keep) the store at this path")
    ap.add_argument("--no-write", action="store_true", help="do not touch docs/benchmarks.md")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "load.db"
        if db.exists():
            import dyadwatch

            with dyadwatch.open(str(db)) as store:
                build = {"stats": store.stats(), "coding_s": float("nan"),
                         "build_s": float("nan")}
        else:
            build = build_store(db, args.events, args.coded, args.seed)
        print(f"store: {build['stats']['events']} events, {build['stats']['documents']} "
              f"articles ({build['build_s']:.0f} s)", file=sys.stderr)
        loads = {}
        for leg, cache in (("uncached", False), ("cached", True)):
            port = free_port()
            server = start_server(db, port, cache, args.workers)
            try:
                mix = query_mix(f"http://127.0.0.1:{port}", db, args.seed)
                loads[leg] = run_load(mix, args.requests, args.concurrency, server.pid)
            finally:
                server.terminate()
                server.wait(timeout=10)
    text = report_markdown(build, loads, args)
    print(text)
    if not args.no_write:
        write_section(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
