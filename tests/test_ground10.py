"""Date rules found on tune13 (issue 5, round 10), each tested on sentences of its own:
other countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_ground4 import event
from test_ground9 import test_new_kinds_pass_the_gates as gates_skip_nothing

from dyadwatch.when.expressions import find_all
from dyadwatch.when.resolve import ResolveContext, parse_iso, resolve

# Each row: the article, its publication date, the event's trigger, its date.
DATE_CASES = {
    # -- "the 9th of that month": a day of the month just told, not of the publication's
    "'in May ..., and on the 9th of that month X visited' is May 9": (
        "In May the Turkish embassy in Cairo was upgraded, and on the 9th of that month "
        "Turkish Foreign Minister Hakan Fidan visited Egypt.", "2025-07-20", "visited",
        "2025-05-09"),
    # -- a span under way when the text was written is the publication year's
    "'on a visit from 10 to 13 February' told on the 12th is this February": (
        "Indian Prime Minister Narendra Modi, who is on a state visit to France from 10 to "
        "13 February, met French President Emmanuel Macron in Paris.", "2025-02-12", "visit",
        "2025-02"),
    "a span wholly after publication, told of the past, is last year's": (
        "Indian Prime Minister Narendra Modi paid a state visit to France from 20 to "
        "23 February.", "2025-02-12", "paid", "2024-02"),
    # -- an occasion named as a verb's object takes the verb's day, not a relative clause's
    "'after the talks' held on the 4th, with a guest visiting 3-6 March": (
        "President Lula on the 4th in the Planalto Palace held talks with the President of "
        "Argentina Javier Milei, who is paying a state visit to Brazil from 3 to 6 March, the "
        "first visit since he took office.\n\n"
        "Lula said that the two countries are close partners.\n\n"
        "After the talks the two presidents signed an accord on energy cooperation.",
        "2025-03-05", "signed", "2025-03-04"),
    # -- "the same day as the talks": the talks' day, not the narrative's latest
    "'met him the same day as the talks' is the talks' day": (
        "Japanese Prime Minister Shigeru Ishiba on the 11th held talks with Philippine "
        "President Ferdinand Marcos in Tokyo.\n\n"
        "On the 12th, Marcos addressed a business forum in Osaka.\n\n"
        "Japanese Foreign Minister Takeshi Iwaya met Marcos separately the same day as the "
        "talks.", "2025-03-14", "met", "2025-03-11"),
    # -- "since X, when A did, and B responded": B goes on with the "when" clause
    "'since August 2020, when ..., and Minsk retaliated by expelling' is August 2020": (
        "Ties between Lithuania and Belarus have been strained since August 2020, when "
        "Vilnius recognised the opposition leader as the winner of the election, and Minsk "
        "retaliated by expelling two Lithuanian diplomats.", "2025-03-14", "expelling",
        "2020-08"),
    # -- "a June 2021 note in which X accused Y": the occasion's date
    "'a June 2021 note in which the ministry accused' is June 2021": (
        "He said the row grew out of a June 2021 note in which the Belarusian foreign "
        "ministry accused Lithuania of interfering in its affairs.", "2025-03-14", "accused",
        "2021-06"),
    # -- a relative clause's statement is not dated by an act named above it
    "'the move by X in April to bar ..., a ban it said rested on' is the statement's": (
        "The Belarusian foreign ministry said on its website that the measure was a reply to "
        "the move by the Lithuanian government in April to bar the broadcasting of ONT, STV "
        "and Belarus 24, a ban it said rested on \"baseless accusations\".", "2025-06-10",
        "said", "2025-06-10"),
    # -- "has declared ..., the spokeswoman announced on Wednesday": the announcement's day
    "'has declared ..., the spokeswoman announced on Wednesday' is Wednesday": (
        "VILNIUS - Lithuania's Ministry of Foreign Affairs has declared two employees of the "
        "Russian Embassy in Vilnius persona non grata because of \"activities incompatible "
        "with their status\", the ministry's spokeswoman Rasa Jakilaitiene announced on "
        "Wednesday.", "2025-03-14", "declared", "2025-03-12"),
    # -- an intent told in what someone says is made when it is said
    "'pointed out that ... the Russian side is willing to help' goes on with the talks": (
        "Turkish President Recep Tayyip Erdogan held talks with Russian President Vladimir "
        "Putin in Sochi on Monday.\n\n"
        "Putin pointed out that Russia and Turkey are close neighbours, and the Russian side is "
        "willing to help Turkey build a second nuclear plant.", "2025-03-14", "willing",
        "2025-03-10"),
    "'told reporters that ..., but was ready to help' is the statement's day": (
        "Turkish President Recep Tayyip Erdogan held talks with Russian President Vladimir "
        "Putin in Sochi on Monday.\n\n"
        "Kenyan Foreign Minister Musalia Mudavadi told reporters in Nairobi that Kenya had "
        "received no request from the African Union, but was ready to help Sudan if both "
        "sides wished.", "2025-03-14", "ready", "2025-03-14"),
    # -- "X, who on Tuesday arrived in Y, signed ...": the subject's dated arrival
    "'X, who on Tuesday arrived in Male ..., signed an agreement' is Tuesday": (
        "Indian Prime Minister Narendra Modi, who on Tuesday arrived in Male at the head of a "
        "large delegation, signed an agreement on a currency swap with Maldivian President "
        "Mohamed Muizzu.", "2025-03-14", "signed", "2025-03-11"),
    # -- "X also offered ..., saying ...": a further act of the scene, not a statement
    "'also offered ..., saying' after a plain 'said' goes on with the visit": (
        "Indonesian President Prabowo Subianto received Australian Prime Minister Anthony "
        "Albanese at the Merdeka Palace on Tuesday for talks on defence.\n\n"
        "The two leaders said they were pleased with the progress.\n\n"
        "Prabowo also offered to expand a scheme under which Australia trains Indonesian "
        "nurses, saying his country was ready to send thousands more.", "2025-03-14",
        "offered", "2025-03-11"),
    "'offered ..., saying' in the story goes on with it": (
        "Indonesian President Prabowo Subianto received Australian Prime Minister Anthony "
        "Albanese at the Merdeka Palace on Tuesday for talks on defence.\n\n"
        "Prabowo offered to expand a scheme under which Australia trains Indonesian "
        "nurses, saying his country was ready to send thousands more.", "2025-03-14",
        "offered", "2025-03-11"),
    "'welcomed the move, saying' answers the news: the statement's date": (
        "Indonesian President Prabowo Subianto received Australian Prime Minister Anthony "
        "Albanese at the Merdeka Palace on Tuesday for talks on defence.\n\n"
        "The Philippines welcomed the move, saying it would strengthen regional security.",
        "2025-03-14", "welcomed", "2025-03-14"),
    # (session 24, dates25: one of the scene's people goes back to the scene's day after a
    # plain "said" paused the story; before, this kept the statement's date)
    "'offered ..., saying' by the host after a plain 'said' paused the story is the scene's day": (
        "Indonesian President Prabowo Subianto received Australian Prime Minister Anthony "
        "Albanese at the Merdeka Palace on Tuesday for talks on defence.\n\n"
        "The two leaders said they were pleased with the progress.\n\n"
        "Prabowo offered to expand a scheme under which Australia trains Indonesian "
        "nurses, saying his country was ready to send thousands more.", "2025-03-14",
        "offered", "2025-03-11"),
    # -- "A handed B a letter, and B said ...": a "said" joined to a deed of the scene
    "'handed ... a letter, and Erdogan said that he would visit' is the visit's day": (
        "Egyptian Foreign Minister Badr Abdelatty arrived in Ankara on Tuesday and held talks "
        "with his Turkish counterpart Hakan Fidan.\n\n"
        "Abdelatty handed to President Recep Tayyip Erdogan a letter from President Abdel "
        "Fattah al-Sisi, and Erdogan said that he would visit Cairo soon.", "2025-03-14",
        "said", "2025-03-11"),
    "'rejected the agreement and said' answers an act: the statement's date": (
        "Egyptian Foreign Minister Badr Abdelatty arrived in Ankara on Tuesday and held talks "
        "with his Turkish counterpart Hakan Fidan.\n\n"
        "Greek Foreign Minister Giorgos Gerapetritis rejected the agreement and said Athens "
        "would protect its rights.", "2025-03-14", "rejected", "2025-03-14"),
    # -- "The communique, adopted on Monday, said ...": the document's date
    "'The communique, adopted ... on Monday, said' is Monday": (
        "The communique, adopted by the foreign ministers of the Gulf states on Monday at a "
        "meeting in Riyadh, said Iran had become a decisive enabler of the Houthi attacks on "
        "shipping and accused Tehran of arming the group.", "2025-03-14", "said",
        "2025-03-10"),
}


@pytest.mark.parametrize(("body", "pub", "trigger", "expected"), DATE_CASES.values(),
                         ids=list(DATE_CASES))
def test_dates(coder, body: str, pub: str, trigger: str, expected: str | None) -> None:
    assert event(coded(coder, body, pub), trigger)["date"] == expected


@pytest.mark.parametrize(("text", "pub", "first", "last"), [
    ("The envoy stays from 10 to 13 February.", "2025-02-12", "2025-02-10", "2025-02-13"),
    ("The envoy stays from February 10 to February 13.", "2025-02-12", "2025-02-10",
     "2025-02-13"),
    ("The envoy stayed from 20 to 23 February.", "2025-02-12", "2024-02-20", "2024-02-23"),
    ("The envoy stayed from 10 to 13 February.", "2025-03-12", "2025-02-10", "2025-02-13"),
])
def test_spans_without_a_year(text: str, pub: str, first: str, last: str) -> None:
    """A span written without its year that starts by publication and ends within weeks after
    it is under way (the publication year); one wholly after it is the year before's."""
    found = find_all(text)
    assert len(found) == 1
    interval = resolve(found[0], ResolveContext(parse_iso(pub), None, None))
    assert (interval.start.isoformat(), interval.end.isoformat()) == (first, last)


