"""Find actor mentions in a parsed document: dictionary atoms, then phrases built from them.

1. Atoms: the longest dictionary phrase at each token (countries, organisations, agent terms).
2. Phrases: a country modifier and an agent term make one actor ("Russian Foreign Ministry",
   "Azerbaijan's ambassador", "Ambassador of Azerbaijan" -> RUSGOV / AZEGOV); a title absorbs
   the personal name after it ("Deputy Prime Minister Alexei Ovechkin"), which may be garbled:
   the title decides. Names without a title resolve through the dated officeholder data.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from dyadwatch.actors.lexicon import STATE_ROLE, ActorLexicon, Entry
from dyadwatch.actors.misspelt import misspelt_country
from dyadwatch.actors.officeholders import (
    OfficeholderIndex,
    PersonMatch,
    courtesy_words,
    split_code,
)
from dyadwatch.actors.short_forms import state_epithets
from dyadwatch.nlp.stage import UNPARSED_POS
from dyadwatch.pipeline import ActorMention
from dyadwatch.read.text import fold_accents
from dyadwatch.tables import read_tsv, read_words

MAX_NAME_TOKENS = 6  # tokens, hyphens included: 'Omar Hassan al-Bashir'
# Agents whose country follows from where they are ("police in Baku"). Not GOV or MIL:
# "the embassy in Baku" and "troops in Syria" are usually foreign.
CITY_ROLE = "CVL"  # a bare non-capital city: the country's people
PLACED_ROLES = {"COP", "JUD", "LEG", "MED", "BUS", "CVL", "OPP", "REB"}
# the head of a state's military in power rules it ("Niger's military leader")
RULER_WORDS = frozenset({"leader", "ruler"})
MAX_MODIFIER_GAP = 2  # adjectives allowed between a country and its agent term
POSSESSIVE = {"'s", "’s", "'"}
LINKS = {"of"}
# Capitalised calendar words are tagged PROPN but are never personal names.
CALENDAR_WORDS = {w.lower() for w in (*calendar.day_name, *calendar.month_name) if w}
REGNAL_NUMBER = re.compile(r"^(?:[IVX]{1,5})$")
# Words that make another office of a title ("Vice President" is not a president).
TITLE_QUALIFIERS = frozenset({"vice", "deputy", "former", "ex", "acting", "first", "assistant",
                              "under", "interim", "late", "ousted", "vice-"})
# An office held for now is still the state's: "Iran's acting foreign minister" (the tagger
# reads "acting" as a verb).
INTERIM_WORDS = frozenset({"acting", "interim", "caretaker"})
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
    lowered = [w.lower() for w in words]
    # (and without accents: "Priština", "Malé" are the gazetteer's "Pristina", "Male")
    folded = [fold_accents(w) for w in lowered]
    sent_end = _sentence_ends(doc)
    i = 0
    def longest_at(i: int) -> Atom | None:
        longest = lexicon.longest_from(words[i], lowered[i])
        if folded[i] != lowered[i]:
            longest = max(longest, lexicon.longest_from(words[i], folded[i]))
        for length in range(min(longest, sent_end[i] - i), 0, -1):
            entries = lexicon.lookup(tuple(words[i : i + length]), tuple(lowered[i : i + length]))
            if not entries and folded[i : i + length] != lowered[i : i + length]:
                entries = lexicon.lookup(tuple(words[i : i + length]),
                                         tuple(folded[i : i + length]))
            if entries:
                return Atom(i, i + length, entries)
        return None

    while i < len(doc):
        found = longest_at(i)
        if found is None:
            misspelt = misspelt_country(doc[i], lexicon)  # "Ethopia", "Afganistan"
            if misspelt:
                atoms.append(Atom(i, i + 1, misspelt))
            i += 1
            continue
        if found.end - found.start > 1 and found.end < len(doc):
            # "the South Korean president": "South Korean" reaches further than "the South"
            later = longest_at(i + 1)
            if later is not None and later.end > found.end:
                i += 1
                continue
        atoms.append(found)
        i = found.end
    return [a for a in atoms
            if not _prefixed_word(doc, a, atoms) and not _surname_of_a_name(doc, a, atoms)
            and not _given_name_after_a_title(doc, a, atoms) and not _feature_name(doc, a)
            and not _origin_word(doc, a)]


def _origin_word(doc: Doc, atom: Atom) -> bool:
    """"Russian-made helicopters", "Chinese-built frigates", "Soviet-era tanks": a country
    glued by a hyphen to a word of origin or kind (data/actors/origin_participles.txt) says
    where the thing comes from, not who acts on it. So does an organisation's name
    ("NATO-style guarantees", "the AU-brokered truce")."""
    if (atom.country is None and atom.org is None) or atom.agent is not None or (
            atom.end + 1 >= len(doc)):
        return False
    hyphen, word = doc[atom.end], doc[atom.end + 1]
    return (hyphen.text == "-" and not hyphen.whitespace_ and not doc[atom.end - 1].whitespace_
            and word.lower_ in origin_words())


@cache
def origin_words() -> frozenset[str]:
    return read_words("actors/origin_participles.txt")


def _feature_name(doc: Doc, atom: Atom) -> bool:
    """"Lake Victoria", "Mount Hermon": a place after a capitalised word of a natural
    feature (data/actors/feature_words.txt) names the feature, not the place or state."""
    if atom.country is None or atom.agent is not None or atom.org is not None:
        return False
    if atom.start == 0:
        return False
    before = doc[atom.start - 1]
    return (before.text[:1].isupper() and not before.is_sent_start
            and before.lower_.rstrip(".") in read_words("actors/feature_words.txt"))


def _given_name_after_a_title(doc: Doc, atom: Atom, atoms: list[Atom]) -> bool:
    """"President Santiago Peña", "Mr Santiago Peña": a one-word place between a title (a
    role word of the actor lexicon, or a courtesy title) and a surname is the person's given
    name, not the state whose city it is."""
    if atom.end - atom.start != 1 or atom.start == 0 or atom.end >= len(doc):
        return False
    if atom.country is None or atom.agent is not None or atom.org is not None:
        return False
    before, after = doc[atom.start - 1], doc[atom.end]
    titled = before.lower_.rstrip(".") in courtesy_words() or any(
        a.end == atom.start and a.agent is not None and a.country is None for a in atoms)
    return titled and (after.pos_ == "PROPN" and after.is_alpha and after.text[:1].isupper()
                       and not any(a.start <= after.i < a.end for a in atoms))


def _surname_of_a_name(doc: Doc, atom: Atom, atoms: list[Atom]) -> bool:
    """"Therese Kayikwamba Wagner": a one-word organisation ("Wagner") right after given
    names that are no dictionary word is the end of a personal name."""
    if atom.org is None or atom.end - atom.start != 1 or atom.start == 0:
        return False
    if atom.country is not None or atom.agent is not None:
        return False
    before = doc[atom.start - 1]
    if any(a.start <= before.i < a.end for a in atoms):
        return False
    return (before.pos_ == "PROPN" and before.is_alpha and before.text[:1].isupper()
            and not before.is_sent_start and before.text.lower() not in CALENDAR_WORDS)


def _prefixed_word(doc: Doc, atom: Atom, atoms: list[Atom]) -> bool:
    """'anti-Russian', 'pro-Western': a country glued to a prefix is an attitude, not an actor.
    'Russian-Azerbaijani' (two countries) and 'one-China' (that state's principle) stay."""
    if atom.country is None or atom.start < 2:
        return False
    hyphen, before = doc[atom.start - 1], doc[atom.start - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or before.whitespace_:
        return False
    if before.lower_ == "one":
        return False  # "the one-China policy": China's own claim, endorsed or not
    return not any(a.end == atom.start - 1 for a in atoms)


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
    needs_name: bool = False  # a bare term like "judge": an actor only with a name after it
    officer: bool = False  # an armed group's officer ("Hezbollah leader"): may take a name
    title_states: tuple[str, ...] = ()  # states whose title names an unknown person

    @property
    def wanted(self) -> bool:
        if self.needs_name and self.name is None and self.country is None:
            return False
        return bool(self.code or self.country or self.role)


class MentionFinder:
    def __init__(self, lexicon: ActorLexicon, people: OfficeholderIndex):
        self.lexicon = lexicon
        self.people = people

    def find(self, doc: Doc, date: str | None) -> list[ActorMention]:
        atoms = scan_atoms(doc, self.lexicon)
        covered = {t for a in atoms for t in range(a.start, a.end)}
        drafts = [d for d in self._compose(doc, atoms, covered, date)
                  if d.wanted and not _activity_modifier(doc, d) and not _names_money(doc, d)
                  and not _names_a_document(doc, d)]
        drafts += self._bare_names(doc, covered, drafts, date)
        drafts += self._bare_cities(doc, covered, drafts)
        drafts += self._hyphenated_authors(doc, covered)
        drafts += _group_drafts(doc, drafts)
        drafts.sort(key=lambda d: d.start)
        _title_state_owners(doc, drafts)
        _possessive_owners(doc, drafts)
        return [self._mention(doc, d) for d in drafts]

    # --- phrases from atoms -------------------------------------------------------------
    def _compose(self, doc: Doc, atoms: list[Atom], covered: set[int], date) -> list[Draft]:
        drafts: list[Draft] = []
        i = 0
        while i < len(atoms):
            elite_from = None
            prefix = atoms[i].agent
            if prefix is not None and prefix.prefix:  # "former President Trump"
                if i + 1 >= len(atoms) or not _glued(doc, atoms[i], atoms[i + 1]):
                    i += 1
                    continue
                elite_from, i = atoms[i].start, i + 1
            draft, used = self._phrase_at(doc, atoms, i)
            i += used
            if draft is None:
                continue
            # "Israeli army spokesman", "Houthi military spokesman", "Hamas political bureau
            # chief": a title right after a qualified body is that body's officer
            while i < len(atoms) and _officer_of_body(doc, draft, atoms[i]):
                draft.end = atoms[i].end
                draft.officer = draft.officer or draft.kind == "group"
                if draft.role == "MIL" and doc[atoms[i].end - 1].lemma_.lower() in RULER_WORDS:
                    draft.role = "GOV"  # "Niger's military leader": the junta's head
                i += 1
            if i < len(atoms) and _names_the_agent(draft, atoms[i]):
                org = atoms[i].org
                draft.end, draft.code, draft.country = atoms[i].end, org.code, org.country
                draft.kind = _org_kind(org)
                draft.confidence = max(draft.confidence, 0.9)
                i += 1
            if (i < len(atoms) and _country_as_first_name(doc, draft, atoms[i], covered)
                    and draft.kind == "agent" and not draft.code):
                # "Israeli Foreign Minister Israel Katz": the country word is a first name
                covered.difference_update(range(atoms[i].start, atoms[i].end))
                i += 1
            self._absorb_name(doc, draft, covered, date, former=elite_from is not None,
                              earlier=drafts)
            _absorb_name_before(doc, draft, covered)
            # "police in Baku", "rebels in the Ivory Coast", "the court in Grodno": where a
            # non-state agent is
            if draft.country is None and draft.role in PLACED_ROLES:
                if i < len(atoms) and atoms[i].is_modifier:
                    if _linked_by(doc, draft.end, atoms[i].start, "in"):
                        draft.country, draft.end = atoms[i].country.country, atoms[i].end
                        draft.confidence = 0.8
                        i += 1
                if draft.country is None:
                    self._place_in_city(doc, draft, covered)
            # "King Hassan of Morocco": the country named after the title and name decides
            if i < len(atoms) and atoms[i].is_modifier and _untitled_country(draft, atoms[i]):
                if self._linked_by_of(doc, draft, atoms[i]):
                    draft.country, draft.end = atoms[i].country.country, atoms[i].end
                    draft.confidence = max(draft.confidence, 0.85)
                    i += 1
            if elite_from is not None and draft.role and not draft.code:
                draft.start, draft.role = elite_from, "ELI"
            drafts.append(draft)
        return drafts

    def _phrase_at(self, doc: Doc, atoms: list[Atom], i: int) -> tuple[Draft | None, int]:
        atom = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        # "Russia's U.N. ambassador", "the U.S. NATO envoy": a state's envoy to a body is
        # the state's, not the body's
        if atom.is_modifier and nxt is not None and _state_before_body(doc, atom, nxt):
            if _envoy_title(doc[nxt.end - 1]):  # "China's UN envoy" (one dictionary phrase)
                return Draft(atom.start, nxt.end, atom.country.country, "GOV", None, "agent",
                             0.9), 2
            envoy = atoms[i + 2] if i + 2 < len(atoms) else None
            if envoy is not None and envoy.agent is not None and envoy.start == nxt.end and \
                    envoy.end - envoy.start == 1 and _envoy_title(doc[envoy.start]):
                return self._modified(envoy, atom, atom.country, span=(atom.start, envoy.end)), 3
        # "Russian Foreign Ministry", "Azerbaijan's ambassador", "Kremlin spokesman"
        if atom.is_modifier and nxt is not None and self._modifies(doc, atom, nxt):
            return self._modified(atom, nxt, atom.country), 2
        # "Hungarian and Romanian officials": both countries qualify the shared agent term
        if atom.is_modifier and nxt is not None and nxt.is_modifier and i + 2 < len(atoms):
            after = atoms[i + 2]
            if _coordinated(doc, atom, nxt) and self._modifies(doc, nxt, after):
                draft = self._modified(after, atom, atom.country, span=(atom.start, atom.end))
                draft.confidence = 0.85
                return draft, 1
        # "NATO Secretary General", "the UN chief": an organisation's officer is the organisation
        if atom.org is not None and atom.org.form == "igo" and nxt is not None and nxt.agent:
            # (also with a possessive: "the European Union's foreign policy chief")
            if nxt.start == atom.end or [t.text.lower() for t in doc[atom.end:nxt.start]] in (
                    ["'s"], ["’s"]):
                org = atom.org
                return Draft(atom.start, nxt.end, org.country, None, org.code, "igo", 0.9), 2
        # "Hezbollah leader", "Hamas's political chief", "Houthi fighters": an officer or
        # member of an armed group is the group (the name after the term may follow), not a
        # countryless official left to the context
        if (atom.org is not None and atom.org.form == "group" and nxt is not None
                and nxt.agent is not None and self._modifies(doc, atom, nxt)):
            org = atom.org
            return Draft(atom.start, nxt.end, org.country, None, org.code, "group", 0.9,
                         officer=True), 2
        # "Wall Street Journal reporter", "Gazprom executive": a member of a national
        # organisation has its country and sector (the name after the term may follow)
        if (atom.org is not None and atom.org.form == "agent" and nxt is not None
                and nxt.agent is not None and not nxt.agent.prefix and nxt.start == atom.end
                and len(atom.org.code) >= 6 and not atom.org.code.startswith(("IGO", "NGO"))):
            org = atom.org
            return Draft(atom.start, nxt.end, org.country, org.code[3:6], None, "agent",
                         0.9), 2
        # "Ambassador of Azerbaijan", "spokesperson of the Russian Foreign Ministry"
        if atom.agent is not None and nxt is not None and self._linked_by_of(doc, atom, nxt):
            owner, used = self._phrase_at(doc, atoms, i + 1)
            if owner is not None and owner.kind != "person":
                draft = self._owned(atom.agent, atom.start, owner)
                if owner.role and doc[atom.start:atom.end].text.lower() in leader_nouns():
                    draft.role = owner.role  # "the head of the Cuban Navy" is its navy's
                return draft, 1 + used
        # "ethnic Azerbaijanis": an agent term that needs a country, then the country
        if atom.agent is not None and atom.agent.needs_country and nxt is not None:
            if nxt.start == atom.end and nxt.country is not None:
                return self._modified(atom, nxt, nxt.country, span=(atom.start, nxt.end)), 2
        if _national_as_person(doc, atom):
            return Draft(atom.start, atom.end, atom.country.country, "CVL", None, "agent", 0.8), 1
        return self._single(atom), 1

    @staticmethod
    def _modifies(doc: Doc, left: Atom, right: Atom) -> bool:
        if right.agent is None and (right.org is None or right.org.form == "igo"):
            return False  # no state qualifies an IGO: "Sweden's NATO bid" is Sweden's bid
        if right.agent is not None and right.agent.prefix:
            return False  # "former", "late" qualify what follows: "Washington late on Monday"
        gap = doc[left.end : right.start]
        if len(gap) > MAX_MODIFIER_GAP + 1:
            return False
        texts = [t.text.lower() for t in gap]
        if any(t in POSSESSIVE for t in texts):
            return texts.count("'s") + texts.count("’s") + texts.count("'") == 1 and all(
                t.text.lower() in POSSESSIVE or _title_word(t) for t in gap
            )
        return len(gap) <= MAX_MODIFIER_GAP and all(_title_word(t) for t in gap)

    @staticmethod
    def _linked_by_of(doc: Doc, left: Atom | Draft, right: Atom) -> bool:
        gap = [t.text.lower() for t in doc[left.end : right.start]]
        return gap in (["of"], ["of", "the"])

    @staticmethod
    def _owned(agent: Entry, start: int, owner: Draft) -> Draft:
        """An agent term of an owner: the owner gives the country, the term the role."""
        role = owner.role if agent.code == STATE_ROLE else agent.code
        kind = "state" if role is None else "agent"
        if owner.kind == "igo":  # "the spokesperson of the UN" stays the organisation
            return Draft(start, owner.end, owner.country, None, owner.code, "igo", owner.confidence)
        return Draft(start, owner.end, owner.country, role, None, kind, max(owner.confidence, 0.5))

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
        if agent is not None and agent.code != STATE_ROLE:
            # A term that needs a country may still title a person ("General Michel Aoun").
            draft = Draft(atom.start, atom.end, None, agent.code, None, "agent", 0.5)
            draft.needs_name = agent.needs_country
            return draft
        return None

    def _place_in_city(self, doc: Doc, draft: Draft, covered: set[int]) -> None:
        start = draft.end
        if start >= len(doc) or doc[start].lower_ != "in":
            return
        start += 1 + (start + 1 < len(doc) and doc[start + 1].lower_ == "the")
        end = start
        while end < len(doc) and end - start < 3 and end not in covered:
            if not (doc[end].text[:1].isupper() and doc[end].is_alpha):
                break
            end += 1
            if end + 1 < len(doc) and _inner_hyphen(doc[end]) and doc[end + 1].is_title:
                end += 1  # ("police in Alma-Ata": the hyphen joins the name's words)
        for stop in range(end, start, -1):  # "Nizhny Novgorod" before "Nizhny"
            country = self.lexicon.cities.get(doc[start:stop].text.lower())
            if country:
                draft.country, draft.end, draft.confidence = country, stop, 0.75
                return

    # --- personal names -----------------------------------------------------------------
    def _absorb_name(self, doc: Doc, draft: Draft, covered: set[int], date,
                     former: bool = False, earlier: list[Draft] = ()) -> None:
        """A title followed by a name: the name joins the mention and may fix the country.
        A title with no country and a name given in full earlier in the text (`earlier`:
        "the Prime Minister of Singapore Lee Hsien Loong ... Prime Minister Lee") is that
        person, before any namesake the officeholder list knows."""
        if draft.kind not in ("agent", "igo") and not draft.officer or (
                draft.code and draft.kind != "igo" and not draft.officer):
            return  # named organisations ("TASS") take no personal name
        end = _name_run_end(doc, draft.end, covered, draft.end + MAX_NAME_TOKENS)
        if end == draft.end:
            return
        words = [t.text for t in doc[draft.end : end]]
        draft.end = end
        draft.name = " ".join(words)
        draft.kind = "igo" if draft.kind == "igo" else "person"
        named = _named_before(doc, list(earlier), words, draft.start) if (
            draft.country is None and not former) else None
        if named is not None and named.country:
            draft.name, draft.country = named.name, named.country
            draft.role = draft.role or named.role
            draft.confidence = max(draft.confidence, named.confidence)
            return
        office = title_office([t.lower_ for t in doc[draft.start:draft.end - len(words)]])
        match = self.people.resolve(words, date, titled=True, office=office)
        if match is None and len(words) >= 3:
            # the rest of a title the lexicon lacks ("Cabinet Secretary Minoru Kihara" when
            # only "cabinet" is known): the name is what follows it, when it spells a known
            # person's full name (dropping a word of the name itself is a guess)
            match = self.people.resolve(words[1:], date, titled=True, office=office)
            if match is not None and not self.people.full_name_known(words[1:]):
                match = None  # "Ambassador Mariam Ali Moussa" is not a Musa named Ali
        if match is None:
            # a garbled transliteration ("Chairman Si Tszinpin", "President Baiden"): the
            # holder of the title's office at the date whose name it is closest to
            match = self.people.holder_at(words, date, office, draft.country)
        if match is None:
            if draft.country is None:  # "Chief Cabinet Secretary Hirokazu Matsuno" -> JPN
                draft.title_states = title_states(
                    [t.lower_ for t in doc[draft.start:draft.end - len(words)]])
            return
        country, role = split_code(match.code)
        if draft.country not in (None, country):
            return  # the title's country wins over a name that may be garbled
        if not former and len(words) == 1 and _namesake(self.people, match, office):
            return  # the context, not a namesake's old office, tells whose envoy this is
        draft.name = match.name
        draft.confidence = max(draft.confidence, match.confidence)
        if country.startswith("IGO"):  # "Secretary-General Antonio Guterres"
            draft.country, draft.code, draft.role = country, match.code, None
            return
        draft.country = country
        draft.role = draft.role or role

    def _hyphenated_authors(self, doc: Doc, covered: set[int]) -> list[Draft]:
        """"a U.S.-drafted resolution", "the Qatari-brokered truce": one token naming the
        state that made the thing (data/actors/author_participles.txt). Found in the text
        first, so that no Token is made for the words that are no such compound."""
        found: list[Draft] = []
        for match in author_compounds().finditer(doc.text):
            span = doc.char_span(match.start(), match.end())
            if span is None or len(span) != 1 or span.start in covered:
                continue
            prefix = match.group("state")
            entry = next((e for e in self.lexicon.lookup((prefix,), (prefix.lower(),))
                          if e.kind == "country"), None)
            if entry is not None:
                found.append(Draft(span.start, span.end, entry.country, None, None, "state",
                                   0.8))
        return found

    def _bare_names(self, doc: Doc, covered: set[int], drafts: list[Draft], date) -> list[Draft]:
        """Runs of proper nouns outside any phrase that name a known officeholder."""
        taken = set(covered)
        for d in drafts:
            taken.update(range(d.start, d.end))
        found: list[Draft] = []
        capitalised = [t.text[:1].isupper() for t in doc]  # names start with a capital
        i = 0
        while i < len(doc):
            if i in taken or not capitalised[i] or is_honorific(doc[i]):
                i += 1
                continue
            j = _name_run_end(doc, i, taken, len(doc))
            sure_name = j > i
            if not sure_name and _mistagged_name(doc[i]):
                j = _name_run_end(doc, i + 1, taken, len(doc), first=False)
            if j == i:
                i += 1
                continue
            # The tagger calls some sentence-initial names nouns ("Aliyev has begun"): those
            # must match a known spelling exactly.
            words = [t.text for t in doc[i:j]]
            # a person named in full earlier, with or without a title, is the same person
            earlier = _named_before(doc, drafts + found, words, i)
            if earlier is not None:  # "Lin" after "spokesperson Lin Jian": the same person
                found.append(Draft(i, j, earlier.country, earlier.role, earlier.code, "person",
                                   earlier.confidence, name=earlier.name))
                i = j
                continue
            # A city's exact name is the city, not a person whose name is merely close to
            # it ("the town of Samarra" is not Antonis Samaras)
            fuzzy = sure_name and " ".join(words).lower() not in self.lexicon.cities
            match = self.people.resolve(words, date, fuzzy=fuzzy)
            if match is not None and len(words) == 1 and match.code.endswith("ELI") and (
                    self.people.resolve(words, date, fuzzy=False) is None):
                # one capitalised word only close to a past officeholder's name ("Patriot
                # batteries", not Patriota): too little to name that person
                match = None
            if match is None and sure_name:
                match = self._name_after_unknown_title(words, date)
            if match is not None and (sure_name or match.office is not None):
                found.append(_person_draft(i, j, match))
            i = j
        return found

    def _name_after_unknown_title(self, words: list[str], date) -> PersonMatch | None:
        """"Home Secretary James Cleverly", "Cabinet Secretary Musalia Mudavadi": a title
        the lexicon does not know, capitalised, runs into the name. The shortest tail of two
        or more words that spells a known officeholder's full name exactly is the person."""
        for k in range(1, len(words) - 1):
            match = self.people.resolve(words[k:], date, fuzzy=False)
            if match is not None and self.people.full_name_known(words[k:]):
                return match
        return None

    def _bare_cities(self, doc: Doc, covered: set[int], drafts: list[Draft]) -> list[Draft]:
        """A city named alone ("bombs on Isfahan", "rallies in Lyon") stands for its people:
        the country's civilians (PLOVER's convention; capitals are in the country forms and
        stand for the state). Only proper-noun runs not joined to other names, so that
        "Paris Hilton" or "Jackson Browne" stay people."""
        taken = set(covered)
        for d in drafts:
            taken.update(range(d.start, d.end))
        found: list[Draft] = []
        i = 0
        while i < len(doc):
            stop = self._city_at(doc, i, taken)
            if stop:
                found.append(Draft(i, stop, self.lexicon.cities[doc[i:stop].text.lower()],
                                   CITY_ROLE, None, "place", 0.7))
                i = stop
            else:
                i += 1
        return found

    def _city_at(self, doc: Doc, i: int, taken: set[int]) -> int:
        def name_like(k: int) -> bool:
            return 0 <= k < len(doc) and doc[k].pos_ == "PROPN" and k not in taken

        if not name_like(i) or name_like(i - 1) or not doc[i].text[:1].isupper():
            return 0
        if i > 0 and _inner_hyphen(doc[i - 1]):
            return 0  # "Jaish al-Adl": the end of a hyphenated name, not a town
        if i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].i in taken:
            return 0  # "Hans Van den Broek": the run continues a name already found
        for stop in range(min(i + 5, len(doc)), i, -1):
            # (a name may be joined by hyphens, as translated copy writes "Alma-Ata")
            if all(name_like(k) or (i < k < stop - 1 and _inner_hyphen(doc[k]))
                   for k in range(i, stop)) and not name_like(stop) \
                    and (stop - i <= 3 or _inner_hyphen(doc[i + 1])):
                if doc[i:stop].text.lower() in self.lexicon.cities and not _org_name_part(
                        doc, i, stop):
                    return stop
        return 0

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


def _namesake(people, match: PersonMatch, office: str | None) -> bool:
    """A surname under a current title ("the ambassador Masoni") that only matches someone
    out of office at the date, in an office the title does not name: likely another person of
    the same name, so the old officeholder's state is no evidence. A leader or minister title
    the person did hold ("President Lula" in the data's gap years) keeps its state."""
    if not match.code.endswith("ELI") or match.office is not None:
        return False
    return office is None or not people.held(match.name, office)


def leader_nouns() -> frozenset[str]:
    return read_words("actors/leader_nouns.txt")


@cache
def title_offices() -> dict[tuple[str, ...], str]:
    return {tuple(r["title"].split()): r["office"] for r in read_tsv("actors/title_offices.tsv")}


def title_office(title: list[str]) -> str | None:
    """The office the words before a name give ("Chinese Foreign Minister" ->
    foreign_minister); none for another office ending in it ("Vice President", "Deputy
    Prime Minister")."""
    words = [w for w in title if w not in ("the", "'s", "’s")]
    table = title_offices()
    for n in range(min(len(words), 4), 0, -1):
        office = table.get(tuple(words[-n:]))
        if office is not None:
            before = words[-n - 1] if len(words) > n else ""
            return None if before in TITLE_QUALIFIERS else office
    return None


@cache
def title_state_table() -> dict[tuple[str, ...], tuple[str, ...]]:
    return {tuple(r["title"].split()): tuple(r["states"].split(";"))
            for r in read_tsv("actors/title_states.tsv")}


def title_states(title: list[str]) -> tuple[str, ...]:
    """The states whose title ends the words before a name (data/actors/title_states.tsv:
    "Deputy Secretary of State" -> USA, "Foreign Secretary" -> GBR, IND, ...)."""
    words = [w for w in title if w not in ("the", "'s", "’s")]
    table = title_state_table()
    for n in range(min(len(words), 5), 0, -1):
        states = table.get(tuple(words[-n:]))
        if states is not None:
            return states
    return ()


def _title_state_owners(doc: Doc, drafts: list[Draft]) -> None:
    """An unknown person whose title exists in one state only is that state's; a title of
    a few states takes the one among them named in the sentence, else the nearest named
    earlier in the document, else the only one named later."""
    for draft in drafts:
        if draft.country is not None or not draft.title_states:
            continue
        states = draft.title_states
        if len(states) > 1:
            named = [d for d in drafts if d.country in states and d is not draft]
            sent = doc[draft.start].sent
            here = {d.country for d in named if sent.start <= d.start < sent.end}
            before = [d for d in named if d.start < draft.start]
            if len(here) == 1:
                states = tuple(here)
            elif not here and before:
                states = (before[-1].country,)
            elif not here and len({d.country for d in named}) == 1:
                states = (named[0].country,)
        if len(states) == 1:
            for same in drafts:  # the person named again ("... Matsuno said") too
                if same is draft or (same.start > draft.start and same.kind == "person"
                                     and same.name == draft.name and same.country is None):
                    same.country = states[0]
                    same.confidence = max(same.confidence, 0.6)


@cache
def country_groups() -> dict[tuple[str, ...], list[str]]:
    """Lower-cased phrase tokens (and their regular plural) -> member ISO3 codes."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for row in read_tsv("actors/country_groups.tsv"):
        words = tuple(row["phrase"].lower().split())
        members = [c.strip() for c in row["members"].split(";") if c.strip()]
        groups[words] = members
        groups[words[:-1] + (words[-1] + "s",)] = members
        if words[-1].endswith("y"):
            groups[words[:-1] + (words[-1][:-1] + "ies",)] = members
    return groups


def _names_money(doc: Doc, draft: Draft) -> bool:
    """"100 million US dollars", "Chinese yuan": a bare country before a currency word."""
    if draft.role or draft.code is None or draft.end >= len(doc):
        return False
    nxt = doc[draft.end]
    return nxt.pos_ in ("NOUN", "PROPN") and (
        nxt.lemma_.lower() in currency_words() or nxt.lower_ in currency_words())


def _names_a_document(doc: Doc, draft: Draft) -> bool:
    """"the Rome Statute", "the Paris Agreement", "the Minsk agreements", "the Oslo
    Accords": a place name that names a treaty is no party to it (the treaty word is
    capitalised, or a plural: "agreements", "accords")."""
    if draft.role or draft.code is None or draft.kind != "state" or draft.end >= len(doc):
        return False
    # read off the text: the sentence may be one the parser skipped (no trigger in it)
    word, words = doc[draft.end].text, document_words()
    if word[:1].isupper():
        return word.lower() in words or (word.endswith("s") and word[:-1].lower() in words)
    return word.endswith("s") and word[:-1] in words  # "the Minsk agreements", not "a
    # U.S. agreement" (the party's own)


@cache
def document_words() -> frozenset[str]:
    return read_words("actors/document_words.txt")


def currency_words() -> frozenset[str]:
    return read_words("actors/currency_words.txt")


def _activity_modifier(doc: Doc, draft: Draft) -> bool:
    """"a military aid package", "diplomatic efforts": a role adjective with no country
    that describes a thing or activity, not a body that acts (the agent phrases the lexicon
    lists, "military officials", are whole phrases and never come here)."""
    if draft.country is not None or draft.end - draft.start != 1:
        return False
    token = doc[draft.start]
    return token.pos_ == "ADJ" and token.dep_ == "amod"


def _group_drafts(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """"The three Baltic republics": one draft per member state over the same span, so the
    phrase reads as a compound actor (see dyadwatch.events.extract.actors_of)."""
    groups = country_groups()
    longest = max((len(k) for k in groups), default=0)
    taken = {t for d in drafts for t in range(d.start, d.end)}
    lowered = [t.lower_ for t in doc]
    found: list[Draft] = []
    i = 0
    while i < len(doc):
        for n in range(longest, 0, -1):
            key = tuple(lowered[i:i + n])
            if (len(key) == n and key in groups and not taken & set(range(i, i + n))
                    and not _one_of_the_group(lowered, i, key)):
                members = counted_members(doc, drafts, i, groups[key])
                found += [Draft(i, i + n, code, None, None, "state", 0.9) for code in members]
                i += n - 1
                break
        i += 1
    return found


def _one_of_the_group(lowered: list[str], start: int, key: tuple[str, ...]) -> bool:
    """"The Nordic country will be the first ...": a group phrase in the singular after
    "the" that is also a state epithet refers back to one member named before (resolved by
    dyadwatch.actors.short_forms.add_state_epithets), not to the whole group."""
    return bool(start) and lowered[start - 1] == "the" and key in state_epithets()


COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def counted_members(doc: Doc, drafts: list[Draft], start: int, members: list[str]
                    ) -> list[str]:
    """"the two Nordic countries" after "Finland and Sweden": a counted group smaller than
    its whole membership is the members the text named last before it (all of them when
    it named too few)."""
    word = doc[start - 1].lower_ if start else ""
    n = COUNT_WORDS.get(word) or (int(word) if word.isdigit() else 0)
    if not 0 < n < len(members):
        return members
    named: list[str] = []
    for d in sorted(drafts, key=lambda d: -d.start):
        if d.start < start and d.country in members and d.country not in named:
            named.append(d.country)
    return named[:n] if len(named) >= n else members


def _officer_of_body(doc: Doc, draft: Draft, nxt: Atom) -> bool:
    """`nxt` is a bare title written right after a body with a country ("Israeli army" +
    "spokesman", "Hezbollah media [office]" + "chief") and the body's last word qualifies it:
    the officer speaks for that body, not for a state the context would give it."""
    agent = nxt.agent
    if agent is None or agent.prefix or nxt.org is not None or nxt.country is not None:
        return False
    if draft.country is None or draft.kind not in ("agent", "group") or draft.name:
        return False
    if draft.kind == "agent" and (draft.role in (None, "CVL") or draft.code):
        return False  # people are no body with officers: "Rwanda's national carrier"
    gap = doc[draft.end:nxt.start]
    if len(gap) > MAX_MODIFIER_GAP or not all(
            t.pos_ in ("NOUN", "PROPN") and t.dep_ == "compound" and t.is_alpha for t in gap):
        return False  # (only nouns of the body's name between: "Hezbollah media office chief")
    last = doc[nxt.start - 1]
    return (last.dep_ in ("compound", "amod", "nmod") and nxt.start <= last.head.i < nxt.end
            and doc[nxt.end - 1].pos_ in ("NOUN", "PROPN"))


def _names_the_agent(draft: Draft, nxt: Atom) -> bool:
    """'the Russian news agency TASS': an organisation right after its description."""
    org = nxt.org
    if org is None or nxt.start != draft.end or draft.kind != "agent" or draft.code:
        return False
    return draft.country in (None, org.country) and org.code[3:6] in ("", draft.role)


def _org_kind(org: Entry) -> str:
    return {"igo": "igo", "group": "group"}.get(org.form, "agent")


def _named_before(doc: Doc, drafts: list[Draft], words: list[str], start: int) -> Draft | None:
    """The titled person named earlier in the document whose surname `words` is (a name
    used again: "Foreign Minister Jean-Noel Barrot ... Barrot said"; family name first in
    "spokesperson Lin Jian ... Lin said"), by the known name or as the text first wrote it
    ("President Ukhnagiyn Kherelsukh ... Mr. Kherelsukh"). A person whose title named no
    country ("Interior Minister Alexander Dobrindt ... Dobrindt said") is named again too,
    with the title's role: the context gives both namings the same country
    (context.resolve_countryless)."""
    wanted = " ".join(words).lower()
    best = None
    for d in drafts:
        if not (d.start < start and d.kind == "person" and d.name and (d.country or d.role)):
            continue
        written = doc[d.start:d.end].text.lower()
        for name in (d.name.lower(), written):
            if name == wanted or name.endswith(" " + wanted) or (
                    len(words) == 1 and name.startswith(wanted + " ")):
                best = d
    return best


def _person_draft(start: int, end: int, match: PersonMatch) -> Draft:
    country, role = split_code(match.code)
    code = match.code if country.startswith("IGO") else None
    return Draft(start, end, country, role, code, "person", match.confidence, name=match.name)


def _state_before_body(doc: Doc, state: Atom, body: Atom) -> bool:
    """A state (possessive or adjective) right before an international body: "Russia's U.N."."""
    if body.org is None or body.org.form != "igo":
        return False
    return [t.text.lower() for t in doc[state.end:body.start]] in ([], ["'s"], ["’s"])


def _envoy_title(token: Token) -> bool:
    return token.lower_ in envoy_titles()


@cache
def envoy_titles() -> frozenset[str]:
    words = read_words("actors/envoy_nouns.txt") | {"representative"}
    return frozenset(words | {w + "s" for w in words})


def _glued(doc: Doc, left: Atom, right: Atom) -> bool:
    """Adjacent, or joined by a hyphen ("ex-President")."""
    gap = [t.text for t in doc[left.end : right.start]]
    return gap in ([], ["-"])


def _untitled_country(draft: Draft, nxt: Atom) -> bool:
    """A draft whose country came from no modifier: a bare title, or a title + resolved name."""
    if draft.code:
        return False
    return draft.country is None or (draft.kind == "person" and draft.name is not None)


def _title_word(token: Token) -> bool:
    """May stand between a country and its agent term: 'Russian [Agriculture] Minister',
    'Taiwan's [Vice] Foreign Minister', 'Azerbaijani [independent] media', 'Kenyan
    [rights] activist' (a noun that qualifies the term)."""
    if token.pos_ == "ADJ" or token.lower_ in INTERIM_WORDS:
        return True
    if token.pos_ == "NOUN" and token.dep_ == "compound" and token.is_alpha and (
            token.head.i > token.i):
        return True
    return token.pos_ in ("NOUN", "PROPN") and token.text[:1].isupper() and token.is_alpha


