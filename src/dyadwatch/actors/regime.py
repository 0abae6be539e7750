"""Whose "junta" it is: a government that took power by force, named without its country.

Wire copy about a coup names the state once ("the army seized power in Niamey", "Niger's
military rulers") and then speaks of "the junta" or "the coup leaders". Such a reference
belongs to the state last named with a regime term or as the place of a coup, not to the
nearest state in the text (often the foreign party the junta acts against).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from dyadwatch.pipeline import ActorMention, CodingState
from dyadwatch.tables import read_words


@cache
def regime_terms() -> frozenset[str]:
    return read_words("actors/regime_terms.txt")


@cache
def coup_cues() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(cue.split()) for cue in read_words("actors/coup_cues.txt"))


def is_regime_term(text: str) -> bool:
    words = [w for w in text.lower().split() if w != "the"]
    return any(" ".join(words[i:]) in regime_terms() for i in range(len(words)))


def _named_state(m: ActorMention) -> bool:
    return (bool(m.country) and not m.inferred and m.kind in ("state", "agent", "person")
            and not m.country.startswith(("IGO", "NGO")))


def _reports_coup(sent: Span) -> bool:
    lemmas = [t.lemma_.lower() for t in sent]
    words = [t.lower_ for t in sent]
    for cue in coup_cues():
        n = len(cue)
        for seq in (lemmas, words):
            if any(tuple(seq[i:i + n]) == cue for i in range(len(seq) - n + 1)):
                return True
    return False


def _coup_place(state: CodingState, sent: Span) -> str | None:
    """The state a coup sentence places the coup in: the object of "in" ("seized power in
    Niamey") or a possessor ("Niger's coup")."""
    for m in state.mentions:
        if not (sent.start <= m.token_start < sent.end) or not _named_state(m):
            continue
        head = state.doc[m.head]
        if (head.dep_ == "pobj" and head.head.lower_ == "in") or head.dep_ == "poss":
            return m.country
    return None


def regime_country(state: CodingState, m: ActorMention) -> ActorMention | None:
    """The state a countryless regime term ("the junta") belongs to, from earlier text."""
    if m.country or not is_regime_term(m.text) or state.doc is None:
        return None
    best: tuple[int, ActorMention] | None = None
    for o in state.mentions:
        if o.token_start >= m.token_start or not _named_state(o):
            continue
        if is_regime_term(o.text) and (best is None or o.token_start > best[0]):
            best = (o.token_start, o)
    seen: set[int] = set()
    for o in state.mentions:
        if o.token_start >= m.token_start or not _named_state(o):
            continue
        sent = state.doc[o.token_start].sent
        if sent.start in seen or (best is not None and sent.start < best[0]):
            continue
        seen.add(sent.start)
        country = _coup_place(state, sent) if _reports_coup(sent) else None
        if country is not None and (best is None or o.token_start > best[0]):
            place = next(p for p in state.mentions if p.country == country
                         and sent.start <= p.token_start < sent.end)
            best = (o.token_start, place)
    return best[1] if best is not None else None
