"""Date stage: give each event its own date, not the publication date.

Order of evidence for one event:
1. a temporal expression attached to the event's trigger or to a clause governing it
   (the nearest up the tree wins: in "in May, Baku accused Moscow of an attack in
   February", the accusation takes May and the alleged attack February);
2. for speech acts reported with "said/told/stated", the publication date (the news
   convention);
3. the narrative's current time frame, carried from earlier sentences to past-tense
   clauses, until the text moves to present-tense commentary or to a plain "X said";
4. otherwise null. Future, hypothetical and negated acts get a date only from their own
   expression.

A following sentence that only dates what was just told ("The decision was taken on
Monday") re-dates the events that had no date of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Span, Token

from dyadwatch.config import CoderConfig
from dyadwatch.events.extract import TRAVEL_NOUNS
from dyadwatch.ground.modality import modality_cues
from dyadwatch.ground.syntax import (
    ancestors,
    clause_head,
    governing_speech_verb,
    inserted_attribution,
    speech_kind,
    subject_of,
    trailing_attribution,
)
from dyadwatch.nlp.repair import TIME_CONJUNCTIONS, act_nouns
from dyadwatch.nlp.tokens import REFERRING_DETERMINERS, has_referring_determiner
from dyadwatch.pipeline import CodingState, DraftEvent, EventDate
from dyadwatch.read.text import dateline_end
from dyadwatch.tables import read_tsv, read_words
from dyadwatch.when.expressions import (
    TimeExpr,
    find_all,
    find_since,
    find_year_attributes,
    is_bound,
    takes_effect,
)
from dyadwatch.when.lexicon import lexicon as time_lexicon
from dyadwatch.when.resolve import (
    ANAPHORIC,
    UPCOMING_DAYS,
    Interval,
    ResolveContext,
    explicit_year,
    parse_iso,
    resolve,
    shift_interval,
)

_PRESENT_TAGS = ("VBZ", "VBP")
_PRESENT_AUX = ("has", "have", "is", "are", "am")


@dataclass
class AttachedExpr:
    expr: TimeExpr
    anchor: Token | None  # the word the expression modifies; None: the whole sentence
    interval: Interval | None  # resolved as past; re-resolved for future acts


@dataclass
class Dated:
    """An event's date and how it was found (own | said | carry | pub | none)."""

    date: EventDate
    how: str


@cache
def act_noun_verbs() -> dict[str, frozenset[str]]:
    """Each event anaphor (data/event_anaphors.tsv) with the verbs that tell its act ("wrote
    a post", "fired" for "the launch")."""
    return {r["lemma"].lower(): frozenset(v for v in r["verbs"].split("|") if v != "-")
            for r in read_tsv("event_anaphors.tsv")}


def anaphoric_event_nouns() -> frozenset[str]:
    """Nouns that refer back to an act just told: "The decision was taken on Monday"."""
    return act_nouns()


def _year_of_noun(expr: TimeExpr, anchor: Token | None) -> bool:
    """A bare year in an "of" phrase after a noun ("the agreement of 2014 between the two
    countries", "regret over the incidents of 1989"); not one after a noun of a stretch of
    time ("in the first half of 2019", data/time_words.tsv, period)."""
    return expr.kind == "year" and (expr.get("lead") or "").lower() == "of" \
        and anchor is not None and anchor.pos_ == "NOUN" \
        and anchor.lemma_.lower() not in time_lexicon().periods


def _anchor(span: Span) -> Token | None:
    """The word an expression modifies: "in early May" -> the verb "accused"."""
    root = span.root
    if root.dep_ == "pobj" and root.head.i != root.i:
        root = root.head
    if root.head.i == root.i:
        return None
    head = root.head
    if root.dep_ in ("dobj", "npadvmod") and head.tag_ in ("JJ", "VBG") and head.dep_ in (
            "amod", "conj", "acomp", "oprd"):
        # "called the remarks shameful and alarming the same evening": the parse makes
        # the time the object of the adjective; it is the verb's that the adjectives hang on
        while head.dep_ in ("amod", "conj", "acomp", "oprd") and head.head.i != head.i \
                and head.tag_ in ("JJ", "VBG"):
            head = head.head
        if head.pos_ == "NOUN" and head.dep_ == "dobj":
            head = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and span.start > head.i and span.end <= head.head.i:
        return head.head  # "the government on Monday cut ties": the time is the verb's
    if root.dep_ == "npadvmod" and head.dep_ == "advcl" and head.head.i < span.start \
            and any(c.dep_ == "mark" and c.lower_ in ("after", "before") and span.end <= c.i
                    for c in head.children):
        # "recalled its envoy last month after Bolivia joined ...": a time before the
        # clause's "after" is the main verb's (the parser hangs it on the clause), unlike
        # "two days after", whose span holds the "after"
        return head.head
    return head


def _offset_parts(span: Span) -> tuple[Token, Token] | None:
    """(embedded, main) for "N days after/before X": the clause or phrase X the offset
    introduces, and the word that clause hangs on."""
    link = next((t for t in span if t.lower_ in ("after", "before")), None)
    if link is None or link.head.i == link.i:
        return None
    if link.dep_ == "mark":  # "two days after a court jailed him": a clause
        embedded = link.head
    else:  # "two days after the attack": a phrase
        embedded = link
    if embedded.head.i == embedded.i:
        return None
    return embedded, embedded.head


def _offset_intervals(exprs: list[AttachedExpr], frame: Interval | None = None,
                      news: Interval | None = None) -> list[tuple[set[int], Interval, str]]:
    """(tokens of X, its interval, text) for each "N days after/before X" whose main clause
    is dated: X lies N days before (after) the main clause's date. A main clause about the
    act just told ("The move came six days after ...") has the narrative's date; one that
    places the news in time ("The disclosure came a day after ...") has the narrative's
    date too, or when that is a flashback, the news's (`news`: the story's latest specific
    time)."""
    others = [a for a in exprs if a.expr.kind != "offset"]
    out: list[tuple[set[int], Interval, str]] = []
    for attached in exprs:
        if attached.expr.kind != "offset" or attached.anchor is None:
            continue
        parts = _offset_parts_of(attached)
        if parts is None:
            continue
        embedded, main = parts
        found = _own_expression(main, others)
        text = attached.anchor.sent.text
        # "who left Niamey on September 27, a month after the junta ordered him out": an
        # offset set off by a comma after a date counts from it, wherever the parse hangs it
        told = next((a.interval for a in others if a.interval is not None
                     and a.expr.end <= attached.expr.start
                     and text[a.expr.end:attached.expr.start].strip() == ","), None)
        if found is not None and found[0].interval is not None:
            base = found[0].interval
        elif told is not None:
            base = told
        elif frame is not None and _about_act_told(main):
            base = frame
        elif (frame is not None or news is not None) and _places_news(main):
            # the narrative's time, unless it is a flashback the story has left
            base = frame if frame is not None and not _before_peg(frame, news) else news
        else:
            continue
        sign = -1 if attached.expr.get("dir").lower() == "after" else 1
        moved = shift_interval(base, attached.expr, sign)
        if moved is not None:
            out.append(({t.i for t in embedded.subtree}, moved, attached.expr.text))
    return out


def _retold_act_antecedent(exprs: list[AttachedExpr], frame: Interval | None
                           ) -> Interval | None:
    """"The visit came a week after activists stormed the mission. Dhaka summoned the envoy
    the next day": a sentence about the act just told tells of an earlier one; an anaphoric
    time in the next sentence ("the next day") counts from that newest act told."""
    if frame is None:
        return None
    for attached in exprs:
        if attached.expr.kind != "offset" or attached.anchor is None:
            continue
        parts = _offset_parts_of(attached)
        if parts is None or not _about_act_told(parts[1]):
            continue
        if _own_expression(parts[1], [a for a in exprs if a.expr.kind != "offset"]):
            continue  # "The move came on Monday, two days after ...": the main clause is dated
        sign = -1 if attached.expr.get("dir").lower() == "after" else 1
        return shift_interval(frame, attached.expr, sign)
    return None


def _expr_span(sent: Span, expr: TimeExpr) -> Span | None:
    """The tokens of a time expression found in the sentence's text (None if none fit)."""
    span = sent.doc.char_span(sent.start_char + expr.start, sent.start_char + expr.end,
                              alignment_mode="expand")
    return span if span is not None and len(span) else None


def _offset_parts_of(attached: AttachedExpr) -> tuple[Token, Token] | None:
    """The preposition and main clause of an anchored "N days after X" expression."""
    span = _expr_span(attached.anchor.sent, attached.expr)
    return _offset_parts(span) if span is not None else None


def _anaphoric_offset(exprs: list[AttachedExpr], frame: AttachedExpr | None,
                      told: dict[str, Interval | None] | None = None
                      ) -> tuple[AttachedExpr, Interval, Token] | None:
    """"Three days after the summons, Chile expelled ...": an offset from an act named by a
    noun phrase with no date of its own moves the narrative's time, from when the text told
    of that act ("a day before the raid") or else from the narrative's time (the act just
    told); returns (offset, moved interval, main clause word) when the main clause has no
    date."""
    told = told or {}
    others = [a for a in exprs if a.expr.kind != "offset"]
    for attached in exprs:
        if attached.expr.kind != "offset" or attached.anchor is None:
            continue
        parts = _offset_parts_of(attached)
        if parts is None or parts[0].dep_ == "mark" or parts[0].pos_ != "ADP":
            continue  # a clause ("after the court jailed him") is dated by its main clause
        embedded, main = parts
        inside = {t.i for t in embedded.subtree}
        if any(a.anchor is not None and a.anchor.i in inside for a in others):
            continue  # "three days after the March 3 summons": dated inside
        if _own_expression(main, others) is not None:
            continue
        noun = next((c for c in embedded.children if c.dep_ == "pobj"), None)
        base = told.get(noun.lemma_.lower()) if noun is not None else None
        if base is None and frame is not None:
            base = frame.interval
        if base is None:
            continue
        sign = 1 if attached.expr.get("dir").lower() == "after" else -1
        moved = shift_interval(base, attached.expr, sign)
        if moved is not None:
            return attached, moved, main
    return None


def _about_act_told(verb: Token) -> bool:
    """The clause's subject refers back to an act ("The move came ...", "The decision
    followed ...")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in anaphoric_event_nouns() \
        and has_referring_determiner(subject)


# Verbs that place the news in time against an earlier act: "The disclosure came a day
# after ...", "It follows ...".
_PLACING_VERBS = frozenset({"come", "follow"})


def _places_news(verb: Token) -> bool:
    """"The disclosure came a day after ...", "It comes two months after ...": the subject
    ("it", or a noun that refers back) is the news, placed in time against an earlier act."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.lemma_.lower() in _PLACING_VERBS and subject is not None and (
        subject.lower_ == "it" or subject.pos_ == "NOUN" and has_referring_determiner(subject))


def _date_offset_clauses(doc, exprs: list[AttachedExpr], events: list[DraftEvent],
                         frame: Interval | None = None, news: Interval | None = None) -> None:
    """Events inside "N days after X" take the main clause's date moved back N days."""
    others = [a for a in exprs if a.expr.kind != "offset"]
    for inside, moved, text in _offset_intervals(exprs, frame, news):
        for ev in events:
            if ev.trigger in inside and ev.modality in ("asserted", "reported"):
                own = _own_expression(doc[ev.trigger], others)
                if own is None or own[0].anchor is None or own[0].anchor.i not in inside:
                    ev.date = moved.to_event_date(text)


def _dated_subjects(sent: Span, exprs: list[AttachedExpr]) -> dict[str, tuple[Interval, str]]:
    """Noun lemma -> the date of the clause it is the subject of ("a court jailed him two
    days earlier"), so that "The court ..." in the next sentence can take that date."""
    out: dict[str, tuple[Interval, str]] = {}
    offsets = _offset_intervals(exprs)
    for token in sent:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = token.head
        for inside, moved, text in offsets:
            if verb.i in inside:
                out[token.lemma_.lower()] = (moved, text)
                break
        else:
            own = _own_expression(verb, exprs)
            if own is not None and own[0].interval is not None:
                out[token.lemma_.lower()] = (own[0].interval, own[0].expr.text)
    return out


def _definite_subject(trigger: Token) -> Token | None:
    """"The court ... found him guilty": the definite subject of the trigger's clause."""
    clause = clause_head(trigger)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if not has_referring_determiner(subject):
        return None
    return subject


def _sentence_expressions(sent: Span, ctx: ResolveContext, recent: Interval | None,
                          flashback: Interval | None, found: list[TimeExpr],
                          written_year: int | None) -> list[AttachedExpr]:
    """The sentence's date expressions, resolved. An anaphoric one ("the next day") refers
    to a date named earlier in the same sentence when there is one, else to the narrative's
    frame: "expelled them in October 2024, and Delhi responded the next day". When a plain
    "X said" has closed the frame, "the same night" or "hours later" still points back to
    the last time the text named (`recent`): the expression itself says it continues.
    `found`: every expression of the sentence, bounds included (find_all); `written_year`:
    the last year the sentence before wrote out."""
    doc = sent.doc
    text = sent.text  # (built from the tokens on every call: once here)
    out: list[AttachedExpr] = []
    local = ctx if ctx.frame is not None or recent is None else replace(ctx, frame=recent)
    if flashback is not None:
        local = replace(ctx, frame=flashback)  # "... had announced it on Oct. 3. Two days later"
    for expr in found + find_year_attributes(text):
        if expr.kind != "year_attr" and is_bound(expr, text):
            # a bound dates no act, but an offset after it counts from it: "a dispute dating
            # back to November 2019, ...; Athens expelled the envoy weeks later"
            if expr.kind not in ANAPHORIC and expr.kind != "offset":
                bound = resolve(expr, local if _in_sentence_frame(expr) else ctx)
                if bound is not None:
                    local = replace(ctx, frame=bound, peg=None)
            continue
        start, end = sent.start_char + expr.start, sent.start_char + expr.end
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if _in_comparison(span):
            continue  # "Unlike his previous visit in 2017, ...": another occasion
        base = local if _in_sentence_frame(expr) else ctx
        anchor = _anchor(span)
        if _year_of_noun(expr, anchor):
            # "the agreement of 2014", "the incidents of 1989": the year names the thing,
            # as "the 2014 agreement" does; it sets no time for the story
            expr = TimeExpr("year_attr", expr.start, expr.end, expr.text, {"y": expr.get("y")})
        if anchor is not None and _told_in_past(anchor):
            base = replace(base, past=True)  # "Already on March 21, Russia halted ..."
        interval = resolve(expr, _with_named_year(base, expr, text, found, written_year))
        interval = _coming_start(expr, text, interval, base)
        if interval is None and expr.kind in ("told_episode", "told_in", "eve_of", "after_act"):
            continue  # an occasion the text has not dated: the sentence's other clues decide
        out.append(AttachedExpr(expr, anchor, interval))
        if interval is not None and expr.kind not in ANAPHORIC and expr.kind not in (
                "offset", "year_attr"):
            # a time the sentence itself names is no passing mention: "In April ...: on
            # the 8th ..." is April's 8th, whatever the story's latest day (peg)
            local = replace(ctx, frame=interval, peg=None)
    out = [a for a in out if not _effect_of_dated_act(a, out, text)]
    if any(a.expr.kind != "after_act" and a.interval is not None for a in out):
        # "condemned it on Wednesday after the attack": the day the sentence names
        out = [a for a in out if a.expr.kind != "after_act"]
    return out


