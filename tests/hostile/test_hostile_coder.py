"""Property tests for the coder: any text gives valid records or a clean LimitExceeded,
within the per-document time cap; and the limits themselves (time, sentences, bytes)."""

from __future__ import annotations

import time

import pytest
from hostile_inputs import SLACK, TIME_CAP, english_sentence, hostile_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadwatch.config import CoderConfig, Limits
from dyadwatch.errors import InputError, LimitExceeded
from dyadwatch.nlp.stage import ParseStage, chunks
from dyadwatch.pipeline import Coder, CodingState
from dyadwatch.read.build import RawDocument, build_document
from dyadwatch.read.document import Document
from dyadwatch.record import validate

SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def code_within_cap(coder: Coder, document: Document) -> list:
    """Records (each re-validated, offsets checked) or [] after a LimitExceeded; either way
    within the time cap."""
    started = time.monotonic()
    try:
        records = coder.code(document)
    except LimitExceeded as exc:
        assert "limit" in exc.reason and exc.source == (document.source or document.doc_id)
        records = []
    elapsed = time.monotonic() - started
    cap = coder.config.limits.max_seconds_per_document
    assert elapsed < cap + SLACK, f"coding took {elapsed:.1f} s"
    for record in records:
        again = validate(record.to_dict())
        assert document.text[again.start:again.end] == again.sentence
        if again.trigger_start is not None:
            assert again.start <= again.trigger_start < again.trigger_end <= again.end
    return records


@SETTINGS
@given(hostile_text())
def test_raw_hostile_text_gives_valid_records(capped_coder, text: str):
    # The Python API codes text as given (no reader clean-up): controls, bidi and all.
    code_within_cap(capped_coder, Document("hostile", text, pub_date="2025-07-03"))


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=300),
       st.lists(english_sentence(), max_size=3))
def test_any_code_point_through_the_api_is_coded_or_refused(capped_coder, noise: str,
                                                            sentences: list[str]):
    """Lone surrogates included (the API takes any Python str): refused as invalid Unicode,
    never a crash; everything else is coded."""
    text = " ".join([*sentences, noise])
    document = Document("api", text, pub_date="2025-07-03")
    try:
        code_within_cap(capped_coder, document)
    except InputError as exc:
        assert "not valid Unicode" in exc.reason
        assert any("\ud800" <= ch <= "\udfff" for ch in text)


def test_api_text_over_the_byte_limit_is_refused():
    coder = Coder(CoderConfig(limits=Limits(max_document_bytes=1_000)))
    with pytest.raises(LimitExceeded, match="over the limit of 1000 bytes"):
        coder.code(Document("big", "Russia expelled two diplomats. " * 100))


@SETTINGS
@given(hostile_text())
def test_cleaned_hostile_text_gives_valid_records(capped_coder, text: str):
    try:
        document = build_document(RawDocument("hostile", text, "hostile"), header=True)
    except Exception as exc:  # noqa: BLE001 - the reader may refuse it, but only cleanly
        assert type(exc).__name__ in ("InputError", "LimitExceeded"), exc
        return
    code_within_cap(capped_coder, document)


@SETTINGS
@given(st.lists(english_sentence(), min_size=1, max_size=40))
def test_plain_news_sentences_give_events_with_evidence(capped_coder, sentences: list[str]):
    text = " ".join(sentences)
    records = code_within_cap(capped_coder, Document("news", text, pub_date="2025-07-03"))
    assert all(r.doc_id == "news" for r in records)


def test_thousands_of_entity_names(capped_coder):
    text = "The envoy of Russia met the envoys of France and Iran in Baku. " * 300
    records = code_within_cap(capped_coder, Document("flood", text, pub_date="2025-07-03"))
    assert records, "a flood of ordinary sentences should still be coded"
    listing = "Officials from " + ", ".join(["Russia", "Azerbaijan", "France"] * 1000) + \
              " met in Geneva."
    code_within_cap(capped_coder, Document("list", listing, pub_date="2025-07-03"))


def test_extremely_long_sentence_is_skipped_not_fatal(capped_coder):
    clause = "and the minister of Russia accused the government of Azerbaijan of lying "
    text = "Russia expelled two Azerbaijani diplomats on Monday.\n\n" + clause * 800 + "."
    records = code_within_cap(capped_coder, Document("long", text, pub_date="2025-07-03"))
    limit = capped_coder.config.limits.max_sentence_chars
    assert all(len(r.sentence) <= limit for r in records)
    assert any(r.cameo.startswith("16") for r in records), "the short sentence is still coded"


# --- the limits ---------------------------------------------------------------------------

def long_news(n: int) -> str:
    return "".join(f"The minister of Russia criticised Azerbaijan on day {i}.\n\n"
                   for i in range(n)).strip()


def test_time_cap_stops_a_long_document_early():
    coder = Coder(CoderConfig(limits=Limits(max_seconds_per_document=0.3,
                                            max_sentences=100_000)))
    document = Document("slow", long_news(4000), source="slow.txt", pub_date="2025-07-03")
    started = time.monotonic()
    with pytest.raises(LimitExceeded, match=r"over the limit of 0.3 s per document") as caught:
        coder.code(document)
    assert caught.value.source == "slow.txt" and "--max-seconds" in caught.value.reason
    assert time.monotonic() - started < 0.3 + SLACK


def test_sentence_cap_refuses_before_parsing_everything():
    coder = Coder(CoderConfig(limits=Limits(max_sentences=50)))
    document = Document("many", long_news(5000), pub_date="2025-07-03")
    started = time.monotonic()
    with pytest.raises(LimitExceeded, match="over 50 sentences"):
        coder.code(document)
    assert time.monotonic() - started < TIME_CAP
    short = coder.code(Document("few", long_news(10), pub_date="2025-07-03"))
    assert short  # under the cap: coded as usual


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=3000), st.integers(5, 400))
def test_chunks_rejoin_to_the_text_and_respect_the_size(text: str, size: int):
    pieces = list(chunks(text, size))
    assert "".join(pieces) == text
    assert all(0 < len(p) <= size for p in pieces)


def test_chunked_parse_keeps_offsets_and_results(capped_coder):
    text = long_news(120)
    document = Document("chunked", text, pub_date="2025-07-03")
    whole_stage = ParseStage(capped_coder.config, fast=False)
    whole = Coder(capped_coder.config, [whole_stage, *capped_coder.stages[1:]]).code(document)
    stage = ParseStage(capped_coder.config, fast=False, chunk_chars=500)
    state = CodingState(document=document, config=capped_coder.config)
    stage(state)
    assert state.doc.text == text and state.stats["parse_chunks"] > 5
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in state.doc)
    chunked = Coder(capped_coder.config, [stage, *capped_coder.stages[1:]]).code(document)
    assert [r.event_id for r in chunked] == [r.event_id for r in whole]


def test_limits_from_environment_and_bad_values():
    limits = Limits.from_env({"DYADWATCH_MAX_SECONDS": "2.5", "DYADWATCH_MAX_SENTENCES": "10",
                              "DYADWATCH_MAX_DOCUMENT_BYTES": " "})
    assert limits.max_seconds_per_document == 2.5 and limits.max_sentences == 10
    assert limits.max_document_bytes == Limits().max_document_bytes
    from dyadwatch.errors import DyadwatchError

    for value in ("abc", "0", "-1", "nan"):
        with pytest.raises(DyadwatchError, match="DYADWATCH_MAX_SENTENCES"):
            Limits.from_env({"DYADWATCH_MAX_SENTENCES": value})
