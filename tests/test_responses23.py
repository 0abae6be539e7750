"""Promised responses found in session 23 (helper responses23), each shown by sentences of
its own (none is a development-set sentence): a party's statement that its own side will,
would or could respond, told with a condition whose party is not named ("if such an
incursion happened again"), as answering what was done ("in response"), or against a named
party ("further steps against Brazil"), threatens the other party (13x): the one named, or
else the other party of the document's main dyad; "could take similar steps against X"
repeats the subject's own last act at X. With the senses that must not fire: a response
held out by analysts, steps whose purpose is of their own, and similar steps by a party
that did nothing before."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Russia expelled two Japanese diplomats from Vladivostok on Monday. Japan's "
                 "chief cabinet secretary said Japan would take appropriate measures in "
                 "response.", ("JPN", "RUS", "13"), id="would_take_measures_in_response"),
    pytest.param("Britain said on Monday that Chinese consular staff had beaten a protester "
                 "in Leeds. The foreign secretary said Britain would not hesitate to act if "
                 "consular staff behaved in such a way again.", ("GBR", "CHN", "13"),
                 id="would_act_if_unnamed_condition"),
    pytest.param("Israel's foreign minister said Israel could take further steps against "
                 "Brazil if its president did not apologise.", ("ISR", "BRA", "13"),
                 id="could_take_steps_against"),
])
def test_promised_response_is_threat(coder, text, wanted):
    got = {(s[:3], t[:3], c[:len(wanted[2])]) for s, t, c in pairs(coder, text)}
    assert wanted in got


# "could take similar steps against Spanish officials": the subject's own last act done,
# told anywhere before in the document, repeated at the party its "against" phrase names.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Israel expelled eight Norwegian diplomats on "
                 "Thursday. Oslo called the move an extreme act. The Norwegian minister said "
                 "Norway would consult its partners. Observers said Israel could take "
                 "similar steps against Spanish officials.", ("ISR", "ESP", "161"),
                 id="could_take_similar_steps_against"),
])
def test_similar_steps_against_new_party(coder, text, wanted):
    got = {(s[:3], t[:3], c) for s, t, c in pairs(coder, text)}
    assert wanted in got


@pytest.mark.parametrize(("text", "unwanted"), [
    pytest.param("Russia expelled two Japanese diplomats from Vladivostok on Monday. Some "
                 "analysts said Japan could take measures in response.", "13",
                 id="analysts_said_could"),
    pytest.param("Russia expelled two Japanese diplomats from Vladivostok on Monday. Japan's "
                 "foreign minister said Japan would take steps to help Russian students.",
                 "13", id="steps_with_a_purpose"),
])
def test_not_a_promised_response(coder, text, unwanted):
    assert not any(c.startswith(unwanted) for _, _, c in pairs(coder, text))


def test_similar_steps_need_an_own_act(coder):
    text = ("Israel expelled eight Norwegian diplomats on Thursday. Oslo called the move an "
            "extreme act. The Norwegian minister said Norway would consult its partners. "
            "Observers said Spain could take similar steps against Israeli officials.")
    assert not any(s[:3] == "ESP" and c.startswith("16") for s, _, c in pairs(coder, text))


# "has not announced any reciprocal measure against Colombian diplomats", "took answer
# measures against the American diplomats": a measure named as an answer in kind, aimed at
# a named party, is that party's last act done to the subject's side, answered.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Colombia expelled three Argentine diplomats on Monday. Buenos Aires called "
                 "the move unjustified. Argentina has not yet announced any reciprocal measure "
                 "against Colombian diplomats, officials said.", ("ARG", "COL", "161"),
                 id="announced_no_reciprocal_measure_against"),
    pytest.param("The United States expelled two Georgian diplomats on Friday. Tbilisi has "
                 "taken answer measures against the American diplomats.",
                 ("GEO", "USA", "161"), id="took_answer_measures_against"),
])
def test_answering_measure_against_author(coder, text, wanted):
    assert wanted in pairs(coder, text)


def test_answering_measure_needs_an_act_by_the_named_party(coder):
    text = ("Colombia expelled three Argentine diplomats on Monday. Argentina took a "
            "reciprocal step against Chile.")
    assert not any(s[:3] == "ARG" and t[:3] == "CHL" for s, t, _ in pairs(coder, text))