def _non_finite(verb: Token) -> bool:
    """A participle ("orders imposing the duties") or an infinitive ("decided to suspend"),
    not a verb with a tense of its own ("will close", "is imposing")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG":
        return not aux and verb.dep_ != "ROOT"
    return verb.tag_ == "VB" and any(a.tag_ == "TO" for a in aux) \
        and not any(a.tag_ == "MD" for a in aux)


def _coming_start(expr: TimeExpr, text: str, interval: Interval | None,
                  ctx: ResolveContext) -> Interval | None:
    """"signed an order raising tariffs to 50% from Aug 6" in a July article: a day a
    measure takes effect from, written without its year, that comes within a month after
    publication is that coming day, not the same day a year before (a start told that
    long ago would carry its year). resolve() already looks ahead for a day told without
    a past verb (UPCOMING_DAYS); this covers the past verb that sets a start to come
    ("imposed a surtax from 9 December")."""
    if (interval is None or ctx.pub is None or ctx.future
            or expr.kind not in ("month_day", "day_month") or expr.get("y")
            or expr.get("yrel") or not takes_effect(expr, text)):
        return interval
    ahead = resolve(expr, replace(ctx, future=True))
    if ahead is None or not ctx.pub < ahead.start <= ctx.pub + timedelta(days=UPCOMING_DAYS):
        return interval
    return ahead


def _starts_after(attached: AttachedExpr, interval: Interval, trigger: Token,
                  ctx: ResolveContext) -> bool:
    """A measure dated by the day it takes effect from, a day after publication, is not in
    force yet: the act is still to come. Only the phrase that carries the day ("raising
    tariffs from Aug 6"), not an act told of that measure ("a measure Madrid called
    unjustified")."""
    anchor = attached.anchor
    return (ctx.pub is not None and interval.start > ctx.pub and anchor is not None
            and trigger.left_edge.i <= anchor.i <= trigger.right_edge.i
            and takes_effect(attached.expr, trigger.sent.text))


def _effect_of_dated_act(attached: AttachedExpr, exprs: list[AttachedExpr], text: str) -> bool:
    """"On Saturday, Trump signed orders imposing the duties from Tuesday": the day a
    participle's or infinitive's act takes effect is part of what the act sets, not when it
    was done, when another time of the sentence, outside that clause, dates the act that
    carries it (alone, "suspended flights from Wednesday" keeps that day)."""
    anchor = attached.anchor
    if anchor is None or not _non_finite(anchor) or not takes_effect(attached.expr, text):
        return False
    inside = {t.i for t in anchor.subtree}
    return any(other is not attached and other.interval is not None
               and other.expr.kind not in ANAPHORIC
               and other.expr.kind not in ("offset", "year_attr")
               and (other.anchor is None or other.anchor.i not in inside)
               for other in exprs)


def _refers_to_named_year(expr: TimeExpr) -> bool:
    """"that year", "the same year", "in November of that year": a year told before."""
    unit = (expr.get("unit") or "").lower()
    if expr.kind == "that_unit" and unit == "year":
        return True
    if expr.kind == "next_unit" and unit == "year" and expr.get("dir").lower() == "same":
        return True
    return expr.kind in ("month", "that_month") and (
        expr.get("yrel") or "").lower().split()[:1] in (["that"], ["the"])


def last_written_year(exprs: list[TimeExpr], before: int | None = None) -> int | None:
    """The last year written out in these expressions (bounds included: "since 1993"),
    among those ending before character `before`."""
    years = [y for e in exprs if (before is None or e.end <= before)
             and (y := explicit_year(e)) is not None]
    return years[-1] if years else None


def _with_named_year(ctx: ResolveContext, expr: TimeExpr, text: str,
                     found: list[TimeExpr], before: int | None) -> ResolveContext:
    """The context "that year" resolves in: the year written last (earlier in the sentence,
    else in the sentence before, see DateStage) when it is not the narrative's own year nor
    after publication; "later that year" goes on from the narrative instead."""
    if not _refers_to_named_year(expr):
        return ctx
    year = last_written_year(found, expr.start) or before
    frame = ctx.frame
    if year is None or re.search(r"\b(?:later|earlier)\s+(?:in\s+)?$", text[:expr.start], re.I) \
            or (ctx.pub is not None and year > ctx.pub.year) \
            or (frame is not None and frame.start.year == year == frame.end.year):
        return ctx
    return replace(ctx, named_year=year)


def _in_sentence_frame(expr: TimeExpr) -> bool:
    """Expressions that take the time named earlier in the same sentence when there is one:
    the anaphoric ones, and days or parts of "the month" ("In April ... on the 8th ...,
    and in the end of the month ...")."""
    if expr.kind in ANAPHORIC or expr.kind in ("month_day_only", "that_month"):
        return True
    if expr.kind == "month" and (expr.get("yrel") or "").lower().split()[:1] in (
            ["that"], ["the"]):
        return True  # "in November of that year"
    return expr.kind in ("part_month", "day_of_rel_month") and (
        expr.get("mrel") or "").lower().split()[:1] in (["the"], ["that"])


COMPARISON_PREPS = frozenset({"unlike", "like"})


def _in_comparison(span: Span) -> bool:
    """The expression sits in a phrase comparing with another occasion ("unlike his visit
    in 2017", "like in 2019")."""
    return any(t.dep_ == "prep" and t.lower_ in COMPARISON_PREPS for t in ancestors(span.root))


def _compared_occasion_time(trigger: Token, found: list[TimeExpr], ctx: ResolveContext
                            ) -> tuple[TimeExpr, Interval] | None:
    """"unlike the treaty which Moscow signed with Pyongyang last year": an act told inside
    a phrase comparing with another occasion is dated by the phrase's own expression (which
    dates nothing outside it)."""
    prep = next((t for t in ancestors(trigger)
                 if t.dep_ == "prep" and t.lower_ in COMPARISON_PREPS), None)
    if prep is None:
        return None
    for expr in _expressions_inside(prep, found):
        interval = resolve(expr, ctx)
        if interval is not None:
            return expr, interval
    return None


def _hangs_on(anchor: Token, head: Token) -> bool:
    """The anchor is a word of `head`'s own clause: reached from it through nouns and
    prepositions, not through another verb ("summoned the envoy on Monday" -> summoned)."""
    if anchor.pos_ in ("VERB", "AUX"):
        return False  # a verb anchors its own clause
    current = anchor
    while current.head.i != current.i:
        current = current.head
        if current.i == head.i:
            return True
        if current.pos_ in ("VERB", "AUX"):
            return False
    return False


def _distance(attached: AttachedExpr, trigger: Token, scope: list[Token]) -> float | None:
    if attached.expr.kind == "year_attr":
        return _made_in(attached, trigger)
    if attached.anchor is None:
        return float(len(scope))  # sentence-level: the weakest attachment
    anchor = attached.anchor
    if anchor.dep_ == "relcl" and anchor.head.i == trigger.i and trigger.pos_ == "NOUN" \
            and _nearer_noun(trigger, anchor):
        # "the suspension of the Treaty of Friendship which Algiers concluded with Madrid on
        # 8 October 2002": the parse hangs the clause on the act's noun, but it tells of the
        # nearer noun, the treaty, when it was made, not the suspension
        return None
    if anchor.head.i == trigger.i and (
            (anchor.dep_ == "acl" and anchor.tag_ == "VBN")
            or (anchor.dep_ == "relcl" and anchor.tag_ == "VBD" and trigger.pos_ == "NOUN")):
        # "a truce agreed on Wednesday", "the strike that killed 35 people on Sunday": the
        # participle or past relative clause dates its noun
        return 0.25
    if _names_other_occasion(attached, trigger):
        return None  # "called for the result of the Aug. 26 election to be respected"
    if _dates_cause_noun(attached, trigger):
        return None  # "ordered the diplomats to leave, over a cyberattack in July"
    when = _when_clause_head(anchor) or _participle_head(anchor)
    told_in = _occasion_noun(anchor) or _held_occasion(anchor)
    antecedent = False  # climbing the noun phrase a relative clause of the act hangs on
    crossed = False  # climbed out of a relative clause of the act
    for rank, token in enumerate(scope):
        if rank and scope[rank - 1].dep_ == "relcl":
            # "the decision in May to suspend the broadcasts, a ban it said rested on
            # pretexts": the dates of the noun phrases above the clause are theirs, not its
            # (a "when" clause is at the time it hangs on)
            antecedent = True
            crossed = crossed or not any(c.lower_ == "when" for c in scope[rank - 1].children)
        elif token.pos_ in ("VERB", "AUX"):
            antecedent = False
        if crossed and anchor.pos_ == "NOUN" and (
                token.i == anchor.i or anchor.lemma_.lower() in anaphoric_event_nouns()
                and _hangs_on(anchor, token)):
            return None  # a noun on the way up from the clause, or an act named in the
            # clause it hangs in ("the move in April"): its date is its own
        if antecedent and anchor.pos_ not in ("VERB", "AUX") and (
                token.i == anchor.i or _hangs_on(anchor, token)):
            return None  # "Monday's attack on the bridge, which it blamed on Kyiv": the attack's
        if token.i == attached.anchor.i:
            return float(rank)
        if _hangs_on(attached.anchor, token):
            return rank + 0.5
        if told_in is not None and (_hangs_on(told_in, token) or any(
                c.dep_ == "xcomp" and _hangs_on(told_in, c) for c in token.children)):
            return rank + 0.5  # "in an interview published on Sunday, X accused ..."; "X
            # threatened to send elephants to Germany in an interview published on Tuesday"
        if when is not None and when.i == token.i:
            return rank + 0.75  # "When the quake struck in September, Algiers offered ..."
    return None


# Prepositions before an occasion named with its date that bound the act in time ("after
# the February 2 floods"): the date counts, see _after_occasion.
_BOUNDING_PREPS = frozenset({"after", "following", "since", "before"})


def _nearer_noun(noun: Token, clause: Token) -> bool:
    """A name written between the noun and its relative clause, as the object of the noun's
    preposition ("the suspension of the Treaty ..., which ..."): the clause's nearer noun."""
    first = min(t.i for t in clause.subtree)
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.tag_ in ("NNP", "NNPS") and g.i < first for g in c.children)
        for c in noun.children if c.i < first)  # ("the strike on Sumy that killed ...":
    # a place the act happens at, not a name the clause describes)


def _names_other_occasion(attached: AttachedExpr, trigger: Token) -> bool:
    """A date written before a noun ("the Aug. 26 election", "the March 3 arrest of its
    citizens") names that occasion, not the time of the verb above it; unless the noun is
    the act itself, what a making verb makes ("signed the May 2 accord"), or an occasion
    the act follows ("after the February 2 floods")."""
    noun = _dated_occasion(attached)
    if noun is None or noun.i == trigger.i:
        return False
    return not (noun.head.i == trigger.i and noun.dep_ in ("dobj", "nsubjpass")
                and trigger.lemma_.lower() in time_lexicon().makes)


# Prepositions that name what an act is about or answers ("over a cyberattack in July",
# "regret over the incidents of 1989"): a time after their noun dates that noun.
_CAUSE_PREPS = frozenset({"over", "about", "against", "regarding", "concerning"})
_ANSWER_NOUNS = frozenset({"response", "retaliation", "reaction", "reply", "answer"})


def _dates_cause_noun(attached: AttachedExpr, trigger: Token) -> bool:
    """A time written after a noun that a cause or topic preposition governs ("cut ties and
    ordered the diplomats to leave, over a cyberattack in July") tells when that happened,
    not when the act above it did."""
    noun = attached.anchor
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i == trigger.i \
            or attached.expr.kind in ANAPHORIC or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ not in _CAUSE_PREPS and not (
            prep.lower_ in ("to", "for") and prep.head.lemma_.lower() in _ANSWER_NOUNS):
        return False  # (not "over" alone: "in response to a demand earlier this month")
    return noun.sent.start_char + attached.expr.start > noun.idx \
        and trigger.i not in {t.i for t in noun.subtree}


def _cause_noun_weekday(trigger: Token, exprs: list[AttachedExpr]) -> AttachedExpr | None:
    """A weekday after a cause or topic noun of the act's own clause, when nothing else dates
    the act: news copy puts the act's day last ("Japan protested to China about the incursion
    on Monday", review23), though the parse hangs it on the noun (_dates_cause_noun)."""
    scope = {t.i for t in (trigger, *ancestors(trigger))}
    return next((a for a in exprs if a.interval is not None and a.expr.kind == "weekday"
                 and a.anchor is not None and _dates_cause_noun(a, trigger)
                 and a.anchor.head.head.i in scope), None)


def _dated_occasion(attached: AttachedExpr) -> Token | None:
    """The noun a date written before it names ("the Aug. 26 election"), when it is not an
    occasion the clause's act happens at or follows ("at the May 3 summit")."""
    noun = attached.anchor
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    sent = noun.sent
    start, end = sent.start_char + attached.expr.start, sent.start_char + attached.expr.end
    if end > noun.idx or attached.expr.kind in ANAPHORIC:
        return None
    first = sent.doc.char_span(start, end, alignment_mode="expand")
    if first is None or first.start == 0 or sent.doc[first.start - 1].tag_ not in (
            "DT", "PRP$") or sent.doc[first.start - 1].lower_ in ("this", "that"):
        return None  # only "the Aug. 26 election", not "on the 3rd President Xi met"
    if noun.dep_ == "pobj" and noun.head.lower_ in _BOUNDING_PREPS | _OCCASION_PREPS:
        return None  # "after the February 2 floods", "at the May 3 summit"
    if any(t.i < noun.i and t.dep_ in ("nmod", "compound", "nummod", "amod")
           and start <= t.idx for t in noun.children):
        return noun
    return None


def _dated_occasion_clause(trigger: Token, exprs: list[AttachedExpr]) -> AttachedExpr | None:
    """"a March 2019 letter in which her predecessor demanded an apology", "the May 2 call
    in which Modi invited him", "the declaration of January 2021, under which Riyadh lifted
    the embargo": a past relative clause on a noun named with its date tells
    what happened on that occasion, at that date."""
    clause = next((t for t in [trigger, *ancestors(trigger)] if t.dep_ == "relcl"), None)
    if clause is None or clause.tag_ != "VBD" or not any(
            t.tag_ in ("WDT", "WP") for t in clause.subtree if t.i < clause.i):
        return None
    return next((a for a in exprs if a.interval is not None and a.expr.kind != "year_attr"
                 and a.expr.kind not in ANAPHORIC and a.anchor is not None and (
                     a.anchor.i == clause.head.i and _dated_occasion(a) is not None
                     or _date_of(a) and (a.anchor.i == clause.head.i
                                         or _within(clause.head, a)))), None)


def _date_of(attached: AttachedExpr) -> bool:
    """"the declaration of January 2021": the date written after its noun with "of"."""
    noun = attached.anchor
    start = noun.sent.start_char + attached.expr.start
    return noun.doc.text[noun.idx + len(noun):start].strip().lower() == "of"


def _within(token: Token, attached: AttachedExpr) -> bool:
    """`token` is a word of the expression (a clause the parse hangs on "March" in "the
    declaration of March 2019, under which ..." is the noun's)."""
    start = token.sent.start_char
    return start + attached.expr.start <= token.idx < start + attached.expr.end


def _subject_clause_expression(trigger: Token, exprs: list[AttachedExpr]
                               ) -> AttachedExpr | None:
    """"Erdogan, who on Thursday arrived in Athens, signed a declaration with Mitsotakis": a
    deed with no time of its own, whose subject a past relative clause dates (the arrival
    that brought the subject there), happened that day as far as the text tells. Speech acts
    keep the conventions' date."""
    clause = clause_head(trigger)
    while clause.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head
    # "Jokowi, who arrived on Wednesday, was received by Anwar": a past passive too
    passive = clause.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in clause.children)
    if (clause.tag_ != "VBD" and not passive) or any(
            c.dep_ in ("aux", "neg") for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    relative = next((c for c in subject.subtree if c.dep_ == "relcl" and c.tag_ in (
        "VBD", "VBN") and any(w.tag_ == "WP" for w in c.children)), None)
    if relative is None:
        return None
    inside = {t.i for t in relative.subtree}
    dated = [a for a in exprs if a.interval is not None and a.anchor is not None
             and a.anchor.i in inside and a.expr.kind not in ("offset", "year_attr")]
    return dated[0] if len(dated) == 1 else None


def _occasion_noun(anchor: Token) -> Token | None:
    """"an interview published on Sunday", "a statement issued late on Friday": the
    occasion noun (data/time_words.tsv, episode) a participle dates."""
    if anchor.dep_ != "acl" or anchor.tag_ != "VBN":
        return None
    noun = anchor.head
    # "The declaration, adopted by the leaders on Wednesday, said ...": a written statement
    # (data/time_words.tsv, statement) is an occasion of its own too
    occasions = time_lexicon().episodes | time_lexicon().statements
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "an interview with the tabloid Bild published on Tuesday"
    # "remarks" is listed as written: its lemma "remark" is not
    return noun if noun.lemma_.lower() in occasions or noun.lower_ in occasions else None


# Prepositions that place an act at an occasion it was present at or kept away from.
_PRESENCE_PREPS = frozenset({"at", "from", "during", "in"})


def _held_occasion(anchor: Token) -> Token | None:
    """"South Korea stayed away from a memorial service held on Sunday", "spoke at a rally
    staged on Friday": a noun that a participle of holding (data/time_words.tsv, holds)
    dates is an occasion; an act placed at it (or kept away from it) is of its time."""
    if anchor.dep_ != "acl" or anchor.tag_ != "VBN" \
            or anchor.lemma_.lower() not in time_lexicon().holds:
        return None
    noun = anchor.head
    if noun.dep_ == "pobj" and noun.head.lower_ in _PRESENCE_PREPS:
        return noun
    return None


# Subordinating words of a clause that happens at the same time as its main clause.
_SIMULTANEOUS_MARKS = frozenset({"when", "as", "while"})


def _when_clause_head(anchor: Token) -> Token | None:
    """The main-clause verb of the "when" clause the anchor is the verb of: the time of the
    clause is the main clause's too."""
    clause = anchor
    if clause.dep_ != "advcl" and clause.head.dep_ == "advcl" and clause.pos_ not in (
            "VERB", "AUX"):
        clause = clause.head
    if clause.dep_ == "relcl" and clause.pos_ in ("VERB", "AUX"):
        return _misread_when_clause_head(clause)
    if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "mark" and c.lower_ in _SIMULTANEOUS_MARKS for c in clause.children):
        return clause.head
    if any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return clause.head
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is not None and mark.i > 0 and mark.nbor(-1).lower_ in _SOON:
        return clause.head  # "hours after India struck ... on May 7": that day
    return None


