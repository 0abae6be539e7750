"""Missed triggers of material acts found in session 17 (helper lexicon20m), each shown by
sentences of its own (none is a development-set sentence), in several phrasings: putting off,
delaying or deferring a diplomatic occasion (a visit, a summit, the ceremony of an envoy's
credentials) reduces relations (161), as postponing it does; sending another state's
diplomats away or home, or kicking them out, expels them (161); letting a held person go,
leave or return home releases them (0841); taking, capturing or commandeering a ship seizes
property (171); a ship's crew, sailors or fishermen held are detained (173); fighting told as a
noun between two parties (skirmishes, hostilities) fights (190), with small arms (a firefight,
gunbattles) 193; limiting, curbing or halting passenger, lorry or freight traffic restricts it
(163). With the senses that must not fire."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Chile could delay the credentials ceremony of the Israeli ambassador.",
                 ("CHL", "ISR", "161"), id="could_delay_the_ceremony"),
    pytest.param("President Petro put off accepting the credentials of the Ecuadorian "
                 "ambassador.", ("COL", "ECU", "161"), id="put_off_accepting_credentials"),
    pytest.param("Beijing deferred the visit of the German foreign minister.",
                 ("CHN", "DEU", "161"), id="deferred_the_visit"),
    pytest.param("Tokyo delayed the planned summit with South Korea.",
                 ("JPN", "KOR", "161"), id="delayed_the_summit"),
    pytest.param("Algeria announced the postponement of President Tebboune's visit to France.",
                 ("DZA", "FRA", "161"), id="postponement_of_a_visit"),
    pytest.param("Two Latvian diplomats will be sent away from Minsk.",
                 ("BLR", "LVA", "161"), id="diplomats_sent_away"),
    pytest.param("Moscow sent away four employees of the Estonian embassy.",
                 ("RUS", "EST", "161"), id="sent_away_embassy_employees"),
    pytest.param("Algeria sent the French ambassador home.",
                 ("DZA", "FRA", "161"), id="sent_the_ambassador_home"),
    pytest.param("Kenya kicked out two Somali diplomats on Friday.",
                 ("KEN", "SOM", "161"), id="kicked_out_diplomats"),
    pytest.param("Iran allowed the Indian sailor to leave the country.",
                 ("IRN", "IND", "0841"), id="allowed_to_leave"),
    pytest.param("Canada allowed the Chinese executive to return home.",
                 ("CAN", "CHN", "0841"), id="allowed_to_return_home"),
    pytest.param("The Russian authorities let the two American students go.",
                 ("RUS", "USA", "0841"), id="let_them_go"),
    pytest.param("Iran's Revolutionary Guards took the Israeli-linked vessel into Iranian "
                 "waters.", ("IRN", "ISR", "171"), id="took_the_vessel"),
    pytest.param("Iran's navy captured a Greek tanker in the Gulf.",
                 ("IRN", "GRC", "171"), id="captured_a_tanker"),
    pytest.param("Venezuelan troops commandeered a Guyanese fishing boat.",
                 ("VEN", "GUY", "171"), id="commandeered_a_boat"),
    pytest.param("The 25 Indian crew members have been held on board by Iran since April.",
                 ("IRN", "IND", "173"), id="crew_held_on_board"),
    pytest.param("Libya has held the Turkish sailors since March.",
                 ("LBY", "TUR", "173"), id="held_the_sailors"),
    pytest.param("Eritrea is holding six Ethiopian fishermen.",
                 ("ERI", "ETH", "173"), id="holding_fishermen"),
    pytest.param("Skirmishes between Indian and Chinese troops left several soldiers injured.",
                 ("IND", "CHN", "190"), id="skirmishes_between"),
    pytest.param("Hostilities between Thailand and Cambodia resumed on Monday.",
                 ("THA", "KHM", "190"), id="hostilities_between"),
    pytest.param("A firefight between Afghan and Pakistani border guards killed two people.",
                 ("AFG", "PAK", "193"), id="firefight_between"),
    pytest.param("Gunbattles between Serbian police and Kosovo gunmen went on overnight.",
                 ("SRB", "XKX", "193"), id="gunbattles_between"),
    pytest.param("Russia did not limit the passenger traffic through the crossing with Estonia.",
                 ("RUS", "EST", "163"), id="did_not_limit_passenger_traffic"),
    pytest.param("Lithuania curbed lorry traffic into Belarus on Monday.",
                 ("LTU", "BLR", "163"), id="curbed_lorry_traffic"),
    pytest.param("Poland halted freight traffic at its border with Belarus.",
                 ("POL", "BLR", "163"), id="halted_freight_traffic"),
])
def test_missed_trigger_is_coded(coder, text, wanted):
    assert wanted in pairs(coder, text)


# Senses that must not fire: (text, code that must not appear).
@pytest.mark.parametrize(("text", "code"), [
    pytest.param("The Indian court delayed the hearing on the Pakistani prisoners.", "161",
                 id="delayed_hearing_is_no_snub"),
    pytest.param("Spain sent its rescue teams home from Turkey.", "161",
                 id="rescue_teams_home_is_no_expulsion"),
    pytest.param("Belarus allowed Russian forces to use its territory.", "0841",
                 id="allowed_to_use_is_no_release"),
    pytest.param("The Indian minister took a ferry to Sri Lanka.", "171",
                 id="took_a_ferry_is_no_seizure"),
    pytest.param("The Chinese navy held exercises with Russian personnel.", "173",
                 id="held_exercises_is_no_detention"),
    pytest.param("The fighting in Sudan has displaced millions, Egypt said.", "190",
                 id="fighting_with_no_parties"),
    pytest.param("The deal ended two decades of hostility between Ethiopia and Eritrea.", "190",
                 id="hostility_is_an_attitude"),
])
def test_sense_does_not_fire(coder, text, code):
    assert all(c != code for _, _, c in pairs(coder, text))
