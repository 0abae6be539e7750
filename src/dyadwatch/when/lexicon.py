"""Time words (months, weekdays, number words, parts of months, seasons) from data/."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from dyadwatch.tables import read_tsv


@dataclass(frozen=True)
class TimeLexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    parts: dict[str, tuple[int, int | None]]  # first day, last day (None: end of month)
    seasons: dict[str, tuple[int, int]]  # first month, last month
    ordinals: dict[str, int]  # "second" -> 2: days of the month written as words
    episodes: frozenset[str] = frozenset()  # "in the same interview": nouns told once
    continuations: frozenset[str] = frozenset()  # "later", "in response": the story goes on
    told_as: tuple[tuple[str, str], ...] = ()  # (noun, CAMEO prefix): "the allegations" = 112
    makes: frozenset[str] = frozenset()  # verbs that make what they act on: "signed a 2015 deal"
    statements: frozenset[str] = frozenset()  # "in a statement, X demanded": said in writing
    same_as: tuple[tuple[str, str], ...] = ()  # ("meeting", "talks"): told under another name
    plain_says: frozenset[str] = frozenset()  # "said/told/stated": the publication-date verbs
    besides: frozenset[str] = frozenset()  # "speaking alongside X": said in a joint appearance
    readouts: frozenset[str] = frozenset()  # "according to a readout": an account of a meeting
    told_in: frozenset[str] = frozenset()  # "in the protest note, X called on Y": a message
    say_phrases: frozenset[str] = frozenset()  # "pointed out that": verb + particle of saying
    holds: frozenset[str] = frozenset()  # "a service held on Sunday": a participle of an occasion
    holidays: dict[str, tuple[int, int]] = field(default_factory=dict)  # "Christmas Day": 12-25
    # a verb that tells an occasion, and the occasion's noun ("meet": "meeting")
    meets: dict[str, str] = field(default_factory=dict)
    # "the first half of 2019", "the end of 2014": a noun naming a stretch of a year, not a
    # thing the year names
    periods: frozenset[str] = frozenset()

    def number(self, word: str) -> int | None:
        word = " ".join(word.lower().split())
        if word.isdigit():
            return int(word)
        return self.numbers.get(word)

    def day(self, word: str) -> int | None:
        """A day of the month: digits or an ordinal word ("second")."""
        word = word.lower()
        return int(word) if word.isdigit() else self.ordinals.get(word)


def _day_range(value: str) -> tuple[int, int | None]:
    first, last = value.split("-")
    return int(first), (None if last == "end" else int(last))


def _month_range(value: str) -> tuple[int, int]:
    first, last = value.split("-")
    return int(first), int(last)


@cache
def lexicon() -> TimeLexicon:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    numbers: dict[str, int] = {}
    parts: dict[str, tuple[int, int | None]] = {}
    seasons: dict[str, tuple[int, int]] = {}
    ordinals: dict[str, int] = {}
    episodes: set[str] = set()
    continuations: set[str] = set()
    told_as: list[tuple[str, str]] = []
    makes: set[str] = set()
    statements: set[str] = set()
    same_as: list[tuple[str, str]] = []
    plain_says: set[str] = set()
    besides: set[str] = set()
    readouts: set[str] = set()
    told_in: set[str] = set()
    say_phrases: set[str] = set()
    holds: set[str] = set()
    holidays: dict[str, tuple[int, int]] = {}
    meets: dict[str, str] = {}
    periods: set[str] = set()
    for row in read_tsv("time_words.tsv"):
        kind, word, value = row["kind"], row["word"].lower(), row["value"]
        if kind == "month":
            months[word] = int(value)
        elif kind == "weekday":
            weekdays[word] = int(value)
        elif kind == "number":
            numbers[word] = int(value)
        elif kind == "part":
            parts[word] = _day_range(value)
        elif kind == "season":
            seasons[word] = _month_range(value)
        elif kind == "ordinal":
            ordinals[word] = int(value)
        elif kind == "episode":
            episodes.add(word)
        elif kind == "continue":
            continuations.add(word)
        elif kind == "told_as":
            told_as.append((word, value))
        elif kind == "makes":
            makes.add(word)
        elif kind == "statement":
            statements.add(word)
        elif kind == "same_as":
            same_as.append((word, value.lower()))
        elif kind == "plain_say":
            plain_says.add(word)
        elif kind == "beside":
            besides.add(word)
        elif kind == "readout":
            readouts.add(word)
        elif kind == "told_in":
            told_in.add(word)
        elif kind == "say_phrase":
            say_phrases.add(word)
        elif kind == "holds":
            holds.add(word)
        elif kind == "holiday":
            month, day = value.split("-")
            holidays[word] = (int(month), int(day))
        elif kind == "meets":
            meets[word] = value.lower()
        elif kind == "period":
            periods.add(word)
    return TimeLexicon(months, weekdays, numbers, parts, seasons, ordinals, frozenset(episodes),
                       frozenset(continuations), tuple(told_as), frozenset(makes),
                       frozenset(statements), tuple(same_as), frozenset(plain_says),
                       frozenset(besides), frozenset(readouts),
                       frozenset(told_in), frozenset(say_phrases), frozenset(holds),
                       holidays, meets, frozenset(periods | seasons.keys()))
