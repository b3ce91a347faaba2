"""dev80_06_kantei_pressconference: Prime Minister of Japan press conference (Ishiba, G7 Kananaskis). Anchor 2025-06-17 (Tue)."""
D = "dev80_06_kantei_pressconference"
I = "Shigeru Ishiba"
Z = "Volodymyr Zelensky"
SH = "Sergei Shoigu"
JCS = "Joint Chiefs of Staff (South Korea)"

DOCS = {D: {
    "figures": [
        ("some 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", Z),
        ("around 6,000", 6000, None, "approximately", "troop", "casualties", 6000, "count", Z),
        ("47 billion yen", 47e9, None, "exact", "yen", "money", 47e9, "JPY", ""),
        ("approximately 325 million dollars", 325e6, None, "approximately", "dollar", "money", 325e6, "USD", ""),
        ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", SH),
        ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", SH),
        ("more than 12 million artillery shells", 12e6, None, "more_than", "artillery shell", "weapons", 12e6, "count", JCS),
        ("11 entities", 11, None, "exact", "entity", "other", 11, "count", "Japan"),
        ("14 individuals", 14, None, "exact", "individual", "other", 14, "count", "Japan"),
        ("tens of thousands more troops", 10000, None, "vague", "troop", "personnel", 10000, "count", ""),
    ],
    "attributions": [
        ("that North Korea has now sent a total of some 15,000 troops to Russia, and that around 6,000 of them have been killed or wounded",
         "told me", "President Zelenskyy", Z, "person", "Ukraine", "indirect"),
        ("that North Korean shells now account for around 40 percent of the artillery ammunition Russia fires at Ukraine",
         "said", "He", Z, "person", "Ukraine", "indirect"),
        ("that Japan will continue to stand with Ukraine", "conveyed", "I", I, "person", "Japan", "indirect"),
        ("that North Korea will send 1,000 deminers and 5,000 military construction workers to Kursk Region",
         "announced", "Russian Security Council Secretary Shoigu", SH, "person", "Russia", "indirect"),
        ("that the G7 must address this issue in a unified manner", "emphasized", "I", I, "person", "Japan", "indirect"),
        ("We condemn the deepening military cooperation between the DPRK and Russia, including the deployment of DPRK troops.",
         "says", "The leaders' statement on Ukraine", "G7 leaders", "group", "G7", "direct"),
        ("North Korea has shipped more than 12 million artillery shells to Russia since 2023",
         "According to", "the Joint Chiefs of Staff of the Republic of Korea", JCS, "organisation", "South Korea", "according_to"),
        ("Japan has already frozen the assets of 11 entities and 14 individuals involved in arms transfers between North Korea and Russia",
         "announced", "we", "Japan", "government", "Japan", "indirect"),
        ("that cooperation between North Korea and Russia is an issue that Japan, the United States and the Republic of Korea must address together",
         "told", "I", I, "person", "Japan", "indirect"),
        ("that he shared this view and that he would raise the matter with President Putin",
         "said", "President Trump", "Donald Trump", "person", "United States", "indirect"),
    ],
    "events": [
        ("This morning", "2025-06-17", "2025-06-17", "day", True, "Ishiba met President Zelenskyy at the G7 summit in Kananaskis"),
        ("Today", "2025-06-17", "2025-06-17", "day", True,
         "Shoigu announced in Pyongyang that North Korea will send deminers and military construction workers to Kursk"),
        ("issued |today|,", "2025-06-17", "2025-06-17", "day", True, "G7 leaders issued their statement on Ukraine condemning DPRK-Russia military cooperation"),
        ("since 2023", "2023-01-01", "2025-06-17", "open", True, "North Korea shipped more than 12 million artillery shells to Russia"),
        ("in January", "2025-01-01", "2025-01-31", "month", True,
         "Japan announced asset freezes on 11 entities and 14 individuals over North Korea-Russia arms transfers"),
        ("next month", "2025-07-01", "2025-07-31", "month", True, "House of Councillors election"),
        ("yesterday", "2025-06-16", "2025-06-16", "day", True, "Ishiba met President Trump (tariffs; North Korea-Russia cooperation)"),
        ("in August", "2025-08-01", "2025-08-31", "month", True, "Japan to host TICAD 9 in Yokohama"),
    ],
}}
