"""dev96_01: NPR Morning Edition transcript, 2024-12-19 (Thu).

Rows: figures (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ]);
attributions (span, cue, speaker, canonical, type, affiliation, kind[, occ]);
events (span, date_start, date_end, granularity, relative, event[, occ]).
A span "left|span|right" is located by its unique context.
"""
D = "dev96_01_npr_kursk_losses"
HUR = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service (South Korea)"
ZEL = "Volodymyr Zelensky"

DOCS = {D: {
    "figures": [
        ("dozens of men", 24, None, "vague", "man", "casualties", 24, "count", "Ukraine"),
        ("three villages", 3, None, "exact", "village", "territory", 3, "count", HUR),
        ("at least 50", 50, None, "at_least", "soldier", "casualties", 50, "count", HUR),
        ("about 10 miles", 10, None, "approximately", "mile", "territory", 16.09344, "km", ""),
        ("20 or 30 men", 20, 30, "range", "man", "personnel", 20, "count", "Graf"),
        ("more than 40 bodies", 40, None, "more_than", "body", "casualties", 40, "count", "Graf"),
        ("some 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "Ukraine"),
        ("hundreds of millions of dollars", 100000000, None, "vague", "dollar", "money", 100000000, "USD", "Seo Jin-ah"),
        ("at least 140 North Korean soldiers", 140, None, "at_least", "soldier", "casualties", 140, "count", NIS),
        ("nearly 900", 900, None, "approximately", "soldier", "casualties", 900, "count", NIS),
        ("two more villages", 2, None, "exact", "village", "territory", 2, "count", "Russian Defense Ministry"),
    ],
    "attributions": [
        # headline and standfirst
        ("North Korean troops are taking heavy losses in Russia's Kursk region", "says",
         "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
        ("North Korean soldiers sent to help Russia have joined infantry assaults in Kursk and lost dozens of men in a matter of days",
         "says", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
        # host
        ("it has killed North Korean soldiers in battle", "says", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
        ("troops sent by Pyongyang are now being thrown into infantry assaults in Russia's Kursk region", "says",
         "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        # correspondent
        ("North Korean units attacked near three villages in Kursk on Saturday and Sunday, and that at least 50 of them were killed or wounded",
         "says", "Ukraine's military intelligence agency", HUR, "organisation", "Ukraine", "indirect"),
        ("that Russia was folding the North Koreans into combined units with its own paratroopers", "said",
         "President Volodymyr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
        ('Moscow was throwing them into battle, quote, "like cannon fodder,"', "said",
         "He", ZEL, "person", "Ukraine", "indirect"),
        ("that Pyongyang could send more", "warned", "he", ZEL, "person", "Ukraine", "indirect"),
        ("his team first saw the North Koreans up close on Saturday morning", "says",
         "he", "Graf", "person", "Ukraine", "indirect"),
        ("They came across open fields in groups of 20 or 30 men, no armor, no cover. We counted more than 40 bodies after the first attack. They don't run from the drones. They just keep walking.",
         "GRAF:", "GRAF", "Graf", "person", "Ukraine", "direct"),
        ("Russia now has some 11,000 North Korean troops in the Kursk region", "says",
         "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
        ("Moscow has never confirmed that the soldiers are there at all", "has never confirmed",
         "Moscow", "Russia", "government", "Russia", "indirect"),
        ("not a decisive one, at least not yet", "say", "Analysts I've talked to", "analysts", "group", "independent", "indirect"),
        ("These are young men who have never seen combat, and they are learning the hard way. But Pyongyang is getting paid - some estimates put it at hundreds of millions of dollars a year - and its officers are learning how a modern war is fought. That knowledge goes home with them.",
         "SEO JIN-AH:", "SEO JIN-AH", "Seo Jin-ah", "person", "independent", "direct"),
        ("that at least 140 North Korean soldiers have been killed and nearly 900 wounded since they entered combat earlier this month",
         "told lawmakers", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("that its forces had retaken two more villages in Kursk", "said",
         "Russia's Defense Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
        ("they expect a bigger Russian push to retake the rest of the region before President-elect Trump takes office next month",
         "tell me", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
    ],
    "events": [
        ("on Dec. 10", "2024-12-10", "2024-12-10", "day", True,
         "A Ukrainian serviceman launches a reconnaissance drone in the Sumy region near the Kursk border (photo)"),
        ("since August", "2024-08-01", "2024-12-19", "open", True,
         "Ukrainian forces have held a chunk of territory in Russia's Kursk region"),
        ("on Saturday and Sunday", "2024-12-14", "2024-12-15", "day", True,
         "North Korean units attacked near three villages in Kursk; at least 50 killed or wounded (HUR)"),
        ("on Monday", "2024-12-16", "2024-12-16", "day", True,
         "Zelenskyy said in his nightly address that Russia was folding North Koreans into combined units"),
        ("on Saturday morning", "2024-12-14", "2024-12-14", "day", True,
         "Graf's drone team first saw the North Koreans up close"),
        ("yesterday", "2024-12-18", "2024-12-18", "day", True,
         "South Korea's spy agency told lawmakers at least 140 North Korean soldiers were killed and nearly 900 wounded"),
        ("earlier this month", "2024-12-01", "2024-12-18", "month", True,
         "North Korean soldiers entered combat"),
        ("last week", "2024-12-09", "2024-12-15", "week", True,
         "Russia's Defense Ministry said its forces had retaken two more villages in Kursk"),
        ("next month", "2025-01-01", "2025-01-31", "month", True,
         "President-elect Trump takes office (Ukrainian commanders expect a Russian push before it)"),
    ],
}}
