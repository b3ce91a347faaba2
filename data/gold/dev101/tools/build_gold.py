#!/usr/bin/env python3
"""Build the dev101 gold tables from the annotation specs (spec_*.py).

Every span is located by exact substring search in the document text as read with
open(path, encoding="utf-8").read().  A span string "left|span|right" is searched as the
unique occurrence of left+span+right and the span part is taken.  A plain string must occur
exactly once (as a whole-word match) unless an occurrence number is given.  Cues are searched
as whole words; the occurrence closest to the content span is taken (an occurrence inside the
content counts as distance 0, which is what whole-clause attributions need).

Run:  python build_gold.py          (writes ../figures.csv, ../attributions.csv, ../events.csv)
"""
import csv
import importlib.util
import re
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
GOLD = TOOLS.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev101"

FIG_COLS = ["doc_id", "start", "end", "text", "value", "value_high", "qualifier", "unit", "category",
            "value_norm", "unit_norm", "speaker"]
ATT_COLS = ["doc_id", "start", "end", "text", "cue", "cue_start", "cue_end", "speaker", "speaker_canonical",
            "speaker_type", "affiliation", "kind"]
EVT_COLS = ["doc_id", "start", "end", "text", "date_start", "date_end", "granularity", "relative", "event"]


def load_specs():
    docs = {}
    for path in sorted(TOOLS.glob("spec_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for k, v in mod.DOCS.items():
            assert k not in docs, k
            docs[k] = v
    return docs


def word_re(s):
    pre = r"(?<!\w)" if re.match(r"\w", s[0]) else ""
    post = r"(?!\w)" if re.match(r"\w", s[-1]) else ""
    return re.compile(pre + re.escape(s) + post)


def locate(text, pattern, occ=None, doc=""):
    """Return (start, end) of the span described by pattern."""
    if "|" in pattern:
        left, span, right = pattern.split("|")
        full = left + span + right
        hits = [m.start() for m in re.finditer(re.escape(full), text)]
        if len(hits) != 1:
            sys.exit(f"{doc}: context {pattern!r} found {len(hits)} times")
        s = hits[0] + len(left)
        return s, s + len(span)
    hits = [m.start() for m in word_re(pattern).finditer(text)]
    if occ is None:
        if len(hits) != 1:
            sys.exit(f"{doc}: {pattern!r} found {len(hits)} times; give context or an occurrence")
        s = hits[0]
    else:
        if len(hits) < occ:
            sys.exit(f"{doc}: {pattern!r} occurrence {occ} not found")
        s = hits[occ - 1]
    return s, s + len(pattern)


def locate_cue(text, cue, start, end, doc=""):
    if "|" in cue:
        return locate(text, cue, doc=doc)
    best = None
    for m in word_re(cue).finditer(text):
        cs, ce = m.start(), m.end()
        if cs >= start and ce <= end:
            dist = 0
        elif ce <= start:
            dist = start - ce
        elif cs >= end:
            dist = cs - end
        else:
            continue  # straddles the content boundary
        if best is None or dist < best[0]:
            best = (dist, cs, ce)
    if best is None:
        sys.exit(f"{doc}: cue {cue!r} not found")
    return best[1], best[2]


def fnum(x):
    return "" if x is None or x == "" else repr(float(x))


def main():
    docs = load_specs()
    figs, atts, evts = [], [], []
    for doc_id, spec in docs.items():
        text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
        with open(CORPUS / f"{doc_id}.txt", encoding="utf-8") as fh:
            assert fh.read() == text
        for row in spec["figures"]:
            pat, value, high, qual, unit, cat, vnorm, unorm, speaker = row[:9]
            occ = row[9] if len(row) > 9 else None
            s, e = locate(text, pat, occ, doc_id)
            figs.append(dict(doc_id=doc_id, start=s, end=e, text=text[s:e], value=fnum(value), value_high=fnum(high),
                             qualifier=qual, unit=unit, category=cat, value_norm=fnum(vnorm), unit_norm=unorm,
                             speaker=speaker))
        for row in spec["attributions"]:
            pat, cue, speaker, canon, stype, aff, kind = row[:7]
            occ = row[7] if len(row) > 7 else None
            s, e = locate(text, pat, occ, doc_id)
            cs, ce = locate_cue(text, cue, s, e, doc_id)
            atts.append(dict(doc_id=doc_id, start=s, end=e, text=text[s:e], cue=text[cs:ce], cue_start=cs, cue_end=ce,
                             speaker=speaker, speaker_canonical=canon, speaker_type=stype, affiliation=aff, kind=kind))
        for row in spec["events"]:
            pat, ds, de, gran, rel, event = row[:6]
            occ = row[6] if len(row) > 6 else None
            s, e = locate(text, pat, occ, doc_id)
            evts.append(dict(doc_id=doc_id, start=s, end=e, text=text[s:e], date_start=ds, date_end=de,
                             granularity=gran, relative="true" if rel else "false", event=event))
    for name, rows, cols in (("figures", figs, FIG_COLS), ("attributions", atts, ATT_COLS), ("events", evts, EVT_COLS)):
        rows.sort(key=lambda r: (r["doc_id"], r["start"], r["end"], r.get("speaker_canonical", "")))
        with open(GOLD / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        print(f"{name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
