"""tools/gold_sweep.py: set order, and held-out sets written as totals only."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "tools" / "gold_sweep.py"
spec = importlib.util.spec_from_file_location("gold_sweep", TOOL)
gold_sweep = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gold_sweep)

RESULT = {"score": {"gold": 2, "pred": 1, "dyad_root": {"P": 1.0, "R": 0.5, "F1": 0.667, "tp": 1}},
          "predictions": {"a": [{"doc_id": "a", "cameo": "042"}]}}


def test_sets_in_numeric_order_then_others():
    names = ["tune10", "frozen", "tune2", "tune", "tune3"]
    assert sorted(names, key=gold_sweep._set_order) == ["tune", "tune2", "tune3", "tune10",
                                                         "frozen"]


def test_every_gold_set_is_found():
    sets = gold_sweep.gold_sets()
    assert sets[:3] == ["tune", "tune2", "tune3"] and "frozen" in sets


def test_analysed_set_gets_totals_and_records(tmp_path):
    gold_sweep.write_set(tmp_path, "tune5", RESULT, held_out=False)
    assert json.loads((tmp_path / "tune5.json").read_text())["dyad_root"]["tp"] == 1
    records = (tmp_path / "tune5.jsonl").read_text().splitlines()
    assert [json.loads(r)["cameo"] for r in records] == ["042"]


def test_held_out_set_gets_totals_only(tmp_path):
    gold_sweep.write_set(tmp_path, "frozen", RESULT, held_out=True)
    assert (tmp_path / "frozen.json").exists()
    assert not (tmp_path / "frozen.jsonl").exists()


def test_change_from_base_is_shown():
    base = {"pred": 3, "dyad_root": {"F1": 0.5, "tp": 2}}
    text = gold_sweep.line("tune5", {**RESULT["score"], "date_acc": 1.0, "modality_acc": 1.0},
                           base)
    assert "tp -1" in text and "pred -2" in text and "F1 +0.167" in text


def test_modality_recall_counts_matches_by_modality():
    from dyadwatch.evaluation.gold import find_gold
    from dyadwatch.evaluation.run import modality_recall

    docs = find_gold(Path(__file__).resolve().parent / "gold" / "dev" / "tune")
    perfect = modality_recall(docs, {doc.key: doc.events for doc in docs})
    assert perfect and all(hit == n for hit, n in perfect.values())
    empty = modality_recall(docs, {})
    assert empty.keys() == perfect.keys() and all(hit == 0 for hit, _ in empty.values())