def _linked_by(doc: Doc, end: int, start: int, word: str) -> bool:
    gap = [t.text.lower() for t in doc[end:start]]
    return gap in ([word], [word, "the"])


def _possessive_owners(doc: Doc, drafts: list[Draft]) -> None:
    """ "Djindjic's opposition coalition", "Putin's spokesman": a possessor with a country
    gives it to the bare agent term it owns."""
    for owner, owned in zip(drafts, drafts[1:], strict=False):
        if owned.country is not None or owned.code or owner.country is None:
            continue
        if owner.country.startswith("IGO") or owned.role is None:
            continue
        gap = doc[owner.end : owned.start]
        if len(gap) >= 1 and gap[0].text in POSSESSIVE and all(_title_word(t) for t in gap[1:]):
            owned.country = owner.country
            owned.confidence = max(owned.confidence, 0.8)


def _coordinated(doc: Doc, left: Atom, right: Atom) -> bool:
    gap = [t.text.lower() for t in doc[left.end : right.start]]
    if gap == [","] and not _adjectives(left, right):
        return False  # "in Baghdad, Iraqi police said": a place ends one clause
    return gap in (["and"], ["or"], [","], [",", "and"])


def _adjectives(*atoms: Atom) -> bool:
    """A bare comma lists modifiers only between adjectives ("Hungarian, Romanian and
    Bulgarian officials")."""
    return all(a.country is not None and a.country.form == "adjective" for a in atoms)


