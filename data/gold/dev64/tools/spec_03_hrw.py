"""dev64_03_hrw_pows: Human Rights Watch news release.  The manifest's published date is EMPTY;
the anchor is the page's own date line "February 13, 2025 12:00AM EST" -> 2025-02-13 (Thursday).

Row formats as in spec_01_rand.py.
"""
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
HRW = "Human Rights Watch"
CHQ = "Coordination Headquarters for the Treatment of Prisoners of War"
POW = "captured North Korean soldier"

DOCS = {
    "dev64_03_hrw_pows": {
        "figures": [
            ("|two North Korean soldiers| captured", 2, None, "exact", "soldier", "casualties", 2, "count", HRW),
            ("two soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Security Service of Ukraine"),
            ("about 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", NIS),
            ("more than 4,000", 4000, None, "more_than", "soldier", "casualties", 4000, "count", HUR),
            ("at least two North Korean soldiers", 2, None, "at_least", "soldier", "casualties", 2, "count", HUR),
            ("two men", 2, None, "exact", "man", "casualties", 2, "count", CHQ),
            ("more than 3,900 prisoners of war", 3900, None, "more_than", "prisoner of war", "casualties", 3900, "count", CHQ),
            ("61 exchanges", 61, None, "exact", "exchange", "other", 61, "count", CHQ),
        ],
        "attributions": [
            ("Ukrainian authorities should not return two North Korean soldiers captured in Russia’s Kursk region to North Korea or to Russia, where they would face a real risk of torture, imprisonment, or execution",
             "said", "Human Rights Watch", HRW, "organisation", "independent", "indirect"),
            ("Captured North Korean soldiers are prisoners of war and are entitled to every protection that status brings,",
             ",” |said| Yulia", "Yulia Horbenko", "Yulia Horbenko", "person", "independent", "direct"),
            ("Handing them back to a government that has reportedly ordered soldiers to blow themselves up rather than be captured would be unconscionable.",
             ",” |said| Yulia", "Yulia Horbenko", "Yulia Horbenko", "person", "independent", "direct"),
            ("that Ukrainian forces had captured two soldiers of the Korean People’s Army in the Kursk region: a 20-year-old rifleman who had joined the army in 2021, and a 26-year-old sniper",
             "said", "Ukraine’s Security Service (SBU)", "Security Service of Ukraine", "organisation", "Ukraine", "indirect"),
            ("that Ukraine was ready to hand the men over to Kim Jong Un if he could arrange their exchange for Ukrainians held in Russian captivity",
             "wrote", "President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("he wanted to go to South Korea", "said", "one of the men", POW, "group", "North Korea", "indirect"),
            ("that it would accept the soldiers if they requested it", "said",
             "South Korea’s Foreign Ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
            ("that North Korea sent about 11,000 soldiers to Russia in October and November 2024", "estimates",
             "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            ("that more than 4,000 of them had been killed, wounded, captured, or gone missing, and that at least two North Korean soldiers had killed themselves with grenades to avoid capture",
             "said", "Ukraine’s military intelligence agency", HUR, "organisation", "Ukraine", "indirect"),
            ("that the two men were being held in a detention facility in the Kyiv region, had received medical care, and had been visited by the International Committee of the Red Cross (ICRC)",
             "told Human Rights Watch", "Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War", CHQ,
             "organisation", "Ukraine", "indirect"),
            ("Ukraine has brought home more than 3,900 prisoners of war and civilians in 61 exchanges with Russia since 2022",
             "according to", "the Coordination Headquarters", CHQ, "organisation", "Ukraine", "according_to"),
            ("that the men fought for Russia", "have not acknowledged",
             "Russian authorities", "Russian authorities", "government", "Russia", "indirect"),
            ("that he had “nothing to say” about the reports", "said",
             "Kremlin spokesperson Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
            ("that no prisoner should be repatriated against their will if they face a well-founded risk of persecution", "has long held",
             "the ICRC", "International Committee of the Red Cross", "organisation", "independent", "indirect"),
            ("how North Korean authorities treat people forcibly returned from China as traitors, subjecting them to torture, sexual violence, and forced labor",
             "has documented", "Human Rights Watch", HRW, "organisation", "independent", "indirect"),
            ("The South Korean government has made clear that it is willing to receive these men,",
             ",” |said| Ha-eun", "Ha-eun Cho", "Ha-eun Cho", "person", "independent", "direct"),
            ("that it is willing to receive these men", "has made clear",
             "The South Korean government", "South Korea", "government", "South Korea", "indirect"),
            ("Ukraine should let them make that choice freely, with access to independent counsel, and not use them as bargaining chips.",
             ",” |said| Ha-eun", "Ha-eun Cho", "Ha-eun Cho", "person", "independent", "direct"),
        ],
        "events": [
            ("today", "2025-02-13", "2025-02-13", "day", True,
             "Human Rights Watch urged Ukraine not to return the two captured North Korean soldiers to North Korea or Russia"),
            ("on January 11", "2025-01-11", "2025-01-11", "day", True,
             "The SBU said Ukrainian forces had captured two North Korean soldiers in the Kursk region"),
            ("in 2021", "2021-01-01", "2021-12-31", "year", False,
             "One of the captured soldiers, a 20-year-old rifleman, joined the Korean People's Army"),
            ("On January 12", "2025-01-12", "2025-01-12", "day", True,
             "Zelensky wrote that Ukraine was ready to hand the men to Kim Jong Un in exchange for Ukrainians held by Russia"),
            ("February 9", "2025-02-09", "2025-02-09", "day", True,
             "One captured soldier told South Korean lawmaker Yoo Yong-won he wanted to go to South Korea"),
            ("said |in January| that", "2025-01-01", "2025-01-31", "month", True,
             "South Korea's Foreign Ministry said it would accept the soldiers if they requested it"),
            ("in October and November 2024", "2024-10-01", "2024-11-30", "month", False,
             "North Korea sent about 11,000 soldiers to Russia (NIS estimate)"),
            ("in late January", "2025-01-21", "2025-01-31", "month", True,
             "Ukraine's military intelligence said more than 4,000 North Korean soldiers had been killed, wounded, captured or gone missing"),
            ("on February 6", "2025-02-06", "2025-02-06", "day", True,
             "Ukraine's Coordination Headquarters told HRW the two men were held in the Kyiv region and had been visited by the ICRC"),
            ("since 2022", "2022-01-01", "2025-02-13", "open", True,
             "Ukraine brought home more than 3,900 prisoners of war and civilians in 61 exchanges with Russia"),
            ("last month", "2025-01-01", "2025-01-31", "month", True,
             "Peskov said he had nothing to say about the reports of the captured North Koreans"),
        ],
    },
}
