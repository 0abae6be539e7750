"""Actor rules from the fifth round of error analysis (tune6): each rule gets probe sentences
of its own, in news wording that appears in no gold file."""

from __future__ import annotations

import pytest
from test_actors import mentions

from dyadwatch.actors.stage import ActorStage
from dyadwatch.config import CoderConfig


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(CoderConfig())


# -- dated officeholders of Jordan, Spain, Bolivia, Cote d'Ivoire, Togo, Senegal --------------
@pytest.mark.parametrize("text, date, code", [
    ("Ayman Safadi flew to Beirut for talks.", "2024-10-02", "JORGOV"),
    ("Jordan's envoy said King Abdullah would attend the summit.", "2024-05-10", "JORGOV"),
    ("Prime Minister Pedro Sánchez defended the decision in parliament.", "2023-11-20", "ESPGOV"),
    ("Faure Gnassingbe hosted the talks in Lome.", "2024-06-11", "TGOGOV"),
    ("Bassirou Diomaye Faye travelled to Bamako.", "2024-05-30", "SENGOV"),
    ("Maria Nela Prada read the government statement.", "2023-11-02", "BOLGOV"),
])
def test_officeholders_of_tune6_states(stage, text, date, code):
    assert code in [m.code for m in mentions(stage, text, date)]


def test_a_king_abdullah_after_2015_is_no_saudi_king(stage):
    got = [m.code for m in mentions(stage, "King Abdullah met the visiting minister.",
                                    "2024-08-04")]
    assert "SAUGOV" not in got and "JORGOV" in got


def test_a_king_abdullah_in_2010_ties_and_resolves_to_neither_king(stage):
    # both kings reigned in 2010: an ambiguous bare name resolves to nobody, not by guesswork
    got = [m.code for m in mentions(stage, "King Abdullah met the visiting minister.",
                                    "2010-03-01")]
    assert "SAUGOV" not in got and "JORGOV" not in got
