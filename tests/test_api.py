"""REST API tests with httpx (Starlette's TestClient) against a real SQLite store seeded by
ingesting the team's texts with the real coder (fixture web_db in conftest.py)."""

from __future__ import annotations

import hashlib
import sqlite3
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

import dyadwatch
from dyadwatch.web import create_app


@pytest.fixture(scope="module")
def client(web_db, coder):
    app = create_app(web_db, coder_factory=lambda: coder)
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def some_event(client):
    events = client.get("/api/events", params={"limit": 1000}).json()["events"]
    assert events
    return events[0]


@pytest.fixture(scope="module")
def top_dyad(client) -> str:
    dyads = client.get("/api/dyads").json()["dyads"]
    assert dyads, "the seeded store should have dyads"
    return f"{dyads[0]['a']}-{dyads[0]['b']}"


def table_counts(path: str) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # noqa: S608
                for t in ("documents", "events", "event_pairs", "clusters", "actors")}


def test_stats_and_documents(client):
    stats = client.get("/api/stats").json()
    assert stats["documents"] >= 10 and stats["events"] > 20
    docs = client.get("/api/documents", params={"limit": 5}).json()["documents"]
    assert len(docs) == 5 and all("text" not in d for d in docs)
    one = client.get(f"/api/documents/{docs[0]['doc_id']}").json()
    assert one["text"] and isinstance(one["events"], list)
    for ev in one["events"]:
        assert one["text"][ev["start"]:ev["end"]] == ev["sentence"]


def test_events_filters_agree_with_the_store(client, web_db, top_dyad):
    a, b = top_dyad.split("-")
    got = client.get("/api/events", params={"dyad": top_dyad, "limit": 1000}).json()["events"]
    with dyadwatch.open(web_db) as store:
        assert [e["event_id"] for e in got] == [
            e["event_id"] for e in store.events(dyad=top_dyad, limit=1000)]
    assert got
    for ev in got:
        sides = {x["country"] for f in ("source", "target") if ev[f]
                 for x in (ev[f] if isinstance(ev[f], list) else [ev[f]])}
        assert {a, b} <= sides or sides & {a, b}
    root = got[0]["root"]
    rooted = client.get("/api/events", params={"dyad": top_dyad, "root": root}).json()["events"]
    assert rooted and all(e["root"] == root for e in rooted)
    assert client.get("/api/events", params={"from": "2099-01-01"}).json()["events"] == []
    neg = client.get("/api/events", params={"modality": "negated"}).json()["events"]
    assert all(e["modality"] == "negated" for e in neg)


def test_events_paging(client):
    first = client.get("/api/events", params={"limit": 3}).json()
    second = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert len(first["events"]) == 3 and first["next_offset"] == 3
    assert not {e["event_id"] for e in first["events"]} & {
        e["event_id"] for e in second["events"]}


def test_event_and_cluster(client, some_event):
    rec = client.get(f"/api/events/{some_event['event_id']}").json()
    assert rec["event_id"] == some_event["event_id"]
    cluster = client.get(f"/api/clusters/{rec['cluster_id']}").json()
    assert rec["event_id"] in {e["event_id"] for e in cluster["events"]}
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/clusters/999999").status_code == 404
    assert client.get("/api/clusters", params={"limit": 2}).json()["clusters"]


def test_analysis_endpoints(client, top_dyad):
    series = client.get(f"/api/dyads/{top_dyad}/series").json()
    assert series["series"] and series["series"][0]["period"]
    assert sum(r["events"] for r in series["series"]) > 0
    verdict = client.get(f"/api/dyads/{top_dyad}/escalation").json()
    assert verdict["status"] in ("escalating", "easing", "calm", "insufficient_data")
    assert verdict["message"]
    actors = client.get("/api/actors", params={"top": 5}).json()["actors"]
    assert 0 < len(actors) <= 5 and actors[0]["events"] >= actors[-1]["events"]
    matrix = client.get("/api/matrix", params={"top": 4}).json()
    assert len(matrix["rows"]) == len(matrix["values"]) <= 4
    assert client.get("/api/dyads/RUS/series").status_code == 400
    assert client.get("/api/dyads", params={"by": "fortnight"}).status_code == 400


def test_search(client):
    found = client.get("/api/search", params={"q": "Azerbaijan"}).json()
    assert found["documents"] and found["events"]
    assert client.get("/api/search", params={"q": "zzqqxx-not-there"}).json() == {
        "documents": [], "events": []}


