"""Grounding rules found by error analysis on tune/tune2 (non-asserted recall, dates), each
tested on sentences of its own (other countries, other wordings than the gold)."""

from __future__ import annotations

import pytest
from test_generalise_tune2 import coded, codes


def with_root(recs: list[dict], root: str) -> dict:
    hits = [r for r in recs if r["root"] == root]
    assert hits, f"no root {root}: {[(r['trigger'], r['cameo']) for r in recs]}"
    return hits[0]


# -- modality ------------------------------------------------------------------------------

def test_stopped_short_of_an_act_is_the_act_negated_with_its_agent(coder):
    body = ("Peruvian Ambassador Luis Vega was summoned to the ministry in Santiago on Monday. "
            "Chile stopped short of expelling the ambassador himself.")
    rec = next(r for r in coded(coder, body) if r["trigger"] == "expelling")
    assert codes(rec["source"])[0][:3] == "CHL"
    assert codes(rec["target"])[0][:3] == "PER"
    assert rec["modality"] == "negated"


def test_act_inside_an_accusation_is_reported_even_when_it_is_a_statement(coder):
    # the alleged act (backing the rebels) sits two clauses below "accused"
    body = "Bamako has accused Algiers of sending fighters to support the rebels in the north."
    recs = coded(coder, body)
    assert with_root(recs, "11")["modality"] == "asserted"
    alleged = [r for r in recs if r["root"] != "11"]
    assert alleged and all(r["modality"] == "reported" for r in alleged)


def test_according_to_another_partys_minister_is_reported(coder):
    body = ("Defence Minister Kwame Mensah of Ghana announced the recall of the envoy on "
            "Tuesday. According to the minister, Togo recently supplied Ghanaian smugglers "
            "with weapons.")
    rec = next(r for r in coded(coder, body) if r["trigger"] == "supplied")
    assert rec["modality"] == "reported"


def test_according_to_the_actors_own_ministry_stays_asserted(coder):
    body = ("Ghana's foreign ministry summoned the Togolese ambassador on Monday. According to "
            "the ministry, Ghana also recalled its envoy from Lome.")
    rec = next(r for r in coded(coder, body) if r["trigger"] == "recalled")
    assert rec["modality"] == "asserted"


def test_attack_of_x_on_y_names_the_attacker_and_is_hypothetical_when_probable(coder):
    body = 'The minister said that a new attack of Eritrea on Ethiopia is "very probable".'
    rec = with_root(coded(coder, body), "19")
    assert codes(rec["source"]) == ["ERI"] and codes(rec["target"]) == ["ETH"]
    assert rec["modality"] == "hypothetical"


def test_an_option_considered_is_the_act_hypothetical(coder):
    recs = coded(coder, "Norway said it could consider sanctions against Belarusian officials.")
    rec = with_root(recs, "16")
    assert codes(rec["target"])[0][:3] == "BLR" and rec["modality"] == "hypothetical"
    rec = with_root(coded(coder, "Hungary is weighing expelling the Ukrainian ambassador."), "16")
    assert rec["modality"] == "hypothetical"


def test_accepting_foreign_troops_and_widening_restrictions_are_coded(coder):
    rec = with_root(coded(coder, "Officials said Juba could accept Kenyan troops."), "08")
    assert rec["cameo"] == "0861" and rec["modality"] == "hypothetical"
    rec = with_root(coded(coder, "Taiwan did not widen its restrictions on Chinese fruit."), "16")
    assert codes(rec["target"]) == ["CHN"] and rec["modality"] == "negated"


def test_agreeing_to_meet_again_codes_the_meeting_as_future_with_its_date(coder):
    body = ("Qatari and Saudi diplomats held talks in Riyadh on Saturday. Both sides agreed "
            "to meet again next Saturday.")
    recs = coded(coder, body, pub="2025-04-12")
    meeting = next(r for r in recs if r["trigger"] == "meet")
    assert meeting["modality"] == "future" and meeting["date"] == "2025-04-19"
    assert any(r["root"] == "03" for r in recs)


def test_an_attack_named_under_an_accusation_is_the_alleged_act(coder):
    body = ("On Sunday Kabul accused Islamabad of breaking the truce with air strikes on "
            "Khost province late on Saturday.")
    recs = coded(coder, body, pub="2025-10-20")
    strike = with_root(recs, "19")
    assert codes(strike["source"])[0][:3] == "PAK" and codes(strike["target"])[0][:3] == "AFG"
    assert strike["modality"] == "reported" and strike["date"] == "2025-10-18"


