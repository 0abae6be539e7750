"""Readers without the network: text, header blocks, boilerplate, dates, JSON Lines, JSON,
directories, standard input, HTML files, and every bad input."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadwatch.config import Limits
from dyadwatch.errors import DyadwatchError, InputError, LimitExceeded
from dyadwatch.read import Document, read_inputs
from dyadwatch.read.dates import date_from_url, parse_date
from dyadwatch.read.text import clean_text, language_problem, split_header, strip_boilerplate

BODY = (
    "The foreign ministry of Norway summoned the ambassador of Chile on Tuesday after a "
    "dispute over fishing rights in the southern ocean. Officials said that the talks "
    "between the two governments would resume once the ships had left the area, and that "
    "both sides were ready to meet again before the end of the month."
)
FRENCH = (
    "Le ministère des affaires étrangères a convoqué l'ambassadeur mardi après un différend "
    "sur les droits de pêche dans l'océan austral. Les responsables ont déclaré que les "
    "discussions entre les deux gouvernements reprendraient dès que les navires auraient "
    "quitté la zone, et que les deux parties étaient prêtes à se revoir avant la fin du mois."
)
GERMAN = (
    "Das Außenministerium bestellte am Dienstag den Botschafter ein, nachdem es einen Streit "
    "über Fischereirechte im Südpolarmeer gegeben hatte. Beamte erklärten, dass die Gespräche "
    "zwischen den beiden Regierungen wieder aufgenommen würden, sobald die Schiffe das Gebiet "
    "verlassen hätten, und dass beide Seiten bereit seien, sich noch vor Monatsende zu treffen."
)
RUSSIAN = (
    "Министерство иностранных дел вызвало посла во вторник после спора о правах на рыболовство "
    "в южном океане. Чиновники заявили, что переговоры возобновятся, когда суда покинут район."
)


def read_all(inputs: list[str], **kwargs) -> list[Document | InputError]:
    return list(read_inputs(inputs, **kwargs))


def only_doc(inputs: list[str], **kwargs) -> Document:
    items = read_all(inputs, **kwargs)
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def only_error(inputs: list[str], **kwargs) -> InputError:
    items = read_all(inputs, **kwargs)
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


# --- clean-up -------------------------------------------------------------------------

def test_clean_text_normalises_unicode_and_whitespace():
    raw = "Cafe\u0301\u200b  talks\x07 began\u00a0today.\r\n\r\n\r\n\r\nNext\u202e day\u2028line"
    assert clean_text(raw) == "Café talks began today.\n\nNext day\nline"


def test_offsets_point_into_clean_text(tmp_path: Path):
    (tmp_path / "a.txt").write_text("  Norway\u200b  summoned   the envoy.\n\n\n\n" + BODY)
    doc = only_doc([str(tmp_path / "a.txt")])
    start = doc.text.index("summoned the envoy")
    assert doc.text[start:start + 8] == "summoned"
    assert "\u200b" not in doc.text and "  " not in doc.text


# --- header block ----------------------------------------------------------------------

def test_header_block_with_known_keys_is_metadata(tmp_path: Path):
    path = tmp_path / "note.txt"
    path.write_text(
        "title: Fishing dispute\noutlet: Example Herald\nurl: https://example.org/x\n"
        "published: 2024-03-05\nauthor: A. Writer\n\n" + BODY
    )
    doc = only_doc([str(path)])
    assert (doc.title, doc.outlet, doc.url, doc.author) == (
        "Fishing dispute", "Example Herald", "https://example.org/x", "A. Writer")
    assert doc.pub_date == "2024-03-05" and doc.meta["pub_date_from"] == "metadata"
    assert doc.text == BODY and doc.doc_id == "note"


def test_unknown_key_means_no_header():
    header, body = split_header("Moscow: the ministry protested.\n\nMore text.")
    assert header == {} and body.startswith("Moscow:")
    header, body = split_header("title: X\nlocation: Y\n\nBody.")
    assert header == {}


def test_header_must_end_with_blank_line():
    text = "title: Talks resume\nNorway and Chile resumed talks."
    assert split_header(text) == ({}, text)


# --- boilerplate -----------------------------------------------------------------------

def test_original_article_line_and_disclaimer_are_removed():
    text = (BODY + "\n\nOriginal article: https://news.example.com/2021/02/03/story\n\n"
            "Statement: This article represents the author's views only. Click the buttons "
            "below.")
    found = strip_boilerplate(text)
    assert found.original_url == "https://news.example.com/2021/02/03/story"
    assert found.body == BODY
    assert len(found.removed) == 2


def test_prose_that_mentions_statements_is_kept():
    line = "Statement: the two ministers agreed to meet again in March."
    assert strip_boilerplate(line).body == line
    line = "Copyright disputes between the two countries were raised at the meeting."
    assert strip_boilerplate(line).body == line


# --- dates -----------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.toutiao.com/article/7522662472948449835/", "2025-07-03"),
    ("https://m.toutiao.com/a/7522662472948449835", "2025-07-03"),
    ("https://news.example.com/world/2024/11/05/talks.html", "2024-11-05"),
    ("https://news.example.com/2024-11-05/talks", "2024-11-05"),
    ("https://news.example.com/story-20241105-talks", "2024-11-05"),
    ("https://news.example.com/story?id=7&date=2024-11-05", "2024-11-05"),
    ("https://news.example.com/2024/13/45/bad", None),
    ("https://news.example.com/story/123456789012", None),
    ("https://other.example.com/article/7522662472948449835/", None),
    ("not a url at all", None),
])
def test_date_from_url(url: str, expected: str | None):
    assert date_from_url(url) == expected


def test_parse_date_forms():
    assert parse_date("2024-11-05T08:00:00+03:00") == "2024-11-05"
    assert parse_date("5 November 2024") == "2024-11-05"
    assert parse_date("yesterday-ish") is None
    assert parse_date("2024-02-30") is None


def test_date_order_explicit_then_metadata_then_url(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("url: https://x.example/2020/01/02/a\npublished: 2021-05-06\n\n" + BODY)
    assert only_doc([str(path)], published="2022-07-08").pub_date == "2022-07-08"
    assert only_doc([str(path)]).pub_date == "2021-05-06"
    path.write_text("url: https://x.example/2020/01/02/a\n\n" + BODY)
    assert only_doc([str(path)]).pub_date == "2020-01-02"
    path.write_text(BODY + "\n\nOriginal article: https://www.toutiao.com/article/"
                    "7522662472948449835/")
    doc = only_doc([str(path)])
    assert doc.pub_date == "2025-07-03" and doc.meta["pub_date_from"] == "url"


def test_bad_explicit_published_is_refused():
    with pytest.raises(DyadwatchError, match="not a date"):
        read_all(["-"], published="soon", stdin=io.BytesIO(BODY.encode()))


def test_seed_article_pub_date_from_toutiao_url(shared_dir: Path):
    seed = shared_dir / "seed" / "000_d07b6db2e23c9954.txt"
    doc = only_doc([str(seed)])
    assert doc.doc_id == "000_d07b6db2e23c9954"
    assert doc.pub_date == "2025-07-03"
    assert doc.original_url == "https://www.toutiao.com/article/7522662472948449835/"
    assert "Original article" not in doc.text and "Statement:" not in doc.text
    assert "Yekaterinburg" in doc.text


# --- JSON Lines and JSON ---------------------------------------------------------------

def test_jsonl_records_and_malformed_line(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "n1", "text": BODY, "title": "T", "published": "2024-01-02",
                    "lang_hint": "en"}),
        "{not json",
        "",
        json.dumps({"text": BODY, "url": "https://x.example/2023/04/05/z"}),
        json.dumps(["a list"]),
        json.dumps({"id": 9, "title": "no text"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = read_all([str(path)])
    assert [type(i).__name__ for i in items] == [
        "Document", "InputError", "Document", "InputError", "InputError"]
    first, bad, second, not_object, no_text = items
    assert first.doc_id == "n1" and first.pub_date == "2024-01-02" and first.title == "T"
    assert first.meta["lang_hint"] == "en"
    assert bad.source == "batch.jsonl:2" and "malformed JSON line" in bad.reason
    assert second.doc_id == "batch.jsonl:4" and second.pub_date == "2023-04-05"
    assert "expected a JSON object" in not_object.reason
    assert "text" in no_text.reason


def test_json_list_and_single_object(tmp_path: Path):
    (tmp_path / "many.json").write_text(json.dumps([{"id": "a", "text": BODY},
                                                    {"id": "b", "text": BODY}]))
    (tmp_path / "one.json").write_text(json.dumps({"id": "c", "text": BODY}))
    ids = [d.doc_id for d in read_all([str(tmp_path / "many.json"), str(tmp_path / "one.json")])]
    assert ids == ["a", "b", "c"]
    (tmp_path / "broken.json").write_text("[{")
    assert "malformed JSON" in only_error([str(tmp_path / "broken.json")]).reason


# --- directories and doc ids -----------------------------------------------------------

def test_directory_is_recursive_sorted_and_skips_gold(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "story.txt").write_text(BODY)
    (tmp_path / "a" / "story.txt").write_text(BODY)
    (tmp_path / "a" / "story.gold.jsonl").write_text('{"sentence": "x"}\n')
    (tmp_path / "a" / "notes.md").write_text(BODY)
    (tmp_path / "z.htm").write_text(f"<html><body><article><p>{BODY}</p></article></body></html>")
    items = read_all([str(tmp_path)])
    assert all(isinstance(i, Document) for i in items), items
    # the two story.txt collide: they take their paths relative to the input directory
    assert [d.doc_id for d in items] == ["a/story.txt", "b/story.txt", "z"]


def test_empty_directory_is_an_error(tmp_path: Path):
    assert "holds no" in only_error([str(tmp_path)]).reason


def test_collision_across_inputs_uses_path_as_given(tmp_path: Path):
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "x.txt").write_text(BODY)
    (tmp_path / "x.html").write_text(f"<html><body><p>{BODY}</p></body></html>")
    items = read_all([str(tmp_path / "one" / "x.txt"), str(tmp_path / "x.html")])
    assert [d.doc_id for d in items] == [str(tmp_path / "one" / "x.txt"),
                                         str(tmp_path / "x.html")]


# --- standard input --------------------------------------------------------------------

def test_stdin_text_with_header():
    data = ("title: From a pipe\n\n" + BODY).encode()
    doc = only_doc(["-"], stdin=io.BytesIO(data), published="2024-02-03")
    assert doc.doc_id == "stdin" and doc.title == "From a pipe" and doc.pub_date == "2024-02-03"


def test_stdin_html_is_recognised():
    html = f"<!DOCTYPE html><html><head><title>P</title></head><body><p>{BODY}</p></body></html>"
    doc = only_doc(["-"], stdin=io.BytesIO(html.encode()))
    assert "<p>" not in doc.text and "summoned the ambassador" in doc.text


# --- HTML files ------------------------------------------------------------------------

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head>
<title>Norway summons Chilean envoy | Example Herald</title>
<meta property="og:site_name" content="Example Herald">
<meta property="og:title" content="Norway summons Chilean envoy">
<meta name="author" content="Kari Nordmann">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li></ul></nav>
<article><h1>Norway summons Chilean envoy</h1>
<p>{body}</p>
<p>The ministry added in a statement that it had asked for an explanation within a week and
that it expected a reply from the government in Santiago before any further meetings.</p>
</article>
<footer><p>Subscribe to our newsletter for the latest stories</p></footer>
</body></html>"""


