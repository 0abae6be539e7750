"""Attribution: who says so. The speaker of "said", "claimed", "accused", "according to" or
of a quotation, on each event that speaker's words contain."""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.ground.modality import according_to_source, scope_chain, speaker_mention
from dyadwatch.ground.syntax import governing_speech_verb, phrase_text, speaker_of, speech_kind
from dyadwatch.pipeline import ActorMention, CodingState, DraftEvent

_QUOTES = "\"“”«»"


def _inside_quotes(trigger: Token) -> bool:
    sent = trigger.sent
    # Only the sentence's tokens before the trigger: Doc.text rebuilds the whole document's
    # text on every call, which made long documents quadratic (tests/hostile).
    before = trigger.doc[sent.start:trigger.i].text_with_ws
    return sum(before.count(q) for q in _QUOTES) % 2 == 1


def _quoting_verb(trigger: Token) -> Token | None:
    """The speech verb outside the quotation that holds the trigger; for a quotation that
    goes on in a sentence of its own, the verb that introduced it in the sentence before."""
    root = trigger.sent.root
    if speech_kind(root) and not _inside_quotes(root):
        return root
    start = trigger.sent.start
    if start == 0:
        return None
    previous = trigger.doc[start - 1].sent
    if not any(q in previous.text for q in _QUOTES):
        return None
    verb = previous.root
    if speech_kind(verb) and not _inside_quotes(verb):
        return verb
    return None


def speaker_phrase(trigger: Token, ev: DraftEvent) -> Token | None:
    chain = scope_chain(trigger)
    source = according_to_source(chain)
    if source is not None:
        return source
    verb = governing_speech_verb(trigger)
    if verb is None and _inside_quotes(trigger):
        verb = _quoting_verb(trigger)
    if verb is None:
        return None
    return speaker_of(verb)


def attribute(state: CodingState, ev: DraftEvent) -> tuple[ActorMention | None, str | None]:
    doc = state.doc
    if doc is None or not 0 <= ev.trigger < len(doc):
        return None, None
    trigger = doc[ev.trigger]
    speaker = speaker_phrase(trigger, ev)
    if speaker is not None:
        if speaker.pos_ == "PRON" and ev.alleged_by is not None and ev.alleged_by.source:
            accuser = ev.alleged_by.source[0]
            return accuser, accuser.text
        return speaker_mention(state, speaker), phrase_text(speaker)
    if ev.alleged_by is not None and ev.alleged_by.source:
        accuser = ev.alleged_by.source[0]
        return accuser, accuser.text
    return None, None
