"""Rules found by error analysis on new articles (tune2), each tested on sentences of its own:
habitual statements, diplomatic expulsions, agentless summons, compound actors and dates."""

from __future__ import annotations

from coding_helpers import coded, codes


def test_habitual_statements_are_not_coded(coder):
    for body in ("Chile has long accused Bolivia of smuggling weapons across the border.",
                 "Norway has repeatedly denied spying on Sweden.",
                 "Ecuador routinely accuses Peru of siding with Colombia."):
        assert coded(coder, body) == [], body


def test_a_single_dated_accusation_is_still_coded(coder):
    recs = coded(coder, "On Monday Chile accused Bolivia of smuggling weapons.")
    assert any(r["root"] == "11" for r in recs)


def one(recs: list[dict], root: str) -> dict:
    hits = [r for r in recs if r["root"] == root]
    assert hits, f"no root {root}: {[(r['trigger'], r['cameo']) for r in recs]}"
    return hits[0]


def test_expelling_embassy_staff_reduces_relations_161(coder):
    for body in ("Chile expelled two employees of the Peruvian embassy.",
                 "Bolivia responded with the expulsion of two Chilean diplomats."):
        assert one(coded(coder, body), "16")["cameo"] == "161", body


def test_calling_back_an_ambassador_is_161(coder):
    rec = one(coded(coder, "Lima called back its ambassador from Santiago."), "16")
    assert (rec["cameo"], codes(rec["source"]), codes(rec["target"])) == ("161", ["PER"],
                                                                         ["CHL"])


def test_ordering_a_state_to_cut_its_embassy_staff(coder):
    rec = one(coded(coder, "Chile has ordered Peru to cut the staff of its embassy in "
                           "Santiago to 20 people."), "16")
    assert (codes(rec["source"]), codes(rec["target"])) == (["CHL"], ["PER"])


def test_entry_ban_for_an_official(coder):
    rec = one(coded(coder, "Latvia closed entry for the Georgian interior minister."), "16")
    assert (rec["cameo"], codes(rec["source"]), codes(rec["target"])) == ("163", ["LVA"],
                                                                         ["GEOCOP"])


def test_unaddressed_border_closure_targets_the_main_dyads_other_party(coder):
    recs = coded(coder, "Relations between Ecuador and Colombia worsened. Ecuador shut the "
                        "two main crossings on Monday.")
    rec = one(recs, "16")
    assert (codes(rec["source"]), codes(rec["target"])) == (["ECU"], ["COL"])


def test_leaving_a_treaty_stays_without_a_target(coder):
    recs = coded(coder, "Relations between Iran and Israel worsened. The Iranian parliament "
                        "may decide to leave the Non-Proliferation Treaty.")
    assert all(r["target"] is None for r in recs if r["root"] == "16")


def test_the_government_people_speak_of_is_their_own(coder):
    rec = one(coded(coder, "Relations between Chile and Peru worsened. Some Chilean lawmakers "
                           "say the government could suspend official visits by Peruvian "
                           "ministers."), "16")
    assert (rec["cameo"], codes(rec["source"]), codes(rec["target"])) == ("161", ["CHLGOV"],
                                                                         ["PERGOV"])
    assert rec["modality"] == "hypothetical"
    rec = one(coded(coder, "Tension between Chile and Peru rose. Some commentators in Lima "
                           "believe the government could next close the Chilean cultural "
                           "centre."), "16")
    assert codes(rec["source"]) == ["PERGOV"]


def test_envoy_called_or_invited_to_the_ministry_is_summoned_by_the_other_state(coder):
    for verb in ("called", "invited", "summoned"):
        recs = coded(coder, "Chile ordered Peru to cut its embassy staff. The Peruvian "
                            f"ambassador was {verb} to the ministry and handed a note.")
        summons = [r for r in recs if r["cameo"] == "114"]
        assert len(summons) == 1, verb
        assert codes(summons[0]["source"]) == ["CHLGOV"], verb  # agentless summons: GOV (s17)
        assert codes(summons[0]["target"]) == ["PERGOV"], verb


