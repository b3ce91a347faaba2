#!/usr/bin/env python3
"""Independent checks of the dev99 gold tables (reads only the CSVs, the manifest and the texts).

Copy of the dev4 checker. Changes: corpus folder dev99; the seed headers are read from
/work/shared/gold/seeds; a manifest row may have an empty `published` date (exactly one must),
in which case the anchor is the date line declared in DATE_LINES, which must be printed in that
page and must name the right weekday; every event whose text names a weekday must resolve to a
date on that weekday; a relative 'since' interval (open, relative) must end on the anchor.

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
CORPUS = GOLD.parent.parent / "corpus" / "dev99"
SEEDS = Path("/work/shared/gold/seeds")

# doc_id -> (date line as printed in the page, its strptime format): the anchor of a page whose
# manifest row has an empty published date.
DATE_LINES = {"dev99_02_wikinews_kursk_reinforcements": ("Friday, January 17, 2025", "%A, %B %d, %Y")}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

ENUMS = {
    "qualifier": {"exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range", "vague"},
    "category": {"personnel", "casualties", "weapons", "territory", "units", "money", "other"},
    "unit_norm": {"count", "km2", "km", "USD", "KRW", "RUB", "EUR"},
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
anchors = {}
empty = [d for d, r in manifest.items() if not r["published"].strip()]
if len(empty) != 1:
    bad(f"manifest: exactly one empty published date expected, found {empty}")
for doc_id, r in manifest.items():
    if not r["published"].strip():
        if doc_id not in DATE_LINES:
            bad(f"manifest: empty published date for {doc_id} and no DATE_LINES entry")
            continue
        line, fmt = DATE_LINES[doc_id]
        if line not in texts.get(doc_id, ""):
            bad(f"{doc_id}: declared date line {line!r} is not printed in the page")
        anchor = dt.datetime.strptime(line, fmt).date()
        if WEEKDAYS[anchor.weekday()] not in line:
            bad(f"{doc_id}: date line {line!r} names the wrong weekday")
        anchors[doc_id] = anchor
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
            if r["category"] == "money" and r["unit_norm"] not in {"USD", "KRW", "RUB", "EUR"}:
                bad(f"{where}: money without a currency code")
            if r["unit_norm"] in {"USD", "KRW", "RUB", "EUR"} and r["category"] != "money":
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
            named = [w for w in WEEKDAYS if w in r["text"]]
            if named and (r["granularity"] != "day" or d0 != d1 or WEEKDAYS[d0.weekday()] != named[0]):
                bad(f"{where}: {r['text']!r} names {named[0]} but resolves to {d0} ({WEEKDAYS[d0.weekday()]})")
            if named and r["relative"] == "true" and not 0 <= (anchor - d0).days <= 6:
                bad(f"{where}: weekday {r['text']!r} resolves to {d0}, not within the week up to the anchor {anchor}")
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
