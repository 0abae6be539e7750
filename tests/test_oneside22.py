"""Session 22, one side unresolved (oneside22): a trigger found and dropped because one of
its sides went unresolved. Each rule is shown by sentences of its own (none is a
development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import country_sides


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Last week a letter was sent by Hungary's foreign minister to the Swedish "
                 "government. The letter, which was published on Tuesday, accused Stockholm "
                 "of sheltering extremists.", ("HUN", "SWE", "11"), id="letter_sent_by"),
    pytest.param("Kenya's president wrote a letter to his Ugandan counterpart on Monday. The "
                 "letter, which was published on Tuesday, accused Kampala of arming rebels.",
                 ("KEN", "UGA", "11"), id="wrote_a_letter"),
    pytest.param("Ghana's foreign ministry issued a statement on Monday. The statement accused "
                 "Togo of harbouring coup plotters.", ("GHA", "TGO", "11"),
                 id="issued_a_statement"),
])
def test_a_message_as_subject_acts_for_its_author(coder, text, wanted) -> None:
    """"The letter accused Stockholm": the act of a letter, statement or resolution is its
    author's, the party named as sending or adopting it."""
    assert wanted in country_sides(coder, text)


def test_a_message_only_received_names_no_author(coder) -> None:
    """"The German embassy received a letter": the receiver wrote nothing; the letter's
    accusation has no known author."""
    found = country_sides(coder, "The German embassy in Paris received a letter on Monday. The "
                                 "letter, which was unsigned, accused France of spying.")
    assert not any(s == "DEU" and root == "11" for s, _, root in found)


def test_a_message_with_no_author_named_stays_unresolved(coder) -> None:
    """No author anywhere: no source is invented."""
    found = country_sides(coder, "The letter, which circulated on social media, accused "
                                 "Washington of lying.")
    assert not any(t == "USA" and root == "11" for _, t, root in found)


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Sweden and Iran have argued for years over the fate of Swedish nationals held "
                 "in Tehran. A Swedish court convicted Hamid Nouri of war crimes in 2022.",
                 ("SWE", "IRN", "11"), id="convicted"),
    pytest.param("Japan and South Korea have quarrelled for years over wartime labour. A "
                 "Japanese court sentenced Kim Min-su to three years in prison.",
                 ("JPN", "KOR", "11"), id="sentenced"),
])
def test_a_judgement_with_an_implicit_other_side_is_done_to_the_main_dyads_other_party(
        coder, text, wanted) -> None:
    """"A Swedish court convicted Hamid Nouri": a disapproval or judgement by one party of the
    story's pair, naming no one it knows, is aimed at the pair's other party."""
    assert wanted in country_sides(coder, text)


def test_a_third_partys_judgement_takes_no_side_of_the_pair(coder) -> None:
    """"A German court convicted ...": Germany is in neither side of the story's pair, so
    nothing says whom its judgement is against."""
    found = country_sides(coder, "Sweden and Iran have argued for years over the fate of "
                                 "Swedish nationals held in Tehran. A German court convicted "
                                 "Hamid Nouri of war crimes in 2022.")
    assert not any(s == "DEU" and root == "11" for s, _, root in found)

