"""Actor rules that must generalise beyond the gold articles: each rule gets probe sentences
of its own, in news wording that appears in no gold file."""

from __future__ import annotations

import pytest
from test_actors import mentions

from dyadwatch.actors.stage import ActorStage
from dyadwatch.config import CoderConfig
from dyadwatch.read.text import dateline_end


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(CoderConfig())


def codes(stage: ActorStage, text: str, date: str | None = "2025-07-03") -> list[tuple]:
    return [(m.text, m.code) for m in mentions(stage, text, date)]


# -- a dateline may name the place's country ------------------------------------------------
@pytest.mark.parametrize("text, dateline", [
    ("GENEVA, Switzerland, May 12 (Reuters) - Talks resumed.",
     "GENEVA, Switzerland, May 12 (Reuters) - "),
    ("LAGOS, Nigeria, Jan 3 - Talks resumed.", "LAGOS, Nigeria, Jan 3 - "),
    ("ATHENS, Nov 15 (Reuters) - Talks resumed.", "ATHENS, Nov 15 (Reuters) - "),
    ("BAMAKO / NIAMEY - Talks resumed.", "BAMAKO / NIAMEY - "),
    ("N\u2019DJAMENA, May 2 (AFP) - Talks resumed.", "N\u2019DJAMENA, May 2 (AFP) - "),
])
def test_a_dateline_with_its_country_is_a_dateline(text, dateline):
    assert text[:dateline_end(text)] == dateline


def test_the_country_in_a_dateline_is_no_actor(stage):
    got = codes(stage, "GENEVA, Switzerland, May 12 (Reuters) - Iran and Oman met on Monday.")
    assert [c for _, c in got] == ["IRN", "OMN"]


# -- a surname used again is the person named in full before, titled or not -----------------
def test_a_surname_repeats_an_untitled_full_name(stage):
    text = ("William Ruto and Yoweri Museveni met in Nairobi on Monday. "
            "Later, Ruto said the border would stay open.")
    got = codes(stage, text, "2024-05-10")
    assert ("Ruto", "KENGOV") in got


def test_a_shared_surname_follows_the_person_named_in_the_document(stage):
    # 'Ali' alone would be Ethiopia's Abiy Ahmed Ali; here it is the Guyanese president
    text = ("Irfaan Ali flew to Caracas on Tuesday. Ali said Guyana would defend its border.")
    got = codes(stage, text, "2024-02-01")
    assert ("Ali", "GUYGOV") in got
    assert all(c != "ETHGOV" for _, c in got)


# -- dated officeholders of the gold states and their neighbours ------------------------------
@pytest.mark.parametrize("text, date, code", [
    ("Prime Minister Mette Frederiksen spoke to reporters.", "2025-01-20", "DNKGOV"),
    ("Kyriakos Mitsotakis arrived in Ankara.", "2024-05-13", "GRCGOV"),
    ("Daniel Noboa declared a state of emergency.", "2024-01-09", "ECUGOV"),
    ("Abdourahamane Tiani received the delegation.", "2024-03-01", "NERGOV"),
    ("Kestutis Budrys met his Latvian counterpart.", "2025-03-01", "LTUGOV"),
    ("William Ruto addressed the summit.", "2023-09-05", "KENGOV"),
])
def test_officeholders_of_more_states_resolve_by_name(stage, text, date, code):
    assert code in [m.code for m in mentions(stage, text, date)]


def test_an_officeholder_out_of_office_is_elite(stage):
    # Mohamed Bazoum was ousted in July 2023: afterwards he is no longer the government
    got = [m.code for m in mentions(stage, "Mohamed Bazoum remains in detention.", "2024-06-01")]
    assert got == ["NERELI"]


# -- a gathering's organisation or venue only dates or places the clause ---------------------
@pytest.mark.parametrize("text, absent", [
    ("Macron and Scholz met at the G7 meeting in Hiroshima on Friday.", {"IGOGOS", "JPN"}),
    ("Lula and Ramaphosa spoke on the sidelines of the BRICS summit.", {"IGOBRC"}),
    ("Sanchez and Meloni met on the margins of the NATO summit in Madrid.", {"IGONAT", "ESP"}),
])
def test_a_gathering_is_no_party(stage, text, absent):
    assert not absent & {m.code for m in mentions(stage, text, "2023-05-20")}


@pytest.mark.parametrize("text, present", [
    ("The NATO summit agreed to invite Finland.", "IGONAT"),
    ("Pashinyan did not come to the summit of the CSTO in Minsk.", "IGOCST"),
])
def test_a_gathering_that_acts_or_is_attended_keeps_its_organisation(stage, text, present):
    assert present in {m.code for m in mentions(stage, text, "2023-05-20")}


