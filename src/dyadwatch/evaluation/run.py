"""Run the coder over a gold directory or the PLOVER records and score what it codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dyadwatch.config import Limits
from dyadwatch.errors import DyadwatchError, InputError
from dyadwatch.evaluation.explain import explain
from dyadwatch.evaluation.gold import (
    GoldDocument,
    find_gold,
    load_predictions,
    predictions_by_key,
    read_article,
)
from dyadwatch.evaluation.plover import load_plover_gsr, score_plover
from dyadwatch.evaluation.scoring import (
    expand_events,
    match_events,
    modality_of,
    score,
    score_by_doc,
    score_by_root,
)
from dyadwatch.read.document import Document

BASELINES = ("pubdate",)
PLOVER_PUB_DATE = "2000-01-01"  # the records' placeholder date


def pubdate_baseline(records: list[dict[str, Any]], pub_date: str | None) -> list[dict[str, Any]]:
    """Every event dated by its article's publication date, as GDELT-style coders do."""
    precision = "day" if pub_date and len(pub_date) == 10 else None
    return [dict(r, date=pub_date, date_precision=precision) for r in records]


def code_document(coder: Any, document: Document,
                  errors: list[str] | None = None) -> tuple[list[dict], list[dict]]:
    """Records (as dicts, confidence floor applied) and actor mentions with their sentence.

    A document the coder refuses (too long, unreadable) scores as coding nothing; its error
    is appended to `errors` so that the report can say so instead of stopping.
    """
    try:
        state = coder.run(document)
    except DyadwatchError as exc:
        if errors is None:
            raise
        message = str(exc)  # input errors already name the document
        errors.append(message if message.startswith(document.doc_id) else
                      f"{document.doc_id}: {message}")
        return [], []
    floor = coder.config.min_confidence
    records = [r.to_dict() for r in state.records if r.confidence >= floor]
    mentions = []
    for m in state.mentions:
        if state.doc is not None and 0 <= m.token_start < len(state.doc):
            mentions.append({"code": m.code, "sentence": state.doc[m.token_start].sent.text})
    return records, mentions


def _article(doc: GoldDocument, limits: Limits) -> Document:
    if doc.text_path is None:
        raise InputError(doc.key, "gold events without the article (NAME.txt) beside them")
    return read_article(doc.text_path, doc.doc_id, limits)


def scores_for(gold: dict[str, list], preds: dict[str, list],
               docs: list[GoldDocument]) -> dict[str, Any]:
    """Overall score, one score per subdirectory, per CAMEO root and per document."""
    groups: dict[str, list[str]] = {}
    for doc in docs:
        groups.setdefault(doc.group, []).append(doc.key)
    by_group = {
        name: score({k: gold[k] for k in keys}, {k: preds[k] for k in keys})
        for name, keys in sorted(groups.items())
    }
    return {
        "score": score(gold, preds),
        "by_group": by_group,
        "by_root": score_by_root(gold, preds),
        "by_doc": score_by_doc(gold, preds),
    }


def evaluate_dir(
    gold_dir: str | Path,
    coder: Any,
    *,
    baseline: str | None = None,
    explain_level: str = "full",
) -> dict[str, Any]:
    """Code every NAME.txt of a gold directory (recursively) and score it.

    Returns ``{"score", "by_group", "by_root", "by_doc", "explain", "predictions",
    "errors"}``: ``score`` is exactly the reference scorer's object; ``predictions`` maps
    each document key to its records (dicts), ready to write as JSON Lines; ``errors`` lists
    the documents the coder refused (scored as coding nothing).
    """
    _check_baseline(baseline)
    docs = find_gold(gold_dir)
    preds: dict[str, list[dict[str, Any]]] = {}
    mentions: dict[str, list[dict[str, Any]]] = {}
    errors: list[str] = []
    for doc in docs:
        article = _article(doc, coder.config.limits)
        records, found = code_document(coder, article, errors)
        if baseline == "pubdate":
            records = pubdate_baseline(records, article.pub_date)
        preds[doc.key], mentions[doc.key] = records, found
    return _full_result(docs, preds, mentions, errors, explain_level)


def _full_result(docs: list[GoldDocument], preds: dict[str, list[dict[str, Any]]],
                 mentions: dict[str, list[dict[str, Any]]] | None,
                 errors: list[str], explain_level: str = "full") -> dict[str, Any]:
    gold = {doc.key: doc.events for doc in docs}
    result = scores_for(gold, preds, docs)
    result["explain"] = explain(gold, preds, mentions, explain_level)
    result["predictions"] = preds
    result["errors"] = errors
    return result


def evaluate_predictions(
    gold_dir: str | Path, predictions: str | Path, *, baseline: str | None = None,
    explain_level: str = "full",
) -> dict[str, Any]:
    """``evaluate_dir`` for records coded earlier (a JSON Lines file), by any coder.

    Records are assigned to gold documents by doc_id (file name without ``.txt``); the
    pubdate baseline uses each record's ``pub_date``.
    """
    _check_baseline(baseline)
    docs = find_gold(gold_dir)
    preds = predictions_by_key(docs, load_predictions(predictions))
    if baseline == "pubdate":
        preds = {key: [pubdate_baseline([r], r.get("pub_date"))[0] for r in records]
                 for key, records in preds.items()}
    return _full_result(docs, preds, None, [], explain_level)


def _check_baseline(baseline: str | None) -> None:
    if baseline is not None and baseline not in BASELINES:
        raise InputError(str(baseline), f"unknown baseline; use one of {', '.join(BASELINES)}")


def evaluate_plover_gsr(path: str | Path, coder: Any) -> dict[str, Any]:
    """Code each PLOVER gold sentence alone and score types and actor countries."""
    records = load_plover_gsr(path)
    preds = {}
    errors: list[str] = []
    for record in records:
        doc_id = str(record["id"])
        document = Document(doc_id=doc_id, text=record["text"], pub_date=PLOVER_PUB_DATE)
        preds[doc_id], _ = code_document(coder, document, errors)
    result = score_plover(records, preds)
    result["domestic"] = bool(getattr(getattr(coder, "config", None), "domestic", False))
    result["predictions"] = preds
    result["errors"] = errors
    result["records_read"] = records  # for explanations; never written to the repository
    return result


def modality_recall(docs: list[GoldDocument], predictions: dict[str, list[dict[str, Any]]]
                    ) -> dict[str, tuple[int, int]]:
    """Per gold modality: (events a prediction matches at dyad_root with the same modality,
    all events) over `docs`, with `predictions` keyed by document key (issue #5's recall of
    non-asserted events)."""
    found: dict[str, int] = {}
    total: dict[str, int] = {}
    for doc in docs:
        golds = expand_events(doc.events)
        preds = expand_events(predictions.get(doc.key, []))
        for pi, gi in match_events(preds, golds, "dyad_root"):
            if modality_of(preds[pi]) == modality_of(golds[gi]):
                modality = modality_of(golds[gi])
                found[modality] = found.get(modality, 0) + 1
        for g in golds:
            total[modality_of(g)] = total.get(modality_of(g), 0) + 1
    return {m: (found.get(m, 0), n) for m, n in total.items()}
