"""Translated and regional copy (session 22, brief translated22), each rule shown by probe
sentences of our own, in no gold file: a capital written with accents ("Priština", "Malé")
or with its words joined by a hyphen ("Tel-Aviv", "Ulan-Bator") stands for its state; a
hyphenated city ("Alma-Ata") is the whole name; a title and a surname ("Prime Minister Lee")
name the person given in full earlier; a naming with a negated good word ("not
constructive") and a complaint conveyed, expressed or made ("conveyed its reservations",
"made representations") criticise; "in answer" gives its subject back to the clause; "a
visit to the Kingdom" is the host's kingdom, the dateline's when no other is named."""

from __future__ import annotations

import pytest
from coding_helpers import country_sides, sides_in


# -- a capital written with accents the gazetteer lacks, or with its words joined by a
# hyphen --------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, side", [
    ("Priština banned the import of Serbian goods on Monday.", ("XKX", "SRB", "16")),
    ("Malé recalled its ambassador from New Delhi on Sunday.", ("MDV", "IND", "16")),
    ("Reykjavík recalled its ambassador from Moscow on Friday.", ("ISL", "RUS", "16")),
    ("The government in Priština accused Belgrade of provocations.", ("XKX", "SRB", "11")),
    ("Tel-Aviv recalled its ambassador from Ankara on Tuesday.", ("ISR", "TUR", "16")),
    ("Ulan-Bator accused Beijing of interference in its elections.", ("MNG", "CHN", "11")),
    ("Addis-Ababa accused Cairo of sabotaging the dam talks.", ("ETH", "EGY", "11")),
    ("Phnom-Penh condemned the shelling by Bangkok.", ("KHM", "THA", "11")),
    # "a visit to the Kingdom": the host, not the visitor's own kingdom; the dateline's
    # kingdom when no other is named
    ("RABAT -- Spanish Prime Minister Pedro Sanchez ended a two-day visit to the Kingdom on "
     "Thursday.", ("ESP", "MAR", "04")),
    ("AMMAN -- Dutch Prime Minister Mark Rutte wrapped up a two-day visit to the Kingdom on "
     "Tuesday.", ("NLD", "JOR", "04")),
])
def test_place_as_translated_copy_names_it(coder, body, side):
    assert side in country_sides(coder, body)


# -- a hyphenated city is the whole name ----------------------------------------------------
def test_hyphenated_city_is_the_whole_name(coder):
    """"Alma-Ata" is Almaty (KAZ), not the Algerian town "Alma"."""
    sides = country_sides(coder, "Police in Alma-Ata detained two Kyrgyz citizens.")
    assert any(s == "KAZ" and t == "KGZ" for s, t, _ in sides), sides
    assert not any("DZA" in (s, t) for s, t, _ in sides), sides


# -- near misses ------------------------------------------------------------------------------
def test_hyphen_of_two_places_names_no_capital(coder):
    """"the Tel-Aviv-Haifa road" or a border crossing "Ivangorod-Narva" is no state acting:
    a hyphenated run not in the gazetteer stays unresolved as one name."""
    sides = country_sides(coder, "The crossing Ivangorod-Narva stayed closed on Monday.")
    assert not any(s for s, _, _ in sides), sides


def test_accented_common_word_is_no_capital(coder):
    """Folding accents finds places, not people: a name with accents that folds to no
    gazetteer entry stays unresolved ("José" is nobody's state)."""
    sides = country_sides(coder, "José criticised the decision on Monday.")
    assert not any(s for s, _, _ in sides), sides


# -- a title and a surname: the person named in full earlier in the text -----------------------
@pytest.mark.parametrize("body, words, side", [
    ("President Prabowo Subianto hosted the Prime Minister of Singapore Lee Hsien Loong in "
     "Bali on Monday. Prime Minister Lee praised Jakarta for the new air agreement.",
     "Prime Minister Lee praised", ("SGP", "IDN", "05")),
    ("The Singaporean leader Lee Hsien Loong flew to Kuala Lumpur on Sunday. Prime Minister "
     "Lee accused Kuala Lumpur of delaying the rail project.",
     "Prime Minister Lee accused", ("SGP", "MYS", "11")),
])
def test_title_and_surname_of_a_person_named_before(coder, body, words, side):
    assert sides_in(coder, body, words) == {side}


