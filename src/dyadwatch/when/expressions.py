"""Find temporal expressions in text: absolute, partial, relative, fuzzy and anaphoric.

The finder only says *what* was written ("late December last year": a month with a part
and a year offset); `resolve.py` turns it into days given the publication date and the
narrative so far. Patterns are built from the word lists in data/time_words.tsv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from dyadwatch.tables import read_tsv
from dyadwatch.when.lexicon import lexicon

# Words that, written just before a bare month or year, make it a time expression
# ("in May", "during 2023"); without them "May" is more often the modal verb.
_LEAD_PREPS = r"(?:in|during|throughout|on|until|till|by|since|of|from|between|to|through)"
_ORD = r"(?:st|nd|rd|th)?"


@dataclass
class TimeExpr:
    """A temporal expression found at characters [start, end) of the text searched."""

    kind: str
    start: int
    end: int
    text: str
    parts: dict[str, str] = field(default_factory=dict)  # named groups that matched
    members: list[TimeExpr] = field(default_factory=list)  # the two ends of a range

    def get(self, key: str) -> str | None:
        return self.parts.get(key)


def _alternation(words: list[str]) -> str:
    escaped = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return "(?:" + "|".join(escaped) + ")"


@cache
def material_act_nouns() -> frozenset[str]:
    """The event anaphors that mean a material act ("the launch", "the raid"), not a
    statement: they refer back only to an act of roots 06-09 or 15-20."""
    return frozenset(r["lemma"].lower() for r in read_tsv("event_anaphors.tsv")
                     if r.get("kind") == "done")


def _holiday_pattern(name: str) -> str:
    """A holiday's name as a pattern: any spacing, either apostrophe ("New Year’s Day")."""
    return re.escape(name).replace(r"\ ", r"\s+").replace("'", "['\u2019]")


