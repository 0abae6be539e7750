"""Bounded coverage-guided fuzzing of the reader with atheris (not run in CI).

    PYTHONPATH=src python fuzz/fuzz_reader.py -atheris_runs=20000 [-max_len=4096] [corpus_dir]

Each input's first byte picks a reader entry point (text with header, HTML, JSON Lines,
JSON, RSS/Atom, URL check, date parsing); the rest is the untrusted input. Every reader may
only return Documents or raise/yield InputError. Anything else is a crash: atheris stops
and writes the input to crash-<sha1>. No network is used: URL checks get a resolver that
answers from a fixed table, and feed entries' links are not fetched.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

import atheris
import httpx

with atheris.instrument_imports():
    from dyadwatch.config import Limits
    from dyadwatch.errors import InputError
    from dyadwatch.read.dates import date_from_url, parse_date
    from dyadwatch.read.document import Document
    from dyadwatch.read.feed import feed_documents
    from dyadwatch.read.html import fragment_text
    from dyadwatch.read.inputs import document_from_bytes, looks_like_html, read_stdin
    from dyadwatch.read.netguard import check_url
    from dyadwatch.read.records import read_json, read_jsonl

# Small limits so that the size checks are reached by short inputs too.
LIMITS = Limits(max_document_bytes=3_000, fetch_max_bytes=6_000, fetch_timeout=1.0)
WORKDIR = Path(tempfile.mkdtemp(prefix="dyadwatch-fuzz-"))
CLIENT = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(404)))


def fixed_resolver(host: str, _port: int) -> list[str]:
    """No DNS: a few names resolve to a public, a private and a loopback address."""
    table = {"news.example": "93.184.216.34", "intranet.example": "10.0.0.5",
             "localhost": "127.0.0.1"}
    if host not in table:
        raise OSError(f"unknown host {host}")
    return [table[host]]


def check_document(item: object) -> None:
    if isinstance(item, InputError):
        return
    assert isinstance(item, Document), f"reader returned {type(item).__name__}"
    assert item.text and item.text == item.text.strip(), "document text not clean"
    assert len(item.text.encode("utf-8")) <= LIMITS.max_document_bytes, "size limit ignored"


def drain(items) -> None:
    for item in items:
        check_document(item)


def as_text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def fuzz_text(data: bytes) -> None:
    drain(read_stdin(io.BytesIO(data), published=None, limits=LIMITS))


def fuzz_html(data: bytes) -> None:
    try:
        check_document(document_from_bytes(data, doc_id="f", source="f.html", is_html=True,
                                           published=None, limits=LIMITS,
                                           url="https://news.example/2024/05/01/x"))
    except InputError:
        pass
    fragment_text(as_text(data))
    looks_like_html(data)


def fuzz_file(data: bytes, suffix: str, reader) -> None:
    path = WORKDIR / f"input{suffix}"
    path.write_bytes(data)
    drain(reader(path, str(path), published=None, limits=LIMITS))


def fuzz_feed(data: bytes) -> None:
    drain(feed_documents(data, "feed.xml", published=None, allow_private=False,
                         limits=LIMITS, fetch_pages=False, client=CLIENT))


def fuzz_url(data: bytes) -> None:
    text = as_text(data)
    for url in (text, "http://" + text, "https://news.example/" + text):
        try:
            check_url(url, resolver=fixed_resolver)
        except InputError:
            pass
        date_from_url(url)
    parse_date(text)


TARGETS = [
    fuzz_text,
    fuzz_html,
    lambda data: fuzz_file(data, ".jsonl", read_jsonl),
    lambda data: fuzz_file(data, ".json", read_json),
    fuzz_feed,
    fuzz_url,
]


def test_one_input(data: bytes) -> None:
    if not data:
        return
    TARGETS[data[0] % len(TARGETS)](data[1:])


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
