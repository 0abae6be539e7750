"""Parties from session 23's actor round (helper actors27): a measure taken up by a party
("Iceland joined EU sanctions against Russia", "adopted the EU's sanctions") is the
adopter's act; the noun's modifier or possessive names whose measure it first was, not who
imposes it now (events.extract.adopter, data/adoption_verbs.txt). A trip with its own
destination set beside its clause's act ("speaking during a visit to X", "flew to Y after a
visit to X", "returned from a visit to X", "after stops in X and Y") is a visit of its own,
by the clause's subject (events.sentence.own_trip); leaving for a country visits it. Probe
sentences of our own, in wire wording that appears in no gold file."""

from __future__ import annotations

import pytest
from coding_helpers import records_in, sides_in

# -- "X joined/adopted Y's sanctions against Z": X sanctions Z ------------------------------
ADOPTED = [
    ("OSLO, March 3 (Reuters) - Norway has joined European Union sanctions against Iran over "
     "its supply of drones to Moscow, the foreign ministry said on Friday.", "joined",
     ("NOR", "IRN", "16")),
    ("BERN, June 9 (Reuters) - Switzerland on Friday adopted the European Union's latest "
     "sanctions against Belarus, the government said.", "adopted", ("CHE", "BLR", "16")),
    ("CANBERRA, May 2 (Reuters) - New Zealand joined U.S. sanctions against Myanmar's "
     "generals on Tuesday, its foreign minister said.", "joined", ("NZL", "MMR", "16")),
]


def test_measure_not_taken_up_keeps_its_maker(coder):
    """Near miss: sanctions a party only reports on stay the EU's (the rule needs an
    adoption verb governing the measure)."""
    body = ("OSLO, March 3 (Reuters) - Norway's foreign minister said on Friday that European "
            "Union sanctions against Iran had come into force.")
    found = sides_in(coder, body, "come into force")
    assert ("NOR", "IRN", "16") not in found
    assert ("IGO", "IRN", "16") in found


# -- a trip of its own beside the clause's act: "during/after a visit to X", "returned from
# a visit to X" ------------------------------------------------------------------------------
TRIPS = [
    ("CANBERRA, May 3 (Reuters) - French Foreign Minister Jean-Noel Barrot, speaking on "
     "Friday during a visit to New Zealand, said trade talks would resume.", "during a visit",
     ("FRA", "NZL", "04")),
    ("NAIROBI, March 4 (Reuters) - Turkish President Tayyip Erdogan flew to Nairobi on "
     "Tuesday after a visit to Ethiopia, officials said.", "after a visit",
     ("TUR", "ETH", "04")),
    ("NEW DELHI, Oct 2 (Reuters) - Indian Prime Minister Narendra Modi returned on Saturday "
     "from a state visit to Kenya.", "returned", ("IND", "KEN", "04")),
    # stops on a tour and leaving for a capital are visits there
    ("ACCRA, Jan 9 (Reuters) - German Chancellor Olaf Scholz arrived in Ghana late on Thursday, "
     "after stops in Senegal and Nigeria.", "after stops", ("DEU", "NGA", "04")),
    ("ACCRA, Jan 9 (Reuters) - German Chancellor Olaf Scholz arrived in Ghana late on Thursday, "
     "after stops in Senegal and Nigeria.", "after stops", ("DEU", "SEN", "04")),
    ("ACCRA, Jan 9 (Reuters) - German Chancellor Olaf Scholz met Ghana's President John "
     "Mahama on Thursday before leaving for Togo.", "leaving for", ("DEU", "TGO", "04")),
]


@pytest.mark.parametrize("body, words, side", ADOPTED + TRIPS)
def test_adopter_imposes_the_measure_and_own_trip_is_a_visit(coder, body, words, side):
    assert side in sides_in(coder, body, words)


def test_refraining_from_trips_is_no_visit(coder):
    """Near miss: "from" a trip is a trip come back from only after "returned"; advice to
    refrain from trips to a country is no visit to it."""
    body = ("DUSHANBE, Nov 12 (Reuters) - Tajikistan's foreign ministry summoned Russia's "
            "ambassador and advised citizens to refrain from trips to Russia.")
    assert not any(root == "04" and (src, tgt) == ("TJK", "RUS")
                   for src, tgt, root in sides_in(coder, body, "refrain"))


def test_leaving_office_or_a_treaty_is_no_visit(coder):
    """Near miss: leaving a treaty (no "for" a place) is no visit, nor a "stop" to a war."""
    body = ("KYIV, Jan 9 (Reuters) - Moldova said on Thursday it would leave the CIS treaty "
            "with Russia and called for a stop to Russia's war in Ukraine.")
    assert not any(root == "04" for _, _, root in sides_in(coder, body, "leave"))


def test_talks_during_a_visit_stay(coder):
    """The talks held during the visit stay coded beside it (the visit is no meeting that
    would make them a retelling)."""
    body = ("HANOI, Dec 9 (Reuters) - Laotian President Thongloun Sisoulith discussed border "
            "trade with Vietnamese President Luong Cuong during his state visit to Hanoi on "
            "Monday.")
    recs = records_in(coder, body, "discussed")
    assert any(r["trigger"] == "discussed" and r["cameo"] == "040" for r in recs)
    assert any(r["trigger"] == "visit" and r["cameo"] == "042" for r in recs)
