"""Criticism told beside a coded act in one statement (session 21, brief speech21): each
rule shown by sentences of its own in several phrasings (none is a development-set
sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


def country_pairs(coder, text: str) -> set[tuple[str, str, str]]:
    return pairs(coder, text, "2025-11-20")  # pairs() already cuts codes to their country


def criticises(found: set[tuple[str, str, str]], source: str, target: str) -> bool:
    return any(s == source and t == target and c.startswith("11") for s, t, c in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Russia's foreign ministry said on Monday that the sanctions imposed by "
                 "Finland were illegal and that Moscow would respond with countermeasures.",
                 ("RUS", "FIN"), id="illegal_and_would_respond"),
    pytest.param("Kenya said the arrest of its diplomat by Uganda was a breach of the Vienna "
                 "Convention, and that Nairobi was ready to discuss the matter with Kampala.",
                 ("KEN", "UGA"), id="breach_and_ready_to_discuss"),
    pytest.param("Peru's president said the Bolivian decision was a mistake and that Lima "
                 "would recall its ambassador.", ("PER", "BOL"),
                 id="mistake_and_would_recall"),
    pytest.param("Russia's foreign ministry said that Finland's decision was hostile and that "
                 "Moscow would respond with countermeasures.", ("RUS", "FIN"),
                 id="hostile_and_would_respond"),
])
def test_a_judgement_beside_a_coded_act_criticises_too(
        coder, text: str, pair: tuple[str, str]) -> None:
    # the clause that judges is a criticism (111) of its own; the act told beside it stays
    source, target = pair
    found = country_pairs(coder, text)
    assert criticises(found, source, target), found
    assert any(s == source and t == target and not c.startswith("11")
               for s, t, c in found), found


NO_CRITICISM = [
    # judging a claim rejects it (a denial), it criticises no one
    "The Indian government said the accusation was outrageous and that New Delhi would keep "
    "talking to Ottawa.",
    # a word of criticism inside a phrase of the clause is not what the clause says
    "Kyiv said it had seen no sign of an offensive force in Belarus but that it would "
    "reinforce its border.",
]


def test_no_criticism_beside_a_coded_act(coder) -> None:
    for text in NO_CRITICISM:
        codes = sorted(c for _, _, c in country_pairs(coder, text))
        assert not [c for c in codes if c[:2] == "11"], (text, codes)
