"""Analysis over a real SQLite store, through the Python API and the CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import dyadwatch
from dyadwatch.analysis import dyad_series, escalation, relationship_matrix, top_actors
from dyadwatch.cli import cli
from dyadwatch.read.document import Document
from dyadwatch.record import Actor, EventRecord, Plover, make_event_id
from dyadwatch.version import CODER_VERSION


def actor(code: str) -> Actor:
    return Actor(code=code, country=code[:3], roles=[code[3:]] if len(code) > 3 else [],
                 text=code)


def record(doc_id: str, text: str, sentence: str, trigger: str, source: str, target: str,
           cameo: str, quad: int, goldstein: float, date: str | None, pub: str) -> EventRecord:
    start = text.index(sentence)
    precision = None if date is None else {4: "year", 7: "month", 10: "day"}[len(date)]
    return EventRecord(
        event_id=make_event_id(doc_id, start, start + len(sentence), cameo, [source], [target]),
        doc_id=doc_id, sentence=sentence, start=start, end=start + len(sentence),
        trigger=trigger, source=actor(source), target=actor(target), cameo=cameo,
        root=cameo[:2], quad=quad, goldstein=goldstein, plover=Plover(type=None), date=date,
        date_precision=precision, pub_date=pub, modality="asserted", confidence=0.9,
        coder_version=CODER_VERSION,
    )


# (sentence, trigger, source, target, cameo, quad, goldstein, date)
ARTICLE_ONE = [
    ("Putin called Aliyev to apologize for the crash.", "apologize", "RUSGOV", "AZEGOV",
     "055", 1, 3.5, "2024-12-28"),
    ("Baku revoked the accreditation of the Sputnik bureau.", "revoked", "AZEGOV", "RUSMED",
     "1721", 4, -5.0, "2025-02-24"),
    ("Police searched the Sputnik office in Baku.", "searched", "AZECOP", "RUSMED",
     "1711", 4, -9.5, "2025-06-30"),
    ("Moscow protested to the Azerbaijani ambassador.", "protested", "RUSGOV", "AZEGOV",
     "114", 3, -2.0, None),
]
ARTICLE_TWO = [
    ("Police searched the Sputnik office in Baku on Monday.", "searched", "AZECOP", "RUSMED",
     "1711", 4, -9.5, "2025-06-30"),
]
ARTICLE_THREE = [
    ("Washington and Beijing held talks on trade.", "held talks", "USAGOV", "CHNGOV",
     "040", 1, 1.0, "2025-06-10"),
]


def add(store, doc_id: str, pub: str, events: list[tuple]) -> None:
    text = " ".join(e[0] for e in events)
    doc = Document(doc_id=doc_id, text=text, pub_date=pub, outlet="test")
    records = [record(doc_id, text, *e[:7], e[7], pub) for e in events]
    assert store.add_document(doc, records)


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "events.db"
    with dyadwatch.open(str(path)) as store:
        add(store, "one", "2025-07-03", ARTICLE_ONE)
        add(store, "two", "2025-07-01", ARTICLE_TWO)
        add(store, "three", "2025-06-11", ARTICLE_THREE)
    return str(path)


def test_series_from_a_real_store(db_path):
    with dyadwatch.open(db_path) as store:
        frame = store.events_frame(modality=None)
    series = dyad_series(frame, "RUS", "AZE").set_index("period")
    assert series.loc["2024-12", "verbal_coop"] == 1
    assert series.loc["2025-02", "material_conflict"] == 1
    june = series.loc["2025-06"]
    assert june["material_conflict"] == 1  # the raid, reported twice, counts once
    assert june["articles"] == 2
    assert june["coverage"] == 3  # with the USA–CHN article
    assert series.loc["2025-07", "by_pub_date"] == 1  # the undated protest
    assert escalation(frame, "RUS", "AZE").status == "insufficient_data"
    assert top_actors(frame, 5).iloc[0]["actor"] in {"RUS", "AZE"}
    matrix = relationship_matrix(frame)
    assert matrix.loc["AZE", "RUS"] == pytest.approx(-7.25)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_dyad_json_csv_table_and_plot(db_path, tmp_path):
    result = run("dyad", "RUS", "AZE", "--db", db_path, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["dyad"] == "RUS–AZE"
    assert data["escalation"]["status"] == "insufficient_data"
    assert [r["period"] for r in data["series"]][0] == "2024-12"
    csv_out = run("dyad", "RUS", "AZE", "--db", db_path, "--format", "csv").output
    assert csv_out.splitlines()[0].startswith("period,start,events,verbal_coop")
    plot = tmp_path / "dyad.png"
    table = run("dyad", "AZE", "RUS", "--directed", "--db", db_path, "--plot", str(plot))
    assert table.exit_code == 0
    assert "AZE→RUS" in table.output and "too little data" in table.output
    assert plot.read_bytes().startswith(b"\x89PNG")


def test_cli_dyad_options(db_path):
    dated = json.loads(run("dyad", "RUS", "AZE", "--db", db_path, "--format", "json",
                           "--dated-only").stdout)
    assert sum(r["by_pub_date"] for r in dated["series"]) == 0
    assert dated["series"][-1]["period"] == "2025-06"
    weeks = json.loads(run("dyad", "RUS", "AZE", "--db", db_path, "--format", "json",
                           "--by", "week", "--from", "2025-06", "--to", "2025-06").stdout)
    assert [r["period"] for r in weeks["series"]] == [
        "2025-05-26", "2025-06-02", "2025-06-09", "2025-06-16", "2025-06-23", "2025-06-30"]
    assert weeks["series"][-1]["material_conflict"] == 1
    everything = json.loads(run("dyad", "RUS", "AZE", "--db", db_path, "--format", "json",
                                "--modality", "all", "--normalise", "dyad").stdout)
    assert sum(r["events"] for r in everything["series"]) == 4


def test_cli_actors_and_matrix(db_path, tmp_path):
    actors = run("actors", "--top", "3", "--db", db_path, "--format", "json")
    assert actors.exit_code == 0, actors.output
    data = json.loads(actors.stdout)
    assert {a["actor"] for a in data["actors"]} >= {"RUS", "AZE"}
    assert data["dyads"][0]["dyad"] == "AZE–RUS"
    heatmap = tmp_path / "m.svg"
    matrix = run("matrix", "--db", db_path, "--value", "net", "--format", "csv",
                 "--plot", str(heatmap))
    assert matrix.exit_code == 0
    assert matrix.stdout.splitlines()[0] == "source,AZE,CHN,RUS,USA"
    assert heatmap.stat().st_size > 1000


@pytest.mark.parametrize("args, message", [
    (["dyad", "RUS", "R;S"], "not an actor code"),
    (["dyad", "RUS", "RUS"], "two different actors"),
    (["dyad", "RUS", "ARM"], "no events for RUS–ARM"),
    (["dyad", "RUS", "AZE", "--from", "soon"], "not a date"),
    (["dyad", "RUS", "AZE", "--plot", "out.gif"], "must end in .png or .svg"),
    (["dyad", "RUS", "AZE", "--modality", "rumoured"], "unknown modality"),
    (["matrix", "--from", "2030"], "no events"),
])
def test_cli_bad_input_is_one_line_and_non_zero(db_path, args, message):
    result = CliRunner().invoke(cli, [*args, "--db", db_path])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
