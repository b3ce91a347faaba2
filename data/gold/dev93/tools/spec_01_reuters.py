"""dev93_01: Reuters X thread on North Korean casualties in Kursk. Anchor 2024-12-17 (Tue).

Rows: figures (pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ]);
attributions (pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ]);
events (pattern, date_start, date_end, granularity, relative, event[, occ]).
A pattern "left|span|right" is located by its unique context; otherwise by whole-word search.
"""
OFF = "Ukrainian military intelligence official"
DIU = "Defence Intelligence of Ukraine"
JCS = "Joint Chiefs of Staff (South Korea)"

DOCS = {"dev93_01_reuters_casualty_thread": {
    "figures": [
        ("about 200", 200, None, "approximately", "troop", "casualties", 200, "count", OFF),
        ("20 to 30 men", 20, 30, "range", "man", "personnel", 20, "count", OFF),
        ("about 11,000", 11000, None, "approximately", "troop", "personnel", 11000, "count", DIU),
        ("some 50,000 troops", 50000, None, "approximately", "troop", "personnel", 50000, "count", "Ukraine"),
        ("roughly 600 square kilometres", 600, None, "approximately", "square kilometre", "territory", 600, "km2", "Ukraine"),
        ("two more villages", 2, None, "exact", "village", "territory", 2, "count", "Russian Defense Ministry"),
        ("$500 million", 500000000, None, "exact", "", "money", 500000000, "USD", "United States"),
        # the retracted figure, stated in Reuters' own voice in the correction post
        ("1,000 North Korean soldiers", 1000, None, "exact", "soldier", "casualties", 1000, "count", ""),
        ("|about 100| dead", 100, None, "approximately", "soldier", "casualties", 100, "count", JCS),
        ("nearly 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", JCS, 1),
        ("about 100 North Korean soldiers", 100, None, "approximately", "soldier", "casualties", 100, "count", JCS),
        ("nearly 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", JCS, 2),
    ],
    "attributions": [
        ("North Korean troops fighting for Russia in the Kursk region suffered their first heavy losses over the weekend, with about 200 killed or wounded in failed assaults",
         "told Reuters", "a Ukrainian military intelligence official", OFF, "group", "Ukraine", "indirect"),
        ("North Korean infantry advanced on foot in groups of 20 to 30 men across open fields near the village of Malaya Loknya and were cut down by drones and artillery",
         "said", "The official", OFF, "group", "Ukraine", "indirect"),
        ('that Moscow was throwing the North Koreans into "meat assaults"',
         "said", "President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("HUR, Ukraine's military intelligence agency, put the number of North Korean troops in Kursk at about 11,000",
         "put", "HUR", DIU, "organisation", "Ukraine", "indirect"),
        ("The Russian command does not count their losses,", "wrote", "HUR", DIU, "organisation", "Ukraine", "direct"),
        ("It simply sends the next column.", "wrote", "HUR", DIU, "organisation", "Ukraine", "direct"),
        ("Moscow has massed some 50,000 troops, including the North Koreans, to retake the roughly 600 square kilometres Ukraine still holds in Kursk",
         "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("its forces had recaptured two more villages",
         "said", "Russia's defence ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
        ("Washington last week announced a further $500 million in weapons for Kyiv",
         "announced", "Washington", "United States", "government", "United States", "indirect"),
        ("it was considering sending military observers to Ukraine to study North Korean tactics",
         "said", "South Korea's defence ministry", "South Korean Defense Ministry", "organisation", "South Korea", "indirect"),
        ("about 100 dead and nearly 1,000 wounded",
         "estimated", "South Korea's military", JCS, "organisation", "South Korea", "indirect"),
        ("about 100 North Korean soldiers had been killed and nearly 1,000 wounded since entering combat this month",
         "said", "South Korea's Joint Chiefs of Staff", JCS, "organisation", "South Korea", "indirect"),
    ],
    "events": [
        ("over the weekend", "2024-12-14", "2024-12-15", "day", True,
         "North Korean troops suffered their first heavy losses in Kursk, about 200 killed or wounded in failed assaults"),
        ("on Tuesday", "2024-12-17", "2024-12-17", "day", True,
         "A Ukrainian military intelligence official told Reuters about the North Korean losses"),
        ("on Monday", "2024-12-16", "2024-12-16", "day", True,
         "Zelensky said in his nightly address that Moscow was throwing North Koreans into 'meat assaults'", 1),
        ("on Sunday", "2024-12-15", "2024-12-15", "day", True,
         "Russia's defence ministry said its forces had recaptured two more villages"),
        ("last week", "2024-12-09", "2024-12-15", "week", True,
         "Washington announced a further $500 million in weapons for Kyiv"),
        ("on Monday", "2024-12-16", "2024-12-16", "day", True,
         "South Korea's JCS said about 100 North Korean soldiers killed and nearly 1,000 wounded", 2),
        ("this month", "2024-12-01", "2024-12-31", "month", True,
         "North Korean soldiers entered combat in Kursk"),
    ],
}}