def _misread_when_clause_head(clause: Token) -> Token | None:
    """"Bukele offered to take in deportees, including U.S. citizens, when Rubio visited him
    on Feb. 3": the parser hangs the "when" clause on the noun before it as a relative
    clause. On a noun that names no time ("citizens", not "since December, when ..."), it
    is the main clause's time clause: the verb it belongs to is the first finite one above
    (not an infinitive or a participle on the way)."""
    if not any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i
               for c in clause.children):
        return None
    noun = clause.head
    words = time_lexicon()
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in _DATE_NOUNS \
            or noun.lower_ in words.months or noun.lower_ in words.weekdays \
            or noun.lower_ in words.seasons or noun.like_num:
        return None
    current = noun
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.tag_ not in ("VB", "VBG", "VBN"):
            return current
    return None


def _participle_head(anchor: Token) -> Token | None:
    """"Speaking on Monday, Ruto thanked Rwanda", "Ruto, speaking after the vote, thanked
    ...": a present participle with no subject, mark or auxiliary of its own happens with
    its main verb (the verb it hangs on, or the one whose subject it describes). Not
    "following", which bounds."""
    if anchor.tag_ != "VBG" or anchor.lemma_.lower() in ("follow", "accord") or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in anchor.children):
        return None
    if anchor.dep_ == "advcl" and anchor.head.pos_ in ("VERB", "AUX"):
        return anchor.head
    if anchor.dep_ == "acl" and anchor.head.dep_ in ("nsubj", "nsubjpass") \
            and anchor.i < anchor.head.head.i:
        return anchor.head.head
    if anchor.dep_ == "acl" and anchor.head.dep_ in ("dobj", "pobj"):
        # "began issuing visas to tourists visiting the islands in April": a participle
        # that only describes the object's people tells no occasion of its own; the time
        # is the act's, the verb the object hangs on
        return next((t for t in ancestors(anchor.head) if t.pos_ in ("VERB", "AUX")), None)
    return None


# Words that put an "after" clause's act just before the main one: the same day.
_SOON = frozenset({"hours", "minutes", "moments", "shortly", "soon", "immediately", "just"})


def _after_mark(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children)


def _soon_before_main(trigger: Token, exprs: list[AttachedExpr], frame: AttachedExpr | None
                      ) -> AttachedExpr | None:
    """"The decision came hours after Lopez Obrador told reporters that ...": an act in an
    "hours / shortly after" clause happened the day of the main clause, dated by its own
    expression or, when it is about the act just told, by the narrative."""
    clause = next((t for t in [trigger, *ancestors(trigger)] if t.dep_ == "advcl"), None)
    if clause is None or clause.head.i == clause.i:
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is None or mark.i == 0 or mark.nbor(-1).lower_ not in _SOON:
        return None
    main = clause.head
    own = _own_expression(main, [a for a in exprs if a.expr.kind != "year_attr"])
    if own is not None and own[0].interval is not None and own[0].anchor is not None \
            and own[0].anchor.i not in {t.i for t in clause.subtree}:
        return own[0]
    if frame is not None and frame.interval is not None and _about_act_told(main):
        return frame
    return None


# How far "shortly after" an occasion reaches, in days.
_SOON_AFTER_DAYS = 7


def _after_occasion(trigger: Token, attached: AttachedExpr, interval: Interval,
                    pub) -> Interval:
    """"flew a rescue team shortly after the February 6 earthquake": a date before the noun
    names the occasion the act followed, so the act falls within days after it; after plain
    "after" it is only bounded, up to publication (the conventions' common prefix of the
    bounds)."""
    path = {t.i for t in [trigger, *ancestors(trigger)]}
    anchor = attached.anchor
    end_char = anchor.sent.start_char + attached.expr.end
    for token in [anchor, *ancestors(anchor)]:
        if token.i in path:
            return interval
        if token.dep_ == "prep" and token.lower_ == "after" and token.head.i in path:
            noun = next((c for c in token.children if c.dep_ == "pobj"), None)
            if noun is None or end_char > noun.idx:
                return interval  # "after his election in mid-December": maybe the act's date
            soon = (token.i > 0 and token.nbor(-1).lower_ in _SOON) or any(
                c.dep_ == "advmod" and c.lower_ in _SOON for c in token.children)
            end = interval.end + timedelta(days=_SOON_AFTER_DAYS) if soon else pub
            if end is not None and pub is not None:
                end = min(end, pub)
            if end is None or end <= interval.end:
                return interval
            return Interval(interval.start, end)
    return interval


def _after_clause_bound(trigger: Token, exprs: list[AttachedExpr], pub) -> Interval | None:
    """"After India struck nine sites on May 7, Pakistan shot down five jets": the act is
    only bounded, by the clause's date and publication (the common prefix of the two)."""
    if pub is None:
        return None
    scope = {t.i for t in [trigger, *ancestors(trigger)]}
    for attached in exprs:
        anchor = attached.anchor
        if attached.interval is None or anchor is None or attached.expr.kind in (
                "offset", "year_attr"):
            continue
        if anchor.dep_ == "advcl" and _after_mark(anchor) and anchor.head.i in scope \
                and attached.interval.end <= pub:
            return Interval(attached.interval.start, pub)
        lead = _after_phrase(anchor)
        if lead is not None and lead.head.i in scope and attached.interval.end <= pub:
            return Interval(attached.interval.start, pub)
    return None


def _after_phrase(anchor: Token) -> Token | None:
    """"After meeting Putin on Monday, Xi praised ...", "Following a phone call on Monday,
    the two leaders agreed ...": the "after" / "following" phrase the anchor lies in, when
    it opens the sentence before its main verb (a bound of that verb)."""
    for token in [anchor, *ancestors(anchor)]:
        if token.lower_ in ("after", "following") and token.dep_ in ("prep", "advcl") \
                and token.i == token.sent.start and token.head.i > token.i:
            return token
    return None


def _made_in(attached: AttachedExpr, trigger: Token) -> float | None:
    """"the 2020 war", "brokered a 2015 peace deal", "the 2018 pact, signed by ...": the
    year names when the thing was made, so it dates the noun itself or a verb (or its
    participle) that makes it (data/time_words.tsv, makes); not other acts on it
    ("suspended a 2018 pact")."""
    noun = attached.anchor
    if noun is None:
        return None
    if noun.i == trigger.i:
        return 0.0
    if noun.head.i == trigger.i and noun.dep_ in ("dobj", "nsubjpass") \
            and trigger.lemma_.lower() in time_lexicon().makes:
        return 0.5
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and _of_noun(trigger.head, noun) \
            and trigger.lemma_.lower() in time_lexicon().makes:
        return 0.5  # "the 2018 agreement, signed by ...", "a 2015 declaration of principles
        # signed by ..."
    if noun.dep_ == "pobj" and noun.head.lower_ in _OCCASION_PREPS | {"amid"} \
            and noun.head.head.i in {t.i for t in (trigger, *ancestors(trigger))}:
        return 1.0  # "During the 2014 Gaza war, the government scrapped three accords"
    return None


def _of_noun(token: Token, noun: Token) -> bool:
    """`token` is `noun`, or what an "of" after it names ("declaration of principles")."""
    return token.i == noun.i or (token.dep_ == "pobj" and token.head.lower_ == "of"
                                 and token.head.head.i == noun.i)


def _own_expression(trigger: Token, exprs: list[AttachedExpr]) -> tuple[AttachedExpr, Token] | None:
    """The expression nearest up the tree from the trigger, with the token it hangs on; last,
    that of a trailing attribution ("..., Japanese media reported on Wednesday")."""
    scope = [trigger, *ancestors(trigger)]
    attribution = trailing_attribution(trigger) or _trailing_announcement(trigger)
    if attribution is not None:
        scope.append(attribution)
    best: tuple[float, int, AttachedExpr] | None = None
    for attached in exprs:
        if attached.expr.kind == "offset":
            continue  # it dates the clause it introduces, see _date_offset_clauses
        dist = _distance(attached, trigger, scope)
        if dist is None:
            continue
        gap = abs(attached.expr.start + trigger.sent.start_char - trigger.idx)
        if best is None or (dist, gap) < best[:2]:
            best = (dist, gap, attached)
    if best is None:
        return None
    return best[2], best[2].anchor or trigger.sent.root


def _words_of_deed(trigger: Token) -> bool:
    """"The ministry said it had summoned Norway's ambassador, calling Oslo's move an
    unfriendly step": a participle of saying on a deed the statement reports is what was said
    at that deed, so it goes with the deed, not with the day of the statement."""
    head = trigger.head
    return trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.i > head.i \
        and head.pos_ == "VERB" and speech_kind(head) is None \
        and governing_speech_verb(head) is not None


def _coordinated(trigger: Token) -> set[int]:
    """The verbs coordinated with the trigger's clause ("shut ..., suspended ... and
    threatened ..."), its own included."""
    top = clause_head(trigger)
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    family = {top.i}
    stack = [top]
    while stack:
        verb = stack.pop()
        for child in verb.children:
            if child.dep_ == "conj" and child.i not in family:
                family.add(child.i)
                stack.append(child)
    return family


def _after_dated_clause(trigger: Token, exprs: list[AttachedExpr]) -> AttachedExpr | None:
    """"The bloc shut its borders four days after soldiers toppled Bazoum on July 26": a main
    clause with no day of its own lies the offset from the day its "N days after/before"
    clause names (the reverse of _offset_intervals)."""
    family = _coordinated(trigger)
    dated = [a for a in exprs if a.interval is not None and a.anchor is not None
             and a.expr.kind not in ("offset", "year_attr") and a.expr.kind not in ANAPHORIC]
    for attached in exprs:
        if attached.expr.kind != "offset" or attached.anchor is None:
            continue
        parts = _offset_parts_of(attached)
        if parts is None or parts[1].i not in family:
            continue
        inside = {t.i for t in parts[0].subtree}
        base = next((a for a in dated if a.anchor.i in inside), None)
        if base is None:
            continue
        sign = 1 if attached.expr.get("dir").lower() == "after" else -1
        moved = shift_interval(base.interval, attached.expr, sign)
        if moved is not None:
            return AttachedExpr(attached.expr, attached.anchor, moved)
    return None


def _finer_clause_time(trigger: Token, own: AttachedExpr, exprs: list[AttachedExpr]
                       ) -> AttachedExpr | None:
    """"At a joint news conference on Thursday, Anwar praised Jakarta's chairmanship this
    year": "this year" (the period the report is written in, which holds any recent act)
    says less than a day the same clause names on an occasion it is placed at, outside
    relative and participle clauses; that day dates the act."""
    if own.expr.kind != "unit_rel" or own.interval is None \
            or (own.expr.get("urel") or "").lower() != "this":
        return None
    clause = clause_head(trigger)
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "... praised X and said ...": the first verb's occasion
    for attached in exprs:
        interval, anchor = attached.interval, attached.anchor
        if attached is own or interval is None or anchor is None \
                or attached.expr.kind in ("offset", "year_attr") or attached.expr.kind in ANAPHORIC:
            continue
        if interval.start < own.interval.start or interval.end > own.interval.end \
                or interval == own.interval:
            continue
        path = [anchor, *ancestors(anchor)]
        if clause not in path or any(t.dep_ in ("relcl", "acl", "ccomp", "advcl")
                                     for t in path[:path.index(clause)]):
            continue
        if anchor.i == clause.i or (anchor.dep_ == "pobj" and anchor.head.head.i == clause.i):
            return attached
    return None


# CAMEO roots whose acts are verbal by definition (make a statement, appeal, express
# intent): told in what someone says, the saying is the act.
_VERBAL_ROOTS = frozenset({"01", "02", "03"})


def _said_intent(ev: DraftEvent, trigger: Token) -> bool:
    """"X told journalists that Ghana was ready to help", "Xi pointed out that China is
    willing to ...": an intent (or appeal) told inside what a speaker says is made when it
    is said, dated like the saying."""
    return ev.cameo[:2] in _VERBAL_ROOTS and _intent_saying(trigger) is not None


def _says(verb: Token) -> bool:
    if speech_kind(verb) == "say":
        return True
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return any(f"{verb.lemma_.lower()} {p}" in time_lexicon().say_phrases for p in particles)


def _intent_saying(trigger: Token) -> Token | None:
    """The verb of saying whose content holds the trigger: through complement clauses
    ("pointed out that ... and the Chinese side is willing"), or as a clause the parse joins
    to it with no subject of its own ("told journalists that ..., but was ready to help")."""
    current = trigger
    while current.head.i != current.i:
        head = current.head
        if current.dep_ in ("nsubj", "nsubjpass", "relcl", "acl", "appos", "advcl"):
            return None  # the speaker, or a clause about someone
        if _says(head) and (current.dep_ == "ccomp" or current.dep_ == "conj" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in current.children)):
            return head
        current = head
    return inserted_attribution(clause_head(trigger))  # "Ghana, he said, was ready to"


def _reacts_to_act(verb: Token) -> bool:
    """"welcomed the decision, saying ...", "condemned the strike": the act answers one told
    before (its object an event anaphor, data/event_anaphors.tsv), said when the news came."""
    nouns = anaphoric_event_nouns()
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


def _joined_to_deed(saying: Token, trigger: Token) -> bool:
    """"Prince Feisal conveyed the invitation to the President, and the President said he
    would travel ...": a plain "said" with a subject of its own, coordinated after a past deed
    of the story (not a verb of saying, nor an answer to an act told before), is told of the
    same scene. The deed itself, told with "and said" by its own subject ("Orban thanked
    Azerbaijan ... and said ..."), stays a statement."""
    head = saying.head
    if head.i == trigger.i or not any(c.dep_ == "nsubj" for c in saying.children):
        return False
    # (a simple past the tagger reads as a participle: "handed" with no auxiliary)
    return saying.dep_ == "conj" and head.i < saying.i and head.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children) \
        and speech_kind(head) is None \
        and not _reacts_to_act(head)  # "slammed the memorandum ... and said": a reaction


def _goes_on(verb: Token) -> bool:
    """The clause says it goes on with the story told ("also", "later": data/time_words.tsv,
    continue)."""
    words = time_lexicon().continuations
    return any(c.dep_ == "advmod" and c.lower_ in words for c in verb.children)


def _trailing_announcement(trigger: Token) -> Token | None:
    """"Baku has declared two diplomats persona non grata, the ministry's spokesman announced
    on Tuesday": an announcing verb after a comma, with a subject and no content of its own,
    that the parse joins to the main clause (syntax.trailing_attribution takes verbs of
    saying only): the act was made known then."""
    root = trigger
    while root.head.i != root.i:
        root = root.head
    for child in root.children:
        if child.i > trigger.i and child.dep_ in ("conj", "ccomp", "parataxis") \
                and speech_kind(child) == "announce" and child.pos_ == "VERB" \
                and child.doc[child.left_edge.i - 1].is_punct \
                and not any(c.dep_ in ("cc", "ccomp", "xcomp", "dobj") for c in child.children) \
                and any(c.dep_ == "nsubj" for c in child.children):
            return child
    return None


def _is_present(verb: Token) -> bool:
    """Present or present perfect: commentary and standing states, not narrative."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _PRESENT_AUX for a in aux):
        return True
    if any(a.tag_ == "MD" for a in aux):
        return False
    return verb.tag_ in _PRESENT_TAGS or any(a.tag_ in _PRESENT_TAGS for a in aux)


def _same_day_as_object(trigger: Token, attached: AttachedExpr, ctx: ResolveContext
                        ) -> Interval | None:
    """"Tokyo welcomed the plan the same day": the day of the act the object names, when
    the text told of it with a date."""
    if attached.expr.kind not in ("that_time", "next_unit") or "same" not in (
            attached.expr.text.lower()):
        return None
    obj = next((c for c in clause_head(trigger).children if c.dep_ == "dobj"), None)
    if obj is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
        return None
    return (ctx.episodes or {}).get(obj.lemma_.lower())


def _clause_mate_expression(trigger: Token, exprs: list[AttachedExpr]) -> AttachedExpr | None:
    """A date told beside the act's clause rather than on it: on a verb coordinated with it
    ("thanked Germany ... and greeted the freed Americans late on Thursday"), or in a
    relative clause placing its subject ("Campbell, who was in Seoul on Wednesday,
    criticised ...")."""
    clause = clause_head(trigger)
    mates = [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
             and _same_subject(c) and not (_modal(c) and not _modal(clause))]
    # (not "investigates the cars since October and could impose tariffs in the summer": a
    # mate told as a possibility has a time still to come)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        mates += [c for c in subject.children if c.dep_ == "relcl" and _placing(c)]
    for mate in mates:
        for attached in exprs:
            anchor = attached.anchor
            if attached.interval is None or anchor is None or attached.expr.kind in (
                    "offset", "year_attr") or _names_other_occasion(attached, mate):
                continue
            if anchor.i == mate.i or _hangs_on(anchor, mate):
                return attached
    return None


def _own_tense_conjunct(trigger: Token, attached: AttachedExpr) -> bool:
    """The act's clause is coordinated with the dated one but has a tense of its own, the
    present or present perfect ("clashed in May 2021, and Dushanbe has since accused
    Bishkek"): the other clause's date is not its."""
    clause = clause_head(trigger)
    anchor = attached.anchor
    if clause.dep_ != "conj" or anchor is None or not _is_present(clause):
        return False
    dated = clause_head(anchor)
    current = clause
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head  # the clauses it is coordinated with, not a verb of saying
        if current.i == dated.i:
            return not _is_present(dated)
    return False


def _past_after_plan(trigger: Token, attached: AttachedExpr) -> bool:
    """The act's clause is a past one coordinated after a clause about the future ("Brazil
    will host next year's summit, and Lula said he intended to invite Putin"): the plan's
    time is not when the past act happened."""
    anchor = attached.anchor
    if anchor is None:
        return False
    dated = clause_head(anchor)
    if dated.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in dated.children):
        return False
    current = trigger
    while current.head.i != current.i and current.head.i != dated.i:
        current = current.head
    return current.head.i == dated.i and current.i != dated.i and current.dep_ == "conj" \
        and current.tag_ == "VBD"


