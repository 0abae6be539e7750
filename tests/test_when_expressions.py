"""The temporal-expression finder and resolver, without spaCy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadwatch.when.expressions import find_expressions
from dyadwatch.when.resolve import Interval, ResolveContext, parse_iso, resolve

PUB = parse_iso("2025-07-03")  # a Thursday


def one(text: str, pub=PUB, frame: Interval | None = None, future: bool = False):
    exprs = find_expressions(text)
    assert len(exprs) == 1, [e.text for e in exprs]
    interval = resolve(exprs[0], ResolveContext(pub, frame, None, future))
    return None if interval is None else interval.to_event_date(exprs[0].text)


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("The talks ended on February 24, 2025 in Geneva.", "2025-02-24", "day"),
        ("signed on 24.02.2025", "2025-02-24", "day"),
        ("signed on 2025-02-24", "2025-02-24", "day"),
        ("signed on 3 March 2024", "2024-03-03", "day"),
        ("signed on the 3rd of March 2024", "2024-03-03", "day"),
    ],
)
def test_absolute_dates(text, date, precision):
    got = one(text)
    assert (got.date, got.precision) == (date, precision)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On February 24, troops crossed.", "2025-02-24"),
        ("On August 4, troops crossed.", "2024-08-04"),  # after publication: the year before
        ("It happened in February 2025.", "2025-02"),
        ("It happened in May.", "2025-05"),
        ("It happened in September.", "2024-09"),
        ("It happened in 2023.", "2023"),
    ],
)
def test_partial_dates_take_the_latest_year_before_publication(text, date):
    assert one(text).date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("yesterday", "2025-07-02"),
        ("two days ago", "2025-07-01"),
        ("on Monday", "2025-06-30"),
        ("on Thursday", "2025-07-03"),  # the publication day itself
        ("last Thursday", "2025-06-26"),
        ("last year", "2024"),
        ("last month", "2025-06"),
        ("earlier this month", "2025-07"),
        ("last week", "2025-06"),
    ],
)
def test_relative_expressions(text, date):
    assert one(text).date == date


def test_weekday_of_a_future_act_is_the_next_one():
    assert one("on Monday", future=True).date == "2025-07-07"


@pytest.mark.parametrize(
    ("text", "date", "start", "end"),
    [
        ("In late December last year", "2024-12", "2024-12-21", "2024-12-31"),
        ("in early May", "2025-05", "2025-05-01", "2025-05-10"),
        ("in mid-August", "2024-08", "2024-08-11", "2024-08-20"),
        ("at the end of June", "2025-06", "2025-06-21", "2025-06-30"),
        ("in early 2024", "2024", "2024-01-01", "2024-04-30"),
    ],
)
def test_fuzzy_parts_give_the_month_and_an_interval(text, date, start, end):
    got = one(text)
    assert (got.date, got.date_start, got.date_end) == (date, start, end)
    assert got.precision == ("year" if len(date) == 4 else "month")


def test_anaphoric_expressions_use_the_frame():
    frame = Interval.day(parse_iso("2025-02-24"))
    assert one("at that time", frame=frame).date == "2025-02-24"
    assert one("the next day", frame=frame).date == "2025-02-25"
    assert one("Three days later, they met.", frame=frame).date == "2025-02-27"
    assert one("at that time") is None  # no frame: nothing to refer to


def test_bounds_give_their_common_prefix():
    frame = Interval.month(2025, 2)
    assert one("after that", frame=frame).date == "2025"  # March .. July 3: same year
    november = Interval.month(2024, 11)
    assert one("after that", frame=november).date is None  # December .. July: years apart


def test_without_publication_date_relative_expressions_are_null():
    assert one("yesterday", pub=None) is None
    assert one("on Monday", pub=None) is None
    assert one("last year", pub=None) is None
    assert one("on 24.02.2025", pub=None).date == "2025-02-24"


@pytest.mark.parametrize(
    "text",
    [
        "Russia may attack the border.",
        "Protesters march to the square.",
        "the 2023 elections",
        "He can march in.",
    ],
)
def test_words_that_are_not_dates(text):
    assert find_expressions(text) == []


def test_impossible_dates_resolve_to_null():
    assert one("on February 30, 2025") is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("over the weekend", "2025-06"),  # June 28-29
        ("late last month", "2025-06"),
        ("on Feb. 24", "2025-02-24"),
        ("on Sept. 11, 2001", "2001-09-11"),
        ("in mid-2024", "2024"),
        ("Monday's vote", "2025-06-30"),
    ],
)
def test_more_news_forms(text, date):
    assert one(text).date == date


def test_hours_later_stays_on_the_frames_day():
    frame = Interval.day(parse_iso("2025-02-24"))
    assert one("Hours later, they met.", frame=frame).date == "2025-02-24"


@pytest.mark.parametrize("text", ["since 2021", "by June", "until 2030", "since May 4"])
def test_bounds_are_left_out(text):
    assert find_expressions(text) == []


_WORDS = ["on", "in", "late", "early", "mid-", "May", "February", "31", "2025", "0", "99999",
          "last", "next", "year", "days", "ago", "later", "Monday", ",", ".", "the", "of",
          "week", "since", "2025-13-45", "31.02.2025", "weekend", "hours", "Sept.", "spring"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.booleans())
def test_any_word_salad_resolves_or_is_null(words, future):
    text = " ".join(words)
    for expr in find_expressions(text):
        assert text[expr.start:expr.end] == expr.text
        for pub in (PUB, None):
            interval = resolve(expr, ResolveContext(pub, Interval.day(PUB), 2020, future))
            if interval is not None:
                assert interval.start <= interval.end
                interval.to_event_date(expr.text)


@pytest.mark.parametrize(
    ("text", "date", "start", "end"),
    [
        ("talks held between May 3 and May 9", "2025-05", "2025-05-03", "2025-05-09"),
        ("the drills from June to August 2024", "2024", "2024-06-01", "2024-08-31"),
        ("between December 28 and January 3", None, "2024-12-28", "2025-01-03"),
    ],
)
def test_ranges_give_the_common_prefix_of_their_ends(text, date, start, end):
    exprs = find_expressions(text)
    assert [e.kind for e in exprs] == ["range"]
    got = resolve(exprs[0], ResolveContext(PUB)).to_event_date(exprs[0].text)
    assert (got.date, got.date_start, got.date_end) == (date, start, end)


@pytest.mark.parametrize("text", ["on 2025/02/24", "on 2025.02.24"])
def test_year_first_dates_with_other_separators(text):
    assert one(text).date == "2025-02-24"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("last December", "2024-12"),
        ("last May", "2025-05"),
        ("last July", "2024-07"),  # the publication month itself: the year before
        ("next March", "2026-03"),
    ],
)
def test_months_relative_to_publication(text, date):
    assert one(text).date == date


def test_season_without_year_is_the_latest_one():
    assert one("in the autumn", pub=parse_iso("2025-03-01")).date == "2024"


def test_the_anchor_word_shortcut_changes_no_result(monkeypatch):
    """Every sentence of the team's texts gives the same expressions with and without the
    shortcuts that skip sentences with no digit and no anchor word, and patterns whose
    gate (a piece every match holds) the sentence lacks."""
    import re
    from pathlib import Path

    from dyadwatch.when import expressions

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for folder in ("examples", "tests/gold")
             for p in sorted((root / folder).rglob("*.txt"))]
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s.strip()]
    assert len(sentences) > 500
    sentences += [  # one per kind of expression that needs no digit
        "Last year Chile protested.", "Chile protested two weeks ago.", "It rained yesterday.",
        "Chile protested last night.", "Over the weekend Peru replied.", "Hours later it fell.",
        "Earlier this month Peru replied.", "The next day Peru replied.", "At that time it fell.",
        "By then it fell.", "Now the picture changed.", "Afterwards Peru replied.",
        "Subsequently Peru replied.", "On Monday Peru replied.", "In the spring Peru replied.",
        "In early May Peru replied.", "That same morning Peru replied.", "The day before, it fell.",
        "Three days later, Peru replied.", "In mid-March Peru replied.", "Later on it fell.",
    ]
    assert sum(bool(expressions.find_expressions(s)) for s in sentences[-21:]) == 21
    sentences += [  # the kinds the per-pattern gates skip (expressions.GATED_KINDS)
        "On 2024-03-05 it fell.", "On 05.03.2024 it fell.", "On 5 and 6 March it fell.",
        "On March 5-6 it fell.", "On the 5th of March it fell.", "On March 5, 2024 it fell.",
        "In late March 2024 it fell.", "Last March it fell.", "In 2023 it fell.",
        "On Friday it fell.", "In the winter of 2023 it fell.", "Early next month it fell.",
        "This past weekend it fell.", "Last week it fell.", "Two years ago it fell.",
        "Three days later, it fell.", "Two weeks after the vote it fell.",
        "The following week it fell.", "Several hours later it fell.", "In late 2023 it fell.",
        "Early next year it fell.", "This evening it fell.", "On the same day it fell.",
        "Soon thereafter it fell.", "The night before, it fell.",
    ]
    assert all(expressions.find_expressions(s) for s in sentences[-25:])
    sentences += [  # kinds and words added from the ground4 probes
        "In the following days it fell.", "Over the next three days it fell.",
        "In the weeks that followed it fell.", "That same week it fell.",
        "The following morning it fell.", "The day before yesterday it fell.",
        "In the last days of June it fell.", "In September of last year it fell.",
        "A day later Peru replied.", "In November of that year it fell.",
    ]
    assert all(expressions.find_expressions(s) for s in sentences[-10:])
    sentences += [  # kinds gated since session 5 (a digit or ordinal, "month", a word)
        "On the 14th it fell.", "On the third it fell.", "On the 10th of this month it fell.",
        "On the twenty-first of last month it fell.", "Overnight it fell.",
        "Within days it fell.", "In the same interview he said it fell.",
        "During the visit it fell.", "But now it fell.",
    ]
    assert all(expressions.find_expressions(s) for s in sentences[-9:])
    sentences += ["This time Peru did not reply."]  # kinds added in round 7
    assert all(expressions.find_expressions(s) for s in sentences[-1:])
    sentences += ["In the afternoon Peru replied."]  # part_of_day (dates26)
    assert all(expressions.find_expressions(s) for s in sentences[-1:])
    # isdigit digits that are not ASCII (has_digit's slow branch)
    sentences += ["On 2024–0³-05 it fell.", "In ٢٠٢٣ it fell.",
                  "Last month² it fell."]
    # letters that case-blind matching reads as ASCII ones but lower() keeps (long s, dotless i)
    sentences += ["On Augu\u017ft 5 it fell.", "On Fr\u0131day it fell.", "La\u017ft week it fell."]
    with_shortcut = [expressions.find_expressions(s) for s in sentences]
    monkeypatch.setattr(expressions, "may_hold_expression", lambda text: True)
    monkeypatch.setattr(expressions.SentenceGates, "allow", lambda self, kind: True)
    without = [expressions.find_expressions(s) for s in sentences]
    assert with_shortcut == without
