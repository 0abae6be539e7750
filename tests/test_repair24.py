"""repair24: "called the tariffs biased on Wednesday": the parser may read the quality as a
past participle of the object, with the time its own; repair_quality_read_as_participle makes
it the calling verb's complement (oprd) and moves the time to the verb. A participle named
as the quality counts by its word ("biased"), not its verb lemma ("bias")."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dated, sides

from dyadwatch.nlp import load_pipeline
from dyadwatch.nlp.repair import repair_parse


def parsed(text: str):
    doc = load_pipeline()(text)
    repair_parse(doc)
    return {t.text: t for t in doc}


def test_participle_quality_becomes_the_verbs_complement() -> None:
    words = parsed("Moscow called the Estonian measures biased on Friday and said it would "
                   "respond.")
    assert (words["biased"].dep_, words["biased"].head.text) == ("oprd", "called")
    assert words["on"].head.text == "called"


@pytest.mark.parametrize("text", [
    "Iran's foreign ministry called the sanctions imposed on Monday unlawful.",
    "Seoul called the sanctions imposed by Washington on Monday.",
])
def test_participle_with_words_of_its_own_stays_a_clause(text: str) -> None:
    assert parsed(text)["imposed"].dep_ == "acl"


def test_participle_quality_is_dated_by_its_own_time(coder) -> None:
    body = ("The European Union on Monday imposed tariffs on Chinese steel. China's commerce "
            "ministry called the tariffs biased on Wednesday and said they would hurt trade.")
    assert dated(coder, body, "2025-03-14", "called") == "2025-03-12"


def test_participle_quality_criticises(coder) -> None:
    assert ("VNM", "CHN", "11") in {(s[:3], t[:3], c) for s, t, c in
                                    sides(coder, "Hanoi called the Chinese fishing ban biased.")}


def test_a_plain_participle_clause_criticises_nothing(coder) -> None:
    assert not any(r["cameo"].startswith("11") for r in coded(
        coder, "Hanoi called the Chinese fishing ban imposed by Beijing in May."))