@cache  # built once: every sentence is searched with them
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    lex = lexicon()
    full = [m for m in lex.months if len(m) > 4 or m in ("may", "june", "july")]
    short = [m for m in lex.months if m not in full]
    mon = r"(?P<mon>" + _alternation(full) + r"|" + _alternation(short) + r"(?:\.(?!\s*$))?)"
    part = r"(?P<part>" + _alternation(list(lex.parts)) + r")"
    season = r"(?P<season>" + _alternation(list(lex.seasons)) + r")"
    weekday = r"(?P<wd>" + _alternation(list(lex.weekdays)) + r")"
    number = r"(?P<n>\d{1,3}|" + _alternation(list(lex.numbers)) + r")"
    unit = r"(?P<unit>day|week|month|year)s?"
    year = r"(?P<y>(?:1[89]|20)\d{2})(?![\d-]|[./]\d)"
    rel = r"(?P<rel>last|this|next|past|previous|coming)"
    year_told = r"(?:,?\s+" + year + r"|\s+(?P<yrel>last|this|next)\s+year)?"
    specs = [
        ("iso", r"(?P<y>\d{4})(?P<isep>[-/.])(?P<m>\d{1,2})(?P=isep)(?P<d>\d{1,2})(?!\d)"),
        ("numeric", r"(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"),
        # two days of one month: "on 5 and 6 March", "5-6 March", "March 5-6", "March 5 and 6"
        ("day_pair", r"(?P<d1>\d{1,2})" + _ORD + r"\s*(?:and|-|–|to)\s*(?P<d>\d{1,2})" + _ORD
         + r"\s+(?:of\s+)?" + mon + r"(?:,?\s+" + year + r")?"),
        ("month_day_pair", mon + r"\s+(?P<d1>\d{1,2})" + _ORD + r"\s*(?:and|-|–|to)\s*"
         r"(?P<d>\d{1,2})" + _ORD + r"(?![\d:])(?:,?\s+" + year + r")?"),
        # "8 October last year", "on Oct. 8 last year": a day of a year told relatively
        ("day_month", r"(?P<d>\d{1,2}" + _ORD + r"|" + _alternation(list(lex.ordinals))
         + r"(?=\s+of\b))\s+(?:of\s+)?" + mon + year_told),
        ("month_day", mon + r"\s+(?P<d>\d{1,2})" + _ORD + r"(?![\d:])" + year_told),
        ("month", r"(?:" + part + r"[\s-]+)?" + mon
         + r"(?:,?\s+(?:of\s+)?" + year
         + r"|\s+(?:of\s+)?(?P<yrel>last|this|next|that|the\s+same)\s+year)?"),
        # "brokered a ceasefire that November": that month of the year just told
        ("that_month", r"(?P<yrel>that)\s+" + mon + r"(?![\s,]+\d)"),
        ("rel_month", r"(?P<mrel>last|this|next|this\s+past|this\s+coming)\s+" + mon
         + r"(?![\s,]+\d)"),
        ("part_year", part + r"[\s-]+(?:(?P<yrel>last|this|next|the)\s+year|" + year + r")"),
        ("part_month", part + r"[\s-]+(?P<mrel>last|this|next|the)\s+month"),
        # "on the 14th", "on the third", "on the afternoon of the 25th": a day of the
        # month the narrative (or the publication) is in ("a note dated the 16th" too); the
        # ordinal suffix or word keeps "on the 14" of lists out
        # "on the 3rd and 4th", "from the 3rd to the 5th": two days of the narrative's month
        # (a multi-day event, so its month), before the single day below takes the first
        ("day_only_pair", r"(?:(?<=\bon\s)|(?<=\bfrom\s)|(?<=\bbetween\s))the\s+"
         r"(?P<d1>\d{1,2}(?:st|nd|rd|th))\s+(?:and|to|-|–)\s+(?:the\s+)?"
         r"(?P<d>\d{1,2}(?:st|nd|rd|th))(?!\s+(?:of\b|" + _alternation(
             [m for m in lex.months]) + r"\b))"),
        ("month_day_only", r"(?:(?<=\bon\s)|(?<=\bdated\s)|(?<=morning\sof\s)"
         r"|(?<=afternoon\sof\s)"
         r"|(?<=evening\sof\s)|(?<=night\sof\s))the\s+(?P<d>\d{1,2}(?:st|nd|rd|th)|"
         + _alternation(list(lex.ordinals)) + r")(?!\s+(?:of\b|" + _alternation(
             [m for m in lex.months]) + r"\b|day|week|month|year|time|round|anniversary))"),
        # "on the 10th of this month", "the third of last month"; translated copy: "on the
        # 17th of that month", "the 5th of the same month" (the month just told)
        ("day_of_rel_month", r"(?:the\s+)?(?P<d>\d{1,2}(?:st|nd|rd|th)|"
         + _alternation(list(lex.ordinals)) + r")\s+of\s+(?P<mrel>this|last|next|that\s+same"
         r"|the\s+same|that|the)\s+month"),
        ("overnight", r"overnight"),
        # "within days", "within hours": soon after the narrative's time (a bound, not a
        # deadline: "within 48 hours" with a number is left to the bounds)
        ("within", r"within\s+(?:a\s+few\s+|several\s+)?(?P<unit>hours|days|weeks)"
         r"(?!\s+of\b)"),
        # "in the same interview", "told the same news conference", "during that visit":
        # an occasion told before
        ("same_episode", r"(?:(?:(?:in|during|at|on|to)\s+|(?<=\btold\s)|(?<=\baddressed\s))"
         r"(?:the|that)\s+same|(?:in|during|at)\s+that)\s+(?P<episode>"
         + _alternation(sorted(lex.episodes)) + r")"),
        # "the same day as the talks": the day of an occasion told before, which need not
        # be the narrative's latest day
        ("same_day_as", r"(?:on\s+)?the\s+same\s+day\s+as\s+(?:the|that|these|those)\s+"
         r"(?P<episode>" + _alternation(sorted(lex.episodes)) + r")\b"),
        # "on Christmas Day", "on New Year's Eve 2023": a day of the calendar by its name
        ("holiday", r"(?P<hol>" + "|".join(_holiday_pattern(name) for name in sorted(
            lex.holidays, key=len, reverse=True)) + r")(?:,?\s+" + year + r")?"),
        # "on the eve of the high-level meeting": the day before an occasion told of
        ("eve_of", r"(?:on\s+)?the\s+eve\s+of\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?"
         r"(?P<episode>" + _alternation(sorted(lex.episodes)) + r")\b"),
        # "during the visit", "after the talks", "told the council before the vote": the
        # occasion the text has told of
        ("told_episode", r"(?:during|after|following|before)\s+the\s+(?P<episode>"
         + _alternation(sorted(lex.episodes)) + r")\b"),
        # "suspended work after the attack": some time between a material act told before
        # (data/event_anaphors.tsv, kind done) and the report
        ("after_act", r"(?:after|following)\s+the\s+(?P<episode>"
         + _alternation(sorted(material_act_nouns())) + r")\b"),
        # "In the protest note, Kuwait called on Iraq ...": what a message told before says
        ("told_in", r"in\s+the\s+(?P<episode>" + _alternation(sorted(lex.told_in)) + r")\b"),
        ("weekend", r"(?P<wkrel>last|this|this\s+past|over\s+the|at\s+the|on\s+the|the\s+past)"
         r"\s+weekend"),
        ("hours", r"(?:(?:a\s+few|several|\d{1,2}|" + _alternation(list(lex.numbers))
         + r")\s+)?(?:hours|minutes)\s+(?P<dir>later|earlier|after(?=\s*,))"),
        ("year", r"(?P<lead>" + _LEAD_PREPS + r"|and)\s+(?:the\s+year\s+)?" + year),

        ("season", r"(?:(?:" + rel + r"|the)\s+)?" + season + r"(?:\s+(?:of\s+)?" + year + r")?"),
        ("day_word", r"(?P<word>(?:the\s+)?day\s+before\s+yesterday"
         r"|(?:the\s+)?day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|last\s+night"
         r"|this\s+(?:morning|afternoon|evening))"),
        ("weekday", r"(?:(?P<wrel>last|this\s+past|the\s+past|the\s+last|this|next"
         r"|this\s+coming|on)\s+)?" + weekday
         + r"(?:\s+(?:morning|afternoon|evening|night))?"
         + r"(?:\s+(?P<wweek>last|next)\s+week)?"),
        # "next day" is anaphoric (next_unit), never the day after publication
        ("unit_rel", r"(?!next\s+day\b)"
         r"(?P<urel>earlier\s+this|later\s+this|earlier\s+in\s+the(?!\s+day\b)|the\s+past"
         r"|last|this|next|past|the\s+coming|recent|the\s+last)\s+" + unit),
        # "Later in the day", "earlier in the evening": the day of the narrative's scene
        ("in_the_day", r"(?P<dir>earlier|later)\s+in\s+the\s+(?:day|morning|afternoon"
         r"|evening)"),
        # "had phoned Tajani in the afternoon": a part of the scene's day (not "in the
        # afternoon of the 25th", a day of its own)
        ("part_of_day", r"in\s+the\s+(?:morning|afternoon|evening)(?!\s+of\b)"),
        ("ago", number + r"\s+" + unit + r"\s+ago"),
        ("shift", r"(?:(?P<ardet>the)\s+)?(?:(?P<n>\d{1,3}|" + _alternation(list(lex.numbers))
         + r")\s+)?" + r"(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier|before|after)"
         r"(?:(?=\s*[,.;:)]|\s*$|\s+(?:that|in|on|at|as|amid|when)\b)"
         # "were charged two days later by a court": "later" and "earlier" are adverbs
         # whatever follows, save a comparison ("a week later than planned")
         r"|(?:(?<=later)|(?<=earlier))(?!\s+than\b))"),
        # "A day later Japan's vice minister ...": opening the sentence, no comma needed
        ("shift_start", r"(?:(?P<ardet>the)\s+)?(?:(?P<n>\d{1,3}|"
         + _alternation(list(lex.numbers)) + r")\s+)?(?P<unit>day|week|month|year)s?\s+"
         r"(?P<dir>later|earlier)"),
        ("offset", number + r"\s+" + unit + r"\s+(?P<dir>after|before)(?=\s+[\w\"“])"
         r"(?!\s+(?:that|this|then)\b)"),
        # "days after Pelosi's visit angered Beijing": some days before the main clause's
        ("offset", r"(?:(?:a\s+few|several|some)\s+)?(?P<unit>day|week|month)(?P<vague>s)\s+"
         r"(?P<dir>after|before)(?=\s+[\w\"“])(?!\s+(?:that|this|then)\b)"),
        # "the next day"; translated copy drops the article: "Next day Islamabad ..."
        # "in the following days", "over the next three days", "in the weeks that
        # followed": some time after the narrative's, only bounded
        ("following_units", r"(?:in|over|during|within)\s+the\s+(?:(?:following|next|subsequent"
         r"|ensuing)\s+(?:few\s+|(?P<n>\d{1,2}|" + _alternation(list(lex.numbers)) + r")\s+)?"
         r"(?P<unit>day|week|month)s|(?P<unit2>day|week|month)s\s+that\s+followed)"),
        # "that week", "that same month": the narrative's week or month
        ("that_unit", r"that\s+(?:same\s+)?(?P<unit>week|month|year)"),
        ("next_unit", r"(?:the\s+|(?=(?:next|following)\s+day\b))"
         r"(?P<dir>next|following|previous|same)\s+(?P<unit>day|week|month"
         r"|year|morning|afternoon|evening|night)"),
        ("that_time", r"(?:at\s+that\s+time|at\s+the\s+time|by\s+then|at\s+that\s+point"
         r"|at\s+that\s+moment|(?:on\s+)?(?:that|the\s+same|that\s+same)\s+"
         r"(?:day|night|evening|morning|afternoon))"),
        # "Unlike his visit in 2017, this time the President did not criticise Athens": the
        # occasion the story is about
        ("this_time", r"this\s+time(?!\s+(?:of|last|next|around)\b)"),
        # translated copy: "On the eve, the Russian leader was met at the airport": the day
        # before the narrative's ("on the eve of the summit" names its own occasion)
        ("eve", r"(?:on\s+)?the\s+eve(?!\s+of\b)"),
        ("day_before", r"the\s+(?:day|evening|night)\s+before"
         r"(?!\s+(?:the|a|an|his|her|its|their)\b)"),
        ("now", r"(?:but\s+|and\s+)?now(?=[\s,])(?!\s+that\b)"),
        # "later on Monday" names the day: the weekday pattern reads it
        ("after_that", r"(?:after\s+that|afterwards?|subsequently|since\s+then|later\s+on"
         r"(?!\s+(?:the\s+\d|\d|" + _alternation(list(lex.weekdays)) + r"|"
         + _alternation(list(lex.months)) + r")\b)"
         # "shortly after the February 6 earthquake" is a preposition, not the adverb
         r"|(?:shortly|soon)\s+(?:after(?:wards?)?(?=\s*[,.;:]|\s*$)|afterwards?|thereafter)"
         r"|thereafter)"),
    ]
    flags = re.IGNORECASE
    return [(kind, re.compile(r"(?<![\w-])" + pat + r"(?![\w])", flags)) for kind, pat in specs]


