"""Known officeholders as dated data: who held which office from when to when.

Rows (data/actors/officeholders.tsv, or a user dictionary with the same header):

    code    office    name    from    to    variants

`code` is the CAMEO code the person carries in that office (RUSGOV); `office` one of
head_of_state, head_of_government, foreign_minister, defence_minister, spokesperson, other;
`from`/`to` are ISO dates (YYYY, YYYY-MM or YYYY-MM-DD; empty `to` = still in office);
`variants` are other spellings, ';'-separated (full names or surnames: "Aliev;Ilham Aliev").

A name resolves by the document's date: the term that covers the date wins; outside every term
the person is an elite (ELI) of the country of the nearest term, with lower confidence.
Transliteration variants resolve through a spelling normalisation and rapidfuzz.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from dyadwatch.read.text import fold_accents
from dyadwatch.tables import read_words

# Which office a person most likely acts in when terms overlap (lower is stronger).
OFFICE_RANK = {
    "head_of_state": 0,
    "head_of_government": 1,
    "foreign_minister": 2,
    "defence_minister": 3,
    "spokesperson": 4,
    "other": 5,
}
# A state's leader may be its head of state or of government, depending on the constitution.
LEADER_OFFICES = frozenset({"head_of_state", "head_of_government"})
FUZZY_MIN_LEN = 5  # shorter surnames ("Xi", "Kim") must match exactly
FUZZY_CUTOFF = 88.0
TITLED_FUZZY_CUTOFF = 91.0  # the large Phoenix list needs a closer spelling
SURNAME_SURE = 0.9  # how sure a surname alone makes a match
TITLED_SURE = 0.8  # a surname trusted only after a title (the Phoenix lists' "=titled")
# Spelling rules that bring common romanisations of Russian, Azerbaijani, etc. together.
_TRANSLIT = [
    ("tsch", "ch"),
    ("tch", "ch"),
    ("dzh", "j"),
    ("gh", "g"),
    ("ou", "u"),
    ("kh", "h"),
    ("sch", "sh"),
    ("yev", "ev"),
    ("iy", "i"),
    ("ij", "i"),
    ("y", "i"),
    ("w", "v"),
    ("ts", "c"),
    ("tz", "c"),
    ("q", "g"),
    ("x", "ks"),
    ("ph", "f"),  # Pham/Fam
    ("th", "t"),  # Thuong/Tuong, Thaksin/Taksin
]
# A hard "c" sounds as "k" (Macron/Makron): every "c" not in "ch" (after the rules above)
_HARD_C = re.compile(r"c(?!h)")
# Letters whose English romanisation is two letters ("Vučić" is written "Vuchich" as well
# as "Vucic"); folded before accents are stripped.
_DIGRAPH_LETTERS = str.maketrans({"č": "ch", "ć": "ch", "š": "sh", "ž": "zh"})


_NON_LETTERS = re.compile(r"[^a-z ]+")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def normalise(text: str) -> str:
    """Lower-case, strip accents and punctuation, fold common transliteration differences."""
    plain = text.lower()
    if not plain.isascii():
        plain = plain.translate(_DIGRAPH_LETTERS)
        plain = fold_accents(plain)
        plain = plain.replace("ə", "a").replace("ı", "i")
    plain = _NON_LETTERS.sub(" ", plain)
    for old, new in _TRANSLIT:
        if old in plain:
            plain = plain.replace(old, new)
    if "c" in plain:
        plain = _HARD_C.sub("k", plain)
    plain = _DOUBLED.sub(r"\1", plain)  # doubled letters: Mustafayev/Mustafaev
    return " ".join(plain.split())


def parse_date(text: str | None, end: bool = False) -> str | None:
    """'2008' -> '2008-01-01' (or '2008-12-31' as an end); '' -> None."""
    text = (text or "").strip()
    if not text:
        return None
    parts = text.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31" if end else f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-28" if end else f"{parts[0]}-{parts[1]}-01"
    return text


@lru_cache(maxsize=1)
def courtesy_words() -> frozenset[str]:
    """Courtesy and religious titles (data/honorifics.txt), spelled as normalise() spells them."""
    return frozenset(normalise(w) for w in read_words("honorifics.txt"))


def name_parts(words: list[str]) -> list[str]:
    """The normalised words of a name, less titles before it ("Ayatollah Seyyed Ebrahim
    Raisi" -> ebrahim raisi); the last word always stays: it may be the surname itself."""
    parts = normalise(" ".join(words)).split()
    start = 0
    while start < len(parts) - 1 and parts[start] in courtesy_words():
        start += 1
    return parts[start:]


@dataclass(frozen=True)
class Term:
    code: str
    office: str
    start: str | None
    end: str | None  # None: still in office

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)

    def distance(self, date: str) -> int:
        """Rough distance in days between the date and this term (0 when covered)."""
        if self.covers(date):
            return 0
        edge = self.start if self.start and date < self.start else self.end or date
        return abs(_days(edge) - _days(date))


