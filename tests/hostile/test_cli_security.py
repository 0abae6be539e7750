"""Security through the command line: SSRF via `code URL` and `ingest URL` (addresses and
redirects), and SQL injection through every filter of `events` and `export` against a real
SQLite store. (Reader-level SSRF tests: tests/test_read_netguard.py, test_read_fetch.py;
store-level injection: tests/test_store.py; API: the web branch's tests/test_api.py.)"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.read.document import Document

PRIVATE_URLS = [
    "http://127.0.0.1/",
    "http://localhost:8000/admin",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",  # IPv4-mapped IPv6 loopback
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",  # mapped 169.254.169.254, hex form
    "http://169.254.169.254/latest/meta-data/",  # cloud metadata (link-local)
    "http://[fe80::1]/",
    "http://10.0.0.1/",
    "http://192.168.0.1/",
    "http://172.16.5.4/",
    "http://0.0.0.0/",
    "http://2130706433/",  # 127.0.0.1 as one decimal number
    "file:///etc/passwd",
]


class Recorder(BaseHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        Recorder.hits.append(self.path)
        body = b"<html><body><p>Russia expelled two Azerbaijani diplomats.</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def local_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def run(*args: str):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def one_line_error(stderr: str, *needles: str) -> None:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr
    assert any(all(n in line for n in needles) for line in lines), stderr


@pytest.mark.parametrize("url", PRIVATE_URLS)
def test_code_refuses_private_addresses(url: str):
    code, out, err = run("code", url)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    one_line_error(err, url)
    # A file: URL on the command line is not fetched; it is taken as a (missing) path.
    assert "refused" in err or (url.startswith("file:") and "no such file" in err)


@pytest.mark.parametrize("url", ["http://127.0.0.1:{port}/x", "http://[::ffff:127.0.0.1]:{port}/x",
                                 "http://localhost:{port}/x"])
def test_no_connection_is_made_to_a_refused_address(local_server: str, url: str, tmp_path: Path):
    port = local_server.rsplit(":", 1)[1]
    Recorder.hits.clear()
    target = url.format(port=port)
    code, _, err = run("code", target)
    assert code == 1 and "loopback" in err
    db = tmp_path / "s.db"
    code, _, err = run("ingest", target, "--db", str(db))
    assert code == 1 and "loopback" in err
    assert Recorder.hits == []  # neither command ever connected
    assert stored_documents(db) == 0
    # The same server is reachable when the user allows it: the refusal above is the guard.
    code, out, _ = run("code", target, "--allow-private")
    assert Recorder.hits == ["/x"]


def stored_documents(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("target", ["http://127.0.0.1:9/secret", "http://[::ffff:10.0.0.1]/",
                                    "http://169.254.169.254/latest/meta-data/",
                                    "http://intranet.example/", "file:///etc/passwd"])
@pytest.mark.parametrize("command", ["code", "ingest"])
def test_redirect_to_private_refused_through_the_cli(monkeypatch, tmp_path: Path, target: str,
                                                      command: str):
    """A public page that redirects inward. DNS and the network are replaced in-process
    (public name -> public address; the transport answers 302), so the guard's decisions
    are the real ones and nothing leaves the machine."""
    requested: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        return httpx.Response(302, headers={"Location": target})

    addresses = {"news.example": "93.184.216.34", "intranet.example": "10.1.2.3"}

    def resolver(host: str, _port: int) -> list[str]:
        if host not in addresses:
            raise OSError(f"unknown host {host}")
        return [addresses[host]]

    monkeypatch.setattr("dyadwatch.read.netguard.system_resolver", resolver)
    monkeypatch.setattr("dyadwatch.read.inputs.make_client",
                        lambda limits: httpx.Client(transport=httpx.MockTransport(answer)))
    db = tmp_path / "r.db"
    extra = ["--db", str(db)] if command == "ingest" else []
    code, out, err = run(command, "http://news.example/story", *extra)
    assert code == 1 and "redirect to" in err and "http://news.example/story" in err
    assert requested == ["http://93.184.216.34/story"]  # only the public hop was requested
    if command == "ingest":
        assert stored_documents(db) == 0


# --- SQL injection through every CLI filter, against a real SQLite store ------------------

HOSTILE_VALUES = [
    "x' OR 1=1 --",
    "RUS'; DROP TABLE events; --",
    "RUS\" OR \"1\"=\"1",
    "1 OR 1=1",
    "%' OR '%'='",
    "RUS-AZE' UNION SELECT * FROM documents --",
    "2025-01-01' OR '1'='1",
    "asserted') OR ('1'='1",
    "\x00",
    "RUS-",
    "*",
]
FILTERS = ["--dyad", "--actor", "--root", "--from", "--to", "--modality"]


@pytest.fixture
def filled_db(tmp_path: Path, record_factory) -> Path:
    from dyadwatch.store import open_store

    db_path = tmp_path / "events.db"
    db = open_store(str(db_path))
    expel = "Russia expelled two Azerbaijani diplomats on Monday."
    raid = "Azerbaijani police raided the Baku office of Sputnik on Tuesday."
    db.add_document(Document("d1", f"{expel} {raid}", pub_date="2025-07-03"), [
        record_factory("d1", "1663", "RUSGOV", "AZEGOV", expel, "expelled", "2025-06-30", "day"),
        record_factory("d1", "1711", "AZECOP", "RUSMED", raid, "raided", "2025-07-01", "day",
                       start=len(expel) + 1),
    ])
    db.add_document(Document("d2", "France praised Iran.", pub_date="2025-07-04"), [
        record_factory("d2", "051", "FRA", "IRN", "France praised Iran.", "praised",
                       "2025-07-04", "day"),
    ])
    db.close()
    return db_path


def db_fingerprint(db: Path) -> tuple:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = tuple(r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"))
        counts = tuple(con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables)
        return tables, counts
    finally:
        con.close()


def listed_ids(out: str) -> list[str]:
    import json

    return [json.loads(line)["event_id"] for line in out.splitlines() if line.strip()]


def test_normal_filters_select_the_right_events(filled_db: Path):
    base = ["events", "--db", str(filled_db), "--format", "jsonl", "--modality", "all"]
    assert len(listed_ids(run(*base)[1])) == 3
    assert len(listed_ids(run(*base, "--actor", "RUS")[1])) == 2
    assert len(listed_ids(run(*base, "--dyad", "FRA-IRN")[1])) == 1
    assert len(listed_ids(run(*base, "--root", "17")[1])) == 1
    assert len(listed_ids(run(*base, "--from", "2025-07-02")[1])) == 1


@pytest.mark.parametrize("value", HOSTILE_VALUES)
@pytest.mark.parametrize("option", FILTERS)
def test_sql_injection_through_events_filters(filled_db: Path, option: str, value: str):
    before = db_fingerprint(filled_db)
    code, out, err = run("events", "--db", str(filled_db), "--format", "jsonl", option, value)
    if code == 0:  # taken as a plain value: it can only narrow the result, never widen it
        assert len(listed_ids(out)) == 0, f"{option} {value!r} matched events"
    else:
        assert out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert db_fingerprint(filled_db) == before
    after = run("events", "--db", str(filled_db), "--format", "jsonl", "--modality", "all")
    assert len(listed_ids(after[1])) == 3


@pytest.mark.parametrize("option", [*FILTERS, "--limit"])
def test_sql_injection_through_export_and_limit(filled_db: Path, tmp_path: Path, option: str):
    before = db_fingerprint(filled_db)
    value = "1; DROP TABLE events" if option == "--limit" else "RUS' OR '1'='1"
    command = "events" if option == "--limit" else "export"
    args = ["--format", "jsonl"] + (["--out", str(tmp_path / "x.jsonl")]
                                    if command == "export" else [])
    code, _, err = run(command, "--db", str(filled_db), *args, option, value)
    assert code != 0 and "Traceback" not in err and err.strip()
    assert db_fingerprint(filled_db) == before


def test_hostile_database_path_is_only_a_path(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = "x.db'; DROP TABLE events; --"
    code, _, err = run("events", "--db", name)
    assert "Traceback" not in err
    if code != 0:
        assert len(err.strip().splitlines()) == 1
    else:  # an empty store was made under exactly that file name, nothing else
        assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))] \
            == [name]
        assert db_fingerprint(tmp_path / name)[1].count(0) >= 1
