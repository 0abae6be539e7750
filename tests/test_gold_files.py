"""Structural checks on the team's development gold set (tests/gold/dev/{frozen,tune*}).

Fast and model-free: every evidence sentence is verbatim in its article body, every code
exists in the CAMEO table, quad follows root, actors are single codes (no lists), dates and
modalities are well formed, and each half keeps the size the evaluation relies on.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold" / "dev"
HALVES = (
    "frozen", "tune", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9",
    "tune10", "tune11", "tune12", "tune13", "tune14", "tune15", "tune16", "tune17",
    "tune18", "tune19", "tune20", "tune21", "tune22", "tune23", "tune24", "tune25", "tune26",
    "tune27", "tune28", "tune29", "tune30",
)
CAMEO_TSV = Path(__file__).resolve().parents[1] / "src" / "dyadwatch" / "data" / "cameo_codes.tsv"
MODALITIES = {"asserted", "reported", "hypothetical", "negated", "future"}
REQUIRED_KEYS = {
    "sentence", "source", "target", "cameo", "root", "quad",
    "date", "modality", "notes", "incident",
}
HEADER_KEYS = {"title", "outlet", "url", "published", "author"}
ACTOR_CODE = re.compile(r"^(IGO[A-Z]{2,3}|[A-Z]{3})([A-Z]{3})*$")
DATE_FORMS = (
    re.compile(r"^\d{4}$"),
    re.compile(r"^\d{4}-\d{2}$"),
    re.compile(r"^\d{4}-\d{2}-\d{2}$"),
)


def cameo_codes() -> set[str]:
    lines = CAMEO_TSV.read_text(encoding="utf-8").splitlines()[1:]
    return {line.split("\t")[0] for line in lines if line.strip()}


def split_article(path: Path) -> tuple[dict[str, str], str]:
    """Header lines `key: value`, a blank line, then the body (the gold format)."""
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    header = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        header[key.strip()] = value.strip()
    return header, body


def is_calendar_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day."""
    parts = value.split("-")
    try:
        date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, 1)
        if len(parts) == 3:
            date.fromisoformat(value)
    except ValueError:
        return False
    return True


def quad_of(root: str) -> int:
    """GDELT QuadClass: verbal/material cooperation, verbal/material conflict."""
    number = int(root)
    if number <= 5:
        return 1
    if number <= 9:
        return 2
    if number <= 14:
        return 3
    return 4


def gold_pairs(half: str) -> list[tuple[Path, Path]]:
    folder = GOLD / half
    return [(txt, txt.with_suffix(".gold.jsonl")) for txt in sorted(folder.glob("*.txt"))]


def load_events(gold_path: Path) -> list[dict]:
    lines = gold_path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


ALL_PAIRS = [pair for half in HALVES for pair in gold_pairs(half)]


@pytest.mark.parametrize("txt,gold", ALL_PAIRS, ids=lambda p: p.name)
def test_article_and_events_are_well_formed(txt: Path, gold: Path) -> None:
    codes = cameo_codes()
    assert gold.is_file(), f"{txt.name} has no gold file"
    header, body = split_article(txt)
    assert HEADER_KEYS <= set(header), f"{txt.name}: header lacks {HEADER_KEYS - set(header)}"
    published = date.fromisoformat(header["published"])
    assert 2022 <= published.year <= 2025  # tune5 has 2022 incidents
    words = len(body.split())
    assert 150 <= words <= 350, f"{txt.name}: body has {words} words"
    events = load_events(gold)
    assert events, f"{gold.name} is empty"
    for event in events:
        where = f"{gold.name}: {event.get('sentence', '')[:60]!r}"
        assert set(event) == REQUIRED_KEYS, where
        assert event["sentence"] in body, f"{where}: sentence not verbatim in the body"
        assert event["sentence"][-1] in ".!?\"'", f"{where}: not a whole sentence"
        for role in ("source", "target"):
            actor = event[role]
            if role == "target" and actor is None:
                continue
            assert isinstance(actor, str), f"{where}: {role} must be one code, not a list"
            assert ACTOR_CODE.match(actor), f"{where}: bad {role} code {actor!r}"
        assert event["cameo"] in codes, f"{where}: unknown CAMEO code {event['cameo']}"
        assert event["root"] == event["cameo"][:2], where
        assert event["quad"] == quad_of(event["root"]), where
        assert event["modality"] in MODALITIES, where
        assert event["incident"] and " " not in event["incident"], where
        if event["date"] is not None:
            assert any(form.match(event["date"]) for form in DATE_FORMS), where
            assert is_calendar_date(event["date"]), f"{where}: no such date {event['date']}"
            assert event["date"][:4] <= header["published"][:4], f"{where}: date after publication"


@pytest.mark.parametrize("half", HALVES)
def test_each_half_has_enough_material(half: str) -> None:
    pairs = gold_pairs(half)
    events = [event for _, gold in pairs for event in load_events(gold)]
    assert len(pairs) >= 8
    assert len(events) >= 45
    modalities = {event["modality"] for event in events}
    assert modalities == MODALITIES, f"{half} lacks modalities {MODALITIES - modalities}"
    assert any(event["date"] is None for event in events)


def test_whole_set_covers_roots_and_shared_incidents() -> None:
    events_by_doc = {txt.name: load_events(gold) for txt, gold in ALL_PAIRS}
    roots = {event["root"] for events in events_by_doc.values() for event in events}
    assert len(roots) >= 14, sorted(roots)
    docs_per_incident: dict[str, set[str]] = {}
    for name, events in events_by_doc.items():
        for event in events:
            docs_per_incident.setdefault(event["incident"], set()).add(name)
    shared = [inc for inc, docs in docs_per_incident.items() if len(docs) >= 2]
    assert len(shared) >= 3, shared
