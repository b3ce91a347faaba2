#!/usr/bin/env python3
"""Print every attribution cue with 30 characters of context, and every figure and event span in context,
for reading (dev58). Usage: python show_gold.py [figures|attributions|events]"""
import csv
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev58"
texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
which = sys.argv[1:] or ["figures", "attributions", "events"]


def ctx(t, s, e, n=30):
    return (t[max(0, s - n):s] + "[[" + t[s:e] + "]]" + t[e:e + n]).replace("\n", " / ")


for name in which:
    print(f"===== {name}")
    with open(GOLD / f"{name}.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            t = texts[r["doc_id"]]
            s, e = int(r["start"]), int(r["end"])
            d = r["doc_id"][:8]
            if name == "attributions":
                cs, ce = int(r["cue_start"]), int(r["cue_end"])
                print(f"{d} CUE {ctx(t, cs, ce)}  | {r['speaker_canonical']} ({r['speaker_type']}, {r['affiliation']}, {r['kind']})")
                print(f"         CONTENT {r['text'][:70]!r}...{r['text'][-30:]!r}")
            elif name == "figures":
                print(f"{d} {ctx(t, s, e)}  | {r['value']} {r['value_high']} {r['qualifier']} {r['unit']} {r['category']} {r['unit_norm']} <{r['speaker']}>")
            else:
                print(f"{d} {ctx(t, s, e)}  | {r['date_start']}..{r['date_end']} {r['granularity']} rel={r['relative']} :: {r['event']}")
