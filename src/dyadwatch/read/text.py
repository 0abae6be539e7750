"""Text clean-up, header blocks, boilerplate lines and the offline English check.

Everything here works on untrusted text and never raises anything but InputError.
The clean text is what the coder sees: event records' offsets point into it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from dyadwatch.errors import InputError
from dyadwatch.tables import data_path


def fold_accents(text: str) -> str:
    """The text without its accents ("Priština" -> "Pristina"): news spells names both ways."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# A wire dateline at the start of a story: an upper-case place, an optional date (month
# first or day first: "Nov 15", "17 July") and agency or second calendar's date in
# brackets, then a dash ("ATHENS, Nov 15 (Reuters) -", "TEHRAN, 29 Dey (18 January) --");
# a story filed from two places names both ("N'DJAMENA / PORT SUDAN -"); a place may open
# with a two-letter article ("LA PAZ, Nov 1 -"), and its name may carry accented capitals,
# first letter included ("MALÉ —", "SAN JOSÉ —", "BOGOTÁ, 3 of May --", "ÖREBRO —",
# "GDAŃSK —"); translated copy writes the day as "16 of September" or "1st February".
# (A-Z, the accented capitals of Latin-1, and Latin Extended-A, whose capitals and small
# letters alternate: its capitals, "Ł", "Ń", "Š", "Ż", cannot be told apart by range.)
CAPITALS = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
DATELINE = re.compile(r"\s*(?:[A-Z]{2} (?=[A-Z]{2}))?[" + CAPITALS + "][" + CAPITALS
                      + r"'\u2019.-]{2,}"
                      r"(?:(?: ?/ ?| )[" + CAPITALS + "][" + CAPITALS + r"'\u2019.-]+)*"
                      r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,))?"  # ", Russia," after a city
                      r"(?:,\s*(?:[A-Z][A-Za-z]{2,8}\.?(?:\s+\d{1,2})?"
                      r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?))?"
                      r"(?:\s*\([A-Za-z0-9. ]+\))?\s*[-\u2013\u2014]+\s")


DATELINE_CHARS = 120  # a dateline lies within the text's first characters


def dateline_end(text: str) -> int:
    """Where the dateline at the start of `text` ends (0 when there is none); only the
    first DATELINE_CHARS characters are read."""
    match = DATELINE.match(text[:DATELINE_CHARS])
    return match.end() if match else 0


HEADER_KEYS = ("title", "outlet", "url", "published", "author")
HEADER_LINE = re.compile(r"([A-Za-z_]+)[ \t]*:[ \t]*(.*)")

# Format characters kept because they change how a word is written (Indic, emoji joins).
KEPT_FORMAT_CHARS = {"\u200c", "\u200d"}
LINE_BREAKS = {"\u2028", "\u2029", "\x85", "\x0b", "\x0c"}

MIN_WORDS_FOR_STOPWORD_CHECK = 25
MIN_STOPWORD_RATIO = 0.12  # English news runs at 0.35-0.5; French/German/Spanish below 0.08
MIN_LATIN_LETTER_RATIO = 0.6
LANGUAGE_SAMPLE_CHARS = 50_000  # enough to judge; keeps the check cheap on long documents


def normalise_char(ch: str) -> str:
    """A character as the clean text holds it: '' to drop it, ' ' or '\\n' for white space."""
    if ch == "\n":
        return ch
    if ch in LINE_BREAKS:
        return "\n"
    category = unicodedata.category(ch)
    if ch == "\t" or category == "Zs":
        return " "
    if category in ("Cc", "Cs", "Co", "Cn"):
        return ""
    if category == "Cf" and ch not in KEPT_FORMAT_CHARS:
        return ""  # zero-width spaces, bidi controls, soft hyphens, BOM
    return ch


class CharMap(dict):
    """str.translate table filled on first sight of each character (fast on long texts)."""

    def __missing__(self, code: int) -> str | None:
        value = normalise_char(chr(code)) or None  # None deletes the character
        self[code] = value
        return value


CHAR_MAP = CharMap()


def clean_text(text: str) -> str:
    """NFC, no control or invisible format characters, one space between words, lines
    stripped, at most one blank line between paragraphs."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(CHAR_MAP)
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The `key: value` header block at the top of a clean text, and the body after it.

    Only a block made entirely of recognised keys and ended by a blank line (or by the end
    of a text that is nothing but a header) is a header; anything else is body text
    ("Moscow: the ministry said..." stays in the body).
    """
    head, _, body = text.partition("\n\n")
    header: dict[str, str] = {}
    for line in head.split("\n"):
        match = HEADER_LINE.fullmatch(line)
        if not match or match.group(1).lower() not in HEADER_KEYS:
            return {}, text
        header[match.group(1).lower()] = match.group(2).strip()
    return header, body.lstrip("\n")


@dataclass(frozen=True)
class BoilerplateRule:
    kind: str  # source | author | drop
    pattern: re.Pattern[str]
    note: str


@cache
def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    rules = []
    with data_path("boilerplate.tsv").open(encoding="utf-8") as fh:
        rows = [ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#")]
    for kind, pattern, *note in rows[1:]:  # rows[0] is the column header
        compiled = re.compile(pattern, re.IGNORECASE)
        rules.append(BoilerplateRule(kind, compiled, note[0] if note else ""))
    return tuple(rules)


@dataclass
class Boilerplate:
    body: str
    original_url: str | None = None
    author: str | None = None
    removed: list[str] = field(default_factory=list)


def strip_boilerplate(text: str) -> Boilerplate:
    """Remove source lines, bylines and platform disclaimers (data/boilerplate.tsv)."""
    result = Boilerplate(body="")
    kept: list[str] = []
    for line in text.split("\n"):
        rule = next((r for r in boilerplate_rules() if r.pattern.fullmatch(line)), None)
        if rule is None or not line:
            kept.append(line)
            continue
        match = rule.pattern.fullmatch(line)
        if rule.kind == "source" and result.original_url is None:
            result.original_url = match.group("url").rstrip(".,;)")
        elif rule.kind == "author" and result.author is None:
            result.author = match.group("author").strip()
        result.removed.append(line)
    result.body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return result


@cache
def english_stopwords() -> frozenset[str]:
    with data_path("stopwords_en.txt").open(encoding="utf-8") as fh:
        return frozenset(ln.strip() for ln in fh if ln.strip() and not ln.startswith("#"))


def language_problem(text: str) -> str | None:
    """Why the text does not look English, or None. Cheap and offline: script, then the
    share of English function words among the words (only for texts long enough)."""
    text = text[:LANGUAGE_SAMPLE_CHARS]
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "no words to code (no letters)"
    latin = sum(1 for ch in letters if "LATIN" in unicodedata.name(ch, ""))
    if latin / len(letters) < MIN_LATIN_LETTER_RATIO:
        return f"not English (only {latin / len(letters):.0%} of letters are Latin script)"
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower())
    if len(words) < MIN_WORDS_FOR_STOPWORD_CHECK:
        return None
    stop = english_stopwords()
    ratio = sum(1 for w in words if w in stop) / len(words)
    if ratio < MIN_STOPWORD_RATIO:
        return f"not English (English function words are {ratio:.0%} of words)"
    return None


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """Bytes -> text: declared charset, UTF-8 (with or without BOM), then a detected one.
    Binary data (NUL bytes, undecodable) is refused."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "binary file, not text")
    for encoding in (declared, "utf-8-sig"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError(source, "binary file or unknown text encoding")
    text = data.decode(best.encoding, errors="replace")
    sample = text[:20_000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    if controls > max(8, len(sample) // 100):
        raise InputError(source, "binary file, not text")
    return text
