# dev88_01: Sky News live page ("Ukraine war latest"), published Tuesday 17 December 2024.
# Rows: figures (pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
#       attributions (pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
#       events (pattern, date_start, date_end, granularity, relative, event[, occ])
# A pattern "left|span|right" pins a span by its context.

US_OFF = "senior US military official"
DRONE_MEN = "Ukrainian drone unit soldiers"
HUR = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service (South Korea)"
ZEL = "Volodymyr Zelensky"

DOCS = {
    "dev88_01_skynews_live_losses": {
        "figures": [
            # sub-headline, key point, entry headline, entry body
            ("low hundreds", 100, None, "vague", "loss", "casualties", 100, "count", US_OFF, 1),
            ("low hundreds", 100, None, "vague", "loss", "casualties", 100, "count", US_OFF, 2),
            ("up to 200 North Koreans", 200, None, "at_most", "north korean", "casualties", 200, "count", "Ukraine"),
            ("three Kursk villages", 3, None, "exact", "village", "territory", 3, "count", "Ukraine"),
            ("£160m", 160000000, None, "exact", "", "money", 160000000, "GBP", "United Kingdom", 1),
            ("about 12 miles", 12, None, "approximately", "mile", "territory", 19.312128, "km", ""),
            ("20 to 30 soldiers", 20, 30, "range", "soldier", "personnel", 20, "count", DRONE_MEN),
            ("low hundreds", 100, None, "vague", "loss", "casualties", 100, "count", US_OFF, 3),
            ("low hundreds", 100, None, "vague", "casualty", "casualties", 100, "count", US_OFF, 4),
            ("Up to 200 North Koreans", 200, None, "at_most", "north korean", "casualties", 200, "count", "Ukraine"),
            ("near |three villages|, Kyiv says", 3, None, "exact", "village", "territory", 3, "count", "Ukraine"),
            ("up to 200 North Korean soldiers", 200, None, "at_most", "soldier", "casualties", 200, "count", HUR),
            ("as many as 3,000 more soldiers", 3000, None, "at_most", "soldier", "personnel", 3000, "count", ZEL),
            ("£160m", 160000000, None, "exact", "", "money", 160000000, "GBP", "United Kingdom", 2),
            ("£160m", 160000000, None, "exact", "", "money", 160000000, "GBP", "John Healey", 3),
            ("500 long-range drones", 500, None, "exact", "long-range drone", "weapons", 500, "count", "John Healey"),
            ("£3bn", 3000000000, None, "exact", "", "money", 3000000000, "GBP", "John Healey"),
            ("about 1,300 sq km", 1300, None, "approximately", "sq km", "territory", 1300, "km2", "Ukraine"),
            ("around 500 sq miles", 500, None, "approximately", "sq mile", "territory", 1294.994, "km2", "Ukraine"),
            ("some 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", NIS),
        ],
        "attributions": [
            # headline and sub-headline
            ("North Korean troops suffering 'heavy losses' in Kursk", "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("North Korean soldiers are being sent across open fields in waves", "say", "Ukrainian commanders",
             "Ukrainian commanders", "group", "Ukraine", "indirect"),
            ("a US official puts Pyongyang's losses in the \"low hundreds\"", "puts", "a US official", US_OFF, "group",
             "United States", "indirect"),
            # key points (summary bullets count as sentences)
            ("North Korean losses in 'low hundreds'", "says", "US official", US_OFF, "group", "United States", "indirect", 1),
            ("up to 200 North Koreans killed or wounded near three Kursk villages", "says", "Kyiv", "Ukraine", "government",
             "Ukraine", "indirect"),
            ("more North Korean troops and artillery are on their way", "warns", "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("UK announces £160m drone and air defence package", "announces", "UK", "United Kingdom", "government",
             "United Kingdom", "indirect", 1),
            # 16:38 Watch: piece to camera, with the soldiers' words nested inside
            ("The men here say the North Koreans arrive in groups of 20 to 30 soldiers, moving across open fields in daylight. "
             "They tell me the first wave is almost always cut down, and then the next one comes.",
             "he |said|: \"The men", "he", "Alistair Bunting", "person", "independent", "direct"),
            ("the North Koreans arrive in groups of 20 to 30 soldiers, moving across open fields in daylight", "say",
             "The men here", DRONE_MEN, "group", "Ukraine", "indirect"),
            ("the first wave is almost always cut down, and then the next one comes", "tell me", "They", DRONE_MEN, "group",
             "Ukraine", "indirect"),
            ("It is costly and brutal, but for now it is pinning Ukrainian units down,", "added", "he", "Alistair Bunting",
             "person", "independent", "direct"),
            # 15:44 Breaking
            ("North Korean losses in 'low hundreds'", "says", "US official", US_OFF, "group", "United States", "indirect", 2),
            ("North Korean troops fighting for Russia have suffered casualties in the \"low hundreds\" since they were thrown "
             "into assaults in Kursk earlier this month", "told reporters", "a senior US military official", US_OFF, "group",
             "United States", "indirect"),
            ("The figure includes both killed and wounded", "said", "the official", US_OFF, "group", "United States", "indirect"),
            ("that the troops had been used \"in ways that don't reflect any lessons from the last three years of this war\"",
             "adding", "the official", US_OFF, "group", "United States", "indirect"),
            # 14:52
            ("Up to 200 North Koreans killed or wounded near three villages", "says", "Kyiv", "Ukraine", "government", "Ukraine",
             "indirect"),
            ("up to 200 North Korean soldiers were killed or wounded over three days of fighting near the villages of Kremyanoye, "
             "Malaya Loknya and Orlovka", "says", "Ukraine's military intelligence agency, HUR", HUR, "organisation", "Ukraine",
             "indirect"),
            ("the North Korean units had been \"thrown forward without armour support\" and that Russian officers were filling "
             "the gaps with marines from the 155th Naval Infantry Brigade", "said", "the agency", HUR, "organisation", "Ukraine",
             "indirect"),
            # 13:49
            ("More North Korean troops and artillery on their way", "warns", "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("Pyongyang is preparing to send more soldiers and military equipment to Russia", "says", "Volodymyr Zelenskyy", ZEL,
             "person", "Ukraine", "indirect"),
            ("We are seeing preparations for the transfer of additional troops and artillery - possibly as many as 3,000 more "
             "soldiers in January,", "wrote", "he", ZEL, "person", "Ukraine", "direct"),
            ("the two leaders had agreed to \"step up\" the exchange of intelligence on North Korean forces", "said", "He", ZEL,
             "person", "Ukraine", "indirect"),
            # 12:31
            ("UK announces £160m drone and air defence package", "announces", "UK", "United Kingdom", "government",
             "United Kingdom", "indirect", 2),
            ("Defence Secretary John Healey has announced £160m of new military support for Ukraine, including 500 long-range "
             "drones", "announced", "Defence Secretary John Healey", "John Healey", "person", "United Kingdom", "indirect"),
            ("the package would come out of the UK's existing commitment of £3bn a year", "said", "he", "John Healey", "person",
             "United Kingdom", "indirect"),
            # 11:20 explainer
            ("claimed to control about 1,300 sq km (around 500 sq miles) of Russian territory", "claimed", "Ukraine", "Ukraine",
             "government", "Ukraine", "indirect"),
            ("that some 11,000 North Korean soldiers were sent to Russia in October and November, and that they have been "
             "fighting since the start of December", "estimates", "South Korea's National Intelligence Service", NIS,
             "organisation", "South Korea", "indirect"),
            # 09:58
            ("that military co-operation with Pyongyang was \"developing in line with our treaty\" and that questions about "
             "deployments should go to the defence ministry", "told journalists", "Kremlin spokesman Dmitry Peskov",
             "Dmitry Peskov", "person", "Russia", "indirect"),
        ],
        "events": [
            ("earlier this month", "2024-12-01", "2024-12-16", "month", True,
             "North Korean troops thrown into assaults in Kursk (casualties since then in the 'low hundreds', US official)"),
            ("on Monday", "2024-12-16", "2024-12-16", "day", True,
             "HUR statement on Telegram: North Korean units thrown forward without armour support"),
            ("in January", "2025-01-01", "2025-01-31", "month", True,
             "Possible transfer of as many as 3,000 more North Korean soldiers (Zelensky, looking ahead)"),
            ("on Tuesday morning", "2024-12-17", "2024-12-17", "day", True,
             "Zelensky wrote on X about more North Korean troops and artillery, after a call with Han Duck-soo"),
            ("on 6 August", "2024-08-06", "2024-08-06", "day", True,
             "Ukraine launched its surprise cross-border offensive into Russia's Kursk region"),
            ("in October and November", "2024-10-01", "2024-11-30", "month", True,
             "Some 11,000 North Korean soldiers sent to Russia (NIS estimate)"),
            ("since the start of December", "2024-12-01", "2024-12-17", "open", True,
             "North Korean soldiers fighting in Kursk (NIS estimate)"),
        ],
    },
}