def _mistagged_name(token: Token) -> bool:
    text = token.text
    return (
        token.pos_ in ("NOUN", "ADJ", "VERB")
        and text[:1].isupper()
        and text[1:].islower()
        and token.is_alpha
        and text.lower() not in CALENDAR_WORDS
    )


def honorifics() -> frozenset[str]:
    return read_words("honorifics.txt")


def is_honorific(token: Token) -> bool:
    """"Mister", "Mrs.": a courtesy title, not the first word of the name after it."""
    return token.lower_.rstrip(".") in honorifics()


def _absorb_name_before(doc: Doc, draft: Draft, covered: set[int]) -> None:
    """"Xue Jian, China's consul general in Osaka, wrote ...": a name set off by a comma just
    before a title is the titled person's (so "Xue" later, or "him", finds the consul)."""
    if draft.kind != "agent" or draft.name or not draft.role or draft.start < 3:
        return
    if doc[draft.start - 1].text != ",":
        return
    end = draft.start - 1
    start = end
    while start > 0 and start - 1 not in covered and _name_token(doc[start - 1], first=False):
        start -= 1
    if start == end or end - start > MAX_NAME_TOKENS or _name_run_end(
            doc, start, covered, end) != end:
        return  # no name, or a calendar word or the like starting it ("On Monday, ...")
    if start > 0 and doc[start - 1].text not in (".", ",", ";", ":", "\n") and not doc[
            start - 1].is_space and doc[start - 1].dep_ not in ("det", "prep", "cc"):
        if doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
            return
    draft.name = doc[start:end].text
    draft.start = start
    draft.kind = "person"


