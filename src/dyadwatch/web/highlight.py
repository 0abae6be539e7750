"""Article text as safe HTML with the coded events marked.

The text is untrusted: it is cut at the event offsets, every piece is escaped on its own,
and only our own <mark> elements are put between the pieces. Nothing from the text can
open or close a tag or an attribute.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from markupsafe import Markup


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    title: str
    anchor: str  # element id, so a page can link to one highlight
    css: str = "ev"


def actor_label(field: Any) -> str:
    """'RUSGOV' or 'RUS+AZE' for a record's source/target (dict, list or None)."""
    if field is None:
        return "—"
    items = field if isinstance(field, list) else [field]
    return "+".join(str(a.get("code", "?")) for a in items if isinstance(a, dict)) or "—"


def event_title(rec: dict[str, Any]) -> str:
    """The hover text: code, actors, modality and date."""
    date = rec.get("date") or "undated"
    return (f"CAMEO {rec.get('cameo')}: {actor_label(rec.get('source'))} → "
            f"{actor_label(rec.get('target'))} ({rec.get('modality')}, {date})")


def event_spans(records: list[dict[str, Any]], text: str) -> list[Span]:
    """One span per distinct evidence sentence; several events on one sentence share it."""
    by_offsets: dict[tuple[int, int], list[dict[str, Any]]] = {}
    text_len = len(text)
    for rec in records:
        start, end = int(rec.get("start", 0)), int(rec.get("end", 0))
        if 0 <= start < end <= text_len:
            end = _trim_end(text, start, end)
            by_offsets.setdefault((start, end), []).append(rec)
    spans = []
    for (start, end), recs in sorted(by_offsets.items()):
        title = "\n".join(event_title(r) for r in recs)
        spans.append(Span(start, end, title, f"ev-{recs[0]['event_id']}"))
    return spans


def _trim_end(text: str, start: int, end: int) -> int:
    """Trailing line breaks and spaces stay outside the mark (no stray highlighted blank)."""
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def without_overlaps(spans: list[Span]) -> list[Span]:
    """Keep spans in order, dropping any that starts inside the previous kept one (marks
    cannot nest across each other)."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def highlight(text: str, spans: list[Span]) -> Markup:
    """Escaped `text` with each span wrapped in <mark id=.. title=.. class=..>."""
    out: list[str] = []
    pos = 0
    for span in without_overlaps(spans):
        out.append(escape(text[pos:span.start]))
        out.append(f'<mark id="{escape(span.anchor)}" class="{escape(span.css)}" '
                   f'title="{escape(span.title)}">')
        out.append(escape(text[span.start:span.end]))
        out.append("</mark>")
        pos = span.end
    out.append(escape(text[pos:]))
    return Markup("".join(out))


def highlight_records(text: str, records: list[dict[str, Any]],
                      focus: str | None = None) -> Markup:
    """The whole text with every event's evidence marked; the `focus` event's own sentence
    gets the `focus` class."""
    spans = event_spans(records, text)
    if focus:
        spans = [Span(s.start, s.end, s.title, s.anchor,
                      "ev focus" if _holds(records, s, focus) else s.css) for s in spans]
    return highlight(text, spans)


def _holds(records: list[dict[str, Any]], span: Span, event_id: str) -> bool:
    return any(r.get("event_id") == event_id and int(r.get("start", -1)) == span.start
               and int(r.get("end", -1)) == span.end for r in records)


def sentence_with_trigger(rec: dict[str, Any]) -> Markup:
    """The evidence sentence, escaped, with its trigger words marked (offsets are relative
    to the article, so they are shifted by the sentence start)."""
    sentence = rec.get("sentence") or ""
    ts, te, start = rec.get("trigger_start"), rec.get("trigger_end"), int(rec.get("start", 0))
    if ts is None or te is None:
        return Markup(escape(sentence))
    lo, hi = int(ts) - start, int(te) - start
    if not 0 <= lo < hi <= len(sentence):
        return Markup(escape(sentence))
    return highlight(sentence, [Span(lo, hi, event_title(rec), f"tr-{rec['event_id']}", "trig")])
