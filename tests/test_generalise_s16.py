"""Rules found by error analysis in session 16, each shown by sentences of its own (none is
a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes, dated


@pytest.mark.parametrize(("text", "source"), [
    pytest.param("The Taiwan Affairs Office warned Japan against interference on Friday.",
                 "CHNGOV", id="chinese_office_named_after_taiwan"),
    pytest.param("The Hong Kong and Macao Affairs Office condemned Britain on Friday.",
                 "CHNGOV", id="chinese_office_named_after_hong_kong"),
    pytest.param("The Mainland Affairs Council condemned Beijing for the drills on Friday.",
                 "TWNGOV", id="taiwanese_council_named_after_the_mainland"),
    pytest.param("The Unification Ministry condemned Pyongyang for the balloons on Friday.",
                 "KORGOV", id="south_korean_ministry_without_a_country"),
    pytest.param("Rossotrudnichestvo signed an agreement with Mali on Friday.",
                 "RUSGOV", id="russian_agency_with_no_country_word"),
])
def test_a_state_body_named_after_another_place_belongs_to_its_state(
        coder, text: str, source: str) -> None:
    sources = {code for r in coded(coder, text, "2025-03-14") for code in codes(r["source"])}
    assert source in sources


@pytest.mark.parametrize(("text", "trigger", "date"), [
    pytest.param("Ghana said on Monday it would open an embassy in Togo in September.",
                 "open", "2025-09", id="future_act_keeps_its_own_month"),
    pytest.param("Ghana said on Monday it would open an embassy in Togo in September.",
                 "said", "2025-06-16", id="statement_takes_the_day"),
    # (precision23b: "said ... would expel" is told by the expulsion alone, no 13x of its
    # own; a warning keeps its record)
    pytest.param("Ghana warned on Sunday the government would expel two Togolese diplomats.",
                 "warned", "2025-06-15", id="noun_subject_of_the_clause"),
])
def test_a_day_before_a_reported_clause_is_when_it_was_said(
        coder, text: str, trigger: str, date: str) -> None:
    # "said on Monday it would ...": no "that", the day stands before the clause's subject
    assert dated(coder, text, "2025-06-18", trigger) == date
