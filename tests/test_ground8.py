"""Date and modality rules found on tune9/tune10 (issue 5, round 8), each tested on sentences
of its own: other countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_ground4 import event

from dyadwatch.when.expressions import find_all

# Published on Friday 2025-03-14. Each row: the article, the event's trigger, its date.
DATE_CASES = {
    # -- "N days later" is an adverb whatever follows it
    "'two days later by a court' counts from the day the sentence named": (
        "On March 3 Kenyan police detained six Ugandan traders at the border post; four of "
        "them were charged two days later by a Nairobi court.", "charged", "2025-03-05"),
}


@pytest.mark.parametrize(("body", "trigger", "expected"), DATE_CASES.values(),
                         ids=list(DATE_CASES))
def test_dates(coder, body: str, trigger: str, expected: str | None) -> None:
    assert event(coded(coder, body), trigger)["date"] == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("were charged two days later by a court", ["two days later"]),
    ("the talks took place a week later than planned", []),
    ("a month earlier with Paris", ["a month earlier"]),
    ("two days after the vote", ["two days after"]),
])
def test_later_and_earlier_are_adverbs(text: str, kept: list[str]) -> None:
    assert [e.text for e in find_all(text)] == kept
