"""Parties from session 20's actor round (helper actors24): a countryless spokesperson or
adviser speaks for whom "for"/"to" names ("a spokesman for U.N. Secretary-General ...", "an
adviser to ..."), not for the last actor named before. Probe sentences of our own, in wire
wording that appears in no gold file."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

LEAD = "Macron met Erdogan in Paris on Monday. "


def _sources(recs: list[dict], root: str) -> set[str]:
    return {c[:3] if not c.startswith("IGO") else c
            for code, src, _, _ in dyads(recs) if code.startswith(root) for c in src}


# -- "A spokesman for X": the role speaks for X, not for the last actor named --------------
@pytest.mark.parametrize("body, root, source", [
    (LEAD + "A spokesperson for the ministry in Berlin criticised the French plan on "
     "Tuesday.", "11", "DEU"),
    (LEAD + "A spokesman for the Kremlin criticised Paris on Tuesday.", "11", "RUS"),
    (LEAD + "The spokesman for the European Commission rejected the Turkish demand.", "12",
     "IGOEU"),
    ("The United States condemned the raid on Monday. A spokeswoman for NATO Secretary "
     "General Mark Rutte condemned the Russian strikes on Kyiv.", "11", "IGONAT"),
    ("The United States condemned the raid on Monday. A spokesman for German Chancellor "
     "Olaf Scholz condemned the Russian strikes on Kyiv.", "11", "DEU"),
    ("The United States condemned the raid on Monday. A spokesman for U.N. "
     "Secretary-General Antonio Guterres condemned the Israeli strikes on Sanaa.", "11",
     "IGOUNO"),
])
def test_spokesperson_speaks_for_whom_for_names(coder, body, root, source):
    recs = [r for r in coded(coder, body) if "spokes" in r["sentence"]]
    assert _sources(recs, root) == {source}
