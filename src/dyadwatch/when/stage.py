"""Date stage: give each event its own date (see issue: grounding)."""

from __future__ import annotations

from dyadwatch.config import CoderConfig
from dyadwatch.pipeline import CodingState


class DateStage:
    name = "dates"

    def __init__(self, config: CoderConfig):
        self.config = config

    def __call__(self, state: CodingState) -> None:
        return None