def test_would_after_an_agreement_is_future(coder):
    body = ("Guyana and Venezuela signed a declaration on Thursday. They also agreed that "
            "Guyana and Venezuela would hold talks again within three months.")
    talks = [r for r in coded(coder, body) if r["root"] == "04"]
    assert talks and all(r["modality"] == "future" for r in talks)


def test_a_veto_that_may_come_is_hypothetical_and_dated_ahead(coder):
    body = "Slovakia may again block the opening of accession talks with Moldova in June."
    rec = with_root(coded(coder, body, pub="2025-05-10"), "12")
    assert rec["cameo"] == "129" and codes(rec["target"]) == ["MDA"]
    assert rec["modality"] == "hypothetical" and rec["date"] == "2025-06"


def test_a_ban_the_speakers_state_would_lift_on_a_condition(coder):
    body = ("Egypt halted all trade with Sudan on Thursday. The ministry said the ban would be "
            "lifted only once Sudan reopened the border crossings.")
    lift = with_root(coded(coder, body, pub="2024-05-03"), "08")
    assert codes(lift["source"])[0][:3] == "EGY" and codes(lift["target"]) == ["SDN"]
    assert lift["modality"] == "hypothetical"


def test_an_attack_told_by_a_speaker_with_no_target_hit_the_speakers_side(coder):
    body = "On Monday the Kenyan police said Ugandan agents had been involved in several bombings."
    rec = with_root(coded(coder, body, pub="2024-10-15"), "18")
    assert codes(rec["source"])[0][:3] == "UGA" and codes(rec["target"]) == ["KEN"]
    assert rec["modality"] == "reported"


# Each row: the article, the CAMEO root of the event, its modality.
MODALITY_CASES = {
    "an act a news agency reports": (
        "Norway expelled two Russian diplomats on Monday, the NTB news agency reported.",
        "16", "reported"),
    "a statement a news agency reports": (
        "Kishida also urged Seoul to carry out the 2015 agreement, Kyodo news agency "
        "reported, citing unnamed sources.", "02", "reported"),
    "'would' under a condition": (
        "Ankara said Turkey would impose sanctions on Israel only if the talks failed.",
        "16", "hypothetical"),
    "'it is possible that' over a planned act": (
        "It is possible that President Ruto will even visit Addis Ababa this year.",
        "04", "hypothetical"),
    "'as the press writes' over a promise": (
        "As the Greek press writes, Athens also promised to support Cyprus in the "
        "talks with Turkey.", "03", "reported"),
}


@pytest.mark.parametrize(("body", "root", "modality"), MODALITY_CASES.values(),
                         ids=MODALITY_CASES.keys())
def test_modality_rule(coder, body, root, modality):
    assert with_root(coded(coder, body), root)["modality"] == modality


def test_a_trailing_media_report_reports_and_dates_the_act(coder):
    body = ("China has informed Japan that it is suspending imports of Japanese beef, "
            "Japanese media reported on Wednesday, deepening a row over Taiwan.")
    rec = with_root(coded(coder, body, pub="2025-11-20"), "16")
    assert rec["modality"] == "reported" and rec["date"] == "2025-11-19"


