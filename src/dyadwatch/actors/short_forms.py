"""Short forms of organisations named before: "the Arab League ... the League", "the U.N.
Security Council ... the council", "the International Atomic Energy Agency ... the agency".

News names an international organisation in full once and then by the head noun of its
name. Such a "the <noun>" is the nearest organisation named before (within a few
sentences) whose name ends in that noun.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from dyadwatch.ground.syntax import clause_head
from dyadwatch.pipeline import ActorMention, CodingState
from dyadwatch.tables import read_tsv, read_words

WINDOW = 200  # tokens, about five sentences
SHORT_FORM_CONFIDENCE = 0.8


def add_short_forms(state: CodingState) -> None:
    doc = state.doc
    if doc is None:
        return
    named = [m for m in state.mentions if m.kind == "igo" and m.country and not m.inferred]
    covered = {t for m in state.mentions for t in range(m.token_start, m.token_end)}
    by_head: dict[str, list[ActorMention]] = {}
    for m in named:
        by_head.setdefault(doc[m.token_end - 1].lower_, []).append(m)
        if m.token_start <= m.head < m.token_end - 1:  # "the U.N. agency for refugees"
            by_head.setdefault(doc[m.head].lower_, []).append(m)
    added: list[ActorMention] = []
    for tok in doc:
        if tok.i in covered or tok.i == 0 or tok.lower_ not in by_head:
            continue
        if doc[tok.i - 1].lower_ != "the" or tok.tag_ not in ("NN", "NNP"):
            continue  # "the council" refers back; "a council", "councils" do not
        if not _acting_subject(tok):
            continue  # as an object or in a relative clause the short form is too loose
        found = _referred_organisation(by_head[tok.lower_], tok)
        if found is not None:
            added.append(found)
    added += _generic_references(state, covered)
    added += _member_references(state, covered)
    if added:
        state.mentions = sorted(state.mentions + added, key=lambda m: m.token_start)
    courts = [m for m in state.mentions if m.kind == "igo" and m.country and not m.inferred
              and any(w in m.text.lower() for w in COURT_WORDS)]
    state.mentions = [_igo_owned(state, _seated_court(m, courts)) for m in state.mentions]


@cache
def referring_nouns() -> dict[str, str]:
    return {r["noun"]: r["refers"] for r in read_tsv("actors/referring_nouns.tsv")}


COURT_WORDS = ("court", "tribunal")


@cache
def court_seats() -> dict[str, str]:
    """Seats of international courts -> the court's usual code (data/actors/court_seats.tsv)."""
    return {r["seat"]: r["court"] for r in read_tsv("actors/court_seats.tsv")}


def _seated_court(m: ActorMention, courts: list[ActorMention]) -> ActorMention:
    """"the court in The Hague ruled", "the Hague court", "the judges in The Hague": judges
    placed in the seat of international courts are such a court, not the host state's
    judiciary: the international court named last before them (the document's case), else
    the seat's usual court."""
    if "JUD" not in m.roles or m.inferred:
        return m
    text = f" {' '.join(m.text.lower().split())} "
    seat = next((s for s in court_seats() if f" {s} " in text), None)
    if seat is None:
        return m
    before = [c for c in courts if c.token_start < m.token_start]
    code = max(before, key=lambda c: c.token_start).code if before else court_seats()[seat]
    return replace(m, code=code, country=code, roles=[], kind="igo",
                   confidence=min(m.confidence, SHORT_FORM_CONFIDENCE))


def _refers(m: ActorMention, kind: str) -> bool:
    return m.kind == "igo" if kind == "igo" else kind in m.roles


def _generic_references(state: CodingState, covered: set[int]) -> list[ActorMention]:
    """"urged the bloc to move quickly", "accused the Western alliance", "accusing the station
    of ...": a definite common noun for an organisation or an outlet
    (data/actors/referring_nouns.tsv), in any position, is the nearest such actor named
    before within a few sentences."""
    doc = state.doc
    nouns = referring_nouns()
    named = [m for m in state.mentions if m.country and not m.inferred]
    out: list[ActorMention] = []
    for tok in doc:
        kind = nouns.get(tok.lemma_.lower())
        if kind is None or tok.i in covered or not common_singular(tok):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
            continue  # "the Eurasian Economic Union" names an organisation of its own
        if _owner_named(state, tok):
            continue  # "the office of the president" is the president's, not the UN's
        found = _referred_organisation([m for m in named if _refers(m, kind)], tok)
        if found is not None:
            out.append(found)
    return out


