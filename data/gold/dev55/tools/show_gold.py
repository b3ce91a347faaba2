#!/usr/bin/env python3
"""Print every gold row in context for reading (cue +-30 chars; figure/event spans +-30 chars;
attribution content with its cue).  python show_gold.py [figures|attributions|events|cues]"""
import csv
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev55"
texts = {p.stem: open(p, encoding="utf-8").read() for p in CORPUS.glob("*.txt")}
what = sys.argv[1] if len(sys.argv) > 1 else "cues"


def ctx(t, s, e, n=30):
    return (t[max(0, s - n):s] + "[[" + t[s:e] + "]]" + t[e:e + n]).replace("\n", "⏎")


def rows(name):
    with open(GOLD / f"{name}.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


if what == "cues":
    for r in rows("attributions"):
        t = texts[r["doc_id"]]
        print(f"{r['doc_id'][:8]} {ctx(t, int(r['cue_start']), int(r['cue_end']))}  <- {r['speaker_canonical']} ({r['kind']})")
elif what == "attributions":
    for r in rows("attributions"):
        print(f"{r['doc_id'][:8]} [{r['cue']}] {r['speaker']} => {r['speaker_canonical']} | {r['speaker_type']} | "
              f"{r['affiliation']} | {r['kind']}\n      {r['text']}")
elif what == "figures":
    for r in rows("figures"):
        t = texts[r["doc_id"]]
        print(f"{r['doc_id'][:8]} {ctx(t, int(r['start']), int(r['end']))}\n      v={r['value']} hi={r['value_high']} "
              f"{r['qualifier']} unit={r['unit']!r} {r['category']} {r['value_norm']} {r['unit_norm']} spk={r['speaker']!r}")
elif what == "events":
    for r in rows("events"):
        t = texts[r["doc_id"]]
        print(f"{r['doc_id'][:8]} {ctx(t, int(r['start']), int(r['end']))}\n      {r['date_start']}..{r['date_end']} "
              f"{r['granularity']} rel={r['relative']} :: {r['event']}")
