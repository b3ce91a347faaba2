# dev31_02: The Kyiv Independent live updates, Mon 13 Jan 2025 (anchor 2025-01-13).
VZ = "Volodymyr Zelensky"
HUR = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service (South Korea)"
SBU = "Security Service of Ukraine"
POW = "captured North Korean soldier"

DOCS = {"dev31_02_kyivindependent_captured_soldiers": {
    "figures": [
        ("two captured North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", VZ),
        ("Around 3,800 North Korean troops", 3800, None, "approximately", "troop", "casualties", 3800, "count", HUR),
        ("hand over the |two North Korean soldiers| captured", 2, None, "exact", "soldier", "casualties", 2, "count", VZ),
        ("The |two men| were captured", 2, None, "exact", "man", "casualties", 2, "count", VZ),
        ("around 500 square kilometers", 500, None, "approximately", "square kilometer", "territory", 500, "km2", ""),
        ("roughly 1,300", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", ""),
        ("losses |near 3,800|", 3800, None, "approximately", "", "casualties", 3800, "count", HUR),
        ("around 3,800 North Korean soldiers", 3800, None, "approximately", "soldier", "casualties", 3800, "count", HUR),
        ("3,000 North Korean soldiers", 3000, None, "exact", "soldier", "casualties", 3000, "count", HUR),
        ("up to 8,000 men", 8000, None, "at_most", "man", "personnel", 8000, "count", "Defence Intelligence of Ukraine source"),
        ("roughly $2,000", 2000, None, "approximately", "dollar", "money", 2000, "USD", "Yoon Seo-hyun"),
        ("about 210,000 rubles", 210000, None, "approximately", "ruble", "money", 210000, "RUB", "Yoon Seo-hyun"),
    ],
    "attributions": [
        ("Zelensky offers to hand captured North Korean soldiers to Kim in exchange for Ukrainian POWs", "offers", "Zelensky", VZ, "person", "Ukraine", "indirect"),
        # key developments
        ("Zelensky offers to hand over two captured North Korean soldiers to Kim Jong Un in exchange for Ukrainians held in Russia", "offers", "Zelensky", VZ, "person", "Ukraine", "indirect"),
        ("he was told he was going to a training exercise", "says", "one of the men", POW, "group", "North Korea", "indirect"),
        ("Around 3,800 North Korean troops killed or wounded in Kursk Oblast", "says", "military intelligence", HUR, "organisation", "Ukraine", "indirect"),
        ("Seoul ready to help question the prisoners", "prisoners, NIS |says|", "NIS", NIS, "organisation", "South Korea", "indirect"),
        # body
        ("that Ukraine is ready to hand over the two North Korean soldiers captured in Kursk Oblast to Kim Jong Un if Pyongyang can organize their exchange for Ukrainian prisoners of war held in Russia", "said", "President Volodymyr Zelensky", VZ, "person", "Ukraine", "indirect"),
        ("Ukraine is ready to hand over Kim Jong Un's soldiers to him if he can organize their exchange for our warriors who are being held captive in Russia,", "wrote", "Zelensky", VZ, "person", "Ukraine", "direct"),
        ("there may be other options,", "added", "the president", VZ, "person", "Ukraine", "direct"),
        ('Those who want to "bring peace closer by spreading the truth about this war in Korean" will be given that chance', "said", "he", VZ, "person", "Ukraine", "indirect"),
        ("The two men were captured on Jan. 9", "Zelensky |said| on Saturday", "Zelensky", VZ, "person", "Ukraine", "indirect"),
        ("he had been told he was going to Russia for training, not to fight against Ukraine", "said", "one of the soldiers", POW, "group", "North Korea", "indirect"),
        ("He had served in the North Korean army since 2021", "added", "he", POW, "group", "North Korea", "indirect"),
        ('The other prisoner, a 20-year-old rifleman, said that his unit had lost "very many" men to drones in the first week of fighting', "according to", "an SBU statement", SBU, "organisation", "Ukraine", "according_to"),
        ('that his unit had lost "very many" men to drones in the first week of fighting', "said", "The other prisoner", POW, "group", "North Korea", "indirect"),
        ("Neither man spoke Ukrainian, Russian or English, and the interrogations were carried out with the help of South Korea's National Intelligence Service (NIS)", "said", "the SBU", SBU, "organisation", "Ukraine", "indirect"),
        ("that it was cooperating with Kyiv", "confirmed", "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ('it was "ready to cooperate" on any further questioning', "said", "It", NIS, "organisation", "South Korea", "indirect"),
        ("Military intelligence puts losses near 3,800", "puts", "Military intelligence", HUR, "organisation", "Ukraine", "indirect"),
        ("that around 3,800 North Korean soldiers have been killed or wounded since the contingent was committed to assaults in mid-December", "estimated", "Ukraine's military intelligence agency (HUR)", HUR, "organisation", "Ukraine", "indirect"),
        ("that 3,000 North Korean soldiers had been killed or wounded", "estimated", "the agency", HUR, "organisation", "Ukraine", "indirect"),
        ("The North Koreans are still being thrown forward in small groups, without armor and without proper drone cover,", "told national television", "HUR spokesperson Andrii Yusov", "Andrii Yusov", "person", "Ukraine", "direct"),
        ("The Russians treat them as expendable.", "told national television", "HUR spokesperson Andrii Yusov", "Andrii Yusov", "person", "Ukraine", "direct"),
        ("that Pyongyang was preparing a second wave of up to 8,000 men, who could reach the front by March", "told the Kyiv Independent", "A source in the agency", "Defence Intelligence of Ukraine source", "group", "Ukraine", "indirect"),
        ("North Korea is paid roughly $2,000 a month for each soldier it sends", "according to", "Yoon Seo-hyun", "Yoon Seo-hyun", "person", "independent", "according_to"),
        ("Russia's own contract soldiers earn about 210,000 rubles a month", "said", "she", "Yoon Seo-hyun", "person", "independent", "indirect"),
    ],
    "events": [
        ("on Jan. 12", "2025-01-12", "2025-01-12", "day", True, "Zelensky offered to hand the two captured North Korean soldiers to Kim in exchange for Ukrainian POWs"),
        ("on Jan. 9", "2025-01-09", "2025-01-09", "day", True, "Two North Korean soldiers were captured in Kursk Oblast"),
        ("on Saturday", "2025-01-11", "2025-01-11", "day", True, "Zelensky announced the capture of the two North Korean soldiers"),
        ("last August", "2024-08-01", "2024-08-31", "month", True, "Ukraine launched its cross-border offensive into Kursk Oblast"),
        ("since 2021", "2021-01-01", "2025-01-13", "open", True, "The captured North Korean soldier has served in the North Korean army"),
        ("on Sunday", "2025-01-12", "2025-01-12", "day", True, "The NIS confirmed it was cooperating with Kyiv on questioning the prisoners"),
        ("on Monday", "2025-01-13", "2025-01-13", "day", True, "HUR estimated around 3,800 North Korean soldiers killed or wounded"),
        ("in mid-December", "2024-12-11", "2024-12-20", "month", True, "The North Korean contingent was committed to assaults in Kursk"),
        ("Earlier this month", "2025-01-01", "2025-01-12", "month", True, "HUR estimated 3,000 North Korean soldiers killed or wounded"),
        ("by March", "2025-03-01", "2025-03-31", "month", True, "A second wave of up to 8,000 North Korean soldiers could reach the front"),
    ],
}}
