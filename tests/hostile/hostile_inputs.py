"""Hypothesis strategies for hostile article text, shared by the tests in this folder.

The English pieces are generic news phrasing built from parts, so that some inputs reach
the actor and event stages; the hostile pieces are what the open web sends.
"""

from __future__ import annotations

from hypothesis import strategies as st

# Every hostile document must be coded or refused within this cap; the slack allows for one
# stage (or parse chunk) that started just before the cap ran out, on a busy 2-core machine.
TIME_CAP = 8.0
SLACK = 6.0

ACTORS = ["Russia", "Azerbaijan", "France", "the United Nations", "Chinese officials",
          "the Indian army", "Israeli police", "the government of Peru", "NATO", "Iran"]
ACTS = ["accused", "expelled", "met", "criticised", "attacked", "threatened", "praised",
        "signed an agreement with", "sanctioned", "called on"]
TAILS = ["on Monday.", "last week, officials said.", "in Geneva on 3 May 2024.",
         "after talks, according to a statement.", "and said it would respond."]

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u200e", "\u200f", "\u061c"]
CONTROLS = [chr(c) for c in range(0x20) if chr(c) not in "\n"] + ["\x7f", "\x85", "\u2028"]
RTL_WORDS = ["\u0645\u0648\u0633\u0643\u0648", "\u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd",
             "\u0628\u0627\u0643\u0648"]


@st.composite
def english_sentence(draw) -> str:
    return " ".join([draw(st.sampled_from(ACTORS)), draw(st.sampled_from(ACTS)),
                     draw(st.sampled_from(ACTORS)), draw(st.sampled_from(TAILS))])


def invisible_char() -> st.SearchStrategy[str]:
    return st.sampled_from(ZERO_WIDTH + BIDI + CONTROLS)


@st.composite
def sprinkled(draw, text: str) -> str:
    """text with invisible, control and bidi characters pushed in at random places."""
    chars = list(text)
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(chars)))
        chars.insert(at, draw(invisible_char()))
    return "".join(chars)


def fragment() -> st.SearchStrategy[str]:
    """One piece of a hostile document."""
    return st.one_of(
        english_sentence(),
        english_sentence().flatmap(sprinkled),
        st.text(max_size=80),  # any Unicode, surrogates excluded by default
        st.text(alphabet=st.sampled_from(CONTROLS + ZERO_WIDTH + BIDI), max_size=20),
        st.sampled_from(RTL_WORDS),
        st.from_regex(r"[0-9 .,:%+\-]{1,60}", fullmatch=True),  # numbers only
        st.sampled_from(ACTORS).map(lambda a: ", ".join([a] * 50)),  # name floods
        st.integers(1, 3000).map(lambda n: "x" * n),  # one very long "word"
        st.just("\n\n"),
    )


@st.composite
def hostile_text(draw, max_fragments: int = 25) -> str:
    parts = draw(st.lists(fragment(), max_size=max_fragments))
    return draw(st.sampled_from([" ", "\n", ""])).join(parts)


@st.composite
def broken_html(draw) -> str:
    """Unclosed, misnested and deeply nested tags around hostile text."""
    tags = ["div", "p", "span", "b", "article", "table", "td", "li", "script", "style", "a"]
    depth = draw(st.sampled_from([0, 3, 50, 400, 3000]))
    tag = draw(st.sampled_from(tags))
    body = draw(hostile_text(max_fragments=10))
    opener = f"<{tag} class='{draw(st.text(max_size=10))}'>"
    closer = draw(st.sampled_from(["", f"</{tag}>", "</wrong>"]))
    noise = draw(st.sampled_from(["", "<!--", "<![CDATA[", "<p <p <p", "&#xD800;", "&#0;",
                                  "&nosuch;", "<?php ?>", "</html></html>"]))
    head = draw(st.sampled_from(["", "<!DOCTYPE html><html><head><title>T</title></head><body>"]))
    return head + opener * depth + f"<p>{body}</p>" + noise + closer * depth


def mixed_encoding_bytes() -> st.SearchStrategy[bytes]:
    """UTF-8 text with pieces in other encodings (Latin-1, CP1252, UTF-16, Shift-JIS) and
    bytes that are not valid in any."""
    piece = st.one_of(
        hostile_text(max_fragments=5).map(lambda t: t.encode("utf-8", "replace")),
        english_sentence().map(lambda t: (t + " Café Zürich").encode("latin-1")),
        english_sentence().map(lambda t: (t + " \u201cquoted\u201d").encode("cp1252")),
        english_sentence().map(lambda t: t.encode("utf-16")),
        st.just("東京で会談".encode("shift_jis")),
        st.binary(max_size=40),
    )
    return st.lists(piece, max_size=8).map(b"".join)
