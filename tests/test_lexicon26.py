"""Gold events with no trigger site of their root, found in session 23 (helper lexicon26), each
shown by sentences of its own (none is a development-set sentence), in several phrasings:
raising a matter, an issue, a case or a question with another party presses it as a
grievance (111), active or reported, past or to come; sending or moving troops, warships
or armour towards, near or along another party's border or waters shows force there (150).
With the senses that must not fire: a report raising questions, and a matter raised with no
"with" phrase (in a speech, at a forum, "raised this question directly") or with an
international body only ("with the United Nations"); troops sent to a state, or moved from
one to another."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code or root prefix) among the pairs the records
# stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Canada raised the matter with India through diplomatic channels.",
                 ("CAN", "IND", "111"), id="raised_the_matter_with"),
    pytest.param("Japan's prime minister raised the issue of the detained citizens with Xi "
                 "Jinping on Monday.", ("JPN", "CHN", "111"), id="raised_the_issue_of_with"),
    pytest.param("Kenya's foreign ministry said it had raised the case with Uganda's foreign "
                 "ministry.", ("KEN", "UGA", "111"), id="said_it_had_raised_the_case_with"),
    pytest.param("Germany's foreign minister said she would raise the issue with her Turkish "
                 "counterpart.", ("DEU", "TUR", "111"), id="would_raise_the_issue_with"),
    pytest.param("Poland raised the question of war reparations with Germany.",
                 ("POL", "DEU", "111"), id="raised_the_question_of_with"),
    pytest.param("Greece sent three navy ships near Libyan waters in July.",
                 ("GRC", "LBY", "150"), id="sent_ships_near_waters"),
    pytest.param("Azerbaijan moved tanks and artillery towards the Armenian border.",
                 ("AZE", "ARM", "150"), id="moved_tanks_towards_border"),
])
def test_missed_trigger_is_coded(coder, text, wanted):
    got = {(s[:3], t[:3], c[:len(wanted[2])]) for s, t, c in pairs(coder, text)}
    assert wanted in got


# Senses that must not fire: (text, code or root prefix that must not appear).
@pytest.mark.parametrize(("text", "code"), [
    pytest.param("The report raised questions about the economy of Brazil.", "111",
                 id="a_report_raising_questions"),
    pytest.param("Kenya's president raised the matter in his speech on Monday.", "111",
                 id="raised_with_no_party"),
    pytest.param("Kenya raised the matter at the United Nations.", "111",
                 id="raised_at_a_forum"),
    pytest.param("Vietnam's foreign ministry said it would raise the matter with the United "
                 "Nations.", "111", id="raised_with_an_international_body"),
    pytest.param("Peru's foreign minister met his Chilean counterpart and raised this question "
                 "directly.", "111", id="raised_with_no_with_phrase"),
    pytest.param("Russia sent troops to Mali last year.", "15", id="troops_sent_to_a_state"),
    pytest.param("France moved its troops from Mali to Niger.", "15",
                 id="troops_moved_between_states"),
])
def test_sense_does_not_fire(coder, text, code):
    assert all(not c.startswith(code) for _, _, c in pairs(coder, text))
