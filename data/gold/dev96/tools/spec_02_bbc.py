"""dev96_02: BBC World Service, Newshour transcript excerpt, 2025-01-15 (Wed). Row formats as in spec_01."""
D = "dev96_02_bbc_captured_soldiers"
NIS = "National Intelligence Service (South Korea)"
ZEL = "Volodymyr Zelensky"
POW = "captured North Korean soldier"
SOL = "Ivanna Solonenko"

DOCS = {D: {
    "figures": [
        ("two captured North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
        ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
        ("the |two men| are lying", 2, None, "exact", "man", "casualties", 2, "count", ""),
        ("roughly 350 North Korean soldiers", 350, None, "approximately", "soldier", "casualties", 350, "count", NIS),
        ("some 2,500", 2500, None, "approximately", "soldier", "casualties", 2500, "count", NIS),
        ("thousands of our soldiers", 1000, None, "vague", "soldier", "casualties", 1000, "count", SOL),
        ("these |two men|.", 2, None, "exact", "man", "casualties", 2, "count", SOL),
        ("at least two other soldiers", 2, None, "at_least", "soldier", "casualties", 2, "count", "Ukrainian officials"),
        ("around 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", ""),
    ],
    "attributions": [
        # standfirst: two sources, two clauses
        ("the pair could be swapped for Ukrainians held in Russia", "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("it would take them if they asked", "says", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        # presenter
        ("he is ready to hand both men over to Kim Jong Un if the North Korean leader can arrange the release of Ukrainians held in Russia",
         "says", "President Zelensky", ZEL, "person", "Ukraine", "indirect"),
        # correspondent
        ("is a detention centre in Kyiv", "says", "the SBU", "Security Service of Ukraine", "organisation", "Ukraine", "indirect"),
        ("he was told he was going to Russia for training, not to fight Ukrainians", "says",
         "The older of the two, a 26-year-old rifleman", POW, "group", "North Korea", "indirect"),
        ("his unit lost many men to drones, and that he was captured on 9 January after hiding in a forest for five days", "says",
         "He", POW, "group", "North Korea", "indirect"),
        ("South Korea's National Intelligence Service confirmed the capture on Saturday", "confirmed",
         "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("President Zelensky announced it", "announced", "President Zelensky", ZEL, "person", "Ukraine", "indirect"),
        ("it had helped Kyiv question the men", "said", "it", NIS, "organisation", "South Korea", "indirect"),
        ("that roughly 350 North Korean soldiers had been killed and some 2,500 wounded since December", "told lawmakers",
         "it", NIS, "organisation", "South Korea", "indirect"),
        ("that if either soldier asks to come to the South, Seoul would take him", "it |said| something",
         "it", NIS, "organisation", "South Korea", "indirect"),
        # presenter: resumed quote from the post
        ("Ukraine will hand these soldiers back to Kim Jong Un,", "wrote", "he", ZEL, "person", "Ukraine", "direct"),
        ("but only in exchange for our own people held in Russian captivity.", "wrote", "he", ZEL, "person", "Ukraine", "direct"),
        # interviewee turns
        ("Absolutely serious. Russia is holding thousands of our soldiers in captivity, and every one of them matters more to us than these two men. If Pyongyang wants its boys back, it can talk to Moscow. And next week there is a new president in Washington. We want the whole world to hear what Kim's soldiers say.",
         "IVANNA SOLONENKO:", "IVANNA SOLONENKO", SOL, "person", "Ukraine", "direct"),
        ("They are fed, they are seen by doctors, and nobody forced them to speak. Compare that with what Russia does to our prisoners. And remember, North Korea has never even admitted that these men exist.",
         "IVANNA SOLONENKO:", "IVANNA SOLONENKO", SOL, "person", "Ukraine", "direct"),
        ("North Korea has never even admitted that these men exist", "has never even admitted",
         "North Korea", "North Korea", "government", "North Korea", "indirect"),
        # correspondent, second part of the two-way
        ("the North Koreans have been sent forward in waves, with little armour and little understanding of drones", "say",
         "Western officials", "Western officials", "group", "West", "indirect"),
        ("that his commanders had ordered the men to blow themselves up rather than be captured", "told his interrogators",
         "The soldier in the video", POW, "group", "North Korea", "indirect"),
        ("at least two other soldiers died that way before they could be taken", "say",
         "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
        ("another rotation before the spring", "expect", "Analysts here", "analysts in Seoul", "group", "independent", "indirect"),
    ],
    "events": [
        ("last autumn", "2024-09-01", "2024-11-30", "season", True, "Pyongyang sent troops to fight for Moscow"),
        ("on 9 January", "2025-01-09", "2025-01-09", "day", True, "The North Korean rifleman was captured after hiding in a forest"),
        ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
         "South Korea's NIS confirmed the capture, hours after Zelensky announced it"),
        ("On Monday", "2025-01-13", "2025-01-13", "day", True,
         "NIS told lawmakers roughly 350 North Korean soldiers were killed and some 2,500 wounded"),
        ("since December", "2024-12-01", "2025-01-15", "open", True, "North Korean soldiers killed and wounded (NIS tally)"),
        ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
         "Zelensky posted that Ukraine would hand the soldiers back to Kim only in exchange for Ukrainian prisoners"),
        ("next week", "2025-01-20", "2025-01-26", "week", True, "A new US president takes office in Washington"),
        ("since the autumn", "2024-09-01", "2025-01-15", "open", True, "North Korea is believed to have sent around 11,000 troops"),
        ("before the spring", "2025-03-01", "2025-05-31", "season", True, "Analysts in Seoul expect another North Korean rotation"),
    ],
}}
