"""Wire and translated wordings found by error analysis in session 4, each rule tested on
sentences of its own: treaties torn up, deadlines to leave, offered apologies, pledged money
and personnel, summons with the particle parsed as a preposition, retaliation vowed."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes, dyads


@pytest.mark.parametrize("body", [
    "Chile tore up a fisheries agreement with Peru on Tuesday.",
    "Bolivia pulled out of the transit deal with Paraguay in July.",
    "Estonia withdrew from the border agreement with Latvia.",
    "Ghana scrapped its defence pact with Togo.",
])
def test_leaving_or_tearing_up_an_agreement_suspends_a_treaty(coder, body):
    assert any(r["cameo"] == "163" for r in coded(coder, body))


def test_pulling_out_of_talks_or_troops_is_not_a_treaty_suspension(coder):
    assert not any(r["cameo"] == "163" for r in coded(
        coder, "Chile pulled its troops out of Peru in May."))


@pytest.mark.parametrize("body, target", [
    ("Mali's military government gave the French ambassador 72 hours to leave.", "FRAGOV"),
    ("Russia gave two Estonian diplomats a week to leave the country.", "ESTGOV"),
])
def test_a_deadline_to_leave_expels(coder, body, target):
    recs = coded(coder, body)
    assert any(r["cameo"] == "161" and codes(r["target"]) == [target] for r in recs)


def test_time_given_for_talks_is_no_expulsion(coder):
    recs = coded(coder, "Ghana gave the Togolese delegation two days of talks in Accra.")
    assert not any(r["root"] == "16" for r in recs)


def test_an_offered_apology_is_made(coder):
    assert ("055", ("JPN",), ("KOR",), "asserted") in dyads(
        coded(coder, "Japan offered an apology to South Korea on Monday."))
    assert ("055", ("JPN",), ("KOR",), "negated") in dyads(
        coded(coder, "Japan did not offer a new apology to South Korea."))


def test_offered_talks_stay_an_offer(coder):
    recs = coded(coder, "Chile offered talks to Peru on Monday.")
    assert any(r["root"] == "03" for r in recs)


@pytest.mark.parametrize("body, code, target", [
    ("Germany pledged 300 million euros to Ukraine.", "0331", "UKR"),
    ("Canada promised troops to Latvia.", "0334", "LVA"),
    ("Norway pledged air defence missiles to Ukraine.", "0332", "UKR"),
])
def test_what_is_pledged_sets_the_intent_and_its_receiver_the_target(coder, body, code,
                                                                   target):
    recs = coded(coder, body)
    assert any(r["cameo"] == code and codes(r["target"]) == [target] for r in recs)


def test_a_summons_with_the_particle_parsed_as_preposition(coder):
    recs = coded(coder, "Japan's vice foreign minister, Takehiro Funakoshi, called in the "
                        "Chinese envoy to complain about the message.")
    assert ("114", ("JPNGOV",), ("CHNGOV",), "asserted") in dyads(recs)


def test_meeting_in_a_city_is_no_summons(coder):
    recs = coded(coder, "Chile's foreign minister called in Lima for calm on Monday.")
    assert not any(r["cameo"] == "114" for r in recs)


def test_a_vow_to_answer_with_measures_threatens_sanctions(coder):
    recs = coded(coder, "Israel pledged to answer with measures of its own against Turkey.")
    assert any(r["root"] == "13" and codes(r["source"]) == ["ISR"] for r in recs)


def test_lone_drills_show_force_and_joint_drills_cooperate(coder):
    recs = coded(coder, "The Chinese military held drills around Taiwan on Monday.")
    assert ("150", ("CHNMIL",), ("TWN",), "asserted") in dyads(recs)
    recs = coded(coder, "Russia held joint drills with Belarus on Monday.")
    assert any(r["cameo"] == "062" for r in recs)
    assert not any(r["root"] == "15" for r in recs)


def test_an_ambiguous_bare_name_resolves_to_no_state(coder):
    # several officeholders of different states share the name: none is chosen, and the
    # answer does not depend on the process's hash seed
    recs = coded(coder, "Mohammed called on Algeria to work together with Rabat.")
    assert not any(codes(r["source"]) for r in recs)


def test_police_approving_protests_do_not_protest(coder, domestic_coder):
    assert not any(r["root"] == "14" for r in coded(
        domestic_coder, "Danish police have approved several such demonstrations this year."))
    recs = coded(domestic_coder, "A Chilean senator began a hunger strike outside Peru's "
                                 "embassy to protest its decision.")
    assert any(r["root"] == "14" and codes(r["source"])[0].startswith("CHL") for r in recs)


def test_flights_to_and_from_several_states(coder):
    recs = coded(coder, "Chile suspended commercial flights to and from Peru and Bolivia.")
    targets = {c for r in recs if r["cameo"] == "163" for c in codes(r["target"])}
    assert targets == {"PER", "BOL"}


@pytest.mark.parametrize("body, source, target", [
    ("Peru's president told reporters that Chile's claim was a lie. Chile's foreign minister "
     "called the remarks shameful and alarming the same evening.", "CHLGOV", "PERGOV"),
    ("The White House spokesman had called the Peruvian application meritless.", "USAGOV",
     "PER"),
    ("Chile's foreign minister described the Peruvian raid as illegal.", "CHLGOV", "PER"),
])
def test_naming_an_act_with_a_word_of_criticism_criticises_it(coder, body, source, target):
    recs = coded(coder, body)
    assert ("111", (source,), (target,), "asserted") in dyads(recs)


def test_calling_for_calm_or_on_a_state_is_no_criticism(coder):
    recs = coded(coder, "Chile called for calm and called on Peru to end its illegal blockade.")
    assert not any(r["cameo"] == "111" for r in recs)


def test_regretting_another_states_move_disapproves(coder):
    recs = coded(coder, "Algeria regretted the alignment of Niger with Bamako.")
    assert any(r["cameo"] == "111" and codes(r["source"]) == ["DZA"] for r in recs)


def test_a_speakers_participle_and_talks_in_its_statement_are_its_own(coder):
    body = ("Egypt said on Tuesday that the latest round of negotiations with Ethiopia had "
            "ended without result, blaming Addis Ababa for rejecting every compromise.")
    recs = coded(coder, body)
    assert ("112", ("EGY",), ("ETH",), "asserted") in dyads(recs)
    assert any(r["root"] == "04" and "EGY" in codes(r["source"]) + codes(r["target"])
               and "ETH" in codes(r["source"]) + codes(r["target"]) for r in recs)


def test_arming_a_party_is_military_aid_and_alleged_arming_is_reported(coder):
    recs = coded(coder, "Burundi accused Kigali of sheltering and arming rebels in Burundi.")
    assert any(r["cameo"] == "072" and codes(r["source"]) == ["RWA"]
               and r["modality"] == "reported" for r in recs)


def test_a_stance_repeated_over_time_stays_a_stance(coder):
    recs = coded(coder, "Iran has repeatedly said it opposes any change to its border with "
                        "Armenia.")
    assert not any(r["root"] == "11" for r in recs)


def test_a_with_clause_is_no_partner(coder):
    recs = coded(coder, "Ukraine and Russia exchanged 90 prisoners of war on Saturday, with "
                        "the UAE mediating.")
    assert not any("ARE" in codes(r["target"]) for r in recs if r["root"] == "08")


# Lexicon rows of this session: (sentence, code, source prefix or None, target or None).
ROWS = [
    ("The U.S. Treasury added four Iranian firms to its sanctions blacklist on Monday.",
     "163", "USA", "IRNBUS"),
    ("Japan scrapped its duties on Australian wine in May.", "085", "JPN", "AUS"),
    ("Chile evacuated its diplomats from Peru on Sunday.", "161", "CHL", "PER"),
    ("Turkey expressed its solidarity with Azerbaijan.", "051", "TUR", "AZE"),
    ("Chile took the dispute to the U.N. Security Council in 2021.", "022", "CHL", "IGOUNO"),
    ("Peru took the dispute to the International Court of Justice.", "115", "PER", None),
    ("Ghana's president pointed the finger at Togo on Friday.", "112", "GHAGOV", "TGO"),
    ("China reserves the right to take countermeasures against Japan.", "130", "CHN", "JPN"),
    ("The Japanese government announced the closing of its embassy in Lima.", "161", "JPNGOV",
     None),
    ("Ghana withdrew its charge d'affaires from Lome.", "161", "GHA", "TGO"),
    # (session 5: interstate coding drops one party's act with no other party, so the
    # complaint names whom it is against)
    ("Chile suspended its complaint against Peru at the World Trade Organization over "
     "Peruvian tariffs.", "080", "CHL", "PER"),
    ("Bolivian embassy staff were evacuated from Lima on Sunday.", "161", "BOL", None),
    ("Peru's Indian high commissioner was called to the ministry on Monday.", "114", None,
     "INDGOV"),
    ("Kenya voiced concern over the deployment of Ugandan troops near its border.", "111",
     "KEN", "UGAMIL"),
    ("Lithuania expressed outrage at the arrest of its citizen by Belarus.", "111", "LTU",
     "BLR"),
    ("Hanoi said it firmly opposes China's deployment of the oil rig.", "110", "VNM", "CHN"),
    ("Chile resumed diplomatic ties with Venezuela after three years.", "054", "CHL", "VEN"),
    ("Qatar helped broker the release of four Ukrainian children from Russia.", "045", "QAT",
     None),
    ("Amman has still not returned its ambassador to Tehran.", "050", "JOR", "IRN"),
    ("Trump returned Cuba to the U.S. list of state sponsors of terrorism on Monday.", "163",
     "USA", "CUB"),
    ("Biden's administration had removed Cuba from the list on Jan. 14.", "085", "USA", "CUB"),
    ("Washington held back a shipment of bombs to Israel earlier in the month.", "1622",
     "USA", "ISR"),
    ("Australia and Indonesia inked a defence cooperation agreement on Thursday.", "057",
     None, None),
    ("Israeli tanks rolled into the Rafah crossing on Tuesday.", "192", "ISR", None),
    ("Xi invited Tokayev to attend a summit in China next year.", "036", "CHNGOV", "KAZGOV"),
    ("Chile warned that it would stop supplying Peru with weapons.", "1311", "CHL", "PER"),
    ("France handed its last two military sites in Senegal back to the Senegalese army.",
     "0874", "FRA", "SEN"),
    ("Paris began returning the sites to Senegal in March.", "0874", "FRA", "SEN"),
    ("Xi, who is on a state visit to Kazakhstan, was greeted at the airport by Tokayev.", "043",
     "KAZGOV", "CHNGOV"),
    ("Qatar's foreign ministry said Doha appreciated Washington's efforts.", "051", "QAT",
     "USA"),
    ("Chile's president said Peru was a reliable partner.", "051", "CHLGOV", "PER"),
]


@pytest.mark.parametrize("body, code, source, target", ROWS)
def test_session4_rows_code_who_did_what_to_whom(coder, body, code, source, target):
    recs = coded(coder, body)
    hits = [r for r in recs if r["cameo"] == code
            and (source is None or codes(r["source"])[0].startswith(source))]
    assert hits, recs
    if target:
        assert codes(hits[0]["target"]) == [target]


def test_helping_to_broker_gives_no_aid(coder):
    recs = coded(coder, "Qatar helped broker the release of four Ukrainian children from Russia.")
    assert not any(r["root"] == "07" for r in recs)


def test_killing_told_as_the_consequence_of_a_strike_is_the_same_attack(coder):
    recs = coded(coder, "Israel bombed the Iranian consulate in Damascus, killing two generals.")
    assert [codes(r["target"]) for r in recs if r["root"] in ("18", "19", "20")] == [["IRNGOV"]]


def test_both_sides_blaming_each_other_is_mutual(coder):
    body = ("Thailand and Cambodia clashed on May 28, drawing calls for calm from Malaysia. "
            "Both sides blamed each other for starting the clash.")
    recs = [r for r in coded(coder, body) if r["root"] == "11"]
    # the pair, as its governments since session 17 ("both sides": GOV, dyad_phrases.tsv)
    assert recs and sorted(c[:3] for c in codes(recs[0]["source"])) == ["KHM", "THA"]


def test_an_offer_conjoined_to_an_appeal_is_made_to_its_addressee(coder):
    body = ("Malaysia's prime minister urged Thailand and Cambodia to resolve the dispute "
            "peacefully and offered to host talks in Kuala Lumpur.")
    recs = coded(coder, body)
    offers = [r for r in recs if r["root"] == "03"]
    assert offers and codes(offers[0]["source"]) == ["MYSGOV"]
    assert set(codes(offers[0]["target"])) == {"THA", "KHM"}


def test_criticism_an_act_drew_from_parties(coder):
    body = ("Georgia allowed Russian airlines to resume direct flights, which provoked sharp "
            "criticism from Kiev and from the European Union.")
    recs = [r for r in coded(coder, body) if r["cameo"] == "111"]
    assert recs and set(codes(recs[0]["source"])) == {"UKR", "IGOEU"}
    assert codes(recs[0]["target"]) == ["GEO"]
    recs = coded(coder, "Georgia's decision drew criticism from Ukraine.")
    assert ("111", ("UKR",), ("GEO",), "asserted") in dyads(recs)


def test_an_answer_is_a_statement_only_with_what_it_says(coder, statements_coder):
    body = ("Ukraine recalled its ambassador from Tbilisi in February. The Georgian foreign "
            "ministry answered the same day that the decision of Kiev was regrettable.")
    assert any(r["cameo"] == "111" and codes(r["source"]) == ["GEOGOV"]
               for r in coded(coder, body))
    recs = coded(statements_coder,
                 "The Taliban said their attack had answered Pakistani air strikes.")
    assert not any(r["cameo"] == "010" for r in recs)


def test_a_refusal_of_an_unknown_act_targets_its_receiver(coder):
    recs = coded(coder, "The Georgian authorities refused to transfer the former president "
                        "to Kiev for medical treatment.")
    assert ("120", ("GEOGOV",), ("UKR",), "asserted") in dyads(recs)


def test_a_side_remark_in_a_statement_does_not_hide_its_criticism(coder):
    body = ("Ukraine recalled its ambassador. The Georgian foreign ministry answered on the "
            "same day that the decision of Kiev is regrettable and that Saakashvili is "
            "receiving all necessary treatment.")
    assert any(r["cameo"] == "111" and codes(r["source"]) == ["GEOGOV"]
               for r in coded(coder, body))


def test_helping_a_state_do_something_unknown_is_aid_to_it(coder):
    recs = coded(coder, "Ishiba said Japan would help India build its first high-speed rail "
                        "line.")
    assert any(r["root"] == "03" and codes(r["target"]) == ["IND"] for r in recs)


def test_wrapping_up_a_visit_is_a_visit(coder):
    recs = coded(coder, "Japan and India agreed to deepen ties as Modi wrapped up a two-day "
                        "visit to Tokyo.")
    assert any(r["cameo"] == "042" and codes(r["target"]) == ["JPN"] for r in recs)


def test_an_event_noun_the_pair_announced_or_witnessed_is_theirs(coder):
    body = ("Chinese President Xi Jinping held talks with Brazilian President Lula in Brasilia. "
            "The two heads of state announced the elevation of bilateral relations and "
            "witnessed the signing of 37 cooperation documents.")
    recs = coded(coder, body)
    for code in ("050", "057"):
        assert any(r["cameo"] == code
                   and sorted(c[:3] for c in codes(r["source"])) == ["BRA", "CHN"]
                   for r in recs), code


def test_the_pair_acting_together_in_mutual_matters_has_no_third_target(coder):
    body = ("China and Brazil held talks in Brasilia. Analysts believe that the two sides may "
            "soon sign an agreement on the use of national currencies in mutual trade.")
    recs = [r for r in coded(coder, body) if r["cameo"] == "057"]
    assert recs and sorted(c[:3] for c in codes(recs[0]["source"])) == ["BRA", "CHN"]
    assert recs[0]["modality"] == "hypothetical"


def test_a_stated_willingness_to_cooperate_in_an_unknown_way_is_an_intent(coder):
    # (sentences are parsed only when they hold a trigger word: here "said")
    recs = coded(coder, "Chile said it is willing to work with Peru on development strategies.")
    assert any(r["cameo"] == "030" and codes(r["source"]) == ["CHL"]
               and codes(r["target"]) == ["PER"] for r in recs)


def test_a_summons_by_invitation_stays_a_summons(coder):
    recs = coded(coder, "Peru summoned Chile's envoy. The Chilean ambassador was invited to the "
                        "ministry and received a note.")
    assert all(codes(r["source"])[0].startswith("PER") for r in recs if r["cameo"] == "114")


def test_rallying_opposition_also_appeals_to_the_parties_asked(coder):
    recs = coded(coder, "Israel's foreign ministry called on Chile and Colombia to condemn "
                        "Hamas.")
    got = {(r["cameo"], tuple(codes(r["target"]))) for r in recs}
    assert ("113", ("PSEREB",)) in got
    assert any(c == "020" and set(t) == {"CHL", "COL"} for c, t in got)


def test_recalled_for_consultations_is_no_meeting(coder):
    recs = coded(coder, "Chile and Colombia recalled their ambassadors from Israel for "
                        "consultations on Tuesday.")
    assert not any(r["root"] == "04" for r in recs)
    assert any(r["cameo"] == "161" for r in recs)


def test_halting_attacks_reduces_no_relations(coder):
    recs = coded(coder, "Bolivia demanded that Israel halt its attacks on Gaza.")
    assert not any(r["root"] == "16" for r in recs)


def test_a_second_infinitive_of_an_appeal_is_the_same_appeal(coder):
    recs = coded(coder, "Israel's foreign ministry called on Chile and Colombia to condemn Hamas "
                        "and to back Israel's right to defend its citizens.")
    assert not any(r["root"] == "05" for r in recs)


def test_officeholders_added_this_session(coder):
    recs = coded(coder, "Foreign Minister Bruno Rodriguez accused the US of lying.",
                 pub="2025-01-21")
    assert any(r["cameo"].startswith("112") and codes(r["source"]) == ["CUBGOV"] for r in recs)


def test_criticism_in_a_statement_targets_the_party_it_names(coder):
    body = ("Trump, who said after the strike that he was very unhappy with the Israeli "
            "decision, told reporters on Monday that Qatar was a great ally.")
    recs = coded(coder, body)
    assert ("111", ("USAGOV",), ("ISR",), "asserted") in dyads(recs)
    assert ("051", ("USAGOV",), ("QAT",), "asserted") in dyads(recs)


def test_a_cancelled_visit_is_called_off_by_its_host(coder):
    recs = coded(coder, "A visit to Lima by Chile's foreign minister was called off on Monday.")
    assert ("161", ("PER",), ("CHLGOV",), "asserted") in dyads(recs)


def test_an_act_done_in_a_phone_call_codes_the_call_too(coder):
    recs = coded(coder, "Netanyahu apologised to Qatar on Monday in a telephone call.")
    got = {r["cameo"] for r in recs}
    assert {"055", "041"} <= got
    assert len({r["event_id"] for r in recs}) == len(recs)