def _name_run_end(doc: Doc, start: int, taken: set[int], limit: int, first: bool = True) -> int:
    """End of the personal name starting at `start` (== start when there is none).
    Joins hyphenated parts ("Kassym-Jomart"); a calendar word may end a name ("Theresa May")
    but never start one ("in May")."""
    end = start
    limit = min(limit, len(doc))
    while end < limit and end not in taken:
        token = doc[end]
        if _name_token(token, first=first and end == start):
            end += 1
        elif _inner_hyphen(token) and end > start and end + 1 < limit:
            if end + 1 in taken or not _name_part(doc[end + 1]):
                break
            end += 2
        else:
            break
    return end


def _name_part(token: Token) -> bool:
    """After a hyphen inside a name: 'Ki-moon', 'Kramp-Karrenbauer'."""
    return token.is_alpha and token.pos_ in ("PROPN", "NOUN", "ADJ")


def _inner_hyphen(token: Token) -> bool:
    return token.text == "-" and not token.whitespace_ and not token.nbor(-1).whitespace_


@cache
def author_compounds() -> re.Pattern[str]:
    """A whitespace-free word ending in "-" and an author participle ("U.S.-drafted")."""
    words = "|".join(sorted(map(re.escape, read_words("actors/author_participles.txt"))))
    edge = "\\s\"“‘'(\\["  # a word starts after a space, a quote or a bracket
    return re.compile(rf"(?<![^{edge}])(?P<state>[^{edge}]+?)-(?:{words})(?![\w-])",
                      re.IGNORECASE)