def _days(date: str) -> int:
    y, m, d = (int(x) for x in date.split("-"))
    return y * 372 + m * 31 + d


@dataclass
class Person:
    name: str
    terms: list[Term] = field(default_factory=list)


def split_code(code: str) -> tuple[str, str | None]:
    """'RUSGOV' -> ('RUS', 'GOV'); 'IGOUNO' -> ('IGOUNO', None): the scorer's country part."""
    width = 6 if code.startswith(("IGO", "NGO", "IMG")) else 3
    return code[:width], code[width : width + 3] or None


@dataclass(frozen=True)
class PersonMatch:
    name: str
    code: str
    office: str | None
    confidence: float


FULL_ONLY = "=full"  # variant marker: never resolve this person by surname alone
FUZZY_MEMO_SIZE = 50_000
TITLED = "=titled"  # variant marker: the surname alone resolves only after a title
FIRST_NAME_MIN = 75.0  # "Mahendra Chaudhry" is not "Zahid Chaudhri"
FIRST_NAME_SLACK = 6.0  # "Alexei Overchook" is Alexei Overchuk
MIN_AUTO_SURNAME = 3  # "Wang Yi" gives no surname "Yi"; list short ones as variants
# A garbled name after a title that names an office, matched against the holders of that office
# at the date only (issue #4): "Chairman Si Tszinpin" (Russian transliteration) is Xi Jinping.
OFFICE_FULL_CUTOFF = 72.0  # whole names: "si kzinpin" / "ksi jinping" scores 76
OFFICE_SURNAME_CUTOFF = 80.0  # a surname alone: "Baiden" / "Biden"
OFFICE_MARGIN = 8.0  # the best holder must beat every other by this much
OFFICE_SURE = 0.7
HOLDERS_MEMO_SIZE = 512  # (office, date, country) lists kept: a few hundred holders each