# Pieces of a pattern that every match of it contains (see SentenceGates): a sentence that
# lacks one cannot match the pattern, which is then not run ("a|b": either piece). Kinds
# not listed always run. Keep in step with _patterns; tests/test_when_expressions.py checks
# that the gates change no result on every team text and one sentence per kind.
GATED_KINDS: dict[str, tuple[str, ...]] = {
    "iso": ("digit",), "numeric": ("digit",), "year": ("digit",),
    "day_pair": ("digit", "month"), "month_day_pair": ("digit", "month"),
    "month_day": ("digit", "month"), "day_month": ("month",), "month": ("month",),
    "that_month": ("month", "that"), "rel_month": ("month",), "weekday": ("weekday",),
    "season": ("season",),
    "part_month": ("unit", "month_word", "part"), "weekend": ("unit", "weekend"),
    "unit_rel": ("unit", "unit_rel_word"), "ago": ("unit", "ago"),
    "shift": ("unit", "shift_dir"), "offset": ("unit", "after_before"),
    "next_unit": ("unit|day_word",), "following_units": ("unit", "follow_word"),
    "that_unit": ("unit", "that"), "shift_start": ("unit", "later_earlier"),
    "in_the_day": ("unit|day_word", "later_earlier"), "part_of_day": ("day_word", "in_the"),
    "hours": ("clock",),
    "part_year": ("digit|unit", "part"), "day_word": ("day_word",),
    "that_time": ("that_time", "that_then"),
    "day_before": ("before",), "eve": ("eve",), "eve_of": ("eve",), "after_that": ("after_that",),
    "month_day_only": ("digit|ordinal",), "day_only_pair": ("digit",),
    "day_of_rel_month": ("digit|ordinal", "month_word"),
    "overnight": ("overnight",), "within": ("within",), "same_episode": ("same|that",),
    "same_day_as": ("same",),
    "told_episode": ("told_lead",), "after_act": ("told_lead",), "told_in": ("in_the",),
    "now": ("now",),
    "this_time": ("this", "time"),
}
# Gates met by a lower-cased piece of text: one of these strings occurs in every match.
GATE_STRINGS: dict[str, tuple[str, ...]] = {
    "unit": ("day", "week", "month", "year"),  # "weekend" holds "week"
    "clock": ("hours", "minutes"),
    "day_word": ("yesterday", "today", "tomorrow", "night", "morning", "afternoon",
                 "evening"),
    "that_time": ("time", "then", "point", "moment", "day", "night", "evening", "morning",
                  "afternoon"),
    "before": ("before",),
    "eve": ("eve",),
    "after_that": ("after", "subsequently", "since", "later"),
    "month_word": ("month",), "overnight": ("overnight",), "within": ("within",),
    "same": ("same",), "told_lead": ("during", "after", "following", "before"),
    "in_the": ("in the",), "now": ("now",),
    # the word that says which way a shift or offset goes, or how a unit is placed
    "shift_dir": ("later", "earlier", "before", "after"), "later_earlier": ("later", "earlier"),
    "after_before": ("after", "before"), "ago": ("ago",), "weekend": ("weekend",),
    "that": ("that",), "follow_word": ("follow", "next", "subsequent", "ensuing"),
    "unit_rel_word": ("earlier", "later", "past", "last", "this", "next", "coming", "recent"),
    "that_then": ("that", "then", "same", "time"),  # at that/the time, by then, the same day
    "this": ("this",), "time": ("time",),
}
# GATED_KINDS with each "a|b" choice split, once
_GATE_CHOICES: dict[str, tuple[tuple[str, ...], ...]] = {
    kind: tuple(tuple(either.split("|")) for either in gates)
    for kind, gates in GATED_KINDS.items()}
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")


