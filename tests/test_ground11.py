"""Date rules found on tune14 and tune15 (issue 5, round 11), each tested on sentences of its
own: other countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_ground4 import event
from test_ground9 import test_new_kinds_pass_the_gates as gates_skip_nothing

from dyadwatch.when.expressions import find_all
from dyadwatch.when.resolve import ResolveContext, parse_iso, resolve

# Each row: the article, its publication date, the event's trigger, its date.
DATE_CASES = {
    # -- a speech act told at an occasion of the dated story is the occasion's, not the
    # publication's: "told a joint news conference", "In the joint news conference, ..."
    "'told a joint news conference, praising' is the story's day": (
        "VILNIUS - Lithuania and Poland signed a defence pact on Monday as President Gitanas "
        "Nauseda hosted Polish President Andrzej Duda.\n\n"
        "\"This is a new chapter,\" Duda told a joint news conference, praising Nauseda for "
        "his leadership.", "2024-10-16", "praising", "2024-10-14"),
    "'In the joint news conference, X said ... and praised' is the story's day": (
        "The Egyptian foreign minister, who on Tuesday arrived in Ankara, held talks with "
        "his Turkish counterpart about trade.\n\n"
        "In the joint news conference, the Turkish minister said that the two sides would "
        "cooperate and praised Cairo for its help after the earthquake.",
        "2024-10-17", "praised", "2024-10-15"),
    "'Speaking at a joint press conference, X said ... and praised' is the story's day": (
        "ATHENS, Dec 8 (Reuters) - Turkey and Greece signed a friendship declaration in "
        "Athens on Tuesday.\n\n"
        "Speaking at a joint press conference, Erdogan said Greece was a good neighbour and "
        "praised Mitsotakis for his courage.", "2023-12-08", "praised", "2023-12-05"),
    # ... but "said" with no occasion stays the publication's (the conventions)
    "a plain 'X said' with no occasion keeps the publication date": (
        "ATHENS, Dec 8 (Reuters) - Turkey and Greece signed a friendship declaration in "
        "Athens on Tuesday.\n\n"
        "Erdogan said Greece was a good neighbour and praised Mitsotakis for his courage.",
        "2023-12-08", "praised", "2023-12-08"),
    # -- "on the eve of the meeting": the day before the meeting the text dated
    "'phoned him on the eve of the talks' is the day before the talks": (
        "Kigali - The presidents of Rwanda and Burundi held talks yesterday in Kigali on "
        "border security.\n\n"
        "President Paul Kagame had a telephone conversation with Mr. Ndayishimiye on the eve "
        "of the talks, during which he invited him to attend a summit.\n\n"
        "In the final communique both countries committed to reopen the border.",
        "2024-03-08", "had", "2024-03-06"),
    # ... and the story goes on at the talks' day, not the eve's
    "after 'on the eve of the talks' the story is back at the talks' day": (
        "Kigali - The presidents of Rwanda and Burundi held talks yesterday in Kigali on "
        "border security.\n\n"
        "President Paul Kagame had a telephone conversation with Mr. Ndayishimiye on the eve "
        "of the talks, during which he invited him to attend a summit.\n\n"
        "At the end of the talks both leaders signed an accord to reopen the border.",
        "2024-03-08", "signed", "2024-03-07"),
    # -- "told the assembly before the vote": the vote's day
    "'told the assembly before the vote, accusing' is the vote's day": (
        "NEW YORK, March 8 (AP) - The U.N. General Assembly on Wednesday adopted a resolution "
        "on the protection of journalists, with 120 votes in favour.\n\n"
        "Syria's ambassador told the assembly before the vote that the text was one-sided, "
        "accusing Britain of politicising the issue.", "2024-03-08", "accusing", "2024-03-06"),
    # -- "this year" says less than the day of the occasion the clause is placed at
    "'At a news conference on Friday, X praised ... this year' is Friday": (
        "At a joint news conference on Friday, Ramaphosa praised Brazil's presidency of the "
        "G20 this year.", "2024-07-21", "praised", "2024-07-19"),
    # ... but a day in a relative clause is another occasion's
    "'X, who arrived on Friday, praised ... this year' keeps the year": (
        "Ramaphosa, who arrived in Brasilia on Friday, praised Brazil's presidency of the "
        "G20 this year.", "2024-07-21", "praised", "2024"),
    # -- an act placed at an occasion a participle of holding dates is of that time
    "'stayed away from a ceremony held on Saturday' is Saturday": (
        "WARSAW, Jan. 29 (AP) - Russia stayed away from a commemoration held on Saturday at "
        "the former Auschwitz camp, after Poland declined to invite its officials.",
        "2025-01-29", "stayed", "2025-01-25"),
    "'criticised the election held on Sunday' is not placed at it": (
        "WARSAW, Jan. 29 (AP) - Poland criticised the election held on Sunday in Belarus as "
        "a sham.", "2025-01-29", "criticised", "2025-01-29"),
    # -- "X, who arrived on Wednesday, was received by Y": the arrival's day, passive too
    "'X, who arrived on Monday, was hosted by Y' is Monday": (
        "HANOI, Oct 10 (Reuters) - Thai Prime Minister Paetongtarn Shinawatra, who arrived "
        "on Monday for a two-day visit, was hosted by Vietnamese Prime Minister Pham Minh "
        "Chinh at a state banquet in the presidential palace.", "2024-10-10", "hosted",
        "2024-10-07"),
    # -- "Hours after, X announced": the same day as the act just told
    "'Hours after, X announced' is the day of the act told": (
        "ADDIS ABABA - Ethiopia expelled two Somali diplomats on Tuesday over remarks on the "
        "port deal.\n\n"
        "Hours after, the Somali foreign ministry announced that it had expelled the "
        "Ethiopian ambassador.", "2024-04-05", "expelled", "2024-04-02"),
    # -- "N days after <a dated clause>": that date moved on by N days
    "'closed the border three days after rebels seized the town on March 2' is March 5": (
        "Burundi closed its border with Rwanda three days after rebels seized the town of "
        "Goma on March 2, 2024, and it recalled its ambassador the same day.", "2024-04-01",
        "closed", "2024-03-05"),
    "... and a verb joined to it, 'the same day', goes with it": (
        "Burundi closed its border with Rwanda three days after rebels seized the town of "
        "Goma on March 2, 2024, and it recalled its ambassador the same day.", "2024-04-01",
        "recalled", "2024-03-05"),
    "... while a main clause with a day of its own keeps it": (
        "Burundi closed its border with Rwanda on Friday, three days after rebels seized the "
        "town of Goma on March 2.", "2024-03-09", "closed", "2024-03-08"),
    # -- "said in a joint statement on March 3" dates the saying, not a past it cites: the
    # story moves there, and "at the time" in the next sentence is March 3
    "'said at the time' after 'said in a statement on March 3' is March 3": (
        "KINSHASA, April 10 (AFP) - Congo on Tuesday resumed talks with Rwanda in Doha.\n\n"
        "The M23 rebels, which seized Goma in January, said in a joint statement on March 3 "
        "that they were quitting the talks.\n\n"
        "Rwanda said at the time that it remained ready to negotiate with Congo and accused "
        "Kinshasa of bad faith.", "2025-04-10", "accused", "2025-03-03"),
    # -- "said it had summoned X, calling ...": the words said at the summons are its day's
    "'said it had summoned the envoy, denouncing the move' is the summons' day": (
        "ANKARA, May 9 (Reuters) - Turkey on Wednesday ordered four Dutch diplomats to leave "
        "the country.\n\n"
        "The Turkish foreign ministry said it had summoned the Dutch ambassador to inform him "
        "of the decision, denouncing The Hague's decision as provocative.", "2025-05-09",
        "denouncing", "2025-05-07"),
    # -- "the two leaders" did what they did at the talks the text dated, not at the day a
    # later sentence moved the story to
    "'The two leaders agreed' after a step back is the talks' day": (
        "ASTANA, June 12 (Reuters) - Kazakh President Kassym-Jomart Tokayev and Uzbek "
        "President Shavkat Mirziyoyev held talks on Wednesday in Astana.\n\n"
        "Kazakh officials told reporters on Monday that a water-sharing deal was close. "
        "Tashkent confirmed the deal a day later.\n\n"
        "The two leaders agreed to open a new border crossing by the end of the year.",
        "2024-06-12", "agreed", "2024-06-12"),
    # -- the date of an earlier act named as the cause ("in response to Minsk's expulsion of
    # the envoy on Monday") does not move the story back to it
    "'in response to X's expulsion of the envoy on Monday' leaves the story's day": (
        "VILNIUS, June 13 (Reuters) - Lithuania on Wednesday ordered the Belarusian charge "
        "d'affaires to leave the country.\n\n"
        "The Lithuanian foreign ministry said the step was taken in response to Minsk's "
        "expulsion of the Lithuanian consul on Monday.\n\n"
        "Belarus condemned the decision and vowed to retaliate.", "2024-06-13", "condemned",
        "2024-06-12"),
    # -- "after the attack" told days before: between the attack and the report (bounds)
    "'suspended work after the attack' is the month between the attack and the report": (
        "KABUL: Afghanistan's foreign ministry on Tuesday condemned an attack that killed "
        "three Uzbek engineers in Balkh province a day earlier.\n\n"
        "Two Uzbek companies suspended work on the railway project after the attack, "
        "officials in Mazar-i-Sharif said.", "2024-05-16", "suspended", "2024-05"),
    "'condemned it on Wednesday after the attack' keeps its day": (
        "KABUL: A bombing killed three Uzbek engineers in Balkh province on Monday.\n\n"
        "Uzbekistan on Wednesday condemned Afghanistan after the attack.", "2024-05-16",
        "condemned", "2024-05-15"),
}


@pytest.mark.parametrize(("body", "pub", "trigger", "expected"), DATE_CASES.values(),
                         ids=list(DATE_CASES))
def test_dates(coder, body: str, pub: str, trigger: str, expected: str | None) -> None:
    assert event(coded(coder, body, pub), trigger)["date"] == expected


@pytest.mark.parametrize(("text", "kind"), [
    ("He phoned her on the eve of the high-level meeting.", "eve_of"),
    ("He phoned her on the eve of that summit.", "eve_of"),
    ("He spoke before the vote.", "told_episode"),
    ("Hours after, he spoke.", "hours"),
    ("Hours after the vote he spoke.", "told_episode"),  # a preposition, not "hours after,"
    ("On the eve, he spoke.", "eve"),  # no occasion named: the narrative's eve
])
def test_eve_of_an_occasion(text: str, kind: str) -> None:
    assert [e.kind for e in find_all(text)] == [kind]


@pytest.mark.parametrize("text", [
    "He phoned her on the eve of the meeting.", "He told the council before the vote.",
    "Work stopped after the attack.",
])
def test_new_kinds_pass_the_gates(monkeypatch, text: str) -> None:
    gates_skip_nothing(monkeypatch, text)


@pytest.mark.parametrize(("text", "pub", "day"), [
    ("Putin spoke on Christmas Day.", "2024-12-27", "2024-12-25"),
    ("Putin spoke on Christmas Day.", "2025-01-03", "2024-12-25"),  # the latest before
    ("Putin spoke on New Year\u2019s Eve.", "2025-01-02", "2024-12-31"),
    ("Putin spoke on New Year's Day 2020.", "2025-01-02", "2020-01-01"),
])
def test_holidays_by_name(text: str, pub: str, day: str) -> None:
    """A holiday of fixed date (data/time_words.tsv, holiday) is that day."""
    found = find_all(text)
    assert [e.kind for e in found] == ["holiday"]
    interval = resolve(found[0], ResolveContext(parse_iso(pub)))
    assert interval.start.isoformat() == interval.end.isoformat() == day


def test_a_story_clause_hung_on_a_later_saying_is_not_cited(coder) -> None:
    """"X and Y held talks on Sunday ..., and both sides said ...", parsed with "held" as a
    complement of "said": the talks are the story's, not history the speakers cite, so the
    story moves to Sunday (here the day before a dateline of a new month)."""
    from datetime import date

    from spacy.tokens import Doc

    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.when.resolve import Interval
    from dyadwatch.when.stage import AttachedExpr, _cited_past

    words = ["Ishiba", "and", "Lee", "held", "talks", "on", "Sunday", ",", "and", "both",
             "sides", "said", "ties", "improved", "."]
    heads = [3, 0, 0, 11, 3, 3, 5, 11, 11, 10, 11, 11, 13, 11, 11]
    deps = ["nsubj", "cc", "conj", "ccomp", "dobj", "prep", "pobj", "punct", "cc", "det",
            "nsubj", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "CCONJ", "DET",
           "NOUN", "VERB", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Ishiba", "and", "Lee", "hold", "talk", "on", "Sunday", ",", "and", "both",
              "side", "say", "tie", "improve", "."]
    tags = ["NNP", "CC", "NNP", "VBD", "NNS", "IN", "NNP", ",", "CC", "DT", "NNS", "VBD",
            "NNS", "VBD", "."]
    doc = Doc(load_pipeline().vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas, tags=tags, sent_starts=[True] + [False] * 14)
    sunday = find_all("on Sunday")[0]
    frame = AttachedExpr(sunday, doc[3], Interval.day(date(2025, 8, 31)))
    assert not _cited_past(doc[:], frame, Interval.day(date(2025, 9, 1)))
