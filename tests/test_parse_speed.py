"""The parse stage's speed paths give exactly the records of the plain path.

Fast path = rule-component memo (RuleMemo) + candidate sentences of many documents parsed in
one nlp.pipe stream (Coder.code_many -> ParseStage.prepare). Reference = each document coded
alone, attribute_ruler and lemmatizer run on every parsed sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support import EXAMPLES, ROOT

from dyadwatch.config import CoderConfig, Limits
from dyadwatch.errors import LimitExceeded
from dyadwatch.pipeline import Coder, default_stages
from dyadwatch.read.document import Document

GOLD = ROOT / "tests" / "gold" / "dev"


def coder_pair(config: CoderConfig) -> tuple[Coder, Coder]:
    from dyadwatch.nlp.stage import ParseStage

    rest = default_stages(config)[1:]
    return (Coder(config, [ParseStage(config), *rest]),
            Coder(config, [ParseStage(config, memo_rules=False), *rest]))


def texts(shared: Path | None) -> list[Document]:
    # The frozen gold half is coded here (never read or tuned on): only equality is checked.
    paths = sorted((GOLD / "tune").glob("*.txt")) + sorted((GOLD / "frozen").glob("*.txt"))
    paths += sorted(EXAMPLES.glob("*.txt"))
    if shared is not None:
        paths += sorted((shared / "seed").glob("*.txt"))
    return [Document(doc_id=p.stem, text=p.read_text(encoding="utf-8"), pub_date="2025-07-03")
            for p in paths]


def test_fast_paths_give_identical_records():
    from support import SHARED

    shared = SHARED if SHARED.is_dir() else None
    docs = texts(shared)
    assert len(docs) >= 10
    fast, reference = coder_pair(CoderConfig())
    got = [[r.model_dump() for r in records] for _, records in fast.code_many(docs, group=8)]
    want = [[r.model_dump() for r in reference.code(d)] for d in docs]
    assert sum(map(len, want)) > 50  # the texts do hold events
    for doc, a, b in zip(docs, got, want, strict=True):
        assert {r["event_id"] for r in a} == {r["event_id"] for r in b}, doc.doc_id
        assert a == b, doc.doc_id
    rules = fast.stages[0].rules
    assert rules.hits > 0 and rules.runs > 0  # both branches of the memo were taken
    if shared is None:
        pytest.skip("../shared is absent: the seed article was not compared")


def test_rule_memo_matches_the_real_components_on_context_patterns():
    """Tokens written by the attribute ruler's two-token patterns ("gon na", "let 's",
    expletive "there are") get the analysis the real components give them, whether the
    memo saw the word before in another context or not."""
    import numpy
    from spacy.attrs import SENT_START

    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.stage import ANALYSIS, RULE_COMPONENTS, RuleMemo

    nlp = load_pipeline()
    memo = RuleMemo(nlp)
    sentences = ["They are talks.", "There are talks.", "They are talks.",
                 "We are gon na talk.", "They gon na fight.", "Let 's meet in Paris.",
                 "Let us go.", "There are talks.", "Talks are planned.", "There are talks.",
                 "We are gon na talk.", "Are there talks?", "There 's a deal.",
                 "They 're here and there are more.", "Gon na win.", "Talks are there.",
                 "Let 's go.", "There are talks",
                 # the same neighbour dep under other words, and other deps before "are"
                 "Now there are talks.", "And there were talks.", "So here are the talks.",
                 "Where are the talks?", "These are talks.", "Here there are talks.",
                 "Y' all are gon na talk.", "Y all are here.", "It ai n't over.",
                 "We got ta go.", "C'm on, let 's go."]
    for text in sentences:
        bare = nlp(text, disable=list(RULE_COMPONENTS))
        part = bare.to_array(ANALYSIS + [SENT_START])
        memo.apply(bare, part)
        full = nlp(text)
        assert numpy.array_equal(part, full.to_array(ANALYSIS + [SENT_START])), text
    assert memo.hits >= 2  # the repeated sentences came from the memo
    assert memo.runs > 0


def test_prepare_leaves_documents_over_a_limit_to_raise_when_coded():
    config = CoderConfig(limits=Limits(max_sentences=3))
    fast, _ = coder_pair(config)
    ok = Document(doc_id="ok", text="Austria expelled a Russian diplomat on Friday.")
    big = Document(doc_id="big", text=" ".join(["France condemned Iran."] * 5))
    results = fast.code_many([ok, big])
    first, records = next(results)
    assert first is ok and records
    with pytest.raises(LimitExceeded, match="over 3 sentences"):
        next(results)
    assert not fast.stages[0].ready  # nothing prepared is left behind


def test_a_bad_document_in_a_group_fails_alone(coder):
    from dyadwatch.errors import InputError

    ok = Document(doc_id="ok", text="Austria expelled a Russian diplomat on Friday.")
    bad = Document(doc_id="bad", text="Iran condemned Israel. \ud800")
    results = coder.code_many([bad, ok])
    with pytest.raises(InputError, match="lone surrogate"):
        next(results)
    assert not coder.stages[0].ready  # the group's prepared analyses were dropped
    assert [r.cameo for _, records in coder.code_many([ok]) for r in records]


def test_numpy_matmul_gives_the_analysis_blis_gives():
    """load_pipeline runs the networks' products through numpy with one BLAS thread
    (nlp.model.use_numpy_matmul); the tags, heads, labels and lemmas must be those of
    thinc's default BLIS products, on whole texts and on single sentences."""
    from spacy.attrs import DEP, HEAD, LEMMA, SENT_START, TAG
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_info

    from dyadwatch.nlp.model import load_pipeline

    nlp = load_pipeline()
    tok2vec = nlp.get_pipe("tok2vec").model
    assert isinstance(tok2vec.ops, NumpyOps) and not tok2vec.ops.use_blis
    assert all(lib["num_threads"] == 1 for lib in threadpool_info() if lib["user_api"] == "blas")
    paths = sorted((GOLD / "tune").glob("*.txt")) + sorted((GOLD / "tune2").glob("*.txt"))
    paths += sorted(EXAMPLES.glob("*.txt"))
    whole = [p.read_text(encoding="utf-8") for p in paths]
    sentences = [s for text in whole for s in re.split(r"(?<=[.!?])\s+", text) if s]
    attrs = [TAG, HEAD, DEP, LEMMA, SENT_START]

    def analyses() -> list[bytes]:
        return [d.to_array(attrs).tobytes() for d in nlp.pipe(whole + sentences, batch_size=64)]

    numpy_out = analyses()
    nodes = [node for _, pipe in nlp.pipeline if getattr(pipe, "model", None) is not None
             for node in pipe.model.walk()]
    saved = [node.ops for node in nodes]
    blis = NumpyOps(use_blis=True)
    try:
        for node in nodes:
            node.ops = blis
        blis_out = analyses()
    finally:
        for node, ops in zip(nodes, saved, strict=True):
            node.ops = ops
    assert len(numpy_out) > 200
    assert numpy_out == blis_out


