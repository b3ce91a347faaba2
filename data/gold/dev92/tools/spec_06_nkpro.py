# dev92_06 — NK Pro, anchor 2025-09-04 (Thursday), from the manifest.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])

RZD = "Russian Railways"
HAN = "Han Seo-yeon"
SHOIGU = "Sergei Shoigu"
JCS = "Joint Chiefs of Staff (South Korea)"

DOCS = {
    "dev92_06_nkpro_rail_waybills": {
        "figures": [
            ("at least 2,400 freight cars", 2400, None, "at_least", "freight car", "weapons", 2400, "count", ""),
            ("More than 2,400 freight cars", 2400, None, "more_than", "freight car", "weapons", 2400, "count", RZD),
            ("61 spreadsheets", 61, None, "exact", "spreadsheet", "other", 61, "count", ""),
            ("512 cars", 512, None, "exact", "car", "weapons", 512, "count", ""),
            ("about half a million artillery shells", 500000, None, "approximately", "artillery shell", "weapons", 500000, "count", HAN),
            ("as much as $400 million", 400000000, None, "at_most", "", "money", 400000000, "USD", HAN),
            ("14 special trains", 14, None, "exact", "special train", "other", 14, "count", ""),
            ("between 400 and 600 people", 400, 600, "range", "person", "personnel", 400, "count", ""),
            ("1,200 deminers", 1200, None, "exact", "deminer", "personnel", 1200, "count", SHOIGU),
            ("4,800 military builders", 4800, None, "exact", "military builder", "personnel", 4800, "count", SHOIGU),
            ("3.1 million rubles", 3100000, None, "exact", "ruble", "money", 3100000, "RUB", ""),
            ("260,000 yuan", 260000, None, "exact", "yuan", "money", 260000, "CNY", ""),
            ("roughly $36,000", 36000, None, "approximately", "", "money", 36000, "USD", ""),
            ("thousands of fresh troops", 1000, None, "vague", "troop", "personnel", 1000, "count", JCS),
        ],
        "attributions": [
            ("More than 2,400 freight cars of North Korean ammunition crossed the Tumen River into Russia between December 2024 and July 2025",
             "according to", "internal waybills of Russian Railways' Far Eastern branch", RZD, "organisation", "Russia", "according_to"),
            ("ammunition, class 1.2", "describe", "The waybills", RZD, "organisation", "Russia", "direct"),
            ("that the cars which crossed in February alone carried about half a million artillery shells, worth as much as $400 million at the prices Russia has paid for North Korean ammunition",
             "estimated", "Han Seo-yeon", HAN, "person", "independent", "indirect"),
            ("The volumes fit what we see from orbit,", "said", "she", HAN, "person", "independent", "direct"),
            ("that North Korea would send 1,200 deminers and 4,800 military builders to Kursk region", "said",
             "Russian Security Council Secretary Sergei Shoigu", SHOIGU, "person", "Russia", "indirect"),
            ('Kim Jong Un told families of soldiers killed in Kursk at a ceremony on Aug. 21 that their sons had "defended the honor of the motherland."',
             "according to", "KCNA", "Korean Central News Agency", "media", "North Korea", "according_to"),
            ('that their sons had "defended the honor of the motherland."', "told", "Kim Jong Un", "Kim Jong Un",
             "person", "North Korea", "indirect"),
            ('that the North was preparing to rotate "thousands of fresh troops" through Russia in the coming months', "said",
             "South Korea's Joint Chiefs of Staff", JCS, "organisation", "South Korea", "indirect"),
            ('that "malicious fabrications about our cooperation with the DPRK" were circulating in Western media', "wrote",
             "The Russian Embassy in Pyongyang", "Russian Embassy in Pyongyang", "organisation", "Russia", "indirect"),
            ("that a second track on the Khasan–Tumangang bridge must be ready by November", "says",
             "A tender notice published by Russian Railways in July", RZD, "organisation", "Russia", "indirect"),
        ],
        "events": [
            ("since last winter", "2024-12-01", "2025-09-04", "open", True, "At least 2,400 freight cars of ammunition crossed at Tumangang"),
            ("between December 2024 and July 2025", "2024-12-01", "2025-07-31", "month", False, "More than 2,400 freight cars of North Korean ammunition crossed the Tumen River into Russia"),
            ("since 2018", "2018-01-01", "2025-09-04", "open", True, "Korea Ryongsong General Trading Corporation under U.S. sanctions"),
            ("heaviest month was |February|,", "2025-02-01", "2025-02-28", "month", True, "512 freight cars crossed, the heaviest month"),
            ("in February", "2025-02-01", "2025-02-28", "month", True, "Cars that crossed carried about half a million artillery shells (Han's estimate)"),
            ("Since May", "2025-05-01", "2025-09-04", "open", True, "Passenger waybills for DPRK 'construction personnel' appear in the documents"),
            ("in June", "2025-06-01", "2025-06-30", "month", True, "Shoigu, visiting Pyongyang, said North Korea would send deminers and military builders"),
            ("on Aug. 21", "2025-08-21", "2025-08-21", "day", True, "Kim Jong Un addressed families of soldiers killed in Kursk at a ceremony"),
            ("Chiefs of Staff said |last month| that", "2025-08-01", "2025-08-31", "month", True, "South Korea's JCS said the North was preparing to rotate thousands of fresh troops"),
            ("on Tuesday", "2025-09-02", "2025-09-02", "day", True, "NK Pro sent Russian Railways a request for comment"),
            ("Telegram channel |last month| that", "2025-08-01", "2025-08-31", "month", True, "Russian Embassy in Pyongyang wrote of malicious fabrications in Western media"),
            ("in July", "2025-07-01", "2025-07-31", "month", True, "Russian Railways published a tender notice for a second bridge track"),
            ("by November", "2025-11-01", "2025-11-30", "month", True, "Second track on the Khasan-Tumangang bridge must be ready"),
        ],
    },
}
