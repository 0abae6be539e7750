"""Fetching one URL safely: SSRF guard on every hop, timeout, size cap, content type.

Redirects are followed by hand so that each target is checked by `netguard.check_url`
before any connection is made to it, and the connection goes to the address that was
checked (the host name travels in the Host header and TLS SNI), so a DNS answer that
changes between check and connect cannot redirect the request to a private address.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from dyadwatch.config import Limits
from dyadwatch.errors import InputError, LimitExceeded
from dyadwatch.read.netguard import Resolver, check_url, parse_literal
from dyadwatch.version import __version__

USER_AGENT = f"dyadwatch/{__version__} (news event coder)"
ACCEPT = "text/html,application/xhtml+xml,text/plain,application/rss+xml,application/atom+xml,"
ACCEPT += "application/xml;q=0.9,text/xml;q=0.9"

# Media type -> how the reader treats the body.
CONTENT_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
}
REDIRECT_CODES = {301, 302, 303, 307, 308}


@dataclass
class FetchResult:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    media_type: str
    kind: str  # html | text | feed
    charset: str | None
    body: bytes


def parse_content_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media.strip().lower(), charset


def pinned_request(client: httpx.Client, url: str, address: str) -> httpx.Request:
    """A GET to `url` that connects to the already checked `address`."""
    target = httpx.URL(url)
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Host": target.netloc.decode("ascii")}
    extensions = {}
    if parse_literal(target.host) is None:
        if target.scheme == "https":
            extensions["sni_hostname"] = target.host
        target = target.copy_with(host=address)
    return client.build_request("GET", target, headers=headers, extensions=extensions)


def prefer_ipv4(addresses: list[str]) -> list[str]:
    return sorted(addresses, key=lambda a: ":" in a)


def read_capped(response: httpx.Response, url: str, limits: Limits, deadline: float) -> bytes:
    """The body, refused as soon as it passes the size cap or the overall time limit."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.fetch_max_bytes:
        raise LimitExceeded(url, f"page is {int(declared)} bytes, over the fetch limit of "
                                 f"{limits.fetch_max_bytes} bytes")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limits.fetch_max_bytes:
            raise LimitExceeded(url, f"page is over the fetch limit of {limits.fetch_max_bytes} "
                                     "bytes")
        if time.monotonic() > deadline:
            raise InputError(url, f"timed out after {limits.fetch_timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch_once(client: httpx.Client, url: str, address: str, limits: Limits,
               deadline: float) -> tuple[httpx.Response, bytes | None]:
    """One hop: the response, and its body unless it is a redirect."""
    request = pinned_request(client, url, address)
    response = client.send(request, stream=True)
    try:
        if response.status_code in REDIRECT_CODES:
            return response, None
        if response.status_code >= 400:
            raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
        media, _ = parse_content_type(response.headers.get("content-type"))
        if media not in CONTENT_KINDS:
            raise InputError(url, f"content type {media or 'missing'!r} is not a news page "
                                  "(expected HTML, plain text or an RSS/Atom feed)")
        return response, read_capped(response, url, limits, deadline)
    finally:
        response.close()


def fetch_url(
    url: str,
    *,
    allow_private: bool = False,
    limits: Limits | None = None,
    client: httpx.Client | None = None,
    resolver: Resolver | None = None,
) -> FetchResult:
    """Fetch a page or feed; every failure is an InputError naming the URL and the reason."""
    limits = limits or Limits()
    own_client = client is None
    if own_client:
        client = make_client(limits)
    deadline = time.monotonic() + limits.fetch_timeout
    current = url
    try:
        for _hop in range(limits.fetch_max_redirects + 1):
            addresses = check_url(current, allow_private=allow_private, resolver=resolver)
            try:
                response, body = fetch_once(client, current, prefer_ipv4(addresses)[0], limits,
                                            deadline)
            except httpx.TimeoutException:
                raise InputError(url, f"timed out after {limits.fetch_timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise InputError(url, f"fetch failed: {type(exc).__name__}: {exc}") from None
            if body is None:
                location = response.headers.get("location")
                if not location:
                    raise InputError(url, f"HTTP {response.status_code} redirect without target")
                current = urljoin(current, location)
                continue
            media, charset = parse_content_type(response.headers.get("content-type"))
            return FetchResult(url, current, response.status_code, media, CONTENT_KINDS[media],
                               charset, body)
        raise InputError(url, f"more than {limits.fetch_max_redirects} redirects")
    except InputError as exc:
        if exc.source != url:  # a refused redirect: name the input the user gave
            raise type(exc)(url, f"redirect to {exc.source}: {exc.reason}") from None
        raise
    finally:
        if own_client:
            client.close()


def make_client(limits: Limits) -> httpx.Client:
    """A client that never follows redirects itself and ignores proxy settings."""
    return httpx.Client(timeout=httpx.Timeout(limits.fetch_timeout), follow_redirects=False,
                        trust_env=False)
