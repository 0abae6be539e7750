"""The learned fallback's pair choice (session 23, brief learned23b): joint subjects are not
paired with each other unless the predicted root is a mutual one. Own data."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from dyadwatch.config import CoderConfig
from dyadwatch.events.learned import choose_pair, load_model, recent_first
from dyadwatch.pipeline import Coder

MUTUAL = frozenset({"03", "04", "05", "06"})


@pytest.fixture(scope="module")
def with_learned():
    return Coder(CoderConfig(learned_fallback=True))


def info(country: str, dep: str, subj: bool, pos: int) -> dict:
    return {"country": country, "subj": subj, "dep": dep, "path": [dep, "ROOT"],
            "head_lemma": "x", "kind": "state", "pos": pos}


# "Norway and Iceland condemned the Danish plan": two joint subjects and a third country
JOINT_WITH_OBJECT = [info("NOR", "nsubj", True, 0), info("ISL", "conj", True, 2),
                     info("DNK", "amod", False, 5)]
# "Norway and Iceland condemned the campaign": no other country in the sentence
JOINT_ALONE = [info("NOR", "nsubj", True, 0), info("ISL", "conj", True, 2)]


def test_joint_subjects_take_the_other_country_of_the_sentence():
    assert choose_pair(JOINT_WITH_OBJECT, "11", MUTUAL) == (0, 2)


def test_joint_subjects_take_the_main_dyad_member_that_is_not_a_subject():
    assert choose_pair(JOINT_ALONE, "11", MUTUAL, ["ISL", "RUS"]) == (0, "RUS")
    assert choose_pair(JOINT_ALONE, "11", MUTUAL, ["NOR", "ISL"]) is None


def test_mutual_root_keeps_the_joint_subjects_paired():
    assert choose_pair(JOINT_WITH_OBJECT, "04", MUTUAL) == (0, 1)
    assert choose_pair(JOINT_ALONE, "03", MUTUAL, ["ISL", "RUS"]) == (0, 1)


def test_subject_and_object_are_left_as_they_were():
    pair = [info("NOR", "nsubj", True, 0), info("DNK", "dobj", False, 3)]
    assert choose_pair(pair, "11", MUTUAL, ["NOR", "RUS"]) == (0, 1)
    assert choose_pair(JOINT_WITH_OBJECT) == (0, 1)  # no root known: the old choice


def test_dyad_member_named_last_comes_first():
    assert recent_first(["DEU", "RUS"], ["DEU", "RUS", "FRA"]) == ["RUS", "DEU"]
    assert recent_first(["DEU", "RUS"], ["RUS", "DEU"]) == ["DEU", "RUS"]
    assert recent_first(["DEU", "RUS"], []) == ["DEU", "RUS"]


def test_shipped_model_names_its_mutual_roots():
    assert set(load_model()["mutual_roots"]) == MUTUAL


def test_learned_record_of_a_sentence_of_our_own(with_learned):
    records = coded(with_learned, "Windhoek could later put extra duties on Zambian copper trucks "
                                  "at the crossing.")
    assert [(r["root"], r["learned"]) for r in records] == [("16", True)]


def test_press_is_no_learned_meeting_partner(with_learned):
    records = coded(with_learned, "Chilean President Gabriel Boric met Peruvian President "
                                  "Dina Boluarte in Lima on Monday. Boric later spoke to "
                                  "Peruvian reporters at the airport.", "2024-06-05")
    assert records and not any(r["learned"] for r in records)
