"""Exports: GDELT 2.0 events, ICEWS, PLOVER JSON Lines, Parquet, CSV and JSON Lines.

- gdelt: the 61 tab-separated columns of the GDELT 2.0 event table, no header. One row per
  cluster (an occurrence, however many articles report it) and per ordered actor pair of
  its most confident event; NumMentions, NumSources and NumArticles come from the cluster.
  Geography uses FIPS 10-4 country codes (data/iso3_fips.tsv); only the action is located
  (the record's location); AvgTone is left empty (dyadwatch does not score tone).
- icews: the ICEWS event columns, tab-separated with a header, one row per actor pair.
- plover: PLOVER JSON Lines, one object per event; compound actors stay lists (PLOVER
  allows them); CAMEO role MED (media) becomes PLOVER sector JRN (data/role_sectors.tsv).
- parquet, csv: `Store.events_frame` (one row per ordered actor pair); jsonl: the records.

GDELT and ICEWS need one day per event: an event known only to the month or year is given
its first possible day (undated events their publication date); the PLOVER export keeps the
span as `date` and `enddate`, and every format but these two keeps `date_precision`.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import IO, Any

from dyadwatch.errors import InputError
from dyadwatch.store.records import actor_country, expand_pairs, record_interval
from dyadwatch.tables import cameo_codes, read_tsv
from dyadwatch.version import CODER_VERSION, __version__

FORMATS = ("gdelt", "icews", "plover", "parquet", "csv", "jsonl")

GDELT_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
               "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
GDELT_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
             "FeatureID"]
GDELT_COLUMNS = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in GDELT_ACTOR] + [f"Actor2{c}" for c in GDELT_ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in GDELT_GEO] + [f"Actor2Geo_{c}" for c in GDELT_GEO]
    + [f"ActionGeo_{c}" for c in GDELT_GEO] + ["DATEADDED", "SOURCEURL"]
)
ICEWS_COLUMNS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
]
PAIR_BASE = 100  # GlobalEventID = event row id * PAIR_BASE + pair index
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


@cache
def countries() -> dict[str, tuple[str, str]]:
    """ISO3 -> (FIPS 10-4, name)."""
    return {r["iso3"]: (r["fips"], r["name"]) for r in read_tsv("iso3_fips.tsv")}


@cache
def role_sectors() -> dict[str, tuple[str, str]]:
    """CAMEO role -> (sector name, PLOVER sector)."""
    return {r["role"]: (r["sector_name"], r["plover"]) for r in read_tsv("role_sectors.tsv")}


def fips(iso3: str | None) -> str:
    return countries().get(iso3 or "", ("", ""))[0]


def country_name(code: str | None) -> str:
    if not code:
        return ""
    return countries().get(code, ("", code))[1]


def global_id(rec: dict[str, Any], pair_index: int) -> int:
    return int(rec["_seq"]) * PAIR_BASE + pair_index


def day_of(rec: dict[str, Any]) -> date | None:
    """The event's day for formats that need one: its first possible day, else publication."""
    start, _ = record_interval(rec)
    for value in (start, rec.get("pub_date")):
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            continue
    return None


class DocInfo:
    """Per-document facts the exports need, loaded once per document."""

    def __init__(self, store: Any):
        self.store = store
        self._docs: dict[str, dict] = {}

    def get(self, doc_id: str) -> dict:
        if doc_id not in self._docs:
            self._docs[doc_id] = self.store.document(doc_id) or {}
        return self._docs[doc_id]

    def sentence_number(self, rec: dict[str, Any]) -> int:
        """1-based number of the evidence sentence, counted by sentence-final punctuation."""
        text = self.get(rec["doc_id"]).get("text") or ""
        return len(_SENTENCE_END.findall(text[: rec.get("start") or 0])) + 1

    def is_lead(self, rec: dict[str, Any]) -> bool:
        text = self.get(rec["doc_id"]).get("text") or ""
        lead_end = text.find("\n\n")
        return (rec.get("start") or 0) < (lead_end if lead_end >= 0 else len(text))

    def citation(self, rec: dict[str, Any]) -> str:
        doc = self.get(rec["doc_id"])
        return rec.get("_url") or doc.get("url") or doc.get("source") or rec["doc_id"]


# -- GDELT ----------------------------------------------------------------------------------

def _gdelt_actor(actor: dict | None) -> list[str]:
    if not actor:
        return [""] * len(GDELT_ACTOR)
    code = actor.get("code") or ""
    country = actor_country(actor) or ""
    igo = country.startswith("IGO")
    roles = (actor.get("roles") or []) + ["", "", ""]
    name = (actor.get("name") or actor.get("text") or "").upper()
    return [code, name, "" if igo else country, country[3:] if igo else "", "", "", "",
            roles[0], roles[1], roles[2]]


