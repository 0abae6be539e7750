"""Property tests: every reader turns hostile input into clean Documents or InputErrors.

(tests/test_read.py already covers random bytes and random text on standard input; these
add headers, HTML, JSON Lines, mixed encodings and the size limit.)
"""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest
from hostile_inputs import BIDI, ZERO_WIDTH, broken_html, hostile_text, mixed_encoding_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadwatch.config import Limits
from dyadwatch.errors import InputError, LimitExceeded
from dyadwatch.read import Document, read_inputs
from dyadwatch.read.text import clean_text

LIMITS = Limits(max_document_bytes=20_000)
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])
# What the clean text may never contain: controls (but newline), unassigned, private use,
# surrogates, and format characters other than the joiners that change how words are written.
ALLOWED_FORMAT = {"\u200c", "\u200d"}


def assert_clean(document: Document, limits: Limits = LIMITS) -> None:
    assert document.text and document.text == document.text.strip()
    for ch in document.text:
        category = unicodedata.category(ch)
        assert ch == "\n" or category not in ("Cc", "Cs", "Co", "Cn"), repr(ch)
        assert category != "Cf" or ch in ALLOWED_FORMAT, repr(ch)
    assert "\n\n\n" not in document.text
    assert len(document.text.encode("utf-8")) <= limits.max_document_bytes


def check_all(items, limits: Limits = LIMITS) -> list[Document | InputError]:
    items = list(items)
    for item in items:
        assert isinstance(item, Document | InputError), type(item)
        if isinstance(item, Document):
            assert_clean(item, limits)
        else:
            assert str(item).strip() and "\n" not in item.reason
    return items


def stdin(data: bytes) -> list[Document | InputError]:
    return check_all(read_inputs(["-"], stdin=io.BytesIO(data), limits=LIMITS))


@SETTINGS
@given(hostile_text(), st.sampled_from(["", "published: 2024-02-30\n", "title: \u202eevil\n",
                                        "url: javascript:alert(1)\npublished: 2025-07-03\n"]))
def test_text_with_header_and_hostile_body(body: str, header: str):
    items = stdin((header + ("\n" if header else "") + body).encode("utf-8"))
    assert len(items) == 1
    [item] = items
    if isinstance(item, Document) and item.pub_date:
        assert item.pub_date[:4].isdigit() and item.pub_date != "2024-02-30"


@SETTINGS
@given(broken_html())
def test_broken_and_deeply_nested_html(tmp_path_factory, page: str):
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text(page, encoding="utf-8", errors="replace")
    items = check_all(read_inputs([str(path)], limits=LIMITS))
    assert len(items) == 1


@SETTINGS
@given(mixed_encoding_bytes())
def test_mixed_encodings(data: bytes):
    assert len(stdin(data)) == 1


@SETTINGS
@given(st.lists(st.one_of(
    hostile_text(max_fragments=5).map(lambda t: json.dumps({"id": "x", "text": t})),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                 lambda inner: st.lists(inner, max_size=3)
                 | st.dictionaries(st.sampled_from(["id", "text", "published", "url", "z"]),
                                   inner, max_size=4), max_leaves=15).map(json.dumps),
    st.text(max_size=60).filter(lambda t: "\n" not in t and "\r" not in t),
    st.just("[" * 5000),  # nested too deeply for the JSON parser
), max_size=12))
def test_jsonl_every_line_is_a_document_or_its_own_error(tmp_path_factory, lines: list[str]):
    path = tmp_path_factory.mktemp("jsonl") / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    items = check_all(read_inputs([str(path)], limits=LIMITS))
    # The reader splits bytes on \n and skips lines of ASCII white space only (str.strip would
    # also strip \x1c-\x1f and Unicode spaces, which the reader treats as content).
    blank = [line.encode("utf-8", "surrogatepass").strip() == b"" for line in lines]
    assert len(items) == blank.count(False)


@given(st.text(alphabet=st.sampled_from(ZERO_WIDTH + BIDI), max_size=30), st.integers(0, 60))
@settings(max_examples=40, deadline=None)
def test_invisible_characters_never_split_or_join_words(noise: str, at: int):
    sentence = "Russia expelled two Azerbaijani diplomats on Monday."
    at = min(at, len(sentence))
    cleaned = clean_text(sentence[:at] + noise + sentence[at:])
    # Joiners are kept (they matter in some scripts); everything else disappears.
    assert cleaned.replace("\u200c", "").replace("\u200d", "") == sentence


def test_numbers_only_and_entity_floods(tmp_path: Path):
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("2024 1,500 3.14 -7 +44 20 7946 0000\n" * 200)
    [error] = check_all(read_inputs([str(numbers)], limits=LIMITS))
    assert isinstance(error, InputError) and "no letters" in error.reason
    flood = tmp_path / "flood.txt"
    flood.write_text("The envoy of Russia met the envoys of France and Iran in Baku. " * 1000)
    [document] = check_all(read_inputs([str(flood)], limits=Limits()), Limits())
    assert isinstance(document, Document) and document.text.count("Russia") == 1000
    names = ", ".join(["Russia", "Azerbaijan", "France", "Iran"] * 1000) + "."
    [error] = check_all(read_inputs(["-"], stdin=io.BytesIO(names.encode()), limits=Limits()),
                        Limits())
    assert isinstance(error, InputError) and "not English" in error.reason


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".html"])
def test_document_over_the_byte_limit_is_refused_clearly(tmp_path: Path, suffix: str):
    body = "The minister said the talks would continue next week. " * 500
    path = tmp_path / f"big{suffix}"
    if suffix == ".jsonl":
        path.write_text(json.dumps({"id": "big", "text": body}) + "\n")
    elif suffix == ".html":
        path.write_text(f"<html><body><article><p>{body}</p></article></body></html>")
    else:
        path.write_text(body)
    [error] = check_all(read_inputs([str(path)], limits=Limits(max_document_bytes=10_000)))
    assert isinstance(error, LimitExceeded) and "limit of 10000 bytes" in error.reason
