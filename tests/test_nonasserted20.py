"""Non-asserted events found with their modality (issue #5, session 18 helper
"nonasserted20"), each rule tested on sentences of its own (other countries, tenses, voices
and wordings than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# An act a party did not do, may do or will do, told with no party named on the other side
# ("has not released the journalist", "could block the process again"), takes up the
# document's story: it is done to the other party of the main dyad.
UNDONE_UNADDRESSED = {
    "has not released (negated, present perfect)": (
        "Lithuania summoned Russia's envoy on Monday over the border incident. Moscow has "
        "not released the detained guards despite repeated appeals.",
        ("0841", ("RUS",), ("LTU",), "negated")),
    "did not try to shoot down (negated, governed infinitive)": (
        "Japan protested to North Korea on Tuesday over a missile that flew over Hokkaido. "
        "The Japanese military did not try to shoot the missile down.",
        ("193", ("JPNMIL",), ("PRK",), "negated")),
    "analysts said X could block (hypothetical, reported clause)": (
        "Greece vetoed Albania's candidacy talks last year. Analysts in Tirana said Athens "
        "could block the process again.", ("129", ("GRC",), ("ALB",), "hypothetical")),
    "will take the case to court (future, main clause)": (
        "Bolivia accused Chile of seizing a Bolivian cargo ship on Monday. The Bolivian "
        "government will take the case to court.", ("115", ("BOLGOV",), ("CHL",), "future")),
    "will file a lawsuit (future, purpose clause)": (
        "Bolivia accused Chile of seizing a Bolivian cargo ship on Monday. Bolivia will file "
        "a lawsuit to recover the vessel.", ("115", ("BOL",), ("CHL",), "future")),
    "did not order the closure (negated noun act)": (
        "Ecuador raised tariffs on Peruvian goods on Monday. Peru's president, however, did "
        "not order the closure of the border.", ("163", ("PERGOV",), ("ECU",), "negated")),
    "could retaliate by seizing (hypothetical means)": (
        "Britain imposed sanctions on Iranian officials on Friday. Some analysts said Iran "
        "could retaliate by seizing more tankers.",
        ("171", ("IRN",), ("GBR",), "hypothetical")),
}


@pytest.mark.parametrize("name", list(UNDONE_UNADDRESSED))
def test_undone_act_with_no_addressee_is_done_to_the_dyad_partner(coder, name: str) -> None:
    text, expected = UNDONE_UNADDRESSED[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


@pytest.mark.parametrize("text, code", [
    # done acts keep their own rule: no addressee, no event (single-party reports)
    ("Poland summoned Belarus's envoy on Monday over the jailing of a Polish journalist. "
     "Belarus later released the journalist.", "0841"),
    # a stance on another's act: "would not allow X to build"
    ("Vanuatu and China signed a policing pact on Monday. Vanuatu's prime minister told "
     "lawmakers that the government would not allow anyone to build a base.", "080"),
    # what a party says it will do is its statement, not an act done to the other side
    ("Ghana and Burkina Faso traded accusations on Monday. Ghana's minister said his "
     "government would not detain any traders.", "173"),
    # "she must leave": the act's party is a pronoun's, not sure enough
    ("Brazil expelled Nicaragua's ambassador on Thursday. The ministry notified the "
     "ambassador that she must leave the country.", "174"),
])
def test_no_partner_for_done_acts_stances_and_own_statements(coder, text: str,
                                                              code: str) -> None:
    got = dyads(coded(coder, text))
    assert not any(d[0] == code and d[3] != "asserted" and d[2] for d in got), got


def test_meetings_not_done_stay_between_their_parties(coder) -> None:
    got = dyads(coded(coder, "Argentina withdrew its ambassador from Spain on Monday. During "
                             "his visit Milei did not meet any member of the government."))
    assert not any(d[0].startswith("04") and d[3] == "negated" for d in got), got
