"""Rules found by error analysis in session 6, each shown by sentences of its own: reactions
to an accord told before, concern as disapproval, demands told with "told X to", appeals to
"all sides", named UN agencies and state epithets of the translated press."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# Each row: the text and a record it must yield (code, source codes, target codes, modality);
# the id names the rule.
S6_ROWS = [
    pytest.param(
        "Kenya and Somalia signed a border treaty on Thursday. The African Union also welcomed "
        "the treaty on Friday.",
        ("051", ("IGOAU",), ("KEN", "SOM"), "asserted"),
        id="welcoming_a_treaty_praises_its_parties"),
    pytest.param(
        "Algeria and Niger signed a memorandum on gas on Monday. Morocco's foreign minister "
        "slammed the memorandum as illegitimate.",
        ("111", ("MARGOV",), ("DZA", "NER"), "asserted"),
        id="criticising_a_memorandum_criticises_its_parties"),
    pytest.param(
        "Greece and Cyprus concluded a memorandum of understanding on energy on Monday.",
        ("057", ("GRC", "CYP"), (), "asserted"),
        id="concluding_a_memorandum_is_an_agreement"),
    pytest.param(
        "Japan conveyed its serious concern to Beijing through diplomatic channels.",
        ("111", ("JPN",), ("CHN",), "asserted"),
        id="concern_conveyed_to_a_party_disapproves"),
    pytest.param(
        "The Kenyan foreign ministry said it was deeply troubled by Uganda's decision.",
        ("111", ("KENGOV",), ("UGA",), "asserted"),
        id="a_statement_of_being_troubled_by_an_act_criticises_it"),
    pytest.param(
        "Rabat's foreign minister told Nouakchott to stop interfering in the dispute.",
        ("100", ("MARGOV",), ("MRT",), "asserted"),
        id="telling_a_party_to_act_demands_it"),
    pytest.param(
        "India and Pakistan exchanged fire on Monday. The European Union urged restraint on "
        "all sides.",
        ("0256", ("IGOEU",), ("IND", "PAK"), "asserted"),
        id="an_appeal_to_all_sides_goes_to_the_main_pair"),
    pytest.param(
        "The Kenyan president flew to Addis Ababa on Monday.",
        ("042", ("KENGOV",), ("ETH",), "asserted"),
        id="flying_to_a_foreign_capital_is_a_visit"),
    pytest.param(
        "Ghana's trade ministry said it would send a delegation to Lome next month.",
        ("042", ("GHAGOV",), ("TGO",), "future"),
        id="sending_a_delegation_to_a_capital_is_a_visit"),
    pytest.param(
        "Erdogan flew to Baku on Monday, where Aliyev received him at the airport.",
        ("043", ("AZEGOV",), ("TURGOV",), "asserted"),
        id="an_object_pronoun_is_not_its_verbs_own_subject"),
    pytest.param(
        "Egypt and Sudan signed a defence pact on Monday, a move swiftly denounced by "
        "Ethiopia.",
        ("111", ("ETH",), ("EGY", "SDN"), "asserted"),
        id="an_act_denounced_in_apposition_is_its_authors"),
    pytest.param(
        "Taiwan's president labelled China a \"foreign hostile force\" on Monday.",
        ("111", ("TWNGOV",), ("CHN",), "asserted"),
        id="labelling_a_party_with_a_word_of_criticism_criticises_it"),
    pytest.param(
        "Belarus became the first state to formally recognise the new government of Niger.",
        ("054", ("BLR",), ("NERGOV",), "asserted"),
        id="the_first_state_to_act_is_the_subject_of_became"),
    pytest.param(
        "Rabat and Algiers have still not exchanged ambassadors.",
        ("050", ("MAR", "DZA"), (), "negated"),
        id="exchanging_ambassadors_is_diplomatic_relations"),
    pytest.param(
        "The Peruvian foreign ministry convoked the Mexican ambassador on Monday.",
        ("114", ("PERGOV",), ("MEXGOV",), "asserted"),
        id="convoking_an_envoy_summons_him"),
    pytest.param(
        "The presidents of Chile and Peru put their signatures under the fisheries treaty.",
        ("057", ("CHLGOV", "PERGOV"), (), "asserted"),
        id="putting_signatures_under_a_treaty_signs_it"),
    pytest.param(
        "Russia and Estonia traded accusations on Monday. Russia held naval drills in the "
        "Baltic Sea on Tuesday.",
        ("150", ("RUS",), ("EST",), "asserted"),
        id="drills_with_no_party_named_are_a_show_of_force_to_the_other_side"),
    pytest.param(
        "Xi Jinping said on Friday that China firmly opposes the sanctions imposed on Cuba "
        "by the United States.",
        ("110", ("CHN",), ("USA",), "asserted"),
        id="opposing_an_act_is_aimed_at_its_author"),
    pytest.param(
        "\"Ghana stood by us in a difficult moment, and we thank our Ghanaian friends for it,\" "
        "Togo's foreign minister told a news conference.",
        ("051", ("TGOGOV",), ("GHA",), "asserted"),
        id="we_in_a_quotation_is_the_quoted_speakers_side"),
    pytest.param(
        "Algeria's foreign ministry said Moroccan boats had been fishing illegally in its "
        "waters.",
        ("111", ("DZAGOV",), ("MAR",), "asserted"),
        id="a_statement_that_a_party_acts_illegally_criticises_it"),
    pytest.param(
        "Tehran's supreme leader said Israel would face severe punishment for its crimes.",
        ("130", ("IRNGOV",), ("ISR",), "asserted"),
        id="a_statement_promising_retribution_threatens"),
    pytest.param(
        "Seoul and Pyongyang traded accusations. Seoul's defence minister warned that the "
        "North would pay dearly for any provocation.",
        ("130", ("KORGOV",), ("PRK",), "asserted"),
        id="a_warning_about_another_party_threatens_it"),
    pytest.param(
        "ECOWAS gave the junta in Niger a one-week ultimatum to reinstate the president.",
        ("139", ("IGOWAS",), ("NERMIL",), "asserted"),  # a coup junta is MIL (session 17)
        id="the_indirect_object_of_a_light_verb_is_the_target"),
    pytest.param(
        "Putin and Tokayev held talks in Astana, and officials of the two governments then "
        "inked a series of agreements.",
        ("057", ("RUSGOV", "KAZGOV"), (), "asserted"),
        id="a_series_of_agreements_is_agreements"),
    pytest.param(
        "Biden met Vietnam's prime minister on Monday, and the two governments announced a "
        "package of deals on chips.",
        ("057", ("USAGOV", "VNMGOV"), (), "asserted"),
        id="a_deal_announced_by_both_parties_is_an_agreement"),
    pytest.param(
        "Venezuelan President Nicolas Maduro and Guyana's President Irfaan Ali shook hands "
        "at the airport of Argyle on the island of St Vincent.",
        ("040", ("VENGOV", "GUYGOV"), (), "asserted"),
        id="shaking_hands_is_meeting_and_the_island_is_a_venue"),
    pytest.param(
        "Poland and Ukraine held talks on Monday. A government spokesman said Warsaw would "
        "still deliver the ammunition it had promised.",
        ("072", ("POL",), ("UKR",), "future"),
        id="aid_with_no_receiver_named_goes_to_the_other_side"),
    pytest.param(
        "The World Bank will resume its grants in Syria next year.",
        ("071", ("IGOWBK",), ("SYR",), "future"),
        id="resuming_grants_is_economic_aid"),
    pytest.param(
        "The Turkish foreign minister is expected in Baghdad on Monday.",
        ("042", ("TURGOV",), ("IRQ",), "future"),
        id="a_visitor_expected_in_a_capital_is_to_visit"),
    pytest.param(
        "The Knesset voted on Monday to ban UNRWA from operating inside Israel.",
        ("163", ("ISRLEG",), ("IGOUNO",), "asserted"),
        id="a_un_agency_is_the_un"),
]


@pytest.mark.parametrize("body, expected", S6_ROWS)
def test_session6_rows_code_who_did_what_to_whom(coder, body, expected):
    assert expected in dyads(coded(coder, body))


@pytest.mark.parametrize("body", [
    "Beijing told its citizens to avoid travel to Japan.",
    "Katz said he had told his ministry to find other suppliers in Europe.",
    "The minister told reporters that Warsaw would send no troops.",
])
def test_telling_ones_own_people_or_the_press_demands_nothing(coder, body):
    assert not any(r["root"] == "10" for r in coded(coder, body))


def test_a_named_treaty_refers_to_no_act_told_before(coder):
    body = ("Israel struck the site on Monday. The Iranian parliament may decide to leave the "
            "Non-Proliferation Treaty.")
    assert not any(r["cameo"] == "163" and r["target"] for r in coded(coder, body))


def test_the_zionist_regime_is_israel(coder):
    recs = coded(coder, "The Zionist regime attacked Iranian nuclear facilities on Friday.")
    assert any(r["source"]["country"] == "ISR" and r["root"] == "19" for r in recs)


@pytest.mark.parametrize("body", [
    "Russia flew drones into Poland on Monday.",
    "Perhaps in the summer Georgian Airways will also begin to fly to Moscow.",
    "Putin flew to Moscow on Monday.",
])
def test_movements_that_are_no_state_visit(coder, body):
    assert not any(r["cameo"] == "042" for r in coded(coder, body))


def test_exercises_held_with_a_party_are_no_show_of_force(coder):
    body = ("Japan and the Philippines signed a defence pact. Manila wanted to hold larger "
            "exercises with the Japanese forces.")
    assert not any(r["cameo"] == "150" for r in coded(coder, body))


def test_we_retelling_a_past_act_in_a_quotation_is_not_the_speakers_new_act(coder):
    body = ('"We have closed the border with Rwanda," the Burundian interior minister told '
            "reporters.")
    assert not any(r["cameo"] == "163" and r["source"]["country"] == "BDI"
                   and r["source"]["text"].lower() == "we" for r in coded(coder, body))


def test_a_deal_announced_by_a_third_party_is_no_agreement_of_its_own(coder):
    body = ("Sweden and Turkey held talks in Vilnius. NATO Secretary-General Jens Stoltenberg "
            "announced the deal to reporters.")
    assert not any(r["cameo"] == "057" and "IGONAT" in str(r["source"])
                   for r in coded(coder, body))


def test_a_fuzzy_name_resolves_the_same_whatever_came_before():
    # the memo of fuzzy surname matches keeps the cutoff in its key: with a first name the
    # match is looser, and a bare surname seen first must not decide the full name's answer
    from dyadwatch.actors.officeholders import OfficeholderIndex

    rows = [{"code": "RUSGOV", "office": "head_of_government", "name": "Dmitry Medvedev",
             "from": "2008-05-07", "to": "2012-05-07", "variants": ""}]
    first_bare, first_full = OfficeholderIndex(rows), OfficeholderIndex(rows)
    first_bare.resolve(["Mdvedevx"], "2010-01-01")
    answer_after_bare = first_bare.resolve(["Dmitry", "Mdvedevx"], "2010-01-01")
    answer_alone = first_full.resolve(["Dmitry", "Mdvedevx"], "2010-01-01")
    assert (answer_after_bare and answer_after_bare.code) == (answer_alone and answer_alone.code)


def test_a_standing_denial_in_the_present_is_no_event(coder):
    body = "Congo accused Rwanda of backing the rebels. Rwanda denies arming the group."
    assert not any(r["cameo"] == "016" for r in coded(coder, body))


def test_a_denial_told_in_the_past_stays_an_event(coder):
    body = "Congo accused Rwanda of backing the rebels. Rwanda denied arming the group on Monday."
    assert any(r["cameo"] == "016" and r["source"]["country"] == "RWA"
               for r in coded(coder, body))


@pytest.mark.parametrize("body", [
    "Algeria ordered a French diplomat to leave the country, retaliating against the "
    "expulsion of an Algerian consul.",
    "Russia retaliated by expelling two Estonian diplomats on Monday.",
])
def test_retaliating_explains_another_act_and_is_no_attack(coder, body):
    assert not any(r["root"] == "19" for r in coded(coder, body))


def test_retaliating_alone_is_still_an_attack(coder):
    recs = coded(coder, "Iran retaliated against Israel on Saturday with hundreds of missiles.")
    assert any(r["root"] == "19" and r["target"]["country"] == "ISR" for r in recs)

