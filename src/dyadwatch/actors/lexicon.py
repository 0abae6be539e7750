"""Actor dictionaries: data files -> token-tuple indexes, built once per process.

Data files live in `dyadwatch/data/actors/` (see README.md there). They are tab-separated with
a header line; lines starting with `#` are comments. A file's header says what it holds:

- `code  form  phrase`   countries and named organisations. `form` is name, alias, adjective,
  demonym, capital or seat (countries) or igo, agent, group (organisations). A seat
  ("the Kremlin") is coded with role GOV; a demonym ("Azerbaijanis") with role CVL.
- `role  phrase  [needs]` agent terms (titles, institutions, groups) -> CAMEO role; `needs` is
  `country` for terms that are actors only with a country modifier ("the Russian press").
- `code  office  name  from  to  [variants]` dated officeholders (see officeholders.py).
- `city  country` cities -> ISO3, used only to place non-state agents ("police in Grodno").

User dictionaries (`--dict PATH`, CoderConfig.dicts) use the same formats and add to the
built-in entries; a file whose header is none of these is ignored here (other stages may read it).
"""

from __future__ import annotations

import csv
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from dyadwatch.errors import InputError

COUNTRY_FORMS = {"name", "alias", "adjective", "demonym", "capital", "seat"}
ORG_FORMS = {"igo", "agent", "group"}
NONE_FORM = "none"  # a phrase that hides a country name but names no actor ("South China Sea")
ENTRY_HEADER = ("code", "form", "phrase")
AGENT_HEADER = ("role", "phrase")
OFFICE_HEADER = ("code", "office", "name", "from", "to")
CITY_HEADER = ("city", "country")
BUILTIN_FILES = (
    "countries.tsv",
    "organisations.tsv",
    "organisations_phoenix.tsv",
    "agents.tsv",
    "officeholders.tsv",
    "officeholders_phoenix.tsv",
    "cities.tsv",
    "non_actors.tsv",
)
# Role "-" in agents.tsv: the state itself ("the Russian side").
STATE_ROLE = "-"


@dataclass(frozen=True)
class Entry:
    """One dictionary phrase's meaning."""

    kind: str  # country | org | agent | none
    code: str  # country or full code (RUS, RUSGOV, IGOUNO); role for agents (GOV, "-")
    form: str  # name, adjective, demonym, capital, seat; igo/agent/group; role for agents
    needs_country: bool = False
    prefix: bool = False  # "former", "ex-": makes the actor that follows an elite (ELI)
    # A proper name ("Male", "Turkey", "Chad") names its state only when written with its
    # capital letter: "male students" and "turkey" are ordinary words.
    proper: bool = False

    @property
    def country(self) -> str | None:
        if self.kind in ("agent", "none"):
            return None
        return self.code[:6] if self.code.startswith(("IGO", "NGO", "IMG")) else self.code[:3]


@dataclass
class ActorLexicon:
    """Phrase indexes keyed by token tuples: lower-cased, and exact for acronyms (US, UN)."""

    lower: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    exact: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    office_rows: list[dict[str, str]] = field(default_factory=list)
    cities: dict[str, str] = field(default_factory=dict)  # lower-cased city name -> ISO3
    max_len: int = 1
    # Longest phrase starting with a given first token: most tokens start none, so the
    # scanner skips them with one dictionary look-up.
    first_lower: dict[str, int] = field(default_factory=dict)
    first_exact: dict[str, int] = field(default_factory=dict)
    user_mode: bool = False  # set while user dictionaries are read
    base: ActorLexicon | None = None  # the built-in lexicon a user lexicon extends

    def add(self, tokens: tuple[str, ...], entry: Entry, case_sensitive: bool) -> None:
        if not tokens:
            return
        index = self.exact if case_sensitive else self.lower
        key = tokens if case_sensitive else tuple(t.lower() for t in tokens)
        bucket = index.setdefault(key, [])
        if entry in bucket:
            return
        if self.user_mode:  # a user's meaning of a phrase comes before the built-in one
            bucket.insert(0, entry)
        else:
            bucket.append(entry)
        self.max_len = max(self.max_len, len(key))
        firsts = self.first_exact if case_sensitive else self.first_lower
        firsts[key[0]] = max(firsts.get(key[0], 0), len(key))

    def longest_from(self, word: str, lower: str) -> int:
        """The longest phrase length that may start at a token (0: none starts there)."""
        return max(self.first_exact.get(word, 0), self.first_lower.get(lower, 0))

    def lookup(self, words: tuple[str, ...], lowered: tuple[str, ...] | None = None) -> list[Entry]:
        found = list(self.exact.get(words, ()))
        lowered = lowered if lowered is not None else tuple(w.lower() for w in words)
        for entry in self.lower.get(lowered, ()):
            if entry not in found and (not entry.proper or capitalised(words)):
                found.append(entry)
        return found


