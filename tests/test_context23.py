"""Actor rules of session 19 (context23): events whose trigger was found but whose record was
dropped, or given the wrong state, because a reference went unresolved. Each rule is shown by
sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes


def sides_in(coder, text: str, words: str) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of the records whose sentence holds `words`."""
    return {(s[:3], t[:3], r["cameo"][:2]) for r in coded(coder, text) if words in r["sentence"]
            for s in codes(r["source"]) or [""] for t in codes(r["target"]) or [""]}


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Lithuania closed two border crossings with Belarus on Friday. Interior "
                 "Minister Agne Vilkaite ordered the closure after smuggling balloons crossed "
                 "the border. On Monday Vilkaite accused Minsk of waging a hybrid attack.",
                 ("LTU", "BLR", "11", "On Monday"), id="surname_alone"),
    pytest.param("Estonia summoned the Russian charge d'affaires on Monday. Foreign Minister "
                 "Kaarel Pold said the airspace violation was unacceptable. Pold accused "
                 "Moscow of testing NATO.", ("EST", "RUS", "11", "Pold accused"),
                 id="surname_after_a_statement"),
])
def test_a_countryless_titled_person_named_again_is_the_first_namings_state(
        coder, text, wanted) -> None:
    """"Interior Minister Alexander X ordered ... X said": a person named first with a title
    that gives no country, then by surname alone, is the same person; the surname takes the
    state the context gives the first naming (before, the surname was no actor at all)."""
    assert wanted[:3] in sides_in(coder, text, wanted[3])
