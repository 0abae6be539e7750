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
