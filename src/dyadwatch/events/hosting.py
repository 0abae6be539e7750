"""Hosts and guests: a reception is also a visit, and a visit hosted by someone is a reception.

CAMEO codes a state visit twice, as the guest's visit (042, guest -> host) and the host's
reception (043, host -> guest); news wording usually states only one side ("Xi received
Albanese", "Kagame travelled to Bujumbura for a summit hosted by Ndayishimiye", "Putin
arrived in Astana and was received by Tokayev"). These rules add the side the sentence
implies, from the actors the sentence already gives, never from elsewhere.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from dyadwatch.events.extract import actors_of, child
from dyadwatch.pipeline import PEOPLE_KINDS, ActorMention, CodingState, DraftEvent
from dyadwatch.tables import read_words

VISIT, HOST = "042", "043"
DERIVED_CONFIDENCE = 0.9  # a derived side is as sure as what it comes from, a little less


@cache
def hosting_verbs() -> frozenset[str]:
    return read_words("hosting_verbs.txt")


def _countries(mentions: list[ActorMention]) -> set[str]:
    return {m.country for m in mentions if m.country}


def _copy(ev: DraftEvent, cameo: str, source: list[ActorMention], target: list[ActorMention],
          trigger: Token | None = None) -> DraftEvent:
    new = replace(ev, cameo=cameo, source=list(source), target=list(target),
                  confidence=ev.confidence * DERIVED_CONFIDENCE, flags=set(ev.flags) | {"derived"})
    if trigger is not None:
        new.trigger, new.trigger_text = trigger.i, trigger.text
        new.trigger_start_char, new.trigger_end_char = trigger.idx, trigger.idx + len(trigger)
    return new


def _receives_visitor(state: CodingState, host: DraftEvent) -> bool:
    """"Xi received Albanese", "Biden was received in Hanoi by Trong": a reception of named
    people (not "hosted the talks", not "received no proofs from Kyiv"), which news tells
    as the visit itself."""
    verb = state.doc[host.trigger]
    named = all(not m.inferred and m.kind in PEOPLE_KINDS for m in host.target)
    if verb.lemma_.lower() == HOSTING_VERB:
        # codes18: "Biden hosted Chinese President Xi Jinping at a country estate", "as
        # Anwar hosted his Singapore counterpart": one named guest received in person is a
        # visit as well; "hosted the two leaders" (guests of a summit), "hosted the talks"
        # and "while hosting Netanyahu" (the scene of another act) tell the hosting only
        return (named and len(host.target) == 1 and verb.tag_ == "VBD"
                and child(verb, "dobj") is not None)
    return verb.lemma_.lower() in visit_receptions() and named


HOSTING_VERB = "host"


@cache
def visit_receptions() -> frozenset[str]:
    return read_words("reception_verbs.txt")


def _shared_subject(state: CodingState, verb: Token, host: list[ActorMention]
                    ) -> list[ActorMention]:
    """The visitors of a passive reception conjoined to a clause whose subject they are."""
    if verb.dep_ != "conj" or not any(c.dep_ == "agent" for c in verb.children):
        return []
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    found = actors_of(state, subject)
    return [m for m in found if m.country not in _countries(host)]


def _hosted_by(state: CodingState, sent: Span) -> list[tuple[Token, list[ActorMention]]]:
    """"hosted by Ndayishimiye", "was received by President Tokayev": a hosting verb in the
    passive with its agent, and the actor that agent names."""
    found = []
    for tok in sent:
        if tok.lemma_.lower() not in hosting_verbs() or tok.tag_ != "VBN":
            continue
        for agent in (c for c in tok.children if c.dep_ == "agent"):
            for obj in (c for c in agent.children if c.dep_ == "pobj"):
                m = state.mention_at(obj)
                if m is not None and m.country and not m.inferred:
                    found.append((tok, [m]))
    return found


def pair_visits(state: CodingState) -> None:
    """Add the missing side of each visit or reception, sentence by sentence."""
    if state.doc is None or not state.events:
        return
    sents = state.sentences()
    by_sent: dict[int, list[DraftEvent]] = {}
    for ev in state.events:
        by_sent.setdefault(ev.sent_index, []).append(ev)
    added: list[DraftEvent] = []
    for index, events in by_sent.items():
        added += _pair_in_sentence(state, sents[index], events)

    state.events.extend(added)


def _pair_in_sentence(state: CodingState, sent: Span, events: list[DraftEvent]
                      ) -> list[DraftEvent]:
    visits = [e for e in events if e.cameo == VISIT and e.source and e.target]
    hosts = [e for e in events if e.cameo == HOST and e.source]
    added: list[DraftEvent] = []
    for host in hosts:
        if not host.target:  # "arrived in Astana and was received by Tokayev": the visitor
            guest = next((v for v in visits if _countries(v.target) & _countries(host.source)),
                         None)
            if guest is not None:
                host.target = list(guest.source)
            else:  # "X and Y inked the text and were then received by Trump"
                host.target = _shared_subject(state, state.doc[host.trigger], host.source)
            continue
        guests = _countries(host.target)
        if not _receives_visitor(state, host):
            continue  # "hosted the two leaders", "hosted the talks": the visits are told apart
        if not any(_countries(v.source) & guests for v in visits):  # "Xi received Albanese"
            added.append(_copy(host, VISIT, host.target, host.source))
    for verb, host_actor in _hosted_by(state, sent):  # "a summit hosted by Ndayishimiye"
        if any(h.trigger == verb.i or _countries(h.source) & _countries(host_actor)
               for h in hosts):
            continue
        for visit in visits:
            if _countries(visit.target) & _countries(host_actor):
                added.append(_copy(visit, HOST, host_actor, visit.source, trigger=verb))
                break
    return added


MEETING, THIRD_PLACE_MEETING = "040", "044"


def third_place_meeting(ev: DraftEvent, place: dict[str, Any] | None) -> None:
    """codes19: a meeting (040) whose own place (ground.location.meeting_place) lies in a
    state that is none of the parties' ("the foreign ministers met in Luanda", "held talks in
    Riyadh", "met on the sidelines of the summit in Johannesburg") is CAMEO's meeting at a
    third location (044). Only between states: an IGO has its seat somewhere, and a meeting
    there is no third location. A meeting in one party's own country stays 040 (the gold sets
    code it 040 as often as a visit and its reception)."""
    if ev.cameo != MEETING or not place:
        return
    where = place.get("country")
    parties = _countries(ev.source) | _countries(ev.target)
    if not where or len(parties) < 2 or where in parties or any(
            c.startswith("IGO") or len(c) != 3 for c in parties):
        return
    ev.cameo = THIRD_PLACE_MEETING
