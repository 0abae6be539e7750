"""Missed material acts found in session 16 (helper lexicon18m), each shown by sentences of its
own (none is a development-set sentence), in several phrasings: boarding another party's
ship seizes control of it (1711); shadowing or tailing its ships, or armed forces following,
tracking or escorting them, is a military move short of force (150); sending people back to
a country, or returning or repatriating migrants and refugees, deports them (174); ending a
peacekeeping mission or withdrawing or expelling peacekeepers terminates it (1661); scaling
back, freezing or ending exchanges with a state reduces relations (160); imposing or
reimposing checks or controls restricts movement, as do hyphenated counter-measures (163);
designating or listing a group as a terrorist organisation sanctions it (163) and lifting
the designation eases the sanction (085); reaching a framework or an arrangement agrees
(057); ramming a ship or firing water cannon at it is violence short of military fire (180);
scrambling fighter jets is military posture (150); a boarding that comes with violence
("boarded the boat and beat its crew") is told by the violence, not as a seizure too. And a
parse repair: "what remained of cultural exchanges", "what was left of its aid" is the
verb's object (the model makes it a clause of its own). With the senses that must not fire."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Chinese coast guard officers boarded a Taiwanese fishing boat near the "
                 "Penghu islands on Monday.", ("CHN", "TWN", "1711"), id="boarded_a_boat"),
    pytest.param("A Philippine supply vessel was boarded by Chinese coast guard personnel "
                 "on Sunday.", ("CHN", "PHL", "1711"), id="was_boarded_by"),
    pytest.param("The Iranian navy boarded a British-flagged tanker in the Gulf on Friday.",
                 ("IRN", "GBR", "1711"), id="navy_boarded_a_tanker"),
    pytest.param("Analysts said Russian forces could start boarding Estonian cargo ships in "
                 "the Gulf of Finland.", ("RUS", "EST", "1711"), id="could_start_boarding"),
    pytest.param("Russian warships shadowed a Dutch frigate in the Baltic Sea on Tuesday.",
                 ("RUS", "NLD", "150"), id="warships_shadowed_a_frigate"),
    pytest.param("The Chinese flotilla was shadowed by Australian navy vessels on Tuesday.",
                 ("AUS", "CHN", "150"), id="was_shadowed_by_vessels"),
    pytest.param("A Japanese destroyer tailed the Chinese aircraft carrier for three days.",
                 ("JPN", "CHN", "150"), id="destroyer_tailed_a_carrier"),
    pytest.param("Two Italian frigates have been following the Russian warships since they "
                 "entered the Mediterranean.", ("ITA", "RUS", "150"),
                 id="frigates_following_warships"),
    pytest.param("Malaysia sent 50 Myanmar nationals back to Myanmar on Friday.",
                 ("MYS", "MMR", "174"), id="sent_nationals_back"),
    pytest.param("Algeria returned 300 Nigerien migrants to Niger on Monday.",
                 ("DZA", "NER", "174"), id="returned_migrants"),
    pytest.param("Iran repatriated thousands of Afghan refugees last month.",
                 ("IRN", "AFG", "174"), id="repatriated_refugees"),
    pytest.param("Greek coast guards pushed Turkish migrants back towards Turkey, the "
                 "report said.", ("GRC", "TUR", "174"), id="pushed_migrants_back"),
    pytest.param("The U.N. Security Council voted on Friday to end its peacekeeping mission "
                 "in Mali.", ("IGO", "MLI", "1661"), id="voted_to_end_the_mission"),
    pytest.param("The Security Council ended the U.N. peacekeeping mission in Congo on "
                 "Friday.", ("IGO", "COD", "1661"), id="ended_the_mission"),
    pytest.param("Kinshasa expelled the Kenyan peacekeepers in December.",
                 ("COD", "KEN", "1661"), id="expelled_the_peacekeepers"),
    pytest.param("Moscow scaled back cultural exchanges with Rome on Monday.",
                 ("RUS", "ITA", "160"), id="scaled_back_exchanges"),
    pytest.param("Beijing froze academic exchanges with Canberra last year.",
                 ("CHN", "AUS", "160"), id="froze_exchanges"),
    pytest.param("Spain could reimpose checks at its border with Gibraltar.",
                 ("ESP", "GBR", "163"), id="reimpose_checks"),
    pytest.param("Austria reintroduced controls at its border with Slovenia on Monday.",
                 ("AUT", "SVN", "163"), id="reintroduced_controls"),
    pytest.param("Moscow did not introduce counter-measures against Sofia.",
                 ("RUS", "BGR", "163"), id="introduce_hyphenated_counter_measures"),
    pytest.param("Washington designated the Houthis a terrorist organisation on Friday.",
                 ("USA", "YEM", "163"), id="designated_a_terrorist_organisation"),
    pytest.param("Britain will list Iran's Revolutionary Guard as a terrorist group.",
                 ("GBR", "IRN", "163"), id="list_as_a_terrorist_group"),
    pytest.param("The United States lifted the designation of the Houthis in 2021.",
                 ("USA", "YEM", "085"), id="lifted_the_designation"),
    pytest.param("Moscow could scale back what remained of cultural exchanges with Rome.",
                 ("RUS", "ITA", "160"), id="scale_back_what_remained_of_exchanges"),
    pytest.param("Washington cut what was left of its aid to Niger on Monday.",
                 ("USA", "NER", "162"), id="cut_what_was_left_of_aid"),
    pytest.param("Mali expelled what remained of the French diplomatic staff in August.",
                 ("MLI", "FRA", "161"), id="expelled_what_remained_of_the_staff"),
    pytest.param("The agreement builds on the framework reached between London and Madrid in "
                 "2020.", ("GBR", "ESP", "057"), id="framework_reached_between"),
    pytest.param("Ethiopia and Somalia reached an arrangement on sea access in Ankara on "
                 "Wednesday.", ("ETH", "SOM", "057"), id="reached_an_arrangement"),
    pytest.param("A Chinese coast guard ship rammed a Philippine supply boat near the shoal "
                 "on Saturday.", ("CHN", "PHL", "180"), id="rammed_a_boat"),
    pytest.param("The Vietnamese fishing vessel was rammed by a Chinese coast guard ship, "
                 "Hanoi said.", ("CHN", "VNM", "180"), id="was_rammed_by"),
    pytest.param("Chinese coast guard vessels fired water cannon at two Philippine "
                 "government ships on Tuesday.", ("CHN", "PHL", "180"),
                 id="fired_water_cannon"),
    pytest.param("Japan scrambled jets after a Russian surveillance plane approached its "
                 "airspace.", ("JPN", "RUS", "150"), id="scrambled_jets"),
])
def test_missed_material_acts_are_coded(coder, text: str, wanted: tuple[str, str, str]
                                        ) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert wanted in found, found


# Senses the rows must leave alone.
@pytest.mark.parametrize(("text", "unwanted"), [
    pytest.param("The Iranian foreign minister boarded a plane to Moscow on Monday.", "1711",
                 id="boarding_a_plane_is_travel"),
    pytest.param("The Chinese delegation boarded a train to Beijing after the talks with "
                 "Russia.", "1711", id="boarding_a_train_is_travel"),
    pytest.param("The Indian prime minister followed the Chinese proposal closely.", "150",
                 id="following_a_proposal_is_no_posture"),
    pytest.param("Japanese journalists have been following the Chinese ships since May.",
                 "150", id="journalists_following_ships_is_no_posture"),
    pytest.param("Russia sent the Ukrainian prisoners of war back in a swap with Kyiv.",
                 "174", id="a_prisoner_swap_deports_no_one"),
    pytest.param("Germany ended its military training mission in Niger in May.", "1661",
                 id="a_training_mission_is_no_peacekeeping"),
    pytest.param("Russia and Ukraine halted the exchange of fire after the talks.", "160",
                 id="an_exchange_of_fire_is_no_exchange_programme"),
    pytest.param("The army announced a counter-offensive against the rebels in Mali.",
                 "163", id="a_counter_offensive_is_no_countermeasure"),
    pytest.param("France designated a new ambassador to Algeria on Monday.", "163",
                 id="designating_an_ambassador_sanctions_no_one"),
    pytest.param("The Russian army fired cannon at Ukrainian positions near Bakhmut.", "180",
                 id="artillery_cannon_is_no_water_cannon"),
])
def test_other_senses_code_nothing(coder, text: str, unwanted: str) -> None:
    assert not any(c == unwanted for _, _, c in pairs(coder, text, "2025-11-20"))


# A boarding that comes with violence is told by the violence; a boarding whose violence
# names no victim stays a boarding.
@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    pytest.param("Iranian commandos boarded a Greek tanker on Friday, injuring two Greek "
                 "sailors.", ("IRN", "GRC", "190"), ("IRN", "GRC", "1711"),
                 id="boarding_injuring_sailors"),
    pytest.param("A Chinese coast guard crew boarded Philippine navy boats on Monday, injuring "
                 "a Filipino sailor.", ("CHN", "PHL", "190"), ("CHN", "PHL", "1711"),
                 id="boarding_injuring_a_sailor"),
])
def test_boarding_with_violence_is_the_violence(coder, text: str, wanted: tuple,
                                                unwanted: tuple) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert wanted in found and unwanted not in found, found


def test_boarding_with_unnamed_victims_stays_a_boarding(coder) -> None:
    # (with "beat its crew" the crew is the boat's state's, a victim named: the beating alone)
    found = pairs(coder, "Chinese coast guard officers boarded a Vietnamese fishing boat and "
                  "beat people with iron bars.", "2025-11-20")
    assert ("CHN", "VNM", "1711") in found, found
