"""Resolve a temporal expression to an interval of days, then to a dated value.

Every expression becomes an interval [start, end]; the event's date is the common prefix of
the two ends (same day: day precision, same month: month, same year: year, else null). This
one rule covers exact dates, "early May" (May 1-10: month), "last week" (Monday-Sunday:
month or year) and events only bounded by two dates.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dyadwatch.pipeline import EventDate
from dyadwatch.when.expressions import TimeExpr
from dyadwatch.when.lexicon import lexicon


@dataclass(frozen=True)
class Interval:
    start: date
    end: date

    @classmethod
    def day(cls, d: date) -> Interval:
        return cls(d, d)

    @classmethod
    def month(cls, year: int, month: int) -> Interval:
        return cls(date(year, month, 1), date(year, month, _month_len(year, month)))

    @classmethod
    def year(cls, year: int) -> Interval:
        return cls(date(year, 1, 1), date(year, 12, 31))

    def shift(self, days: int) -> Interval:
        return Interval(self.start + timedelta(days=days), self.end + timedelta(days=days))

    def to_event_date(self, text: str | None) -> EventDate:
        start, end = self.start.isoformat(), self.end.isoformat()
        if start == end:
            value, precision = start, "day"
        elif start[:7] == end[:7]:
            value, precision = start[:7], "month"
        elif start[:4] == end[:4]:
            value, precision = start[:4], "year"
        else:
            value, precision = None, None
        return EventDate(value, precision, text, start, end)


@dataclass
class ResolveContext:
    pub: date | None  # publication date
    frame: Interval | None = None  # the narrative's current time frame
    ref_year: int | None = None  # year for partial dates when there is no publication date
    future: bool = False  # the event has not happened: "on Monday" means the next Monday
    latest: Interval | None = None  # the latest time the narrative has reached (its news peg)
    episodes: dict[str, Interval | None] | None = None  # "interview" -> when told (None: a plan)
    # the year the text wrote last, when it differs from the narrative's: "since 1993.
    # Turkey closed the border that year" (see the date stage, _year_named)
    named_year: int | None = None
    peg: Interval | None = None  # the latest specific time (a month at most) the story told
    past: bool = False  # told of a verb in the past tense: no day ahead of publication


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _month_len(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# a day written without a year, at most this many days after publication, is the coming one
# even for an act not marked future (an order "from Aug 6" in a July article, a deadline "by
# Aug 10"); a day further ahead is last year's
UPCOMING_DAYS = 31


def _year_for(month: int, day: int, ctx: ResolveContext, ahead: int = 0) -> int | None:
    """Year of a date written without one: the latest such date on or before publication,
    or at most `ahead` days after it (the next one for future acts); without a publication
    date, the narrative's year. The date may fall in the year before or after publication's:
    "on Dec 28" told on Jan 3 is last December's, "talks on Jan 5" told on Dec 20 (a verb not
    in the past) the coming January's."""
    if ctx.pub is None:
        return ctx.ref_year
    candidates = [(year, d) for year in (ctx.pub.year - 1, ctx.pub.year, ctx.pub.year + 1)
                  if (d := _safe_date(year, month, min(day, _month_len(year, month))))]
    if not candidates:
        return None
    if ctx.future:
        return next((year for year, d in candidates if d >= ctx.pub), ctx.pub.year + 1)
    behind = [year for year, d in candidates if (d - ctx.pub).days <= ahead]
    return behind[-1] if behind else ctx.pub.year - 1


def _relative_year(word: str | None, ctx: ResolveContext) -> int | None:
    if ctx.pub is None:
        return None
    return ctx.pub.year + {"last": -1, "this": 0, "next": 1}.get((word or "this").lower(), 0)


def _part_interval(part: str | None, year: int, month: int) -> Interval:
    whole = Interval.month(year, month)
    if not part:
        return whole
    first, last = lexicon().parts[" ".join(part.lower().split())]
    end_day = whole.end.day if last is None else min(last, whole.end.day)
    return Interval(date(year, month, first), date(year, month, end_day))


