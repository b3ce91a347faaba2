#!/usr/bin/env python3
"""Print every attribution cue, figure span and event span of the dev74 gold with 30 characters of
context on each side (for reading the annotation in place). Reads only the CSVs and the texts."""
import csv
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev74"
texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}


def ctx(doc, s, e, n=30):
    t = texts[doc]
    return (t[max(0, s - n):s] + "[[" + t[s:e] + "]]" + t[e:e + n]).replace("\n", "⏎")


for name in ("attributions", "figures", "events"):
    print(f"===== {name}")
    with open(GOLD / f"{name}.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if name == "attributions":
                print(f"{r['doc_id'][6:8]} CUE {ctx(r['doc_id'], int(r['cue_start']), int(r['cue_end']))}")
                print(f"      {r['speaker']!r} -> {r['speaker_canonical']} / {r['speaker_type']} / {r['affiliation']} / {r['kind']}")
                print(f"      CONTENT {ctx(r['doc_id'], int(r['start']), int(r['end']), 12)}")
            elif name == "figures":
                print(f"{r['doc_id'][6:8]} {ctx(r['doc_id'], int(r['start']), int(r['end']))}  "
                      f"v={r['value']} hi={r['value_high']} {r['qualifier']} {r['unit']!r} {r['category']} "
                      f"{r['value_norm']} {r['unit_norm']} spk={r['speaker']!r}")
            else:
                print(f"{r['doc_id'][6:8]} {ctx(r['doc_id'], int(r['start']), int(r['end']))}  "
                      f"{r['date_start']}..{r['date_end']} {r['granularity']} rel={r['relative']} | {r['event']}")
