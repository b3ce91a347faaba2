#!/usr/bin/env python3
"""Independent checks of the dev101 gold tables (reads only the CSVs, the manifest and the texts).

Adapted from the dev4 checker.  Changes: corpus folder dev101; seed headers read from
/work/shared/gold/seeds; currency code GBP allowed; a manifest row may have an empty `published`
date (exactly one must), in which case the anchor is the date line declared in DATE_LINES, which
must be printed as a line of its own in the page; extra calendar checks on events (a weekday in the
span must match the weekday of date_start and lie within a week of the anchor; `last week`,
`last month`, `this month`, `earlier this month`, `last year`, `this year`, `next year` must give the
calendar period the guideline defines).

  * columns are exactly those of the seed gold tables
  * every doc_id has a text file and a manifest row with an ISO published date
  * text[start:end] == text for every row; text[cue_start:cue_end] == cue for attributions
  * enum columns hold allowed values; dates are ISO and date_start <= date_end
  * numeric columns parse; value_high only with qualifier 'range' (and >= value)
  * each figure's speaker equals the speaker_canonical of the innermost attribution whose
    content span contains it (empty when none)
  * no duplicate rows
Exit status 1 and a list of problems if anything fails.
"""
import csv
import datetime as dt
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev101"
SEEDS = Path("/work/shared/gold/seeds")
# doc_id -> (date line as printed in the page, ISO anchor) for manifest rows with no published date
DATE_LINES = {"dev101_03_stopfake_prisoner_sale": ("March 24, 2025", "2025-03-24")}

ENUMS = {
    "qualifier": {"exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range", "vague"},
    "category": {"personnel", "casualties", "weapons", "territory", "units", "money", "other"},
    "unit_norm": {"count", "km2", "km", "USD", "KRW", "RUB", "EUR", "GBP"},
    "speaker_type": {"person", "organisation", "government", "group", "media"},
    "kind": {"direct", "indirect", "according_to"},
    "granularity": {"day", "week", "month", "season", "year", "open"},
    "relative": {"true", "false"},
}

problems = []
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def month_bounds(y, m):
    first = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def calendar_check(where, span, d0, d1, anchor):
    low = span.lower()
    for i, wd in enumerate(WEEKDAYS):
        if wd in low:
            if d0.weekday() != i:
                bad(f"{where}: {span!r} but {d0} is a {WEEKDAYS[d0.weekday()]}")
            if abs((d0 - anchor).days) > 6:
                bad(f"{where}: {span!r} resolves more than a week from the anchor {anchor}")
    monday = anchor - dt.timedelta(days=anchor.weekday())
    prev_month = month_bounds(anchor.year - (anchor.month == 1), (anchor.month - 2) % 12 + 1)
    expect = {
        "last week": (monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)),
        "last month": prev_month,
        "this month": month_bounds(anchor.year, anchor.month),
        "earlier this month": (anchor.replace(day=1), anchor - dt.timedelta(days=1)),
        "last year": (dt.date(anchor.year - 1, 1, 1), dt.date(anchor.year - 1, 12, 31)),
        "this year": (dt.date(anchor.year, 1, 1), dt.date(anchor.year, 12, 31)),
        "next year": (dt.date(anchor.year + 1, 1, 1), dt.date(anchor.year + 1, 12, 31)),
    }
    if low in expect and (d0, d1) != expect[low]:
        bad(f"{where}: {span!r} should be {expect[low]}, got {(d0, d1)}")




def bad(msg):
    problems.append(msg)


def read(name):
    with open(GOLD / f"{name}.csv", encoding="utf-8", newline="") as fh:
        r = csv.DictReader(fh)
        return r.fieldnames, list(r)


