"""Right trigger, wrong CAMEO code, from error analysis in session 18 (brief codes20), each
rule shown by sentences of its own in several phrasings (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_generalise_s8 import pairs


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Ethiopia rejected the Sudanese government's account, saying the men had died "
                 "in a clash with a militia.", ("ETH", "SDN"), id="rejected_account"),
    pytest.param("The Kremlin has dismissed Finland's version of the incident at the border.",
                 ("RUS", "FIN"), id="dismissed_version"),
    pytest.param("Beijing rejected Manila's version of the collision at the shoal.",
                 ("CHN", "PHL"), id="rejected_version"),
    pytest.param("Kigali refuted Kinshasa's account of the shelling.", ("RWA", "COD"),
                 id="refuted_account"),
])
def test_a_rejected_account_of_oneself_is_a_denial(coder, text: str,
                                                  pair: tuple[str, str]) -> None:
    # another party's account of what one did: rejected as an accusation is, a denial (016),
    # not a refusal (120)
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert (source, target, "016") in found
    assert not any(code.startswith("12") for s, _, code in found if s == source)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The Czech government decided on Tuesday to postpone indefinitely the joint "
                 "intergovernmental consultations with Slovakia.", ("CZE", "SVK"),
                 id="decided_to_postpone_consultations"),
    pytest.param("Hungary postponed the negotiations with Ukraine on minority rights.",
                 ("HUN", "UKR"), id="postponed_negotiations"),
    pytest.param("Algeria has put off the strategic dialogue with France until next year.",
                 ("DZA", "FRA"), id="put_off_dialogue"),
    pytest.param("Egypt deferred the conference with Ethiopia on the dam.", ("EGY", "ETH"),
                 id="deferred_conference"),
])
def test_putting_off_consultations_or_negotiations_reduces_relations(
        coder, text: str, pair: tuple[str, str]) -> None:
    # any diplomatic occasion put off, not only a visit or summit: 161
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert (source, target, "161") in found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("President Joe Biden called Putin a dictator in June.", ("USA", "RUS"),
                 id="called_leader_a_dictator"),
    pytest.param("Milei called the Colombian president a murderer in an interview.",
                 ("ARG", "COL"), id="called_president_a_murderer"),
    pytest.param("Prime Minister Anthony Albanese on Monday called the conduct of a Chinese "
                 "warship \"unsafe and unprofessional\".", ("AUS", "CHN"),
                 id="adjective_on_a_noun_of_the_object_phrase_after_a_date"),
    pytest.param("Accra called Ouagadougou's remarks unworthy of a friendly neighbour.",
                 ("GHA", "BFA"), id="called_remarks_unworthy"),
    pytest.param("In March, the Kremlin spokesman Dmitry Peskov had called the Estonian "
                 "request meritless, which shows again the hostility of Tallinn.",
                 ("RUS", "EST"), id="name_read_as_object_with_compound"),
])
def test_calling_a_party_or_its_act_a_word_of_abuse_criticises_it(
        coder, text: str, pair: tuple[str, str]) -> None:
    # "called X a dictator", "called the conduct unsafe": a naming that criticises (111),
    # not a phone call (041) or a courtesy call read from "on Monday" (040)
    source, target = pair
    found = {(s, t, c) for s, t, c in pairs(coder, text, "2025-11-20")}
    assert any(s == source and t[:3] == target and c[:2] == "11" for s, t, c in found), found
    assert not any(c[:2] == "04" for _, _, c in found)


@pytest.mark.parametrize("text", [
    "Erdogan called Putin on Monday to discuss the grain deal.",
    "Indian Prime Minister Narendra Modi called the Sri Lankan president on Sunday.",
    # (a word of criticism in a clause of its own names nothing the call names)
    "Scholz called the Chinese premier, whom he once described as hostile, on Friday.",
])
def test_a_call_to_a_leader_is_still_a_call(coder, text: str) -> None:
    recs = coded(coder, text, "2025-11-20")
    assert any(r["cameo"][:2] == "04" for r in recs), recs
    assert not any(r["cameo"][:2] == "11" and "called" in str(r["trigger"]) for r in recs)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Dhaka expressed regret over the deaths of the Myanmar fishermen.",
                 ("BGD", "MMR"), id="expressed_regret_over_deaths"),
    pytest.param("Kabul regretted the deaths of the Pakistani soldiers killed at the border.",
                 ("AFG", "PAK"), id="regretted_the_deaths"),
    pytest.param("The Kenyan government voiced deep regret at the killing of two Ugandan "
                 "traders in Busia.", ("KEN", "UGA"), id="voiced_regret_at_killing"),
])
def test_regret_over_deaths_is_sympathy(coder, text: str, pair: tuple[str, str]) -> None:
    # sympathy (018), as condolences are; not criticism (111)
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert (source, target, "018") in found, found
    assert not any(c.startswith("11") for _, _, c in found)


@pytest.mark.parametrize("text", [
    "Tokyo expressed regret over Moscow's decision to expel its diplomats.",
    "Paris regretted the Algerian decision to close the border.",
])
def test_regret_at_another_partys_act_stays_criticism(coder, text: str) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert any(c == "111" for _, _, c in found), found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Turkey asked Greece to conduct a full investigation into the pushbacks.",
                 ("TUR", "GRC"), id="asked_to_conduct_investigation"),
    pytest.param("Beijing urged Islamabad to carry out a full investigation into the bombing.",
                 ("CHN", "PAK"), id="urged_to_carry_out_investigation"),
    pytest.param("Cairo has urged Israel to investigate the killing of an Egyptian soldier.",
                 ("EGY", "ISR"), id="urged_to_investigate"),
    pytest.param("Bangkok may ask Phnom Penh for clarification about the canal project.",
                 ("THA", "KHM"), id="ask_for_clarification"),
    pytest.param("Seoul requested an explanation from Tokyo over the textbook.", ("KOR", "JPN"),
                 id="requested_an_explanation"),
    pytest.param("Warsaw called for an independent inquiry into Minsk's role in the border "
                 "crisis.", ("POL", "BLR"), id="called_for_inquiry"),
])
def test_an_appeal_for_an_investigation_or_explanation_asks_for_information(
        coder, text: str, pair: tuple[str, str]) -> None:
    # CAMEO has no appeal code for an investigation: asking for one asks for information
    # (101), as demanding one does
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert (source, target, "101") in found, found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Moscow called Kyiv to refrain from provocations on the front line.",
                 ("RUS", "UKR"), id="called_to_refrain"),
    pytest.param("Tehran called Baku to withdraw its troops from the border.",
                 ("IRN", "AZE"), id="called_to_withdraw"),
    pytest.param("Algiers called Rabat to end immediately its support to the separatists.",
                 ("DZA", "MAR"), id="called_to_end_support"),
    pytest.param("Beijing called Tokyo to stop the release of the water into the sea.",
                 ("CHN", "JPN"), id="called_to_stop"),
])
def test_called_x_to_stop_is_an_appeal_as_called_on(coder, text: str,
                                                    pair: tuple[str, str]) -> None:
    # translated copy's "called X to stop ..." appeals (02), as "called on X to" does
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert any(s == source and t == target and c[:2] == "02" for s, t, c in found), found
    assert not any(c[:2] == "04" for _, _, c in found), found


def test_a_call_with_a_purpose_is_no_appeal(coder) -> None:
    found = pairs(coder, "Erdogan called Putin on Sunday to discuss the grain deal.",
                  "2025-11-20")
    assert not any(c[:2] == "02" for _, _, c in found), found


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("EU foreign ministers agreed on Monday to impose new sanctions on Belarus.",
                 ("IGO", "BLR", "163"), id="bloc_agreed_to_impose_sanctions"),
    pytest.param("The African Union agreed on Friday to suspend Gabon from all its activities.",
                 ("IGO", "GAB", "161"), id="bloc_agreed_to_suspend_a_member"),
    pytest.param("The Nigerian cabinet agreed to close the border with Benin until further "
                 "notice.", ("NGA", "BEN", "163"), id="cabinet_agreed_to_close_border"),
])
def test_one_party_agreeing_to_a_sanction_decides_it(coder, text: str,
                                                     wanted: tuple[str, str, str]) -> None:
    # as "decided to": the act, asserted, not an intent to cooperate (030)
    source, target, code = wanted
    recs = [r for r in coded(coder, text, "2025-11-20") if r["cameo"][:2] == code[:2]]
    assert recs, pairs(coder, text, "2025-11-20")
    assert recs[0]["modality"] == "asserted"
    assert not any(c.startswith("03") for _, _, c in pairs(coder, text, "2025-11-20"))


def test_two_parties_agreeing_is_still_an_agreement(coder) -> None:
    found = pairs(coder, "Russia and Ukraine agreed on Friday to exchange 300 prisoners.",
                  "2025-11-20")
    assert ("RUS", "UKR", "057") in found, found