def has_digit(text: str) -> bool:
    """any(ch.isdigit() for ch in text), without a Python step per character: an ASCII
    digit settles it, and only a text with other characters than ASCII needs the full test
    (isdigit also takes superscripts and other digits that \\d leaves out)."""
    if _ASCII_DIGIT.search(text) is not None:
        return True
    return not text.isascii() and any(map(str.isdigit, text))


# The only characters that IGNORECASE matching takes for an ASCII letter and str.lower()
# does not turn into it (dotted and dotless i, long s, Kelvin sign): with one of them in a
# text, every pattern runs.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


@cache
def _gate_names() -> dict[str, tuple[str, ...]]:
    """Gates met by a whole word of the lower-cased text (month and weekday names stand
    between non-word characters in every pattern) or by a substring (seasons)."""
    lex = lexicon()
    # an ordinal written as a word ends in a whole word of its own: "first" in "thirty-first"
    ordinal_ends = tuple(sorted({_WORD.findall(o.lower())[-1] for o in lex.ordinals}))
    gates = {"month": tuple(lex.months), "weekday": tuple(lex.weekdays),
             "season": tuple(lex.seasons), "ordinal": ordinal_ends}
    # a name of several words or with other characters (none now) would need more care:
    # its gate is then left open
    return {name: forms for name, forms in gates.items()
            if all(_WORD.fullmatch(form) for form in forms)}