def _gdelt_geo(loc: dict | None) -> list[str]:
    if not loc or not loc.get("country"):
        return ["0"] + [""] * (len(GDELT_GEO) - 1)
    iso3 = loc["country"]
    code = fips(iso3)
    city = loc.get("precision") == "city"
    kind = ("3" if iso3 == "USA" else "4") if city else "1"
    full = f"{loc['name']}, {country_name(iso3)}" if city else country_name(iso3)
    lat = "" if loc.get("lat") is None else f"{loc['lat']:.4f}"
    lon = "" if loc.get("lon") is None else f"{loc['lon']:.4f}"
    return [kind, full, code, code, "", lat, lon, "" if city else code]


def gdelt_rows(records: list[dict], clusters: dict[int, dict], docs: DocInfo) -> Iterator[list]:
    best: dict[Any, dict] = {}
    for rec in records:  # the most confident event of each cluster stands for it
        key = rec.get("cluster_id") or f"event:{rec['event_id']}"
        if key not in best or rec["confidence"] > best[key]["confidence"]:
            best[key] = rec
    for key, rec in best.items():
        cl = clusters.get(key, {}) if isinstance(key, int) else {}
        day = day_of(rec)
        added = (docs.get(rec["doc_id"]).get("ingested_at") or "")[:19]
        cameo = rec["cameo"]
        for i, (s, t) in enumerate(expand_pairs(rec)):
            yield (
                [global_id(rec, i),
                 day.strftime("%Y%m%d") if day else "",
                 day.strftime("%Y%m") if day else "",
                 day.year if day else "",
                 f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else ""]
                + _gdelt_actor(s) + _gdelt_actor(t)
                + [1 if docs.is_lead(rec) else 0, cameo, cameo[:3], cameo[:2], rec["quad"],
                   rec["goldstein"], cl.get("n_events", 1), cl.get("n_sources", 1),
                   cl.get("n_documents", 1), ""]
                + _gdelt_geo(None) + _gdelt_geo(None) + _gdelt_geo(rec.get("location"))
                + [re.sub(r"\D", "", added), docs.citation(rec)]
            )


# -- ICEWS ----------------------------------------------------------------------------------

def _sectors(actor: dict | None) -> str:
    names = role_sectors()
    return ",".join(names.get(r, (r, r))[0] for r in (actor or {}).get("roles") or [])


def _icews_name(actor: dict | None) -> str:
    if not actor:
        return ""
    return actor.get("name") or actor.get("text") or actor.get("code") or ""


def icews_rows(records: list[dict], docs: DocInfo) -> Iterator[list]:
    names = cameo_codes()
    for rec in records:
        loc = rec.get("location") or {}
        day = day_of(rec)
        for i, (s, t) in enumerate(expand_pairs(rec)):
            yield [
                global_id(rec, i), day.isoformat() if day else "",
                _icews_name(s), _sectors(s), country_name(actor_country(s)),
                names[rec["cameo"]].name if rec["cameo"] in names else "",
                rec["cameo"], rec["goldstein"],
                _icews_name(t), _sectors(t), country_name(actor_country(t)),
                rec["doc_id"], docs.sentence_number(rec), rec.get("_outlet") or "",
                loc.get("name", "") if loc.get("precision") == "city" else "", "", "",
                country_name(loc.get("country")), loc.get("lat", ""), loc.get("lon", ""),
            ]


# -- PLOVER ---------------------------------------------------------------------------------

def _plover_entity(actor: dict) -> dict[str, Any]:
    roles = actor.get("roles") or []
    sectors = [role_sectors().get(r, (r, r))[1] for r in roles]
    out: dict[str, Any] = {
        "code": actor_country(actor),
        "sector": sectors[0] if sectors else "",
        "other_sector_codes": sectors[1:],
        "entity_text": actor.get("text") or "",
        "cameo_code": actor.get("code"),
    }
    if actor.get("name"):
        out["identifier_text"] = actor["name"]
    return out


def _entities(field: Any) -> list[dict[str, Any]]:
    if not field:
        return []
    return [_plover_entity(a) for a in (field if isinstance(field, list) else [field])]


