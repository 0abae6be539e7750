"""Actor rules of session 20 (context24): events whose trigger was found but whose record was
dropped, or given the wrong state, because an actor went unresolved. Each rule is shown by
sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes, country_sides, sides, sides_in


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The MID of Kirghizia summoned the Kazakh ambassador on Tuesday.",
                 ("KGZ", "KAZ", "11"), id="kirghizia"),
    pytest.param("Uzbek border guards detained two citizens of Kirgizia near Osh.",
                 ("UZB", "KGZ", "17"), id="kirgizia_target"),
    pytest.param("The government of Moldavia expelled three Russian diplomats last week.",
                 ("MDA", "RUS", "16"), id="moldavia"),
    pytest.param("The Moldavian foreign minister accused Russia of threatening the country.",
                 ("MDA", "RUS", "11"), id="moldavian"),
    pytest.param("Turkmenia accused Russia of cutting gas imports without notice.",
                 ("TKM", "RUS", "11"), id="turkmenia"),
    pytest.param("The foreign ministry of Tadzhikistan accused Afghanistan of shelling "
                 "border posts.", ("TJK", "AFG", "11"), id="tadzhikistan"),
    pytest.param("The president of Azerbaidzhan accused Armenia of provocations on the "
                 "border.", ("AZE", "ARM", "11"), id="azerbaidzhan"),
    pytest.param("France condemned the arrest of opposition leaders in Côte d’Ivoire.",
                 ("FRA", "CIV", "11"), id="cote_divoire_curly"),
])
def test_old_and_transliterated_country_names(coder, text, wanted) -> None:
    """Translated and older copy writes states by Soviet-era or Russian-style names
    ("Kirgizia", "Moldavia", "Turkmenia", "Tadzhikistan", "Azerbaidzhan") and "Côte d'Ivoire"
    with a typographic apostrophe: each is the state (before, no actor, so no record)."""
    assert wanted in {(s, t, r[:2]) for s, t, r in country_sides(coder, text)}


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The ODKB sent peacekeepers to Tajikistan in 2021.",
                 ("IGOCST", "TJK"), id="odkb"),
    pytest.param("The Organization of the Collective Security Treaty condemned the attack on "
                 "Armenia.", ("IGOCST", "ARM"), id="csto_word_for_word"),
    pytest.param("The SNG summit in Bishkek criticized Ukraine.", ("IGOCIS", "UKR"),
                 id="sng"),
    pytest.param("The OTAN condemned the Russian strikes on Kyiv.", ("IGONAT", "RUS"),
                 id="otan"),
    pytest.param("The ONU demanded that Israel halt the strikes.", ("IGOUNO", "ISR"),
                 id="onu"),
    pytest.param("The OBSE criticized Azerbaijan for blocking the road.", ("IGOOSC", "AZE"),
                 id="obse"),
    pytest.param("Iran refused to admit inspectors of the MAGATE last month.",
                 ("IRN", "IGOUNOIAE"), id="magate"),
])
def test_translated_acronyms_of_international_organisations(coder, text, wanted) -> None:
    """Translated press keeps the acronym of its own language: Russian (ODKB for the CSTO,
    SNG for the CIS, OBSE, MAGATE, OON), French and Spanish (OTAN, ONU, CEDEAO), or the
    word-for-word English of the full name."""
    pairs = {(s, t) for s, t, _root in sides(coder, text)}
    assert any(s.startswith(wanted[0]) and t.startswith(wanted[1]) for s, t in pairs), pairs



def _dated_sides(coder, text: str, pub: str) -> set[tuple[str, str, str]]:
    """(source country, target country, root) of every record, the text published at pub."""
    return {(s[:3], t[:3], r["cameo"][:2]) for r in coded(coder, text, pub)
            for s in codes(r["source"]) or [""] for t in codes(r["target"]) or [""]}


@pytest.mark.parametrize(("text", "pub", "wanted"), [
    pytest.param("Brazil sent a trade delegation to Beijing. Chairman Si Tszinpin praised the "
                 "visit of the Brazilian delegation.", "2024-05-10", ("CHN", "BRA", "05"),
                 id="russian_transliteration_of_xi"),
    pytest.param("Brazil sent a trade delegation to Beijing. Chairman Tsi Tszinpin criticized "
                 "Japan over the islands.", "2024-05-10", ("CHN", "JPN", "11"),
                 id="second_garbling"),
    pytest.param("Brazil hosted a trade fair in Sao Paulo. Premier Li Tsian criticized Japan "
                 "for the new export rules.", "2024-05-10", ("CHN", "JPN", "11"),
                 id="premier"),
])
def test_a_garbled_name_after_a_title_is_the_holder_of_its_office_at_the_date(
        coder, text, pub, wanted) -> None:
    """"Chairman Si Tszinpin", "Premier Li Tsian": a name garbled by transliteration after a
    title that names an office is the holder of that office at the document's date whose
    name it is closest to (before, the titled person had no country and took the country of
    the nearest earlier actor, here Brazil)."""
    got = _dated_sides(coder, text, pub)
    assert wanted in got, got


def test_a_garbled_name_is_not_a_holder_out_of_office_at_the_date(coder) -> None:
    """The same garbled name before its holder took office (Xi became head of state in
    2013) is nobody's: the fuzzy match is only among the holders at the date."""
    text = ("Brazil sent a trade delegation to Beijing. Chairman Si Tszinpin praised the visit "
            "of the Brazilian delegation.")
    assert "CHN" not in {s for s, _t, _r in _dated_sides(coder, text, "2010-05-10")}


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The United States has stepped up its crackdown on illegal work in recent "
                 "months. On Thursday, federal agents raided a battery plant near Savannah and "
                 "detained 300 South Korean workers who were at the site.",
                 ("USA", "KOR", "17"), id="federal_agents"),
    pytest.param("Russia has tightened its rules for foreign workers this year. On Friday, "
                 "federal agents detained dozens of Uzbek workers at a construction site near "
                 "Moscow.", ("RUS", "UZB", "17"), id="federal_agents_russia"),
    pytest.param("The Trump administration has promised to deport millions of people. On "
                 "Monday, immigration agents arrested dozens of Venezuelan migrants in Chicago, "
                 "officials said.", ("USA", "VEN", "17"), id="immigration_agents"),
    pytest.param("Iran has held several Europeans in recent years. Last week, security agents "
                 "detained two French tourists in Tehran, the French foreign ministry said.",
                 ("IRN", "FRA", "17"), id="security_agents"),
])
def test_agents_of_a_security_body_named_without_it(coder, text, wanted) -> None:
    """"Federal agents", "immigration agents", "security agents": agents of a security body
    are police (COP) of the state the context or the place gives (before, no actor)."""
    assert wanted in {(s, t, r[:2]) for s, t, r in country_sides(coder, text)}


