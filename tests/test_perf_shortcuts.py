"""Speed shortcuts in the rule stages give exactly what the plain forms they replaced give.

Each test keeps the plain form as the reference and compares on the team's texts (the
frozen gold half is only run, never read: only equality is checked) and on edge cases.
"""

from __future__ import annotations

import re

from support import EXAMPLES, ROOT

GOLD = ROOT / "tests" / "gold" / "dev"


def team_sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8")
             for p in sorted(GOLD.rglob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))]
    return [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s.strip()]


def test_one_dyad_phrase_search_answers_as_one_search_per_phrase():
    from dyadwatch.actors.context import _phrase_pattern, dyad_phrases, names_both_sides
    from dyadwatch.tables import read_tsv

    phrases = [r["phrase"].lower() for r in read_tsv("dyad_phrases.tsv")]
    # each phrase's own pattern ("the two neighbours" also matches "the two Central Asian
    # neighbours")
    each = [re.compile(_phrase_pattern(p)) for p in phrases]
    texts = team_sentences()
    texts += [f"Talks between {p} resumed." for p in phrases]  # every phrase once
    texts += [f"Talks between {p}s resumed." for p in phrases]  # not a whole word
    texts += [p.upper() for p in phrases] + ["", "both", "the two", "BOTH SIDES agreed"]
    assert dyad_phrases().pattern.count("|") >= len(phrases) - 1
    got = [names_both_sides(t) for t in texts]
    assert got == [any(p.search(t.lower()) for p in each) for t in texts]
    assert 0 < sum(got) < len(got)


def _token_fix_model_slips(doc) -> None:
    """fix_model_slips written token by token (the form the array version replaced)."""
    from dyadwatch.nlp.repair import lemma_fixes

    fixes = lemma_fixes()
    for tok in doc:
        right = fixes.get(tok.lower_)
        if right is not None:
            tok.lemma_ = right
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and any(c.dep_ == "dobj"
                                                            for c in tok.children):
            tok.pos_, tok.tag_ = "VERB", "VB"
        elif tok.tag_ == "JJ" and tok.lower_.endswith("ed") and all(
                any(c.dep_ == dep for c in tok.children) for dep in ("dobj", "nsubj")):
            tok.pos_, tok.tag_ = "VERB", "VBD"


def test_model_slips_fixed_from_arrays_as_token_by_token():
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.repair import fix_model_slips, lemma_fixes

    nlp = load_pipeline()
    texts = [" ".join(team_sentences()[k:k + 40]) for k in range(0, 400, 40)]
    texts += [f"The army {form} a raid and is due to host talks." for form in lemma_fixes()]
    texts += ["", "Talks.", "They plan to host the envoy and stage a drill.",
              "French Foreign Minister Jean-Yves Le Drian qualified on Friday the authorities "
              "of the transition as illegitimate."]
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    changed = 0
    for doc in nlp.pipe(texts):
        other = doc.copy()
        before = doc.to_array(attrs).tobytes()
        fix_model_slips(doc)
        _token_fix_model_slips(other)
        assert doc.to_array(attrs).tobytes() == other.to_array(attrs).tobytes(), doc.text[:60]
        changed += doc.to_array(attrs).tobytes() != before
    assert changed >= len(lemma_fixes())  # the fixes did apply


def test_text_start_begins_as_the_whole_text():
    from dyadwatch.actors.stage import text_start
    from dyadwatch.nlp.model import load_pipeline

    nlp = load_pipeline()
    for text in ["", "Paris", "MOSCOW, May 3 - Russia warned. " * 20, "  \n\nA  b\tc " * 40]:
        doc = nlp.make_doc(text)
        start = text_start(doc, 120)
        assert doc.text.startswith(start)
        assert len(start) >= min(120, len(doc.text))
