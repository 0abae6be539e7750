"""Verdicts on the story's outcome: "welcomed the decision", "hailed the vote", "condemned
the move".

A definite outcome noun that names no actor ("the decision", "the vote", "the outcome",
"this move"; data/outcome_nouns.txt) as the object of a verdict (praise 05x, criticism
11x, rejection 12x) stands for the act the story is about: the lede's act, whose author
the verdict is aimed at. "The U.N. General Assembly suspended Russia from the Human Rights
Council ... Ukraine's foreign minister welcomed the decision": the Assembly, not Russia,
the party of the latest act told before the verdict; "Hungary's parliament voted to
ratify Sweden's accession ... Stoltenberg hailed the vote": the parliament.

The lede's act is the document's first coded event; the rule holds back when its author
is the speaker's own side (no party welcomes its own decision) or when the outcome noun
names its author ("the EU's decision", "the decision by Moscow"), which the ordinary
object rules read.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.events.extract import (
    VERB_POS,
    VERBAL_ROOTS,
    Site,
    child,
    prep_object,
    side_key,
    sides,
)
from dyadwatch.nlp.tokens import has_referring_determiner
from dyadwatch.pipeline import ActorMention, CodingState
from dyadwatch.tables import read_words

VERDICT_ROOTS = frozenset({"11", "12"})  # criticism, rejection; and praise (051)
# where an outcome noun names its author: "Russia's decision", "the Kremlin move", "the
# decision of the court", "the vote by parliament" (not "welcomed the outcome as a victory
# for Ukraine": what the outcome is called)
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
OWNER_PREPS = frozenset({"of", "by", "from"})
# a lede that opens with a verbal act (VERBAL_ROOTS) or praise is a reaction, not the
# outcome reacted to
PRAISE = "051"
LEDE_SENTENCES = 3


def outcome_nouns() -> frozenset[str]:
    return read_words("outcome_nouns.txt")


def outcome_object(state: CodingState, verb: Token) -> Token | None:
    """The verb's object when it is a definite outcome noun naming no actor in its phrase
    ("the decision", "this move"; not "the EU's decision", "the decision by Moscow")."""
    obj = child(verb, "dobj") or prep_object(verb, frozenset({"to", "of"}))
    if obj is None or obj.lemma_.lower() not in outcome_nouns():
        return None
    if not has_referring_determiner(obj):
        return None
    owner = {t.i for c in obj.children if c.dep_ in OWNER_DEPS
             or (c.dep_ == "prep" and c.lower_ in OWNER_PREPS) for t in c.subtree}
    if any(m.head in owner for m in state.mentions):
        return None
    return obj


def lede_author(state: CodingState, before: int, own: set[str | None]
                ) -> list[ActorMention]:
    """The source of the lede's act: the first coded event of the document's first three
    sentences that is no verbal act, told before token `before`; none when it is the
    speaker's own side."""
    doc = state.doc
    if doc is None:
        return []
    starts = sorted({s.start for s in doc.sents})[:LEDE_SENTENCES + 1]
    end = starts[LEDE_SENTENCES] if len(starts) > LEDE_SENTENCES else len(doc)
    lede = next((ev for ev in state.events if ev.trigger < min(end, before)
                 and ev.cameo[:2] not in VERBAL_ROOTS and ev.cameo != PRAISE), None)
    if lede is None:
        return []
    found = [m for m in lede.source if m.country and side_key(state, m) not in own]
    if not found or len(found) < len(lede.source):
        return []
    return found


def outcome_verdict_target(state: CodingState, site: Site) -> None:
    """Aim a verdict on the story's outcome ("welcomed the decision") at the lede act's
    author (see the module docstring)."""
    tok = site.token
    if (site.code[:2] not in VERDICT_ROOTS and site.code != PRAISE) or (
            tok.pos_ not in VERB_POS or not site.source):
        return
    if outcome_object(state, tok) is None:
        return
    author = lede_author(state, tok.sent.start, sides(state, site.source))
    if author and {m.country for m in author} != {m.country for m in site.target}:
        site.target = author
        site.flags.add("inferred")
