"""Rules found by error analysis in session 11, each shown by sentences of its own (none is
a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes
from test_generalise_s8 import pairs

from dyadwatch.read.text import dateline_end


@pytest.mark.parametrize(("text", "dateline"), [
    pytest.param("RABAT, 4 March -- Morocco", "RABAT, 4 March -- ", id="day_first"),
    pytest.param("ANKARA, 9 Mart (9 March) - Turkey", "ANKARA, 9 Mart (9 March) - ",
                 id="a_second_calendar_in_brackets"),
    pytest.param("NAIROBI, 15 Sept. (Xinhua) -- Kenya", "NAIROBI, 15 Sept. (Xinhua) -- ",
                 id="day_first_with_agency"),
])
def test_a_day_first_dateline_is_a_dateline(text: str, dateline: str) -> None:
    assert text[:dateline_end(text)] == dateline


def test_a_day_first_dateline_is_not_the_subject(coder) -> None:
    # the city, parsed as a second subject, made the act the city's state's own
    found = pairs(coder, "KABUL, 12 October -- Pakistani jets on Friday bombed a market in "
                         "Afghanistan's Paktika province.", "2025-10-12")
    assert ("PAK", "AFG", "195") in found


# Each rule of session 11 shown by a sentence of its own: (source country, target country,
# CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Dr. Mohamed Muizzu thanked India for the currency swap.",
                 ("MDV", "IND", "051"), id="dr_before_a_known_name"),
    pytest.param("Prof. Peter Mutharika met Tanzanian President Samia Suluhu Hassan in Dodoma.",
                 ("MWI", "TZA", "040"), id="prof_before_a_known_name"),
    pytest.param("Mali told the French ambassador to leave the country within 72 hours.",
                 ("MLI", "FRA", "161"), id="telling_an_envoy_to_leave_expels_him"),
    pytest.param("Niger asked the French envoy Sylvain Itte to leave on Friday.",
                 ("NER", "FRA", "161"), id="asking_an_envoy_to_leave_expels_him"),
    pytest.param("Ghana registered a protest with Togo over the border incident.",
                 ("GHA", "TGO", "114"), id="registering_a_protest"),
    pytest.param("Chile raised an objection with Bolivia over the water dispute on Monday.",
                 ("CHL", "BOL", "114"), id="raising_an_objection"),
    pytest.param("Benin said it would seek a discussion with Niamey on the pipeline.",
                 ("BEN", "NER", "036"), id="seeking_a_discussion_is_an_intent_to_meet"),
    pytest.param("Kenyan officials said on Monday that Nairobi would respond to Kampala's "
                 "decision.",
                 ("KEN", "UGA", "130"), id="a_response_promised_to_a_decision_threatens"),
    pytest.param("Algeria's foreign ministry said the country would respond firmly to any "
                 "aggression by Morocco.", ("DZA", "MAR", "130"), id="respond_firmly"),
    pytest.param("Hanoi and Vientiane agreed to push forward cooperation in energy.",
                 ("VNM", "LAO", "0311"), id="push_forward_with_forward_read_as_an_adverb"),
    pytest.param("Burkina Faso revoked the defence agreement with France on Monday.",
                 ("BFA", "FRA", "163"), id="revoking_an_agreement"),
    pytest.param("Russia denounced the arms control treaty with the United States.",
                 ("RUS", "USA", "163"), id="denouncing_a_treaty"),
    pytest.param("The Kazakh side expressed its readiness to expand cooperation with Uzbekistan "
                 "in the energy field.", ("KAZ", "UZB", "0311"), id="readiness_to"),
    pytest.param("Oman expressed its willingness to mediate between Iran and the United "
                 "States.", ("OMN", "IRN", "039"), id="willingness_to"),
    pytest.param("France approved the sale of 26 Rafale fighter jets to India on Tuesday.",
                 ("FRA", "IND", "072"), id="approving_arms_sales_is_military_aid"),
])
def test_session11_rules(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text, "2025-11-20")


def test_an_envoy_told_to_leave_is_expelled_as_told(coder) -> None:
    # asked or told, the departure is ordered: no appeal that may go unheeded, and the
    # telling state says it itself
    records = coded(coder, "Mali said on Monday it had asked the French ambassador to leave "
                           "the country.", "2025-11-20")
    assert [(r["cameo"], r["modality"]) for r in records] == [("161", "asserted")]


def test_telling_an_envoy_to_explain_is_no_expulsion(coder) -> None:
    assert ("MDA", "RUS", "161") not in pairs(
        coder, "Moldova told the Russian ambassador to explain the drone flights.", "2025-11-20")


@pytest.mark.parametrize("text", [
    pytest.param("Benin said it would seek talks with Niger.", id="would_in_reported_speech"),
    pytest.param("Benin will seek talks with Niger, the foreign minister said.",
                 id="will_with_the_speaker_after"),
])
def test_an_intent_told_for_the_future_is_expressed_now(coder, text: str) -> None:
    records = [r for r in coded(coder, text, "2025-11-20") if r["cameo"] == "036"]
    assert records and all(r["modality"] == "asserted" for r in records)


def test_an_intent_under_a_condition_stays_hypothetical(coder) -> None:
    records = [r for r in coded(coder, "Benin would seek talks with Niger if the border "
                                       "reopened.", "2025-11-20") if r["cameo"] == "036"]
    assert records and all(r["modality"] == "hypothetical" for r in records)


@pytest.mark.parametrize("text", [
    pytest.param("Peru's foreign minister said Lima would respond calmly to the Chilean move.",
                 id="respond_calmly"),
    pytest.param("Chile said it would respond to Argentina's letter next week.",
                 id="respond_to_a_letter"),
])
def test_an_answer_promised_is_no_threat(coder, text: str) -> None:
    assert not [r for r in coded(coder, text, "2025-11-20") if r["cameo"].startswith("13")]


def test_a_similar_act_takes_the_target_of_the_act_it_is_like(coder) -> None:
    found = pairs(coder, "Egypt condemned the Turkish strikes on Iraq, and similar condemnations "
                         "were issued by Kuwait and Bahrain.", "2025-11-20")
    assert {("KWT", "TUR", "111"), ("BHR", "TUR", "111")} <= found


def test_a_rejected_objection_answers_its_author(coder) -> None:
    found = pairs(coder, "Bhutan on Monday lodged a protest with India over the new road.\n\n"
                         "New Delhi rejected the objection the next day.", "2025-11-20")
    assert ("IND", "BTN", "120") in found


@pytest.mark.parametrize("text", [
    pytest.param("SADC leaders met in Harare on Saturday.", id="a_bloc_met_in_a_city"),
    pytest.param("The African Union's heads of state, meeting in Addis Ababa, called for a "
                 "ceasefire in Sudan.", id="a_bloc_meeting_in_a_city"),
])
def test_the_city_a_bloc_meets_in_is_a_venue(coder, text: str) -> None:
    assert not [r for r in coded(coder, text, "2025-11-20") if r["cameo"].startswith("04")]


@pytest.mark.parametrize("text", [
    pytest.param("Nicaragua's foreign minister said that his country firmly adheres to the "
                 "one-China policy.", id="adhering_to_the_policy"),
    pytest.param("Honduras adheres to the one-China principle, its president said on Monday.",
                 id="adhering_to_the_principle_with_the_speaker_after"),
])
def test_adhering_to_a_states_principle_endorses_it(coder, text: str) -> None:
    assert {t for s, t, c in pairs(coder, text, "2025-11-20") if c == "051"} == {"CHN"}


def test_a_country_with_a_prefix_stays_an_attitude(coder) -> None:
    assert not [r for r in coded(coder, "Hungary adheres to its anti-Russian policy, the "
                                        "minister said.", "2025-11-20") if r["cameo"] == "051"]


@pytest.mark.parametrize("text", [
    pytest.param("Jordan's foreign minister discussed the situation in Gaza with his Egyptian "
                 "counterpart on Monday.", id="object_first"),
    pytest.param("Jordan's foreign minister discussed with his Egyptian counterpart the "
                 "situation in Gaza.", id="partner_first"),
])
def test_whom_one_talks_with_comes_before_the_topics_place(coder, text: str) -> None:
    assert ("JOR", "EGY", "040") in pairs(coder, text, "2025-11-20")


@pytest.mark.parametrize("text", [
    pytest.param("President Ruto received in State House the Prime Minister of Ethiopia Abiy "
                 "Ahmed.", id="apposition_of_the_place"),
    pytest.param("Xi received at the Great Hall of the People the visiting Kenyan President "
                 "William Ruto.", id="bare_noun_phrase_after_the_place"),
])
def test_an_object_after_the_place_is_the_object(coder, text: str) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert any(c == "043" for _, _, c in found)


@pytest.mark.parametrize("text", [
    pytest.param("According to Reuters, Kuwait has offered to host the talks.",
                 id="according_to_the_agency"),
    pytest.param("Kuwait has offered to host the talks, Reuters reported on Monday.",
                 id="the_agency_reported"),
])
def test_a_cited_news_agency_is_no_party(coder, text: str) -> None:
    assert not [r for r in coded(coder, text, "2025-11-20")
                if "GBR" in {c[:3] for c in codes(r["target"])}]


def test_coercion_of_people_told_by_another_party_befell_its_side(coder) -> None:
    # "accused Russia of deporting thousands of children" gives the accuser's side as the
    # target; so does the same act told as what the other party says
    found = pairs(coder, "Moldova's foreign ministry said Russia had deported thousands of "
                         "children.", "2025-11-20")
    assert ("RUS", "MDA", "174") in found


def test_a_place_after_a_feature_word_names_the_feature(coder) -> None:
    found = pairs(coder, "Uganda said Kenyan police had detained 30 fishermen on Lake Victoria.",
                  "2025-11-20")
    assert ("KEN", "UGA", "173") in found and not any("SYC" in p for p in found)


def test_a_count_of_times_is_a_run_of_acts(coder) -> None:
    assert not coded(coder, "Ghana's president has visited Nigeria four times since 2023.",
                     "2025-11-20")


def test_who_a_cited_source_is_is_no_event(coder) -> None:
    text = ("According to a Kenyan official who met the Ugandan envoy on Monday, the border "
            "will reopen.")
    assert not [r for r in coded(coder, text, "2025-11-20") if r["cameo"].startswith("04")]
