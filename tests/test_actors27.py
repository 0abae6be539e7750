"""Parties from session 23's actor round (helper actors27): a measure taken up by a party
("Iceland joined EU sanctions against Russia", "adopted the EU's sanctions") is the
adopter's act; the noun's modifier or possessive names whose measure it first was, not who
imposes it now (events.extract.adopter, data/adoption_verbs.txt). Probe sentences of our
own, in wire wording that appears in no gold file."""

from __future__ import annotations

import pytest
from coding_helpers import sides_in


# -- "X joined/adopted Y's sanctions against Z": X sanctions Z ------------------------------
@pytest.mark.parametrize("body, words, side", [
    ("OSLO, March 3 (Reuters) - Norway has joined European Union sanctions against Iran over "
     "its supply of drones to Moscow, the foreign ministry said on Friday.", "joined",
     ("NOR", "IRN", "16")),
    ("BERN, June 9 (Reuters) - Switzerland on Friday adopted the European Union's latest "
     "sanctions against Belarus, the government said.", "adopted", ("CHE", "BLR", "16")),
    ("CANBERRA, May 2 (Reuters) - New Zealand joined U.S. sanctions against Myanmar's "
     "generals on Tuesday, its foreign minister said.", "joined", ("NZL", "MMR", "16")),
])
def test_adopter_imposes_the_measure(coder, body, words, side):
    assert side in sides_in(coder, body, words)


def test_measure_not_taken_up_keeps_its_maker(coder):
    """Near miss: sanctions a party only reports on stay the EU's (the rule needs an
    adoption verb governing the measure)."""
    body = ("OSLO, March 3 (Reuters) - Norway's foreign minister said on Friday that European "
            "Union sanctions against Iran had come into force.")
    found = sides_in(coder, body, "come into force")
    assert ("NOR", "IRN", "16") not in found
    assert ("IGO", "IRN", "16") in found
