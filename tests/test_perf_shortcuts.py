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
    from dyadwatch.actors.context import dyad_phrases, names_both_sides
    from dyadwatch.tables import read_tsv

    phrases = [r["phrase"].lower() for r in read_tsv("dyad_phrases.tsv")]
    each = [re.compile(r"\b" + re.escape(p) + r"\b") for p in phrases]
    texts = team_sentences()
    texts += [f"Talks between {p} resumed." for p in phrases]  # every phrase once
    texts += [f"Talks between {p}s resumed." for p in phrases]  # not a whole word
    texts += [p.upper() for p in phrases] + ["", "both", "the two", "BOTH SIDES agreed"]
    assert dyad_phrases().pattern.count("|") >= len(phrases) - 1
    got = [names_both_sides(t) for t in texts]
    assert got == [any(p.search(t.lower()) for p in each) for t in texts]
    assert 0 < sum(got) < len(got)
