"""Reading gold directories: NAME.txt articles with NAME.gold.jsonl events beside them.

A gold directory holds the pairs directly or in subdirectories (``tune/``, ``frozen/``); both
are read recursively. Documents are keyed by their path relative to the gold directory
without ``.txt`` (``tune/kerch-2024``); the coder's ``doc_id`` is the file name alone, as the
reference scorer expects.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyadwatch.config import Limits
from dyadwatch.errors import InputError
from dyadwatch.read import Document, read_inputs

GOLD_SUFFIX = ".gold.jsonl"


@dataclass
class GoldDocument:
    key: str  # path relative to the gold directory, without .txt
    doc_id: str  # file name without .txt: the doc_id the coder gives its records
    group: str  # subdirectory ("" at the top level): reported separately
    events: list[dict[str, Any]]
    text_path: Path | None = None


def gold_key(gold_dir: Path, gold_file: Path) -> str:
    rel = gold_file.relative_to(gold_dir).as_posix()
    return rel[: -len(GOLD_SUFFIX)]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Objects of a JSON Lines file; a bad line is an InputError naming file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), str(exc)) from exc
    out = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}", f"not JSON: {exc.msg}") from exc
        if not isinstance(obj, dict):
            raise InputError(f"{path}:{number}", "each line must be a JSON object")
        out.append(obj)
    return out


def find_gold(gold_dir: str | Path) -> list[GoldDocument]:
    """Every NAME.gold.jsonl below gold_dir (recursively), sorted by key."""
    root = Path(gold_dir)
    if not root.is_dir():
        raise InputError(str(root), "not a directory")
    docs = []
    for gold_file in sorted(root.rglob(f"*{GOLD_SUFFIX}")):
        key = gold_key(root, gold_file)
        text_path = gold_file.with_name(gold_file.name[: -len(GOLD_SUFFIX)] + ".txt")
        parent = Path(key).parent.as_posix()
        docs.append(GoldDocument(
            key=key,
            doc_id=Path(key).name,
            group="" if parent == "." else parent,
            events=read_jsonl(gold_file),
            text_path=text_path if text_path.is_file() else None,
        ))
    if not docs:
        raise InputError(str(root), f"no *{GOLD_SUFFIX} files found")
    return docs


def load_gold(gold_dir: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Gold events by document key: ``{"tune/kerch-2024": [event, ...], ...}``."""
    return {doc.key: doc.events for doc in find_gold(gold_dir)}


def read_article(path: Path, doc_id: str, limits: Limits | None = None) -> Document:
    """The article exactly as `dyadwatch code NAME.txt` reads it (header, clean-up, checks),
    with the gold's doc_id. Raises InputError when the reader refuses it."""
    for item in read_inputs([str(path)], limits=limits):
        if isinstance(item, InputError):
            raise item
        item.doc_id = doc_id
        return item
    raise InputError(str(path), "no document in this file")


def prediction_doc_id(record: dict[str, Any]) -> str:
    """The document a prediction belongs to: its doc_id's file name without ``.txt``."""
    raw = str(record.get("doc_id") or record.get("doc") or "")
    return re.sub(r"\.txt$", "", Path(raw).name)


def load_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Predicted records from a JSON Lines file, by doc_id."""
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for record in read_jsonl(Path(path)):
        by_doc.setdefault(prediction_doc_id(record), []).append(record)
    return by_doc


def predictions_by_key(
    docs: list[GoldDocument], preds_by_doc_id: dict[str, list[dict[str, Any]]]
) -> dict[str, list[dict[str, Any]]]:
    """Re-key predictions (by doc_id) to gold keys (relative paths)."""
    return {doc.key: list(preds_by_doc_id.get(doc.doc_id, [])) for doc in docs}
