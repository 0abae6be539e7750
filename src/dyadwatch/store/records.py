"""From an event record (dict) to the store's columns: pairs, countries, date intervals."""

from __future__ import annotations

import calendar
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from dyadwatch.store.dedup import DedupEvent

# Query parameters that track the reader, not the article: dropped from canonical URLs.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|ref_src|cmpid|at_\w+)$")


def canonical_url(url: str | None) -> str | None:
    """One spelling per article URL: lower-case scheme and host, no fragment, no tracking
    parameters, sorted query, no trailing slash."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return url.strip()
    host = parts.netloc.lower()
    if host.startswith("www."):
        host = host[4:]
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not _TRACKING.match(k.lower()))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(query), ""))


def actor_country(actor: dict[str, Any] | None) -> str | None:
    """The actor's country: the record's own field, else taken from the code as the scorer
    does (IGO codes keep six characters)."""
    if not actor:
        return None
    if actor.get("country"):
        return actor["country"]
    code = (actor.get("code") or "").upper()
    if not code:
        return None
    return code[:6] if code.startswith("IGO") else code[:3]


def _actors(field: Any) -> list[dict[str, Any]]:
    if field is None:
        return []
    return list(field) if isinstance(field, list) else [field]


def expand_pairs(rec: dict[str, Any]) -> list[tuple[dict | None, dict | None]]:
    """Ordered (source, target) actor pairs, compound actors expanded as the reference scorer
    does: every source with every target; a compound source with no target gives the
    reciprocal pairs inside it."""
    src, tgt = _actors(rec.get("source")), _actors(rec.get("target"))
    compound = isinstance(rec.get("source"), list) or isinstance(rec.get("target"), list)
    if not compound:
        return [(src[0] if src else None, tgt[0] if tgt else None)]
    if len(src) > 1 and not tgt:
        pairs = [(a, b) for a in src for b in src if a["code"] != b["code"]]
    else:
        pairs = [(a, b) for a in (src or [None]) for b in (tgt or [None])
                 if (a or {}).get("code") != (b or {}).get("code")]
    return pairs or [(src[0] if src else None, tgt[0] if tgt else None)]


def date_interval(date: str | None, precision: str | None) -> tuple[str | None, str | None]:
    """The first and last day a date of the given precision can mean."""
    if not date:
        return None, None
    parts = date.split("-")
    year = int(parts[0])
    if len(parts) == 1 or precision == "year":
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if len(parts) == 2 or precision == "month":
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return date[:10], date[:10]


def record_interval(rec: dict[str, Any]) -> tuple[str | None, str | None]:
    if rec.get("date_start") and rec.get("date_end"):
        return rec["date_start"], rec["date_end"]
    return date_interval(rec.get("date"), rec.get("date_precision"))


def event_columns(rec: dict[str, Any]) -> dict[str, Any]:
    start, end = record_interval(rec)
    return {
        "event_id": rec["event_id"],
        "doc_id": rec["doc_id"],
        "cameo": rec["cameo"],
        "root": rec["root"],
        "quad": rec["quad"],
        "goldstein": rec["goldstein"],
        "date": rec.get("date"),
        "date_precision": rec.get("date_precision"),
        "date_start": start,
        "date_end": end,
        "pub_date": rec.get("pub_date"),
        "modality": rec["modality"],
        "confidence": rec["confidence"],
        "trigger": rec.get("trigger") or "",
        "sentence": rec.get("sentence") or "",
        "start": rec.get("start") or 0,
        "coder_version": rec.get("coder_version") or "",
    }


def pair_rows(rec: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "event_id": rec["event_id"],
            "source_code": (s or {}).get("code"),
            "source_country": actor_country(s),
            "target_code": (t or {}).get("code"),
            "target_country": actor_country(t),
        }
        for s, t in expand_pairs(rec)
    ]


def dedup_event(rec: dict[str, Any], cluster_id: int | None = None) -> DedupEvent:
    start, end = record_interval(rec)
    return DedupEvent(
        event_id=rec["event_id"],
        doc_id=rec["doc_id"],
        cameo=rec["cameo"],
        pairs=[(p["source_country"], p["target_country"]) for p in pair_rows(rec)],
        date_start=start,
        date_end=end,
        pub_date=rec.get("pub_date"),
        sentence=rec.get("sentence") or "",
        trigger=rec.get("trigger") or "",
        cluster_id=cluster_id,
        place=_city(rec.get("location")),
    )


def _city(location: dict[str, Any] | None) -> str | None:
    if not location or location.get("precision") != "city":
        return None
    return (location.get("name") or "").strip().lower() or None
