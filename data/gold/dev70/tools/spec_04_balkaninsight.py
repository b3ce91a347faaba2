"""dev70_04_balkaninsight_serbia: Balkan Insight (BIRN), published 2025-05-22 (Thursday).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
"""
MIN = "Ministry of Internal and Foreign Trade (Serbia)"
FT = "Financial Times"
VUC = "Aleksandar Vučić"
NIS = "National Intelligence Service (South Korea)"
RAD = "Vuk Radenković"
KRU = "Krušik"

DOCS = {
    "dev70_04_balkaninsight_serbia": {
        "figures": [
            ("1.4 billion euros", 1400000000, None, "exact", "euro", "money", 1400000000, "EUR", MIN),
            ("€1.1 billion", 1100000000, None, "exact", "", "money", 1100000000, "EUR", MIN),
            ("around €800 million", 800000000, None, "approximately", "", "money", 800000000, "EUR", FT),
            ("around 4,700 North Koreans", 4700, None, "approximately", "north korean", "casualties", 4700, "count", NIS),
            ("some 600 deaths", 600, None, "approximately", "death", "casualties", 600, "count", NIS),
            ("at least 3,000 replacements", 3000, None, "at_least", "replacement", "personnel", 3000, "count", "South Korea"),
            ("600,000 to 700,000 artillery and mortar rounds", 600000, 700000, "range", "round", "weapons", 600000, "count", RAD),
            ("23 billion dinars", 23000000000, None, "exact", "dinar", "money", 23000000000, "RSD", KRU),
            ("€196 million", 196000000, None, "exact", "", "money", 196000000, "EUR", KRU),
            ("within 150 kilometres", 150, None, "at_most", "kilometre", "territory", 150, "km", RAD),
            ("more than 2,400 names", 2400, None, "more_than", "name", "other", 2400, "count", ""),
        ],
        "attributions": [
            ("North Korea Admits Kursk Role", "Admits", "North Korea", "North Korea", "government", "North Korea", "indirect"),
            ("that its troops fought for Russia", "admission", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("Serbia’s defence industry exported weapons and ammunition worth a record 1.4 billion euros in 2024, up from €1.1 billion in 2023",
             "according to", "an annual report by Serbia’s Ministry of Internal and Foreign Trade", MIN,
             "organisation", "Serbia", "according_to"),
            ("that Serbian shells worth around €800 million had reached Ukraine through intermediaries", "reported",
             "The Financial Times", FT, "media", "independent", "indirect"),
            ("that Serbia “does not sell to either side” and cannot control what buyers do with its exports", "said",
             "Vucic", VUC, "person", "Serbia", "indirect"),
            ("that some Serbian-made shells “may well be in Ukraine, but not one came from us directly”", "telling",
             "he", VUC, "person", "Serbia", "indirect"),
            ("that it had sent troops to the Kursk region on Kim Jong Un’s orders", "confirmed",
             "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("that the region had been fully “liberated” with their help", "declared",
             "Russia’s Chief of the General Staff, Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
            ("that around 4,700 North Koreans had been killed or wounded since they were first deployed last October, including some 600 deaths",
             "estimated", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("Pyongyang has since sent at least 3,000 replacements", "believes",
             "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("Belgrade wants to be paid by the West and praised by the East,", "said",
             "Vuk Radenković", RAD, "person", "independent", "direct"),
            ("That works until someone finds a Serbian fuse next to a North Korean one in the same field.",
             "the East,” |said| Vuk", "Vuk Radenković", RAD, "person", "independent", "direct"),
            ("that Serbian factories, led by Krusik in Valjevo, can now turn out 600,000 to 700,000 artillery and mortar rounds a year, more than twice their pre-war output",
             "estimates", "Radenković", RAD, "person", "independent", "indirect"),
            ("Krusik alone reported revenue of 23 billion dinars (€196 million) in 2024", "reported",
             "Krusik", KRU, "organisation", "Serbia", "indirect"),
            ("that Serbia’s main plants lie within 150 kilometres of each other in central Serbia, which made them “easy to inspect, if anyone wanted to”",
             "added", "He", RAD, "person", "independent", "indirect"),
            ("The EU, which Serbia has been trying to join since 2009, has repeatedly urged Belgrade to align with its sanctions on Russia",
             "urged", "The EU", "European Union", "organisation", "EU", "indirect"),
        ],
        "events": [
            ("last year", "2024-01-01", "2024-12-31", "year", True,
             "Serbian ammunition makers sold more abroad than ever before", 1),
            ("in 2024", "2024-01-01", "2024-12-31", "year", False,
             "Serbia's defence industry exported a record 1.4 billion euros of weapons and ammunition", 1),
            ("in 2023", "2023-01-01", "2023-12-31", "year", False,
             "Serbian arms exports worth €1.1 billion"),
            ("last year", "2024-01-01", "2024-12-31", "year", True,
             "Financial Times reported Serbian shells worth ~€800 million reached Ukraine", 2),
            ("on May 9", "2025-05-09", "2025-05-09", "day", True,
             "Vučić stood on Red Square for the Victory Day parade alongside Putin"),
            ("On Tuesday", "2025-05-20", "2025-05-20", "day", True,
             "Vučić told TV Informer Serbian-made shells may be in Ukraine"),
            ("on April 28", "2025-04-28", "2025-04-28", "day", True,
             "Pyongyang confirmed for the first time it had sent troops to Kursk"),
            ("on April 26", "2025-04-26", "2025-04-26", "day", True,
             "Gerasimov declared the Kursk region fully liberated with North Korean help"),
            ("late last month", "2025-04-21", "2025-04-30", "month", True,
             "South Korea's NIS estimated around 4,700 North Korean casualties"),
            ("last October", "2024-10-01", "2024-10-31", "month", True,
             "North Korean troops first deployed (to Russia)"),
            ("in 2024", "2024-01-01", "2024-12-31", "year", False,
             "Krusik reported revenue of 23 billion dinars", 2),
            ("since 2009", "2009-01-01", "2025-05-22", "open", True,
             "Serbia has been trying to join the EU"),
        ],
    },
}
