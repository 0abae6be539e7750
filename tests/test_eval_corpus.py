"""The benchmark corpus builder and the doc writer of the benchmark scripts."""

from __future__ import annotations

import random
import re

from benchmarks.corpus import (
    build_corpus,
    corpus_stats,
    shift_dates,
    source_texts,
    swap_countries,
)
from benchmarks.report import END, START, write_generated


def test_corpus_is_varied_and_deterministic():
    docs = build_corpus(n=60, seed=3)
    again = build_corpus(n=60, seed=3)
    assert [d.text for d in docs] == [d.text for d in again]
    assert len({d.doc_id for d in docs}) == 60
    stats = corpus_stats(docs, len(source_texts()))
    assert stats.distinct >= 40  # recombination and swaps make most texts distinct
    assert 5 < stats.mean_sentence_words < 60
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.pub_date) for d in docs)


def test_shift_dates_keeps_dates_valid():
    text = "On December 31, 2024, talks failed; in February 2025 they resumed."
    shifted = shift_dates(text, years=1, months=2)
    assert shifted == "On February 28, 2025, talks failed; in April 2026 they resumed."


def test_swap_countries_is_consistent_within_a_text():
    text = "Russia; Azerbaijan|Russia; Azerbaijan"
    changed = 0
    for seed in range(5):
        swapped = swap_countries(text, random.Random(seed))
        first, second = swapped.split("|")
        assert first == second
        changed += first != "Russia; Azerbaijan"
    assert changed  # some seeds do swap


def test_write_generated_keeps_prose(tmp_path):
    doc = tmp_path / "doc.md"
    write_generated(doc, "Title", "first figures")
    assert doc.read_text().startswith("# Title")
    doc.write_text(doc.read_text().replace("# Title", "# Title\n\nHand-written prose."))
    write_generated(doc, "Title", "second figures")
    text = doc.read_text()
    assert "Hand-written prose." in text and "second figures" in text
    assert "first figures" not in text and text.count(START) == 1 and text.count(END) == 1


def test_corpus_leaves_the_held_out_gold_out(tmp_path):
    (tmp_path / "frozen").mkdir()
    (tmp_path / "frozen" / "f.txt").write_text("Held-out body.", encoding="utf-8")
    (tmp_path / "tune").mkdir()
    (tmp_path / "tune" / "t.txt").write_text("Tuning body.", encoding="utf-8")
    assert source_texts([tmp_path]) == ["Tuning body."]
