"""Missed verbal triggers found in session 17 (helper lexicon20), each shown by sentences of
its own (none is a development-set sentence), in several phrasings: blocking, obstructing or
holding up a process, start or ratification another party needs vetoes it (129); taking
legal action or opening legal proceedings against a party sues it (115); sitting at the
(negotiating) table with a party negotiates with it (046), and ready or willing to, it is the
intent to negotiate (036); sitting down with a party meets it (040); working or
collaborating with a party, promised, offered or carried on, is the intent to cooperate
(030), also when a statement says its own side will keep working with it; engaging (with) a
party consults it (040), and promised, it is the intent to meet (036); "named" in translated
press is a verb of naming ("named the step a return to imperialism": 111).
With the senses that must not fire: work under way or done ("was working with the faction")
is no intent, armed forces engaging each other do not consult, and naming an envoy is no
criticism."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Turkey obstructed the ratification of Sweden's bid to join NATO.",
                 ("TUR", "SWE", "129"), id="obstructed_the_ratification"),
    pytest.param("Hungary held up the start of accession talks with Ukraine in December.",
                 ("HUN", "UKR", "129"), id="held_up_the_start"),
    pytest.param("Athens could block the start of Skopje's accession negotiations.",
                 ("GRC", "MKD", "129"), id="could_block_the_start"),
    pytest.param("Slovakia could block the adoption of the sanctions package against Russia.",
                 ("SVK", "RUS", "129"), id="could_block_the_adoption"),
    pytest.param("Venezuela took legal action against Argentina over the seized aircraft.",
                 ("VEN", "ARG", "115"), id="took_legal_action"),
    pytest.param("Manila will take judicial steps against Beijing over the reef.",
                 ("PHL", "CHN", "115"), id="will_take_judicial_steps"),
    pytest.param("The European Commission launched legal proceedings against Poland.",
                 ("IGO", "POL", "115"), id="launched_legal_proceedings"),
    pytest.param("Ukraine initiated proceedings against Russia at the International Court of "
                 "Justice.", ("UKR", "RUS", "115"), id="initiated_proceedings"),
    pytest.param("Manila is ready to sit at the table of dialogue with Kuwait.",
                 ("PHL", "KWT", "036"), id="ready_to_sit_at_the_table"),
    pytest.param("Caracas said it was willing to sit at the negotiating table with "
                 "Washington.", ("VEN", "USA", "036"), id="willing_to_sit_at_the_table"),
    pytest.param("Kuwait regrets the decision of Manila and is ready to sit at the table to "
                 "solve the crisis.", ("KWT", "PHL", "036"), id="conjoined_ready_to_sit"),
    pytest.param("Orban sat down with Putin in Moscow on Friday.",
                 ("HUN", "RUS", "040"), id="sat_down_with"),
    pytest.param("Japan's foreign minister said on Thursday that Tokyo would keep working "
                 "closely with Washington on space security.",
                 ("JPN", "USA", "030"), id="said_would_keep_working_with"),
    pytest.param("Irish Prime Minister Leo Varadkar said Ireland would continue to work "
                 "closely with Britain.", ("IRL", "GBR", "030"), id="said_would_continue_to_work"),
    pytest.param("Fiji would go back to working with Australia, Rabuka said.",
                 ("FJI", "AUS", "030"), id="would_go_back_to_working_with"),
    pytest.param("Germany will work with France on a common defence fund.",
                 ("DEU", "FRA", "030"), id="will_work_with"),
    pytest.param("The Kremlin said Russia would collaborate with India on the project.",
                 ("RUS", "IND", "030"), id="said_would_collaborate_with"),
    pytest.param("The United Nations said it would keep engaging with the Venezuelan "
                 "authorities.", ("IGO", "VEN", "036"), id="said_would_keep_engaging_with"),
    pytest.param("South Africa is engaging Tanzania through diplomatic channels.",
                 ("ZAF", "TZA", "040"), id="engaging_a_party"),
    pytest.param("Estonia named the Russian move \"a return to imperialism\".",
                 ("EST", "RUS", "111"), id="named_the_move"),
    pytest.param("The Kremlin named the decision of Tallinn \"a provocation\".",
                 ("RUS", "EST", "111"), id="named_the_decision"),
    pytest.param("Belgrade named the arrest of the Serbian policeman by Kosovo an act of "
                 "aggression.", ("SRB", "XKX", "111"), id="named_the_arrest"),
])
def test_missed_trigger_is_coded(coder, text, wanted):
    got = {(s[:3], t[:3], c) for s, t, c in pairs(coder, text)}
    assert wanted in got


# Senses that must not fire: (text, code that must not appear).
@pytest.mark.parametrize(("text", "code"), [
    pytest.param("Eritrea was working with a faction of the TPLF to finance armed groups.",
                 "030", id="work_under_way_is_no_intent"),
    pytest.param("China worked with Pakistan on the dam project last year.",
                 "030", id="work_done_is_no_intent"),
    pytest.param("Russian troops engaged with Ukrainian forces near Bakhmut.",
                 "040", id="forces_engaging_do_not_consult"),
    pytest.param("Russian troops engaged Ukrainian forces near Bakhmut.",
                 "040", id="forces_engaging_a_party_do_not_consult"),
    pytest.param("Putin named Sergei Lavrov as his envoy to the talks.",
                 "111", id="naming_an_envoy_is_no_criticism"),
])
def test_sense_does_not_fire(coder, text, code):
    assert all(c != code for _, _, c in pairs(coder, text))
