#!/usr/bin/env python3
"""Recall sweep: list every number, number word, date word and reporting verb in the texts that no
gold row covers, for a human to confirm each one is deliberately left out."""
import csv, re
from pathlib import Path
GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev68"
texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
cover = {n: {} for n in ("figures", "attributions", "events")}
for n in cover:
    for r in csv.DictReader(open(GOLD / f"{n}.csv", encoding="utf-8")):
        cover[n].setdefault(r["doc_id"], []).append((int(r["start"]), int(r["end"])))
        if n == "attributions":
            cover[n][r["doc_id"]].append((int(r["cue_start"]), int(r["cue_end"])))
NUM = r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|several)\b"
DATE = (r"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
        r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|"
        r"winter|spring|summer|autumn|fall|today|yesterday|tomorrow|weekend|later|earlier|since|until|\d{4})\b")
VERB = (r"\b(says?|said|saying|told|tells|stated?|states|according|reported|reports?|claimed|claims?|estimated?|estimates|"
        r"confirmed?|confirms|denied|deny|denies|warned|added|adding|noted|announced?|announces|assessed|assesses|"
        r"acknowledged|admitted|believes?|believed|expects?|expected|dismissed|called|declared?|declares|put|puts|"
        r"records?|recorded|verify|comment|wrote|described|quoted|cited|citing)\b")
for doc, t in sorted(texts.items()):
    print("=" * 20, doc)
    for label, pat, table in (("NUM", NUM, "figures"), ("DATE", DATE, "events"), ("VERB", VERB, "attributions")):
        for m in re.finditer(pat, t, flags=re.I if label != "NUM" else re.I):
            s, e = m.span()
            if any(a <= s and e <= b for a, b in cover[table].get(doc, [])):
                continue
            c = t[max(0, s - 35):e + 35].replace("\n", "⏎")
            print(f"  {label:4s} {m.group(0)!r:14s} …{c}…")
