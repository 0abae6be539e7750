"""The coder as a pipeline of small named stages over one shared state object.

Like spaCy's components, each stage is its own module, takes the `CodingState`, adds what
it knows and passes it on; any stage can be run and tested alone on a hand-built state.

    read.Document -> parse -> actors -> events -> learned -> modality -> attribution -> dates
                  -> location -> confidence -> records
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from spacy.tokens import Doc, Token

from dyadwatch.config import CoderConfig
from dyadwatch.errors import DyadwatchError, InputError, LimitExceeded
from dyadwatch.read.document import Document

# Actor kinds that are people: a person named or an office-holder ("the commander")
PEOPLE_KINDS = frozenset({"person", "agent"})


@dataclass
class ActorMention:
    """An actor named (or inferred) in the text."""

    code: str  # CAMEO actor code: RUSGOV, AZE, IGOUNO
    country: str | None  # ISO3 or IGO code
    roles: list[str]
    text: str
    start_char: int = -1  # offsets in the document's clean text; -1 when inferred
    end_char: int = -1
    token_start: int = -1  # token span in the spaCy Doc
    token_end: int = -1
    head: int = -1  # token index of the mention's syntactic head
    name: str | None = None  # canonical person/organisation name when known
    kind: str = "state"  # state | agent | person | igo | group | pronoun
    inferred: bool = False
    confidence: float = 1.0


@dataclass
class EventDate:
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str | None = None  # day | month | year
    text: str | None = None
    date_start: str | None = None
    date_end: str | None = None


@dataclass
class DraftEvent:
    """An event as the stages build it; turned into an EventRecord at the end."""

    cameo: str
    trigger: int  # token index of the trigger's head
    trigger_text: str
    sent_index: int  # index into list(doc.sents)
    source: list[ActorMention]
    target: list[ActorMention]
    trigger_start_char: int = -1
    trigger_end_char: int = -1
    speech_act: bool = False  # said/accused/stated: dated by publication when undated
    alleged_by: DraftEvent | None = None  # the accusation/claim that reports this act
    modality: str = "asserted"
    modality_cue: str | None = None
    attribution: ActorMention | None = None
    attribution_text: str | None = None
    date: EventDate = field(default_factory=EventDate)
    location: dict[str, Any] | None = None
    confidence: float = 0.5
    flags: set[str] = field(default_factory=set)


@dataclass
class CodingState:
    document: Document
    config: CoderConfig
    doc: Doc | None = None
    mentions: list[ActorMention] = field(default_factory=list)
    # places of gatherings, which are no actors ("the summit in Abuja"; actors/stage.py)
    venues: list[ActorMention] = field(default_factory=list)
    # the state the document speaks for in the first person ("our ambassador"), when it
    # has one (actors/home.py): its countryless government is that state's
    voice: str | None = None
    # the one country of the dateline's places ("NAIROBI, June 3 --"), when there is one
    # and the text names that state too (actors/stage.py)
    dateline: str | None = None
    events: list[DraftEvent] = field(default_factory=list)
    # sentences where the rules found a word of an event (other than a plain statement) and
    # weighed it, coded or not: the learned fallback leaves them to the rules' judgement
    weighed: set[int] = field(default_factory=set)
    records: list[Any] = field(default_factory=list)  # EventRecord
    stats: dict[str, int] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)
    # results worked out from the whole document, kept for later callers (each entry keyed
    # by all it was computed from: actors/context.py main_dyad); emptied when the parse is
    # repaired in place (events/stage.py)
    memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    def count(self, key: str, n: int = 1) -> None:
        self.stats[key] = self.stats.get(key, 0) + n

    @property
    def label(self) -> str:
        """How errors name the document: where it was read from, else its id."""
        return self.document.source or self.document.doc_id

    def check_text(self) -> None:
        """Refuse text that is not valid Unicode or over the size limit. The reader already
        checks both, but the Python API and callers that build Documents themselves skip it."""
        try:
            size = len(self.document.text.encode("utf-8"))
        except UnicodeEncodeError as exc:  # lone surrogates: spaCy's tokenizer fails on them
            raise InputError(self.label, f"text is not valid Unicode (lone surrogate at "
                                         f"character {exc.start})") from None
        cap = self.config.limits.max_document_bytes
        if size > cap:
            raise LimitExceeded(self.label, f"document text is {size} bytes, over the limit of "
                                            f"{cap} bytes (--max-bytes or "
                                            "DYADWATCH_MAX_DOCUMENT_BYTES)")

    def check_time(self, where: str) -> None:
        """Stop coding once the document has used its time (Limits.max_seconds_per_document).

        Called by Coder.run between stages and by long-running stages between steps (the
        parse stage between chunks), so a hostile document costs at most about one step
        more than the cap."""
        cap = self.config.limits.max_seconds_per_document
        elapsed = time.monotonic() - self.started
        if elapsed > cap:
            raise LimitExceeded(self.label, f"coding stopped {where} after {elapsed:.1f} s, over "
                                            f"the limit of {cap:g} s per document "
                                            "(--max-seconds or DYADWATCH_MAX_SECONDS)")

    def sentences(self) -> list:
        return list(self.doc.sents) if self.doc is not None else []

    def mention_at(self, token: Token) -> ActorMention | None:
        for m in self.mentions:
            if m.token_start <= token.i < m.token_end:
                return m
        return None

    def venue_at(self, token: Token) -> ActorMention | None:
        """The place of a gathering at this token ("Abuja" in "the summit in Abuja")."""
        for m in self.venues:
            if m.token_start <= token.i < m.token_end:
                return m
        return None


class Stage(Protocol):
    name: str

    def __call__(self, state: CodingState) -> None: ...


StageFactory = Callable[[CoderConfig], Stage]


def default_stages(config: CoderConfig) -> list[Stage]:
    # Imported here so that importing the pipeline module stays cheap.
    from dyadwatch.actors.stage import ActorStage
    from dyadwatch.events.learned import LearnedStage
    from dyadwatch.events.stage import ConfidenceStage, EventStage, RecordStage
    from dyadwatch.ground.stage import AttributionStage, LocationStage, ModalityStage
    from dyadwatch.nlp.stage import ParseStage
    from dyadwatch.when.stage import DateStage

    return [
        ParseStage(config),
        ActorStage(config),
        EventStage(config),
        LearnedStage(config),
        ModalityStage(config),
        AttributionStage(config),
        DateStage(config),
        LocationStage(config),
        ConfidenceStage(config),
        RecordStage(config),
    ]


class Coder:
    """Codes documents into event records. Build once, reuse: models load once per process."""

    def __init__(self, config: CoderConfig | None = None, stages: list[Stage] | None = None):
        self.config = config or CoderConfig()
        self.stages = stages if stages is not None else default_stages(self.config)

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, document: Document) -> CodingState:
        """All stages over one document. Raises LimitExceeded (an InputError naming the
        document) when it is over a limit; no partial result is returned."""
        state = CodingState(document=document, config=self.config)
        state.check_text()
        for stage in self.stages:
            state.check_time(f"before the {stage.name} stage")
            stage(state)
        return state

    def code(self, document: Document) -> list:
        """Event records (dyadwatch.record.EventRecord) for one document."""
        records = self.run(document).records
        floor = self.config.min_confidence
        return [r for r in records if r.confidence >= floor]

    def code_many(self, documents: Iterable[Document], group: int = 32,
                  keep_going: bool = False) -> Iterator[tuple[Document, list]]:
        """Records for each document, in order. Stages with a `prepare(documents)` method
        (the parse stage) see `group` documents at a time first, to batch their work.
        With `keep_going`, a document that fails (over a limit, say, or an internal error:
        set DYADWATCH_DEBUG to see its traceback) yields a DyadwatchError in place of its
        records and the others go on."""
        preparers = [s for s in self.stages if hasattr(s, "prepare")]
        pending: list[Document] = []
        for document in documents:
            pending.append(document)
            if len(pending) >= group:
                yield from self._code_group(pending, preparers, keep_going)
                pending = []
        yield from self._code_group(pending, preparers, keep_going)

    def _code_group(self, documents: list[Document], preparers: list,
                    keep_going: bool) -> Iterator[tuple[Document, list]]:
        for stage in preparers:
            stage.prepare(documents)
        try:
            for document in documents:
                try:
                    records = self.code(document)
                except DyadwatchError as exc:
                    if not keep_going:
                        raise
                    records = exc
                except Exception as exc:  # noqa: BLE001 - one bad article must not stop a run
                    if not keep_going or os.environ.get("DYADWATCH_DEBUG"):
                        raise
                    records = DyadwatchError(
                        f"internal error while coding: {type(exc).__name__}: {exc}")
                yield document, records
        finally:
            for stage in preparers:
                stage.forget()
