"""Actor rules of session 17, round two (context21): triggers that were found but dropped
because a side went unresolved. Each rule is shown by sentences of its own (none is a
development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import country_sides, sides


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The UN human rights office in Caracas was closed on Thursday. On Friday the "
                 "office regretted the decision by Venezuela.", ("IGOUNO", "VEN", "11"),
                 id="the_office_regretted"),
    pytest.param("The World Health Organization sent experts to Wuhan in January. Beijing "
                 "later criticised the agency for its report.", ("CHN", "IGOUNO", "11"),
                 id="criticised_the_agency"),
    pytest.param("UNRWA has run schools in Gaza for decades. Israel banned the agency in "
                 "October.", ("ISR", "IGOUNO", "16"), id="banned_the_agency"),
    pytest.param("The African Union deployed troops in Somalia last year. The mission accused "
                 "al Shabaab of attacking its bases.", ("IGOAU", "SOMREB", "11"),
                 id="the_mission_accused"),
])
def test_a_definite_office_mission_or_agency_is_the_organisation_named_before(
        coder, text, wanted) -> None:
    """"the office", "the mission", "the agency", "the body" refer back to the organisation
    named last within a few sentences, as "the bloc" and "the alliance" do."""
    assert wanted in sides(coder, text)


def test_an_office_of_someone_is_that_someones(coder) -> None:
    """"the office of the Iranian president" is the president's, not the UN's named before."""
    found = country_sides(coder, "The UN Security Council met on Monday. The office of the "
                                 "Iranian president condemned Israel.")
    assert ("IRN", "ISR", "11") in found
    assert not any(s == "IGO" and root == "11" for s, _, root in found)


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("NATO leaders met in Washington on Wednesday. Beijing accused the alliance of "
                 "stoking tension in Asia.", ("CHN", "IGONAT", "11"), id="alliance_of_an_act"),
    pytest.param("Burkina Faso suspended RFI on Monday, accusing the station of spreading lies.",
                 ("BFA", "FRAMED", "11"), id="station_of_an_act"),
])
def test_an_of_phrase_naming_no_actor_keeps_the_reference(coder, text, wanted) -> None:
    """"accusing the alliance of stoking tension": the "of" phrase is the charge, not an
    owner; the noun still refers back."""
    assert wanted in sides(coder, text)
