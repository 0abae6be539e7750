"""Review of session 23's second batch (brief review23b): the learned fallback's model
checks, cost and private travellers; the `learned` field in outputs and exports; the parse
pre-filter for answer-in-kind measures. Own sentences."""

from __future__ import annotations

import csv
import io
import json

import pytest
from coding_helpers import coded, codes, records_in, sides_in

from dyadwatch.config import CoderConfig
from dyadwatch.events.learned import (
    ModelError,
    load_model,
    mentions_by_sentence,
    model_digest,
)
from dyadwatch.pipeline import Coder
from dyadwatch.read.document import Document


@pytest.fixture(scope="module")
def eager():
    return Coder(CoderConfig(learned_fallback=True, learned_threshold=0.3))


def learned(records: list[dict]) -> list[tuple[str, str, str]]:
    return [(codes(r["source"])[0][:3], codes(r["target"])[0][:3], r["root"])
            for r in records if r["learned"]]


# --- private travellers: the rules' keep drops their "visit"; the fallback must not add it

def test_tourists_make_no_learned_visit(coder, eager):
    text = "Thousands of Chinese tourists visited Japan in April."
    assert not coded(coder, text)
    assert not [r for r in learned(coded(eager, text)) if r[2] == "04"]


def test_an_official_is_no_private_traveller(coder):
    # near miss: the tourists' rule leaves a named official's journey a state's visit
    from dyadwatch.events.sentence import private_travellers

    state = coder.run(Document("gen", "Brazilian President Lula was in Luanda on Tuesday.",
                               pub_date="2025-03-14"))
    lula = [m for m in state.mentions if m.country == "BRA"]
    assert lula and not private_travellers(lula)


# --- the model file: any malformed model is one clear line ----------------------------------

def _sealed(body: dict) -> dict:
    body = dict(body)
    body.pop("sha256", None)
    body["sha256"] = model_digest(body)
    return body


def _good() -> dict:
    model = load_model()
    body = {k: v for k, v in model.items() if k != "weights"}
    body["weights"] = {f: [list(p) for p in row] for f, row in model["weights"].items()}
    return body


@pytest.mark.parametrize("change", [
    lambda b: [1, 2],  # not an object
    lambda b: _sealed({k: v for k, v in b.items() if k != "weights"}),
    lambda b: _sealed({**b, "weights": {"w=meet": [[99, 1.0]]}}),  # no such class
    lambda b: _sealed({**b, "weights": {"w=meet": [["x", 1.0]]}}),
    lambda b: _sealed({**b, "weights": {"w=meet": 5}}),
    lambda b: _sealed({**b, "intercepts": [0.0]}),
    lambda b: _sealed({**b, "intercepts": [float("nan")] * len(b["classes"])}),
    lambda b: _sealed({**b, "classes": ["none"], "intercepts": [0.0], "weights": {}}),
    lambda b: _sealed({k: v for k, v in b.items() if k != "threshold"}),
    lambda b: _sealed({**b, "threshold": "high"}),
])
def test_malformed_model_is_refused_in_one_line(tmp_path, change):
    path = tmp_path / "model.json"
    path.write_text(json.dumps(change(_good())), encoding="utf-8")
    with pytest.raises(ModelError) as err:
        load_model(str(path))
    assert "\n" not in str(err.value) and "model" in str(err.value)


def test_resealed_good_model_loads(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps(_sealed(_good())), encoding="utf-8")
    assert load_model(str(path))["classes"] == load_model()["classes"]


# --- cost: mentions are grouped by sentence in one pass --------------------------------------

def test_mentions_by_sentence_matches_a_scan_per_sentence(coder):
    text = ("France and Germany met in Paris. The weather was mild. Russia expelled two "
            "Estonian diplomats, and Estonia answered. Italy, Spain and Greece signed a deal.")
    state = coder.run(Document("gen", text, pub_date="2025-03-14"))
    sents = list(state.doc.sents)
    grouped = mentions_by_sentence(state, sents)
    for i, sent in enumerate(sents):
        scan = sorted((m for m in state.mentions if not m.inferred and m.country
                       and sent.start <= m.token_start < sent.end), key=lambda m: m.token_start)
        assert grouped.get(i, []) == scan


# --- the learned field in outputs and exports ------------------------------------------------

def test_code_csv_carries_learned():
    from dyadwatch.cli.output import CSV_COLUMNS, write_csv

    out = io.StringIO()
    write_csv([{"event_id": "e1", "cameo": "160", "learned": True}], out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert "learned" in CSV_COLUMNS and row["learned"] == "True"


def test_store_frame_csv_and_plover_carry_learned(tmp_path, record_factory):
    from dyadwatch.store import FRAME_COLUMNS, open_store

    text = "Tbilisi answered with a rude note about the Hungarians."
    rec = record_factory("d1", "110", "GEO", "HUN", text, "answered")
    rec["learned"] = True
    store = open_store(str(tmp_path / "t.db"))
    try:
        store.add_document(Document("d1", text, pub_date="2025-07-03"), [rec])
        frame = store.events_frame()
        assert "learned" in FRAME_COLUMNS and frame["learned"].tolist() == [True]
        out = tmp_path / "e.csv"
        store.export("csv", str(out))
        assert next(csv.DictReader(out.open()))["learned"] == "True"
        out = tmp_path / "e.jsonl"
        store.export("plover", str(out))
        assert json.loads(out.read_text().splitlines()[0])["learned"] is True
    finally:
        store.close()


# --- the parse pre-filter reads every answer-in-kind measure ---------------------------------

@pytest.mark.parametrize("reply", [
    "Russia adopted reciprocal measures against the Estonian embassy.",
    "Russia took reciprocal action against the Estonian embassy.",
    "Russia took mirror measures against the Estonian embassy.",
])
def test_answer_in_kind_measure_is_parsed(coder, reply):
    text = "Estonia expelled two Russian diplomats on Monday. " + reply
    assert sides_in(coder, text, reply) == {("RUS", "EST", "16")}


def test_measure_of_no_answer_is_no_act(coder):
    text = ("Estonia expelled two Russian diplomats on Monday. Russia adopted new measures "
            "against air pollution.")
    assert not records_in(coder, text, "pollution")


# --- an act promised "in response" is a threat only when left unnamed ------------------------

PROPOSED, SEIZED = "China proposed talks with Japan. ", "China seized a Japanese boat. "


@pytest.mark.parametrize(("before", "promise", "threat"), [
    (PROPOSED, "Japan said it would send a delegation in response.", False),
    (PROPOSED, "Japan said it would make a counterproposal in response.", False),
    (PROPOSED, "Japan said it would send a letter in response.", False),
    (SEIZED, "Japan said it would take appropriate measures in response.", True),
    (SEIZED, "Japan said it would act in response.", True),
])
def test_only_an_unnamed_act_in_response_threatens(coder, before, promise, threat):
    found = sides_in(coder, before + promise, "in response")
    assert (("JPN", "CHN", "13") in found) is threat
    assert threat or not [side for side in found if side[2] == "13"]
