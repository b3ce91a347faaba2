#!/usr/bin/env python3
"""Independent checks of the dev3 gold tables (re-reads the CSVs, recomputes nothing from build_gold.py)."""
import csv
import datetime as dt
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev3"
SEEDS = GOLD.parent / "seeds"

errors = []


def err(msg):
    errors.append(msg)


def read(path):
    with open(path, newline="", encoding="utf-8") as fh:
        r = csv.reader(fh)
        header = next(r)
        return header, [dict(zip(header, row)) for row in r]


manifest_h, manifest = read(CORPUS / "manifest.csv")
if manifest_h != ["doc_id", "published", "outlet", "url"]:
    err(f"manifest header {manifest_h}")
docs = {m["doc_id"]: open(CORPUS / f"{m['doc_id']}.txt", encoding="utf-8").read() for m in manifest}
if sorted(p.stem for p in CORPUS.glob("*.txt")) != sorted(docs):
    err("manifest and .txt files differ")
for m in manifest:
    if m["published"]:
        dt.date.fromisoformat(m["published"])

QUAL = {"exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range", "vague"}
CAT = {"personnel", "casualties", "weapons", "territory", "units", "money", "other"}
STYPE = {"person", "organisation", "government", "group", "media"}
AFF = {"Ukraine", "Russia", "North Korea", "South Korea", "United States", "Lithuania", "NATO", "EU", "West", "independent"}
KIND = {"direct", "indirect", "according_to"}
GRAN = {"day", "week", "month", "season", "year", "open"}
UNORM = {"count", "km2", "km", "USD", "KRW", "GBP"}

tables = {}
for name in ("figures", "attributions", "events"):
    seed_h, _ = read(SEEDS / f"{name}.csv")
    h, rows = read(GOLD / f"{name}.csv")
    if h != seed_h:
        err(f"{name}: header {h} != seed header {seed_h}")
    tables[name] = rows
    seen = set()
    for i, r in enumerate(rows):
        if r["doc_id"] not in docs:
            err(f"{name}[{i}] unknown doc {r['doc_id']}")
            continue
        t = docs[r["doc_id"]]
        s, e = int(r["start"]), int(r["end"])
        if not (0 <= s < e <= len(t)) or t[s:e] != r["text"]:
            err(f"{name}[{i}] span mismatch {r['doc_id']} {s}:{e} {t[s:e]!r} != {r['text']!r}")
        key = tuple(r.values())
        if key in seen:
            err(f"{name}[{i}] duplicate row")
        seen.add(key)

# figures
for i, r in enumerate(tables["figures"]):
    if r["qualifier"] not in QUAL: err(f"fig[{i}] qualifier {r['qualifier']}")
    if r["category"] not in CAT: err(f"fig[{i}] category {r['category']}")
    if r["unit_norm"] not in UNORM: err(f"fig[{i}] unit_norm {r['unit_norm']}")
    v = float(r["value"]); float(r["value_norm"])
    if r["qualifier"] == "range":
        if not r["value_high"] or float(r["value_high"]) <= v: err(f"fig[{i}] range without proper value_high")
    elif r["value_high"]:
        err(f"fig[{i}] value_high on non-range")
    if r["unit_norm"] == "count" and float(r["value_norm"]) != v: err(f"fig[{i}] count value_norm != value")
    if r["category"] == "money" and r["unit_norm"] not in {"USD", "KRW", "GBP"}: err(f"fig[{i}] money unit_norm")
    if r["category"] == "territory" and r["unit_norm"] not in {"km2", "km"}: err(f"fig[{i}] territory unit_norm")
    if r["unit"] != r["unit"].lower(): err(f"fig[{i}] unit not lower case")
# overlapping figure spans
byd = {}
for r in tables["figures"]:
    byd.setdefault(r["doc_id"], []).append((int(r["start"]), int(r["end"])))
for d, spans in byd.items():
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]: err(f"overlapping figures in {d}: {a} {b}")

# attributions
for i, r in enumerate(tables["attributions"]):
    t = docs[r["doc_id"]]
    cs, ce = int(r["cue_start"]), int(r["cue_end"])
    if t[cs:ce] != r["cue"]: err(f"att[{i}] cue mismatch {t[cs:ce]!r} != {r['cue']!r}")
    if not any(ch.isalnum() for ch in r["cue"]): err(f"att[{i}] cue without a word")
    if r["speaker_type"] not in STYPE: err(f"att[{i}] speaker_type {r['speaker_type']}")
    if r["affiliation"] not in AFF: err(f"att[{i}] affiliation {r['affiliation']}")
    if r["kind"] not in KIND: err(f"att[{i}] kind {r['kind']}")
    if not r["speaker"] or not r["speaker_canonical"]: err(f"att[{i}] empty speaker")
    s, e = int(r["start"]), int(r["end"])
    # direct content must sit between quotation marks
    if r["kind"] == "direct":
        before, after = t[s - 1], t[e]
        if before not in "\"“‘" or after not in "\"”’": err(f"att[{i}] direct content not bounded by quotes: {before!r} {after!r}")
    if r["kind"] == "according_to" and "ccording to" not in r["cue"]: err(f"att[{i}] according_to cue")
    # cue outside the content span unless the content is a whole clause that includes its own cue
    if s <= cs and ce <= e and r["kind"] != "indirect":
        err(f"att[{i}] cue inside non-indirect content")

# figure speaker == innermost attribution
atts = tables["attributions"]
for i, f in enumerate(tables["figures"]):
    fs, fe = int(f["start"]), int(f["end"])
    cont = [a for a in atts if a["doc_id"] == f["doc_id"] and int(a["start"]) <= fs and fe <= int(a["end"])]
    if not cont:
        want = ""
    else:
        size = min(int(a["end"]) - int(a["start"]) for a in cont)
        inner = {a["speaker_canonical"] for a in cont if int(a["end"]) - int(a["start"]) == size}
        if len(inner) > 1:
            err(f"fig[{i}] ambiguous innermost attribution {inner}")
        want = sorted(inner)[0]
    if f["speaker"] != want:
        err(f"fig[{i}] {f['text']!r} speaker {f['speaker']!r} != innermost {want!r}")

# events
for i, r in enumerate(tables["events"]):
    try:
        a, b = dt.date.fromisoformat(r["date_start"]), dt.date.fromisoformat(r["date_end"])
        if a > b: err(f"evt[{i}] date_start > date_end")
    except ValueError:
        err(f"evt[{i}] bad date")
    if r["granularity"] not in GRAN: err(f"evt[{i}] granularity {r['granularity']}")
    if r["relative"] not in ("true", "false"): err(f"evt[{i}] relative {r['relative']}")
    if not r["event"]: err(f"evt[{i}] empty event")

for name, rows in tables.items():
    per = {}
    for r in rows:
        per[r["doc_id"]] = per.get(r["doc_id"], 0) + 1
    print(f"{name:13s} {len(rows):4d}  " + "  ".join(f"{d[:7]}={n}" for d, n in sorted(per.items())))
if errors:
    print("\n".join(errors))
    print(f"{len(errors)} ERRORS")
    sys.exit(1)
print("all checks passed")
