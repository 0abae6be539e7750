"""Whom a statement of intent that names no one is made to (events/sentence.py:
implicit_counterpart): "Tehran is ready to engage seriously", "Peru is open to dialogue",
"China remains committed to a solution" in a story of two parties are said to the other one,
but only when nothing points elsewhere."""

from __future__ import annotations

from dyadwatch.events.extract import Site
from dyadwatch.ground.attribution import speaker_phrase
from dyadwatch.ground.modality import is_conditional, speaker_mention
from dyadwatch.pipeline import CodingState

INTENT_ROOT = "03"  # CAMEO: express intent to cooperate
# Marks a target given by implicit_counterpart (not by the older inferences of context)
COUNTERPART_FLAG = "counterpart"


def intent_to_counterpart(state: CodingState, site: Site, country: str, partner: str) -> bool:
    """A statement of intent (03) names its other side by leaving it out only when it is the
    source's own word: said by no one else (no speaker, or a speaker of the source's own
    country: "Araghchi wrote that Tehran was ready to engage", not "analysts say the junta
    is determined to ..."), by a source the sentence names (not "it", "its crossings"), with
    no condition ("ready to end the war only if Ukraine pulls out") and no third party in
    the sentence that it may be told to ("asked the UN and Turkey to back the idea")."""
    tok = site.token
    if any(state.doc[m.head].pos_ == "PRON" for m in site.source if m.head >= 0):
        return False
    if is_conditional(tok) or any(is_conditional(w) for w in tok.subtree if w.dep_ == "xcomp"):
        return False
    speaker = speaker_phrase(tok)
    if speaker is not None:
        said_by = speaker_mention(state, speaker, resolve=True)
        if said_by is None or said_by.country != country:
            return False
    sent = tok.sent
    return all(m.country in (country, partner) for m in state.mentions
               if m.country and sent.start <= m.head < sent.end)


def drop_inferred_twins(kept: dict[int, Site]) -> None:
    """"the EU remains committed to the memorandum and is ready to continue the dialogue with
    the Tunisian side": an intent whose other side was inferred says nothing more than one
    of the same sentence, by the same party, that names that side."""
    named = [s for s in kept.values() if s.code.startswith(INTENT_ROOT)
             and "inferred" not in s.flags and s.target]
    for i, site in list(kept.items()):
        if not site.code.startswith(INTENT_ROOT) or COUNTERPART_FLAG not in site.flags:
            continue
        pair = (countries(site.source), countries(site.target))
        if any((countries(s.source), countries(s.target)) == pair for s in named):
            del kept[i]


def countries(mentions: list) -> frozenset:
    return frozenset(m.country for m in mentions)