# counts that make "the N leaders" the pair of the document's main dyad, not the members
PAIR_COUNT_WORDS = frozenset({"two", "both", "2"})


def _member_references(state: CodingState, covered: set[int]) -> list[ActorMention]:
    """"Leaders of the Group of Seven agreed ... The leaders stopped short of agreeing",
    "EU leaders decided ... The leaders also said": a definite plural for an organisation's
    members (data/actors/member_nouns.txt) as the subject of a clause is the organisation
    whose members the document named so before ("G7 leaders", "the bloc's leaders",
    "leaders of the Group of Seven"), the last one named; not with an owner of its own
    ("the leaders of both countries"), a pair count ("the two leaders": the main dyad) or
    another modifier ("the coup leaders"), and not where the text named no organisation's
    members ("Anwar praised Indonesia's chairmanship of ASEAN ... The leaders also
    discussed": the two leaders who met)."""
    doc = state.doc
    nouns = read_words("actors/member_nouns.txt")
    igos = {i: m for m in state.mentions if m.kind == "igo" and m.country and not m.inferred
            for i in range(m.token_start, m.token_end)}
    if not igos:
        return []
    owners: list[ActorMention] = []  # organisations whose members were named, in order
    out: list[ActorMention] = []
    for tok in doc:
        if tok.lower_ not in nouns:
            continue
        owner = _member_owner(tok, igos)
        if owner is not None:
            owners.append(owner)
            continue
        if tok.i in covered or tok.tag_ != "NNS" or not owners:
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass") or not _acting_subject(tok):
            continue
        mods = [c for c in tok.children if c.i < tok.i]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in mods):
            continue
        if any(c.dep_ != "det" and (c.dep_ != "nummod" or c.lower_ in PAIR_COUNT_WORDS)
               for c in mods):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue
        out.append(_named_at(owners[-1], tok))
    return out


def _member_owner(tok: Token, igos: dict[int, ActorMention]) -> ActorMention | None:
    """The organisation that owns a member noun: "G7 leaders", "the bloc's leaders",
    "leaders of the Group of Seven"."""
    for c in tok.children:
        if c.dep_ in ("compound", "poss", "nmod", "amod") and c.i in igos:
            return igos[c.i]
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and o.i in igos:
                    return igos[o.i]
    return None


def common_singular(tok: Token) -> bool:
    """A singular common noun, also where the tagger reads a lower-case word as a proper
    noun ("In November, the bloc imposed ...": NNP)."""
    return tok.tag_ == "NN" or (tok.tag_ == "NNP" and tok.text.islower())


def _owner_named(state: CodingState, tok: Token) -> bool:
    """"the office of the president", "the mission of Germany": an "of" phrase naming an
    actor says whose the office is ("accusing the alliance of expansion" names none)."""
    objects = {o.i for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for o in prep.children if o.dep_ == "pobj"}
    return bool(objects) and any(m.token_start <= i < m.token_end
                                 for m in state.mentions for i in objects)


def _referred_organisation(candidates: list[ActorMention], tok: Token
                           ) -> ActorMention | None:
    """The latest of the organisations named within WINDOW tokens before `tok`, as a mention
    over `tok`."""
    before = [m for m in candidates if tok.i - WINDOW <= m.token_end <= tok.i - 1]
    if not before:
        return None
    return _named_at(max(before, key=lambda m: m.token_start), tok)


def _named_at(org: ActorMention, tok: Token) -> ActorMention:
    """The organisation `org` as a mention over the word `tok` that refers back to it."""
    return replace(org, text=tok.text, start_char=tok.idx, end_char=tok.idx + len(tok.text),
                   token_start=tok.i, token_end=tok.i + 1, head=tok.i,
                   confidence=min(org.confidence, SHORT_FORM_CONFIDENCE))


@cache
def state_epithets() -> dict[tuple[str, ...], frozenset[str]]:
    """"island" -> the island states: the epithets of state_epithets.tsv by their words."""
    return {tuple(row["epithet"].lower().split()): frozenset(row["members"].split(";"))
            for row in read_tsv("actors/state_epithets.tsv")}


