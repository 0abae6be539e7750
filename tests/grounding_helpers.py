"""Build hand-made coding states for the date and grounding stage tests."""

from __future__ import annotations

from dyadwatch.config import CoderConfig
from dyadwatch.nlp import load_pipeline
from dyadwatch.pipeline import ActorMention, CodingState, DraftEvent
from dyadwatch.read.document import Document


def make_state(text: str, pub_date: str | None = "2025-07-03") -> CodingState:
    doc = load_pipeline()(text)
    document = Document(doc_id="t", text=text, pub_date=pub_date)
    return CodingState(document=document, config=CoderConfig(), doc=doc)


def token_index(state: CodingState, word: str, nth: int = 0) -> int:
    hits = [t.i for t in state.doc if t.text == word]
    assert len(hits) > nth, f"{word!r} not in the parsed text"
    return hits[nth]


def add_event(state: CodingState, word: str, nth: int = 0, cameo: str = "010",
              source: list[ActorMention] | None = None, **kwargs) -> DraftEvent:
    i = token_index(state, word, nth)
    sents = state.sentences()
    sent_index = next(k for k, s in enumerate(sents) if s.start <= i < s.end)
    ev = DraftEvent(cameo, i, word, sent_index, source or [], [], **kwargs)
    state.events.append(ev)
    return ev


def add_mention(state: CodingState, words: str, code: str, country: str | None) -> ActorMention:
    """An actor mention over the first occurrence of `words` (as written)."""
    start = state.doc.text.index(words)
    span = state.doc.char_span(start, start + len(words), alignment_mode="expand")
    mention = ActorMention(code=code, country=country, roles=[], text=span.text,
                           start_char=span.start_char, end_char=span.end_char,
                           token_start=span.start, token_end=span.end, head=span.root.i)
    state.mentions.append(mention)
    return mention
