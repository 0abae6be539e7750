"""The actor data files: well-formed, consistent codes, and reproducible from their sources."""

from __future__ import annotations

import csv
import subprocess
import sys
from importlib import resources
from pathlib import Path

from dyadwatch.actors.lexicon import BUILTIN_FILES
from dyadwatch.actors.officeholders import OFFICE_RANK, parse_date

DATA = resources.files("dyadwatch") / "data" / "actors"
ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "MED", "BUS", "CVL", "OPP", "REB", "ELI", "-"}


def rows(name: str) -> list[dict[str, str]]:
    text = (DATA / name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_every_builtin_file_exists():
    for name in BUILTIN_FILES:
        assert (DATA / name).is_file(), name


def test_country_codes_are_iso3_or_territories():
    for row in rows("countries.tsv"):
        assert row["code"].isupper() and len(row["code"]) in (3, 6), row
        assert row["phrase"].strip() == row["phrase"] and row["phrase"], row


def test_the_brief_s_country_forms():
    phrases = {(r["code"], r["phrase"]) for r in rows("countries.tsv")}
    for pair in [
        ("RUS", "Kremlin"),
        ("USA", "White House"),
        ("GBR", "Downing Street"),
        ("AZE", "Baku"),
        ("CHN", "PRC"),
        ("PRK", "DPRK"),
        ("XKX", "Kosovo"),
        ("USA", "U.S."),
        ("AZE", "Azerbaijani"),
    ]:
        assert pair in phrases, pair


def test_agent_roles_are_cameo_roles():
    for row in rows("agents.tsv"):
        assert row["role"] in ROLES, row
        assert row.get("needs") in (None, "", "country", "prefix"), row


def test_officeholder_rows_are_dated_and_coded():
    for name in ("officeholders.tsv", "officeholders_phoenix.tsv"):
        for row in rows(name):
            assert row["office"] in OFFICE_RANK, row
            code = row["code"]
            assert code.isupper() and (code.startswith("IGO") or code[3:] in ROLES), row
            start, end = parse_date(row["from"]), parse_date(row["to"], end=True)
            assert start is None or end is None or start <= end, row


def test_recent_heads_of_state_are_present():
    people = {(r["name"], r["code"]) for r in rows("officeholders.tsv")}
    for pair in [
        ("Ilham Aliyev", "AZEGOV"),
        ("Nikol Pashinyan", "ARMGOV"),
        ("Volodymyr Zelensky", "UKRGOV"),
        ("Xi Jinping", "CHNGOV"),
        ("Donald Trump", "USAGOV"),
        ("Keir Starmer", "GBRGOV"),
        ("Albin Kurti", "XKXGOV"),
        ("Kim Jong Un", "PRKGOV"),
    ]:
        assert pair in people, pair


def test_generated_files_match_their_sources(shared_dir, tmp_path):
    """The generated files are what tools/build_actor_data.py makes from their sources."""
    tool = Path(__file__).resolve().parents[1] / "tools" / "build_actor_data.py"
    command = [sys.executable, str(tool), "--shared", str(shared_dir), "--out", str(tmp_path)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    for name in ("countries.tsv", "officeholders_phoenix.tsv", "cities.tsv"):
        fresh = (tmp_path / name).read_bytes()
        assert fresh == (DATA / name).read_bytes(), f"{name} is stale: rerun the build tool"
