"""Missed triggers found in session 15 (helper lexicon17), each shown by sentences of its own
(none is a development-set sentence): rejecting or brushing off what another party says of
oneself (insinuations, a characterisation, hype, any suggestion) denies it; handing or
donating military aircraft, boats or radars is military aid and handing over names, lists or
evidence shares information; downgrading an embassy or one's representation reduces
relations; targeting another party's ships or bases attacks them and targeting its
companies or banks sanctions them; tightening or stepping up border checks restricts
movement; slowing the implementation of an agreement reduces relations; forbidding the entry
of goods bans it; a person "restrained" by security services is detained;
introducing or announcing countermeasures restricts relations; issuing an arrest warrant
orders an arrest; a flotilla or squadron sailing into another state's waters shows force, as
warships do; respecting or upholding a state's sovereignty or reaffirming support endorses
it; and wanting a relationship or partnership with a state is an intent to cooperate. With
the senses that must not fire."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Vietnam's foreign ministry rejected what it called Chinese insinuations "
                 "about its fishing fleet.", ("VNM", "CHN", "016"),
                 id="rejected_what_it_called_insinuations"),
    pytest.param("Ghana dismissed the Nigerian characterization of its border policy as "
                 "hostile.", ("GHA", "NGA", "016"), id="dismissed_the_characterization"),
    pytest.param("The Kenyan government on Monday rejected the hype in the Ugandan media "
                 "about its troop movements.", ("KEN", "UGA", "016"), id="rejected_the_hype"),
    pytest.param("Chile's president refuted any suggestion from Bolivia that Santiago had "
                 "violated the treaty.", ("CHL", "BOL", "016"), id="refuted_any_suggestion"),
    pytest.param("The Serbian president brushed off the accusations from Croatia.",
                 ("SRB", "HRV", "016"), id="brushed_off_accusations"),
    pytest.param("Hanoi has shrugged off allegations from Beijing over the new island base.",
                 ("VNM", "CHN", "016"), id="shrugged_off_allegations"),
    pytest.param("India handed two surveillance aircraft to the Sri Lankan navy on Monday.",
                 ("IND", "LKA", "072"), id="handed_aircraft"),
    pytest.param("Japan donated two patrol boats to the Philippine coast guard.",
                 ("JPN", "PHL", "072"), id="donated_patrol_boats"),
    pytest.param("Turkey gave Azerbaijan three helicopters last year.",
                 ("TUR", "AZE", "072"), id="gave_helicopters"),
    pytest.param("Jordan said it had handed Damascus the names of the smugglers.",
                 ("JOR", "SYR", "064"), id="handed_the_names"),
    pytest.param("Kenya passed a list of suspects to the Somali authorities in May.",
                 ("KEN", "SOM", "064"), id="passed_a_list"),
    pytest.param("Analysts said South Africa could downgrade its embassy in Israel to a "
                 "liaison office.", ("ZAF", "ISR", "161"), id="downgrade_the_embassy"),
    pytest.param("Lithuania downgraded its diplomatic representation in China to the level "
                 "of charge d'affaires.", ("LTU", "CHN", "161"),
                 id="downgraded_its_representation"),
    pytest.param("Moscow could also target Estonian companies in Russia in retaliation.",
                 ("RUS", "EST", "163"), id="target_companies"),
    pytest.param("The European Union will target Iranian banks and oil exports in its next "
                 "package.", ("IGO", "IRN", "163"), id="target_banks"),
    pytest.param("Analysts said the Houthis could target American warships directly.",
                 ("YEM", "USA", "190"), id="target_warships"),
    pytest.param("Islamabad said Kabul could target Pakistani military bases near the border.",
                 ("AFG", "PAK", "190"), id="target_bases"),
    pytest.param("Hungary could tighten checks at its border with Serbia if more migrants "
                 "arrive.", ("HUN", "SRB", "163"), id="tighten_checks"),
    pytest.param("Poland stepped up inspections of Ukrainian grain trucks at the border.",
                 ("POL", "UKR", "163"), id="stepped_up_inspections"),
    pytest.param("Iran could slow the implementation of its cooperation agreement with "
                 "China.", ("IRN", "CHN", "160"), id="slow_the_implementation"),
    pytest.param("Analysts said Kosovo could forbid the entry of Serbian goods.",
                 ("XKX", "SRB", "163"), id="forbid_the_entry"),
    pytest.param("The Canadian businessman was restrained by the Chinese security services "
                 "in Dandong.", ("CHN", "CAN", "173"), id="restrained_by_security_services"),
    pytest.param("Pretoria did not announce any countermeasures against Maputo.",
                 ("ZAF", "MOZ", "163"), id="did_not_announce_countermeasures"),
    pytest.param("Canada will impose countermeasures on American steel next week.",
                 ("CAN", "USA", "163"), id="will_impose_countermeasures"),
    pytest.param("The International Criminal Court issued a warrant for the Israeli "
                 "prime minister in November.", ("IGO", "ISR", "173"),
                 id="issued_a_warrant"),
    pytest.param("A Paris court issued warrants for two Syrian generals on Tuesday.",
                 ("FRA", "SYR", "173"), id="court_issued_warrants"),
    pytest.param("Analysts said the Chinese flotilla could sail towards Australian waters.",
                 ("CHN", "AUS", "150"), id="a_flotilla_sailing_towards_waters"),
    pytest.param("A Russian squadron entered Norwegian waters on Monday.",
                 ("RUS", "NOR", "150"), id="a_squadron_entering_waters"),
    pytest.param("The Chinese foreign minister said that Beijing respects the sovereignty and "
                 "territorial integrity of Iran.", ("CHN", "IRN", "051"),
                 id="respects_the_sovereignty"),
    pytest.param("CARICOM reaffirmed its support for the sovereignty of Guyana.",
                 ("IGO", "GUY", "051"), id="reaffirmed_its_support"),
    pytest.param("Paris still wants a renewed partnership with N'Djamena.",
                 ("FRA", "TCD", "030"), id="wants_a_partnership"),
    pytest.param("The president said that Washington wanted a stable relationship with Hanoi.",
                 ("USA", "VNM", "030"), id="wanted_a_stable_relationship"),
])
def test_missed_triggers_are_coded(coder, text: str, wanted: tuple[str, str, str]) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert wanted in found, found


# Senses the rows must leave alone.
@pytest.mark.parametrize(("text", "unwanted"), [
    pytest.param("Thailand rejected the Cambodian proposal for talks.", "016",
                 id="rejecting_a_proposal_is_no_denial"),
    pytest.param("Warsaw dismissed the German criticism of its judicial reform.", "016",
                 id="dismissing_criticism_is_no_denial"),
    pytest.param("Caracas rejected the remarks of the Colombian minister as lies and slander.",
                 "016", id="rejecting_remarks_as_lies_is_no_denial"),
    pytest.param("Kenya handed the Ugandan minister a letter from the president.", "072",
                 id="handing_a_letter_is_no_aid"),
    pytest.param("The minister gave no details of the talks with Egypt.", "064",
                 id="giving_no_details_shares_nothing"),
    pytest.param("The central bank of Turkey lowered its interest rate after talks with "
                 "Russia.", "161", id="lowering_a_rate_is_no_downgrade"),
    pytest.param("Ecuador restrained its response to the Peruvian statement.", "173",
                 id="restraining_a_response_detains_no_one"),
    pytest.param("Poland tightened its grip on the negotiations with Ukraine.", "163",
                 id="tightening_a_grip_is_no_restriction"),
    pytest.param("Brazil issued a statement on the Argentine elections.", "173",
                 id="issuing_a_statement_orders_no_arrest"),
    pytest.param("Russia violated the sovereignty of Georgia in 2008.", "051",
                 id="violating_sovereignty_endorses_nothing"),
    pytest.param("The Chinese fishing fleet entered Japanese waters on Monday.",
                 "150", id="a_fishing_fleet_is_no_force"),
])
def test_other_senses_code_nothing(coder, text: str, unwanted: str) -> None:
    assert not any(c == unwanted for _, _, c in pairs(coder, text, "2025-11-20"))
