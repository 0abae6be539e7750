"""Rules added while measuring on the PLOVER gold records (issue 4); the team's own sentences."""

from __future__ import annotations

import pytest

from dyadwatch.config import CoderConfig
from dyadwatch.pipeline import Coder
from dyadwatch.read.document import Document
from dyadwatch.tables import plover_for


@pytest.fixture(scope="module")
def domestic_coder() -> Coder:
    return Coder(CoderConfig(domestic=True))  # the spaCy model is cached: loads once


def one(field) -> str:
    if field is None:
        return "-"
    if isinstance(field, list):
        return "+".join(a.code for a in field)
    return field.code


def coded(coder: Coder, text: str) -> list[tuple[str, str, str]]:
    records = coder.code(Document(doc_id="d", text=text, pub_date="2024-05-06"))
    return [(r.cameo, one(r.source), one(r.target)) for r in records]


# ------------------------------------------------------------ agreeing: intent or joint

def test_one_party_agreeing_to_an_unknown_act_is_an_intent(domestic_coder):
    found = coded(domestic_coder, "The Chilean senate agreed to delay the pension vote "
                                  "until March.")
    assert any(c == "030" and src == "CHLLEG" for c, src, _ in found), found
    assert not any(c == "057" for c, _, _ in found), found


def test_one_party_agreeing_to_an_event_noun_is_refined_by_it(domestic_coder):
    found = coded(domestic_coder, "Prime Minister Mark Rutte of the Netherlands agreed to "
                                  "Norwegian mediation in the fisheries dispute.")
    assert any(c.startswith("03") for c, _, _ in found), found
    assert not any(c == "057" for c, _, _ in found), found


def test_a_with_phrase_that_names_no_party_is_not_a_partner(domestic_coder):
    found = coded(domestic_coder, "The Canadian parliament agreed, with conditions attached, "
                                  "to resume grain exports to Cuba.")
    assert not any(c == "057" for c, _, _ in found), found


def test_two_parties_agreeing_stay_a_joint_agreement(coder):
    found = coded(coder, "Peru and Chile agreed to open a new border crossing.")
    assert any(c == "057" for c, _, _ in found), found


# ------------------------------------------------ domestic coding: acts with no recipient

def test_domestic_option_keeps_a_named_partys_act_with_no_recipient(domestic_coder):
    found = coded(domestic_coder, "The Bolivian government is prepared to lift the curfew.")
    assert ("0351", "BOLGOV", "-") in found, found


def test_interstate_coding_still_needs_a_target(coder):
    found = coded(coder, "The Bolivian government is prepared to lift the curfew.")
    assert found == [], found


# ------------------------------------------------ CAMEO -> PLOVER rows set by the manual

@pytest.mark.parametrize("cameo, ptype", [
    ("0813", "CONCEDE"), ("0814", "CONCEDE"), ("0831", "RETREAT"), ("163", "SANCTION"),
])
def test_plover_types_follow_the_plover_manual(cameo, ptype):
    assert plover_for(cameo)[0] == ptype


# ------------------------------------------------ announced acts: refusals and threats

def test_an_announced_non_act_is_a_refusal(domestic_coder):
    found = coded(domestic_coder, "The Chilean government said it would not meet the "
                                  "strikers' demands.")
    assert any(c.startswith("12") and src == "CHLGOV" for c, src, _ in found), found


def test_an_announced_boycott_threatens_dissent(coder):
    found = coded(coder, "Argentina said it would boycott all trade talks with Uruguay.")
    assert ("133", "ARG", "URY") in found, found


def test_a_boycott_unless_a_demand_is_met_is_a_threat(domestic_coder):
    found = coded(domestic_coder, "The Kenyan opposition will boycott the elections unless "
                                  "the president resigns.")
    assert any(c.startswith("13") and src == "KENOPP" for c, src, _ in found), found


def test_withdrawing_observers_is_withdrawing_involvement(coder):
    found = coded(coder, "Finland withdrew its observers from Georgia on Monday.")
    assert ("1662", "FIN", "GEO") in found, found


# ------------------------------------------------ protests by people and hunger strikes

def test_a_protest_by_people_without_office_is_a_demonstration(domestic_coder):
    found = coded(domestic_coder, "Students in Caracas protested against the new tuition "
                                  "fees on Monday.")
    assert any(c == "141" and src == "VENCVL" for c, src, _ in found), found


def test_an_official_protest_stays_a_complaint(coder):
    found = coded(coder, "The Peruvian foreign ministry protested to Chile over the arrests.")
    assert any(c == "114" for c, _, _ in found), found


def test_a_hunger_strike_is_coded_as_such(coder):
    found = coded(coder, "Thousands of Belarusian prisoners began a hunger strike on Monday.")
    assert any(c == "142" for c, _, _ in found), found
