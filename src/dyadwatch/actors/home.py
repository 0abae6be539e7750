"""The document's own state: what translated and local copy means by "our country", "our
Ministry of Foreign Affairs", "our envoy" or a bare "the Presidency".

State media and translated pieces speak for their state in the first person outside any
quotation ("Also in March our country recalled its ambassador", "Our Ministry of Foreign
Affairs announced"). The state is the document's home, found, in order, from:
  * the place of a wire dateline ("ANKARA, 5 November --"): one country, every place in it;
  * a person the text itself names as "ours": an officeholder in apposition to a
    first-person phrase ("our country's Foreign Minister Hossein Amir-Abdollahiyan", "the
    President of our country Dr. Masoud Pezeshkiyan", "Our Ministry of Foreign Affairs, in
    the person of Maria Zakharova").
Without a home the first-person phrases stay as they were (a countryless role, or nothing).
A first-person word inside a quotation is the quoted speaker's (actors.context), not the
document's.
"""

from __future__ import annotations

from dataclasses import replace

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from dyadwatch.actors.disambiguate import in_dateline
from dyadwatch.ground.syntax import inside_quotes
from dyadwatch.pipeline import PEOPLE_KINDS, ActorMention, CodingState

FIRST_PERSON = frozenset({"our"})
# nouns that, after "our", name the state itself ("our country recalled its ambassador")
HOME_NOUNS = frozenset({"country", "nation", "republic", "homeland", "motherland",
                        "fatherland"})
POSSESSIVE = frozenset({"'s", "’s"})
APPOSITION_GAP = 6  # tokens between a first-person phrase and the person named in it
HOME_CONFIDENCE = 0.8


def dateline_country(mentions: list[ActorMention], end: int) -> str | None:
    """The one country of the places named in the dateline (the text's first `end`
    characters); none for no dateline, an organisation or two countries. The agency
    credited there ("NAIROBI, June 3 (Reuters) -") is no place."""
    if end <= 0:
        return None
    found = {m.country for m in mentions
             if in_dateline(m, end) and m.country and "MED" not in m.roles}
    if len(found) != 1:
        return None
    country = next(iter(found))
    return None if country.startswith(("IGO", "NGO")) else country


def _own_word(token: Token) -> bool:
    """An unquoted first-person possessive: the document's voice."""
    return token.lower_ in FIRST_PERSON and not inside_quotes(token)


def _home_noun_after(doc: Doc, i: int) -> int | None:
    """Index of the home noun right after the first-person word at `i` ("our country")."""
    j = i + 1
    if j < len(doc) and doc[j].lower_ in HOME_NOUNS and doc[j].sent == doc[i].sent:
        return j
    return None


