#!/usr/bin/env python3
"""Checks a cross-statement entity gold file against the gold records of its split.

    tools/check_entities_gold.py [GOLD_DIR ...]     (default: corpus/gold corpus/probe/gold)

GOLD_DIR holds the gold records <doc_id>.json and entities.jsonl (format: corpus/gold/ENTITIES.md).
Errors (exit 1): a line that is not an object with exactly type, name, country, items (in that
order); an unknown type; an empty item list; an item that is not a gold item of that type
(doc_id and exact name); a gold agency, person or group item that is in no line or in more than
one; lines not sorted by type, name, country (null first); items not sorted by doc_id.
Warnings: two lines with the same type, name and country; a line with two items of one statement.
Prints the counts per type: entities, entities with more than one item, item pairs.
"""
import collections
import glob
import json
import os
import sys

TYPES = {"agency": "agencies", "person": "people", "group": "groups"}
KEYS = ["type", "name", "country", "items"]


def check(gold_dir):
    errors, warnings = [], []
    gold = {}  # (type, doc_id, name) -> seen count
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        record = json.load(open(path, encoding="utf-8"))
        for t, field in TYPES.items():
            for item in record.get(field, []):
                gold[(t, record["doc_id"], item["name"])] = 0
    path = os.path.join(gold_dir, "entities.jsonl")
    lines = []
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                errors.append(f"{path}:{n}: empty line")
                continue
            line = json.loads(raw)
            where = f"{path}:{n}"
            if not isinstance(line, dict) or list(line) != KEYS:
                errors.append(f"{where}: keys must be {KEYS}, got {list(line)}")
                continue
            if line["type"] not in TYPES:
                errors.append(f"{where}: unknown type {line['type']!r}")
                continue
            if not isinstance(line["name"], str) or not line["name"].strip():
                errors.append(f"{where}: empty name")
            if line["country"] is not None and not isinstance(line["country"], str):
                errors.append(f"{where}: country must be a string or null")
            items = line["items"]
            if not items:
                errors.append(f"{where}: no items")
            for item in items:
                if list(item) != ["doc_id", "name"]:
                    errors.append(f"{where}: item keys must be doc_id, name: {item}")
                    continue
                key = (line["type"], item["doc_id"], item["name"])
                if key not in gold:
                    errors.append(f"{where}: not a gold {line['type']} item: {item}")
                else:
                    gold[key] += 1
            order = [(i.get("doc_id"), i.get("name")) for i in items]
            if order != sorted(order):
                errors.append(f"{where}: items not sorted by doc_id")
            docs = collections.Counter(i.get("doc_id") for i in items)
            for d, c in docs.items():
                if c > 1:
                    warnings.append(f"{where}: {c} items of {d} in one entity")
            lines.append(line)
    for key, seen in sorted(gold.items()):
        if seen == 0:
            errors.append(f"{path}: gold {key[0]} item in no line: {key[1]} / {key[2]}")
        elif seen > 1:
            errors.append(f"{path}: gold {key[0]} item in {seen} lines: {key[1]} / {key[2]}")
    sort_key = [(l["type"], l["name"], l["country"] is not None, l["country"] or "") for l in lines]
    if sort_key != sorted(sort_key):
        errors.append(f"{path}: lines not sorted by type, name, country")
    for k, c in collections.Counter(sort_key).items():
        if c > 1:
            warnings.append(f"{path}: {c} lines with type, name, country {k[0]} / {k[1]} / {k[3] or None}")
    print(f"{path}: {len(lines)} entities, {len(gold)} gold items")
    for t in TYPES:
        sizes = [len(l["items"]) for l in lines if l["type"] == t]
        items = sum(sizes)
        multi = sum(1 for s in sizes if s > 1)
        pairs = sum(s * (s - 1) // 2 for s in sizes)
        print(f"  {t:7s} items {items:4d}  entities {len(sizes):4d}  with >1 item {multi:3d}  pairs {pairs:4d}")
    return errors, warnings


def main(argv):
    dirs = argv or ["corpus/gold", "corpus/probe/gold"]
    failed = False
    for d in dirs:
        errors, warnings = check(d)
        for w in warnings:
            print("warning:", w)
        for e in errors:
            print("error:", e)
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
