"""Confidence of a coded event: a documented, additive rule.

Start at 0.5, then
  +0.20  both source and target are named in the text (not inferred, not pronouns)
  +0.10  the source is a direct dependent of the trigger (its subject or "by" agent)
  +0.10  the lexicon entry is specific (an object constraint matched, or a 4-digit code)
  -0.20  an actor was inferred from the document (main dyad, place of the act)
  -0.10  an actor came from a pronoun or repeated reference
  -0.10  the source was reached through a chain (infinitive, conjunct, governing verb)
  -0.10  the event is not asserted (reported, hypothetical, future; hedged)
  -0.10  a one-sided event (no target)
  -0.20  the root came from the learned fallback (events/learned.py), not a rule
and clip to [0.05, 0.99]. Each actor's own confidence (dictionary match quality) caps the
result from above. `dyadwatch code --min-confidence` filters on it.
"""

from __future__ import annotations

from dyadwatch.config import CoderConfig
from dyadwatch.pipeline import CodingState, DraftEvent

BASE = 0.5


def score(ev: DraftEvent) -> float:
    actors = ev.source + ev.target
    value = BASE
    named = bool(ev.source) and bool(ev.target) and not any(m.inferred for m in actors)
    if named and "pronoun" not in ev.flags:
        value += 0.20
    if "indirect" not in ev.flags:
        value += 0.10
    else:
        value -= 0.10
    if "specific" in ev.flags:
        value += 0.10
    if any(m.inferred for m in actors) or "inferred" in ev.flags:
        value -= 0.20
    if "pronoun" in ev.flags:
        value -= 0.10
    if ev.modality != "asserted":
        value -= 0.10
    if not ev.target:
        value -= 0.10
    if "learned" in ev.flags:
        value -= 0.20
    cap = min((m.confidence for m in actors), default=1.0)
    return max(0.05, min(value, 0.99, cap))


class ConfidenceStage:
    name = "confidence"

    def __init__(self, config: CoderConfig):
        self.config = config

    def __call__(self, state: CodingState) -> None:
        for ev in state.events:
            ev.confidence = round(score(ev), 3)