def test_openapi_and_offline_docs(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/code", "/api/ingest", "/api/dyads/{dyad}/escalation"):
        assert path in schema["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/events" in docs.text
    assert "cdn" not in docs.text.lower() and "<script" not in docs.text


INJECTIONS = ["' OR '1'='1", "1; DROP TABLE events; --", "RUS-AZE' --", "%' OR 1=1 --",
              "\" OR \"\"=\"", "17) OR (1=1", "2025-01-01' OR '1'='1", "RUS\x00AZE",
              "all' UNION SELECT record FROM events --"]
FILTERS = ["dyad", "actor", "root", "from", "to", "modality", "limit", "offset"]


@pytest.mark.parametrize("name", FILTERS)
def test_sql_injection_through_every_filter(client, web_db, name):
    before = table_counts(web_db)
    for value in INJECTIONS:
        for path in ("/api/events", "/api/clusters"):
            r = client.get(path, params={name: value})
            assert r.status_code in (200, 400), (path, name, value, r.status_code)
            if r.status_code == 200:
                key = "events" if path == "/api/events" else "clusters"
                assert r.json()[key] == []
            else:
                assert r.json()["detail"]
    for value in INJECTIONS:
        assert client.get("/api/search", params={"q": value}).status_code == 200
        assert client.get("/api/documents", params={"q": value}).json()["documents"] == []
        assert client.get(f"/api/dyads/{quote(value, safe='')}/series").status_code in (400, 404)
    assert table_counts(web_db) == before


@pytest.mark.parametrize("path", [
    "/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%2f..%2f..%2fetc%2fpasswd", "/static//etc/passwd",
    "/api/documents/..%2f..%2fetc%2fpasswd", "/article/..%2F..%2Fetc%2Fpasswd",
])
def test_path_traversal_refused(client, path):
    r = client.get(path)
    assert r.status_code in (400, 404)
    assert "root:" not in r.text


@pytest.mark.parametrize("url", ["file:///etc/passwd", "/etc/passwd", "../../etc/passwd",
                                 "examples/moscow-baku-2025.txt", "ftp://example.org/x",
                                 "javascript:alert(1)"])
def test_code_url_must_be_http(client, url):
    r = client.post("/api/code", json={"url": url})
    assert r.status_code == 400
    assert "http" in r.json()["detail"]


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/a", "http://169.254.169.254/latest/",
                                 "http://[::ffff:127.0.0.1]/", "http://10.0.0.1/x",
                                 "http://localhost/"])
def test_code_refuses_private_addresses(client, url):
    r = client.post("/api/code", json={"url": url})
    assert r.status_code == 400, r.text
    assert "refus" in r.json()["detail"].lower() or "private" in r.json()["detail"].lower()


def test_code_text_stores_nothing(client):
    text = ("Russia expelled two Azerbaijani diplomats on Monday, the foreign ministry in "
            "Moscow said.")
    before = client.get("/api/stats").json()
    r = client.post("/api/code", json={"text": text, "published": "2025-07-03"})
    assert r.status_code == 200
    doc = r.json()["documents"][0]
    assert doc["text"] == text and doc["events"]
    ev = doc["events"][0]
    assert text[ev["start"]:ev["end"]] == ev["sentence"]
    assert ev["pub_date"] == "2025-07-03"
    assert client.post("/code", json={"text": text}).status_code == 200  # the path
    after = client.get("/api/stats").json()
    assert (after["documents"], after["events"]) == (before["documents"], before["events"])


@pytest.mark.parametrize("body", [{}, {"text": "a", "url": "http://example.org/"},
                                  {"text": "   "}, {"text": "x", "extra": 1},
                                  {"text": "Russia met Azerbaijan.", "published": "someday"}])
def test_code_bad_bodies(client, body):
    r = client.post("/api/code", json=body)
    assert r.status_code == 400 and r.json()["detail"]


