"""Gold roots with no trigger site, found in session 20 (helper lexicon23), each shown by
sentences of its own (none is a development-set sentence), in several phrasings:
capturing or seizing soldiers or servicemen detains them (173), in the active and the passive;
a court that upholds or confirms a sentence or a conviction finds guilty (116); pardoning a
named person, a writer or a businessman releases that person (0841, not forgiveness, 056);
suppressing the enemy's firing points or positions is a use of force (19); a warning to a party
threatens it (130); burning a flag or a holy book in public protests (141); a military or police
contingent that arrives or lands in a country is deployed there (074); suspecting a party of
espionage, or uncovering or busting its spy network, accuses it of spying (1125); a statement or
a naming that finds another party's act puzzling, bewildering, disturbing or disappointing
criticises it (111).
With the senses that must not fire: a captured village, a court upholding a treaty, a
suppressed protest, burned trucks, a plane that lands."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code or root prefix) among the pairs the records
# stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The Ukrainian army said it had captured two North Korean soldiers in the "
                 "Kursk region.", ("UKR", "PRK", "173"), id="captured_soldiers"),
    pytest.param("Indian troops seized three Chinese soldiers near the border on Tuesday.",
                 ("IND", "CHN", "173"), id="seized_soldiers"),
    pytest.param("Two Russian servicemen were captured by Ukrainian forces near Bakhmut.",
                 ("UKR", "RUS", "173"), id="servicemen_were_captured_passive"),
    pytest.param("An appeals court in Moscow upheld the 16-year sentence of the American "
                 "journalist.", ("RUS", "USA", "116"), id="court_upheld_the_sentence"),
    pytest.param("A Russian appeals court confirmed the conviction of the American journalist.",
                 ("RUS", "USA", "116"), id="court_confirmed_the_conviction"),
    pytest.param("Belarus's President Alexander Lukashenko pardoned the Lithuanian businessman "
                 "on Friday.", ("BLR", "LTU", "0841"), id="pardoned_the_businessman"),
    pytest.param("Vietnam's president pardoned the Australian writer Yang Hengjun.",
                 ("VNM", "AUS", "0841"), id="pardoned_the_writer"),
    pytest.param("Russian President Vladimir Putin pardoned the French researcher Laurent "
                 "Vinatier.", ("RUS", "FRA", "0841"), id="pardoned_a_named_person"),
    pytest.param("The Azerbaijani army suppressed the firing points of the Armenian armed "
                 "forces.", ("AZE", "ARM", "190"), id="suppressed_the_firing_points"),
    pytest.param("Ukrainian artillery suppressed the Russian positions near Avdiivka.",
                 ("UKR", "RUS", "19"), id="suppressed_the_positions"),
    pytest.param("North Korea issued a final warning to South Korea over the leaflets.",
                 ("PRK", "KOR", "130"), id="warning_to"),
    pytest.param("Protesters burned Israeli flags outside the Israeli embassy in Amman.",
                 ("JOR", "ISR", "141"), id="burned_flags"),
    pytest.param("A Danish activist burned a copy of the Koran in front of the Turkish embassy "
                 "in Copenhagen.", ("DNK", "TUR", "141"), id="burned_a_copy_of_the_koran"),
    pytest.param("The first contingent of Kenyan police arrived in Haiti on Tuesday.",
                 ("KEN", "HTI", "074"), id="contingent_arrived"),
    pytest.param("A contingent of Rwandan troops landed in Mozambique on Friday.",
                 ("RWA", "MOZ", "074"), id="contingent_landed"),
    pytest.param("Tallinn suspects the Russian diplomat of espionage.", ("EST", "RUS", "1125"),
                 id="suspects_of_espionage"),
    pytest.param("Ukraine's security service said it had uncovered a Hungarian spy network in "
                 "Transcarpathia.", ("UKR", "HUN", "1125"), id="uncovered_a_spy_network"),
    pytest.param("Polish police busted a Russian spy ring on Tuesday.", ("POL", "RUS", "1125"),
                 id="busted_a_spy_ring"),
    pytest.param("The White House said the Russian veto was puzzling.", ("USA", "RUS", "111"),
                 id="said_the_veto_was_puzzling"),
    pytest.param("Canada's foreign minister described the Indian decision as deeply "
                 "disappointing.", ("CAN", "IND", "111"), id="described_as_disappointing"),
    pytest.param("Prime Minister Albanese called China's conduct disturbing.",
                 ("AUS", "CHN", "111"), id="called_the_conduct_disturbing"),
    pytest.param("Japan's ambassador said the Chinese court's verdict was inexplicable.",
                 ("JPN", "CHN", "111"), id="said_the_verdict_was_inexplicable"),
    pytest.param("The Lithuanian minister called the Chinese trade measures coercive.",
                 ("LTU", "CHN", "111"), id="called_the_measures_coercive"),
])
def test_missed_trigger_is_coded(coder, text, wanted):
    got = {(s[:3], t[:3] if wanted[1] else None, c[:len(wanted[2])])
           for s, t, c in pairs(coder, text)}
    assert wanted in got


# Senses that must not fire: (text, code or root prefix that must not appear).
@pytest.mark.parametrize(("text", "code"), [
    pytest.param("Ukrainian forces captured the village of Robotyne from Russian troops.",
                 "173", id="a_captured_village_is_no_detention"),
    pytest.param("The Belgian constitutional court upheld the treaty with Iran.", "116",
                 id="upholding_a_treaty_finds_no_one_guilty"),
    pytest.param("Georgian police suppressed the protests in Tbilisi.", "19",
                 id="a_suppressed_protest_is_no_fight"),
    pytest.param("Rebels burned the Ugandan army's trucks near the border.", "141",
                 id="burned_trucks_are_no_protest"),
    pytest.param("The Kenyan president's plane landed in Haiti on Tuesday.", "074",
                 id="a_plane_landing_deploys_no_one"),
    pytest.param("The Czech foreign minister said the visit to Beijing was a great success.",
                 "111", id="a_success_is_no_criticism"),
    pytest.param("Turkish police uncovered a cache of weapons near the Syrian border.", "1125",
                 id="uncovering_weapons_is_no_spying"),
])
def test_sense_does_not_fire(coder, text, code):
    assert all(not c.startswith(code) for _, _, c in pairs(coder, text))