def test_html_file_main_text_and_metadata(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_HTML.format(body=BODY))
    doc = only_doc([str(path)])
    assert doc.doc_id == "page"
    assert "summoned the ambassador of Chile" in doc.text
    assert "World news menu" not in doc.text and "newsletter" not in doc.text
    assert doc.title == "Norway summons Chilean envoy"
    assert doc.author == "Kari Nordmann"
    assert doc.outlet == "Example Herald"
    assert doc.pub_date == "2024-03-05"


def test_html_without_text_is_empty(tmp_path: Path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>x</title></head><body><nav></nav></body></html>")
    assert "empty document" in only_error([str(path)]).reason


# --- bad input -------------------------------------------------------------------------

def test_missing_file_then_good_file_still_read(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(BODY)
    items = read_all([str(tmp_path / "missing.txt"), str(good)])
    assert isinstance(items[0], InputError) and "no such file" in items[0].reason
    assert str(tmp_path / "missing.txt") in str(items[0])
    assert isinstance(items[1], Document)


def test_unreadable_file(tmp_path: Path):
    path = tmp_path / "secret.txt"
    path.write_text(BODY)
    path.chmod(0)
    try:
        if path.open("rb"):  # running as root: permissions do not apply
            pytest.skip("running as root: cannot make a file unreadable")
    except PermissionError:
        pass
    try:
        assert "cannot read" in only_error([str(path)]).reason
    finally:
        path.chmod(0o644)


def test_binary_file(tmp_path: Path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    assert "binary" in only_error([str(path)]).reason


def test_empty_and_blank_documents(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\u200b\n\t\n")
    (tmp_path / "header-only.txt").write_text("title: Nothing here\n\n")
    for name in ("empty.txt", "blank.txt", "header-only.txt"):
        assert "empty document" in only_error([str(tmp_path / name)]).reason


def test_numbers_only_is_refused(tmp_path: Path):
    (tmp_path / "n.txt").write_text("12 345 6789 2024-01-01 3.14")
    assert "no words" in only_error([str(tmp_path / "n.txt")]).reason


@pytest.mark.parametrize("text", [FRENCH, GERMAN, RUSSIAN])
def test_non_english_text_is_refused(tmp_path: Path, text: str):
    path = tmp_path / "foreign.txt"
    path.write_text(text)
    assert "not English" in only_error([str(path)]).reason


def test_english_passes_language_check():
    assert language_problem(BODY) is None
    assert language_problem("Russia expelled two Azerbaijani diplomats on Monday.") is None


def test_too_large_document(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text(BODY * 20)
    error = only_error([str(path)], limits=Limits(max_document_bytes=1000))
    assert isinstance(error, LimitExceeded) and "over the limit" in error.reason
    big_line = json.dumps({"id": "big", "text": BODY * 20})
    (tmp_path / "big.jsonl").write_text(big_line + "\n")
    error = only_error([str(tmp_path / "big.jsonl")], limits=Limits(max_document_bytes=1000))
    assert "limit" in error.reason


def test_latin1_file_is_decoded(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes(("Café owners in Zürich said " + BODY).encode("latin-1"))
    assert only_doc([str(path)]).text.startswith("Café owners in Zürich")


# --- hostile text: any input gives a document or a clean InputError ----------------------

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_any_bytes_on_stdin_give_document_or_input_error(data: bytes):
    for item in read_inputs(["-"], stdin=io.BytesIO(data)):
        assert isinstance(item, Document | InputError)
        if isinstance(item, Document):
            assert item.text and item.text == item.text.strip()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=2000), st.sampled_from(["", BODY, "title: T\n\n"]))
def test_any_text_gives_clean_document_or_input_error(text: str, prefix: str):
    items = read_inputs(["-"], stdin=io.BytesIO((prefix + text).encode("utf-8", "surrogatepass")))
    for item in items:
        if isinstance(item, Document):
            assert all(ch in "\n" or ch.isprintable() or ch in "\u200c\u200d" for ch in item.text)
            assert "\n\n\n" not in item.text


def test_single_json_object_without_id_takes_file_stem(tmp_path: Path):
    (tmp_path / "lone.json").write_text(json.dumps({"text": BODY}))
    assert only_doc([str(tmp_path / "lone.json")]).doc_id == "lone"


def test_fifo_is_not_a_regular_file(tmp_path: Path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in only_error([str(fifo)]).reason


def test_file_gone_before_reading_is_named(tmp_path: Path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(BODY)
    second.write_text(BODY)
    items = read_inputs([str(first), str(second)])
    assert isinstance(next(items), Document)
    second.unlink()  # planned but no longer readable
    error = next(items)
    assert isinstance(error, InputError) and error.source == str(second)
    assert "cannot read" in error.reason
