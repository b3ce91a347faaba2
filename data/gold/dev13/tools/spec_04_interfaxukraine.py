# dev13_04: Interfax-Ukraine. The manifest has NO published date; the page's date line "13.01.2025 15:22"
# (and the dateline "KYIV. Jan 13") give the anchor 2025-01-13 (Monday). Anchor week Mon 2025-01-13;
# last week 2025-01-06..12. The date line and the dateline themselves are page furniture, not events.
D = "dev13_04_interfaxukraine_pows"
Z = "Volodymyr Zelensky"
SBU = "Security Service of Ukraine"
POW = "North Korean prisoner of war"
NIS = "National Intelligence Service (South Korea)"
MOJ = "Ministry of Justice of Ukraine"
CHQ = "Coordination Headquarters for the Treatment of Prisoners of War"
SPOKES = "Iryna Shevchuk-Volyk"

DOCS = {D: {
    "figures": [
        ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", Z),
        ("two servicemen", 2, None, "exact", "serviceman", "casualties", 2, "count", Z),
        ("two men", 2, None, "exact", "man", "casualties", 2, "count", SBU),
        ("11,000-12,000 servicemen", 11000, 12000, "range", "serviceman", "personnel", 11000, "count", "Defence Intelligence of Ukraine"),
        ("more than 3,800", 3800, None, "more_than", "soldier", "casualties", 3800, "count", Z),
        ("UAH 2.5 billion", 2.5e9, None, "exact", "", "money", 2.5e9, "UAH", MOJ),
        ("about $59 million", 59e6, None, "approximately", "", "money", 59e6, "USD", MOJ),
        ("more than 1,300 Russian servicemen", 1300, None, "more_than", "serviceman", "casualties", 1300, "count", CHQ),
    ],
    "attributions": [
        ("Ukraine ready to hand over captured North Korean soldiers to Kim if he arranges swap for Ukrainians", "Zelensky:", "Zelensky", Z,
         "person", "Ukraine", "indirect"),
        ("Ukraine is ready to hand over two North Korean soldiers captured in Russia's Kursk region to North Korean leader Kim Jong Un if Pyongyang can organize their exchange for Ukrainian servicemen held in Russian captivity",
         "said", "President of Ukraine Volodymyr Zelensky", Z, "person", "Ukraine", "indirect"),
        ("Ukraine is ready to hand over Kim Jong Un's soldiers to him if he can organize their exchange for our warriors who are being held captive in Russia,",
         "wrote", "Zelensky", Z, "person", "Ukraine", "direct"),
        ("For North Korean soldiers who do not wish to return, there may be other options,", "added", "he", Z, "person", "Ukraine", "direct"),
        ('those who want to bring the truth about the war to the Korean-speaking world by spreading it "will be given such an opportunity."',
         "According to", "the president", Z, "person", "Ukraine", "according_to"),
        ("that special operations forces and paratroopers had taken the two servicemen prisoner in the Kursk region, and that the Security Service of Ukraine (SBU) was working with them",
         "said", "The head of state", Z, "person", "Ukraine", "indirect"),
        ("the two men – one aged 20 and the other 26 – had been wounded and were receiving medical care in Kyiv", "According to", "the service", SBU,
         "organisation", "Ukraine", "according_to"),
        ("They do not speak Ukrainian, English or Russian, so they are being interrogated through interpreters in cooperation with South Korean intelligence",
         "said", "the SBU", SBU, "organisation", "Ukraine", "indirect"),
        ("one of the prisoners claimed he had been told he was being sent to Russia for training, not for war with Ukraine, and that he learned where he actually was only after arriving",
         "According to", "the SBU", SBU, "organisation", "Ukraine", "according_to"),
        ("he had been told he was being sent to Russia for training, not for war with Ukraine, and that he learned where he actually was only after arriving",
         "claimed", "one of the prisoners", POW, "group", "North Korea", "indirect"),
        ("he would like to stay in Ukraine", "said", "The other", POW, "group", "North Korea", "indirect"),
        ("Russian commanders treated them like expendable material,", "wrote", "SBU spokeswoman Iryna Shevchuk-Volyk", SPOKES,
         "person", "Ukraine", "direct"),
        ("that the captured men had been issued Russian military IDs in the name of ethnic Tuvans", "adding", "SBU spokeswoman Iryna Shevchuk-Volyk",
         SPOKES, "person", "Ukraine", "indirect"),
        ("Ukraine's Defense Intelligence has put the contingent at 11,000-12,000 servicemen", "put", "Ukraine's Defense Intelligence",
         "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
        ("that the number of North Korean soldiers killed or wounded in the Kursk region had risen to more than 3,800", "said", "Zelensky", Z,
         "person", "Ukraine", "indirect"),
        ("South Korea's National Intelligence Service confirmed the capture on Sunday", "confirmed", "South Korea's National Intelligence Service",
         NIS, "organisation", "South Korea", "indirect"),
        ("it was ready to cooperate with Kyiv if the men sought to go to the South", "said", "South Korea's National Intelligence Service",
         NIS, "organisation", "South Korea", "indirect"),
        ("that UAH 2.5 billion (about $59 million) had been set aside this year to maintain camps for prisoners of war", "reported",
         "Ukraine's Ministry of Justice", MOJ, "organisation", "Ukraine", "indirect"),
        ("more than 1,300 Russian servicemen are currently being held in Ukrainian facilities", "According to",
         "the Coordination Headquarters for the Treatment of Prisoners of War", CHQ, "organisation", "Ukraine", "according_to"),
    ],
    "events": [
        ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
         "Zelensky wrote on Telegram that Ukraine is ready to hand the POWs to Kim in exchange for Ukrainians held in Russia", 1),
        ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
         "Zelensky said Ukrainian forces had captured two North Korean soldiers in the Kursk region"),
        ("On Sunday", "2025-01-12", "2025-01-12", "day", True,
         "The SBU published a video of the interrogation of the two North Korean POWs"),
        ("in the autumn of 2024", "2024-09-01", "2024-11-30", "season", False,
         "North Korea began sending troops to Russia"),
        ("last week", "2025-01-06", "2025-01-12", "week", True,
         "Zelensky said North Korean killed or wounded in Kursk had risen to more than 3,800"),
        ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
         "South Korea's NIS confirmed the capture of the two North Korean soldiers", 2),
        ("this year", "2025-01-01", "2025-12-31", "year", True,
         "UAH 2.5 billion set aside to maintain prisoner-of-war camps"),
    ],
}}
