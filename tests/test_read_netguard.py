"""The SSRF address policy, without any network: literal addresses and local names only."""

from __future__ import annotations

import ipaddress

import pytest

from dyadwatch.errors import InputError
from dyadwatch.read.netguard import BlockedAddress, address_problem, check_url


@pytest.mark.parametrize(("url", "why"), [
    ("http://127.0.0.1/", "loopback"),
    ("http://127.8.9.10:8080/x", "loopback"),
    ("http://localhost/", "loopback"),
    ("http://[::1]/", "loopback"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://[::ffff:10.0.0.1]/", "private"),
    ("http://[64:ff9b::a9fe:a9fe]/", "link-local"),  # NAT64 form of 169.254.169.254
    ("http://[2002:a00:1::]/", "private"),  # 6to4 form of 10.0.0.1
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://169.254.1.2/", "link-local"),
    ("http://[fe80::1]/", "link-local"),
    ("http://10.1.2.3/", "private"),
    ("http://172.16.0.1/", "private"),
    ("http://192.168.1.1/", "private"),
    ("http://[fd00::1]/", "private"),
    ("http://100.64.0.1/", "not globally routable"),
    ("http://224.0.0.1/", "multicast"),
    ("http://[ff02::1]/", "multicast"),
    ("http://240.0.0.1/", "reserved"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://2130706433/", "loopback"),  # 127.0.0.1 as one number
    ("http://0x7f000001/", "loopback"),
])
def test_non_public_addresses_refused(url: str, why: str):
    with pytest.raises(BlockedAddress) as caught:
        check_url(url)
    assert why in caught.value.reason and caught.value.source == url


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "ftp://93.184.216.34/x", "gopher://93.184.216.34/", "javascript:x",
])
def test_other_schemes_refused(url: str):
    with pytest.raises(BlockedAddress, match="only http and https"):
        check_url(url)


def test_credentials_in_url_refused():
    with pytest.raises(BlockedAddress, match="credentials"):
        check_url("http://user:pw@93.184.216.34/")


def test_public_literal_allowed():
    assert check_url("https://93.184.216.34/news") == ["93.184.216.34"]
    assert check_url("http://[2606:2800:220:1::]/") == ["2606:2800:220:1::"]


def test_allow_private_permits_loopback():
    assert check_url("http://127.0.0.1:8000/", allow_private=True) == ["127.0.0.1"]


def test_every_resolved_address_is_checked():
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.7"]  # one public, one private answer

    with pytest.raises(BlockedAddress, match="10.0.0.7"):
        check_url("http://mixed.example/", resolver=resolver)


def test_unresolvable_host_is_an_input_error():
    def resolver(host: str, port: int) -> list[str]:
        raise OSError("Name or service not known")

    with pytest.raises(InputError, match="cannot resolve host"):
        check_url("http://nowhere.example/", resolver=resolver)


def test_malformed_urls():
    with pytest.raises(InputError):
        check_url("http://[::1/")
    with pytest.raises(InputError, match="no host"):
        check_url("http:///path")


def test_address_problem_public_is_none():
    assert address_problem(ipaddress.ip_address("8.8.8.8")) is None
    assert address_problem(ipaddress.ip_address("::ffff:8.8.8.8")) is None
