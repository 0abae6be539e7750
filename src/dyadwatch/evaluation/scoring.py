"""Scoring predicted event records against gold events: plain dicts in, plain dicts out.

The rules are those of the project's reference scorer (shared/checks/score.py), so the two
agree on every input:

* three levels, micro precision / recall / F1:
  ``dyad_root`` (source country, target country, CAMEO root), ``full`` (source code, target
  code, full CAMEO code) and ``code`` (the CAMEO code alone);
* a prediction can match a gold event only when the level's keys are equal and the two
  evidence sentences overlap (60% of the distinct words of the shorter one occur in the
  other); inside each document the matching is a maximum one-to-one matching;
* compound actors (lists) count as every source-target pair they stand for;
* among ``dyad_root`` matches: date accuracy to the gold's precision and modality accuracy.

An event is any mapping with the record's fields (``source``, ``target``, ``cameo``,
``sentence``, ``date``, ``modality``); actors may be codes, actor dicts or lists of either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Event = Mapping[str, Any]
EventsByDoc = Mapping[str, list[Event]]
Key = tuple[str | None, ...]

LEVELS: tuple[str, ...] = ("dyad_root", "full", "code")
OVERLAP_THRESHOLD = 0.6
DEFAULT_MODALITY = "asserted"
UNKNOWN_COUNTRY = "---"

_WORD = re.compile(r"\w+")


def actor_code(actor: Any) -> str | None:
    """The upper-case code of one actor given as a code string or an actor dict."""
    if actor is None:
        return None
    if isinstance(actor, Mapping):
        actor = actor.get("code")
    if not isinstance(actor, str):
        return None
    return actor.strip().upper() or None


def actor_country(code: str | None) -> str | None:
    """Country part of an actor code: ISO3, the six letters of an IGO code, or ``---``."""
    if not code:
        return None
    if code.startswith("-"):
        return UNKNOWN_COUNTRY
    return code[:6] if code.startswith("IGO") else code[:3]


def actor_codes(field: Any) -> list[str]:
    """An actor field as a list of codes (a compound actor gives several)."""
    if isinstance(field, list):
        return [c for c in (actor_code(a) for a in field) if c]
    code = actor_code(field)
    return [code] if code else []


def sentence_words(sentence: str | None) -> set[str]:
    return set(_WORD.findall((sentence or "").lower()))


def sentences_overlap(a: str | None, b: str | None) -> bool:
    """True when 60% of the distinct words of the shorter sentence occur in the other."""
    words_a, words_b = sentence_words(a), sentence_words(b)
    if not words_a or not words_b:
        return False
    shared = len(words_a & words_b)
    return shared / min(len(words_a), len(words_b)) >= OVERLAP_THRESHOLD


def expand_event(event: Event) -> list[dict[str, Any]]:
    """One event per ordered actor pair; events without compound actors pass unchanged.

    A compound source with no target stands for the pairs inside it ("A and B met").
    """
    source, target = event.get("source"), event.get("target")
    if not isinstance(source, list) and not isinstance(target, list):
        return [dict(event)]
    sources, targets = actor_codes(source), actor_codes(target)
    if len(sources) > 1 and not targets:
        pairs = [(a, b) for a in sources for b in sources if a != b]
    else:
        pairs = [(a, b) for a in (sources or [None]) for b in (targets or [None]) if a != b]
    if not pairs:
        # Every pair was an actor with itself: keep one, as the reference scorer does.
        return [dict(event, source=(sources or [None])[0], target=(targets or [None])[0])]
    return [dict(event, source=a, target=b) for a, b in pairs]


def expand_events(events: Iterable[Event]) -> list[dict[str, Any]]:
    return [pair for event in events for pair in expand_event(event)]


def event_key(event: Event, level: str) -> Key:
    source, target = actor_code(event.get("source")), actor_code(event.get("target"))
    cameo = str(event.get("cameo") or "")
    if level == "dyad_root":
        return (actor_country(source), actor_country(target), cameo[:2])
    if level == "full":
        return (source, target, cameo)
    if level == "code":
        return (cameo,)
    raise ValueError(f"unknown level {level!r}; use one of {', '.join(LEVELS)}")


def match_events(preds: list[Event], golds: list[Event], level: str) -> list[tuple[int, int]]:
    """Maximum one-to-one matching as (prediction index, gold index) pairs, by gold order.

    Augmenting paths (Kuhn's algorithm): documents hold tens of events, so this is instant.
    """
    pred_keys = [event_key(p, level) for p in preds]
    edges = [
        [pi for pi, p in enumerate(preds)
         if pred_keys[pi] == event_key(g, level)
         and sentences_overlap(p.get("sentence"), g.get("sentence"))]
        for g in golds
    ]
    owner: dict[int, int] = {}  # prediction index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in edges[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return sorted(owner.items(), key=lambda pair: pair[1])


def date_agrees(pred: Event, gold: Event) -> bool | None:
    """Does the prediction give the gold date to the gold's precision? None: gold undated.

    Gold 2025-05 is matched by 2025-05 and 2025-05-02, not by 2025 or 2025-06.
    """
    gold_date = gold.get("date")
    if not gold_date:
        return None
    pred_date = str(pred.get("date") or "")
    return bool(pred_date) and pred_date.startswith(str(gold_date)) and len(pred_date) >= len(
        str(gold_date)
    )


def modality_of(event: Event) -> str:
    return event.get("modality") or DEFAULT_MODALITY


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"P": round(precision, 3), "R": round(recall, 3), "F1": round(f1, 3), "tp": tp}


def _ratio(flags: list[bool]) -> float | None:
    return round(sum(flags) / len(flags), 3) if flags else None


def expand_by_doc(events_by_doc: EventsByDoc) -> dict[str, list[dict[str, Any]]]:
    return {doc: expand_events(events) for doc, events in events_by_doc.items()}


def score(gold_by_doc: EventsByDoc, preds_by_doc: EventsByDoc) -> dict[str, Any]:
    """Score predictions against gold, document by document.

    Both arguments map a document id to its events. Predictions for documents that are not
    in the gold are ignored; a gold document with no predictions has recall 0. Returns
    ``{"docs", "gold", "pred", "dyad_root": {"P","R","F1","tp"}, "full": {...},
    "code": {...}, "date_acc", "date_n", "modality_acc"}`` (rounded to 3 places).
    """
    gold = expand_by_doc(gold_by_doc)
    preds = {doc: expand_events(preds_by_doc.get(doc, [])) for doc in gold}
    n_gold = sum(map(len, gold.values()))
    n_pred = sum(map(len, preds.values()))
    result: dict[str, Any] = {"docs": len(gold), "gold": n_gold, "pred": n_pred}
    dates: list[bool] = []
    modalities: list[bool] = []
    for level in LEVELS:
        tp = 0
        for doc, golds in gold.items():
            pairs = match_events(preds[doc], golds, level)
            tp += len(pairs)
            if level != "dyad_root":
                continue
            for pi, gi in pairs:
                pred, gold_event = preds[doc][pi], golds[gi]
                agrees = date_agrees(pred, gold_event)
                if agrees is not None:
                    dates.append(agrees)
                modalities.append(modality_of(pred) == modality_of(gold_event))
        result[level] = prf(tp, n_pred, n_gold)
        if level == "dyad_root":
            result["date_acc"] = _ratio(dates)
            result["date_n"] = len(dates)
            result["modality_acc"] = _ratio(modalities)
    return result


def _filter_events(
    events_by_doc: EventsByDoc, keep: Callable[[Event], bool]
) -> dict[str, list[dict[str, Any]]]:
    return {doc: [e for e in expand_events(events) if keep(e)]
            for doc, events in events_by_doc.items()}


def score_by_root(gold_by_doc: EventsByDoc, preds_by_doc: EventsByDoc) -> dict[str, Any]:
    """``score`` for each CAMEO root that occurs in the gold or the predictions.

    Every level matches only events of equal root, so the matching splits cleanly by root
    and the per-root true positives add up to the overall ones.
    """
    roots = {str(e.get("cameo") or "")[:2]
             for events in (*gold_by_doc.values(), *preds_by_doc.values()) for e in events}
    table = {}
    for root in sorted(roots):
        def same_root(e: Event, root: str = root) -> bool:
            return str(e.get("cameo") or "")[:2] == root

        table[root] = score(_filter_events(gold_by_doc, same_root),
                            _filter_events(preds_by_doc, same_root))
    return table


def score_by_doc(gold_by_doc: EventsByDoc, preds_by_doc: EventsByDoc) -> dict[str, Any]:
    """``score`` for each gold document alone."""
    return {doc: score({doc: golds}, {doc: list(preds_by_doc.get(doc, []))})
            for doc, golds in gold_by_doc.items()}
