#!/usr/bin/env python3
"""Recall sweep for the annotator: list every digit group, number word and temporal keyword in the
texts, marking whether a gold figure / event row covers it (+) or not (-). Uncovered items are then
read one by one and either annotated or left out as traps/furniture."""
import csv, re
from pathlib import Path
GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev59"
rows = {n: list(csv.DictReader(open(GOLD / f"{n}.csv", encoding="utf-8"))) for n in ("figures", "events")}
NUMW = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|several"
TEMP = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
        r"september|october|november|december|jan\.|feb\.|week|weekend|month|year|autumn|spring|summer|winter|today|yesterday|"
        r"earlier|since|until|through|mid-\w+")
for p in sorted(CORPUS.glob("*.txt")):
    t = p.read_text(encoding="utf-8"); d = p.stem
    print("=====", d)
    for name, rx in (("figures", r"\d[\d,.]*|\b(?:%s)\b" % NUMW), ("events", r"\b(?:%s)\b" % TEMP)):
        spans = [(int(r["start"]), int(r["end"])) for r in rows[name] if r["doc_id"] == d]
        for m in re.finditer(rx, t, flags=re.I):
            cov = any(s <= m.start() < e for s, e in spans)
            if not cov:
                print(f"  {name[:3]} - {t[max(0, m.start()-35):m.end()+25]!r}".replace("\\n", " / "))
