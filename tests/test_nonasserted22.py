"""Non-asserted events found (issue 5, modality target; session 20 nonasserted22 helper): a
passive act with no agent whose subject is a measure or an accord the story has told of ("the
ban could be extended", "the agreement is expected to be signed", "the sanctions were not
lifted") is done by the parties of the latest act told before that names that thing or is a
measure of its kind (roots 16-17; lifting one: 081, 085), and goes the same way, or the other
way for an answer ("no counter-tariffs would be imposed", "retaliatory sanctions could be
imposed"). Only acts not told as done (a modal, a negation, "expected to", "due to", "no X")
are taken up: one told as done is mostly background. Each is tested on sentences of its own
(other countries and wordings than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded

# Each row: the article, then the (cameo root, source country, target country, modality) one
# record of the last sentence must have.
FOUND = {
    "a ban of the story that could be extended": (
        "Kuwait suspended all flights from Iraq on Monday after a dispute over airport "
        "fees. Analysts said the ban could be extended until March.",
        ("16", "KWT", "IRQ", "hypothetical")),
    "an embargo that will be widened": (
        "Algeria imposed an embargo on Spanish imports in June. The embargo will be "
        "widened to services next month, a trade official said.",
        ("16", "DZA", "ESP", "future")),
    "sanctions that were not lifted": (
        "Washington imposed sanctions on Nicaragua's gold sector in October. The sanctions "
        "have not been lifted despite the release of the prisoners.",
        ("08", "USA", "NIC", "negated")),
    "a ban told by its verb, to be eased": (
        "Russia banned imports of Moldovan wine in March. The ban will be eased once "
        "inspections are completed, an official said.",
        ("08", "RUS", "MDA", "future")),
    "a suspension that can be lifted": (
        "Kuwait suspended the issuance of visas for Filipino citizens on Monday. The ban can "
        "be lifted if Manila returns to the agreement.",
        ("08", "KWT", "PHL", "hypothetical")),
    "restrictions that were not relaxed, translated word order": (
        "On 3 May Beijing introduced restrictions on imports of Lithuanian timber. The "
        "restrictions were not relaxed even after the visit of the minister.",
        ("08", "CHN", "LTU", "negated")),
    "counter-tariffs that will not be imposed go the other way": (
        "Washington imposed tariffs of 50 percent on Brazilian goods in July. Officials said "
        "no counter-tariffs would be imposed for now.",
        ("16", "BRA", "USA", "negated")),
    "retaliatory sanctions that could be imposed go the other way": (
        "Beijing imposed sanctions on Lithuanian officials in May. Retaliatory sanctions could "
        "be imposed next month, analysts said.",
        ("16", "LTU", "CHN", "hypothetical")),
    "an agreement expected to be signed": (
        "Chile and Peru agreed on Tuesday on a new fisheries accord. The accord is expected "
        "to be signed in Lima next week.",
        ("05", "CHL", "PER", "future")),
    "an agreement due to be signed, translated word order": (
        "Kenya and Uganda reached an agreement on the railway on Friday. According to the "
        "ministry, the agreement is due to be signed in Kampala in May.",
        ("05", "KEN", "UGA", "future")),
}


def last_sentence(recs: list[dict], text: str) -> set[tuple]:
    last = text.rsplit(". ", 1)[-1][:30]
    out = set()
    for r in recs:
        if last not in r["sentence"]:
            continue
        for s in r["source"] if isinstance(r["source"], list) else [r["source"]]:
            for t in r["target"] if isinstance(r["target"], list) else [r["target"] or {}]:
                out.add((r["cameo"][:2], s["code"][:3], t.get("code", "")[:3],
                         r["modality"]))
        if isinstance(r["source"], list) and not r["target"]:  # an accord of several
            out |= {(r["cameo"][:2], a["code"][:3], b["code"][:3], r["modality"])
                    for a in r["source"] for b in r["source"] if a is not b}
    return out


@pytest.mark.parametrize("name", sorted(FOUND))
def test_measure_told_before_takes_its_parties(coder, name: str) -> None:
    text, want = FOUND[name]
    got = last_sentence(coded(coder, text), text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    # told as done, in the passive: background, not taken up
    "Kuwait suspended all flights from Iraq on Monday. The ban was lifted in 2019 after a "
    "year.",
    # the measure was only criticised before: whose it is stays unknown
    "Moscow condemned the sanctions on its banks on Monday. The sanctions could be "
    "extended next month.",
    # withdrawing an embassy lifts no measure
    "Sudan broke off relations with the UAE on Tuesday. Analysts said the embassy could be "
    "withdrawn.",
    # the subject names nothing told before
    "Algeria imposed an embargo on Spanish imports in June. The harbour could be closed "
    "next month.",
])
def test_measure_not_taken_up(coder, text: str) -> None:
    got = last_sentence(coded(coder, text), text)
    assert not got, got