class OfficeholderIndex:
    """Look people up by full name or surname, exactly or fuzzily, at a date."""

    def __init__(self, rows: list[dict[str, str]]):
        self.people: dict[str, Person] = {}
        self.full: dict[str, set[str]] = {}
        self.surname: dict[str, set[str]] = {}
        self.titled_surname: dict[str, set[str]] = {}
        self.first_names: dict[str, set[str]] = {}
        spellings: dict[str, list[str]] = {}
        full_only: set[str] = set()
        titled: set[str] = set()
        for row in rows:
            name = self._add_term(row)
            if name is None:
                continue
            variants = [v.strip() for v in row.get("variants", "").split(";") if v.strip()]
            if FULL_ONLY in variants:
                full_only.add(name)
            if TITLED in variants:
                titled.add(name)
            forms = [v for v in variants if not v.startswith("=")]
            spellings.setdefault(name, [name]).extend(forms)
        for name, forms in spellings.items():
            into = self.titled_surname if name in titled else self.surname
            self._index(name, forms, name in full_only, into)
        self._spellings = {name: tuple(k for k in {normalise(f) for f in forms} if k)
                           for name, forms in spellings.items()}
        self._holders: dict[str, list[tuple[str, Term]]] = {}
        for person in self.people.values():
            for term in person.terms:
                self._holders.setdefault(term.office, []).append((person.name, term))
        self._surname_keys = [k for k in self.surname if len(k) >= FUZZY_MIN_LEN]
        self._titled_keys = [k for k in self.titled_surname if len(k) >= FUZZY_MIN_LEN]
        self._fuzzy_memo: dict[tuple[str, int, float], set[str] | None] = {}
        # holder_at: (name key, date, office, country) -> its answer, and (office, date,
        # country) -> the holders at the date with their spellings (a document repeats both)
        self._holder_memo: dict[tuple[str, str, str, str | None], PersonMatch | None] = {}
        self._holders_memo: dict[tuple[str, str, str | None],
                                 list[tuple[str, Term, tuple[str, ...]]]] = {}

    def _add_term(self, row: dict[str, str]) -> str | None:
        name = row.get("name", "").strip()
        if not name:
            return None
        person = self.people.setdefault(name, Person(name))
        term = Term(
            row["code"].strip().upper(),
            row.get("office", "other").strip() or "other",
            parse_date(row.get("from", "")),
            parse_date(row.get("to", ""), end=True),
        )
        if term not in person.terms:
            person.terms.append(term)
        return name

    def _index(self, name: str, forms: list[str], full_only: bool, into: dict) -> None:
        for form in forms:
            words = normalise(form).split()
            if not words:
                continue
            if len(words) > 1:
                self.full.setdefault(" ".join(words), set()).add(name)
                self.first_names.setdefault(name, set()).add(words[0])
                if full_only or len(words[-1]) < MIN_AUTO_SURNAME:
                    continue
            into.setdefault(words[-1], set()).add(name)

    def candidates(
        self, words: list[str], fuzzy: bool = True, titled: bool = False
    ) -> tuple[set[str], float, bool]:
        """People a name may denote, how sure the spelling match is, and whether the match
        is firm: a full name, or a surname spelled as the data gives it for every use (not
        only close to it, nor a surname the data trusts only after a title)."""
        parts = name_parts(words)
        key = " ".join(parts)
        if not key:
            return set(), 0.0, False
        # Spanish and Portuguese names add a mother's surname the data may lack ("Miguel
        # Díaz-Canel Bermúdez" is Miguel Díaz-Canel), or list a namesake under it
        shorter = self.full.get(" ".join(parts[:-1]), set()) if len(parts) >= 3 else set()
        if key in self.full:
            return self.full[key] | shorter, 1.0, True
        if shorter:
            return shorter, 0.95, True
        # Surname first, as Japanese, Korean and Hungarian write it ("Iwaya Takeshi",
        # "Orbán Viktor"): the full name in the other order, spelled exactly
        if len(parts) == 2 and f"{parts[1]} {parts[0]}" in self.full:
            return self.full[f"{parts[1]} {parts[0]}"], 0.95, True
        # a two-syllable given name written as two words, as translated Asian press writes
        # Chinese names ("Xi Jin Ping", "Wang Wen Bin" for Xi Jinping, Wang Wenbin)
        if len(parts) == 3 and f"{parts[0]} {parts[1]}{parts[2]}" in self.full:
            return self.full[f"{parts[0]} {parts[1]}{parts[2]}"], 0.95, True
        tables = [(self.surname, self._surname_keys, SURNAME_SURE, FUZZY_CUTOFF)]
        if titled:
            tables.append((self.titled_surname, self._titled_keys, TITLED_SURE,
                           TITLED_FUZZY_CUTOFF))
        # An exact spelling in any table before a close one: "President Castro" may be a
        # titled-only name (Xiomara Castro) as well as another state's (Raúl Castro); the date
        # and the title's office choose between them
        exact: set[str] = set()
        exact_sure = 0.0
        for table, _keys, sure, _cutoff in tables:
            if parts[-1] in table:
                found = self._by_surname(parts, table, [], 0.0)
                if found:
                    exact |= found
                    exact_sure = max(exact_sure, sure)
        if exact:
            return exact, exact_sure, exact_sure >= SURNAME_SURE
        for table, keys, sure, cutoff in tables:
            found = self._by_surname(parts, table, keys if fuzzy else [], cutoff)
            if found:
                return found, sure * 0.85, False
        return set(), 0.0, False

    def _by_surname(
        self, parts: list[str], table: dict, fuzzy_keys: list[str], cutoff: float
    ) -> set[str]:
        last = parts[-1]
        names = table.get(last)
        if names is None and len(last) >= FUZZY_MIN_LEN and fuzzy_keys:
            # With a first name to check as well, a looser surname match is safe enough.
            looser = cutoff - FIRST_NAME_SLACK if len(parts) > 1 else cutoff
            names = self._fuzzy(last, table, fuzzy_keys, looser)
        if not names:
            return set()
        if len(parts) == 1:
            return set(names)
        # A first name is given: it must fit the person's ("Mahendra Chaudhry" != Chaudhri).
        return {n for n in names if self._first_name_fits(n, parts[0])}

    def _fuzzy(self, last: str, table: dict, keys: list[str], cutoff: float) -> set[str] | None:
        """Closest surname spelling, cached: news repeats the same names."""
        memo = (last, id(table), cutoff)  # (the cutoff too: looser with a first name)
        if memo not in self._fuzzy_memo:
            if len(self._fuzzy_memo) > FUZZY_MEMO_SIZE:
                self._fuzzy_memo.clear()
            hit = process.extractOne(last, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
            self._fuzzy_memo[memo] = table[hit[0]] if hit is not None else None
        return self._fuzzy_memo[memo]

    def _first_name_fits(self, name: str, first: str) -> bool:
        known = self.first_names.get(name, set())
        return any(fuzz.ratio(first, k) >= FIRST_NAME_MIN for k in known)

    def resolve(
        self, words: list[str], date: str | None, fuzzy: bool = True, titled: bool = False,
        office: str | None = None,
    ) -> PersonMatch | None:
        names, sure, firm = self.candidates(words, fuzzy, titled)
        if not names:
            return None
        names = self._fitting_office(names, office)
        # the whole name as written before a shorter one it starts with, at equal distance
        # ("Abdul Hamid Dbeibah" is not Bangladesh's Abdul Hamid)
        whole = self.full.get(" ".join(name_parts(words)), set())
        best: tuple[tuple[int, int, int], Person, Term] | None = None
        tied_countries: set[str] = set()
        for name in sorted(names):  # sorted: the same answer in every process
            person = self.people[name]
            for term in person.terms:
                distance, rank = self._term_score(term, date)
                score = (distance, 0 if name in whole or not whole else 1, rank)
                if best is None or score < best[0]:
                    best = (score, person, term)
                    tied_countries = {split_code(term.code)[0]}
                elif score == best[0]:
                    tied_countries.add(split_code(term.code)[0])
        if best is None:
            return None
        if len(names) > 1 and len(tied_countries) > 1:
            return None  # "Mohammed" alone: officeholders of several states fit equally
        (distance, _whole, _rank), person, term = best
        if date is None:  # undated document: the person's current or last office
            return PersonMatch(person.name, term.code, term.office, sure * 0.9)
        if distance == 0:
            return PersonMatch(person.name, term.code, term.office, sure)
        if not firm:
            return None  # a loose match to someone out of office at this date is another
            # person ("Ambassador Ali Moussa" in 2023 is no Omani minister of 2010)
        # Out of office at this date: an elite of the same country.
        return PersonMatch(person.name, split_code(term.code)[0] + "ELI", None, sure * 0.7)

    def holder_at(self, words: list[str], date: str | None, office: str | None,
                  country: str | None = None) -> PersonMatch | None:
        """The holder of `office` at `date` (of `country`, when the title gave one) whose name
        the words spell closely, as a garbled transliteration after a title does ("Chairman Si
        Tszinpin", "President Baiden"): a looser match than resolve() allows, made safe by the
        few people who hold the office at that date. None unless one holder stands out."""
        parts = name_parts(words)
        if date is None or office is None or not parts:
            return None
        memo = (" ".join(parts), date, office, country)
        if memo not in self._holder_memo:
            if len(self._holder_memo) > FUZZY_MEMO_SIZE:
                self._holder_memo.clear()
            self._holder_memo[memo] = self._closest_holder(parts, date, office, country)
        return self._holder_memo[memo]

    def _holders_at(self, date: str, office: str,
                    country: str | None) -> list[tuple[str, Term, tuple[str, ...]]]:
        """The holders of `office` (either leader office for a leader's) at `date`, of
        `country` when given, with their normalised spellings; cached per date."""
        memo = (office, date, country)
        if memo not in self._holders_memo:
            if len(self._holders_memo) > HOLDERS_MEMO_SIZE:
                self._holders_memo.clear()
            offices = LEADER_OFFICES if office in LEADER_OFFICES else {office}
            self._holders_memo[memo] = [
                (name, term, self._spellings.get(name, ()))
                for each in sorted(offices) for name, term in self._holders.get(each, ())
                if term.covers(date) and not (country and split_code(term.code)[0] != country)]
        return self._holders_memo[memo]

    def _closest_holder(self, parts: list[str], date: str, office: str,
                        country: str | None) -> PersonMatch | None:
        """holder_at's search, uncached."""
        key = " ".join(parts)
        scores: dict[str, tuple[float, Term]] = {}
        for name, term, forms in self._holders_at(date, office, country):
            if len(parts) == 1:
                score = max((fuzz.ratio(key, f.split()[-1]) for f in forms), default=0.0)
                score = score if score >= OFFICE_SURNAME_CUTOFF else 0.0
            else:
                score = max((fuzz.ratio(key, f) for f in forms if " " in f), default=0.0)
                score = score if score >= OFFICE_FULL_CUTOFF else 0.0
            if score and score > scores.get(name, (0.0, term))[0]:
                scores[name] = (score, term)
        if not scores:
            return None
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1][0], kv[0]))
        if len(ranked) > 1 and ranked[1][1][0] > ranked[0][1][0] - OFFICE_MARGIN:
            return None
        name, (_score, term) = ranked[0]
        return PersonMatch(name, term.code, term.office, OFFICE_SURE)

    def full_name_known(self, words: list[str]) -> bool:
        """Whether the words spell a known person's full name (two words or more)."""
        key = " ".join(name_parts(words))
        return " " in key and key in self.full

    def _fitting_office(self, names: set[str], office: str | None) -> set[str]:
        """The people who ever held the office the title names ("President Castro": a
        head of state called Castro, not a minister); all of them when none did (the data
        may lack the office: the title still resolves the person by name)."""
        if office is None:
            return names
        fitting = {n for n in names if self.held(n, office)}
        return fitting or names

    def held(self, name: str, office: str) -> bool:
        """Whether the person ever held the office (a leader title fits either leader office)."""
        wanted = LEADER_OFFICES if office in LEADER_OFFICES else {office}
        person = self.people.get(name)
        return person is not None and any(t.office in wanted for t in person.terms)

    @staticmethod
    def _term_score(term: Term, date: str | None) -> tuple[int, int]:
        rank = OFFICE_RANK.get(term.office, len(OFFICE_RANK))
        if date is None:  # no date: prefer current terms
            return (0 if term.end is None else 1, rank)
        return (term.distance(date), rank)


class LayeredIndex:
    """Several indexes asked in turn: a user's officeholders before the built-in ones."""

    def __init__(self, layers: list[OfficeholderIndex]):
        self.layers = layers

    def resolve(
        self, words: list[str], date: str | None, fuzzy: bool = True, titled: bool = False,
        office: str | None = None,
    ) -> PersonMatch | None:
        for layer in self.layers:
            match = layer.resolve(words, date, fuzzy, titled, office)
            if match is not None:
                return match
        return None

    def held(self, name: str, office: str) -> bool:
        return any(layer.held(name, office) for layer in self.layers)

    def holder_at(self, words: list[str], date: str | None, office: str | None,
                  country: str | None = None) -> PersonMatch | None:
        for layer in self.layers:
            match = layer.holder_at(words, date, office, country)
            if match is not None:
                return match
        return None

    def full_name_known(self, words: list[str]) -> bool:
        return any(layer.full_name_known(words) for layer in self.layers)
