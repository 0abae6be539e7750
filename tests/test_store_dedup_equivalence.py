"""The store's clustering equals dedup.cluster_all on the same events in the same order.

The store reads dedup candidates through a narrow SQL filter (store/core.py CANDIDATES: three
date bands over ix_events_dedup, countries by set membership). That filter must be a
superset of what `dedup.may_merge` accepts: if it ever drops a compatible stored event, the
store starts a new cluster where the rule would merge. These tests store many random events
(every date precision, undated with and without a publication date, intervals that span
years and so have no precision, compound actors, IGO codes, no target) into a real database
and compare the partition with the rule applied to the whole list in memory.

The store compares a new event with at most MEMBERS_COMPARED events of each cluster and
CANDIDATE_LIMIT candidates in all (a cost bound on busy dyads); `cluster_all` compares with
everything. The exact test lifts the first cap (the second is never reached by this few
events); the capped run is checked for the weaker property that every merge is one the rule
allows.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from dyadwatch.read.document import Document
from dyadwatch.store import core as store_core
from dyadwatch.store import dedup, open_store
from dyadwatch.store.models import Event
from dyadwatch.store.records import dedup_event

CODES = ["036", "040", "042", "111", "120", "130", "172", "163", "180", "190", "193"]
ACTORS = ["RUS", "RUSGOV", "AZE", "AZEGOV", "UKR", "IGOUNO", "IGOEU"]
WORDS = ["troops", "border", "talks", "minister", "strike", "drone", "envoy", "sanction",
         "ceasefire", "village", "summit", "protest"]
BASE = date(2024, 12, 1)


def _actor(rng: random.Random, compound: bool):
    if compound:
        return rng.sample(ACTORS, 2)
    return rng.choice(ACTORS)


def _dates(rng: random.Random) -> dict:
    """date, precision, explicit interval and publication date of one random event."""
    day = BASE + timedelta(days=rng.randrange(0, 120))
    pub = (day + timedelta(days=rng.randrange(0, 10))).isoformat()
    kind = rng.choice(["day", "day", "month", "year", "undated", "bare", "span"])
    if kind == "day":
        return {"date": day.isoformat(), "precision": "day", "pub_date": pub}
    if kind == "month":
        return {"date": day.isoformat()[:7], "precision": "month", "pub_date": pub}
    if kind == "year":
        return {"date": day.isoformat()[:4], "precision": "year", "pub_date": pub}
    if kind == "undated":
        return {"date": None, "precision": None, "pub_date": pub}
    if kind == "bare":  # no date and no publication date: the rule compares nothing
        return {"date": None, "precision": None, "pub_date": None}
    # An interval across a year's end has no precision (when/resolve.py to_event_date):
    # "between November and February", "since last autumn".
    start = day - timedelta(days=rng.randrange(40, 500))
    end = day + timedelta(days=rng.randrange(0, 30))
    return {"date": None, "precision": None, "pub_date": pub,
            "interval": (start.isoformat(), end.isoformat())}


def random_documents(seed: int, n_docs: int, make_record) -> list[tuple[Document, list[dict]]]:
    rng = random.Random(seed)
    out = []
    for d in range(n_docs):
        doc_id = f"doc{d:04d}"
        recs = []
        for e in range(rng.randrange(1, 4)):
            when = _dates(rng)
            compound = rng.random() < 0.2
            source = _actor(rng, compound)
            target = None if rng.random() < 0.15 else _actor(rng, False)
            sentence = " ".join(rng.sample(WORDS, 4)).capitalize() + "."
            rec = make_record(doc_id, rng.choice(CODES), source, target, sentence,
                              sentence.split()[1], when["date"], when["precision"],
                              start=100 * e, pub_date=when["pub_date"])
            if "interval" in when:
                rec["date_start"], rec["date_end"] = when["interval"]
            recs.append(rec)
        text = f"Random article {d} " + " ".join(r["sentence"] for r in recs)
        out.append((Document(doc_id=doc_id, text=text, pub_date=recs[0]["pub_date"]), recs))
    return out


def stored_partition(db_url: str, docs) -> dict[str, int]:
    with open_store(db_url) as db:
        for document, recs in docs:
            assert db.add_document(document, recs)
        with db.engine.connect() as conn:
            return dict(conn.execute(select(Event.event_id, Event.cluster_id)).all())


def same_partition(a: list, b: list) -> bool:
    """True when the two labelings group the items identically (label values may differ)."""
    forward, backward = {}, {}
    for x, y in zip(a, b, strict=True):
        if forward.setdefault(x, y) != y or backward.setdefault(y, x) != x:
            return False
    return True


@pytest.mark.parametrize("seed", [1, 2])
def test_store_clusters_equal_the_rule_on_random_events(db_url, record_factory, monkeypatch,
                                                        seed):
    monkeypatch.setattr(store_core, "MEMBERS_COMPARED", 10**6)
    docs = random_documents(seed, 120, record_factory)
    recs = [r for _, rs in docs for r in rs]
    stored = stored_partition(db_url, docs)
    expected = dedup.cluster_all([dedup_event(r) for r in recs])
    got = [stored[r["event_id"]] for r in recs]
    merges = len(recs) - len(set(expected))
    assert merges > 20, "the random events must merge often enough to test anything"
    if not same_partition(expected, got):
        first = next(i for i in range(len(recs))
                     if not same_partition(expected[:i + 1], got[:i + 1]))
        pytest.fail(f"event {first} ({recs[first]['doc_id']}, {recs[first]['cameo']}, "
                    f"{recs[first].get('date_start')}..{recs[first].get('date_end')}): "
                    f"rule cluster {expected[first]}, store cluster {got[first]}")


def test_capped_store_merges_only_what_the_rule_allows(tmp_path, record_factory):
    """With the real caps the store may miss merges, but each merge it makes is allowed."""
    docs = random_documents(3, 120, record_factory)
    recs = [r for _, rs in docs for r in rs]
    stored = stored_partition(str(tmp_path / "capped.db"), docs)
    events = [dedup_event(r) for r in recs]
    members: dict[int, list[dedup.DedupEvent]] = {}
    for ev in events:
        cluster = members.setdefault(stored[ev.event_id], [])
        if cluster:
            assert ev.doc_id not in {m.doc_id for m in cluster}
            assert any(dedup.may_merge(ev, m) and dedup.score(ev, m) >= dedup.MERGE_THRESHOLD
                       for m in cluster), ev.event_id
        cluster.append(ev)
