"""Date rules found on tune..tune27 (helper dates22, session 22), each tested on sentences
of its own: other countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import dated

# Each row: the article, its publication date, the event's trigger ("word|phrase" picks it
# among the records whose sentence holds the phrase), its date.
DATE_CASES = {
    # -- "X said on Saturday that ... It said ...": a pronoun taking up the speaker the
    # sentence before told speaking on a recent day goes on with what was said that day,
    # not the day of the report
    "'It said' after 'the ministry said on Saturday' is that Saturday": (
        "Kenya's foreign ministry said on Saturday that the arrests were unlawful. It said "
        "Uganda had violated the rights of Kenyan citizens.", "2024-05-13",
        "said|violated", "2024-05-11"),
    "... and through an undated 'The ministry said' between": (
        "Ghana's foreign ministry announced on Friday that it would close its border with "
        "Togo. The ministry said the decision answered the attacks of last week. It said "
        "Togo had violated the rights of Ghanaian traders.", "2024-05-13",
        "said|violated", "2024-05-10"),
    "'He said' after 'said on Wednesday in a statement' is that Wednesday": (
        "In a statement on Wednesday, Ethiopian spokesman Nebiat Getachew said the talks "
        "were over. He said Ethiopia would keep supplying electricity to Djibouti.",
        "2024-05-16", "said|supplying", "2024-05-15"),
    "... but not a named speaker after another's dated saying": (
        "Kenya's foreign ministry said on Saturday that the arrests were unlawful. Ugandan "
        "spokesman Felix Baryamureeba said Uganda would keep supplying electricity to "
        "Kenya.", "2024-05-13", "said|supplying", "2024-05-13"),
    "... nor 'It said' after a sentence of deeds between": (
        "Kenya's foreign ministry said on Saturday that the arrests were unlawful. Uganda "
        "closed its border with Kenya last year. It said Uganda had violated the rights of "
        "Kenyan citizens.", "2024-05-13", "said|violated", "2024-05-13"),
}


@pytest.mark.parametrize(("body", "pub", "trigger", "expected"), DATE_CASES.values(),
                         ids=DATE_CASES.keys())
def test_dates(coder, body: str, pub: str, trigger: str, expected: str | None) -> None:
    assert dated(coder, body, pub, trigger) == expected