@cache
def _part_pieces() -> tuple[str, ...]:
    """One word of each part-of-period form ("end" of "the end of"): every match of a
    pattern with a part holds it as written (only the spaces between words may differ)."""
    return tuple(sorted({_content_word(form) for form in lexicon().parts}))


def _content_word(form: str) -> str:
    """The longest word of a form, "the" and "of" left out unless nothing else is there."""
    words = _WORD.findall(form.lower())
    return max((w for w in words if w not in ("the", "of")), key=len, default=words[0])


class SentenceGates:
    """Which gates a text meets, each checked once and only when a pattern asks."""

    def __init__(self, text: str):
        self.text = text
        self.passed: dict[str, bool] = {}
        self.exact = text.isascii() or not any(ch in text for ch in _FOLDS_TO_ASCII)
        self._lowered: str | None = None
        self._words: frozenset[str] | None = None

    def allow(self, kind: str) -> bool:
        passed = self.passed
        for choice in _GATE_CHOICES.get(kind, ()):
            for name in choice:  # (holds(), written out: this runs for every kind)
                found = passed.get(name)
                if found is None:
                    found = passed[name] = self.check(name)
                if found:
                    break
            else:
                return False
        return True

    def holds(self, name: str) -> bool:
        found = self.passed.get(name)
        if found is None:
            found = self.passed[name] = self.check(name)
        return found

    def check(self, name: str) -> bool:
        if name == "digit":
            return _DIGIT.search(self.text) is not None
        if not self.exact:
            return True
        if self._lowered is None:
            self._lowered = self.text.lower()
        lowered = self._lowered
        if name in GATE_STRINGS:
            return any(piece in lowered for piece in GATE_STRINGS[name])
        if name == "part":
            return any(piece in lowered for piece in _part_pieces())
        names = _gate_names().get(name)
        if names is None:
            return True
        if name == "season":
            return any(piece in lowered for piece in names)
        if self._words is None:
            self._words = frozenset(_WORD.findall(lowered))
        return not self._words.isdisjoint(names)


