"""Review of session 15's changes: each test fails before its fix."""

from __future__ import annotations

import pytest


def _repaired(text: str):
    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.repair import fix_model_slips, repair_parse

    doc = load_pipeline()(text)
    fix_model_slips(doc)
    repair_parse(doc)
    return doc


@pytest.mark.parametrize("text, day, obj, verb", [
    ("Serbia accused on Thursday Pristina of persecution.", "Thursday", "Pristina", "accused"),
    ("Turkey condemned on Tuesday Israel over the raid.", "Tuesday", "Israel", "condemned"),
])
def test_day_read_as_compound_of_the_object_returns_to_on(text, day, obj, verb) -> None:
    # the day the model reads as a compound of the object ("on Thursday Pristina") is the
    # object of "on" again once the name becomes the verb's object
    doc = _repaired(text)
    d = next(t for t in doc if t.text == day)
    o = next(t for t in doc if t.text == obj)
    assert (o.dep_, o.head.text) == ("dobj", verb)
    assert (d.dep_, d.head.lower_) == ("pobj", "on")


@pytest.mark.parametrize("text", [
    "Eritrean troops attacked villages in Northern Ethopia.",
    "Fighting broke out in Southern Ethopia. Eritrea accused Ethopia of provocation.",
])
def test_region_word_before_a_misspelt_country_is_no_given_name(coder, text) -> None:
    from coding_helpers import coded, dyads

    assert any("ETH" in target for _, _, target, _ in dyads(coded(coder, text)))


def test_surname_after_a_given_name_is_still_no_country(coder) -> None:
    from coding_helpers import coded, dyads

    recs = coded(coder, "Kosovo's president Vjosa Osmani met Serbia's envoy. Osmani "
                        "criticised Serbia.")
    assert not any("OMN" in str(d) for d in dyads(recs))


@pytest.mark.parametrize("text, act", [
    ("China condemned the drills, announced sanctions against Taiwan.", "sanctions"),
    ("Russia criticised the decision, announced the expulsion of two Polish diplomats.",
     "expulsion"),
])
def test_an_act_announced_in_a_second_clause_is_no_inverted_speaker(text, act) -> None:
    # "..., announced sanctions": the act announced stays the verb's object; only a speaker
    # after the verb ("..., announced the ministry") is its subject
    doc = _repaired(text)
    noun = next(t for t in doc if t.text == act)
    assert noun.dep_ == "dobj"


def test_own_condemnation_before_an_announced_act_stays_asserted(coder) -> None:
    from coding_helpers import coded, dyads

    got = dyads(coded(coder, "China condemned the drills, announced sanctions against Taiwan."))
    assert ("111", ("CHN",), ("TWN",), "asserted") in got


def test_inverted_speaker_still_reports(coder) -> None:
    doc = _repaired("Police arrested three men near the border, announced the ministry.")
    ministry = next(t for t in doc if t.text == "ministry")
    assert (ministry.dep_, ministry.head.text) == ("nsubj", "announced")


@pytest.mark.parametrize("repeat", [
    "took the same action", "adopted an identical decision", "did similarly",
])
def test_every_repeat_that_repeats_act_knows_is_parsed(coder, repeat) -> None:
    # a sentence with no trigger word is parsed when it holds a repeat phrase: the phrases
    # (data/repeat_phrases.txt) cover what events/sentence.py repeats_act accepts
    from coding_helpers import coded, dyads

    got = dyads(coded(coder, "Poland expelled two Russian diplomats on Monday. "
                             f"Lithuania {repeat} on Tuesday."))
    assert any(src == ("LTU",) for _, src, _, _ in got)


@pytest.mark.parametrize("text, noun, coming", [
    ("More expulsions are planned, officials said.", "expulsions", True),
    ("Further strikes were planned by the Pentagon.", "strikes", False),
])
def test_a_planned_act_with_its_planner_is_no_act_told_as_coming(text, noun, coming) -> None:
    # plans_ahead's docstring: with an agent the planning is an act told of its planner
    from dyadwatch.events.sentence import told_as_coming

    doc = _repaired(text)
    assert told_as_coming(next(t for t in doc if t.text == noun)) is coming


@pytest.mark.parametrize("text", [
    "Which ambassador did they summon? The foreign ministry said it summoned Ambassador "
    "Ali Moussa.",
    "Whose envoy did they expel? Officials said they expelled Ambassador Ali Moussa.",
])
def test_a_pronoun_subject_after_a_countryless_envoy_does_not_recurse(coder, text) -> None:
    from coding_helpers import coded

    coded(coder, text)  # (RecursionError before)


def test_a_state_that_summoned_an_envoy_by_pronoun_is_still_foreign_to_him(coder) -> None:
    from coding_helpers import coded, dyads

    got = dyads(coded(coder, "Egypt's foreign ministry said on Monday that it had summoned "
                             "Ambassador Mariam Ali Moussa over the remarks."))
    assert not any(src == tgt for _, src, tgt, _ in got)
