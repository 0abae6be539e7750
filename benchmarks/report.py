"""Shared by the benchmark scripts: machine description, commit, and writing the docs.

Each doc keeps hand-written prose; only the part between the generated markers is replaced
on a re-run, so analysis written around the figures survives.
"""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START = "<!-- generated:start (do not edit by hand: the benchmark script rewrites this) -->"
END = "<!-- generated:end -->"


def commit_hash() -> str:
    """The commit the figures come from, marked dirty when the tree has changes."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                              check=False).stdout.strip()

    head = git("rev-parse", "--short=12", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return f"{head}{' (with uncommitted changes)' if dirty else ''}"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def ram_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def machine_description() -> list[str]:
    import spacy

    from dyadwatch.nlp.model import MODEL_DIST, MODEL_VERSION
    from dyadwatch.version import CODER_VERSION

    return [
        f"CPU: {cpu_model()}, {os.cpu_count()} cores visible",
        f"RAM: {ram_gib()}",
        f"OS: {platform.system()} {platform.release()}",
        f"Python {platform.python_version()}, spaCy {spacy.__version__}, "
        f"model {MODEL_DIST} {MODEL_VERSION}, coder {CODER_VERSION}",
        f"commit {commit_hash()}",
        "load average (1, 5, 15 min) when the run started: "
        + ", ".join(f"{x:.2f}" for x in os.getloadavg())
        + " (other jobs on the machine slow the figures down)",
    ]


def write_generated(path: Path, title: str, body: str) -> None:
    """Replace the generated part of a doc (or create the doc around it)."""
    block = f"{START}\n{body.rstrip()}\n{END}"
    if path.is_file():
        text = path.read_text(encoding="utf-8")
        if START in text and END in text:
            before, rest = text.split(START, 1)
            after = rest.split(END, 1)[1]
            path.write_text(before + block + after, encoding="utf-8")
            return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# {title}\n\n{block}\n", encoding="utf-8")


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def publish(path: Path, title: str, sections: list[str], write: bool) -> None:
    """Print the figures; with `write`, put them in the doc's generated part."""
    body = "\n".join(sections)
    print(body)
    if write:
        write_generated(path, title, body)
        print(f"wrote {path.relative_to(ROOT)}")
