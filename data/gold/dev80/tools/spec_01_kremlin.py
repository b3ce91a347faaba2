"""dev80_01_kremlin_kursk: Kremlin transcript, Security Council meeting (manifest date empty;
anchor 2025-04-29 (Tue) from the page's date line "April 29, 2025 / 15:30 / The Kremlin, Moscow").

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
"""
D = "dev80_01_kremlin_kursk"
MOD = "Russian Defense Ministry"
GS = "Russian General Staff"

DOCS = {D: {
    "figures": [
        ("more than 76,000 servicemen", 76000, None, "more_than", "serviceman", "casualties", 76000, "count", MOD),
        ("over 7,000 pieces of military hardware", 7000, None, "more_than", "piece of military hardware", "weapons", 7000, "count", MOD),
        ("410 tanks", 410, None, "exact", "tank", "weapons", 410, "count", MOD),
        ("1,210 square kilometres", 1210, None, "exact", "square kilometre", "territory", 1210, "km2", ""),
        ("96 settlements", 96, None, "exact", "settlement", "territory", 96, "count", ""),
        ("about 12,000 men", 12000, None, "approximately", "man", "personnel", 12000, "count", ""),
        ("three brigades", 3, None, "exact", "brigade", "units", 3, "count", ""),
        ("between 40 and 50 enemy armoured vehicles", 40, 50, "range", "armoured vehicle", "weapons", 40, "count", GS),
        ("1,500 servicemen", 1500, None, "exact", "serviceman", "casualties", 1500, "count", ""),
        ("some 3,000 hectares", 3000, None, "approximately", "hectare", "territory", 30, "km2", ""),
    ],
    "attributions": [
        ("that Gornal, the last settlement held by the enemy, had been liberated, and that the adventure the Kyiv regime launched last August had completely failed",
         "reported", "the Chief of the General Staff", "Valery Gerasimov", "person", "Russia", "indirect"),
        ("the enemy lost more than 76,000 servicemen in Kursk Region alone over these nine months, as well as over 7,000 pieces of military hardware, including 410 tanks",
         "According to", "the Defence Ministry", MOD, "organisation", "Russia", "according_to"),
        ("these numbers speak for themselves", "believe", "I", "Vladimir Putin", "person", "Russia", "indirect"),
        ("that servicemen of the Korean People’s Army took part in the liberation of Kursk Region, in full accordance with Article 4 of the Treaty on Comprehensive Strategic Partnership that we signed in Pyongyang on June 19 last year",
         "note", "I", "Vladimir Putin", "person", "Russia", "indirect"),
        ("that Western capitals are once again claiming that this violates Security Council resolutions",
         "told me", "Sergei Viktorovich", "Sergei Lavrov", "person", "Russia", "indirect"),
        ("that this violates Security Council resolutions", "claiming", "Western capitals", "Western capitals", "government", "West", "indirect"),
        ("the territory of Kursk Region has been fully cleared of units of the Armed Forces of Ukraine",
         "reported", "I", "Valery Gerasimov", "person", "Russia", "indirect"),
        ("that the Korean comrades destroyed between 40 and 50 enemy armoured vehicles in their sector alone",
         "estimate", "We", GS, "organisation", "Russia", "indirect"),
        ("that its troops are still holding positions on our territory", "claim", "the Kyiv regime", "Ukraine", "government", "Ukraine", "indirect"),
    ],
    "events": [
        ("On Saturday", "2025-04-26", "2025-04-26", "day", True,
         "Gerasimov reported to Putin that Gornal, the last settlement held by Ukrainian forces in Kursk Region, had been liberated"),
        ("last August", "2024-08-01", "2024-08-31", "month", True, "The Kyiv regime launched its incursion ('adventure') into Kursk Region"),
        ("on June 19 last year", "2024-06-19", "2024-06-19", "day", True,
         "Russia and North Korea signed the Treaty on Comprehensive Strategic Partnership in Pyongyang"),
        ("yesterday", "2025-04-28", "2025-04-28", "day", True,
         "Lavrov told Putin that Western capitals were claiming the Korean participation violates Security Council resolutions"),
        ("on April 26", "2025-04-26", "2025-04-26", "day", True, "Gerasimov reported to Putin that Kursk Region had been fully cleared of Ukrainian units"),
        ("Since March 13", "2025-03-13", "2025-04-29", "open", True,
         "Since Sudzha was freed, the enemy lost a further 1,500 servicemen trying to break through near Tyotkino and Popovka"),
        ("on May 9", "2025-05-09", "2025-05-09", "day", True,
         "Commemoration of those who fell in Kursk Region, with Korean comrades among the guests (planned)"),
    ],
}}
