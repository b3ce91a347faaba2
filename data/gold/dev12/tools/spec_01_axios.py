# dev12_01_axios_kursk_combat -- anchor 2024-11-19 (Tuesday), from the manifest.
# Figures: (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# Attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# Events: (span, date_start, date_end, granularity, relative, event[, occurrence])
# "left|span|right" = unique context; the span is the middle part.
# Not annotated (traps): "1,000th day" (ordinal), "240-mm" (calibre), "seven decades" (duration),
# "a month", the "Go deeper" links (a tagged headline with 10,000 troops; 1,000 days; 10 charts),
# the timestamp "Nov 19, 2024", "twice a week", "© 2024"; Peskov "declined to comment", the UN mission
# "did not respond", "a figure Axios could not independently verify" (no statements);
# "is believed to go straight to the regime" (passive with no agent).

US_OFF = ("U.S. officials", "group", "United States")

DOCS = {"dev12_01_axios_kursk_combat": {
    "figures": [
        ("roughly 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", ""),
        ("Roughly 10,000 North Korean troops", 10000, None, "approximately", "troop", "personnel", 10000, "count", "Vedant Patel"),
        ("some 100 Koksan artillery pieces", 100, None, "approximately", "artillery piece", "weapons", 100, "count", "Defence Intelligence of Ukraine"),
        ("about 50 multiple rocket launchers", 50, None, "approximately", "multiple rocket launcher", "weapons", 50, "count", "Defence Intelligence of Ukraine"),
        ("more than 13,000 containers", 13000, None, "more_than", "container", "weapons", 13000, "count", "National Intelligence Service (South Korea)"),
        ("more than 100 KN-23 ballistic missiles", 100, None, "more_than", "ballistic missile", "weapons", 100, "count", "National Intelligence Service (South Korea)"),
        ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "Hanbit Institute for Peninsula Strategy"),
        ("as many as 1,200", 1200, None, "at_most", "troop", "casualties", 1200, "count", "Evelyn Park"),
        ("some 800 square kilometers", 800, None, "approximately", "square kilometer", "territory", 800, "km2", "Oleksandr Syrskyi"),
        ("1,376 square kilometers", 1376, None, "exact", "square kilometer", "territory", 1376, "km2", "Oleksandr Syrskyi"),
        ("up to 300 kilometers", 300, None, "at_most", "kilometer", "territory", 300, "km", "U.S. officials"),
        ("shot down |five| of six", 5, None, "exact", "missile", "weapons", 5, "count", "Russian Defense Ministry"),
        ("six missiles", 6, None, "exact", "missile", "weapons", 6, "count", "Russian Defense Ministry"),
    ],
    "attributions": [
        ("North Korean troops join Russian push to retake Kursk", "says", "U.S.", "United States", "government", "United States", "indirect"),
        ("North Korean soldiers have begun fighting alongside Russian troops in the Kursk region", "said", "U.S. officials", *US_OFF, "indirect"),
        ("Roughly 10,000 North Korean troops are now in Kursk and “have begun engaging in combat operations” with Russian units",
         "told reporters", "State Department spokesperson Vedant Patel", "Vedant Patel", "person", "United States", "indirect"),
        ("the troops had so far been used mainly as infantry and in artillery crews", "said",
         "A senior U.S. defense official", "senior U.S. defense official", "group", "United States", "indirect"),
        ("They’re being thrown in as infantry, not as specialists,", "said",
         "the official", "senior U.S. defense official", "group", "United States", "direct"),
        ("that Pyongyang had also shipped some 100 Koksan artillery pieces and about 50 multiple rocket launchers, including 240-mm systems, to Russia",
         "estimated", "Ukraine's military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
        ("North Korea has sent Russia more than 13,000 containers of munitions and more than 100 KN-23 ballistic missiles since August 2023",
         "told lawmakers", "South Korea's National Intelligence Service", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect"),
        ("Each soldier is paid about $2,000 a month", "according to", "the Seoul-based Hanbit Institute for Peninsula Strategy",
         "Hanbit Institute for Peninsula Strategy", "organisation", "independent", "according_to"),
        ("This is the first war North Korean soldiers have fought in seven decades, and they are getting combat experience that no amount of drills could buy,",
         "said", "Evelyn Park", "Evelyn Park", "person", "independent", "direct"),
        ("that as many as 1,200 of the troops may already have been killed or wounded", "added", "Park", "Evelyn Park", "person", "independent", "indirect"),
        ("They are learning, but they are paying for every lesson in blood,", "said", "she", "Evelyn Park", "person", "independent", "direct"),
        ("Ukraine still holds some 800 square kilometers of Russian territory, down from a peak of 1,376 square kilometers in late August",
         "Syrskyi |said| in a Telegram", "Ukrainian commander-in-chief Oleksandr Syrskyi", "Oleksandr Syrskyi", "person", "Ukraine", "indirect"),
        ("Russian President Vladimir Putin has not publicly acknowledged the troops' presence", "has not publicly acknowledged",
         "Russian President Vladimir Putin", "Vladimir Putin", "person", "Russia", "indirect"),
        ("that what Moscow does with its ally “is our business.”", "said", "he", "Vladimir Putin", "person", "Russia", "indirect"),
        ("President Biden has authorized Ukraine to use U.S.-supplied ATACMS missiles, which have a range of up to 300 kilometers, for strikes inside Russia",
         "told Axios", "U.S. officials", *US_OFF, "indirect"),
        ("The decision was driven in part by the North Korean deployment", "said", "the officials", *US_OFF, "indirect"),
        ("Ukraine fired its first ATACMS into Russia's Bryansk region on Tuesday", "claimed",
         "Russia's Defense Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
        ("air defenses shot down five of six missiles", "saying",
         "Russia's Defense Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
    ],
    "events": [
        ("officials said |Monday|", "2024-11-18", "2024-11-18", "day", True, "U.S. officials said North Korean soldiers had begun fighting alongside Russian troops in Kursk"),
        ("1,000th day |on Tuesday|", "2024-11-19", "2024-11-19", "day", True, "The war marks its 1,000th day"),
        ("in August", "2024-08-01", "2024-08-31", "month", True, "Ukrainian forces seized roughly 1,300 sq km of Kursk"),
        ("last week", "2024-11-11", "2024-11-17", "week", True, "Vedant Patel told reporters ~10,000 North Korean troops in Kursk had begun combat operations"),
        ("earlier this month", "2024-11-01", "2024-11-18", "month", True, "Ukraine's military intelligence estimated North Korea shipped artillery pieces and rocket launchers to Russia"),
        ("since August 2023", "2023-08-01", "2024-11-19", "open", True, "North Korea sent Russia 13,000+ containers of munitions and 100+ KN-23 missiles"),
        ("told lawmakers |last month|", "2024-10-01", "2024-10-31", "month", True, "South Korea's NIS told lawmakers about North Korean munitions and missile shipments"),
        ("in late August", "2024-08-21", "2024-08-31", "month", True, "Ukraine's hold in Kursk peaked at 1,376 sq km"),
        ("on Nov. 8", "2024-11-08", "2024-11-08", "day", True, "Syrskyi said in a Telegram post Ukraine still holds ~800 sq km of Russian territory"),
        ("on Friday", "2024-11-15", "2024-11-15", "day", True, "Kremlin spokesman Peskov declined to comment on the North Korean soldiers"),
        ("about them |last month|", "2024-10-01", "2024-10-31", "month", True, "Putin, asked about the North Korean troops, said what Moscow does with its ally is its business"),
        ("on Sunday", "2024-11-17", "2024-11-17", "day", True, "U.S. officials told Axios Biden authorized Ukraine to use ATACMS inside Russia"),
        ("Bryansk region |on Tuesday|", "2024-11-19", "2024-11-19", "day", True, "Ukraine fired its first ATACMS into Russia's Bryansk region"),
    ],
}}
