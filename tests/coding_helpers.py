"""Code a short text with the session's coder and read actor codes off the records."""

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


def sides(coder, text: str) -> set[tuple[str, str, str]]:
    """(source code, target code, CAMEO root) of every record."""
    out = set()
    for r in coded(coder, text):
        for s in codes(r["source"]) or [""]:
            for t in codes(r["target"]) or [""]:
                out.add((s, t, r["cameo"][:2]))
    return out


def country_sides(coder, text: str) -> set[tuple[str, str, str]]:
    """sides() with actor codes cut to their country."""
    return {(s[:3], t[:3], root) for s, t, root in sides(coder, text)}


def records_in(coder, text: str, words: str) -> list[dict]:
    """The records whose sentence holds `words`."""
    return [r for r in coded(coder, text) if words in r["sentence"]]


def sides_in(coder, text: str, words: str) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of the records whose sentence holds `words`."""
    return {(s[:3], t[:3], r["cameo"][:2]) for r in records_in(coder, text, words)
            for s in codes(r["source"]) or [""] for t in codes(r["target"]) or [""]}


def dyads(recs: list[dict]) -> set[tuple]:
    """(code, source codes, target codes, modality) of each record."""
    return {(r["cameo"], tuple(codes(r["source"])), tuple(codes(r["target"])), r["modality"])
            for r in recs}


def dated(coder, body: str, pub: str, trigger: str) -> str | None:
    """The date of the event whose trigger starts with `trigger`; "word|phrase" picks it
    among the records whose sentence holds the phrase."""
    from test_ground4 import event

    trigger, _, words = trigger.partition("|")
    return event([r for r in coded(coder, body, pub) if words in r["sentence"]], trigger)["date"]


def joint_parties(coder, text: str, trigger: str) -> set[str]:
    """The countries acting in the records whose trigger starts with `trigger` (both, for a
    joint act: each side's act on the other)."""
    return {c[:3] for r in coded(coder, text) if r["trigger"].lower().startswith(trigger)
            for c in codes(r["source"])}
