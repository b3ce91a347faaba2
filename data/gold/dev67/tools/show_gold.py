#!/usr/bin/env python3
"""Print every gold row in context for reading: cues with 30 characters either side,
figure and event spans with 40 characters either side, attribution content (head ... tail).

Run:  python show_gold.py [doc_id-prefix]
"""
import csv
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev67"
pref = sys.argv[1] if len(sys.argv) > 1 else ""


def ctx(text, s, e, n):
    return (text[max(0, s - n):s] + "[[" + text[s:e] + "]]" + text[e:e + n]).replace("\n", "⏎")


def rows(name):
    with open(GOLD / f"{name}.csv", encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r["doc_id"].startswith(pref)]


texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
print("== FIGURES")
for r in rows("figures"):
    t = texts[r["doc_id"]]
    print(f'{r["doc_id"][6:8]} {ctx(t, int(r["start"]), int(r["end"]), 40)}\n     v={r["value"]} hi={r["value_high"]} q={r["qualifier"]} '
          f'u={r["unit"]} c={r["category"]} n={r["value_norm"]} {r["unit_norm"]} spk={r["speaker"]}')
print("== ATTRIBUTIONS")
for r in rows("attributions"):
    t = texts[r["doc_id"]]
    body = r["text"].replace("\n", "⏎")
    if len(body) > 130:
        body = body[:60] + " ... " + body[-60:]
    print(f'{r["doc_id"][6:8]} CUE {ctx(t, int(r["cue_start"]), int(r["cue_end"]), 30)}\n     <{body}>\n'
          f'     spk={r["speaker"]} | {r["speaker_canonical"]} | {r["speaker_type"]} | {r["affiliation"]} | {r["kind"]}')
print("== EVENTS")
for r in rows("events"):
    t = texts[r["doc_id"]]
    print(f'{r["doc_id"][6:8]} {ctx(t, int(r["start"]), int(r["end"]), 40)}\n     {r["date_start"]}..{r["date_end"]} '
          f'{r["granularity"]} rel={r["relative"]} : {r["event"]}')
