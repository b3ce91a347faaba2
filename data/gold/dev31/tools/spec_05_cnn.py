# dev31_05: CNN live updates, Tue 17 Jun 2025 (anchor 2025-06-17).
SH = "Sergei Shoigu"
NIS = "National Intelligence Service (South Korea)"
HJ = "Ha Jin-seo"
RO = "Rafael Osterhout"
HT = "Heorhii Tykhyi"

DOCS = {"dev31_05_cnn_shoigu_deminers": {
    "figures": [
        ("6,000 workers", 6000, None, "exact", "worker", "personnel", 6000, "count", SH),
        ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SH, 1),
        ("5,000 construction workers", 5000, None, "exact", "construction worker", "personnel", 5000, "count", SH),
        ("some 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
        ("300 North Korean soldiers", 300, None, "exact", "soldier", "casualties", 300, "count", NIS),
        ("killed and |2,700| wounded", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
        ("about 4,700 casualties", 4700, None, "approximately", "casualty", "casualties", 4700, "count", NIS),
        ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SH, 2),
        ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SH),
        ("roughly 500 square miles", 500, None, "approximately", "square mile", "territory", 1294.994, "km2", ""),
        ("1,300 square kilometers", 1300, None, "exact", "square kilometer", "territory", 1300, "km2", ""),
        ("up to 15 kilometers", 15, None, "at_most", "kilometer", "territory", 15, "km", ""),
        ("about 27 trillion won", 27000000000000, None, "approximately", "won", "money", 27000000000000, "KRW", HJ),
        ("$19.6 billion", 19600000000, None, "exact", "dollar", "money", 19600000000, "USD", HJ),
        ("millions of artillery shells", 1000000, None, "vague", "artillery shell", "weapons", 1000000, "count", RO),
        ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
    ],
    "attributions": [
        ("North Korea to send 6,000 workers to Kursk", "says", "Shoigu", SH, "person", "Russia", "indirect"),
        ("North Korea will send 1,000 sappers to clear mines in Russia's Kursk region and 5,000 construction workers to rebuild infrastructure there", "said", "Russian Security Council Secretary Sergei Shoigu", SH, "person", "Russia", "indirect"),
        ("Pyongyang has already sent some 15,000 troops to Russia since October", "believes", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
        # 1 hr 12 min ago
        ("the dispatch would violate UN resolutions", "says", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("the dispatch would violate UN Security Council resolutions", "said", "South Korea's foreign ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
        ('Pyongyang to "immediately stop" its military cooperation with Moscow', "urged", "South Korea's foreign ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
        ('that Washington was "tracking the reports closely."', "told CNN", "A US official", "U.S. official", "group", "United States", "indirect"),
        ("that 300 North Korean soldiers had been killed and 2,700 wounded", "estimated", "the National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("that estimate had risen to about 4,700 casualties", "estimate", "that estimate", NIS, "organisation", "South Korea", "indirect"),
        # 2 hr 30 min ago
        ('Shoigu said Kim had agreed to send 1,000 sappers and 5,000 military builders "to restore the infrastructure destroyed by the occupiers."', "According to", "a readout carried by state news agency TASS", "TASS", "media", "Russia", "according_to"),
        ('Kim had agreed to send 1,000 sappers and 5,000 military builders "to restore the infrastructure destroyed by the occupiers."', "said", "Shoigu", SH, "person", "Russia", "indirect"),
        ("This is a fraternal gesture,", "told reporters", "Shoigu", SH, "person", "Russia", "direct"),
        ("Our Korean friends fought side by side with us, and now they will help us rebuild.", "told reporters", "Shoigu", SH, "person", "Russia", "direct"),
        ("The first group of deminers is expected to arrive next month", "added", "he", SH, "person", "Russia", "indirect"),
        ("the Kursk region fully retaken", "declared", "Russia", "Russia", "government", "Russia", "indirect"),
        # 2 hr 55 min ago
        ("The deployment and arms sales may have earned North Korea about 27 trillion won ($19.6 billion) since 2023", "said", "Ha Jin-seo", HJ, "person", "independent", "indirect"),
        ("Cash is only part of it,", "said", "she", HJ, "person", "independent", "direct"),
        ("The bigger prize is Russian technology: air defense, satellites, maybe submarines.", "said", "she", HJ, "person", "independent", "direct"),
        ("North Korea's economy grew 3.7% last year, its fastest pace in eight years", "has estimated", "the Bank of Korea", "Bank of Korea", "organisation", "South Korea", "indirect"),
        ("a jump in arms-related manufacturing", "citing", "the Bank of Korea", "Bank of Korea", "organisation", "South Korea", "indirect"),
        ("that North Korea has shipped millions of artillery shells to Russia since the summer of 2023", "noted", "Rafael Osterhout", RO, "person", "independent", "indirect"),
        ("Without Pyongyang, Moscow's artillery war would look very different,", "said", "he", RO, "person", "independent", "direct"),
        # 3 hr 40 min ago
        ('the move showed "the depth of the criminal alliance" between the two regimes', "said", "Ukraine's foreign ministry spokesperson Heorhii Tykhyi", HT, "person", "Ukraine", "indirect"),
        ("Kyiv, he said, would raise the issue with partners at the G7 summit in Canada", "said", "he", HT, "person", "Ukraine", "indirect"),
        ("Both are still being held in Kyiv", "say", "officials", "officials", "group", "Ukraine", "indirect"),
    ],
    "events": [
        ("on Tuesday", "2025-06-17", "2025-06-17", "day", True, "Shoigu met Kim Jong Un in Pyongyang and announced the dispatch of sappers and builders"),
        ("earlier this month", "2025-06-01", "2025-06-16", "month", True, "Shoigu's previous visit to North Korea"),
        ("since October", "2024-10-01", "2025-06-17", "open", True, "North Korea has sent some 15,000 troops to Russia (per the NIS)"),
        ("In mid-January", "2025-01-11", "2025-01-20", "month", True, "The NIS estimated 300 North Korean soldiers killed and 2,700 wounded"),
        ("By April", "2025-04-01", "2025-04-30", "month", True, "The NIS estimate had risen to about 4,700 casualties"),
        ("next month", "2025-07-01", "2025-07-31", "month", True, "The first group of North Korean deminers is expected to arrive"),
        ("on April 26", "2025-04-26", "2025-04-26", "day", True, "Russia declared the Kursk region fully retaken"),
        ("last August", "2024-08-01", "2024-08-31", "month", True, "Ukraine's incursion into the Kursk region began"),
        ("since 2023", "2023-01-01", "2025-06-17", "open", True, "The deployment and arms sales may have earned North Korea about 27 trillion won"),
        ("last year", "2024-01-01", "2024-12-31", "year", True, "North Korea's economy grew 3.7% (Bank of Korea estimate)"),
        ("since the summer of 2023", "2023-06-01", "2025-06-17", "open", True, "North Korea has shipped millions of artillery shells to Russia"),
        ("in early January", "2025-01-01", "2025-01-10", "month", True, "Ukraine captured two North Korean soldiers"),
    ],
}}