@pytest.mark.parametrize("text", [
    pytest.param("On Monday the Eastern Theatre Command held drills around Taiwan, and it said "
                 "that the drills were a warning to the island.", id="eastern"),
    pytest.param("The Southern Theater Command said its warships had expelled a Philippine "
                 "vessel from the waters near the shoal.", id="southern"),
])
def test_theater_commands_are_chinas_military(coder, text) -> None:
    """The five theater commands of the People's Liberation Army are China's military."""
    assert any(s == "CHN" for s, _t, _r in country_sides(coder, text))


# -- session 24 (context24): members of a named official's body -------------------------
MOROCCO_SPAIN = ("Moroccan Foreign Minister Nasser Bourita criticised Spanish Prime Minister "
                 "Pedro Sanchez on Monday. ")


def test_ministers_in_a_leaders_coalition_are_the_leaders_state(coder) -> None:
    """"Several ministers in Sanchez's coalition": the members of a body that a named
    official owns are that official's state's, not the other side named just before."""
    text = MOROCCO_SPAIN + ("Several ministers in Sanchez's coalition demanded on Tuesday "
                            "that Rabat withdraw the remarks.")
    assert sides_in(coder, text, "coalition") == {("ESP", "MAR", "10")}


def test_ministers_of_a_body_with_no_named_owner_are_not_the_owners(coder) -> None:
    """With no official owning the body ("ministers in the coalition") the rule does not
    fire: nothing in the phrase makes them Spain's."""
    text = MOROCCO_SPAIN + ("Several ministers in the coalition demanded on Tuesday that "
                            "Rabat withdraw the remarks.")
    assert ("ESP", "MAR", "10") not in sides_in(coder, text, "coalition")
