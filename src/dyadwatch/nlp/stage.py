"""Parse stage: clean text -> spaCy Doc (sentences, tokens, tags, dependency parse).

Long documents are parsed in chunks cut at paragraph or line breaks, so that the per-document
time and sentence limits are checked between chunks (one huge text cannot hold the coder for
minutes) and spaCy's own length cap never applies. The chunks are joined into one Doc whose
text is exactly the document's text, so every offset still points into the clean text.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from dyadwatch.config import CoderConfig
from dyadwatch.errors import LimitExceeded
from dyadwatch.nlp.model import load_pipeline
from dyadwatch.pipeline import CodingState

# Documents up to this many characters are parsed in one piece (almost all news articles);
# longer ones in chunks of about this size. A chunk takes a fraction of a second to parse.
CHUNK_CHARS = 20_000
# Where a chunk may end, best first: a paragraph, a line, a sentence end, any space.
CUT_MARKS = ("\n\n", "\n", ". ", " ")


def chunk_end(text: str, start: int, size: int) -> int:
    """End of the chunk that begins at `start`: just after the last good cut mark within
    `size` characters (a hard cut only when the window holds no white space at all)."""
    limit = start + size
    if limit >= len(text):
        return len(text)
    for mark in CUT_MARKS:
        at = text.rfind(mark, start + size // 4, limit)
        if at != -1:
            return at + len(mark)
    return limit


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[str]:
    """Consecutive pieces of text, each ending on white space where possible; joined
    back together they give the text unchanged."""
    start = 0
    while start < len(text):
        end = chunk_end(text, start, size)
        yield text[start:end]
        start = end


class ParseStage:
    name = "parse"

    def __init__(self, config: CoderConfig, chunk_chars: int = CHUNK_CHARS):
        self.config = config
        self.chunk_chars = chunk_chars
        self.nlp = load_pipeline()

    def __call__(self, state: CodingState) -> None:
        text = state.document.text
        if len(text) <= self.chunk_chars:
            state.doc = self.nlp(text)
            self.check_sentences(state, sum(1 for _ in state.doc.sents))
        else:
            state.doc = self.parse_in_chunks(state, text)
        state.count("sentences", sum(1 for _ in state.doc.sents))

    def parse_in_chunks(self, state: CodingState, text: str) -> Doc:
        parts: list[Doc] = []
        sentences = 0
        for piece in chunks(text, self.chunk_chars):
            state.check_time(f"while parsing (at character {sum(len(d.text) for d in parts)})")
            part = self.nlp(piece)
            sentences += sum(1 for _ in part.sents)
            self.check_sentences(state, sentences)
            parts.append(part)
        # No white space is added between chunks: each ends where the text had it already.
        doc = Doc.from_docs(parts, ensure_whitespace=False)
        state.count("parse_chunks", len(parts))
        return doc

    def check_sentences(self, state: CodingState, sentences: int) -> None:
        cap = self.config.limits.max_sentences
        if sentences > cap:
            raise LimitExceeded(state.label, f"document has over {cap} sentences, the limit "
                                             "(--max-sentences or DYADWATCH_MAX_SENTENCES)")
