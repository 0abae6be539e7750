"""Rules found by error analysis in session 11, each shown by sentences of its own (none is
a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs

from dyadwatch.read.text import dateline_end


@pytest.mark.parametrize(("text", "dateline"), [
    pytest.param("RABAT, 4 March -- Morocco", "RABAT, 4 March -- ", id="day_first"),
    pytest.param("ANKARA, 9 Mart (9 March) - Turkey", "ANKARA, 9 Mart (9 March) - ",
                 id="a_second_calendar_in_brackets"),
    pytest.param("NAIROBI, 15 Sept. (Xinhua) -- Kenya", "NAIROBI, 15 Sept. (Xinhua) -- ",
                 id="day_first_with_agency"),
])
def test_a_day_first_dateline_is_a_dateline(text: str, dateline: str) -> None:
    assert text[:dateline_end(text)] == dateline


def test_a_day_first_dateline_is_not_the_subject(coder) -> None:
    # the city, parsed as a second subject, made the act the city's state's own
    found = pairs(coder, "KABUL, 12 October -- Pakistani jets on Friday bombed a market in "
                         "Afghanistan's Paktika province.", "2025-10-12")
    assert ("PAK", "AFG", "195") in found


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Dr. Mohamed Muizzu thanked India for the currency swap.",
                 ("MDV", "IND", "051"), id="dr_before_a_known_name"),
    pytest.param("Prof. Peter Mutharika met Tanzanian President Samia Suluhu Hassan in Dodoma.",
                 ("MWI", "TZA", "040"), id="prof_before_a_known_name"),
])
def test_an_academic_title_is_a_courtesy_title(coder, text: str,
                                                wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text, "2025-11-20")
