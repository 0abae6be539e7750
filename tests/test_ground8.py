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
    # -- a date written before a noun names that occasion, not the verb's time
    "'the March 2 vote' does not date the call about it": (
        "Kenya condemned the arrests in Uganda and called for the result of the March 2 vote "
        "to be respected, government spokesman Isaac Mwaura said.", "condemned", "2025-03-14"),
    "'signed the March 2 accord': a making verb's own date": (
        "Kenya and Uganda signed the March 2 accord in Arusha.", "signed", "2025-03-02"),
    # -- an act with a trailing "..., a spokesperson said" is a statement of the report's day
    "'urged ..., a spokesperson said' after a dated act": (
        "Uganda expelled two Kenyan diplomats on Monday. Tanzania urged Uganda to show "
        "restraint, a foreign ministry spokesperson said, while the African Union called for "
        "talks.", "urged", "2025-03-14"),
    # -- "telling reporters" after two coordinated verbs goes with both
    "'condemned ... and promised ..., telling reporters'": (
        "Uganda expelled two Kenyan diplomats on Monday.\n\nIn Nairobi, foreign ministry "
        "spokesman Korir Sing'oei condemned the expulsions as unjustified and promised a "
        "response, telling reporters that Kenya would not stay silent.", "condemned",
        "2025-03-14"),
    # -- a deed done to someone, told with its source after "X said" paused the story
    "'was summoned ..., a spokesman said' is the story's latest day": (
        "Kenya expelled two Ugandan diplomats on Monday. Kenyan Foreign Minister Musalia "
        "Mudavadi said Kenya would not tolerate interference. Ugandan envoy Joseph Kamau was "
        "summoned to the Kenyan foreign ministry, a government spokesman said.", "summoned",
        "2025-03-10"),
    "'was summoned ..., a spokesman said' with no day told stays undated": (
        "Kenya has long complained about Ugandan traders. Ugandan envoy Joseph Kamau was "
        "summoned to the Kenyan foreign ministry, a government spokesman said.", "summoned",
        None),
    # -- "The visit came a week after X": X is the newest act told, also after "Y told
    # reporters" paused the story; "the next day" then counts from X
    "'The visit came a week after X' dates X from the visit": (
        "Uganda's foreign minister Jeje Odongo visited Nairobi on Monday. Odongo told "
        "reporters that ties with Kenya were strong. The visit came a week after Kenyan "
        "protesters stormed Uganda's consulate in Kisumu. Kampala summoned Kenya's high "
        "commissioner the next day to protest over the attack.", "stormed", "2025-03-03"),
    "'the next day' after 'The visit came a week after X' counts from X": (
        "Uganda's foreign minister Jeje Odongo visited Nairobi on Monday. Odongo told "
        "reporters that ties with Kenya were strong. The visit came a week after Kenyan "
        "protesters stormed Uganda's consulate in Kisumu. Kampala summoned Kenya's high "
        "commissioner the next day to protest over the attack.", "protest", "2025-03-04"),
    # -- "afterwards" goes on with the occasion just told, on its day
    "'Afterwards' after talks on a day is that day": (
        "On the afternoon of the 11th, Ruto and Museveni held talks in Kampala. Afterwards "
        "the two presidents signed five cooperation agreements.", "signed", "2025-03-11"),
    "'who said afterwards' in a sentence dated Tuesday": (
        "Kenya's foreign secretary held talks in Kampala on Tuesday with his Ugandan "
        "counterpart, who said afterwards that Uganda rejected Kenya's complaints.",
        "rejected", "2025-03-11"),
    # -- a plain past sentence right after a dated past-perfect one goes on with its scene
    "a plain past sentence after 'On Sunday X had met Y'": (
        "Kenya summoned Uganda's envoy on Thursday. On Sunday Ugandan envoy Joseph Kamau had "
        "met Kenyan officials in Nairobi. Kenya accused Ugandan troops of crossing the border.",
        "accused", "2025-03-09"),
    "the same after a paragraph break stays with the story": (
        "Kenya summoned Uganda's envoy on Thursday. On Sunday Ugandan envoy Joseph Kamau had "
        "met Kenyan officials in Nairobi.\n\nKenya accused Ugandan troops of crossing the "
        "border.", "accused", "2025-03-13"),
    # -- of two coordinated dated clauses, the later one is where the story has got to
    "'arrived on the 9th, and on the 10th held talks. The sides signed ...'": (
        "Ruto arrived in Kampala late on the evening of the 9th, and on the 10th he held talks "
        "with Museveni. The two sides then signed five agreements on trade and energy.",
        "signed", "2025-03-10"),
    # -- "later in the day": the scene's day, not the publication's
    "'Earlier in the day' after a dated act is that act's day": (
        "On Tuesday Kenyan police detained two Ugandan traders. Earlier in the day, Uganda had "
        "summoned Kenya's high commissioner.", "summoned", "2025-03-11"),
    "'earlier in the day' with no time told is the day of the report": (
        "Uganda summoned Kenya's high commissioner earlier in the day, the ministry said.",
        "summoned", "2025-03-14"),
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
    ("Later in the day, Uganda replied", ["Later in the day"]),
    ("earlier in the week Uganda replied", ["earlier in the week"]),
])
def test_later_and_earlier_are_adverbs(text: str, kept: list[str]) -> None:
    assert [e.text for e in find_all(text)] == kept


# -- modality: the negation of a negating verb leaves the act possible
@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("Kenya did not rule out expelling Uganda's ambassador.", "expelling", "hypothetical"),
    ("Ruto did not exclude that Kenya would recall its ambassador from Uganda.", "recall",
     "hypothetical"),
])
def test_modality(coder, body: str, trigger: str, modality: str) -> None:
    assert event(coded(coder, body), trigger)["modality"] == modality
