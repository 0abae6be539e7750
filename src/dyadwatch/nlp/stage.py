"""Parse stage: clean text -> spaCy Doc (sentences, tokens, tags, dependency parse)."""

from __future__ import annotations

from dyadwatch.config import CoderConfig
from dyadwatch.nlp.model import load_pipeline
from dyadwatch.pipeline import CodingState


class ParseStage:
    name = "parse"

    def __init__(self, config: CoderConfig):
        self.config = config
        self.nlp = load_pipeline()

    def __call__(self, state: CodingState) -> None:
        text = state.document.text
        state.doc = self.nlp(text)
        state.count("sentences", sum(1 for _ in state.doc.sents))
