"""Parse stage: clean text -> spaCy Doc (sentences, tokens, tags, dependency parse).

Speed: parsing is most of the coder's time, and most sentences of a news article hold no
event. So the whole text is tokenized once (offsets stay exact), split into sentences by
rules (punctuation, and never across a blank line), and only the sentences that contain a
word form of a trigger lemma are run through the tagger, parser and lemmatizer. The other
sentences keep their tokens with a flat placeholder analysis (each attached to its first
token), enough for dictionaries to find actors in them for document context.
`fast=False` parses every sentence (the reference for tests and measurements).

Limits (issue 10): the sentence cap is checked as soon as the rule sentences are known,
before any parsing, and the time cap between parsed sentences, so one huge document cannot
hold the coder for minutes. With `fast=False`, long texts are parsed in chunks cut at
paragraph or line breaks, with both caps checked between chunks; the chunks are joined into
one Doc whose text is exactly the document's text, so every offset still points into it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, NORM, POS, SENT_START, TAG
from spacy.language import Language
from spacy.symbols import X as POS_X
from spacy.tokens import Doc, Span

from dyadwatch.config import CoderConfig
from dyadwatch.errors import LimitExceeded
from dyadwatch.events.lexicon import Lexicon, load_lexicon
from dyadwatch.events.recall import happening_verbs
from dyadwatch.nlp.model import load_pipeline
from dyadwatch.pipeline import CodingState
from dyadwatch.tables import read_tsv

ANALYSIS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
SENTENCE_END = frozenset({".", "!", "?", "…"})
CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
VOWELS = frozenset("aeiou")
WRAP = 1 << 64  # spaCy arrays are uint64: negative values wrap around
# With fast=False, texts up to this many characters are parsed in one piece; longer ones in
# chunks of about this size (a fraction of a second each), cut at the best mark available.
CHUNK_CHARS = 20_000
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


def check_sentences(state: CodingState, sentences: int) -> None:
    cap = state.config.limits.max_sentences
    if sentences > cap:
        raise LimitExceeded(state.label, f"document has over {cap} sentences, the limit "
                                         "(--max-sentences or DYADWATCH_MAX_SENTENCES)")


@cache
def irregular_forms() -> dict[str, tuple[str, ...]]:
    return {r["lemma"]: tuple(r["forms"].split("|")) for r in read_tsv("trigger_forms.tsv")}


def word_forms(lemma: str) -> set[str]:
    """Generous regular inflections of a lemma (over-generation only costs a parse)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma[:-1] + "ed"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in VOWELS and lemma[-2] in VOWELS:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if "ize" in lemma:
        forms |= {f.replace("ize", "ise") for f in set(forms)}
    forms |= set(irregular_forms().get(lemma, ()))
    return forms