def test_calling_an_envoy_in_the_active_voice_is_no_summons(coder):
    recs = coded(coder, "Chile ordered Peru to cut its embassy staff. The Chilean president "
                        "called the Peruvian ambassador.")
    assert all(r["cameo"] != "114" for r in recs)


def test_same_night_refers_back_across_a_plain_said(coder):
    recs = coded(coder, "On the evening of 10 March Chilean forces struck targets in Peru. "
                        "Peruvian officials said two children died. The same night the "
                        "Peruvian foreign ministry condemned the violation of its airspace.",
                 pub="2025-03-14")
    rec = one(recs, "11")
    assert rec["date"] == "2025-03-10"


def test_next_day_without_the_article(coder):
    recs = coded(coder, "On Monday Chile expelled two Peruvian diplomats. Next day Peru "
                        "recalled its ambassador from Santiago.")
    dates = {codes(r["source"])[0]: r["date"] for r in recs if r["root"] == "16"}
    assert dates == {"CHL": "2025-03-10", "PER": "2025-03-11"}


def test_compound_mediators_act_on_the_main_dyad(coder):
    recs = coded(coder, "Fighting between Chile and Peru went on for a week. Brazil and "
                        "Argentina mediated the negotiations, which lasted 13 hours.")
    rec = one(recs, "04")
    assert sorted(codes(rec["source"])) == ["ARG", "BRA"]
    assert sorted(codes(rec["target"])) == ["CHL", "PER"]


def test_background_mediation_in_a_relative_clause_is_not_coded(coder):
    recs = coded(coder, "Fighting between Chile and Peru went on for a week. They asked the "
                        "OAS to dissolve the commission, which had mediated the conflict "
                        "since the 1990s.")
    assert all(r["cameo"] != "045" for r in recs)


def test_a_capital_where_two_delegations_meet_is_a_venue(coder):
    recs = coded(coder, "Fighting between Chile and Peru went on for a week. The delegations,"
                        " led by Chilean Defence Minister Maya Fernandez and her Peruvian "
                        "counterpart Walter Astudillo, met in Brasilia on Saturday.")
    rec = one(recs, "04")
    assert sorted(c[:3] for c in codes(rec["source"]) + codes(rec["target"])) == ["CHL", "PER"]


def test_a_courtesy_title_does_not_hide_an_officeholders_name(coder):
    recs = coded(coder, "Tension between Pakistan and Iran rose. Mister Amir Abdollahiyan "
                        "will visit Islamabad on 29th January.", pub="2024-01-23")
    rec = one(recs, "04")
    assert (codes(rec["source"]), codes(rec["target"])) == (["IRNGOV"], ["PAK"])
    assert rec["modality"] == "future"


def test_officeholder_of_a_smaller_state_resolves_by_name(coder):
    rec = one(coded(coder, "In February, President Maia Sandu accused Russia of plotting a "
                           "coup.", pub="2023-07-27"), "11")
    assert (codes(rec["source"]), codes(rec["target"])) == (["MDAGOV"], ["RUS"])


def test_a_named_group_of_states_is_a_compound_actor(coder):
    recs = coded(coder, "Georgia's interior ministry cracked down on protests. On 2 December "
                        "the three Baltic republics closed entry for the interior minister "
                        "and his deputies.")
    rec = one(recs, "16")
    assert sorted(codes(rec["source"])) == ["EST", "LTU", "LVA"]
    assert codes(rec["target"]) == ["GEOCOP"]  # not the acting states' own minister
    rec = one(coded(coder, "The Baltic states expelled two Russian diplomats each."), "16")
    assert sorted(codes(rec["source"])) == ["EST", "LTU", "LVA"]


def test_plural_ministers_of_foreign_affairs_of_an_igo(coder):
    rec = one(coded(coder, "On Monday the ministers of foreign affairs of the European Union "
                           "decided to stop visa-free entry for Georgian diplomats."), "16")
    assert (rec["cameo"], codes(rec["source"]), codes(rec["target"])) == (
        "163", ["IGOEU"], ["GEOGOV"])


