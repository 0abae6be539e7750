"""CAMEO code table (name, Goldstein, QuadClass) and CAMEO->PLOVER mapping, read from data/."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad: int

    @property
    def root(self) -> str:
        return self.code[:2]


def data_path(name: str):
    return resources.files("dyadwatch") / "data" / name


@cache
def read_words(name: str) -> frozenset[str]:
    """A word-list data file: one entry a line, lower case; # starts a comment line."""
    with data_path(name).open(encoding="utf-8") as fh:
        return frozenset(ln.strip().lower() for ln in fh if ln.strip() and not ln.startswith("#"))


def read_tsv(name: str) -> list[dict[str, str]]:
    with data_path(name).open(encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        return list(rows)


@cache
def cameo_codes() -> dict[str, CameoCode]:
    return {
        r["code"]: CameoCode(r["code"], r["name"], float(r["goldstein"]), int(r["quad"]))
        for r in read_tsv("cameo_codes.tsv")
    }


@cache
def plover_table() -> dict[str, tuple[str, str | None]]:
    return {
        r["cameo"]: (r["plover_type"], r["plover_mode"] or None)
        for r in read_tsv("cameo_plover.tsv")
    }


def cameo(code: str) -> CameoCode:
    """The table entry for a code; raises KeyError for a code CAMEO does not define."""
    return cameo_codes()[code]


def plover_for(code: str) -> tuple[str | None, str | None]:
    """PLOVER type and mode: the most specific mapped ancestor (PLOVER drops roots 01 and 02)."""
    table = plover_table()
    for n in (len(code), 3, 2):
        hit = table.get(code[:n])
        if hit:
            return hit
    return (None, None)
