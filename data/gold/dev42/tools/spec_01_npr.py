"""dev42_01_npr_kursk_losses: NPR Morning Edition transcript, published Thursday 2024-12-19."""
from turns import turn

D = "dev42_01_npr_kursk_losses"
NIS = "National Intelligence Service (South Korea)"
PARK = "Seo-yeon Park"

p1, c1 = turn(D, "PARK", "The baseline")
p2, c2 = turn(D, "PARK", "They're in combat")
p3, c3 = turn(D, "PARK", "...losses like that?")
p4, c4 = turn(D, "PARK", "Space launch")
p5, c5 = turn(D, "PARK", "As long as Moscow")
pz, cz = turn(D, "PRESIDENT VOLODYMYR ZELENSKYY", "There are already", skip="(Through interpreter) ")

DOCS = {D: {
    "figures": [
        # (pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
        ("at least 100 North Korean soldiers", 100, None, "at_least", "soldier", "casualties", 100, "count", NIS, 1),
        ("at least 100 North Korean soldiers", 100, None, "at_least", "soldier", "casualties", 100, "count", NIS, 2),
        ("close to 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", NIS),
        ("11,000 to 12,000 soldiers", 11000, 12000, "range", "soldier", "personnel", 11000, "count", PARK),
        ("five or six sites", 5, 6, "range", "site", "units", 5, "count", PARK),
        ("about 10,000", 10000, None, "approximately", "soldier", "personnel", 10000, "count", "Pentagon"),
        ("roughly $2,000", 2000, None, "approximately", "", "money", 2000, "USD", PARK),
        ("between $500 million and $1 billion", 500000000, 1000000000, "range", "", "money", 500000000, "USD", PARK),
        ("more than a million men", 1000000, None, "more_than", "man", "personnel", 1000000, "count", PARK),
        ("thousands of soldiers", 1000, None, "vague", "soldier", "casualties", 1000, "count", PARK),
    ],
    "attributions": [
        # (pattern, cue, speaker, canonical, type, affiliation, kind[, occurrence])
        ("North Korean troops are taking heavy losses in Kursk", "says", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
        ("agency says |at least 100 North Korean soldiers have been killed in Russia's Kursk region|.", "says",
         "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("that North Korean soldiers were massing in Russia's Kursk region", "warned", "Ukraine and its allies",
         "Ukraine and its allies", "government", "Ukraine", "indirect"),
        ("that at least 100 North Korean soldiers have been killed and close to 1,000 wounded since the troops joined the fighting earlier this month",
         "told lawmakers", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("the real toll is higher", "says", "Ukraine's military intelligence", "Defence Intelligence of Ukraine",
         "organisation", "Ukraine", "indirect"),
        (pz, cz, "PRESIDENT VOLODYMYR ZELENSKYY", "Volodymyr Zelensky", "person", "Ukraine", "direct"),
        ("The Kremlin has not confirmed that North Koreans are fighting at all", "has not confirmed", "The Kremlin",
         "Kremlin", "government", "Russia", "indirect"),
        (p1, c1, "PARK", PARK, "person", "independent", "direct"),
        ("that about 10,000 had reached Kursk", "was saying", "the Pentagon", "Pentagon", "organisation", "United States", "indirect"),
        (p2, c2, "PARK", PARK, "person", "independent", "direct"),
        ("that they attack on foot, across open fields, in tight groups, and the drones simply pick them off", "hear from",
         "Ukrainian officers", "Ukrainian officers", "group", "Ukraine", "indirect"),
        (p3, c3, "PARK", PARK, "person", "independent", "direct"),
        (p4, c4, "PARK", PARK, "person", "independent", "direct"),
        ("that the army must prepare for a new kind of war", "told", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
        ("that he ordered the mass production of attack drones", "reported", "state media", "North Korean state media",
         "media", "North Korea", "indirect"),
        (p5, c5, "PARK", PARK, "person", "independent", "direct"),
    ],
    "events": [
        # (pattern, date_start, date_end, granularity, relative, event[, occurrence])
        ("on Thursday", "2024-12-19", "2024-12-19", "day", True,
         "South Korea's NIS told lawmakers at least 100 North Korean soldiers had been killed and close to 1,000 wounded"),
        ("earlier this month", "2024-12-01", "2024-12-18", "month", True, "North Korean troops joined the fighting in Kursk"),
        ("on Monday", "2024-12-16", "2024-12-16", "day", True,
         "Zelenskyy's nightly address on noticeable North Korean losses in Kursk"),
        ("in October", "2024-10-01", "2024-10-31", "month", True, "North Korean troops arrived in Russia in several waves"),
        ("By early November", "2024-11-01", "2024-11-10", "month", True,
         "The Pentagon said about 10,000 North Korean soldiers had reached Kursk"),
        ("last month", "2024-11-01", "2024-11-30", "month", True,
         "Kim Jong Un told battalion commanders the army must prepare for a new kind of war"),
    ],
}}
