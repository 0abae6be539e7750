"""Accuracy against the PLOVER gold standard records (shared/dev/plover-gsr).

The file is a JSON list; its first record documents the file, each other record is one
sentence with its PLOVER event type (v0.5b1 labels, mapped to 2.0 through
data/plover_gsr_labels.tsv), source and target actors. The sentences come from the CAMEO
codebook the project's trigger lexicon is written from, so the figures are in-sample.

Each record is coded as its own one-sentence document (doc_id = record id). A record is
right on type when some predicted event has its PLOVER type; source (target) agreement holds
when such an event (any event when none has the type) has an actor of a gold country.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from dyadwatch.errors import InputError
from dyadwatch.evaluation.scoring import actor_codes, actor_country, expand_events
from dyadwatch.tables import read_tsv

IN_SAMPLE_NOTE = (
    "in-sample: the PLOVER gold sentences come from the CAMEO codebook the lexicon is "
    "written from"
)


@cache
def label_map() -> dict[str, str]:
    return {r["old_label"]: r["plover_type"] for r in read_tsv("plover_gsr_labels.tsv")}


@cache
def code_aliases() -> dict[str, str]:
    return {r["gsr_code"]: r["code"] for r in read_tsv("plover_gsr_codes.tsv")}


def plover_type(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().upper()
    return label_map().get(label, label)


def load_plover_gsr(path: str | Path) -> list[dict[str, Any]]:
    """The event records of a PLOVER gold standard file (the documentation record dropped)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), str(exc)) from exc
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"not JSON: {exc.msg} (line {exc.lineno})") from exc
    if not isinstance(data, list):
        raise InputError(str(path), "expected a JSON list of PLOVER records")
    records = [r for r in data if isinstance(r, dict) and r.get("event") != "DOCUMENT"
               and isinstance(r.get("text"), str) and r.get("id")]
    if not records:
        raise InputError(str(path), "no PLOVER event records found")
    return distinct_ids(records)


def distinct_ids(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records keyed by id must not share one: the file repeats an id for two different
    sentences, and predictions are stored per id, so a repeat gets a ``#n`` suffix (else the
    second sentence's predictions would be judged against the first one's gold)."""
    seen: dict[str, int] = {}
    out = []
    for record in records:
        rid = str(record["id"])
        seen[rid] = seen.get(rid, 0) + 1
        out.append(record if seen[rid] == 1 else {**record, "id": f"{rid}#{seen[rid]}"})
    return out


def gold_countries(field: Any) -> set[str]:
    """Countries of a gold actor field (list of {code} dicts); aliases resolved."""
    if not isinstance(field, list):
        return set()
    out = set()
    for code in actor_codes(field):
        country = actor_country(code_aliases().get(code, code))
        if country:
            out.add(country)
    return out


INTERNATIONAL = ("IGO", "NGO")


def country_agrees(gold: set[str], predicted: set[str]) -> bool:
    """Some predicted country is a gold one; a bare gold ``IGO`` matches any predicted IGO
    code (``IGOUNO``…) and a bare ``NGO`` any NGO code, as the issue specifies. (The records
    also label some NGOs, e.g. the Red Cross, bare ``IGO``: those count as misses.)"""
    if gold & predicted:
        return True
    return any(bare in gold and any(c.startswith(bare) for c in predicted)
               for bare in INTERNATIONAL)


def _pred_countries(events: list[Mapping[str, Any]], field: str) -> set[str]:
    """Countries on one side of the predictions, read as the team scorer reads them: a
    compound source with no target ("A and B met") stands for A->B and B->A."""
    pairs = expand_events(events)
    return {c for e in pairs for c in map(actor_country, actor_codes(e.get(field))) if c}


def _pred_type(event: Mapping[str, Any]) -> str | None:
    plover = event.get("plover")
    return plover.get("type") if isinstance(plover, Mapping) else None


def judge_record(record: Mapping[str, Any], preds: list[Mapping[str, Any]]) -> dict[str, Any]:
    """Type, source and target verdicts for one gold record (None: the gold has no actor)."""
    want = plover_type(record.get("event"))
    typed = [p for p in preds if _pred_type(p) == want]
    best = typed or list(preds)
    verdict: dict[str, Any] = {
        "id": record.get("id"), "type": want, "type_ok": bool(typed),
        "pred_types": sorted({t for t in map(_pred_type, preds) if t}),
    }
    for field in ("source", "target"):
        gold = gold_countries(record.get(field))
        verdict[f"{field}_ok"] = (
            country_agrees(gold, _pred_countries(best, field)) if gold else None
        )
    return verdict


def _accuracy(flags: list[bool | None]) -> tuple[float | None, int]:
    known = [f for f in flags if f is not None]
    return (round(sum(known) / len(known), 3) if known else None), len(known)


def score_plover(
    records: list[Mapping[str, Any]], preds_by_id: Mapping[str, list[Mapping[str, Any]]]
) -> dict[str, Any]:
    """Type accuracy, source and target country agreement, type accuracy per type, and the
    verdict on each record (``verdicts``: id, type, type_ok, pred_types, source_ok,
    target_ok)."""
    verdicts = [judge_record(r, list(preds_by_id.get(str(r.get("id")), []))) for r in records]
    type_acc, n = _accuracy([v["type_ok"] for v in verdicts])
    source_acc, source_n = _accuracy([v["source_ok"] for v in verdicts])
    target_acc, target_n = _accuracy([v["target_ok"] for v in verdicts])
    by_type: dict[str, dict[str, Any]] = {}
    for v in verdicts:
        row = by_type.setdefault(v["type"] or "?", {"n": 0, "right": 0})
        row["n"] += 1
        row["right"] += int(v["type_ok"])
    for row in by_type.values():
        row["acc"] = round(row["right"] / row["n"], 3)
    return {
        "records": n,
        "coded": sum(1 for r in records if preds_by_id.get(str(r.get("id")))),
        "type_acc": type_acc,
        "source_acc": source_acc, "source_n": source_n,
        "target_acc": target_acc, "target_n": target_n,
        "by_type": dict(sorted(by_type.items())),
        "note": IN_SAMPLE_NOTE,
        "verdicts": verdicts,
    }