def _capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()


def _acceptable(kind: str, m: re.Match[str], text: str) -> bool:
    """Reject matches that are more likely not dates (the modal "may", "March" the verb)."""
    mon = m.groupdict().get("mon")
    if mon is not None and not _capitalised(m.group("mon")):
        return False
    if kind == "month" and not (m.group("part") or m.group("y") or m.group("yrel")):
        before = text[max(0, m.start() - 24):m.start()]
        if not re.search(r"\b" + _LEAD_PREPS + r"\s+(?:early\s+|late\s+)?$", before, re.I) \
                and not _RANGE_SECOND_END.search(text, max(0, m.start() - 40), m.start()):
            return False
    if kind == "that_month" and mon.lower() == "may" and not re.match(r"\s*[,.;]", text[m.end():]):
        return False  # "said that May would resign": the name
    if kind == "weekday" and not _capitalised(m.group("wd")):
        return False
    if kind == "season" and not (m.group("rel") or m.group("y")):
        before = text[max(0, m.start() - 12):m.start()]
        if not re.search(r"\b(?:in|during|this|last|next)\s+$", before, re.I):
            return False
    return True


# "between May and July": the second end of a range of bare months has no preposition of
# its own
_RANGE_SECOND_END = re.compile(r"\b(?:between|from)\s+(?:early\s+|mid-?\s*|late\s+)?[A-Z][a-z]+"
                               r"\.?\s+(?:and|to|until|till|through)\s+$")


# Words before an expression that make it a bound, not the time of the event:
# "the first talks since 2022", "must leave by June".
BOUND_LEADS = frozenset({"since", "until", "till", "by", "before", "after", "from", "through",
                         "to", "between"})


