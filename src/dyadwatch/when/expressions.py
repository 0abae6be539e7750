"""Find temporal expressions in text: absolute, partial, relative, fuzzy and anaphoric.

The finder only says *what* was written ("late December last year": a month with a part
and a year offset); `resolve.py` turns it into days given the publication date and the
narrative so far. Patterns are built from the word lists in data/time_words.tsv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from dyadwatch.when.lexicon import lexicon

# Words that, written just before a bare month or year, make it a time expression
# ("in May", "during 2023"); without them "May" is more often the modal verb.
_LEAD_PREPS = r"(?:in|during|throughout|on|until|till|by|since|of)"
_ORD = r"(?:st|nd|rd|th)?"


@dataclass
class TimeExpr:
    """A temporal expression found at characters [start, end) of the text searched."""

    kind: str
    start: int
    end: int
    text: str
    parts: dict[str, str] = field(default_factory=dict)  # named groups that matched

    def get(self, key: str) -> str | None:
        return self.parts.get(key)


def _alternation(words: list[str]) -> str:
    escaped = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return "(?:" + "|".join(escaped) + ")"


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    lex = lexicon()
    mon = r"(?P<mon>" + _alternation(list(lex.months)) + r")\.?"
    part = r"(?P<part>" + _alternation(list(lex.parts)) + r")"
    season = r"(?P<season>" + _alternation(list(lex.seasons)) + r")"
    weekday = r"(?P<wd>" + _alternation(list(lex.weekdays)) + r")"
    number = r"(?P<n>\d{1,3}|" + _alternation(list(lex.numbers)) + r")"
    unit = r"(?P<unit>day|week|month|year)s?"
    year = r"(?P<y>(?:1[89]|20)\d{2})(?![\d-])"
    rel = r"(?P<rel>last|this|next|past|previous|coming)"
    specs = [
        ("iso", r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
        ("numeric", r"(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"),
        ("day_month", r"(?P<d>\d{1,2})" + _ORD + r"\s+(?:of\s+)?" + mon
         + r"(?:,?\s+" + year + r")?"),
        ("month_day", mon + r"\s+(?P<d>\d{1,2})" + _ORD + r"(?![\d:])(?:,?\s+" + year + r")?"),
        ("month", r"(?:" + part + r"[\s-]+)?" + mon
         + r"(?:,?\s+(?:of\s+)?" + year + r"|\s+(?P<yrel>last|this|next)\s+year)?"),
        ("part_year", part + r"[\s-]+(?:(?P<yrel>last|this|next)\s+year|" + year + r")"),
        ("year", r"(?P<lead>" + _LEAD_PREPS + r")\s+(?:the\s+year\s+)?" + year),
        ("season", r"(?:(?:" + rel + r"|the)\s+)?" + season + r"(?:\s+(?:of\s+)?" + year + r")?"),
        ("day_word", r"(?P<word>yesterday|today|tomorrow|tonight|last\s+night"
         r"|this\s+(?:morning|afternoon|evening))"),
        ("weekday", r"(?:(?P<wrel>last|this\s+past|this|next|this\s+coming|on)\s+)?" + weekday
         + r"(?:\s+(?:morning|afternoon|evening|night))?"),
        ("unit_rel", r"(?P<urel>earlier\s+this|later\s+this|earlier\s+in\s+the|the\s+past"
         r"|last|this|next|past|the\s+coming)\s+" + unit),
        ("ago", number + r"\s+" + unit + r"\s+ago"),
        ("shift", r"(?:(?P<ardet>the)\s+)?(?:(?P<n>\d{1,3}|" + _alternation(list(lex.numbers))
         + r")\s+)?" + r"(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier|before|after)"
         r"(?=\s*[,.;:)]|\s*$)"),
        ("next_unit", r"the\s+(?P<dir>next|following|previous|same)\s+(?P<unit>day|week|month"
         r"|year)"),
        ("that_time", r"(?:at\s+that\s+time|at\s+the\s+time|by\s+then|at\s+that\s+point"
         r"|at\s+that\s+moment|(?:on\s+)?(?:that|the\s+same|that\s+same)\s+"
         r"(?:day|night|evening|morning|afternoon))"),
        ("day_before", r"the\s+(?:day|evening|night)\s+before"
         r"(?!\s+(?:the|a|an|his|her|its|their)\b)"),
        ("after_that", r"(?:after\s+that|afterwards?|subsequently|since\s+then|later\s+on"
         r"|(?:shortly|soon)\s+(?:after(?:wards?)?|thereafter)|thereafter)"),
    ]
    flags = re.IGNORECASE
    return [(kind, re.compile(r"(?<![\w-])" + pat + r"(?![\w])", flags)) for kind, pat in specs]


def _capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()


def _acceptable(kind: str, m: re.Match[str], text: str) -> bool:
    """Reject matches that are more likely not dates (the modal "may", "March" the verb)."""
    mon = m.groupdict().get("mon")
    if mon is not None and not _capitalised(m.group("mon")):
        return False
    if kind == "month" and not (m.group("part") or m.group("y") or m.group("yrel")):
        before = text[max(0, m.start() - 24):m.start()]
        if not re.search(r"\b" + _LEAD_PREPS + r"\s+(?:early\s+|late\s+)?$", before, re.I):
            return False
    if kind == "weekday" and not _capitalised(m.group("wd")):
        return False
    if kind == "season" and not (m.group("rel") or m.group("y")):
        before = text[max(0, m.start() - 12):m.start()]
        if not re.search(r"\b(?:in|during|this|last|next)\s+$", before, re.I):
            return False
    return True


# Words before an expression that make it a bound, not the time of the event:
# "the first talks since 2022", "must leave by June".
BOUND_LEADS = frozenset({"since", "until", "till", "by", "before", "after", "from", "through"})


def _lead_word(text: str, start: int) -> str:
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 16):start])
    return words[-1].lower() if words else ""


def find_expressions(text: str) -> list[TimeExpr]:
    """All non-overlapping temporal expressions in `text`, longest first at each place.

    Expressions that only bound the event ("since 2021", "by June") are left out."""
    found: list[TimeExpr] = []
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            if not _acceptable(kind, m, text):
                continue
            parts = {k: v for k, v in m.groupdict().items() if v is not None}
            found.append(TimeExpr(kind, m.start(), m.end(), m.group(0), parts))
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    chosen: list[TimeExpr] = []
    for expr in found:
        if chosen and expr.start < chosen[-1].end:
            continue
        chosen.append(expr)
    return [e for e in chosen if not _is_bound(e, text)]


def _is_bound(expr: TimeExpr, text: str) -> bool:
    lead = (expr.get("lead") or _lead_word(text, expr.start)).lower()
    return lead in BOUND_LEADS
