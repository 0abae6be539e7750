"""Missed triggers found in session 16, round two (helper lexicon19), each shown by sentences
of its own (none is a development-set sentence), in several phrasings: armed forces' ships
sailing or steaming into another state's port or capital visit it (042); sending or
dispatching a team, working group or experts to another state visits it (042); taking away a
state's trade preferences (its eligibility for AGOA or the GSP) restricts its trade (163) and
restoring them eases the sanction (085); extending or offering a sum in credit lines, loans
or financing gives economic aid (071); submitting a dispute or claim to a court takes the
other party to law (115); putting talks (or cooperation) on hold or on ice, or freezing,
shelving or pausing talks, halts them (164); leasing a port to a state cooperates
economically (061); aligning oneself with a party supports it (051); taking up an offer or
an invitation accepts it (030, 036), an offer of help or aid receives aid (0863) and an
offer of mediation accepts mediation (045), as accepting them does; withdrawing recognition
of a state breaks relations (161). With the senses that must not fire ("take up the matter
with X" is no appeal to a body, 022)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Two Indian destroyers sailed into Colombo on Sunday for a port call.",
                 ("IND", "LKA", "042"), id="destroyers_sailed_into"),
    pytest.param("A Russian frigate sailed into Havana on Wednesday.",
                 ("RUS", "CUB", "042"), id="frigate_sailed_into"),
    pytest.param("The Japanese training squadron will sail into Manila next week.",
                 ("JPN", "PHL", "042"), id="squadron_will_sail_into"),
    pytest.param("Beijing dispatched a working group to Islamabad after the attack.",
                 ("CHN", "PAK", "042"), id="dispatched_a_working_group"),
    pytest.param("The Chinese government sent a team of investigators to Pakistan.",
                 ("CHN", "PAK", "042"), id="sent_a_team_of_investigators"),
    pytest.param("France has sent a group of experts to Beirut.",
                 ("FRA", "LBN", "042"), id="sent_a_group_of_experts"),
    pytest.param("Washington removed Uganda from the AGOA trade programme.",
                 ("USA", "UGA", "163"), id="removed_from_agoa"),
    pytest.param("Washington announced it would remove Ethiopia, Mali and Guinea from AGOA.",
                 ("USA", "MLI", "163"), id="would_remove_several_from_agoa"),
    pytest.param("The United States suspended Ethiopia's eligibility for trade preferences.",
                 ("USA", "ETH", "163"), id="suspended_eligibility"),
    pytest.param("The United States terminated Rwanda's trade preferences.",
                 ("USA", "RWA", "163"), id="terminated_trade_preferences"),
    pytest.param("The United States could restore Uganda's eligibility for the trade scheme.",
                 ("USA", "UGA", "085"), id="could_restore_eligibility"),
    pytest.param("The United States will reinstate Niger's eligibility for AGOA.",
                 ("USA", "NER", "085"), id="will_reinstate_eligibility"),
    pytest.param("India extended $4 billion in credit lines to Sri Lanka.",
                 ("IND", "LKA", "071"), id="extended_credit_lines"),
    pytest.param("Japan offered Vietnam $1 billion in loans.",
                 ("JPN", "VNM", "071"), id="offered_in_loans"),
    pytest.param("Ukraine submitted its claim against Russia to the International Court of "
                 "Justice.", ("UKR", "RUS", "115"), id="submitted_its_claim"),
    pytest.param("Belize submitted the dispute with Guatemala to the ICJ.",
                 ("BLZ", "GTM", "115"), id="submitted_the_dispute"),
    pytest.param("Baghdad could put its talks with Washington on hold.",
                 ("IRQ", "USA", "164"), id="put_talks_on_hold"),
    pytest.param("Seoul put the negotiations with Tokyo on ice.",
                 ("KOR", "JPN", "164"), id="put_negotiations_on_ice"),
    pytest.param("Beijing put its cooperation with Canberra on hold.",
                 ("CHN", "AUS", "164"), id="put_cooperation_on_hold"),
    pytest.param("Pakistan froze talks with India after the attack.",
                 ("PAK", "IND", "164"), id="froze_talks"),
    pytest.param("Greece shelved its negotiations with Turkey.",
                 ("GRC", "TUR", "164"), id="shelved_negotiations"),
    pytest.param("Serbia paused the dialogue with Kosovo.",
                 ("SRB", "XKX", "164"), id="paused_the_dialogue"),
    pytest.param("Sri Lanka leased the Hambantota port to China for 99 years.",
                 ("LKA", "CHN", "061"), id="leased_a_port"),
    pytest.param("Spain aligned itself with the Moroccan position on Western Sahara.",
                 ("ESP", "MAR", "051"), id="aligned_itself_with"),
    pytest.param("Nepal took up China's offer to build the railway.",
                 ("NPL", "CHN", "030"), id="took_up_an_offer"),
    pytest.param("Armenia took up the Iranian proposal for a new border crossing.",
                 ("ARM", "IRN", "030"), id="took_up_a_proposal"),
    pytest.param("Thailand took up Malaysia's offer of mediation.",
                 ("THA", "MYS", "045"), id="took_up_an_offer_of_mediation"),
    pytest.param("Ethiopia accepted the Kenyan offer of mediation.",
                 ("ETH", "KEN", "045"), id="accepted_an_offer_of_mediation"),
    pytest.param("Morocco has not taken up an offer of help from France.",
                 ("MAR", "FRA", "0863"), id="not_taken_up_an_offer_of_help"),
    pytest.param("Syria took up the Jordanian offer of aid.",
                 ("SYR", "JOR", "0863"), id="took_up_an_offer_of_aid"),
    pytest.param("Turkey accepted the Greek offer of assistance after the earthquake.",
                 ("TUR", "GRC", "0863"), id="accepted_an_offer_of_assistance"),
    pytest.param("Iran accepted help from Iraq.", ("IRN", "IRQ", "0863"),
                 id="accepted_help"),
    pytest.param("Ghana took up Nigeria's invitation to the summit.",
                 ("GHA", "NGA", "036"), id="took_up_an_invitation"),
    pytest.param("Panama withdrew its recognition of Taipei.",
                 ("PAN", "TWN", "161"), id="withdrew_recognition"),
])
def test_missed_trigger_is_coded(coder, text, wanted):
    assert wanted in pairs(coder, text)


# Senses that must not fire: (text, code that must not appear).
@pytest.mark.parametrize(("text", "code"), [
    pytest.param("The Chinese ferry sailed into Hong Kong.", "042", id="ferry_is_no_visit"),
    pytest.param("Turkey sent rescue teams to Syria.", "042", id="rescue_team_stays_aid"),
    pytest.param("Russia extended the deadline for Ukraine.", "071", id="deadline_is_no_aid"),
    pytest.param("India extended its gratitude to Sri Lanka.", "071", id="gratitude_is_praise"),
    pytest.param("Egypt put the negotiations with Ethiopia back on track.", "164",
                 id="back_on_track_is_no_halt"),
    pytest.param("Turkey put the talks with Sweden on the agenda.", "164",
                 id="on_the_agenda_is_no_halt"),
    pytest.param("The US military struck Iran-aligned groups in Iraq.", "051",
                 id="aligned_as_description"),
    pytest.param("Russia froze Ukrainian assets.", "164", id="froze_assets_is_no_halt"),
    pytest.param("Egypt approved a loan agreement with Saudi Arabia.", "071",
                 id="approved_loan_agreement_agrees"),
    pytest.param("Pretoria has undertaken to take up the matter with Mbabane.", "022",
                 id="take_up_the_matter_is_no_appeal"),
    pytest.param("The Indian foreign minister will take up the issue with Colombo.", "022",
                 id="take_up_the_issue_is_no_appeal"),
])
def test_sense_does_not_fire(coder, text, code):
    assert all(c != code for _, _, c in pairs(coder, text))
