"""Actor rules of session 18 (context22): events whose trigger was found but whose record was
dropped because a side went unresolved. Each rule is shown by sentences of its own (none is
a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes, country_sides, sides

from dyadwatch.read.text import dateline_end


def parties_of_root(coder, text: str, root: str) -> list[set[str]]:
    """The countries of each record of a CAMEO root, source and target together."""
    return [{c[:3] for c in codes(r["source"]) + codes(r["target"])}
            for r in coded(coder, text) if r["cameo"][:2] == root]


@pytest.mark.parametrize(("text", "pair", "root"), [
    pytest.param("China and the Philippines traded accusations on Monday over a clash at sea. "
                 "Officials from the two countries are due to hold talks in Manila next month.",
                 {"CHN", "PHL"}, "04", id="officials_from_the_two_countries_are_due_to"),
    pytest.param("Kyrgyzstan and Tajikistan blamed each other for the border clashes on "
                 "Friday. The two neighbours are expected to sign a border agreement in "
                 "Bishkek next week.", {"KGZ", "TJK"}, "05", id="neighbours_are_expected_to"),
    pytest.param("Ethiopia and Sudan have quarrelled over the farmland for years. In July the "
                 "two sides are to hold in Addis Ababa the next round of border talks.",
                 {"ETH", "SDN"}, "04", id="the_two_sides_are_to"),
    pytest.param("Serbia and Kosovo clashed over the licence plates in the north. The two "
                 "sides are due to meet in Brussels on Thursday.", {"SRB", "XKX"}, "04",
                 id="the_two_sides_are_due_to"),
])
def test_both_sides_subject_of_a_raising_predicate_does_the_infinitive(
        coder, text, pair, root) -> None:
    """"The two sides are to hold talks", "officials from both countries are due to meet",
    "the two neighbours are expected to sign": the phrase naming both parties is the subject
    of "be", "be due" or a passive that only places the act in time; it does the act of the
    infinitive, as a named subject does ("China and the Philippines are due to hold talks")."""
    assert pair in parties_of_root(coder, text, root)


def test_an_object_still_controls_the_infinitive(coder) -> None:
    """"Washington urged the two sides to resume talks": the appeal's addressees are asked;
    the talks are not coded as held by anyone."""
    found = country_sides(coder, "Armenia and Azerbaijan exchanged fire on the border on "
                                 "Monday. Washington urged the two sides to resume talks.")
    assert not any(root == "04" and src in ("ARM", "AZE") for src, _, root in found)


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("ECOWAS leaders met on Sunday after the coup in Guinea. "
                 "In October, the bloc imposed travel bans on members of the junta.",
                 ("IGOWAS", "GIN", "16"), id="the_bloc_imposed_bans"),
    pytest.param("The African Union held a summit on the coup in Mali. In June, the bloc imposed "
                 "sanctions on the junta.", ("IGOAU", "MLI", "16"),
                 id="the_bloc_imposed_sanctions"),
])
def test_a_referring_noun_the_tagger_reads_as_proper_still_refers_back(
        coder, text, wanted) -> None:
    """"In November, the bloc imposed ...": the tagger may read the lower-case "bloc" after a
    fronted phrase as a proper noun (NNP); it is still the common noun that refers back to
    the organisation named before."""
    assert wanted in {(s, t[:3], r) for s, t, r in sides(coder, text)}


@pytest.mark.parametrize(("text", "end"), [
    pytest.param("MAL\u00c9 \u2014 India on Monday summoned the envoy.", 7, id="male"),
    pytest.param("SAN JOS\u00c9 \u2014 A flight landed.", 11, id="san_jose"),
    pytest.param("BOGOT\u00c1, 3 of May -- Colombia said.", 20, id="bogota"),
    pytest.param("LOM\u00c9, Jan 4 (Reuters) - Togo said.", 24, id="lome"),
    pytest.param("The \u00c9LYS\u00c9E - said.", 0, id="not_a_dateline"),
])
def test_a_dateline_may_carry_accented_capitals(text, end) -> None:
    assert dateline_end(text) == end


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("MAL\u00c9 \u2014 China on Tuesday summoned the Maldives ambassador in "
                 "Beijing over the remarks.", ("CHN", "MDV", "11"), id="male"),
    pytest.param("YAOUND\u00c9 \u2014 Nigeria on Friday summoned the Cameroon High "
                 "Commissioner in Abuja over the border shooting.", ("NGA", "CMR", "11"),
                 id="yaounde"),
])
def test_an_accented_dateline_is_not_the_subject(coder, text, wanted) -> None:
    """With the accented dateline left in the first sentence the parser took the place for
    a second subject: the summons had no source, or the place's state for its source."""
    found = country_sides(coder, text)
    assert wanted in found
    assert (wanted[1], wanted[0], "11") not in found


@pytest.mark.parametrize(("text", "pair", "root"), [
    pytest.param("India and Pakistan exchanged fire across the Line of Control on Monday. The "
                 "two nuclear-armed neighbours agreed on Tuesday to restore the ceasefire.",
                 {"IND", "PAK"}, "05", id="nuclear_armed_neighbours"),
    pytest.param("Kyrgyzstan and Tajikistan clashed on the border on Friday. Fighting between "
                 "the two Central Asian neighbours killed 40 people on Saturday.",
                 {"KGZ", "TJK"}, "19", id="central_asian_neighbours"),
    pytest.param("Kyrgyzstan and Tajikistan clashed on the border on Friday. The two former "
                 "Soviet republics signed a ceasefire on Sunday.", {"KGZ", "TJK"}, "05",
                 id="former_soviet_republics"),
    pytest.param("India and Pakistan exchanged fire across the Line of Control on Monday. Each "
                 "side accused the other of violating the ceasefire.", {"IND", "PAK"}, "11",
                 id="each_side_accused_the_other"),
])
def test_a_described_pair_names_both_parties(coder, text, pair, root) -> None:
    """"the two nuclear-armed neighbours", "the two Central Asian neighbours", "the two former
    Soviet republics", "each side ... the other": the pair of the story, described."""
    assert pair in parties_of_root(coder, text, root)


@pytest.mark.parametrize("phrase", ["the two other countries", "the two main parties",
                                    "the two of them"])
def test_another_pair_is_not_the_story_s_pair(phrase) -> None:
    from dyadwatch.actors.context import names_both_sides

    assert not names_both_sides(phrase)


def test_a_described_pair_keeps_its_role() -> None:
    from dyadwatch.actors.context import both_sides_role

    assert both_sides_role("both warring sides") == "GOV"
    assert both_sides_role("the two Korean leaders") == "GOV"
    assert both_sides_role("the two nuclear-armed neighbours") is None
