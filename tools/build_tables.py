"""Derive the packaged CAMEO and CAMEO->PLOVER tables from the reference files.

Run once when the reference material changes:
    python tools/build_tables.py ../shared/reference src/dyadwatch/data

Facts only (codes, names, Goldstein values, PLOVER type/mode); see NOTICE for sources.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Codes the CAMEO 1.1b3 codebook defines but GDELT's lookup table lacks. Goldstein values
# follow the PLOVER manual's intensity table (COERCE: cyber -7, ASSAULT: drone -9.5) and the
# parent code for 1951.
EXTENSIONS = [
    ("176", "Attack cybernetically", -7.0, "COERCE", "cyber"),
    ("1951", "Employ precision-guided aerial munitions", -10.0, "ASSAULT", "aerial"),
    ("1952", "Employ remotely piloted aerial munitions", -9.5, "ASSAULT", "drone"),
]


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def read_codes(ref: Path) -> dict[str, str]:
    names: dict[str, str] = {}
    for line in (ref / "cameo/CAMEO.eventcodes.txt").read_text().splitlines()[1:]:
        code, _, name = line.partition("\t")
        # The 1056 line carries a glued "106:[-5.0] Demand withdrawal" fragment.
        glued = re.match(r"(.*?)(\d{3}):\[[-\d.]+\]\s*(.*)", name)
        if glued:
            name = glued.group(1).strip()
            names[glued.group(2)] = glued.group(3).strip()
        names[code.strip()] = name.strip()
    return names


def read_goldstein(ref: Path) -> dict[str, float]:
    values = {}
    for line in (ref / "cameo/CAMEO.goldsteinscale.txt").read_text().splitlines()[1:]:
        code, _, value = line.partition("\t")
        if code.strip():
            values[code.strip()] = float(value)
    return values


def read_plover(ref: Path) -> dict[str, tuple[str, str]]:
    table = {}
    for line in (ref / "plover/CAMEO2PLOVER-2021.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        ptype = parts[0]
        mode = parts[1] if len(parts) > 1 else ""
        table.setdefault(m.group(1), (ptype, mode.replace(" ", "")))
    return table


def main(ref: Path, out: Path) -> None:
    names, goldstein, plover = read_codes(ref), read_goldstein(ref), read_plover(ref)
    rows = []
    for code, name in names.items():
        rows.append((code, name, goldstein[code], quad_class(code), "cameo-1.1b3"))
    for code, name, value, _, _ in EXTENSIONS:
        rows.append((code, name, value, quad_class(code), "codebook-extension"))
    rows.sort(key=lambda r: (r[0][:2], r[0]))
    with (out / "cameo_codes.tsv").open("w") as fh:
        fh.write("code\tname\tgoldstein\tquad\tsource\n")
        for r in rows:
            fh.write("\t".join(str(x) for x in r) + "\n")
    for code, _, _, ptype, mode in EXTENSIONS:
        plover[code] = (ptype, mode)
    with (out / "cameo_plover.tsv").open("w") as fh:
        fh.write("cameo\tplover_type\tplover_mode\n")
        for code in sorted(plover, key=lambda c: (c[:2], c)):
            fh.write(f"{code}\t{plover[code][0]}\t{plover[code][1]}\n")
    print(f"{len(rows)} CAMEO codes, {len(plover)} PLOVER rows")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
