"""Actor rules of session 20 (context24): events whose trigger was found but whose record was
dropped, or given the wrong state, because an actor went unresolved. Each rule is shown by
sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import country_sides, sides


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

