"""Session 22, actors dyadwatch did not know (companies22): large state-owned and strategic
companies coded as their state's business (CCCBUS), and a countryless body named again
("the MID") after the document named it with its state. Each rule is shown by sentences of
its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import sides, sides_in


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Chad's government revoked the exploration licence held by CNPC on Monday.",
                 ("TCDGOV", "CHNBUS"), id="cnpc"),
    pytest.param("Niger expelled three senior executives of Sinopec.", ("NER", "CHNBUS"),
                 id="sinopec"),
    pytest.param("The United States imposed sanctions on Rosoboronexport and Sovcomflot.",
                 ("USA", "RUSBUS"), id="rosoboronexport"),
    pytest.param("Argentine authorities seized a Conviasa cargo plane at Ezeiza airport.",
                 ("ARGGOV", "VENBUS"), id="conviasa"),
])
def test_a_listed_company_is_its_states_business(coder, text, wanted) -> None:
    """A named state-owned or strategic company is its home state's business (CCCBUS)."""
    found = {(s, t) for s, t, _ in sides(coder, text)}
    assert wanted in found


def test_companies_of_one_state_make_no_interstate_event(coder) -> None:
    """Two companies of the same state sign with each other: no dyad between states."""
    found = sides(coder, "Transneft signed a pipeline contract with Gazprom Neft on Monday.")
    assert not any(s[:3] != t[:3] for s, t, _ in found if s and t)


MID_TEXT = ("TBILISI, 5 July -- Our country regrets the step of Kyiv. On Monday the MID of "
            "Ukraine invited the ambassador of Georgia to leave Kyiv for consultations. In the "
            "statement the MID demanded again that Tbilisi hand over the prisoner to Ukraine. "
            "Our MID on Tuesday expressed deep regret about the step of Kyiv.")


def test_a_bare_body_is_the_one_named_before_with_its_state(coder) -> None:
    """"the MID of Ukraine ... the MID demanded", in copy that speaks for Georgia in the
    first person: the bare body is Ukraine's, not the writer's state nor the last state
    named."""
    found = sides_in(coder, MID_TEXT, "the MID demanded")
    assert ("UKR", "GEO", "10") in found
    assert not any(s == "GEO" for s, _, _ in found)


def test_a_first_person_body_keeps_the_writers_state(coder) -> None:
    """"Our MID" is the writer's own ministry even after another state's MID was named."""
    assert ("GEO", "UKR", "11") in sides_in(coder, MID_TEXT, "Our MID on Tuesday")


def test_a_bare_body_with_no_earlier_naming_keeps_the_old_rules(coder) -> None:
    """No body of that head word was named with its state: the bare "MID" is resolved as
    before (the writer's state in first-person copy)."""
    text = ("TBILISI, 5 July -- Our government is worried about the step of Kyiv. On Monday "
            "the MID summoned the ambassador of Ukraine.")
    assert any(s == "GEO" and t == "UKR" for s, t, _ in sides_in(coder, text, "the MID summoned"))
