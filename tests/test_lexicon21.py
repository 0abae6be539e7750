"""Missed triggers of asserted acts found in session 18 (helper lexicon21), each shown by
sentences of its own (none is a development-set sentence), in several phrasings: verbs of
scorn and reproof (mocked, belittled, insulted, demonised, reprimanded) and "hit out" or
"lashed out" at a party criticise it (111); granting or giving clemency, a pardon or an amnesty
releases the persons (0841); troops moving, pushing, advancing or pouring into a place occupy
it (192); a bombardment is an attack with aerial weapons (195), with artillery (194); naming
a decision "a mistake", a government "a dictatorship", a leader "a tyrant" or sailors
"pirates", and comparing a party to Hitler or to pirates, criticises it (111)
(data/label_words.txt: labels that judge a party only when they name it, not anywhere in a
statement as the words of criticism do); a party hit, targeted or slapped with tariffs or
sanctions is sanctioned (163); recognising or conceding an error or a mistake acknowledges
responsibility (015).
With the senses that must not fire: a plain movement of a minister, a grant of money, a
comparison of things, a dictator or pirates spoken of; and statements made "on several
occasions" are a habit, no one event (as "several times" is)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The Brazilian president mocked Argentina's new currency plan on Tuesday.",
                 ("BRA", "ARG", "111"), id="mocked_a_plan"),
    pytest.param("Prime Minister Imran Khan mocked India in a speech on Friday.",
                 ("PAK", "IND", "111"), id="mocked_a_state"),
    pytest.param("Ankara's foreign minister belittled the European Union's sanctions on "
                 "Monday.", ("TUR", "IGO", "111"), id="belittled_sanctions"),
    pytest.param("Iran's president demonised Israel in a speech.", ("IRN", "ISR", "111"),
                 id="demonised"),
    pytest.param("The Chinese foreign ministry reprimanded Japan over the visit to the "
                 "shrine.", ("CHN", "JPN", "111"), id="reprimanded"),
    pytest.param("Venezuela's president insulted Colombia's leader in a televised address.",
                 ("VEN", "COL", "111"), id="insulted"),
    pytest.param("President Cyril Ramaphosa hit out at Washington on Sunday over the aid "
                 "cuts.", ("ZAF", "USA", "111"), id="hit_out_at"),
    pytest.param("The Russian foreign ministry lashed out at Finland on Thursday.",
                 ("RUS", "FIN", "111"), id="lashed_out_at"),
    pytest.param("The Iranian president granted clemency to two French citizens on Friday.",
                 ("IRN", "FRA", "0841"), id="granted_clemency"),
    pytest.param("Belarus's president gave a pardon to three Lithuanian citizens.",
                 ("BLR", "LTU", "0841"), id="gave_a_pardon"),
    pytest.param("Mali's junta granted an amnesty to 40 Ivorian soldiers on Monday.",
                 ("MLI", "CIV", "0841"), id="granted_an_amnesty"),
    pytest.param("Russian troops moved into the Georgian village of Khurvaleti on Monday.",
                 ("RUS", "GEO", "192"), id="troops_moved_into"),
    pytest.param("Eritrean soldiers pushed into the Ethiopian town of Adigrat last week.",
                 ("ERI", "ETH", "192"), id="soldiers_pushed_into"),
    pytest.param("Azerbaijani forces advanced into the Armenian province of Syunik.",
                 ("AZE", "ARM", "192"), id="forces_advanced_into"),
    pytest.param("The Israeli bombardment of Lebanon went on for a third day.",
                 ("ISR", "LBN", "195"), id="bombardment_of_a_state"),
    pytest.param("The Russian artillery bombardment of Kherson killed three people.",
                 ("RUS", "UKR", "194"), id="artillery_bombardment"),
    pytest.param("The Slovak prime minister called the decision of Prague a mistake.",
                 ("SVK", "CZE", "111"), id="called_the_decision_of_a_party_a_mistake"),
    pytest.param("US President Donald Trump mocked Lesotho in a speech on Tuesday. Days later, "
                 "Lesotho's foreign minister called the remark insulting.",
                 ("LSO", "USA", "111"), id="called_the_remark_insulting"),
    pytest.param("Fico called Prague's decision a mistake.",
                 ("SVK", "CZE", "111"), id="called_a_mistake"),
    pytest.param("Kyiv described the Russian annexation as an imperialistic land grab.",
                 ("UKR", "RUS", "111"), id="described_as_imperialistic"),
    pytest.param("Erdogan compared Netanyahu to Hitler on Wednesday.",
                 ("TUR", "ISR", "111"), id="compared_a_leader_to"),
    pytest.param("The Philippine army chief compared the Chinese coast guard with pirates.",
                 ("PHL", "CHN", "111"), id="compared_a_force_with"),
    pytest.param("Pope Francis called the Nicaraguan government a crude dictatorship.",
                 ("VAT", "NIC", "111"), id="called_a_dictatorship"),
    pytest.param("Maduro called the Colombian president a tyrant.",
                 ("VEN", "COL", "111"), id="called_a_tyrant"),
    pytest.param("The Indian navy described the Sri Lankan sailors as pirates.",
                 ("IND", "LKA", "111"), id="described_as_pirates"),
    pytest.param("Lesotho was hit with 50 percent by Washington on April 2.",
                 ("USA", "LSO", "163"), id="was_hit_with_a_rate"),
    pytest.param("Brazilian beef was hit with 50 percent by the United States.",
                 ("USA", "BRA", "163"), id="goods_were_hit_with_a_rate"),
    pytest.param("A Chilean patrol found an Argentine solar panel on Chilean soil. The "
                 "Argentine foreign ministry recognised that it was an involuntary error.",
                 ("ARG", "CHL", "015"), id="recognised_an_error"),
    pytest.param("Argentina conceded to Chile that the map was a mistake.",
                 ("ARG", "CHL", "015"), id="conceded_a_mistake"),
])
def test_missed_trigger_is_coded(coder, text, wanted):
    got = {(s[:3], t[:3], c) for s, t, c in pairs(coder, text)}
    assert wanted in got


# Senses that must not fire: (text, code that must not appear).
@pytest.mark.parametrize(("text", "code"), [
    pytest.param("The French foreign minister moved into a new office in Paris on Monday.",
                 "192", id="a_minister_moving_occupies_nothing"),
    pytest.param("Russian troops moved back from the Georgian border on Monday.",
                 "192", id="troops_moving_back_occupy_nothing"),
    pytest.param("Japan granted a $50 million loan to the Philippines.",
                 "0841", id="a_grant_of_money_releases_no_one"),
    pytest.param("The Kenyan president granted asylum to two Ugandan activists.",
                 "0841", id="asylum_is_no_release"),
    pytest.param("Days later, Lesotho's foreign minister called the remark insulting.",
                 "041", id="naming_a_remark_insulting_is_no_phone_call"),
    pytest.param("The port of Odesa was hit by a Russian missile.", "163",
                 id="hit_by_a_missile_is_no_sanction"),
    pytest.param("Lesotho was hit with 50 percent by Washington on April 2.", "190",
                 id="hit_with_a_tariff_rate_is_no_attack"),
    pytest.param("Spain's foreign minister told his Argentine counterpart that the remains of "
                 "the former dictator Franco had been moved.", "111",
                 id="a_dictator_spoken_of_is_no_naming"),
    pytest.param("Spain's foreign minister told his Argentine counterpart that the pirates had "
                 "been caught.", "111", id="pirates_spoken_of_are_no_naming"),
    pytest.param("The economist compared Germany with France.", "111",
                 id="comparing_by_no_party_is_no_criticism"),
    pytest.param("Chile's president compared the two proposals on Monday.", "111",
                 id="comparing_things_is_no_criticism"),
    pytest.param("Milei has called Maduro a dictator on several occasions.", "111",
                 id="naming_on_several_occasions_is_habitual"),
    pytest.param("Erdogan has criticised Israel on numerous occasions.", "111",
                 id="criticism_on_numerous_occasions_is_habitual"),
])
def test_sense_does_not_fire(coder, text, code):
    assert all(c != code for _, _, c in pairs(coder, text))


def test_one_occasion_is_still_an_event(coder):
    got = pairs(coder, "Erdogan criticised Israel on the occasion of the summit.")
    assert ("TURGOV", "ISR", "111") in got or any(c == "111" for _, _, c in got)
