"""Grounding stages: modality, attribution, location (see issue: grounding)."""

from __future__ import annotations

from dyadwatch.config import CoderConfig
from dyadwatch.events.hosting import MEETING, third_place_meeting
from dyadwatch.ground.attribution import attribute
from dyadwatch.ground.location import gazetteer, locate, meeting_place
from dyadwatch.ground.modality import decide
from dyadwatch.pipeline import CodingState


class ModalityStage:
    name = "modality"

    def __init__(self, config: CoderConfig):
        self.config = config

    def __call__(self, state: CodingState) -> None:
        if state.doc is None:
            return
        for ev in state.events:
            ev.modality, ev.modality_cue = decide(state, ev)
            state.count("modality." + ev.modality)


class AttributionStage:
    name = "attribution"

    def __init__(self, config: CoderConfig):
        self.config = config

    def __call__(self, state: CodingState) -> None:
        if state.doc is None:
            return
        for ev in state.events:
            mention, text = attribute(state, ev)
            ev.attribution, ev.attribution_text = mention, text
            if text:
                state.count("attribution")


class LocationStage:
    name = "location"

    def __init__(self, config: CoderConfig):
        self.config = config
        gazetteer()  # load the gazetteer once, when the coder is built

    def __call__(self, state: CodingState) -> None:
        if state.doc is None:
            return
        for ev in state.events:
            ev.location = locate(state, ev)
            if ev.cameo == MEETING:  # a meeting where neither party is at home: 044
                place = meeting_place(state, ev)  # (also "on the sidelines of ... in X")
                ev.location = ev.location or place
                third_place_meeting(ev, place)
            if ev.location:
                state.count("location." + ev.location["precision"])