def test_code_fetches_a_local_page_only_with_allow_private(web_db, coder, tmp_path):
    import http.server
    import threading

    page = (b"<html><head><title>Sanctions</title></head><body><article><p>The United States "
            b"imposed new sanctions on Iran on Tuesday, the Treasury said in a statement "
            b"published in Washington.</p><p>Iran condemned the sanctions and accused "
            b"Washington of economic warfare on Wednesday.</p></article></body></html>")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/news/1"
    try:
        with TestClient(create_app(web_db, coder_factory=lambda: coder)) as strict:
            assert strict.post("/api/code", json={"url": url}).status_code == 400
        with TestClient(create_app(web_db, allow_private=True,
                                   coder_factory=lambda: coder)) as lax:
            r = lax.post("/api/code", json={"url": url})
            assert r.status_code == 200, r.text
            doc = r.json()["documents"][0]
            assert "sanctions" in doc["text"] and doc["events"]
    finally:
        server.shutdown()


def test_body_size_limit(client):
    big = "Russia met Azerbaijan. " * 120_000  # about 2.8 MB
    r = client.post("/api/code", json={"text": big})
    assert r.status_code == 413

    def chunks():
        for _ in range(300):
            yield b"x" * 10_000

    r = client.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_security_headers(client):
    r = client.get("/api/stats")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1
                                                                          ].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"


# -- writes and tokens --------------------------------------------------------------------

@pytest.fixture
def fresh(tmp_path, coder):
    path = str(tmp_path / "api.db")
    store = dyadwatch.open(path)
    with TestClient(create_app(store, coder_factory=lambda: coder)) as c:
        yield c, store, path
    store.close()


ARTICLE = {"text": "China and the Philippines traded accusations on Monday after a Chinese "
                   "coast guard ship fired a water cannon at a Philippine supply boat near "
                   "Second Thomas Shoal, the Philippine coast guard said.",
           "title": "Water cannon", "outlet": "Test Wire", "published": "2024-06-17",
           "url": "https://example.org/news/water-cannon"}


def test_ingest_needs_a_valid_token(fresh):
    c, store, _ = fresh
    assert c.post("/api/ingest", json={"documents": [ARTICLE]}).status_code == 401
    bad = {"Authorization": "Bearer dw_not-a-real-token"}
    assert c.post("/api/ingest", json={"documents": [ARTICLE]}, headers=bad).status_code == 401
    basic = {"Authorization": "Basic dXNlcjpwYXNz"}
    assert c.post("/api/ingest", json={"documents": [ARTICLE]}, headers=basic).status_code == 401
    assert store.stats()["documents"] == 0


def test_ingest_with_token_stores_once(fresh):
    c, store, _ = fresh
    token = store.create_token("writer")
    auth = {"Authorization": f"Bearer {token}"}
    # Asked (and cached) before the write: the answer must change after it.
    assert c.get("/api/events", params={"dyad": "CHN-PHL"}).json()["events"] == []
    r = c.post("/api/ingest", json={"documents": [ARTICLE]}, headers=auth)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["new"] == 1 and out["events"] >= 1
    again = c.post("/ingest", json={"documents": [ARTICLE]}, headers=auth).json()
    assert again["new"] == 0 and again["skipped"] == 1
    assert store.stats()["documents"] == 1
    events = c.get("/api/events", params={"dyad": "CHN-PHL"}).json()["events"]
    assert events and events[0]["pub_date"] == "2024-06-17"
    assert store.tokens()[0]["last_used_at"]


def test_revoked_token_refused(fresh):
    c, store, _ = fresh
    token = store.create_token("temp")
    assert store.revoke_token("temp")
    r = c.post("/api/ingest", json={"documents": [ARTICLE]},
               headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_ingest_refuses_file_paths(fresh):
    c, store, _ = fresh
    auth = {"Authorization": f"Bearer {store.create_token('w')}"}
    for url in ("/etc/passwd", "file:///etc/passwd", "examples", "../../etc/passwd"):
        r = c.post("/api/ingest", json={"urls": [url]}, headers=auth)
        assert r.status_code == 400, url
    assert store.stats()["documents"] == 0


def test_tokens_stored_only_as_hashes(fresh):
    _, store, path = fresh
    token = store.create_token("hashcheck")
    with open(path, "rb") as fh:
        raw = fh.read()
    with sqlite3.connect(path) as conn:
        stored = conn.execute("SELECT token_hash FROM api_tokens").fetchone()[0]
    assert stored == hashlib.sha256(token.encode()).hexdigest()
    assert token.encode() not in raw
    assert store.verify_token(token) == "hashcheck"
    assert store.verify_token(token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    assert store.verify_token("") is None