def test_day_of_month_written_as_an_ordinal_word(coder):
    rec = one(coded(coder, "Already on second of December Latvia closed entry for the "
                           "Georgian interior minister."), "16")
    assert rec["date"] == "2024-12-02"
    assert codes(rec["source"]) == ["LVA"]  # "December Latvia" parsed as one name


def test_appeal_to_both_sides_for_restraint(coder):
    recs = coded(coder, "Fighting between Chile and Peru went on. Brazil called on both sides "
                        "to exercise restraint.")
    rec = next(r for r in recs if r["cameo"] == "0256")
    assert codes(rec["source"]) == ["BRA"]
    assert sorted(codes(rec["target"])) == ["CHL", "PER"]


def test_a_case_brought_and_thrown_out(coder):
    recs = coded(coder, "The International Court of Justice threw out the case Chile had "
                        "brought against Peru in March.")
    got = {(r["cameo"], tuple(codes(r["source"])), tuple(codes(r["target"]))) for r in recs}
    assert ("115", ("CHL",), ("PER",)) in got
    assert ("120", ("IGOUNO",), ("CHL",)) in got


def test_skipping_a_summit_is_one_way(coder):
    recs = coded(coder, "Chilean President Gabriel Boric did not come to the summit of the OAS "
                        "in Lima.")
    rec = one(recs, "04")
    assert (codes(rec["source"]), codes(rec["target"])) == (["CHLGOV"], ["IGOOAS"])
    assert rec["modality"] == "negated"


def test_the_two_sides_would_meet_to_discuss(statements_coder):
    recs = coded(statements_coder,
                 "Chile and Peru agreed to a ceasefire on Sunday. The Chilean defence "
                 "minister said the two sides would meet again in Brasilia on March 25 "
                 "to discuss the details.")
    talks = one(recs, "04")
    assert sorted(c[:3] for c in codes(talks["source"])) == ["CHL", "PER"]
    assert talks["modality"] == "future"
    assert all(r["cameo"] != "010" for r in recs)


def test_an_agentless_truce_told_as_done_is_between_the_main_parties(coder):
    recs = coded(coder, "Chile and Peru fought for a week. A 48-hour truce agreed on "
                        "Wednesday brought a short pause.")
    truce = next(r for r in recs if r["cameo"] == "0871")
    assert sorted(codes(truce["source"])) == ["CHL", "PER"]
    assert truce["date"] == "2025-03-12"


def test_an_accord_not_yet_signed_is_not_coded(coder):
    for body in ("Chile and Peru fought for a week. The agreement has not yet been signed.",
                 "Chile and Peru fought for a week. Lima said a full ceasefire must come "
                 "before any settlement."):
        assert all(r["cameo"] not in ("057", "0871") for r in coded(coder, body)), body


def test_a_title_of_two_conjoined_countries_is_both_governments(coder):
    recs = coded(coder, "The foreign ministers of Chile and Peru signed a peace agreement in "
                        "Washington on Friday.")
    rec = one(recs, "05")
    assert sorted(codes(rec["source"])) == ["CHLGOV", "PERGOV"]
    assert rec["target"] is None  # Washington is where they signed, no third party


def test_declaring_diplomats_persona_non_grata_is_161(coder):
    for body in ("Relations between Canada and India worsened. Ottawa declared the Indian high "
                 "commissioner and five other diplomats persona non grata.",
                 "Chile declared two employees of the Peruvian embassy persona non grata."):
        rec = one(coded(coder, body), "16")
        assert rec["cameo"] == "161", body


def test_mutual_expulsions_each(coder):
    rec = one(coded(coder, "Canada and India expelled six diplomats each on Monday."), "16")
    assert sorted(codes(rec["source"])) == ["CAN", "IND"] and rec["target"] is None


