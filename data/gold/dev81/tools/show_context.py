#!/usr/bin/env python3
"""Print every gold row of dev81 in context (30 characters either side) for reading.

    python show_context.py [doc_id-prefix]
Figures and events: the span in [brackets]; attributions: the cue in [brackets], then the content.
"""
import csv
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev81"
prefix = sys.argv[1] if len(sys.argv) > 1 else ""


def ctx(text, s, e, n=30):
    return (text[max(0, s - n):s] + "[" + text[s:e] + "]" + text[e:e + n]).replace("\n", "⏎")


texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
for name in ("figures", "attributions", "events"):
    print(f"===== {name}")
    with open(GOLD / f"{name}.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if not r["doc_id"].startswith(prefix):
                continue
            t = texts[r["doc_id"]]
            d = r["doc_id"][:8]
            if name == "figures":
                print(f"{d} {ctx(t, int(r['start']), int(r['end']))}\n      -> {r['value']} {r['value_high']} {r['qualifier']} "
                      f"unit={r['unit']!r} {r['category']} {r['value_norm']} {r['unit_norm']} spk={r['speaker']!r}")
            elif name == "attributions":
                print(f"{d} CUE {ctx(t, int(r['cue_start']), int(r['cue_end']))}\n      {r['speaker']!r} -> {r['speaker_canonical']} "
                      f"/{r['speaker_type']}/{r['affiliation']}/{r['kind']}\n      CONTENT <<{r['text']}>>")
            else:
                print(f"{d} {ctx(t, int(r['start']), int(r['end']))}\n      -> {r['date_start']}..{r['date_end']} "
                      f"{r['granularity']} rel={r['relative']} | {r['event']}")
