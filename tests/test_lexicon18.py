"""Missed verbal acts found in session 16 (helper lexicon18), each family shown by sentences of
its own (none is a development-set sentence): expressing, conveying or extending thanks,
gratitude or appreciation praises (051), as translated copy's "valued" does, and so do
extending congratulations, sending a message of congratulations (a message of condolence is
018) and naming a party an ally or a partner; sending, submitting or addressing a note of
protest or a complaint protests (114); giving or offering assurances promises (030); naming
another party's act a breach, a farce, a theft or needless criticises it (111), and so does
saying that it breached or violated the law, however the parser reads the name ("branded the
decision a provocation" as two objects, "called the seizure a breach" with the object read
as a verb); displeasure criticises too; a statement that its speaker had no part or hand in
another party's attack denies it to the party struck (016), not accuses its author; refusing
to comment declines comment (011); an act that "will not go unchallenged" is threatened
(130); looking forward to an act announces it (03). With the senses that must not fire."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    # thanks, gratitude, appreciation (051)
    pytest.param("Qatar expressed its gratitude to Oman for the mediation.",
                 ("QAT", "OMN", "051"), id="expressed_gratitude_to"),
    pytest.param("The Jordanian foreign minister conveyed the thanks of his government to "
                 "Egypt.", ("JOR", "EGY", "051"), id="conveyed_the_thanks_of_the_government"),
    pytest.param("Ghana's president extended his appreciation to Togo for its help during "
                 "the floods.", ("GHA", "TGO", "051"), id="extended_his_appreciation"),
    pytest.param("The Peruvian minister valued the quick response of Ecuador.",
                 ("PER", "ECU", "051"), id="translated_valued_the_response"),
    pytest.param("Madrid has valued the Moroccan cooperation on migration.",
                 ("ESP", "MAR", "051"), id="translated_has_valued_the_cooperation"),
    # congratulations extended, a message of condolence or congratulations sent (051, 018)
    pytest.param("India extended its congratulations to Sri Lanka on the election.",
                 ("IND", "LKA", "051"), id="extended_its_congratulations"),
    pytest.param("The Saudi king sent a message of condolence to the Turkish president.",
                 ("SAU", "TUR", "018"), id="sent_a_message_of_condolence"),
    pytest.param("The Qatari emir sent a letter of congratulations to the Egyptian president.",
                 ("QAT", "EGY", "051"), id="sent_a_letter_of_congratulations"),
    # naming a party an ally or a partner (051)
    pytest.param("The German chancellor described Ghana as a reliable partner.",
                 ("DEU", "GHA", "051"), id="described_as_a_reliable_partner"),
    pytest.param("The Turkish president called Azerbaijan a close ally.",
                 ("TUR", "AZE", "051"), id="called_x_a_close_ally"),
    # a note of protest or a complaint (114)
    pytest.param("Uruguay sent a note of protest to Brazil on Tuesday.",
                 ("URY", "BRA", "114"), id="sent_a_note_of_protest"),
    pytest.param("The Greek foreign ministry addressed a protest note to Ankara.",
                 ("GRC", "TUR", "114"), id="addressed_a_protest_note"),
    pytest.param("Lithuania submitted a formal protest to the Belarusian embassy.",
                 ("LTU", "BLR", "114"), id="submitted_a_formal_protest"),
    pytest.param("Iraq submitted a complaint to the Security Council against Turkey.",
                 ("IRQ", "TUR", "114"), id="submitted_a_complaint_against"),
    # assurances (030)
    pytest.param("Hanoi gave assurances to Phnom Penh that the canal would not harm the "
                 "river.", ("VNM", "KHM", "030"), id="gave_assurances_to"),
    pytest.param("Egypt said Ethiopia had provided guarantees that the dam would not cut the "
                 "flow of the Nile.", ("ETH", "EGY", "030"), id="had_provided_guarantees"),
    # naming an act with a word of criticism (111)
    pytest.param("Canberra called the Chinese manoeuvre a flagrant breach of the rules.",
                 ("AUS", "CHN", "111"), id="called_the_manoeuvre_a_breach"),
    pytest.param("Algeria branded the French decision a provocation.",
                 ("DZA", "FRA", "111"), id="branded_x_a_provocation_two_objects"),
    pytest.param("The Algerian government labelled the French move a betrayal.",
                 ("DZA", "FRA", "111"), id="labelled_x_a_betrayal_object_read_as_verb"),
    pytest.param("Moscow called the Estonian trial a farce.",
                 ("RUS", "EST", "111"), id="called_the_trial_a_farce"),
    pytest.param("The Irish minister described the British law as unnecessary.",
                 ("IRL", "GBR", "111"), id="described_as_unnecessary"),
    pytest.param("Caracas termed the Guyanese seizure of the boats an act of theft.",
                 ("VEN", "GUY", "111"), id="termed_an_act_of_theft"),
    pytest.param("The UN refugee agency said the Malaysian deportation of the refugees "
                 "breached international law.", ("IGO", "MYS", "111"),
                 id="said_it_breached_the_law"),
    pytest.param("The Dutch prime minister said the Turkish expulsion violated the Vienna "
                 "Convention.", ("NLD", "TUR", "111"), id="said_it_violated_the_convention"),
    # a denial of an attack is made to the party struck (016)
    pytest.param("The Rwandan government said Kigali had played no part in the rebel attack "
                 "on Burundi.", ("RWA", "BDI", "016"), id="played_no_part_in_the_attack"),
    pytest.param("Tehran said it had no hand in the Houthi attack on Saudi Arabia.",
                 ("IRN", "SAU", "016"), id="had_no_hand_in_the_strike"),
    # refusing to make a statement declines comment (011)
    pytest.param("Sweden declined to comment on the Russian threats.", ("SWE", "RUS", "011"),
                 id="declined_to_comment_on"),
    pytest.param("The Hungarian ministry refused to comment on the Slovak statement.",
                 ("HUN", "SVK", "011"), id="refused_to_comment_on"),
    # displeasure, and an act that "will not go unchallenged"
    pytest.param("The Iranian president said Iran had strong displeasure with the Saudi "
                 "statement.", ("IRN", "SAU", "111"), id="said_it_had_strong_displeasure"),
    pytest.param("The Dutch foreign minister said the Iranian execution would not go "
                 "unchallenged.", ("NLD", "IRN", "130"), id="would_not_go_unchallenged"),
    # looking forward to an act announces it (03)
    pytest.param("The Kenyan president said he looked forward to visiting Ethiopia.",
                 ("KEN", "ETH", "036"), id="looked_forward_to_visiting"),
    pytest.param("India looks forward to talks with Pakistan.", ("IND", "PAK", "036"),
                 id="looks_forward_to_talks"),
])
def test_missed_verbal_acts_are_coded(coder, text: str, wanted: tuple[str, str, str]) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert wanted in found, found


# Senses the rules must leave alone.
@pytest.mark.parametrize(("text", "unwanted"), [
    pytest.param("The Kenyan minister sent a letter to his Ugandan counterpart.", "051",
                 id="a_plain_letter_praises_no_one"),
    pytest.param("The Chinese company was valued at three billion dollars after the Korean "
                 "investment.", "051", id="valued_at_a_price_praises_no_one"),
    pytest.param("Chile has sent a note to Argentina about the fishing quotas.", "114",
                 id="a_plain_note_is_no_protest"),
    pytest.param("Vietnam said that it had not violated any Chinese law.", "111",
                 id="denying_a_violation_is_no_criticism"),
    pytest.param("Kenya said the Ugandan decision was not hostile.", "111",
                 id="a_negated_judgement_is_no_criticism"),
    pytest.param("The Chinese spokesman said that if Manila violated the agreement, Beijing "
                 "would respond firmly.", "111", id="a_supposed_violation_is_no_criticism"),
    pytest.param("Washington called the Iranian seizure a flagrant breach of international "
                 "law.", "041", id="naming_a_breach_is_no_phone_call"),
    pytest.param("The rebels described the Nigerian soldiers as poachers.", "051",
                 id="naming_no_ally_praises_no_one"),
    pytest.param("The American envoy criticised the Polish government for what he called its "
                 "disregard for Poland's allies.", "051",
                 id="allies_in_a_phrase_of_the_name_praise_no_one"),
])
def test_other_senses_code_nothing(coder, text: str, unwanted: str) -> None:
    assert not any(c == unwanted for _, _, c in pairs(coder, text, "2025-11-20"))
