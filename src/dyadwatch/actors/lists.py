"""Enumerated states: "seven countries, including Argentina, Chile and Peru" and roles of them.

News often names a set of states by a group noun and then lists its members ("several
states such as Iran, Syria and Cuba"), or names a role of several states at once ("diplomats
from Argentina, Chile and Peru"). Both stand for every listed state: the group noun (or the
role) is given one mention per member over the same words, which the event extractor reads
as a compound actor (dyadwatch.events.extract.co_members).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from dyadwatch.pipeline import ActorMention, CodingState
from dyadwatch.tables import read_words

# Prepositions that introduce the members of a group noun; "such as" is read at "as".
LISTING_PREPS = frozenset({"including", "like", "as", "among", "notably"})
# Prepositions that tie a role to the states it belongs to ("diplomats from ...").
OWNER_PREPS = frozenset({"from", "of"})
LIST_CONFIDENCE = 0.8


@cache
def group_nouns() -> frozenset[str]:
    return read_words("actors/group_nouns.txt")


def _state_mention(state: CodingState, tok: Token) -> ActorMention | None:
    """A named state (not a role, not inferred) exactly at `tok`."""
    for m in state.mentions:
        if (m.token_start <= tok.i < m.token_end and m.kind == "state" and m.country
                and not m.roles and not m.inferred and not m.country.startswith("IGO")):
            return m
    return None


def listed_states(state: CodingState, first: Token) -> list[ActorMention]:
    """The state at `first` and every state conjoined to it ("Argentina, Chile and Peru")."""
    found: list[ActorMention] = []
    for tok in (first, *first.conjuncts):
        m = _state_mention(state, tok)
        if m is not None and all(f.country != m.country for f in found):
            found.append(m)
    return found


def members_of_group(state: CodingState, noun: Token) -> list[ActorMention]:
    """"seven Latin American countries, including Argentina, Chile and Peru": the listed
    members of a plural group noun; [] when the noun lists fewer than two states."""
    if noun.lemma_.lower() not in group_nouns() or noun.tag_ not in ("NNS", "NNPS"):
        return []
    # "the three European countries, France, Britain and Germany": members in apposition
    for appos in (c for c in noun.children if c.dep_ == "appos"):
        members = listed_states(state, appos)
        if len(members) >= 2:
            return members
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in LISTING_PREPS:
            continue
        if prep.lower_ == "as" and (prep.i == 0 or prep.doc[prep.i - 1].lower_ != "such"):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        members = listed_states(state, obj) if obj is not None else []
        if len(members) >= 2:
            return members
    return members_after_among_them(state, noun)


def members_after_among_them(state: CodingState, noun: Token) -> list[ActorMention]:
    """"diplomats from seven countries, among them Chile, Peru and Uruguay, ...": the parser
    hangs the list on the verb, so it is read from the words that follow the group."""
    doc = noun.doc
    i = noun.right_edge.i + 1
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("among", "including"):
        return []
    first = doc[i + 3] if doc[i + 2].lower_ == "them" else doc[i + 2]
    members = listed_states(state, first)
    return members if len(members) >= 2 else []


NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10}
DEFINITE = frozenset({"the", "all", "these", "those", "both"})


def group_size(noun: Token) -> int | None:
    """"the three countries", "all three governments": a definite group of N >= 3 (two is
    "both sides", which the main dyad answers)."""
    number = next((c for c in noun.children if c.dep_ == "nummod"), None)
    if number is None:
        return None
    n = NUMBER_WORDS.get(number.lower_) or (int(number.text) if number.text.isdigit() else 0)
    definite = any(c.lower_ in DEFINITE for c in (*noun.children, *number.children)
                   if c.i < number.i)
    return n if 3 <= n <= 10 and definite else None


def last_list_of(state: CodingState, noun: Token, n: int) -> list[ActorMention]:
    """The latest list of exactly `n` conjoined states before `noun` ("Poland, Hungary and
    Slovakia imposed bans ... complaints against all three governments")."""
    best: list[ActorMention] = []
    for m in state.mentions:
        if m.token_end > noun.i or not 0 <= m.head < len(state.doc):
            continue
        head = state.doc[m.head]
        if head.dep_ == "conj" or _state_mention(state, head) is not m:
            continue  # lists are read from their first member
        members = listed_states(state, head)
        if len(members) == n:
            best = members
    return best


def members_of_numbered(state: CodingState, noun: Token) -> list[ActorMention]:
    if noun.lemma_.lower() not in group_nouns() or noun.tag_ not in ("NNS", "NNPS"):
        return []
    n = group_size(noun)
    if not n:
        return []
    if any(c.dep_ == "amod" for c in noun.children):
        # "the three European powers": a qualified group the list may not be, unless the
        # list is in its own sentence ("Spain, Ireland and Norway recognised ..., and
        # Israel accused the three European governments")
        members = last_list_of(state, noun, n)
        start = noun.sent.start
        return members if all(m.token_start >= start for m in members) else []
    return last_list_of(state, noun, n) or all_named_before(state, noun, n)


def all_named_before(state: CodingState, noun: Token, n: int) -> list[ActorMention]:
    """"the three countries" when the text so far has named exactly three states."""
    found: dict[str, ActorMention] = {}
    for m in state.mentions:
        if m.token_end <= noun.i and m.country and not m.inferred and m.kind != "place" \
                and not m.country.startswith(("IGO", "NGO")):
            found.setdefault(m.country, m)
    if len(found) != n:
        return []
    return [replace(m, roles=[], code=m.country, kind="state") for m in found.values()]


def add_group_members(state: CodingState) -> None:
    """A group noun that lists its members gets one state mention per member over its own
    word, so that "sanctions on several states such as Iran and Cuba" targets both."""
    doc = state.doc
    nouns = group_nouns()
    covered = {t for m in state.mentions for t in range(m.token_start, m.token_end)}
    added: list[ActorMention] = []
    named: dict[tuple[str, ...], list[ActorMention]] = {}  # "european country" -> members
    for tok in doc:
        if tok.tag_ not in ("NNS", "NNPS") or tok.i in covered or tok.lemma_.lower() not in nouns:
            continue
        members = members_of_group(state, tok) or members_of_numbered(state, tok)
        key = _qualified_group(tok)
        if members and key:
            named[key] = members
        elif key in named and _definite(tok):
            # "the European countries" after "the three European countries, France, ...":
            # the same qualified group named again
            members = named[key]
        added += [replace(m, text=tok.text, start_char=tok.idx,
                          end_char=tok.idx + len(tok.text), token_start=tok.i,
                          token_end=tok.i + 1, head=tok.i, kind="state",
                          confidence=min(m.confidence, LIST_CONFIDENCE)) for m in members]
    if added:
        state.mentions = sorted(state.mentions + added, key=lambda m: m.token_start)


def _qualified_group(noun: Token) -> tuple[str, ...]:
    """The adjectives and lemma of a qualified group noun ("European countries" ->
    ('european', 'country')); () for a bare one ("the countries" says too little)."""
    adjectives = tuple(t.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")
                       for t in c.subtree)  # "Central Asian": "Central" hangs on "Asian"
    return (*adjectives, noun.lemma_.lower()) if adjectives else ()


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def _owner_objects(m: ActorMention, head: Token) -> list[Token]:
    """The objects of from/of phrases that say whose the role is: under the role's head,
    or hung by the parser on the verb right after the role ("ordered diplomats from X")."""
    carriers = [head]
    nxt = head.i + 1
    if head.dep_ in ("dobj", "nsubjpass") and nxt < len(head.doc):
        after = head.doc[nxt]
        if after.dep_ == "prep" and after.head.i == head.head.i:
            carriers.append(head.head)
    out: list[Token] = []
    for carrier in carriers:
        for prep in carrier.children:
            if prep.dep_ != "prep" or prep.lower_ not in OWNER_PREPS:
                continue
            if carrier is not head and prep.i != nxt:
                continue
            out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def owners_of_role(state: CodingState, m: ActorMention) -> list[ActorMention]:
    """The states a countryless role belongs to when a from/of phrase lists several:
    "diplomats from Argentina, Chile and Peru", "envoys of several countries such as ..."."""
    doc = state.doc
    if m.country or not m.roles or m.inferred or not 0 <= m.head < len(doc):
        return []
    if any(c.dep_ == "poss" for c in doc[m.head].children):
        return []  # "recalled its ambassadors from La Paz and Quito": the owner is named
    # "all three governments"; "the two governments, Norway and Denmark"
    numbered = members_of_numbered(state, doc[m.head]) or members_of_group(state, doc[m.head])
    if numbered:
        return numbered
    for obj in _owner_objects(m, doc[m.head]):
        members = (members_of_group(state, obj) or members_of_numbered(state, obj)
                   or listed_states(state, obj))
        if len(members) >= 2:
            return members
    return []


def own_staff_of_pair(state: CodingState, m: ActorMention) -> list[ActorMention]:
    """"Ankara and Yerevan named special envoys", "Kenya and Somalia exchanged ambassadors":
    a countryless plural role that conjoined states name, send or exchange is each one's."""
    doc = state.doc
    head = doc[m.head]
    if m.country or not m.roles or head.tag_ not in ("NNS", "NNPS") or head.dep_ != "dobj":
        return []
    verb = head.head
    if verb.lemma_.lower() not in read_words("own_force_verbs.txt"):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    members = listed_states(state, subject) if subject is not None else []
    return members if len(members) >= 2 else []


def split_listed_roles(state: CodingState) -> None:
    """A countryless role owned by several listed states is that role of each of them; the
    same plural role named again ("the envoys") is theirs too."""
    if state.doc is None:
        return
    out: list[ActorMention] = []
    split: dict[str, list[ActorMention]] = {}  # head lemma of a split plural role -> owners
    doc = state.doc
    for m in state.mentions:
        owners = [] if m.country else (owners_of_role(state, m) or own_staff_of_pair(state, m))
        head = doc[m.head] if 0 <= m.head < len(doc) else None
        lemma = head.lemma_.lower() if head is not None else ""
        if owners and head is not None and head.tag_ in ("NNS", "NNPS"):
            split[lemma] = owners
        elif (not owners and not m.country and m.roles and not m.inferred
              and head is not None and head.tag_ in ("NNS", "NNPS") and lemma in split
              and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)):
            owners = split[lemma]
        if not owners:
            out.append(m)
            continue
        roles = "".join(m.roles)
        out += [replace(m, code=o.country + roles, country=o.country,
                        confidence=min(m.confidence, LIST_CONFIDENCE)) for o in owners]
    state.mentions = out


def expand_lists(state: CodingState) -> None:
    if state.doc is None:
        return
    add_group_members(state)
    split_listed_roles(state)
