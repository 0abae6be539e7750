"""Attribution: who says so. The speaker of "said", "claimed", "accused", "according to" or
of a quotation, on each event that speaker's words contain."""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.ground.modality import according_to_source, scope_chain, speaker_mention
from dyadwatch.ground.syntax import (
    governing_speech_verb,
    inside_quotes,
    phrase_text,
    quoting_verb,
    speaker_of,
)
from dyadwatch.pipeline import ActorMention, CodingState, DraftEvent


def speaker_phrase(trigger: Token) -> Token | None:
    """Who tells the act at `trigger`: "according to X", the subject of the verb of saying
    above it, or the speaker of the quotation it stands in."""
    chain = scope_chain(trigger)
    source = according_to_source(chain)
    if source is not None:
        return source
    verb = governing_speech_verb(trigger)
    if verb is None and inside_quotes(trigger):
        verb = quoting_verb(trigger)
    if verb is None:
        return None
    return speaker_of(verb)


def attribute(state: CodingState, ev: DraftEvent) -> tuple[ActorMention | None, str | None]:
    doc = state.doc
    if doc is None or not 0 <= ev.trigger < len(doc):
        return None, None
    trigger = doc[ev.trigger]
    speaker = speaker_phrase(trigger)
    if speaker is not None:
        if speaker.pos_ == "PRON" and ev.alleged_by is not None and ev.alleged_by.source:
            accuser = ev.alleged_by.source[0]
            return accuser, accuser.text
        return speaker_mention(state, speaker), phrase_text(speaker)
    if ev.alleged_by is not None and ev.alleged_by.source:
        accuser = ev.alleged_by.source[0]
        return accuser, accuser.text
    return None, None
