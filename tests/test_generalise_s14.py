"""Rules found by error analysis in session 14, each shown by sentences of its own (none is
a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_generalise_s8 import pairs


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The junta expelled on Tuesday the Danish ambassador.",
                 ("BFA", "DNK", "16"), id="participle_read_as_reduced_relative"),
    pytest.param("The Burkinabe foreign minister condemned on Friday the decision of Denmark.",
                 ("BFA", "DNK", "11"), id="criticism_with_day_before_object"),
    pytest.param("The Burkinabe government summoned on Monday the Danish ambassador.",
                 ("BFA", "DNK", "11"), id="object_read_as_bare_phrase"),
    pytest.param("The Burkinabe prime minister accused on Thursday the Danish authorities of "
                 "spying.", ("BFA", "DNK", "11"), id="accusation_with_day_before_object"),
])
def test_the_day_before_the_object_keeps_the_act(coder, text: str,
                                                 wanted: tuple[str, str, str]) -> None:
    # translated word order: "VERB on DAY the OBJECT"
    found = {(s, t, code[:2]) for s, t, code in pairs(coder, "Burkina Faso's junta fell out "
                                                      "with Denmark.\n\n" + text, "2025-11-20")}
    assert wanted in found


def test_a_participle_of_a_giving_verb_stays_a_reduced_relative(coder) -> None:
    found = pairs(coder, "The Danish diplomats given a week to leave Burkina Faso.", "2025-11-20")
    assert not any(s == "DNK" for s, _, _ in found)


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Saudi Arabia beheaded a Sri Lankan maid on Wednesday. Colombo called the "
                 "beheading a barbaric act.", ("LKA", "SAU", "111"), id="gerund_with_article"),
    pytest.param("Belarus hanged a Polish national on Friday. Warsaw called the hanging a "
                 "cowardly crime.", ("POL", "BLR", "111"), id="the_hanging_named"),
])
def test_naming_an_act_told_before_criticises_its_author(coder, text: str,
                                                         wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text, "2025-11-20")


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The Chilean foreign minister classified the attitude of Bolivia as "
                 "regrettable.", ("CHL", "BOL", "111"), id="classified_as"),
    pytest.param("The Peruvian chancellor defined the conduct of the Ecuadorian government "
                 "\"unacceptable\".", ("PER", "ECU", "111"), id="defined_without_as"),
    pytest.param("Hungary regards the Romanian law as a violation of minority rights.",
                 ("HUN", "ROU", "111"), id="regards_as"),
    pytest.param("The Thai government deemed the Cambodian remarks insulting.",
                 ("THA", "KHM", "111"), id="deemed"),
])
def test_more_verbs_of_naming_criticise(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text, "2025-11-20")


def test_a_verb_of_naming_without_criticism_codes_nothing(coder) -> None:
    found = pairs(coder, "The Chilean foreign minister considered the proposal of Bolivia "
                         "carefully.\n\nThe Peruvian chancellor defined the agenda of the "
                         "Ecuadorian visit.", "2025-11-20")
    assert not any(code == "111" for _, _, code in found)


@pytest.mark.parametrize(("text", "asked"), [
    pytest.param("The Kenyan president said he hoped Somalia would sign the maritime deal soon.",
                 ("KEN", "SOM"), id="hoped_another_would_sign"),
    pytest.param("Seoul said it hoped Tokyo would lift its export curbs on chip materials.",
                 ("KOR", "JPN"), id="hopes_another_will_lift"),
])
def test_a_hope_for_another_party_s_act_appeals_to_it(coder, text: str,
                                                      asked: tuple[str, str]) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert any((s, t) == asked and code.startswith("02") for s, t, code in found)
    assert not any(code[:2] in ("05", "08") for _, _, code in found)  # nothing done


def test_the_acts_of_a_hope_are_not_told(coder) -> None:
    found = pairs(coder, "The Bhutanese foreign minister said Thimphu hoped the two countries "
                         "would conclude the boundary talks and establish diplomatic relations "
                         "with China soon.", "2025-11-20")
    assert not any(code[:2] in ("04", "05") for _, _, code in found)


def test_a_part_of_a_state_places_a_countryless_group_in_it(coder) -> None:
    # the document's other state (Canada) must not lend the rebels or their victims a country
    found = pairs(coder, "Canada suspended aid to Mozambique on Monday.\n\nInsurgents have "
                         "attacked villages in Mozambique's north for years, killing hundreds "
                         "of people.\n\nRebels ambushed an army convoy in the north of Mali.",
                  "2025-11-20")
    assert not any("CAN" in (s, t) and code[:2] >= "18" for s, t, code in found)


@pytest.mark.parametrize("text", [
    pytest.param("The Kenyan president, who is on a three-day visit to Tanzania, said on "
                 "Monday that trade would grow.", id="relative_clause"),
    pytest.param("Morocco's king is on an official visit to Senegal.", id="main_clause"),
])
def test_a_visit_under_way_takes_the_month(coder, text: str) -> None:
    visits = [r for r in coded(coder, text, "2025-11-20") if r["cameo"].startswith("04")
              and r["source"]["code"][:3] in ("KEN", "MAR")]
    assert visits and all(r["date"] == "2025-11" for r in visits)


def test_a_nuncio_is_the_holy_see_s_envoy(coder) -> None:
    found = pairs(coder, "Honduras expelled the apostolic nuncio on Monday.", "2025-11-20")
    assert ("HND", "VAT", "161") in {(s, t, code[:3]) for s, t, code in found}


def test_a_past_form_read_as_an_adjective_with_subject_and_object_is_the_verb(coder) -> None:
    found = pairs(coder, "Chilean Foreign Minister Alberto van Klaveren qualified on Friday "
                         "the authorities of Bolivia as illegitimate.", "2025-11-20")
    assert ("CHL", "BOL", "111") in found


def test_it_after_a_named_subject_is_the_act(coder) -> None:
    # the whole subject phrase ("the United Kingdom") lies between "it" and the act
    found = pairs(coder, "Belarus hanged a Lithuanian national on Saturday. Poland called the "
                         "execution unconscionable, and the United Kingdom also condemned it.",
                  "2025-11-20")
    assert ("GBR", "BLR", "111") in found
    assert ("GBR", "POL", "111") not in found


@pytest.mark.parametrize("text", [
    pytest.param("A Chinese fishing boat off the coast of Okinawa entered Japanese waters on "
                 "Monday.", id="a_coast_named_in_passing"),
    pytest.param("A Chinese container ship docked in Colombo on Tuesday.", id="merchant_ship"),
    pytest.param("The French embassy personnel will leave the country, Mali said.",
                 id="embassy_personnel"),
])
def test_civilian_craft_and_staff_are_no_armed_forces(coder, text: str) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert not any(code in ("150", "042", "0874") for _, _, code in found)


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Two Latvian citizens were taken into custody by Belarusian border guards on "
                 "Friday.", ("BLR", "LVA", "173"), id="taken_into_custody"),
    pytest.param("Belarusian police took a Lithuanian journalist to prison on Monday.",
                 ("BLR", "LTU", "173"), id="took_to_prison"),
    pytest.param("The Iranian authorities placed a French tourist in detention.",
                 ("IRN", "FRA", "173"), id="placed_in_detention"),
])
def test_taking_people_into_custody_detains_them(coder, text: str,
                                                 wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text, "2025-11-20")


def test_custody_of_a_building_is_no_detention(coder) -> None:
    found = pairs(coder, "Brazil took custody of the Argentine embassy in Caracas.",
                  "2025-11-20")
    assert not any(code == "173" for _, _, code in found)
