"""Actor rules from session 14's actor round (helper actors16): whose a countryless
government is in local press that speaks for its state. Probe sentences of our own, in news
wording that appears in no gold file."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

from dyadwatch.read.text import dateline_end


# -- translated and regional datelines ----------------------------------------------------
@pytest.mark.parametrize("text, dateline", [
    ("QUITO, 3 of May -- The government announced", "QUITO, 3 of May -- "),
    ("DAKAR, 2nd March -- The government announced", "DAKAR, 2nd March -- "),
    ("MAPUTO, 21st of June - The government announced", "MAPUTO, 21st of June - "),
    ("LA PAZ, Nov 1 - Bolivia broke off", "LA PAZ, Nov 1 - "),
    ("EL AAIUN, 4 April -- Morocco said", "EL AAIUN, 4 April -- "),
])
def test_translated_datelines(text, dateline):
    assert text[:dateline_end(text)] == dateline


@pytest.mark.parametrize("text", [
    "UN - the body said", "US officials - who spoke", "The 3 of them - all"])
def test_no_dateline(text):
    assert dateline_end(text) == 0


# -- local press names its own government without a country -------------------------------
def _sources(recs: list[dict], root: str) -> set[tuple]:
    return {src for code, src, _, _ in dyads(recs) if code.startswith(root)}


@pytest.mark.parametrize("body, root, source", [
    # the chancellor (a foreign minister in Latin American usage) after a foreign minister
    ("MANAGUA, 4 of June -- Our government recalled its ambassador from San Jose on Monday.\n\n"
     "The decision came after the Foreign Minister of Costa Rica, Arnoldo Andre, declared "
     "that in Nicaragua there is a dictatorship.\n\nIn a communique, the chancellor Valdrack "
     "Jaentschke condemned the words of Mr. Andre as \"interventionist\".", "11", ("NICGOV",)),
    ("HAVANA, March 3 -- Our ambassador in Madrid was called to consultations.\n\n"
     "The Spanish Foreign Minister Jose Albares had called the island a dictatorship.\n\n"
     "On Tuesday the minister Bruno Rodriguez rejected the remarks of Albares as lies.", "11",
     ("CUBGOV",)),
    # the ministry summons a foreign envoy and recalls its own
    ("HAVANA, March 3 -- The Ministry of Foreign Relations summoned on Monday the "
     "ambassador of Spain, Juan Fernandez, and called to consultations our ambassador in "
     "Madrid.", "11", ("CUBGOV",)),
    ("BAMAKO, 1 February -- The Ministry of Foreign Affairs summoned on Monday the "
     "ambassador of France and recalled our ambassador in Paris for consultations.", "11",
     ("MLIGOV",)),
    ("BAMAKO, 1st February -- The Ministry of Foreign Affairs summoned on Monday the "
     "ambassador of France and recalled our ambassador in Paris for consultations.", "11",
     ("MLIGOV",)),
])
def test_voiced_government(coder, body, root, source):
    assert source in _sources(coded(coder, body, "2024-06-05"), root)


def test_own_envoy_recalled_from_the_host(coder):
    body = ("HAVANA, March 3 -- The Ministry of Foreign Relations summoned on Monday the "
            "ambassador of Spain, Juan Fernandez, and called to consultations our ambassador in "
            "Madrid.")
    got = dyads(coded(coder, body, "2024-03-05"))
    assert any(src == ("CUBGOV",) and tgt[0].startswith("ESP") and code.startswith("16")
               for code, src, tgt, _ in got)


def test_wire_copy_keeps_the_context(coder):
    """Without a first-person voice a dateline does not make the government the home's: a
    wire story filed from Madrid about Venezuela's ministry keeps the country named."""
    body = ("MADRID, Sept 16 (Reuters) - Venezuela's foreign ministry summoned Spain's "
            "ambassador on Thursday. The ministry also accused Spain of meddling.")
    got = dyads(coded(coder, body, "2024-09-16"))
    assert not any(src and src[0].startswith("ESP") and code.startswith("112")
                   for code, src, _, _ in got)


# -- a role with its officeholder in apposition is the officeholder's state's -------------
@pytest.mark.parametrize("body, root, source", [
    ("Mali expelled the French ambassador on Monday. The defence minister, Florence Parly, "
     "accused the junta of provocations.", "112", ("FRAGOV",)),
    ("Moscow expelled two German diplomats on Tuesday. The foreign minister, Annalena "
     "Baerbock, condemned the expulsions.", "111", ("DEUGOV",)),
    ("Beijing imposed sanctions on Australian wine in 2020. The foreign minister - Penny "
     "Wong - criticised the measures on Thursday.", "111", ("AUSGOV",)),
])
def test_apposed_officeholder(coder, body, root, source):
    assert source in _sources(coded(coder, body, "2022-02-01"), root)