def _country_as_first_name(doc: Doc, draft: Draft, atom: Atom, covered: set[int]) -> bool:
    """A one-word country name right after a title and right before a surname ("Foreign
    Minister Israel Katz", "President Chad Smith") is the person's first name."""
    if atom.start != draft.end or atom.end - atom.start != 1 or atom.country is None:
        return False
    if atom.country.form != "name" or atom.end >= len(doc) or atom.end in covered:
        return False
    return draft.role is not None and _name_token(doc[atom.end], first=False)


def _name_token(token: Token, first: bool = True) -> bool:
    text = token.text
    if not first and REGNAL_NUMBER.match(text):
        return True  # "Mohammed VI", "Carl XVI Gustaf": the number belongs to the name
    if token.lower_ in NAME_PARTICLES and token.i + 1 < len(token.doc):
        nxt = token.nbor()
        return not first and (nxt.pos_ == "PROPN" or _inner_hyphen(nxt))
    if text.lower() in CALENDAR_WORDS and first:
        return False
    if token.pos_ == UNPARSED_POS:
        # a sentence the parse stage left untagged (no trigger word: "the interview of the
        # Ambassador of Ukraine Petr Vrublevskii"): any capitalised word but a stop word may
        # be part of a name, so that the name is known when the text repeats it
        return not token.is_stop and _capitalised_word(text)
    return (token.pos_ in ("PROPN", "NOUN", "ADJ") if not first else token.pos_ == "PROPN") and (
        _capitalised_word(text))


