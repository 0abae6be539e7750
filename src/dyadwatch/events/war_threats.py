"""Threats of war: a statement or warning whose modal clause names an act or a party as a
cause or target of war ("would be treated as an act of war", "would become legitimate
targets", "would treat Cyprus as part of the war") threatens military force (138), not
unspecified retribution (130). The phrases are data/war_threats.txt."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dyadwatch.tables import read_words

SKIPPED = frozenset({"DET", "PUNCT"})  # "an "act of war"", "part of the war"
ARTICLES = frozenset({"the", "a", "an"})
GAP = 2  # words a phrase may skip between its own: one adjective ("legitimate military targets")


@cache
def war_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w for w in p.split() if w not in ARTICLES)
                 for p in sorted(read_words("war_threats.txt")))


def threatens_war(clause: Token) -> bool:
    """The clause under `clause` holds a phrase of war (data/war_threats.txt), and is not
    negated ("would not be treated as an act of war")."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    lemmas = [t.lemma_.lower() for t in clause.subtree if t.pos_ not in SKIPPED]
    return any(_holds(lemmas, phrase) for phrase in war_phrases())


def _holds(lemmas: list[str], phrase: tuple[str, ...]) -> bool:
    for start, lemma in enumerate(lemmas):
        if lemma != phrase[0]:
            continue
        at = start
        for word in phrase[1:]:
            nxt = next((i for i in range(at + 1, min(at + 1 + GAP, len(lemmas)))
                        if lemmas[i] == word), None)
            if nxt is None:
                break
            at = nxt
        else:
            return True
    return False
