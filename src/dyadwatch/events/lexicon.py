"""The trigger lexicon: verbs and event nouns mapped to CAMEO codes, read from data files.

Three tables (see the headers of the files in `dyadwatch/data/`):
  triggers.tsv        lemma + part of speech (+ particle, + object) -> CAMEO code
  trigger_chains.tsv  verbs that pass on an act (decide to X, call Y to X, urge Y to X)
  trigger_refine.tsv  intent/appeal/demand/threat/refusal refined by the act it is about
User dictionaries (`--dict PATH`) with the trigger header extend the first table.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from dyadwatch.errors import InputError
from dyadwatch.tables import cameo_codes, data_path, read_words

TRIGGER_COLUMNS = ("lemma", "pos", "cameo", "prt", "obj", "flags")
NO_EVENT = "-"  # the cameo of a sense that is no event


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str
    pos: str  # VERB | NOUN
    cameo: str
    particle: str | None
    objects: tuple[str, ...]  # exact head lemmas
    object_words: tuple[str, ...]  # "*word": anywhere in the object's phrase
    flags: frozenset[str]

    @property
    def constrained(self) -> bool:
        return bool(self.objects or self.object_words)

    @property
    def speech(self) -> bool:
        return "speech" in self.flags

    def names(self, lemma: str) -> bool:
        """The object words of this sense include `lemma` (exact or anywhere)."""
        return lemma in self.objects or lemma in self.object_words

    @property
    def void(self) -> bool:
        """A sense that is no event (cameo `-`): "signed a decree" is no accord."""
        return self.cameo == NO_EVENT


@dataclass(frozen=True)
class Chain:
    lemma: str
    mode: str  # act | carry | intent | nounintent | appeal | refuse | light | halt | ...
    root: str | None


@dataclass
class Lexicon:
    entries: dict[tuple[str, str], list[TriggerEntry]] = field(default_factory=dict)
    chains: dict[str, list[Chain]] = field(default_factory=dict)
    refine: dict[str, dict[str, str]] = field(default_factory=dict)  # root -> prefix -> code

    def add(self, entry: TriggerEntry) -> None:
        self.entries.setdefault((entry.lemma, entry.pos), []).append(entry)

    def lookup(self, lemma: str, pos: str) -> list[TriggerEntry]:
        return self.entries.get((lemma, pos), [])

    def chain(self, lemma: str, mode: str | None = None) -> Chain | None:
        for c in self.chains.get(lemma, []):
            if mode is None or c.mode == mode:
                return c
        return None

    def refined(self, root: str, act_code: str) -> str:
        """The code of an intent/appeal/threat/refusal (root) about an act (act_code)."""
        if act_code[:2] == root:
            return act_code  # "ready to look for solutions" (037) is already an intent
        table = self.refine.get(root, {})
        for n in range(len(act_code), 1, -1):
            hit = table.get(act_code[:n])
            if hit:
                return hit
        return root + "0"

    @property
    def lemmas(self) -> frozenset[str]:
        """Every trigger lemma: the cheap pre-filter that decides which sentences to parse."""
        return frozenset(lem for lem, _ in self.entries) | frozenset(self.chains)


def _read_rows(lines: Iterable[str], source: str) -> list[dict[str, str]]:
    rows = csv.DictReader((ln for ln in lines if ln.strip() and not ln.startswith("#")),
                          delimiter="\t")
    out = []
    for row in rows:
        if None in row or any(v is None for v in row.values()):
            raise InputError(source, f"line {rows.line_num}: wrong number of columns")
        out.append({k.strip(): v.strip() for k, v in row.items()})
    return out


def parse_entries(row: dict[str, str], source: str) -> list[TriggerEntry]:
    """One row's senses: the lemma column may list several verbs of one family
    ("lift|ease|scrap"), each given the row's code and object."""
    lemmas = [w for w in row["lemma"].split("|") if w.strip()]
    if not lemmas:
        raise InputError(source, "a trigger row needs a lemma")
    return [parse_entry(dict(row, lemma=lemma.strip()), source) for lemma in lemmas]


