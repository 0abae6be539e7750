"""Missed triggers of asserted acts found in session 19 (helper lexicon22), each shown by
sentences of its own (none is a development-set sentence), in several phrasings:
an exchange of fire, shelling or blows between two parties is a fight (190), of gunfire or
shots a fight with small arms (193), with the parties of the between-phrase as both sides
where the parser hangs it on the noun's of-complement ("exchanges of fire between Armenian and
Azerbaijani forces"); undertaking to do an act pledges it (03 refined by the act), as
promising to does, and the act undertaken is coded too, as future (an undertaking binds),
while undertaking a review is no pledge;
checking, screening or inspecting travellers or vehicles at a border restricts movement across
it (163); a case against a party at a court is a lawsuit (115); an object pronoun ("shut it",
"closed it") stands for the thing named before it in the sentence (the crossing, the
airspace), which selects the sense as the noun would.
With the senses that must not fire: "in case of", "the case of" a person, inspectors checking
a reactor, a light "undertook a review"."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code or root prefix) among the pairs the records
# stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("An exchange of fire between Indian and Pakistani troops broke out on Monday.",
                 ("IND", "PAK", "190"), id="exchange_of_fire_between"),
    pytest.param("The border was closed after exchanges of fire between Armenian and "
                 "Azerbaijani forces.", ("ARM", "AZE", "190"),
                 id="exchanges_of_fire_parties_on_the_of_complement"),
    pytest.param("The road was shut on Wednesday following an exchange of fire between "
                 "Eritrean and Ethiopian troops.", ("ETH", "ERI", "190"),
                 id="following_an_exchange_of_fire"),
    pytest.param("An exchange of gunfire between Thai and Cambodian soldiers broke out near "
                 "the temple.", ("THA", "KHM", "193"), id="exchange_of_gunfire_small_arms"),
    pytest.param("The Serbian side undertook to release the three Kosovo policemen within a "
                 "week.", ("SRB", "XKX", "03"), id="undertook_to_release"),
    pytest.param("Japan undertook to provide Ukraine with $4.5 billion in economic aid.",
                 ("JPN", "UKR", "03"), id="undertook_to_provide_aid"),
    pytest.param("Under the agreement, Baghdad undertakes to disarm the militias and to hand "
                 "over their weapons to Iran.", ("IRQ", "IRN", "03"),
                 id="undertakes_to_disarm_translated"),
    pytest.param("Under the deal, Ankara undertook to allow Swedish goods through its ports.",
                 ("TUR", "SWE", "03"), id="undertook_to_allow"),
    pytest.param("Hungary began checking travellers at its border with Austria on Monday.",
                 ("HUN", "AUT", "163"), id="checking_travellers_at_the_border"),
    pytest.param("Lithuanian guards are screening all vehicles at the frontier with Belarus.",
                 ("LTU", "BLR", "163"), id="screening_vehicles_at_the_frontier"),
    pytest.param("Finland will inspect every lorry at its border crossings with Russia.",
                 ("FIN", "RUS", "163"), id="will_inspect_lorries_at_the_crossings"),
    pytest.param("The Rafah crossing remained closed for a second day on Tuesday after "
                 "Egyptian authorities shut it on Sunday.", ("EGY", None, "163"),
                 id="shut_it_the_crossing_named_before"),
    pytest.param("Morocco reopened its airspace on Monday, a year after it closed it to all "
                 "Algerian aircraft.", ("MAR", "DZA", "163"),
                 id="closed_it_the_airspace_named_before"),
    pytest.param("The border had been shut in 2019, when Bogota closed it to Venezuelan "
                 "traffic.", ("COL", "VEN", "163"), id="closed_it_the_border_named_before"),
    pytest.param("Relations soured over South Africa's genocide case against Israel at the "
                 "World Court.", ("ZAF", "ISR", "115"), id="genocide_case_against"),
    pytest.param("Nicaragua's case against Germany at the International Court of Justice "
                 "opened on Monday.", ("NIC", "DEU", "115"), id="case_against_at_the_icj"),
])
def test_missed_trigger_is_coded(coder, text, wanted):
    got = {(s[:3], t[:3] if wanted[1] else None, c[:len(wanted[2])])
           for s, t, c in pairs(coder, text)}
    assert wanted in got


# Senses that must not fire: (text, code or root prefix that must not appear).
@pytest.mark.parametrize(("text", "code"), [
    pytest.param("In case of an attack, Poland will ask its allies for help.", "115",
                 id="in_case_of_is_no_lawsuit"),
    pytest.param("The case of the detained French journalists was raised with Iran on Monday.",
                 "115", id="the_case_of_persons_is_no_lawsuit"),
    pytest.param("IAEA inspectors checked the Iranian reactor on Monday.", "163",
                 id="inspecting_a_reactor_is_no_border_restriction"),
    pytest.param("Japan undertook a review of its aid to Ukraine.", "03",
                 id="undertaking_a_review_pledges_nothing"),
    pytest.param("The Kenyan police arrested two Ugandan journalists and later released them.",
                 "163", id="a_pronoun_for_persons_is_no_border"),
    pytest.param("Brazil and Argentina agreed to exchange information on the border.", "190",
                 id="exchanging_information_is_no_fight"),
])
def test_sense_does_not_fire(coder, text, code):
    assert all(not c.startswith(code) for _, _, c in pairs(coder, text))


def test_the_act_undertaken_is_coded_too_as_future(coder):
    """An undertaking binds: the pledge (03, asserted) and the act undertaken (future)."""
    got = {(d[0][:2], d[3]) for d in dyads(coded(
        coder, "Canada undertook to resume military aid to Kyiv within weeks."))}
    assert ("03", "asserted") in got and ("07", "future") in got