@cache
def epithets_by_first_word() -> dict[str, list[tuple[tuple[str, ...], frozenset[str]]]]:
    out: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
    for words, members in state_epithets().items():
        out.setdefault(words[0], []).append((words, members))
    return out


def add_state_epithets(state: CodingState, home: str | None = None) -> None:
    """"Biden's administration had removed the island from the list": `the <epithet>` (not
    "the island of Crete", which names a place) is the nearest state named before, within
    a few sentences, that the epithet fits (an island state, a kingdom). A place its own
    clause's subject goes to or acts in is not that subject's state ("the Thai premier
    ended a visit to the Kingdom"); with no other state before it, it is the state of the
    dateline `home` ("RIYADH -- ... a visit to the Kingdom") when the epithet fits it."""
    doc = state.doc
    if doc is None:
        return
    by_first = epithets_by_first_word()
    lowers = [t.lower_ for t in doc]  # one pass over the tokens (the check is per word)
    starts = [i for i in range(1, len(lowers)) if lowers[i] in by_first
              and lowers[i - 1] == "the"]
    if not starts:
        return
    covered = {t for m in state.mentions for t in range(m.token_start, m.token_end)}
    added: list[ActorMention] = []
    for i, (words, members) in ((s, c) for s in starts for c in by_first[lowers[s]]):
        n = len(words)
        if tuple(lowers[i:i + n]) != words:
            continue
        span = doc[i:i + n]
        end = doc[i + n - 1]
        if (any(t.i in covered for t in span) or end.tag_ not in ("NN", "NNP")
                or (i + n < len(doc) and lowers[i + n] in ("of", "nation", "state"))):
            continue
        subject = _subject_of_place(end)
        before = [m for m in state.mentions
                  if m.country in members and m.kind in ("state", "agent", "person")
                  and not m.inferred and i - WINDOW <= m.token_end <= i
                  and not (subject is not None and subject.left_edge.i <= m.token_start
                           and m.token_end - 1 <= subject.right_edge.i)]
        if before:
            named = max(before, key=lambda m: m.token_start)
            country, confidence = named.country, named.confidence
        elif home in members and subject is not None:
            country, confidence = home, SHORT_FORM_CONFIDENCE
        else:
            continue
        added.append(ActorMention(
            code=country, country=country, roles=[], text=span.text,
            kind="state", start_char=span.start_char, end_char=span.end_char,
            token_start=i, token_end=i + n, head=end.i,
            confidence=min(confidence, SHORT_FORM_CONFIDENCE)))
        covered.update(range(i, i + n))
    if added:
        state.mentions = sorted(state.mentions + added, key=lambda m: m.token_start)


# Prepositions of a place gone to or acted in ("a visit to the Kingdom", "arrived in the
# island")
PLACE_PREPS = frozenset({"to", "in", "into"})


def _subject_of_place(word):
    """The subject of the verb a place phrase hangs on ("the Thai premier" of "the Thai
    premier ended a visit to the Kingdom"), when `word` is the object of a preposition of
    place; else None."""
    if word.dep_ != "pobj" or word.head.lower_ not in PLACE_PREPS:
        return None
    verb = clause_head(word.head.head)
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


ADDRESSING_VERBS = frozenset({"tell", "brief", "address", "inform", "warn", "urge"})


def _acting_subject(tok) -> bool:
    """The subject of a main or conjoined clause ("the council urged ...", "the League
    decided ..."), or the owner of such a subject ("the foreign ministers of the League"), or
    a possessor ("banned the agency's activities": a definite "the X's" refers back), or the
    body a speaker addresses ("told the assembly that ...", "briefed the council")."""
    if tok.dep_ == "poss":
        return True
    if tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in ADDRESSING_VERBS:
        return True
    while tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("ROOT", "conj", "ccomp")


def _igo_owned(state: CodingState, m: ActorMention) -> ActorMention:
    """"the foreign ministers of the League": a countryless role of an organisation acts
    for it."""
    doc = state.doc
    if m.country or not m.roles or m.inferred or not 0 <= m.head < len(doc):
        return m
    for prep in doc[m.head].children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            org = next((o for o in state.mentions if o.kind == "igo" and o.country
                        and o.token_start <= obj.i < o.token_end), None)
            if org is not None:
                return replace(m, code=org.code, country=org.country, roles=[], kind="igo",
                               confidence=min(m.confidence, SHORT_FORM_CONFIDENCE))
    return m
