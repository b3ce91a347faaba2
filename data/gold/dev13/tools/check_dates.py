#!/usr/bin/env python3
"""Independent re-derivation of the dev13 event dates from the event text and the anchor.

Recomputes, without reading the specs, the dates of the expression types whose rule ANNOTATION.md
fixes mechanically (weekdays, last week, last/this/earlier this month, last year, this year,
since YEAR) and prints every other row for eyeballing.  Exit status 1 on a mismatch.
"""
import csv
import datetime as dt
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev13"
TEXT_ANCHORS = {"dev13_04_interfaxukraine_pows": "2025-01-13"}
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

with open(CORPUS / "manifest.csv", encoding="utf-8", newline="") as fh:
    anchors = {r["doc_id"]: dt.date.fromisoformat(r["published"] or TEXT_ANCHORS[r["doc_id"]]) for r in csv.DictReader(fh)}


def month_end(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


bad = 0
with open(GOLD / "events.csv", encoding="utf-8", newline="") as fh:
    for r in csv.DictReader(fh):
        a = anchors[r["doc_id"]]
        txt = r["text"].lower()
        want = None
        m = re.fullmatch(r"(?:on |at a briefing |told reporters |special operations forces said )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: they)?\.?,?", txt)
        if m:
            d = a - dt.timedelta(days=(a.weekday() - DAYS.index(m.group(1))) % 7)
            want = (d, d)
        elif txt == "last week":
            mon = a - dt.timedelta(days=a.weekday() + 7)
            want = (mon, mon + dt.timedelta(days=6))
        elif txt == "last month":
            e = a.replace(day=1) - dt.timedelta(days=1)
            want = (e.replace(day=1), e)
        elif txt == "earlier this month":
            want = (a.replace(day=1), a - dt.timedelta(days=1))
        elif txt == "this year":
            want = (dt.date(a.year, 1, 1), dt.date(a.year, 12, 31))
        elif txt == "last year":
            want = (dt.date(a.year - 1, 1, 1), dt.date(a.year - 1, 12, 31))
        elif re.fullmatch(r"since (\d{4})", txt):
            want = (dt.date(int(txt[-4:]), 1, 1), a)
        got = (dt.date.fromisoformat(r["date_start"]), dt.date.fromisoformat(r["date_end"]))
        if want is None:
            print(f"  (by hand) {r['doc_id'][:8]} anchor {a} {a:%a}: {r['text']!r} -> {got[0]}..{got[1]} {r['granularity']}")
        elif want != got:
            bad += 1
            print(f"MISMATCH {r['doc_id']}: {r['text']!r} gold {got} derived {want}")
print("date checks:", "FAILED" if bad else "all mechanical rows agree")
sys.exit(1 if bad else 0)
