"""Rules found by error analysis in session 13, each shown by sentences of its own (none is
a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_generalise_s8 import pairs


def test_a_warning_names_the_threatened_party_in_its_clause(coder) -> None:
    # the document's main pair is another one: the party threatened comes from the clause
    found = pairs(coder, "Ghana recalled its ambassador from Togo on Monday.\n\n"
                         "Nigeria sent food aid to Niger on Tuesday.\n\n"
                         "Morocco warned that Algeria would pay a heavy price if it armed the "
                         "rebels.", "2025-11-20")
    assert ("MAR", "DZA", "130") in found


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Ghana gave Togo until Friday to release the fishermen.",
                 ("GHA", "TGO", "139"), id="until_a_day_to_act"),
    pytest.param("Poland gave Belarus until the end of the month to reopen the crossing.",
                 ("POL", "BLR", "139"), id="until_the_end_of_the_month"),
    pytest.param("The African Union gave Guinea two weeks to hand over the detained ministers.",
                 ("IGO", "GIN", "139"), id="a_span_of_weeks_for_an_act_the_lexicon_knows_not"),
    pytest.param("Algeria gave the French ambassador until Friday to leave the country.",
                 ("DZA", "FRA", "161"), id="an_envoy_given_until_a_day_to_leave_is_expelled"),
])
def test_a_time_limit_is_an_ultimatum(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text, "2025-11-20")


def test_the_act_an_ultimatum_asks_for_is_not_done(coder) -> None:
    found = pairs(coder, "The African Union gave Mali until Friday to free the soldiers.",
                  "2025-11-20")
    assert ("IGO", "MLI", "139") in found
    assert not any(code.startswith("08") for _, _, code in found)


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The Algerian president refused to rule out military force against Morocco.",
                 ("DZA", "MAR", "138"), id="refused_to_rule_out_force"),
    pytest.param("Spain's foreign minister did not rule out further measures against Argentina.",
                 ("ESP", "ARG", "130"), id="did_not_rule_out_measures"),
    pytest.param("Kenya would not rule out sanctions on Uganda.",
                 ("KEN", "UGA", "1312"), id="would_not_rule_out_sanctions"),
])
def test_an_option_kept_open_is_a_threat_made(coder, text: str,
                                              wanted: tuple[str, str, str]) -> None:
    found = {(r["source"]["code"][:3], (r["target"] or {}).get("code", "")[:3], r["cameo"],
              r["modality"]) for r in coded(coder, text, "2025-11-20")}
    assert (*wanted, "asserted") in found


def test_an_option_ruled_out_is_no_threat(coder) -> None:
    found = pairs(coder, "The Serbian president ruled out sanctions on Russia.\n\n"
                         "Italy declined to exclude Hungary from the talks.", "2025-11-20")
    assert not any(code.startswith("13") for _, _, code in found)


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Turkey vowed to take all necessary measures against Greece.",
                 ("TUR", "GRC", "130"), id="vowed_to_take_measures"),
    pytest.param("Peru pledged to take action against Bolivia.",
                 ("PER", "BOL", "130"), id="pledged_to_take_action"),
])
def test_a_vowed_response_is_a_threat(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text, "2025-11-20")


def test_a_promise_to_take_steps_for_better_ties_is_no_threat(coder) -> None:
    found = pairs(coder, "Kenya promised to take steps to improve relations with Tanzania.",
                  "2025-11-20")
    assert ("KEN", "TZA", "030") in found


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Peru will never accept the Chilean proposal.", ("PER", "CHL", "120"),
                 id="never_accept_a_proposal"),
    pytest.param("Serbia did not accept the Croatian demand.", ("SRB", "HRV", "124"),
                 id="not_accept_a_demand"),
])
def test_not_accepting_what_another_puts_forward_rejects_it(
        coder, text: str, wanted: tuple[str, str, str]) -> None:
    found = {(r["source"]["code"][:3], (r["target"] or {}).get("code", "")[:3], r["cameo"],
              r["modality"]) for r in coded(coder, text, "2025-11-20")}
    assert (*wanted, "asserted") in found


def test_an_offer_not_yet_accepted_and_blame_not_accepted_are_no_rejections(coder) -> None:
    found = pairs(coder, "Kenya has not yet accepted the Ugandan offer.\n\n"
                         "Moscow has not accepted responsibility for the crash in Azerbaijan.",
                  "2025-11-20")
    assert not any(code.startswith("12") for _, _, code in found)


def test_sanctions_lifted_in_part_are_no_new_sanctions(coder) -> None:
    found = pairs(coder, "The European Union lifted some of its sanctions on Belarus.",
                  "2025-11-20")
    assert ("IGO", "BLR", "085") in found
    assert not any(code.startswith("16") for _, _, code in found)


@pytest.mark.parametrize("text", [
    "The Venezuelan foreign minister described the Spanish remarks as rude.",
    "The Venezuelan foreign minister qualified the words of the Spanish minister as insolent.",
    "The Venezuelan foreign minister called the Spanish statement arrogant and "
    "interventionist.",
])
def test_more_words_of_criticism(coder, text: str) -> None:
    assert ("VEN", "ESP", "111") in pairs(coder, text, "2025-11-20")


@pytest.mark.parametrize("text", [
    "The Cypriot president travelled to Beirut with the Greek prime minister on Monday.",
    "The Cypriot president visited Lebanon with the Greek prime minister.",
])
def test_a_companion_on_a_visit_visits_too(coder, text: str) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert {("CYP", "LBN", "042"), ("GRC", "LBN", "042")} <= found
    assert ("CYP", "GRC", "042") not in found


def test_a_visitor_welcomed_in_the_passive_is_hosted(coder) -> None:
    found = pairs(coder, "Macron was welcomed by the British king at Windsor Castle on Tuesday.",
                  "2025-11-20")
    assert ("GBR", "FRA", "043") in found
    assert not any(code.startswith("01") for _, _, code in found)


def test_a_complaint_lodged_with_a_body_is_against_the_party_it_is_about(coder) -> None:
    found = pairs(coder, "Iraq lodged a complaint with the Security Council over the Turkish "
                         "shelling.", "2025-11-20")
    assert ("IRQ", "TUR", "114") in found
