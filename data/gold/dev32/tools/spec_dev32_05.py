# dev32_05 — Buenos Aires Times (AFP & staff), published 2024-10-19 (Saturday). Anchor week: Mon 14 - Sun 20 October 2024.
# Row formats as in spec_dev32_01.py.
NIS = "National Intelligence Service (South Korea)"
ZEL = "Volodymyr Zelensky"
HUR = "Defence Intelligence of Ukraine"
LF = "Lucía Ferreyra"

DOCS = {"dev32_05_buenosairestimes_special_forces": {
    "figures": [
        ("1,500 special forces", 1500, None, "exact", "special force", "personnel", 1500, "count", "South Korea", 1),
        ("12,000 troops", 12000, None, "exact", "troop", "personnel", 12000, "count", NIS),
        ("1,500 special forces troops", 1500, None, "exact", "troop", "personnel", 1500, "count", NIS),
        ("12,000 soldiers", 12000, None, "exact", "soldier", "personnel", 12000, "count", NIS),
        ("four brigades", 4, None, "exact", "brigade", "units", 4, "count", NIS),
        ("Four Russian amphibious ships", 4, None, "exact", "amphibious ship", "other", 4, "count", NIS),
        ("three escort vessels", 3, None, "exact", "escort vessel", "other", 3, "count", NIS),
        ("less than 200 kilometres", 200, None, "less_than", "kilometre", "territory", 200, "km", NIS),
        ("10,000 soldiers", 10000, None, "exact", "soldier", "personnel", 10000, "count", ZEL),
        ("about US$2,000", 2000, None, "approximately", "", "money", 2000, "USD", HUR),
        ("roughly 1.9 million pesos", 1900000, None, "approximately", "peso", "money", 1900000, "ARS", ""),
        ("more than 13,000 containers", 13000, None, "more_than", "container", "weapons", 13000, "count", LF),
        ("hundreds of square kilometres", 100, None, "vague", "square kilometre", "territory", 100, "km2", ""),
    ],
    "attributions": [
        ("North Korea has sent 1,500 special forces to Russia", "says", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("Pyongyang plans to send a total of 12,000 troops to support Moscow’s war in Ukraine", "says", "South Korea’s spy agency", NIS,
         "organisation", "South Korea", "indirect"),
        ("reports “|fake|”", "calls", "Kremlin", "Kremlin", "government", "Russia", "direct"),
        ("North Korea has dispatched 1,500 special forces troops to Russia’s Far East, the first wave of a deployment that could "
         "eventually reach 12,000 soldiers in four brigades", "said", "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
        ("Russian navy vessels ferried the troops from the North Korean ports of Chongjin, Hamhung and Musudan to Vladivostok between "
         "October 8 and 13", "the agency |said| in a statement", "the agency", NIS, "organisation", "South Korea", "indirect"),
        ("Four Russian amphibious ships and three escort vessels were involved", "said", "it", NIS, "organisation", "South Korea", "indirect"),
        ("The troops are now at bases in Vladivostok, Ussuriysk, Khabarovsk and Blagoveshchensk, all less than 200 kilometres from the "
         "Chinese border", "believes", "the NIS", NIS, "organisation", "South Korea", "indirect"),
        ("A second group of soldiers is expected to be transported soon,", "the NIS |said|, adding", "the NIS", NIS, "organisation", "South Korea", "direct"),
        ("that the troops had been issued Russian uniforms and forged identity documents so they could pass as residents of Yakutia and Buryatia",
         "adding", "the NIS", NIS, "organisation", "South Korea", "indirect"),
        ("that Kyiv’s intelligence had information that North Korea was preparing 10,000 soldiers to fight for Russia", "said",
         "Ukrainian President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
        ("This is the first step to a world war,", "told reporters", "Zelensky", ZEL, "person", "Ukraine", "direct"),
        ("Each soldier would be paid about US$2,000 a month, much of which would go to the regime", "according to",
         "Ukrainian military intelligence", HUR, "organisation", "Ukraine", "according_to"),
        ("Moscow and Pyongyang have dismissed the reports", "dismissed", "Moscow and Pyongyang", "Russia", "government", "Russia", "indirect"),
        ("Moscow and Pyongyang have dismissed the reports", "dismissed", "Moscow and Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("another fake", "called", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "direct"),
        ("that Pyongyang “does not engage in unlawful military cooperation”", "said", "North Korea’s mission to the United Nations",
         "North Korean mission to the United Nations", "organisation", "North Korea", "indirect"),
        ("South Korea summoned the Russian ambassador, Georgy Zinoviev, on Friday over the deployment", "said", "the foreign ministry in Seoul",
         "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
        ("they were consulting closely with Nato allies on a response", "said", "Seoul and Washington", "South Korea", "government",
         "South Korea", "indirect"),
        ("they were consulting closely with Nato allies on a response", "said", "Seoul and Washington", "United States", "government",
         "United States", "indirect"),
        ("they could not yet confirm the NIS findings", "said", "US officials", "U.S. officials", "group", "United States", "indirect"),
        ("Pyongyang gets combat experience, cash and technology; Moscow gets bodies,", "said", "Professor Lucía Ferreyra", LF,
         "person", "independent", "direct"),
        ("the soldiers were likely to be in their late teens or early 20s and “have never seen a drone in their lives”", "said", "She", LF,
         "person", "independent", "indirect"),
        ("North Korea, she added, has already shipped more than 13,000 containers of munitions to Russia since August 2023", "added", "she", LF,
         "person", "independent", "indirect"),
        ("that Argentina “firmly condemns any foreign military involvement that prolongs the aggression against Ukraine”", "said",
         "the Foreign Ministry", "Argentine Foreign Ministry", "organisation", "Argentina", "indirect"),
        ("Moscow wants to retake it before any ceasefire talks", "say", "analysts", "analysts", "group", "independent", "indirect"),
    ],
    "events": [
        ("said |Friday|.", "2024-10-18", "2024-10-18", "day", True, "NIS said North Korea had dispatched 1,500 special forces troops to Russia's Far East"),
        ("between October 8 and 13", "2024-10-08", "2024-10-13", "day", True, "Russian navy vessels ferried North Korean troops to Vladivostok"),
        ("on Thursday", "2024-10-17", "2024-10-17", "day", True, "Zelensky said at an EU summit in Brussels that North Korea was preparing 10,000 soldiers for Russia"),
        ("Peskov |on Friday| called", "2024-10-18", "2024-10-18", "day", True, "Dmitry Peskov called the reports 'another fake'"),
        ("in the 1960s", "1960-01-01", "1969-12-31", "year", False, "North Korea sent pilots and advisers to North Vietnam"),
        ("Zinoviev, |on Friday| over", "2024-10-18", "2024-10-18", "day", True, "South Korea summoned the Russian ambassador over the deployment"),
        ("since August 2023", "2023-08-01", "2024-10-19", "open", True, "North Korea shipped more than 13,000 containers of munitions to Russia"),
        ("statement |on Friday| that Argentina", "2024-10-18", "2024-10-18", "day", True, "Argentina's Foreign Ministry condemned foreign military involvement prolonging the aggression against Ukraine"),
        ("last December", "2023-12-01", "2023-12-31", "month", True, "Javier Milei took office"),
        ("in June", "2024-06-01", "2024-06-30", "month", True, "Milei attended the Ukraine peace summit in Switzerland"),
        ("on August 6", "2024-08-06", "2024-08-06", "day", True, "Ukraine launched its incursion into Russia's Kursk region"),
    ],
}}
