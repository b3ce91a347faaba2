#!/usr/bin/env python3
"""Recompute, from the rules in ANNOTATION.md, the dates of the rule-bound relative expressions in
events.csv (weekdays, last/earlier this/next week, last/this/next month, bare month names, 'since YEAR')
and compare them with the gold dates.  Anchor = manifest `published`, or the page's date line when empty."""
import csv
import datetime as dt
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev14"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def month_end(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


manifest = {r["doc_id"]: r for r in csv.DictReader(open(CORPUS / "manifest.csv", encoding="utf-8"))}
anchors = {}
for d, r in manifest.items():
    if r["published"]:
        anchors[d] = dt.date.fromisoformat(r["published"])
    else:
        t = open(CORPUS / f"{d}.txt", encoding="utf-8").read()[:600]
        m = re.search(r"\b(" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})\b", t)
        anchors[d] = dt.date(int(m.group(3)), MONTHS.index(m.group(1)) + 1, int(m.group(2)))

bad = checked = 0
for r in csv.DictReader(open(GOLD / "events.csv", encoding="utf-8")):
    a, text = anchors[r["doc_id"]], r["text"]
    want = None
    low = text.lower()
    wk = [d for d in DAYS if re.fullmatch(rf"on {d.lower()}( evening)?", low)]
    if wk:
        back = (a.weekday() - DAYS.index(wk[0])) % 7
        day = a - dt.timedelta(days=back)
        want = (day, day)
    elif low == "last week":
        mon = a - dt.timedelta(days=a.weekday() + 7)
        want = (mon, mon + dt.timedelta(days=6))
    elif low == "earlier this week":
        want = (a - dt.timedelta(days=a.weekday()), a - dt.timedelta(days=1))
    elif low in ("this month",):
        want = (a.replace(day=1), month_end(a.year, a.month))
    elif low == "last month":
        last = a.replace(day=1) - dt.timedelta(days=1)
        want = (last.replace(day=1), last)
    elif low == "next month":
        nxt = month_end(a.year, a.month) + dt.timedelta(days=1)
        want = (nxt, month_end(nxt.year, nxt.month))
    elif low == "earlier this month":
        want = (a.replace(day=1), a - dt.timedelta(days=1))
    else:
        m = re.fullmatch(r"(?:in|by|as of) (?:mid-|late |early )?(" + "|".join(MONTHS).lower() + ")", low)
        if m:
            mi = MONTHS.index(m.group(1).capitalize()) + 1
            y = a.year if mi <= a.month else a.year - 1
            want = (dt.date(y, mi, 1), month_end(y, mi))
        m = re.fullmatch(r"since (\d{4})", low)
        if m:
            want = (dt.date(int(m.group(1)), 1, 1), a)
    if want is None:
        continue
    checked += 1
    got = (dt.date.fromisoformat(r["date_start"]), dt.date.fromisoformat(r["date_end"]))
    if got != want:
        bad += 1
        print(f"MISMATCH {r['doc_id']} {text!r}: gold {got} rule {want}")
print(f"rule-checked {checked} event rows, {bad} mismatches")
sys.exit(1 if bad else 0)
