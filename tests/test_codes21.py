"""Right trigger, wrong CAMEO code, from error analysis in session 19 (brief codes21), each
rule shown by sentences of its own in several phrasings (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs

# a first sentence whose main pair leaves the critic out, so that only the appeal conjoined
# with the criticism names whom it is aimed at
SCENE = ("Armenia and Azerbaijan traded fire along their border on Monday, and Armenian "
         "officials said two soldiers were wounded. ")


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The German foreign minister on Tuesday condemned the use of force and called "
                 "on Baku to halt the operation.", ("DEU", "AZE"), id="condemned_called_on"),
    pytest.param("The Italian foreign ministry on Wednesday expressed deep concern over the "
                 "shelling and called Baku to respect the ceasefire.", ("ITA", "AZE"),
                 id="concern_called_translated"),
    pytest.param("Canada denounced the offensive and urged Azerbaijan to withdraw its forces.",
                 ("CAN", "AZE"), id="denounced_urged"),
    pytest.param("Spain voiced concern about the shelling and asked Baku to return to the "
                 "negotiations.", ("ESP", "AZE"), id="voiced_concern_asked"),
    pytest.param("Japan deplored the missile launches and called on Pyongyang to return to "
                 "talks.", ("JPN", "PRK"), id="deplored_called_on"),
    pytest.param("The Dutch government criticised the strikes and demanded that Baku pull its "
                 "troops back.", ("NLD", "AZE"), id="criticised_demanded"),
])
def test_a_criticism_conjoined_with_an_appeal_is_aimed_at_its_addressee(
        coder, text: str, pair: tuple[str, str]) -> None:
    # the criticism names only an act; the appeal told with it names the party (111 and the
    # appeal, both)
    source, target = pair
    found = pairs(coder, SCENE + text, "2025-11-20")
    assert (source, target, "111") in found
    assert any(s == source and t == target and code[:2] in ("02", "10")
               for s, t, code in found)
