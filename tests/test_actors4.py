"""Actor rules from the fourth round of error analysis: each rule gets probe sentences of its
own, in news wording that appears in no gold file."""

from __future__ import annotations

import pytest
from test_actors import mentions

from dyadwatch.actors.stage import ActorStage
from dyadwatch.config import CoderConfig
from dyadwatch.read.document import Document


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(CoderConfig())


def _codes(field) -> list[str]:
    if field is None:
        return []
    return [a.code for a in field] if isinstance(field, list) else [field.code]


def events(coder, text: str, date: str = "2025-03-04") -> list[tuple[list, list, str]]:
    """(source codes, target codes, CAMEO root) of every record coded from `text`."""
    records = coder.run(Document("probe", text, pub_date=date)).records
    return [(_codes(r.source), _codes(r.target), r.root) for r in records]


def targets(coder, text: str, date: str = "2025-03-04") -> set[str]:
    return {c for _, tgt, _ in events(coder, text, date) for c in tgt}


# -- enumerations: a group noun listing its members, a role of several listed states ---------
@pytest.mark.parametrize("text, wanted", [
    ("Canada imposed sanctions on several states such as Iran, Syria and Cuba on Monday.",
     {"IRN", "SYR", "CUB"}),
    ("Nigeria expelled diplomats from three neighbouring countries, including Chad, Niger and "
     "Cameroon, on Friday.", {"TCDGOV", "NERGOV", "CMRGOV"}),
    ("Moscow expelled envoys from Estonia, Latvia and Lithuania on Tuesday.",
     {"ESTGOV", "LVAGOV", "LTUGOV"}),
])
def test_listed_states_are_all_targets(coder, text, wanted):
    assert wanted <= targets(coder, text)


def test_latin_american_is_no_united_states(stage):
    got = [m.code for m in mentions(stage, "Leaders of Latin American states met in Bogota.")]
    assert "USA" not in got


def test_a_group_noun_without_a_list_stays_no_actor(stage):
    got = [m.code for m in mentions(stage, "Several countries protested on Monday.")]
    assert got == []


def test_own_envoys_recalled_from_listed_capitals_stay_own(coder):
    text = "Chile recalled its ambassadors from Caracas and Managua on Monday."
    got = events(coder, text)
    assert any(src == ["CHL"] and "VEN" in tgt for src, tgt, _ in got)


# -- a countryless junta belongs to the state of the coup ----------------------------------
@pytest.mark.parametrize("text, junta", [
    ("Soldiers seized power in Niamey in July. Paris demanded the president's release and "
     "suspended aid. In August the junta tore up the defence agreements that allowed French "
     "troops to stay.", "NERGOV"),
    ("Gabon's military rulers dissolved parliament in September. Paris voiced concern and froze "
     "aid. Later the coup leaders tore up the accords that let French soldiers stay.", "GABGOV"),
])
def test_the_junta_is_the_coup_state(coder, text, junta):
    got = events(coder, text, "2024-02-10")
    assert any(src == [junta] and root == "16" for src, _, root in got)


def test_a_junta_named_with_its_country_keeps_it(stage):
    got = [m.code for m in mentions(stage, "Mali's junta expelled the French ambassador.")]
    assert "MLIGOV" in got
