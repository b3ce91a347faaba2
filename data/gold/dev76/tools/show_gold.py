#!/usr/bin/env python3
"""Print every gold row in context for reading: cues with 30 characters either side, content spans,
figure and event spans with 40 characters either side.  Usage: python show_gold.py [doc_prefix]"""
import csv
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev76"
prefix = sys.argv[1] if len(sys.argv) > 1 else ""
texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}


def ctx(t, s, e, n):
    return (t[max(0, s - n):s] + "[[" + t[s:e] + "]]" + t[e:e + n]).replace("\n", "⏎")


for name in ("figures", "attributions", "events"):
    print(f"===== {name}")
    for r in csv.DictReader(open(GOLD / f"{name}.csv", encoding="utf-8")):
        if not r["doc_id"].startswith(prefix):
            continue
        t = texts[r["doc_id"]]
        s, e = int(r["start"]), int(r["end"])
        if name == "attributions":
            cs, ce = int(r["cue_start"]), int(r["cue_end"])
            print(f"{r['doc_id'][:8]} CUE {ctx(t, cs, ce, 30)!s}")
            print(f"      {r['kind']:12s} {r['speaker']!r} -> {r['speaker_canonical']} ({r['speaker_type']}, {r['affiliation']})")
            print(f"      CONTENT <<{t[s:e]}>>")
        elif name == "figures":
            print(f"{r['doc_id'][:8]} {ctx(t, s, e, 40)}")
            print(f"      {r['value']} {r['value_high']} {r['qualifier']} unit={r['unit']!r} {r['category']} "
                  f"{r['value_norm']} {r['unit_norm']} speaker={r['speaker']!r}")
        else:
            print(f"{r['doc_id'][:8]} {ctx(t, s, e, 40)}")
            print(f"      {r['date_start']}..{r['date_end']} {r['granularity']} rel={r['relative']} | {r['event']}")
