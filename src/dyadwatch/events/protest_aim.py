"""Whom a protest is aimed at when the protest word names no target.

Protests (CAMEO 14x) often name their aim only in a phrase or clause around them: "rioted in
protest against the army's raids", "staged a hunger strike to demand the minister's
resignation", "blocked roads to press their demands on the government", "rallies against
the president". The aim is the first actor such a phrase names that is not on the
protesters' own side. Which phrases count is data (data/protest_aims.tsv).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from dyadwatch.events.extract import _mention_for, child, sides
from dyadwatch.pipeline import ActorMention, CodingState
from dyadwatch.tables import read_tsv

PROTEST_ROOT = "14"
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
# "in Lima", "during the visit": places and times inside the aim phrase are not the aim
SKIPPED_PREPS = frozenset({"in", "at", "during", "after", "before", "since", "until",
                           "near", "outside", "inside", "throughout", "across"})


@cache
def aim_words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for r in read_tsv("protest_aims.tsv"):
        kinds.setdefault(r["kind"].strip(), set()).add(r["lemma"].strip().lower())
    return {k: frozenset(v) for k, v in kinds.items()}


def carriers(tok: Token) -> list[Token]:
    """The protest word, and for a noun the verb that stages it ("staged a sit-in")."""
    out = [tok]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj", "nsubjpass"):
        head = tok.head if tok.dep_ != "pobj" else tok.head.head  # "went on strike"
        if head.pos_ in ("VERB", "AUX"):
            out.append(head)
    return out


def aim_phrases(tok: Token) -> Iterator[Token]:
    """Heads of the phrases that may name the protest's aim, nearest reading first; then
    the foreign mission it is held at."""
    words = aim_words()
    yield from stated_aims(tok, words)
    for carrier in carriers(tok):
        site = mission_site(carrier, words)
        if site is not None:
            yield site


def mission_site(carrier: Token, words: dict[str, frozenset[str]]) -> Token | None:
    """"rallied outside the French embassy", "marched to the Turkish consulate",
    "demonstrated in front of the embassy of Israel": the mission a protest is held at."""
    for c in carrier.children:
        if c.dep_ != "prep":
            continue
        place = child(c, "pobj")
        if place is not None and c.lower_ == "in" and place.lower_ == "front":
            of = next((g for g in place.children if g.dep_ == "prep" and g.lower_ == "of"),
                      None)
            place = child(of, "pobj") if of is not None else None
        elif c.lower_ not in words.get("site_prep", ()):
            continue
        if place is not None and place.lemma_.lower() in words.get("aim_site", ()):
            return place
    return None


def stated_aims(tok: Token, words: dict[str, frozenset[str]]) -> Iterator[Token]:
    """The phrases that say what a protest is for or against."""
    for carrier in carriers(tok):
        for c in carrier.children:
            lower = c.lower_
            if c.dep_ == "prep" and lower == "in":
                noun = child(c, "pobj")
                if noun is not None and noun.lemma_.lower() in words.get("aim_noun", ()):
                    yield noun
            elif c.dep_ == "prep" and lower in words.get("aim_prep", ()):
                yield c
            elif c.dep_ in PURPOSE_DEPS:
                # "marched, waving flags and demanding that American troops leave": an aim
                # verb conjoined with the participle that follows the protest
                yield from (v for v in (c, *c.conjuncts)
                            if v.lemma_.lower() in words.get("aim_verb", ()))


def phrase_actors(state: CodingState, head: Token) -> Iterator[ActorMention]:
    """Actors named inside a phrase, in text order, leaving out places and times."""
    skipped: set[int] = set()
    for t in head.subtree:
        if t.i == head.i:
            continue
        if t.dep_ == "prep" and t.lower_ in SKIPPED_PREPS:
            skipped.update(x.i for x in t.subtree)
        if t.i in skipped:
            continue
        m = _mention_for(state, t, pronouns=False)
        if m is not None:
            yield m


def protest_aim(state: CodingState, tok: Token, code: str, source: list[ActorMention]
                ) -> list[ActorMention]:
    """The first actor an aim phrase of this protest names off the protesters' side."""
    if not code.startswith(PROTEST_ROOT):
        return []
    own = sides(state, source)
    for head in aim_phrases(tok):
        for m in phrase_actors(state, head):
            if sides(state, [m]) - own:
                return [m]
    return []
