"""Find actor mentions in a parsed document: dictionary atoms, then phrases built from them.

1. Atoms: the longest dictionary phrase at each token (countries, organisations, agent terms).
2. Phrases: a country modifier and an agent term make one actor ("Russian Foreign Ministry",
   "Azerbaijan's ambassador", "Ambassador of Azerbaijan" -> RUSGOV / AZEGOV); a title absorbs
   the personal name after it ("Deputy Prime Minister Alexei Ovechkin"), which may be garbled:
   the title decides. Names without a title resolve through the dated officeholder data.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dyadwatch.actors.lexicon import STATE_ROLE, ActorLexicon, Entry
from dyadwatch.actors.officeholders import OfficeholderIndex, PersonMatch
from dyadwatch.pipeline import ActorMention

MAX_NAME_TOKENS = 4
MAX_MODIFIER_GAP = 2  # adjectives allowed between a country and its agent term
POSSESSIVE = {"'s", "’s", "'"}
LINKS = {"of"}
# Capitalised calendar words are tagged PROPN but are never personal names.
CALENDAR_WORDS = {w.lower() for w in (*calendar.day_name, *calendar.month_name) if w}
NAME_PARTICLES = {"al", "al-", "bin", "ibn", "de", "van", "von", "der", "la", "el"}


@dataclass
class Atom:
    start: int
    end: int
    entries: list[Entry]

    def first(self, kind: str) -> Entry | None:
        return next((e for e in self.entries if e.kind == kind), None)

    @property
    def country(self) -> Entry | None:
        return self.first("country")

    @property
    def org(self) -> Entry | None:
        return self.first("org")

    @property
    def agent(self) -> Entry | None:
        return self.first("agent")

    @property
    def is_modifier(self) -> bool:
        """Can qualify an agent term: a country name, adjective, capital or seat; not people."""
        c = self.country
        return c is not None and c.form != "demonym"


def scan_atoms(doc: Doc, lexicon: ActorLexicon) -> list[Atom]:
    """Greedy longest match, left to right, never across a sentence boundary."""
    atoms: list[Atom] = []
    words = [t.text for t in doc]
    sent_end = _sentence_ends(doc)
    i = 0
    while i < len(doc):
        found = None
        limit = min(lexicon.max_len, sent_end[i] - i)
        for length in range(limit, 0, -1):
            entries = lexicon.lookup(tuple(words[i : i + length]))
            if entries:
                found = Atom(i, i + length, entries)
                break
        if found is None:
            i += 1
            continue
        atoms.append(found)
        i = found.end
    return atoms


def _sentence_ends(doc: Doc) -> list[int]:
    ends = [len(doc)] * len(doc)
    if doc.has_annotation("SENT_START"):
        for sent in doc.sents:
            for t in range(sent.start, sent.end):
                ends[t] = sent.end
    return ends


@dataclass
class Draft:
    start: int
    end: int
    country: str | None
    role: str | None
    code: str | None  # a fixed code from an organisation or seat
    kind: str
    confidence: float
    name: str | None = None


class MentionFinder:
    def __init__(self, lexicon: ActorLexicon, people: OfficeholderIndex):
        self.lexicon = lexicon
        self.people = people

    def find(self, doc: Doc, date: str | None) -> list[ActorMention]:
        atoms = scan_atoms(doc, self.lexicon)
        covered = {t for a in atoms for t in range(a.start, a.end)}
        drafts = self._compose(doc, atoms, covered, date)
        drafts += self._bare_names(doc, covered, drafts, date)
        drafts.sort(key=lambda d: d.start)
        return [self._mention(doc, d) for d in drafts if d.code or d.country or d.role]

    # --- phrases from atoms -------------------------------------------------------------
    def _compose(self, doc: Doc, atoms: list[Atom], covered: set[int], date) -> list[Draft]:
        drafts: list[Draft] = []
        i = 0
        while i < len(atoms):
            draft, used = self._phrase_at(doc, atoms, i)
            i += used
            if draft is None:
                continue
            self._absorb_name(doc, draft, covered, date)
            drafts.append(draft)
        return drafts

    def _phrase_at(self, doc: Doc, atoms: list[Atom], i: int) -> tuple[Draft | None, int]:
        atom = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        # "Russian Foreign Ministry", "Azerbaijan's ambassador", "Kremlin spokesman"
        if atom.is_modifier and nxt is not None and self._modifies(doc, atom, nxt):
            return self._modified(atom, nxt, atom.country), 2
        # "Ambassador of Azerbaijan", "Ministry of Foreign Affairs of Russia"
        if atom.agent is not None and nxt is not None and nxt.is_modifier:
            if self._linked_by_of(doc, atom, nxt):
                return self._modified(atom, nxt, nxt.country, span=(atom.start, nxt.end)), 2
        # "ethnic Azerbaijanis": an agent term that needs a country, then the country
        if atom.agent is not None and atom.agent.needs_country and nxt is not None:
            if nxt.start == atom.end and nxt.country is not None:
                return self._modified(atom, nxt, nxt.country, span=(atom.start, nxt.end)), 2
        return self._single(atom), 1

    @staticmethod
    def _modifies(doc: Doc, left: Atom, right: Atom) -> bool:
        if right.agent is None and right.org is None:
            return False
        gap = doc[left.end : right.start]
        if len(gap) > MAX_MODIFIER_GAP + 1:
            return False
        texts = [t.text.lower() for t in gap]
        if any(t in POSSESSIVE for t in texts):
            return texts.count("'s") + texts.count("’s") + texts.count("'") == 1 and all(
                t.text.lower() in POSSESSIVE or t.pos_ == "ADJ" for t in gap
            )
        return len(gap) <= MAX_MODIFIER_GAP and all(t.pos_ == "ADJ" for t in gap)

    @staticmethod
    def _linked_by_of(doc: Doc, left: Atom, right: Atom) -> bool:
        gap = [t.text.lower() for t in doc[left.end : right.start]]
        return gap in (["of"], ["of", "the"])

    @staticmethod
    def _modified(agent_atom: Atom, other: Atom, country: Entry, span=None) -> Draft:
        """An agent term (or organisation) qualified by a country."""
        start, end = span or (min(agent_atom.start, other.start), max(agent_atom.end, other.end))
        term = other if agent_atom.country is country else agent_atom
        agent, org = term.agent, term.org
        if agent is not None:
            role = None if agent.code == STATE_ROLE else agent.code
            kind = "state" if role is None else "agent"
            return Draft(start, end, country.country, role, None, kind, 0.95)
        # An organisation keeps its own code ("Russian news agency TASS"); country only decides
        # an organisation coded without one.
        assert org is not None
        return Draft(start, end, org.country, None, org.code, _org_kind(org), 0.95)

    @staticmethod
    def _single(atom: Atom) -> Draft | None:
        org, country, agent = atom.org, atom.country, atom.agent
        if org is not None:
            return Draft(atom.start, atom.end, org.country, None, org.code, _org_kind(org), 0.9)
        if country is not None:
            if country.form == "seat":
                return Draft(atom.start, atom.end, country.country, "GOV", None, "agent", 0.9)
            if country.form == "demonym":
                return Draft(atom.start, atom.end, country.country, "CVL", None, "agent", 0.8)
            sure = 0.7 if country.form == "adjective" else 0.9
            return Draft(atom.start, atom.end, country.country, None, country.code, "state", sure)
        if agent is not None and not agent.needs_country:
            return Draft(atom.start, atom.end, None, agent.code, None, "agent", 0.5)
        return None

    # --- personal names -----------------------------------------------------------------
    def _absorb_name(self, doc: Doc, draft: Draft, covered: set[int], date) -> None:
        """A title followed by a name: the name joins the mention and may fix the country."""
        if draft.kind != "agent" or draft.code is not None:
            return
        end = draft.end
        while end < len(doc) and end - draft.end < MAX_NAME_TOKENS and _name_token(doc[end]):
            if end in covered:
                break
            end += 1
        if end == draft.end:
            return
        words = [t.text for t in doc[draft.end : end]]
        draft.end = end
        draft.kind = "person"
        draft.name = " ".join(words)
        match = self.people.resolve(words, date)
        if match is None:
            return
        if draft.country is None or draft.country == match.code[:3]:
            draft.name = match.name
            draft.country = draft.country or match.code[:3]
            if draft.role is None or match.code[3:] not in ("", "ELI"):
                draft.role = draft.role or match.code[3:] or None
            draft.confidence = max(draft.confidence, match.confidence)

    def _bare_names(self, doc: Doc, covered: set[int], drafts: list[Draft], date) -> list[Draft]:
        """Runs of proper nouns outside any phrase that name a known officeholder."""
        taken = set(covered)
        for d in drafts:
            taken.update(range(d.start, d.end))
        found: list[Draft] = []
        i = 0
        while i < len(doc):
            if i in taken or not _name_token(doc[i]):
                i += 1
                continue
            j = i
            while j < len(doc) and j not in taken and _name_token(doc[j]):
                j += 1
            match = self.people.resolve([t.text for t in doc[i:j]], date)
            if match is not None:
                found.append(_person_draft(i, j, match))
            i = j
        return found

    # --- output -------------------------------------------------------------------------
    @staticmethod
    def _mention(doc: Doc, d: Draft) -> ActorMention:
        span = doc[d.start : d.end]
        code = d.code or (d.country or "") + (d.role or "")
        roles = [d.role] if d.role else ([code[3:6]] if d.code and len(code) > 3 else [])
        if d.code and d.code.startswith(("IGO", "NGO", "IMG")):
            roles = []
        return ActorMention(
            code=code,
            country=d.country,
            roles=roles,
            text=span.text,
            start_char=span.start_char,
            end_char=span.end_char,
            token_start=d.start,
            token_end=d.end,
            head=_span_head(span),
            name=d.name,
            kind=d.kind,
            confidence=round(d.confidence, 2),
        )


def _org_kind(org: Entry) -> str:
    return {"igo": "igo", "group": "group"}.get(org.form, "agent")


def _person_draft(start: int, end: int, match: PersonMatch) -> Draft:
    country, role = match.code[:3], match.code[3:] or None
    return Draft(start, end, country, role, None, "person", match.confidence, name=match.name)


def _name_token(token: Token) -> bool:
    text = token.text
    if token.lower_ in NAME_PARTICLES and token.i + 1 < len(token.doc):
        return token.nbor().pos_ == "PROPN"
    return (
        token.pos_ == "PROPN"
        and text[:1].isupper()
        and text.lower() not in CALENDAR_WORDS
        and any(c.isalpha() for c in text)
        and not text.isupper()
    )


def _span_head(span: Span) -> int:
    """The token whose syntactic head lies outside the span (the last such, for names)."""
    heads = [t.i for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    return heads[-1] if heads else span.end - 1