def _capitalised_word(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text) and not text.isupper()


def _span_head(span: Span) -> int:
    """The token whose syntactic head lies outside the span; among several, the last noun
    ("Russian Deputy Prime Minister Alexei Ovechkin" -> Ovechkin, "police in Baku" -> police)."""
    outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    nouns = [t for t in outside if t.pos_ in ("NOUN", "PROPN", "PRON")]
    best = nouns or outside
    return best[-1].i if best else span.end - 1


def _org_name_part(doc: Doc, start: int, stop: int) -> bool:
    """An acronym ("ILO") or the head of an organisation's name ("Union of Teachers"):
    GeoNames lists such words as alternate city names, but in news they are no city."""
    span = doc[start:stop]
    if len(span) == 1 and span.text.isupper() and len(span.text) <= 4:
        return True
    if start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].tag_ in ("NNS", "NNPS"):
        return True  # "the Serbian Workers' Union": a plural possessor names a body, not a town
    return (stop + 1 < len(doc) and doc[stop].lower_ == "of"
            and doc[stop + 1].text[:1].isupper() and doc[stop + 1].pos_ == "PROPN")


INDEFINITE = frozenset({"a", "an"})


def _national_as_person(doc: Doc, atom: Atom) -> bool:
    """"an Australian", "a German were detained": a nationality adjective standing alone as a
    noun after "a"/"an" is one of its people (CVL), not the state ("an American journalist",
    "the German position" are modifiers)."""
    country = atom.country
    if country is None or country.form != "adjective" or atom.end - atom.start != 1:
        return False
    tok = doc[atom.start]
    return (tok.tag_ in ("NN", "NNP") and tok.dep_ not in ("amod", "compound", "nmod", "poss")
            and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children))
