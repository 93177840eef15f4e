#!/usr/bin/env python3
"""Scores output/ against gold by split with the reference scorer (../shared/tools/score.py):
the tuned part (corpus/gold), the probe (corpus/probe/gold, never tuned on), both together, and
U.S.-government vs other publishers (publisher column of the SOURCES.tsv files).

    python3 tools/score_splits.py [--pred output] [--scorer ../shared/tools/score.py] [--table SPLIT]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

TYPES = ["groups", "people", "agencies", "dates", "commitments"]
US_MARKERS = ("U.S.", "United States", "White House", "US Department", "US Embassy", "U.S ")


def sources(corpus):
    out = {}
    for root in (corpus, os.path.join(corpus, "probe")):
        path = os.path.join(root, "SOURCES.tsv")
        if os.path.exists(path):
            for line in open(path, encoding="utf-8"):
                cells = line.rstrip("\n").split("\t")
                if len(cells) >= 3 and cells[0] != "doc_id":
                    out[cells[0]] = cells[2]
    return out


def gold_files(corpus):
    out = {}
    for split, d in (("tuned", os.path.join(corpus, "gold")), ("probe", os.path.join(corpus, "probe", "gold"))):
        if os.path.isdir(d):
            for f in sorted(os.listdir(d)):
                if f.endswith(".json"):
                    out[f[:-5]] = (split, os.path.join(d, f), os.path.dirname(d))
    return out


def score(scorer, docs, pred, table):
    with tempfile.TemporaryDirectory() as tmp:
        g, c = os.path.join(tmp, "gold"), os.path.join(tmp, "corpus")
        os.makedirs(g)
        os.makedirs(c)
        for doc, (_, gold, text_dir) in docs.items():
            shutil.copy(gold, g)
            shutil.copy(os.path.join(text_dir, doc + ".txt"), c)
        args = [sys.executable, scorer, "--gold", g, "--corpus", c, "--pred", pred]
        if table:
            return subprocess.run(args, check=True, capture_output=True, text=True).stdout
        return json.loads(subprocess.run(args + ["--json"], check=True, capture_output=True, text=True).stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--pred", default="output")
    ap.add_argument("--scorer", default=os.path.join("..", "shared", "tools", "score.py"))
    ap.add_argument("--table", help="print the scorer's full table for one split")
    a = ap.parse_args()
    golds = gold_files(a.corpus)
    pubs = sources(a.corpus)
    is_us = lambda d: any(m in pubs.get(d, "") for m in US_MARKERS)
    splits = {
        "tuned": {d: v for d, v in golds.items() if v[0] == "tuned"},
        "probe": {d: v for d, v in golds.items() if v[0] == "probe"},
        "all": golds,
        "US publishers": {d: v for d, v in golds.items() if is_us(d)},
        "other publishers": {d: v for d, v in golds.items() if not is_us(d)},
    }
    if a.table:
        print(score(a.scorer, splits[a.table], a.pred, True))
        return
    print(f"{'split':18} {'docs':>4} {'macro':>6} " + " ".join(f"{t[:6]:>6}" for t in TYPES) + "   attributes")
    for name, docs in splits.items():
        if not docs:
            continue
        r = score(a.scorer, docs, a.pred, False)
        f1 = [r["types"][t]["f1"] for t in TYPES]
        attrs = " ".join(f"{k.split('.')[0][:3]}.{k.split('.')[1]}={v['accuracy']:.2f}" for k, v in r["attributes"].items()) if isinstance(r.get("attributes"), dict) else ""
        print(f"{name:18} {len(docs):>4} {r['macro_f1']:.3f} " + " ".join(f"{x:6.3f}" for x in f1) + "   " + attrs)


if __name__ == "__main__":
    main()
