"""Rules found by error analysis in session 5, each tested on sentences of its own: verb
families acting on restrictive measures, senses that are no event, appeals with "call on",
denials of an accusation, calls that are not phone calls, unaddressed easing."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes, dyads

from dyadwatch.events.lexicon import read_trigger_file


@pytest.mark.parametrize("body, code", [
    ("Chile lifted the curbs on Peruvian fruit last year.", "081"),
    ("Ghana scrapped the tariffs on Togolese cement in May.", "085"),
    ("Japan did not cancel its sanctions against Russia.", "085"),
    ("Canada raised tariffs on Chinese steel on Monday.", "163"),
    ("The EU approved new sanctions against Belarus on Friday.", "163"),
    ("Norway froze its funding for projects in Uganda.", "1621"),  # economic aid (codes19)
    ("Kenya reopened its embassy in Somalia in June.", "050"),
])
def test_verb_families_act_on_restrictive_measures(coder, body, code):
    assert code in {r["cameo"] for r in coded(coder, body)}


def test_a_decree_signed_at_home_is_no_agreement(coder):
    recs = coded(coder, "Putin signed a decree lifting the ban on flights to Georgia.")
    assert not any(r["cameo"] == "057" for r in recs)
    assert any(r["root"] == "08" for r in recs)


def test_a_treaty_signed_with_a_state_is_an_agreement(coder):
    recs = coded(coder, "Putin signed a treaty with Georgia on Monday.")
    assert any(r["cameo"] == "057" for r in recs)


def test_a_family_row_gives_each_lemma_its_sense():
    header = "lemma\tpos\tcameo\tprt\tobj\tflags\n"
    entries = read_trigger_file(
        [header, "lift|ease\tVERB\t085\t-\tsanction\t-\n", "sign\tVERB\t-\t-\tdecree\t-\n"],
        "test")
    assert [(e.lemma, e.cameo, e.void) for e in entries] == [
        ("lift", "085", False), ("ease", "085", False), ("sign", "-", True)]


@pytest.mark.parametrize("body", [
    "Iran's foreign minister called on the Taliban to let Iranian experts inspect the dam.",
    "Chile called on Peru to let the observers visit the port.",
])
def test_calling_on_a_party_to_act_is_an_appeal_not_a_phone_call(coder, body):
    recs = coded(coder, body)
    assert any(r["root"] == "02" for r in recs)
    assert not any(r["cameo"] == "041" for r in recs)


def test_rejecting_an_accusation_denies_it(coder):
    assert any(d[0] == "016" for d in dyads(coded(
        coder, "The Kremlin on Wednesday rejected the Finnish accusation as groundless.")))


def test_a_video_about_which_an_envoy_is_summoned_is_no_call(coder):
    recs = coded(coder, "Senegal's foreign ministry summoned Ukraine's ambassador over a "
                        "video posted by the embassy.")
    assert any(r["cameo"] == "114" for r in recs)
    assert not any(r["cameo"] == "041" for r in recs)


def test_a_video_call_is_a_call(coder):
    recs = coded(coder, "Japan apologised to South Korea in a video call on Monday.")
    assert any(r["cameo"] == "041" for r in recs)


def test_a_workers_union_is_no_town():
    from dyadwatch.actors.finder import _org_name_part
    from dyadwatch.nlp.model import load_pipeline

    doc = load_pipeline()("The Serbian Workers' Union called a strike.")
    union = next(t.i for t in doc if t.text == "Union")
    assert _org_name_part(doc, union, union + 1)


@pytest.mark.parametrize("body, code", [
    ("Venezuela called its ambassador in Brasilia home for consultations.", "161"),
    ("Peru brought its envoy home from Mexico on Friday.", "161"),
])
def test_calling_an_envoy_home_recalls_him(coder, body, code):
    recs = coded(coder, body)
    assert code in {r["cameo"] for r in recs}
    assert not any(r["root"] == "02" for r in recs)


def test_a_past_tense_verb_conjoined_under_a_modal_is_the_speakers(coder):
    recs = coded(coder, "Maduro said on Monday that the minister had assured him that Brazil "
                        "would not veto the bid, and accused Brasilia of going back on its word.")
    assert any(r["cameo"] == "112" and r["source"]["code"] == "VENGOV" for r in recs)


@pytest.mark.parametrize("body, code", [
    ("Officials of India and Sri Lanka exchanged seven agreements in all.", "057"),
    ("Kazakhstan awarded the Chinese leader its highest state order.", "051"),
])
def test_exchanged_agreements_and_conferred_honours(coder, body, code):
    assert code in {r["cameo"] for r in coded(coder, body)}


def test_a_visit_said_to_take_place_keeps_no_invented_direction(coder):
    body = ("Hungary and Russia held talks in May. A visit took place in June.")
    assert not any(r["cameo"] == "042" for r in coded(coder, body))


def test_concern_over_another_partys_act_disapproves_of_it(coder):
    # (session 6: every gold set codes voiced concern 111, so the lexicon follows)
    recs = coded(coder, "Japan expressed concern about North Korea's missile launches.")
    assert any(r["cameo"] == "111" and r["target"]["country"] == "PRK" for r in recs)
    assert not any(r["cameo"] == "012" for r in recs)


def test_welcoming_a_visitor_receives_him(coder):
    recs = coded(coder, "Sisi welcomed Erdogan at the airport on Wednesday.")
    assert any(r["cameo"] == "043" for r in recs)
    assert not any(r["cameo"] == "013" for r in recs)


@pytest.mark.parametrize("body", [
    "Egyptian commentators said Cairo could return to the Security Council.",
    "The Algerian envoy returned to his post in Madrid in November.",
])
def test_returning_somewhere_is_no_handing_back(coder, body):
    assert not any(r["cameo"] == "084" for r in coded(coder, body))


def test_returning_something_hands_it_back(coder):
    recs = coded(coder, "Russia returned the bodies of 500 soldiers to Ukraine on Friday.")
    assert any(r["cameo"] == "084" for r in recs)


def test_defending_ones_own_act_or_land_is_no_verbal_support(coder):
    recs = coded(coder, "Rwanda says it is defending its border against militias in Congo.")
    assert not any(r["cameo"] == "052" for r in recs)
    assert any(r["cameo"] == "052" for r in coded(
        coder, "China defended Russia at the Security Council."))


def test_an_attack_blamed_on_a_party_is_its_alleged_act(coder):
    recs = coded(coder, "Russia blamed the attack on the Crimean bridge on Ukraine.")
    assert any(r["root"] == "11" and r["target"]["code"] == "UKR" for r in recs)
    assert any(r["root"] == "19" and r["source"]["code"] == "UKR"
               and r["modality"] == "reported" for r in recs)


def test_an_attack_on_a_place_blamed_on_nobody_has_no_invented_agent(coder):
    recs = coded(coder, "Russia blamed the attack on the bridge for the delays.")
    assert not any(r["root"] == "19" for r in recs)


@pytest.mark.parametrize("body", [
    "Prabowo has invited the Australian prime minister to his inauguration in Jakarta.",
    "Erdogan extended an invitation to Sisi to visit Ankara.",
])
def test_invitations_are_intents_to_meet(coder, body):
    assert "036" in {r["cameo"] for r in coded(coder, body)}


@pytest.mark.parametrize("body, source", [
    ("Hungary withdrew from the International Criminal Court in April.", ("HUN",)),
    ("In January, Burkina Faso, Mali and Niger announced their joint withdrawal from ECOWAS.",
     ("BFA", "MLI", "NER")),
])
def test_leaving_an_organisation_reduces_relations_with_it(coder, body, source):
    recs = coded(coder, body)
    assert any(r["cameo"] == "161" and tuple(codes(r["source"])) == source for r in recs)


def test_police_breaking_into_an_embassy_are_the_host_states(coder):
    recs = coded(coder, "QUITO, April 6 - Police broke into the Mexican embassy in Quito late "
                        "on Friday and arrested former vice president Jorge Glas, Ecuador said.")
    assert any(r["cameo"] == "1711" and r["source"]["code"] == "ECUCOP"
               and r["target"]["code"] == "MEXGOV" for r in recs)


def test_forcing_a_way_into_an_embassy_is_a_raid(coder):
    recs = coded(coder, "Ecuadorean police forced their way into the Mexican embassy on Friday.")
    assert any(r["cameo"] == "1711" for r in recs)


def test_troops_arriving_are_not_made_visitors_of_the_other_party(coder):
    body = ("Bangladesh and Sierra Leone signed a deal on Monday.\n\n"
            "The Bangladeshi soldiers arrived on Tuesday.")
    assert not any(r["cameo"] == "042" and r["target"] for r in coded(coder, body))


def test_a_legislature_told_is_the_channel_not_the_addressee(coder):
    body = ("North Korea rejected talks with Japan on Monday.\n\n"
            "Kishida told parliament on Tuesday that a summit remained important.")
    assert not any("LEG" in (r["target"] or {}).get("code", "")
                   for r in coded(coder, body) if isinstance(r["target"], dict))


@pytest.mark.parametrize("body, code", [
    ("Ankara welcomed the lifting of sanctions on Syria by Washington.", "051"),
    ("Moscow announced the suspension of military aid to Armenia.", "1622"),
    ("Algeria announced the severing of relations with Morocco on August 24.", "161"),
    ("Turkey confirmed the reopening of its embassy in Damascus.", "050"),
])
def test_nouns_of_the_verb_families(coder, body, code):
    recs = coded(coder, body)
    assert code in {r["cameo"] for r in recs}
    assert not any(r["cameo"] in ("163", "070") for r in recs)  # the sanctions, the aid


def test_acts_reducing_relations_told_by_different_words_are_different_acts(coder):
    recs = coded(coder, "Mogadishu recalled its ambassador from Addis Ababa, and in April it "
                        "expelled Ethiopia's envoy and ordered the closure of two Ethiopian "
                        "consulates.")
    assert len([r for r in recs if r["root"] == "16"]) >= 3


@pytest.mark.parametrize("body, pair", [
    ("Britain and Rwanda signed the migration deal in 2022. She added that Rwanda remains "
     "committed to the partnership with Great Britain in other fields.", (("RWA",), ("GBR",))),
    ("Egypt is committed to the peace treaty with Israel, the minister said.",
     (("EGY",), ("ISR",))),
])
def test_being_committed_to_a_tie_is_an_intent_to_cooperate(coder, body, pair):
    assert ("030", *pair, "asserted") in dyads(coded(coder, body))


# Rules of session 5 shown by a sentence or two: the text and a record it must yield (code,
# source codes, target codes, modality); the id names the rule.
S5_ROWS = [
    pytest.param(
        "Australia and China held talks on wine on Tuesday in Canberra.\n\nOfficials said "
        "Beijing could remove the wine tariffs within five months.",
        ("085", ("CHN",), ("AUS",), "hypothetical"),
        id="easing_with_no_party_named_is_done_to_the_other_side"),
    pytest.param(
        "France joined Germany in condemning the Russian strikes on Kyiv.",
        ("111", ("FRA", "DEU"), ("RUS",), "asserted"),
        id="joining_others_in_an_act_makes_them_all_its_source"),
    pytest.param(
        "Japan and North Korea have not met since 2014. Analysts said a meeting could still "
        "take place if the two sides found a formula.",
        ("040", ("JPN", "PRK"), (), "hypothetical"),
        id="a_meeting_said_to_take_place_is_between_the_pair_just_named"),
    pytest.param(
        "Turkey and Armenia met on Monday. Analysts said Ankara could reopen the frontier "
        "with Armenia once the elections are over.",
        ("081", ("TUR",), ("ARM",), "hypothetical"),
        id="reopening_a_border_eases_restrictions"),
    pytest.param(
        "The European Union expressed regret over the Georgian decision.",
        ("111", ("IGOEU",), ("GEO",), "asserted"),
        id="regret_over_another_partys_act_disapproves"),
    pytest.param(
        "Erdogan invited Sisi to pay a visit to Turkey, and the Egyptian leader accepted the "
        "invitation.",
        ("036", ("EGYGOV",), ("TUR",), "asserted"),
        id="accepting_an_invitation_is_an_intent_to_meet"),
    pytest.param(
        "Bangladesh and Pakistan agreed on Sunday to resume direct trade.\n\nPakistan's "
        "foreign minister Ishaq Dar arrived on Saturday and was received by Bangladesh's "
        "interim leader.",
        ("042", ("PAKGOV",), ("BGD",), "asserted"),
        id="a_visit_with_no_place_named_is_paid_to_the_other_party"),
    pytest.param(
        "The Syrian president had made one of his first foreign trips to Ankara in early "
        "February.",
        ("042", ("SYRGOV",), ("TUR",), "asserted"),
        id="a_trip_made_is_a_visit"),
    pytest.param(
        "Egypt accused Ethiopia of stalling. Britain and Rwanda signed the migration deal in "
        "April 2022.",
        ("057", ("GBR", "RWA"), (), "asserted"),
        id="a_joint_signing_responds_to_nobody"),
    pytest.param(
        "Burundi accused Rwanda of backing the rebels.\n\nGovernment spokeswoman Yolande "
        "Makolo told reporters on Friday that Rwanda had nothing to do with the rebels.",
        ("016", ("RWAGOV",), ("BDI",), "asserted"),
        id="a_statement_denying_involvement_is_a_denial"),
    pytest.param(
        "Burundi closed its border with Rwanda on Thursday.\n\nRwanda has not closed its side "
        "of the frontier.",
        ("163", ("RWA",), ("BDI",), "negated"),
        id="closing_ones_side_of_the_frontier_is_a_border_closure"),
    pytest.param(
        "Saudi Arabia and Syria agreed to restore ties. The Saudi foreign ministry announced "
        "that the kingdom will resume the work of its diplomatic mission in Damascus.",
        ("050", ("SAU",), ("SYR",), "future"),
        id="a_mission_resumed_is_reopened_in_the_other_partys_capital"),
    pytest.param(
        "Iran and Syria signed a cooperation document. It was the first visit of an Iranian "
        "president to Damascus in thirteen years.",
        ("042", ("IRNGOV",), ("SYR",), "asserted"),
        id="the_visit_of_a_leader_to_a_capital"),
    pytest.param(
        "Russia and Georgia have had no ties since 2008. The ban on flights was introduced "
        "by Moscow in July 2019, after the protests in Tbilisi.",
        ("163", ("RUS",), ("GEO",), "asserted"),
        id="a_ban_introduced_by_a_state_with_no_target_named"),
    pytest.param(
        "The Iranian envoy handed a protest note to the Azerbaijani foreign ministry.",
        ("114", ("IRNGOV",), ("AZEGOV",), "asserted"),
        id="a_note_handed_over_is_its_senders_act"),
]


@pytest.mark.parametrize("body, expected", S5_ROWS)
def test_session5_rows_code_who_did_what_to_whom(coder, body, expected):
    assert expected in dyads(coded(coder, body))
