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
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

# Which office a person most likely acts in when terms overlap (lower is stronger).
OFFICE_RANK = {
    "head_of_state": 0,
    "head_of_government": 1,
    "foreign_minister": 2,
    "defence_minister": 3,
    "spokesperson": 4,
    "other": 5,
}
FUZZY_MIN_LEN = 5  # shorter surnames ("Xi", "Kim") must match exactly
FUZZY_CUTOFF = 88.0
# Spelling rules that bring common romanisations of Russian, Azerbaijani, etc. together.
_TRANSLIT = [
    ("dzh", "j"),
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
]


def normalise(text: str) -> str:
    """Lower-case, strip accents and punctuation, fold common transliteration differences."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = plain.replace("ə", "a").replace("ı", "i")
    plain = re.sub(r"[^a-z ]+", " ", plain)
    for old, new in _TRANSLIT:
        plain = plain.replace(old, new)
    plain = re.sub(r"(.)\1+", r"\1", plain)  # doubled letters: Mustafayev/Mustafaev
    return " ".join(plain.split())


def parse_date(text: str, end: bool = False) -> str | None:
    """'2008' -> '2008-01-01' (or '2008-12-31' as an end); '' -> None."""
    text = text.strip()
    if not text:
        return None
    parts = text.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31" if end else f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-28" if end else f"{parts[0]}-{parts[1]}-01"
    return text


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


@dataclass(frozen=True)
class PersonMatch:
    name: str
    code: str
    office: str | None
    confidence: float


class OfficeholderIndex:
    """Look people up by full name or surname, exactly or fuzzily, at a date."""

    def __init__(self, rows: list[dict[str, str]]):
        self.people: dict[str, Person] = {}
        self.full: dict[str, set[str]] = {}
        self.surname: dict[str, set[str]] = {}
        for row in rows:
            self._add(row)
        self._surname_keys = [k for k in self.surname if len(k) >= FUZZY_MIN_LEN]

    def _add(self, row: dict[str, str]) -> None:
        name = row["name"].strip()
        if not name:
            return
        person = self.people.setdefault(name, Person(name))
        term = Term(
            row["code"].strip().upper(),
            row.get("office", "other").strip() or "other",
            parse_date(row.get("from", "")),
            parse_date(row.get("to", ""), end=True),
        )
        if term not in person.terms:
            person.terms.append(term)
        spellings = [name] + [v for v in row.get("variants", "").split(";") if v.strip()]
        for spelling in spellings:
            key = normalise(spelling)
            if not key:
                continue
            words = key.split()
            if len(words) > 1:
                self.full.setdefault(key, set()).add(name)
            self.surname.setdefault(words[-1], set()).add(name)

    def candidates(self, words: list[str]) -> tuple[set[str], float]:
        """People a name may denote, and how sure the spelling match is."""
        key = normalise(" ".join(words))
        if not key:
            return set(), 0.0
        if key in self.full:
            return self.full[key], 1.0
        last = key.split()[-1]
        if last in self.surname:
            return self.surname[last], 0.9
        if len(last) >= FUZZY_MIN_LEN and self._surname_keys:
            hit = process.extractOne(
                last, self._surname_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
            )
            if hit is not None:
                return self.surname[hit[0]], 0.75
        return set(), 0.0

    def resolve(self, words: list[str], date: str | None) -> PersonMatch | None:
        names, sure = self.candidates(words)
        if not names:
            return None
        best: tuple[tuple[int, int], Person, Term] | None = None
        for name in names:
            person = self.people[name]
            for term in person.terms:
                score = self._term_score(term, date)
                if best is None or score < best[0]:
                    best = (score, person, term)
        if best is None:
            return None
        (distance, _rank), person, term = best
        if date is None:  # undated document: the person's current or last office
            return PersonMatch(person.name, term.code, term.office, sure * 0.9)
        if distance == 0:
            return PersonMatch(person.name, term.code, term.office, sure)
        # Out of office at this date: an elite of the same country.
        return PersonMatch(person.name, term.code[:3] + "ELI", None, sure * 0.7)

    @staticmethod
    def _term_score(term: Term, date: str | None) -> tuple[int, int]:
        rank = OFFICE_RANK.get(term.office, len(OFFICE_RANK))
        if date is None:  # no date: prefer current terms
            return (0 if term.end is None else 1, rank)
        return (term.distance(date), rank)
