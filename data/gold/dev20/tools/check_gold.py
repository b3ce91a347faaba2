#!/usr/bin/env python3
"""Independent checks of the dev20 gold tables (reads only the CSVs, the manifest and the texts).

  * columns are exactly those of the seed gold tables
  * every doc_id has a text file and a manifest row with an ISO published date, or an empty
    published field together with a date line in the text (TEXT_DATE_LINES) that supplies the anchor
  * text[start:end] == text for every row; text[cue_start:cue_end] == cue for attributions
  * enum columns hold allowed values; dates are ISO and date_start <= date_end
  * numeric columns parse; value_high only with qualifier 'range' (and >= value)
  * each figure's speaker equals the speaker_canonical of the innermost attribution whose
    content span contains it (empty when none)
  * no duplicate rows
  * dev20 additions: weekday events fall on that weekday and are the latest such day on or before
    the anchor (or the next one after it, for forward-looking rows listed in FORWARD); 'last week',
    'last month', 'this month', 'last year' rows equal the calendar period before/at the anchor;
    no span of any table lies in page furniture (FURNITURE_MARKERS: the text from a marker line on)
Exit status 1 and a list of problems if anything fails.
"""
import csv
import datetime as dt
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev20"
SEEDS = GOLD.parent / "seeds"

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


# Pages whose manifest row has no published date: the anchor is the page's own date line.
TEXT_DATE_LINES = {
    "dev20_04_rodong_engineer_regiment": ("Juche114(2025).8.31.", "2025-08-31"),
}
# Where each page's article ends and its closing furniture (tags, link lists, footers) begins.
FURNITURE_MARKERS = {
    "dev20_01_sputnik_kursk_liberation": "\nTags: Kursk",
    "dev20_02_globaltimes_captured_soldiers": "\nRelated articles:",
    "dev20_03_xinhua_nis_redeploy": "\n[Editor: huaxia]",
    "dev20_04_rodong_engineer_regiment": "\nOther Articles",
    "dev20_05_hankookilbo_nis_toll": "\nKim Ji-hoon hoon@",
    "dev20_06_militarnyi_withdrawal": "\nTags: DPRK",
}
# Inline furniture lines inside the article body (link teasers).
INLINE_FURNITURE = {
    "dev20_01_sputnik_kursk_liberation": ["Read more: Russian Troops Liberate Gornal"],
    "dev20_06_militarnyi_withdrawal": ["Read also: HUR: North Korea has transferred"],
}
# Exact furniture substrings in the page head or datelines (timestamps, wire datelines, date lines).
FURNITURE_SPANS = {
    "dev20_01_sputnik_kursk_liberation": ["28.04.2025, 15:42 GMT (Updated: 28.04.2025, 17:10 GMT)",
                                          "© Sputnik / Stanislav Krasilnikov / Go to the mediabank"],
    "dev20_02_globaltimes_captured_soldiers": ["Published: Jan 14, 2025 10:21 PM", "Photo: VCG"],
    "dev20_03_xinhua_nis_redeploy": ["2025-02-27 17:05:30", "SEOUL, Feb. 27 (Xinhua) --"],
    "dev20_04_rodong_engineer_regiment": ["Juche114(2025).8.31.", "Pyongyang, August 31 (KCNA) --"],
    "dev20_05_hankookilbo_nis_toll": ["Published 2025.09.04. 16:21 Updated 2025.09.04. 18:05"],
    "dev20_06_militarnyi_withdrawal": ["10 February 2025 14:37", "Illustrative photo: KCNA"],
}
# Event rows that look forward from the anchor (future tense), by doc and span text.
FORWARD = {("dev20_02_globaltimes_captured_soldiers", "on January 20")}

with open(CORPUS / "manifest.csv", encoding="utf-8", newline="") as fh:
    manifest = {r["doc_id"]: r for r in csv.DictReader(fh)}
texts = {p.stem: open(p, encoding="utf-8").read() for p in CORPUS.glob("*.txt")}
if set(texts) != set(manifest):
    bad(f"manifest/doc mismatch: {set(texts) ^ set(manifest)}")
