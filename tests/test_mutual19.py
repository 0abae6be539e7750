"""Session 19 (mutual19): a joint act whose subject stands for the two parties just named,
each shown by sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import joint_parties


@pytest.mark.parametrize(("text", "trigger", "pair"), [
    pytest.param("Italian Foreign Minister Antonio Tajani spoke by telephone with his Tunisian "
                 "counterpart Nabil Ammar on Monday, and the two agreed to cooperate on "
                 "migration.", "agreed", {"ITA", "TUN"}, id="the_two_after_a_call"),
    pytest.param("When Polish President Andrzej Duda and his Lithuanian counterpart Gitanas "
                 "Nauseda spoke by phone, the pair agreed to coordinate border controls.",
                 "agreed", {"POL", "LTU"}, id="the_pair_after_a_call"),
    pytest.param("Kenya's President William Ruto received Ugandan President Yoweri Museveni in "
                 "Nairobi, where the two signed a deal on the oil pipeline.",
                 "signed", {"KEN", "UGA"}, id="the_two_where_received"),
    pytest.param("Chinese President Xi Jinping, who was received by South African President "
                 "Cyril Ramaphosa in Pretoria, held talks with Indian Prime Minister Narendra "
                 "Modi on the sidelines, and the two agreed to ease border tension.",
                 "agreed", {"CHN", "IND"}, id="the_two_of_the_clause_not_its_relative"),
    pytest.param("Turkish Foreign Minister Hakan Fidan met Russian Foreign Minister Sergei "
                 "Lavrov in Moscow. He also spoke with Iranian Foreign Minister Abbas Araqchi, "
                 "and the two agreed to work together.", "agreed", {"TUR", "IRN"},
                 id="the_two_with_a_pronoun_subject_before"),
])
def test_a_bare_count_subject_is_the_pair_just_named(coder, text, trigger, pair) -> None:
    assert joint_parties(coder, text, trigger) == pair


@pytest.mark.parametrize(("text", "trigger", "pair"), [
    pytest.param("Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart "
                 "Javier Gonzalez-Olaechea in Lima on Tuesday. They signed a memorandum on "
                 "border trade.", "signed", {"CHL", "PER"}, id="they_signed_after_a_meeting"),
    pytest.param("Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart "
                 "Javier Gonzalez-Olaechea in Lima on Tuesday. They agreed to reopen the "
                 "border crossing.", "agreed", {"CHL", "PER"}, id="they_agreed_after_a_meeting"),
    pytest.param("Kenyan President William Ruto met Ugandan President Yoweri Museveni in "
                 "Nairobi on Friday, after which they signed a deal on the oil pipeline.",
                 "signed", {"KEN", "UGA"}, id="they_signed_in_the_same_sentence"),
    pytest.param("Vietnamese Prime Minister Pham Minh Chinh held talks with Cambodian Prime "
                 "Minister Hun Manet in Hanoi last week. They pledged to expand trade.",
                 "pledged", {"VNM", "KHM"}, id="they_pledged_after_talks"),
])
def test_they_after_a_meeting_of_two_is_the_pair(coder, text, trigger, pair) -> None:
    assert joint_parties(coder, text, trigger) == pair


@pytest.mark.parametrize(("text", "trigger", "pair"), [
    pytest.param("Kenyan President William Ruto met Ugandan President Yoweri Museveni in "
                 "Nairobi on Friday. The rebels said they would sign the deal next week.",
                 "sign", set(), id="they_of_another_subject"),
    pytest.param("Kenyan President William Ruto met Ugandan President Yoweri Museveni in "
                 "Nairobi on Friday. They condemned the attack on Somalia.",
                 "condemned", {"KEN"}, id="no_joint_act"),
])
def test_they_of_no_joint_act_is_not_the_pair(coder, text, trigger, pair) -> None:
    assert joint_parties(coder, text, trigger) == pair


@pytest.mark.parametrize(("text", "trigger", "pair"), [
    pytest.param("Kenya accused Uganda of poaching on Monday. Nairobi cited a fisheries agreement "
                 "signed by the two countries in 2019.", "signed", {"KEN", "UGA"},
                 id="participle_with_pair_agent"),
    pytest.param("Kenya accused Uganda of poaching on Monday. The fisheries agreement signed by "
                 "the two countries in 2019 has never been applied.", "signed", {"KEN", "UGA"},
                 id="participle_in_the_subject"),
    pytest.param("Kenya accused Uganda of poaching on Monday. The dispute breaches a fisheries "
                 "agreement signed between the two countries in 2019.", "signed",
                 {"KEN", "UGA"}, id="signed_between_the_pair"),
    pytest.param("Armenia and Azerbaijan traded fire on the border on Tuesday. The clashes "
                 "broke a ceasefire agreement reached between the two sides in 2022.", "reached",
                 {"ARM", "AZE"}, id="reached_between_the_two_sides"),
])
def test_a_pair_agent_or_between_phrase_is_the_joint_subject(coder, text, trigger,
                                                             pair) -> None:
    assert joint_parties(coder, text, trigger) == pair


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("Hungarian Prime Minister Viktor Orban and Polish President Andrzej Duda spoke "
                 "briefly in Rome, where both attended the funeral of the pope.", "attended",
                 id="both_attended_an_event"),
    pytest.param("Kenya accused Uganda of poaching on Monday. Nairobi said a new date for talks "
                 "would be agreed between the two capitals.", "agreed",
                 id="a_date_agreed_between_the_pair"),
])
def test_no_joint_act_between_the_pair(coder, text, trigger) -> None:
    # attending the same event, or a date still to be set, is no act of one on the other
    assert len(joint_parties(coder, text, trigger)) < 2
