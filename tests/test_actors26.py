"""Parties from session 22's actor round (helper actors26): a countryless role owned by a
relative "whose" ("Niger, whose military government revoked ...") belongs to the state the
relative clause hangs on, not to the document's other party; an "in" phrase places a
countryless role in its clause's country only when it names a place ("police arrested them
in Nairobi"), not an envoy ("the government would call in China's ambassador"), nor, for a
government, the place of a mission it acts on ("could close the embassy in Tel Aviv"). Probe
sentences of our own, in wire wording that appears in no gold file."""

from __future__ import annotations

import pytest
from coding_helpers import sides_in


# -- "X, whose government ...": the role is X's -------------------------------------------
@pytest.mark.parametrize("body, words, side", [
    ("Chad's government asked U.S. forces to leave a base near N'Djamena. The request came "
     "as Washington prepared to pull its troops out of neighbouring Niger, whose military "
     "government scrapped a defence accord with the United States in March.", "scrapped",
     ("NER", "USA", "16")),
    ("Russia's government accused Kyiv of sabotage on Monday. The row comes as Washington "
     "weighs new aid to neighbouring Moldova, whose government expelled a Russian diplomat "
     "on Tuesday.", "expelled", ("MDA", "RUS", "16")),
    ("Mali's junta cut diplomatic ties with Ukraine on Sunday. Kyiv also recalled its envoy "
     "from neighbouring Burkina Faso, whose military rulers expelled Ukraine's charge "
     "d'affaires on Tuesday.", "rulers expelled", ("BFA", "UKR", "16")),
])
def test_whose_role_belongs_to_the_relative_clause_head(coder, body, words, side):
    assert side in sides_in(coder, body, words)


def test_role_without_whose_keeps_its_context(coder):
    """Near miss: a plain countryless "the military government" in its own clause is still
    read from the sentence before (the rule needs "whose")."""
    body = ("Niger's junta met U.S. officials in Niamey on Monday. The military government "
            "revoked a defence accord with the United States on Saturday.")
    assert ("NER", "USA", "16") in sides_in(coder, body, "revoked")


# -- "the government would call in X's ambassador": an envoy is no place ------------------
@pytest.mark.parametrize("side, body", [
    (("LVA", "RUS", "11"), "A Moscow court jailed a Latvian citizen for ten years on Monday. "
     "Foreign Minister Baiba Braze said the government would call in Russia's ambassador."),
    (("SWE", "IRN", "11"), "Tehran sentenced a Swedish national to death on Tuesday. Foreign "
     "Minister Tobias Billstrom said the ministry would call in Iran's ambassador."),
    (("CAN", "CHN", "11"), "Beijing detained a Canadian businessman last week. Foreign "
     "Minister Melanie Joly said the government had called in China's ambassador."),
])
def test_role_is_not_placed_by_an_envoy_after_in(coder, side, body):
    assert side in sides_in(coder, body, "ambassador")


def test_role_is_still_placed_by_a_country_after_in(coder):
    """Near miss: "police arrested ... in Nairobi" still makes the police Kenya's."""
    body = ("China and Tanzania signed a rail deal on Friday. Police arrested two Chinese "
            "nationals in Nairobi on Monday.")
    assert ("KEN", "CHN", "17") in sides_in(coder, body, "Police arrested")


# -- "the government could close the embassy in Tel Aviv": its own mission abroad ----------
@pytest.mark.parametrize("body, side", [
    ("South Africa recalled its diplomats from Israel last week. Analysts said the government "
     "could downgrade the embassy in Tel Aviv.", ("ZAF", "ISR", "16")),
    ("Colombia expelled Israel's ambassador in May. Officials said the government would "
     "close the embassy in Tel Aviv next month.", ("COL", "ISR", "16")),
])
def test_government_is_not_placed_by_the_mission_it_acts_on(coder, body, side):
    assert side in sides_in(coder, body, "embassy in Tel Aviv")


def test_protesters_are_still_placed_by_the_embassy_they_storm(coder):
    """Near miss: protesters (not a government) at "the Saudi embassy in Tehran" are
    Iran's."""
    body = ("Riyadh and Tehran restored ties in March. In 2016 protesters stormed the Saudi "
            "embassy in Tehran.")
    # (precision24: premises stormed by a crowd are a riot, 14, no longer a seizure, 17)
    assert ("IRN", "SAU", "14") in sides_in(coder, body, "stormed")
