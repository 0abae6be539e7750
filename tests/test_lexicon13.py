"""Trigger lexicon rows added in session 12 (helper lexicon13), each shown by sentences of
its own (none is a development-set sentence): verbs and objects the lexicon lacked, and
the senses that must not fire."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The Greek minister openly disagreed with his Turkish counterpart on Cyprus.",
                 ("GRC", "TUR", "110"), id="disagreeing_disapproves"),
    pytest.param("The Kenyan president assured Uganda that the pipeline would be finished.",
                 ("KEN", "UGA", "030"), id="assuring_a_party_commits_to_it"),
    pytest.param("Japan reassured Manila that its coast guard would keep helping.",
                 ("JPN", "PHL", "030"), id="reassuring_a_party_commits_to_it"),
    pytest.param("The State Department cautioned Beijing against any move on the strait.",
                 ("USA", "CHN", "130"), id="cautioning_a_party_warns_it"),
    pytest.param("Police in Ankara locked up three Greek fishermen on Tuesday.",
                 ("TUR", "GRC", "173"), id="locking_up_detains"),
    pytest.param("Ghana's auditor general began an audit of the Chinese mining company.",
                 ("GHA", "CHN", "090"), id="an_audit_investigates"),
    pytest.param("Zambian inspectors audited the Chinese-owned railway last month.",
                 ("ZMB", "CHN", "090"), id="auditing_investigates"),
    pytest.param("Canada will intervene in the genocide case against Myanmar.",
                 ("CAN", "MMR", "115"), id="intervening_in_a_case_is_legal_action"),
    pytest.param("Chinese hackers infiltrated the computers of the Philippine foreign "
                 "ministry.",
                 ("CHN", "PHL", "176"), id="breaking_into_computers_is_a_cyberattack"),
    pytest.param("Norway transferred 300 million euros to Ukraine last year.",
                 ("NOR", "UKR", "071"), id="transferring_money_is_economic_aid"),
    pytest.param("Japan will give Vietnam the money in two tranches.",
                 ("JPN", "VNM", "071"), id="giving_money_is_economic_aid"),
    pytest.param("A Russian military aircraft entered Finnish airspace on Friday.",
                 ("RUS", "FIN", "150"), id="entering_airspace_shows_force"),
    pytest.param("Venezuela stepped up naval patrols near Guyana's coast.",
                 ("VEN", "GUY", "150"), id="stepping_up_patrols_shows_force"),
    pytest.param("The General Assembly granted Palestine observer status in 2012.",
                 ("IGO", "PSE", "050"), id="granting_a_status_is_diplomatic_cooperation"),
    pytest.param("Algeria froze trade with Spain in June.",
                 ("DZA", "ESP", "163"), id="freezing_trade_is_an_embargo"),
    pytest.param("Emirates will resume flights to Nigeria next week.",
                 ("ARE", "NGA", "085"), id="resuming_flights_eases_a_flight_ban"),
    pytest.param("Leaders of Japan and the Philippines adopted a joint declaration on "
                 "maritime security.",
                 ("JPN", "PHL", "057"), id="adopting_a_declaration_together_agrees"),
    pytest.param("Estonia shared its findings with Finnish investigators.",
                 ("EST", "FIN", "064"), id="sharing_findings_shares_information"),
    pytest.param("Egypt hosted a round of proximity talks between Sudan and Ethiopia.",
                 ("EGY", "SDN", "045"), id="hosting_proximity_talks_mediates"),
    pytest.param("Qatar hosted indirect talks between Israel and Iran in Doha.",
                 ("QAT", "IRN", "045"), id="hosting_indirect_talks_mediates"),
])
def test_lexicon13_rows(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text)


# Senses the rows must leave alone.
@pytest.mark.parametrize(("text", "unwanted"), [
    pytest.param("The Kenyan president assured on Monday that the pipeline would be finished.",
                 "030", id="assuring_with_no_party_is_no_commitment"),
    pytest.param("The treaty with Finland entered into force on Friday.",
                 "150", id="entering_into_force_is_no_incursion"),
    pytest.param("The Security Council adopted a resolution on Sudan.",
                 "057", id="one_body_adopting_a_text_agrees_with_no_one"),
    pytest.param("Kenya, which hosts the indirect talks between Juba and the rebels, said "
                 "nothing.",
                 "045", id="a_standing_host_role_is_no_event"),
    pytest.param("Egypt hosted the Sudanese president in Cairo.",
                 "045", id="hosting_a_visitor_is_no_mediation"),
    pytest.param("Egypt hosted the talks between Sudan and Ethiopia in Cairo.",
                 "045", id="hosting_direct_talks_receives_the_parties"),
])
def test_lexicon13_rows_do_not_fire(coder, text: str, unwanted: str) -> None:
    assert all(code != unwanted for _, _, code in pairs(coder, text))
