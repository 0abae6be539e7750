"""Date rules found on tune..tune28 (helper dates24, session 23): the date of speech told at a
dated scene, tested on sentences of its own (other countries and wordings than the gold)."""

from __future__ import annotations

import pytest
from coding_helpers import dated

_LEAD = ("NAIROBI, March 12 -- Kenya will keep its border with Somalia closed until the "
         "security situation improves, Interior Minister Kipchumba Murkomen said on "
         "Wednesday. ")

# Each row: the article, its publication date, the event's trigger, its date.
DATE_CASES = {
    # -- "after the meeting" / "after the talks" when the text told no meeting or talks but a
    # visit on a day: the meeting of that visit, not the lead's day
    "'during a visit on Monday ... told reporters after the meeting' is Monday": (
        _LEAD + "Ethiopian Foreign Minister Gedion Timothewos raised the issue with his Kenyan "
        "counterpart Musalia Mudavadi during a visit to Nairobi on Monday, the ministry said. "
        "Mudavadi told reporters after the meeting that Kenya would reopen the crossings "
        "with Ethiopia soon.", "2025-03-12", "told", "2025-03-10"),
    "'visited ... on Monday ... told reporters after the talks' is Monday": (
        _LEAD + "Ugandan President Yoweri Museveni visited Nairobi on Monday. Kenyan President "
        "William Ruto told reporters after the talks that Kenya would lift its ban on sugar "
        "from Uganda.", "2025-03-12", "told", "2025-03-10"),
    # -- a visit told as a month or a year is another occasion than "the meeting": it stays
    # with the story's day
    "... but after 'a visit to Nairobi in 2019', 'told reporters after the meeting' is not "
    "2019": (
        _LEAD + "Ethiopian Foreign Minister Gedion Timothewos, who last made a visit to Nairobi "
        "in 2019, met his Kenyan counterpart Musalia Mudavadi. Mudavadi told reporters after "
        "the meeting that Kenya would reopen the crossings with Ethiopia soon.", "2025-03-12",
        "told", "2025-03-12"),
    # -- "after the signing": the day the text told the signing of ("signed ... on Monday"),
    # not the lead's day, also paragraphs later
    "'signed ... on Monday ... Speaking after the signing, X thanked' is Monday": (
        "NAIROBI -- Kenya and Ethiopia on Monday signed a power trade agreement in Addis "
        "Ababa, President William Ruto has announced.\n\nUnder the deal, an Ethiopian state "
        "firm will build a new power line to Nairobi.\n\nSpeaking after the signing, Mr Ruto "
        "thanked the Ethiopian government for \"standing with Kenya since independence\" and "
        "said the new line would cut power costs.", "2025-03-12", "thanked", "2025-03-10"),
    "... but with no signing told, 'Speaking after the signing, X thanked' is the lead's day": (
        _LEAD + "\n\nSpeaking after the signing, Kenyan President William Ruto thanked "
        "Ethiopia for its support.", "2025-03-12", "thanked", "2025-03-12"),
    # -- no visit told: "after the meeting" stays with the story's day
    "... but with no visit told, 'said after the meeting' is the lead's day": (
        _LEAD + "Kenyan Foreign Minister Musalia Mudavadi said after the meeting that Kenya "
        "would reopen the crossings with Ethiopia soon.", "2025-03-12", "said", "2025-03-12"),
}


@pytest.mark.parametrize(("body", "pub", "trigger", "expected"), DATE_CASES.values(),
                         ids=DATE_CASES.keys())
def test_dates(coder, body: str, pub: str, trigger: str, expected: str | None) -> None:
    assert dated(coder, body, pub, trigger) == expected
