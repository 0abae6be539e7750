"""Session 20 (mutual20): a bare "the two" or "the pair" names the parties just named only
when their joint act is told as done: not in a clause that may never come true ("before the
two met", "until the pair sign") nor in one that is only proposed or asked for ("proposing
that the two meet"). Sentences of their own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import joint_parties


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("Kenyan President William Ruto was welcomed by Ugandan President Yoweri "
                 "Museveni with a guard of honour at Entebbe airport before the two men met at "
                 "State House.", "met", id="before_the_two_men_met"),
    pytest.param("Chilean Foreign Minister Alberto van Klaveren spoke with his Peruvian "
                 "counterpart Javier Gonzalez-Olaechea for an hour on Tuesday, before the pair "
                 "signed a memorandum on border trade.", "signed", id="before_the_pair_signed"),
    pytest.param("EU envoy Miroslav Lajcak said Serbian President Aleksandar Vucic would stay "
                 "in talks with Kosovo Prime Minister Albin Kurti until the two men sign a deal "
                 "on licence plates.", "sign", id="until_the_two_men_sign"),
    pytest.param("Polish President Andrzej Duda wrote to Lithuanian President Gitanas "
                 "Nauseda on Friday, proposing in a letter that the two men meet in Vilnius "
                 "next week.", "meet", id="proposing_in_a_letter_that_the_two_men_meet"),
    pytest.param("Greek Prime Minister Kyriakos Mitsotakis invited Turkish President Recep "
                 "Tayyip Erdogan to Athens, suggesting in a message that the two men meet "
                 "before the summer.", "meet", id="suggesting_that_the_two_men_meet"),
    pytest.param("Polish President Andrzej Duda telephoned Lithuanian President Gitanas "
                 "Nauseda on Friday, proposing in a letter that the two meet in Vilnius next "
                 "week.", "meet", id="proposing_that_the_two_meet"),
    pytest.param("Greek Prime Minister Kyriakos Mitsotakis wrote to Turkish President Recep "
                 "Tayyip Erdogan, suggesting that the pair hold talks in Athens before the "
                 "summer.", "hold", id="suggesting_that_the_pair_hold_talks"),
    pytest.param("Vietnamese Prime Minister Pham Minh Chinh called Cambodian Prime Minister "
                 "Hun Manet and urged that both sign the canal agreement this year.", "sign",
                 id="urged_that_both_sign"),
])
def test_a_pair_act_not_told_as_done_is_not_coded_for_the_pair(coder, text, trigger) -> None:
    assert len(joint_parties(coder, text, trigger)) < 2


@pytest.mark.parametrize(("text", "trigger", "pair"), [
    pytest.param("Kenyan President William Ruto was welcomed by Ugandan President Yoweri "
                 "Museveni at Entebbe airport, after which the two men met at State House.",
                 "met", {"KEN", "UGA"}, id="after_which_the_two_men_met"),
    pytest.param("Chilean Foreign Minister Alberto van Klaveren spoke with his Peruvian "
                 "counterpart Javier Gonzalez-Olaechea on Tuesday, when the pair signed a "
                 "memorandum on border trade.", "signed", {"CHL", "PER"},
                 id="when_the_pair_signed"),
    pytest.param("Polish President Andrzej Duda received Lithuanian President Gitanas Nauseda "
                 "in Warsaw, where the two agreed to coordinate border controls.", "agreed",
                 {"POL", "LTU"}, id="where_the_two_agreed"),
])
def test_a_pair_act_told_as_done_is_coded_for_the_pair(coder, text, trigger, pair) -> None:
    assert joint_parties(coder, text, trigger) == pair
