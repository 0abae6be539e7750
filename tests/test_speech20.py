"""Accusation carried by what a speaker told of another party (session 20, brief speech20):
coercion told of another party as done, and fire opened; each rule
shown by sentences of its own in several phrasings (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


def country_pairs(coder, text: str) -> set[tuple[str, str, str]]:
    return pairs(coder, text, "2025-11-20")  # pairs() already cuts codes to their country


def accuses(found: set[tuple[str, str, str]], source: str, target: str) -> bool:
    return any(s == source and t == target and c.startswith("112") for s, t, c in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Indian troops opened fire on Pakistani border posts on Sunday.",
                 ("IND", "PAK"), id="opened_fire_on"),
    pytest.param("Azerbaijani soldiers opened heavy fire on Armenian positions overnight.",
                 ("AZE", "ARM"), id="opened_heavy_fire_on"),
    pytest.param("Venezuelan guardsmen had opened fire on a Guyanese patrol boat, Georgetown "
                 "said.", ("VEN", "GUY"), id="had_opened_fire_attributed"),
])
def test_opening_fire_is_force(coder, text: str, pair: tuple[str, str]) -> None:
    source, target = pair
    found = country_pairs(coder, text)
    assert any(s == source and t == target and c.startswith("19") for s, t, c in found), found


def test_opening_a_border_is_no_fire(coder) -> None:
    found = country_pairs(coder, "Kazakhstan opened the border with Kyrgyzstan on Monday.")
    assert not any(c.startswith("19") for _, _, c in found), found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Pakistan's army said on Thursday that Afghan forces had opened indiscriminate "
                 "fire on its posts.", ("PAK", "AFG"), id="said_had_opened_fire"),
    pytest.param("The Philippine coast guard said Chinese coast guard personnel boarded two "
                 "Philippine supply boats and seized their cargo.", ("PHL", "CHN"),
                 id="said_boarded_and_seized"),
    pytest.param("Vietnam's foreign ministry said Chinese law enforcement officers had seized "
                 "the catch of a Vietnamese fishing boat.", ("VNM", "CHN"),
                 id="said_had_seized_catch"),
    pytest.param("Kyiv said that two Ukrainian journalists were detained by Russian troops in "
                 "Melitopol.", ("UKR", "RUS"), id="said_were_detained_by"),
    pytest.param("Georgia's foreign ministry stated that Russian border guards abducted two "
                 "Georgian villagers near the boundary line.", ("GEO", "RUS"),
                 id="stated_abducted_villagers"),
])
def test_a_hostile_act_told_of_another_party_accuses_it(
        coder, text: str, pair: tuple[str, str]) -> None:
    # coercion (17), told of another party as done, accuses it as force does
    source, target = pair
    found = country_pairs(coder, text)
    assert accuses(found, source, target), found


@pytest.mark.parametrize("text", [
    "Iran said it had seized a British tanker in the Strait of Hormuz.",
    "China said its coast guard had boarded two Philippine boats near the shoal.",
    "Tokyo said Chinese warships had sailed near the islands during the drills.",
    "Nairobi diplomats say the step could push Ethiopia to reconsider the seizure of the "
    "Somali trucks.",
])
def test_an_own_act_told_accuses_no_one(coder, text: str) -> None:
    # (nor does a show of force told: "said Chinese ships had sailed near the coast")
    found = country_pairs(coder, text)
    assert not any(c.startswith("11") for _, _, c in found), found


@pytest.mark.parametrize("text", [
    "A Japanese fisheries official said the fishing boats that the Chinese coast guard had "
    "confiscated last year were old.",
    "Guatemala's government confirmed that forty migrants deported by Mexico arrived in the "
    "capital on Friday.",
])
def test_an_act_describing_a_noun_is_not_what_was_told(coder, text: str) -> None:
    # a relative clause or a participle on one of the clause's nouns tells no accusation
    found = country_pairs(coder, text)
    assert not any(c.startswith("112") for _, _, c in found), found