def _year_part_interval(part: str | None, year: int) -> Interval:
    """"early 2024": the first third of the year; "mid-2024" the middle; "late" the end."""
    if not part:
        return Interval.year(year)
    words = " ".join(part.lower().split())
    first, last = lexicon().parts[words]
    if words.endswith(" of") and last is None:
        # "at the end of 1999": the year's last month ("at the beginning of the year" stays
        # its first third: told in March, it may be February)
        return Interval.month(year, 12)
    if first <= 1:
        return Interval(date(year, 1, 1), date(year, 4, 30))
    if last is not None and last <= 20:
        return Interval(date(year, 5, 1), date(year, 8, 31))
    return Interval(date(year, 9, 1), date(year, 12, 31))


def _r_exact(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    year, month, day = int(e.get("y")), int(e.get("m")), int(e.get("d"))
    if e.kind == "numeric" and e.get("sep") == "/" and month > 12 >= day:
        month, day = day, month  # 02/24/2025: the US order
    d = _safe_date(year, month, day)
    return Interval.day(d) if d else None


def _r_day_month(e: TimeExpr, ctx: ResolveContext, ahead: int = UPCOMING_DAYS
                 ) -> Interval | None:
    month = lexicon().months[e.get("mon").lower().rstrip(".")]
    day = lexicon().day(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", e.get("d")))
    if day is None:
        return None
    if e.get("y"):
        year = int(e.get("y"))
    elif e.get("yrel"):  # "Oct. 8 last year"
        year = _relative_year(e.get("yrel"), ctx)
    else:
        year = _year_for(month, day, ctx, 0 if ctx.past else ahead)
    if year is None:
        return None
    d = _safe_date(year, month, day)
    return Interval.day(d) if d else None


def _r_holiday(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"On Christmas Day": that day of the year written, else the latest one on or before
    publication (the next one for a future act), like a date written without its year."""
    name = " ".join(e.get("hol").lower().replace("\u2019", "'").split())
    month, day = lexicon().holidays[name]
    year = int(e.get("y")) if e.get("y") else _year_for(month, day, ctx)
    if year is None:
        return None
    d = _safe_date(year, month, day)
    return Interval.day(d) if d else None


def _r_day_pair(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"5 and 6 March": the two days and those between (a multi-day event). A visit "from
    14 to 17 January" told on the 16th is under way: the publication year's, not the one
    before (the latest such days wholly before publication)."""
    last = _r_day_month(e, ctx, ahead=0)  # (a span ahead is last year's, or under way)
    if last is None:
        return None
    first = _safe_date(last.end.year, last.end.month, int(e.get("d1")))
    if first is None or first > last.end:
        return None
    if not e.get("y") and not e.get("yrel"):
        under_way = _under_way(first, last.end, ctx)
        if under_way is not None:
            return under_way
    return Interval(first, last.end)


# How far past publication a span written without its year may end and still be the one
# under way when the text was written, in days.
_UNDER_WAY_DAYS = 31


def _under_way(first: date, last: date, ctx: ResolveContext) -> Interval | None:
    """The span [first, last], resolved as past to the year before publication, moved to the
    publication year when it then starts on or before publication and ends soon after it."""
    pub = ctx.pub
    if pub is None or ctx.future or last.year != pub.year - 1:
        return None
    start = _safe_date(first.year + 1, first.month, first.day)
    end = _safe_date(last.year + 1, last.month, last.day)
    if start is None or end is None or not start <= pub < end \
            or (end - pub).days > _UNDER_WAY_DAYS:
        return None
    return Interval(start, end)


def _r_month(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    month = lexicon().months[e.get("mon").lower().rstrip(".")]
    if e.get("y"):
        year = int(e.get("y"))
    elif (e.get("yrel") or "").lower() in ("that", "the same") or " " in (e.get("yrel") or ""):
        # "in November of that year": the year just named, else the narrative's
        if ctx.named_year is not None:
            year = ctx.named_year
        elif ctx.frame is None or ctx.frame.start.year != ctx.frame.end.year:
            return None
        else:
            year = ctx.frame.start.year
    elif e.get("yrel"):
        year = _relative_year(e.get("yrel"), ctx)
    else:
        year = _year_for(month, 1, ctx)
    if year is None:
        return None
    return _part_interval(e.get("part"), year, month)


def _r_part_year(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    if (e.get("yrel") or "").lower() == "the" and ctx.frame is not None \
            and ctx.frame.start.year == ctx.frame.end.year:
        return _year_part_interval(e.get("part"), ctx.frame.start.year)  # the story's year
    year = int(e.get("y")) if e.get("y") else _relative_year(e.get("yrel"), ctx)
    return _year_part_interval(e.get("part"), year) if year is not None else None


def _r_rel_month(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"last December": the latest December before the publication month; "next March"
    the first one after it; "this May" the publication year's."""
    if ctx.pub is None:
        return None
    month = lexicon().months[e.get("mon").lower().rstrip(".")]
    rel = " ".join(e.get("mrel").lower().split())
    year = ctx.pub.year
    if rel in ("last", "this past") and month >= ctx.pub.month:
        year -= 1
    elif rel in ("next", "this coming") and month <= ctx.pub.month:
        year += 1
    return Interval.month(year, month)


def _r_part_month(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"late last month", "earlier this month" written as "early this month"; "at the end
    of the month": the narrative's month when it is in one, else the publication's."""
    rel = e.get("mrel").lower()
    if rel == "the" and ctx.frame is not None and _one_month(ctx.frame):
        told = _part_interval(e.get("part"), ctx.frame.start.year, ctx.frame.start.month)
        if not _before_the_day_told(told, ctx):
            return told
    if ctx.pub is None:
        return None
    step = {"last": -1, "this": 0, "next": 1, "the": 0}[rel]
    year, month = _add_months(ctx.pub.year, ctx.pub.month, step)
    return _part_interval(e.get("part"), year, month)


def _before_the_day_told(told: Interval, ctx: ResolveContext) -> bool:
    """"On the 24th of March ... After this ... In the middle of the month the ministry handed
    a note" (published April 30): a part of the narrative's month wholly before the day the
    narrative has reached is not where the story goes on; the month is the one of writing,
    as a translated "in the middle of the month" means (a flashback names its month)."""
    frame, pub = ctx.frame, ctx.pub
    if frame is None or pub is None or (frame.end - frame.start).days > 7:
        return False
    if told.end >= frame.start or (pub.year, pub.month) <= (frame.start.year, frame.start.month):
        return False
    return _part_interval(None, pub.year, pub.month).start <= pub


def _one_month(interval: Interval) -> bool:
    return (interval.start.year, interval.start.month) == (interval.end.year, interval.end.month)


def _r_month_day_only(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"on the 14th": that day of the narrative's month, else the latest such day on or
    before publication (the next one for future acts). A frame in a month before the
    story's latest specific time is a passing mention ("the fire in August"), not the
    story's month: the latter's month then."""
    day = lexicon().day(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", e.get("d")))
    if day is None:
        return None
    month = ctx.frame if ctx.frame is not None and _one_month(ctx.frame) else None
    if month is not None and ctx.peg is not None and _one_month(ctx.peg) \
            and (month.end.year, month.end.month) < (ctx.peg.start.year, ctx.peg.start.month):
        month = ctx.peg
    if month is not None:
        d = _safe_date(month.start.year, month.start.month, day)
        if d is None or ctx.future or ctx.pub is None or d <= ctx.pub:
            return Interval.day(d) if d else None
        # a past act on a day after publication in the story's month: that day is in the
        # month before, read from the publication date below
    if ctx.pub is None:
        return None
    step = 0
    if day > ctx.pub.day and not ctx.future:
        step = -1
    elif day < ctx.pub.day and ctx.future:
        step = 1
    year, month = _add_months(ctx.pub.year, ctx.pub.month, step)
    d = _safe_date(year, month, day)
    return Interval.day(d) if d else None


def _r_day_only_pair(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"on the 3rd and 4th": the month "on the 4th" falls in, from the first day to it."""
    last = _r_month_day_only(e, ctx)
    if last is None:
        return None
    first = _safe_date(last.end.year, last.end.month,
                       int(re.sub(r"(?:st|nd|rd|th)$", "", e.get("d1"))))
    return Interval(first, last.end) if first and first <= last.end else None


# "the 17th of that month": a day of the month told before, not of the publication's
_TOLD_MONTH_RELS = frozenset({"that", "that same", "the same"})


def _r_day_of_rel_month(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"on the 10th of this month": that day of the month "last/this/next month" names;
    "the 17th of that month": of the month the narrative (or the sentence) is in."""
    rel = " ".join(e.get("mrel").lower().split())
    if rel in _TOLD_MONTH_RELS:
        month = _r_that_unit(TimeExpr("that_unit", e.start, e.end, e.text, {"unit": "month"}),
                             ctx)
    else:
        month = _r_part_month(TimeExpr("part_month", e.start, e.end, e.text,
                                       {"mrel": rel}), ctx)
    day = lexicon().day(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", e.get("d")))
    if month is None or day is None:
        return None
    d = _safe_date(month.start.year, month.start.month, day)
    return Interval.day(d) if d else None


def _r_overnight(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"overnight": the night into the narrative's day, else into the publication day; the
    news dates it by the morning it is reported ("on Tuesday ... fired overnight")."""
    if ctx.frame is not None and (ctx.frame.start == ctx.frame.end or ctx.pub is None):
        return ctx.frame
    # a frame of several days ("over the weekend") does not say which night: the news
    # reports a night's events the next morning, so the publication day
    return Interval.day(ctx.pub) if ctx.pub is not None else ctx.frame


# How far "within hours / days / weeks" reaches past the narrative's time, in days.
_WITHIN_DAYS = {"hours": 0, "days": 7, "weeks": 21}  # "within hours": the same day


def _r_within(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"recalled its ambassador within days": soon after the narrative's time."""
    if ctx.frame is None:
        return None
    reach = _WITHIN_DAYS[e.get("unit").lower()]
    if 4 * reach <= (ctx.frame.end - ctx.frame.start).days:
        return ctx.frame  # "within days" of "in January": still January as far as told
    return Interval(ctx.frame.start, ctx.frame.end + timedelta(days=reach))


def _told_episode(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """When the text told of the occasion the expression names, under that name or another
    (data/time_words.tsv, same_as: "after the meeting" for talks told before). Under another
    name only one day counts: "a visit in 2016" is another occasion than "the meeting"."""
    noun = " ".join(e.get("episode").lower().split())
    episodes = ctx.episodes or {}
    told = episodes.get(noun)
    if told is None:
        told = next((episodes[other] for name, other in lexicon().same_as
                     if name == noun and episodes.get(other) is not None
                     and episodes[other].start == episodes[other].end), None)
    return told


def _r_same_episode(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"In the same interview", "told the same news conference", "during that visit": when
    the text told of that occasion, else the narrative's time."""
    told = _told_episode(e, ctx)
    return told if told is not None else ctx.frame


def _r_same_day_as(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"met him the same day as the talks": the day the text told the talks of, when it told
    one; else the narrative's day, as "the same day" alone."""
    told = _told_episode(e, ctx)
    if told is not None and told.start == told.end:
        return told
    return ctx.frame


def _r_told_episode(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"During the visit", "after the talks": when the text told of that occasion; when it
    named none by that name ("speaking after the vote" on a bill passed on Wednesday), the
    story's latest specific day when that is news of the last days, else nothing (a
    meeting named as a plan has no day yet)."""
    told = _told_episode(e, ctx)
    noun = " ".join(e.get("episode").lower().split())
    if told is not None or ctx.peg is None or ctx.pub is None or noun in (ctx.episodes or {}):
        return told
    if ctx.peg.start == ctx.peg.end and 0 <= (ctx.pub - ctx.peg.end).days <= 7:
        return ctx.peg
    return None


def _r_eve_of(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"On the eve of the meeting": the day before the day the text told the occasion of;
    nothing when it told no single day (a summit of several days, or one not dated)."""
    told = _told_episode(e, ctx)
    if told is None or told.start != told.end:
        return None
    return Interval.day(told.start - timedelta(days=1))


def _r_after_act(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"Suspended work after the attack": between the day the text told the act of and the
    report (the conventions' bounds: their common month or year); nothing when it told none."""
    told = _told_episode(e, ctx)
    if told is None or ctx.pub is None or told.start > ctx.pub:
        return None
    return Interval(told.start, ctx.pub)


def _r_weekend(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """The Saturday and Sunday on or before publication (the one before for "last")."""
    if ctx.pub is None:
        return None
    sunday = ctx.pub + timedelta(days=6 - ctx.pub.weekday())
    if ctx.pub.weekday() < 5 or e.get("wkrel").lower() == "last":
        sunday -= timedelta(days=7)
    return Interval(sunday - timedelta(days=1), sunday)


def _r_hours(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"hours later": the same day as the narrative's frame."""
    return ctx.frame


def _r_year(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    return Interval.year(int(e.get("y")))


def _r_season(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    first, last = lexicon().seasons[e.get("season").lower()]
    if e.get("y"):
        year = int(e.get("y"))
    elif ctx.pub is None:
        return None
    else:
        shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}
        year = ctx.pub.year + shift.get((e.get("rel") or "").lower(), 0)
    if not e.get("y") and not e.get("rel") and ctx.pub is not None and not ctx.future \
            and date(year, first, 1) > ctx.pub:
        year -= 1  # "in the summer", written in spring: last summer
    if first <= last:
        return Interval(date(year, first, 1), Interval.month(year, last).end)
    return Interval(date(year - 1, first, 1), Interval.month(year, last).end)


def _r_day_word(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    if ctx.pub is None:
        return None
    word = " ".join(e.get("word").lower().split())
    if word.startswith("the "):
        word = word[4:]
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1, "day before yesterday": -2,
              "day after tomorrow": 2}.get(word, 0)
    return Interval.day(ctx.pub + timedelta(days=offset))


def _r_weekday(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    if ctx.pub is None:
        return None
    want = lexicon().weekdays[e.get("wd").lower()]
    rel = " ".join((e.get("wrel") or "").lower().split())
    if rel in ("the past", "the last"):
        rel = "this past"  # "the past Sunday": the latest one before publication
    week = (e.get("wweek") or "").lower()
    if week:  # "on Monday last week": that day of the week before publication's week
        monday = ctx.pub - timedelta(days=ctx.pub.weekday())
        return Interval.day(monday + timedelta(days=want + (7 if week == "next" else -7)))
    back = (ctx.pub.weekday() - want) % 7
    ahead = (want - ctx.pub.weekday()) % 7
    if rel == "last":
        return Interval.day(ctx.pub - timedelta(days=back or 7))
    if rel in ("next", "this coming"):
        return Interval.day(ctx.pub + timedelta(days=ahead or 7))
    if ctx.future and rel != "this past":
        return Interval.day(ctx.pub + timedelta(days=ahead))
    return Interval.day(ctx.pub - timedelta(days=back))


def _week_of(d: date) -> Interval:
    monday = d - timedelta(days=d.weekday())
    return Interval(monday, monday + timedelta(days=6))


def _unit_interval(unit: str, d: date) -> Interval:
    if unit == "day":
        return Interval.day(d)
    if unit == "week":
        return _week_of(d)
    if unit == "month":
        return Interval.month(d.year, d.month)
    return Interval.year(d.year)


def _shift_date(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    months = n if unit == "month" else 12 * n
    year, month = _add_months(d.year, d.month, months)
    return date(year, month, min(d.day, _month_len(year, month)))


def _r_unit_rel(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    if ctx.pub is None:
        return None
    rel = " ".join(e.get("urel").lower().split())
    unit = e.get("unit").lower()
    whole = _unit_interval(unit, ctx.pub)
    if rel in ("recent", "the last"):
        rel = "the past"
    if rel in ("earlier this", "earlier in the"):
        if whole.start == ctx.pub and unit in ("month", "year"):
            # "Earlier in the month, ..." published on the 1st: nothing of this month came
            # before; the story's month is the one just ended
            return _unit_interval(unit, _shift_date(ctx.pub, unit, -1))
        return Interval(whole.start, ctx.pub)
    if rel == "later this":
        return Interval(ctx.pub, whole.end)
    if e.text.rstrip().lower().endswith("s"):
        return _plural_span(rel, unit, ctx.pub)  # "the coming days", "the past weeks"
    if rel in ("the past", "past"):
        return Interval(_shift_date(ctx.pub, unit, -1), ctx.pub)
    step = {"last": -1, "next": 1, "the coming": 1}.get(rel, 0)
    return _unit_interval(unit, _shift_date(ctx.pub, unit, step))


# How far "the past days/weeks/months/years" reach, in that unit: a few of them.
_FEW = 3


def _plural_span(rel: str, unit: str, pub: date) -> Interval:
    if rel in ("next", "the coming"):
        return Interval(pub + timedelta(days=1), _shift_date(pub, unit, _FEW))
    return Interval(_shift_date(pub, unit, -_FEW), pub)


def _count(e: TimeExpr) -> int | None:
    raw = e.get("n")
    return 1 if raw is None else lexicon().number(raw)


def _r_ago(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    n = _count(e)
    if ctx.pub is None or n is None:
        return None
    unit = e.get("unit").lower()
    if unit == "year" and n == 1:
        # "a year ago": about the same time last year, the month a year before publication
        # (not the whole year: "two years ago" is only the year)
        back = _shift_date(ctx.pub, unit, -1)
        return Interval.month(back.year, back.month)
    return _unit_interval(unit, _shift_date(ctx.pub, unit, -n)) if unit != "day" else \
        Interval.day(ctx.pub - timedelta(days=n))


def _shift_frame(frame: Interval, unit: str, n: int) -> Interval:
    if unit == "day" or unit == "week":
        days = n if unit == "day" else 7 * n
        if 4 * abs(days) <= (frame.end - frame.start).days + 1:
            # "the next day" after "in October": still October as far as the text tells;
            # a shift small against the frame keeps the frame, no finer than its precision.
            return frame
        return frame.shift(days)
    # "a month later", "a year earlier": counted in months or years, not to the day; the
    # whole months (years) the shifted frame falls in
    start, end = _shift_date(frame.start, unit, n), _shift_date(frame.end, unit, n)
    if unit == "month":
        return Interval(Interval.month(start.year, start.month).start,
                        Interval.month(end.year, end.month).end)
    return Interval(Interval.year(start.year).start, Interval.year(end.year).end)


def _r_shift(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"three days later", "a week earlier": relative to the narrative's frame."""
    n = _count(e)
    if ctx.frame is None or n is None:
        return None
    sign = 1 if e.get("dir").lower() in ("later", "after") else -1
    unit = e.get("unit").lower()
    if e.get("n") is None and not e.get("ardet") and re.search(unit + r"s\b", e.text, re.I):
        return _vague_shift(ctx, unit, sign)
    return _shift_frame(ctx.frame, unit, sign * n)


def _vague_shift(ctx: ResolveContext, unit: str, sign: int) -> Interval:
    """"Weeks later", "days earlier": some units after (before) the frame, no more than a
    few and never after publication: only bounded. The frame's own span stays possible:
    "weeks later" after "in November" may still be November. "Days later" after a month
    stays that month, as "the next day" does (see _shift_frame): a shift small against the
    frame keeps it."""
    frame = ctx.frame
    if unit == "day" and 4 * _FEW <= (frame.end - frame.start).days + 1:
        return frame
    if sign > 0:
        end = _shift_date(frame.end, unit, _FEW)
        if ctx.pub is not None and ctx.pub > frame.end:
            end = min(end, ctx.pub)
        start = frame.start + timedelta(days=1)
        return Interval(start, max(end, start))
    start = _shift_date(frame.start, unit, -_FEW)
    return Interval(start, frame.end - timedelta(days=1))


_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def _r_following_units(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"In the following days", "over the next three days": after the narrative's time, by
    a few units (or the number given), never after publication."""
    if ctx.frame is None:
        return None
    unit = (e.get("unit") or e.get("unit2")).lower()
    if e.get("n") is None:
        return _vague_shift(ctx, unit, 1)
    n = _count(e)
    if n is None:
        return None
    end = _shift_date(ctx.frame.end, unit, n)
    if ctx.pub is not None and ctx.pub > ctx.frame.end:
        end = min(end, ctx.pub)
    return Interval(ctx.frame.end + timedelta(days=1), max(end, ctx.frame.end + timedelta(days=1)))


def _r_that_unit(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"That same week", "that month": the narrative's week, month or year; "that year" is
    the year the text just named when that is another ("the first time since 1993. Turkey
    closed the border that year")."""
    unit = e.get("unit").lower()
    if unit == "year" and ctx.named_year is not None:
        return Interval.year(ctx.named_year)
    if ctx.frame is None:
        return None
    return _unit_interval(unit, ctx.frame.start)


def _r_next_unit(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    direction = e.get("dir").lower()
    step = {"next": 1, "following": 1, "previous": -1}.get(direction, 0)
    unit = e.get("unit").lower()
    if step == 0 and unit == "year" and ctx.named_year is not None:
        return Interval.year(ctx.named_year)  # "the same year": the one just named
    if ctx.frame is None:
        return None
    if unit in _DAY_PARTS:
        unit = "day"  # "the following morning": the next day
    if step == 0:
        return ctx.frame if unit == "day" else _unit_interval(unit, ctx.frame.start)
    shifted = _shift_frame(ctx.frame, unit, step)
    return shifted if unit == "day" else _unit_interval(unit, shifted.start)


def shift_interval(interval: Interval, e: TimeExpr, sign: int) -> Interval | None:
    """`interval` moved by the expression's count of units ("two days"), times sign; with no
    count ("days after"), some units (a few at most) after or before it: only bounded."""
    if e.get("vague") and e.get("n") is None:
        unit = e.get("unit").lower()
        if sign > 0:
            return Interval(interval.end + timedelta(days=1),
                            _shift_date(interval.end, unit, _FEW))
        return Interval(_shift_date(interval.start, unit, -_FEW),
                        interval.start - timedelta(days=1))
    n = _count(e)
    if n is None:
        return None
    return _shift_frame(interval, e.get("unit").lower(), sign * n)


def _r_offset(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"two days after the court jailed him" dates the clause it introduces, not the
    clause it hangs on: resolved by the date stage from the main clause's date."""
    return None


def _r_that_time(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    return ctx.frame


def _r_this_time(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"this time": the occasion the story is about, its latest specific time."""
    return ctx.peg or ctx.latest


def _r_now(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"Now the picture changed": back from a flashback to the story's latest time."""
    return ctx.latest


def _r_day_before(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    return ctx.frame.shift(-1) if ctx.frame is not None else None


# "afterwards", "after that", "later on", "soon after": the next step of the occasion just
# told, on its day; "subsequently", "since then", "thereafter" may reach much later.
_SAME_OCCASION_AFTER = re.compile(r"(?:after\s+that|afterwards?|later\s+on|(?:shortly|soon)"
                                  r"\s+after(?:wards?)?)$", re.I)


def _r_in_the_day(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"Later in the day", "earlier in the evening": the day of the scene told, when the
    narrative is at one day; else the day of publication (a wire story's own day)."""
    if ctx.frame is not None and ctx.frame.start == ctx.frame.end:
        return ctx.frame
    if ctx.frame is None and ctx.pub is not None:
        return Interval.day(ctx.pub)
    return None


def _r_part_of_day(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """"had phoned Tajani in the afternoon": a part of the scene's day when the narrative
    is at one day; else of the day of publication (a wire story's own day), even while the
    narrative is at a longer time."""
    return _r_in_the_day(e, ctx) or (Interval.day(ctx.pub) if ctx.pub is not None else None)


def _r_after_that(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """The day of the occasion just told when the frame is one day and the words go on with
    it ("held talks on the 12th. Afterwards the leaders witnessed the signing"); otherwise
    only bounded: after the frame, not after publication."""
    if ctx.frame is None or ctx.pub is None or ctx.pub < ctx.frame.end:
        return None
    if ctx.frame.start == ctx.frame.end and _SAME_OCCASION_AFTER.match(e.text.strip()):
        return ctx.frame
    if ctx.pub == ctx.frame.end:
        return None
    return Interval(ctx.frame.end + timedelta(days=1), ctx.pub)


_RESOLVERS = {
    "this_time": _r_this_time,
    "iso": _r_exact,
    "numeric": _r_exact,
    "day_month": _r_day_month,
    "month_day": _r_day_month,
    "holiday": _r_holiday,
    "day_pair": _r_day_pair,
    "month_day_pair": _r_day_pair,
    "month": _r_month,
    "that_month": _r_month,
    "part_year": _r_part_year,
    "year": _r_year,
    "year_attr": _r_year,
    "part_month": _r_part_month,
    "rel_month": _r_rel_month,
    "weekend": _r_weekend,
    "hours": _r_hours,
    "season": _r_season,
    "day_word": _r_day_word,
    "weekday": _r_weekday,
    "unit_rel": _r_unit_rel,
    "ago": _r_ago,
    "shift": _r_shift,
    "shift_start": _r_shift,
    "next_unit": _r_next_unit,
    "that_time": _r_that_time,
    "offset": _r_offset,
    "day_before": _r_day_before,
    "eve": _r_day_before,
    "now": _r_now,
    "after_that": _r_after_that,
    "in_the_day": _r_in_the_day,
    "part_of_day": _r_part_of_day,
    "month_day_only": _r_month_day_only,
    "day_only_pair": _r_day_only_pair,
    "overnight": _r_overnight,
    "day_of_rel_month": _r_day_of_rel_month,
    "within": _r_within,
    "same_episode": _r_same_episode,
    "told_episode": _r_told_episode,
    "eve_of": _r_eve_of,
    "after_act": _r_after_act,
    "same_day_as": _r_same_day_as,
    "told_in": _r_told_episode,
    "following_units": _r_following_units,
    "that_unit": _r_that_unit,
}

# Expressions that need the narrative's frame (they say nothing on their own).
ANAPHORIC = frozenset({"shift", "shift_start", "next_unit", "that_time", "day_before", "eve",
                       "after_that", "in_the_day", "part_of_day", "hours", "now", "within",
                       "same_episode", "told_episode", "told_in", "same_day_as", "eve_of",
                       "after_act",
                       "overnight",
                       "following_units", "that_unit"})


def _r_range(e: TimeExpr, ctx: ResolveContext) -> Interval | None:
    """Both ends resolved; the event lies between the first's start and the second's end."""
    head, tail = e.members
    second = resolve(tail, ctx)
    if second is None:
        return None
    # a first end written without its year is the latest such date before the second end
    first_ctx = ctx if head.get("y") else ResolveContext(second.end, ctx.frame, ctx.ref_year)
    first = resolve(head, first_ctx)
    if first is None or second.end < first.start:
        return None
    if not head.get("y") and not tail.get("y"):
        under_way = _under_way(first.start, second.end, ctx)
        if under_way is not None:
            return under_way  # "from January 14 to January 17", told on the 16th
    return Interval(first.start, second.end)


def resolve(expr: TimeExpr, ctx: ResolveContext) -> Interval | None:
    if expr.kind == "range":
        return _r_range(expr, ctx)
    try:
        return _RESOLVERS[expr.kind](expr, ctx)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None  # an impossible date written in the text ("February 30")


def explicit_year(expr: TimeExpr) -> int | None:
    """The year an expression writes out, if any (for documents with no publication date)."""
    y = expr.get("y")
    return int(y) if y else None
