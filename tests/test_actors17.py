"""Actor rules of session 14, second pass (actors17), each shown by sentences of its own
(none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs

BEFORE = "Ethiopia accused Eritrea of massing troops on the border. Eritrea denied the charge.\n\n"


@pytest.mark.parametrize("text", [
    pytest.param("Qatar's emir, the Arab League's envoy, has been trying for weeks to get the "
                 "two governments to sign a ceasefire.", id="trying_to_get_them_to"),
    pytest.param("South Africa's president, the African Union's envoy, is working to get both "
                 "sides to sign a truce.", id="working_to_get_both_sides"),
    pytest.param("The Turkish foreign minister, NATO's go-between, persuaded the two "
                 "governments to sign a ceasefire on Friday.", id="persuaded_them_to"),
])
def test_who_brings_the_two_governments_to_act_is_no_side(coder, text: str) -> None:
    # the mediator (and the organisation it speaks for) acts on the pair: the pair is the
    # document's two parties, not the mediator's two countries
    found = pairs(coder, BEFORE + text, "2025-07-03")
    agreements = {(s, t) for s, t, code in found if code.startswith("057")}
    assert ("ETH", "ERI") in agreements
    assert not any(s in ("QAT", "ZAF", "TUR") for s, _ in agreements)


def test_a_finite_clause_after_a_visit_keeps_its_own_pair(coder) -> None:
    # "Xi visited Hanoi, when the two leaders signed": the visitor is a side
    found = pairs(coder, "Chinese President Xi Jinping paid a state visit to Hanoi in "
                  "December, when the two leaders signed a dozen agreements.", "2025-07-03")
    assert ("CHN", "VNM", "057") in found or ("VNM", "CHN", "057") in found
