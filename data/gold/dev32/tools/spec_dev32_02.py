# dev32_02 — News24 (AFP copy), published 2025-04-28 (Monday). Anchor week: Mon 28 April - Sun 4 May 2025.
# Row formats as in spec_dev32_01.py.
CMC = "Central Military Commission of the Workers' Party of Korea"
GER = "Valery Gerasimov"
PUT = "Vladimir Putin"
GS = "General Staff of the Armed Forces of Ukraine"
JCS = "Joint Chiefs of Staff (South Korea)"
SYR = "Oleksandr Syrskyi"
STO = "Strategic Trade Observatory"
HYUN = "Hyun Ji-soo"

DOCS = {"dev32_02_news24_kursk_confirmation": {
    "figures": [
        ("more than 76,000 soldiers", 76000, None, "more_than", "soldier", "casualties", 76000, "count", GER),
        ("some 4,700 North Korean soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count", JCS),
        ("about 600", 600, None, "approximately", "soldier", "casualties", 600, "count", JCS),
        ("about 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", "South Korea"),
        ("roughly 3,000 reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count", ""),
        ("between 11,000 and 12,000", 11000, 12000, "range", "troop", "personnel", 11000, "count", ""),
        ("dozens of drones", 24, None, "vague", "drone", "weapons", 24, "count", SYR),
        ("roughly 40 percent", 40, None, "approximately", "percent", "casualties", 40, "count", SYR),
        ("more than one million barrels", 1000000, None, "more_than", "barrel", "other", 1000000, "count", STO),
        ("about 20 trillion won", 20000000000000, None, "approximately", "won", "money", 20000000000000, "KRW", STO),
        ("roughly $14 billion", 14000000000, None, "approximately", "", "money", 14000000000, "USD", STO),
    ],
    "attributions": [
        ("it sent troops to fight in Kursk", "confirms", "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ("that its soldiers fought for Russia", "admitted", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("the Kursk region had been fully retaken", "claimed", "Moscow", "Russia", "government", "Russia", "indirect"),
        ("its troops are still holding positions inside Russia", "insists", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("that it had deployed troops to Russia", "confirmed", "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ('its soldiers had helped "liberate" the Kursk region from Ukrainian forces on the orders of leader Kim Jong Un', "saying",
         "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ("that the operation had been carried out under the mutual defence treaty the two countries signed in June 2024", "said",
         "The Central Military Commission of the ruling Workers' Party", CMC, "organisation", "North Korea", "indirect"),
        ("The heroes who fought for justice are the pride of the nation,", "said", "the commission", CMC, "organisation", "North Korea", "direct"),
        ("that a monument would be erected in Pyongyang to honour soldiers who had fallen", "adding", "the commission", CMC,
         "organisation", "North Korea", "indirect"),
        ("that the last Ukrainian-held village in the region, Gornal, had been recaptured", "told",
         "Russia's chief of the general staff, Valery Gerasimov", GER, "person", "Russia", "indirect"),
        ('that North Korean units had shown "high professionalism, fortitude, courage and heroism"', "said", "Gerasimov", GER,
         "person", "Russia", "indirect"),
        ("Ukraine had lost more than 76,000 soldiers in the region since August 2024", "claimed", "Gerasimov", GER, "person", "Russia", "indirect"),
        ("We will never forget the feat of the Korean fighters,", "said", "Putin", PUT, "person", "Russia", "direct"),
        ("We will always honour the heroes who gave their lives for Russia.", 'fighters," Putin |said| in a statement released',
         "Putin", PUT, "person", "Russia", "direct"),
        ("Kyiv rejected the Russian account", "rejected", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("Claims by the Russian command about the end of the Kursk operation do not correspond to reality,", "said",
         "Ukraine's General Staff", GS, "organisation", "Ukraine", "direct"),
        ('that its units were still holding "designated positions" in the Kursk and neighbouring Belgorod regions', "adding",
         "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
        ("that some 4,700 North Korean soldiers had been killed or wounded since they entered combat last November, including about 600 dead",
         "estimated", "South Korea's Joint Chiefs of Staff", JCS, "organisation", "South Korea", "indirect"),
        ("that Pyongyang has sent about 15,000 troops in total", "believes", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("that North Korean units had adapted quickly, moving in smaller groups and flying dozens of drones of their own", "said",
         "Ukraine's top commander, General Oleksandr Syrskyi", SYR, "person", "Ukraine", "indirect"),
        ("that they had lost roughly 40 percent of their original strength", "estimated", "He", SYR, "person", "Ukraine", "indirect"),
        ("Russia has shipped more than one million barrels of oil to North Korea since March 2024", "according to",
         "the London-based Strategic Trade Observatory", STO, "organisation", "independent", "according_to"),
        ("that Pyongyang has earned about 20 trillion won, or roughly $14 billion, from its support for Moscow, including the sale of KN-23 and KN-24 missiles",
         "estimate", "Its analysts", STO, "organisation", "independent", "indirect"),
        ("This confirmation is not a confession, it is an advertisement,", "said", "Hyun Ji-soo", HYUN, "person", "independent", "direct"),
        ("Kim wants the world to know that his army has been tested in a modern war and that it is for hire.",
         'advertisement," |said| Hyun', "Hyun Ji-soo", HYUN, "person", "independent", "direct"),
        ("the public acknowledgement could pave the way for a visit by Kim to Moscow, which the Kremlin has said is on the agenda",
         "Seoul |said| the public", "Analysts in Seoul", "analysts", "group", "independent", "indirect"),
        ("which the Kremlin has said is on the agenda", "has said", "the Kremlin", "Kremlin", "government", "Russia", "indirect"),
    ],
    "events": [
        ("on Monday", "2025-04-28", "2025-04-28", "day", True, "North Korea confirmed for the first time that it had deployed troops to Russia"),
        ("in June 2024", "2024-06-01", "2024-06-30", "month", False, "North Korea and Russia signed their mutual defence treaty"),
        ("meeting |on Saturday| at", "2025-04-26", "2025-04-26", "day", True, "Gerasimov told Putin at a televised meeting that Gornal, the last Ukrainian-held village in Kursk, had been recaptured"),
        ("since August 2024", "2024-08-01", "2025-04-28", "open", True, "Ukraine lost more than 76,000 soldiers in the Kursk region (Gerasimov's claim)"),
        ("The following day", "2025-04-27", "2025-04-27", "day", True, "The Russian defence ministry published footage of troops raising a flag over Gornal"),
        ("said |on Saturday|, adding", "2025-04-26", "2025-04-26", "day", True, "Ukraine's General Staff said claims of the end of the Kursk operation did not correspond to reality"),
        ("earlier this month", "2025-04-01", "2025-04-27", "month", True, "South Korea's JCS estimated some 4,700 North Korean casualties, incl. about 600 dead"),
        ("last November", "2024-11-01", "2024-11-30", "month", True, "North Korean soldiers entered combat"),
        ("in January", "2025-01-01", "2025-01-31", "month", True, "Syrskyi said North Korean units had adapted quickly and lost about 40 percent of their strength"),
        ("since March 2024", "2024-03-01", "2025-04-28", "open", True, "Russia shipped more than one million barrels of oil to North Korea"),
    ],
}}
