"""dev87_04: Asan Plenum 2025 session transcript.  Manifest date EMPTY: anchor 2025-04-22 (Tue) from the
page's own date line `Date: April 22, 2025 (Tue) 14:00-15:15` (not itself an event)."""
D = "dev87_04_asan_plenum_returns"
LDW, NO, HT = "Lee Dong-wook", "Natalia Ostrovska", "Hiroshi Tanabe"
NIS = "National Intelligence Service (South Korea)"
GS = "General Staff of the Armed Forces of Ukraine"

DOCS = {D: {
    "figures": [
        ("roughly 15,000 North Korean troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
        ("about 4,700", 4700, None, "approximately", "troop", "casualties", 4700, "count", NIS),
        ("1,376 square kilometers", 1376, None, "exact", "square kilometer", "territory", 1376, "km2", GS),
        ("a few dozen", 24, None, "vague", "square kilometer", "territory", 24, "km2", GS),
        ("around $700 million", 700000000, None, "approximately", "", "money", 700000000, "USD", "Ukrainian intelligence"),
        ("well over a million barrels", 1000000, None, "more_than", "barrel", "other", 1000000, "count", HT),
        ("500,000 barrels", 500000, None, "exact", "barrel", "other", 500000, "count", HT),
        ("4,700 families", 4700, None, "exact", "family", "other", 4700, "count", LDW),
    ],
    "attributions": [
        (("Two things. First, the numbers.", "they shoot back at the drones."), "|Dr. Lee|: Two things", "Dr. Lee", LDW, "person", "independent", "direct"),
        (("Let me be blunt.", "not counting technology."), "|Ms. Ostrovska|: Let me", "Ms. Ostrovska", NO, "person", "independent", "direct"),
        (("Quieter, but not less worried.", "for all refined products."), "|Prof. Tanabe|: Quieter", "Prof. Tanabe", HT, "person", "independent", "direct"),
        (("I expect it will, and soon", "quiet forever."), "|Dr. Lee|: I expect", "Dr. Lee", LDW, "person", "independent", "direct"),
        ("that roughly 15,000 North Korean troops have now rotated through Russia, and that about 4,700 of them have been killed or wounded", "told", "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("the units that came back in February were far better with drones than the ones they met in December", "say", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
        ("Ukraine held 1,376 square kilometers of the Kursk region at the peak and now holds only a few dozen", "says", "Our General Staff", GS, "organisation", "Ukraine", "indirect"),
        ("that our units were still fighting in parts of the Kursk and Belgorod regions", "said", "President Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("Ukrainian intelligence puts the value of what Moscow has given Pyongyang at around $700 million so far, not counting technology", "puts", "Ukrainian intelligence", "Ukrainian intelligence", "organisation", "Ukraine", "indirect"),
        ("that Russian assistance could shorten North Korea's path to a working reconnaissance satellite by years", "warned", "Japan's Defense Ministry", "Japanese Defense Ministry", "organisation", "Japan", "indirect"),
        ("a fabrication of the puppet forces.", "called", "KCNA", "KCNA", "media", "North Korea", "direct"),
    ],
    "events": [
        ("Last year", "2024-01-01", "2024-12-31", "year", True, "At the previous Asan Plenum the question was whether North Korean troops would go to Russia at all"),
        ("on April 9", "2025-04-09", "2025-04-09", "day", True, "The NIS told the National Assembly intelligence committee some 15,000 North Korean troops had rotated through Russia"),
        ("in February", "2025-02-01", "2025-02-28", "month", True, "North Korean units came back to the front, better with drones"),
        ("in December", "2024-12-01", "2024-12-31", "month", True, "Ukrainian commanders first met North Korean units"),
        ("last month", "2025-03-01", "2025-03-31", "month", True, "Russia pushed Ukrainian forces out of Sudzha"),
        ("on Sunday", "2025-04-20", "2025-04-20", "day", True, "Zelensky said Ukrainian units were still fighting in parts of the Kursk and Belgorod regions"),
        ("in March", "2025-03-01", "2025-03-31", "month", True, "Japan's Defense Ministry warned Russian help could speed North Korea's reconnaissance satellite"),
        ("since last autumn", "2024-09-01", "2025-04-22", "open", True, "Russia delivered well over a million barrels of oil to North Korea"),
        ("in June", "2025-06-01", "2025-06-30", "month", True, "Anniversary of the Russia-North Korea treaty, before which Pyongyang may admit the deployment (forward)"),
    ],
}}
