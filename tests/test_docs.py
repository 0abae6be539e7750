"""The documentation: the site builds strictly, and the commands it shows exist.

Every `dyadwatch ...` line in a shell block of docs/*.md and README.md must name a real
command and only options that command has, so a renamed option breaks this test rather than
the reader's first hour.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.version import CODER_VERSION, __version__

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SHELL_BLOCK = re.compile(r"```(?:bash|console|sh)\n(.*?)```", re.S)


def shown_commands() -> list[tuple[str, list[str]]]:
    """(page, argv after 'dyadwatch') for every dyadwatch command in a shell block."""
    found = []
    for page in [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]:
        for block in SHELL_BLOCK.findall(page.read_text(encoding="utf-8")):
            for line in block.splitlines():
                line = line.removeprefix("$ ").split(" # ")[0].split("|")[-1].strip()
                words = shlex.split(line, comments=True) if line else []
                for i, word in enumerate(words):
                    if word.endswith("dyadwatch") and i + 1 < len(words):
                        found.append((page.name, words[i + 1:]))
                        break
    return found


def test_docs_show_commands():
    assert len(shown_commands()) > 30


@pytest.mark.parametrize("page,argv", shown_commands(), ids=lambda v: " ".join(v)[:60]
                         if isinstance(v, list) else v)
def test_shown_command_exists_with_its_options(page, argv):
    if argv[0].startswith("-"):
        assert argv[0] in ("--version", "--help", "-h"), f"{page}: {argv}"
        return
    command, rest = cli.commands.get(argv[0]), argv[1:]
    assert isinstance(command, click.Command), f"{page}: no command dyadwatch {argv[0]}"
    while isinstance(command, click.Group):  # e.g. dyadwatch token create
        assert rest and rest[0] in command.commands, f"{page}: dyadwatch {' '.join(argv)}"
        command, rest = command.commands[rest[0]], rest[1:]
    known = {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}
    known |= {"--help", "-h"}
    for word in rest:
        if word.startswith("-") and word != "-":
            assert word.split("=")[0] in known, f"{page}: dyadwatch {argv[0]} has no {word}"


def test_version_reports_the_coder_version():
    run = CliRunner().invoke(cli, ["--version"])
    assert run.exit_code == 0
    assert __version__ in run.output and f"coder {CODER_VERSION}" in run.output


def test_changelog_has_the_current_version():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in text
    assert re.search(rf"^## \[{re.escape(__version__)}\] - \d{{4}}-\d\d-\d\d$", text, re.M)


def test_nav_lists_every_page():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in DOCS.glob("*.md"):
        assert f": {page.name}" in config, f"mkdocs.yml nav lacks {page.name}"


def tiny_png(path: Path) -> None:
    """A placeholder chart, so the build can be checked without running the example."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(1, 1))
    fig.savefig(path)
    plt.close(fig)


@pytest.mark.slow
def test_site_builds_strictly(tmp_path):
    """The same build CI runs; the worked example's charts are stand-ins if not generated."""
    pytest.importorskip("mkdocs", reason="mkdocs is not installed (pip install -e '.[docs]')")
    pytest.importorskip("mkdocs_click", reason="mkdocs-click is not installed")
    docs = tmp_path / "docs"
    shutil.copytree(DOCS, docs)
    (docs / "img").mkdir(exist_ok=True)
    for name in ("moscow-baku-rus-aze.png", "moscow-baku-two-counts.png"):
        if not (docs / "img" / name).exists():
            tiny_png(docs / "img" / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copy(ROOT / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    html = (tmp_path / "site" / "cli" / "index.html").read_text(encoding="utf-8")
    for name in cli.commands:  # generated from the CLI itself
        assert f"dyadwatch {name}" in html
    assert "fonts.googleapis" not in (tmp_path / "site" / "index.html").read_text()
