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


# -- "the Foreign Ministry recalled Romania's ambassador in Vienna": its own envoy ---------
@pytest.mark.parametrize("body, source, target", [
    ("On Friday, the Foreign Ministry recalled Romania's ambassador in Vienna for "
     "consultations.", "ROU", "AUT"),
    ("The foreign ministry on Tuesday recalled Peru's ambassador to Mexico for "
     "consultations.", "PER", "MEX"),
    ("The Chancellery withdrew Colombia's ambassador in Tel Aviv on Wednesday.", "COL", "ISR"),
    ("In March the government called back Algeria's ambassador from Madrid for "
     "consultations.", "DZA", "ESP"),
])
def test_countryless_government_recalls_its_own_envoy(coder, body, source, target):
    recs = [r for r in coded(coder, body) if r["cameo"].startswith("16")]
    assert {(s[:3], t[:3]) for _, src, tgt, _ in dyads(recs) for s in src for t in tgt} == {
        (source, target)}


@pytest.mark.parametrize("body, source, target", [
    ("The ministry summoned Russia's envoy in Prague on Monday.", "CZE", "RUS"),
    ("The government expelled Belarus's ambassador in Vilnius on Monday.", "LTU", "BLR"),
])
def test_host_still_acts_on_a_foreign_envoy(coder, body, source, target):
    recs = coded(coder, body)
    assert {(s[:3], t[:3]) for _, src, tgt, _ in dyads(recs) for s in src for t in tgt} == {
        (source, target)}
