"""Date stage: give each event its own date, not the publication date.

Order of evidence for one event:
1. a temporal expression attached to the event's trigger or to a clause governing it
   (never across a claim: the act alleged in "in May, Baku accused Moscow of an attack
   in February" takes February, the accusation May);
2. the narrative's current time frame, carried from earlier sentences until a sentence
   moves to the present (commentary) or gives a new time;
3. for "said/told/stated" speech acts, the publication date (the news convention);
4. otherwise null. Future acts get a date only from their own expression.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dyadwatch.config import CoderConfig
from dyadwatch.ground.syntax import ancestors, governing_speech_verb, speech_kind
from dyadwatch.pipeline import CodingState, DraftEvent, EventDate
from dyadwatch.when.expressions import TimeExpr, find_expressions
from dyadwatch.when.resolve import (
    ANAPHORIC,
    Interval,
    ResolveContext,
    explicit_year,
    parse_iso,
    resolve,
)

_PRESENT_TAGS = ("VBZ", "VBP")
_FUTURE_AUX = ("will", "shall", "'ll", "wo")


@dataclass
class AttachedExpr:
    expr: TimeExpr
    anchor: Token | None  # the word the expression modifies; None: the whole sentence
    interval: Interval | None  # resolved as past; re-resolved for future acts


def _anchor(span: Span) -> Token | None:
    """The word an expression modifies: "in early May" -> the verb "accused"."""
    root = span.root
    if root.dep_ == "pobj" and root.head.i != root.i:
        root = root.head
    if root.head.i == root.i:
        return None
    return root.head


def _sentence_expressions(sent: Span, ctx: ResolveContext) -> list[AttachedExpr]:
    doc = sent.doc
    out: list[AttachedExpr] = []
    for expr in find_expressions(sent.text):
        start, end = sent.start_char + expr.start, sent.start_char + expr.end
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.append(AttachedExpr(expr, _anchor(span), resolve(expr, ctx)))
    return out


def _is_claimed(ev: DraftEvent, trigger: Token) -> Token | None:
    """The claim verb reporting this act ("accused ... of launching"), if any."""
    if ev.alleged_by is not None and 0 <= ev.alleged_by.trigger < len(trigger.doc):
        return trigger.doc[ev.alleged_by.trigger]
    return governing_speech_verb(trigger, kinds=("claim",))


def _scope(trigger: Token, claim: Token | None) -> list[Token]:
    """The trigger and the heads above it, stopping below a claim verb."""
    chain = [trigger]
    for head in ancestors(trigger):
        if claim is not None and head.i == claim.i:
            break
        chain.append(head)
    return chain


def _descends_within_clause(anchor: Token, trigger: Token) -> bool:
    """The anchor hangs below the trigger without crossing another verb's clause."""
    current = anchor
    while current.head.i != current.i:
        if current.i == trigger.i:
            return True
        if current.pos_ in ("VERB", "AUX") and current.i != anchor.i:
            return False
        current = current.head
    return current.i == trigger.i


def _distance(attached: AttachedExpr, trigger: Token, scope: list[Token]) -> float | None:
    if attached.anchor is None:
        return float(len(scope))  # sentence-level: the weakest attachment
    for rank, token in enumerate(scope):
        if token.i == attached.anchor.i:
            return float(rank)
    if _descends_within_clause(attached.anchor, trigger):
        return 0.5
    return None


def _own_expression(ev: DraftEvent, doc, exprs: list[AttachedExpr]) -> AttachedExpr | None:
    if not exprs or not 0 <= ev.trigger < len(doc):
        return None
    trigger = doc[ev.trigger]
    scope = _scope(trigger, _is_claimed(ev, trigger))
    best: tuple[float, int, AttachedExpr] | None = None
    for attached in exprs:
        dist = _distance(attached, trigger, scope)
        if dist is None:
            continue
        gap = abs(attached.expr.start + trigger.sent.start_char - trigger.idx)
        if best is None or (dist, gap) < best[:2]:
            best = (dist, gap, attached)
    return best[2] if best else None


def _moves_to_present(sent: Span) -> bool:
    """Commentary in the present or future ends a past narrative's time frame."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    aux = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    if aux & set(_FUTURE_AUX) or aux & {"has", "have"}:
        return True
    if root.tag_ in _PRESENT_TAGS:
        return True
    return any(c.tag_ in _PRESENT_TAGS for c in root.children if c.dep_ == "aux")


def _is_plain_statement(ev: DraftEvent, doc) -> bool:
    if not ev.speech_act or not 0 <= ev.trigger < len(doc):
        return False
    return speech_kind(doc[ev.trigger]) == "say"


def _frame_from(exprs: list[AttachedExpr], sent: Span) -> AttachedExpr | None:
    """The time frame a sentence sets: its main clause's expression, else its last one."""
    for attached in exprs:
        if attached.anchor is not None and attached.anchor.i == sent.root.i:
            return attached
    return exprs[-1] if exprs else None


class DateStage:
    name = "dates"

    def __init__(self, config: CoderConfig):
        self.config = config

    def __call__(self, state: CodingState) -> None:
        if state.doc is None:
            return
        pub = parse_iso(state.document.pub_date)
        by_sentence: dict[int, list[DraftEvent]] = {}
        for ev in state.events:
            by_sentence.setdefault(ev.sent_index, []).append(ev)
        frame: AttachedExpr | None = None
        ref_year: int | None = None
        for index, sent in enumerate(state.sentences()):
            ctx = ResolveContext(pub, frame.interval if frame else None, ref_year)
            exprs = _sentence_expressions(sent, ctx)
            for ev in by_sentence.get(index, []):
                ev.date = self._date_for(ev, state, exprs, frame, ctx)
                state.count("dates." + (ev.date.precision or "null"))
            if exprs:
                frame = _frame_from(exprs, sent)
            elif _moves_to_present(sent):
                frame = None
            years = [y for a in exprs if (y := explicit_year(a.expr))]
            if years:
                ref_year = years[-1]

    def _date_for(
        self,
        ev: DraftEvent,
        state: CodingState,
        exprs: list[AttachedExpr],
        frame: AttachedExpr | None,
        ctx: ResolveContext,
    ) -> EventDate:
        doc = state.doc
        future = ev.modality == "future"
        own = _own_expression(ev, doc, exprs)
        if own is not None:
            interval = own.interval
            if future and own.expr.kind not in ANAPHORIC:
                interval = resolve(own.expr, ResolveContext(ctx.pub, ctx.frame, ctx.ref_year, True))
            if interval is None:
                return EventDate(text=own.expr.text)
            return interval.to_event_date(own.expr.text)
        if future or ev.modality == "hypothetical":
            return EventDate()
        if frame is not None and frame.interval is not None:
            return frame.interval.to_event_date(frame.expr.text)
        if _is_plain_statement(ev, doc) and ctx.pub is not None:
            return Interval.day(ctx.pub).to_event_date(None)
        return EventDate()
