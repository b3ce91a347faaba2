#!/usr/bin/env python3
"""Print every gold row in context for reading: cues with 30 characters either side, content
spans with their edges, figure and event spans with 30 characters either side."""
import csv
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev68"
only = sys.argv[1] if len(sys.argv) > 1 else ""
texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}


def ctx(text, s, e, w=30):
    return (text[max(0, s - w):s] + "[[" + text[s:e] + "]]" + text[e:e + w]).replace("\n", "⏎")


for name in ("figures", "attributions", "events"):
    print(f"===== {name}")
    with open(GOLD / f"{name}.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if only and only not in r["doc_id"]:
                continue
            t = texts[r["doc_id"]]
            s, e = int(r["start"]), int(r["end"])
            if name == "figures":
                print(f"{r['doc_id'][:8]} {ctx(t, s, e)}  -> {r['value']}|{r['value_high']}|{r['qualifier']}|{r['unit']}|"
                      f"{r['category']}|{r['value_norm']} {r['unit_norm']}|{r['speaker']}")
            elif name == "events":
                print(f"{r['doc_id'][:8]} {ctx(t, s, e)}  -> {r['date_start']}..{r['date_end']} {r['granularity']} rel={r['relative']} | {r['event']}")
            else:
                cs, ce = int(r["cue_start"]), int(r["cue_end"])
                print(f"{r['doc_id'][:8]} CUE {ctx(t, cs, ce)}")
                print(f"         CONTENT {ctx(t, s, e, 12)[:400]}")
                print(f"         -> {r['speaker']} => {r['speaker_canonical']} | {r['speaker_type']} | {r['affiliation']} | {r['kind']}")