# -- a bare title is the person last named with it ---------------------------------------------
def _code_of(stage, text: str, word: str, date: str) -> str | None:
    from dyadwatch.actors.context import resolve_countryless
    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.pipeline import CodingState
    from dyadwatch.read.document import Document

    state = CodingState(document=Document("t", text, pub_date=date), config=stage.config)
    state.doc = load_pipeline()(text)
    stage(state)
    found = [m for m in state.mentions if m.text == word and not m.country]
    return resolve_countryless(state, found[-1]).code if found else None


def test_the_president_is_the_president_named_before_not_the_nearest_official(stage):
    text = ("President Cyril Ramaphosa received Foreign Minister Penny Wong in Pretoria on "
            "Monday. Wong praised the talks. The President said he would visit Canberra.")
    assert _code_of(stage, text, "President", "2024-03-05") == "ZAFGOV"


def test_a_vice_president_does_not_hold_the_title_of_president(stage):
    text = ("Vice President Kamala Harris met Prime Minister Narendra Modi. Later the prime "
            "minister thanked President Joe Biden. The President replied on Friday.")
    got = _code_of(stage, text, "President", "2023-06-23")
    assert got == "USAGOV"
    assert _code_of(stage, text, "prime minister", "2023-06-23") == "INDGOV"


# -- short forms of small states and translated names ---------------------------------------
@pytest.mark.parametrize("text, code", [
    ("St Lucia's prime minister flew to Havana.", "LCAGOV"),
    ("The KNDR foreign ministry issued a statement.", "PRKGOV"),
    ("St. Kitts and Nevis voted against the motion.", "KNA"),
])
def test_short_and_translated_country_names(stage, text, code):
    assert code in {m.code for m in mentions(stage, text)}


# -- a countryless role is not the state its own clause acts on ------------------------------
def test_an_official_who_summons_an_envoy_is_not_the_envoys_state(stage):
    # the nearest subject is Japan; the summoned envoy says the official is not Japanese
    text = ("Japan began releasing treated water from the plant on Thursday over protests "
            "from China. Deputy Foreign Minister Li Wen summoned the Japanese ambassador to "
            "protest.")
    got = _code_of(stage, text, "Deputy Foreign Minister Li Wen", "2023-08-25")
    assert got == "CHNGOV"


def test_a_government_halting_exports_to_a_state_is_not_that_state(stage):
    text = ("Sudan cut diplomatic ties with the United Arab Emirates on Tuesday. The Emirates "
            "denied arming the rebels. Analysts said the government could also halt gold "
            "exports to the Emirates.")
    assert _code_of(stage, text, "government", "2025-05-07") == "SDNGOV"


def test_the_language_of_a_service_is_not_acted_on(stage):
    # the object is the BBC's service; 'Azerbaijani' only names its language
    text = ("Azerbaijan ordered Sputnik's office closed. The government also withdrew the "
            "accreditation of the BBC's Azerbaijani service.")
    assert _code_of(stage, text, "government", "2025-02-20") == "AZEGOV"


# -- a title word the lexicon lacks does not hide the name after it ----------------------------
@pytest.mark.parametrize("text, code", [
    ("Chief Cabinet Secretary Minoru Kihara told reporters on Monday.", "JPNGOV"),
    ("Ministry Councillor Kestutis Budrys told reporters on Monday.", "LTUGOV"),
])
def test_the_name_after_an_unknown_title_word_resolves(stage, text, code):
    assert code in {m.code for m in mentions(stage, text, "2025-11-14")}


def test_a_court_that_suspends_a_prime_minister_is_still_that_states(stage):
    text = ("Thailand and Cambodia traded fire, and President Donald Trump phoned both "
            "leaders. The constitutional court suspended Prime Minister Paetongtarn Shinawatra.")
    assert _code_of(stage, text, "constitutional court", "2025-07-03") == "THAJUD"


# -- a role of "the two sides" is that role of each side --------------------------------------
@pytest.mark.parametrize("text, role_words, pair", [
    ("Thailand and Cambodia agreed to a truce on Monday. Thai troops shelled Cambodian "
     "posts. Military commanders from the two sides are due to meet in Kuala Lumpur.",
     "Military commanders", ["KHMMIL", "THAMIL"]),
    ("Armenia and Azerbaijan initialled the text in Washington. Baku and Yerevan still "
     "disagree. The foreign ministers of both countries will meet in May.",
     "foreign ministers", ["ARMGOV", "AZEGOV"]),
])
def test_a_role_of_both_sides_is_that_role_of_each(stage, text, role_words, pair):
    assert sorted(m.code for m in mentions(stage, text) if m.text == role_words) == pair


