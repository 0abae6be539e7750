"""Parties from session 18's actor round (helper actors22): a maker's adjective is no party,
the body a complaint is lodged with is no target, and a verb of calling or greeting whose
object names no actor is no call or reception. Probe sentences of our own, in wire and
translated wording that appears in no gold file."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads


def _countries(recs: list[dict]) -> set[str]:
    return {c[:3] for _, src, tgt, _ in dyads(recs) for c in (*src, *tgt)}


def _pairs(recs: list[dict], root: str) -> set[tuple]:
    return {(tuple(c[:3] for c in src), tuple(c[:3] for c in tgt))
            for code, src, tgt, _ in dyads(recs) if code.startswith(root)}


# -- "Russian-made helicopters": where a thing was made is no party to what is done with it
@pytest.mark.parametrize("body, maker", [
    ("Egypt bought Chinese-made drones from a broker in Dubai last year.", "CHN"),
    ("Greece handed French-built frigates over to Cyprus on Tuesday.", "FRA"),
    ("The Iranian-made drones were delivered to Russia by Belarus, officials said.", "IRN"),
    ("Ecuador will hand over Russian-made helicopters to the United States, the president "
     "said.", "RUS"),
    ("Slovakia gave its Soviet-era fighter jets to Ukraine in March.", "RUS"),
    ("Kenya received Turkish-manufactured armoured vehicles from Qatar on Monday.", "TUR"),
])
def test_maker_adjective_is_no_party(coder, body, maker):
    recs = coded(coder, body, "2024-06-05")
    assert maker not in _countries(recs)


@pytest.mark.parametrize("body, pair", [
    ("Greece handed French-built frigates over to Cyprus on Tuesday.", (("GRC",), ("CYP",))),
    ("Ecuador will hand over Russian-made helicopters to the United States, the president "
     "said.", (("ECU",), ("USA",))),
])
def test_receiver_after_maker_adjective(coder, body, pair):
    assert pair in _pairs(coded(coder, body, "2024-06-05"), "0")


def test_flag_state_stays_a_party(coder):
    body = "The Greek coast guard seized a Russian-flagged tanker off Evia on Monday."
    assert "RUS" in _countries(coded(coder, body, "2024-06-05"))


# -- "lodged a complaint with the U.N. Security Council": the council hears it ----------------
@pytest.mark.parametrize("first, second, pair", [
    ("Sudan recalled its ambassador from Ethiopia on Monday.",
     "Sudan's foreign ministry said it would also lodge a complaint with the U.N. Security "
     "Council.", (("SDN",), ("ETH",))),
    ("Iraq summoned Iran's ambassador on Tuesday over the missile strikes on Erbil.",
     "The ministry also submitted an urgent complaint to the Security Council.",
     (("IRQ",), ("IRN",))),
    ("Armenia accused Azerbaijan on Friday of shelling border villages.",
     "Yerevan lodged a formal protest with the United Nations Security Council the same day.",
     (("ARM",), ("AZE",))),
])
def test_complaint_forum_is_no_target(coder, first, second, pair):
    recs = [r for r in coded(coder, f"{first} {second}", "2024-06-05")
            if r["sentence"].strip() == second]
    assert pair in _pairs(recs, "11")
    assert not any(c.startswith("IGO") for _, _, tgt, _ in dyads(recs) for c in tgt)


def test_complaint_against_named_states_keeps_them(coder):
    body = ("Kyiv hit back on Monday by filing complaints against Poland, Hungary and "
            "Slovakia at the World Trade Organization.")
    assert (("UKR",), ("POL", "HUN", "SVK")) in _pairs(coded(coder, body, "2024-06-05"), "11")


# -- "called the remarks unworthy", "greeted the news": no call, no reception ----------------
@pytest.mark.parametrize("first, second", [
    ("Burkina Faso summoned Ghana's ambassador on Friday.",
     "The government rejected the accusation and called the remarks unworthy of a "
     "neighbour."),
    ("Textile workers in Maseru lost their jobs after the United States raised tariffs on "
     "Lesotho.",
     "Factory workers in Maseru greeted with relief the news that President Trump had "
     "paused the tariffs on Lesotho."),
    ("Kenya and Uganda quarrelled over milk imports last year.",
     "Farmers in Nairobi greeted the news that Uganda lifted the ban with relief."),
])
def test_call_or_greet_without_actor_object_is_no_meeting(coder, first, second):
    recs = [r for r in coded(coder, f"{first} {second}", "2024-06-05")
            if r["sentence"].strip() == second]
    assert not any(code[:2] == "04" for code, *_ in dyads(recs))


@pytest.mark.parametrize("body, pair", [
    ("King Mohammed VI greeted Macron at the airport on Monday.", (("MAR",), ("FRA",))),
    ("Xi was greeted at the airport by Tokayev on Tuesday.", (("KAZ",), ("CHN",))),
    ("Cuban President Miguel Diaz-Canel went aboard the Russian frigate Admiral Gorshkov "
     "on Saturday and greeted its crew.", (("CUB",), ("RUS",))),
])
def test_greeting_a_visitor_stays(coder, body, pair):
    assert pair in _pairs(coded(coder, body, "2024-06-05"), "04")


@pytest.mark.parametrize("body", [
    "The Chinese ship called at Colombo in October.",
    "Two Chinese navy ships called at Sihanoukville in Cambodia in December.",
])
def test_port_call_is_no_phone_call(coder, body):
    assert not any(code == "041" for code, *_ in dyads(coded(coder, body, "2024-06-05")))


# -- "insists the water is safe": a claim is said, not demanded ------------------------------
@pytest.mark.parametrize("body", [
    "Japan insists the water is safe, and China banned seafood imports from Fukushima.",
    "Armenia's foreign ministry insisted the move was not directed against Russia.",
    "Spain insisted that relations with Mexico are solid.",
    "Egypt insisted on Monday that the dam talks had failed because of Ethiopia.",
])
def test_insisting_on_a_fact_is_no_demand(coder, body):
    assert not any(code[:2] == "10" for code, *_ in dyads(coded(coder, body, "2024-06-05")))


@pytest.mark.parametrize("body, root, pair", [
    ("Poland insists that Russia was behind the arson in Warsaw.", "11", (("POL",), ("RUS",))),
    ("Sofia has insisted on that change for more than a year, angering Skopje.", "10",
     (("BGR",), ("MKD",))),
    ("Iran insisted that the French troops leave Iraq immediately.", "10",
     (("IRN",), ("FRA",))),
    ("Moscow insisted that Kyiv must withdraw its forces from Kursk.", "10",
     (("RUS",), ("UKR",))),
])
def test_insisting_on_an_act_demands_and_a_charge_accuses(coder, body, root, pair):
    assert pair in _pairs(coded(coder, body, "2024-06-05"), root)


# -- "said it will not attack Eritrea": forgoing a hostile act is no refusal -----------------
@pytest.mark.parametrize("body, act", [
    ("The Ethiopian government has said it will not attack Eritrea.", "190"),
    ("Mudavadi said Kenya would not detain anyone over the remarks by the Congolese rebels.",
     "173"),
    ("The Spanish foreign minister said on Friday that Madrid will not recall its ambassador "
     "from Caracas.", "161"),
    ("Seoul said it would not expel any Russian diplomats.", "161"),
])
def test_forgone_hostile_act_is_no_refusal(coder, body, act):
    recs = dyads(coded(coder, body, "2024-06-05"))
    assert not any(code[:2] == "12" for code, *_ in recs)
    assert any(code == act and mod == "negated" for code, _, _, mod in recs)


@pytest.mark.parametrize("body", [
    "Lopez Obrador told reporters that he would not hand over the presidency of the Pacific "
    "Alliance to Peru.",
    "Washington will not lift its sanctions against Damascus, the State Department said.",
    "Guyana's president said Guyana would not negotiate its border with Venezuela.",
])
def test_forgone_concession_stays_a_refusal(coder, body):
    assert any(code[:2] == "12" for code, *_ in dyads(coded(coder, body, "2024-06-05")))
