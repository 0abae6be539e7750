"""Non-asserted events found (issue 5, modality target; session 9 modality helper): moods the
coder got wrong or missed, each tested on sentences of its own (other countries and wordings
than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads


def _moods(text: str, coder, cameo_root: str) -> set[str]:
    return {d[3] for d in dyads(coded(coder, text)) if d[0].startswith(cameo_root)}


# Each row: the text, the CAMEO root of the act, the modality it must have.
MOODS = {
    "an act passed over after 'rather than' did not happen": (
        "India abstained rather than join Washington in condemning Moscow at the council.",
        "11", "negated"),
    "an act passed over after 'instead of' did not happen": (
        "Brazil abstained instead of condemning Caracas at the summit in Lima.",
        "11", "negated"),
    "an act not ruled out is possible, not planned": (
        "It is not excluded that the Kenyan president himself will travel to Mogadishu in the "
        "coming weeks.", "04", "hypothetical"),
    "an act that 'cannot be ruled out' is possible": (
        "Diplomats said it cannot be ruled out that Tallinn will expel more Russian diplomats.",
        "16", "hypothetical"),
    "a meeting that will take place is still to come": (
        "Vietnam's foreign minister said a meeting with his Cambodian counterpart will take "
        "place soon.", "04", "future"),
    "a meeting prepared is still to come": (
        "The foreign ministry said preparations for a meeting between Ruto and Museveni were "
        "under way.", "04", "future"),
    "an act undertaken is a commitment still to carry out": (
        "Canada undertook to resume military aid to Kyiv within weeks.", "07", "future"),
    "a second infinitive shares the commitment of the first": (
        "Ottawa undertook to lift the pause on arms deliveries and to resume the security "
        "assistance to Kiev.", "07", "future"),
    "an act a minister is instructed to carry out is still to come": (
        "Colombian President Gustavo Petro instructed his trade minister to impose duties on "
        "imports from Ecuador.",
        "16", "future"),
}


@pytest.mark.parametrize("name", list(MOODS))
def test_mood_of_the_act(coder, name: str) -> None:
    text, root, mood = MOODS[name]
    assert _moods(text, coder, root) == {mood}


def test_act_chosen_over_another_stays_asserted(coder) -> None:
    text = "Brazil condemned Caracas rather than staying silent at the summit in Lima."
    assert _moods(text, coder, "11") == {"asserted"}


def test_meeting_that_took_place_stays_asserted(coder) -> None:
    text = "The meeting between Ruto and Museveni took place in Arusha on Monday."
    assert _moods(text, coder, "04") == {"asserted"}


def test_they_after_a_coordinated_subject_is_every_party(coder) -> None:
    text = ("Hours after Chile, Peru and Ecuador announced they would recognise Kosovo, Serbia "
            "recalled its envoys.")
    got = [d for d in dyads(coded(coder, text)) if d[0] == "054"]
    assert got == [("054", ("CHL", "PER", "ECU"), ("XKX",), "future")], got


def test_they_after_a_single_party_stays_that_party(coder) -> None:
    text = "Chile's foreign minister said they would recognise Kosovo next month."
    got = [d for d in dyads(coded(coder, text)) if d[0] == "054"]
    assert all(len(d[1]) == 1 for d in got), got


@pytest.mark.parametrize("text", [
    "Kyiv has accused Russia of deporting thousands of children from occupied areas.",
    "Kyiv has accused Russia of deporting children from occupied areas.",
])
def test_alleged_coercion_of_people_targets_the_accusers_side(coder, text: str) -> None:
    assert ("174", ("RUS",), ("UKR",), "reported") in dyads(coded(coder, text))


def test_alleged_coercion_of_a_named_partys_people_keeps_them(coder) -> None:
    got = [d for d in dyads(coded(coder, "The EU accused Belarus of jailing Belarusian "
                                         "opposition leaders.")) if d[0].startswith("17")]
    assert not any("IGOEU" in d[2] for d in got), got