def seed_cols(name):
    with open(SEEDS / f"{name}.csv", encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


with open(CORPUS / "manifest.csv", encoding="utf-8", newline="") as fh:
    manifest = {r["doc_id"]: r for r in csv.DictReader(fh)}
texts = {p.stem: open(p, encoding="utf-8").read() for p in CORPUS.glob("*.txt")}
anchors = {}
empty = [d for d, r in manifest.items() if not r["published"].strip()]
if len(empty) != 1:
    bad(f"manifest: exactly one row must have an empty published date, found {empty}")
for doc_id, r in manifest.items():
    if not r["published"].strip():
        if doc_id not in DATE_LINES:
            bad(f"manifest: {doc_id} has no published date and no declared date line")
            continue
        line, iso = DATE_LINES[doc_id]
        if line not in texts.get(doc_id, "").split("\n"):
            bad(f"manifest: date line {line!r} is not a line of {doc_id}")
        anchors[doc_id] = dt.date.fromisoformat(iso)
        continue
    try:
        anchors[doc_id] = dt.date.fromisoformat(r["published"])
    except ValueError:
        bad(f"manifest: bad published date for {doc_id}: {r['published']!r}")
if set(texts) != set(manifest):
    bad(f"manifest/doc mismatch: {set(texts) ^ set(manifest)}")

tables = {}
for name in ("figures", "attributions", "events"):
    cols, rows = read(name)
    if cols != seed_cols(name):
        bad(f"{name}: columns {cols} differ from seed {seed_cols(name)}")
    tables[name] = rows
    seen = set()
    for i, r in enumerate(rows):
        where = f"{name} row {i + 2}"
        key = tuple(r.values())
        if key in seen:
            bad(f"{where}: duplicate row")
        seen.add(key)
        text = texts.get(r["doc_id"])
        if text is None:
            bad(f"{where}: unknown doc {r['doc_id']}")
            continue
        s, e = int(r["start"]), int(r["end"])
        if not (0 <= s < e <= len(text)) or text[s:e] != r["text"]:
            bad(f"{where}: span [{s}:{e}] {text[s:e]!r} != {r['text']!r}")
        if r["text"] != r["text"].strip():
            bad(f"{where}: span has outer whitespace")
        for col, allowed in ENUMS.items():
            if col in r and r[col] not in allowed:
                bad(f"{where}: {col}={r[col]!r} not allowed")
        if name == "attributions":
            cs, ce = int(r["cue_start"]), int(r["cue_end"])
            if text[cs:ce] != r["cue"] or not r["cue"].strip():
                bad(f"{where}: cue span [{cs}:{ce}] {text[cs:ce]!r} != {r['cue']!r}")
            for col in ("speaker", "speaker_canonical", "affiliation"):
                if not r[col].strip():
                    bad(f"{where}: empty {col}")
        if name == "figures":
            try:
                v = float(r["value"]); vn = float(r["value_norm"])
            except ValueError:
                bad(f"{where}: value/value_norm not numeric")
                continue
            if r["qualifier"] == "range":
                if not r["value_high"] or float(r["value_high"]) < v:
                    bad(f"{where}: range needs value_high >= value")
            elif r["value_high"]:
                bad(f"{where}: value_high set for a non-range")
            if r["unit_norm"] == "count" and abs(vn - v) > 1e-9:
                bad(f"{where}: value_norm differs from value for a count")
            if r["category"] == "money" and r["unit_norm"] not in {"USD", "KRW", "RUB", "EUR", "GBP"}:
                bad(f"{where}: money without a currency code")
            if r["unit_norm"] in {"USD", "KRW", "RUB", "EUR", "GBP"} and r["category"] != "money":
                bad(f"{where}: currency on a non-money figure")
        if name == "events":
            try:
                d0 = dt.date.fromisoformat(r["date_start"]); d1 = dt.date.fromisoformat(r["date_end"])
            except ValueError:
                bad(f"{where}: bad ISO date")
                continue
            if d0 > d1:
                bad(f"{where}: date_start > date_end")
            anchor = anchors[r["doc_id"]]
            calendar_check(where, r["text"], d0, d1, anchor)
            if r["granularity"] == "open" and r["relative"] == "true" and d1 != anchor:
                bad(f"{where}: open 'since' interval should end at the anchor {anchor}")
            if r["granularity"] == "day" and (d1 - d0).days > 6:
                bad(f"{where}: day granularity spanning {(d1 - d0).days + 1} days")

# figure speaker = innermost containing attribution
atts_by_doc = {}
for a in tables["attributions"]:
    atts_by_doc.setdefault(a["doc_id"], []).append(a)
for i, f in enumerate(tables["figures"]):
    s, e = int(f["start"]), int(f["end"])
    containing = [a for a in atts_by_doc.get(f["doc_id"], []) if int(a["start"]) <= s and e <= int(a["end"])]
    expected = ""
    if containing:
        size = min(int(a["end"]) - int(a["start"]) for a in containing)
        inner = {a["speaker_canonical"] for a in containing if int(a["end"]) - int(a["start"]) == size}
        if len(inner) > 1:
            bad(f"figures row {i + 2}: ambiguous innermost attribution {inner}")
        expected = sorted(inner)[0]
    if f["speaker"] != expected:
        bad(f"figures row {i + 2}: speaker {f['speaker']!r} but innermost attribution gives {expected!r} ({f['text']!r})")

for name, rows in tables.items():
    print(f"{name}: {len(rows)} rows, docs {len({r['doc_id'] for r in rows})}")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("all checks passed")
