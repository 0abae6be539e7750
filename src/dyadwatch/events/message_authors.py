"""The author of a message the text makes the subject of an act.

"The letter, which circulated on social media, accused Washington of failing to produce
documents", after "a letter sent earlier this month by Chad's air force chief of staff";
"The Tianjin Declaration, adopted by the bloc's member states, condemned the attack": a
letter, statement, declaration or decision (data/message_nouns.txt) does nothing of itself;
the act is its author's. The author is the party the text names as sending, issuing or
adopting that message: in the subject's own phrase ("adopted by ...", "from ...", "X's
letter"), else at the nearest earlier mention of the same message ("Burhan sent a letter",
"a letter sent by ..."). The party is inferred (the sentence does not name it), and only
taken when the act names its other side, which must be another country.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from dyadwatch.actors.context import INFERRED_CONFIDENCE
from dyadwatch.events.extract import Site, actors_of, child, clause_subject, prep_object
from dyadwatch.ground.syntax import subject_of
from dyadwatch.nlp.stage import UNPARSED_POS
from dyadwatch.nlp.tokens import has_referring_determiner
from dyadwatch.pipeline import ActorMention, CodingState
from dyadwatch.tables import read_words

AUTHOR_PREPS = frozenset({"from", "by"})
# Determiners that introduce a message new to the text ("a letter", "another statement")
INTRODUCING_DETERMINERS = frozenset({"a", "an", "another"})


@cache
def message_nouns() -> frozenset[str]:
    return read_words("message_nouns.txt")


@cache
def author_verbs() -> frozenset[str]:
    return read_words("message_author_verbs.txt")


def _author_in_phrase(state: CodingState, noun: Token) -> list[ActorMention]:
    """"the letter sent by X", "a statement from X", "X's letter"."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = child(c, "agent")  # "sent by", "adopted by"
            found = actors_of(state, child(agent, "pobj")) if agent is not None else []
            if found:
                return found
        if c.dep_ == "poss":
            found = actors_of(state, c)
            if found:
                return found
    return actors_of(state, prep_object(noun, AUTHOR_PREPS))


def _author_by_verb(state: CodingState, noun: Token) -> list[ActorMention]:
    """"Burhan sent a letter", "the council adopted a resolution", "a letter was sent by the
    minister": the acting party of the verb whose object (or passive subject) the message is
    (data/message_author_verbs.txt: not "the embassy received a letter")."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_.lower() not in author_verbs():
        return []
    if noun.dep_ == "nsubjpass" and child(noun.head, "agent") is None:
        return []  # "a letter was sent": by no one named
    found, _ = clause_subject(state, noun.head)
    return found


def message_author(state: CodingState, noun: Token) -> list[ActorMention]:
    """The party that sent, issued or adopted the message `noun` refers to: named in its own
    phrase, else at the nearest earlier mention of a message of the same word. The search
    stops at the nearest message of that word the text introduces ("a letter"): one told
    before it is another message (review22b: "Burhan sent a letter in March ... On Monday, a
    letter appeared online. The letter accused Chad" is not Burhan's)."""
    found = _author_in_phrase(state, noun)
    if found:
        return found
    lemma = noun.lemma_.lower()
    for tok in reversed(noun.doc[:noun.i]):
        if tok.lemma_.lower() != lemma or tok.pos_ not in ("NOUN", UNPARSED_POS):
            continue
        found = _author_in_phrase(state, tok) or _author_by_verb(state, tok)
        if found or _introduced(tok):
            return found
    return []


def _introduced(noun: Token) -> bool:
    """"a letter", "another statement" (in a sentence the parse stage left untagged, the
    word just before it)."""
    if noun.pos_ == UNPARSED_POS:
        return noun.i > 0 and noun.doc[noun.i - 1].lower_ in INTRODUCING_DETERMINERS
    return any(c.dep_ == "det" and c.lower_ in INTRODUCING_DETERMINERS for c in noun.children)


def message_author_source(state: CodingState, site: Site) -> None:
    """An act whose subject is a message told of before takes its author as source."""
    if site.source or not site.target:
        return
    # (the subject of the act's verb, or of the verb it is conjoined to: "condemned the
    # attack and also denounced ..."; not a passive's)
    subject = subject_of(site.token)
    if subject is None or subject.dep_ != "nsubj" or subject.lemma_.lower() not in (
            message_nouns()) or not has_referring_determiner(subject):
        return
    targets = {m.country for m in site.target if m.country}
    authors = [m for m in message_author(state, subject)
               if m.country and m.country not in targets]
    if not authors:
        return
    site.source = [replace(m, inferred=True, confidence=min(m.confidence, INFERRED_CONFIDENCE))
                   for m in authors]
    site.flags.add("inferred")
