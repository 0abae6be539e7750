"""Gold events with no trigger site, found in session 21 (helper lexicon24), each shown by
sentences of its own (none is a development-set sentence), in several phrasings:
revoking, cancelling or withdrawing a person's visa is an administrative sanction on the
holder (172); a coast guard or navy driving away or off or expelling another party's ships
coerces them (170); firing or dropping flares at another party's aircraft is violence short of
military fire (180, as water cannon is); a refusal to comment (011), which names no one, is
aimed at the other party of the story's main dyad.
With the senses that must not fire: revoking a visa ban eases it, expelled diplomats are
expelled (161), a storm driving ships away, protesters firing flares, a refusal to comment by
a party outside the story's dyad, one on a topic that names its own author (maybe the
speaker's side), and declining to say whether a fact is so."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code or root prefix) among the pairs the records
# stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The State Department revoked the visa of Colombian President Gustavo Petro "
                 "on Friday.", ("USA", "COL", "172"), id="revoked_the_visa_of"),
    pytest.param("Washington cancelled the visas of three Brazilian judges last week.",
                 ("USA", "BRA", "172"), id="cancelled_the_visas_of"),
    pytest.param("Canada withdrew the visas of two Iranian officials after the protests.",
                 ("CAN", "IRN", "172"), id="withdrew_the_visas_of"),
    pytest.param("The Japanese coast guard drove off two Chinese fishing boats near the "
                 "Senkaku islands.", ("JPN", "CHN", "170"), id="drove_off_boats"),
    pytest.param("The Chinese coast guard drove away two Philippine vessels near the shoal.",
                 ("CHN", "PHL", "170"), id="drove_away_vessels"),
    pytest.param("The Vietnamese navy expelled a Chinese survey ship from its exclusive "
                 "economic zone.", ("VNM", "CHN", "170"), id="expelled_a_ship"),
    pytest.param("A Chinese navy helicopter fired flares at a Philippine government aircraft "
                 "over Scarborough Shoal.", ("CHN", "PHL", "180"), id="fired_flares_at"),
    pytest.param("Russia's air force flew four bombers near the Estonian border on Friday. "
                 "Kremlin spokesman Dmitry Peskov declined to comment.",
                 ("RUS", "EST", "011"), id="declined_to_comment"),
    pytest.param("Estonia summoned the Russian ambassador on Friday over the incident. "
                 "Kremlin spokesman Dmitry Peskov declined to comment on the summons.",
                 ("RUS", "EST", "011"), id="declined_to_comment_on"),
])
def test_missed_trigger_is_coded(coder, text, wanted):
    got = {(s[:3], t[:3] if wanted[1] else None, c[:len(wanted[2])])
           for s, t, c in pairs(coder, text)}
    assert wanted in got


# Senses that must not fire: (text, code or root prefix that must not appear).
@pytest.mark.parametrize(("text", "code"), [
    pytest.param("The United Arab Emirates revoked the visa ban on Nigerian travellers.",
                 "172", id="revoking_a_visa_ban_eases_it"),
    pytest.param("Russia expelled two Estonian diplomats on Monday.", "170",
                 id="expelled_diplomats_are_no_coerced_ships"),
    pytest.param("The storm drove the Philippine vessels away from the shoal.", "170",
                 id="a_storm_coerces_no_one"),
    pytest.param("Protesters fired flares at the police outside the Israeli embassy in Amman.",
                 "180", id="protesters_flares"),
    pytest.param("Russia's air force flew four bombers near the Estonian border on Friday. "
                 "A spokesman for the French foreign ministry declined to comment.", "011",
                 id="no_comment_by_a_party_outside_the_dyad"),
    pytest.param("Estonia summoned the Russian ambassador on Friday over the incident. A Russian "
                 "embassy official declined to say whether the note had been received.", "011",
                 id="declining_to_say_whether_is_no_comment_formula"),
    pytest.param("Russia's foreign intelligence said Poland was training saboteurs. Kremlin "
                 "spokesman Dmitry Peskov declined to comment on the report of the service.",
                 "011", id="no_comment_on_a_topic_that_names_its_author"),
])
def test_sense_does_not_fire(coder, text, code):
    assert all(not c.startswith(code) for _, _, c in pairs(coder, text))
