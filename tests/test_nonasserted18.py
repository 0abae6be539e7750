"""Non-asserted events found with their modality (issue #5, session 16 helper
"nonasserted18"), each rule tested on sentences of its own (other countries, tenses, voices
and wordings than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# An envoy told to go in the passive ("was asked to leave", "were ordered to leave") is
# expelled (161) by the state whose country he leaves or, with none named, by the other
# party of the story, in every mood: done, to come, possible, or not done.
ENVOY_TOLD_TO_GO = {
    "was ordered to leave COUNTRY (asserted)": (
        "The Russian ambassador was ordered to leave Sweden on Monday.",
        ("161", ("SWE",), ("RUSGOV",), "asserted")),
    "had been ordered to leave COUNTRY (asserted)": (
        "A number of Iranian embassy employees had been ordered to leave Austria, the "
        "Austrian foreign ministry said.",
        ("161", ("AUT",), ("IRNGOV",), "asserted")),
    "were told to leave, story's other party (asserted)": (
        "Ghana summoned the Nigerian high commissioner on Monday. Two Nigerian diplomats "
        "were told to leave the country.",
        ("161", ("GHA",), ("NGAGOV",), "asserted")),
    "will be asked to leave (future)": (
        "Peru summoned the Mexican ambassador on Monday. Two Mexican diplomats will be "
        "asked to leave the country.",
        ("161", ("PER",), ("MEXGOV",), "future")),
    "could be ordered to leave (hypothetical)": (
        "Latvia summoned the Belarusian charge d'affaires on Monday. Several Belarusian "
        "diplomats could be ordered to leave, officials said.",
        ("161", ("LVA",), ("BLRGOV",), "hypothetical")),
    "was not asked to leave (negated)": (
        "Egypt summoned the Turkish charge d'affaires on Tuesday. The Turkish ambassador, "
        "however, was not asked to leave the country.",
        ("161", ("EGY",), ("TURGOV",), "negated")),
    "has not been told to leave COUNTRY (negated)": (
        "The Chinese envoy has not been told to leave Lithuania.",
        ("161", ("LTU",), ("CHNGOV",), "negated")),
}


@pytest.mark.parametrize("name", list(ENVOY_TOLD_TO_GO))
def test_envoy_told_to_go_in_the_passive_is_expelled(coder, name: str) -> None:
    text, expected = ENVOY_TOLD_TO_GO[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The Russian ambassador was asked to leave the meeting by the chairman.",
    "Russian tourists were asked to leave the hotel.",
    "The Chinese ambassador was asked to leave the room before the vote.",
])
def test_others_asked_to_leave_are_not_expelled(coder, text: str) -> None:
    got = dyads(coded(coder, text))
    assert not any(d[0] == "161" for d in got), got


def test_active_order_to_leave_unchanged(coder) -> None:
    got = dyads(coded(coder, "Sweden ordered the Russian ambassador to leave the country."))
    assert ("161", ("SWE",), ("RUSGOV",), "asserted") in got, got
