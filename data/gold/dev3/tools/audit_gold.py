#!/usr/bin/env python3
"""Recall audit: lists numbers, number words, date words and reporting verbs that no gold row covers,
so that a human (or the annotator) can confirm each omission is deliberate."""
import csv, re
from pathlib import Path
GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev3"
def rows(n):
    with open(GOLD / f"{n}.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
fig, att, evt = rows("figures"), rows("attributions"), rows("events")
NUM = re.compile(r"\d[\d,.]*|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|several|tens)\b", re.I)
DATE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Oct\.|Nov\.|Dec\.|week|month|year|autumn|winter|spring|summer|since)\b")
VERB = re.compile(r"\b(said|says|say|told|according|estimated?s?|confirm\w*|denied|deny|warned|added|adding|noted|claimed|alleged|acknowledged|assessed|cited|citing|quoted|reported|believes?|dismissed|declared|announced|stated|wrote|praises|rejected|disclosed|saying|called)\b", re.I)
for p in sorted(CORPUS.glob("*.txt")):
    d = p.stem; t = p.read_text(encoding="utf-8")
    cov_f = [(int(r["start"]), int(r["end"])) for r in fig + evt if r["doc_id"] == d]
    cov_e = [(int(r["start"]), int(r["end"])) for r in evt if r["doc_id"] == d]
    cues = [(int(r["cue_start"]), int(r["cue_end"])) for r in att if r["doc_id"] == d]
    print("=====", d)
    def ctx(m): return t[max(0, m.start()-40):m.end()+40].replace("\n", " | ")
    for m in NUM.finditer(t):
        if not any(s <= m.start() < e for s, e in cov_f):
            print("  num  ", repr(m.group()), "::", ctx(m))
    for m in DATE.finditer(t):
        if not any(s <= m.start() < e for s, e in cov_e):
            print("  date ", repr(m.group()), "::", ctx(m))
    for m in VERB.finditer(t):
        if not any(s <= m.start() < e for s, e in cues):
            print("  verb ", repr(m.group()), "::", ctx(m))