def _earlier_conjunct_expression(trigger: Token, exprs: list[AttachedExpr]
                                 ) -> AttachedExpr | None:
    """"in September 2022 the troops fought along the border, about a hundred people died,
    and Bishkek accused Dushanbe of aggression": a plain past clause coordinated after
    dated ones, with no time of its own, happened at their time, also when the parser hangs
    it higher than the clause it follows. Not a clause with its own tense or sequence
    ("and has since accused", "and later accused"), and only when the clauses before it
    tell one time."""
    clause = clause_head(trigger)
    if clause.dep_ != "conj" or clause.tag_ != "VBD" or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in clause.children):
        return None
    words = time_lexicon().continuations
    if any(c.dep_ == "advmod" and c.lower_ in words for c in clause.children):
        return None
    first = clause.left_edge.i
    head = clause.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "fought ..., people died, and Bishkek accused": the first clause
    lo = head.left_edge.i
    dated = [a for a in exprs if a.interval is not None and a.anchor is not None
             and a.expr.kind not in ("offset", "year_attr") and lo <= a.anchor.i < first
             and not _in_modifier_clause(a.anchor) and not _dates_cause_noun(a, trigger)]
    if len({(a.interval.start, a.interval.end) for a in dated}) != 1:
        return None
    return dated[-1]


# Words that make a clause opening the sentence subordinate ("When X met Y, Z said ...").
_SUBORDINATORS = TIME_CONJUNCTIONS | {"because", "although", "though", "if", "whereas"}


def _misread_first_clause_expression(trigger: Token, exprs: list[AttachedExpr]
                                     ) -> AttachedExpr | None:
    """"China's ministry announced on the 4th that it will impose tariffs, and spokesman Lin
    Jian said that ...": in a long sentence the parser may read the first clause as an
    adverbial clause or as what the second one says. A past clause with a subject of its own
    opening the sentence with no subordinating word, joined by ", and" before the main
    verb's own subject, is coordinated with it: its date is the main clause's, as for
    _earlier_conjunct_expression (the tree is left as it is: the events stage reads it)."""
    root = trigger.sent.root
    if root.tag_ != "VBD" or root.i != clause_head(trigger).i and (
            _saying_verb(trigger) is None or _saying_verb(trigger).i != root.i):
        return None
    first = next((c for c in root.children if c.dep_ in ("advcl", "ccomp") and c.i < root.i),
                 None)
    if first is None or first.tag_ != "VBD" or first.left_edge.i != trigger.sent.start:
        return None
    children = list(first.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children) or any(
            c.dep_ in ("mark", "aux", "auxpass") or c.lower_ in _SUBORDINATORS
            for c in children):
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < first.i:
        return None
    doc = trigger.doc
    cc = doc[subject.left_edge.i - 1]
    if cc.dep_ != "cc" or cc.lower_ not in ("and", "but") or cc.i <= first.i \
            or doc[cc.i - 1].text != "," or first not in cc.ancestors:
        return None
    return next((a for a in exprs if a.interval is not None and a.anchor is not None
                 and a.expr.kind not in ("offset", "year_attr")
                 and (a.anchor.i == first.i or _hangs_on(a.anchor, first))), None)


def _counterfactual_clause_expression(trigger: Token, exprs: list[AttachedExpr]
                                      ) -> AttachedExpr | None:
    """"Russia blocked a resolution that would have tightened sanctions on North Korea in May
    2022": a clause of what would have happened (would / could / might have) on the act's
    object never happened, so a date in it is the act's own, hung there by the parser."""
    clause = clause_head(trigger)
    for attached in exprs:
        anchor = attached.anchor
        if attached.interval is None or anchor is None or attached.expr.kind in (
                "offset", "year_attr"):
            continue
        relative = next((t for t in [anchor, *ancestors(anchor)] if t.dep_ == "relcl"), None)
        if relative is None or relative.head.head.i != clause.i \
                or relative.head.dep_ not in ("dobj", "nsubjpass"):
            continue
        aux = [c for c in relative.children if c.dep_ == "aux"]
        if any(a.tag_ == "MD" for a in aux) and any(a.lemma_ == "have" for a in aux):
            return attached
    return None


def _complement_expression(trigger: Token, exprs: list[AttachedExpr], pub,
                           future: bool) -> AttachedExpr | None:
    """"Uganda offered to mediate ... earlier this week": a past time told on the
    infinitive the act governs dates the act itself (the infinitive did not happen; a
    time still to come stays the infinitive's: "agreed to meet next week")."""
    if future or pub is None or trigger.pos_ != "VERB":
        return None
    complements = [c for c in trigger.children if c.dep_ == "xcomp"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for comp in complements:
        inside = {t.i for t in comp.subtree}
        for attached in exprs:
            if attached.interval is None or attached.anchor is None \
                    or attached.expr.kind in ("offset", "year_attr") \
                    or attached.anchor.i not in inside:
                continue
            if _between_in_modifier(attached.anchor, comp):
                continue  # "pledged to raise trade, which reached $41bn last year": the trade's
            if attached.interval.end <= pub:
                return attached
    return None


def _between_in_modifier(token: Token, top: Token) -> bool:
    """A relative or participial clause lies on the way from `token` up to `top`: the time
    there describes a noun of the clause, not the clause's act."""
    current = token
    while current.i != top.i and current.head.i != current.i:
        if current.dep_ in ("relcl", "acl"):
            return True
        current = current.head
    return False


def _across_complement(trigger: Token, anchor: Token) -> bool:
    """The anchor is a verb above the that-clause holding the trigger ("said on Monday that
    Tehran would retaliate"): its time is the saying's, not the act's. A verb in the
    present ("experts do not exclude that Budapest may block it in June") tells no past
    time: the expression is the act's, hung too high by the parser. A noun anchor counts by
    its clause's verb ("raised the idea of a summit on February 15, saying Kishida could
    visit")."""
    if anchor.pos_ not in ("VERB", "AUX"):
        anchor = clause_head(anchor)
        if anchor.i not in {t.i for t in ancestors(trigger)}:
            return False  # a noun of the act's own clause
    if anchor.tag_ not in ("VBD", "VBN"):
        return False
    current = trigger
    while current.head.i != current.i and current.i != anchor.i:
        if current.dep_ == "ccomp":
            return True
        current = current.head
    return False


def _same_subject(verb: Token) -> bool:
    """A coordinated verb sharing the first one's subject: none of its own, or one that
    refers back to it ("and he and Harris greeted ...")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or any(t.pos_ == "PRON" for t in subject.subtree)


def _placing(verb: Token) -> bool:
    """"who was in Seoul", "who was visiting Kyiv": where the subject was at the time, not
    a biography ("who arrived in 2019")."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (verb.lemma_ == "be" and verb.tag_ == "VBD") or (
        verb.tag_ == "VBG" and bool(aux & {"was", "were"}))


def _affirmed_present_perfect(clause: Token) -> bool:
    """"has deployed", "have been expelled"; not "has not sent". A plain present with "since"
    ("Brussels investigates the cars since October", translated copy) tells the same."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    # (not the copula: "It is his third visit since 2018" is this visit)
    return (clause.tag_ == "VBN" and any(a.lower_ in ("has", "have") for a in aux)) or (
        clause.tag_ in ("VBZ", "VBP") and clause.pos_ == "VERB" and not aux)


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _expressions_inside(phrase: Token, found: list[TimeExpr]) -> Iterator[TimeExpr]:
    """The expressions (none anaphoric) whose words hang inside `phrase`'s subtree."""
    inside = {t.i for t in phrase.subtree}
    for expr in found:
        span = _expr_span(phrase.sent, expr)
        if span is not None and span.root.i in inside and expr.kind not in ANAPHORIC:
            yield expr


def _since_start(trigger: Token, clause: Token, ctx: ResolveContext
                 ) -> tuple[Interval, str] | None:
    """"Washington has deployed eight warships to the Caribbean since August": an act in
    the present perfect that goes on since a date began then (a plain "since" phrase of the
    act's own clause; negations keep null: "has not sent an envoy since 2019")."""
    if not (_affirmed_present_perfect(clause) or _told_since(clause)):
        return None
    sent = trigger.sent
    for expr in find_since(sent.text):
        span = _expr_span(sent, expr)
        anchor = _anchor(span) if span is not None else None
        if anchor is None or not (anchor.i == clause.i or _hangs_on(anchor, clause)):
            continue
        interval = resolve(_without_since(expr), ctx)
        if interval is not None:
            return interval, expr.text
    return None


def _told_since(clause: Token) -> bool:
    """Beside a "since" phrase of its own clause, a past perfect ("Since Saturday, the
    artillery had been shelling villages"), a present passive ("are detained since 1
    December") or a plain past (translated copy: "Since 2020 Riyadh applied a boycott")
    tells an act that began then as the present perfect does; not when negated or modal."""
    if any(c.dep_ == "neg" for c in clause.children) or _modal(clause):
        return False
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    return (clause.tag_ == "VBD" and clause.pos_ == "VERB" and not aux) or (
        clause.tag_ in ("VBN", "VBG") and bool(aux & {"had", "is", "are"}))


def _since_clause_span(clause: Token, ctx: ResolveContext, found: list[TimeExpr]
                       ) -> tuple[Interval, str] | None:
    """"Since the November 1 deadline expired, police have rounded up thousands": what is
    told in the present perfect after a "since" clause on a date was done between that date
    and publication: the time the two share (that month here; none across two years).
    Negations keep null ("has not returned any since")."""
    if ctx.pub is None or not _affirmed_present_perfect(clause):
        return None
    since = next((c for c in clause.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "since" for m in c.children)), None)
    if since is None:
        return None
    for expr in _expressions_inside(since, found):
        interval = resolve(_without_since(expr), ctx)
        if interval is not None and interval.start <= ctx.pub:
            return Interval(interval.start, ctx.pub), expr.text
    return None


def _when_relative_date(trigger: Token, ctx: ResolveContext,
                        found: list[TimeExpr]) -> tuple[Interval, str, Token] | None:
    """"... since December, when Lima declared the ambassador persona non grata", "a reversal
    from May 2023, when Lula received Maduro": a "when" clause on a date happened then, even
    when the date itself only bounds the main clause (whatever the preposition). `found`:
    the sentence's expressions, bounds included (find_all). Also the clause's verb."""
    chain = [trigger, *ancestors(trigger)]
    clause = next((t for t in chain if t.dep_ == "relcl" and any(
        c.lower_ == "when" and c.dep_ == "advmod" for c in t.children)), None)
    sent = trigger.sent
    if clause is not None:
        head = clause.head
        for expr in found:
            start = sent.start_char + expr.start
            end = sent.start_char + expr.end
            if start <= head.idx < end:
                interval = resolve(_without_since(expr), ctx)
                if interval is not None:
                    return interval, expr.text, clause
    misread = _when_clause_after_date(chain, ctx, found)
    if misread is not None:
        return misread
    return _date_noun_clause(chain, ctx, found)


def _when_clause_after_date(chain: list[Token], ctx: ResolveContext, found: list[TimeExpr]
                            ) -> tuple[Interval, str, Token] | None:
    """"at a low since January last year, when Moscow expelled Estonia's ambassador": the
    parser hangs the "when" clause on the main verb, but written right after the date (a
    comma between) it tells what happened then."""
    clause = next((t for t in chain if t.dep_ == "advcl" and any(
        c.lower_ == "when" and c.dep_ == "advmod" for c in t.children)), None)
    if clause is None:
        return None
    when = next(c for c in clause.children if c.lower_ == "when" and c.dep_ == "advmod")
    sent = clause.sent
    before = when.i - 1
    while before >= sent.start and sent.doc[before].is_punct:
        before -= 1
    if before < sent.start or before == when.i - 1:
        return None  # (a comma must part them: "he left it in May when it was sold")
    last = sent.doc[before]
    for expr in found:
        if sent.start_char + expr.end == last.idx + len(last.text):
            interval = resolve(_without_since(expr), ctx)
            if interval is not None:
                return interval, expr.text, clause
    return None


def _when_clause_conjunct(trigger: Token, ctx: ResolveContext,
                          found: list[TimeExpr]) -> tuple[Interval, str, Token] | None:
    """"have been in deep freeze since April 2021, when Prague expelled 18 diplomats, and
    Moscow responded by ordering 20 staff to leave": the parser hangs the simple-past clause
    after a past "when" clause on the present-perfect main one, whose tense it does not
    share; it goes on with the "when" clause, at its date."""
    clause = trigger
    while clause.dep_ in ("xcomp", "pcomp", "prep", "dobj", "pobj") \
            and clause.head.i != clause.i:
        clause = clause.head  # "responded by ordering staff to leave": "responded"
    head = clause.head
    if clause.dep_ != "conj" or clause.tag_ != "VBD" or head.i == clause.i \
            or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return None
    if head.tag_ == "VBD" and not any(c.dep_ == "aux" for c in head.children):
        return None  # a simple past main clause: the conjunct is its own (see the carry)
    whens = [t for t in head.subtree if t.i < clause.i and t.dep_ == "relcl"
             and t.tag_ == "VBD" and any(c.lower_ == "when" and c.dep_ == "advmod"
                                         for c in t.children)]
    if not whens or whens[-1].right_edge.i + 3 < clause.left_edge.i:
        return None  # the "when" clause must end just before ("..., and Moscow responded")
    return _when_relative_date(whens[-1], ctx, found)


# Nouns that rename a date just written: "since 2018, the year in which ..."
_DATE_NOUNS = frozenset({"year", "month", "day", "week"})


def _date_noun_clause(chain: list[Token], ctx: ResolveContext,
                      found: list[TimeExpr]) -> tuple[Interval, str, Token] | None:
    """"since 2018, the year in which the first instructors arrived": a clause on a noun
    that renames the date just before it ("2018, the year") happened at that date."""
    clause = next((t for t in chain if t.dep_ in ("relcl", "acl")
                   and t.head.lemma_.lower() in _DATE_NOUNS), None)
    if clause is None:
        return None
    noun = clause.head
    sent = noun.sent
    before = noun.left_edge.idx - sent.start_char
    for expr in found:
        if re.fullmatch(r"\s*,\s*", sent.text[expr.end:before] if expr.end <= before else "x"):
            interval = resolve(_without_since(expr), ctx)
            if interval is not None:
                return interval, expr.text, clause
    return None


def _without_since(expr: TimeExpr) -> TimeExpr:
    parts = {k: v for k, v in expr.parts.items() if k != "lead"}
    return TimeExpr(expr.kind, expr.start, expr.end, expr.text, parts, expr.members)


def _is_anterior(verb: Token) -> bool:
    """Past perfect ("which had mediated"): before the narrative's time, not in it. Inside
    reported speech it is only the tense shifted back ("the army said it had killed 200
    fighters" tells what it said it did then)."""
    if governing_speech_verb(verb) is not None or inserted_attribution(verb) is not None:
        return False  # (nor "Ghana, he said, had agreed to ...")
    return _past_perfect(verb)


