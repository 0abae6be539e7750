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
        "Brazil abstained rather than join Washington in condemning Havana.",
        "11", "negated"),
    "an act passed over after 'instead of' did not happen": (
        "Brazil abstained instead of condemning Caracas at the summit in Lima.",
        "11", "negated"),
    "an act not ruled out is possible, not planned": (
        "It is not excluded that Kenya's president will fly to Mogadishu next month.", "04",
        "hypothetical"),
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
        "Ottawa undertook to end the freeze on arms shipments and to resume military aid "
        "to Kyiv.", "07", "future"),
    "an agreement reached as 'no agreement' was not reached": (
        "Ruto and Museveni reached no agreement on the disputed island.", "05", "negated"),
    "'no agreement was signed' between two parties": (
        "No deal on the dam was signed between Cairo and Addis Ababa at the meeting.", "05",
        "negated"),
    "an act done to some of the objects is done": (
        "Ruto and Museveni reached an agreement on the disputed island.", "05", "asserted"),
    "a visit whose dates are being finalised is still to come": (
        "Officials said the dates of Mr. Erdogan's visit to Egypt later this year were being "
        "finalised.", "04", "future"),
    "a visit being arranged is still to come": (
        "The two ministries are arranging a visit by Ruto to Kampala.", "04", "future"),
    "an act a minister is instructed to carry out is still to come": (
        "Colombian President Gustavo Petro instructed the finance ministry to impose duties "
        "on imports from Ecuador.",
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
    text = ("Chile, Peru and Ecuador announced on Monday that they would recognise Kosovo.")
    got = [d for d in dyads(coded(coder, text)) if d[0] == "054"]
    assert got == [("054", ("CHL", "PER", "ECU"), ("XKX",), "future")], got


def test_they_after_a_single_party_stays_that_party(coder) -> None:
    text = "Chile's foreign minister said they would recognise Kosovo next month."
    got = [d for d in dyads(coded(coder, text)) if d[0] == "054"]
    assert all(len(d[1]) == 1 for d in got), got


@pytest.mark.parametrize("text", [
    "Tbilisi has accused Moscow of deporting hundreds of children from Abkhazia.",
    "Tbilisi has accused Moscow of deporting children from Abkhazia.",
])
def test_alleged_coercion_of_people_targets_the_accusers_side(coder, text: str) -> None:
    assert ("174", ("RUS",), ("GEO",), "reported") in dyads(coded(coder, text))


def test_alleged_coercion_of_a_named_partys_people_keeps_them(coder) -> None:
    got = [d for d in dyads(coded(coder, "The EU accused Belarus of jailing Belarusian "
                                         "opposition leaders.")) if d[0].startswith("17")]
    assert not any("IGOEU" in d[2] for d in got), got


# Each row: the text, then one (cameo, sources, targets, modality) the coder must give.
FOUND = {
    "hiring another state's mercenaries, alleged, is military cooperation by the accused": (
        "Niger's prime minister accused the Chadian junta of hiring instructors from Russia's "
        "Africa Corps.", ("062", ("TCDMIL",), ("RUSMIL",), "reported")),  # Russia's military
    "buying weapons from a state is military cooperation with it": (
        "Poland will buy 96 more Apache helicopters from the United States, the defence "
        "ministry said.", ("062", ("POL",), ("USA",), "future")),
    "the training of another state's soldiers is military aid": (
        "Officials said the training of Ukrainian soldiers by German instructors would "
        "continue in Bavaria.", ("072", ("DEU",), ("UKRMIL",), "future")),
    "training another state's pilots is military aid": (
        "Britain will also train Ukrainian pilots on the new jets.",
        ("072", ("GBR",), ("UKR",), "future")),
    "the cessation of sanctions eases them": (
        "The United States announced the cessation of sanctions against Venezuela.",
        ("085", ("USA",), ("VEN",), "asserted")),
    "backing rebels, alleged, is aid to them": (
        "Bangui accuses N'Djamena of backing the Central African rebels.",
        ("070", ("TCD",), ("CAFREB",), "reported")),
    "a state included in a visa-free scheme has restrictions eased": (
        "Tokyo will add Uzbekistan to its visa-free scheme from April, the ministry said.",
        ("081", ("JPN",), ("UZB",), "future")),
}




@pytest.mark.parametrize("text", [
    "Rwanda backs the M23 rebels, according to a UN report.",  # a standing position
    "The minister accused the Malian junta of corruption.",  # no act of another state
    "Poland will buy more grain from Ukrainian farmers.",  # no weapons
    "Kazakhstan, which supplies much of Kyrgyzstan's fuel, protested.",  # a standing trade
])
def test_no_state_act_stays_uncoded(coder, text: str) -> None:
    got = dyads(coded(coder, text))
    assert not any(d[0][:2] in ("06", "07") for d in got), got


FOUND.update({
    "a declaration that stopped short of condemning: its adopters did not condemn": (
        "ASEAN foreign ministers adopted a joint communique that stopped short of condemning "
        "Myanmar over the air strikes.", ("111", ("IGOASN",), ("MMR",), "negated")),
    "a resolution that condemns: its adopters condemn": (
        "The European Parliament adopted a resolution that condemns Azerbaijan for the "
        "offensive.", ("111", ("IGOEU",), ("AZE",), "asserted")),
    "supplying another state with wheat under a deal is economic cooperation": (
        "India and Bangladesh signed a deal under which India will supply Dhaka with up to "
        "500,000 tonnes of wheat a year.", ("061", ("IND",), ("BGD",), "future")),
    "weapons sent from a state in an agentless passive are that state's aid": (
        "Weapons were sent to Kyiv from Poland, the Ukrainian minister said.",
        ("072", ("POL",), ("UKR",), "reported")),
    "tanks transferred from two states are each one's aid": (
        "Tanks were delivered to Ukraine from Poland and Norway last week.",
        ("072", ("POL", "NOR"), ("UKR",), "asserted")),
    "a trip to a named place with a purpose the lexicon does not code is a visit": (
        "Mali's defence minister must go to Ankara next month to finish the talks.",
        ("042", ("MLIGOV",), ("TUR",), "future")),
})


def test_going_to_court_is_no_visit(coder) -> None:
    got = dyads(coded(coder, "The Malian ministry went to court to block the ruling."))
    assert not any(d[0] == "042" for d in got), got


# A negated intent or accord is coded as the act itself, negated (never a negated intent).
NOT_INTENDED = {
    "did not intend to expel": (
        "Cairo does not intend to expel Turkish diplomats, the foreign ministry said.",
        ("161", ("EGY",), ("TURGOV",), "negated")),
    "did not agree to reopen": (
        "Athens did not agree to reopen its border with Albania.",
        ("081", ("GRC",), ("ALB",), "negated")),
    "could not agree sanctions": (
        "EU governments could not agree new sanctions against Serbian officials.",
        ("163", ("IGOEU",), ("SRBGOV",), "negated")),
}


FOUND.update(NOT_INTENDED)


@pytest.mark.parametrize("name", list(NOT_INTENDED))
def test_negated_intent_is_no_intent(coder, name: str) -> None:
    got = dyads(coded(coder, NOT_INTENDED[name][0]))
    assert not any(d[0][:2] in ("03", "13") for d in got), got


def test_intent_told_plainly_stays_an_intent(coder) -> None:
    got = dyads(coded(coder, "Egypt intends to expel Turkish diplomats, the minister said."))
    assert ("1313", ("EGY",), ("TURGOV",), "asserted") in got


@pytest.mark.parametrize("name", list(FOUND))
def test_non_asserted_event_found(coder, name: str) -> None:
    text, expected = FOUND[name]
    assert expected in dyads(coded(coder, text))


def test_weapons_named_for_their_maker_are_no_receiver(coder) -> None:
    got = dyads(coded(coder, "Two F-16 jets were being transferred from Belgium and "
                             "Norway last week, officials said."))
    assert not any(d[0].startswith("07") for d in got), got
