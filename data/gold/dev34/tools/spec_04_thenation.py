# dev34_04 - The Nation (Thailand), 29 April 2025 (Tuesday). Anchor 2025-04-29 (manifest).
# Furniture not annotated: PUBLISHED / UPDATED stamps, byline, photo caption and credit, Related News,
# Tags, footer.
DOC = "dev34_04_thenation_pyongyang_admits"
CMC = ("Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea")
PUTIN = ("Vladimir Putin", "person", "Russia")
GER = ("Valery Gerasimov", "person", "Russia")
GS = ("General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine")
MFA = ("Ministry of Foreign Affairs (Thailand)", "organisation", "Thailand")
MARIS = ("Maris Sangiampongsa", "person", "Thailand")
KAN = ("Kanokwan Srisuk", "person", "independent")
DOCS = {DOC: {
    "figures": [
        ("more than 76,000 servicemen", 76000, None, "more_than", "serviceman", "casualties", 76000, "count", "Valery Gerasimov"),
        ("roughly 500 square miles", 500, None, "approximately", "square mile", "territory", 1294.994, "km2", ""),
        # the bracketed conversion is a second mention, stated bare
        ("1,300 sq km", 1300, None, "exact", "sq km", "territory", 1300, "km2", ""),
        ("about 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", "South Korea"),
        ("thousands of reinforcements", 1000, None, "vague", "reinforcement", "personnel", 1000, "count", "South Korea"),
        ("about 6 million baht", 6e6, None, "approximately", "baht", "money", 6e6, "THB", "Ministry of Foreign Affairs (Thailand)"),
    ],
    "attributions": [
        ("Thailand urges restraint", "urges", "Thailand", "Thailand", "government", "Thailand", "indirect"),
        ("sending troops to Kursk", "admits", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("that it had sent troops to help Russia drive Ukrainian forces out of the Kursk region", "confirmed",
         "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ("the troops had been sent on the orders of leader Kim Jong Un under the mutual defence treaty signed with Moscow last June",
         "said", "the ruling Workers' Party's Central Military Commission", *CMC, "indirect"),
        ('The soldiers had "annihilated and wiped out" the invaders', "said", "the commission", *CMC, "indirect"),
        ('that the soldiers who fought in Kursk were "heroes" and that a monument to them would soon be built in Pyongyang',
         "quoted", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
        ('that the Korean soldiers had fought "shoulder to shoulder" with Russian troops', "said",
         "President Vladimir Putin", *PUTIN, "indirect"),
        ("We will never forget the heroism of the Korean fighters,", "said", "he", *PUTIN, "direct"),
        ("that Gornal, the last village in Kursk held by Ukraine, had been retaken", "announced",
         "Russia's chief of the general staff, Valery Gerasimov", *GER, "indirect"),
        ('praised the North Korean units for their "high professionalism"', "praised",
         "Russia's chief of the general staff, Valery Gerasimov", *GER, "indirect"),
        ("Ukraine had lost more than 76,000 servicemen over the eight-month campaign", "claimed", "He", *GER, "indirect"),
        ("Kyiv has rejected the claim", "rejected", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("its units were still holding positions in parts of the Kursk and Belgorod regions", "said", "Ukraine's General Staff", *GS, "indirect"),
        ("propaganda", "calling", "Ukraine's General Staff", *GS, "direct"),
        ("that about 11,000 North Korean soldiers were initially deployed, with thousands of reinforcements sent in January and February",
         "estimates", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        # sub-headline
        ("Bangkok calls for restraint", "calls for", "Bangkok", "Thailand", "government", "Thailand", "indirect"),
        ('that Thailand had "taken note" of Pyongyang\'s announcement', "said", "the Ministry of Foreign Affairs", *MFA, "indirect"),
        ("called on all parties to respect international law and the UN Charter", "called on", "the Ministry of Foreign Affairs", *MFA, "indirect"),
        ('that the spread of the war into Asia was "worrying for every country in our region"', "told reporters",
         "Foreign Minister Maris Sangiampongsa", *MARIS, "indirect"),
        ('that Bangkok would continue to "talk to all sides"', "adding", "Foreign Minister Maris Sangiampongsa", *MARIS, "indirect"),
        ("Thailand has given about 6 million baht in humanitarian aid to Ukraine since 2022", "said", "the ministry", *MFA, "indirect"),
        ("Pyongyang now has something no other army in Asia has: soldiers who have fought a modern drone war,", "said",
         "Kanokwan Srisuk", *KAN, "direct"),
        ("That experience will go home with them, and it changes the military balance on the Korean Peninsula.", 'war," |said| Kanokwan',
         "Kanokwan Srisuk", *KAN, "direct"),
        ("Bangkok should use its ties with both Koreas to press for talks", "said", "She", *KAN, "indirect"),
        ("that Thailand had little leverage over Moscow", "warned", "She", *KAN, "indirect"),
    ],
    "events": [
        ("North Korea |on Monday| confirmed", "2025-04-28", "2025-04-28", "day", True,
         "North Korea confirmed for the first time that it had sent troops to Kursk"),
        ("in October", "2024-10-01", "2024-10-31", "month", True,
         "North Korea's troop deployment to Russia began"),
        ("last June", "2024-06-01", "2024-06-30", "month", True,
         "North Korea and Russia signed the mutual defence treaty"),
        ("released |on Monday| that", "2025-04-28", "2025-04-28", "day", True,
         "Kremlin released Putin's statement that Korean soldiers fought shoulder to shoulder with Russian troops"),
        ("On Saturday", "2025-04-26", "2025-04-26", "day", True,
         "Gerasimov announced Gornal retaken and praised the North Korean units"),
        ("last summer", "2024-06-01", "2024-08-31", "season", True,
         "At the height of the incursion Ukrainian troops controlled roughly 500 square miles of Russian territory"),
        ("in January and February", "2025-01-01", "2025-02-28", "month", True,
         "Thousands of North Korean reinforcements were sent to Russia"),
        ("on Tuesday", "2025-04-29", "2025-04-29", "day", True,
         "Thailand's Foreign Ministry said it had taken note of Pyongyang's announcement"),
        ("since 2022", "2022-01-01", "2025-04-29", "open", True,
         "Thailand gave about 6 million baht in humanitarian aid to Ukraine"),
    ],
}}
