# dev54_05_wyborcza_sappers -- Gazeta Wyborcza (translated), published 2025-07-14 (Monday).
# Anchor week: Mon 2025-07-14 .. Sun 2025-07-20.
#
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])

SHO = "Sergei Shoigu"
LAV = "Sergei Lavrov"
WKK = "Władysław Kosiniak-Kamysz"
SOK = "Anna Sokolnicka"
DIU = "Defence Intelligence of Ukraine"

DOCS = {
    "dev54_05_wyborcza_sappers": {
        "figures": [
            ("6,000 people", 6000, None, "exact", "person", "personnel", 6000, "count", ""),
            ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SHO),
            ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SHO),
            ("a few hundred people", 100, None, "vague", "person", "personnel", 100, "count", "South Korean intelligence"),
            ("20,000 guests", 20000, None, "exact", "guest", "other", 20000, "count", ""),
            ("30,000 soldiers", 30000, None, "exact", "soldier", "personnel", 30000, "count", WKK),
            ("PLN 10 billion", 10000000000, None, "exact", "", "money", 10000000000, "PLN", ""),
            ("about €2.35 billion", 2350000000, None, "approximately", "", "money", 2350000000, "EUR", ""),
            ("at least 15,000 soldiers", 15000, None, "at_least", "soldier", "personnel", 15000, "count", SOK),
            ("up to 12 million artillery shells", 12000000, None, "at_most", "artillery shell", "weapons", 12000000,
             "count", SOK),
            ("between $1.5 billion and $2 billion", 1500000000, 2000000000, "range", "", "money", 1500000000, "USD", SOK),
            ("roughly PLN 5.5-7.3 billion", 5500000000, 7300000000, "range", "", "money", 5500000000, "PLN", SOK),
            ("25,000 to 30,000 North Korean soldiers", 25000, 30000, "range", "soldier", "personnel", 25000, "count", DIU),
        ],
        "attributions": [
            # headline source tag before a colon
            ("Pyongyang is Moscow's reservoir", "warns", "Warsaw", "Poland", "government", "Poland", "indirect"),
            # lead: quoted characterisation (seed pattern "calling X a '...'")
            ("an invincible fighting brotherhood", "called", "Russian Foreign Minister Sergei Lavrov", LAV, "person",
             "Russia", "direct"),
            ("that North Korea would send 1,000 sappers to clear mines in the Kursk region and 5,000 military builders to rebuild the destroyed infrastructure",
             "said", "The secretary of the Russian Security Council", SHO, "person", "Russia", "indirect"),
            ("the first groups, a few hundred people in all, arrived in Kursk in early July", "According to",
             "South Korean intelligence", "South Korean intelligence", "organisation", "South Korea", "according_to"),
            ("that Moscow „fully supports” Pyongyang's positions", "assured", "Lavrov", LAV, "person", "Russia",
             "indirect"),
            ("that the two sides had discussed „further steps in military cooperation”", "reported",
             "the Russian Foreign Ministry", "Russian Foreign Ministry", "organisation", "Russia", "indirect"),
            ("strategic and comradely", "described", "the state agency KCNA", "Korean Central News Agency", "media",
             "North Korea", "direct"),
            ("North Korea has become Russia's reservoir of people and ammunition. Today it sends sappers, tomorrow it may send 30,000 soldiers,",
             "told", "Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz", WKK, "person", "Poland",
             "direct"),
            ("Poland must „treat it as a long-term threat” and speed up the construction of the East Shield, the line of fortifications on the borders with Russia and Belarus",
             "In his opinion", "his", WKK, "person", "Poland", "according_to"),
            ("that since autumn 2024 North Korea has sent Russia at least 15,000 soldiers and workers and up to 12 million artillery shells",
             "estimates", "Dr Anna Sokolnicka", SOK, "person", "independent", "indirect"),
            ("Pyongyang has received goods and services worth between $1.5 billion and $2 billion, or roughly PLN 5.5-7.3 billion",
             "calculates", "she", SOK, "person", "independent", "indirect"),
            ("Pyongyang does not care about Kursk. It cares about what it can take home: money, oil and combat experience that no other army in Asia has,",
             "says", "Sokolnicka", SOK, "person", "independent", "direct"),
            ("that North Korean artillery crews are still operating in the Kursk region and that Russia is training a new contingent of 25,000 to 30,000 North Korean soldiers, who could appear on the front in Donbas by autumn",
             "says", "Ukrainian military intelligence", DIU, "organisation", "Ukraine", "indirect"),
        ],
        "events": [
            ("on 17 June", "2025-06-17", "2025-06-17", "day", True,
             "Shoigu announced in Pyongyang that North Korea would send sappers and military builders"),
            ("in early July", "2025-07-01", "2025-07-10", "month", True,
             "First groups of North Korean sappers and builders arrived in Kursk"),
            ("on Friday evening", "2025-07-11", "2025-07-11", "day", True,
             "Lavrov landed in Wonsan"),
            ("published |on Sunday|,", "2025-07-13", "2025-07-13", "day", True,
             "KCNA described Lavrov's talks as strategic and comradely"),
            ("TVN24 |on Sunday|.", "2025-07-13", "2025-07-13", "day", True,
             "Kosiniak-Kamysz told TVN24 North Korea is Russia's reservoir"),
            ("until 2028", "2025-07-14", "2028-12-31", "open", True,
             "Government's PLN 10 billion budget for the East Shield"),
            ("since autumn 2024", "2024-09-01", "2025-07-14", "open", True,
             "North Korea sent Russia at least 15,000 soldiers and workers and up to 12 million shells"),
            ("by autumn", "2025-09-01", "2025-11-30", "season", True,
             "A new North Korean contingent could appear on the Donbas front (forward-looking)"),
        ],
    },
}