def test_title_naming_its_country_keeps_it(coder):
    """The title's own country wins over a namesake named before: "Singapore's Prime
    Minister Lee" after "South Korean President Lee Jae-myung" is Singapore's."""
    body = ("South Korean President Lee Jae-myung met Chinese officials in Seoul on Monday. "
            "Singapore's Prime Minister Lee praised Jakarta for the new air agreement.")
    assert sides_in(coder, body, "Singapore's Prime Minister Lee") == {("SGP", "IDN", "05")}


# -- criticism as translated copy words it: a naming with a negated good word ("called the
# reply 'not constructive'"), a complaint conveyed, expressed or made -----------------------
@pytest.mark.parametrize("body, side", [
    ("Russia's foreign ministry called the reply of Vilnius \"not constructive\".",
     ("RUS", "LTU", "11")),
    ("Hungarian Foreign Minister Peter Szijjarto called the decision of Kyiv not acceptable.",
     ("HUN", "UKR", "11")),
    # translated and regional wording of a complaint
    ("China made solemn representations to Japan over the remarks.", ("CHN", "JPN", "11")),
    ("India conveyed its reservations to Nepal over the new map.", ("IND", "NPL", "11")),
    ("Beijing expressed strong dissatisfaction with Tokyo over the visit.",
     ("CHN", "JPN", "11")),
    ("Vietnam voiced its objection to the Chinese survey ship in its waters.",
     ("VNM", "CHN", "11")),
])
def test_criticism_in_translated_wording(coder, body, side):
    assert side in country_sides(coder, body)


@pytest.mark.parametrize("body", [
    # a negated word whose negative form is no word of criticism judges no one
    "Hungarian Foreign Minister Peter Szijjarto called the talks with Kyiv not easy.",
    # "not responsible" denies a part in an act, it does not judge ("irresponsible" does)
    "Hungarian Foreign Minister Peter Szijjarto called the government of Kyiv not "
    "responsible for the blast.",
    # greetings conveyed are no complaint
    "India conveyed its greetings to Nepal on the national day.",
    # a reservation made is a booking, not a complaint
    "Japan made a reservation of the venue for the Chinese delegation.",
])
def test_near_misses_are_no_criticism(coder, body):
    assert not any(root == "11" for _, _, root in country_sides(coder, body))


# -- "in answer" before the subject: the model reads the subject as the object of "answer" -----
@pytest.mark.parametrize("body, side", [
    ("The Minister of Foreign Affairs of Latvia Edgars Rinkevics declared that in answer the "
     "Russian ambassador Mikhail Vanin also must leave Latvia by 1 March.", ("LVA", "RUS", "16")),
    ("The Foreign Minister of Moldova Nicu Popescu declared that in answer the Russian diplomat "
     "Oleg Ozerov also must leave Chisinau by Monday.", ("MDA", "RUS", "16")),
    ("The Foreign Minister of Czechia Jan Lipavsky announced that in answer the Russian "
     "ambassador Alexander Zmeevsky also must leave Prague by Friday.", ("CZE", "RUS", "16")),
])
def test_subject_after_in_answer(coder, body, side):
    assert side in country_sides(coder, body)



# -- near misses that keep their reading --------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    # "in answer to the expulsion": "answer" with its own phrase gives no subject away
    ("Estonia expelled the Russian ambassador in answer to the expulsion of its envoy.",
     {("EST", "RUS", "16")}),
    # an epithet that acts itself still refers back to the kingdom named before
    ("Spanish Prime Minister Pedro Sanchez spoke in Madrid. The kingdom expelled two Russian "
     "diplomats on Monday.", {("ESP", "RUS", "16")}),
])
def test_near_miss_keeps_its_reading(coder, body, expected):
    assert country_sides(coder, body) == expected
