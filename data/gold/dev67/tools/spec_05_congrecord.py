# dev67_05_congrecord_senate: US Congressional Record, Senate, floor remarks and colloquy.
# Manifest date EMPTY; anchor 2025-04-09 (Wednesday) from the page's date line
# "[Congressional Record Volume 171, Number 63 (Wednesday, April 9, 2025)]".
# The GPO text is hard-wrapped at 72 columns: a space in a pattern matches any whitespace run (see build_gold.py),
# and the span kept in the CSV is the text as printed, newline included.
#
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])

D = "dev67_05_congrecord_senate"
US = "United States"
WIC, SHA = "Roger Wicker", "Jeanne Shaheen"

FIGURES = [
    ("some 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", WIC),
    ("more than 4,000 North Korean soldiers", 4000, None, "more_than", "soldier", "casualties", 4000, "count", "Pentagon"),
    ("about 3,000", 3000, None, "approximately", "soldier", "personnel", 3000, "count", "Defence Intelligence of Ukraine"),
    ("500,000-barrel", 500000, None, "exact", "barrel", "other", 500000, "count", WIC),
    ("millions of artillery shells", 1e6, None, "vague", "artillery shell", "weapons", 1e6, "count", WIC),
    ("more than 100 ballistic missiles", 100, None, "more_than", "ballistic missile", "weapons", 100, "count", WIC),
    ("28,500 American troops", 28500, None, "exact", "troop", "personnel", 28500, "count", WIC),
    ("as much as $20 billion", 20e9, None, "at_most", "", "money", 20e9, "USD", "South Korean officials"),
    ("$61 billion", 61e9, None, "exact", "", "money", 61e9, "USD", WIC),
]

ATTRIBUTIONS = [
    # speech turns; procedural turns (quorum call rescinded, yielding, "Will the Senator yield for a question?",
    # "I suggest the absence of a quorum", the PRESIDING OFFICER, the clerk) are not rows
    (("Mr. President, I rise to talk", "alongside our South Korean allies."), "ordered.\n  |Mr. WICKER|. Mr. President, I rise",
     "Mr. WICKER", WIC, "person", US, "direct"),
    (("I thank the chairman.", "Kim's weapons programs?"), "Hampshire.\n  |Mrs. SHAHEEN|. I thank", "Mrs. SHAHEEN", SHA,
     "person", US, "direct"),
    (("I agree with the Senator completely.", "I yield the floor."), "programs?\n  |Mr. WICKER|. I agree", "Mr. WICKER",
     WIC, "person", US, "direct"),
    # statements reported inside the turns
    ("more than 4,000 North Korean soldiers have been killed or wounded since they entered combat in December",
     "According to", "Pentagon", "Pentagon", "organisation", US, "according_to"),
    ("that about 3,000 more arrived as replacements in January and February", "reported",
     "Ukraine's military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
    ("North Korea is gaining the kind of combat experience that no other army in Asia has,", "he |told| the Armed", "he",
     "Samuel Paparo", "person", US, "direct"),
    ("It is learning to fight a drone war, and it is learning fast.", "he |told| the Armed", "he", "Samuel Paparo",
     "person", US, "direct"),
    ("This is not charity,", "charity,\" |said| one", "one of them, a senior defense official",
     "South Korean defense official", "group", "South Korea", "direct"),
    ("It is a payroll.", "charity,\" |said| one", "one of them, a senior defense official",
     "South Korean defense official", "group", "South Korea", "direct"),
    ("they believe Russia has agreed to pay Pyongyang partly in hard currency, as much as $20 billion over the life of "
     "the arrangement", "told me", "South Korean officials", "South Korean officials", "group", "South Korea", "indirect"),
    ("there are no North Korean troops on Russian soil", "says", "The Kremlin", "Kremlin", "government", "Russia",
     "indirect"),
]

EVENTS = [
    ("Last fall", "2024-09-01", "2024-11-30", "season", True, "Kim sent some 11,000 soldiers to help Russia in Kursk"),
    ("in December", "2024-12-01", "2024-12-31", "month", True, "North Korean soldiers entered combat"),
    ("in January and February", "2025-01-01", "2025-02-28", "month", True,
     "About 3,000 more North Korean soldiers arrived as replacements"),
    ("Since the summer of 2023", "2023-06-01", "2025-04-09", "open", True,
     "North Korea sent Russia millions of artillery shells and more than 100 ballistic missiles"),
    ("last week", "2025-03-31", "2025-04-06", "week", True,
     "Adm. Samuel Paparo told the Senate Armed Services Committee North Korea is gaining combat experience"),
    ("in February", "2025-02-01", "2025-02-28", "month", True, "Senator Shaheen visited Seoul; South Korean officials' briefing"),
    ("a year ago this month", "2024-04-01", "2024-04-30", "month", True, "Congress appropriated $61 billion for Ukraine"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
