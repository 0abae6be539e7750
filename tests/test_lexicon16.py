"""Missed triggers found in session 14 (helper lexicon16), each shown by sentences of its own
(none is a development-set sentence): designating or listing a state as an offender accuses
it, armed forces leaving or repatriated from a country withdraw, a moratorium on visits or
imports and agreements held in abeyance limit relations, a span of an exercise ("ten days of
joint drills") is held by the verb's subject, notifying an envoy that she must leave expels
her, referring a state or a dispute to a court sues, a warship docking in a capital visits
its state, and warships or military craft entering or staying in another state's waters,
zone or airspace show force; with the senses that must not fire."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    # (a terrorism designation is a sanction, 163, as every gold set codes it: "returned
    # Cuba to the U.S. list of state sponsors of terrorism", "listing the IRGC as a
    # terrorist organisation"; lexicon18m)
    pytest.param("The State Department designated Cuba as a state sponsor of terrorism.",
                 ("USA", "CUB", "163"), id="designated_as_an_offender"),
    pytest.param("Washington designated the Houthis a terrorist organisation in January.",
                 ("USA", "YEM", "163"), id="designated_a_terrorist_group"),
    pytest.param("The State Department listed Venezuela among the worst violators of "
                 "religious freedom.", ("USA", "VEN", "112"), id="listed_among_violators"),
    pytest.param("Last year Britain listed Iran among the states that sponsor hostage-taking.",
                 ("GBR", "IRN", "112"), id="listed_among_states_that"),
    pytest.param("Sweden will repatriate its troops from Mali by June.",
                 ("SWE", "MLI", "0874"), id="repatriating_troops"),
    pytest.param("Berlin said it would repatriate its contingent from Niger within weeks.",
                 ("DEU", "NER", "0874"), id="repatriating_a_contingent"),
    pytest.param("Russian troops left Armenian territory on Monday.",
                 ("RUS", "ARM", "0874"), id="troops_left_the_territory"),
    pytest.param("The American contingent will leave the territory of Niger by September.",
                 ("USA", "NER", "0874"), id="a_contingent_will_leave_the_territory"),
    pytest.param("Analysts think that French soldiers could leave Mali in the coming weeks.",
                 ("FRA", "MLI", "0874"), id="soldiers_could_leave_a_named_state"),
    pytest.param("Fiji announced a moratorium on all visits by Chinese research vessels.",
                 ("FJI", "CHN", "163"), id="moratorium_on_visits"),
    pytest.param("India held the Indus Waters Treaty with Pakistan in abeyance.",
                 ("IND", "PAK", "163"), id="treaty_held_in_abeyance"),
    pytest.param("Islamabad could put all bilateral agreements with New Delhi in abeyance.",
                 ("PAK", "IND", "163"), id="agreements_put_in_abeyance"),
    pytest.param("Serbian troops held ten days of joint exercises with Russian paratroopers.",
                 ("SRB", "RUS", "062"), id="days_of_joint_exercises"),
    pytest.param("A US Marine unit has begun four days of exercises with the Colombian army.",
                 ("USA", "COL", "062"), id="begun_days_of_exercises_with"),
    pytest.param("The Philippine navy conducted a week of joint drills with Japanese warships.",
                 ("PHL", "JPN", "062"), id="a_week_of_joint_drills"),
    pytest.param("Brazil notified the ambassador of Nicaragua that she must leave the country.",
                 ("BRA", "NIC", "161"), id="notified_the_envoy_that_she_must_leave"),
    pytest.param("Quito notified the Mexican ambassador that she must leave Ecuador.",
                 ("ECU", "MEX", "161"), id="notified_the_envoy_she_must_leave_a_named_state"),
    pytest.param("Kazakh soldiers conducted two weeks of joint drills with about 200 Chinese "
                 "troops near Almaty in May.", ("KAZ", "CHN", "062"),
                 id="days_of_exercises_with_the_partner_on_the_verb"),
    pytest.param("Ukraine referred Russia to the International Court of Justice in 2022.",
                 ("UKR", "RUS", "115"), id="referred_a_state_to_a_court"),
    pytest.param("Kenya referred the dispute with Somalia to the ICJ.",
                 ("KEN", "SOM", "115"), id="referred_a_dispute_to_the_icj"),
    pytest.param("A Russian frigate docked in Havana on Wednesday.",
                 ("RUS", "CUB", "042"), id="a_warship_docked_in_a_capital"),
    pytest.param("The US Navy destroyer USS Gravely docked in Port of Spain on Sunday.",
                 ("USA", "TTO", "042"), id="a_destroyer_docked_in_port_of_spain"),
    pytest.param("A Venezuelan naval patrol vessel sailed into Guyana's exclusive economic "
                 "zone on Saturday.", ("VEN", "GUY", "150"), id="patrol_vessel_sailed_into_a_zone"),
    pytest.param("Chinese coast guard ships sailed within 12 nautical miles of the Philippine "
                 "coast on Monday.", ("CHN", "PHL", "150"), id="coast_guard_within_miles"),
    pytest.param("Two Russian warships entered Japanese territorial waters near Hokkaido.",
                 ("RUS", "JPN", "150"), id="warships_entered_waters"),
    pytest.param("Chinese coast guard ships stayed inside Japanese waters for 80 hours.",
                 ("CHN", "JPN", "150"), id="coast_guard_stayed_inside_waters"),
])
def test_lexicon16_rows(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text)


# Senses the rows must leave alone.
@pytest.mark.parametrize(("text", "unwanted"), [
    pytest.param("Kenya designated its ambassador in Berlin as the new envoy to the talks.",
                 "112", id="designating_an_envoy"),
    pytest.param("The Colombian foreign minister left Peru on Monday.",
                 "0874", id="a_minister_leaving_is_no_withdrawal"),
    pytest.param("Peru repatriated 300 of its citizens from Israel on Monday.",
                 "0874", id="repatriating_citizens"),
    pytest.param("Kenya held the talks with Somalia in Nairobi.",
                 "163", id="holding_talks_is_no_abeyance"),
    pytest.param("The minister referred to the agreement with France.",
                 "115", id="referring_to_an_agreement"),
    pytest.param("A Pakistani container ship docked at Chittagong in November.",
                 "042", id="a_merchant_ship_docking_is_no_visit"),
    pytest.param("A Panamanian container ship sailed into Colombian waters.",
                 "150", id="a_merchant_ship_is_no_show_of_force"),
    pytest.param("The Norwegian minister sailed into Danish waters on a ferry.",
                 "150", id="a_minister_sailing_is_no_show_of_force"),
])
def test_lexicon16_rows_do_not_fire(coder, text: str, unwanted: str) -> None:
    assert all(code != unwanted for _, _, code in pairs(coder, text))
