"""Where the parse stage's CPU goes, and whether more sentences could skip the parse.

    python benchmarks/parse_budget.py components --n 300   # CPU per article by component
    python benchmarks/parse_budget.py gating --n 150       # what leaving sentences unparsed does

`components`: the candidate sentences of the first N benchmark articles (the ones the fast
path parses) through tok2vec, then + tagger, + parser, + attribute_ruler, + lemmatizer, each
leg the best of two interleaved runs, in CPU milliseconds per article; then the rule memo
(`RuleMemo`) that stands in for the last two components, starting empty and once full.

`gating`: each article is coded as usual, then again with its parsed sentences that gave no
event left unparsed (the placeholder analysis unparsed sentences get); an article whose
records change shows that another sentence's coding read that parse, so no test made before
the parse could have skipped it without changing records. The same with only the sentences
in which no trigger site is found after the parse.

Figures are CPU time of this one process (time.process_time), the least disturbed by other
jobs on a shared machine; compare legs of the same run only, and use a few hundred articles:
with a few dozen, a cheap component's share is within the noise (it can even come out
negative).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from spacy.attrs import LOWER, SENT_START  # noqa: E402

from benchmarks.corpus import build_corpus  # noqa: E402
from dyadwatch.config import CoderConfig  # noqa: E402
from dyadwatch.events.extract import sentence_sites  # noqa: E402
from dyadwatch.nlp.stage import (  # noqa: E402
    ANALYSIS,
    BATCH_SENTENCES,
    RULE_COMPONENTS,
    ParseStage,
    Plan,
    RuleMemo,
)
from dyadwatch.pipeline import Coder, CodingState, default_stages  # noqa: E402
from dyadwatch.read.document import Document  # noqa: E402


def plans_of(stage: ParseStage, docs: list[Document]) -> list[Plan]:
    return [stage.plan(d.text, CodingState(document=d, config=stage.config)) for d in docs]


def components(docs: list[Document]) -> None:
    stage = ParseStage(CoderConfig())
    nlp = stage.nlp
    sentences = [sdoc for plan in plans_of(stage, docs) for _, sdoc in plan.todo]
    print(f"{len(docs)} articles, {len(sentences)} candidate sentences "
          f"({sum(map(len, sentences)):,} tokens)")
    names = nlp.pipe_names
    best: dict[int, float] = {}
    for _ in range(2):
        for upto in range(1, len(names) + 1):
            fresh = [sdoc.copy() for sdoc in sentences]
            gc.collect()
            started = time.process_time()
            for _ in nlp.pipe(fresh, batch_size=BATCH_SENTENCES, disable=names[upto:]):
                pass
            spent = time.process_time() - started
            best[upto] = min(best.get(upto, spent), spent)
    before = 0.0
    for upto in sorted(best):
        print(f"  + {names[upto - 1]:16s} {ms_per(best[upto] - before, docs):6.2f} ms/article"
              f"   (cumulative {ms_per(best[upto], docs):6.2f})")
        before = best[upto]
    parsed = list(nlp.pipe(sentences, batch_size=BATCH_SENTENCES,
                           disable=list(RULE_COMPONENTS)))
    memo = RuleMemo(nlp)
    for label in ("empty", "full"):
        items = [(sdoc, sdoc.to_array(ANALYSIS + [SENT_START])) for sdoc in parsed]
        gc.collect()  # the legs above left garbage whose collection is no memo cost
        started = time.process_time()
        for at in range(0, len(items), 4 * BATCH_SENTENCES):  # about a code_many group
            memo.apply_many(items[at:at + 4 * BATCH_SENTENCES])
        print(f"  rule memo, {label:5s}      {ms_per(time.process_time() - started, docs):6.2f}"
              f" ms/article ({len(memo.memo):,} entries)")


class SkippingParse(ParseStage):
    """The fast parse stage, leaving the sentences starting at `skip` unparsed too."""

    skip: frozenset[int] = frozenset()

    def plan(self, text: str, state: CodingState) -> Plan:
        plan = super().plan(text, state)
        lowers = plan.doc.to_array([LOWER]).tolist()
        kept = []
        for start, sdoc in plan.todo:
            if start in self.skip:
                self.fill_placeholder(plan.array, start, start + len(sdoc), lowers,
                                      self.placeholder)
            else:
                kept.append((start, sdoc))
        plan.todo = kept
        return plan


def gating(docs: list[Document]) -> None:
    config = CoderConfig()
    stage = SkippingParse(config)
    coder = Coder(config, [stage, *default_stages(config)[1:]])
    lexicon = next(s for s in coder.stages if s.name == "events").lexicon
    counts: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    for doc in docs:
        stage.skip = frozenset()
        state = coder.run(doc)
        records = [r.model_dump() for r in state.records]
        with_events = {e.sent_index for e in state.events}
        no_event: list[int] = []
        no_site: list[int] = []
        for index, sent in enumerate(state.doc.sents):
            if all(t.pos_ == "X" for t in sent):
                continue  # left unparsed already
            counts["parsed"] += 1
            if index in with_events:
                counts["parsed, with an event"] += 1
                continue
            no_event.append(sent.start)
            if not sentence_sites(lexicon, sent, state):
                no_site.append(sent.start)
        counts["parsed, no event"] += len(no_event)
        counts["parsed, no event, no trigger site"] += len(no_site)
        for label, skip in (("no event", no_event), ("no trigger site", no_site)):
            stage.skip = frozenset(skip)
            if skip and [r.model_dump() for r in coder.run(doc).records] != records:
                changed[label] += 1
    print(f"{len(docs)} articles")
    for key, n in counts.items():
        print(f"  {key:36s} {n:6,}")
    for label in ("no event", "no trigger site"):
        print(f"  leaving the '{label}' sentences unparsed changes the records of "
              f"{changed[label]} articles")


def ms_per(seconds: float, docs: list[Document]) -> float:
    return 1000 * seconds / len(docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=("components", "gating"))
    ap.add_argument("--n", type=int, default=300, help="first N articles of the corpus")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    docs = build_corpus(n=2000, seed=args.seed)[:args.n]  # the throughput benchmark's articles
    (components if args.what == "components" else gating)(docs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
