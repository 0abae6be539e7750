"""Rules found by error analysis in session 12, each shown by sentences of its own (none is
a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_generalise_s8 import pairs


# Each rule of session 12 shown by a sentence of its own: (source country, target country,
# CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The Chilean president wrote on X that Argentina's meddling in the election "
                 "was unacceptable.", ("CHL", "ARG", "111"),
                 id="writing_that_an_act_is_unacceptable_criticises"),
    pytest.param("Kenya's foreign ministry said it was astonished by the Ugandan statement.",
                 ("KEN", "UGA", "111"), id="astonished_by_a_statement"),
    pytest.param("Ecuador said it was outraged by the Mexican decision on Tuesday.",
                 ("ECU", "MEX", "111"), id="outraged_by_a_decision"),
    pytest.param("Chad will send troops to Maiduguri next month to fight the insurgents.",
                 ("TCD", "NGA", "074"), id="troops_sent_to_a_city_go_to_its_state"),
    pytest.param("Qatar sent food and medicine to Benghazi on Sunday.",
                 ("QAT", "LBY", "073"), id="aid_sent_to_a_city_goes_to_its_state"),
    pytest.param("Serbia's foreign minister told the Croatian ambassador on Monday that a "
                 "compromise acceptable to both countries could always be found.",
                 ("SRB", "HRV", "013"),
                 id="a_hoped_for_compromise_is_an_optimistic_comment"),
    pytest.param("Chile's ambassador to Argentina was recalled for consultations on Monday.",
                 ("CHL", "ARG", "161"), id="an_envoy_recalled_is_recalled_by_his_own_state"),
    pytest.param("Ghana said its envoy in Lome was called back to Accra on Monday.",
                 ("GHA", "TGO", "161"), id="an_envoy_called_back_from_where_he_serves"),
])
def test_session12_rules(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text, "2025-11-20")


def test_writing_a_letter_is_no_statement(statements_coder) -> None:
    found = pairs(statements_coder,
                  "The Chilean president wrote a letter to the Argentine president.",
                  "2025-11-20")
    assert not any(code == "010" for _, _, code in found)


def test_an_incursion_is_the_entry_told_before(coder) -> None:
    found = pairs(coder, "A Venezuelan warship entered Guyanese waters on Monday.\n\n"
                         "Brazil's foreign minister met Guyanese officials in Georgetown on "
                         "Tuesday.\n\n"
                         "Guyana's President described the incursion as a serious threat and a "
                         "clear violation of international law.", "2025-11-20")
    assert ("GUY", "VEN", "111") in found
    assert ("GUY", "BRA", "111") not in found


def test_a_condemned_act_is_the_one_its_noun_tells(coder) -> None:
    # the seizure, not the recall that answered it, is what Japan condemned
    found = pairs(coder, "Chinese coast guard ships seized a Philippine supply boat on Monday.\n\n"
                         "Manila recalled its ambassador from Beijing on Tuesday.\n\n"
                         "Japan condemned the seizure on Wednesday.", "2025-11-20")
    assert ("JPN", "CHN", "111") in found
    assert ("JPN", "PHL", "111") not in found


def test_a_counted_group_is_the_members_named_before(coder) -> None:
    found = pairs(coder, "The European Union invited Estonia and Latvia to a summit on Monday.\n\n"
                         "Poland signed energy agreements with the two Baltic states on Friday.",
                  "2025-11-20")
    assert ("POL", "EST", "057") in found and ("POL", "LVA", "057") in found
    assert ("POL", "LTU", "057") not in found


def test_a_time_clause_around_an_accusation_is_the_texts_own(coder) -> None:
    records = coded(coder, "Israel accused Spain of rewarding terrorism after Madrid "
                           "recognised a Palestinian state on Tuesday.", "2024-05-29")
    recognition = [r for r in records if r["cameo"] == "054"]
    assert recognition and recognition[0]["modality"] == "asserted"


def test_a_plain_statement_is_emitted_only_when_asked(coder, statements_coder) -> None:
    # CAMEO 010 ("said ..." to a named party, nothing coded in it): no record by default
    text = "Japan's foreign minister told China's ambassador that the weather was mild."
    assert not any(code == "010" for _, _, code in pairs(coder, text, "2025-11-20"))
    assert ("JPN", "CHN", "010") in pairs(statements_coder, text, "2025-11-20")


def test_the_council_a_speaker_addresses_is_the_body_named_before(coder) -> None:
    found = pairs(coder, "The U.N. Security Council met on Friday to discuss Sudan.\n\n"
                         "Egypt's envoy told the council that the draft was unacceptable.",
                  "2025-11-20")
    assert ("EGY", "IGO", "111") in found


def test_a_denied_solution_is_no_optimism(coder) -> None:
    found = pairs(coder, "Serbia's foreign minister told the Croatian ambassador that no "
                         "solution could be found.", "2025-11-20")
    assert not any(code == "013" for _, _, code in found)


def test_a_partner_of_another_clause_is_still_a_side(coder) -> None:
    found = pairs(coder, "Kenyan President Ruto met Ethiopian Prime Minister Abiy in Nairobi on "
                         "Monday.\n\nThe two leaders agreed to raise trade, and Ruto "
                         "said Nairobi was ready to cooperate with Addis Ababa on power.",
                  "2025-11-20")
    assert ("KEN", "ETH", "0311") in found and ("ETH", "KEN", "0311") in found


def test_a_demand_after_a_judged_act_is_the_speakers(coder) -> None:
    found = pairs(coder, "Eritrea detained three Ethiopian truck drivers on Monday.\n\n"
                         "Addis Ababa said the detentions violated the border accord and "
                         "demanded the immediate release of the drivers.", "2025-11-20")
    assert ("ETH", "ERI", "105") in {(a, b, c[:3]) for a, b, c in found}


def test_figures_of_speech_are_no_offers_and_no_violence(coder) -> None:
    no_evidence = pairs(coder, "The Cuban president said the ship carried weapons for "
                               "Venezuela, but he offered no evidence.", "2025-11-20")
    refunds = pairs(coder, "Several Thai airlines offered free refunds on flights to Cambodia.",
                    "2025-11-20")
    assert not no_evidence and not refunds
    # wounded dignity, said of another party's words, criticises them
    wounded = pairs(coder, "Ecuador's foreign ministry said Mexico's remarks wounded the "
                           "dignity of Ecuador's president.", "2025-11-20")
    assert ("ECU", "MEX", "111") in wounded
    assert not any(code.startswith("19") for _, _, code in wounded)
