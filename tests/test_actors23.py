"""Parties from session 19's actor round (helper actors23): the press and the public an
official speaks to are no party to a consultation, and a reaction to a court's judgment is
aimed at the court. Probe sentences of our own, in wire and translated wording that appears
in no gold file."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads


def _pairs(recs: list[dict], root: str) -> set[tuple]:
    return {(tuple(c[:3] for c in src), tuple(c[:3] for c in tgt))
            for code, src, tgt, _ in dyads(recs) if code.startswith(root)}


def _parties(recs: list[dict], root: str) -> set[str]:
    return {c[:3] for code, src, tgt, _ in dyads(recs) if code.startswith(root)
            for c in (*src, *tgt)}


# -- "Speaking to journalists after the meeting": the press is no party to a meeting -------
MEETING = ("Kenyan President William Ruto met Turkish President Tayyip Erdogan in Ankara on "
           "Monday. ")


@pytest.mark.parametrize("body, public", [
    (MEETING + "Speaking to journalists after the meeting, Ruto said the talks had been "
     "fruitful.", "TUR"),
    (MEETING + "Ruto later spoke to Turkish reporters at the airport.", "TUR"),
    ("The Iranian envoy talked to the press in Baghdad after the signing ceremony on "
     "Sunday.", "IRQ"),
    ("Speaking through a loudspeaker to Serbian demonstrators in Belgrade, the Hungarian "
     "minister said the border would stay open.", "SRB"),
    ("In a video message on Friday, German Chancellor Olaf Scholz spoke directly to "
     "Ukrainians, saying Berlin would stand by them.", "UKR"),
    ("Addressing the media in Hanoi on Thursday, the Japanese prime minister said he was "
     "pleased with the visit.", "VNM"),
])
def test_press_and_public_are_no_meeting_partner(coder, body, public):
    recs = coded(coder, body, "2024-06-05")
    assert public not in _parties([r for r in recs if "Speaking" in r["sentence"]
                                   or "spoke" in r["sentence"] or "talked" in r["sentence"]
                                   or "Addressing" in r["sentence"]], "04")


@pytest.mark.parametrize("body, parties", [
    ("Ruto spoke with Erdogan by telephone on Monday.", {"KEN", "TUR"}),
    ("Scholz and Zelensky talked on the sidelines of the summit in Rome on Friday.",
     {"DEU", "UKR"}),
    ("The Vietnamese prime minister will travel to Sydney to meet business leaders.",
     {"VNM", "AUS"}),
])
def test_named_partners_still_meet(coder, body, parties):
    assert parties <= _parties(coded(coder, body, "2024-06-05"), "04")


# -- "welcomed the judgment": a reaction to a ruling is aimed at the court that gave it -----
@pytest.mark.parametrize("body, source", [
    ("The International Court of Justice on Monday rejected Guyana's claim to the river "
     "islands off Venezuela's coast. Venezuelan President Nicolas Maduro welcomed the "
     "judgment on Tuesday.", "VEN"),
    ("The International Court of Justice on Monday rejected Guyana's claim to the river "
     "islands off Venezuela's coast. Guyana's foreign ministry criticised the judgement as "
     "unjust.", "GUY"),
    ("THE HAGUE, March 3 - The International Court of Justice ruled on Wednesday that "
     "Belize must share fishing rights with Honduras. Honduras hailed the judgment as a "
     "victory for its fishermen.", "HND"),
])
def test_reaction_to_judgment_targets_the_court(coder, body, source):
    recs = [r for r in coded(coder, body, "2024-06-05") if "judg" in r["sentence"]]
    assert ((source,), ("IGO",)) in _pairs(recs, "")


# -- "the rulers of Mali, Burkina Faso and Niger said their countries were leaving ...": the
# clause's "they" or "their countries" stands for every state of the coordinated subject ----
@pytest.mark.parametrize("body, sources", [
    ("The military rulers of Mali, Burkina Faso and Niger said on Sunday that their countries "
     "were leaving the Economic Community of West African States.", {"MLI", "BFA", "NER"}),
    ("The foreign ministers of Estonia, Latvia and Lithuania said on Monday they would expel "
     "Russian diplomats.", {"EST", "LVA", "LTU"}),
    ("Peru and Chile said their countries would recall their ambassadors from Venezuela.",
     {"PER", "CHL"}),
    ("The leaders of Kenya and Uganda said their governments would close the border with "
     "South Sudan.", {"KEN", "UGA"}),
])
def test_their_stands_for_every_coordinated_speaker(coder, body, sources):
    recs = [r for r in coded(coder, body, "2024-06-05")
            if not r["trigger"].lower().startswith("said")]
    assert sources <= {c[:3] for _, src, _, _ in dyads(recs) for c in src}


def test_their_after_a_single_speaker_stays_one(coder):
    body = ("Russia's ambassador to the United States said their diplomats would leave "
            "Washington.")
    recs = coded(coder, body, "2024-06-05")
    assert not any("USA" in {c[:3] for c in src} and "RUS" in {c[:3] for c in src}
                   for _, src, _, _ in dyads(recs))


# -- "the US-brokered agreement": the broker is no party to what the parties do with it -----
@pytest.mark.parametrize("body, broker", [
    ("President Michel Aoun on Thursday signed Lebanon's approval of the US-brokered "
     "agreement demarcating the maritime border with Israel.", "USA"),
    ("Armenia and Azerbaijan signed a U.S.-brokered peace deal at the White House on Friday.",
     "USA"),
    ("Russia on Monday pulled out of the Turkish-brokered grain deal with Ukraine.", "TUR"),
    ("Ethiopia accused Eritrea of violating the AU-brokered truce in Tigray.", "IGO"),
])
def test_broker_adjective_is_no_party(coder, body, broker):
    recs = coded(coder, body, "2024-06-05")
    assert broker not in {c[:3] for _, src, tgt, _ in dyads(recs) for c in (*src, *tgt)}


def test_broker_named_as_actor_stays(coder):
    body = "The United States brokered the agreement between Armenia and Azerbaijan in August."
    assert "USA" in {c[:3] for _, src, _, _ in dyads(coded(coder, body, "2024-06-05"))
                     for c in src}
