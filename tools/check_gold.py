#!/usr/bin/env python3
"""Checks gold records against the record contract (../shared/contract/RECORDS.md).

    tools/check_gold.py GOLD.json [GOLD.json ...]      (the text is the .txt beside gold/)

Errors (exit 1): missing or mistyped fields, an unknown group kind, a commitment whose text is
not a verbatim substring of the statement, a date value that is not ISO 8601, a name, alias or
date text that does not occur in the statement (case-insensitive, white space collapsed).
Warnings: a country or member not in models/gazetteers/countries.tsv (may be an organisation).
"""
import json
import os
import re
import sys

KINDS = {"working_group", "dialogue", "committee", "commission", "council", "task_force",
         "forum", "coalition", "partnership", "meeting", "other"}
FIELDS = {
    "groups": {"name": str, "kind": str, "aliases": list, "members": list, "mentions": list},
    "people": {"name": str, "aliases": list, "title": (str, type(None)), "agency": (str, type(None)),
               "country": (str, type(None)), "mentions": list},
    "agencies": {"name": str, "aliases": list, "country": (str, type(None)), "mentions": list},
    "dates": {"text": str, "value": (str, type(None)), "mentions": list},
    "commitments": {"actor": (str, type(None)), "action": str, "text": str, "mentions": list},
}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$|^\d{4}-W\d{2}$")


def squash(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def known_countries():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "models", "gazetteers", "countries.tsv")
    names = set()
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                names.add(line.split("\t")[0].strip())
    return names


def check(gold_path, countries):
    errors, warnings = [], []
    doc_id = os.path.splitext(os.path.basename(gold_path))[0]
    text_path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(gold_path))), doc_id + ".txt")
    if not os.path.exists(text_path):
        return [f"no statement text {text_path}"], []
    text = open(text_path, encoding="utf-8-sig").read()
    flat = squash(text)
    rec = json.load(open(gold_path, encoding="utf-8"))
    if rec.get("doc_id") != doc_id:
        errors.append(f"doc_id is {rec.get('doc_id')!r}, file says {doc_id!r}")
    for kind, fields in FIELDS.items():
        items = rec.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind}: missing list")
            continue
        for i, item in enumerate(items):
            where = f"{kind}[{i}] {item.get('name') or item.get('text') or ''!r}"
            for f, t in fields.items():
                if f not in item:
                    errors.append(f"{where}: missing field {f}")
                elif not isinstance(item[f], t):
                    errors.append(f"{where}: field {f} has type {type(item[f]).__name__}")
            if kind in ("groups", "people", "agencies"):
                for n in [item.get("name")] + list(item.get("aliases") or []):
                    if isinstance(n, str) and squash(n) not in flat and not item.get("optional"):
                        # a name may be a normalised form (ordinal dropped, 'the' dropped): warn only
                        warnings.append(f"{where}: name {n!r} is not in the text as written")
            if kind == "groups" and item.get("kind") not in KINDS:
                errors.append(f"{where}: unknown kind {item.get('kind')!r}")
            if kind == "dates":
                if isinstance(item.get("text"), str) and squash(item["text"]) not in flat:
                    errors.append(f"{where}: date text not in the statement")
                v = item.get("value")
                if v is not None and not ISO.match(v):
                    errors.append(f"{where}: value {v!r} is not ISO 8601")
            if kind == "commitments":
                if isinstance(item.get("text"), str) and item["text"] not in text:
                    errors.append(f"{where}: text is not a verbatim substring of the statement")
                a = item.get("action")
                if isinstance(a, str) and (a != a.lower() or " " in a.strip()):
                    errors.append(f"{where}: action {a!r} is not one lower-case lemma")
            for c in ([item.get("country")] if "country" in item else []) + list(item.get("members") or []):
                if c is not None and countries and c not in countries:
                    warnings.append(f"{where}: {c!r} is not a country name of countries.tsv (fine for an organisation)")
    return errors, warnings


def main():
    countries = known_countries()
    bad = 0
    for path in sys.argv[1:]:
        errors, warnings = check(path, countries)
        for e in errors:
            print(f"{path}: ERROR {e}")
        for w in warnings:
            print(f"{path}: warning {w}")
        bad += bool(errors)
    print(f"{len(sys.argv) - 1} file(s), {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
