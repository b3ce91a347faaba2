#!/usr/bin/env python3
"""Print the built gold rows of one document with their surroundings, for a by-eye review.

  python review.py DOC_ID
"""
import csv
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev32"
doc = sys.argv[1]
text = (CORPUS / f"{doc}.txt").read_text(encoding="utf-8")


def rows(name):
    with open(GOLD / f"{name}.csv", encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r["doc_id"] == doc]


def ctx(s, e, n=25):
    s, e = int(s), int(e)
    return (text[max(0, s - n):s] + "[[" + text[s:e] + "]]" + text[e:e + n]).replace("\n", "⏎")


print("== figures")
for r in rows("figures"):
    print(f"  {ctx(r['start'], r['end'])}\n      {r['value']} {r['value_high']} {r['qualifier']} {r['unit']!r} {r['category']} "
          f"{r['value_norm']} {r['unit_norm']} speaker={r['speaker']!r}")
print("== attributions")
for r in rows("attributions"):
    print(f"  <<{r['text']}>>\n      cue {ctx(r['cue_start'], r['cue_end'], 20)} | {r['speaker']!r} -> {r['speaker_canonical']} "
          f"{r['speaker_type']} {r['affiliation']} {r['kind']}")
print("== events")
for r in rows("events"):
    print(f"  {ctx(r['start'], r['end'])}\n      {r['date_start']}..{r['date_end']} {r['granularity']} rel={r['relative']} :: {r['event']}")
