"""The worked example (docs/worked-example.md) runs, and says what the page says it says.

The commands are read from examples/moscow-baku/run.sh, so the script CI runs, the page and
this test cannot drift apart. They run in-process (one spaCy load per session) on a fresh
SQLite database; the chart goes to a temporary file instead of docs/img.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

import dyadwatch
from dyadwatch.cli import cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "moscow-baku"
SCRIPT = EXAMPLE / "run.sh"
PAGE = ROOT / "docs" / "worked-example.md"


def script_commands(db: Path, img_dir: Path) -> list[list[str]]:
    """The `$DYADWATCH ...` lines of run.sh as argument lists, with $db and the image swapped."""
    commands = []
    for line in SCRIPT.read_text(encoding="utf-8").splitlines():
        if not line.startswith("$DYADWATCH "):
            continue
        args = shlex.split(line.replace('"$db"', str(db)))[1:]
        args = [str(img_dir / Path(a).name) if a.startswith("docs/img/") else a for a in args]
        commands.append(args)
    return commands


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, coder) -> dict[str, str]:
    """Runs every command of run.sh once; maps 'verb args' to its output."""
    dyadwatch._coder = dyadwatch._coder or coder  # reuse the session's spaCy load
    tmp = tmp_path_factory.mktemp("moscow-baku")
    db, img = tmp / "example.db", tmp / "img"
    img.mkdir()
    runner = CliRunner()
    results = {}
    for args in script_commands(db, img):
        run = runner.invoke(cli, args, catch_exceptions=False)
        assert run.exit_code == 0, f"dyadwatch {' '.join(args)} failed: {run.output}"
        results[" ".join(args)] = run.output
    results["_img"] = str(img)
    results["_db"] = str(db)
    return results


def output_of(outputs: dict[str, str], prefix: str) -> str:
    matches = [out for cmd, out in outputs.items() if cmd.startswith(prefix)]
    assert len(matches) == 1, f"run.sh should have exactly one '{prefix}' command"
    return matches[0]


def verdict_line(output: str) -> str:
    """The escalation verdict: the line after the table (the plot notice may follow it)."""
    lines = [line for line in output.splitlines() if line.strip()]
    return next(line for line in reversed(lines) if not line.startswith("plot written"))


def all_dyad_events(outputs: dict[str, str]) -> list[dict]:
    run = CliRunner().invoke(
        cli, ["events", "--dyad", "RUS-AZE", "--db", outputs["_db"], "--format", "jsonl"]
    )
    assert run.exit_code == 0, run.output
    return [json.loads(line) for line in run.output.splitlines() if line.strip()]


def test_articles_follow_the_brief():
    articles = sorted(EXAMPLE.glob("*.txt"))
    assert 6 <= len(articles) <= 10
    for path in articles:
        header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        assert re.search(r"^published: 202[45]-\d\d-\d\d$", header, re.M), path.name
        assert 80 <= len(body.split()) <= 200, f"{path.name}: {len(body.split())} words"


def test_ingest_stores_every_article(outputs):
    out = output_of(outputs, "ingest")
    assert re.search(r"new\W+10\b", out), out
    assert re.search(r"failed\W+0\b", out), out


def test_events_table_shows_the_evidence(outputs):
    out = output_of(outputs, "events --dyad RUS-AZE --db")
    assert "Yekaterinburg" in out and "Sputnik" in out


def test_material_conflict_events_carry_date_place_and_evidence(outputs):
    out = output_of(outputs, "events --dyad RUS-AZE --root 17")
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    raids = [r for r in records if r["date"] == "2025-06-27" and r["cameo"].startswith("17")]
    assert raids, "the Yekaterinburg raids of 27 June 2025 should be coded as root 17"
    assert raids[0]["source"]["country"] == "RUS" and raids[0]["target"]["country"] == "AZE"
    assert raids[0]["location"]["name"] == "Yekaterinburg"
    for rec in records:
        assert rec["trigger"] in rec["sentence"]
        assert rec["date"] is None or "2024" <= rec["date"][:4] <= "2025"


def test_one_incident_reported_twice_is_one_cluster(outputs):
    events = all_dyad_events(outputs)
    assert len({e["cluster_id"] for e in events}) < len(events)
    search = [e for e in events if e["date"] == "2025-06-30" and e["cameo"] == "1711"
              and e["source"]["country"] == "AZE"]
    assert len({e["doc_id"] for e in search}) == 2, "two articles report the Sputnik search"
    assert len({e["cluster_id"] for e in search}) == 1
    apology = [e for e in events if e["date"] == "2024-12-28" and e["cameo"] == "055"]
    assert len({e["doc_id"] for e in apology}) == 2
    assert len({e["cluster_id"] for e in apology}) == 1


def load_compare():
    spec = importlib.util.spec_from_file_location("moscow_baku_compare", EXAMPLE / "compare.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_publication_dates_would_misplace_the_crisis(outputs, capsys):
    """The page's point: counted per article by publication date, July 2025 looks like the
    worst month; one per incident by event date, June is, and July is quieter than June."""
    assert "examples/moscow-baku/compare.py" in SCRIPT.read_text(encoding="utf-8")
    compare = load_compare()
    chart = Path(outputs["_img"]) / "two-counts.png"
    compare.main(outputs["_db"], str(chart))
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with dyadwatch.open(outputs["_db"]) as store:
        table = compare.monthly_counts(store.events_frame(dyad="RUS-AZE"))
    pub, own = table["every_article_conflict"], table["dyadwatch_conflict"]
    assert pub.idxmax() == "2025-07" and own.idxmax() == "2025-06"
    assert table["dyadwatch"].sum() < table["every_article"].sum()  # duplicates merged
    assert own["2025-06"] > own["2025-07"] and pub["2025-07"] > pub["2025-06"]
    assert "chart written" in capsys.readouterr().out


def test_dyad_chart_and_verdict(outputs):
    out = output_of(outputs, "dyad RUS AZE --db")
    chart = Path(outputs["_img"]) / "moscow-baku-rus-aze.png"
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and chart.stat().st_size > 10_000
    verdict = verdict_line(out)
    # the June 2025 material-conflict spike has passed by October (the detentions are dated
    # June 30, their own day, not the July statement that mentions them)
    assert verdict.startswith(("easing", "no escalation")) and "2025-06" in verdict, verdict


def test_too_little_data_in_july(outputs):
    july = output_of(outputs, "dyad RUS AZE --to 2025-07")
    assert verdict_line(july).startswith("too little data")


def test_page_shows_the_generated_charts_and_the_script():
    text = PAGE.read_text(encoding="utf-8")
    assert "img/moscow-baku-rus-aze.png" in text and "img/moscow-baku-two-counts.png" in text
    assert "examples/moscow-baku/run.sh" in text


def test_page_quotes_the_verdicts_the_commands_give(outputs):
    """If the coder changes what the example yields, update docs/worked-example.md."""
    text = PAGE.read_text(encoding="utf-8")
    for prefix in ("dyad RUS AZE --db", "dyad RUS AZE --to 2025-07"):
        verdict = verdict_line(output_of(outputs, prefix))
        assert verdict in text, f"docs/worked-example.md should quote: {verdict}"