def capitalised(words: tuple[str, ...]) -> bool:
    """The name's first word after an article starts with a capital ("the Kremlin", "MALE")."""
    head = next((w for w in words if w.lower() != "the"), "")
    return head[:1].isupper()


# A name written "the" + one capitalised word ("the North") means a state only so written.
CAPITALISED_BY_THE = re.compile(r"the [A-Z][a-z]+$")


def is_acronym(phrase: str) -> bool:
    """'US', 'U.S.', 'UN', 'TASS': upper-case phrases match only as written ('us' is a pronoun)."""
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and phrase == phrase.upper() and " " not in phrase.strip()


def plural_forms(word: str) -> list[str]:
    """Regular English plurals of a head noun, for agent terms ("minister" -> "ministers")."""
    low = word.lower()
    if not low.isalpha() or low.endswith("s") and not low.endswith(("ss", "us")):
        return []
    if low.endswith("man"):
        return [word[:-3] + "men"]
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    if low.endswith(("ss", "sh", "ch", "x", "us")):
        return [word + "es"]
    return [word + "s"]


def read_table(text: str, source: str) -> tuple[tuple[str, ...], list[dict[str, str]]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return (), []
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = tuple(h.strip().lower() for h in next(reader))
    rows = []
    for lineno, row in enumerate(reader, start=2):
        if len(row) < 2:
            raise InputError(source, f"dictionary row {lineno} has fewer than two columns")
        rows.append({h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)})
    return header, rows


Tokenize = Callable[[str], tuple[str, ...]]


def add_table(
    lexicon: ActorLexicon,
    header: tuple[str, ...],
    rows: list[dict[str, str]],
    tokenize: Tokenize,
    source: str,
) -> bool:
    """Add one parsed file to the lexicon; False when the header is not an actor format."""
    if header[:3] == ENTRY_HEADER:
        for row in rows:
            add_entry_row(lexicon, row, tokenize, source)
    elif header[:2] == AGENT_HEADER:
        for row in rows:
            add_agent_row(lexicon, row, tokenize)
    elif header[:2] == CITY_HEADER:
        time_words = _time_words()
        for row in rows:
            if airport_code(row["city"]):
                continue  # ("LAW", "ARE", "AID": codes, not names; "the Minister of Law")
            name = row["city"].lower()
            if name not in time_words:  # "Nov" in "ATHENS, Nov 15" is no city
                lexicon.cities[name] = row["country"].upper()
    elif header[:5] == OFFICE_HEADER:
        for row in rows:
            check_office_row(row, source)
        lexicon.office_rows.extend(rows)
    else:
        return False
    return True


def airport_code(name: str) -> bool:
    """Three capitals ("LAX", "LAW"): the gazetteer's airport codes among a city's other
    names, which read as words once lower-cased ("the Minister of Law")."""
    return len(name) == 3 and name.isalpha() and name.isupper()


DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_office_row(row: dict[str, str], source: str) -> None:
    """Officeholder rows need a name, a code and dates the resolver can compare."""
    name, code = row.get("name", ""), row.get("code", "")
    if not name or not code.isalnum() or len(code) < 3:
        raise InputError(source, f"officeholder row needs a name and a code: {name!r} {code!r}")
    for column in ("from", "to"):
        value = row.get(column, "")
        if value and not DATE.match(value):
            raise InputError(source, f"{name}: {column} date {value!r} is not YYYY[-MM[-DD]]")


def add_entry_row(lexicon: ActorLexicon, row: dict[str, str], tokenize: Tokenize, source: str):
    code, form, phrase = row["code"].upper(), row["form"].lower(), row["phrase"]
    if form in COUNTRY_FORMS:
        kind = "country"
    elif form in ORG_FORMS:
        kind = "org"
    elif form == NONE_FORM:
        kind, code = "none", "-"
    else:
        raise InputError(source, f"unknown form {form!r} for {phrase!r}")
    if not (code.isalnum() or kind == "none") or not phrase:
        raise InputError(source, f"bad actor row: {code!r} {phrase!r}")
    tokens = tokenize(phrase)
    if CAPITALISED_BY_THE.match(phrase):
        # "the North": only as written, capitalised (not "in the north of the country")
        lexicon.add(tokens, Entry(kind, code, form), True)
        lexicon.add(("The", *tokens[1:]), Entry(kind, code, form), True)
        return
    if titled_name(kind, tokens):  # "Wagner Group", "Wagner group"; not "foreign office"
        lexicon.add(tokens, Entry(kind, code, form), True)
        lexicon.add((tokens[0], *(t.lower() for t in tokens[1:])), Entry(kind, code, form), True)
        return
    entry = Entry(kind, code, form, proper=kind == "country" and capitalised(tokens))
    lexicon.add(tokens, entry, is_acronym(phrase))
    if form == "capital" and " " in phrase:
        # "Tel-Aviv", "Ulan-Bator": translated copy joins a capital's words by hyphens
        lexicon.add(tokenize(phrase.replace(" ", "-")), entry, False)