def parse_entry(row: dict[str, str], source: str) -> TriggerEntry:
    code = row["cameo"]
    if code != NO_EVENT and code not in cameo_codes():
        raise InputError(source, f"unknown CAMEO code {code!r} for {row['lemma']!r}")
    pos = row["pos"].upper()
    if pos not in ("VERB", "NOUN"):
        raise InputError(source, f"pos must be VERB or NOUN, not {row['pos']!r}")
    words = [w for w in row["obj"].split("|") if w and w != "-"]
    flags = frozenset(f for f in row["flags"].split(",") if f and f != "-")
    return TriggerEntry(
        lemma=row["lemma"].lower(),
        pos=pos,
        cameo=code,
        particle=None if row["prt"] in ("", "-") else row["prt"].lower(),
        objects=tuple(w.lower() for w in words if not w.startswith("*")),
        object_words=tuple(w[1:].lower() for w in words if w.startswith("*")),
        flags=flags,
    )


def read_trigger_file(lines: Iterable[str], source: str) -> list[TriggerEntry]:
    rows = _read_rows(lines, source)
    if rows and set(TRIGGER_COLUMNS) - set(rows[0]):
        raise InputError(source, f"a trigger file needs the columns {', '.join(TRIGGER_COLUMNS)}")
    return [entry for r in rows for entry in parse_entries(r, source)]


def is_trigger_file(path: Path) -> bool:
    """A user dictionary is a trigger file when its header names the trigger columns."""
    try:
        with path.open(encoding="utf-8") as fh:
            header = next((ln for ln in fh if ln.strip() and not ln.startswith("#")), "")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read dictionary: {exc}") from exc
    columns = {c.strip() for c in header.split("\t")}
    if {"lemma", "cameo"} <= columns and not set(TRIGGER_COLUMNS) <= columns:
        missing = ", ".join(c for c in TRIGGER_COLUMNS if c not in columns)
        raise InputError(str(path), f"trigger dictionary lacks the columns {missing}")
    return set(TRIGGER_COLUMNS) <= columns


@cache
def base_lexicon() -> Lexicon:
    lex = Lexicon()
    with data_path("triggers.tsv").open(encoding="utf-8") as fh:
        for entry in read_trigger_file(fh, "triggers.tsv"):
            lex.add(entry)
    with data_path("trigger_chains.tsv").open(encoding="utf-8") as fh:
        for r in _read_rows(fh, "trigger_chains.tsv"):
            chain = Chain(r["lemma"], r["mode"], None if r["cameo"] == "-" else r["cameo"])
            lex.chains.setdefault(chain.lemma, []).append(chain)
    with data_path("trigger_refine.tsv").open(encoding="utf-8") as fh:
        for r in _read_rows(fh, "trigger_refine.tsv"):
            lex.refine.setdefault(r["root"], {})[r["act"]] = r["cameo"]
    return lex


def load_lexicon(dicts: Iterable[Path] = ()) -> Lexicon:
    """The team lexicon plus the trigger rows of user dictionaries (others are ignored here)."""
    base = base_lexicon()
    extra = [p for p in dicts if is_trigger_file(p)]
    if not extra:
        return base
    lex = Lexicon(
        entries={k: list(v) for k, v in base.entries.items()},
        chains=base.chains,
        refine=base.refine,
    )
    for path in extra:
        try:
            with path.open(encoding="utf-8") as fh:
                entries = read_trigger_file(fh, str(path))
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(str(path), f"cannot read dictionary: {exc}") from exc
        for entry in entries:
            # User rows come first: they win over team rows of the same specificity.
            lex.entries.setdefault((entry.lemma, entry.pos), []).insert(0, entry)
    return lex


def criticism_words() -> frozenset[str]:
    """Evaluative words that make a statement or a naming a criticism (111)."""
    return read_words("criticism_words.txt")


@cache
def naming_criticism_words() -> frozenset[str]:
    """Words that make a naming a criticism (111): the words of criticism and the labels
    of a tyrant or an outlaw ("called the president a tyrant"), which judge a party only
    when they name it."""
    return criticism_words() | read_words("label_words.txt")


def praise_words() -> frozenset[str]:
    """Words that make a statement or a naming praise (051): ally, friend, partner."""
    return read_words("praise_words.txt")


def naming_verbs() -> frozenset[str]:
    """Verbs of naming besides "call" ("described the raid as illegal")."""
    return read_words("naming_verbs.txt")
