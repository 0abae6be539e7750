"""Session 20 helper places20: a material act (force, coercion, seizure, deployment) that
names no party as target is done to the state of the place it struck or entered ("jets hit
the port of X", "fired rockets at villages near X", "seized a tanker off X"), a town the
location stage's gazetteer knows; a town too small to know is on the ground of the
document's other main party when the sentence names no other state. A place in the actor's
own country, a person's name or a month names no target. Probe sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import sides_in


@pytest.mark.parametrize("text, words, want", [
    # a town the gazetteer knows, through "near", "off", a passive subject, "the town of"
    ("Ukrainian drones attacked an airfield near Millerovo overnight.", "Millerovo",
     ("UKR", "RUS", "19")),
    ("Thai troops fired rockets at villages near Samraong on Thursday.", "Samraong",
     ("THA", "KHM", "19")),
    ("Iranian commandos seized a tanker off Fujairah on Friday.", "Fujairah",
     ("IRN", "ARE", "17")),
    ("An oil refinery near Novokuybyshevsk was hit by Ukrainian drones on Sunday.",
     "Novokuybyshevsk", ("UKR", "RUS", "19")),
    ("Indian artillery shelled villages near Kotli in Pakistani Kashmir.", "Kotli",
     ("IND", "PAK", "19")),
    # a town too small to know, in a sentence naming no other state: the document's dyad
    ("Talks between Congo and Rwanda stalled. Rwandan troops seized the town of Bunagana "
     "on Monday.", "Bunagana", ("RWA", "COD", "19")),
    ("Talks between Azerbaijan and Armenia stalled. Azerbaijani troops shelled villages "
     "near Sotk on Tuesday.", "Sotk", ("AZE", "ARM", "19")),
])
def test_act_on_a_place_is_done_to_its_state(coder, text, words, want):
    assert want in sides_in(coder, text, words)


@pytest.mark.parametrize("text, words", [
    # the actor's own ground
    ("Russian police raided a flat in Kazan on Monday.", "Kazan"),
    ("Turkish police detained 40 suspects in raids across Izmir.", "Izmir"),
    # a person's name, a month: no place
    ("Talks between Israel and Hezbollah stalled. Israeli aircraft struck Hassan "
     "Nasrallah's house in March.", "Nasrallah"),
    # an unknown town where the sentence names another state: no guess from the dyad
    ("Talks between Azerbaijan and Armenia stalled. Azerbaijani troops shelled villages "
     "near Sotk, Iranian officials said.", "Sotk"),
])
def test_place_gives_no_target(coder, text, words):
    got = sides_in(coder, text, words)
    assert not {s for s in got if s[1] and s[2] in ("17", "18", "19")}, got
