"""Parties from session 21's actor round (helper actors25): a subject pronoun ("It closed
the consulate") continues the main subject of a sentence before, not the subject of a
clause below it ("Warsaw ordered Moscow's Gdansk consulate shut. It expelled ...": Warsaw,
not Moscow's consulate). Probe sentences of our own, in wire wording that appears in no gold
file."""

from __future__ import annotations

import pytest
from coding_helpers import codes, country_sides, records_in, sides_in


# -- "X ordered Y's mission shut. It ...": "it" is X, the main subject -----------------------
@pytest.mark.parametrize("body, words, side", [
    ("Moscow vowed to retaliate. Warsaw ordered Moscow's Gdansk consulate shut last year. "
     "It expelled three Russian diplomats in May.", "It expelled", ("POL", "RUS", "16")),
    ("Moscow vowed to retaliate. Riga ordered Moscow's Daugavpils consulate shut in 2022. "
     "It summoned the Russian charge d'affaires on Monday.", "It summoned",
     ("LVA", "RUS", "11")),
    ("Minsk promised a firm answer. Vilnius ordered Minsk's Klaipeda consulate shut last "
     "year. It expelled two more Belarusian diplomats in March.", "It expelled",
     ("LTU", "BLR", "16")),
    ("Beijing promised countermeasures. Tokyo said Beijing's coast guard had entered its "
     "waters. It lodged a protest with China on Friday.", "It lodged", ("JPN", "CHN", "11")),
])
def test_subject_pronoun_continues_main_subject(coder, body, words, side):
    assert sides_in(coder, body, words) == {side}


# -- near misses: within its own sentence the nearest subject stays the antecedent ----------
def test_pronoun_in_own_sentence_keeps_nearest_subject(coder):
    body = ("Germany froze the assets on Monday, hours after Russia said it had seized a "
            "German tanker.")
    assert ("RUS", "DEU", "17") in country_sides(coder, body)
    assert ("DEU", "DEU", "17") not in country_sides(coder, body)


def test_plural_pronoun_needs_a_plural_main_subject(coder):
    """"They" does not take a singular main subject before it only for being main."""
    body = ("China's Commerce Ministry said on Saturday that it will impose tariffs on "
            "Canadian canola. In a joint statement, Agriculture Minister Lawrence MacAulay and "
            "Trade Minister Mary Ng said Canada was deeply disappointed by the tariffs. They "
            "said Canadian officials would engage with their Chinese counterparts.")
    assert ("CAN", "CHN", "03") in sides_in(coder, body, "They said")


# -- "X's ministry said the two governments ...": the pair holds the party named before ----
@pytest.mark.parametrize("body, words, pair", [
    ("Serbia and China signed trade deals on Monday. The United States criticised Serbia "
     "for the deals. China's foreign ministry said on Tuesday that the two governments had "
     "signed a free trade agreement.", "two governments", {"SRB", "CHN"}),
    ("Egypt and Ethiopia held talks on Monday. Sudan and Egypt also met. Ethiopia's foreign "
     "ministry said the two countries had agreed to resume talks.", "two countries",
     {"EGY", "ETH"}),
])
def test_both_sides_keep_the_party_named_before(coder, body, words, pair):
    recs = [r for r in records_in(coder, body, words) if r["cameo"][:2] in ("03", "05")]
    assert recs and all({c[:3] for c in codes(r["source"])} == pair for r in recs)


def test_both_sides_of_a_third_party_speaker_stay_the_pair_named_before(coder):
    """A speaker outside the main pair does not pull the pair to the main dyad."""
    body = ("Vietnam and the Philippines signed a coast guard pact on Monday. Asked about "
            "the pact, China's foreign ministry said the two countries should respect the "
            "consensus.")
    recs = records_in(coder, body, "two countries")
    assert not any("CHN" in {c[:3] for c in codes(r["target"])} for r in recs
                   if r["cameo"].startswith("0"))
