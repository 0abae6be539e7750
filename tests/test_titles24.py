"""Actor rules of session 24 (titles24): a title that exists in one state only, or in a few
(data/actors/title_states.tsv), gives an unknown person named after it that state, where the
context gave another party's. Each rule is shown by sentences of its own (none is a
development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import sides_in


@pytest.mark.parametrize(("text", "words", "wanted"), [
    pytest.param("Niger's ruling junta has demanded a withdrawal timetable. Speaking in Niamey, "
                 "Deputy Secretary of State Zorvan Kettleby praised the junta for its "
                 "patience.", "Kettleby", ("USA", "NER", "05"), id="secretary_of_state"),
    pytest.param("China detained a Japanese businessman in Beijing last week. Chief Cabinet "
                 "Secretary Tarovu Hakemiya demanded his release.", "Hakemiya",
                 ("JPN", "CHN", "10"), id="chief_cabinet_secretary"),
    pytest.param("Afghanistan's foreign minister arrived in New Delhi on Thursday. External "
                 "Affairs Minister Ravindra Kolhapuri hosted him and promised more aid.",
                 "Kolhapuri", ("IND", "AFG", "03"), id="external_affairs_minister"),
    pytest.param("Britain's prime minister flew to Dublin on Monday. Taoiseach Brannagh Colhoun "
                 "welcomed him and praised London's new approach.", "Colhoun",
                 ("IRL", "GBR", "05"), id="taoiseach"),
    pytest.param("Iran's president sent a letter to Bern on Sunday. Federal Councillor Annika "
                 "Brunnhofer thanked Tehran for it.", "Brunnhofer", ("CHE", "IRN", "05"),
                 id="federal_councillor"),
])
def test_a_title_of_one_state_gives_that_state(coder, text, words, wanted) -> None:
    assert wanted in sides_in(coder, text, words)


@pytest.mark.parametrize(("text", "words", "wanted"), [
    pytest.param("Myanmar's envoy arrived in Dhaka on Sunday. Foreign Secretary Velmor Qasrani "
                 "hosted him and promised help.", "Qasrani", ("BGD", "MMR", "03"),
                 id="foreign_secretary"),
    pytest.param("China's foreign minister arrived in Manila on Sunday. Defense Secretary Gilmar "
                 "Tavoro welcomed him and praised Beijing's restraint.", "Tavoro",
                 ("PHL", "CHN", "05"), id="defense_secretary"),
])
def test_a_title_of_several_states_takes_the_one_the_text_names(
        coder, text, words, wanted) -> None:
    assert wanted in sides_in(coder, text, words)


def test_a_title_of_many_states_leaves_the_context_to_decide(coder) -> None:
    """"Security Minister" exists in too many states to name one: the title alone gives no
    state (the context's choice stands)."""
    text = ("Russia warned Moldova on Friday. Security Minister Tarovu Hakemiya criticised "
            "Moscow over the threats.")
    assert ("MDA", "RUS", "11") in sides_in(coder, text, "Hakemiya")


def test_a_translated_chancellor_is_no_german(coder) -> None:
    """"Chancellor" also renders the Spanish/Portuguese "canciller" (a foreign minister), so
    it names no state by itself: a Brazilian chancellor in a text that names Germany stays
    the context's."""
    text = ("Brazil and Germany signed a trade pact in Brasilia. Chancellor Xavier Moldano "
            "praised Berlin for its support.")
    assert not any(s == "DEU" for s, _, _ in
                   sides_in(coder, text, "Moldano"))


CHAD_STORY = ("Chad ordered U.S. special forces to leave an air base near N'Djamena on Thursday. "
              "Chadian officials accused Washington of ignoring their demands. Chad's foreign "
              "minister criticised the United States on Friday. The United States has 75 "
              "troops in Chad. Washington is also pulling its troops out of Niger. ")


@pytest.mark.parametrize(("place", "wanted"), [
    pytest.param("Niamey", ("USA", "NER", "03"), id="another_states_capital"),
    pytest.param("Washington", ("USA", "TCD", "03"), id="own_capital_is_no_counterpart"),
])
def test_an_intent_given_in_another_states_capital_is_given_to_it(coder, place, wanted) -> None:
    """"agreed in Niamey to pull the troops out", in a story about Chad: an intent told as
    given in another state's capital is given to that state, not to the document's other
    main party; given at home, the main party stays."""
    text = CHAD_STORY + (f"A U.S. envoy, Zorvan Kettleby, agreed in {place} on Friday to pull "
                         "the troops out.")
    assert sides_in(coder, text, "Kettleby") == {wanted}
