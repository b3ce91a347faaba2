#!/usr/bin/env python3
"""Print every gold row in context for reading: figures and events with 30 characters either side
of the span, attributions with the cue in 30 characters of context and the content span.
Usage: python show_gold.py [doc_id_prefix]"""
import csv
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev77"
prefix = sys.argv[1] if len(sys.argv) > 1 else ""


def ctx(text, s, e, n=30):
    return (text[max(0, s - n):s] + "[[" + text[s:e] + "]]" + text[e:e + n]).replace("\n", "⏎")


texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
for name in ("figures", "attributions", "events"):
    print(f"===== {name}")
    with open(GOLD / f"{name}.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if not r["doc_id"].startswith(prefix):
                continue
            t = texts[r["doc_id"]]
            s, e = int(r["start"]), int(r["end"])
            if name == "figures":
                print(f"{ctx(t, s, e)}\n    -> {r['value']} {r['value_high']} {r['qualifier']} unit={r['unit']!r} "
                      f"{r['category']} {r['value_norm']} {r['unit_norm']} speaker={r['speaker']!r}")
            elif name == "events":
                print(f"{ctx(t, s, e)}\n    -> {r['date_start']}..{r['date_end']} {r['granularity']} rel={r['relative']} | {r['event']}")
            else:
                cs, ce = int(r["cue_start"]), int(r["cue_end"])
                print(f"CUE {ctx(t, cs, ce)}\n    CONTENT <<{r['text']}>>\n    -> {r['speaker']!r} = {r['speaker_canonical']} "
                      f"/{r['speaker_type']}/{r['affiliation']}/{r['kind']}")
