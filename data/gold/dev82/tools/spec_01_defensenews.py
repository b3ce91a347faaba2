"""dev82_01_defensenews_shells: Defense News, Land section. Anchor 2024-11-20 (Wed, manifest)."""
D = "dev82_01_defensenews_shells"
BUSH = "Doug Bush"
NIS = "National Intelligence Service (South Korea)"
GD = "General Dynamics Ordnance and Tactical Systems"
ML = "Mara Lindqvist"

FIGURES = [
    # (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
    ("shell output climbs to |40,000| a month", 40000, None, "exact", "shell", "weapons", 40000, "count", ""),
    ("100,000 rounds", 100000, None, "exact", "round", "weapons", 100000, "count", ""),
    ("roughly 40,000 155mm artillery rounds", 40000, None, "approximately", "artillery round", "weapons", 40000, "count", BUSH),
    ("expects to reach |100,000| by the end of 2025", 100000, None, "exact", "artillery round", "weapons", 100000, "count", BUSH),
    ("millions of shells", 1000000, None, "vague", "shell", "weapons", 1000000, "count", ""),
    ("about 14,000 rounds", 14000, None, "approximately", "round", "weapons", 14000, "count", BUSH),
    ("30,000 projectile bodies", 30000, None, "exact", "projectile body", "weapons", 30000, "count", GD),
    ("about $5 billion", 5e9, None, "approximately", "", "money", 5e9, "USD", "U.S. Army"),
    ("$3.1 billion", 3.1e9, None, "exact", "", "money", 3.1e9, "USD", ""),
    ("more than 13,000 containers", 13000, None, "more_than", "container", "weapons", 13000, "count", NIS),
    ("upward of 8 million shells", 8e6, None, "more_than", "shell", "weapons", 8e6, "count", NIS),
    ("about 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
    ("about 800 square kilometers", 800, None, "approximately", "square kilometer", "territory", 800, "km2", "Ukrainian commanders"),
    ("roughly 1,300", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", "Ukrainian commanders"),
    ("some 10,000 shells", 10000, None, "approximately", "shell", "weapons", 10000, "count", ML),
    ("2,000 to 3,000", 2000, 3000, "range", "shell", "weapons", 2000, "count", ML),
    ("about $8,000", 8000, None, "approximately", "", "money", 8000, "USD", ML),
    ("roughly $2,000", 2000, None, "approximately", "", "money", 2000, "USD", ML),
]

ATTRIBUTIONS = [
    # (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
    ("The U.S. Army is now producing roughly 40,000 155mm artillery rounds a month and expects to reach 100,000 by the end of 2025",
     "said", "its top acquisition official", BUSH, "person", "United States", "indirect"),
    ('that output had "more than doubled" since February 2023, when the service was making about 14,000 rounds a month',
     "told reporters", "Doug Bush", BUSH, "person", "United States", "indirect"),
    ("We are on the ramp we said we would be on,", '," Bush |said|. "The next', "Bush", BUSH, "person", "United States", "direct"),
    ("The next step is the Mesquite plant coming online, and that's where the big jump happens.", '," Bush |said|. "The next',
     "Bush", BUSH, "person", "United States", "direct"),
    ("Once at full rate it will add 30,000 projectile bodies a month", "according to", "the company", GD,
     "organisation", "independent", "according_to"),
    ("The Army has put about $5 billion into the munitions industrial base since Russia's full-scale invasion of Ukraine in February 2022",
     "show", "service figures", "U.S. Army", "organisation", "United States", "indirect"),
    ("that North Korea had sent Russia more than 13,000 containers of munitions since August 2023 — enough, by the agency's count, for upward of 8 million shells",
     "told lawmakers", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("about 11,000 North Korean troops were now deployed in Russia's Kursk region, where Ukrainian forces have held ground since crossing the border in August",
     "said", "The NIS", NIS, "organisation", "South Korea", "indirect"),
    ("that pocket has shrunk to about 800 square kilometers from a peak of roughly 1,300", "say", "Ukrainian commanders",
     "Ukrainian commanders", "group", "Ukraine", "indirect"),
    ("dud rates as high as 20%", "complained of", "Ukrainian gunners", "Ukrainian gunners", "group", "Ukraine", "indirect"),
    ('that "every second crate" had to be checked by hand before use', "wrote", "one Russian military blogger",
     "Russian military blogger", "group", "Russia", "indirect"),
    ("Quality aside, it's volume that matters on that front,", "said", "Mara Lindqvist", ML, "person", "independent", "direct"),
    ("that Russian forces were firing some 10,000 shells a day across Kursk and Donetsk this autumn, against 2,000 to 3,000 for Ukraine",
     "estimated", "She", ML, "person", "independent", "indirect"),
    ("Lindqvist put the cost of a new 155mm round for the U.S. Army at about $8,000, up from roughly $2,000 before the war in Ukraine",
     "put", "Lindqvist", ML, "person", "independent", "indirect"),
    ("The Army did not dispute those numbers", "did not dispute", "The Army", "U.S. Army", "organisation", "United States", "indirect"),
]

EVENTS = [
    # (span, date_start, date_end, granularity, relative, event[, occurrence])
    ("official said |Tuesday|,", "2024-11-19", "2024-11-19", "day", True,
     "Doug Bush said the Army makes about 40,000 155mm rounds a month and expects 100,000 a month by end-2025"),
    ("by the end of 2025", "2025-12-31", "2025-12-31", "day", False, "Army target date for 100,000 155mm rounds a month"),
    ("since February 2023", "2023-02-01", "2024-11-20", "open", True,
     "Army 155mm output more than doubled from about 14,000 rounds a month"),
    ("next spring", "2025-03-01", "2025-05-31", "season", True, "General Dynamics OTS due to open its Mesquite, Texas, plant"),
    ("in February 2022", "2022-02-01", "2022-02-28", "month", False, "Russia's full-scale invasion of Ukraine"),
    ("in April", "2024-04-01", "2024-04-30", "month", True, "Congress passed the supplemental spending bill adding $3.1 billion"),
    ("last week", "2024-11-11", "2024-11-17", "week", True,
     "NIS told lawmakers North Korea had sent Russia more than 13,000 containers of munitions"),
    ("since August 2023", "2023-08-01", "2024-11-20", "open", True, "North Korea sending containers of munitions to Russia"),
    ("in August", "2024-08-01", "2024-08-31", "month", True, "Ukrainian forces crossed the border into Russia's Kursk region"),
    ("in October", "2024-10-01", "2024-10-31", "month", True,
     "A Russian military blogger wrote that every second crate of North Korean shells had to be checked by hand"),
    ("this autumn", "2024-09-01", "2024-11-30", "season", True,
     "Russian forces fired some 10,000 shells a day across Kursk and Donetsk, Ukraine 2,000 to 3,000"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
