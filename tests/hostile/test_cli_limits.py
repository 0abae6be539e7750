"""The limits from the command line and the environment: `code` and `ingest` name the
document that is over a limit, go on with the others, and a re-run with a higher limit
completes it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli import cli

SMALL = "published: 2025-07-03\n\nRussia expelled two Azerbaijani diplomats on Monday.\n"


def long_text(n: int) -> str:
    lines = (f"The minister of France criticised Iran on day {i}.\n" for i in range(n))
    return "published: 2025-07-03\n\n" + "".join(lines)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_small.txt").write_text(SMALL)
    (folder / "b_long.txt").write_text(long_text(300))
    return folder


def run(*args: str, env: dict | None = None):
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_code_sentence_limit_names_the_document_and_codes_the_rest(inputs: Path):
    code, out, err = run("code", str(inputs), "--max-sentences", "50")
    assert code == 1 and "Traceback" not in err
    [line] = err.strip().splitlines()
    assert "b_long.txt" in line and "over 50 sentences" in line and "--max-sentences" in line
    assert '"doc_id":"a_small"' in out.replace(" ", "")


def test_code_byte_and_time_limits(inputs: Path):
    code, _, err = run("code", str(inputs / "b_long.txt"), "--max-bytes", "2000")
    assert code == 1 and "over the limit of 2000 bytes" in err
    code, _, err = run("code", str(inputs / "b_long.txt"), "--max-seconds", "0.05")
    assert code == 1 and "over the limit of 0.05 s per document" in err


def test_limits_from_the_environment(inputs: Path):
    code, _, err = run("code", str(inputs / "b_long.txt"),
                       env={"DYADWATCH_MAX_SENTENCES": "40"})
    assert code == 1 and "over 40 sentences" in err
    # the option beats the environment
    code, _, err = run("code", str(inputs / "b_long.txt"), "--max-sentences", "1000",
                       env={"DYADWATCH_MAX_SENTENCES": "40"})
    assert code == 0, err
    code, _, err = run("code", str(inputs), env={"DYADWATCH_MAX_SECONDS": "soon"})
    assert code == 1 and err.strip() == "dyadwatch: DYADWATCH_MAX_SECONDS='soon' is not a " \
                                         "float number"


@pytest.mark.parametrize("option", ["--max-bytes", "--max-sentences", "--max-seconds"])
def test_bad_option_values_are_refused(inputs: Path, option: str):
    code, _, err = run("code", str(inputs), option, "0")
    assert code == 2 and option in err and "Traceback" not in err


def test_ingest_over_limit_is_failed_then_completed_by_a_rerun(inputs: Path, tmp_path: Path):
    db = tmp_path / "limits.db"
    code, _, err = run("ingest", str(inputs), "--db", str(db), "--max-sentences", "50")
    assert code == 1 and "b_long.txt" in err and "over 50 sentences" in err
    assert stored(db) == ["a_small"]
    code, _, err = run("ingest", str(inputs), "--db", str(db))
    assert code == 0, err
    assert stored(db) == ["a_small", "b_long"]


def stored(db: Path) -> list[str]:
    """Names of the stored documents (the store keeps the reader's name in meta)."""
    con = sqlite3.connect(db)
    try:
        metas = [row[0] for row in con.execute("SELECT meta FROM documents")]
    finally:
        con.close()
    return sorted(n for n in ("a_small", "b_long") for meta in metas if n in str(meta))
