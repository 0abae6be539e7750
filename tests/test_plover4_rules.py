"""Rules from the error analysis on the PLOVER gold records (issue 4), each checked on the
team's own example sentences (never the PLOVER sentences)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes

from dyadwatch.evaluation.plover import distinct_ids, score_plover
from dyadwatch.events.plover_type import plover_of


def plover_types(records: list[dict]) -> set[str]:
    return {r["plover"]["type"] for r in records if r.get("plover")}


# ------------------------------------------------------------ PLOVER type readings

@pytest.mark.parametrize("cameo, lemma, modality, ptype", [
    ("042", "visit", "future", "AGREE"),      # a promised visit is an intention
    ("042", "visit", "asserted", "CONSULT"),  # a visit made stays a consultation
    ("070", "provide", "future", "AGREE"),
    ("057", "agree", "asserted", "AGREE"),    # agreed to a deal
    ("057", "sign", "asserted", "SUPPORT"),   # signed it
    ("0871", "agree", "asserted", "AGREE"),
    ("0871", "declare", "asserted", "RETREAT"),
    ("084", "return", "future", "RETREAT"),   # future RETREAT stays RETREAT (manual)
])
def test_plover_type_follows_the_manuals_readings(cameo, lemma, modality, ptype):
    assert plover_of(cameo, lemma, modality)[0] == ptype


def test_future_cooperation_is_coded_agree(coder):
    records = coded(coder, "The Chilean president will visit Argentina next month.")
    assert "AGREE" in plover_types(records), records


def test_two_states_agreeing_on_a_pact_is_agree(coder):
    records = coded(coder, "Peru and Ecuador agreed on a new fisheries pact on Monday.")
    assert "AGREE" in plover_types(records), records


def test_signing_a_pact_stays_support(coder):
    records = coded(coder, "Peru and Ecuador signed a new fisheries pact on Monday.")
    assert "SUPPORT" in plover_types(records), records


# ------------------------------------------------------------ PLOVER scoring

def test_repeated_record_ids_are_kept_apart():
    records = [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}, {"id": "b", "text": "z"}]
    assert [r["id"] for r in distinct_ids(records)] == ["a", "a#2", "b"]


def test_a_compound_source_with_no_target_reads_as_mutual():
    gold = [{"id": "r", "event": "CONSULT", "text": "t",
             "source": [{"code": "PER"}], "target": [{"code": "CHL"}]}]
    preds = {"r": [{"plover": {"type": "CONSULT"},
                    "source": [{"code": "PERGOV"}, {"code": "CHLGOV"}], "target": None}]}
    verdict = score_plover(gold, preds)["verdicts"][0]
    assert verdict["source_ok"] and verdict["target_ok"], verdict


# ------------------------------------------------------------ whom a protest is aimed at

def protest_targets(records: list[dict]) -> set[str]:
    return {c for r in records if r["root"] == "14" for c in codes(r["target"])}


@pytest.mark.parametrize("text, target", [
    ("Kenyan farmers rioted in protest against the Ugandan army's raids.", "UGAMIL"),
    ("Thousands of Chilean students staged a hunger strike to protest the Bolivian "
     "government's decision.", "BOLGOV"),
    ("Angry Chilean students held rallies against Argentina's president.", "ARGGOV"),
    ("Kenyan teachers blocked roads to press their demands on the Ugandan government.",
     "UGAGOV"),
])
def test_a_protest_is_aimed_at_the_actor_its_phrase_names(domestic_coder, text, target):
    records = coded(domestic_coder, text)
    assert target in protest_targets(records), records


def test_a_protest_place_is_not_its_aim(domestic_coder):
    records = coded(domestic_coder, "Bolivian students rioted in protest in Lima on Monday.")
    assert not protest_targets(records) - {"PER"}, records


# ------------------------------------------------ the source's own forces carry the act

@pytest.mark.parametrize("text, target", [
    ("Syria offered its troops to the Lebanese president.", "LBNGOV"),
    ("France is ready to contribute 2,000 troops to a peacekeeping force in Mali.", "MLI"),
    ("Kenya said it is willing to withdraw its troops from Somalia.", "SOM"),
    ("Britain mobilized army reservists for a possible war against Iraq.", "IRQ"),
    ("The African Union rejected a call for its peacekeeping forces to be deployed in "
     "Sudan.", "SDN"),
])
def test_own_forces_are_no_target_when_a_phrase_names_the_other_party(
        domestic_coder, text, target):
    records = coded(domestic_coder, text)
    assert any(target in codes(r["target"]) for r in records), records


def test_own_forces_stay_the_target_when_no_other_party_is_named(domestic_coder):
    records = coded(domestic_coder, "Peru mobilized its army on Monday.")
    assert any(codes(r["target"]) == ["PERMIL"] for r in records), records


# ------------------------------------------------ the ground an act happens on (domestic)

@pytest.mark.parametrize("text, target", [
    ("The Peruvian government imposed a curfew in Lima on Monday.", "PER"),
    ("Kenya's government lifted the state of emergency in Nairobi.", "KEN"),
    ("President Gustavo Petro threatened to declare a state of emergency in Bogota.", "COL"),
    ("Bolivian miners rioted at a prison in southern Peru.", "PER"),
    ("Israeli troops remained on alert in Gaza.", "PSE"),
])
def test_a_territorial_act_is_done_to_the_state_it_happens_in(domestic_coder, text, target):
    records = coded(domestic_coder, text)
    assert any(codes(r["target"]) == [target] for r in records), records


def test_where_the_actors_come_from_is_not_the_ground(domestic_coder):
    records = coded(domestic_coder, "Protesters in Lima blocked roads on Monday.")
    assert all(not codes(r["target"]) for r in records), records


def test_interstate_coding_takes_no_home_ground(coder):
    records = coded(coder, "The Peruvian government imposed a curfew in Lima on Monday.")
    assert records == [], records


# ------------------------------------------------ labour actions and vows

@pytest.mark.parametrize("text", [
    "Bolivian miners went on strike on Monday.",
    "The Serbian teachers' union called a general strike.",
    "Chilean miners staged a strike in Santiago.",
])
def test_a_workers_strike_is_a_strike_not_an_attack(domestic_coder, text):
    records = coded(domestic_coder, text)
    assert any(r["cameo"] == "143" for r in records), records
    assert not any(r["root"] in ("18", "19") for r in records), records


def test_an_air_strike_is_still_an_attack(coder):
    records = coded(coder, "Israeli jets carried out strikes on Gaza.")
    assert any(r["root"] == "19" for r in records), records


def test_occupational_groups_with_a_country_are_civilians(domestic_coder):
    records = coded(domestic_coder, "Algerian landowners began a hunger strike on Monday.")
    assert any(codes(r["source"]) == ["DZACVL"] for r in records), records


def test_swearing_to_fight_is_a_threat(coder):
    records = coded(coder, "Colombian rebels swore to fight the Venezuelan army.")
    assert any(r["root"] == "13" and codes(r["target"]) == ["VENMIL"] for r in records), records


# ------------------------------------------------ country names misspelt by one letter

@pytest.mark.parametrize("text, source", [
    ("Ethopia has agreed to reopen its border with Kenya.", "ETH"),
    ("The Phillippines military attacked Chinese fishing boats.", "PHLMIL"),
])
def test_a_misspelt_country_name_is_still_the_country(coder, text, source):
    records = coded(coder, text)
    assert any(source in codes(r["source"]) for r in records), records


def test_a_short_name_near_a_country_is_no_country(coder):
    # "Malia" is one letter from "Mali": short words are left alone
    records = coded(coder, "Malia met the Kenyan president in Nairobi.")
    assert not any("MLI" in codes(r["source"]) for r in records), records


# ------------------------------------------------ aims and addressees of nouns

def test_a_protests_aim_wins_over_its_place(domestic_coder):
    records = coded(domestic_coder, "Thousands of people blocked streets in Caracas in defiance "
                                    "of the Venezuelan authorities.")
    assert "VENGOV" in protest_targets(records), records


def has_event(records: list[dict], prefix: str, target: list[str]) -> bool:
    return any(r["cameo"].startswith(prefix) and codes(r["target"]) == target for r in records)


@pytest.mark.parametrize("text, prefix, target", [
    # a demand noun is addressed to the subject of its that-clause
    ("The World Health Organization repeated its demand on Monday that Israel lift the "
     "blockade.", "10", ["ISR"]),
    # a threat is aimed at the party a phrase of its infinitive names
    ("The Taliban threatened to deliver devastating blows to Pakistan.", "13", ["PAK"]),
    # CAMEO 184: holding or using people as human shields
    ("The Chilean army has been holding hundreds of Bolivian civilians as human shields.",
     "184", ["BOLCVL"]),
    # CAMEO 113: appealing for sanctions or condemnation rallies opposition against the
    # party they are aimed at, not the party asked
    ("The Kenyan president called for sanctions against Uganda.", "113", ["UGA"]),
    ("Ukraine urged the European Union to impose sanctions on Russia.", "113", ["RUS"]),
    # a complaint lodged with an international organisation is against the party it is about
    ("Ukraine complained to the UN Security Council about Russian missile strikes.", "11",
     ["RUSMIL"]),
    # a passive's "by" agent that the parser hangs on the noun before it
    ("Bolivian miners were accused of theft by the Chilean police.", "112", ["BOLCVL"]),
    # CAMEO 074: peacekeepers deployed or arriving provide peacekeeping
    ("Kenya deployed 400 peacekeepers to Haiti.", "074", ["HTI"]),
    ("The first NATO peacekeeping troops have arrived in Bosnia.", "074", ["BIH"]),
])
def test_the_act_reaches_the_party_named(coder, text, prefix, target):
    records = coded(coder, text)
    assert has_event(records, prefix, target), records


# ------------------------------------------------ lexicon rows from the CAMEO codebook

@pytest.mark.parametrize("text, code", [
    ("The Chilean army held talks with Bolivia.", "184"),
    ("The Chilean president arrived in Lima.", "074"),
    ("Ukraine urged the European Union to send weapons.", "113"),
])
def test_the_ordinary_sense_stays(coder, text, code):
    records = coded(coder, text)
    assert records and not any(r["cameo"] == code for r in records), records


def test_a_complaint_to_an_organisation_about_nothing_named_stays_with_it(coder):
    records = coded(coder, "Lebanon complained to the United Nations on Tuesday.")
    assert any(codes(r["target"]) == ["IGOUNO"] for r in records), records


def test_war_games_are_military_cooperation(coder):
    records = coded(coder, "Russian and Chinese troops held joint war games near the border.")
    assert any(r["cameo"] == "062" for r in records), records


def test_northern_ireland_is_part_of_the_united_kingdom(coder):
    records = coded(coder, "Irish police arrested two men in Northern Ireland.")
    assert not any("IRL" in codes(r["target"]) for r in records), records


def test_a_place_before_a_comma_is_not_a_listed_modifier(domestic_coder):
    records = coded(domestic_coder, "Three civilians were killed in a bombing in Baghdad, "
                                    "Iraqi police said.")
    assert any(r["root"] == "19" and codes(r["source"]) == ["IRQ"] for r in records), records


def test_listed_adjectives_still_share_their_agent(coder):
    records = coded(coder, "Hungarian, Romanian and Bulgarian officials signed a deal.")
    assert any("ROUGOV" in codes(r["source"]) + codes(r["target"]) for r in records), records


def test_an_organisations_mediator_acts_for_it(coder):
    records = coded(coder, "Colombian rebel leaders said they would meet U.N. mediator "
                           "Diego Cordovez.")
    assert any("IGOUNO" in codes(r["target"]) + codes(r["source"]) for r in records), records
