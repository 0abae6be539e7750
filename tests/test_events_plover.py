"""Rules added while measuring on the PLOVER gold records (issue 4); the team's own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.pipeline import Coder
from dyadwatch.read.document import Document
from dyadwatch.tables import plover_for

DATA = Path(__file__).parent / "data"


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


# ------------------------------------------------ announced acts, protests, strikes

@pytest.mark.parametrize(("text", "prefix", "source"), [
    # an announced non-act is a refusal (12x)
    ("The Chilean government said it would not meet the strikers' demands.", "12", "CHLGOV"),
    # an act its subject will do unless a demand is met is a threat (13x)
    ("The Kenyan opposition will boycott the elections unless the president resigns.",
     "13", "KENOPP"),
    # a protest by people who hold no office is a demonstration, not a complaint
    ("Students in Caracas protested against the new tuition fees on Monday.", "141", "VENCVL"),
])
def test_domestic_announcements_and_protests(domestic_coder, text, prefix, source):
    found = coded(domestic_coder, text)
    assert any(c.startswith(prefix) and src == source for c, src, _ in found), found




@pytest.mark.parametrize(("text", "cameo"), [
    ("The Peruvian foreign ministry protested to Chile over the arrests.", "114"),
    ("Thousands of Belarusian prisoners began a hunger strike on Monday.", "142"),
])
def test_official_complaints_and_hunger_strikes(domestic_coder, text, cameo):
    found = coded(domestic_coder, text)
    assert any(c == cameo for c, _, _ in found), found


# ------------------------------------------------ actor forms and city names

@pytest.mark.parametrize("text", [
    "Officials of the Kenyan Union of Journalists met on Monday.",  # no US city "Union"
    "The ILO criticised the new labour law.",  # no Philippine city "ILO" (Iloilo)
    "Aid to Africa fell last year.",  # a continent, not a Tunisian town
])
def test_words_that_are_no_city(coder, text):
    state = coder.run(Document(doc_id="d", text=text, pub_date="2024-05-06"))
    assert not [m for m in state.mentions if m.kind == "place"], state.mentions


def test_staged_is_read_as_stage(domestic_coder):
    found = coded(domestic_coder, "Hundreds of Uzbek students staged a rally against the education "
                         "minister in Tashkent.")
    assert any(c == "141" and src == "UZBCVL" for c, src, _ in found), found


# ------------------------------------------------ attacks by an unnamed attacker

def test_domestic_option_places_an_unnamed_attacker(domestic_coder):
    found = coded(domestic_coder, "A roadside bomb near the town of Kandahar killed two "
                                  "Canadian soldiers on Friday.")
    assert ("190", "AFG", "CANMIL") in found, found


def test_interstate_coding_names_no_unnamed_attacker(coder):
    assert coded(coder, "A roadside bomb near the town of Kandahar killed two Canadian "
                        "soldiers on Friday.") == []


def test_an_inferred_attacker_is_not_accused_by_the_speaker(domestic_coder):
    found = coded(domestic_coder, "Police said a bomb killed three Canadian soldiers in "
                                  "Kandahar.")
    assert not any(c.startswith("11") for c, _, _ in found), found


# ------------------------------------------------ people without office

@pytest.mark.parametrize(("text", "source"), [
    ("Islamic fundamentalists staged a hunger strike in Cairo.", "EGYOPP"),
    ("Sudanese refugees protested outside the UN office in Chad.", "SDNCVL"),
])
def test_refugees_and_radicals_are_actors(domestic_coder, text, source):
    found = coded(domestic_coder, text)
    assert any(c.startswith("14") and src == source for c, src, _ in found), found


# ------------------------------------------------ orders, means, light verbs, lexicon rows

# ------------------------------------------------ "X said Y must ...": a demand

def test_a_statement_that_another_party_must_act_is_a_demand(coder):
    found = coded(coder, "The Cuban foreign ministry declared that Washington must drop its "
                         "barriers to Cuban exports.")
    assert ("100", "CUBGOV", "USA") in found, found


def test_a_speaker_saying_he_must_act_demands_nothing(coder):
    assert coded(coder, "The Cuban foreign minister said he must leave early.") == []


# ------------------------------------------------ intended hostile acts, warnings, senses

def test_a_warning_about_a_state_of_affairs_stays_a_comment(domestic_coder):
    found = coded(domestic_coder, "The Egyptian president warned that the economy will shrink.")
    assert not any(c.startswith("13") for c, _, _ in found), found


# ------------------------------------------------ one sentence, one expected event

def rule_cases() -> list[tuple[str, str, tuple[str, str, str]]]:
    lines = (DATA / "plover_rule_cases.tsv").read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")][1:]
    return [(which, text, (cameo, src, tgt)) for which, text, cameo, src, tgt in rows]


@pytest.mark.parametrize(("which", "text", "expected"), rule_cases())
def test_one_sentence_one_event(request, which, text, expected):
    coder = request.getfixturevalue("coder" if which == "interstate" else "domestic_coder")
    assert expected in coded(coder, text)


def test_a_standing_permission_is_no_event(domestic_coder):
    assert coded(domestic_coder, "The law allows companies to hire foreign workers.") == []


def test_not_taking_part_is_no_act(domestic_coder):
    found = coded(domestic_coder, "The Greek opposition did not join in the protest.")
    assert not any(src == "GRCOPP" for _, src, _ in found), found


def test_citizens_placed_in_another_state_keep_their_country(coder):
    found = coded(coder, "Russian citizens in Baku protested against the arrests.")
    assert any(src == "RUSCVL" for _, src, _ in found), found


def test_a_date_after_called_is_no_appeal(coder):
    found = coded(coder, "Putin called Aliyev on Saturday to discuss the crash.")
    assert not any(c.startswith("02") for c, _, _ in found), found


def test_leaving_a_country_unordered_is_no_expulsion(coder):
    assert coded(coder, "The French ambassador left the country on Monday.") == []


def test_a_transitive_participle_stays_passive(coder):
    state = coder.run(Document(doc_id="d", text="The journalists detained in Baku were released.",
                               pub_date="2024-05-06"))
    assert not any(r.source and getattr(r.source, "code", "") == "AZEMED"
                   and r.cameo == "173" for r in state.records)
