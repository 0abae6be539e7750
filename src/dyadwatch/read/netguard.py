"""Which network addresses dyadwatch may fetch from (SSRF guard), shared by reader and web server.

A URL is allowed only when its scheme is http or https and every address its host resolves
to is a public unicast address. Loopback, private (RFC 1918, unique-local), link-local
(including cloud metadata at 169.254.169.254), multicast, reserved, unspecified, shared
(100.64/10) and IPv4-mapped/-translated IPv6 forms of any of these are refused, unless the
caller explicitly allows private addresses (tests serve pages from 127.0.0.1).

Every redirect target must be checked again with `check_url` before it is followed.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from dyadwatch.errors import InputError

ALLOWED_SCHEMES = ("http", "https")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]


class BlockedAddress(InputError):
    """The URL points at an address dyadwatch refuses to fetch from."""


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, NAT64, compatible), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    packed = address.packed
    # NAT64 well-known prefix 64:ff9b::/96 and the deprecated IPv4-compatible ::a.b.c.d
    if packed[:12] == bytes.fromhex("0064ff9b0000000000000000") or (
        packed[:12] == bytes(12) and packed[12:] not in (bytes(4), bytes(3) + b"\x01")
    ):
        return ipaddress.IPv4Address(packed[12:])
    return None


def address_problem(address: IPAddress) -> str | None:
    """Why this address may not be fetched from, or None when it is public."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None:
            problem = address_problem(inner)
            return f"{address} = {problem}" if problem else None
    checks = (
        ("loopback", address.is_loopback),
        ("unspecified", address.is_unspecified),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        ("not globally routable", not address.is_global),
    )
    for label, hit in checks:
        if hit:
            return f"{address} ({label})"
    return None


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for host (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return sorted({info[4][0] for info in infos})


def parse_literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        return None


def check_url(
    url: str, *, allow_private: bool = False, resolver: Resolver | None = None
) -> list[str]:
    """Check a URL before fetching it; return the addresses its host resolves to.

    Raises BlockedAddress (an InputError) naming the URL and the reason when refused.
    """
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise InputError(url, f"malformed URL ({exc})") from None
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise BlockedAddress(url, f"only http and https URLs are fetched, not {parts.scheme!r}")
    host = parts.hostname
    if not host:
        raise InputError(url, "URL has no host")
    if parts.username or parts.password:
        raise BlockedAddress(url, "URLs with credentials are not fetched")
    literal = parse_literal(host)
    if literal is not None:
        addresses = [str(literal)]
    else:
        try:
            addresses = (resolver or system_resolver)(host, port)
        except (OSError, UnicodeError) as exc:
            raise InputError(url, f"cannot resolve host {host!r} ({exc})") from None
        if not addresses:
            raise InputError(url, f"host {host!r} has no address")
    if allow_private:
        return addresses
    for text in addresses:
        address = parse_literal(text)
        if address is None:
            raise BlockedAddress(url, f"host {host!r} resolved to unusable address {text!r}")
        problem = address_problem(address)
        if problem:
            raise BlockedAddress(
                url, f"refused: host {host} resolves to {problem}, not a public address"
                " (--allow-private permits it)"
            )
    return addresses
