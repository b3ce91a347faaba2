#!/usr/bin/env python3
"""Print every gold row in context for reading: figures and events with 40 characters either
side of the span, attributions with the content span and the cue with 30 characters either side.
Usage: python show.py [doc_id_prefix]"""
import csv
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev59"
prefix = sys.argv[1] if len(sys.argv) > 1 else ""
texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}


def ctx(t, s, e, n):
    return (t[max(0, s - n):s] + "[[" + t[s:e] + "]]" + t[e:e + n]).replace("\n", " / ")


for name in ("figures", "attributions", "events"):
    print(f"===== {name}")
    with open(GOLD / f"{name}.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if not r["doc_id"].startswith(prefix):
                continue
            t = texts[r["doc_id"]]
            s, e = int(r["start"]), int(r["end"])
            if name == "figures":
                print(f"{r['doc_id'][:8]} {ctx(t, s, e, 40)}\n      -> {r['value']} {r['value_high']} {r['qualifier']} "
                      f"{r['unit']!r} {r['category']} {r['value_norm']} {r['unit_norm']} spk={r['speaker']!r}")
            elif name == "events":
                print(f"{r['doc_id'][:8]} {ctx(t, s, e, 40)}\n      -> {r['date_start']}..{r['date_end']} "
                      f"{r['granularity']} rel={r['relative']} | {r['event']}")
            else:
                cs, ce = int(r["cue_start"]), int(r["cue_end"])
                print(f"{r['doc_id'][:8]} CUE {ctx(t, cs, ce, 30)}\n      SPAN <<{r['text']}>>\n      -> {r['speaker']!r} = "
                      f"{r['speaker_canonical']} / {r['speaker_type']} / {r['affiliation']} / {r['kind']}")
