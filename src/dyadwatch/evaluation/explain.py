"""Why the coder and the gold disagree: every miss and false alarm with its likely cause.

Misses and false alarms are taken at the ``full`` level (exact codes); each is classified by
comparing it with the other side's events on the same sentence:

* ``actor not found``: no prediction on the gold sentence and no coded actor mention there
  of the gold's source or target country (needs the coder's mentions);
* ``trigger missed``: no prediction on the gold sentence although its actors were found;
* ``wrong actor``: an event on the sentence has the code but other actors (or swapped);
* ``wrong code``: an event on the sentence has the actors but another CAMEO code;
* ``wrong actor and code``: an event on the sentence, neither agreeing;
* ``spurious``: a prediction on a sentence where the gold codes nothing (or a duplicate);
* ``wrong date`` / ``wrong modality``: matched at ``dyad_root`` but the date or the
  modality disagrees.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dyadwatch.evaluation.scoring import (
    Event,
    EventsByDoc,
    actor_code,
    actor_country,
    date_agrees,
    event_key,
    expand_events,
    match_events,
    modality_of,
    sentences_overlap,
)

CAUSES: tuple[str, ...] = (
    "actor not found", "trigger missed", "wrong actor", "wrong code", "wrong actor and code",
    "spurious", "wrong date", "wrong modality",
)


def summary(event: Event) -> dict[str, Any]:
    """The fields a reader needs to see an event at a glance."""
    return {
        "source": actor_code(event.get("source")),
        "target": actor_code(event.get("target")),
        "cameo": str(event.get("cameo") or ""),
        "date": event.get("date"),
        "modality": modality_of(event),
        "trigger": event.get("trigger"),
    }


def _countries(event: Event) -> tuple[str | None, str | None]:
    return (actor_country(actor_code(event.get("source"))),
            actor_country(actor_code(event.get("target"))))


def compare(event: Event, other: Event) -> str:
    """Cause of disagreement between two events on the same sentence."""
    same_code = str(event.get("cameo") or "") == str(other.get("cameo") or "")
    same_actors = event_key(event, "full")[:2] == event_key(other, "full")[:2]
    if same_code and not same_actors:
        return "wrong actor"
    if same_actors and not same_code:
        return "wrong code"
    if _countries(event) == _countries(other):
        return "wrong code"  # same dyad, roles or code differ
    return "wrong actor and code"


def _detail(event: Event, other: Event) -> str | None:
    """What differs between a prediction and the gold event next to it, in words."""
    mine, theirs = _countries(event), _countries(other)
    if mine != theirs and mine == theirs[::-1]:
        return "source and target swapped"
    if mine[1] is None and theirs[1] is not None:
        return "no target coded"
    if mine == theirs and event_key(event, "full")[:2] != event_key(other, "full")[:2]:
        return "same countries, other roles"
    return None


def _closest(event: Event, others: list[Event]) -> Event:
    """The event on the same sentence that agrees most (code first, then countries)."""
    def agreement(other: Event) -> tuple[int, int]:
        same_code = str(event.get("cameo") or "") == str(other.get("cameo") or "")
        return (int(same_code) + int(_countries(event) == _countries(other)),
                int(str(event.get("cameo") or "")[:2] == str(other.get("cameo") or "")[:2]))

    return max(others, key=agreement)


def _mention_found(gold: Event, mentions: list[Mapping[str, Any]] | None) -> bool:
    if mentions is None:
        return True  # unknown: do not blame the actors
    wanted = {c for c in _countries(gold) if c}
    for mention in mentions:
        if sentences_overlap(mention.get("sentence"), gold.get("sentence")):
            if actor_country(actor_code(mention.get("code"))) in wanted:
                return True
    return False


def _item(kind: str, doc: str, cause: str, sentence: Any, gold: Event | None,
          pred: Event | None, detail: str | None = None) -> dict[str, Any]:
    return {
        "kind": kind, "doc": doc, "cause": cause, "detail": detail, "sentence": sentence,
        "gold": summary(gold) if gold is not None else None,
        "pred": summary(pred) if pred is not None else None,
    }


def _explain_miss(doc: str, gold: Event, preds: list[Event],
                  mentions: list[Mapping[str, Any]] | None) -> dict[str, Any]:
    near = [p for p in preds if sentences_overlap(p.get("sentence"), gold.get("sentence"))]
    if not near:
        cause = "trigger missed" if _mention_found(gold, mentions) else "actor not found"
        return _item("miss", doc, cause, gold.get("sentence"), gold, None)
    pred = _closest(gold, near)
    return _item("miss", doc, compare(gold, pred), gold.get("sentence"), gold, pred,
                 _detail(pred, gold))


def _explain_false_alarm(doc: str, pred: Event, golds: list[Event],
                         matched_golds: set[int]) -> dict[str, Any]:
    near = [(gi, g) for gi, g in enumerate(golds)
            if sentences_overlap(pred.get("sentence"), g.get("sentence"))]
    if not near:
        return _item("false alarm", doc, "spurious", pred.get("sentence"), None, pred,
                     "the gold codes no event on this sentence")
    twins = [g for gi, g in near
             if gi in matched_golds and event_key(g, "full") == event_key(pred, "full")]
    if twins:
        return _item("false alarm", doc, "spurious", pred.get("sentence"), twins[0], pred,
                     "duplicate of a matched event")
    gold = _closest(pred, [g for _, g in near])
    return _item("false alarm", doc, compare(pred, gold), pred.get("sentence"), gold, pred,
                 _detail(pred, gold))


def _explain_matches(doc: str, preds: list[Event], golds: list[Event]) -> list[dict[str, Any]]:
    items = []
    for pi, gi in match_events(preds, golds, "dyad_root"):
        pred, gold = preds[pi], golds[gi]
        if date_agrees(pred, gold) is False:
            items.append(_item("mismatch", doc, "wrong date", gold.get("sentence"), gold, pred))
        if modality_of(pred) != modality_of(gold):
            items.append(_item("mismatch", doc, "wrong modality", gold.get("sentence"), gold,
                               pred))
    return items


def explain(
    gold_by_doc: EventsByDoc,
    preds_by_doc: EventsByDoc,
    mentions_by_doc: Mapping[str, list[Mapping[str, Any]]] | None = None,
    level: str = "full",
) -> list[dict[str, Any]]:
    """Misses, false alarms and date/modality mismatches, each with a likely cause.

    ``level`` is the scoring level a miss or false alarm is judged at ("full" by default:
    every role and 4-digit code counts; "dyad_root" lists only what that level's F1 counts).

    ``mentions_by_doc`` (optional) maps a document to the actor mentions the coder found,
    each ``{"code", "sentence"}``; with it a miss is split into actor and trigger failures.
    Returns a list of ``{"kind", "doc", "cause", "detail", "sentence", "gold", "pred"}``.
    """
    items: list[dict[str, Any]] = []
    for doc, raw_golds in gold_by_doc.items():
        golds = expand_events(raw_golds)
        preds = expand_events(preds_by_doc.get(doc, []))
        mentions = None if mentions_by_doc is None else list(mentions_by_doc.get(doc, []))
        pairs = match_events(preds, golds, level)
        matched_preds = {pi for pi, _ in pairs}
        matched_golds = {gi for _, gi in pairs}
        for gi, gold in enumerate(golds):
            if gi not in matched_golds:
                items.append(_explain_miss(doc, gold, preds, mentions))
        for pi, pred in enumerate(preds):
            if pi not in matched_preds:
                items.append(_explain_false_alarm(doc, pred, golds, matched_golds))
        items.extend(_explain_matches(doc, preds, golds))
    return items


def count_causes(items: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item["cause"]] = counts.get(item["cause"], 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))
