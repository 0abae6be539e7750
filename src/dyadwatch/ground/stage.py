"""Grounding stages: modality, attribution, location (see issue: grounding)."""

from __future__ import annotations

from dyadwatch.config import CoderConfig
from dyadwatch.pipeline import CodingState


class ModalityStage:
    name = "modality"

    def __init__(self, config: CoderConfig):
        self.config = config

    def __call__(self, state: CodingState) -> None:
        return None


class AttributionStage:
    name = "attribution"

    def __init__(self, config: CoderConfig):
        self.config = config

    def __call__(self, state: CodingState) -> None:
        return None


class LocationStage:
    name = "location"

    def __init__(self, config: CoderConfig):
        self.config = config

    def __call__(self, state: CodingState) -> None:
        return None
