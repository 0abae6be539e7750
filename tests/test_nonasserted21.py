"""Non-asserted events found (issue 5, modality target; session 19 nonasserted21 helper): an
offer, promise or readiness that a hedging modal leaves only possible ("could offer to ease
the sanctions", "might promise to free", "may be ready to return") is coded as the act
offered, hypothetical, not as a hypothetical intent (03x), as a negated intent already is
("did not agree to reopen": the act, negated). "would" and "will" still tell an intent stated
now. Each is tested on sentences of its own (other countries and wordings than the gold
articles)."""

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

