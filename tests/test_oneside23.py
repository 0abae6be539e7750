"""Session 23, events dropped because one side is unresolved (oneside23): the document's two
parties named by a phrase or pronoun standing for both. Each rule is shown by sentences of
its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded

MALAYSIA = ("Malaysia and Indonesia have disputed the Ambalat sea block for years, and their "
            "navies have faced off there twice. ")
THAILAND = "Saudi Arabia and Thailand cut diplomatic ties in 1990 over a jewel theft. "
PAIRS = {MALAYSIA: frozenset({"MYS", "IDN"}), THAILAND: frozenset({"SAU", "THA"})}

# (story, sentence up to "a joint development zone", CAMEO root, coded as the pair's act)
CASES = {
    # "Both ministries announced that they agreed ...": a "they" subject of a clause that a
    # subject naming both parties reports is that pair (inferred)
    "they_both_ministries": (MALAYSIA, "Both ministries announced that they agreed to", "05",
                             True),
    "they_two_ministers": (MALAYSIA, "The two foreign ministers said they agreed to", "05",
                           True),
    # a speaker of one side names no pair: "they" is not read as both parties
    "they_one_side": (MALAYSIA, "Indonesia's foreign ministry said they agreed to", "05",
                      False),
    # "the two kingdoms agreed": kingdoms, like countries or republics, name the pair; "the
    # two other kingdoms" are another pair
    "two_kingdoms": (THAILAND, "On Friday the two kingdoms agreed on", "05", True),
    "both_kingdoms": (THAILAND, "On Friday both kingdoms agreed on", "05", True),
    "other_kingdoms": (THAILAND, "On Friday the two other kingdoms agreed on", "05", False),
    # "Both governments said they were ready to work together": an intent of the pair to act
    # with each other is each side's intent towards the other; a shared aim told without
    # such words names no one the intent is told to
    "ready_together": (MALAYSIA, "Both governments said they were ready to work together on",
                       "03", True),
    "ministers_ready_together": (MALAYSIA, "The two foreign ministers said on Monday that "
                                 "they were ready to work together on", "03", True),
    "committed_no_together": (MALAYSIA, "Both governments said they remained committed to",
                              "03", False),
}


def pair_roots(coder, text: str, words: str) -> set[tuple[frozenset[str], str]]:
    """(source countries, CAMEO root) of the records whose sentence holds `words`."""
    return {(frozenset(a["country"] for a in (r["source"] if isinstance(r["source"], list)
                                              else [r["source"]])), r["cameo"][:2])
            for r in coded(coder, text) if words in r["sentence"]}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_phrase_or_pronoun_for_both_parties_names_the_pair(coder, case) -> None:
    story, sentence, root, wanted = CASES[case]
    found = pair_roots(coder, f"{story}{sentence} a joint development zone.",
                       "development zone")
    assert ((PAIRS[story], root) in found) is wanted
