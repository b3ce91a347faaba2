#!/usr/bin/env python3
"""Independent checks of the dev100 gold tables (reads only the CSVs, the manifest and the texts).

Copied from data/gold/dev4/tools/check_gold.py.  Changes for dev100:
  * corpus folder dev100; seed headers read from /work/shared/gold/seeds
  * currency codes JPY, KPW (North Korean won) and GBP allowed besides USD, KRW, RUB, EUR
  * a manifest row may have an empty published date; its anchor is then the date line declared in
    DATE_LINES, which must be printed verbatim in the page; exactly one manifest row is empty

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
CORPUS = GOLD.parent.parent / "corpus" / "dev100"
SEEDS = Path("/work/shared/gold/seeds")

# doc_id -> (date line as printed in the page, the anchor it gives) for manifest rows without a date
DATE_LINES = {"dev100_03_lloydslist_dark_fleet": ("13 Mar 2025", "2025-03-13")}
CURRENCIES = {"USD", "KRW", "RUB", "EUR", "JPY", "KPW", "GBP"}

ENUMS = {
    "qualifier": {"exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range", "vague"},
    "category": {"personnel", "casualties", "weapons", "territory", "units", "money", "other"},
    "unit_norm": {"count", "km2", "km"} | CURRENCIES,
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
anchors = {}
empty = [d for d, r in manifest.items() if not r["published"].strip()]
if len(empty) != 1:
    bad(f"manifest: expected exactly one empty published date, found {empty}")
for doc_id, r in manifest.items():
    if not r["published"].strip():
        if doc_id not in DATE_LINES:
            bad(f"manifest: empty published date for {doc_id} and no DATE_LINES entry")
            continue
        line, anchor = DATE_LINES[doc_id]
        page = texts.get(doc_id, "")
        if line not in page or page.index(line) > 600:
            bad(f"manifest: date line {line!r} of {doc_id} not printed in the page head")
        if dt.datetime.strptime(line, "%d %b %Y").date().isoformat() != anchor:
            bad(f"manifest: date line {line!r} does not give anchor {anchor}")
        anchors[doc_id] = dt.date.fromisoformat(anchor)
        continue
    try:
        anchors[doc_id] = dt.date.fromisoformat(r["published"])
    except ValueError:
        bad(f"manifest: bad published date for {doc_id}: {r['published']!r}")
for doc_id, r in manifest.items():
    if not r["url"].endswith(".example") and ".example/" not in r["url"]:
        bad(f"manifest: url of {doc_id} is not an invented .example address")
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
            if r["category"] == "money" and r["unit_norm"] not in CURRENCIES:
                bad(f"{where}: money without a currency code")
            if r["unit_norm"] in CURRENCIES and r["category"] != "money":
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

for name, rows in tables.items():
    print(f"{name}: {len(rows)} rows, docs {len({r['doc_id'] for r in rows})}")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("all checks passed")
