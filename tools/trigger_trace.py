"""Why a gold event has no prediction in its sentence: no trigger site, or a site dropped.

    python tools/trigger_trace.py GOLD_DIR [--all-modalities] [--summary]

For every gold event (asserted ones unless --all-modalities) whose evidence sentence holds no
record of the coder, the sentence is classed by what the event stage did with it:

  A unparsed           the parse stage's cheap pre-filter found no trigger form in it
  B no site            parsed, but the lexicon recognised no word of it
  C no site of root    sites were found, none of the gold event's CAMEO root
  D dropped by keep    a site of the gold root was found and dropped by `keep` (mostly an
                       actor left unresolved: pronoun, agentless act, unknown name)
  E dropped later      a site of the gold root was kept and dropped after (statement
                       settling, dedup, interstate filter)

A and B (and C, where the gold code is a material or verbal act with its own word) are
lexicon work; D and E are actor and settling work. Each listed sentence shows its sites
(text, lemma, part of speech, code), what `keep` said of each (code, source and target
countries, kept) and the records drafted; B lists the parse too.
"""

from __future__ import annotations

import argparse
from collections import Counter

import dyadwatch.events.sentence as sentence_module
import dyadwatch.events.stage as stage_module
from dyadwatch.evaluation.gold import find_gold, read_article
from dyadwatch.evaluation.scoring import sentence_words, sentences_overlap
from dyadwatch.nlp.stage import UNPARSED_POS
from dyadwatch.pipeline import Coder

TRACE: dict[int, dict[str, list]] = {}  # sentence start -> what the event stage did


def _entry(start: int) -> dict[str, list]:
    return TRACE.setdefault(start, {"sites": [], "keep": [], "drafts": []})


def install() -> None:
    """Wrap the three steps of `code_sentence` that tell the classes apart."""
    find, keep, code = (sentence_module.sentence_sites, sentence_module.keep,
                        stage_module.code_sentence)

    def traced_sites(lexicon, sent, state=None):
        out = find(lexicon, sent, state)
        _entry(sent.start)["sites"] = [(t.text, t.lemma_, t.pos_, e.cameo) for t, e in out]
        return out

    def traced_keep(state, site):
        kept = keep(state, site)
        _entry(site.token.sent.start)["keep"].append(
            (site.token.text, site.code, [m.country for m in site.source],
             [m.country for m in site.target], kept))
        return kept

    def traced_code(state, lexicon, sent, index, memory=None):
        out = code(state, lexicon, sent, index, memory)
        _entry(sent.start)["drafts"] = [
            (e.cameo, [m.country for m in e.source], [m.country for m in e.target]) for e in out]
        return out

    sentence_module.sentence_sites = traced_sites
    sentence_module.keep = traced_keep
    stage_module.code_sentence = traced_code


def classify(gold: dict, sent, info: dict[str, list] | None) -> str:
    root = str(gold.get("cameo", ""))[:2]
    if info is None:
        parsed = any(t.pos_ != UNPARSED_POS for t in sent)
        return "B no site" if parsed else "A unparsed"
    codes = [s[3] for s in info["sites"]] + [k[1] for k in info["keep"]]
    if not codes:
        return "B no site"
    if not any(c[:2] == root for c in codes):
        return "C no site of root"
    if not any(k[-1] for k in info["keep"] if k[1][:2] == root):
        return "D dropped by keep"
    return "E dropped later"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir")
    ap.add_argument("--all-modalities", action="store_true")
    ap.add_argument("--summary", action="store_true", help="print the counts only")
    args = ap.parse_args()
    install()
    coder = Coder()
    counts: Counter[str] = Counter()
    for doc in find_gold(args.gold_dir):
        if doc.text_path is None:
            continue
        TRACE.clear()
        state = coder.run(read_article(doc.text_path, doc.doc_id))
        records = [r.to_dict() for r in state.records]
        sents = list(state.doc.sents)
        for gold in doc.events:
            if gold.get("modality") != "asserted" and not args.all_modalities:
                continue
            if any(sentences_overlap(r.get("sentence"), gold["sentence"]) for r in records):
                continue
            words = sentence_words(gold["sentence"])
            near = [s for s in sents if sentences_overlap(s.text, gold["sentence"])]
            if not near:
                counts["sentence not found"] += 1
                continue
            sent = max(near, key=lambda s: len(sentence_words(s.text) & words))
            info = TRACE.get(sent.start)
            cls = classify(gold, sent, info)
            counts[cls] += 1
            if args.summary:
                continue
            print(f"## {doc.key} {cls} | gold {gold.get('source')} {gold.get('target')} "
                  f"{gold.get('cameo')} | {sent.text[:300]}")
            if info is not None:
                for name in ("sites", "keep", "drafts"):
                    print(f"   {name}: {info[name]}")
            if cls.startswith("B"):
                print("   parse: " + " ".join(f"{t.text}/{t.lemma_}/{t.pos_}/{t.dep_}"
                                             for t in sent))
    for name, n in sorted(counts.items()):
        print(f"{n:4d} {name}")


if __name__ == "__main__":
    main()