def test_ordering_officials_to_leave_the_country_expels_them(coder):
    recs = coded(coder, "Relations between Chile and Peru soured. Lima hit back on Tuesday, "
                        "ordering twelve Chilean officials serving in its diplomatic network "
                        "to leave Peruvian territory.")
    # 161 by the annotation conventions; the lexicon's ordered-departure row says 174 (the
    # tune2 u-files code it so): either way an expulsion by Peru of Chile's officials
    rec = next(r for r in recs if r["cameo"] in ("161", "174"))
    assert (codes(rec["source"]), codes(rec["target"])) == (["PER"], ["CHLGOV"])
    assert coded(coder, "Russian troops left the country on Monday.") == []


def test_summons_and_denunciation_in_one_sentence_are_two_events(coder):
    recs = coded(coder, "On Saturday, the Algerian foreign ministry summoned the French "
                        "ambassador and denounced the detention of its agent as unacceptable.")
    assert {"114", "111"} <= {r["cameo"] for r in recs}


def test_a_court_acting_on_a_prime_minister_is_domestic(coder):
    recs = coded(coder, "Trump spoke to reporters. Thai politics has been in turmoil since the "
                        "constitutional court suspended Prime Minister Paetongtarn Shinawatra "
                        "this month.", pub="2025-07-28")
    assert recs == []


def test_host_in_a_passive_with_by(coder):
    rec = one(coded(coder, "Barrot had been received in Algiers by President Abdelmadjid "
                           "Tebboune on April 6.", pub="2025-04-16"), "04")
    assert (codes(rec["source"]), codes(rec["target"])) == (["DZAGOV"], ["FRAGOV"])


def test_warnings_of_consequences_are_threats(coder):
    for body in ("Relations between Chile and Peru soured. The Chilean president warned that "
                 "any party violating the deal would face very severe penalties.",
                 "Relations between Chile and Peru soured. The Chilean president warned that "
                 "Chile would move immediately to armed struggle if it were attacked."):
        rec = one(coded(coder, body), "13")
        assert (codes(rec["source"]), codes(rec["target"])) == (["CHLGOV"], ["PER"]), body
    recs = coded(coder, "Relations between Chile and Peru soured. The Chilean president warned "
                        "that the crisis would hurt trade.")
    assert all(r["root"] != "13" for r in recs)  # a pessimistic comment stays 012


def test_talks_held_between_two_states_and_agreeing_to_meet_again(coder):
    recs = coded(coder, "Talks between Chile and Peru were held in Lima. Both sides called the "
                        "session constructive and agreed to meet again next Saturday.")
    got = {r["cameo"]: sorted(c[:3] for c in codes(r["source"])) for r in recs}
    assert got.get("040") == ["CHL", "PER"]
    assert got.get("036") == ["CHL", "PER"]


def test_air_strikes_are_attacks_not_labour_strikes(coder):
    recs = coded(coder, "The next day the Taliban government said its attack had answered "
                        "Pakistani air strikes on Kabul two days earlier.", pub="2025-10-19")
    got = {(r["cameo"], tuple(c[:3] for c in codes(r["source"])),
            tuple(c[:3] for c in codes(r["target"]))) for r in recs}
    assert ("195", ("PAK",), ("AFG",)) in got
    assert ("1123", ("AFG",), ("PAK",)) in got
    assert all(r["cameo"] != "143" for r in recs)


def test_an_actor_modifying_a_role_owns_it(coder):
    recs = coded(coder, "The Pakistani army attacked border posts. The next day the Taliban "
                        "government accused Pakistan of shelling Kabul.", pub="2025-10-19")
    accusation = one(recs, "11")
    assert codes(accusation["source"]) == ["AFGGOV"]


def test_a_general_strike_is_a_labour_strike_and_habitual_material_acts_stay(coder):
    recs = coded(coder, "Opposition parties in Nepal organized a general strike against the "
                        "Indian blockade.")
    assert all(r["root"] not in ("19", "18") for r in recs)
    recs = coded(coder, "Chilean soldiers routinely beat up Peruvian detainees.")
    assert any(r["root"] == "18" for r in recs)  # the habitual filter is for statements


