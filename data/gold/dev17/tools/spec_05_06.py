# dev17 annotation spec, documents 05 (Breaking Defense) and 06 (The Conversation).
# Spans are exact substrings; "left|span|right" gives context for a span that is not unique.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])

NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
MND = "Ministry of National Defense (South Korea)"
DOCS = {}

# ---------------------------------------------------------------- 05 Breaking Defense, anchor 2025-05-14 (Wednesday)
OKA = "Daniel Okafor"
HRY = "Oleksandr Hrytsenko"
ALL4 = "Ukrainian, South Korean and U.S. officials and analysts"
DOCS["dev17_05_breakingdefense_drone_lessons"] = {
    "figures": [
        ("about 4,700 casualties", 4700, None, "approximately", "casualty", "casualties", 4700, "count", NIS),
        ("roughly 600 soldiers", 600, None, "approximately", "soldier", "casualties", 600, "count", NIS),
        ("dozens of drones", 24, None, "vague", "drone", "weapons", 24, "count", "United States"),
        ("300 billion won", 300e9, None, "exact", "won", "money", 300e9, "KRW", MND),
        ("$215 million", 215e6, None, "exact", "dollar", "money", 215e6, "USD", MND),
        ("five battalions", 5, None, "exact", "battalion", "units", 5, "count", MND),
        ("roughly 1.2 million", 1.2e6, None, "approximately", "", "personnel", 1.2e6, "count", OKA),
        ("at least 220 artillery pieces", 220, None, "at_least", "artillery piece", "weapons", 220, "count",
         "South Korean military"),
        ("more than 12,000 containers", 12000, None, "more_than", "container", "weapons", 12000, "count",
         "South Korean military"),
    ],
    "attributions": [
        ("The ones who survived now know more about drone warfare than most of our conscripts,",
         "told Breaking Defense", "a South Korean Army officer", "South Korean Army officer", "group", "South Korea",
         "direct"),
        ("them as easy prey: infantry advancing in tight groups across open snowfields, sometimes stopping to fire at "
         "quadcopters with rifles", "described", "Ukrainian drone crews", "Ukrainian drone crews", "group", "Ukraine",
         "indirect"),
        ("That picture has changed", "according to", ALL4, "Ukrainian officials", "group", "Ukraine", "according_to"),
        ("That picture has changed", "according to", ALL4, "South Korean officials", "group", "South Korea",
         "according_to"),
        ("That picture has changed", "according to", ALL4, "U.S. officials", "group", "United States",
         "according_to"),
        ("That picture has changed", "according to", ALL4, "analysts", "group", "independent", "according_to"),
        ("that the North Korean contingent had suffered about 4,700 casualties, including roughly 600 soldiers killed, "
         "but that survivors had adapted quickly, flying their own reconnaissance drones and pairing infantry with "
         "Russian electronic-warfare teams", "told lawmakers", "South Korea’s National Intelligence Service", NIS,
         "organisation", "South Korea", "indirect"),
        ("They went from being target practice to being competent drone users in about three months,",
         "months,” |said| Lt.", "Lt. Col. Oleksandr Hrytsenko", HRY, "person", "Ukraine", "direct"),
        ("Now they hunt our pilots the way we hunted them.", "months,” |said| Lt.", "Lt. Col. Oleksandr Hrytsenko",
         HRY, "person", "Ukraine", "direct"),
        ("In March, Kim Jong Un inspected tests of new “AI-equipped” suicide drones and of the Saetbyol-4, a near-copy "
         "of the American RQ-4 Global Hawk, and ordered drone production expanded", "according to", "state media",
         "North Korean state media", "media", "North Korea", "according_to"),
        ("Washington believes Russia has helped North Korea set up a production line capable of turning out dozens of "
         "drones a month, possibly based on the Iranian-designed Shahed-136", "intelligence, |said| Washington",
         "A U.S. defense official", "U.S. defense official", "group", "United States", "indirect"),
        ("Russia has helped North Korea set up a production line capable of turning out dozens of drones a month, "
         "possibly based on the Iranian-designed Shahed-136", "believes", "Washington", "United States", "government",
         "United States", "indirect"),
        ("that Pyongyang was gaining battlefield experience that could change how it would fight on the peninsula",
         "told senators", "Gen. Xavier Brunson", "Xavier Brunson", "person", "United States", "indirect"),
        ("The Ministry of National Defense last month asked the National Assembly for an additional 300 billion won "
         "($215 million) to field counter-drone systems and to expand the Army’s drone units, which currently number "
         "five battalions", "confirmed", "a ministry spokesperson", MND, "group", "South Korea", "indirect"),
        ("The Ministry of National Defense last month asked the National Assembly for an additional 300 billion won "
         "($215 million) to field counter-drone systems and to expand the Army’s drone units, which currently number "
         "five battalions", "asked", "The Ministry of National Defense", MND, "organisation", "South Korea",
         "indirect"),
        ("The North Korean units that fought in Kursk were “a tiny slice” of an army of roughly 1.2 million", "noted",
         "he", OKA, "person", "independent", "indirect"),
        ("Knowing how to survive a drone is not the same as building a drone army,", "Okafor |said|", "Okafor", OKA,
         "person", "independent", "direct"),
        ("That takes money, chips and time, and Pyongyang is short on two of the three.", "Okafor |said|", "Okafor",
         OKA, "person", "independent", "direct"),
        ("North Korea has shipped at least 220 artillery pieces, among them M1989 Koksan self-propelled guns and M1991 "
         "multiple rocket launchers, along with more than 12,000 containers of munitions to Russia since August 2023",
         "says", "Seoul’s military", "South Korean military", "organisation", "South Korea", "indirect"),
    ],
    "events": [
        ("last fall", "2024-09-01", "2024-11-30", "season", True,
         "North Korean soldiers first reached the Kursk front"),
        ("on April 30", "2025-04-30", "2025-04-30", "day", True,
         "NIS told lawmakers the North Korean contingent had suffered about 4,700 casualties"),
        ("In March", "2025-03-01", "2025-03-31", "month", True,
         "Kim Jong Un inspected tests of AI-equipped suicide drones and the Saetbyol-4"),
        ("in April", "2025-04-01", "2025-04-30", "month", True,
         "Gen. Xavier Brunson told senators Pyongyang was gaining battlefield experience"),
        ("last month", "2025-04-01", "2025-04-30", "month", True,
         "South Korea's defense ministry asked the National Assembly for 300 billion won for counter-drone systems"),
        ("since August 2023", "2023-08-01", "2025-05-14", "open", True,
         "North Korea shipped artillery pieces and more than 12,000 containers of munitions to Russia"),
    ],
}