def test_local_press_names_the_foreign_envoy_by_title(coder):
    """"Ambassador Xing" in Seoul copy that speaks for Korea is China's envoy."""
    body = ("SEOUL, June 12 -- Our government protested on Friday. The Chinese ambassador "
            "had criticised Seoul's policy. On Monday, Ambassador Xing said that the work of "
            "the embassy is to promote understanding, and blamed the Korean side for the "
            "problems.")
    got = dyads(coded(coder, body, "2023-06-13"))
    assert not any(src == ("KORGOV",) and code.startswith("112") for code, src, _, _ in got)


# -- "five men, citizens of Vietnam, Laos and Cuba": every listed nationality ---------------
@pytest.mark.parametrize("body, root, targets", [
    ("The United States deported five men, citizens of Vietnam, Jamaica, Laos, Cuba and "
     "Yemen, to Eswatini on Tuesday.", "174",
     {"VNMCVL", "JAMCVL", "LAOCVL", "CUBCVL", "YEMCVL"}),
    ("Police in Lome detained three people, nationals of Nigeria, Ghana and Benin, on "
     "Monday.", "173", {"NGACVL", "GHACVL", "BENCVL"}),
    ("Eswatini received the deportees, nationals of Vietnam, Jamaica and Cuba, from "
     "Washington on Wednesday.", "043", {"VNMCVL", "JAMCVL", "CUBCVL"}),
])
def test_listed_nationals_in_apposition(coder, body, root, targets):
    got = {tgt for code, _, tgt, _ in dyads(coded(coder, body, "2025-07-16"))
           if code == root}
    assert any(set(t) == targets for t in got)


def test_listed_nationals_after_a_participle(coder):
    body = ("Rwanda confirmed that seven men deported by the United States, citizens of Cuba, "
            "Haiti and Yemen, arrived in Kigali on Monday.")
    got = {tgt for code, _, tgt, _ in dyads(coded(coder, body, "2025-07-16")) if code == "174"}
    assert any(set(t) == {"CUBCVL", "HTICVL", "YEMCVL"} for t in got)


# -- one person, two hats: "CARICOM chair and Barbados Prime Minister Mia Mottley" ---------
def _actors(recs: list[dict]) -> set[str]:
    return {c for _, src, tgt, _ in dyads(recs) for c in (*src, *tgt)}


@pytest.mark.parametrize("body, person, igo", [
    ("Rubio met CARICOM chair and Barbados Prime Minister Mia Mottley on Wednesday.",
     "BRBGOV", "IGOCRB"),
    ("Macron met African Union chairperson and Angolan President Joao Lourenco in Paris "
     "on Monday.", "AGOGOV", "IGOAU"),
    ("Blinken held talks with ASEAN chair and Indonesian President Joko Widodo in Jakarta.",
     "IDNGOV", "IGOASN"),
])
def test_second_hat_is_the_person(coder, body, person, igo):
    got = _actors(coded(coder, body, "2025-03-27"))
    assert person in got and igo not in got


def test_two_people_keep_their_offices(coder):
    """With "the" before the second title, the chair is someone else."""
    body = "Sunak met the African Union chair and the Angolan President on Monday."
    assert "IGOAU" in _actors(coded(coder, body, "2023-03-27"))


# -- "..., and France also condemned it": "it" is the act just named ----------------------
@pytest.mark.parametrize("body, source, target", [
    ("Iran executed British-Iranian national Alireza Akbari on Saturday.\n\nThe United "
     "States called the execution \"unconscionable\", and France also condemned it.",
     "FRA", "IRN"),
    ("Saudi Arabia executed a Pakistani national on Monday.\n\nThe United Nations described "
     "the execution as \"deeply troubling\", and Pakistan also condemned it.", "PAK", "SAU"),
    ("Iran seized a Greek oil tanker in the Gulf on Friday.\n\nAthens called the seizure "
     "an act of piracy, and Cyprus also condemned it.", "CYP", "IRN"),
])
def test_it_is_the_act(coder, body, source, target):
    got = dyads(coded(coder, body, "2023-01-16"))
    assert any(code.startswith("11") and src == (source,) and tgt and tgt[0].startswith(target)
               for code, src, tgt, _ in got)