def plover_record(rec: dict[str, Any], docs: DocInfo) -> dict[str, Any]:
    start, end = record_interval(rec)
    doc = docs.get(rec["doc_id"])
    plover = rec.get("plover") or {}
    loc = rec.get("location")
    out: dict[str, Any] = {
        "id": rec["event_id"],
        "date": start or rec.get("pub_date"),
        "enddate": end if end and end != start else None,
        "actor": _entities(rec.get("source")),
        "recipient": _entities(rec.get("target")),
        "event": [plover["type"]] if plover.get("type") else [],
        "mode": [plover["mode"]] if plover.get("mode") else [],
        "context": [],
        "event_text": [rec.get("trigger") or ""],
        "quad_code": rec["quad"],
        "event_scale": rec["goldstein"],
        "text": rec.get("sentence"),
        "text_info": {"sequence": docs.sentence_number(rec), "start": rec.get("start"),
                      "end": rec.get("end")},
        "cite_info": {"url": rec.get("_url"), "title": doc.get("title"),
                      "publication": rec.get("_outlet"), "language": doc.get("language"),
                      "coder": f"dyadwatch {__version__} (coder {CODER_VERSION})"},
        "coder": f"dyadwatch {rec.get('coder_version') or CODER_VERSION}",
        "coded_date": (doc.get("ingested_at") or "")[:10] or None,
        # Fields beyond the manual's table (it invites them): what CAMEO users need.
        "cameo": rec["cameo"], "modality": rec["modality"], "confidence": rec["confidence"],
        "learned": bool(rec.get("learned")), "date_precision": rec.get("date_precision"),
        "doc_id": rec["doc_id"],
        "cluster_id": rec.get("cluster_id"),
    }
    if loc:
        out["event_loc"] = {"extracted_place": loc.get("name"), "resolved_place": loc.get("name"),
                            "lat": loc.get("lat"), "lon": loc.get("lon"),
                            "country_code": loc.get("country"),
                            "country": country_name(loc.get("country")),
                            "resolution": 4 if loc.get("precision") == "city" else 1}
    return out


# -- driver ---------------------------------------------------------------------------------

def _public(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in rec.items() if not k.startswith("_")}


def export(store: Any, fmt: str, out: str | Path | None = None, **filters: Any) -> int:
    """Write the events matching `filters` (as for Store.events) in `fmt` to `out` (a path;
    None or '-' for standard output, except parquet). Returns the number of rows written."""
    if fmt not in FORMATS:
        raise InputError("--format", f"unknown export format {fmt!r}; use {', '.join(FORMATS)}")
    to_stdout = out is None or str(out) == "-"
    if fmt == "parquet" and to_stdout:
        raise InputError("--out", "parquet is binary: give a file with --out")
    if not to_stdout and Path(out).parent and not Path(out).parent.is_dir():
        raise InputError(str(out), "folder does not exist")
    ids = store._event_query(**filters)
    records = store._event_rows(ids)
    if fmt in ("parquet", "csv"):
        from dyadwatch.store.query import _frame

        frame = _frame(records)
        if fmt == "parquet":
            frame.to_parquet(out, index=False)
        else:
            frame.to_csv(sys.stdout if to_stdout else out, index=False)
        return len(frame)
    with _Output(out, to_stdout) as fh:
        return _write_text(store, fmt, records, fh)


def _write_text(store: Any, fmt: str, records: list[dict], fh: IO[str]) -> int:
    docs = DocInfo(store)
    if fmt == "jsonl":
        for rec in records:
            fh.write(json.dumps(_public(rec), ensure_ascii=False) + "\n")
        return len(records)
    if fmt == "plover":
        for rec in records:
            fh.write(json.dumps(plover_record(rec, docs), ensure_ascii=False) + "\n")
        return len(records)
    writer = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    if fmt == "icews":
        writer.writerow(ICEWS_COLUMNS)
        rows = icews_rows(records, docs)
    else:
        ids = {r["cluster_id"] for r in records if r.get("cluster_id")}
        clusters = {c["id"]: c for c in store.clusters_by_id(ids)}
        rows = gdelt_rows(records, clusters, docs)
    n = 0
    for row in rows:
        writer.writerow([_tsv_safe(v) for v in row])
        n += 1
    return n


def _tsv_safe(value: Any) -> Any:
    """Tabs and newlines inside a field would break a tab-separated line."""
    return re.sub(r"[\t\r\n]+", " ", value) if isinstance(value, str) else value


class _Output:
    def __init__(self, out: Any, to_stdout: bool):
        self.out, self.to_stdout = out, to_stdout
        self.fh: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if self.to_stdout:
            return sys.stdout
        try:
            self.fh = open(self.out, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            raise InputError(str(self.out), f"cannot write: {exc.strerror}") from None
        return self.fh

    def __exit__(self, *exc) -> None:
        if self.fh:
            self.fh.close()


def to_string(store: Any, fmt: str, **filters: Any) -> str:
    """An export as text (tests, the web app's downloads)."""
    buf = io.StringIO()
    ids = store._event_query(**filters)
    _write_text(store, fmt, store._event_rows(ids), buf)
    return buf.getvalue()