# ---------------------------------------------------------------- 06 The Conversation, anchor 2025-09-03 (Wednesday)
HAN = "Hanbit Institute for Peninsula Studies"
DOCS["dev17_06_conversation_kursk_dividend"] = {
    "figures": [
        ("around 14,000 troops", 14000, None, "approximately", "troop", "personnel", 14000, "count", NIS),
        ("thousands of construction workers", 1000, None, "vague", "construction worker", "personnel", 1000, "count",
         NIS),
        ("about 2,000", 2000, None, "approximately", "troop", "casualties", 2000, "count", NIS),
        ("about 28 trillion won", 28e12, None, "approximately", "won", "money", 28e12, "KRW", HAN),
        ("US$20 billion", 20e9, None, "exact", "dollar", "money", 20e9, "USD", HAN),
        ("US$2-3 billion", 2e9, 3e9, "range", "dollar", "money", 2e9, "USD", "Jonas Lindqvist"),
        ("£4.5 billion", 4.5e9, None, "exact", "pound", "money", 4.5e9, "GBP", ""),
        ("around €210 billion", 210e9, None, "approximately", "euro", "money", 210e9, "EUR", ""),
        ("a few thousand dead soldiers", 1000, None, "vague", "soldier", "casualties", 1000, "count", ""),
    ],
    "attributions": [
        ("Since last October, North Korea has sent around 14,000 troops, along with thousands of construction workers "
         "and deminers, to Russia’s Kursk region", "according to", "South Korea’s National Intelligence Service", NIS,
         "organisation", "South Korea", "according_to"),
        ("that about 2,000 of them had been killed", "estimated", "The NIS", NIS, "organisation", "South Korea",
         "indirect"),
        ("that its soldiers were there at all", "denied", "Pyongyang", "North Korea", "government", "North Korea",
         "indirect"),
        ("it abruptly admitted the deployment", "admitted", "it", "North Korea", "government", "North Korea",
         "indirect"),
        ("North Korea earned about 28 trillion won (US$20 billion) from arms sales and troop deployments since 2023",
         "reckons", "The Hanbit Institute for Peninsula Studies", HAN, "organisation", "independent", "indirect"),
        ("the cash component at US$2-3 billion, with the rest paid in oil, food and military technology", "puts", "he",
         "Jonas Lindqvist", "person", "independent", "indirect"),
        ("North Korea’s economy grew by 3.7% in 2024, its fastest pace in eight years", "According to",
         "the Bank of Korea", "Bank of Korea", "organisation", "South Korea", "according_to"),
        ("that the bigger prize is technology", "worry", "Western and South Korean officials", "Western officials",
         "group", "West", "indirect"),
        ("that the bigger prize is technology", "worry", "Western and South Korean officials",
         "South Korean officials", "group", "South Korea", "indirect"),
        ("that it could not rule out Russian help with North Korea’s nuclear-powered submarine project and its "
         "Malligyong-1 reconnaissance satellite", "ministry |said| in July", "Seoul’s defence ministry", MND,
         "organisation", "South Korea", "indirect"),
        ("North Korean units had learned to split into small groups and to assign spotters to watch for drones",
         "Intelligence |said| North", "Ukraine’s Defence Intelligence", HUR, "organisation", "Ukraine", "indirect"),
        ("Every North Korean who came back from Kursk is an instructor now.", "put it",
         "one retired South Korean general", "retired South Korean general", "group", "South Korea", "direct"),
        ("that they no longer need North Korean infantry now that Kursk has been retaken", "hinted",
         "Russian officials", "Russian officials", "group", "Russia", "indirect"),
        ("that the two countries were now discussing “economic and humanitarian” projects instead",
         "Pyongyang |said| in an interview", "Moscow’s ambassador in Pyongyang", "Russian ambassador to North Korea",
         "group", "Russia", "indirect"),
    ],
    "events": [
        ("On Wednesday", "2025-09-03", "2025-09-03", "day", True,
         "Kim Jong Un stood beside Xi Jinping and Vladimir Putin in Beijing"),
        ("Since last October", "2024-10-01", "2025-09-03", "open", True,
         "North Korea sent around 14,000 troops plus construction workers and deminers to Kursk"),
        ("last month", "2025-08-01", "2025-08-31", "month", True,
         "NIS estimated about 2,000 North Korean soldiers had been killed"),
        ("on April 28", "2025-04-28", "2025-04-28", "day", True,
         "North Korea admitted the deployment"),
        ("in August", "2025-08-01", "2025-08-31", "month", True,
         "Kim staged a ceremony for the fallen and awarded Hero of the DPRK titles"),
        ("since 2023", "2023-01-01", "2025-09-03", "open", True,
         "North Korea earned about 28 trillion won from arms sales and troop deployments"),
        ("in 2024", "2024-01-01", "2024-12-31", "year", False,
         "North Korea's economy grew by 3.7% (Bank of Korea)"),
        ("this year", "2025-01-01", "2025-12-31", "year", True,
         "Britain spending £4.5 billion on military aid to Ukraine"),
        ("in July", "2025-07-01", "2025-07-31", "month", True,
         "Seoul's defence ministry said it could not rule out Russian help with submarine and satellite programmes"),
        ("In mid-January", "2025-01-11", "2025-01-20", "month", True,
         "Ukraine's Defence Intelligence said North Korean units had learned to split up and spot drones"),
        ("by the spring", "2025-03-01", "2025-05-31", "season", True,
         "North Korean units were flying their own drones"),
        ("last winter", "2024-12-01", "2025-02-28", "season", True,
         "A retired South Korean general spoke to the author in Seoul"),
        ("in June", "2025-06-01", "2025-06-30", "month", True,
         "Russia's ambassador in Pyongyang said the two countries were discussing economic and humanitarian projects"),
    ],
}