anchors = {}
for doc_id, r in manifest.items():
    if not r["published"]:
        if doc_id not in TEXT_DATE_LINES:
            bad(f"manifest: {doc_id} has no published date and no text date line")
            continue
        line, iso = TEXT_DATE_LINES[doc_id]
        if line not in texts.get(doc_id, ""):
            bad(f"{doc_id}: date line {line!r} not in text")
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
            if r["granularity"] == "open" and r["relative"] == "true" and d1 != anchor:
                bad(f"{where}: open 'since' interval should end at the anchor {anchor}")
            if r["granularity"] == "day" and (d1 - d0).days > 6:
                bad(f"{where}: day granularity spanning {(d1 - d0).days + 1} days")

# furniture: no row of any table may sit in the closing furniture or an inline teaser line
for name, rows in tables.items():
    for i, r in enumerate(rows):
        text = texts.get(r["doc_id"], "")
        s0, e0 = int(r["start"]), int(r["end"])
        marker = FURNITURE_MARKERS.get(r["doc_id"])
        if marker and text.find(marker) >= 0 and s0 >= text.find(marker):
            bad(f"{name} row {i + 2}: span in closing furniture ({r['text'][:40]!r})")
        for teaser in INLINE_FURNITURE.get(r["doc_id"], []):
            ts = text.find(teaser)
            te = text.find("\n", ts)
            if ts >= 0 and s0 < te and e0 > ts:
                bad(f"{name} row {i + 2}: span in inline furniture ({r['text'][:40]!r})")
        for frag in FURNITURE_SPANS.get(r["doc_id"], []):
            fs = text.find(frag)
            if fs < 0:
                bad(f"furniture fragment {frag!r} not in {r['doc_id']}")
            elif s0 < fs + len(frag) and e0 > fs:
                bad(f"{name} row {i + 2}: span overlaps furniture {frag!r}")
        if name == "attributions":
            cs = int(r["cue_start"])
            for teaser in INLINE_FURNITURE.get(r["doc_id"], []):
                ts = text.find(teaser)
                te = text.find("\n", ts)
                if ts >= 0 and ts <= cs < te:
                    bad(f"{name} row {i + 2}: cue in inline furniture")

# relative date arithmetic, recomputed from the span text and the anchor
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
for i, r in enumerate(tables["events"]):
    anchor = anchors.get(r["doc_id"])
    if anchor is None:
        continue
    low = r["text"].lower()
    d0, d1 = dt.date.fromisoformat(r["date_start"]), dt.date.fromisoformat(r["date_end"])
    where = f"events row {i + 2} ({r['text']!r})"
    for k, wd in enumerate(WEEKDAYS):
        if wd in low:
            if (r["doc_id"], r["text"]) in FORWARD:
                want = anchor + dt.timedelta(days=(k - anchor.weekday()) % 7 or 7)
            else:
                want = anchor - dt.timedelta(days=(anchor.weekday() - k) % 7)
            if (d0, d1) != (want, want) or r["relative"] != "true":
                bad(f"{where}: weekday resolves to {want}, got {d0}..{d1}")
    if "last week" in low:
        monday = anchor - dt.timedelta(days=anchor.weekday())
        want = (monday - dt.timedelta(days=7), monday - dt.timedelta(days=1))
        if (d0, d1) != want:
            bad(f"{where}: last week should be {want}")
    if "last month" in low or "this month" in low:
        first = anchor.replace(day=1)
        if "last month" in low:
            end = first - dt.timedelta(days=1)
            want = (end.replace(day=1), end)
        else:
            nxt = (first + dt.timedelta(days=32)).replace(day=1)
            want = (first, nxt - dt.timedelta(days=1))
        if "earlier this month" in low:
            want = (first, anchor - dt.timedelta(days=1))
        if (d0, d1) != want:
            bad(f"{where}: should be {want}")
    if low.strip() == "last year":
        y = anchor.year - 1
        if (d0, d1) != (dt.date(y, 1, 1), dt.date(y, 12, 31)):
            bad(f"{where}: last year should be {y}")
    if low.startswith("since") and (r["granularity"] != "open" or d1 != anchor):
        bad(f"{where}: 'since' rows are open intervals ending at the anchor")
    if not r["event"].strip():
        bad(f"{where}: empty event description")

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