# -- dates ---------------------------------------------------------------------------------
# Published on Friday 2025-03-14. Each row: the article, the event's trigger, its date.
DATE_CASES = {
    "on the nth: that day of the publication's month": (
        "Chile recalled its ambassador from Peru on the 3rd.", "recalled", "2025-03-03"),
    "on the nth after the publication day: the month before": (
        "Chile recalled its ambassador from Peru on the 21st.", "recalled", "2025-02-21"),
    "on the nth: that day of the narrative's month": (
        "Tensions rose in January. Chile recalled its ambassador from Peru on the 12th.",
        "recalled", "2025-01-12"),
    "overnight with no frame: the publication day": (
        "Chilean artillery shelled Peruvian posts overnight.", "shelled", "2025-03-14"),
    "overnight: the day the narrative tells": (
        "On Tuesday Peru accused Chilean troops of shelling its posts overnight.",
        "shelling", "2025-03-11"),
    "within days of a day: some day that month": (
        "Chile expelled two Peruvian diplomats on March 3. "
        "Lima recalled its ambassador from Santiago within days.", "recalled", "2025-03"),
    "within days of a month: that month": (
        "Relations soured in January over a fishing dispute. "
        "Lima recalled its ambassador from Santiago within days.", "recalled", "2025-01"),
    "within 48 hours is a deadline, not the order's date": (
        "On Monday Chile ordered two Peruvian diplomats to leave within 48 hours.",
        "leave", "2025-03-10"),  # the order is the expulsion: its trigger is "leave"
    "at the start of the month: the publication's month": (
        "Chile recalled its ambassador from Peru at the start of the month.",
        "recalled", "2025-03"),
    "at the end of the month: the narrative's month": (
        "The dispute began in November 2024. At the end of the month, Chile recalled its "
        "ambassador from Peru.", "recalled", "2024-11"),
    "N days after an act just told": (
        "Peru summoned the Chilean ambassador on Tuesday. Three days after the summons, "
        "Chile expelled two Peruvian diplomats.", "expelled", "2025-03-14"),
    "a week after an act just told": (
        "Peru summoned the Chilean ambassador on March 3. A week after that protest, "
        "Chile expelled two Peruvian diplomats.", "expelled", "2025-03-10"),
    "a deadline on a day is no date of the order": (
        "Chile expelled two Peruvian diplomats on Tuesday. Peru ordered three "
        "Chilean diplomats out of the country by midnight on Friday.", "ordered", "2025-03-11"),
    "past perfect in reported speech continues the narrative": (
        "Fighting broke out on the border on Sunday. The Peruvian army said Chilean troops "
        "had attacked a Peruvian patrol.", "attacked", "2025-03-09"),
    "in the same interview: the interview's date": (
        "Last Tuesday Peru's president told a Spanish newspaper in an interview that Chile "
        "was spreading lies. On Thursday Chile recalled its ambassador from Lima. In the "
        "same interview he accused Chile of spying on Peruvian officials.",
        "accused", "2025-03-11"),
    "present perfect since a month: the act began then": (
        "Chile has deployed three warships near the Peruvian coast since January.",
        "deployed", "2025-01"),
    "a negated act since a year stays undated": (
        "Chile has not expelled a Peruvian diplomat since 2019.", "expelled", None),
    "past perfect before a dated day: that month": (
        "Peru recalled its ambassador from Santiago on March 3. Chile had expelled two "
        "Peruvian diplomats.", "expelled", "2025-03"),
    "a wire dateline is no subject, and dates what follows": (
        "LIMA, March 12 (Reuters) - Peru expelled two Chilean diplomats overnight, the "
        "foreign ministry said.", "expelled", "2025-03-12"),
    "within hours of a day: that day": (
        "Chile expelled two Peruvian diplomats on March 3. "
        "Lima recalled its ambassador from Santiago within hours.", "recalled", "2025-03-03"),
    "a trailing 'X said' does not end the narrative": (
        "Peruvian troops crossed the border on Tuesday, the army said. Gunmen burned a "
        "customs post, police said. Chile condemned the incursion.", "condemned", "2025-03-11"),
    "a relative clause placing the subject dates the act": (
        "Defence Secretary John Healey, who was in Warsaw on Wednesday for talks, "
        "criticised Russia's latest moves.", "criticised", "2025-03-12"),
    "a coordinated verb's date dates the act": (
        "Chile recalled its envoy in January. President Boric thanked Argentina for its "
        "help, and he and his foreign minister met the freed sailors in Santiago late on "
        "Thursday.", "thanked", "2025-03-13"),
    "a flashback does not move the narrative": (
        "Chile and Peru swapped prisoners on Thursday. Chile had quietly pressed Peru in "
        "January to free the sailors, El Mercurio reported. President Boric thanked Peru "
        "for the gesture.", "thanked", "2025-03-13"),
    "the same day as the act its object names": (
        "The thaw follows a plan announced by Lima on March 6 to settle the dispute. "
        "Santiago welcomed the plan the same day.", "welcomed", "2025-03-06"),
    "a day before an act told earlier": (
        "Chilean police stormed the Peruvian consulate late on March 5. Peru broke off "
        "relations the same night, calling the raid an outrage. The crisis had begun a day "
        "before the raid, when Chile expelled the Peruvian consul.", "expelled", "2025-03-04"),
    "a date in a comparison ('unlike ... in 2017') is another occasion's": (
        "Erdogan visited Athens on Thursday. Unlike his previous visit in 2017, this time "
        "he praised Greece for its hospitality.", "praised", "2025-03-13"),
    "the nth of this month": (
        "On the 10th of this month, Chile recalled its ambassador from Peru.",
        "recalled", "2025-03-10"),
}


@pytest.mark.parametrize(("body", "trigger", "expected"), DATE_CASES.values(),
                         ids=DATE_CASES.keys())
def test_date_rule(coder, body, trigger, expected):
    recs = [r for r in coded(coder, body) if (r["trigger"] or "").startswith(trigger)]
    assert recs, f"no event {trigger!r} in {body!r}"
    assert recs[0]["date"] == expected