def _first_person_phrases(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token spans of unquoted "our ..." phrases: "our country", "our
    country's", or "our" alone (before a role: "our envoy")."""
    spans: list[tuple[int, int]] = []
    # (read off the lower-case array: a Token object per word cost more than the rest)
    wanted = [doc.vocab.strings.add(word) for word in FIRST_PERSON]
    for i in numpy.flatnonzero(numpy.isin(doc.to_array([LOWER]), wanted)).tolist():
        tok = doc[i]
        if not _own_word(tok):
            continue
        noun = _home_noun_after(doc, tok.i)
        if noun is None:
            spans.append((tok.i, tok.i + 1))
            continue
        end = noun + 1
        if end < len(doc) and doc[end].text in POSSESSIVE:
            end += 1
        spans.append((tok.i, end))
    return spans


def apposed_country(state: CodingState, phrases: list[tuple[int, int]]) -> str | None:
    """The country of an officeholder the text names as its own: the first named person
    after a first-person phrase (`phrases`) in the same sentence, with no verb between."""
    doc = state.doc
    people = [m for m in state.mentions if m.kind == "person" and m.country
              and not m.inferred and not m.country.startswith(("IGO", "NGO"))]
    for start, end in phrases:
        sent = doc[start].sent
        for m in people:
            if not end <= m.token_start <= end + APPOSITION_GAP or m.token_start >= sent.end:
                continue
            if any(t.pos_ in ("VERB", "AUX") for t in doc[end:m.token_start]):
                continue
            return m.country
    return None


def _agent_after(state: CodingState, i: int) -> ActorMention | None:
    """A countryless role starting at token `i` ("envoy", "Ministry of Foreign Affairs")."""
    for m in state.mentions:
        if m.token_start == i and m.kind == "agent" and not m.country and not m.inferred:
            return m
    return None


def _agent_before(state: CodingState, start: int, link: str) -> ActorMention | None:
    """A countryless role right before `link` + the phrase at `start`: "of" ("the
    President of our country") or a comma ("Ambassador Sakir Torunlar, our envoy")."""
    doc = state.doc
    if start < 2 or doc[start - 1].lower_ != link:
        return None
    for m in state.mentions:
        if m.token_end == start - 1 and m.kind in PEOPLE_KINDS and not m.country \
                and not m.inferred:
            return m
    return None


def _owned(m: ActorMention, country: str) -> ActorMention:
    roles = "".join(m.roles)
    return replace(m, code=country + roles, country=country,
                   confidence=min(m.confidence, HOME_CONFIDENCE))


def _is_bare_presidency(doc: Doc, m: ActorMention) -> bool:
    """"The Presidency announced": the capitalised institution with no country and no
    complement ("the Presidency of the Council" is another's)."""
    if m.kind != "agent" or m.country or m.inferred or m.token_end - m.token_start != 1:
        return False
    tok = doc[m.token_start]
    if tok.text != "Presidency" or inside_quotes(tok):
        return False
    return not (m.token_end < len(doc) and doc[m.token_end].lower_ == "of")


def add_home_references(state: CodingState, home: str | None) -> None:
    """Give the document's first-person state phrases, and a bare "the Presidency", the
    home state `home` (from the dateline), or else the state of an officeholder the text
    names as its own."""
    doc = state.doc
    if doc is None:
        return
    phrases = _first_person_phrases(doc)
    home = home or apposed_country(state, phrases)
    if not home:
        return
    changed: dict[int, ActorMention] = {}  # id(old mention) -> its owned form
    added: list[ActorMention] = []
    for start, end in phrases:
        agent = _agent_after(state, end)
        if agent is not None:  # "Our Ministry of Foreign Affairs", "our country's envoy"
            changed[id(agent)] = _owned(agent, home)
            titled = _agent_before(state, start, ",")
            if titled is not None:  # "Ambassador Sakir Torunlar, our envoy in Tel Aviv"
                changed[id(titled)] = _owned(titled, home)
            continue
        if end - start == 1:
            continue  # "our position", "our people": no state phrase
        owner = _agent_before(state, start, "of")
        if owner is not None:  # "the President of our country"
            changed[id(owner)] = _owned(owner, home)
            continue
        if state.mention_at(doc[start]) is not None or \
                state.mention_at(doc[start + 1]) is not None:
            continue
        noun = doc[start + 1]
        added.append(ActorMention(
            code=home, country=home, roles=[], text=doc[start:start + 2].text,
            start_char=doc[start].idx, end_char=noun.idx + len(noun.text),
            token_start=start, token_end=start + 2, head=noun.i, kind="state",
            confidence=HOME_CONFIDENCE))
    if changed or added:  # the text speaks for its state in the first person
        state.voice = home
    for m in state.mentions:
        if id(m) not in changed and _is_bare_presidency(doc, m):
            changed[id(m)] = _owned(m, home)
    if not changed and not added:
        return
    mentions = [changed.get(id(m), m) for m in state.mentions]
    for new in added:  # in text order among the named mentions
        at = next((k for k, m in enumerate(mentions) if m.token_start > new.token_start),
                  len(mentions))
        mentions.insert(at, new)
    state.mentions = mentions
