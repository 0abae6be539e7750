"""Dashboard pages: they render from the seeded store, escape every piece of article text,
and protect the paste form against CSRF."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

import dyadwatch
from dyadwatch.web import create_app
from dyadwatch.web.highlight import Span, highlight, highlight_records


@pytest.fixture(scope="module")
def client(web_db, coder):
    with TestClient(create_app(web_db, coder_factory=lambda: coder)) as c:
        yield c


@pytest.fixture(scope="module")
def hostile_doc(web_db) -> dict:
    with dyadwatch.open(web_db) as store:
        docs = store.search("__xss")["documents"]
        assert docs, "the hostile article should be in the seeded store"
        doc = store.document(docs[0]["doc_id"])
        doc["events"] = store.events(doc_id=doc["doc_id"], modality=None)
    assert doc["events"], "the hostile article should have coded events"
    return doc


class TagCollector(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k.lower(): v or "" for k, v in attrs}))


def assert_inert(html: str) -> None:
    """No element the article could have injected: only our own scripts, no event-handler
    attributes, no images, no javascript: URLs anywhere in an attribute."""
    parser = TagCollector()
    parser.feed(html)
    assert parser.tags, "not HTML"
    for tag, attrs in parser.tags:
        assert tag not in ("img", "iframe", "object", "embed", "svg:script"), (tag, attrs)
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/") or (
                attrs.get("type") == "application/json"), attrs
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, attrs)
            assert not value.strip().lower().startswith("javascript:"), (tag, attrs)


def test_overview_lists_dyads_and_latest_events(client):
    r = client.get("/")
    assert r.status_code == 200
    assert 'class="dyad-link"' in r.text and "<svg class=\"spark\"" in r.text
    assert re.search(r'class="flag flag-(esc|ease|calm|none)"', r.text)
    assert "/event/" in r.text


def test_dyad_page_has_chart_data_and_events(client):
    dyads = client.get("/api/dyads").json()["dyads"]
    dyad = f"{dyads[0]['a']}-{dyads[0]['b']}"
    r = client.get(f"/dyad/{dyad}")
    assert r.status_code == 200
    assert 'id="timeline"' in r.text and 'id="chart-data"' in r.text
    assert '/static/plotly.min.js' in r.text and "cdn" not in r.text.lower()
    assert "Escalation" in r.text and "/event/" in r.text
    filtered = client.get(f"/dyad/{dyad}", params={"root": "99"})
    assert filtered.status_code == 400 and "CAMEO root" in filtered.text
    assert client.get("/dyad/RUS").status_code == 400


def test_event_page_shows_supporting_articles_with_evidence(client, web_db):
    with dyadwatch.open(web_db) as store:
        multi = [c for c in store.clusters(limit=1000) if c["n_documents"] > 1]
        event_id = multi[0]["representative"] if multi else store.events(limit=1)[0]["event_id"]
        cluster = store.cluster(store.event(event_id)["cluster_id"])
    r = client.get(f"/event/{event_id}")
    assert r.status_code == 200
    for ev in cluster["events"]:
        assert f"/article/{ev['doc_id']}#ev-{ev['event_id']}" in r.text
    assert r.text.count('<blockquote class="evidence">') == len(cluster["events"])
    assert client.get("/event/does-not-exist").status_code == 404


def test_article_page_marks_every_event(client, web_db):
    with dyadwatch.open(web_db) as store:
        doc = store.documents(limit=1, q="Sputnik")[0]
        events = store.events(doc_id=doc["doc_id"], modality=None)
    r = client.get(f"/article/{doc['doc_id']}")
    assert r.status_code == 200
    marks = re.findall(r'<mark id="ev-([0-9a-f]+)" class="ev[^"]*" title="([^"]*)">', r.text)
    sentences = {(e["start"], e["end"]) for e in events}
    assert len(marks) == len(sentences) > 0
    assert all("CAMEO" in title for _, title in marks)


def test_hostile_article_renders_inert(client, hostile_doc):
    doc_id = hostile_doc["doc_id"]
    pages = [f"/article/{doc_id}", f"/event/{hostile_doc['events'][0]['event_id']}",
             "/search?q=Sputnik", "/search?q=%3Cscript%3E", "/"]
    for page in pages:
        r = client.get(page)
        assert r.status_code == 200, page
        assert_inert(r.text)
    article = client.get(f"/article/{doc_id}").text
    assert "&lt;script&gt;window.__xss" in article  # shown as text, not run
    assert "&lt;img src=x onerror=" in article
    assert 'class="source-link"' not in article  # the javascript: URL is not a link


def test_hostile_text_in_paste_results_is_escaped(client):
    form = client.get("/paste")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
    text = ("Russia expelled two Azerbaijani diplomats <script>window.__xss=1</script> on "
            "Monday, the foreign ministry in Moscow said <img src=x onerror=alert(1)>.")
    r = client.post("/paste", data={"text": text, "csrf_token": token})
    assert r.status_code == 200
    assert "<mark" in r.text and "&lt;script&gt;" in r.text
    assert_inert(r.text)


def test_paste_form_needs_its_csrf_token(web_db, coder):
    text = "Russia expelled two Azerbaijani diplomats on Monday, the ministry said."
    with TestClient(create_app(web_db, coder_factory=lambda: coder)) as c:
        assert c.post("/paste", data={"text": text}).status_code == 403
        page = c.get("/paste")
        assert "samesite=strict" in page.headers["set-cookie"].lower()
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        assert c.post("/paste", data={"text": text, "csrf_token": token + "x"}
                      ).status_code == 403
        ok = c.post("/paste", data={"text": text, "csrf_token": token})
        assert ok.status_code == 200 and "<mark" in ok.text
        assert 'href="/event/' not in ok.text  # nothing was stored, so nothing to link to
    # A cross-site request carries no cookie of ours; a token from another server's secret
    # is not accepted either.
    with TestClient(create_app(web_db, coder_factory=lambda: coder)) as other:
        other.cookies.set("dw_csrf", token)
        assert other.post("/paste", data={"text": text, "csrf_token": token}
                          ).status_code == 403


def test_paste_refuses_private_url(client):
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/paste").text).group(1)
    r = client.post("/paste", data={"url": "http://127.0.0.1:1/x", "csrf_token": token})
    assert r.status_code == 400 and 'class="error"' in r.text


def test_pages_send_a_strict_csp(client):
    for page in ("/", "/paste", "/search?q=a", "/docs"):
        csp = client.get(page).headers["content-security-policy"]
        script = next(p for p in csp.split(";") if p.strip().startswith("script-src"))
        assert script.strip() == "script-src 'self'"
        assert "frame-ancestors 'none'" in csp


def test_plotly_is_served_locally(client):
    r = client.get("/static/plotly.min.js")
    assert r.status_code == 200 and len(r.content) > 1_000_000
    assert client.get("/static/dyad.js").status_code == 200


# -- highlighting ---------------------------------------------------------------------------

def test_highlight_escapes_every_segment():
    text = 'a<b>"c"</b>&d <script>x</script>'
    html = str(highlight(text, [Span(1, 8, 'say "hi" <now>', "ev-1")]))
    assert "<b>" not in html and "<script>" not in html
    assert html.startswith('a<mark id="ev-1" class="ev" title="say &quot;hi&quot; &lt;now&gt;">')
    assert "&lt;b&gt;&quot;c" in html


def test_highlight_keeps_text_and_drops_overlaps():
    text = "One two three. Four five six."
    html = str(highlight(text, [Span(0, 14, "t", "a"), Span(4, 9, "t", "b"),
                                Span(15, 29, "t", "c")]))
    assert re.sub(r"<[^>]+>", "", html) == text
    assert html.count("<mark") == 2


def test_highlight_records_ignores_bad_offsets():
    text = "Alpha beta. Gamma delta."
    recs = [{"event_id": "e1", "start": 0, "end": 11, "cameo": "040", "source": None,
             "target": None, "modality": "asserted"},
            {"event_id": "e2", "start": 20, "end": 999, "cameo": "040", "source": None,
             "target": None, "modality": "asserted"}]
    html = str(highlight_records(text, recs, focus="e1"))
    assert html.count("<mark") == 1 and 'class="ev focus"' in html


@pytest.mark.parametrize("bad", ['<img src=x onerror="alert(1)">', '<a href="javascript:x">a</a>',
                                 "<script>window.__xss=1</script>", '<b onclick="x">b</b>',
                                 '<a href=" JavaScript:x">a</a>'])
def test_inert_check_catches_injected_markup(bad):
    with pytest.raises(AssertionError):
        assert_inert(f"<html><body><p>{bad}</p></body></html>")
