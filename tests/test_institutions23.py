"""Session 23, named state institutions (institutions23): national legislatures and their
chambers, intelligence and security services, armed forces and their commands, border
guards and seats of government under their own names, each its state's body (LEG, COP, MIL,
GOV). Names that are also words, people's names or other bodies' acronyms do not match.
Each rule is shown by sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import sides


@pytest.mark.parametrize(("text", "wanted", "not_wanted"), [
    pytest.param("The Austrian government said the Bundesrat ratified the treaty with Poland "
                 "on Friday.", ("AUTLEG", "POL", "05"), "DEU", id="austrias-bundesrat"),
    pytest.param("Pyongyang said the Ministry of State Security arrested two South Korean "
                 "missionaries.", ("PRKCOP", "KOR", "17"), "CHN", id="north-koreas-mss"),
])
def test_a_body_of_two_states_takes_the_one_the_story_names(
        coder, text, wanted, not_wanted) -> None:
    """Austria has a Bundesrat too, North Korea a Ministry of State Security: in a story
    about Austria or North Korea it is that state's."""
    found = sides(coder, text)
    assert wanted in found
    assert not any(s.startswith(not_wanted) for s, _, _ in found)


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The Riigikogu ratified the border treaty with Russia on Tuesday.",
                 ("ESTLEG", "RUS"), id="riigikogu"),
    pytest.param("The Seimas ratified the defence agreement with Poland on Tuesday.",
                 ("LTULEG", "POL"), id="seimas"),
    pytest.param("The Saeima ratified the defence agreement with Poland on Tuesday.",
                 ("LVALEG", "POL"), id="saeima"),
    pytest.param("The Eduskunta ratified the defence cooperation agreement with the United "
                 "States.", ("FINLEG", "USA"), id="eduskunta"),
    pytest.param("The National Diet approved the reciprocal access agreement with Australia.",
                 ("JPNLEG", "AUS"), id="national-diet"),
    pytest.param("The Diet approved the reciprocal access agreement with Australia.",
                 ("JPNLEG", "AUS"), id="the-diet"),
    pytest.param("The Legislative Yuan approved the trade agreement with the United States.",
                 ("TWNLEG", "USA"), id="legislative-yuan"),
    pytest.param("The Sabor ratified the border agreement with Slovenia.", ("HRVLEG", "SVN"),
                 id="sabor"),
    pytest.param("The Bundesrat ratified the treaty with Poland on Friday.", ("DEULEG", "POL"),
                 id="bundesrat"),
    pytest.param("The BND accused Russia of planning sabotage.", ("DEUCOP", "RUS"), id="bnd"),
    pytest.param("GCHQ accused China of hacking British lawmakers.", ("GBRCOP", "CHN"),
                 id="gchq"),
    pytest.param("The DGSI arrested two Russian agents in Paris.", ("FRACOP", "RUS"),
                 id="dgsi"),
    pytest.param("Abin hacked the computers of Paraguayan officials.", ("BRACOP", "PRYGOV"),
                 id="abin"),
    pytest.param("Supo accused Russia of recruiting agents.", ("FINCOP", "RUS"), id="supo"),
    pytest.param("The Ministry of State Security accused the United States of spying.",
                 ("CHNCOP", "USA"), id="mss"),
    pytest.param("Bakamla expelled a Chinese coast guard vessel.", ("IDNCOP", "CHNCOP"),
                 id="bakamla"),
    pytest.param("The Border Security Force fired on Bangladeshi villagers.",
                 ("INDCOP", "BGDCVL"), id="bsf"),
    pytest.param("The Korean People's Army fired artillery shells toward South Korea.",
                 ("PRKMIL", "KOR"), id="kpa"),
    pytest.param("The Black Sea Fleet attacked Ukrainian ports on Monday.", ("RUSMIL", "UKR"),
                 id="black-sea-fleet"),
    pytest.param("The Gaimusho protested to China over the buoy.", ("JPNGOV", "CHN"),
                 id="gaimusho"),
    pytest.param("Matignon criticised Algeria on Monday.", ("FRAGOV", "DZA"), id="matignon"),
])
def test_an_institution_by_its_own_name_is_its_states(coder, text, wanted) -> None:
    """A legislature or chamber (LEG), an intelligence or security service (COP), an armed
    force (MIL) or a ministry's or government's seat (GOV) named in its own language and
    without its country is its state's."""
    assert wanted in {(s, t) for s, t, _ in sides(coder, text)}


@pytest.mark.parametrize("text", [
    pytest.param("Sweden's foreign minister said a diet of sanctions would not change Russia.",
                 id="diet-word"),
    pytest.param("Rada Stojanovic, a Serbian singer, praised Croatia.", id="rada-name"),
    pytest.param("The BIS accused Russia of spying on arms depots.", id="bis-ambiguous"),
])
def test_a_word_name_or_ambiguous_acronym_is_no_institution(coder, text) -> None:
    """"diet" as a word, "Rada" as a first name and "BIS" (also the Bank for International
    Settlements) name no state's body."""
    found = sides(coder, text)
    assert not any(code[:3] in ("JPN", "UKR", "CZE")
                   for s, t, _ in found for code in (s, t) if code)


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Czech officials said the BIS accused Russia of running a propaganda network.",
                 ("CZECOP", "RUS"), id="bis-czech-story"),
    pytest.param("Indonesia's government sent the treaty with Singapore to the DPR. The DPR "
                 "ratified the treaty with Singapore.", ("IDNLEG", "SGP"), id="dpr-indonesia"),
    pytest.param("Turkish officials said MIT arrested two Iranian agents in Istanbul.",
                 ("TURCOP", "IRN"), id="mit-turkey"),
    pytest.param("South Korea's NIS accused North Korea of hacking defence firms.",
                 ("KORCOP", "PRK"), id="nis-korea"),
])
def test_an_ambiguous_acronym_is_the_body_of_the_state_the_story_names(
        coder, text, wanted) -> None:
    """BIS, DPR, MIT and NIS are a state's body in a story that names that state."""
    assert wanted in {(s, t) for s, t, _ in sides(coder, text)}


@pytest.mark.parametrize("text", [
    pytest.param("Officials of the BIS criticised China's lending to Zambia.",
                 id="officials-of-the-bis"),
    pytest.param("Economists at the BIS urged Japan to raise rates.", id="economists-at-bis"),
    pytest.param("Separatists of the DPR shelled Ukrainian positions near Donetsk.",
                 id="separatists-of-the-dpr"),
    pytest.param("MIT researchers accused China of hacking their servers.", id="mit-researchers"),
    pytest.param("The NIS accused North Korea of hacking defence firms in Japan.", id="nis-bare"),
])
def test_an_ambiguous_acronym_with_no_state_named_is_no_actor(coder, text) -> None:
    """Without its state in the story the acronym is no actor, also where it places an agent
    ("officials of the BIS"): the Bank for International Settlements, the Donetsk People's
    Republic, a university."""
    found = sides(coder, text)
    assert not any(code[:3] in ("CZE", "IDN", "TUR", "KOR")
                   for s, t, _ in found for code in (s, t) if code)