def _modal_perfect(trigger: Token) -> bool:
    """"may have shot down": a guess about the past."""
    verb = clause_head(trigger)
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _told_in_past(verb: Token) -> bool:
    """"agreed", "had signed": a verb in the past tense."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and _past_perfect(verb))


def _past_perfect(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)


def _looks_ahead(verb: Token) -> bool:
    """"The exchange is to take place", "is expected to": a plan, not commentary."""
    if not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    return verb.lemma_ == "be" or modality_cues().get("governor", {}).get(
        verb.lemma_.lower()) == "future"


def _names_month_ahead(attached: AttachedExpr, trigger: Token) -> bool:
    """"invited Zelenskiy to take part in the G7 summit in Hiroshima in May", "invited his
    colleague to the BRICS summit in Kazan in October": a month named with no year after the
    complement of a verb that puts an act forward (data/modality_cues.tsv, governor: future
    or hypothetical) tells when that act would be, not when the verb's own act (the trigger,
    or one joined to it) put it forward. Not a month in a clause of its own ("urged Xi to
    release him when he visited Beijing in November")."""
    anchor = attached.anchor
    if anchor is None or attached.expr.kind != "month" or explicit_year(attached.expr):
        return False
    governors = modality_cues().get("governor", {})
    told = anchor.sent.start_char + attached.expr.start  # where the month is written
    for verb in (anchor, *ancestors(anchor)):
        if verb.dep_ == "advcl" or verb.dep_ == "relcl":
            return False
        if verb.pos_ != "VERB" or governors.get(verb.lemma_.lower()) not in (
                "future", "hypothetical"):
            continue
        if verb.i != trigger.i and not (trigger.dep_ == "conj" and trigger.head.i == verb.i):
            return False
        ahead = next((c for c in verb.children if c.idx < told and (
            c.dep_ == "xcomp" or c.dep_ in ("prep", "dative") and c.lower_ == "to")), None)
        return ahead is not None
    return False


def _told_past_act(trigger: Token, saying: Token) -> bool:
    """A past deed done to someone, told before a trailing "..., the ministry said": the
    verb of saying comes after the act's clause, a simple-past passive ("the envoy was
    summoned and handed a note"). An active speech act ("the US warned Caracas, the State
    Department said") is said in the statement, on the day of the report."""
    if saying.i <= trigger.i:
        return False
    clause = clause_head(trigger)
    if clause.i == saying.i or speech_kind(clause) is not None or _past_perfect(clause):
        return False
    if clause.dep_ == "conj" and clause.head.tag_ == "VBN":
        clause = clause.head  # "was summoned and handed": the passive is the first verb's
    aux = [c for c in clause.children if c.dep_ == "auxpass"]
    return clause.tag_ == "VBN" and any(a.tag_ == "VBD" for a in aux)


def _told_deed_time(trigger: Token, ctx: ResolveContext) -> Interval | None:
    """"Russia's ambassador was summoned to the Foreign Office, a spokesman said", after a
    plain "X said" has paused the story: a deed done to someone, told with its source, is
    the news of the story's latest day when that lies in the last days before publication
    (not the publication date itself: the deed is no speech act)."""
    saying = _saying_verb(trigger)
    peg = ctx.peg
    if saying is None or peg is None or not _told_past_act(trigger, saying):
        return None
    if peg.end > ctx.pub or (ctx.pub - peg.end).days > _STATEMENT_REACH_DAYS:
        return None
    return peg


def _ongoing_visit(trigger: Token) -> Token | None:
    """"is on a two-day visit to London", "who is visiting Japan": a visit told in the
    present, under way as the story is written; the clause that tells it."""
    if trigger.lemma_.lower() in TRAVEL_NOUNS and trigger.dep_ == "pobj":
        prep = trigger.head
        verb = prep.head
        present = prep.lower_ == "on" and verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP")
        return verb if present else None
    present = trigger.lemma_.lower() == "visit" and trigger.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")
        for c in trigger.children)
    return trigger if present else None


def _saying_verb(trigger: Token) -> Token | None:
    """The verb of saying the act is made with ("said X and warned Y": said), if any."""
    current = trigger
    while True:
        if speech_kind(current) == "say":
            return current
        if current.dep_ != "conj" or current.head.i == current.i:
            break
        current = current.head
    verb = governing_speech_verb(trigger)
    if verb is None and _main_clause(trigger):
        # "China urged the parties to ..., a ministry spokesperson said": the attribution
        # the parse hangs beside the act's clause
        verb = trailing_attribution(trigger)
    return verb if verb is not None and speech_kind(verb) == "say" else None


def _main_clause(trigger: Token) -> bool:
    """The trigger is the sentence's main verb or one coordinated with it."""
    current = trigger
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    return current.head.i == current.i


def _saying_companion(trigger: Token) -> Token | None:
    """"condemned the decision and said ...", "condemned it, telling reporters ...": a plain
    verb of saying joined to the act tells it as a statement of the same occasion."""
    # "condemned the decision and promised a response, telling reporters ...": the
    # participle closing coordinated verbs goes with each of them
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for verb in verbs:
        for c in verb.children:
            if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB" and _plain_say(c) and (
                    c.dep_ == "conj" or c.tag_ == "VBG"):
                return c
    return None


def _plain_say(verb: Token) -> bool:
    """"said", "told", "stated" (data/time_words.tsv, plain_say): the verbs the dating
    conventions give the publication date; "declared", "stressed" are not among them."""
    return verb.lemma_.lower() in time_lexicon().plain_says


def _in_statement(trigger: Token) -> bool:
    """"In a statement read on state television, the ministry demanded ...", "said in a
    statement that ...": a speech act told in a written statement (data/time_words.tsv,
    statement), on the act or on the verbs of saying that report it."""
    verbs = [trigger]
    saying = _saying_verb(trigger)
    while saying is not None:
        # "said in a statement, and it lodged a protest", "said in a statement, adding that
        # he had urged ...": the saying the act is joined to, and the one that one goes on
        if saying.i != trigger.i:
            verbs.append(saying)
        head = saying.head
        saying = head if head.i != saying.i and saying.dep_ in ("advcl", "conj") \
            and speech_kind(head) == "say" else None
    statements = time_lexicon().statements
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in statements for g in c.children)
        for verb in verbs for c in verb.children)


# Numbers that, after "the", name the pair the story is about: "the two presidents" (and
# "both leaders").
_PAIR_WORDS = frozenset({"two"})


def _pair_subject(trigger: Token) -> bool:
    """The act's subject names the two parties the story has brought together ("Both leaders
    praised Trump", "The two presidents did not reach any agreement"): what they did is told
    of the meeting being narrated, not of the day of the report."""
    clause = clause_head(trigger)
    while clause.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head  # "Both leaders praised Trump and said ...": the shared subject
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "NNS":
        return False
    words = [c for c in subject.children if c.i < subject.i]
    if any(c.lower_ == "both" for c in words):
        return True
    return any(c.lower_ in _PAIR_WORDS for c in words) and any(
        c.lower_ == "the" and c.dep_ == "det" for c in words)


# The occasions at which a pair the story brought together met (data/time_words.tsv names
# them as episodes too).
_PAIR_MEETINGS = ("talks", "meeting", "summit")


# Making and hosting a visit (CAMEO 042, 043): an arrival or a stay of several days, not the
# meeting the visitor's acts are told of; but a host receiving a visitor on one day ("was
# received on Saturday by Erdogan", "Trump hosted Milei at the White House on Tuesday") is
# that meeting, unless the sentence tells a stay of several days ("greeted at the airport
# at the start of a three-day state visit") or places the welcome at the arrival ("was
# greeted at the airport on Tuesday evening by Mirziyoyev": the talks come after).
_VISITS = frozenset({"042", "043"})
_HOSTING = "043"
# The lengths a visit of several days is told in ("a two-day state visit", "a one-week tour").
_STAY_UNITS = frozenset({"day", "week"})


def _names_stay(sent: Span) -> bool:
    """The sentence names a visit of several days ("a two-day state visit", "a 3-day trip"):
    a day-length word compounded with a visit noun."""
    return any(t.lemma_.lower() in TRAVEL_NOUNS and any(
        w.lower_ in _STAY_UNITS and w.dep_ in ("compound", "amod", "nmod")
        and any(n.dep_ == "nummod" for n in w.children) for w in t.lefts)
        for t in sent)


def _names_arrival(sent: Span) -> bool:
    """The sentence places the welcome where visitors arrive ("greeted at the airport")."""
    return any(t.lemma_.lower() in read_words("arrival_places.txt") for t in sent)


def _meeting_scene(sent: Span, dated: list[tuple[DraftEvent, str]], pub
                   ) -> tuple[frozenset[str], Interval] | None:
    """The names a sentence that tells a meeting or talks (CAMEO 04, not a visit) on a day of
    its own, in the last days before publication, gives its people ("Putin held talks with
    To Lam on Thursday"), and that day."""
    for ev, how in dated:
        date = ev.date
        if how not in ("own", "carry") or not ev.cameo.startswith("04") or ev.cameo in _VISITS and (
                ev.cameo != _HOSTING or _names_stay(sent) or _names_arrival(sent)) \
                or ev.modality != "asserted" \
                or date.precision != "day" or date.date is None:
            continue
        day = parse_iso(date.date)
        if pub is not None and not 0 <= (pub - day).days <= _STATEMENT_REACH_DAYS:
            continue
        names = frozenset(t.lower_ for t in sent if t.pos_ == "PROPN")
        return names, Interval.day(day)
    return None


def _scene_pair_act(trigger: Token, names: frozenset[str]) -> bool:
    """The act's subject is a person the meeting's sentence named and its object the other
    one, by name or as "him"/"her" ("Tinubu thanked Sheikh Mohamed ... and invited him")."""
    clause = clause_head(trigger)
    verb = clause
    while clause.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head  # the shared subject of "thanked X and invited him"
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or target is None or not _named_in(subject, names):
        return False
    if target.lower_ in ("him", "her"):
        return True
    return _named_in(target, names) and target.lower_ != subject.lower_


def _scene_speaker(saying: Token, scene: tuple[frozenset[str], Interval] | None,
                   frame: AttachedExpr) -> bool:
    """"On the 11th, Xi met Sanchez ... Xi pointed out ... Sanchez said that ...": while the
    story still stands at the meeting's day, what one of the people who met says (the
    saying's subject, by name) is said there; not "Modi urged Japan ..., an official said"."""
    if scene is None or frame.interval != scene[1]:
        return False
    return _subject_named_in(saying, scene[0])


def _subject_named_in(verb: Token, names: frozenset[str]) -> bool:
    """The verb's subject is a bare name among `names` (the people of a scene)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and _named_in(subject, names)


def _scene_actor(trigger: Token, saying: Token,
                 scene: tuple[frozenset[str], Interval] | None, frame: AttachedExpr) -> bool:
    """"Pezeshkiyan thanked the Russian side ..., and he said ...", "During that meeting,
    Modi urged Yunus ..., Misri told reporters": the act's own clause, not one the saying
    reports, has a person of the meeting for subject: it is done there, as `_scene_speaker`
    says of what they say (not "the ministry said that Doha appreciated ...")."""
    clause = clause_head(trigger)
    if clause.i == saying.i or saying in clause.ancestors:
        return False
    return _scene_speaker(clause, scene, frame)


def _named_in(token: Token, names: frozenset[str]) -> bool:
    """A bare name (no determiner: not "the president") among `names` (the parser tags
    an unfamiliar name a noun at times)."""
    return token.pos_ in ("PROPN", "NOUN") and token.lower_ in names \
        and not any(c.dep_ == "det" for c in token.children)


def _pair_meeting(ctx: ResolveContext) -> Interval | None:
    """The day the text told the pair's talks or meeting of ("Modi and Xi held talks on
    Wednesday ... Beijing confirmed the deal a day later ... The two leaders agreed that
    ..."): what the pair did, they did there, whatever the story told since."""
    if ctx.pub is None:
        return None
    told = [t for name in _PAIR_MEETINGS if (t := (ctx.episodes or {}).get(name)) is not None
            and t.start == t.end and t.end <= ctx.pub]
    return max(told, key=lambda t: t.end) if told else None


def _meeting_time(frame: AttachedExpr | None, ctx: ResolveContext) -> Interval | None:
    """The time of the occasion the story is telling: its frame, or when a plain "X said"
    has paused it, its latest specific time if that is news of the last days."""
    if ctx.pub is None:
        return None
    if frame is not None and frame.interval is not None:
        return frame.interval
    peg = ctx.peg
    if peg is not None and peg.end <= ctx.pub \
            and (ctx.pub - peg.end).days <= _STATEMENT_REACH_DAYS:
        return peg
    return None


def _told_message_time(trigger: Token, ctx: ResolveContext) -> Interval | None:
    """"The ministry reproaches the diplomats 'subversive activities', and the note asks the
    embassy to ...": an act told in the present beside what a message the text dated says
    (data/time_words.tsv, told_in: "the note", "the letter" as the subject of a verb in the
    present) is the message's content, so of the message's date."""
    told_in = time_lexicon().told_in
    for token in trigger.sent:
        if token.dep_ != "nsubj" or token.lemma_.lower() not in told_in \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
            continue
        if not _is_present(token.head):
            continue
        told = (ctx.episodes or {}).get(token.lemma_.lower())
        if told is not None:
            return told
    return None


def _per_readout(trigger: Token) -> bool:
    """"Xi urged Washington to ..., according to a Chinese foreign ministry readout", "a
    Kremlin readout of the call said ...": an official account of a meeting or call
    (data/time_words.tsv, readout) tells what was said there, so the act is the occasion's,
    dated like a written statement, not by the day of the report."""
    readouts = time_lexicon().readouts
    for token in trigger.sent:
        if token.lower_ not in readouts and token.lemma_.lower() not in readouts:
            continue
        head = token.head
        if head.lower_ == "to" and head.head.lower_ == "according":
            return True
        if token.dep_ in ("nsubj", "nsubjpass") and speech_kind(head) == "say":
            return True
    return False


# How far before publication the story's latest day may lie for a statement with no date
# of its own to be told of it: a wire story's news is of the last few days.
_STATEMENT_REACH_DAYS = 7


def _statement_time(frame: AttachedExpr | None, ctx: ResolveContext) -> Interval:
    """When an undated statement was issued. Not "said" alone: it goes on with the story
    (the conventions' narrative carry). Inside a flashback, the flashback's time; in the
    story, its latest specific time ("recalled its envoy on Wednesday ... The veto was cast
    last week ... In a statement, the ministry denounced ..."); when commentary or a plain
    "X said" has closed the narrative, that time still when it is news of the last days;
    else the publication date, as for "said"."""
    peg = ctx.peg
    if frame is not None and frame.interval is not None:
        if _is_background(frame, peg) or peg is None:
            return frame.interval
        return peg
    if peg is not None and peg.end <= ctx.pub \
            and (ctx.pub - peg.end).days <= _STATEMENT_REACH_DAYS:
        return peg
    return Interval.day(ctx.pub)


_ADDRESSEE_PRONOUNS = frozenset({"him", "her", "them"})


def _told_to_someone_there(trigger: Token, frame: AttachedExpr | None = None) -> bool:
    """"Bayramov told him that ...", "von der Leyen told Xi that ..." after "EU leaders met
    Xi ... on Thursday": said to a person the story has just shown (a pronoun, or a name
    the sentence that set the narrative's time holds), or standing beside someone
    (data/time_words.tsv, beside), so told in the scene being narrated, not on the day of
    the report."""
    verb = trigger if speech_kind(trigger) == "say" else governing_speech_verb(trigger)
    if verb is None or speech_kind(verb) != "say":
        return False
    addressees = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if any(c.lower_ in _ADDRESSEE_PRONOUNS for c in addressees):
        return True
    besides = time_lexicon().besides
    if any(c.dep_ == "advcl" and any(p.dep_ == "prep" and p.lower_ in besides
                                     for p in c.children) for c in verb.children):
        return True  # "Speaking alongside Abiy, Hassan Sheikh said ...": a joint appearance
    scene = frame.anchor.sent if frame is not None and frame.anchor is not None else None
    if scene is None or scene.start == verb.sent.start:
        return False
    names = {t.lower_ for t in scene if t.pos_ == "PROPN"}
    return any(c.pos_ == "PROPN" and c.lower_ in names for c in addressees)


def _ends_narrative(sent: Span, framed: bool) -> bool:
    """Present-tense commentary, or a plain undated "X said", ends the current frame. A
    trailing attribution ("Troops detonated explosives ..., the JCS said") does not: the
    sentence tells the story, the verb only names the source. Nor does a saying placed in
    a statement ("In a statement, X said ... He called on Y to ..."): what follows goes on
    with the statement."""
    root = sent.root
    if _is_present(root) and not _looks_ahead(root):
        return True
    trailing = any(c.dep_ == "ccomp" and c.i < root.i for c in root.children)
    return not framed and speech_kind(root) == "say" and _plain_say(root) and not trailing \
        and not _at_occasion(root) and not _in_statement(root)


# Prepositions that place a statement at an occasion: "at a joint news conference".
_OCCASION_PREPS = frozenset({"at", "during"})


def _at_occasion(verb: Token) -> bool:
    """"Speaking at a joint news conference, Erdogan said ...": a statement placed at an
    occasion (data/time_words.tsv, episode) of the scene being told, so it goes on with it."""
    episodes = time_lexicon().episodes
    for token in verb.subtree:
        if token.dep_ != "pobj" or token.head.lower_ not in _OCCASION_PREPS:
            continue
        before = token.doc[token.i - 1].lower_ if token.i else ""
        if token.lemma_.lower() in episodes or f"{before} {token.lower_}" in episodes:
            return True
    return False


# "on the sidelines of the summit": where around an occasion an act is placed.
_OCCASION_EDGES = frozenset({"sideline", "sidelines", "margin", "margins"})


