# dev24_02: Bangkok Post (AFP copy), published Tuesday 2024-12-24. Row formats: see spec_01_yomiuri.py.
NIS = "National Intelligence Service (South Korea)"
JCS = "Joint Chiefs of Staff (South Korea)"
ZEL = "Volodymyr Zelensky"
SOF = "Special Operations Forces (Ukraine)"

DOCS = {
    "dev24_02_bangkokpost_kursk_casualties": {
        "figures": [
            ("1,100 casualties", 1100, None, "exact", "casualty", "casualties", 1100, "count", "South Korea"),
            ("About 1,100 North Korean soldiers", 1100, None, "approximately", "soldier", "casualties", 1100, "count",
             JCS),
            ("at least 100 North Korean soldiers", 100, None, "at_least", "soldier", "casualties", 100, "count", NIS),
            ("nearly 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", NIS),
            ("more than 3,000 North Korean soldiers", 3000, None, "more_than", "soldier", "casualties", 3000, "count",
             ZEL),
            ("50 North Korean soldiers", 50, None, "exact", "soldier", "casualties", 50, "count", SOF),
            ("wounded |47| in", 47, None, "exact", "soldier", "casualties", 47, "count", SOF),
            ("hundreds of North Korean troops", 100, None, "vague", "troop", "casualties", 100, "count",
             "senior US military official"),
            ("between $300 million and $500 million", 3e8, 5e8, "range", "", "money", 3e8, "USD", "Lee Ji-won"),
            ("420 billion to 700 billion won", 4.2e11, 7e11, "range", "won", "money", 4.2e11, "KRW", "Lee Ji-won"),
            ("roughly 1.5 trillion won", 1.5e12, None, "approximately", "won", "money", 1.5e12, "KRW", "Lee Ji-won"),
        ],
        "attributions": [
            ("North Korea has suffered 1,100 casualties in Kursk", "says", "Seoul", "South Korea", "government",
             "South Korea", "indirect"),
            ("Pyongyang readying more troops and 'kamikaze drones' for Russia", "warns", "military", JCS,
             "organisation", "South Korea", "indirect"),
            ("About 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Russia's Kursk "
             "region", "said", "South Korea's military", JCS, "organisation", "South Korea", "indirect"),
            ("North Korean troops are suffering heavy losses because they are being used as frontline assault units by "
             "Russia and lack experience of drone warfare and fighting in open terrain,", "said",
             "the Joint Chiefs of Staff (JCS)", JCS, "organisation", "South Korea", "direct"),
            ('Pyongyang appeared to be preparing to rotate in fresh troops or send additional forces, and was also '
             'producing "self-destruct" drones that could be shipped to Russia', "said", "The JCS", JCS,
             "organisation", "South Korea", "indirect"),
            ("that at least 100 North Korean soldiers had been killed and nearly 1,000 wounded, many of them in "
             "Ukrainian drone and artillery strikes", "told lawmakers", "the National Intelligence Service", NIS,
             "organisation", "South Korea", "indirect"),
            ("Ukrainian President Volodymyr Zelensky put the toll far higher", "put the toll",
             "Ukrainian President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ('more than 3,000 North Korean soldiers had been "killed and wounded" in the Kursk region', "said", "he",
             ZEL, "person", "Ukraine", "indirect"),
            ("The Russians are throwing them into assaults across open fields without any cover,", "said", "he", ZEL,
             "person", "Ukraine", "direct"),
            ("And Moscow is already asking Pyongyang for more.", "said", "he", ZEL, "person", "Ukraine", "direct"),
            ("that they had killed 50 North Korean soldiers and wounded 47 in three days of fighting near the village "
             "of Plekhovo", "said", "Ukraine's Special Operations Forces", SOF, "organisation", "Ukraine",
             "indirect"),
            ("that hundreds of North Korean troops had been killed or wounded, from light injuries to killed in action",
             "told reporters", "A senior US military official", "senior US military official", "group",
             "United States", "indirect"),
            ("Casualties on this scale mean Pyongyang will have to send replacements by spring, and the Kremlin will "
             "have to keep paying for them,", "said", "Mikhail Voronin", "Mikhail Voronin", "person", "independent",
             "direct"),
            ("that Pyongyang could earn between $300 million and $500 million a year from the deployment alone, or 420 "
             "billion to 700 billion won, on top of the roughly 1.5 trillion won it had made from arms sales to Moscow "
             "since 2023", "estimated", "Lee Ji-won", "Lee Ji-won", "person", "independent", "indirect"),
        ],
        "events": [
            ("on Monday", "2024-12-23", "2024-12-23", "day", True,
             "South Korea's JCS said about 1,100 North Korean soldiers had been killed or wounded in Kursk", 1),
            ("Last week", "2024-12-16", "2024-12-22", "week", True,
             "NIS told lawmakers at least 100 North Korean soldiers had been killed and nearly 1,000 wounded"),
            ("on Monday", "2024-12-23", "2024-12-23", "day", True,
             "Zelensky said in his nightly address more than 3,000 North Korean soldiers had been killed and wounded",
             2),
            ("on Saturday", "2024-12-21", "2024-12-21", "day", True,
             "Ukraine's Special Operations Forces said they had killed 50 and wounded 47 North Korean soldiers"),
            ("last week", "2024-12-16", "2024-12-22", "week", True,
             "A senior US military official said hundreds of North Korean troops had been killed or wounded"),
            ("by spring", "2025-03-01", "2025-05-31", "season", True,
             "Pyongyang will have to send replacements (Voronin's forecast)"),
            ("since 2023", "2023-01-01", "2024-12-24", "open", True,
             "North Korea made about 1.5 trillion won from arms sales to Moscow"),
        ],
    },
}
