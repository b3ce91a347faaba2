"""dev87_02: Brookings webinar transcript, 2025-01-16 (Thu).  Anchor = manifest date = event date."""
D = "dev87_02_brookings_prisoners"
HC, ML = "Hae-won Choi", "Marcus Lindgren"
NIS = "National Intelligence Service (South Korea)"
DIU = "Defence Intelligence of Ukraine"

DOCS = {D: {
    "figures": [
        ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Ukraine"),
        ("about 340 North Korean soldiers", 340, None, "approximately", "soldier", "casualties", 340, "count", NIS),
        ("some 2,900", 2900, None, "approximately", "soldier", "casualties", 2900, "count", NIS),
        ("about 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", HC),
        ("some 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", ML),
        ("20 to 30 men", 20, 30, "range", "man", "personnel", 20, "count", "Ukrainian commanders"),
        ("some 9 trillion won", 9e12, None, "approximately", "won", "money", 9e12, "KRW", "South Korea"),
        ("about $6.2 billion", 6.2e9, None, "approximately", "", "money", 6.2e9, "USD", "South Korea"),
        ("3,000 to 5,000 North Koreans", 3000, 5000, "range", "north korean", "personnel", 3000, "count", DIU),
        ("two prisoners", 2, None, "exact", "prisoner", "casualties", 2, "count", "Volodymyr Zelensky"),
    ],
    "attributions": [
        (("Quite a lot, considering", "for what it's worth."), "|MS. CHOI|: Quite", "MS. CHOI", HC, "person", "independent", "direct"),
        (("Time, mostly.", "question for the Ukrainian side."), "|MR. LINDGREN|: Time", "MR. LINDGREN", ML, "person", "independent", "direct"),
        (("Hard to say.", "I'm only half joking."), "|MS. CHOI|: Hard", "MS. CHOI", HC, "person", "independent", "direct"),
        (("I'd add that the Ukrainians expect", "That is smart politics."), "|MR. LINDGREN|: I'd add", "MR. LINDGREN", ML, "person", "independent", "direct"),
        ("its forces captured two North Korean soldiers on Saturday", "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("he was told he was going to a training exercise, not to a war", "says", "the younger man", "captured North Korean soldier", "group", "North Korea", "indirect"),
        ("that his unit lost a lot of men to drones", "says", "He", "captured North Korean soldier", "group", "North Korea", "indirect"),
        ("that about 340 North Korean soldiers have been killed and some 2,900 wounded since they entered combat in December", "told", "the NIS", NIS, "organisation", "South Korea", "indirect"),
        ("Russia has taken back about half the ground Ukraine seized in Kursk last August", "reckons", "The ISW", "Institute for the Study of War", "organisation", "independent", "indirect"),
        ("them crossing open fields in groups of 20 to 30 men, with no drone cover at all", "describe", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
        ("it was a question for the Ukrainian side", "said", "Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        ("he wants the war over quickly", "has said", "President-elect Trump", "Donald Trump", "person", "United States", "indirect"),
        ("that Russia has paid Pyongyang the equivalent of some 9 trillion won, about $6.2 billion, in cash, oil and food since 2023", "estimates", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("a second wave", "expect", "the Ukrainians", "Ukrainians", "group", "Ukraine", "indirect"),
        ("that another 3,000 to 5,000 North Koreans could arrive by spring", "told me", "Officials at HUR, Ukraine's military intelligence", DIU, "group", "Ukraine", "indirect"),
        ("Zelensky, to his credit, has offered to trade the two prisoners for Ukrainians held in Russia", "has offered", "Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ],
    "events": [
        ("on Saturday", "2025-01-11", "2025-01-11", "day", True, "Ukrainian forces captured two North Korean soldiers"),
        ("on Sunday", "2025-01-12", "2025-01-12", "day", True, "The SBU released the interrogation videos of the captured North Korean soldiers"),
        ("committee |on Monday| that", "2025-01-13", "2025-01-13", "day", True, "The NIS told the National Assembly's intelligence committee about 340 North Koreans were killed and some 2,900 wounded"),
        ("in December", "2024-12-01", "2024-12-31", "month", True, "North Korean troops entered combat"),
        ("last August", "2024-08-01", "2024-08-31", "month", True, "Ukraine seized ground in Russia's Kursk region"),
        ("prisoners |on Monday| and said", "2025-01-13", "2025-01-13", "day", True, "Peskov was asked about the prisoners and said it was a question for the Ukrainian side"),
        ("takes office |on Monday|.", "2025-01-20", "2025-01-20", "day", True, "Donald Trump takes office (forward)"),
        ("since 2023", "2023-01-01", "2025-01-16", "open", True, "Russia paid Pyongyang some 9 trillion won (about $6.2 billion) in cash, oil and food"),
        ("last month", "2024-12-01", "2024-12-31", "month", True, "HUR officials told Lindgren in Kyiv another 3,000-5,000 North Koreans could arrive"),
        ("by spring", "2025-03-01", "2025-05-31", "season", True, "Another 3,000 to 5,000 North Koreans could arrive in Russia (forward)"),
    ],
}}
