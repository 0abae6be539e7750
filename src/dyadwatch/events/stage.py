"""Event stages: find triggers and their actors; score confidence; build records."""

# ConfidenceStage lives in dyadwatch.events.confidence; re-exported here for the pipeline.

from __future__ import annotations

from dyadwatch.config import CoderConfig
from dyadwatch.events.confidence import ConfidenceStage
from dyadwatch.events.hosting import pair_visits
from dyadwatch.events.lexicon import load_lexicon
from dyadwatch.events.plover_type import plover_of
from dyadwatch.events.recall import Remembered
from dyadwatch.events.sentence import code_sentence
from dyadwatch.nlp.repair import fix_model_slips, repair_parse
from dyadwatch.pipeline import ActorMention, CodingState, DraftEvent
from dyadwatch.record import (
    Actor,
    Attribution,
    EventRecord,
    Location,
    Plover,
    make_event_id,
)
from dyadwatch.tables import cameo
from dyadwatch.version import CODER_VERSION

__all__ = ["ConfidenceStage", "EventStage", "RecordStage"]

PLAIN_STATEMENT = "010"  # "make statement, not specified below": kept with --statements


class EventStage:
    """Triggers from the lexicon; source and target from the parse and the document context.

    See `dyadwatch.events.extract` for the syntactic rules and `dyadwatch.actors.context`
    for pronouns, "both sides" and agentless acts. Precision before recall: an event needs
    an identifiable actor; generic statements need a target; self-loops and purely
    domestic events are dropped.
    """

    name = "events"

    def __init__(self, config: CoderConfig):
        self.config = config
        self.lexicon = load_lexicon(config.dicts)

    def __call__(self, state: CodingState) -> None:
        if state.doc is None:
            return
        fix_model_slips(state.doc)
        repair_parse(state.doc)
        state.memo.clear()  # the parse was repaired in place: what was read from it is stale
        cap = self.config.limits.max_sentence_chars
        memory: list[Remembered] = []  # acts the next sentence may refer back to
        for index, sent in enumerate(state.doc.sents):
            if len(sent.text) > cap:
                state.count("sentences_skipped_long")
                continue
            drafts = code_sentence(state, self.lexicon, sent, index, memory)
            state.events.extend(drafts)
        pair_visits(state)  # a reception is also a visit, and the other way round
        if not self.config.domestic:
            state.events = interstate_only(state.events)
        if not self.config.statements:
            state.events = [ev for ev in state.events if ev.cameo != PLAIN_STATEMENT]
        state.count("events", len(state.events))


def interstate_only(events: list[DraftEvent]) -> list[DraftEvent]:
    """Interstate coding: one party's act with no other party named or inferred ("Serbia
    lifted the curfew", "troops remained on alert") is no interstate event; the gold
    conventions give nearly every event a target. Mutual acts of several parties and a
    party's acts on its own commitments ("may leave the treaty") stand."""
    return [ev for ev in events
            if ev.target or "ownact" in ev.flags
            or len({m.country for m in ev.source}) >= 2]


def to_actor(m: ActorMention) -> Actor:
    return Actor(
        code=m.code, country=m.country, roles=list(m.roles), text=m.text, name=m.name,
        inferred=m.inferred,
    )


def actor_field(mentions: list[ActorMention]) -> Actor | list[Actor] | None:
    if not mentions:
        return None
    if len(mentions) == 1:
        return to_actor(mentions[0])
    return [to_actor(m) for m in mentions]


def trigger_lemma(state: CodingState, ev: DraftEvent) -> str:
    if state.doc is None or not 0 <= ev.trigger < len(state.doc):
        return ""
    return state.doc[ev.trigger].lemma_


class RecordStage:
    """DraftEvent -> EventRecord: the one place where records are made."""

    name = "records"

    def __init__(self, config: CoderConfig):
        self.config = config

    def __call__(self, state: CodingState) -> None:
        sents = state.sentences()
        doc_id = state.document.doc_id
        for ev in state.events:
            sent = sents[ev.sent_index]
            entry = cameo(ev.cameo)
            ptype, pmode = plover_of(ev.cameo, trigger_lemma(state, ev), ev.modality)
            source = actor_field(ev.source)
            if source is None:
                continue  # no event without an identifiable actor
            target = actor_field(ev.target)
            start, end = sent.start_char, sent.end_char
            record = EventRecord(
                event_id=make_event_id(
                    doc_id, start, end, ev.cameo,
                    [m.code for m in ev.source], [m.code for m in ev.target],
                ),
                doc_id=doc_id,
                sentence=sent.text,
                start=start,
                end=end,
                trigger=ev.trigger_text,
                trigger_start=ev.trigger_start_char if ev.trigger_start_char >= 0 else None,
                trigger_end=ev.trigger_end_char if ev.trigger_end_char >= 0 else None,
                source=source,
                target=target,
                cameo=ev.cameo,
                root=ev.cameo[:2],
                quad=entry.quad,
                goldstein=entry.goldstein,
                plover=Plover(type=ptype, mode=pmode),
                date=ev.date.date,
                date_precision=ev.date.precision,
                date_text=ev.date.text,
                date_start=ev.date.date_start,
                date_end=ev.date.date_end,
                pub_date=state.document.pub_date,
                modality=ev.modality,
                attribution=(
                    Attribution(
                        code=ev.attribution.code if ev.attribution else None,
                        text=ev.attribution_text or (ev.attribution.text if ev.attribution else ""),
                    )
                    if (ev.attribution or ev.attribution_text)
                    else None
                ),
                location=Location(**ev.location) if ev.location else None,
                confidence=round(min(max(ev.confidence, 0.0), 1.0), 3),
                learned="learned" in ev.flags,
                coder_version=CODER_VERSION,
            )
            state.records.append(record)