# -- the main dyad: a pair named as one compound actor outweighs a much-named host ------------
def test_a_conjoined_pair_is_the_main_dyad_even_when_a_host_is_named_more(stage):
    from dyadwatch.actors.context import main_dyad
    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.pipeline import CodingState
    from dyadwatch.read.document import Document

    text = ("Serbia and Kosovo signed a deal in Washington on Friday. The United States "
            "hosted the talks. Washington also promised investment to Serbia. The US said "
            "it would fund a rail link to Kosovo. The two countries will meet again.")
    state = CodingState(document=Document("t", text, pub_date="2020-09-05"),
                        config=stage.config)
    state.doc = load_pipeline()(text)
    stage(state)
    assert sorted(main_dyad(state)) == ["SRB", "XKX"]


def test_the_end_of_a_hyphenated_name_is_no_town(stage):
    got = codes(stage, 'Guards struck bases of the group "Jaish al-Adl" near Lyon.')
    assert [c for _, c in got] == ["FRACVL"]


# -- pronouns agree in number: "they" a plural phrase, "it" a state ---------------------------
def _pronoun_code(stage, text: str, word: str) -> str | None:
    from dyadwatch.actors.context import resolve_pronoun
    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.pipeline import CodingState
    from dyadwatch.read.document import Document

    state = CodingState(document=Document("t", text, pub_date="2024-08-02"),
                        config=stage.config)
    state.doc = load_pipeline()(text)
    stage(state)
    token = [t for t in state.doc if t.lower_ == word][-1]
    found = resolve_pronoun(state, token)
    return found.code if found else None


@pytest.mark.parametrize("text, word, code", [
    ("The United States freed two Russian spies on Thursday. In Moscow, Vladimir Putin met "
     "the returning Russians at the airport and promised them state awards.", "them", "RUSCVL"),
    ("Ukrainian officials met Turkish mediators in Ankara. Russia said they had no mandate.",
     "they", "UKRGOV"),
    ("Poland closed the border crossing on Friday. Belarus condemned the move and said it "
     "would respond.", "it", "BLR"),
])
def test_pronouns_agree_in_number(stage, text, word, code):
    assert _pronoun_code(stage, text, word) == code


# -- a member of a national organisation; a prefix after a place --------------------------------
def test_a_newspapers_reporter_has_its_country_and_sector(stage):
    text = ("Moscow freed Wall Street Journal reporter Evan Gershkovich. Gershkovich had been "
            "held for 16 months.")
    got = codes(stage, text, "2024-08-02")
    assert ("Wall Street Journal reporter Evan Gershkovich", "USAMED") in got
    assert ("Gershkovich", "USAMED") in got


def test_late_after_a_capital_is_a_time_not_a_former_officeholder(stage):
    got = codes(stage, "The plane landed in Washington late on Thursday.", "2024-08-02")
    assert got == [("Washington", "USA")]


def test_an_organisation_word_ending_a_personal_name_is_the_surname(stage):
    got = codes(stage, "Officials said Therese Kayikwamba Wagner signed for Kinshasa. "
                       "Fighters of the Wagner group left Mali.", "2025-06-28")
    assert ("Wagner group", "RUSMIL") in got
    assert all(c != "RUSMIL" for t, c in got if "Therese" in t)


@pytest.mark.parametrize("text, words, pair", [
    ("India and China agreed on patrolling. Troops of the two armies began pulling back.",
     "Troops", ["CHNMIL", "INDMIL"]),
    ("India and China agreed on patrolling. Both armies began pulling back.",
     "armies", ["CHNMIL", "INDMIL"]),
])
def test_the_two_armies_are_each_sides_military(stage, text, words, pair):
    assert sorted(m.code for m in mentions(stage, text) if m.text == words) == pair


def test_a_junta_is_its_states_military(stage):
    """A coup junta is coded MIL (ANNOTATION.md; GOV until session 17)."""
    text = ("Niger's military rulers ordered the French ambassador out. In August the junta "
            "tore up its defence agreements with France.")
    assert _code_of(stage, text, "junta", "2023-09-01") == "NERMIL"


@pytest.mark.parametrize("text", [
    "The European ministers could not agree on sanctions against Belgrade.",
    "EU foreign ministers met in Luxembourg on Monday.",
])
def test_european_ministers_acting_together_are_the_eu(stage, text):
    assert "IGOEU" in {m.code for m in mentions(stage, text)}


def test_congress_is_the_us_congress_only_in_a_story_about_the_us(stage):
    indian = codes(stage, "India and China agreed. The opposition Congress party said the "
                          "government must explain.")
    assert all(c != "USALEG" for _, c in indian)
    american = codes(stage, "The White House asked Congress for funds for Ukraine.")
    assert ("Congress", "USALEG") in american
    assert ("Congress of New Caledonia", "FRALEG") in codes(
        stage, "Azerbaijan's parliament signed a memorandum with the Congress of New Caledonia.")


def test_general_secretary_of_an_organisation_is_the_organisation(stage):
    got = codes(stage, "The general secretary of NATO Mark Rutte spoke on Monday.", "2024-11-10")
    assert got == [("general secretary of NATO Mark Rutte", "IGONAT")]
