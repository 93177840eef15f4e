#!/usr/bin/env python3
"""Checks models/knowledge/officeholders.tsv the way OfficeHolders.load reads it, and a little more.

Every row that is not blank and not a '#' comment must have exactly 6 tab-separated cells
(name, variants, country, office, from, to); name and office are required; from is an ISO date
(YYYY-MM-DD), to is empty or an ISO date not before from; the country is empty (an
intergovernmental office) or a short name from the first column of models/gazetteers/countries.tsv.
A row repeated with the same name, office and start date is reported too.

Usage: python3 tools/check_officeholders.py [officeholders.tsv] [countries.tsv]
Exits 1 and lists the bad lines when any check fails.
"""
import datetime
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def iso(cell):
    try:
        return datetime.date.fromisoformat(cell) if len(cell) == 10 else None
    except ValueError:
        return None


def main(argv):
    registry = Path(argv[1]) if len(argv) > 1 else ROOT / "models/knowledge/officeholders.tsv"
    gazetteer = Path(argv[2]) if len(argv) > 2 else ROOT / "models/gazetteers/countries.tsv"
    countries = set()
    for line in gazetteer.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            countries.add(line.split("\t")[0].strip())

    errors, rows, seen = [], 0, {}
    for n, line in enumerate(registry.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        rows += 1
        cells = line.split("\t")
        if len(cells) != 6:
            errors.append(f"{n}: {len(cells)} cells, expected 6")
            continue
        name, _variants, country, office, start, end = (c.strip() for c in cells)
        if not name or not office:
            errors.append(f"{n}: name and office are required")
        if country and country not in countries:
            errors.append(f"{n}: country {country!r} is not a short name of countries.tsv")
        begin = iso(start)
        if begin is None:
            errors.append(f"{n}: from is not a date (YYYY-MM-DD): {start!r}")
        finish = iso(end) if end else None
        if end and finish is None:
            errors.append(f"{n}: to is not a date (YYYY-MM-DD): {end!r}")
        if begin and finish and finish < begin:
            errors.append(f"{n}: the term ends ({end}) before it starts ({start})")
        key = (name, office, start)
        if key in seen:
            errors.append(f"{n}: same name, office and start as line {seen[key]}")
        seen.setdefault(key, n)

    for e in errors:
        print(f"{registry.name}:{e}")
    print(f"{rows} rows, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