def _token_rule_sentences(doc) -> list[tuple[int, int]]:
    """The sentence splitter written token by token (the form the column version replaced):
    the reference for test_sentence_columns_match_the_token_reference."""
    from dyadwatch.nlp.stage import CLOSERS, SENTENCE_END, platform_end, split_dateline

    spans, start, n, i = [], 0, len(doc), 0
    while i < n:
        tok = doc[i]
        end_here = False
        if tok.is_space and "\n\n" in tok.text or tok.text.count("\n") >= 2:
            end_here = True
        elif tok.text in SENTENCE_END or "\n\n" in tok.whitespace_ or platform_end(doc, i):
            while i + 1 < n and (doc[i + 1].text in CLOSERS or doc[i + 1].text in SENTENCE_END):
                i += 1
            nxt = doc[i + 1] if i + 1 < n else None
            end_here = nxt is None or nxt.is_space or nxt.is_title or not nxt.is_alpha or (
                "\n" in doc[i].whitespace_)
        if end_here:
            while i + 1 < n and doc[i + 1].is_space:
                i += 1
            spans.append((start, i + 1))
            start = i + 1
        i += 1
    if start < n:
        spans.append((start, n))
    return split_dateline(doc, [s for s in spans if s[1] > s[0]], doc.text)


def test_sentence_columns_match_the_token_reference():
    """rule_sentences, sentence_doc and the placeholder analysis read token columns off the
    Doc's arrays; they must give what reading Token objects gives, on every team text and
    on edge cases (quotes after the stop, "on X.", blank lines, a dateline, a bare stop)."""
    import numpy
    from spacy.attrs import NORM
    from spacy.symbols import X as POS_X

    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.stage import (
        ANALYSIS,
        WRAP,
        ParseStage,
        TokenColumns,
        rule_sentences,
        sentence_doc,
    )

    nlp = load_pipeline()
    paths = sorted(GOLD.rglob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    texts_ = [p.read_text(encoding="utf-8") for p in paths]
    texts_ += ['He said: "We will respond." Then he left.', "Wrote on X. Tokyo replied.",
               "A.\n\n\nB c!  \n d? (e.) f", "MOSCOW, May 3 - Russia warned Ukraine. Kyiv",
               ".", "", "   ", "It ended ...\n\nNext one”  Then"]
    codes = {"tag": 11, "dep": 22, "root": 33, "morph": 44}
    for text in texts_:
        doc = nlp.tokenizer(text)
        columns = TokenColumns.of(doc)
        spans = rule_sentences(doc, columns, text)
        assert spans == _token_rule_sentences(doc), text[:60]
        norms = doc.to_array([NORM])
        array = numpy.zeros((len(doc), len(ANALYSIS) + 1), dtype="uint64")
        for start, end in spans:
            sdoc = sentence_doc(doc, start, end, norms, columns)
            assert sdoc.text == doc[start:end].text_with_ws
            assert [t.whitespace_ for t in sdoc] == [t.whitespace_ for t in doc[start:end]]
            ParseStage.fill_placeholder(array, start, end, columns.lowers, codes)
            for i in range(start, end):
                first = i == start
                assert array[i].tolist() == [
                    11, POS_X, 44, doc.vocab.strings.add(doc[i].lower_), 33 if first else 22,
                    (start - i) % WRAP, 1 if first else WRAP - 1]


def test_lemma_index_sets_give_the_lemmas_of_the_shipped_lists():
    """load_pipeline holds the lemmatizer's lemma_index as sets (nlp.model.
    index_lemma_tables); with the lists the model ships, every lemma must be the same."""
    from spacy.attrs import LEMMA

    from dyadwatch.nlp.model import load_pipeline

    nlp = load_pipeline()
    lemmatizer = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    assert table and all(isinstance(v, frozenset) for v in table.values())
    # (the frozen gold half is parsed here, never read: only equality is checked)
    paths = sorted(GOLD.rglob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    texts_ = [p.read_text(encoding="utf-8") for p in paths]

    def lemmas() -> list[list[int]]:
        lemmatizer.cache.clear()
        return [d.to_array([LEMMA]).tolist() for d in nlp.pipe(texts_)]

    with_sets = lemmas()
    saved = dict(table.items())
    try:
        for key, words in saved.items():
            table[key] = sorted(words)
        with_lists = lemmas()
    finally:
        for key, words in saved.items():
            table[key] = words
        lemmatizer.cache.clear()
    assert sum(map(len, with_sets)) > 20_000
    assert with_sets == with_lists


def test_rule_memo_keys_hold_what_two_token_patterns_read_of_neighbours():
    """Hand-made analyses where only the neighbour's dep (expletive "there") or its text
    ("let" before "'s") differs: the memo must not hand one the other's output."""
    import numpy
    from spacy.attrs import SENT_START
    from spacy.tokens import Doc

    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.stage import ANALYSIS, RULE_COMPONENTS, RuleMemo

    nlp = load_pipeline()
    memo = RuleMemo(nlp)
    cases = [  # (words, tags, deps); heads: every token on the first
        (["there", "are"], ["EX", "VBP"], ["expl", "aux"]),
        (["there", "are"], ["EX", "VBP"], ["nsubj", "aux"]),
        (["there", "are"], ["EX", "VBP"], ["expl", "aux"]),
        (["then", "are"], ["RB", "VBP"], ["expl", "aux"]),
        (["let", "'s"], ["VB", "PRP"], ["ROOT", "nsubj"]),
        (["get", "'s"], ["VB", "PRP"], ["ROOT", "nsubj"]),
        (["let", "'s"], ["VB", "PRP"], ["ROOT", "nsubj"]),
        (["gon", "na"], ["VBG", "TO"], ["ROOT", "aux"]),
        (["gone", "na"], ["VBG", "TO"], ["ROOT", "aux"]),
    ]
    def build(words: list[str], tags: list[str], deps: list[str]) -> Doc:
        return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words),
                   sent_starts=[True] + [False] * (len(words) - 1))

    outputs = []
    for words, tags, deps in cases:
        bare = build(words, tags, deps)
        part = bare.to_array(ANALYSIS + [SENT_START])
        memo.apply(bare, part)
        full = build(words, tags, deps)
        for name in RULE_COMPONENTS:
            nlp.get_pipe(name)(full)
        want = full.to_array(ANALYSIS + [SENT_START])
        assert numpy.array_equal(part, want), words
        outputs.append(want.tobytes())
    assert outputs[0] != outputs[1]  # the cases do tell the patterns apart
    assert memo.hits >= 2
