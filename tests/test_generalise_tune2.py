"""Rules found by error analysis on new articles (tune2), each tested on sentences of its own:
habitual statements, diplomatic expulsions, agentless summons, compound actors and dates."""

from __future__ import annotations

from dyadwatch.read.document import Document


def coded(coder, body: str, pub: str = "2025-03-14") -> list[dict]:
    return [r.to_dict() for r in coder.code(Document("gen", body, pub_date=pub))]


def codes(actor) -> list[str]:
    if actor is None:
        return []
    if isinstance(actor, list):
        return [a["code"] for a in actor]
    return [actor["code"]]


def test_habitual_statements_are_not_coded(coder):
    for body in ("Chile has long accused Bolivia of smuggling weapons across the border.",
                 "Norway has repeatedly denied spying on Sweden.",
                 "Ecuador routinely accuses Peru of siding with Colombia."):
        assert coded(coder, body) == [], body


def test_a_single_dated_accusation_is_still_coded(coder):
    recs = coded(coder, "On Monday Chile accused Bolivia of smuggling weapons.")
    assert any(r["root"] == "11" for r in recs)
