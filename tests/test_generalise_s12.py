"""Rules found by error analysis in session 12, each shown by sentences of its own (none is
a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# Each rule of session 12 shown by a sentence of its own: (source country, target country,
# CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The Chilean president wrote on X that Argentina's meddling in the election "
                 "was unacceptable.", ("CHL", "ARG", "111"),
                 id="writing_that_an_act_is_unacceptable_criticises"),
    pytest.param("Kenya's foreign ministry said it was astonished by the Ugandan statement.",
                 ("KEN", "UGA", "111"), id="astonished_by_a_statement"),
    pytest.param("Ecuador said it was outraged by the Mexican decision on Tuesday.",
                 ("ECU", "MEX", "111"), id="outraged_by_a_decision"),
])
def test_session12_rules(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text, "2025-11-20")


def test_writing_a_letter_is_no_statement(coder) -> None:
    found = pairs(coder, "The Chilean president wrote a letter to the Argentine president.",
                  "2025-11-20")
    assert not any(code == "010" for _, _, code in found)