@pytest.mark.parametrize(("text", "day"), [
    ("On the 9th of that month Peru protested.", "2024-06-09"),
    ("On the 9th of the same month Peru protested.", "2024-06-09"),
    ("On the 9th of this month Peru protested.", "2025-03-09"),
])
def test_day_of_the_month_told(text: str, day: str) -> None:
    """"of that month" is the narrative's month (June 2024 here), "of this month" the
    publication's."""
    found = find_all(text)
    assert [e.kind for e in found] == ["day_of_rel_month"]
    frame = resolve(find_all("in June 2024")[0], ResolveContext(parse_iso("2025-03-14")))
    interval = resolve(found[0], ResolveContext(parse_iso("2025-03-14"), frame))
    assert interval.start.isoformat() == interval.end.isoformat() == day


@pytest.mark.parametrize("text", [
    "On the 9th of that month it fell.", "The same day as the talks it fell.",
])
def test_new_kinds_pass_the_gates(monkeypatch, text: str) -> None:
    """The sentence gates (expressions.GATED_KINDS) skip none of this round's kinds."""
    gates_skip_nothing(monkeypatch, text)


@pytest.mark.parametrize(("text", "value"), [
    ("The base was handed over at the end of 2008.", "2008-12"),
    ("The base was handed over at the beginning of 2008.", "2008"),
    ("The base was handed over in late 2008.", "2008"),
    ("The base was handed over in mid-2008.", "2008"),
])
def test_the_end_of_a_year_is_its_last_month(text: str, value: str) -> None:
    """"at the end of 2008" names December; "at the beginning of 2008", "late 2008" and
    "mid-2008" only a third of the year (the year as far as told)."""
    found = find_all(text)
    assert len(found) == 1
    interval = resolve(found[0], ResolveContext(parse_iso("2025-03-14")))
    assert interval.to_event_date(None).date == value
