"""Publication dates from metadata strings and from URLs."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qsl, urlsplit

EARLIEST_YEAR = 1990
ISO_PREFIX = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])")

# Path segments /2025/07/03/ or /2025-07-03, and 20250703 between non-digits.
URL_SLASHED = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=/|$|[^\d])")
URL_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")
DATE_QUERY_KEYS = ("date", "pubdate", "published", "publish_date", "d", "dt")

# Toutiao article ids carry the Unix time of publication in their upper 32 bits.
TOUTIAO_HOSTS = ("toutiao.com", "toutiaocdn.com", "snssdk.com")
TOUTIAO_ID = re.compile(r"/(?:article|a|i|group|w|item)/(\d{15,20})(?=/|$)")
TOUTIAO_TZ = dt.timezone(dt.timedelta(hours=8))  # the site dates articles in Beijing time


def valid_date(year: int, month: int, day: int) -> str | None:
    """ISO date if it is a real calendar date between 1990 and tomorrow."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if date.year < EARLIEST_YEAR or date > dt.date.today() + dt.timedelta(days=1):
        return None
    return date.isoformat()


def parse_date(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO-like date or datetime, or from a written date
    ("3 July 2025", "July 3, 2025"); None when it is not a date."""
    if not value or len(value) > 100:
        return None
    match = ISO_PREFIX.match(value)
    if match:
        return valid_date(*(int(g) for g in match.groups()))
    if not re.search(r"\d", value):
        return None
    import dateparser  # slow to import: only for the rare written-out date

    settings = {"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed = dateparser.parse(value, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    return valid_date(parsed.year, parsed.month, parsed.day) if parsed else None


def toutiao_date(url: str) -> str | None:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not any(host == h or host.endswith("." + h) for h in TOUTIAO_HOSTS):
        return None
    match = TOUTIAO_ID.search(parts.path)
    if not match:
        return None
    seconds = int(match.group(1)) >> 32
    try:
        moment = dt.datetime.fromtimestamp(seconds, TOUTIAO_TZ)
    except (OverflowError, OSError, ValueError):
        return None
    return valid_date(moment.year, moment.month, moment.day)


def date_from_url(url: str | None) -> str | None:
    """A publication date written into a URL, or None."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        query = parse_qsl(parts.query)
    except ValueError:
        return None
    found = toutiao_date(url)
    if found:
        return found
    for match in URL_SLASHED.finditer(parts.path):
        found = valid_date(*(int(g) for g in match.groups()))
        if found:
            return found
    for key, value in query:
        if key.lower() in DATE_QUERY_KEYS:
            found = parse_date(value) or compact_date(value)
            if found:
                return found
    return compact_date(parts.path)


def compact_date(text: str) -> str | None:
    for match in URL_COMPACT.finditer(text):
        found = valid_date(*(int(g) for g in match.groups()))
        if found:
            return found
    return None
