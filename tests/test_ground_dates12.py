"""Date rules found on tune9..tune16 (helper dates12, session 11), each tested on sentences
of its own: other countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import dated

# Each row: the article, its publication date, the event's trigger (with "|words" of its
# sentence, when an earlier sentence has the same trigger), its date.
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
    # -- an act told inside a comparison with another occasion takes that phrase's own
    # time, not the story's
    "'unlike the agreement which B signed with C last year' is last year": (
        "Kazakhstan and China signed a trade pact in Astana on Tuesday.\n\n"
        "Unlike the agreement which Beijing signed with Kyrgyzstan last year, the pact "
        "contains no security clause.", "2024-06-06", "signed|Unlike", "2023"),
    "'like the accord which B signed with C in 2019' is 2019": (
        "Armenia and Georgia signed a transit accord in Yerevan on Tuesday.\n\n"
        "The accord has no customs clause, like the accord which Yerevan signed with Tehran "
        "in 2019.", "2024-06-06", "signed|like the", "2019"),
    # -- "their first meeting since X in June last year": the count's start is not the
    # meeting's time, for a later "during that meeting"
    "'during that meeting' is not dated by 'since' the meeting counts from": (
        "President Paul Kagame and President Felix Tshisekedi met in Doha on Tuesday, their "
        "first meeting since the collapse of the peace talks in June last year.\n\n"
        "During that meeting, Kagame urged Tshisekedi to disarm the militias.", "2025-03-20",
        "urged", "2025-03-18"),
    # -- what one of the two who met did to the other, told with no date of its own after
    # commentary, is of the meeting's day; an arrival told later is no meeting
    "'X thanked Y and invited him' after commentary is the talks' day": (
        "President William Ruto held talks with President Yoweri Museveni in Nairobi on "
        "Tuesday on the oil pipeline.\n\n"
        "The pipeline has been delayed for years by disputes over its route, and analysts say "
        "the cost keeps rising.\n\n"
        "A former minister told reporters that the project might need new funding.\n\n"
        "Ruto thanked Museveni for his patience and invited him to visit Mombasa.",
        "2024-05-16", "invited", "2024-05-14"),
    "'X invited Y, media reported' after a told arrival is the talks' day": (
        "President Shavkat Mirziyoyev held talks with President Sadyr Japarov in Tashkent on "
        "Wednesday on water sharing.\n\n"
        "Japarov was greeted at the airport on Tuesday evening by Mirziyoyev.\n\n"
        "Mirziyoyev invited Japarov to attend a regional summit in Samarkand next year, state "
        "media reported.", "2024-05-16", "invited", "2024-05-15"),
    # -- while the story stands at a meeting's day, what one of those who met says is said
    # there; anyone else's plain "said" keeps the publication date (the conventions)
    "'X said' by one who met, while the story is at the meeting, is the meeting's day": (
        "On the 14th, President Xi Jinping met with Portuguese Prime Minister Luis Montenegro "
        "in the Great Hall of the People.\n\n"
        "Xi Jinping stressed that the two sides should deepen cooperation in trade.\n\n"
        "Montenegro said that Portugal supports closer ties between the European Union and "
        "China and firmly adheres to the one-China policy.", "2025-05-15", "supports",
        "2025-05-14"),
    "'X said' by one who was not at the meeting keeps the publication date": (
        "On the 14th, President Xi Jinping met with Portuguese Prime Minister Luis Montenegro "
        "in the Great Hall of the People.\n\n"
        "Xi Jinping stressed that the two sides should deepen cooperation in trade.\n\n"
        "Spanish Foreign Minister Albares said that Spain supports closer ties between the "
        "European Union and China.", "2025-05-15", "supports", "2025-05-15"),
}


@pytest.mark.parametrize(("body", "pub", "trigger", "expected"), DATE_CASES.values(),
                         ids=DATE_CASES.keys())
def test_dates(coder, body: str, pub: str, trigger: str, expected: str | None) -> None:
    assert dated(coder, body, pub, trigger) == expected