def _sidelines_of(verb: Token) -> Token | None:
    """The occasion (data/time_words.tsv, episode) an act is placed on the sidelines of
    ("held talks with the crown prince on the sidelines of the summit"), in the verb's own
    clause (the parse may hang the phrase on a noun of it), named as one told already."""
    for edge in verb.subtree:
        if edge.lemma_.lower() not in _OCCASION_EDGES and edge.lower_ not in _OCCASION_EDGES:
            continue
        path = [t.i for t in ancestors(edge)]
        if edge.dep_ != "pobj" or edge.head.lower_ != "on" or verb.i not in path or any(
                edge.doc[i].pos_ in ("VERB", "AUX") for i in path[:path.index(verb.i)]):
            continue
        for prep in edge.children:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None) \
                if prep.dep_ == "prep" and prep.lower_ == "of" else None
            if noun is not None and _episode_name(noun) and any(
                    c.dep_ == "det" and c.lower_ in ("the", "that") for c in noun.children):
                return noun
    return None


def _occasion_noun_of(verb: Token) -> Token | None:
    """The occasion (data/time_words.tsv, episode) a verb of saying is placed at: "told a
    joint news conference", "told the meeting", "said at the summit", "In the joint press
    conference, X said" (a definite "in the": an occasion the text has told of; "in an
    interview" may be another day's)."""
    for token in verb.children:
        if token.dep_ == "dobj" and speech_kind(verb) == "say" and _episode_name(token):
            return token
        if token.dep_ != "prep" or token.lower_ not in ("at", "during", "in"):
            continue
        for noun in token.children:
            if noun.dep_ != "pobj" or not _episode_name(noun):
                continue
            if token.lower_ == "in" and not any(
                    c.dep_ == "det" and c.lower_ in ("the", "that") for c in noun.children):
                continue
            return noun
    return None


def _episode_name(token: Token) -> str | None:
    """The episode name a noun gives ("conference" after "news": "news conference")."""
    episodes = time_lexicon().episodes
    before = token.doc[token.i - 1].lower_ if token.i else ""
    for name in (f"{before} {token.lower_}", token.lemma_.lower(), token.lower_):
        if name in episodes:
            return name
    return None


def _told_at_occasion(trigger: Token) -> Token | None:
    """A speech act told at an occasion of the story ("Wong told a joint press conference,
    praising Anwar ...", "In the joint press conference, X said that ..."): the occasion
    noun, on the act or on the verb of saying that reports it."""
    verbs = [trigger]
    saying = _saying_verb(trigger) or _saying_companion(trigger)
    if saying is not None and saying.i != trigger.i:
        verbs.append(saying)
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and speech_kind(trigger.head) == "say":
        verbs.append(trigger.head)  # "told a news conference, praising ..."
    for verb in list(verbs):  # "Speaking at a joint news conference, Erdogan said ..."
        verbs += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                  and c.i < verb.i and c.lemma_.lower() in ("speak", "address", "talk")]
    return next((noun for verb in verbs if (noun := _occasion_noun_of(verb)) is not None),
                None)


def _in_modifier_clause(token: Token) -> bool:
    """Inside a relative or participial clause: background, not the narrative's line."""
    return any(t.dep_ in ("relcl", "acl") for t in [token, *ancestors(token)])


def _in_relative_clause(token: Token) -> bool:
    """Inside a relative clause opened by a relative pronoun ("which hosted ...", "who
    met ..."): a clause the parser cannot have mistaken for the main one."""
    clause = next((t for t in [token, *ancestors(token)] if t.dep_ == "relcl"), None)
    return clause is not None and any(t.tag_ in ("WDT", "WP", "WP$") for t in clause.children)


def _in_background_clause(token: Token) -> bool:
    """Inside a relative clause, or a participle after a noun inside a clause that is not
    the sentence's main one ("pointing to regret expressed by Musharraf during a visit in
    2002"): a past occasion named in passing."""
    if _in_relative_clause(token):
        return True
    clause = next((t for t in [token, *ancestors(token)] if t.dep_ == "acl"), None)
    return clause is not None and clause.tag_ == "VBN" and clause.head.dep_ in ("pobj", "dobj")


def _cited_past(sent: Span, frame: AttachedExpr, peg: Interval | None) -> bool:
    """A past time inside what a speaker said ("Dar said the question had been settled,
    pointing to regret expressed during a visit in 2002"): the speaker cites history; the
    story does not move back to it."""
    root = sent.root
    if frame.anchor is None or frame.anchor.i == root.i or speech_kind(root) != "say":
        return False
    if _hangs_on(frame.anchor, root):
        return False  # "said in a joint statement on Jan. 28": the saying's own date
    if any(t.dep_ == "ccomp" and t.head.i == root.i and t.i < root.i
           for t in [frame.anchor, *ancestors(frame.anchor)]):
        return False  # "X and Y held talks on Sunday ..., and both sides said ...": the
        # parse hangs the story's clause on the saying after it; it tells, not cites
    if not any(c.dep_ == "nsubj" and c.lower_ != "it" for c in root.children):
        return False  # "It should be noted that on March 21 Russia ...": the text's own voice
    return _is_background(frame, peg)


def _frame_from(exprs: list[AttachedExpr], used: list[AttachedExpr], pub,
                dated: bool = True) -> AttachedExpr | None:
    """The time a sentence sets for what follows: an expression its events used, else the
    one nearest the main clause outside relative clauses; never one after publication.
    `dated`: the story has told a time already."""
    def usable(a: AttachedExpr) -> bool:
        if a.expr.kind == "year_attr" and a not in used:
            return False  # "suspended a 2018 pact": when the pact was made, not the story
        if a.expr.kind in ("eve_of", "after_act"):
            return False  # "called him on the eve of the meeting": a step back, not the story
        # no flashback, nor what a modal clause looks ahead to ("and from Wednesday the
        # Emiratis can come again to Beirut")
        return a.interval is not None and (pub is None or a.interval.start <= pub) and (
            a.anchor is None or not (_past_perfect(clause_head(a.anchor))
                                     or _modal(clause_head(a.anchor))))

    for attached in used:
        # a date told in a relative clause ("Brazil, which hosted talks in January 2024,
        # called for calm") is background on a participant, not the story's time; so is
        # that of an earlier act the sentence names in passing ("said the step was taken in
        # response to Moscow's expulsion of its envoy on Monday")
        if usable(attached) and not _act_named_in_passing(attached) and (
                attached.anchor is None or not _in_background_clause(attached.anchor)
                or _closes_modifier_clause(attached)):
            return _later_conjunct(attached, [a for a in exprs if usable(a)])
    candidates = [a for a in exprs if usable(a) and not _act_named_in_passing(a)
                  and (a.anchor is None or not _in_modifier_clause(a.anchor))]
    if not candidates:
        # the parser often hangs a sentence-final date on the relative clause before it
        # ("blew up two roads that once linked it to the South on Tuesday"): with no other
        # date, one closing the sentence still frames it
        closing = [a for a in exprs if usable(a) and a.anchor is not None
                   and _closes_modifier_clause(a)]
        if closing:
            return closing[-1]
        # "Erdogan, who on Thursday paid a visit to Athens, signed ...": before the story
        # has a time, a day of the last week told in a clause on a participant is the news,
        # not background on them ("Modi, who arrived late on Friday, was given a welcome"
        # in a story of Saturday is)
        if dated:
            return None
        news = [a for a in exprs if usable(a) and pub is not None and a.expr.kind != "year_attr"
                and a.interval.start == a.interval.end
                and 0 <= (pub - a.interval.end).days <= _STATEMENT_REACH_DAYS]
        return news[0] if news else None
    return min(candidates, key=lambda a: len(ancestors(a.anchor)) if a.anchor else 0)


# Prepositions before an act the sentence names as the cause or antecedent of its own.
_ANTECEDENT_PREPS = frozenset({"to", "over", "after", "following", "for"})


def _lede_day(exprs: list[AttachedExpr], pub) -> AttachedExpr | None:
    """The day the lede after a dated wire dateline tells of, wherever in the sentence it
    stands ("WARSAW, Sept 11 (Reuters) - jets shot down drones that crossed ... in an attack
    into Wednesday"): a day of the last week, not the dateline's own. Not a day a past
    participle gives a noun ("criticised the election held on Sunday"): that occasion's."""
    lede = _frame_from(exprs, [], pub, dated=False)
    if lede is None or lede.interval is None or lede.interval.start != lede.interval.end:
        return None
    if lede.anchor is not None and any(t.dep_ == "acl" and t.tag_ == "VBN"
                                       for t in [lede.anchor, *ancestors(lede.anchor)]):
        return None
    if pub is not None and not 0 < (pub - lede.interval.end).days <= _STATEMENT_REACH_DAYS:
        return None
    return lede


def _act_named_in_passing(attached: AttachedExpr) -> bool:
    """"in response to Moscow's expulsion of the envoy on Monday", "over the arrest of
    its citizens on Friday": a date on a noun the sentence names as the cause of what it
    tells dates that earlier act only."""
    current = attached.anchor
    while current is not None and current.pos_ in ("NOUN", "PROPN", "ADP", "PART", "DET"):
        if current.dep_ == "pobj" and current.head.lower_ in _ANTECEDENT_PREPS \
                and current.lemma_.lower() in anaphoric_event_nouns():
            return True  # "... to Moscow's expulsion of the Estonian ambassador on Monday"
        if current.head.i == current.i:
            break
        current = current.head
    return False


def _continues_flashback(sent: Span, trigger: Token) -> bool:
    """"On Sunday the envoy had met the foreign secretary. Bangladesh accused India of ...":
    a plain past clause right after a past-perfect one dated to a day (a scene, not a
    background period like "had pressed Peru in January"), in the same paragraph, goes on
    with the scene that one went back to, not with the story's main time."""
    if _opens_paragraph(sent):
        return False
    verb = clause_head(trigger)
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _later_conjunct(chosen: AttachedExpr, exprs: list[AttachedExpr]) -> AttachedExpr:
    """"Putin arrived late on the 2nd, and on the 3rd held talks": a main clause coordinated
    after the chosen one, with a later date of its own, is where the story has got to."""
    if chosen.anchor is None or chosen.interval is None:
        return chosen
    first = clause_head(chosen.anchor)
    latest = chosen
    for other in exprs:
        if other.anchor is None or other.expr.start <= chosen.expr.start \
                or other.expr.kind in ("offset", "year_attr"):
            continue
        verb = clause_head(other.anchor)
        if verb.dep_ == "conj" and (verb.head.i == first.i or _past_after_saying(verb, first)) \
                and other.interval.start > latest.interval.end:
            latest = other
    return latest


def _past_after_saying(verb: Token, saying: Token) -> bool:
    """"X said on Wednesday that his government regrets the decision, and on Friday he
    travelled to Brussels": a past-tense conjunct the parse hangs on what was said, but with
    a later date than the saying, cannot be its content; it goes on with the story."""
    return verb.tag_ == "VBD" and verb.head.dep_ == "ccomp" and verb.head.head.i == saying.i \
        and speech_kind(saying) == "say"


def _flashback_time(exprs: list[AttachedExpr], pub) -> Interval | None:
    """The time of a past-perfect main clause ("Colonna had announced the pledge on Oct. 3"):
    it does not move the narrative, but "Two days later" in the next sentence counts from
    it."""
    for a in exprs:
        if a.interval is None or a.anchor is None or a.expr.kind in ANAPHORIC \
                or a.expr.kind in ("offset", "year_attr") or (pub and a.interval.start > pub):
            continue
        verb = clause_head(a.anchor)
        if _past_perfect(verb) and not _in_modifier_clause(verb):
            return a.interval
    return None


def _closes_modifier_clause(attached: AttachedExpr) -> bool:
    """The expression is the last words of the relative or participial clause it hangs on
    ("two roads that once linked it to the South on Tuesday"): the parse may as well have
    hung it on the main verb."""
    sent = attached.anchor.sent
    last = sent.doc.char_span(sent.start_char + attached.expr.start,
                              sent.start_char + attached.expr.end, alignment_mode="expand")
    if last is None:
        return False
    clause = next((t for t in [attached.anchor, *ancestors(attached.anchor)]
                   if t.dep_ in ("relcl", "acl")), None)
    if clause is None or clause.right_edge.i > last[-1].i:
        return False
    if _non_restrictive(clause) and any(
            not (t.is_punct or t.is_space) for t in sent.doc[clause.right_edge.i + 1:sent.end]):
        return False  # "trade, which reached $41bn last year, and agreed ...": the clause's own
    # not on the subject: "Brazil, which hosted talks in January 2024, called for calm"
    # tells the main verb after the clause, so the date is the clause's own
    return clause.head.dep_ not in ("nsubj", "nsubjpass")


def _non_restrictive(clause: Token) -> bool:
    """A relative clause set off by a comma (", which ..."): an aside on its noun."""
    first = clause.left_edge
    return first.i > clause.sent.start and clause.doc[first.i - 1].lower_ == ","


def _elaborates(sent: Span, exprs: list[AttachedExpr]) -> AttachedExpr | None:
    """"The decision was taken on Monday": a sentence about the act just told, giving its
    time. Read from the surface (determiner + noun opening the sentence), since the parser
    sometimes leaves such short sentences flat."""
    if not _opens_with_act_anaphor(sent):
        return None
    resolved = [a for a in exprs if a.interval is not None and a.expr.kind != "year_attr"]
    if len(resolved) != 1:
        return None
    anchor = resolved[0].anchor
    flat = sent.root.pos_ not in ("VERB", "AUX")
    if flat or (anchor is not None and anchor.i == sent.root.i):
        return resolved[0]
    return None


def _date_from_named_subjects(doc, events: list[DraftEvent], how: list[tuple[DraftEvent, str]],
                              subjects: dict[str, tuple[Interval, str]]) -> None:
    """A carried event whose definite subject was dated just before takes that date
    ("... two days after a court jailed him. The court found him guilty of ...")."""
    carried = {id(ev) for ev, h in how if h == "carry"}
    for ev in events:
        if id(ev) not in carried or not 0 <= ev.trigger < len(doc):
            continue
        subject = _definite_subject(doc[ev.trigger])
        if subject is not None and subject.lemma_.lower() in subjects:
            interval, text = subjects[subject.lemma_.lower()]
            ev.date = interval.to_event_date(text)


def _note_episodes(sent: Span, frame: AttachedExpr | None,
                   episodes: dict[str, Interval | None],
                   exprs: list[AttachedExpr], peg: Interval | None = None) -> None:
    """Remember when the sentence's occasions and acts happened ("in an interview on
    Thursday", "calling the raid a violation" the same night), for a later "in the same
    interview" or "a day before the raid"; a reference back ("the same ...") names none
    anew."""
    planned = any(c.tag_ == "MD" for c in sent.root.children)
    names = time_lexicon().episodes | anaphoric_event_nouns()
    words = [t for t in sent if not t.is_punct]
    lowers = [w.lower_ for w in words]
    for i, token in enumerate(words):
        if i and lowers[i - 1] == "same":
            continue
        pair = f"{lowers[i - 1]} {lowers[i]}" if i else lowers[i]
        for name in (lowers[i], token.lemma_.lower(), pair):
            if name in names and planned:
                # "He will hold the leaders' meeting on Tuesday": a plan, its day not yet
                # told; named all the same ("after the meeting" is not another occasion)
                episodes.setdefault(name, None)
            elif name in names:
                # its own date first ("a plan announced by Seoul on March 6"), else that of
                # the verb it is the object of ("held talks on the 15th with X, who is on
                # a visit from 14 to 17 January": the talks are the 15th's)
                own = _episode_own_time(token, exprs)
                told = own or (frame.interval if frame is not None else None)
                if told is None:
                    continue
                if name in episodes and _before_peg(told, peg):
                    continue  # "regret expressed during a visit in 2002" in a story of 2025:
                    # "the visit" later on is still the story's own
                episodes[name] = told
    meets = time_lexicon().meets
    for token in sent:
        name = meets.get(token.lemma_.lower()) if token.pos_ == "VERB" else None
        if name is None or planned or any(c.dep_ == "neg" for c in token.children):
            continue
        # "met Secretary of State Marco Rubio on Wednesday ... At that meeting": the
        # occasion a verb tells, on the day of its own expression
        own = _own_expression(token, exprs)
        told = own[0].interval if own is not None else None
        if told is not None and told.start == told.end and not (
                name in episodes and _before_peg(told, peg)):
            episodes[name] = told
    root = sent.root
    after = root.idx + len(root) - sent.start_char  # "said on Sunday it regretted ...":
    # the parse may hang the time on what was said
    if not planned and speech_kind(root) == "say" and (said := next(
            (a.interval for a in exprs if a.interval is not None and a.anchor is not None
             and (a.anchor.i == root.i or not sent.text[after:a.expr.start].strip())
             and a.expr.kind not in ANAPHORIC), None)) is not None:
        # "Rwanda's government said on Sunday it regretted ... X said in the same statement
        # that ...": a saying on a day of its own is a statement made then
        episodes["statement"] = said