def _lead_word(text: str, start: int) -> str:
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 16):start])
    return words[-1].lower() if words else ""


def _sentence_start(text: str) -> int:
    """Where the words of a sentence begin (after quotes, spaces and dashes)."""
    m = re.match(r"[\W_]*", text)
    return m.end() if m else 0


# Words one of which every expression without a digit contains (besides the month, weekday
# and season names of data/time_words.tsv): the anchors of the patterns in _patterns. Keep in
# step with them; tests/test_when_expressions.py checks the shortcut changes no result.
ANCHOR_WORDS = frozenset({
    "ago", "overnight", "within", "same", "yesterday", "today", "tomorrow", "tonight", "night",
    "nights", "morning",
    "afternoon", "evening", "weekend", "hours", "minutes", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "now", "after", "afterward", "afterwards",
    "subsequently", "since", "later", "thereafter", "time", "then", "point", "moment",
    "during", "following", "eve", "before",
})
_WORD = re.compile(r"[a-z]+")


@cache
def _anchors() -> frozenset[str]:
    lex = lexicon()
    names = [*lex.months, *lex.weekdays, *lex.seasons, *lex.ordinals, *lex.episodes]
    return ANCHOR_WORDS | {w for name in names for w in _WORD.findall(name.lower())}


def may_hold_expression(text: str) -> bool:
    """False when `text` has no digit and no anchor word: no pattern can match it, so most
    sentences skip the patterns (a tenth of the coder's time went there)."""
    if has_digit(text):
        return True
    anchors = _anchors()
    return any(w in anchors for w in _WORD.findall(text.lower()))


def find_expressions(text: str) -> list[TimeExpr]:
    """All non-overlapping temporal expressions in `text`, longest first at each place.

    Expressions that only bound the event ("since 2021", "by June") are left out."""
    return [e for e in _all_expressions(text) if not _is_bound(e, text)]


# "the 2020 war", "a 2015 peace deal": a year naming when a thing was made. Not a time of
# the sentence's events in itself ("the 2023 elections"): the date stage decides which acts
# it dates.
_YEAR_ATTRIBUTE = re.compile(r"(?<![\w-])(?:a|an|the|its|their|his|her|this|that)\s+"
                             r"(?P<y>(?:1[89]|20)\d{2})(?=\s+[a-z])", re.IGNORECASE)


def find_year_attributes(text: str) -> list[TimeExpr]:
    if not has_digit(text):
        return []
    return [TimeExpr("year_attr", m.start("y"), m.end(), m.group("y"), {"y": m.group("y")})
            for m in _YEAR_ATTRIBUTE.finditer(text)]


def find_all(text: str) -> list[TimeExpr]:
    """Every temporal expression, bounds included ("from May 2023", "since December"): for
    a "when" clause on a date, which happened at that date whatever bounds the main one."""
    return _all_expressions(text)


def find_since(text: str) -> list[TimeExpr]:
    """The "since X" bounds alone ("has deployed warships since August"): where an act
    that still goes on began."""
    return [e for e in _all_expressions(text)
            if (e.get("lead") or _lead_word(text, e.start)).lower() == "since"]


def _all_expressions(text: str) -> list[TimeExpr]:
    if not may_hold_expression(text):
        return []
    found: list[TimeExpr] = []
    gates = SentenceGates(text)
    for kind, pattern in _patterns():
        if not gates.allow(kind):
            continue
        if kind in ("now", "shift_start"):
            # only as the sentence's first words: "Now the picture changed"
            m = pattern.match(text, _sentence_start(text))
            matches = [m] if m else []
        else:
            matches = list(pattern.finditer(text))
        for m in matches:
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
    return _join_ranges(_drop_named_weekdays(chosen, text), text)


_DATED_KINDS = frozenset({"month_day", "day_month", "iso", "numeric"})


