"""Officeholders of the smaller states (session 6 rows): full names, surnames, garbled names."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # head of government by full name after a title, then by surname alone
        (
            "Prime Minister Christopher Luxon met Chinese Premier Li Qiang.",
            "2024-06-14",
            ("040", ("NZLGOV", "CHNGOV"), (), "asserted"),
        ),
        ("Luxon criticised China.", "2024-06-14", ("111", ("NZLGOV",), ("CHN",), "asserted")),
        # a surname that is common elsewhere resolves only after a title
        (
            "Prime Minister Harris criticised Israel.",
            "2024-06-10",
            ("111", ("IRLGOV",), ("ISR",), "asserted"),
        ),
        # head of state by surname alone
        ("Marcos criticised China.", "2024-03-14", ("111", ("PHLGOV",), ("CHN",), "asserted")),
        # a foreign minister by surname alone
        ("Tsahkna condemned Russia.", "2024-05-01", ("111", ("ESTGOV",), ("RUS",), "asserted")),
        # garbled transliterations
        (
            "Mnangagwah accused Britain of meddling.",
            "2024-05-01",
            ("112", ("ZWEGOV",), ("GBR",), "asserted"),
        ),
        (
            "Prime Minister Zhelyazkow criticised Russia.",
            "2025-05-01",
            ("111", ("BGRGOV",), ("RUS",), "asserted"),
        ),
    ],
)
def test_officeholder_resolves(coder, text, pub, expected):
    assert expected in dyads(coded(coder, text, pub))


def test_officeholder_out_of_office_is_not_government(coder):
    """Before taking office the person is not the government (Luxon became PM in late 2023)."""
    got = dyads(coded(coder, "Luxon criticised China.", "2021-06-14"))
    assert ("111", ("NZLGOV",), ("CHN",), "asserted") not in got
