"""Non-asserted events found (issue 5, modality target; session 19 nonasserted21 helper): an
offer, promise or readiness that a hedging modal leaves only possible ("could offer to ease
the sanctions", "might promise to free", "may be ready to return") is coded as the act
offered, hypothetical, not as a hypothetical intent (03x), as a negated intent already is
("did not agree to reopen": the act, negated). "would" and "will" still tell an intent stated
now. A meeting noun that is the subject of a passive verb of planning ("talks between the two
sides are scheduled", "a new round of talks is expected") is a meeting to come between the
parties just named, as "will take place" already made it. Each is tested on sentences of its
own (other countries and wordings than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# Each row: the article, then one (cameo, sources, targets, modality) the coder must give.
FOUND = {
    "an offer to lift sanctions that could be made is the lifting, hypothetical": (
        "Officials in Brussels said the European Union could offer to lift sanctions on "
        "Belarus.", ("085", ("IGOEU",), ("BLR",), "hypothetical")),
    "a promise to free detainees that might be made is the release, hypothetical": (
        "Diplomats said Qatar might promise to release the Iranian detainees before the "
        "talks.", ("0841", ("QAT",), ("IRN",), "hypothetical")),
    "an offer of training that may be made is the training, hypothetical": (
        "Diplomats in Dakar say Paris may offer additional police training to Senegal.",
        ("072", ("FRA",), ("SENCOP",), "hypothetical")),
    "a readiness that may exist is the act, hypothetical": (
        "Diplomats said Iran could be willing to release the French detainees.",
        ("0841", ("IRN",), ("FRA",), "hypothetical")),
    "a hedged offer told in translated word order": (
        "According to analysts, Ankara could offer to return the seized vessel to Greece "
        "within days.", ("084", ("TUR",), ("GRC",), "hypothetical")),
}


@pytest.mark.parametrize("name", sorted(FOUND))
def test_hedged_offer_is_the_act_offered(coder, name: str) -> None:
    text, want = FOUND[name]
    got = dyads(coded(coder, text))
    assert want in got, got
    assert not any(d[0].startswith("03") for d in got), got


@pytest.mark.parametrize("text, want", [
    # a stated intent stays an intent, asserted
    ("Japan said it would offer aid to Myanmar.", ("033", ("JPN",), ("MMR",), "asserted")),
    ("Iran said it was willing to release the French detainees.",
     ("0353", ("IRN",), ("FRA",), "asserted")),
    ("Qatar promised to release the Iranian detainees, its foreign ministry said.",
     ("0353", ("QAT",), ("IRN",), "asserted")),
])
def test_stated_intent_stays_an_intent(coder, text: str, want: tuple) -> None:
    got = dyads(coded(coder, text))
    assert want in got, got


# Each row: the article, then the sides (sorted) of the future meeting (040) the coder must give.
PLANNED_MEETINGS = {
    "talks between the two sides are planned": (
        "Armenia and Azerbaijan traded accusations on Monday. Talks between the two sides "
        "are planned for next week.", ("ARM", "AZE")),
    "a new round of talks is expected": (
        "Serbia and Kosovo blamed each other for the clash. A new round of talks is expected "
        "in Brussels next week.", ("SRB", "XKX")),
    "a meeting of commanders of the two sides is expected": (
        "Indian and Chinese troops clashed in the Galwan valley on Monday. A meeting between "
        "corps commanders of the two sides is expected on Saturday, officials said.",
        ("CHN", "IND")),
    "talks are scheduled to resume": (
        "Ethiopia and Egypt exchanged sharp words over the dam on Sunday. Talks between the "
        "two sides are scheduled to resume in Cairo on Thursday.", ("EGY", "ETH")),
}


@pytest.mark.parametrize("name", sorted(PLANNED_MEETINGS))
def test_planned_meeting_is_between_the_parties_named(coder, name: str) -> None:
    text, want = PLANNED_MEETINGS[name]
    got = {(d[0], tuple(sorted(c[:3] for c in d[1] + d[2])), d[3])
           for d in dyads(coded(coder, text))}
    assert ("040", want, "future") in got, got


def test_meeting_planned_by_a_named_party_is_no_planned_meeting(coder) -> None:
    # planned by a named planner: a past act told of the planner, not a meeting to come
    got = dyads(coded(coder, "Armenia and Azerbaijan traded accusations on Monday. The talks "
                             "had been planned by Russian diplomats."))
    assert not any(d[0] == "040" and d[3] == "future" for d in got), got
