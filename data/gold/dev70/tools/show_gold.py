#!/usr/bin/env python3
"""Print every gold row in context for reading: cues with 30 characters each side, figure and
event spans with 40 characters each side, attribution contents in full.  Optional arg: doc_id prefix."""
import csv
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev70"
only = sys.argv[1] if len(sys.argv) > 1 else ""


def ctx(text, s, e, n):
    return (text[max(0, s - n):s] + "[[" + text[s:e] + "]]" + text[e:e + n]).replace("\n", "⏎")


for name in ("figures", "attributions", "events"):
    with open(GOLD / f"{name}.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["doc_id"].startswith(only)]
    print(f"===== {name} ({len(rows)})")
    for r in rows:
        text = (CORPUS / f"{r['doc_id']}.txt").read_text(encoding="utf-8")
        s, e = int(r["start"]), int(r["end"])
        if name == "figures":
            print(f"{r['doc_id'][:8]} {ctx(text, s, e, 40)}\n      v={r['value']} hi={r['value_high']} {r['qualifier']} unit={r['unit']!r} "
                  f"{r['category']} {r['value_norm']} {r['unit_norm']} spk={r['speaker']!r}")
        elif name == "events":
            print(f"{r['doc_id'][:8]} {ctx(text, s, e, 40)}\n      {r['date_start']}..{r['date_end']} {r['granularity']} rel={r['relative']} | {r['event']}")
        else:
            cs, ce = int(r["cue_start"]), int(r["cue_end"])
            print(f"{r['doc_id'][:8]} CUE {ctx(text, cs, ce, 30)}\n      CONTENT «{text[s:e]}»\n      "
                  f"{r['speaker']!r} -> {r['speaker_canonical']} / {r['speaker_type']} / {r['affiliation']} / {r['kind']}")
