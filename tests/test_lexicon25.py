"""Gold events with no trigger site of their root, found in session 22 (helper lexicon25), each
shown by sentences of its own (none is a development-set sentence), in several phrasings:
naming another party's act a disgrace, an extreme measure, unprecedented, or a pact with
evil criticises it (111, data/label_words.txt: words that judge only in a naming); keeping
up dialogue, channels or contacts with another party, wanted or promised, is the intent to
meet (036), and keeping or preserving a relationship with it the intent to cooperate (030);
comparing another party's act or decision to something (not only the party itself) likens
it, a criticism (111).
With the senses that must not fire: the same words said of the news plainly in a statement
("said the heat wave was extreme and unprecedented"), and ties or channels kept as they are,
in the present ("Tuvalu, which still maintains relations with Taipei", "Australia keeps some
channels with Iran"), comparing notes with a counterpart, and a comparison that names no
party."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code or root prefix) among the pairs the records
# stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Russia closed the Estonian consulate in Pskov. Estonian Foreign Minister "
                 "Margus Tsahkna called the closure a disgrace.", ("EST", "RUS", "111"),
                 id="called_it_a_disgrace"),
    pytest.param("Israel revoked the status of the Norwegian diplomats. Norway's foreign "
                 "minister called the decision an extreme measure.", ("NOR", "ISR", "111"),
                 id="called_it_an_extreme_measure"),
    pytest.param("China expelled two Lithuanian diplomats. Lithuania's foreign ministry called "
                 "the expulsion unprecedented.", ("LTU", "CHN", "111"),
                 id="called_it_unprecedented"),
    pytest.param("Iran supplied drones to Russia. Ukrainian President Volodymyr Zelensky named "
                 "the deliveries a pact with evil.", ("UKR", "IRN", "111"),
                 id="named_it_a_pact_with_evil"),
    pytest.param("Canada's foreign minister said Ottawa wanted to keep diplomatic channels open "
                 "with New Delhi.", ("CAN", "IND", "036"), id="wanted_to_keep_channels_open"),
    pytest.param("Kenya's foreign ministry said Nairobi wanted to maintain a strong relationship "
                 "with Beijing.", ("KEN", "CHN", "030"), id="wanted_to_maintain_relationship"),
    pytest.param("Chile's foreign minister said Santiago would preserve its relationship with "
                 "Lima despite the dispute.", ("CHL", "PER", "030"),
                 id="would_preserve_relationship"),
    pytest.param("Brazil's president compared Israel's campaign in Gaza with the crimes of Nazi "
                 "Germany.", ("BRA", "ISR", "111"), id="compared_a_partys_act_with"),
    pytest.param("Turkey's foreign minister compared the Greek decision to a colonial policy.",
                 ("TUR", "GRC", "111"), id="compared_a_decision_to"),
])
def test_missed_trigger_is_coded(coder, text, wanted):
    got = {(s[:3], t[:3], c[:len(wanted[2])]) for s, t, c in pairs(coder, text)}
    assert wanted in got


# Senses that must not fire: (text, code or root prefix that must not appear).
@pytest.mark.parametrize(("text", "code"), [
    pytest.param("Greek officials said the heat wave that hit Athens was extreme and "
                 "unprecedented.", "111", id="plain_statement_of_extreme_judges_no_one"),
    pytest.param("Tuvalu, which still maintains relations with Taipei, rejected the Chinese "
                 "offer.", "03", id="relations_kept_as_they_are"),
    pytest.param("Australia keeps some channels with Iran.", "0",
                 id="channels_kept_in_the_present"),
    pytest.param("India's foreign minister compared notes with his Japanese counterpart on the "
                 "Chinese drills.", "111", id="comparing_notes_criticises_no_one"),
    pytest.param("The ministers compared the two proposals.", "111",
                 id="comparing_with_no_party"),
])
def test_sense_does_not_fire(coder, text, code):
    assert all(not c.startswith(code) for _, _, c in pairs(coder, text))
