#!/usr/bin/env python3
"""Annotator's aid (not a check): print every attribution with its cue in context, and list the
numbers, number words and temporal words of each text that no figure / event span covers, so that
each can be confirmed as a deliberate exclusion (furniture, age, year, duration, model name, ...)."""
import csv, re
from pathlib import Path
GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev24"
rd = lambda n: list(csv.DictReader(open(GOLD / f"{n}.csv", encoding="utf-8")))
figs, atts, evts = rd("figures"), rd("attributions"), rd("events")
NUMW = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands|millions|score"
TIMEW = (r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|week|month|year|"
         r"January|February|March|April|May|June|July|August|September|October|November|December|"
         r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|spring|summer|autumn|fall|winter|\d{4}")
for p in sorted(CORPUS.glob("*.txt")):
    doc, text = p.stem, p.read_text(encoding="utf-8")
    print("=" * 100, "\n", doc)
    for a in (a for a in atts if a["doc_id"] == doc):
        s, e, cs, ce = int(a["start"]), int(a["end"]), int(a["cue_start"]), int(a["cue_end"])
        lo, hi = min(s, cs), max(e, ce)
        snippet = text[lo:hi]
        if hi - lo > 160:
            snippet = text[lo:lo + 70] + " … " + text[hi - 70:hi]
        mark = "IN" if s <= cs and ce <= e else ("BEFORE" if ce <= s else "AFTER")
        print(f"  A [{a['cue']}|{mark} gap={max(s - ce, cs - e, 0)}] {a['speaker_canonical']} <{a['kind']}>: {snippet!r}")
    fs = [(int(f["start"]), int(f["end"])) for f in figs if f["doc_id"] == doc]
    es = [(int(f["start"]), int(f["end"])) for f in evts if f["doc_id"] == doc]
    for m in re.finditer(r"[\d][\d,.]*\w*|\b(?:%s)\b" % NUMW, text, re.I):
        if not any(s <= m.start() and m.end() <= e for s, e in fs):
            print(f"  uncovered number {m.group()!r}: ...{text[max(0, m.start() - 40):m.end() + 30]!r}")
    for m in re.finditer(r"\b(?:%s)" % TIMEW, text):
        if not any(s <= m.start() and m.end() <= e for s, e in es):
            print(f"  uncovered time   {m.group()!r}: ...{text[max(0, m.start() - 40):m.end() + 30]!r}")
