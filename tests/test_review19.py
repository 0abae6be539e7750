"""Bugs found reviewing session 19's changes (helper review19), each shown by sentences of its
own (none is a development-set sentence):

- the object pronoun's antecedent (lexicon22, extract.pronoun_antecedent) was meant to skip
  the verb's own subject, but compared spaCy tokens with `is`, which never matches (spaCy
  makes a new Token on each access): "after the Pakistani army shut it" took the army for
  the thing shut, and the closure of the crossing was lost.
"""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes


def triples(coder, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO code) of every record."""
    out = set()
    for r in coded(coder, text):
        for s in codes(r["source"]) or [""]:
            for t in codes(r["target"]) or [""]:
                out.add((s[:3], t[:3], r["cameo"]))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The border crossing with Afghanistan remained closed on Monday after the "
                 "Pakistani army shut it.", ("PAK", "AFG", "163"), id="army_shut_it"),
    pytest.param("The Russian consulate in Gdansk reopened two years after the Polish "
                 "government closed it.", ("POL", "RUS", "161"), id="government_closed_it"),
    pytest.param("The Lithuanian consulate in Minsk was reopened years after the Belarusian "
                 "government shut it.", ("BLR", "LTU", "161"), id="passive_reopened_shut_it"),
])
def test_object_pronoun_is_not_the_verbs_own_subject(coder, text: str,
                                                     expected: tuple[str, str, str]) -> None:
    assert expected in triples(coder, text)


def test_pronoun_antecedent_skips_the_subject() -> None:
    from dyadwatch.events.extract import pronoun_antecedent
    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.repair import fix_model_slips, repair_parse

    doc = load_pipeline()("The embassy stayed shut after the government closed it.")
    fix_model_slips(doc)
    repair_parse(doc)
    verb = next(t for t in doc if t.lower_ == "closed")
    obj = next(t for t in doc if t.lower_ == "it")
    found = pronoun_antecedent(obj, verb)
    assert found is not None and found.lower_ == "embassy"
