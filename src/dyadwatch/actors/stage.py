"""Actor stage: find actor mentions in the parsed document."""

from __future__ import annotations

from dyadwatch.config import CoderConfig
from dyadwatch.pipeline import CodingState


class ActorStage:
    name = "actors"

    def __init__(self, config: CoderConfig):
        self.config = config

    def __call__(self, state: CodingState) -> None:
        # Filled in by the coder work (issue: the coder).
        return None