def _episode_own_time(token: Token, exprs: list[AttachedExpr]) -> Interval | None:
    """The time an expression gives the occasion `token` names: one inside its phrase but
    not inside a relative clause of it (another occasion: "talks with X, who is paying a
    visit from 14 to 17 January"), else one on the verb whose object it is."""
    inside = {t.i for t in token.subtree}
    for clause in token.subtree:
        if clause.dep_ == "relcl" and clause.i != token.i:
            inside -= {t.i for t in clause.subtree}
        elif clause.dep_ == "prep" and clause.lower_ == "since":
            # "their first meeting since the fall of the government in August last year":
            # what the count starts from, not when the meeting was
            inside -= {t.i for t in clause.subtree}
    own = next((a.interval for a in exprs if a.interval is not None
                and a.anchor is not None and a.anchor.i in inside), None)
    if own is not None or token.dep_ != "dobj" or token.head.pos_ not in ("VERB", "AUX"):
        return own
    return next((a.interval for a in exprs if a.interval is not None
                 and a.anchor is not None and a.anchor.i == token.head.i), None)


def _opens_paragraph(sent: Span) -> bool:
    """The sentence starts a paragraph: a line break stands between it and the last one."""
    # read off the tokens' whitespace: doc.text would join the whole text on every call
    doc = sent.doc
    if sent.start == 0:
        return False
    for tok in sent:  # a sentence may begin with the blank line's own space token
        if not tok.is_space:
            break
        if "\n" in tok.text:
            return True
    i = sent.start - 1
    while i >= 0 and doc[i].is_space:
        if "\n" in doc[i].text:
            return True
        i -= 1
    return i >= 0 and "\n" in doc[i].whitespace_


def _continues_story(sent: Span, found: list[TimeExpr]) -> bool:
    """The sentence says it goes on with the story just told: a continuation word ("later",
    "in response", "retaliated") or an expression that needs the narrative's time ("the
    next day", "hours later"). `found`: the sentence's expressions (find_all)."""
    words = time_lexicon().continuations
    if any(t.lower_ in words or t.lemma_.lower() in words for t in sent):
        return True
    if _opens_with_act_anaphor(sent) or _names_act_told(sent):
        return True  # "The announcement came hours after ...": about the act just told
    text = sent.text
    return any(e.kind in ANAPHORIC and not is_bound(e, text) for e in found)


def _resumes_story(sent: Span, after_comment: bool = False,
                   paused: AttachedExpr | None = None, speaks: bool = False) -> bool:
    """After plain "X said" sentences, a past-tense sentence that says it goes on ("Dissanayake
    also conferred on Modi ...", "Lima later recalled ...") is told of the story's time
    again; after a present-tense comment on the news, so is a simple-past sentence not built
    on "said" that names someone of the paused scene ("Xi held talks with Diaz-Canel on the
    25th. It is his first ... President Xi stressed that ..."); after either, so is a speech
    act whose subject is a name the paused scene told ("... during a visit by Rubio, Arevalo
    said. Arevalo told a news conference ... Rubio praised Guatemala ..."; `speaks`: the
    sentence's events are speech acts)."""
    root = sent.root
    told = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if told is not None and speech_kind(root) is not None:
        root = told  # "Kishida also urged Seoul ..., Kyodo reported": the story's clause
    if not _story_root_ok(root):
        return False
    if paused is not None and paused.anchor is not None:
        scene = _scene_names(paused)
        if after_comment and any(t.pos_ == "PROPN" and t.lower_ in scene for t in sent):
            return True
        if (speaks or speech_kind(root) is not None) and _subject_named_in(root, scene):
            # "... Arevalo told a news conference. Rubio praised Guatemala ...": what one of
            # the scene says is said there (not a new deed: "Mali banned ..." has no date)
            return True
    if speech_kind(root) == "say":
        return False
    words = time_lexicon().continuations
    return any(c.dep_ == "advmod" and c.lower_ in words for c in root.children)


def _back_at_scene(sent: Span, peg_frame: AttachedExpr) -> bool:
    """A paragraph after background history whose simple-past main clause has for subject a
    name the sentence of the story's latest time told ("Mirziyoyev wrapped up a visit on
    Friday ... Under the deal, signed in November, ... || Mirziyoyev thanked Kyrgyz
    lawmakers"): the story is back at its own time (not a plain "X said")."""
    root = sent.root
    if peg_frame.anchor is None or not _story_root_ok(root):
        return False
    return _subject_named_in(root, _scene_names(peg_frame))


def _story_root_ok(root: Token) -> bool:
    """A main clause that can go on with the story: simple past, not past perfect, not a
    plain "X said"."""
    return not (root.tag_ != "VBD" or _past_perfect(root) or (
        speech_kind(root) == "say" and _plain_say(root)))


def _scene_names(frame: AttachedExpr) -> frozenset[str]:
    """The names (lower case) the sentence that told the frame holds (its anchor's)."""
    return frozenset(t.lower_ for t in frame.anchor.sent if t.pos_ == "PROPN")


def _opens_with_act_anaphor(sent: Span) -> bool:
    """The sentence opens with "the/this/that" and a noun referring back to an act
    (data/event_anaphors.tsv): "The decision ...", "This move ..."."""
    words = [t for t in sent if not t.is_punct and not t.is_space][:2]
    return len(words) == 2 and words[0].lower_ in REFERRING_DETERMINERS \
        and words[1].lemma_.lower() in anaphoric_event_nouns()


def _specific(interval: Interval) -> bool:
    """A time a story can stand at: a month or less ("in recent months" is no news peg)."""
    return (interval.end - interval.start).days <= 31


def _names_act_told(sent: Span) -> bool:
    """The sentence points at the act just told with a demonstrative ("called that step
    unjust", "this decision")."""
    nouns = anaphoric_event_nouns()
    return any(t.lemma_.lower() in nouns and any(
        c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in t.children)
        for t in sent)


def _is_background(frame: AttachedExpr, latest: Interval | None) -> bool:
    """The frame is a flashback: it lies wholly before the latest specific time the story
    reached, in an earlier month ("In 2021, the EU accused Belarus ..." in a story of
    November 2025)."""
    return frame.interval is not None and _before_peg(frame.interval, latest)


def _before_peg(interval: Interval, latest: Interval | None) -> bool:
    """The interval lies wholly before the latest specific time the story reached, in an
    earlier month."""
    if latest is None:
        return False
    start = latest.start
    return interval.end < start and (interval.end.year, interval.end.month) \
        < (start.year, start.month)


def _note_told_acts(events: list[DraftEvent], episodes: dict[str, Interval | None]) -> None:
    """Remember the day of each dated act under the nouns that name it (data/time_words.tsv,
    told_as): "Paris accused Baku on Thursday ... Baku rejected the allegations the same
    day"."""
    for ev in events:
        if not (ev.date.date_start and ev.date.date_end):
            continue
        start, end = parse_iso(ev.date.date_start), parse_iso(ev.date.date_end)
        if start is None or end is None:
            continue
        for noun, prefix in time_lexicon().told_as:
            if ev.cameo.startswith(prefix):
                episodes[noun] = Interval(start, end)


# How far before publication a later mention's date may lie for an earlier undated mention
# to be the same act: the news of the last days, not an older act of the same kind.
_RETOLD_REACH_DAYS = 7


def _countries(mentions) -> frozenset[str | None]:
    return frozenset(m.country for m in mentions)


# Words that make a noun name another act of the kind, not the one told ("the same threats").
_OTHER_OF_KIND = frozenset({"same", "similar", "such", "other", "new", "further"})


def _dated_act_nouns(sent: Span, index: int, exprs: list[AttachedExpr]
                     ) -> list[tuple[int, str, EventDate]]:
    """(sentence, CAMEO prefix, date) for each act named back by a definite noun in a dated
    clause (data/time_words.tsv, told_as): "Djuric announced the recall on Wednesday"."""
    if not any(a.interval is not None for a in exprs):
        return []
    prefixes = dict(time_lexicon().told_as)
    out: list[tuple[int, str, EventDate]] = []
    for token in sent:
        prefix = prefixes.get(token.lower_) or prefixes.get(token.lemma_.lower())  # "summons"
        if prefix is None or not has_referring_determiner(token):
            continue
        if any(c.lower_ in _OTHER_OF_KIND for c in token.children) \
                or any(c.tag_ == "MD" for c in clause_head(token).children):
            continue  # "Moscow would ... create the same threats for them": not an act told
        own = _own_expression(token, [a for a in exprs if a.expr.kind not in ANAPHORIC])
        if own is not None and own[0].interval is not None:
            out.append((index, prefix, own[0].interval.to_event_date(own[0].expr.text)))
    return out


def _recent_day(date: EventDate, pub) -> bool:
    """A day in the last days before publication: the news, not an older act."""
    end = parse_iso(date.date_end)
    return date.precision == "day" and end is not None and end <= pub \
        and (pub - end).days <= _RETOLD_REACH_DAYS


def _date_retold_acts(events: list[DraftEvent], hows: dict[int, str], pub,
                      nouns: list[tuple[int, str, EventDate]] = (), doc=None) -> None:
    """An act told first with no date of its own ("HANOI, Oct 3 - Vietnam has lodged a
    protest with China ..., the ministry said": the publication date) and later with one
    ("... protests the treatment ..., the spokeswoman said on Wednesday", or "announced the
    recall on Wednesday") is one event: the first mention takes the later date. Same CAMEO
    root, same source and target countries (or a noun naming its code); the later date lies
    in the last days before publication."""
    if pub is None:
        return
    today = Interval.day(pub).to_event_date(None).date
    nouns = [n for n in nouns if _recent_day(n[2], pub)]
    retold: dict[tuple, list[DraftEvent]] = {}  # (root, countries) -> mentions with a day
    for later in events:
        if hows.get(id(later)) in ("own", "said") and later.modality in (
                "asserted", "reported") and _recent_day(later.date, pub):
            retold.setdefault(_act_key(later), []).append(later)
    for first in events:
        how = hows.get(id(first))
        # "the ministry said on Thursday" on the day of the report dates only the saying
        # as does a wire dateline's day carried into the lede ("HANOI, Oct 3 - ... beat ...")
        default = how in ("pub", "none") or (
            how in ("said", "carry") and first.date.date == today)
        if not default or first.modality not in ("asserted", "reported") or not first.target:
            continue
        if doc is not None and 0 <= first.trigger < len(doc) \
                and speech_kind(doc[first.trigger]) == "say":
            # "'... unacceptable,' Matsuno told a news conference": the saying is its own
            # act, not a first mention of "Tokyo lodged a protest on Monday"
            continue
        named = next((date for index, prefix, date in nouns if index > first.sent_index
                      and first.cameo.startswith(prefix)), None)
        if named is None:
            named = next((later.date for later in retold.get(_act_key(first), ())
                          if later.sent_index > first.sent_index), None)
        if named is not None:
            first.date = replace(named)


def _act_key(ev: DraftEvent) -> tuple:
    """What two mentions of one act share: the CAMEO root and the countries on each side."""
    return ev.cameo[:2], _countries(ev.source), _countries(ev.target)


def _speaker_names(ev: DraftEvent) -> list[str]:
    """The people, by their canonical names, the act's source names ("Kagame")."""
    return [a.name for a in ev.source if a.kind == "person" and a.name]


def _note_speakers(doc: Doc, dated: list[tuple[DraftEvent, str]], exprs: list[AttachedExpr],
                   pub: date | None, spoken: dict[str, Interval]) -> None:
    """Note, for each person the sentence tells speaking on a day of the last days before
    publication ("Kagame on Wednesday accused ...", "Lavrov said on Saturday Moscow would
    expel ..."), that day: the latest such day wins. Only a speech act's day: what a leader
    says of a strike told the day before is said when reported; and only the same person:
    a minister's word after the president's is the day of the report (the conventions)."""
    if pub is None:
        return
    for ev, how in dated:
        names = _speaker_names(ev)
        if not names:
            continue
        day: Interval | None = None
        if ev.speech_act and how in ("own", "said") and ev.modality in ("asserted", "reported") \
                and ev.date.precision == "day" and ev.date.date is not None:
            day = Interval.day(parse_iso(ev.date.date))
        elif 0 <= ev.trigger < len(doc):
            day = _saying_day(doc[ev.trigger], exprs)
        if day is None or not 0 <= (pub - day.end).days <= _STATEMENT_REACH_DAYS:
            continue
        for name in names:
            if name not in spoken or spoken[name].end < day.end:
                spoken[name] = day


def _saying_day(trigger: Token, exprs: list[AttachedExpr]) -> Interval | None:
    """The day an expression gives the verb of saying that reports the act ("said on
    Saturday it would expel ...", "..., the ministry reported on Tuesday")."""
    sayings = {t.i for t in (governing_speech_verb(trigger), trailing_attribution(trigger))
               if t is not None}
    for attached in exprs:
        interval = attached.interval
        if attached.anchor is not None and attached.anchor.i in sayings \
                and interval is not None and interval.start == interval.end:
            return interval
    return None


def _speaker_day(ev: DraftEvent, spoken: dict[str, Interval] | None) -> Interval | None:
    """"Kagame on Wednesday accused Ramaphosa of lies ... In a post on X, Kagame said that
    ...": a statement with no time of its own by a person the story has told speaking on a
    recent day goes on with what that person said that day, not the day of the report."""
    if not spoken:
        return None
    days = [spoken[name] for name in _speaker_names(ev) if name in spoken]
    return max(days, key=lambda d: d.end) if days else None


