# dev31_06: Al Jazeera live blog. The manifest has NO published date for this page; the anchor is the
# page's own date line "Published On 29 Aug 2025" (Friday 2025-08-29). See README.
KIM = "Kim Jong Un"
NIS = "National Intelligence Service (South Korea)"
KCNA = "Korean Central News Agency"
KH = "Alexander Khinshtein"
UO = "Ukrainian officials"
KSM = "Kwak Sung-min"

DOCS = {"dev31_06_aljazeera_kim_ceremony": {
    "figures": [
        ("Seoul says |about 2,000| have died", 2000, None, "approximately", "troop", "casualties", 2000, "count", "South Korea"),
        ("about 2,000 North Korean troops", 2000, None, "approximately", "troop", "casualties", 2000, "count", NIS),
        ("out of |roughly 15,000| sent", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
        ("40 billion roubles", 40000000000, None, "exact", "rouble", "money", 40000000000, "RUB", KH, 1),
        ("at least 19 people", 19, None, "at_least", "person", "casualties", 19, "count", UO, 1),
        ("101 fallen soldiers", 101, None, "exact", "soldier", "casualties", 101, "count", KCNA),
        ("Seoul says |about 2,000 North Korean soldiers| killed", 2000, None, "approximately", "soldier", "casualties", 2000, "count", "South Korea"),
        ("told legislators last week that |about 2,000 North Korean soldiers|", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("roughly 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
        ("about 6,000 military builders", 6000, None, "approximately", "military builder", "personnel", 6000, "count", NIS),
        ("40 billion roubles", 40000000000, None, "exact", "rouble", "money", 40000000000, "RUB", KH, 2),
        ("$497m", 497000000, None, "exact", "dollar", "money", 497000000, "USD", KH),
        ("about 1,300sq km", 1300, None, "approximately", "sq km", "territory", 1300, "km2", ""),
        ("at least 19 people", 19, None, "at_least", "person", "casualties", 19, "count", UO, 2),
        ("three children", 3, None, "exact", "child", "casualties", 3, "count", UO),
        ("598 drones", 598, None, "exact", "drone", "weapons", 598, "count", "Ukrainian Air Force"),
        ("31 missiles", 31, None, "exact", "missile", "weapons", 31, "count", "Ukrainian Air Force"),
    ],
    "attributions": [
        ("fallen troops fought ‘with unmatched bravery’", "says", "North Korean leader", KIM, "person", "North Korea", "indirect"),
        ("about 2,000 have died since the deployment began", "says", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        # key developments
        ("North Korean leader Kim Jong Un has honoured soldiers killed fighting for Russia at a state ceremony in Pyongyang", "reports", "state media", "North Korean state media", "media", "North Korea", "indirect"),
        ("about 2,000 North Korean troops have been killed since October 2024, out of roughly 15,000 sent", "estimates", "South Korea’s spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("Russia to spend 40 billion roubles rebuilding the Kursk region", "says", "the regional governor", KH, "person", "Russia", "indirect"),
        ("|A Russian attack on Kyiv on Thursday killed at least 19 people|, according to", "according to", "Ukrainian officials", UO, "group", "Ukraine", "according_to"),
        # 2 hours ago
        ("families of ‘heroes’ will be cared for", "vows", "Kim", KIM, "person", "North Korea", "indirect"),
        ("Kim attended the ceremony on Thursday, where the names of 101 fallen soldiers were read out and their portraits placed in a new memorial hall", "reported", "KCNA", KCNA, "media", "North Korea", "indirect"),
        ("the troops had fought “with unmatched bravery” and that the state would care for the families of the fallen “until the end”", "said", "Kim", KIM, "person", "North Korea", "indirect"),
        ("Their blood was not shed in vain,", "said", "Kim", KIM, "person", "North Korea", "direct"),
        ("The friendship between our two peoples is now sealed forever.", "said", "Kim", KIM, "person", "North Korea", "direct"),
        ("Pyongyang first admitted sending troops in April", "admitted", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("Ukrainian and South Korean intelligence reported their presence", "reported", "Ukrainian and South Korean intelligence", "Ukrainian intelligence", "organisation", "Ukraine", "indirect"),
        ("Ukrainian and South Korean intelligence reported their presence", "reported", "Ukrainian and South Korean intelligence", "South Korean intelligence", "organisation", "South Korea", "indirect"),
        # 3 hours ago
        ("about 2,000 North Korean soldiers killed", "says", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("South Korea’s National Intelligence Service (NIS) told legislators last week that about 2,000 North Korean soldiers had been killed since October 2024", "according to", "a member of parliament’s intelligence committee", "South Korean lawmaker", "group", "South Korea", "according_to"),
        ("that about 2,000 North Korean soldiers had been killed since October 2024", "told legislators", "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
        ("that roughly 15,000 troops had been sent in total and that about 6,000 military builders, announced in June, had been arriving in small groups since July", "said", "The agency", NIS, "organisation", "South Korea", "indirect"),
        ("the ceremony was aimed at a domestic audience", "told Al Jazeera", "Kwak Sung-min", KSM, "person", "independent", "indirect"),
        ("For a year, Pyongyang pretended its soldiers were not there,", "said", "she", KSM, "person", "independent", "direct"),
        ("Now it needs the sacrifice to mean something.", "said", "she", KSM, "person", "independent", "direct"),
        # 4 hours ago
        ("Moscow will spend 40 billion roubles ($497m) to rebuild homes, schools and roads damaged during last winter’s fighting", "says", "Kursk Governor Alexander Khinshtein", KH, "person", "Russia", "indirect"),
        ("North Korean builders would help clear the rubble", "said", "Khinshtein", KH, "person", "Russia", "indirect"),
        ("because they know this land – they fought for it", "said", "Khinshtein", KH, "person", "Russia", "direct"),
        # 5 hours ago
        ("A Russian attack on Kyiv on Thursday killed at least 19 people, including three children", "said", "Ukrainian officials", UO, "group", "Ukraine", "indirect"),
        ("Russia launched 598 drones and 31 missiles overnight", "said", "Ukraine’s air force", "Ukrainian Air Force", "organisation", "Ukraine", "indirect"),
        ("the bloc would propose its 19th sanctions package next month", "said", "Kaja Kallas", "Kaja Kallas", "person", "EU", "indirect"),
        ("Ukraine’s foreign minister, Andrii Sybiha, called for a new round of sanctions on “Russia and its North Korean accomplices”", "called for", "Ukraine’s foreign minister, Andrii Sybiha", "Andrii Sybiha", "person", "Ukraine", "indirect"),
    ],
    "events": [
        ("since October 2024", "2024-10-01", "2025-08-29", "open", True, "About 2,000 North Korean troops killed (NIS estimate, key developments)", 1),
        ("on Thursday", "2025-08-28", "2025-08-28", "day", True, "A Russian attack on Kyiv killed at least 19 people", 1),
        ("on Thursday", "2025-08-28", "2025-08-28", "day", True, "Kim attended the state ceremony honouring North Korean soldiers killed in Kursk", 2),
        ("on Friday", "2025-08-29", "2025-08-29", "day", True, "KCNA carried Kim's speech praising the troops' bravery"),
        ("in April", "2025-04-01", "2025-04-30", "month", True, "Pyongyang first admitted sending troops to Russia"),
        ("last week", "2025-08-18", "2025-08-24", "week", True, "The NIS told legislators about 2,000 North Korean soldiers had been killed"),
        ("since October 2024", "2024-10-01", "2025-08-29", "open", True, "About 2,000 North Korean soldiers killed (NIS briefing)", 2),
        ("in June", "2025-06-01", "2025-06-30", "month", True, "The dispatch of about 6,000 North Korean military builders was announced"),
        ("since July", "2025-07-01", "2025-08-29", "open", True, "North Korean military builders have been arriving in small groups"),
        ("last winter", "2024-12-01", "2025-02-28", "season", True, "Fighting damaged homes, schools and roads in the Kursk region"),
        ("in August 2024", "2024-08-01", "2024-08-31", "month", False, "Ukraine launched its incursion into the Kursk region"),
        ("on Thursday", "2025-08-28", "2025-08-28", "day", True, "A Russian attack on Kyiv killed at least 19 people, including three children", 3),
        ("The following day", "2025-08-29", "2025-08-29", "day", True, "Kaja Kallas said the EU would propose its 19th sanctions package"),
        ("next month", "2025-09-01", "2025-09-30", "month", True, "The EU is to propose its 19th sanctions package"),
    ],
}}