def _drop_named_weekdays(exprs: list[TimeExpr], text: str) -> list[TimeExpr]:
    """"on Friday, March 7": the weekday only names the date written after it, which the
    weekday alone would take for the latest Friday."""
    out: list[TimeExpr] = []
    for i, expr in enumerate(exprs):
        after = exprs[i + 1] if i + 1 < len(exprs) else None
        if (expr.kind == "weekday" and after is not None and after.kind in _DATED_KINDS
                and re.fullmatch(r"\s*,?\s*(?:the\s+)?", text[expr.end:after.start])):
            continue
        out.append(expr)
    return out


_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.IGNORECASE)
_RANGE_LEAD = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


def _without_lead(expr: TimeExpr) -> TimeExpr:
    """The expression without a preposition its pattern swallowed ("from 2019")."""
    parts = {k: v for k, v in expr.parts.items() if k != "lead"}
    return TimeExpr(expr.kind, expr.start, expr.end, expr.text, parts, expr.members)


def _tail(text: str, first: TimeExpr, second: TimeExpr) -> str:
    """What joins two expressions, leaving out a preposition the second one swallowed."""
    between = text[first.end:second.start]
    lead = second.get("lead")
    return between + lead if lead else between


def _join_ranges(exprs: list[TimeExpr], text: str) -> list[TimeExpr]:
    """"between May 3 and May 9", "from June to August": one expression, both ends."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(exprs):
        first = exprs[i]
        second = exprs[i + 1] if i + 1 < len(exprs) else None
        lead = _RANGE_LEAD.search(text, max(0, first.start - 12), first.start)
        start = lead.start() if lead else first.start
        if (first.get("lead") or "").lower() in ("from", "between"):
            lead, first = first, _without_lead(first)
        if second is not None and lead and _RANGE_JOIN.fullmatch(
                _tail(text, first, second)):
            span = text[start:second.end]
            out.append(TimeExpr("range", start, second.end, span, {}, [first, _without_lead(
                second)]))
            i += 2
            continue
        out.append(first)
        i += 1
    return out


# "by midnight on Saturday", "until noon on Friday": a deadline or limit, the day included.
# "before dawn on Thursday" is a time of that day, not a limit.
_CLOCK_BOUND = re.compile(
    r"\b(?:(?:by|until|till)\s+(?:dawn|dusk)|(?:by|until|till|before)\s+(?:midnight|noon|midday"
    r"|the\s+end\s+of\s+the\s+day"
    r"|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc)?(?:\s+local\s+time)?))\s+$",
    re.IGNORECASE)


# Kinds naming one day, and what continues a range after its first end ("from May 3 to ...").
_DAY_KINDS = frozenset({"weekday", "month_day", "day_month", "iso", "numeric", "day_word"})
_RANGE_GOES_ON = re.compile(r"\s*(?:to|until|till|through|and|-|–)(?![\w])", re.IGNORECASE)


def is_bound(expr: TimeExpr, text: str) -> bool:
    """The expression only bounds the event ("since 2021", "by June", "until noon on
    Friday")."""
    return _is_bound(expr, text)


def takes_effect(expr: TimeExpr, text: str) -> bool:
    """"suspended flights from Wednesday": a day the act takes effect, kept as its time
    when nothing else in the sentence dates it (see the date stage)."""
    lead = (expr.get("lead") or _lead_word(text, expr.start)).lower()
    return lead == "from" and expr.kind in _DAY_KINDS and not _is_bound(expr, text)


def _is_bound(expr: TimeExpr, text: str) -> bool:
    lead = (expr.get("lead") or _lead_word(text, expr.start)).lower()
    if lead in ("from", "between") and expr.kind in ("day_pair", "month_day_pair",
                                                     "day_only_pair"):
        return False  # "from 27 to 29 January": both ends are in the expression
    if lead == "from" and expr.kind in _DAY_KINDS and not _RANGE_GOES_ON.match(text, expr.end):
        return False  # "suspended flights from Wednesday": the act takes effect that day
    if lead in BOUND_LEADS:
        return True
    return bool(_CLOCK_BOUND.search(text, max(0, expr.start - 40), expr.start))
