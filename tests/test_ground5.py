"""Date rules found on tune6 (issue 5), each tested on sentences of its own: other
countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_ground4 import event

# Published on Friday 2025-03-14. Each row: the article, the event's trigger, its date.
DATE_CASES = {
    "a year in a comma relative clause inside the infinitive does not date the act": (
        "Chile and Peru held talks in Lima on Monday. Peru pledged to expand bilateral "
        "trade, which fell sharply last year, and agreed to reopen a border crossing.",
        "pledged", "2025-03-10"),
    "a year in a comma relative clause does not frame the next sentence": (
        "Chile and Peru held talks in Lima on Monday. Peru pledged to expand bilateral "
        "trade, which fell sharply last year, and agreed to reopen a border crossing. "
        "Boluarte praised Chile as a reliable partner.", "praised", "2025-03-10"),
    "a second coordinated verb with a dated infinitive takes that date": (
        "Chile expelled the Peruvian envoy in 2015 and offered to restore ties in 2018.",
        "offered", "2018"),
    "a past year a speaker cites does not move the story back": (
        "On Tuesday, Ghana accused Togo of harbouring rebels. Mahama said the border "
        "dispute had been settled long ago, pointing to an apology offered by Togo during "
        "a visit to Accra in 2009. Ghana closed its border with Togo.", "closed",
        "2025-03-11"),
    "the text's own voice ('it should be noted') still moves the story back": (
        "On Tuesday, Ghana accused Togo of harbouring rebels. It should be noted that "
        "already in 2009 Togo apologised to Ghana. Ghana then closed its border with Togo.",
        "closed", "2009"),
    "'during the visit' is the story's visit, not an older one a speaker cited": (
        "On Tuesday, Kenyan President William Ruto began a two-day visit to Uganda. Ruto "
        "said relations had improved, pointing to a border deal agreed during a visit to "
        "Kampala in 2019. Ruto also met Ugandan opposition leaders during the visit, local "
        "media reported.", "met", "2025-03-11"),
    "'after the talks' dates an act by the talks told, not by the day the text went back to": (
        "Egypt and Sudan held talks in Cairo on Wednesday. Sisi had welcomed Burhan at the "
        "airport on Tuesday evening. Sisi praised Sudan as a brotherly nation after the "
        "talks, an aide said.", "praised", "2025-03-12"),
    "a past-perfect act before a month frame: only the year": (
        "Morocco froze most trade with Tunisia in June 2024. Rabat had also recalled its "
        "ambassador from Tunis.", "recalled", "2024"),
    "a past-perfect act before a day frame: that month": (
        "Morocco recalled its ambassador from Tunis on Tuesday. Rabat had also expelled two "
        "Tunisian diplomats.", "expelled", "2025-03"),
    # ground6 (tune7, the conventions): "in a statement" is not "said/told/stated", so the
    # statement goes on with the story (see tests/test_ground6.py)
    "an undated speech act told 'in a statement' goes on with the story": (
        "Rebels announced a new alliance in Nairobi on Tuesday. In a statement issued by its "
        "foreign ministry, Somalia demanded that Kenya expel the rebel leaders.", "demanded",
        "2025-03-11"),
    "without 'in a statement' the same act continues the narrative": (
        "Rebels announced a new alliance in Nairobi on Tuesday. Somalia demanded that Kenya "
        "expel the rebel leaders.", "demanded", "2025-03-11"),
}


def test_planned_meeting_gives_no_day_to_after_the_meeting(coder) -> None:
    """A meeting told as a plan ("will hold ... on Thursday") has no day yet: "after the
    meeting" does not take the past Thursday."""
    # the leaders named in full first: the coder no longer resolves a bare surname alone
    recs = coded(coder, "Peru praised Chile on Monday. Peruvian President Dina Boluarte will hold "
                 "a meeting with Chilean President Gabriel Boric on Thursday. Boluarte thanked "
                 "Boric after the meeting, officials said.")
    assert event(recs, "thanked")["date"] != "2025-03-13"


@pytest.mark.parametrize(("body", "trigger", "expected"), DATE_CASES.values(),
                         ids=list(DATE_CASES))
def test_dates(coder, body: str, trigger: str, expected: str | None) -> None:
    assert event(coded(coder, body), trigger)["date"] == expected
