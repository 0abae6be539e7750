"""Date rules found on tune7 (issue 5), each tested on sentences of its own: other
countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_ground4 import event

# Published on Friday 2025-03-14. Each row: the article, the event's trigger, its date.
DATE_CASES = {
    # -- a "when" clause on a date noun happened at that date, whatever the preposition
    "a 'when' clause on a 'from' date": (
        "The quarrel marks a turn from June 2022, when Chilean President Gabriel Boric "
        "received Peruvian President Pedro Castillo in Santiago.", "received", "2022-06"),
    "a 'when' clause on an 'until' date": (
        "The crossing stayed open until October 2019, when Ghana closed its border with "
        "Togo.", "closed", "2019-10"),
    "a 'when' clause on a plain date": (
        "Ties were warm in 2018, when Ruto visited Kampala.", "visited", "2018"),
    # -- "that year" is the year the text just wrote out
    "'that year' after 'since 1998' is 1998": (
        "Kenyan trucks crossed into Somalia on Tuesday, the first time since 1998. Kenya "
        "closed the border that year after clashes with Somali militias.", "closed", "1998"),
    "'in May of that year' after a bound year": (
        "Ghana reopened its embassy in Lome on Monday, the first since 2011. Togo had "
        "expelled the Ghanaian ambassador in May of that year.", "expelled", "2011-05"),
    "'later that year' goes on from the narrative's year": (
        "Chile recalled its envoy in March 2021, the first recall since 2015. Later that "
        "year Peru expelled two Chilean diplomats.", "expelled", "2021"),
    "'that year' with no other year written is the narrative's": (
        "Peru expelled two Chilean diplomats in 2016. Chile recalled its ambassador that "
        "year.", "recalled", "2016"),
    # -- a reference back to an occasion already told takes its day
    "'told the same news conference': the occasion just told": (
        "Lavrov met Fidan in Ankara on Monday. Lavrov told the same news conference that "
        "Moscow was ready to restore flights to Turkey.", "ready", "2025-03-10"),
    "'after the meeting' names talks told before": (
        "Kenya and Uganda held talks in Nairobi on Tuesday.\n\nThe war in Sudan has "
        "displaced millions.\n\nAfter the meeting, Ruto thanked Uganda for its help, "
        "officials said.", "thanked", "2025-03-11"),
    "'during that visit': the visit told": (
        "Ruto visited Kampala on Monday.\n\nMuseveni praised Kenya during that visit, "
        "officials said.", "praised", "2025-03-10"),
    # -- a statement with no date of its own goes on with the story, unlike "said"
    "'in a statement': the narrative's day": (
        "Kenyan police detained two Ugandan diplomats on March 3. In a statement, the "
        "Ugandan ministry denounced the behaviour of Kenyan police.", "denounced",
        "2025-03-03"),
    "'in a statement' after a background cause: the story's latest day": (
        "NAIROBI, March 14 - Kenya recalled its ambassador to Uganda on Wednesday. The "
        "quarrel began last week at a regional summit in Arusha, officials said. In a "
        "statement signed by the foreign minister, Kenya denounced Uganda's remarks.",
        "denounced", "2025-03-12"),
    "'said in a statement' goes on with the story too": (
        "Egypt said on Tuesday that the talks with Ethiopia had failed. Egypt's water "
        "ministry said in a statement that it condemned Ethiopia's unilateral filling of the "
        "dam.", "condemned", "2025-03-11"),
    "'in a statement' inside a background paragraph keeps its time": (
        "Kenya recalled its ambassador to Uganda on Wednesday.\n\nIn 2019 Uganda expelled "
        "two Kenyan diplomats. In a statement, Kenya condemned the expulsion.",
        "condemned", "2019"),
    "'said' with no other clue stays the publication date": (
        "Kenyan police detained two Ugandan diplomats on March 3. Uganda's foreign minister "
        "said Kenya must release the diplomats.", "said", "2025-03-14"),
    "no story told: 'in a statement' is the publication date": (
        "In a statement, the Ugandan ministry denounced the behaviour of Kenyan police.",
        "denounced", "2025-03-14"),
    # -- one act told first without a date and later with one: the later date
    "a lede act retold with its day takes that day": (
        "LIMA, March 14 - Peru has lodged a strong protest with Chile after Chilean police "
        "detained Peruvian fishermen, the foreign ministry said.\n\nPeru resolutely "
        "protests the treatment of its fishermen, a ministry spokesman said on Wednesday.",
        "lodged", "2025-03-12"),
    "an older act of the same kind is another event": (
        "LIMA, March 14 - Peru has lodged a strong protest with Chile after Chilean police "
        "detained Peruvian fishermen, the foreign ministry said.\n\nPeru protested to Chile "
        "over a similar incident in January.", "lodged", "2025-03-14"),
    "an undated act is not dated by a past act of the same kind": (
        "Peru has recalled its ambassador to Chile, the foreign ministry said.\n\nPeru also "
        "recalled its ambassador to Chile in 2019 after a spying row.", "recalled", None),
    # -- a past clause coordinated after dated ones takes their time
    "a past clause coordinated after a dated one, parsed high": (
        "We should remember that in May 2021 Kyrgyz and Tajik border guards clashed over a "
        "water intake, dozens of people were killed, and Dushanbe accused Bishkek of "
        "provoking the fighting.", "accused", "2021-05"),
    "a coordinated clause with its own day keeps it": (
        "In May 2021 Kyrgyz and Tajik border guards clashed, and on Monday Dushanbe "
        "accused Bishkek of provoking the fighting.", "accused", "2025-03-10"),
    "a coordinated clause in the present perfect does not take the other's date": (
        "Kyrgyz and Tajik border guards clashed in May 2021, and Dushanbe has since accused "
        "Bishkek of provoking the fighting.", "accused", None),
    # -- "before dawn on Thursday" is that Thursday
    "'before dawn on' a day is a time of that day": (
        "Russian border guards seized two Estonian fishing boats before dawn on Thursday.",
        "seized", "2025-03-13"),
    # -- a possible act reported by a dated saying is not dated by it
    "a date on a noun of the saying's clause does not date the possible act": (
        "Kenyatta first raised the idea of a summit with Somalia on February 15, saying "
        "Kenya could host the Somali president in Nairobi one day.", "host", None),
    "a possible act's own date stays": (
        "Kenyatta said Kenya could host the Somali president for talks in Nairobi on May 15.",
        "host", "2025-05-15"),
    # -- "X said" pauses the story; a sentence that says it goes on resumes it
    "'also' after plain 'X said' sentences goes on with the story": (
        "Kenya and Uganda signed a defence pact in Nairobi on Tuesday.\n\nRuto said the "
        "pact would help both countries.\n\nMuseveni said Uganda was grateful.\n\n"
        "Ruto also awarded Museveni the Order of the Golden Heart.", "awarded",
        "2025-03-11"),
    "present commentary ends the story for good": (
        "Kenya and Uganda signed a defence pact in Nairobi on Tuesday.\n\nRuto said the "
        "pact would help both countries.\n\nRelations between the two neighbours remain "
        "tense.\n\nRuto also awarded Museveni the Order of the Golden Heart.", "awarded",
        None),
    "a lede act named back by a noun in a dated clause takes that day": (
        "ACCRA, March 14 - Ghana has recalled its ambassador from Lome after Togo's "
        "parliament backed a resolution on the border, the foreign ministry said.\n\n"
        "Foreign Minister Samuel Ablakwa announced the recall on Wednesday, calling the vote "
        "a hostile act.", "recalled", "2025-03-12"),
    # -- "that November": that month of the year the story is in
    "'that November' is November of the year just told": (
        "In 2020 Armenia and Azerbaijan fought a six-week war, and Russia brokered a "
        "ceasefire between them that November.", "brokered", "2020-11"),
    # -- translated copy: "on the eve" is the day before the narrative's
    "'on the eve' is the day before": (
        "The presidents of Kenya and Uganda signed a border treaty in Kampala on Thursday. "
        "On the eve, Ruto was met at the airport by Museveni.", "met", "2025-03-12"),
    # -- "days after X" with no number: X some days before the main clause (bounded)
    "an act some days before a dated one: its month": (
        "Lithuanian officials travelled to Taipei on Sunday, days after Chinese warships "
        "blockaded Taiwan.", "blockaded", "2025-03"),
    "an act a counted number of days before keeps its day": (
        "Lithuanian officials travelled to Taipei on Sunday, three days after Chinese "
        "warships blockaded Taiwan.", "blockaded", "2025-03-06"),
    # -- "a year earlier", "a month later": counted in years or months, not to the day
    "'a year earlier' is that year": (
        "EU leaders met Xi Jinping in Beijing on Thursday. A year earlier, Brussels imposed "
        "tariffs on Chinese electric cars.", "imposed", "2024"),
    "'a month later' is that month": (
        "Algeria recalled its ambassador from Rabat on 24 August 2021. A month later, Algeria "
        "closed its airspace to Moroccan aircraft.", "closed", "2021-09"),
    "'at the same summit': the summit told": (
        "EU leaders met Xi Jinping in Beijing on Thursday for a summit on trade.\n\nThe war "
        "in Ukraine overshadows the relationship.\n\nAt the same summit, Costa urged China "
        "to press Russia to end the war.", "urged", "2025-03-13"),
    # -- "told X" to a person the scene just showed is told in that scene
    "'told Xi' after 'met Xi on Thursday': Thursday": (
        "EU leaders met Xi Jinping in Beijing on Thursday. Von der Leyen told Xi that "
        "China must rebalance trade with Europe.", "told", "2025-03-13"),
    "'told reporters' is still the publication date": (
        "EU leaders met Xi Jinping in Beijing on Thursday. Von der Leyen told reporters that "
        "China must rebalance trade with Europe.", "told", "2025-03-14"),
    "a lede act under 'said on <publication day>' retold with its day takes that day": (
        "NAIROBI, March 14 - Kenya has summoned Uganda's deputy ambassador to protest "
        "against the detention of Kenyan fishermen, the foreign ministry said on Friday."
        "\n\nThe summons was delivered on Wednesday afternoon, a spokeswoman said.",
        "protest", "2025-03-12"),
    "a lede act dated by the dateline and retold with its day takes that day": (
        "HANOI, March 14 - Chinese law enforcement officers attacked Vietnamese fishermen "
        "near the Paracel Islands, Vietnam's foreign ministry said.\n\nChinese officers "
        "attacked the Vietnamese fishermen on Sunday with iron bars, the crew said.",
        "attacked", "2025-03-09"),
}


@pytest.mark.parametrize(("text", "kept"), [
    ("pulled the buoys out before dawn on Thursday", ["on Thursday"]),
    ("struck the village before daybreak on Sunday", ["on Sunday"]),
    ("must withdraw by dawn on Monday", []),
    ("must leave by midnight on Saturday", []),
    ("must leave before noon on Friday", []),
    ("the minister said that May would decide", []),
    # an occasion's eve (round 11: "eve_of", the day before the summit the text told of)
    ("talks on the eve of the summit", ["on the eve of the summit"]),
])
def test_before_dawn_is_no_bound(text: str, kept: list[str]) -> None:
    from dyadwatch.when.expressions import find_expressions
    assert [e.text for e in find_expressions(text)] == kept


@pytest.mark.parametrize(("body", "trigger", "modality", "date"), [
    ("Somalia will reject any talks with Kenya, President Hassan Sheikh Mohamud said on "
     "Tuesday.", "reject", "asserted", "2025-03-11"),
    ("Somalia said on Tuesday it would refuse any talks with Kenya.", "refuse", "asserted",
     "2025-03-11"),
    ("Somalia will reject any talks with Kenya, Kenyan media reported.", "reject", "future",
     None),
])
def test_a_refusal_its_party_declares_is_made(coder, body, trigger, modality, date) -> None:
    """A refusal (CAMEO 12) that the refusing party declares with "will" is made by the
    declaration: asserted, on the day of the saying; told by others it stays a plan."""
    rec = event(coded(coder, body), trigger)
    assert (rec["modality"], rec["date"]) == (modality, date)


def test_the_same_call_as_a_demand_is_no_occasion(coder) -> None:
    """"made the same call" (an appeal, not a phone call) is no reference to an occasion:
    only "in/at/during/to the same ..." or "told the same ..." are."""
    recs = coded(coder, "Ruto visited Kampala on Monday.\n\nGermany made the same call to "
                        "Uganda, officials said.")
    assert all(r["date_text"] != "the same call" for r in recs)


@pytest.mark.parametrize(("body", "trigger", "expected"), DATE_CASES.values(),
                         ids=list(DATE_CASES))
def test_dates(coder, body: str, trigger: str, expected: str | None) -> None:
    assert event(coded(coder, body), trigger)["date"] == expected


def test_a_speech_act_known_only_from_the_press_is_reported(coder):
    from coding_helpers import coded

    recs = coded(coder, "Prabowo has invited the Australian prime minister to his inauguration "
                        "in Jakarta, according to Indonesian media.")
    assert any(r["cameo"] == "036" and r["modality"] == "reported" for r in recs)
    recs = coded(coder, "Prabowo has invited the Australian prime minister to his inauguration "
                        "in Jakarta, according to his office.")
    assert any(r["cameo"] == "036" and r["modality"] == "asserted" for r in recs)
