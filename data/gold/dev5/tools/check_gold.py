#!/usr/bin/env python3
"""Independent checks of the dev5 gold tables (reads only the CSVs, the manifest and the texts).

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
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev5"
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


# dev5: one manifest row deliberately has an empty published field (a page with no date in the
# manifest).  Its anchor is the date line printed on the page itself; the line must occur in the text.
ANCHOR_FROM_TEXT = {
    "dev5_04_france24_pyongyang_confirms": ("2025-04-28", "Issued on: 28/04/2025 - 06:47"),
}

with open(CORPUS / "manifest.csv", encoding="utf-8", newline="") as fh:
    manifest = {r["doc_id"]: r for r in csv.DictReader(fh)}
if list(next(csv.reader(open(CORPUS / "manifest.csv", encoding="utf-8")))) != ["doc_id", "published", "outlet", "url"]:
    bad("manifest: columns must be doc_id,published,outlet,url")
texts = {p.stem: open(p, encoding="utf-8").read() for p in CORPUS.glob("*.txt")}
anchors = {}
for doc_id, r in manifest.items():
    if r["published"] == "" and doc_id in ANCHOR_FROM_TEXT:
        iso, line = ANCHOR_FROM_TEXT[doc_id]
        if line not in texts.get(doc_id, ""):
            bad(f"manifest: {doc_id} has no published date and its date line {line!r} is not in the text")
        anchors[doc_id] = dt.date.fromisoformat(iso)
        continue
    try:
        anchors[doc_id] = dt.date.fromisoformat(r["published"])
    except ValueError:
        bad(f"manifest: bad published date for {doc_id}: {r['published']!r}")
    if not r["url"].startswith("https://") or ".example" not in r["url"]:
        bad(f"manifest: url for {doc_id} should be an invented .example address")
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
            if not re.search(r"\w", r["cue"]):
                bad(f"{where}: cue {r['cue']!r} has no word character (the scorer would normalise it to nothing)")
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


# ---------------------------------------------------------------------------------------------
# dev5 traps.  FURNITURE: page furniture (whole lines or line parts) that no row of any table may
# overlap.  NOT_FIGURE / NOT_EVENT: body strings that no figure / event row may overlap.
# NOT_CUE: non-statements that no attribution cue may overlap.  Every listed string must occur.
FURNITURE = {
    "dev5_01_cnn_kursk_casualties": [
        "World / Asia", "By Helen Marsh, Oren Liebowitz and Jiyoon Kang, CNN", "4 minute read",
        "Updated 9:41 AM EST, Tue December 17, 2024",
        "North Korean soldiers take part in a drill at an undisclosed location in an image released by state media on April 25, 2023.",
        "KCNA/Reuters", "Washington and Seoul",
        "CNN’s Yoonjung Seo in Seoul and Svitlana Vlasova in Kyiv contributed to this report.",
        "Video: Ukraine says 30 North Korean soldiers killed or wounded in Kursk 2:14",
        "What we know about the 12,000 North Korean troops sent to Russia",
        "Sign up for CNN’s Meanwhile in China newsletter",
        "© 2024 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
        "CNN Sans ™ & © 2016 Cable News Network.",
    ],
    "dev5_02_nyt_captured_soldiers": [
        "Europe|Ukraine Says It Captured 2 North Korean Soldiers, a First in the War\n",
        "Listen to this article · 6:41 min Learn more", "Share full article\n143",
        "By Jin-woo Paik and Clara Vasquez-Lindqvist", "Jan. 13, 2025", "Updated 7:15 a.m. ET",
        "A version of this article appears in print on Jan. 14, 2025, Section A, Page 9 of the New York edition with the headline: Ukraine Says It Has Captured 2 Soldiers From North Korea.",
        "See more on: Volodymyr Zelensky, Kim Jong-un, Russian Invasion of Ukraine (2022)",
        "North Korean Troops Are Dying in Droves in Kursk, Ukraine Says", "Dec. 27, 2024",
    ],
    "dev5_03_wapo_sudzha_recapture": [
        "6 min\n210", "March 14, 2025 at 5:00 a.m. EDT",
        "Ukrainian soldiers fire a howitzer toward Russian positions in the Kursk region on March 3. (Oleksii Lutsenko/For The Washington Post)",
        "210 Comments", "Trump says Putin ‘wants to make a deal’ as envoy heads to Moscow",
        "Photos show 12 North Korean artillery systems destroyed in Kursk, Ukraine says",
        "delivered to your inbox Monday through Friday.",
    ],
    "dev5_04_france24_pyongyang_confirms": [
        "Issued on: 28/04/2025 - 06:47Modified: 28/04/2025 - 14:20", "3 min Reading time",
        "This picture taken on April 27, 2025 and released by North Korea's official Korean Central News Agency (KCNA) on April 28 shows North Korean soldiers at a ceremony in Pyongyang. © KCNA via KNS / AFP",
        "(FRANCE 24 with AFP and Reuters)",
        "Ukraine says it has captured two North Korean soldiers in Russia's Kursk region",
        "Seoul says 3,000 more North Korean troops sent to Russia",
    ],
    "dev5_05_dw_shoigu_sappers": [
        "06/18/2025June 18, 2025", "https://p.dw.com/p/4xK2L",
        "Russian Security Council Secretary Sergei Shoigu (left) met North Korean leader Kim Jong Un in Pyongyang on TuesdayImage: KCNA/REUTERS",
        "North Korea admits sending troops to Russia for first time",
        "North Korea confirmed on Monday that it had sent troops to help Russia retake the Kursk region. Kim Jong Un praised the soldiers as \"heroes.\"",
        "Conflicts04/28/2025April 28, 2025", "mk/sri (AFP, Reuters, Yonhap)",
    ],
    "dev5_06_kyivpost_nis_losses": [
        "Sep. 4, 2025 15:47", "Updated: Sep. 4, 2025 17:02", "4 min read",
        "North Korean leader Kim Jong Un attends a ceremony for soldiers who fought in Russia's Kursk region, in Pyongyang on Aug. 21, 2025. Photo: KCNA via AP",
        "READ ALSO: EXPLAINED: Why North Korea's 11th Corps Matters to Putin",
        "Join our Telegram channel, with more than 250,000 subscribers.",
        "EXCLUSIVE: Captured North Korean Soldier: \"We Were Told It Was Training\"",
        "Zelensky: 11,000 North Korean Troops Now in Kursk",
        "Support Kyiv Post – become a member from $4.99 a month", "Comments (3)", "© 2025 Kyiv Post. Founded in 1995.",
    ],
}
NOT_FIGURE = {
    "dev5_01_cnn_kursk_casualties": ["first weeks", "two days", "11th Army Corps", "in decades", "1953", "December 9", "2023"],
    "dev5_02_nyt_captured_soldiers": ["one with his jaw", "both hands", "prisoners, 26,", "who is 20,", "about a week", "first time", "2021"],
    "dev5_03_wapo_sudzha_recapture": ["30-day ceasefire", "just over seven months", "mid-February"],
    "dev5_04_france24_pyongyang_confirms": ["two days after", "June 2024", "first time"],
    "dev5_05_dw_shoigu_sappers": ["3.1%", "seven years", "in two weeks", "his second visit", "his third since March", "in 2017"],
    "dev5_06_kyivpost_nis_losses": ["71%", "roughly triple", "11th Corps, the North", "M1991", "KN-23", "Every month", "a month of combat", "August 21"],
}
NOT_EVENT = {
    "dev5_01_cnn_kursk_casualties": ["first weeks", "in two days", "in decades"],
    "dev5_02_nyt_captured_soldiers": ["about a week"],
    "dev5_03_wapo_sudzha_recapture": ["30-day", "just over seven months", "Now they have"],
    "dev5_04_france24_pyongyang_confirms": ["two days after", "would soon be built"],
    "dev5_05_dw_shoigu_sappers": ["in two weeks", "months-long", "in seven years"],
    "dev5_06_kyivpost_nis_losses": ["Every month", "a week;", "today, HUR"],
}
NOT_CUE = {
    "dev5_01_cnn_kursk_casualties": ["Kyiv did not say", "declined to comment", "did not respond", "could not be reached", "reportedly handing"],
    "dev5_02_nyt_captured_soldiers": ["no immediate response", "made no mention"],
    "dev5_03_wapo_sudzha_recapture": ["did not respond to a request for comment", "prompting speculation"],
    "dev5_04_france24_pyongyang_confirms": ["The statement did not say", "never disclosed", "are believed"],
    "dev5_05_dw_shoigu_sappers": ["Shoigu did not say", "made the announcement"],
    "dev5_06_kyivpost_nis_losses": ["did not give a timeline"],
}


def overlaps(rows, doc, s, e, start="start", end="end"):
    return [r for r in rows if r["doc_id"] == doc and int(r[start]) < e and s < int(r[end])]


for checks, names, cols in ((FURNITURE, ("figures", "attributions", "events"), ("start", "end")),
                            (NOT_FIGURE, ("figures",), ("start", "end")),
                            (NOT_EVENT, ("events",), ("start", "end")),
                            (NOT_CUE, ("attributions",), ("cue_start", "cue_end"))):
    for doc, strings in checks.items():
        text = texts.get(doc, "")
        for s_ in strings:
            hits = [m.start() for m in re.finditer(re.escape(s_), text)]
            if not hits:
                bad(f"trap list: {s_!r} not found in {doc}")
            for h in hits:
                for name in names:
                    for r in overlaps(tables[name], doc, h, h + len(s_), *cols):
                        bad(f"{name}: row {r['text'][:40]!r} overlaps trap/furniture {s_!r} in {doc}")

for name, rows in tables.items():
    print(f"{name}: {len(rows)} rows, docs {len({r['doc_id'] for r in rows})}")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("all checks passed")
