# dev101_06: Yonhap News Agency, anchor 2025-09-03 (Wednesday, manifest).
NIS = "National Intelligence Service (South Korea)"
PI = "Pyongyang Insider"
CHO = "Cho Han-bin"
MND = "South Korean Defense Ministry"

DOCS = {
    "dev101_06_yonhap_troop_payments": {
        "figures": [
            ("US$2 bln", 2e9, None, "exact", "", "money", 2e9, "USD", ""),
            ("US$2 billion", 2e9, None, "exact", "", "money", 2e9, "USD", ""),
            ("some 480,000 subscribers", 480000, None, "approximately", "subscriber", "other", 480000, "count", ""),
            ("about 2,000 dollars", 2000, None, "approximately", "dollar", "money", 2000, "USD", PI),
            ("more than 80,000 North Korean troops", 80000, None, "more_than", "troop", "personnel", 80000, "count",
             PI),
            ("about 1.3 million times", 1.3e6, None, "approximately", "time", "other", 1.3e6, "count", ""),
            ("roughly 2.7 trillion won", 2.7e12, None, "approximately", "won", "money", 2.7e12, "KRW", ""),
            ("$1.9 billion", 1.9e9, None, "exact", "", "money", 1.9e9, "USD", ""),
            ("2 billion dollars", 2e9, None, "exact", "dollar", "money", 2e9, "USD", PI),
            ("about 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count",
             NIS),
            ("some 3,000", 3000, None, "approximately", "troop", "personnel", 3000, "count",
             "South Korean Joint Chiefs of Staff"),
            ("let alone |2,000 dollars|", 2000, None, "exact", "dollar", "money", 2000, "USD", CHO),
            ("about 24 trillion won", 2.4e13, None, "approximately", "won", "money", 2.4e13, "KRW", MND),
            ("$17 billion", 1.7e10, None, "exact", "", "money", 1.7e10, "USD", MND),
            ("close to 80,000 troops", 80000, None, "approximately", "troop", "personnel", 80000, "count",
             "Kang Ji-hoon"),
            ("$2,000", 2000, None, "exact", "", "money", 2000, "USD", ""),
            ("of |80,000 troops|.", 80000, None, "exact", "troop", "personnel", 80000, "count", ""),
        ],
        "attributions": [
            ("Moscow pays Pyongyang \"about 2,000 dollars per soldier every month\" and that more than 80,000 North "
             "Korean troops have been sent to Russia since last year",
             "says", "a narrator", PI, "media", "independent", "indirect"),
            ("2 billion dollars.", "rounds up to", "the narrator", PI, "media", "independent", "direct"),
            ("that about 11,000 North Korean troops had been deployed", "told lawmakers",
             "The National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            ("that some 3,000 more had been sent as reinforcements", "said", "the Joint Chiefs of Staff",
             "South Korean Joint Chiefs of Staff", "organisation", "South Korea", "indirect"),
            ("it believes the North receives cash, food and military technology in return", "has said", "the NIS",
             NIS, "organisation", "South Korea", "indirect"),
            ("There is no public document anywhere that shows a per-soldier rate, let alone 2,000 dollars a month,",
             "said", "Cho Han-bin", CHO, "person", "independent", "direct"),
            ("What we can estimate is the value of the arms trade, and that is a different calculation.",
             ",\" |said| Cho", "Cho Han-bin", CHO, "person", "independent", "direct"),
            ("the Ministry of National Defense estimated in a report to parliament last month that Pyongyang has "
             "earned about 24 trillion won ($17 billion) from arms exports to Russia since 2023, mostly from "
             "artillery shells and missiles",
             "Cho |said| the", "Cho", CHO, "person", "independent", "indirect"),
            ("that Pyongyang has earned about 24 trillion won ($17 billion) from arms exports to Russia since 2023, "
             "mostly from artillery shells and missiles",
             "estimated", "the Ministry of National Defense", MND, "organisation", "South Korea", "indirect"),
            ("that the NIS \"has not briefed any figure close to 80,000 troops\"", "told Yonhap",
             "Rep. Kang Ji-hoon of the ruling Democratic Party", "Kang Ji-hoon", "person", "South Korea",
             "indirect"),
            ("pure fiction.", "called", "Rep. Kang Ji-hoon of the ruling Democratic Party", "Kang Ji-hoon", "person",
             "South Korea", "direct"),
            ("that leader Kim Jong-un had met the families of soldiers killed in Kursk at a ceremony in Pyongyang",
             "reported", "The Korean Central News Agency", "Korean Central News Agency", "media", "North Korea",
             "indirect"),
            ("the North acknowledged the deployment", "acknowledged", "the North", "North Korea", "government",
             "North Korea", "indirect"),
        ],
        "events": [
            ("Wednesday", "2025-09-03", "2025-09-03", "day", True,
             "Yonhap review showed the $2 billion claim has no clear basis"),
            ("Aug. 25", "2025-08-25", "2025-08-25", "day", True,
             "Pyongyang Insider uploaded the video making the claim"),
            ("since last year", "2024-01-01", "2025-09-03", "open", True,
             "More than 80,000 North Korean troops allegedly sent to Russia (claim in the video)"),
            ("lawmakers |last year| that", "2024-01-01", "2024-12-31", "year", True,
             "NIS told lawmakers about 11,000 North Korean troops had been deployed"),
            ("in February", "2025-02-01", "2025-02-28", "month", True,
             "JCS said some 3,000 more North Korean troops had been sent as reinforcements"),
            ("last month", "2025-08-01", "2025-08-31", "month", True,
             "Defense ministry report to parliament on North Korea's arms-export earnings"),
            ("since 2023", "2023-01-01", "2025-09-03", "open", True,
             "Pyongyang earned about 24 trillion won from arms exports to Russia"),
            ("on Monday", "2025-09-01", "2025-09-01", "day", True,
             "Rep. Kang told Yonhap the NIS had briefed no figure close to 80,000 troops"),
            ("last week", "2025-08-25", "2025-08-31", "week", True,
             "KCNA reported Kim Jong-un met families of soldiers killed in Kursk"),
            ("in October", "2025-10-01", "2025-10-31", "month", True,
             "NIS scheduled to brief the intelligence committee again"),
        ],
    }
}
