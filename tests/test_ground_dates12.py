"""Date rules found on tune9..tune16 (helper dates12, session 11), each tested on sentences
of its own: other countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_ground4 import event

# Each row: the article, its publication date, the event's trigger, its date.
DATE_CASES = {
    # -- a wire dateline's day is when the story was filed: the lede's own day, even one
    # told in a clause, dates what the lede tells
    "a day in the lede's relative clause, not the dateline's, dates the lede's act": (
        "VILNIUS, Oct 9 (Reuters) - Lithuanian jets shot down a Russian drone that entered "
        "the country's airspace during a large overnight attack on Belarusian border posts "
        "into Tuesday.", "2024-10-09", "shot", "2024-10-08"),
    "a bracketed dateline's day gives way to the day the lede's visitor arrived": (
        "ABUJA, 3 June (Xinhua) -- The President of Ghana, who arrived on Thursday at the "
        "head of a large delegation, met and held talks with the President of Nigeria, and at "
        "the end of the meeting the two presidents signed a defence agreement.",
        "2023-06-03", "signed", "2023-06-01"),
    # ... but a lede with no day of its own still takes the dateline's
    "a lede with no day of its own keeps the dateline's day": (
        "HANOI, Oct 9 (Reuters) - Vietnam expelled a Chinese diplomat over the seizure of a "
        "fishing boat near the Paracel islands.", "2024-10-09", "expelled", "2024-10-09"),
}


@pytest.mark.parametrize(("body", "pub", "trigger", "expected"), DATE_CASES.values(),
                         ids=DATE_CASES.keys())
def test_dates(coder, body: str, pub: str, trigger: str, expected: str | None) -> None:
    assert event(coded(coder, body, pub), trigger)["date"] == expected
