"""Printing event records as JSON Lines, CSV or a table for people."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table

from dyadwatch.tables import cameo_codes

CSV_COLUMNS = [
    "event_id", "doc_id", "date", "date_precision", "pub_date", "source", "cameo", "target",
    "root", "quad", "goldstein", "plover_type", "modality", "attribution", "location",
    "confidence", "learned", "trigger", "sentence", "start", "end",
]


def actor_text(field: Any) -> str:
    if not field:
        return ""
    if isinstance(field, list):
        return "+".join(a["code"] for a in field)
    return field["code"]


def flat_row(rec: dict[str, Any]) -> dict[str, Any]:
    return {
        **{k: rec.get(k) for k in CSV_COLUMNS if k in rec},
        "source": actor_text(rec.get("source")),
        "target": actor_text(rec.get("target")),
        "plover_type": (rec.get("plover") or {}).get("type"),
        "attribution": (rec.get("attribution") or {}).get("text"),
        "location": (rec.get("location") or {}).get("name"),
    }


def write_jsonl(records: Iterable[dict[str, Any]], out=None) -> None:
    out = out or sys.stdout
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def write_csv(records: Iterable[dict[str, Any]], out=None, header: bool = True) -> None:
    out = out or sys.stdout
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    if header:
        writer.writeheader()
    for rec in records:
        writer.writerow(flat_row(rec))


def write_table(records: list[dict[str, Any]], out=None) -> None:
    names = cameo_codes()
    table = Table(show_lines=False, expand=True)
    for col in ("date", "source", "what happened", "target", "code", "modality", "evidence"):
        table.add_column(col, overflow="fold")
    for rec in records:
        code = rec["cameo"]
        table.add_row(
            rec.get("date") or "—",
            actor_text(rec.get("source")),
            rec.get("trigger") or "",
            actor_text(rec.get("target")) or "—",
            f"{code} {names[code].name if code in names else ''}",
            rec.get("modality") or "",
            rec.get("sentence") or "",
        )
    console = Console(file=out or sys.stdout, width=160)
    console.print(table)


def to_csv_string(records: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    write_csv(records, buf)
    return buf.getvalue()
