"""Rules found by error analysis in session 15, each shown by sentences of its own (none is
a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_generalise_s8 import pairs


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The Burundian prime minister accused on Monday Kigali of provocations.",
                 ("BDI", "RWA", "11"), id="name_read_as_part_of_the_day"),
    pytest.param("The Ghanaian foreign ministry summoned on Sunday Britain's ambassador.",
                 ("GHA", "GBR", "11"), id="object_read_as_second_object_of_on"),
    pytest.param("The Ghanaian foreign minister, Samuel Ablakwa, condemned on Tuesday the "
                 "decision of Togo.", ("GHA", "TGO", "11"), id="officeholder_in_apposition"),
    pytest.param("The head of the Ghanaian diplomacy, Samuel Ablakwa, accused on Wednesday "
                 "Lome of smuggling.", ("GHA", "TGO", "11"), id="apposition_and_name_object"),
])
def test_the_day_before_the_object_keeps_the_act(coder, text: str,
                                                 wanted: tuple[str, str, str]) -> None:
    # translated word order: "VERB on DAY OBJECT", also after "Title, Name,"
    found = {(s, t, code[:2]) for s, t, code in pairs(coder, text, "2025-11-20")}
    assert wanted in found


def test_a_day_inside_a_name_stays_a_name(coder) -> None:
    found = pairs(coder, "The Ghanaian president spoke on Monday Night Football about Togo.",
                  "2025-11-20")
    assert not any(code.startswith("11") for _, _, code in found)


@pytest.mark.parametrize("text", [
    "Ghana announced the withdrawal of its ambassador to Togo.",
    "Ghana ordered the withdrawal of its ambassador in Togo.",
    "The Ghanaian government decided the withdrawal with immediate effect of its ambassador "
    "in Togo.",
])
def test_the_withdrawal_of_an_ambassador_recalls_him(coder, text: str) -> None:
    assert ("GHA", "TGO", "161") in pairs(coder, text, "2025-11-20")


def test_the_withdrawal_of_troops_stays_a_retreat(coder) -> None:
    found = pairs(coder, "Ghana announced the withdrawal of its troops from Togo.", "2025-11-20")
    assert not any(code == "161" for _, _, code in found)


def test_a_part_of_the_day_stays_with_the_day(coder) -> None:
    found = pairs(coder, "The Ghanaian president flew to Lome on Sunday evening.", "2025-11-20")
    assert ("GHA", "TGO", "042") in found


@pytest.mark.parametrize("text", [
    "A Minsk court handed the Lithuanian man a prison sentence of eight years on Monday.",
    "A court in Minsk gave a Lithuanian tourist a ten-year sentence for espionage.",
    "The Lithuanian businessman was handed a six-year sentence by a Belarusian court.",
    "A Belarusian court meted out a 12-year prison term to the Lithuanian journalist.",
])
def test_a_sentence_handed_down_finds_guilty(coder, text: str) -> None:
    assert any((s, t, code) == ("BLR", "LTU", "116")
               for s, t, code in pairs(coder, text, "2025-11-20"))


def test_handing_over_a_list_is_no_sentence(coder) -> None:
    found = pairs(coder, "The Belarusian authorities gave the Lithuanian embassy a list of "
                  "prisoners.", "2025-11-20")
    assert not any(code == "116" for _, _, code in found)


def test_our_chancellery_is_the_dateline_states_government(coder) -> None:
    text = ("LIMA, 3 of March -- Peru and Chile argued over fishing.\n\n"
            "Our Chancellery qualified the decision of Santiago as \"unacceptable\".")
    assert ("PER", "CHL", "111") in pairs(coder, text, "2025-03-03")


def test_a_past_form_tagged_as_adjective_after_a_title_is_the_verb(coder) -> None:
    text = ("The President of Peru, Dina Boluarte, qualified on Friday the decision of Chile "
            "as \"unacceptable\".")
    assert ("PER", "CHL", "111") in pairs(coder, text, "2025-03-03")


def test_a_surname_one_letter_from_a_country_is_a_name(coder) -> None:
    # "Osmani" is one letter from "Omani": named with a given name, it is a person
    found = pairs(coder, "Kosovo President Vjosa Osmani condemned Serbia. Osmani also accused "
                  "Belgrade of lying.", "2023-06-16")
    assert not any("OMN" in (s, t) for s, t, _ in found)
    assert ("XKX", "SRB", "112") in found


@pytest.mark.parametrize("text", [
    "The Bolivian government notified the ambassador of Peru that she must leave the country.",
    "The Bolivian foreign ministry informed the Peruvian envoy that he must leave Bolivia.",
])
def test_he_or_she_is_the_person_told_not_the_body_telling(coder, text: str) -> None:
    assert ("BOL", "PER", "161") in pairs(coder, text, "2025-11-20")


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Hungary closed its border with Serbia on Monday. Croatia did the same a day "
                 "later.", ("HRV", "SRB", "163"), id="did_the_same_in_the_next_sentence"),
    pytest.param("Finland expelled a Russian diplomat. Sweden adopted a similar measure on "
                 "Friday.", ("SWE", "RUS", "161"), id="adopted_a_similar_measure"),
    pytest.param("Morocco recalled its ambassador to Sweden on Monday. Morocco had taken the "
                 "same measure in 2021 against Germany.", ("MAR", "DEU", "161"),
                 id="the_same_measure_against_someone_new"),
])
def test_an_act_repeated_by_likeness_is_that_act(coder, text: str,
                                                 wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text, "2025-11-20")


def test_the_same_party_repeating_with_no_one_new_is_no_new_act(coder) -> None:
    found = pairs(coder, "Morocco recalled its ambassador to Sweden. Morocco did the same "
                  "in 2021.", "2025-11-20")
    assert found == {("MAR", "SWE", "161")}


def test_a_loose_match_to_someone_out_of_office_is_another_person(coder) -> None:
    # "Ali Moussa" is spelled like a Phoenix-listed Omani minister of 2003-2015, a surname
    # the lists trust only after a title; an ambassador of 2023 is someone else
    found = pairs(coder, "Germany summoned Ambassador Ali Moussa on Tuesday over the expulsion.",
                  "2023-04-12")
    assert not any("OMN" in (s, t) for s, t, _ in found)


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("ACCRA, June 3 (Reuters) - Police arrested two Togolese opposition activists "
                 "on Wednesday. Ghana and Togo have quarrelled for months.",
                 ("GHA", "TGO", "173"), id="dateline_with_agency_credit"),
    pytest.param("ACCRA, 3 June -- Members of the gendarmerie arrested on Wednesday three armed "
                 "members of the Togolese police near the border, announced the ministry. Ghana "
                 "and Togo have quarrelled for months.", ("GHA", "TGO", "173"),
                 id="inverted_reporting_verb"),
])
def test_countryless_forces_of_a_datelined_story_are_its_states(coder, text: str,
                                                                wanted: tuple[str, str, str]
                                                                ) -> None:
    found = {(s, t, code) for s, t, code in pairs(coder, text, "2025-06-04")}
    assert wanted in found


def test_a_story_filed_from_an_organisations_seat_is_not_about_its_host(coder) -> None:
    found = pairs(coder, "ADDIS ABABA, Aug 31 (Reuters) - The African Union suspended Gabon "
                  "on Thursday, a day after soldiers seized power.", "2023-08-31")
    assert not any("ETH" in (s, t) for s, t, _ in found)


def test_the_ministry_of_the_dateline_state_tells_its_own_act(coder) -> None:
    records = coded(coder, "ACCRA, 3 June -- Members of the gendarmerie arrested on Wednesday "
                    "three members of the Togolese police, announced the ministry. Ghana and "
                    "Togo have quarrelled for months.", "2025-06-04")
    assert [r["modality"] for r in records if r["cameo"] == "173"] == ["asserted"]


def test_korea_alone_is_south_korea_not_a_name(coder) -> None:
    # "Korea" folded to the name "Correa" (an Ecuadorian officeholder) before it was a name
    found = pairs(coder, "Korea and Japan agreed on Monday to resume talks.", "2025-07-17")
    assert ("KOR", "JPN", "036") in found
    assert not any("ECU" in (s, t) for s, t, _ in found)


@pytest.mark.parametrize("text", [
    "The United States held back financing for the Zambian government on Monday.",
    "Washington is holding back a loan to Zambia.",
])
def test_holding_back_money_reduces_aid(coder, text: str) -> None:
    found = {(s, t, code[:3]) for s, t, code in pairs(coder, text, "2025-06-04")}
    assert ("USA", "ZMB", "162") in found


def test_holding_back_a_crowd_is_no_aid(coder) -> None:
    found = pairs(coder, "Zambian police held back the crowd near the US embassy.", "2025-06-04")
    assert not any(code.startswith("162") for _, _, code in found)
