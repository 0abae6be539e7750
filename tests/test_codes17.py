"""Second acts and wrong CAMEO roots found by error analysis in session 15 (brief codes17),
each shown by sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The Ukrainian president thanked the Emir of Qatar for the mediation in a "
                 "phone call on Friday.", ("UKR", "QAT", "041"), id="on_object_of_for"),
    pytest.param("Erdogan thanked the Russian president for the grain deal in a telephone "
                 "call on Monday.", ("TUR", "RUS", "041"), id="on_object_with_day_after"),
    pytest.param("Prime Minister Kishida apologised to South Korea for the remarks of his "
                 "minister in a telephone call.", ("JPN", "KOR", "041"),
                 id="apology_medium_on_pobj"),
])
def test_a_phone_call_hung_on_the_object_is_the_verbs_medium(coder, text: str,
                                                            wanted: tuple[str, str, str]) -> None:
    # the parser hangs the medium phrase on the noun before it; the act was done on the phone
    assert wanted in pairs(coder, text, "2025-11-20")


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("On Sunday the Syrian and Lebanese foreign ministers agreed in a telephone "
                 "call on a ceasefire.", ("SYR", "LBN"), id="ministers_agreed_ceasefire"),
    pytest.param("Armenia and Azerbaijan agreed by telephone on an exchange of prisoners.",
                 ("ARM", "AZE"), id="states_agreed_exchange"),
    pytest.param("The Kenyan and Tanzanian presidents agreed in a phone call to reopen the "
                 "border.", ("KEN", "TZA"), id="presidents_agreed_to_reopen"),
])
def test_a_phone_call_between_the_parties_of_a_joint_subject(coder, text: str,
                                                            pair: tuple[str, str]) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert (pair[0], pair[1], "041") in found and (pair[1], pair[0], "041") in found


def test_a_phone_interview_of_the_speaker_is_no_call_between_states(coder) -> None:
    found = pairs(coder, "Poland thanked Germany for the Patriot batteries, the prime minister "
                  "said in a phone interview.", "2025-11-20")
    assert not any(code == "041" for _, _, code in found)


@pytest.mark.parametrize("text", [
    pytest.param("North Korea fired a ballistic missile over Japan on Tuesday.",
                 id="fired_over_on_day"),
    pytest.param("Pyongyang launched an intermediate-range missile over northern Japan early on "
                 "Thursday.", id="launched_over_region"),
    pytest.param("On Friday the North Korean army fired two ballistic missiles over Japan into "
                 "the Pacific.", id="over_then_into_the_sea"),
])
def test_a_missile_sent_over_a_country_shows_force(coder, text: str) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert ("PRK", "JPN", "150") in found
    assert not any(code[:2] == "19" for _, _, code in found)


@pytest.mark.parametrize("text", [
    pytest.param("Iran fired ballistic missiles at Tel Aviv on Friday.", id="at_a_city"),
    pytest.param("Russia fired cruise missiles over Moldova into western Ukraine.",
                 id="over_one_into_another"),
])
def test_a_missile_aimed_at_a_place_stays_an_attack(coder, text: str) -> None:
    assert any(code[:2] == "19" for _, _, code in pairs(coder, text, "2025-11-20"))
