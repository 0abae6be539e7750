"""Target choice rules from the thirteenth round of error analysis (tune9 .. tune17): each
rule gets probe sentences of its own, in news wording that appears in no gold file."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs

BELARUS_SUSPENDED = (
    "The U.N. General Assembly on Wednesday expelled Belarus from the U.N. tourism body over "
    "its support for the war. Belarus's envoy told the assembly that the step was illegal. "
    "Minsk had warned governments on Monday that a yes vote would be treated as an "
    "unfriendly act. Lithuania's foreign minister welcomed the decision on Thursday.")
NORWAY_BAN = (
    "Norway on Monday banned Russian fishing trawlers from its ports. Moscow summoned "
    "Norway's ambassador on Tuesday. Britain's foreign secretary praised the move on "
    "Wednesday.")
ALBANIA_TALKS = (
    "BRUSSELS, Dec 12 - European Union leaders decided on Thursday to open membership talks "
    "with Albania and North Macedonia, a move European Council President Antonio Costa "
    "hailed as a signal of hope for the Balkans. Greek Prime Minister Kyriakos Mitsotakis, "
    "who had threatened for weeks to block the decision, did not use his veto, stepping out "
    "of the room while the other leaders approved it, diplomats said. Albanian Prime "
    "Minister Edi Rama welcomed the outcome as a victory for Albania. Hours later, however, "
    "Mitsotakis blocked a planned aid package for Tirana, a step he defended in a speech in "
    "which he called the membership decision premature.")
SLOVAK_VOTE = (
    "Slovakia's parliament voted on Monday to ratify Moldova's accession to the Council of "
    "Europe Development Bank, removing the last hurdle to the country's membership. The vote "
    "came three days after Prime Minister Robert Fico received his Moldovan counterpart "
    "Dorin Recean in Bratislava, where the two leaders signed a deal under which Slovakia "
    "will buy Moldovan wine. Recean, whose government had for months declined to send "
    "ministers to Bratislava to negotiate over the ratification, said the visit was about "
    "building trust. The European Union's foreign policy chief hailed the vote, saying "
    "Moldova's membership would make the region safer.")
UKRAINE_WELCOME = (
    "The U.N. General Assembly on Thursday suspended Belarus from the Human Rights Council "
    "over the jailing of opposition leaders. Belarus's envoy Valentin Rybakov told the "
    "assembly that the step was illegal. Belarus and Ukraine have been at odds since 2022. "
    "Ukraine's foreign minister said last year that Belarus had let Russian troops attack "
    "Ukraine. Kyiv recalled its ambassador from Minsk in 2022. Belarus accused Ukraine of "
    "shelling its border in 2023. Ukraine's foreign minister welcomed the decision on "
    "Friday.")


# -- a verdict on the story's outcome ("welcomed the decision", "hailed the vote", "praised
# the move") is aimed at the author of the lede's act, not at the party of the latest act
# told before it, nor at the speaker's adversary ------------------------------------------
@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    pytest.param(BELARUS_SUSPENDED, ("LTU", "IGO", "051"), ("LTU", "BLR", "051"),
                 id="decision_of_an_assembly"),
    pytest.param(NORWAY_BAN, ("GBR", "NOR", "051"), ("GBR", "RUS", "051"),
                 id="move_of_a_state"),
    pytest.param(ALBANIA_TALKS, ("ALB", "IGO", "051"), ("ALB", "GRC", "051"),
                 id="outcome_of_a_summit"),
    pytest.param(SLOVAK_VOTE, ("IGO", "SVK", "051"), ("IGO", "MDA", "051"),
                 id="vote_of_a_parliament"),
    pytest.param(UKRAINE_WELCOME, ("UKR", "IGO", "051"), ("UKR", "BLR", "051"),
                 id="not_the_speakers_adversary"),
])
def test_a_verdict_on_the_outcome_is_aimed_at_the_lede_act(
        coder, text: str, wanted: tuple, unwanted: tuple) -> None:
    found = pairs(coder, text, "2025-03-14")
    assert wanted in found
    assert unwanted not in found


def test_an_outcome_naming_its_author_keeps_it(coder) -> None:
    found = pairs(coder, "The U.N. General Assembly on Wednesday expelled Belarus from the "
                         "U.N. tourism body. Serbia's foreign minister welcomed Russia's "
                         "decision to veto the text on Thursday.", "2025-03-14")
    assert ("SRB", "IGO", "051") not in found
