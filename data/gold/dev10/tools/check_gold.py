#!/usr/bin/env python3
"""Independent checks of the dev10 gold tables (reads only the CSVs, the manifest and the texts).

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
CORPUS = GOLD.parent.parent / "corpus" / "dev10"
SEEDS = GOLD.parent / "seeds"

ENUMS = {
    "qualifier": {"exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range", "vague"},
    "category": {"personnel", "casualties", "weapons", "territory", "units", "money", "other"},
    "unit_norm": {"count", "km2", "km", "USD", "KRW", "KPW", "RUB", "EUR", "GBP"},
    "speaker_type": {"person", "organisation", "government", "group", "media"},
    "kind": {"direct", "indirect", "according_to"},
    "granularity": {"day", "week", "month", "season", "year", "open"},
    "relative": {"true", "false"},
}

problems = []


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
if set(texts) != set(manifest):
    bad(f"manifest/doc mismatch: {set(texts) ^ set(manifest)}")

# dev10: a page may have an empty `published` field in the manifest (no date in the page metadata).
# Its anchor is then the date line printed in the text itself; TEXT_ANCHORS records that date and
# the exact date line, which must occur in the text once.
TEXT_ANCHORS = {
    "dev10_04_wsj_troops_pulled_back": ("2025-02-11", "Updated Feb. 11, 2025 6:48 pm ET"),
}
anchors = {}
for doc_id, r in manifest.items():
    if not r["published"].strip():
        if doc_id not in TEXT_ANCHORS:
            bad(f"manifest: empty published date for {doc_id} and no text anchor recorded")
            continue
        iso, line = TEXT_ANCHORS[doc_id]
        if texts.get(doc_id, "").count(line) != 1:
            bad(f"manifest: text date line {line!r} not found once in {doc_id}")
        anchors[doc_id] = dt.date.fromisoformat(iso)
        continue
    try:
        anchors[doc_id] = dt.date.fromisoformat(r["published"])
    except ValueError:
        bad(f"manifest: bad published date for {doc_id}: {r['published']!r}")

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
            if r["category"] == "money" and r["unit_norm"] not in {"USD", "KRW", "KPW", "RUB", "EUR", "GBP"}:
                bad(f"{where}: money without a currency code")
            if r["unit_norm"] in {"USD", "KRW", "KPW", "RUB", "EUR", "GBP"} and r["category"] != "money":
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

# ---- dev10 additions: semantic spot checks -------------------------------------------------
import re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
for i, r in enumerate(tables["events"]):
    where = f"events row {i + 2} ({r['text']!r})"
    anchor = anchors.get(r["doc_id"])
    if anchor is None:
        continue
    d0 = dt.date.fromisoformat(r["date_start"]); d1 = dt.date.fromisoformat(r["date_end"])
    low = r["text"].lower()
    for k, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", low):
            if r["granularity"] != "day" or d0 != d1 or d0.weekday() != k:
                bad(f"{where}: weekday does not resolve to a {name}")
            elif not (-6 <= (d0 - anchor).days <= 6):
                bad(f"{where}: weekday more than six days from the anchor {anchor}")
    monday = anchor - dt.timedelta(days=anchor.weekday())
    for phrase, offset in (("last week", -7), ("this week", 0), ("next week", 7)):
        if low == phrase:
            want = (monday + dt.timedelta(days=offset), monday + dt.timedelta(days=offset + 6))
            if (d0, d1) != want or r["granularity"] != "week":
                bad(f"{where}: {phrase} should be {want[0]}..{want[1]} (week)")
    if r["relative"] == "false" and not re.search(r"\b(1[89]|20)\d\d\b", r["text"]):
        bad(f"{where}: relative=false but no year in the expression")
    if r["relative"] == "true" and re.search(r"\b(1[89]|20)\d\d\b", r["text"]) and r["granularity"] != "open":
        bad(f"{where}: relative=true although the expression carries its year")

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "dozen": 12}
MULT = {"million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "thousand": 1e3}
for i, f in enumerate(tables["figures"]):
    if f["qualifier"] == "vague":
        continue
    where = f"figures row {i + 2} ({f['text']!r})"
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(million|billion|bn|trillion|thousand)?", f["text"])
    if m:
        n = float(m.group(1).replace(",", "")) * MULT.get(m.group(2) or "", 1)
    else:
        w = re.search(r"\b(" + "|".join(WORDS) + r")\b", f["text"].lower())
        n = WORDS[w.group(1)] if w else None
    if n is None or abs(n - float(f["value"])) > 1e-6 * max(1, n):
        bad(f"{where}: value {f['value']} does not match the number in the span ({n})")

# no row may sit in page furniture: link lists, captions, bylines, footers
FURNITURE_LINE = re.compile(r"^(Read also:|Image:|Photo:|Tags:|Posted :|Updated |By |Appeared in|Copyright|©|Write to|"
                            r"Please direct|Tip off|Sign up|Follow Sky|Keep up with|Recommended video|Listen|"
                            r"North Korean soldiers (at a training|receive instruction)|Kim Jong Un (observes|inspects)|"
                            r"Monday 28 April|Sep 8, 2025|\d\d\.\d\d\.\d{4})")
LIST_HEAD = {"Read more:", "Related", "Top 10 Stories", "What to Read Next", "Read next", "Related Topics"}
furniture = {}
for doc_id, text in texts.items():
    spans, pos, in_list = [], 0, False
    for line in text.split("\n"):
        s = line.strip()
        if s in LIST_HEAD:
            in_list = True
        elif not s:
            in_list = False
        if in_list or FURNITURE_LINE.match(s):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    furniture[doc_id] = spans
for name, rows in tables.items():
    for i, r in enumerate(rows):
        s, e = int(r["start"]), int(r["end"])
        for fs, fe in furniture.get(r["doc_id"], []):
            if s < fe and fs < e:
                bad(f"{name} row {i + 2}: span {r['text'][:40]!r} lies in page furniture")
                break

for name, rows in tables.items():
    print(f"{name}: {len(rows)} rows, docs {len({r['doc_id'] for r in rows})}")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("all checks passed")