# The subjects that take up the speaker the sentence before named: "He said ...", "It said".
_SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _speaker_shown_day(saying: Token, exprs: list[AttachedExpr], pub: date | None
                       ) -> Interval | None:
    """"Cabello, who met the flights at the airport on Friday, said ...", "Addressing a
    summit he chaired on Tuesday, Ramaphosa said ...": a clause on the speaker, or the
    participle that places the saying, shows the speaker at an occasion of a recent day;
    what is said is said there."""
    if pub is None:
        return None
    subject = subject_of(saying)
    clauses = [c for c in saying.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    if subject is not None:  # (not the saying itself: "a statement, which said ...")
        clauses += [c for c in subject.children if c.dep_ == "relcl" and c.i != saying.i]
    for clause in clauses:
        inside = {t.i for t in clause.subtree}
        for attached in exprs:
            interval = attached.interval
            if attached.anchor is not None and attached.anchor.i in inside \
                    and interval is not None and interval.start == interval.end \
                    and 0 <= (pub - interval.end).days <= _STATEMENT_REACH_DAYS:
                return interval
    return None


def _pronoun_speaker(saying: Token) -> bool:
    """"He said ...", "It also said ...": the saying's subject is a pronoun, the speaker the
    text has just named."""
    subject = subject_of(saying)
    return subject is not None and subject.tag_ == "PRP" and subject.lower_ in _SPEAKER_PRONOUNS


def _told_saying_day(sent: Span, exprs: list[AttachedExpr]) -> Interval | None:
    """The day the sentence's main verb of saying or announcing is told on: "The ministry
    said on Saturday that ...", "In a statement on Monday night, X said ..." (not a day
    inside what is said: "said the talks would resume on Monday")."""
    root = sent.root
    if speech_kind(root) not in ("say", "announce"):
        return None
    for attached in exprs:
        interval = attached.interval
        if attached.anchor is None or interval is None or interval.start != interval.end \
                or attached.expr.kind in ANAPHORIC:
            continue
        if clause_head(attached.anchor).i == root.i:
            return interval
    return None


def _plain_saying(sent: Span) -> bool:
    """"The ministry said the duties answer ...": a sentence whose main verb is a plain
    verb of saying."""
    root = sent.root
    return speech_kind(root) == "say" and _plain_say(root)


class DateStage:
    name = "dates"

    def __init__(self, config: CoderConfig):
        self.config = config

    def __call__(self, state: CodingState) -> None:
        if state.doc is None:
            return
        pub = parse_iso(state.document.pub_date)
        by_sentence: dict[int, list[DraftEvent]] = {}
        for ev in state.events:
            by_sentence.setdefault(ev.sent_index, []).append(ev)
        frame: AttachedExpr | None = None
        recent: Interval | None = None  # the last frame, kept when "X said" closes it
        flashback: Interval | None = None  # a past-perfect time the sentence before told
        latest: Interval | None = None
        told_peg: Interval | None = None  # the peg, leaving out a wire dateline's day
        peg_frame: AttachedExpr | None = None  # the frame of the latest specific time told
        dateline = dateline_end(state.doc.text)
        filed = False  # the frame is a wire dateline's day, told alone as a sentence
        scene: tuple[frozenset[str], Interval] | None = None  # the last meeting told
        hows: dict[int, str] = {}  # id(event) -> how its date was found
        paused: AttachedExpr | None = None  # the frame plain "X said" sentences paused
        commented = False  # what paused it was present-tense commentary, not "X said"
        act_nouns: list[tuple[int, str, EventDate]] = []  # "announced the recall on Wednesday"
        ref_year: int | None = None
        written_year: int | None = None  # the last year the sentence before wrote out
        previous: list[tuple[DraftEvent, str]] = []
        subjects: dict[str, tuple[Interval, str]] = {}
        episodes: dict[str, Interval | None] = {}
        spoken: dict[str, Interval] = {}  # person -> the latest recent day told speaking
        said_day: Interval | None = None  # the recent day the sentence before told a saying on
        for index, sent in enumerate(state.sentences()):
            found = find_all(sent.text)
            # the latest specific time told (a month at most)
            peg = peg_frame.interval if peg_frame is not None else None
            if frame is not None and _opens_paragraph(sent) and _is_background(frame, peg) \
                    and not _continues_story(sent, found):
                frame = None  # a new paragraph leaves the background history behind
                if peg_frame is not None and _back_at_scene(sent, peg_frame):
                    frame = peg_frame  # "... ratified it in November. || Mirziyoyev thanked"
            speaks = any(ev.speech_act for ev in by_sentence.get(index, []))
            if frame is None and paused is not None and _resumes_story(sent, commented, paused,
                                                                       speaks):
                frame = paused  # "Modi said ... Dissanayake also conferred on Modi ..."
            if frame is not None:
                paused = None
            ctx = ResolveContext(pub, frame.interval if frame else None, ref_year, latest=latest,
                                 episodes=episodes, peg=told_peg)
            exprs = _sentence_expressions(sent, ctx, recent, flashback, found, written_year)
            written_year = last_written_year(found)
            if filed and frame is not None and sent.start_char >= dateline \
                    and (lede := _lede_day(exprs, pub)) is not None:
                # "TEHRAN, 29 Dey (18 January) -- X, who travelled on Friday, met ... and
                # signed": the dateline tells when the story was filed; the lede's own day,
                # even one told in a clause, is when what it tells happened
                frame = lede
                ctx = replace(ctx, frame=lede.interval)
            moved = _anaphoric_offset(exprs, frame, episodes)
            if moved is not None:  # the narrative moves on by the offset
                offset, interval, _ = moved
                frame = AttachedExpr(offset.expr, offset.anchor, interval)
                ctx = replace(ctx, frame=interval)
            events = by_sentence.get(index, [])
            if not events and (elab := _elaborates(sent, exprs)) is not None:
                for ev, how in previous:
                    if how in ("said", "carry", "none") and ev.modality in ("asserted",
                                                                            "reported"):
                        ev.date = elab.interval.to_event_date(elab.expr.text)
            used: list[AttachedExpr] = []
            current: list[tuple[DraftEvent, str]] = []
            for ev in events:
                dated = self._date_for(ev, state, exprs, frame, ctx, used, found, scene,
                                       spoken, said_day)
                if dated.how == "carry" and flashback is not None \
                        and flashback.start == flashback.end \
                        and _continues_flashback(sent, state.doc[ev.trigger]):
                    dated = Dated(flashback.to_event_date(None), "carry")
                ev.date = dated.date
                current.append((ev, dated.how))
                hows[id(ev)] = dated.how
            told_scene = _meeting_scene(sent, current, pub)
            if told_scene is not None and scene is not None and told_scene[1] == scene[1]:
                # "held talks with Baqeri Kani ... Safadi was also received by Pezeshkian":
                # one day's meetings are one scene, with the people of each
                told_scene = (scene[0] | told_scene[0], scene[1])
            scene = told_scene or scene
            _note_speakers(state.doc, current, exprs, pub, spoken)
            told_day = _told_saying_day(sent, exprs)
            if told_day is not None and pub is not None \
                    and 0 <= (pub - told_day.end).days <= _STATEMENT_REACH_DAYS:
                said_day = told_day
            elif told_day is not None or not _plain_saying(sent):
                said_day = None  # (an undated "The ministry said ..." between keeps it)
            _date_offset_clauses(state.doc, exprs, events, ctx.frame or recent, peg)
            if hows:  # only once an act is known: most sentences skip the noun search
                act_nouns += _dated_act_nouns(sent, index, exprs)
            _note_told_acts(events, episodes)
            _date_from_named_subjects(state.doc, events, current, subjects)
            subjects = _dated_subjects(sent, exprs)
            new_frame = _frame_from(exprs, used, pub, dated=latest is not None and not filed)
            cited = new_frame is not None and _cited_past(sent, new_frame, peg)
            if cited:
                new_frame = None  # the story stays where it was
            flashback = _flashback_time(exprs, pub) if new_frame is None else None
            if flashback is None:
                flashback = _retold_act_antecedent(exprs, ctx.frame or recent)
            if new_frame is None and moved is not None:
                new_frame = frame
            _note_episodes(sent, new_frame or frame, episodes, exprs, peg)
            said = False  # a plain "X said" that pauses the story
            filed = new_frame is not None and sent.end_char <= dateline
            if new_frame is not None:
                frame = new_frame
                recent = new_frame.interval
                if latest is None or new_frame.interval.end > latest.end:
                    latest = new_frame.interval
                if _specific(new_frame.interval) and (
                        peg is None or new_frame.interval.end > peg.end):
                    peg_frame = new_frame
                if _specific(new_frame.interval) and sent.end_char > dateline and (
                        told_peg is None or new_frame.interval.end > told_peg.end):
                    told_peg = new_frame.interval  # "ALGIERS, April 8 -" is when it was filed
            elif not cited and _ends_narrative(sent, framed=bool(used)):
                said = True
                commented = _is_present(sent.root)
                if frame is not None:
                    # a plain "X said", or a present-tense comment on the news ("It is his
                    # third visit since 2018"), only pauses the story
                    paused = frame
                frame = None
            if frame is None and not said:
                paused = None  # anything else between ends it for good
            if events or exprs:
                previous = current
            years = [y for a in exprs
                     if a.expr.kind != "year_attr" and (y := explicit_year(a.expr))]
            if years:
                ref_year = years[-1]
        _date_retold_acts(state.events, hows, pub, act_nouns, state.doc)
        for ev in state.events:
            state.count("dates." + (ev.date.precision or "null"))

    def _date_for(
        self,
        ev: DraftEvent,
        state: CodingState,
        exprs: list[AttachedExpr],
        frame: AttachedExpr | None,
        ctx: ResolveContext,
        used: list[AttachedExpr],
        found: list[TimeExpr],
        scene: tuple[frozenset[str], Interval] | None = None,
        spoken: dict[str, Interval] | None = None,
        said_day: Interval | None = None,
    ) -> Dated:
        doc = state.doc
        if not 0 <= ev.trigger < len(doc):
            return Dated(EventDate(), "none")
        trigger = doc[ev.trigger]
        # a planned act, or one that may happen ("may again block ... in June"), looks
        # ahead: "in June" is the next June (not "may have shot down", a past guess)
        future = ev.modality == "future" or (
            ev.modality == "hypothetical" and not _modal_perfect(trigger))
        compared = _compared_occasion_time(trigger, found, ctx)
        if compared is not None and not future:
            # "like the treaty which Moscow signed with Pyongyang last year"
            expr, interval = compared
            return Dated(interval.to_event_date(expr.text), "own")
        visiting = _ongoing_visit(trigger) if ctx.pub is not None and not future else None
        if visiting is not None and not any(
                a.anchor is not None and a.anchor in visiting.subtree for a in exprs):
            # "Mitsotakis, who is on a two-day visit to London, said on Monday": a visit
            # under way at publication, a multi-day event, takes the month (not the day
            # the main clause names)
            return Dated(Interval.month(ctx.pub.year, ctx.pub.month).to_event_date(None), "own")
        own = _own_expression(trigger, exprs)
        if own is not None and _names_month_ahead(own[0], trigger):
            own = None  # "invited Zelenskiy to the G7 summit in Hiroshima in May"
        if own is not None and future and _across_complement(trigger, own[1]):
            own = None  # "denied on Saturday that it would allow ...": the denial's day
        if own is not None and own[0].anchor is not None and trigger.dep_ == "conj" \
                and own[0].anchor.i not in {t.i for t in trigger.subtree} \
                and _complement_expression(trigger, exprs, ctx.pub, future) is not None:
            # "severed ties in 2009, and agreed to restore them in 2019": the second verb's
            # own infinitive is dated; the first verb's year is not climbed to
            own = None
        if own is not None and _own_tense_conjunct(trigger, own[0]):
            own = None  # "clashed in May 2021, and Dushanbe has since accused Bishkek"
        if own is not None and _past_after_plan(trigger, own[0]):
            own = None  # "will host next year's summit, and Lula said he would invite Putin"
        after_dated = _after_dated_clause(trigger, exprs)
        if after_dated is not None and (
                own is None or own[0].expr.kind in ANAPHORIC or own[0].anchor is None
                or own[0].anchor.i not in _coordinated(trigger)):
            # "shut its borders four days after soldiers toppled him on July 26": July 30
            used.append(after_dated)
            return Dated(after_dated.interval.to_event_date(after_dated.expr.text), "own")
        if own is not None and (finer := _finer_clause_time(trigger, own[0], exprs)) is not None:
            own = (finer, finer.anchor)  # "At a news conference on Thursday, X praised ...
            # this year": the day the clause names, not the year that holds it
        if own is not None and (when := _when_relative_date(trigger, ctx, found)) is not None \
                and (own[0].expr.kind in ANAPHORIC or own[0].anchor is None
                     or own[0].anchor.i not in {t.i for t in when[2].subtree}):
            # "on Tuesday, the first time since 2011, the year in which Kenya invaded": the
            # clause on the date has that date, not the main clause's; "back to November
            # 2019, when they signed an accord; ... weeks later": the offset counts from it
            return Dated(when[0].to_event_date(when[1]), "own")
        if own is not None:
            attached, anchor = own
            used.append(attached)
            interval = attached.interval
            if future and attached.expr.kind not in ANAPHORIC and not _told_in_past(anchor):
                # (not "on the 3rd of February ... he agreed to suspend them": a time told
                # of a verb in the past is behind publication, whatever the act looks to)
                interval = resolve(attached.expr, replace(ctx, future=True))
            if interval is not None and attached.anchor is not None and not future:
                interval = _after_occasion(trigger, attached, interval, ctx.pub)
            told = _same_day_as_object(trigger, attached, ctx)
            if told is not None:
                # "welcomed the plan the same day": the plan's day, for every act of the
                # sentence that the expression dates ("..., calling it baseless")
                interval = attached.interval = told
            if interval is None:
                return Dated(EventDate(text=attached.expr.text), "own")
            if ev.modality == "asserted" and _starts_after(attached, interval, trigger, ctx):
                ev.modality = "future"  # "raising tariffs from Aug 6" told on July 31
            how = "said" if speech_kind(anchor) == "say" and anchor.i != trigger.i else "own"
            return Dated(interval.to_event_date(attached.expr.text), how)
        mate = _clause_mate_expression(trigger, exprs) or _complement_expression(
            trigger, exprs, ctx.pub, future) or _earlier_conjunct_expression(trigger, exprs) \
            or _misread_first_clause_expression(trigger, exprs) \
            or _counterfactual_clause_expression(trigger, exprs) \
            or _dated_occasion_clause(trigger, exprs) or _cause_noun_weekday(trigger, exprs)
        if mate is None and not ev.speech_act:
            mate = _subject_clause_expression(trigger, exprs)
        if mate is not None and _names_month_ahead(mate, trigger):
            mate = None
        if mate is not None:
            used.append(mate)
            return Dated(mate.interval.to_event_date(mate.expr.text), "own")
        if ev.modality in ("future", "hypothetical"):
            return Dated(EventDate(), "none")  # not happened: only its own date counts
        bound = _after_clause_bound(trigger, exprs, ctx.pub)
        if bound is not None:
            return Dated(bound.to_event_date(None), "own")
        soon = _soon_before_main(trigger, exprs, frame)
        if soon is not None:
            return Dated(soon.interval.to_event_date(soon.expr.text), "own")
        # a negated act falls through: "this time the President did not criticise Athens"
        # is told of the narrative's occasion
        met = _pair_meeting(ctx) or _meeting_time(frame, ctx)
        if met is not None and _pair_subject(trigger) and not _is_present(clause_head(trigger)):
            # "Both leaders praised Trump and said ...": the pair the story met, at that meeting
            return Dated(met.to_event_date(None), "carry")
        if scene is not None and _scene_pair_act(trigger, scene[0]) \
                and not _is_present(clause_head(trigger)):
            # "Putin invited To Lam to visit Russia, the Kremlin said" after "Putin held talks
            # with To Lam on Thursday": what one of the two who met did to the other
            return Dated(scene[1].to_event_date(None), "carry")
        speech = (ev.speech_act or _said_intent(ev, trigger)) and not _words_of_deed(trigger)
        occasion = _told_at_occasion(trigger) if speech and ctx.pub is not None else None
        if occasion is not None and (
                told := (ctx.episodes or {}).get(_episode_name(occasion) or "")) is not None:
            # "told the news conference": the conference the text dated
            return Dated(told.to_event_date(None), "carry")
        voiced = _speaker_day(ev, spoken) if speech else None
        if not speech and ctx.pub is not None \
                and (place := _sidelines_of(clause_head(trigger))) is not None \
                and (told := (ctx.episodes or {}).get(_episode_name(place) or "")) is not None:
            # "Raisi held talks with the crown prince on the sidelines of the meeting": an
            # act placed at an occasion the text dated is of that occasion's day
            return Dated(told.to_event_date(None), "carry")
        if speech and ctx.pub is not None and (
                _in_statement(trigger) or _per_readout(trigger) or occasion is not None):
            stated = voiced or _statement_time(frame, ctx)
            return Dated(stated.to_event_date(None), "carry" if stated != Interval.day(
                ctx.pub) else "pub")
        framed = frame is not None and frame.interval is not None
        saying = (_saying_verb(trigger) or _saying_companion(trigger)
                  or _intent_saying(trigger)) if speech else None
        if saying is not None and ctx.pub is not None and _told_past_act(trigger, saying):
            # "X was summoned and handed a protest note, the ministry said": the act is
            # the story's; "said" only names the source
            stated = _statement_time(frame, ctx)
            return Dated(stated.to_event_date(None), "carry" if stated != Interval.day(
                ctx.pub) else "pub")
        if saying is None and not framed and ctx.pub is not None and (
                told := _told_deed_time(trigger, ctx)) is not None:
            return Dated(told.to_event_date(None), "carry")
        # "Mulino also offered to widen the programme, saying ...": a further act of the
        # scene told, its participle of saying only how it was put
        companion = saying is not None and saying.i > trigger.i and saying.dep_ == "advcl" \
            and (_goes_on(clause_head(trigger)) or not _reacts_to_act(clause_head(trigger)))
        if saying is not None and ctx.pub is not None and not (framed and (
                _told_to_someone_there(trigger, frame) or not _plain_say(saying)
                or companion or _joined_to_deed(saying, trigger)
                or _scene_speaker(saying, scene, frame)
                or _scene_actor(trigger, saying, scene, frame))):
            # "declared", "stressed" in a dated story go on with it
            if voiced is not None:
                return Dated(voiced.to_event_date(None), "carry")
            if (shown := _speaker_shown_day(saying, exprs, ctx.pub)) is not None:
                return Dated(shown.to_event_date(None), "carry")
            if said_day is not None and _pronoun_speaker(saying):
                # "The ministry said on Saturday that ... It said Canada's measures violated
                # WTO rules": the same speaker going on with what was said that day
                return Dated(said_day.to_event_date(None), "carry")
            return Dated(Interval.day(ctx.pub).to_event_date(None), "pub")
        # a speech act is made when it is said: "She added that Rwanda remains committed"
        # is told in the past whatever the tense of what was said
        clause = saying if saying is not None else clause_head(trigger)
        when = _when_relative_date(trigger, ctx, found) or _when_clause_conjunct(
            trigger, ctx, found)
        if when is not None:
            return Dated(when[0].to_event_date(when[1]), "own")
        # "has demanded since 2022": a standing demand, not an act that began then
        began = None if speech else (_since_start(trigger, clause, ctx)
                                     or _since_clause_span(clause, ctx, found))
        if began is not None:
            return Dated(began[0].to_event_date(began[1]), "own")
        if _is_present(clause) and (message := _told_message_time(trigger, ctx)) is not None:
            return Dated(message.to_event_date(None), "carry")
        if frame is None or frame.interval is None or _is_present(clause):
            return Dated(EventDate(), "none")
        if not _is_anterior(clause):
            return Dated(frame.interval.to_event_date(frame.expr.text), "carry")
        start, end = frame.interval.start, frame.interval.end
        if (end - start).days < 7 and (start.year, start.month) == (end.year, end.month):
            # "Thailand had at first turned down the offer": before the narrative's day,
            # within its month as far as the text tells
            month = Interval.month(start.year, start.month)
            return Dated(month.to_event_date(frame.expr.text), "carry")
        if (start.year, start.month) == (end.year, end.month):
            # "... froze trade in June 2022. Algiers had also recalled its ambassador": some
            # month before June, within that year as far as the text tells
            return Dated(Interval.year(start.year).to_event_date(frame.expr.text), "carry")
        return Dated(EventDate(), "none")
