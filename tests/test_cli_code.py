"""`dyadwatch code` end to end: inputs, formats, options and bad input on the command line."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.cli import code as code_module
from dyadwatch.pipeline import Coder, CodingState
from dyadwatch.record import make_event_id, validate
from dyadwatch.version import CODER_VERSION

ROOT = Path(__file__).resolve().parents[1]
BODY = (
    "The foreign ministry of Norway summoned the ambassador of Chile on Tuesday after a "
    "dispute over fishing rights. Officials said that the talks between the two governments "
    "would resume once the ships had left the area, and that both sides were ready to meet."
)


class FirstSentenceStage:
    """Test stage: one record per document for its first sentence, carrying the document's
    identity and dates, so the command's plumbing (formats, filters, metadata) is checked
    independently of what the real coder finds."""

    name = "first-sentence"

    def __call__(self, state: CodingState) -> None:
        doc = state.document
        end = doc.text.find(".") + 1 or len(doc.text)
        for cameo, modality, confidence in (("114", "asserted", 0.9), ("036", "future", 0.3)):
            state.records.append(validate({
                "event_id": make_event_id(doc.doc_id, 0, end, cameo, ["NOR"], ["CHL"]),
                "doc_id": doc.doc_id, "sentence": doc.text[:end], "start": 0, "end": end,
                "trigger": "summoned",
                "source": {"code": "NORGOV", "country": "NOR", "roles": ["GOV"], "text": "x"},
                "target": {"code": "CHLGOV", "country": "CHL", "roles": ["GOV"], "text": "y"},
                "cameo": cameo, "root": cameo[:2], "quad": 3 if cameo == "114" else 1,
                "goldstein": -2.0, "plover": {"type": "ACCUSE", "mode": None},
                "pub_date": doc.pub_date, "modality": modality, "confidence": confidence,
                "coder_version": CODER_VERSION,
            }))


@pytest.fixture
def plumbing(monkeypatch):
    monkeypatch.setattr(code_module, "make_coder",
                        lambda config: Coder(config, stages=[FirstSentenceStage()]))


def run(args: list[str], stdin: bytes | None = None):
    return CliRunner().invoke(cli, ["code", *args], input=stdin)


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


# --- with the real coder ------------------------------------------------------------------

def test_seed_article_prints_valid_records(shared_dir: Path):
    seed = shared_dir / "seed" / "000_d07b6db2e23c9954.txt"
    result = run([str(seed), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        rec = validate(json.loads(line))
        assert rec.doc_id == "000_d07b6db2e23c9954" and rec.pub_date == "2025-07-03"


def test_real_coder_on_english_text_succeeds(tmp_path: Path):
    result = run([write(tmp_path, "a.txt", BODY), "--format", "table"])
    assert result.exit_code == 0 and result.stderr == ""
    assert "evidence" in result.stdout  # the table header is printed even with no rows


def test_subprocess_bad_input_is_one_line_and_exit_1(tmp_path: Path):
    good = write(tmp_path, "good.txt", BODY)
    proc = subprocess.run(
        [sys.executable, "-m", "dyadwatch", "code", str(tmp_path / "missing.txt"), good],
        capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src")},
        timeout=120,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"dyadwatch: {tmp_path / 'missing.txt'}: no such file, directory or URL"]
    assert "Traceback" not in proc.stderr


# --- command plumbing ---------------------------------------------------------------------

def test_jsonl_carries_doc_id_and_pub_date(plumbing, tmp_path: Path):
    path = write(tmp_path, "note.txt", "published: 2024-03-05\n\n" + BODY)
    result = run([path])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc_id"], r["pub_date"], r["modality"]) for r in records] == [
        ("note", "2024-03-05", "asserted"), ("note", "2024-03-05", "future")]


def test_published_option_overrides_and_is_checked(plumbing, tmp_path: Path):
    path = write(tmp_path, "note.txt", "published: 2024-03-05\n\n" + BODY)
    result = run([path, "--published", "2025-01-02"])
    assert {json.loads(x)["pub_date"] for x in result.stdout.splitlines()} == {"2025-01-02"}
    bad = run([path, "--published", "2025-02-30"])
    assert bad.exit_code == 2 and "not a date" in bad.stderr


def test_modality_and_min_confidence_filters(plumbing, tmp_path: Path):
    path = write(tmp_path, "note.txt", BODY)
    only_future = run([path, "--modality", "future"])
    assert [json.loads(x)["cameo"] for x in only_future.stdout.splitlines()] == ["036"]
    confident = run([path, "--min-confidence", "0.5"])
    assert [json.loads(x)["cameo"] for x in confident.stdout.splitlines()] == ["114"]
    unknown = run([path, "--modality", "asserted,rumoured"])
    assert unknown.exit_code == 2 and "rumoured" in unknown.stderr


def test_csv_has_one_header_for_many_documents(plumbing, tmp_path: Path):
    first, second = write(tmp_path, "a.txt", BODY), write(tmp_path, "b.txt", BODY)
    result = run([first, second, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["doc_id"] for r in rows] == ["a", "a", "b", "b"]
    assert rows[0]["source"] == "NORGOV" and rows[0]["cameo"] == "114"


def test_table_format(plumbing, tmp_path: Path):
    result = run([write(tmp_path, "a.txt", BODY), "--format", "table"])
    assert result.exit_code == 0
    assert "NORGOV" in result.stdout and "CHLGOV" in result.stdout and "114" in result.stdout


def test_stdin_and_directory(plumbing, tmp_path: Path):
    (tmp_path / "dir").mkdir()
    write(tmp_path / "dir", "x.txt", BODY)
    write(tmp_path / "dir", "x.gold.jsonl", '{"sentence": "x"}\n')
    result = run(["-", str(tmp_path / "dir")], stdin=BODY.encode())
    assert result.exit_code == 0, result.output
    assert sorted({json.loads(x)["doc_id"] for x in result.stdout.splitlines()}) == ["stdin", "x"]


def test_every_bad_input_named_and_others_still_coded(plumbing, tmp_path: Path):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    write(tmp_path, "french.txt",
          "Le ministère a convoqué l'ambassadeur mardi après un différend sur les droits de "
          "pêche. Les responsables ont déclaré que les discussions entre les deux "
          "gouvernements reprendraient dès que les navires auraient quitté la zone, et que "
          "les deux parties étaient prêtes à se revoir avant la fin du mois prochain.")
    write(tmp_path, "lines.jsonl", json.dumps({"id": "j1", "text": BODY}) + "\n{oops\n")
    good = write(tmp_path, "good.txt", BODY)
    inputs = [str(tmp_path / n) for n in ("binary.txt", "empty.txt", "french.txt",
                                          "lines.jsonl", "missing.txt")] + [good]
    result = run(inputs)
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 5, errors
    for fragment in ("binary.txt: binary", "empty.txt: empty document",
                     "french.txt: not English", "lines.jsonl:2: malformed JSON line",
                     "missing.txt: no such file"):
        assert any(fragment in e for e in errors), (fragment, errors)
    assert all(e.startswith("dyadwatch: ") for e in errors)
    assert {json.loads(x)["doc_id"] for x in result.stdout.splitlines()} == {"j1", "good"}


def test_private_url_refused_without_flag(plumbing):
    result = run(["http://127.0.0.1:9/article"])
    assert result.exit_code == 1
    assert "loopback" in result.stderr and "--allow-private" in result.stderr


def test_help_lists_options():
    result = CliRunner().invoke(cli, ["code", "--help"])
    for option in ("--format", "--published", "--modality", "--min-confidence",
                   "--allow-private", "--dict"):
        assert option in result.output


def test_progress_bar_appears_only_after_a_few_documents():
    from rich.console import Console

    screen = io.StringIO()
    progress = code_module.DocumentProgress(6, Console(file=screen, force_terminal=True))
    for _ in range(code_module.PROGRESS_AFTER):
        progress.advance()
    assert progress.progress is None and screen.getvalue() == ""
    progress.advance()
    progress.advance()
    progress.close()
    assert "coding" in screen.getvalue() and "/6" in screen.getvalue()


def test_expected_documents(tmp_path: Path):
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b.html", BODY)
    assert code_module.expected_documents([str(tmp_path)]) == 2
    write(tmp_path, "c.jsonl", "")
    assert code_module.expected_documents([str(tmp_path)]) is None