def trigger_forms(lemmas: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for lemma in lemmas:
        out |= word_forms(lemma.lower())
    return frozenset(out)


def candidate_forms(lexicon: Lexicon) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """Forms that alone make a sentence a candidate, and forms that need an object word too
    ("hold" only with talks/meeting/...: a lemma whose every entry constrains its object)."""
    free: set[str] = set()
    needs: dict[str, set[str]] = {}
    for (lemma, _), entries in lexicon.entries.items():
        forms = word_forms(lemma)
        if any(not e.constrained for e in entries):
            free |= forms
            continue
        objects = trigger_forms(w for e in entries for w in e.objects + e.object_words)
        for form in forms:
            needs.setdefault(form, set()).update(objects)
    for form in free:
        needs.pop(form, None)
    return frozenset(free), {k: frozenset(v) for k, v in needs.items()}


def rule_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of sentences: after . ! ? (and closing quotes), and at blank lines."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        end_here = False
        if tok.is_space and "\n\n" in tok.text or tok.text.count("\n") >= 2:
            end_here = True
        elif tok.text in SENTENCE_END or "\n\n" in tok.whitespace_:
            while i + 1 < n and (doc[i + 1].text in CLOSERS or doc[i + 1].text in SENTENCE_END):
                i += 1
            nxt = doc[i + 1] if i + 1 < n else None
            end_here = nxt is None or nxt.is_space or nxt.is_title or not nxt.is_alpha or (
                "\n" in doc[i].whitespace_)
        if end_here:
            while i + 1 < n and doc[i + 1].is_space:
                i += 1  # blank lines belong to the sentence before them
            spans.append((start, i + 1))
            start = i + 1
        i += 1
    if start < n:
        spans.append((start, n))
    return [s for s in spans if s[1] > s[0]]


def sentence_doc(doc: Doc, start: int, end: int, norms: numpy.ndarray) -> Doc:
    """Tokens start..end as a Doc of their own, in time linear in the sentence. (Span.as_doc
    copies the whole document's arrays on every call: 2,000 sentences took 30 s.) The
    tokenizer's norms are kept: the model reads them."""
    tokens = doc[start:end]
    out = Doc(doc.vocab, words=[t.text for t in tokens],
              spaces=[bool(t.whitespace_) for t in tokens])
    out.from_array([NORM], norms[start:end])
    return out


class ParseStage:
    name = "parse"

    def __init__(self, config: CoderConfig, fast: bool = True, *,
                 chunk_chars: int = CHUNK_CHARS):
        self.config = config
        self.nlp: Language = load_pipeline()
        self.fast = fast
        self.chunk_chars = chunk_chars
        self.free_forms, self.object_forms = candidate_forms(load_lexicon(config.dicts))
        # "The exchange is to take place": may state an act the sentence before agreed on
        self.happening = [[trigger_forms([w]) for w in phrase.split()]
                          for phrase in happening_verbs()]

    def __call__(self, state: CodingState) -> None:
        text = state.document.text
        if not self.fast:
            state.doc = self.parse_in_chunks(state, text)
        else:
            state.doc = self.parse_candidates(text, state)
        state.count("sentences", sum(1 for _ in state.doc.sents))

    def is_candidate(self, span: Span) -> bool:
        if len(span.text) > self.config.limits.max_sentence_chars:
            return False  # skipped by the event stage anyway
        words = {t.lower_ for t in span}
        if words & self.free_forms:
            return True
        if any(all(forms & words for forms in phrase) for phrase in self.happening):
            return True
        return any(self.object_forms[w] & words for w in words if w in self.object_forms)

    def parse_in_chunks(self, state: CodingState, text: str) -> Doc:
        parts: list[Doc] = []
        sentences = 0
        for piece in chunks(text, self.chunk_chars):
            state.check_time(f"while parsing (at character {sum(len(d.text) for d in parts)})")
            part = self.nlp(piece)
            sentences += sum(1 for _ in part.sents)
            check_sentences(state, sentences)
            parts.append(part)
        if len(parts) == 1:
            return parts[0]
        state.count("parse_chunks", len(parts))
        # No white space is added between chunks: each ends where the text had it already.
        return Doc.from_docs(parts, ensure_whitespace=False)

    def parse_candidates(self, text: str, state: CodingState) -> Doc:
        # The tokenizer alone (make_doc would refuse texts over spaCy's max_length, a guard
        # for the parser, which here only ever sees one sentence at a time).
        doc = self.nlp.tokenizer(text)
        spans = rule_sentences(doc)
        check_sentences(state, len(spans))
        array = numpy.zeros((len(doc), len(ANALYSIS) + 1), dtype="uint64")
        placeholder = self.placeholder
        norms = doc.to_array([NORM])
        todo: list[tuple[int, Doc]] = []
        for start, end in spans:
            span = doc[start:end]
            if self.is_candidate(span):
                todo.append((start, sentence_doc(doc, start, end, norms)))
            else:
                self.fill_placeholder(array, start, end, doc, placeholder)
        parsed = self.nlp.pipe((d for _, d in todo), batch_size=64)
        for (start, _), sdoc in zip(todo, parsed, strict=True):
            state.check_time(f"while parsing (at character {doc[start].idx})")
            part = sdoc.to_array(ANALYSIS + [SENT_START])
            array[start:start + len(sdoc)] = part
        state.count("sentences_parsed", len(todo))
        state.count("sentences_unparsed", len(spans) - len(todo))
        doc.from_array(ANALYSIS + [SENT_START], array)
        return doc

    @property
    def placeholder(self) -> dict[str, int]:
        strings = self.nlp.vocab.strings
        return {"tag": strings.add("XX"), "dep": strings.add("dep"), "root": strings.add("ROOT"),
                "morph": strings.add("")}

    @staticmethod
    def fill_placeholder(array: numpy.ndarray, start: int, end: int, doc: Doc,
                         codes: dict[str, int]) -> None:
        """A flat analysis: every token hangs off the sentence's first token."""
        for i in range(start, end):
            tok = doc[i]
            first = i == start
            array[i, 0] = codes["tag"]
            array[i, 1] = POS_X
            array[i, 2] = codes["morph"]
            array[i, 3] = doc.vocab.strings.add(tok.lower_)
            array[i, 4] = codes["root"] if first else codes["dep"]
            array[i, 5] = (start - i) % WRAP  # relative head offset, as spaCy stores it
            array[i, 6] = 1 if first else WRAP - 1