def test_an_organ_reporting_its_own_arrests_did_them(coder):
    assert all(r["root"] != "17" for r in coded(
        coder, "Hungary and Ukraine traded accusations. Two local residents were detained, "
               "the SBU said."))  # Ukraine's service detaining Ukrainians: domestic
    rec = one(coded(coder, "Azerbaijan and Russia traded accusations. Two Russian citizens were "
                           "detained in Baku, Azerbaijani police said."), "17")
    assert (codes(rec["source"]), codes(rec["target"])) == (["AZECOP"], ["RUSCVL"])


def test_traded_accusations_and_fire_are_mutual(coder):
    rec = one(coded(coder, "Hungary and Ukraine traded accusations on Monday."), "11")
    assert sorted(codes(rec["source"])) == ["HUN", "UKR"]
    rec = one(coded(coder, "India and Pakistan exchanged fire along the border."), "19")
    assert sorted(codes(rec["source"])) == ["IND", "PAK"]


def test_would_not_go_unanswered_is_a_threat(coder):
    rec = one(coded(coder, "Relations between Chile and Peru soured. The Chilean president "
                           "warned that the Peruvian move would not go unanswered."), "13")
    assert codes(rec["target"]) == ["PER"]


def test_a_brokered_agreement_signed_by_two_states(coder):
    rec = one(coded(coder, "The foreign ministers of the Democratic Republic of Congo and Rwanda "
                           "signed a US-brokered peace agreement in Washington on Friday."), "05")
    assert sorted(codes(rec["source"])) == ["CODGOV", "RWAGOV"] and rec["target"] is None


def test_restrictions_negotiations_and_shuttle_diplomacy(coder):
    cases = [
        ("Fighting between Thailand and Cambodia went on. Thailand sealed all land crossings "
         "with its neighbour the same day.", "163", ["THA"], ["KHM"]),
        ("In February the US Treasury blacklisted Rwanda's minister of state for regional "
         "integration.", "163", ["USA"], ["RWAGOV"]),
        ("Earlier this week the US Treasury froze the assets of Iranian companies.", "163",
         ["USA"], ["IRNBUS"]),
        ("Talks between Iran and the US began. Omani Foreign Minister Badr Albusaidi shuttled "
         "between the two delegations.", "045", ["OMNGOV"], ["IRN", "USA"]),
    ]
    for body, cameo, source, target in cases:
        rec = next((r for r in coded(coder, body) if r["cameo"] == cameo), None)
        assert rec is not None, body
        assert (codes(rec["source"]), sorted(codes(rec["target"]))) == (source, target), body


def test_the_helper_of_negotiations_is_no_party(coder):
    recs = coded(coder, "Fighting between Ethiopia and Somalia ended. Under the declaration, the "
                        "two sides will open technical negotiations, with Turkish help.")
    rec = next(r for r in recs if r["cameo"] == "046")
    assert sorted(c[:3] for c in codes(rec["source"])) == ["ETH", "SOM"] and rec["target"] is None
    assert rec["modality"] == "future"


def test_an_unaddressed_deployment_faces_the_main_dyads_other_party(coder):
    recs = coded(coder, "The United States accused Venezuela of drug trafficking. Washington "
                        "has deployed eight warships to the southern Caribbean.")
    rec = one(recs, "15")
    assert (codes(rec["source"]), codes(rec["target"])) == (["USA"], ["VEN"])


def test_a_statement_judging_the_other_sides_move_is_criticism(coder):
    recs = coded(coder, "Chile ordered Peru to cut its embassy staff. In Lima, foreign ministry "
                        "spokeswoman Ana Cecilia Gervasi said on Thursday that the decision was "
                        "another step in the destruction of bilateral relations by Santiago.")
    rec = one(recs, "11")
    assert (rec["cameo"], codes(rec["source"]), codes(rec["target"])) == ("111", ["PERGOV"],
                                                                         ["CHL"])
    recs = coded(coder, "Chile ordered Peru to cut its embassy staff. A Peruvian spokeswoman "
                        "said on Thursday that the staff would leave by Friday.")
    assert all(r["cameo"] != "111" for r in recs)
