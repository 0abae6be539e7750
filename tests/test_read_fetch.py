"""Fetching pages and feeds from a real HTTP server on 127.0.0.1 (allow_private), and the
SSRF guard on redirects. No outside network is used."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from dyadwatch.config import Limits
from dyadwatch.errors import InputError, LimitExceeded
from dyadwatch.read import BlockedAddress, Document, fetch_url, read_feed, read_inputs

ARTICLE = """<!DOCTYPE html><html lang="en"><head>
<title>Ministers meet in Oslo</title>
<meta property="og:site_name" content="Local Test Herald">
<meta property="article:published_time" content="2024-06-07T10:00:00Z">
</head><body><nav><a href="/">Home page link list</a></nav><article>
<h1>Ministers meet in Oslo</h1>
<p>The foreign ministers of Norway and Chile met in Oslo on Thursday and agreed to resume
talks on fishing rights. They said that the two governments would exchange proposals within
a month and that a further meeting was planned for the autumn in Santiago.</p>
<p>The ministers also discussed trade between the two countries, which has grown in recent
years, and the position of the fishing fleets that were involved in the dispute.</p>
</article></body></html>"""

LATIN_PAGE = ("<html><body><article><p>The mayor of Zürich and the minister of São Tomé "
              "said on Monday that the two cities would sign a cultural agreement in the "
              "spring, and that their officials had met to prepare it.</p></article>"
              "</body></html>")

PLAIN = ("title: A plain report\n\nThe government of Peru said on Friday that it had recalled "
         "its ambassador from Bolivia for consultations after a dispute over a border bridge.")


def feed_xml(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test Feed</title><link>{base}/</link>
<item><title>Ministers meet</title><link>{base}/article.html</link>
<pubDate>Fri, 07 Jun 2024 10:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing</link></item>
<item><title>Gone but carried</title><link>{base}/missing</link>
<description>&lt;p&gt;Officials of Chile said that they would send a delegation to Norway
next week to continue the talks that the two governments had begun in Oslo.&lt;/p&gt;
</description></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def send(self, status: int, body: bytes, content_type: str, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str, status: int = 302) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        Handler.hits.append(self.path)
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        routes = {
            "/article.html": lambda: self.send(200, ARTICLE.encode(), "text/html; charset=utf-8"),
            "/plain.txt": lambda: self.send(200, PLAIN.encode(), "text/plain"),
            "/feed.xml": lambda: self.send(200, feed_xml(base).encode(), "application/rss+xml"),
            "/latin.html": lambda: self.send(200, LATIN_PAGE.encode("latin-1"),
                                             "text/html; charset=iso-8859-1"),
            "/image.png": lambda: self.send(200, b"\x89PNG....", "image/png"),
            "/big": lambda: self.send(200, b"<p>word </p>" * 20_000, "text/html"),
            "/big-unannounced": lambda: self.send(200, b"<p>word </p>" * 20_000, "text/html",
                                                  length=False),
            "/to-article": lambda: self.redirect("/article.html"),
            "/loop": lambda: self.redirect("/loop"),
            "/to-file": lambda: self.redirect("file:///etc/passwd"),
        }
        try:
            if self.path == "/slow":
                time.sleep(3)
                self.send(200, ARTICLE.encode(), "text/html")
            elif self.path in routes:
                routes[self.path]()
            else:
                self.send(404, b"not found", "text/plain")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on purpose (size cap, timeout)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def read_url(url: str, **kwargs) -> list[Document | InputError]:
    return list(read_inputs([url], allow_private=True, **kwargs))


def test_fetch_html_page(server: str):
    [doc] = read_url(f"{server}/article.html")
    assert isinstance(doc, Document), doc
    assert doc.doc_id == f"{server}/article.html" and doc.url == f"{server}/article.html"
    assert "agreed to resume talks" in doc.text and "Home page link list" not in doc.text
    assert doc.title == "Ministers meet in Oslo" and doc.outlet == "Local Test Herald"
    assert doc.pub_date == "2024-06-07"


def test_declared_charset_is_used(server: str):
    [doc] = read_url(f"{server}/latin.html")
    assert isinstance(doc, Document), doc
    assert "Zürich" in doc.text and "São Tomé" in doc.text


def test_fetch_plain_text_with_header(server: str):
    [doc] = read_url(f"{server}/plain.txt")
    assert isinstance(doc, Document), doc
    assert doc.title == "A plain report" and doc.text.startswith("The government of Peru")


def test_redirect_followed_and_final_url_kept(server: str):
    result = fetch_url(f"{server}/to-article", allow_private=True)
    assert result.final_url == f"{server}/article.html" and result.kind == "html"


def test_redirect_loop_is_capped(server: str):
    with pytest.raises(InputError, match="more than 2 redirects"):
        fetch_url(f"{server}/loop", allow_private=True, limits=Limits(fetch_max_redirects=2))


def test_404_is_an_error_naming_the_url(server: str):
    [error] = read_url(f"{server}/missing")
    assert isinstance(error, InputError)
    assert str(error) == f"{server}/missing: HTTP 404 Not Found"


def test_timeout(server: str):
    start = time.monotonic()
    [error] = read_url(f"{server}/slow", limits=Limits(fetch_timeout=0.5))
    assert isinstance(error, InputError) and "timed out" in error.reason
    assert time.monotonic() - start < 2.5


def test_content_type_checked(server: str):
    [error] = read_url(f"{server}/image.png")
    assert isinstance(error, InputError) and "image/png" in error.reason


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_size_cap(server: str, path: str):
    with pytest.raises(LimitExceeded, match="fetch limit of 50000 bytes"):
        fetch_url(server + path, allow_private=True, limits=Limits(fetch_max_bytes=50_000))


def test_loopback_refused_without_allow_private(server: str):
    Handler.hits.clear()
    [error] = list(read_inputs([f"{server}/article.html"]))
    assert isinstance(error, BlockedAddress) and "loopback" in error.reason
    assert Handler.hits == []  # refused before any connection


def test_redirect_to_file_url_refused_even_with_allow_private(server: str):
    with pytest.raises(BlockedAddress, match="redirect to file:///etc/passwd"):
        fetch_url(f"{server}/to-file", allow_private=True)


# --- redirects to private addresses, without any network ---------------------------------
# A "public" host resolves (through an injected resolver) to a documentation address; the
# transport answers for it in-process, so the redirect checks run exactly as they would
# against a real public site, and nothing leaves the machine.

PUBLIC_ADDRESS = "93.184.216.34"  # a public address: documentation ranges count as reserved


def public_resolver(mapping: dict[str, str]):
    def resolve(host: str, _port: int) -> list[str]:
        if host not in mapping:
            raise OSError(f"unknown host {host}")
        return [mapping[host]]
    return resolve


@pytest.mark.parametrize("target", [
    "http://127.0.0.1:9/secret",
    "http://[::ffff:127.0.0.1]/secret",
    "http://169.254.169.254/latest/meta-data/",
    "http://intranet.example/",  # resolves to 10.1.2.3
    "http://localhost/admin",
])
def test_redirect_to_private_refused(target: str):
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": target})

    resolver = public_resolver({"news.example": PUBLIC_ADDRESS, "intranet.example": "10.1.2.3",
                                "localhost": "127.0.0.1"})
    with httpx.Client(transport=httpx.MockTransport(answer)) as client:
        with pytest.raises(BlockedAddress, match="redirect to"):
            fetch_url("http://news.example/story", client=client, resolver=resolver)
    assert len(seen) == 1  # the private target was never requested


def test_connection_pinned_to_checked_address():
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text=ARTICLE, headers={"Content-Type": "text/html"})

    resolver = public_resolver({"news.example": PUBLIC_ADDRESS})
    with httpx.Client(transport=httpx.MockTransport(answer)) as client:
        result = fetch_url("https://news.example:8443/a", client=client, resolver=resolver)
    assert result.final_url == "https://news.example:8443/a"
    [request] = seen
    assert request.url.host == PUBLIC_ADDRESS and request.headers["host"] == "news.example:8443"
    assert request.extensions["sni_hostname"] == "news.example"


# --- feeds -----------------------------------------------------------------------------

def test_feed_url_gives_entry_documents(server: str):
    items = list(read_feed(f"{server}/feed.xml", allow_private=True))
    first, gone, carried = items
    assert isinstance(first, Document) and first.doc_id == f"{server}/article.html"
    assert first.title == "Ministers meet" and first.outlet == "Local Test Herald"
    assert first.pub_date == "2024-06-07" and first.meta["feed"] == f"{server}/feed.xml"
    assert isinstance(gone, InputError) and "404" in gone.reason
    assert isinstance(carried, Document) and "send a delegation" in carried.text


def test_feed_through_read_inputs_and_file(server: str, tmp_path):
    via_inputs = read_url(f"{server}/feed.xml")
    assert [type(i).__name__ for i in via_inputs] == ["Document", "InputError", "Document"]
    path = tmp_path / "saved.xml"
    path.write_text(feed_xml(server))
    from_file = list(read_inputs([str(path)], allow_private=True))
    assert [getattr(i, "doc_id", None) for i in from_file][0] == f"{server}/article.html"


def test_feed_links_checked_by_guard(server: str, tmp_path):
    path = tmp_path / "saved.xml"
    path.write_text(feed_xml(server))
    items = list(read_feed(str(path)))  # allow_private off: the local links are refused
    assert isinstance(items[0], BlockedAddress)
    assert isinstance(items[2], Document)  # falls back to the text the feed carries


def test_not_a_feed(tmp_path):
    path = tmp_path / "junk.xml"
    path.write_text("<html><body>hello</body></html>")
    [error] = list(read_feed(str(path)))
    assert isinstance(error, InputError) and "not a usable RSS/Atom feed" in error.reason


def test_feed_external_entities_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    path = tmp_path / "xxe.xml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>t &x;</title><item><title>a &x;</title>'
        "<description>The government of Peru said on Friday that it had recalled its "
        "ambassador from Bolivia for consultations after a dispute over a border bridge &x;"
        "</description></item></channel></rss>")
    items = list(read_feed(str(path), fetch_pages=False))
    assert items and all("TOP-SECRET" not in getattr(i, "text", str(i)) for i in items)
    assert all("TOP-SECRET" not in (getattr(i, "title", "") or "") for i in items)
