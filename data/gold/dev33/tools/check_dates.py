#!/usr/bin/env python3
"""Independent re-derivation of the dev33 event dates from the rules of ANNOTATION.md.

For every event row, recompute what the rules give from the expression text and the anchor
(manifest published date, or the page's own date line for the one undated page, see
check_gold.TEXT_ANCHORS) and compare.  Expressions chained to another expression
('the following day', 'the same day', 'the following month') and sub-month parts
('early/mid/late <Month>') are recomputed with the conventions stated in README.md.
"""
import calendar
import csv
import datetime as dt
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev33"
TEXT_ANCHORS = {"dev33_06_yahoo_kursk_museum": "2025-09-13"}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({"aug.": 8, "jan.": 1, "feb.": 2, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12})
DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
FORWARD = ("next", "by ", "into next")

manifest = {r["doc_id"]: r for r in csv.DictReader(open(CORPUS / "manifest.csv", encoding="utf-8"))}


def anchor_of(doc):
    return dt.date.fromisoformat(manifest[doc]["published"] or TEXT_ANCHORS[doc])


def month_span(y, m):
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def latest_month(anchor, m, forward=False):
    if forward:
        y = anchor.year if m > anchor.month else anchor.year + 1
    else:
        y = anchor.year if m <= anchor.month else anchor.year - 1
    return y


def derive(text, anchor, prev):
    t = text.lower()
    fwd = t.startswith(FORWARD)
    mon = anchor - dt.timedelta(days=anchor.weekday())
    if "the following day" in t:
        d = prev[0] + dt.timedelta(days=1); return d, d
    if "the same day" in t:
        return prev
    if "the following month" in t:
        n = prev[1] + dt.timedelta(days=1); return month_span(n.year, n.month)
    if t == "last week":
        return mon - dt.timedelta(days=7), mon - dt.timedelta(days=1)
    if t == "this week":
        return mon, mon + dt.timedelta(days=6)
    if t == "last month":
        p = anchor.replace(day=1) - dt.timedelta(days=1); return month_span(p.year, p.month)
    if t == "next month":
        n = anchor.replace(day=28) + dt.timedelta(days=4); return month_span(n.year, n.month)
    if t == "earlier this month":
        return anchor.replace(day=1), anchor - dt.timedelta(days=1)
    if t.endswith("last year"):
        return dt.date(anchor.year - 1, 1, 1), dt.date(anchor.year - 1, 12, 31)
    if t.endswith("next year"):
        return dt.date(anchor.year + 1, 1, 1), dt.date(anchor.year + 1, 12, 31)
    for name, wd in DAYS.items():
        if name in t:
            back = (anchor.weekday() - wd) % 7
            d = anchor - dt.timedelta(days=back)
            return d, d
    for name, (m0, m1) in SEASONS.items():
        if name in t:
            def span(y):
                return dt.date(y, m0, 1), month_span(y, m1)[1]
            years = range(anchor.year - 2, anchor.year + 2)
            if "last" in t:      # the latest such season already over at the anchor
                y = max(y for y in years if span(y)[1] < anchor)
            elif fwd:            # the nearest such season starting after the anchor
                y = min(y for y in years if span(y)[0] > anchor)
            else:                # the latest such season started on or before the anchor
                y = max(y for y in years if span(y)[0] <= anchor)
            s, e = span(y)
            return (s, anchor) if t.startswith("since") else (s, e)
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", t)
    for name, m in MONTHS.items():
        if re.search(r"(?<![a-z])" + re.escape(name) + r"(?![a-z])", t):
            if year:
                y = int(year.group(1))
            elif t.startswith("last "):
                y = anchor.year if m < anchor.month else anchor.year - 1
            else:
                y = latest_month(anchor, m, fwd)
            s, e = month_span(y, m)
            day = re.search(r"\b(\d{1,2})\b", t.replace(str(y), ""))
            if day and not year or (day and year and re.search(r"\b\d{1,2},? " + str(y), t)):
                d = dt.date(y, m, int(day.group(1))); s, e = d, d
            if "early" in t: s, e = s, s.replace(day=10)
            if "mid-" in t: s, e = s.replace(day=11), s.replace(day=20)
            if "late" in t: s, e = s.replace(day=21), e
            if t.startswith("since"):
                return s, anchor
            return s, e
    if year:
        y = int(year.group(1))
        return (dt.date(y, 1, 1), anchor) if t.startswith("since") else (dt.date(y, 1, 1), dt.date(y, 12, 31))
    return None


problems = 0
prev = {}
prev_rel = {}
rows = list(csv.DictReader(open(GOLD / "events.csv", encoding="utf-8")))
for r in rows:
    anchor = anchor_of(r["doc_id"])
    got = derive(r["text"], anchor, prev.get(r["doc_id"]))
    want = (dt.date.fromisoformat(r["date_start"]), dt.date.fromisoformat(r["date_end"]))
    chained = any(k in r["text"] for k in ("the following", "the same day"))
    has_year = re.search(r"\b(1[89]|20)\d\d\b", r["text"]) is not None
    rel_want = prev_rel.get(r["doc_id"]) if chained else (not has_year or r["text"].lower().startswith("since"))
    rel_ok = (r["relative"] == "true") == rel_want
    flag = "ok " if got == want and rel_ok else "BAD"
    if got != want or not rel_ok:
        problems += 1
    prev_rel[r["doc_id"]] = r["relative"] == "true"
    print(f"{flag} {r['doc_id'][:8]} {r['text']!r:26} anchor {anchor}  gold {want[0]}..{want[1]}  derived {got and (str(got[0]) + '..' + str(got[1]))}")
    prev[r["doc_id"]] = want
print(f"{len(rows)} events, {problems} disagreements")
sys.exit(1 if problems else 0)
