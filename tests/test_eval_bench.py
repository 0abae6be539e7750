"""Smoke tests of the benchmark scripts on tiny inputs (the real runs take minutes)."""

from __future__ import annotations

import json

from benchmarks import accuracy, throughput


def test_throughput_script_prints_one_row_per_process_count(capsys):
    assert throughput.main(["--n", "4", "--procs", "1", "--profile-docs", "0",
                            "--no-write"]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| 1 |")]
    assert len(rows) == 1
    assert "4 articles built from" in out and "Target:" in out


def test_accuracy_script_reports_each_half(tmp_path, capsys):
    for half in ("tune", "frozen"):
        folder = tmp_path / half
        folder.mkdir()
        (folder / "a.txt").write_text(
            "published: 2025-07-04\n\nRussia expelled two Azerbaijani diplomats on Monday.\n",
            encoding="utf-8")
        gold = {"sentence": "Russia expelled two Azerbaijani diplomats on Monday.",
                "source": "RUS", "target": "AZE", "cameo": "1663", "date": "2025-06-30"}
        (folder / "a.gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    assert accuracy.main(["--gold", str(tmp_path), "--plover-gsr", str(tmp_path / "none"),
                          "--no-write"]) == 0
    out = capsys.readouterr().out
    for label in ("| tune |", "| frozen |", "| all |", "| frozen (pubdate baseline) |"):
        assert label in out
    assert "is absent" in out
