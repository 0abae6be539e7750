"""Date rules found on tune8 (issue 5, round 7), each tested on sentences of its own: other
countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_ground4 import event

# Published on Friday 2025-03-14. Each row: the article, the event's trigger, its date.
DATE_CASES = {
    # -- a bare day of the month, also after a part of the day
    "'on the evening of the 12th' is that day of the story's month": (
        "On the evening of the 12th, Ruto held talks with Museveni in Nairobi.", "held",
        "2025-03-12"),
    "'on the 9th' after a passing earlier month stays in the story's month": (
        "Kenyan President William Ruto met Museveni on March 12. Ruto thanked Uganda for its "
        "help after the floods in January. Before that, on the 9th, Ruto had visited "
        "Tanzania.", "visited", "2025-03-09"),
    # -- "said/told/stated" take the publication date; other verbs of saying go on
    "'declared' in a dated story is told of the story's day": (
        "Ruto received Museveni in Nairobi on Tuesday. Ruto declared that Kenya condemned "
        "Uganda's arrest of Kenyan traders.", "condemned", "2025-03-11"),
    # (a host's reception is a meeting scene since session 24, whose people's "said" is
    # said there: tests/test_dates25.py)
    "'said' in a dated story still takes the publication date": (
        "Kenya closed its border crossing with Uganda on Tuesday. Ruto said that Kenya "
        "condemned Uganda's arrest of Kenyan traders.", "condemned", "2025-03-14"),
    "'stressed' does not pause the story": (
        "Ruto received Museveni in Nairobi on Tuesday. Ruto stressed that Kenya would keep "
        "helping Uganda. Museveni thanked Kenya for its support.", "thanked", "2025-03-11"),
    # -- a present-tense comment pauses the story; the next past-tense sentence resumes it
    "a comment between two acts of one visit": (
        "Ruto received Museveni in Nairobi on Tuesday. It is Museveni's second visit to Kenya "
        "since the election. Museveni thanked Kenya for its support.", "thanked",
        "2025-03-11"),
    "a past-perfect sentence after a comment does not resume the story": (
        "Ruto received Museveni in Nairobi on Tuesday. It is Museveni's second visit to Kenya "
        "since the election. Uganda had accused Kenya of spying.", "accused", None),
    # -- an act joined to "said in a statement" is told in that statement
    "an act conjoined to 'said in a statement'": (
        "Kenyan police detained two Ugandan traders on Tuesday. \"Uganda reserves the right "
        "to respond,\" the ministry said in a statement, and it lodged a strong protest with "
        "Kenya.", "lodged", "2025-03-11"),
    "'said in a statement, adding that ...'": (
        "Ruto held talks with Museveni in Kampala on Tuesday. Ruto also met Uganda's foreign "
        "minister, Kenya's foreign ministry said in a statement, adding that he had urged "
        "Uganda to free the traders.", "urged", "2025-03-11"),
    # -- a bare day after publication in the story's month is in the month before
    "'on the 28th' in a story of early March is February's": (
        "Ruto recalled Kenya's envoy from Uganda on Monday. It should be noted that on the "
        "28th, Ugandan troops crossed into Kenya. That same evening Kenya condemned the "
        "incursion.", "condemned", "2025-02-28"),
    # -- "weeks later" counts from a date the sentence named, even a bound one
    "'weeks later' after a 'when' clause on a bound date": (
        "The quarrel goes back to March 2021, when Kenya and Somalia signed a maritime "
        "accord; Nairobi recalled its ambassador weeks later in protest.", "recalled", "2021"),
    "the 'when' clause keeps its own date": (
        "The quarrel goes back to March 2021, when Kenya and Somalia signed a maritime "
        "accord; Nairobi recalled its ambassador weeks later in protest.", "signed",
        "2021-03"),
    "'weeks later' after a month may still be that month: only the year is sure": (
        "Kenya recalled its envoy from Somalia in June 2020. Weeks later, Somalia expelled "
        "the Kenyan ambassador.", "expelled", "2020"),
    "'days later' followed by 'in retaliation'": (
        "Kenya recalled its envoy from Somalia on June 3, 2020. Somalia expelled the Kenyan "
        "ambassador days later in retaliation.", "expelled", "2020-06"),
    # -- a past deed before a trailing "..., the ministry said" is the story's
    "'was handed a protest note, the ministry said'": (
        "Kenya recalled its envoy from Uganda on Tuesday. Uganda's charge d'affaires in "
        "Nairobi was also handed a protest note, the ministry said.", "handed",
        "2025-03-11"),
    "'X accused Y, the ministry said' is said on the day of the report": (
        "Kenyan police detained two Ugandan traders on Tuesday. Foreign Minister Odongo "
        "accused Kenya of harassing traders, the Ugandan ministry said.", "accused",
        "2025-03-14"),
    "an active warning before '..., the ministry said' is the report's too": (
        "Kenya recalled its envoy from Uganda on Tuesday. Kenya warned Uganda against any "
        "reprisal, the ministry said.", "warned", "2025-03-14"),
    # -- a clause on a noun renaming a date ("2011, the year in which") has that date
    "'since 2011, the year in which Kenya invaded'": (
        "Kenyan troops crossed into Somalia on Tuesday, the first time since 2011, the year "
        "in which Kenya invaded Somalia to fight al-Shabaab.", "invaded", "2011"),
    "a 'when' clause on a date beats the main clause's day": (
        "Relations soured on Tuesday, a sharp reversal from May 2023, when Ruto received "
        "Museveni in Nairobi.", "received", "2023-05"),
    # -- "from Wednesday" with no end: the act takes effect that day
    "'suspended flights from Wednesday'": (
        "Kenya suspended flights to Uganda from Wednesday, the aviation authority said.",
        "suspended", "2025-03-12"),
    "'will close ... from Thursday': the coming Thursday": (
        "Kenya will close its border with Somalia for two weeks from Thursday, the "
        "government said on Tuesday.", "close", "2025-03-20"),
    "'from Monday to Wednesday' stays a span": (
        "Kenya closed its border with Somalia from Monday to Wednesday last week.", "closed",
        "2025-03"),
    # -- "added" goes on with the dated statement before it, whatever the tense of its content
    "'He added that Kenya remains committed' after a dated answer": (
        "Kenyan government spokesman Isaac Mwaura answered on Tuesday that Nairobi took note "
        "of Uganda's decision. He added that Kenya remains committed to its partnership with "
        "Uganda.", "committed", "2025-03-11"),
    "'It added' after a plain 'said' stays the report's day": (
        "Kenya recalled its envoy from Uganda on Tuesday. The ministry said the envoy would "
        "return soon. It added that Kenya remains committed to its partnership with Uganda.",
        "committed", "2025-03-14"),
    # -- "this time": the occasion the story is about; a lede's day in a clause on its
    # subject is that occasion
    "'this time' after an earlier occasion is the story's day": (
        "President William Ruto, who on Tuesday paid a visit to Kampala, signed a trade accord "
        "with Museveni.\n\nRuto and Museveni met in Arusha in July.\n\nUnlike his previous "
        "visit in 2019, when he demanded a new border deal, this time Ruto did not criticise "
        "Uganda publicly.", "criticise", "2025-03-11"),
    "a clause's day does not displace the story's own": (
        "Kenya and Uganda signed a trade accord on Tuesday. Ruto, who arrived late on Monday, "
        "was given a ceremonial welcome in Kampala. Museveni thanked Kenya for its support.",
        "thanked", "2025-03-11"),
    # -- after "X said", "also" resumes the story even under a trailing "..., Y reported"
    "'Ruto also urged ..., the newspaper reported'": (
        "Kenyan President William Ruto held talks with Museveni in Kampala on Tuesday.\n\n"
        "Ruto said he stood by earlier Kenyan apologies, but he did not offer a new one.\n\n"
        "Ruto also urged Uganda to carry out a 2019 border deal, the Daily Monitor newspaper "
        "reported, citing unnamed government sources.", "urged", "2025-03-11"),
    # -- "Speaking alongside X, Y said": a joint appearance in the scene told
    "'Speaking alongside Ruto, Museveni said ...'": (
        "Kenyan President William Ruto hosted Museveni in Nairobi on Tuesday for talks on the "
        "border.\n\nSpeaking alongside Ruto, Museveni said Uganda was ready to work with the "
        "Kenyan leadership and people.", "ready", "2025-03-11"),
    # -- "shortly after the March 2 floods": within days after the dated occasion
    "'shortly after the March 2 floods'": (
        "Kenya had also flown a rescue team to Kampala shortly after the March 2 floods, which "
        "killed hundreds of people in Uganda.", "flown", "2025-03"),
    "plain 'after the February 2 floods' only bounds the act": (
        "Kenya sent a rescue team to Uganda after the February 2 floods.", "sent", "2025"),
    "a date after the noun may be the act's own": (
        "Kenya sent a rescue team to Uganda after the floods in February.", "sent", "2025-02"),
}


@pytest.mark.parametrize(("body", "trigger", "expected"), DATE_CASES.values(),
                         ids=list(DATE_CASES))
def test_dates(coder, body: str, trigger: str, expected: str | None) -> None:
    assert event(coded(coder, body), trigger)["date"] == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("on the afternoon of the 25th", ["the 25th"]),
    ("the capital of the 25th province", []),
    ("the victims of the 25th", []),
])
def test_a_day_after_a_part_of_the_day(text: str, kept: list[str]) -> None:
    from dyadwatch.when.expressions import find_expressions
    assert [e.text for e in find_expressions(text)] == kept


# -- modality: acts known only through another party's or unnamed people's word
@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("According to several diplomatic sources, Kenya would like Uganda to pay for the troops "
     "that must guard the border, a demand Kampala has so far refused.", "refused",
     "reported"),
    ("The two sides signed five agreements, and according to Kenyan officials the Ugandan "
     "side also promised new aid for flood victims.", "promised", "reported"),
    ("Ruto said Kenya had offered Uganda help to adapt to the change, but that Museveni had "
     "\"arrogantly refused\" it.", "refused", "reported"),
    ("Ruto said Kenya had offered Uganda help to adapt to the change, but that Museveni had "
     "\"arrogantly refused\" it.", "offered", "asserted"),
    ("Kenyan police and Ugandan troops exchanged gunfire on Saturday near the Busia crossing, "
     "killing two Kenyan officers, officials on both sides said.", "killing", "asserted"),
    ("Kenyan police and Ugandan troops exchanged gunfire on Saturday near the Busia crossing, "
     "killing two Kenyan officers, officials said.", "killing", "reported"),
    ("Ruto held talks with Museveni in Nairobi on Tuesday. The two leaders agreed to reopen "
     "the Busia crossing, a joint statement released after the meeting said.", "agreed",
     "asserted"),
    ("On Sunday, Foreign Minister Musalia Mudavadi called on the Ugandan authorities to let "
     "Kenyan experts inspect the water levels behind the Owen Falls dam, state media "
     "reported.", "called", "asserted"),
    ("On Sunday, Foreign Minister Musalia Mudavadi called on the Ugandan authorities to let "
     "Kenyan experts inspect the water levels behind the Owen Falls dam, Ugandan media "
     "reported.", "called", "reported"),
    ("Kenyan officials did not say when Ruto would travel to Kampala.", "travel", "future"),
    ("The agreement still has to be ratified by the parliaments of Kenya and Uganda before it "
     "enters into force.", "ratified", "future"),
    ("Kenya had to withdraw its troops from Somalia in 2020.", "withdraw", "asserted"),
])
def test_modality(coder, body: str, trigger: str, modality: str) -> None:
    assert event(coded(coder, body), trigger)["modality"] == modality


@pytest.mark.parametrize(("text", "word", "teller"), [
    # a trailing attribution the parse hangs on the last of coordinated verbs
    ("The two leaders pledged to raise bilateral trade, which reached about $2 billion last "
     "year, and agreed to open a new railway crossing on their 900-km border, a Kenyan "
     "presidential aide told reporters after the talks.", "pledged", "told"),
    # an "after X declared" clause of a conjunct is no attribution
    ("Kenya recalled its ambassador to Uganda on Monday and summoned the Ugandan envoy in "
     "Nairobi, hours after Uganda declared President Ruto persona non grata.", "recalled",
     None),
])
def test_trailing_attribution_on_a_conjunct(text: str, word: str, teller: str | None) -> None:
    from dyadwatch.ground.syntax import trailing_attribution
    from dyadwatch.nlp.model import load_pipeline
    doc = load_pipeline()(text)
    found = trailing_attribution(next(t for t in doc if t.text == word))
    assert (found.text if found is not None else None) == teller


def test_a_summons_and_protest_note_is_the_storys(coder) -> None:
    """The protest (114) is coded on "summoned" or "handed", whichever the event finder
    takes: either way it happened on the story's day, not the report's."""
    recs = coded(coder, "Kenya recalled its envoy from Uganda on Tuesday. Uganda's charge "
                        "d'affaires in Nairobi was also summoned and handed a protest note, "
                        "the ministry said.")
    protests = [r for r in recs if r["cameo"].startswith("11")]
    assert protests and all(r["date"] == "2025-03-11" for r in protests)
