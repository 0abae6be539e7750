"""Actor rules of session 16, round two (actors20), each shown by sentences of its own (none
is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Chad and Niger held border talks in N'Djamena in May. The two sides have yet "
                 "to sign the demarcation treaty.", ("TCD", "NER", "057"),
                 id="two_sides_have_yet_to_sign"),
    pytest.param("Peru's foreign minister met his Bolivian counterpart in La Paz last week. "
                 "Both governments are yet to ratify the water-sharing accord.",
                 ("PER", "BOL", "057"), id="both_governments_are_yet_to_ratify"),
    pytest.param("Serbia and Hungary opened talks on a gas pipeline in March. Both countries "
                 "failed to reach a deal on the route.", ("SRB", "HUN", "057"),
                 id="both_countries_failed_to_reach_a_deal"),
    pytest.param("Kazakhstan and Kyrgyzstan resumed talks on their border last month. The two "
                 "neighbours still have to sign the final protocol, officials said.",
                 ("KAZ", "KGZ", "057"), id="two_neighbours_still_have_to_sign"),
])
def test_a_both_sides_subject_is_the_subject_of_the_verb_it_controls(coder, text,
                                                                     wanted) -> None:
    """"The two sides have yet to sign": the infinitive's subject is the phrase above it,
    read as the pair just named, as it is when the pair is named there."""
    found = pairs(coder, text, "2025-03-14")
    assert wanted in found
    assert (wanted[1], wanted[0], wanted[2]) in found


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Fiji and Tonga held talks in Suva on Monday. The signing of the fisheries "
                 "agreement did not take place as planned.", ("FJI", "TON", "057"),
                 id="signing_did_not_take_place"),
    pytest.param("Norway's foreign minister visited Reykjavik on Tuesday for talks with "
                 "Icelandic leaders. The signing of the new treaty will take place in Oslo "
                 "next month.", ("NOR", "ISL", "057"), id="signing_will_take_place"),
    pytest.param("Ghana and Togo agreed on a maritime boundary in June. The signing of the "
                 "pact went ahead on Friday despite protests by fishermen.",
                 ("GHA", "TGO", "057"), id="signing_went_ahead"),
])
def test_an_agentless_signing_told_as_occurring_is_the_pairs_act(coder, text, wanted) -> None:
    """"The signing of the agreement did not take place": a signing for which nobody is named
    is between the pair just named (or the document's main parties), as a meeting is."""
    found = pairs(coder, text, "2025-03-14")
    assert wanted in found
    assert (wanted[1], wanted[0], wanted[2]) in found


def test_a_signing_with_its_parties_named_keeps_them(coder) -> None:
    found = pairs(coder, "Fiji and Tonga held talks in Suva on Monday. The signing of the "
                  "agreement between Fiji and Samoa took place on Friday.", "2025-03-14")
    assert ("FJI", "TON", "057") not in found


@pytest.mark.parametrize(("text", "unwanted"), [
    pytest.param("Hungary and Sweden held talks on Friday. The two countries did not have to "
                 "agree on everything, Orban said.", ("HUN", "SWE", "057"),
                 id="no_act_in_did_not_have_to"),
    pytest.param("Egypt and Turkey held talks in Cairo. Both presidents urged Israel to halt "
                 "its offensive and to allow aid into Gaza.", ("EGY", "TUR", "086"),
                 id="the_urged_party_acts_not_the_urgers"),
])
def test_only_a_not_yet_done_verb_lends_its_both_sides_subject(coder, text, unwanted) -> None:
    assert unwanted not in pairs(coder, text, "2025-03-14")


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Sudan and South Sudan signed a ceasefire deal in Juba last week. The truce "
                 "took effect on Monday but has been broken several times since.",
                 ("SDN", "SSD", "0871"), id="truce_took_effect"),
    pytest.param("Armenian and Azerbaijani negotiators held talks in Moscow on Friday. The "
                 "ceasefire came into force at midnight.", ("ARM", "AZE", "0871"),
                 id="ceasefire_came_into_force"),
    pytest.param("Thailand and Cambodia held talks in Kuala Lumpur. A ceasefire will take "
                 "place from midnight on Sunday.", ("THA", "KHM", "0871"),
                 id="ceasefire_will_take_place"),
])
def test_an_agentless_accord_told_as_in_force_is_the_pairs_act(coder, text, wanted) -> None:
    """"The truce took effect on Aug. 4": an accord with no party named, told as coming into
    force or taking place, is between the pair just named or the document's main parties."""
    found = pairs(coder, text, "2025-03-14")
    assert wanted in found
    assert (wanted[1], wanted[0], wanted[2]) in found


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    pytest.param("Angolan President Joao Lourenco, the African Union's mediator in the "
                 "conflict, brokered a truce between Congo and Rwanda in July.",
                 ("AGO", "COD", "045"), ("IGO", "COD", "045"), id="head_of_state_as_au_mediator"),
    pytest.param("Maltese Foreign Minister Ian Borg, the OSCE chairman-in-office, visited "
                 "Moscow on Tuesday.", ("MLT", "RUS", "042"), ("IGO", "RUS", "042"),
                 id="foreign_minister_as_osce_chair"),
    pytest.param("Kenyan President William Ruto, the chairman of the East African Community, "
                 "urged Congo on Friday to hold talks with the rebels.",
                 ("KEN", "COD", "026"), ("IGO", "COD", "026"), id="president_as_bloc_chair"),
])
def test_a_titled_state_officer_keeps_the_state_with_an_international_role_in_apposition(
        coder, text, wanted, unwanted) -> None:
    """"Angolan President Joao Lourenco, the African Union's mediator": the text names a
    state office before the name, so the person acts for the state; an untitled person with
    only an international office in apposition still acts for the organisation."""
    found = pairs(coder, text, "2025-03-14")
    assert wanted in found
    assert unwanted not in found


def test_an_untitled_person_with_an_international_office_acts_for_it(coder) -> None:
    found = pairs(coder, "Kenzo Oshima, the United Nations Emergency Relief Coordinator, "
                  "visited Sudan on Monday.", "2025-03-14")
    assert ("IGO", "SDN", "042") in found
