"""Right trigger, wrong CAMEO code, from error analysis in session 17 (brief codes19), each
rule shown by sentences of its own in several phrasings (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The Turkish foreign minister urged Athens on Tuesday to avoid any escalation "
                 "in the Aegean.", ("TUR", "GRC"), id="urged_to_avoid_escalation"),
    pytest.param("Beijing called on Manila to avoid steps that could raise tensions at the "
                 "shoal.", ("CHN", "PHL"), id="called_on_to_avoid_steps_raising_tensions"),
    pytest.param("Germany has asked Serbia to reduce tensions with Kosovo.", ("DEU", "SRB"),
                 id="asked_to_reduce_tensions"),
    pytest.param("The Arab League urged Israel to take urgent steps to prevent a wider "
                 "escalation.", ("IGOARL", "ISR"), id="urged_to_take_steps_to_prevent"),
    pytest.param("Qatar is urging Iran to ease tensions with its Gulf neighbours, diplomats "
                 "said.", ("QAT", "IRN"), id="urging_to_ease_tensions"),
])
def test_an_appeal_to_avoid_escalation_is_an_appeal_to_de_escalate(coder, text: str,
                                                                   pair: tuple[str, str]) -> None:
    # avoiding or preventing an escalation, easing tensions: the act asked is a
    # de-escalation (087), so the appeal is 0256, as an appeal for restraint is
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert (source[:3], target, "0256") in found


def test_an_escalation_avoided_by_itself_is_no_event(coder) -> None:
    # only an act asked, promised or decided: "avoided escalation" reports no de-escalation
    found = pairs(coder, "Both India and Pakistan avoided an escalation after the strikes.",
                  "2025-11-20")
    assert not any(code.startswith("087") for _, _, code in found)


def test_an_obligation_to_avoid_escalation_is_no_act_of_the_parties(coder) -> None:
    # "both sides must avoid escalation" with no one who asks it: the two sides do nothing
    # to each other (no de-escalation coded between them)
    found = pairs(coder, "Armenia and Azerbaijan must avoid any escalation, the envoy said.",
                  "2025-11-20")
    assert not any(s in ("ARM", "AZE") and code.startswith("08") for s, _, code in found)


@pytest.mark.parametrize(("text", "pair", "code"), [
    pytest.param("The United Nations called on Kabul to take measures to release the detained "
                 "British couple.", ("IGOUNO", "AFG"), "0253", id="take_measures_to_release"),
    pytest.param("Washington urged Caracas to take concrete steps to free the jailed "
                 "Americans.", ("USA", "VEN"), "0253", id="take_steps_to_free"),
])
def test_steps_taken_pass_on_their_purpose(coder, text: str, pair: tuple[str, str],
                                           code: str) -> None:
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert (source[:3], target, code) in found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Ankara ended the 2016 migration deal with the European Union on Monday.",
                 ("TUR", "IGO"), id="ended_the_deal"),
    pytest.param("Moscow suspended parts of the grain accord with Ukraine on Tuesday.",
                 ("RUS", "UKR"), id="suspended_parts_of_the_accord"),
    pytest.param("Lima said it will end its police cooperation agreement with Bolivia.",
                 ("PER", "BOL"), id="will_end_its_cooperation_agreement"),
    pytest.param("Seoul suspended the implementation of the 2018 memorandum with Pyongyang.",
                 ("KOR", "PRK"), id="suspended_the_implementation_of"),
    pytest.param("Niamey cancelled its defence pact with Paris on Friday.", ("NER", "FRA"),
                 id="cancelled_the_pact"),
])
def test_ending_or_suspending_an_agreement_is_a_sanction(coder, text: str,
                                                        pair: tuple[str, str]) -> None:
    # ending a defence pact, scrapping a treaty (ANNOTATION): 163, not 160 or 164
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert any(s == source and t[:3] == target and code == "163" for s, t, code in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Mexico's president has postponed accepting the credentials of the new "
                 "Peruvian ambassador.", ("MEX", "PER"), id="postponed_accepting"),
    pytest.param("Bolivia's president put off receiving the credentials of Argentina's new "
                 "envoy on Monday.", ("BOL", "ARG"), id="put_off_receiving"),
    pytest.param("Chile delayed the presentation of credentials by Israel's envoy.",
                 ("CHL", "ISR"), id="delayed_the_presentation"),
])
def test_a_postponed_credentials_ceremony_reduces_relations(coder, text: str,
                                                           pair: tuple[str, str]) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert (*pair, "161") in found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Hungary dismissed the European Commission's description of its government as "
                 "an autocracy.", ("HUN", "IGO"), id="dismissed_description"),
    pytest.param("Caracas rejected Guyana's description of the patrol as an incursion.",
                 ("VEN", "GUY"), id="rejected_description"),
    pytest.param("Quito rejected the statements of the Colombian president, who accused "
                 "Ecuador of harbouring rebels.", ("ECU", "COL"), id="statements_that_accuse"),
    pytest.param("Moscow rejected a ruling by a Dutch court that held Russia responsible for "
                 "the downing.", ("RUS", "NLD"), id="ruling_holding_responsible"),
])
def test_rejecting_criticism_of_oneself_is_a_denial(coder, text: str,
                                                   pair: tuple[str, str]) -> None:
    # rejecting an accusation about oneself is 016 (ANNOTATION, tune4); a description of
    # oneself and a statement or ruling that accuses are rejected alike (not 120)
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert any(s == source and t[:3] == target and code == "016" for s, t, code in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Iran vowed a harsh response to Israel on Sunday.", ("IRN", "ISR"),
                 id="vowed_a_response"),
    pytest.param("Tehran promised a crushing response to any attack by Washington.",
                 ("IRN", "USA"), id="promised_a_response"),
    pytest.param("Moscow pledged swift retaliation against Lithuania over the transit ban.",
                 ("RUS", "LTU"), id="pledged_retaliation"),
])
def test_a_vowed_response_threatens(coder, text: str, pair: tuple[str, str]) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert (*pair, "130") in found
    assert not any(code.startswith("03") for _, _, code in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The foreign ministers of Rwanda and Burundi met in Nairobi on Saturday.",
                 ("RWA", "BDI"), id="met_in_a_third_capital"),
    pytest.param("President Biden met Chinese President Xi Jinping in Rio de Janeiro on Monday.",
                 ("USA", "CHN"), id="met_in_rio"),
    pytest.param("Iranian and American negotiators held talks in Muscat on Saturday.",
                 ("IRN", "USA"), id="held_talks_in_muscat"),
    pytest.param("The Indian and Chinese leaders met on the sidelines of the BRICS summit in "
                 "Johannesburg on Wednesday.", ("IND", "CHN"), id="sidelines_of_a_summit_in"),
    pytest.param("Erdogan held talks with Putin at the Shanghai Cooperation Organisation "
                 "summit in Astana.", ("TUR", "RUS"), id="talks_at_a_summit_in"),
])
def test_a_meeting_in_a_third_state_is_044(coder, text: str, pair: tuple[str, str]) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert (*pair, "044") in found
    assert (pair[1], pair[0], "044") in found


@pytest.mark.parametrize("text", [
    pytest.param("Putin met Aliyev in Moscow on Friday.", id="in_one_partys_capital"),
    pytest.param("NATO's secretary general met Zelenskiy in Brussels.", id="at_an_igos_seat"),
])
def test_a_meeting_at_home_or_at_an_igos_seat_stays_040(coder, text: str) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert not any(code == "044" for _, _, code in found)
    assert any(code == "040" for _, _, code in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Turkey threatened to use military force against the Kurdish militia in Syria.",
                 ("TUR", "SYR"), id="threatened_to_use_military_force"),
    pytest.param("Caracas has threatened to use force against Guyana.", ("VEN", "GUY"),
                 id="has_threatened_to_use_force"),
    pytest.param("ECOWAS threatened the use of force against the junta in Niger.",
                 ("IGO", "NER"), id="threatened_the_use_of_force"),
])
def test_a_threat_to_use_force_is_a_military_threat(coder, text: str,
                                                   pair: tuple[str, str]) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert any(s == pair[0] and t == pair[1] and code == "138" for s, t, code in found)


def test_a_use_of_force_deplored_is_no_attack(coder) -> None:
    found = pairs(coder, "The court said it was concerned by Russia's use of force against "
                  "Ukraine.", "2025-11-20")
    assert not any(code.startswith("19") for _, _, code in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The World Bank suspended new lending to Uganda in August.", ("IGO", "UGA"),
                 id="suspended_lending"),
    pytest.param("Paris suspended its development aid and budget support to Niger on Saturday.",
                 ("FRA", "NER"), id="suspended_development_aid"),
    pytest.param("Officials feared that Beijing could hold back new financing for Sri Lanka.",
                 ("CHN", "LKA"), id="hold_back_financing"),
    pytest.param("Washington froze its funding of infrastructure projects in Honduras.",
                 ("USA", "HND"), id="froze_funding"),
])
def test_economic_assistance_stopped_is_1621(coder, text: str, pair: tuple[str, str]) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert any(s == pair[0] and t == pair[1] and code == "1621" for s, t, code in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Brussels will maintain its sanctions on Belarus, the commissioner said.",
                 ("IGO", "BLR"), id="will_maintain_sanctions"),
    pytest.param("Washington kept its embargo on Cuba in place.", ("USA", "CUB"),
                 id="kept_embargo_in_place"),
    pytest.param("ECOWAS has so far refused to lift the measures against Guinea.",
                 ("IGO", "GIN"), id="refused_to_lift_the_measures"),
    pytest.param("London declined to remove the countermeasures against Moscow.", ("GBR", "RUS"),
                 id="declined_to_remove_countermeasures"),
])
def test_keeping_sanctions_refuses_to_ease_them(coder, text: str, pair: tuple[str, str]) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert any(s == pair[0] and t == pair[1] and code == "1244" for s, t, code in found)


def test_measures_lifted_ease_sanctions(coder) -> None:
    found = pairs(coder, "Beijing lifted the measures against Australian wine on Friday.",
                  "2025-11-20")
    assert ("CHN", "AUS", "085") in found

