"""Bugs found reviewing session 19's changes (helper review19), each shown by sentences of its
own (none is a development-set sentence):

- the object pronoun's antecedent (lexicon22, extract.pronoun_antecedent) was meant to skip
  the verb's own subject, but compared spaCy tokens with `is`, which never matches (spaCy
  makes a new Token on each access): "after the Pakistani army shut it" took the army for
  the thing shut, and the closure of the crossing was lost;
- an offer or agreement "only supposed" (codes21, withheld_or_supposed) read every
  hypothetical auxiliary of data/modality_cues.tsv, "would" among them, so "said it would
  offer to lift the sanctions" lost its intent (0354), against nonasserted21's convention
  that "would" and "will" tell an intent stated now (HEDGING_MODALS: could, might, may);
- the lawsuit sense of "case" (lexicon22, "*against" anywhere under the noun) fired on the
  fixed phrase "in case of an attack against X";
- the border-check row (lexicon22, check|screen|inspect + "*border" anywhere in the clause)
  took "inspect" from its own row (090), so "inspected the positions along the border" was
  coded as a sanction (163);
- a demand that a state take its forces off the asker's soil (codes21, own_ground_vacated)
  looked for the place left under the verb, its object and its particle, but not under
  "out" read as a preposition, so "asked Turkey to pull its troops out of Syria" (a third
  country) was coded as a demand for withdrawal (106).
"""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes


def triples(coder, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO code) of every record."""
    out = set()
    for r in coded(coder, text):
        for s in codes(r["source"]) or [""]:
            for t in codes(r["target"]) or [""]:
                out.add((s[:3], t[:3], r["cameo"]))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The border crossing with Afghanistan remained closed on Monday after the "
                 "Pakistani army shut it.", ("PAK", "AFG", "163"), id="army_shut_it"),
    pytest.param("The Russian consulate in Gdansk reopened two years after the Polish "
                 "government closed it.", ("POL", "RUS", "161"), id="government_closed_it"),
    pytest.param("The Lithuanian consulate in Minsk was reopened years after the Belarusian "
                 "government shut it.", ("BLR", "LTU", "161"), id="passive_reopened_shut_it"),
])
def test_object_pronoun_is_not_the_verbs_own_subject(coder, text: str,
                                                     expected: tuple[str, str, str]) -> None:
    assert expected in triples(coder, text)


def test_pronoun_antecedent_skips_the_subject() -> None:
    from dyadwatch.events.extract import pronoun_antecedent
    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.repair import fix_model_slips, repair_parse

    doc = load_pipeline()("The embassy stayed shut after the government closed it.")
    fix_model_slips(doc)
    repair_parse(doc)
    verb = next(t for t in doc if t.lower_ == "closed")
    obj = next(t for t in doc if t.lower_ == "it")
    found = pronoun_antecedent(obj, verb)
    assert found is not None and found.lower_ == "embassy"


@pytest.mark.parametrize(("text", "intent", "act"), [
    pytest.param("Ottawa said it would offer to lift the sanctions on Beijing.", "0354", "085",
                 id="would_offer_to_lift"),
    pytest.param("The Canadian government said it would agree to ease the tariffs on Chinese "
                 "steel.", "0354", "085", id="would_agree_to_ease"),
    pytest.param("The Kenyan government said it would offer to resume military aid to "
                 "Somalia.", "0331", "071", id="would_offer_aid"),
])
def test_would_keeps_an_offer_an_intent(coder, text: str, intent: str, act: str) -> None:
    found = {c for _, _, c in triples(coder, text)}
    assert intent in found and act not in found


@pytest.mark.parametrize("text", [
    pytest.param("Moscow will defend Minsk in case of any aggression against Belarus.",
                 id="in_case_of_aggression"),
    pytest.param("Turkey would retaliate in case of any attack against Azerbaijan, Erdogan "
                 "said.", id="in_case_of_attack"),
])
def test_in_case_of_brings_no_lawsuit(coder, text: str) -> None:
    assert not {c for _, _, c in triples(coder, text) if c == "115"}


def test_a_case_against_a_party_is_still_a_lawsuit(coder) -> None:
    text = "Hungary filed a case against the European Commission at the EU Court of Justice."
    assert ("HUN", "IGO", "115") in triples(coder, text)


@pytest.mark.parametrize("text", [
    pytest.param("UN monitors inspected the Israeli positions along the border with Lebanon.",
                 id="monitors_inspected_along_border"),
    pytest.param("Iranian inspectors inspected the damaged Iraqi facilities near the border on "
                 "Monday.", id="inspectors_near_border"),
])
def test_an_inspection_near_a_border_stays_an_inspection(coder, text: str) -> None:
    found = {c for _, _, c in triples(coder, text)}
    assert "090" in found and "163" not in found


@pytest.mark.parametrize("text", [
    pytest.param("Iraq asked Turkey to pull its troops out of Syria.", id="out_of_syria"),
    pytest.param("Kenya has asked Ethiopia to pull its soldiers out of Somalia.",
                 id="out_of_somalia"),
])
def test_pulling_out_of_a_third_country_is_no_demand_for_withdrawal(coder, text: str) -> None:
    assert "106" not in {c for _, _, c in triples(coder, text)}


@pytest.mark.parametrize("text", [
    pytest.param("The Maldives asked India to pull its military personnel out of the "
                 "archipelago.", id="out_of_the_archipelago"),
    pytest.param("Iraq asked Turkey to pull its troops out of Iraq.", id="out_of_iraq"),
])
def test_pulling_out_of_the_askers_soil_is_a_demand_for_withdrawal(coder, text: str) -> None:
    assert "106" in {c for _, _, c in triples(coder, text)}
