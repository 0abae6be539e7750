"""Parse stage: clean text -> spaCy Doc (sentences, tokens, tags, dependency parse).

Speed: parsing is most of the coder's time, and most sentences of a news article hold no
event. So the whole text is tokenized once (offsets stay exact), split into sentences by
rules (punctuation, and never across a blank line), and only the sentences that contain a
word form of a trigger lemma are run through the tagger, parser and lemmatizer. The other
sentences keep their tokens with a flat placeholder analysis (each attached to its first
token), enough for dictionaries to find actors in them for document context.
`fast=False` parses every sentence (the reference for tests and measurements).

The two rule components (attribute_ruler, lemmatizer) cost about a third of spaCy's time
when run token by token through the Matcher, yet their output for a token is a function of
few inputs: its text, tag and dependency label (and, for the ruler's few two-token patterns,
its neighbours). So the fast path runs only tok2vec, tagger and parser through `nlp.pipe`
and takes POS, MORPH and LEMMA from a memo filled by running the real components on the
tokens not seen before, each with the neighbours a two-token pattern could read (`RuleMemo`).
`memo_rules=False` runs the real components on every sentence (the reference for the
equality test).

Limits (issue 10): the sentence cap is checked as soon as the rule sentences are known,
before any parsing, and the time cap between parsed sentences, so one huge document cannot
hold the coder for minutes. With `fast=False`, long texts are parsed in chunks cut at
paragraph or line breaks, with both caps checked between chunks; the chunks are joined into
one Doc whose text is exactly the document's text, so every offset still points into it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import numpy
from spacy.attrs import (
    DEP,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_SPACE,
    IS_TITLE,
    LEMMA,
    LOWER,
    MORPH,
    NORM,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import X as POS_X
from spacy.tokens import Doc, Span

from dyadwatch.config import CoderConfig
from dyadwatch.errors import LimitExceeded
from dyadwatch.events.lexicon import (
    Lexicon,
    load_lexicon,
    naming_criticism_words,
    naming_verbs,
    praise_words,
)
from dyadwatch.events.options import RULING_OUT, option_codes
from dyadwatch.events.recall import happening_verbs
from dyadwatch.nlp.model import load_pipeline
from dyadwatch.pipeline import CodingState
from dyadwatch.read.document import Document
from dyadwatch.read.text import dateline_end
from dyadwatch.tables import read_tsv, read_words

ANALYSIS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
SENTENCE_END = frozenset({".", "!", "?", "…"})
CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
VOWELS = frozenset("aeiou")
WRAP = 1 << 64  # spaCy arrays are uint64: negative values wrap around
# With fast=False, texts up to this many characters are parsed in one piece; longer ones in
# chunks of about this size (a fraction of a second each), cut at the best mark available.
CHUNK_CHARS = 20_000
CUT_MARKS = ("\n\n", "\n", ". ", " ")


# The part of speech of tokens in sentences the parse stage did not parse (placeholder).
UNPARSED_POS = "X"


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


def phrase_word(word: str) -> list[str]:
    """One word of a phrase line (data/repeat_phrases.txt): "take|adopt" any of these,
    "@answering_measure_words.txt" any word of that word list."""
    return sorted(read_words(word[1:])) if word.startswith("@") else word.split("|")


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


def with_verbs_needing(needs: dict[str, frozenset[str]], free: frozenset[str],
                       verbs: Iterable[str], words: Iterable[str]) -> dict[str, frozenset[str]]:
    """`needs` with the forms of `verbs` (those not free already) making a sentence a
    candidate when it also has a form of one of `words`. Used for a verb of naming with a
    word of criticism ("qualified the exclusion as unacceptable" criticises it though no
    trigger word is there) and for "rule out"/"exclude" with a hostile option ("refused to
    rule out military force": a threat, events/options.py)."""
    wanted = trigger_forms(words)
    out = dict(needs)
    for form in trigger_forms(verbs) - free:
        out[form] = out.get(form, frozenset()) | wanted
    return out


@dataclass
class TokenColumns:
    """What the sentence splitter and the candidate test read of each token, taken from
    the Doc's arrays once: a Token object made per look cost a tenth of the parse stage."""

    words: list[str]  # token texts
    spaces: list[bool]  # whether a space follows
    lowers: list[int]  # string ids of the lower-cased texts
    flags: list[list[int]]  # IS_SPACE, IS_TITLE, IS_ALPHA (0 or 1)

    @classmethod
    def of(cls, doc: Doc) -> TokenColumns:
        cols = doc.to_array([ORTH, SPACY, LOWER, IS_SPACE, IS_TITLE, IS_ALPHA])
        strings = doc.vocab.strings
        return cls([strings[orth] for orth in cols[:, 0].tolist()],
                   [bool(sp) for sp in cols[:, 1].tolist()], cols[:, 2].tolist(),
                   cols[:, 3:].tolist())


def rule_sentences(doc: Doc, columns: TokenColumns | None = None,
                   text: str | None = None) -> list[tuple[int, int]]:
    """Token spans of sentences: after . ! ? (and closing quotes), and at blank lines.
    `columns` and `text` (the Doc's own, when the caller has them) save reading them again.

    A token's trailing white space is one space at most (line breaks are tokens of their
    own), so only space tokens can hold a blank line."""
    cols = columns if columns is not None else TokenColumns.of(doc)
    words, flags = cols.words, cols.flags
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(words)
    i = 0
    while i < n:
        word = words[i]
        end_here = False
        if flags[i][0] and "\n\n" in word or word.count("\n") >= 2:
            end_here = True
        elif word in SENTENCE_END or word == "X." and platform_end(doc, i):
            while i + 1 < n and (words[i + 1] in CLOSERS or words[i + 1] in SENTENCE_END):
                i += 1
            if i + 1 < n:
                is_space, is_title, is_alpha = flags[i + 1]
                end_here = bool(is_space or is_title or not is_alpha)
            else:
                end_here = True
        if end_here:
            while i + 1 < n and flags[i + 1][0]:
                i += 1  # blank lines belong to the sentence before them
            spans.append((start, i + 1))
            start = i + 1
        i += 1
    if start < n:
        spans.append((start, n))
    return split_dateline(doc, [s for s in spans if s[1] > s[0]],
                          doc.text if text is None else text)


def platform_end(doc: Doc, i: int) -> bool:
    """"wrote in a post on X. Tokyo has ...": the tokenizer keeps "X." whole, as an initial,
    but after "on" it is the platform X ending the sentence."""
    tok = doc[i]
    return (tok.text == "X." and i > 0 and doc[i - 1].lower_ in ("on", "via")
            and i + 1 < len(doc) and doc[i + 1].is_title)


def split_dateline(doc: Doc, spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """"ALGIERS, April 8 - Algeria closed ...": the dateline is a sentence of its own, so
    that the parser does not take the place filed from for the subject."""
    end = dateline_end(text)
    if not end or not spans:
        return spans
    first_start, first_end = spans[0]
    cut = next((t.i for t in doc[first_start:first_end] if t.idx >= end), None)
    if cut is None or cut <= first_start:
        return spans
    return [(first_start, cut), (cut, first_end), *spans[1:]]


def sentence_doc(doc: Doc, start: int, end: int, norms: numpy.ndarray,
                 columns: TokenColumns) -> Doc:
    """Tokens start..end as a Doc of their own, in time linear in the sentence. (Span.as_doc
    copies the whole document's arrays on every call: 2,000 sentences took 30 s.) The
    tokenizer's norms are kept: the model reads them."""
    out = Doc(doc.vocab, words=columns.words[start:end], spaces=columns.spaces[start:end])
    out.from_array([NORM], norms[start:end])
    return out


RULE_COMPONENTS = ("attribute_ruler", "lemmatizer")
RULE_OUTPUT = [TAG, POS, MORPH, LEMMA, DEP]  # the columns ANALYSIS[:5], in that order
BATCH_SENTENCES = 64  # nlp.pipe batch: 64 sentences run ~35% faster than 8
# prepare() leaves longer texts to be parsed alone, with the time cap checked per sentence.
PREPARE_MAX_CHARS = 50_000
MEMO_CAP = 200_000  # entries; a few tens of MB at most, cleared when full


def lower_predicate(spec: dict) -> Callable[[str], bool]:
    """Whether a lower-cased token text can satisfy a Matcher token spec (only its LOWER
    part is checked: erring towards True costs a larger memo key, never a wrong result)."""
    want = spec.get("LOWER")
    if want is None:
        return lambda _lower: True
    if isinstance(want, str):
        return lambda lower: lower == want
    if isinstance(want, dict) and set(want) == {"IN"}:
        options = frozenset(want["IN"])
        return lambda lower: lower in options
    if isinstance(want, dict) and set(want) == {"REGEX"}:
        regex = re.compile(want["REGEX"])
        return lambda lower: regex.search(lower) is not None
    return lambda _lower: True


# Where keys() finds each attribute a pattern may read in its rows (ORTH, TAG, DEP, LOWER);
# an attribute not listed here is read through all of ORTH, TAG and DEP (it is a function
# of them, as every attribute the patterns read is).
READ_COLUMNS = {"ORTH": (0,), "TAG": (1,), "DEP": (2,), "LOWER": (3,)}
ALL_COLUMNS = (0, 1, 2)


@dataclass(frozen=True)
class Reach:
    """How far patterns that may write to a token read around it: `left` and `right`
    tokens, and at each offset from it the columns they read there."""

    left: int = 0
    right: int = 0
    reads: tuple[tuple[int, tuple[int, ...]], ...] = ()  # (offset, columns), by offset


NO_REACH = Reach()


class RuleMemo:
    """attribute_ruler + lemmatizer, memoised: the same output as running them, faster.

    Single-token ruler patterns read a token's LOWER, TAG, DEP and IS_SPACE (all functions
    of its text, tag and dep), and the rule lemmatizer reads its text, POS and MORPH. So
    (text, tag, dep) fixes the output, except for a token a multi-token pattern may write
    to ("na" in "gon na", "are" after an expletive "there"): that token's key also holds,
    for each neighbour such a pattern can reach (its window), what the pattern reads of it
    (the DEP of the word before "are", the LOWER of the one before "na"). The Matcher
    decides a match on those values alone, and all matches are found before any is
    written, so equal keys give equal output.

    The memo is filled only from real runs of the components, on the tokens it lacks: the
    context-free ones together in one small Doc, each with its tag and dep, and each
    contextual one in a Doc of its window. A token's output is the same there as in its
    sentence, since every pattern that can write to it lies inside what was run."""

    def __init__(self, nlp: Language):
        self.components = [nlp.get_pipe(name) for name in RULE_COMPONENTS]
        self.context_tests = self.multi_token_targets(nlp.get_pipe("attribute_ruler"))
        self.memo: dict[tuple, tuple[int, ...]] = {}
        # by orth: how far (and what) patterns that may write to the word read around it
        self.reach: dict[int, Reach] = {}
        self.hits = 0  # sentences whose every token was in the memo
        self.runs = 0  # sentences with tokens the memo lacked (the components ran on those)

    @staticmethod
    def multi_token_targets(ruler) -> list[tuple[Callable[[str], bool], dict[int, set[int]]]]:
        """For each multi-token pattern: a test on a target's lower-cased text, and the
        columns its other tokens' specs read, by offset from the target."""
        tests = []
        for rule in ruler.patterns:
            index = rule.get("index", 0)
            for pattern in rule["patterns"]:
                if len(pattern) > 1:
                    at = index if index >= 0 else len(pattern) + index
                    reads: dict[int, set[int]] = {}
                    for k, spec in enumerate(pattern):
                        if k != at:
                            for attr in spec:
                                reads.setdefault(k - at, set()).update(
                                    READ_COLUMNS.get(str(attr).upper(), ALL_COLUMNS))
                    tests.append((lower_predicate(pattern[at]), reads))
        return tests

    def reach_of(self, orth: int, lower: str) -> Reach:
        found = self.reach.get(orth)
        if found is None:
            reads: dict[int, set[int]] = {}
            for test, pattern_reads in self.context_tests:
                if test(lower):
                    for offset, columns in pattern_reads.items():
                        reads.setdefault(offset, set()).update(columns)
            found = Reach(max(0, -min(reads)), max(0, max(reads)),
                          tuple((offset, tuple(sorted(cols))) for offset, cols
                                in sorted(reads.items()))) if reads else NO_REACH
            self.reach[orth] = found
        return found

    def keys(self, sdoc: Doc) -> tuple[list[tuple], list[tuple[int, int] | None]]:
        """Each token's memo key, and its window (first, end) when it has context."""
        cols = sdoc.to_array([ORTH, TAG, DEP, LOWER]).tolist()
        keys: list[tuple] = [(orth, tag, dep) for orth, tag, dep, _ in cols]
        windows: list[tuple[int, int] | None] = [None] * len(cols)
        reaches = self.reach
        for i, (orth, tag, dep, lower) in enumerate(cols):
            reach = reaches.get(orth)  # the string is looked up only for a new word
            if reach is None:
                reach = self.reach_of(orth, sdoc.vocab.strings[lower])
            if reach is NO_REACH:
                continue
            first, end = max(0, i - reach.left), min(len(cols), i + 1 + reach.right)
            read = tuple(tuple(cols[i + offset][c] for c in columns)
                         for offset, columns in reach.reads if first <= i + offset < end)
            keys[i] = (i - first, end - first, orth, tag, dep, read)
            windows[i] = (first, end)
        return keys, windows

    def apply(self, sdoc: Doc, part: numpy.ndarray) -> None:
        """Fill columns TAG, POS, MORPH, LEMMA, DEP of `part` (rows = sdoc's tokens, the
        tagger's and parser's output already there) as the two components would."""
        self.apply_many([(sdoc, part)])

    def apply_many(self, items: list[tuple[Doc, numpy.ndarray]]) -> None:
        """`apply` for many sentences at once: the context-free tokens the memo lacks, in
        all of them, go through the components together in one Doc (each key once), so the
        components' fixed cost per call is paid once a batch, not once a sentence."""
        memo = self.memo
        if len(memo) > MEMO_CAP:
            memo.clear()
        looked_up: list[tuple[numpy.ndarray, list[tuple], list]] = []
        free: dict[tuple, tuple[Doc, int]] = {}  # a missing key -> one token that has it
        windowed: dict[tuple, tuple[Doc, int, tuple[int, int]]] = {}
        for sdoc, part in items:
            keys, windows = self.keys(sdoc)
            found = list(map(memo.get, keys))
            missing = [i for i, row in enumerate(found) if row is None]
            if missing:
                self.runs += 1
            else:
                self.hits += 1
            for i in missing:
                if windows[i] is None:
                    free.setdefault(keys[i], (sdoc, i))
                else:
                    windowed.setdefault(keys[i], (sdoc, i, windows[i]))
            looked_up.append((part, keys, found))
        if free:
            rows = self.run_components(list(free.values()))
            for key, row in zip(free, rows, strict=True):
                memo[key] = tuple(row)
        for key, (sdoc, i, (first, end)) in windowed.items():
            rows = self.run_components([(sdoc, k) for k in range(first, end)])
            memo[key] = tuple(rows[i - first])
        for part, keys, found in looked_up:
            if found:
                part[:, :len(RULE_OUTPUT)] = [row if row is not None else memo[key]
                                              for row, key in zip(found, keys, strict=True)]

    def run_components(self, tokens: list[tuple[Doc, int]]) -> list[list[int]]:
        """The components' output for `tokens` (sentence Doc, index), run on a Doc of those
        tokens alone, each with its tag and dep (and its own head: no pattern reads heads).
        Only a window of one sentence's tokens may hold a pattern across tokens."""
        vocab = tokens[0][0].vocab
        words = Doc(vocab, words=[sdoc[i].text for sdoc, i in tokens],
                    spaces=[True] * len(tokens))
        columns: dict[int, numpy.ndarray] = {}  # id(sentence Doc) -> its TAG, DEP columns
        for sdoc, _ in tokens:
            if id(sdoc) not in columns:
                columns[id(sdoc)] = sdoc.to_array([TAG, DEP])
        analysis = numpy.zeros((len(tokens), 3), dtype="uint64")
        analysis[:, :2] = [columns[id(sdoc)][i] for sdoc, i in tokens]
        words.from_array([TAG, DEP, HEAD], analysis)
        for component in self.components:
            component(words)
        return words.to_array(RULE_OUTPUT).tolist()


@dataclass
class Plan:
    """One document on its way through the fast path."""

    doc: Doc
    spans: list[tuple[int, int]]
    array: numpy.ndarray
    todo: list[tuple[int, Doc]]  # (first token, sentence Doc) of the sentences to parse


class ParseStage:
    name = "parse"

    def __init__(self, config: CoderConfig, fast: bool = True, *,
                 chunk_chars: int = CHUNK_CHARS, memo_rules: bool = True):
        self.config = config
        self.nlp: Language = load_pipeline()
        self.fast = fast
        self.rules = RuleMemo(self.nlp) if memo_rules and all(
            name in self.nlp.pipe_names for name in RULE_COMPONENTS) else None
        self.ready: dict[int, tuple[Document, Plan]] = {}  # prepared by prepare()
        self.chunk_chars = chunk_chars
        self.free_forms, self.object_forms = candidate_forms(load_lexicon(config.dicts))
        for verbs, words in ((naming_verbs(), naming_criticism_words()),
                             (naming_verbs(), praise_words()),
                             ((verb for verb, _ in RULING_OUT), option_codes())):
            self.object_forms = with_verbs_needing(self.object_forms, self.free_forms,
                                                   verbs, words)
        self.free_ids = frozenset(map(get_string_id, self.free_forms))
        self.object_ids = {get_string_id(form): frozenset(map(get_string_id, objects))
                           for form, objects in self.object_forms.items()}
        # "The exchange is to take place": may state an act the sentence before agreed on;
        # "Lithuania did the same": repeats one (data/repeat_phrases.txt)
        self.happening_ids = [[frozenset(map(get_string_id, trigger_forms(phrase_word(w))))
                               for w in phrase.split()]
                              for phrase in happening_verbs() | read_words("repeat_phrases.txt")]

    def __call__(self, state: CodingState) -> None:
        text = state.document.text
        if not self.fast:
            state.doc = self.parse_in_chunks(state, text)
        else:
            state.doc = self.parse_candidates(text, state)
        state.count("sentences", sum(1 for _ in state.doc.sents))

    def is_candidate(self, span: Span) -> bool:
        lowers = span.doc.to_array([LOWER])[span.start:span.end].tolist()
        return self.is_candidate_words(set(lowers), len(span.text))

    def is_candidate_words(self, words: set[int], chars: int) -> bool:
        """`words`: the string ids of a sentence's lower-cased tokens; `chars`: its length.
        (Ids, not strings: no Token objects are made for the many sentences checked.)"""
        if chars > self.config.limits.max_sentence_chars:
            return False  # skipped by the event stage anyway
        if not words.isdisjoint(self.free_ids):
            return True
        if any(all(not forms.isdisjoint(words) for forms in phrase)
               for phrase in self.happening_ids):
            return True
        needs = self.object_ids
        return any(not needs[w].isdisjoint(words) for w in words if w in needs)

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
        prepared = self.ready.pop(id(state.document), None)
        if prepared is not None and prepared[0] is state.document:
            plan = prepared[1]
        else:
            plan = self.plan(text, state)
            self.analyse([plan], self.parse(plan.todo), state)
        state.count("sentences_parsed", len(plan.todo))
        state.count("sentences_unparsed", len(plan.spans) - len(plan.todo))
        plan.doc.from_array(ANALYSIS + [SENT_START], plan.array)
        return plan.doc

    def plan(self, text: str, state: CodingState) -> Plan:
        """Tokens, rule sentences, the placeholder analysis of the sentences not to parse,
        and the sentence Docs to parse."""
        # The tokenizer alone (make_doc would refuse texts over spaCy's max_length, a guard
        # for the parser, which here only ever sees one sentence at a time).
        doc = self.nlp.tokenizer(text)
        columns = TokenColumns.of(doc)
        spans = rule_sentences(doc, columns, text)
        check_sentences(state, len(spans))
        array = numpy.zeros((len(doc), len(ANALYSIS) + 1), dtype="uint64")
        placeholder = self.placeholder
        norms = doc.to_array([NORM])
        lowers = columns.lowers
        idx = doc.to_array([IDX]).tolist()
        todo: list[tuple[int, Doc]] = []
        for start, end in spans:
            chars = idx[end - 1] + len(columns.words[end - 1]) - idx[start]  # len(span.text)
            if self.is_candidate_words(set(lowers[start:end]), chars):
                todo.append((start, sentence_doc(doc, start, end, norms, columns)))
            else:
                self.fill_placeholder(array, start, end, lowers, placeholder)
        return Plan(doc, spans, array, todo)

    def parse(self, todo: list[tuple[int, Doc]]) -> Iterator[Doc]:
        skip = RULE_COMPONENTS if self.rules is not None else ()
        return self.nlp.pipe((d for _, d in todo), batch_size=BATCH_SENTENCES,
                             disable=list(skip))

    def analyse(self, plans: list[Plan], parsed: Iterator[Doc],
                state: CodingState | None) -> None:
        """Copy the analysis of the parsed sentences (the next Docs of `parsed`, the plans'
        sentences in order) into each plan's array; the memo fills the rule columns of all
        of them in one go."""
        done: list[tuple[Plan, int, Doc, numpy.ndarray]] = []
        for plan in plans:
            for start, _ in plan.todo:
                sdoc = next(parsed)
                if state is not None:
                    state.check_time(f"while parsing (at character {plan.doc[start].idx})")
                done.append((plan, start, sdoc, sdoc.to_array(ANALYSIS + [SENT_START])))
        if self.rules is not None:
            self.rules.apply_many([(sdoc, part) for _, _, sdoc, part in done])
        for plan, start, sdoc, part in done:
            plan.array[start:start + len(sdoc)] = part

    def prepare(self, documents: list[Document]) -> None:
        """Parse the candidate sentences of several documents in one `nlp.pipe` stream
        (spaCy is about a third faster on batches of 64 sentences than on one article's
        eight or ten); the stage then picks each document's analysis up when it is coded.

        Documents that are over a limit, or long enough to need the per-sentence time
        check, are left alone: they are parsed when coded, where their error is raised."""
        if not self.fast:
            return
        plans: list[tuple[Document, Plan]] = []
        for document in documents:
            if len(document.text) > PREPARE_MAX_CHARS:
                continue
            state = CodingState(document=document, config=self.config)
            try:
                state.check_text()
                plans.append((document, self.plan(document.text, state)))
            except Exception:  # noqa: BLE001 - coded alone later, where it is reported
                continue
        parsed = iter(self.parse([item for _, plan in plans for item in plan.todo]))
        try:
            self.analyse([plan for _, plan in plans], parsed, None)
            for document, plan in plans:
                self.ready[id(document)] = (document, plan)
        except Exception:  # noqa: BLE001 - the group falls back to one document at a time
            self.forget()

    def forget(self) -> None:
        """Drop prepared analyses not picked up (a document that failed before parsing)."""
        self.ready.clear()

    @property
    def placeholder(self) -> dict[str, int]:
        strings = self.nlp.vocab.strings
        return {"tag": strings.add("XX"), "dep": strings.add("dep"), "root": strings.add("ROOT"),
                "morph": strings.add("")}

    @staticmethod
    def fill_placeholder(array: numpy.ndarray, start: int, end: int, lowers: list[int],
                         codes: dict[str, int]) -> None:
        """A flat analysis: every token hangs off the sentence's first token. (The lemma is
        the lower-cased text, whose string the vocabulary holds already.)"""
        rows = array[start:end]
        rows[:, 0] = codes["tag"]
        rows[:, 1] = POS_X
        rows[:, 2] = codes["morph"]
        rows[:, 3] = lowers[start:end]
        rows[:, 4] = codes["dep"]
        rows[0, 4] = codes["root"]
        # relative head offset, as spaCy stores it: negative values as two's complement
        rows[:, 5] = (-numpy.arange(end - start, dtype=numpy.int64)).view(numpy.uint64)
        rows[:, 6] = WRAP - 1
        rows[0, 6] = 1
