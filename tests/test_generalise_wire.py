"""Wire-news constructions found by probing beyond the gold (session 3), each tested on
sentences of its own: who is behind an act, attribution after the fact, criticism of an
act told before, aid announced, raids on embassies, envoys ordered out."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes, dyads

from dyadwatch.read.document import Document


def test_the_party_behind_or_responsible_for_an_attack_is_its_agent(coder):
    recs = coded(coder, "Chile said Peru was behind the cyberattack on Chilean ministries.")
    assert ("112", ("CHL",), ("PER",), "asserted") in dyads(recs)
    assert any(r["root"] == "17" and codes(r["source"]) == ["PER"]
               and r["modality"] == "reported" for r in recs)
    recs = coded(coder, "Norway said Swedish agents were responsible for the drone attack "
                        "on its border post.")
    assert any(r["root"] == "11" and codes(r["target"])[0].startswith("SWE") for r in recs)
    assert any(r["root"] == "19" and codes(r["source"])[0].startswith("SWE") for r in recs)


def test_not_behind_names_no_agent(coder):
    recs = coded(coder, "Chile said Peru was not behind the cyberattack on its ministries.")
    assert not any(codes(r["source"]) == ["PER"] for r in recs)


def test_holding_a_party_responsible_blames_it(coder):
    recs = coded(coder, "The Danish government held Moscow responsible for the sabotage.")
    assert ("112", ("DNKGOV",), ("RUS",), "asserted") in dyads(recs)


def test_trailing_attribution_is_no_accusation(coder):
    body = ("Peru fired two missiles at a Chilean patrol boat on Tuesday, Chile's navy said.")
    recs = coded(coder, body)
    assert not any(r["root"] == "11" for r in recs)


def test_condemning_an_uncoded_act_targets_whoever_did_it(coder):
    body = ("North Korea fired two ballistic missiles into the sea on Tuesday. North Korea "
            "has tested missiles all year, and South Korea watches closely. Seoul condemned "
            "the launch as a provocation.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "condemned"]
    assert [(codes(r["source"]), codes(r["target"])) for r in recs] == [(["KOR"], ["PRK"])]


def test_a_material_act_noun_does_not_refer_back_to_a_statement(coder):
    body = ("Peru tested a missile near the border. Chile condemned the test. Bolivia "
            "also denounced the test.")
    recs = [r for r in coded(coder, body) if r["trigger"] in ("condemned", "denounced")]
    assert [(codes(r["source"]), codes(r["target"])) for r in recs] == [
        (["CHL"], ["PER"]), (["BOL"], ["PER"])]


def test_role_adjectives_of_things_are_not_actors(coder):
    recs = coded(coder, "Israel attacked Gaza. Washington announced a new military aid "
                        "package for Kyiv.")
    aid = [r for r in recs if r["trigger"] == "announced"]
    # (an announced package is a pledge of aid, 033, as the dev conventions code it)
    assert [(r["root"], codes(r["source"]), codes(r["target"])) for r in aid] == [
        ("03", ["USA"], ["UKR"])]


def test_storming_an_embassy_is_a_raid(coder):
    recs = coded(coder, "Ecuadorian police stormed the Mexican embassy in Quito on Friday.")
    assert any(r["cameo"] == "1711" and codes(r["source"]) == ["ECUCOP"]
               and codes(r["target"])[0].startswith("MEX") for r in recs)


def test_an_envoy_ordered_to_leave_is_expelled(coder):
    recs = coded(coder, "Niger ordered the French ambassador to leave within 48 hours.")
    assert ("161", ("NER",), ("FRAGOV",), "asserted") in dyads(recs)


def test_unveiled_aid_is_aid(coder):
    recs = coded(coder, "Japan unveiled an aid package for the Philippines.")
    assert any(r["root"] == "07" and codes(r["target"]) == ["PHL"] for r in recs)


def test_a_wire_dateline_is_not_the_subject(coder):
    body = ("LIMA, April 8 - Peru closed its airspace to all flights to and from Bolivia on "
            "Monday and recalled its ambassadors from La Paz and Quito.")
    got = dyads(coded(coder, body, pub="2025-04-08"))
    assert ("163", ("PER",), ("BOL",), "asserted") in got
    assert any(c == "161" and s == ("PER",) and "BOL" in t for c, s, t, _ in got)


def test_conjoined_objects_carry_their_prepositions(coder):
    recs = coded(coder, "Chile has suspended all exports to and imports from Peru.")
    assert ("163", ("CHL",), ("PER",), "asserted") in dyads(recs)


def test_barring_a_state_s_aircraft_is_a_sanction(coder):
    recs = coded(coder, "Bolivia barred Peruvian aircraft from its airspace.")
    assert ("163", ("BOL",), ("PER",), "asserted") in dyads(recs)


PAIR_CASES = [
    # "both sides" after two countries named earlier in the same sentence: that pair
    ("Venezuela and Guyana pledged not to use force in their border dispute. A Russian "
     "defence delegation was received in Caracas on Monday, and both sides agreed to step up "
     "military cooperation.", ["RUS", "VEN"]),
    # mediators named in the sentence before do not replace the main dyad
    ("Venezuela and Guyana pledged not to use force in their border dispute. The talks were "
     "brokered by St Vincent's prime minister, with Brazilian envoy Celso Amorim also in the "
     "room. The two governments agreed to avoid any escalation.", ["GUY", "VEN"]),
]


@pytest.mark.parametrize(("body", "pair"), PAIR_CASES)
def test_which_pair_both_sides_stand_for(coder, body, pair):
    recs = [r for r in coded(coder, body) if r["trigger"] == "agreed"]
    # countries: "the two governments" may keep its role (GUYGOV, VENGOV)
    assert sorted(a["country"] for a in recs[0]["source"]) == pair


def test_the_north_is_north_korea_only_where_the_story_names_it(coder):
    body = ("North Korea blew up two roads on Tuesday. On Friday, the North's foreign ministry "
            "accused Seoul of flying drones over Pyongyang.")
    assert ("112", ("PRKGOV",), ("KOR",), "asserted") in dyads(coded(coder, body))
    assert coded(coder, "The North's foreign ministry accused Chile of spying.") == []


def test_ordering_one_s_diplomats_home_recalls_them(coder):
    recs = coded(coder, "Israel ordered its diplomats home from Turkey in late October.")
    assert ("161", ("ISR",), ("TUR",), "asserted") in dyads(recs)


def test_the_north_in_lower_case_is_a_direction(coder):
    body = ("North Korea blew up two roads on Tuesday. Troops in the north of the country "
            "attacked Seoul's outposts.")
    recs = coded(coder, body)
    assert not any("PRK" in codes(r["source"]) and r["trigger"] == "attacked" for r in recs)


def test_states_listed_with_commas_are_all_the_source(coder):
    body = ("Mali, Burkina Faso and Niger, which have formed a confederation under their "
            "military governments, recalled their envoys from Algiers on Sunday.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "recalled"]
    assert sorted(codes(recs[0]["source"])) == ["BFA", "MLI", "NER"]


def test_a_claim_rejected_in_a_relative_clause_answers_its_author(coder):
    recs = coded(coder, "Chile accused Peru of spying, an allegation Lima denied.")
    assert ("016", ("PER",), ("CHL",), "asserted") in dyads(recs)


def test_forces_a_state_deploys_are_its_own(coder):
    body = ("The Netherlands returned 119 looted bronzes to Nigeria. Kenya deployed 400 police "
            "officers to Haiti.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "deployed"]
    assert [(codes(r["source"]), codes(r["target"])) for r in recs] == [(["KEN"], ["HTI"])]


def test_an_offer_to_host_talks_is_no_talks(coder):
    recs = coded(coder, "Saudi Arabia offered to host peace talks between Russia and Ukraine.")
    assert [r["root"] for r in recs] == ["03"]


def test_a_threat_to_block_a_states_bid_targets_that_state(coder):
    recs = coded(coder, "Turkey threatened to block Sweden's NATO bid.")
    assert [(r["root"], codes(r["target"])) for r in recs] == [("13", ["SWE"])]


def test_should_in_a_statement_is_an_appeal_to_that_party(coder):
    # (an act the lexicon codes inside the clause, "should abide by the one-China principle",
    # makes the statement a demand for that act instead: 102 since session 11)
    body = ("China's foreign ministry spokesperson Lin Jian said the United States should "
            "be more careful with its words on Taiwan. Lin said China should stay calm.")
    assert dyads(coded(coder, body)) == {("020", ("CHNGOV",), ("USA",), "asserted")}


def test_weapons_launched_at_a_state_target_it(coder):
    recs = coded(coder, "Russian forces launched 120 drones and 10 missiles at Ukraine "
                        "overnight, Ukraine's air force said.")
    assert [(r["root"], codes(r["target"]), r["modality"]) for r in recs] == [
        ("19", ["UKR"], "reported")]


def test_jets_bombing_targets_is_an_air_strike(coder):
    recs = coded(coder, "Turkish jets bombed Kurdish militant targets in northern Iraq.")
    assert [r["cameo"] for r in recs] == ["195"]


def test_banning_another_state_s_products_is_a_sanction(coder):
    recs = coded(coder, "New Delhi banned dozens of Chinese apps, including TikTok.")
    assert any(r["cameo"] == "163" and codes(r["source"]) == ["IND"]
               and codes(r["target"])[0].startswith("CHN") for r in recs)
    assert coded(coder, "India banned protests in the capital.") == []


def test_threatening_tariffs_is_a_threat_of_sanctions(coder):
    recs = coded(coder, "In January Trump threatened Denmark with high tariffs.", pub="2025-03-02")
    assert [(r["cameo"], codes(r["target"])) for r in recs] == [("1312", ["DNK"])]


def test_postponing_a_summit_is_161(coder):
    recs = coded(coder, "Japan postponed the summit with China.")
    assert [r["cameo"] for r in recs] == ["161"]


def test_a_time_after_an_event_noun_is_no_target_phrase(coder):
    recs = coded(coder, "Italy announced a suspension of air links with Serbia on Wednesday.")
    assert [(codes(r["source"]), codes(r["target"])) for r in recs] == [(["ITA"], ["SRB"])]


def test_naming_an_act_with_a_word_of_criticism_criticises_it(coder):
    recs = coded(coder, "Chile called the Peruvian decision a provocation.")
    assert ("111", ("CHL",), ("PER",), "asserted") in dyads(recs)


def test_diplomats_who_must_leave_are_expelled_by_the_speaker(coder):
    recs = coded(coder, "Hungary said the Ukrainian diplomats must leave the country.")
    assert dyads(recs) == {("161", ("HUN",), ("UKRGOV",), "asserted")}
    assert coded(coder, "The Peruvian delegation left the country on Monday.") == []


def test_a_dateline_with_a_country_after_the_city_names_no_actor(coder):
    body = ("KAZAN, Russia, Oct 23 (Reuters) - Indian Prime Minister Narendra Modi and Chinese "
            "President Xi Jinping held talks on Wednesday.")
    recs = coded(coder, body, pub="2024-10-23")
    assert {c for r in recs for c in codes(r["source"]) + codes(r["target"])} == {
        "INDGOV", "CHNGOV"}


def test_three_states_promising_personnel_promise_it_to_no_one_named(coder):
    assert coded(coder, "The Bahamas, Jamaica and Benin have also promised personnel.") == []


def test_a_supposed_attack_in_a_statement_accuses_no_one(coder):
    body = ("Chile's president told parliament that a Peruvian attack on Bolivia could amount "
            "to a threat to the region.")
    recs = coded(coder, body)
    assert not any(r["root"] == "11" for r in recs)
    assert all(r["modality"] == "hypothetical" for r in recs if r["root"] == "19")


def test_call_on_a_state_to_act_is_an_appeal_even_when_parsed_as_advcl(coder):
    recs = coded(coder, "Baku regarded this as an act of targeted killing and called on Moscow "
                        "to punish the perpetrators.")
    assert [(r["root"], codes(r["target"])) for r in recs] == [("02", ["RUS"])]


TRANSLATED_CASES = [
    # "the sides", "the parties": the pair the story is about
    ("Chile and Peru met in Lima on Monday. The sides agreed to continue consultations.",
     "agreed", {"CHL", "PER"}),
    ("The Chinese side has lodged solemn representations with the Philippines.", "lodged",
     {"CHN", "PHL"}),
    # (the verb family "introduce" + sanctions: the verb is the trigger since session 5)
    ("Beijing introduced counter-sanctions against 15 American companies.", "introduced",
     {"CHN", "USA"}),
]


@pytest.mark.parametrize(("body", "trigger", "countries"), TRANSLATED_CASES)
def test_translated_wordings(coder, body, trigger, countries):
    recs = [r for r in coded(coder, body) if r["trigger"] == trigger]
    assert recs and {c[:3] for r in recs for c in codes(r["source"]) + codes(r["target"])} == (
        countries)


def test_negotiations_a_state_offers_a_platform_for_are_not_held(coder):
    recs = coded(coder, "Erdogan noted that Turkey is ready to provide a platform for "
                        "negotiations between Moscow and Kiev.")
    assert [r["root"] for r in recs] == ["03"]


def test_a_resolution_calling_for_a_state_to_act_appeals_to_that_state(coder):
    recs = coded(coder, "The UN General Assembly adopted a resolution calling for Russia to "
                        "withdraw its troops from Ukraine.")
    assert [(r["root"], codes(r["source"]), codes(r["target"])) for r in recs] == [
        ("02", ["IGOUNO"], ["RUS"])]


def test_finding_a_state_in_breach_accuses_it(coder):
    recs = coded(coder, "The IAEA Board of Governors passed a resolution on Thursday finding "
                        "Iran in breach of its non-proliferation obligations.")
    assert [(r["cameo"], codes(r["target"])) for r in recs] == [("112", ["IRN"])]
    assert codes(recs[0]["source"])[0].startswith("IGOUNO")


def test_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state(coder):
    body = ("Iran tested a missile. The Russian ambassador was summoned to the foreign ministry "
            "in Warsaw.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "summoned"]
    assert [(codes(r["source"]), codes(r["target"])) for r in recs] == [(["POLGOV"], ["RUSGOV"])]


def test_killed_in_a_states_shelling_names_the_attacker(coder):
    recs = coded(coder, "Three Indian soldiers were killed in Chinese shelling.")
    assert [(r["root"], codes(r["source"]), codes(r["target"])) for r in recs] == [
        ("19", ["CHN"], ["INDMIL"])]


TRADE_CASES = [
    ("Russia cut gas supplies to Moldova.", "163"),
    ("Ukraine halted the transit of Russian gas to Europe on January 1.", "163"),
    ("India lifted its ban on rice exports to Bangladesh.", "085"),
    ("Peru cut arms supplies to Bolivia.", "1622"),  # military aid (session 5 families)
    ("Under the deal, Washington will cut its 145% levy on Chinese imports to 30%.", "085"),
    ("Beijing will lower its duties on US goods from 125% to 10%.", "085"),
    ("President Donald Trump raised duties on Chinese goods in April.", "163"),
]


@pytest.mark.parametrize(("body", "cameo"), TRADE_CASES)
def test_trade_energy_and_tariff_measures(coder, body, cameo):
    assert [r["cameo"] for r in coded(coder, body)] == [cameo]


def test_a_complaint_at_the_wto_does_not_make_it_a_target(coder):
    recs = coded(coder, "Beijing filed a complaint against the US tariffs at the World Trade "
                        "Organization.")
    assert not any("IGOWTO" in codes(r["target"]) for r in recs)


def test_the_ministry_is_the_ministry_named_before_not_a_state_named_since(coder):
    body = ("Pakistan's foreign ministry on Tuesday rejected India's claims about the attack. "
            "It said India had provided no evidence. The ministry also accused New Delhi of "
            "using the incident to justify aggression.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "accused"]
    assert [(codes(r["source"]), codes(r["target"])) for r in recs] == [(["PAKGOV"], ["IND"])]


def test_offering_to_mediate_between_the_two_neighbours(coder):
    body = ("India and Pakistan exchanged fire on Monday. Iran offered to mediate between the "
            "two neighbours.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "offered"]
    assert [sorted(codes(r["target"])) for r in recs] == [["IND", "PAK"]]


def test_a_city_named_exactly_is_not_a_person_with_a_close_name(coder):
    body = "A roadside bomb near the town of Samarra killed three Iraqi soldiers on Sunday."
    state = coder.run(Document("wire", body, pub_date="2025-03-14"))
    kinds = {m.text: m.kind for m in state.mentions}
    assert kinds.get("Samarra") == "place"


def test_a_name_before_an_appositive_title_is_that_officials(coder):
    body = ("Xue Jian, China's consul general in Osaka, wrote a post on X. Tokyo has so far "
            "stopped short of expelling him.")
    recs = coded(coder, body)
    assert [(r["cameo"], codes(r["source"]), codes(r["target"]), r["modality"])
            for r in recs] == [("161", ["JPN"], ["CHNGOV"], "negated")]


def test_two_armies_pulling_back_de_escalate_each_other(coder):
    body = ("India and China agreed on patrols. Troops of the two armies are expected to start "
            "pulling back from Depsang in the coming days, officials in New Delhi said.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "pulling"]
    assert [(r["cameo"], sorted(codes(r["source"])), r["modality"]) for r in recs] == [
        ("0874", ["CHNMIL", "INDMIL"], "future")]


def test_criticising_a_post_targets_who_wrote_it(coder):
    body = ("Xue Jian, China's consul general in Osaka, wrote a post on X about the Japanese "
            "prime minister. Chief Cabinet Secretary Minoru Kihara called the post highly "
            "inappropriate on Nov 10.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "called"]
    assert [(r["cameo"], codes(r["target"])) for r in recs] == [("111", ["CHNGOV"])]


def test_a_verb_conjoined_to_a_word_inside_the_clause_before_keeps_its_subject(coder):
    body = ("On Saturday, the Chilean foreign ministry summoned the Peruvian ambassador, "
            "denounced the detention of its agent as unacceptable and accused interior "
            "minister Luis Castro of staging the affair.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "accused"]
    assert [codes(r["source"]) for r in recs] == [["CHLGOV"]]


def test_an_active_verb_after_a_passive_reported_clause_is_the_speakers(coder):
    body = ("Bolivian President Luis Arce said communications with the Chilean government were "
            "broken and denounced the strikes as aggression against his country.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "denounced"]
    assert [codes(r["source"]) for r in recs] == [["BOLGOV"]]


def test_no_party_appeals_to_itself_after_a_reported_clause(coder):
    body = ("Washington later said Serbia had massed troops near the border and urged Belgrade "
            "to withdraw them.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "urged"]
    assert [(codes(r["source"]), codes(r["target"])) for r in recs] == [(["USA"], ["SRB"])]


def test_urging_both_sides_addresses_the_pair_not_who_the_infinitive_names(coder):
    body = ("Sudan's government severed relations with the United Arab Emirates on Tuesday, "
            "accusing Abu Dhabi of arming the rebels. Sudan closed its embassy in Abu Dhabi. "
            "Guterres urged both sides to protect civilians.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "urged"]
    assert [sorted(codes(r["target"])) for r in recs] == [["ARE", "SDN"]]


def test_a_role_a_state_acts_on_is_not_that_states_own(coder):
    body = ("France closed its embassy in Niamey. Paris has never recognised the military "
            "authorities.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "recognised"]
    assert [(codes(r["target"]), r["modality"]) for r in recs] == [(["NERGOV"], "negated")]


def test_troops_to_be_withdrawn_are_withdrawn_by_their_own_state(coder):
    body = ("Niger's junta expelled the French ambassador. Macron announced that about 1,500 "
            "French troops would be withdrawn from Niger by the end of the year.")
    recs = [r for r in coded(coder, body) if r["trigger"] == "withdrawn"]
    assert [(codes(r["source"]), codes(r["target"]), r["modality"]) for r in recs] == [
        (["FRA"], ["NER"], "future")]


def test_pardoning_a_foreign_prisoner_releases_him(coder):
    recs = coded(coder, "Belarusian leader Alexander Lukashenko pardoned German citizen Rico "
                        "Krieger on Tuesday.")
    assert [(r["cameo"], codes(r["target"])) for r in recs] == [("0841", ["DEUCVL"])]


def test_taking_a_matter_to_the_security_council_appeals_to_it(coder):
    recs = coded(coder, "Guyana took the matter to the UN Security Council on Friday.")
    assert [(r["cameo"], codes(r["target"])) for r in recs] == [("022", ["IGOUNO"])]
