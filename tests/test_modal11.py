"""Non-asserted events found (issue 5, modality target; session 10 modality helper): hedged,
planned, negated and reported acts the coder missed or gave the wrong mood, each tested on
sentences of its own (other countries and wordings than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# Each row: the text, then one (cameo, sources, targets, modality) the coder must give.
FOUND = {
    "a plan told in a participle of saying after a past verb is future": (
        "Ruto spoke to reporters after the talks on Monday, adding that Kenyan negotiators "
        "would return to Kampala for another round.", ("042", ("KENGOV",), ("UGA",), "future")),
    "a withdrawal that is due to take effect later is not done yet": (
        "Kenya has announced its withdrawal from the IGAD, which is due to take effect in "
        "March.", ("161", ("KEN",), ("IGODEVIAD",), "future")),
    "an announced embargo that will take effect is not in force yet": (
        "Mali announced an embargo on Senegalese goods, which will take effect on Monday.",
        ("163", ("MLI",), ("SEN",), "future")),
    "announced tariffs that will enter into force are not in force yet": (
        "Mali announced new tariffs on Senegalese goods, which will enter into force on "
        "Monday.", ("163", ("MLI",), ("SEN",), "future")),
}


@pytest.mark.parametrize("text", [
    "Mali announced new tariffs on Senegalese goods, which took effect on Monday.",
    "Kenya announced its withdrawal from the IGAD, which took effect immediately.",
    # an appended restatement of the announced act keeps it as told
    "In March, Kenya announced its withdrawal from the IGAD, a bloc in which Uganda plays a "
    "large role, a departure which is to take effect at the end of next month.",
    # imposing or adopting a measure is done, even when the measure binds only later
    "The EU adopted new sanctions on Belarus, which will enter into force on Monday.",
    "Mr. Ruto signed an order on Wednesday imposing the extra duty on Ugandan goods, which "
    "will come into force after 21 days.",
])
def test_measure_already_in_force_stays_asserted(coder, text: str) -> None:
    got = [d for d in dyads(coded(coder, text)) if d[0][:2] == "16"]
    assert got and all(d[3] == "asserted" for d in got), got


def test_participle_of_saying_keeps_a_condition_hypothetical(coder) -> None:
    text = ("Ruto spoke to reporters on Monday, adding that Kenyan negotiators would return "
            "to Kampala if Uganda agreed.")
    got = [d for d in dyads(coded(coder, text)) if d[0] == "042"]
    assert got and all(d[3] == "hypothetical" for d in got), got


# An intent or accord held back by a denying governor is coded as the act, negated.
FOUND.update({
    "a mobilisation told in British spelling, by a rights group": (
        "In May, Armenia ordered a nationwide military mobilisation against Azerbaijan, "
        "according to a rights group.", ("154", ("ARM",), ("AZE",), "reported")),
    "mobilising reservists in British spelling": (
        "Armenia mobilised its reservists against Azerbaijan on Monday.",
        ("154", ("ARM",), ("AZE",), "asserted")),
})


def test_mobilising_in_forums_is_no_mobilisation(coder) -> None:
    got = dyads(coded(coder, "Yerevan said Baku continues to mobilise against Armenia in "
                             "different forums."))
    assert not any(d[0] == "154" for d in got), got


FOUND.update({
    "an act there are 'no plans' to do is negated": (
        "Warsaw has no plans to expel Belarusian diplomats.",
        ("161", ("POL",), ("BLRGOV",), "negated")),
    "an act there are plans to do is still to come": (
        "Warsaw has plans to expel Belarusian diplomats.",
        ("161", ("POL",), ("BLRGOV",), "future")),
    "an announced intention's act is still to come": (
        "Warsaw announced its intention to expel Belarusian diplomats.",
        ("161", ("POL",), ("BLRGOV",), "future")),
    "'no intention of' an act negates it": (
        "Warsaw has no intention of expelling Belarusian diplomats.",
        ("161", ("POL",), ("BLRGOV",), "negated")),
    "'would probably' is a guess, not a plan": (
        "Officials said Hungary would probably veto the new sanctions against Russia.",
        ("129", ("HUN",), ("RUS",), "hypothetical")),
    "'will likely' is a guess, not a plan": (
        "Hungary will likely veto the new sanctions against Russia.",
        ("129", ("HUN",), ("RUS",), "hypothetical")),
})


FOUND.update({
    "an act a party has not decided on yet is open (hypothetical)": (
        "The Kenyan government has not decided whether it will expel Ugandan diplomats.",
        ("161", ("KENGOV",), ("UGAGOV",), "hypothetical")),
    "an act not yet decided, in the passive": (
        "It has not been decided whether Japan will resume the payments to Russia.",
        ("071", ("JPN",), ("RUS",), "hypothetical")),
})


@pytest.mark.parametrize("text", [
    "Kenya did not say whether it would expel Ugandan diplomats.",
    "Asked whether Kenya would expel Ugandan diplomats, Ruto did not answer.",
])
def test_question_left_open_tells_no_act(coder, text: str) -> None:
    assert not any(d[0] == "161" for d in dyads(coded(coder, text)))


FOUND.update({
    "an appeal carried by the appealing state's own news agency is its public word": (
        "In the note, Oman called on the Yemeni government to release the sailors, the Omani "
        "news agency ONA said.", ("0253", ("OMN",), ("YEMGOV",), "asserted")),
    "a rejection carried by the rejecting state's news agency is its public word": (
        "The Russian embassy in Rome on Thursday dismissed the accusations as a provocation, "
        "the RIA news agency reported.", ("016", ("RUSGOV",), ("ITA",), "asserted")),
    "a national agency citing unnamed sources passes on a claim": (
        "Japan's prime minister also urged Seoul to carry out the 2015 agreement, Kyodo news "
        "agency reported, citing unnamed government sources.", ("020", ("JPNGOV",), ("KOR",),
                                                        "reported")),
    "a military act told by the actor's news agency is still the press's account": (
        "Russian forces shelled Kharkiv overnight, the RIA news agency reported.",
        ("194", ("RUSMIL",), ("UKRCVL",), "reported")),
})


HELD_BACK = {
    "stopped short of agreeing to seize": (
        "The G7 leaders stopped short of agreeing to seize the frozen Russian assets.",
        ("1711", ("IGOGOS",), ("RUS",), "negated")),
    "failed to agree to lift": (
        "The EU ministers failed to agree to lift sanctions on Belarus.",
        ("085", ("IGOEU",), ("BLR",), "negated")),
}
FOUND.update(HELD_BACK)


@pytest.mark.parametrize("name", list(HELD_BACK))
def test_accord_held_back_is_no_accord(coder, name: str) -> None:
    got = dyads(coded(coder, HELD_BACK[name][0]))
    assert not any(d[0][:2] == "03" for d in got), got


def test_accord_reached_stays_an_accord(coder) -> None:
    got = dyads(coded(coder, "The EU ministers agreed to lift sanctions on Belarus."))
    assert any(d[0][:2] == "03" and d[3] == "asserted" for d in got), got


@pytest.mark.parametrize("text", [
    "Police seized weapons at the border.",  # no state's assets
    "Russian troops seized the town of Avdiivka.",  # territory, not assets
])
def test_seizing_no_assets_is_no_confiscation(coder, text: str) -> None:
    assert not any(d[0] == "1711" for d in dyads(coded(coder, text)))


@pytest.mark.parametrize("name", list(FOUND))
def test_non_asserted_event_found(coder, name: str) -> None:
    text, expected = FOUND[name]
    assert expected in dyads(coded(coder, text))
