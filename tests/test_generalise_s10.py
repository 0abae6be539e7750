"""Rules found by error analysis in session 10, each shown by sentences of its own (none is
a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes
from test_generalise_s8 import pairs

from dyadwatch.read.document import Document


@pytest.mark.parametrize(("text", "pub", "wanted"), [
    pytest.param("Bangkok said on Friday it remained open to talks with Phnom Penh.",
                 "2025-06-20", ("THA", "KHM", "036"), id="open_to_talks_is_an_intent_to_meet"),
    pytest.param("Ghana said it was open to negotiating with Togo over the fishing grounds.",
                 "2025-06-20", ("GHA", "TGO", "036"), id="open_to_negotiating"),
    pytest.param("Quito said it stayed open to dialogue with Lima.", "2025-06-20",
                 ("ECU", "PER", "036"), id="open_to_dialogue"),
    pytest.param("The Kenyan president held a 40-minute call with the Tanzanian president on "
                 "Monday.", "2025-06-20", ("KEN", "TZA", "041"), id="held_a_call_with"),
    pytest.param("Japan pledged 5 billion yen in grants to Laos on Tuesday.", "2025-06-20",
                 ("JPN", "LAO", "0331"), id="receiver_after_an_in_phrase_of_the_pledge"),
    pytest.param("The African Union lifted most of the sanctions on Gabon in April.",
                 "2025-06-20", ("IGO", "GAB", "085"), id="lifting_most_of_the_sanctions"),
    pytest.param("Minsk said it was pulling its diplomatic staff out of Vilnius on Monday.",
                 "2025-06-20", ("BLR", "LTU", "161"), id="diplomats_pulled_out_downgrade"),
    pytest.param("Bogota has not called its ambassador in Quito for consultations.",
                 "2025-06-20", ("COL", "ECU", "161"),
                 id="own_ambassador_called_for_consultations_is_a_recall"),
    pytest.param("The Indian minister handed over a grant of 40 crore rupees to Sri Lanka on "
                 "Friday.", "2025-06-20", ("IND", "LKA", "071"), id="handing_over_a_grant"),
    pytest.param("Erdogan said he and Aliyev had agreed that their teams would begin talks "
                 "on a gas deal.", "2025-06-20", ("TUR", "AZE", "036"),
                 id="agreed_that_teams_would_begin_talks_is_an_intent_to_meet"),
    pytest.param("In 2023, Ghana recalled its diplomats from Togo, and Togo said it regretted "
                 "the move.", "2025-06-20", ("GHA", "TGO", "161"),
                 id="recalling_diplomats_with_a_clause_after"),
    pytest.param("Bolivia ordered diplomats from five countries, among them Chile and Peru, "
                 "to leave its territory within 72 hours on Monday.", "2025-06-20",
                 ("BOL", "PER", "161"), id="members_listed_after_among_them"),
    pytest.param("Lesotho wrote to Pretoria on Thursday asking for urgent talks.", "2025-06-20",
                 ("LSO", "ZAF", "026"), id="a_participle_of_speech_addresses_the_letter"),
    pytest.param("The Gambia said on Sunday that it was leaving the Commonwealth.", "2025-06-20",
                 ("GMB", "IGO", "161"), id="leaving_a_bloc"),
    pytest.param("In May, India and Pakistan traded missile and drone strikes on each other's "
                 "bases.", "2025-06-20", ("IND", "PAK", "195"), id="traded_strikes_by_air"),
    pytest.param("The Thai and Cambodian armies traded attacks along the frontier on Monday.",
                 "2025-06-20", ("THA", "KHM", "190"), id="traded_attacks"),
    pytest.param("Tanzania sent 300 troops to Mozambique in 2022 at the request of its "
                 "president.", "2025-06-20", ("TZA", "MOZ", "074"), id="troops_sent_to_a_state"),
    pytest.param("Guinea's junta suspended the broadcasting of Radio France Internationale on "
                 "Monday.", "2025-06-20", ("GIN", "FRA", "1721"),
                 id="suspending_a_stations_broadcasting"),
])
def test_session10_rules(coder, text: str, pub: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text, pub)


def test_open_to_talks_is_not_a_meeting_held(coder) -> None:
    found = pairs(coder, "Bangkok said on Friday it remained open to talks with Phnom Penh.",
                  "2025-06-20")
    assert not any(code.startswith("04") for _, _, code in found)


def test_hosting_talks_in_a_main_clause_receives_the_parties(coder) -> None:
    found = pairs(coder, "Turkey hosted the talks between Russia and Ukraine at the palace on "
                         "Monday.", "2025-06-20")
    assert ("TUR", "RUS", "043") in found


def test_presiding_over_a_signing_signs_it(coder) -> None:
    found = pairs(coder, "The Kenyan and Ugandan presidents presided over the signing of five "
                         "agreements in Kampala on Monday.", "2025-06-20")
    assert ("KEN", "UGA", "057") in found


def test_the_verb_open_still_opens_talks(coder) -> None:
    found = pairs(coder, "Ghana opened talks with Togo on Monday.", "2025-06-20")
    assert not any(code.startswith("03") for _, _, code in found)


def test_a_dateline_of_two_places_names_no_actor(coder) -> None:
    # a place in the dateline may hold a country's name ("PORT SUDAN")
    found = pairs(coder, "JUBA / PORT SUDAN - The South Sudanese government expelled two "
                         "Sudanese diplomats on Monday.", "2025-06-20")
    assert found == {("SSD", "SDN", "161")}


@pytest.mark.parametrize("text", [
    pytest.param("The Peruvian foreign ministry recalled that the island's border with Colombia "
                 "was fixed by a treaty in 1922.", id="recalled_that_is_no_recall"),
    pytest.param("Uganda says that it hosts more than a million South Sudanese refugees.",
                 id="hosting_refugees_is_no_visit"),
    pytest.param("Brazilian President Lula had met Paraguayan President Pena several times "
                 "since 2023.", id="meetings_several_times_are_no_one_event"),
    pytest.param("Kenya sent a note to Uganda on Monday, and Uganda's foreign ministry "
                 "confirmed receiving it.", id="receiving_a_note_is_no_reception"),
])
def test_session10_no_events(coder, text: str) -> None:
    assert not pairs(coder, text, "2025-06-20")


def test_hosting_a_summit_as_a_description_receives_nobody(coder) -> None:
    found = pairs(coder, "The presidents of Uganda and Tanzania flew to Nairobi on Sunday. The "
                         "Kenyan president, who hosted the summit in his home town, announced a "
                         "climate fund on Monday.", "2025-06-20")
    assert not any(code == "043" for _, _, code in found)


def test_troops_sent_into_a_state_protect_nobody(coder) -> None:
    found = pairs(coder, "Ethiopia sent troops into Somalia in 2006.", "2025-06-20")
    assert not any(code.startswith("07") for _, _, code in found)


def test_after_a_subject_with_an_apposition_is_a_clause(coder) -> None:
    # the model reads "after a Dutch journalist" as a phrase and "was detained" as a second
    # main clause with no subject; the security service acts where the arrest happens
    found = pairs(coder, "Relations between the two countries worsened after a Dutch "
                         "journalist, Jan Visser, was detained in Minsk last week by the "
                         "security service.", "2025-06-20")
    assert ("BLR", "NLD", "173") in found


@pytest.mark.parametrize(("text", "phrase", "code"), [
    pytest.param("Tanzania banned farm imports from Malawi on Wednesday, a step that would hit "
                 "the landlocked country hard.", "landlocked country", "MWI", id="landlocked"),
    pytest.param("Iran fired missiles at Israel in April, and the Jewish state struck back "
                 "days later.", "Jewish state", "ISR", id="jewish_state"),
])
def test_regional_epithets_refer_back(coder, text: str, phrase: str, code: str) -> None:
    state = coder.run(Document("x", text, pub_date="2025-06-20"))
    assert any(m.text == phrase and m.code == code for m in state.mentions)


def test_an_offensive_stopped_is_no_attack(coder) -> None:
    found = pairs(coder, "Egypt recalled its ambassador from Israel on Monday. Cairo said he "
                         "would return only if Israel stopped its offensive.", "2025-06-20")
    assert not any(code.startswith("19") for _, _, code in found)


def test_that_clause_after_in_a_statement_is_what_was_said() -> None:
    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.repair import fix_model_slips, repair_parse

    doc = load_pipeline()("Manila said in a statement that Beijing had blocked its vessels.")
    fix_model_slips(doc)
    repair_parse(doc)
    blocked = next(t for t in doc if t.lower_ == "blocked")
    assert (blocked.dep_, blocked.head.lower_) == ("ccomp", "said")


def test_a_warning_told_in_a_statement_threatens(coder) -> None:
    found = pairs(coder, "The North Korean leader's sister warned on Sunday in a statement "
                         "carried by state media that Seoul would face a new response if it "
                         "kept up the broadcasts.", "2025-06-20")
    assert ("PRK", "KOR", "130") in found


def test_a_capital_as_a_given_name_after_a_title(coder) -> None:
    state = coder.run(Document("x", "President Santiago Peña met Lula in Brasilia on Monday.",
                               pub_date="2025-06-20"))
    assert not any(m.code == "CHL" for m in state.mentions)
    assert any(m.code == "PRYGOV" for m in state.mentions)


def test_he_is_no_plural_role(coder) -> None:
    records = coded(coder, "Spanish Prime Minister Pedro Sanchez met Lula in Brasilia on "
                           "Monday, and Spanish media reported that he offered 50 million "
                           "euros to Brazil.", "2025-06-20")
    offer = next(r for r in records if r["cameo"].startswith("03"))
    assert codes(offer["source"]) == ["ESPGOV"]


def test_a_second_verb_of_the_subject_stays_coordinated() -> None:
    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.repair import fix_model_slips, repair_parse

    doc = load_pipeline()("Ruto arrived in Beijing after a long flight and was received by Xi "
                          "on Monday.")
    fix_model_slips(doc)
    repair_parse(doc)
    flight = next(t for t in doc if t.lower_ == "flight")
    assert flight.dep_ == "pobj"


def test_its_airspace_is_not_the_violators(coder) -> None:
    found = pairs(coder, "Seoul said a Russian military aircraft violated its airspace on "
                         "Monday.", "2025-06-20")
    assert any(s == "RUS" and t == "KOR" for s, t, _ in found)


def test_a_demand_told_with_a_protest_note_is_the_protest(coder) -> None:
    found = pairs(coder, "Kazakhstan's foreign ministry handed a note to the Russian "
                         "ambassador on Monday, demanding an end to the checks.", "2025-06-20")
    assert ("KAZ", "RUS", "114") in found
    assert not any(code.startswith("10") for _, _, code in found)
