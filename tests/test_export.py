"""Every export format: write, load back with pandas, compare with the store."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dyadwatch.errors import InputError
from dyadwatch.read.document import Document
from dyadwatch.store import FRAME_COLUMNS, open_store
from dyadwatch.store.export import GDELT_COLUMNS, ICEWS_COLUMNS, fips

BAKU = {"name": "Baku", "country": "AZE", "lat": 40.3777, "lon": 49.892, "precision": "city"}


@pytest.fixture
def db(db_url, record_factory):
    store = open_store(db_url)
    mk = record_factory
    t1 = "Russia expelled two Azerbaijani diplomats on Monday.\n\nPolice raided Sputnik in Baku."
    t2 = "Moscow expels two Azerbaijani envoys.\tRussia and Azerbaijan may hold talks."
    store.add_document(Document("d1", t1, pub_date="2025-07-03", outlet="Wire", title="T1",
                                url="https://wire.example/a"), [
        mk("d1", "1663", "RUSGOV", "AZEGOV", t1[:52], "expelled", "2025-06-30", "day"),
        mk("d1", "1711", "AZECOP", "RUSMED", t1[54:], "raided", "2025-06", "month", start=54,
           location=BAKU),
    ])
    store.add_document(Document("d2", t2, pub_date="2025-07-04", outlet="Daily"), [
        mk("d2", "1663", "RUS", "AZE", t2[:37], "expels", "2025-06-30", "day"),
        mk("d2", "040", ["RUS", "AZE"], None, t2[38:], "hold talks", start=38,
           modality="hypothetical"),
        mk("d2", "043", "RUSGOV", "IGOUNO", t2[38:], "talks", "2025-07-01", "day", start=38),
    ])
    yield store
    store.close()


def test_gdelt_has_61_columns_one_row_per_cluster_pair(db, tmp_path):
    out = tmp_path / "g.tsv"
    n = db.export("gdelt", str(out))
    frame = pd.read_csv(out, sep="\t", header=None, names=GDELT_COLUMNS, dtype=str,
                        keep_default_na=False)
    assert len(GDELT_COLUMNS) == 61 and frame.shape == (n, 61)
    assert n == len(db.clusters())  # factual events; each cluster once
    expel = frame[frame.EventCode == "1663"].iloc[0]
    assert (expel.Day, expel.MonthYear, expel.Year) == ("20250630", "202506", "2025")
    assert (expel.NumArticles, expel.NumSources, expel.NumMentions) == ("2", "2", "2")
    assert (expel.EventBaseCode, expel.EventRootCode, expel.QuadClass) == ("166", "16", "4")
    assert expel.Actor1CountryCode == "RUS" and expel.Actor2Type1Code in ("GOV", "")
    raid = frame[frame.EventCode == "1711"].iloc[0]
    assert raid.ActionGeo_CountryCode == fips("AZE") == "AJ"
    assert raid.ActionGeo_Type == "4" and raid.ActionGeo_FullName == "Baku, Azerbaijan"
    assert raid.Actor1Type1Code == "COP" and raid.Actor2Type1Code == "MED"
    assert raid.SOURCEURL == "https://wire.example/a" and raid.IsRootEvent == "0"
    assert expel.IsRootEvent == "1"
    igo = frame[frame.EventCode == "043"].iloc[0]
    assert igo.Actor2KnownGroupCode == "UNO" and igo.Actor2CountryCode == ""


def test_icews_columns_round_trip(db, tmp_path):
    out = tmp_path / "i.tsv"
    db.export("icews", str(out))
    frame = pd.read_csv(out, sep="\t", dtype=str, keep_default_na=False)
    assert list(frame.columns) == ICEWS_COLUMNS
    stored = db.events_frame()
    assert len(frame) == len(stored)
    raid = frame[frame["CAMEO Code"] == "1711"].iloc[0]
    assert raid["Source Country"] == "Azerbaijan" and raid["Target Sectors"] == "Media"
    assert raid["Event Date"] == "2025-06-01" and raid["Sentence Number"] == "2"
    assert (raid["City"], raid["Country"], raid["Publisher"]) == ("Baku", "Azerbaijan", "Wire")
    assert sorted(frame["Story ID"]) == sorted(stored.doc_id)


def test_plover_maps_media_to_jrn(db, tmp_path):
    out = tmp_path / "p.jsonl"
    db.export("plover", str(out), modality="all")
    frame = pd.read_json(out, lines=True, dtype=False)
    stored = {r["event_id"]: r for r in db.events(modality="all")}
    assert set(frame.id) == set(stored)
    raid = frame[frame.cameo == "1711"].iloc[0]
    assert raid.recipient[0]["sector"] == "JRN" and raid.actor[0]["sector"] == "COP"
    assert raid.event == [stored[raid.id]["plover"]["type"]] == ["COERCE"]
    assert (raid.date, raid.enddate) == ("2025-06-01", "2025-06-30")
    talks = frame[frame.cameo == "040"].iloc[0]
    assert [a["code"] for a in talks.actor] == ["RUS", "AZE"] and talks.recipient == []
    for row in frame.itertuples():
        assert row.quad_code == stored[row.id]["quad"] and row.text == stored[row.id]["sentence"]


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tabular_exports_equal_events_frame(db, tmp_path, fmt):
    out = tmp_path / f"e.{fmt}"
    n = db.export(fmt, str(out), modality="all")
    loaded = (pd.read_parquet(out) if fmt == "parquet"
              else pd.read_csv(out, dtype={"cameo": str, "root": str}))
    stored = db.events_frame(modality="all")
    assert n == len(stored) == len(loaded) and list(loaded.columns) == FRAME_COLUMNS
    for col in ("event_id", "cameo", "root", "source_code", "target_code", "modality",
                "sentence"):
        assert loaded[col].fillna("").tolist() == stored[col].fillna("").tolist(), col
    assert loaded.goldstein.tolist() == pytest.approx(stored.goldstein.tolist())


def test_jsonl_export_is_the_records(db, tmp_path):
    out = tmp_path / "r.jsonl"
    db.export("jsonl", str(out), root="16")
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows == db.events(root="16")
    assert pd.read_json(out, lines=True).shape[0] == 2


def test_export_bad_input(db, tmp_path):
    with pytest.raises(InputError, match="parquet"):
        db.export("parquet", None)
    with pytest.raises(InputError, match="unknown export format"):
        db.export("xml", str(tmp_path / "x"))
    with pytest.raises(InputError, match="folder does not exist"):
        db.export("csv", str(tmp_path / "no" / "x.csv"))
