"""Actor and role rules from session 13's actor round (helper actors14): each gets probe
sentences of its own, in news wording that appears in no gold file."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads
from test_actors import codes

from dyadwatch.actors.stage import ActorStage
from dyadwatch.config import CoderConfig


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(CoderConfig())


# -- judges in the seat of international courts are that court, not the host's judiciary ----
@pytest.mark.parametrize("text, mention, code", [
    ("Bolivia took Chile to the International Court of Justice in 2013. The court in The "
     "Hague rejected the claim on Monday.", "court in The Hague", "IGOUNO"),
    ("Sudan asked the judges in The Hague to order a halt to the arms deliveries.",
     "judges in The Hague", "IGOUNO"),
    ("The International Criminal Court issued a warrant for the president in March. The Hague "
     "court later asked Tajikistan to explain why he was not arrested.", "The Hague court",
     "IGOICC"),
])
def test_court_in_the_hague(stage, text, mention, code):
    assert codes(stage, text, "2024-04-02").get(mention) == code


def test_a_court_elsewhere_keeps_its_state(stage):
    got = codes(stage, "The court in Grodno sentenced the journalist to eight years.",
                "2024-04-02")
    assert got.get("court in Grodno") == "BLRJUD"


def test_hailing_the_hague_ruling(coder):
    body = ("Gambia brought the case against Myanmar at the International Court of Justice. "
            "Judges at the court in The Hague ruled on Thursday that Myanmar must prevent "
            "genocide. Gambian Justice Minister Abubacarr Tambadou hailed the ruling on "
            "Thursday.")
    assert ("051", ("GMBGOV",), ("IGOUNO",), "asserted") in dyads(coded(coder, body,
                                                                      "2020-01-24"))


# -- a verb that repeats an act told before: "responded in kind", "did the same" -------------
@pytest.mark.parametrize("body, pub, wanted", [
    # the party acted on answers: the repeat is aimed at the first act's author
    ("Latvia expelled two Belarusian diplomats on Monday, and Belarus responded in kind.",
     "2024-05-08", ("161", ("BLR",), ("LVA",), "asserted")),
    ("Kenya expelled two Ugandan diplomats on Friday. Uganda answered in kind on Saturday.",
     "2024-05-08", ("161", ("UGA",), ("KEN",), "asserted")),
    ("Peru recalled its ambassador to Chile on Friday, a day after Santiago did the same.",
     "2024-05-08", ("161", ("CHL",), ("PER",), "asserted")),
    # a third party follows suit: the same target
    ("Canada imposed sanctions on Nicaragua on Tuesday, and Australia did the same.",
     "2024-05-08", ("163", ("AUS",), ("NIC",), "asserted")),
    # a refusal to repeat it is a negated act
    ("Ghana reopened its border with Togo in March, whereas the authorities of Lome refused to "
     "do the same.", "2024-05-08", ("081", ("TGOGOV",), ("GHA",), "negated")),
])
def test_repeated_acts(coder, body, pub, wanted):
    assert wanted in dyads(coded(coder, body, pub))


def test_a_reply_told_in_its_own_clause_is_not_doubled(coder):
    recs = coded(coder, "Oman expelled two Yemeni diplomats, and Yemen responded in kind by "
                 "expelling two Omani diplomats.", "2024-05-08")
    replies = [r for r in recs if codes_of(r["source"]) == ["YEM"]]
    assert len(replies) == 1 and replies[0]["trigger"].startswith("expell")


def test_did_the_same_reaches_no_act_of_another_sentence(coder):
    recs = coded(coder, "Spain summoned the Israeli ambassador on Monday. Belgium said on "
                 "Tuesday it was ready to do the same.", "2024-05-08")
    assert not [r for r in recs if "Belgium" in r["sentence"]]


def codes_of(actor) -> list[str]:
    return [a["code"][:3] for a in (actor if isinstance(actor, list) else [actor])]


# -- a violent act's place phrase deeper in its clause gives its target ----------------------
@pytest.mark.parametrize("body, wanted", [
    ("French and Italian warplanes struck dozens of targets at several sites in rebel-held "
     "areas of Libya overnight.", ("195", ("ITAMIL", "FRAMIL"), ("LBY",), "asserted")),
    ("Turkish drones bombed a convoy at a checkpoint in the mountains of Iraq on Sunday.",
     ("1952", ("TURMIL",), ("IRQ",), "asserted")),
])
def test_deep_place_of_violence(coder, body, wanted):
    assert wanted in dyads(coded(coder, body, "2024-05-08"))
