"""The state whose ground an act happens on, as the act's recipient when none is named.

With domestic coding on (as PLOVER codes events), a curfew, a state of emergency, a protest
or an attack with no named recipient is done to the state where it happens: "the government
imposed a curfew in Lima", "ethnic Albanians demonstrated in Serbia", "rebels exploded bombs
in Kabul". Which acts count is data (data/territorial_acts.tsv). Interstate coding is left
alone: there a place in the actor's own country names no second party.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dyadwatch.pipeline import ActorMention, CodingState
from dyadwatch.tables import read_tsv

# "in Lima", "across the north of Iraq", "outside Parliament", "near Kabul"
GROUND_PREPS = frozenset({"in", "at", "across", "inside", "throughout", "near", "outside",
                          "around", "into", "within"})
PLACE_KINDS = frozenset({"state", "place"})


@cache
def territorial_prefixes() -> tuple[str, ...]:
    return tuple(r["prefix"].strip() for r in read_tsv("territorial_acts.tsv"))


def territorial(code: str) -> bool:
    return code.startswith(territorial_prefixes())


def placed_under(tok: Token, place: Token) -> bool:
    """The place hangs below the act through a place preposition ("curfew in Lima",
    "threatened to institute a curfew in Algiers"), not through a subject."""
    via_place = False
    cur = place
    while cur.i != tok.i and cur.head.i != cur.i:
        if cur.dep_ in ("nsubj", "nsubjpass"):
            return False  # "protesters in Lima blocked roads": where the actors are from
        via_place = via_place or (cur.dep_ == "prep" and cur.lower_ in GROUND_PREPS)
        cur = cur.head
    return cur.i == tok.i and via_place


def governing_verb(noun: Token) -> list[Token]:
    """The verb an event noun is the object of ("remained on alert in Gaza", "staged a
    strike in Lima"): a place phrase may hang on it."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    head = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    return [head] if head is not None and head.pos_ in ("VERB", "AUX") else []


def home_ground(state: CodingState, tok: Token, code: str) -> list[ActorMention]:
    """The state of the first place phrase under a territorial act, for domestic coding."""
    if not state.config.domestic or not territorial(code) or state.doc is None:
        return []
    anchors = [tok, *governing_verb(tok)]
    for m in sorted(state.mentions, key=lambda m: m.token_start):
        if m.kind not in PLACE_KINDS or not m.country or m.token_start < 0:
            continue
        head = state.doc[m.head if m.head >= 0 else m.token_start]
        if any(placed_under(anchor, head) for anchor in anchors):
            return [ActorMention(code=m.country, country=m.country, roles=[], text=m.text,
                                 start_char=m.start_char, end_char=m.end_char,
                                 token_start=m.token_start, token_end=m.token_end,
                                 head=m.head, kind="state", confidence=0.8)]
    return []


def only_ground(state: CodingState, tok: Token, target: list[ActorMention]) -> bool:
    """Every target is a state named only as the place of the act ("in Hong Kong")."""
    doc = state.doc
    return bool(target) and doc is not None and all(
        not m.roles and 0 <= m.head < len(doc) and placed_under(tok, doc[m.head])
        for m in target)
