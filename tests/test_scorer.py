"""The scorer on hand-made cases, and its agreement with shared/checks/score.py."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from dyadwatch.evaluation import (
    date_agrees,
    expand_event,
    load_gold,
    score,
    score_by_doc,
    score_by_root,
    sentences_overlap,
)

SENT = "Russian police raided the homes of ethnic Azerbaijanis in Yekaterinburg on Friday."
OTHER = "The Azerbaijani government cancelled all cultural events organised with Russia."


def ev(source, target, cameo, sentence=SENT, date=None, modality="asserted", **extra):
    return {"source": source, "target": target, "cameo": cameo, "sentence": sentence,
            "date": date, "modality": modality, **extra}


def f1(result, level):
    return result[level]["F1"]


def test_exact_match_scores_one_everywhere():
    gold = {"a": [ev("RUSCOP", "AZECVL", "1711", date="2025-06-27")]}
    pred = {"a": [ev("RUSCOP", "AZECVL", "1711", date="2025-06-27")]}
    result = score(gold, pred)
    assert [f1(result, lv) for lv in ("dyad_root", "full", "code")] == [1.0, 1.0, 1.0]
    assert result["date_acc"] == 1.0 and result["date_n"] == 1
    assert result["modality_acc"] == 1.0


def test_wrong_target_fails_dyad_and_full_but_not_code():
    result = score({"a": [ev("RUSCOP", "AZECVL", "1711")]}, {"a": [ev("RUSCOP", "UKR", "1711")]})
    assert f1(result, "dyad_root") == 0.0
    assert f1(result, "full") == 0.0
    assert f1(result, "code") == 1.0


def test_wrong_role_fails_full_only():
    result = score({"a": [ev("RUSCOP", "AZECVL", "1711")]}, {"a": [ev("RUSGOV", "AZE", "1711")]})
    assert (f1(result, "dyad_root"), f1(result, "full"), f1(result, "code")) == (1.0, 0.0, 1.0)


def test_swapped_source_and_target_is_wrong():
    result = score({"a": [ev("RUS", "AZE", "114")]}, {"a": [ev("AZE", "RUS", "114")]})
    assert f1(result, "dyad_root") == 0.0 and f1(result, "full") == 0.0
    assert f1(result, "code") == 1.0


def test_duplicate_predictions_count_once_and_cost_precision():
    gold = {"a": [ev("RUS", "AZE", "114")]}
    result = score(gold, {"a": [ev("RUS", "AZE", "114"), ev("RUS", "AZE", "114")]})
    assert result["pred"] == 2
    assert result["full"] == {"P": 0.5, "R": 1.0, "F1": 0.667, "tp": 1}


def test_matching_is_maximum_one_to_one():
    # Greedy matching of the first gold to the first prediction would leave the second gold
    # unmatched; the maximum matching finds both.
    gold = {"a": [ev("RUS", "AZE", "114", sentence=SENT),
                  ev("RUS", "AZE", "114", sentence=OTHER)]}
    both = SENT + " " + OTHER
    pred = {"a": [ev("RUS", "AZE", "114", sentence=both), ev("RUS", "AZE", "114")]}
    assert score(gold, pred)["full"]["tp"] == 2


def test_overlap_rule_threshold():
    shorter = "one two three four five six seven eight nine ten"
    assert sentences_overlap(shorter, "one two three four five six zz yy xx ww")  # 6/10
    assert not sentences_overlap(shorter, "one two three four five qq zz yy xx ww")  # 5/10
    # the shorter sentence decides: its 4 words all occur in the longer one
    assert sentences_overlap("one two three four", shorter)
    assert not sentences_overlap("", shorter)


def test_overlap_decides_matching():
    gold = {"a": [ev("RUS", "AZE", "114", sentence="alpha beta gamma delta epsilon")]}
    near = ev("RUS", "AZE", "114", sentence="alpha beta gamma other words")
    far = ev("RUS", "AZE", "114", sentence="alpha beta other words here")
    assert score(gold, {"a": [near]})["full"]["tp"] == 1
    assert score(gold, {"a": [far]})["full"]["tp"] == 0


@pytest.mark.parametrize("pred_date,ok", [
    ("2025-05", True), ("2025-05-02", True), ("2025", False), ("2025-06", False), (None, False),
])
def test_date_to_gold_precision(pred_date, ok):
    assert date_agrees({"date": pred_date}, {"date": "2025-05"}) is ok


def test_undated_gold_is_left_out_of_date_accuracy():
    assert date_agrees({"date": "2025-05-02"}, {"date": None}) is None
    result = score({"a": [ev("RUS", "AZE", "114")]}, {"a": [ev("RUS", "AZE", "114", "2025")]})
    assert result["date_n"] == 0 and result["date_acc"] is None


def test_modality_judged_among_matches_only():
    gold = {"a": [ev("RUS", "AZE", "114", modality="reported")]}
    result = score(gold, {"a": [ev("RUS", "AZE", "114")]})
    assert result["full"]["tp"] == 1 and result["modality_acc"] == 0.0


def test_compound_actors_expand_to_pairs():
    event = ev([{"code": "USA"}, {"code": "GBR"}], [{"code": "IND"}, {"code": "PAK"}], "051")
    pairs = {(e["source"], e["target"]) for e in expand_event(event)}
    assert pairs == {("USA", "IND"), ("USA", "PAK"), ("GBR", "IND"), ("GBR", "PAK")}
    mutual = expand_event(ev([{"code": "ARM"}, {"code": "AZE"}], None, "057"))
    assert {(e["source"], e["target"]) for e in mutual} == {("ARM", "AZE"), ("AZE", "ARM")}
    gold = {"a": [ev("ARM", "AZE", "057"), ev("AZE", "ARM", "057")]}
    result = score(gold, {"a": [ev([{"code": "ARM"}, {"code": "AZE"}], None, "057")]})
    assert result["pred"] == 2 and result["full"]["F1"] == 1.0


def test_country_rules_for_igo_and_unknown_actors():
    gold = {"a": [ev("IGOUNOXYZ", "---GOV", "112")]}
    assert score(gold, {"a": [ev("IGOUNO", "---", "112")]})["dyad_root"]["tp"] == 1
    assert score(gold, {"a": [ev("IGOEUR", "---", "112")]})["dyad_root"]["tp"] == 0


def test_actor_dicts_as_in_records():
    pred = ev({"code": "RUSCOP", "text": "Russian police"}, {"code": "AZECVL", "text": "x"},
              "1711")
    assert score({"a": [ev("RUSCOP", "AZECVL", "1711")]}, {"a": [pred]})["full"]["tp"] == 1


def test_breakdowns_add_up():
    gold = {"a": [ev("RUS", "AZE", "114"), ev("AZE", "RUS", "160", sentence=OTHER)],
            "b": [ev("RUS", "AZE", "173")]}
    pred = {"a": [ev("RUS", "AZE", "114")], "b": [ev("RUS", "AZE", "173"),
                                                  ev("RUS", "AZE", "190")]}
    total = score(gold, pred)
    by_root = score_by_root(gold, pred)
    by_doc = score_by_doc(gold, pred)
    assert set(by_root) == {"11", "16", "17", "19"}
    for table in (by_root, by_doc):
        assert sum(r["full"]["tp"] for r in table.values()) == total["full"]["tp"]
        assert sum(r["gold"] for r in table.values()) == total["gold"]
    assert by_doc["b"]["full"] == {"P": 0.5, "R": 1.0, "F1": 0.667, "tp": 1}


def test_predictions_for_unknown_documents_are_ignored():
    result = score({"a": [ev("RUS", "AZE", "114")]}, {"zzz": [ev("RUS", "AZE", "114")]})
    assert result["pred"] == 0 and result["docs"] == 1


# -- agreement with the reference scorer ---------------------------------------------------

ACTORS = ["RUS", "RUSGOV", "RUSCOP", "AZE", "AZEGOV", "AZECVL", "IGOUNO", "---GOV", "UKR"]
CODES = ["114", "1711", "173", "161", "057", "112", "1123"]
DATES = [None, "2025", "2025-05", "2025-05-02", "2025-06-30"]
SENTENCES = [
    "Russian police raided the homes of ethnic Azerbaijanis in Yekaterinburg.",
    "Police in Yekaterinburg raided homes of ethnic Azerbaijanis and detained several.",
    "The Azerbaijani government cancelled all cultural events organised with Russia.",
    "The Russian Foreign Ministry summoned the ambassador of Azerbaijan on Tuesday.",
    "Moscow summoned the Azerbaijani ambassador to protest against the detentions.",
]


def random_actor(rng: random.Random):
    if rng.random() < 0.15:
        return [{"code": c} for c in rng.sample(ACTORS, 2)]
    return rng.choice(ACTORS)


def random_event(rng: random.Random, doc: str | None = None) -> dict:
    event = ev(random_actor(rng), rng.choice(ACTORS + [None]), rng.choice(CODES),
               sentence=rng.choice(SENTENCES), date=rng.choice(DATES),
               modality=rng.choice(["asserted", "reported", "future"]))
    if doc is not None:
        event["doc_id"] = doc
    return event


def write_synthetic(tmp: Path, rng: random.Random) -> tuple[Path, Path, dict, dict]:
    gold_dir = tmp / "gold"
    gold_dir.mkdir()
    gold_by_doc, preds_by_doc, lines = {}, {}, []
    for d in range(6):
        doc = f"doc{d}"
        golds = [random_event(rng) for _ in range(rng.randint(0, 6))]
        # gold files hold no lists: expand as the annotators do
        golds = [p for g in golds for p in expand_event(g)]
        (gold_dir / f"{doc}.txt").write_text("text\n", encoding="utf-8")
        (gold_dir / f"{doc}.gold.jsonl").write_text(
            "".join(json.dumps(g) + "\n" for g in golds), encoding="utf-8")
        preds = [dict(g, doc_id=doc) for g in golds if rng.random() < 0.6]
        preds += [random_event(rng, doc) for _ in range(rng.randint(0, 5))]
        rng.shuffle(preds)
        gold_by_doc[doc], preds_by_doc[doc] = golds, preds
        lines += [json.dumps(p) for p in preds]
    pred_path = tmp / "pred.jsonl"
    pred_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold_dir, pred_path, gold_by_doc, preds_by_doc


@pytest.mark.parametrize("seed", range(8))
def test_agrees_with_reference_scorer(shared_dir, tmp_path, seed):
    script = shared_dir / "checks" / "score.py"
    if not script.is_file():
        pytest.skip("shared/checks/score.py is absent")
    gold_dir, pred_path, _, preds_by_doc = write_synthetic(tmp_path, random.Random(seed))
    ref = subprocess.run([sys.executable, str(script), str(gold_dir), str(pred_path), "--json"],
                         capture_output=True, text=True, check=True)
    expected = json.loads(ref.stdout)
    assert expected["dyad_root"]["tp"] > 0  # the synthetic data exercise matching
    assert score(load_gold(gold_dir), preds_by_doc) == expected


def perturb(event: dict, rng: random.Random) -> dict | None:
    """A plausible coder error on a gold event (or the event itself, or nothing)."""
    choice = rng.random()
    if choice < 0.15:
        return None
    if choice < 0.3:
        return dict(event, source=event["target"], target=event["source"])
    if choice < 0.45:
        return dict(event, cameo=str(event["cameo"])[:2] + "0")
    if choice < 0.6:
        return dict(event, date=(event.get("date") or "2025")[:4])
    if choice < 0.7:
        return dict(event, modality="reported")
    return dict(event)


def test_agrees_with_reference_scorer_on_team_gold(shared_dir, tmp_path):
    script = shared_dir / "checks" / "score.py"
    tune = Path(__file__).resolve().parent / "gold" / "dev" / "tune"
    if not script.is_file() or not tune.is_dir():
        pytest.skip("shared/checks/score.py or tests/gold/dev/tune is absent")
    rng = random.Random(11)
    gold = load_gold(tune)
    preds = {doc: [p for p in (perturb(dict(e, doc_id=doc), rng) for e in events) if p]
             for doc, events in gold.items()}
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for ps in preds.values() for p in ps),
                         encoding="utf-8")
    ref = subprocess.run([sys.executable, str(script), str(tune), str(pred_path), "--json"],
                         capture_output=True, text=True, check=True)
    expected = json.loads(ref.stdout)
    assert 0 < expected["full"]["tp"] < expected["gold"]
    assert score(gold, preds) == expected
