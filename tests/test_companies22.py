"""Session 22, actors dyadwatch did not know (companies22): a countryless body named again
("the MID") after the document named it with its state. Each rule is shown by sentences of
its own (none is a development-set sentence)."""

from __future__ import annotations

from coding_helpers import sides_in

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
