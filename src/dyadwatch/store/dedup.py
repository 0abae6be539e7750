"""Deduplication across articles: events that report one occurrence join one cluster.

The rule. A new event E (from document D) joins the cluster of an already stored event F
when all of these hold:

1. **Different articles.** F comes from another document, and F's cluster holds no event
   from D yet (one article states one real-world event once).
2. **Same dyad.** The countries of E's source-target pairs equal F's (roles may differ:
   RUSGOV and RUS are both Russia). The direction must agree, except for the cooperative
   roots 03-06 and 08 (intent, consult, cooperate, aid, yield), which are often reported from
   either side ("A and B held talks").
3. **Compatible codes.** The same CAMEO root, or two roots listed as compatible in
   `data/dedup_compatible_roots.tsv` (e.g. 18/19: outlets differ on the weapon).
4. **Compatible dates.** Each date is widened to the interval its precision allows (a day, a
   month, a year) and the two intervals, with one day of slack for time zones, overlap. An
   undated event is compared through its publication date: the other event must lie within
   `UNDATED_WINDOW_DAYS` of it.
5. **Compatible places.** When both records name a city, it is the same city.
6. **Similar evidence.** A score adds up: half the overlap coefficient of the content-word
   stems (first five letters; stop words from `data/dedup_stopwords.txt`) of the two
   sentences, with the trigger stems counted twice; 0.25 for the same full CAMEO code, or
   0.15 for the same or a compatible root; 0.1 for the same direction; 0.15 when both are
   dated to the same single day. E joins when the score reaches `MERGE_THRESHOLD` (0.5):
   the same code, dyad and day suffice; otherwise the evidence must also overlap.

Among all candidates E joins the best-scoring cluster; with none it starts a new cluster.
Clustering is incremental at ingest; `recluster` rebuilds every cluster in ingest order, so
the result does not depend on which process stored what when.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, cached_property

from dyadwatch.tables import data_path

MERGE_THRESHOLD = 0.5
W_EVIDENCE, W_SAME_CODE, W_SAME_ROOT, W_DIRECTION, W_SAME_DAY = 0.5, 0.25, 0.15, 0.1, 0.15
UNDATED_WINDOW_DAYS = 7
DATE_SLACK_DAYS = 1
SLACK, UNDATED_WINDOW = timedelta(days=DATE_SLACK_DAYS), timedelta(days=UNDATED_WINDOW_DAYS)
SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06", "08"})
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class DedupEvent:
    """What the rule needs from one stored event."""

    event_id: str
    doc_id: str
    cameo: str
    pairs: list[tuple[str | None, str | None]]  # (source country, target country)
    date_start: str | None
    date_end: str | None
    pub_date: str | None
    sentence: str
    trigger: str
    cluster_id: int | None = None
    place: str | None = None  # city named by the record's location, lower case
    stems: frozenset[str] = field(default=frozenset())

    def __post_init__(self) -> None:
        if not self.stems:
            words = stems(self.sentence)
            self.stems = frozenset(words)
        self.trigger_stems = frozenset(stems(self.trigger))

    # Cached: the rule compares each new event with hundreds of stored ones.
    @cached_property
    def days(self) -> tuple[date | None, date | None, date | None]:
        """Start and end of the date interval, and the publication date, parsed."""
        return _day(self.date_start), _day(self.date_end), _day(self.pub_date)

    @cached_property
    def root(self) -> str:
        return self.cameo[:2]

    @cached_property
    def dyad(self) -> frozenset[tuple[str | None, str | None]]:
        return frozenset(self.pairs)

    @cached_property
    def undirected(self) -> frozenset[frozenset]:
        return frozenset(frozenset(p) for p in self.pairs)


@cache
def stop_words() -> frozenset[str]:
    with data_path("dedup_stopwords.txt").open(encoding="utf-8") as fh:
        words = [w for ln in fh if not ln.startswith("#") for w in ln.split()]
    return frozenset(words)


@cache
def compatible_roots() -> frozenset[frozenset[str]]:
    from dyadwatch.tables import read_tsv

    return frozenset(frozenset((r["root_a"], r["root_b"])) for r in read_tsv(
        "dedup_compatible_roots.tsv"))


def related_roots(root: str) -> set[str]:
    """The root itself and every root listed as compatible with it."""
    return {root} | {r for pair in compatible_roots() if root in pair for r in pair}


def stems(text: str) -> list[str]:
    """Content words cut to five letters: a crude stemmer, enough to match 'expelled' with
    'expels' or 'drones' with 'drone' across articles."""
    stop = stop_words()
    return [w[:5] for w in (m.lower() for m in _WORD.findall(text or "")) if w not in stop]


def roots_compatible(a: str, b: str) -> bool:
    return a == b or frozenset((a, b)) in compatible_roots()


def same_direction(a: DedupEvent, b: DedupEvent) -> bool:
    return a.dyad == b.dyad


def dyads_compatible(a: DedupEvent, b: DedupEvent) -> bool:
    if same_direction(a, b):
        return True
    symmetric = a.root in SYMMETRIC_ROOTS and b.root in SYMMETRIC_ROOTS
    return symmetric and a.undirected == b.undirected


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def dates_compatible(a: DedupEvent, b: DedupEvent) -> bool:
    (a0, a1, pa), (b0, b1, pb) = a.days, b.days
    if a0 and a1 and b0 and b1:
        return a0 - SLACK <= b1 and b0 - SLACK <= a1
    # An undated event: compare what is known against the other's publication date.
    window = UNDATED_WINDOW
    if a0 and a1 and pb:
        return a0 - window <= pb and pb <= a1 + window
    if b0 and b1 and pa:
        return b0 - window <= pa and pa <= b1 + window
    if pa and pb:
        return abs(pa - pb) <= window
    return True


def evidence_overlap(a: DedupEvent, b: DedupEvent) -> float:
    """Overlap coefficient of the sentence stems, with trigger stems weighted double."""
    na, nb = len(a.stems) + len(a.trigger_stems), len(b.stems) + len(b.trigger_stems)
    if not na or not nb:
        return 0.0
    shared = len(a.stems & b.stems) + len(a.trigger_stems & b.trigger_stems)
    return min(1.0, shared / min(na, nb))


def is_day_precise(e: DedupEvent) -> bool:
    return bool(e.date_start) and e.date_start == e.date_end


def score(a: DedupEvent, b: DedupEvent) -> float:
    """How strongly the evidence says a and b are one occurrence (0..1); rule item 6."""
    s = W_EVIDENCE * evidence_overlap(a, b)
    s += W_SAME_CODE if a.cameo == b.cameo else W_SAME_ROOT
    if same_direction(a, b):
        s += W_DIRECTION
    if is_day_precise(a) and is_day_precise(b) and a.date_start == b.date_start:
        s += W_SAME_DAY
    return s


def places_compatible(a: DedupEvent, b: DedupEvent) -> bool:
    return not (a.place and b.place and a.place != b.place)


def may_merge(a: DedupEvent, b: DedupEvent) -> bool:
    """The hard conditions 1-5 of the rule."""
    return (
        a.doc_id != b.doc_id
        and roots_compatible(a.root, b.root)
        and dyads_compatible(a, b)
        and dates_compatible(a, b)
        and places_compatible(a, b)
    )


def best_match(
    new: DedupEvent, candidates: Iterable[DedupEvent], docs_in_cluster: dict[int, set[str]]
) -> DedupEvent | None:
    """The stored event whose cluster `new` joins, or None for a new cluster."""
    best, best_score = None, MERGE_THRESHOLD
    for cand in candidates:
        if cand.cluster_id is None or not may_merge(new, cand):
            continue
        if new.doc_id in docs_in_cluster.get(cand.cluster_id, set()):
            continue
        s = score(new, cand)
        if s >= best_score and (best is None or s > best_score):
            best, best_score = cand, s
    return best


def cluster_all(events: list[DedupEvent]) -> list[int]:
    """Cluster a whole list in order (no database): a cluster index per event.
    Used by the benchmark and tests; the store applies the same `best_match`."""
    assigned: list[int] = []
    members: dict[int, set[str]] = {}
    stored: list[DedupEvent] = []
    for ev in events:
        match = best_match(ev, stored, members)
        cid = match.cluster_id if match else len(members)
        members.setdefault(cid, set()).add(ev.doc_id)
        ev.cluster_id = cid
        stored.append(ev)
        assigned.append(cid)
    return assigned


def pairwise_scores(
    clusters: list[int], incidents: list[str | None], doc_ids: list[str]
) -> dict[str, float]:
    """Pairwise precision and recall of merging, over pairs of events from different
    documents: a pair should merge when both carry the same (non-null) incident id."""
    tp = fp = fn = 0
    n = len(clusters)
    for i in range(n):
        for j in range(i + 1, n):
            if doc_ids[i] == doc_ids[j]:
                continue
            gold = incidents[i] is not None and incidents[i] == incidents[j]
            pred = clusters[i] == clusters[j]
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_merges": tp,
            "false_merges": fp, "missed_merges": fn}
