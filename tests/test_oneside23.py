"""Session 23, events dropped because one side is unresolved (oneside23). Each rule is shown
by sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded

STORY = ("Malaysia and Indonesia have disputed the Ambalat sea block for years, and their "
         "navies have faced off there twice. ")


def pair_roots(coder, text: str, words: str) -> set[tuple[frozenset[str], str]]:
    """(source countries, CAMEO root) of the records whose sentence holds `words`."""
    return {(frozenset(a["country"] for a in (r["source"] if isinstance(r["source"], list)
                                              else [r["source"]])), r["cameo"][:2])
            for r in coded(coder, text) if words in r["sentence"]}


@pytest.mark.parametrize("text", [
    pytest.param(STORY + "Both ministries announced that they agreed to a joint development "
                 "zone on Tuesday.", id="both_ministries"),
    pytest.param(STORY + "The two foreign ministers said they agreed to a joint development "
                 "zone.", id="two_ministers"),
])
def test_they_reported_by_both_sides_is_the_pair(coder, text) -> None:
    """"Both ministries announced that they agreed ...": a "they" subject of a clause that a
    subject naming both parties reports is that pair (inferred), the accord theirs."""
    assert (frozenset({"MYS", "IDN"}), "05") in pair_roots(coder, text, "development zone")


def test_they_reported_by_one_party_is_not_the_pair(coder) -> None:
    """"Indonesia's foreign ministry said they agreed ...": a speaker of one side names no
    pair; "they" is not read as both parties."""
    found = pair_roots(coder, STORY + "Indonesia's foreign ministry said they agreed to a joint "
                                      "development zone on Tuesday.", "development zone")
    assert (frozenset({"MYS", "IDN"}), "05") not in found


KINGDOMS = "Saudi Arabia and Thailand cut diplomatic ties in 1990 over a jewel theft. "


@pytest.mark.parametrize("subject", ["the two kingdoms", "both kingdoms"])
def test_the_two_kingdoms_name_the_pair(coder, subject) -> None:
    """"the two kingdoms agreed to restore full relations": kingdoms, like countries or
    republics, name the story's two parties."""
    text = KINGDOMS + f"In a joint statement on Friday, {subject} agreed on a new trade pact."
    assert (frozenset({"SAU", "THA"}), "05") in pair_roots(coder, text, "trade pact")


def test_the_two_other_kingdoms_are_another_pair(coder) -> None:
    """"the two other kingdoms" are not the story's pair."""
    text = KINGDOMS + "In a joint statement on Friday, the two other kingdoms agreed on a new " \
                      "trade pact."
    assert (frozenset({"SAU", "THA"}), "05") not in pair_roots(coder, text, "trade pact")
