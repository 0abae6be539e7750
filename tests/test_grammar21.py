"""A measure that takes effect from a day after publication (session 21, brief grammar21):
each rule shown by sentences of its own in several phrasings (none is a development-set
sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded

# (text, publication date, source country, date, modality): a measure taking effect from a
# day after publication is still to come, on that coming day (not the same day a year before)
COMING = [
    ("President Trump signed an order raising tariffs on Indian goods to 50% from Aug 6.",
     "2025-07-31", "USA", "2025-08-06", "future"),
    ("Ottawa imposed a 25% surtax on Chinese steel from 9 December.", "2024-11-28", "CAN",
     "2024-12-09", "future"),
    # a start before publication stays a done act of that day
    ("Ukraine banned imports of Russian goods from July 15.", "2025-07-31", "UKR",
     "2025-07-15", "asserted"),
]


@pytest.mark.parametrize(("text", "pub", "source", "day", "modality"), COMING)
def test_coming_start(coder, text: str, pub: str, source: str, day: str,
                      modality: str) -> None:
    found = [(r["source"]["code"][:3], r["date"], r["modality"]) for r in coded(coder, text, pub)]
    assert (source, day, modality) in found, found
