"""The learned fallback (events/learned.py): a model's root for sentences the rules leave
uncoded though they name two countries (session 23, brief learned23). Own sentences."""

from __future__ import annotations

import copy

import pytest
from coding_helpers import coded, codes

from dyadwatch.config import CoderConfig
from dyadwatch.events.learned import ModelError, check_model, load_model, model_digest
from dyadwatch.pipeline import Coder

NO_ANSWER = "Windhoek could later put extra duties on Zambian copper trucks at the crossing."
RUDE = "The next day the foreign ministry of Chile answered with a rude statement about the " \
       "Argentines."


@pytest.fixture(scope="module")
def rules_only():
    return Coder(CoderConfig(learned_fallback=False))


@pytest.fixture(scope="module")
def with_learned():
    return Coder(CoderConfig(learned_fallback=True))


@pytest.fixture(scope="module")
def eager():
    return Coder(CoderConfig(learned_fallback=True, learned_threshold=0.3))


def learned(records: list[dict]) -> list[tuple[str, str, str, str]]:
    return [(codes(r["source"])[0][:3], codes(r["target"])[0][:3], r["root"], r["modality"])
            for r in records if r["learned"]]


def test_uncoded_sentence_with_two_countries_gets_a_learned_record(with_learned):
    records = coded(with_learned, NO_ANSWER)
    assert learned(records) == [("NAM", "ZMB", "16", "hypothetical")]
    (record,) = records
    assert record["cameo"] == "160" and record["confidence"] < 0.5


def test_threshold_is_configurable(with_learned, eager):
    assert not coded(with_learned, RUDE)  # below the model's own threshold
    assert learned(coded(eager, RUDE)) == [("CHL", "ARG", "11", "asserted")]


@pytest.mark.parametrize("text", [
    "The weather in Paris was mild on Tuesday.",
    "The committee held a long meeting on Tuesday and adjourned without a vote.",
    "Chile's foreign ministry answered with a rude statement the next day.",
])
def test_no_record_without_two_countries(eager, text):
    assert not learned(coded(eager, text))


def test_rule_coded_sentence_is_left_to_the_rules(eager):
    records = coded(eager, "India and China held a flag meeting at the border post on Tuesday.")
    assert records and not learned(records)


@pytest.mark.parametrize("text", [
    "Hungary and Serbia praised the agreement on Monday.",
    "The presidents of Chile and Argentina travelled to Geneva for the conference.",
    "If Kenya imposes tariffs on Ugandan goods, Uganda will respond in kind.",
])
def test_sentence_the_rules_weighed_is_left_to_them(eager, text):
    # the rules found an event word here and dropped it for a reason of their own (a
    # one-way act of two parties, a condition): the model does not overrule them
    assert not learned(coded(eager, text))


def test_off_by_default(coder):
    assert not coded(coder, NO_ANSWER)


def test_switched_off(rules_only):
    assert "learned" in rules_only.stage_names
    assert not coded(rules_only, NO_ANSWER)


def test_model_file_is_checked():
    model = load_model()
    assert model["sha256"] == model_digest(model)
    assert "tune28" in model["trained_on"] and 0 < model["threshold"] < 1
    assert "none" in model["classes"]
    tampered = copy.deepcopy(model)
    tampered["threshold"] = 0.01
    with pytest.raises(ModelError):
        check_model(tampered)
