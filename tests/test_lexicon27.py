"""Gold events with no trigger word, or none of their root, found in session 24 (helper
lexicon27), each shown by sentences of its own (none is a development-set sentence):
handing something back to a party returns it (084; property, treasures or control: 0842);
transferring a named person or a prisoner to another state is judicial cooperation (063);
calling a party corrupt criticises it (111, a naming word); applying a boycott is an
embargo (163); standing by or with another party, or in solidarity with it, backs it
(051); using or turning water cannon on another party's boats is violence short of
military fire (180). With the senses that must not fire: money or arms transferred, bodies
handed back (no property), standing with no party or by a thing, water cannon with no
party, a thing called corrupt, rules applied."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code or root prefix) among the pairs the records
# stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Indonesia handed back to the Netherlands dozens of statues.",
                 ("IDN", "NLD", "0842"), id="handed_back_statues"),
    pytest.param("Britain handed the looted bronzes back to Nigeria on Monday.",
                 ("GBR", "NGA", "084"), id="handed_the_bronzes_back"),
    pytest.param("Indonesia transferred the Australian prisoner to Australia on Sunday.",
                 ("IDN", "AUS", "063"), id="transferred_the_prisoner"),
    pytest.param("Jakarta transferred him to the Philippines on Wednesday to serve the rest of "
                 "his sentence.", ("IDN", "PHL", "063"), id="transferred_him"),
    pytest.param("The Peruvian president called his Bolivian counterpart corrupt.",
                 ("PER", "BOL", "111"), id="called_him_corrupt"),
    pytest.param("Russia applied a boycott of Georgian wine in 2006.",
                 ("RUS", "GEO", "163"), id="applied_a_boycott"),
    pytest.param("The United States stood by Israel on Monday.",
                 ("USA", "ISR", "051"), id="stood_by"),
    pytest.param("Germany stands with Ukraine, Scholz said.",
                 ("DEU", "UKR", "051"), id="stands_with"),
    pytest.param("The European Union stood in full solidarity with Cyprus, its spokesman said.",
                 ("IGO", "CYP", "051"), id="stood_in_solidarity_with"),
    pytest.param("The Chinese coast guard used water cannon against a Philippine supply boat.",
                 ("CHN", "PHL", "180"), id="used_water_cannon_against"),
    pytest.param("The Chinese coast guard turned water cannon on two Vietnamese fishing boats.",
                 ("CHN", "VNM", "180"), id="turned_water_cannon_on"),
])
def test_missed_trigger_is_coded(coder, text, wanted):
    got = {(s[:3], t[:3], c[:len(wanted[2])]) for s, t, c in pairs(coder, text)}
    assert wanted in got


# Senses that must not fire: (text, code or root prefix that must not appear).
@pytest.mark.parametrize(("text", "code"), [
    pytest.param("Indonesia transferred two million dollars to Australia.", "063",
                 id="money_transferred"),
    pytest.param("Canada transferred the frigate to the Philippines.", "063",
                 id="a_ship_transferred"),
    pytest.param("Britain handed the bodies back to Nigeria on Monday.", "0842",
                 id="bodies_handed_back_are_no_property"),
    pytest.param("The Japanese prime minister stood with the crowd in Tokyo.", "05",
                 id="stood_with_no_party"),
    pytest.param("The Japanese prime minister said he stood by the apologies of earlier "
                 "governments.", "05", id="stood_by_no_party"),
    pytest.param("Police used water cannon to disperse protesters outside the French embassy "
                 "in Niamey.", "18", id="water_cannon_on_protesters"),
    pytest.param("Haiti said it had the right to use the water of the river.", "18",
                 id="using_water"),
    pytest.param("The report called the Brazilian economy corrupt.", "11",
                 id="a_thing_called_corrupt"),
    pytest.param("Saudi Arabia applied the new rules to Turkish firms.", "16",
                 id="rules_applied"),
])
def test_sense_does_not_fire(coder, text, code):
    assert all(not c.startswith(code) for _, _, c in pairs(coder, text))