def titled_name(kind: str, tokens: tuple[str, ...]) -> bool:
    """A named body of common words ("Foreign Office", "State Department") is that body only
    with its first word capitalised: "foreign office consultations" are any state's."""
    return kind == "org" and len(tokens) > 1 and all(
        t[:1].isupper() and t[1:].islower() for t in tokens)


def add_agent_row(lexicon: ActorLexicon, row: dict[str, str], tokenize: Tokenize):
    role, phrase = row["role"].upper(), row["phrase"]
    needs = (row.get("needs") or "").lower()
    prefix = needs == "prefix"
    entry = Entry(
        "agent", role, role, needs_country=needs == "country" or role == STATE_ROLE, prefix=prefix
    )
    tokens = tokenize(phrase)
    acronym = is_acronym(phrase)
    lexicon.add(tokens, entry, acronym)
    if tokens and not acronym and not prefix:
        for plural in plural_forms(tokens[-1]):
            lexicon.add(tokens[:-1] + (plural,), entry, False)


def builtin_texts() -> Iterable[tuple[str, str]]:
    folder = resources.files("dyadwatch") / "data" / "actors"
    for name in BUILTIN_FILES:
        item = folder / name
        if item.is_file():
            yield name, item.read_text(encoding="utf-8")


def read_user_dict(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read dictionary: {exc}") from exc


def build_lexicon(tokenize: Tokenize, user_dicts: Iterable[Path] = ()) -> ActorLexicon:
    """The built-in lexicon, or a copy of `base` with the user's dictionaries on top."""
    lexicon = ActorLexicon()
    for name, text in builtin_texts():
        header, rows = read_table(text, name)
        add_table(lexicon, header, rows, tokenize, name)
    return with_user_dicts(lexicon, tokenize, user_dicts) if user_dicts else lexicon


def with_user_dicts(base: ActorLexicon, tokenize: Tokenize, user_dicts: Iterable[Path]):
    """A copy of `base` plus the user's files. Officeholder rows of the user files stay apart
    (`office_rows`), so the built-in officeholder index is built once and shared."""
    lexicon = ActorLexicon(
        lower={k: list(v) for k, v in base.lower.items()},
        exact={k: list(v) for k, v in base.exact.items()},
        cities=dict(base.cities),
        max_len=base.max_len,
        first_lower=dict(base.first_lower),
        first_exact=dict(base.first_exact),
        user_mode=True,
        base=base,
    )
    for path in user_dicts:
        header, rows = read_table(read_user_dict(path), str(path))
        add_table(lexicon, header, rows, tokenize, str(path))
    return lexicon


_lock = threading.Lock()
_cache: dict[tuple[str, ...], ActorLexicon] = {}


def spacy_tokenizer() -> Tokenize:
    """Split phrases with the coder's own tokenizer so that they match documents token by token."""
    from dyadwatch.nlp.model import load_pipeline

    tokenizer = load_pipeline().tokenizer
    return lambda phrase: tuple(t.text for t in tokenizer(phrase) if not t.is_space)


def get_lexicon(user_dicts: Iterable[Path] = ()) -> ActorLexicon:
    """The lexicon for these user dictionaries, built once per process."""
    paths = tuple(str(p) for p in user_dicts)
    with _lock:
        lexicon = _cache.get(paths)
        if lexicon is None:
            tokenize = spacy_tokenizer()
            builtin = _cache.get(())
            if builtin is None:
                builtin = _cache[()] = build_lexicon(tokenize)
            lexicon = builtin
            if paths:
                lexicon = with_user_dicts(builtin, tokenize, [Path(p) for p in paths])
            _cache[paths] = lexicon
        return lexicon


@cache
def _time_words() -> frozenset[str]:
    """Month and weekday names and their abbreviations: never read as city names."""
    from dyadwatch.when.lexicon import lexicon as time_lexicon

    words = time_lexicon()
    return frozenset(w.rstrip(".") for w in [*words.months, *words.weekdays])
