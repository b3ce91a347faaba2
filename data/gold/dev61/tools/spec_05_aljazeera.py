# dev61_05_aljazeera_defectors -- Al Jazeera Features, Published On 21 Nov 2024 (anchor 2024-11-21, Thursday)
NIS = "National Intelligence Service (South Korea)"
KCS = "Kim Cheol-su"
YU = "Yu Yong-weon"
LEE = "Lee Hyun-woo"

DOCS = {"dev61_05_aljazeera_defectors": {
    "figures": [
        ("12,000 troops", 12000, None, "exact", "troop", "personnel", 12000, "count", NIS),
        ("11,000 North Korean soldiers", 11000, None, "exact", "soldier", "personnel", 11000, "count", "Volodymyr Zelensky"),
        ("millions of artillery shells", 1000000, None, "vague", "artillery shell", "weapons", 1000000, "count", "South Korean military"),
        ("between 40,000 and 50,000 men", 40000, 50000, "range", "man", "personnel", 40000, "count", "defectors and analysts"),
        ("about 300 defectors", 300, None, "approximately", "defector", "other", 300, "count", ""),
        ("roughly 2.7 million won", 2700000, None, "approximately", "won", "money", 2700000, "KRW", YU),
        ("$1,930", 1930, None, "exact", "", "money", 1930, "USD", YU),
        ("about $280m", 280000000, None, "approximately", "", "money", 280000000, "USD", YU),
    ],
    "attributions": [
        ("the men Pyongyang has sent to Russia are young, poorly fed and have never seen a drone", "say",
         "Former soldiers of the Korean People’s Army", "former Korean People's Army soldiers", "group", "independent", "indirect"),
        ("He spent most of the years in between digging tunnels and growing cabbages", "says", "he", KCS, "person", "independent", "indirect"),
        ("that Pyongyang had begun sending 12,000 troops to fight for Russia", "said", "South Korea’s National Intelligence Service (NIS)",
         NIS, "organisation", "South Korea", "indirect"),
        ("Russia wants bodies, and North Korea has bodies,", "told Al Jazeera", "Kim", KCS, "person", "independent", "direct"),
        ("They will not come back.", "told Al Jazeera", "Kim", KCS, "person", "independent", "direct"),
        ("that 11,000 North Korean soldiers had reached the Kursk region, where Ukrainian forces have held a slice of Russian territory since August",
         "said", "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("that some of them had already been thrown into combat", "told", "the NIS", NIS, "organisation", "South Korea", "indirect"),
        ("the first North Korean casualties had been recorded", "said", "a Ukrainian military spokesman", "Ukrainian military spokesman", "group", "Ukraine", "indirect"),
        ("North Korea has not confirmed the deployment", "has not confirmed", "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ("that any such move would be “an act conforming with the regulations of international law”", "said", "Kim Jong Gyu",
         "Kim Jong Gyu", "person", "North Korea", "indirect"),
        ("Pyongyang has shipped millions of artillery shells to Russia since last year", "according to", "South Korea’s military",
         "South Korean military", "organisation", "South Korea", "according_to"),
        ("the soldiers come largely from the 11th Corps, known as the Storm Corps, an elite unit of between 40,000 and 50,000 men", "say",
         "Defectors and analysts", "defectors and analysts", "group", "independent", "indirect"),
        ("These boys are strong, but they have never seen a drone,", "said", "Lee Hyun-woo", LEE, "person", "independent", "direct"),
        ("They will be fighting a war from the future with training from the 1990s.", "said", "Lee Hyun-woo", LEE, "person", "independent", "direct"),
        ("The money is what Pyongyang is really after", "say", "defectors", "defectors", "group", "independent", "indirect"),
        ("that Russia was paying Pyongyang roughly 2.7 million won ($1,930) a month per soldier – about $280m a year for the whole contingent",
         "estimated", "Yu Yong-weon", YU, "person", "South Korea", "indirect"),
        ("The soldiers themselves, he said, would see “almost none of it”", "said", "he", YU, "person", "South Korea", "indirect"),
        ("Every night I look at the news from Kursk,", "said", "he", KCS, "person", "independent", "direct"),
        ("I look for his face.", "said", "he", KCS, "person", "independent", "direct"),
    ],
    "events": [
        ("in 2016", "2016-01-01", "2016-12-31", "year", False, "Kim Cheol-su crossed the Tumen River into China"),
        ("last month", "2024-10-01", "2024-10-31", "month", True, "NIS said Pyongyang had begun sending 12,000 troops to fight for Russia"),
        ("on November 4", "2024-11-04", "2024-11-04", "day", True, "Zelenskyy said 11,000 North Korean soldiers had reached the Kursk region"),
        ("since August", "2024-08-01", "2024-11-21", "open", True, "Ukrainian forces have held a slice of Russian territory in Kursk"),
        ("Last week", "2024-11-11", "2024-11-17", "week", True, "NIS told lawmakers some North Korean troops had already been thrown into combat"),
        ("on Tuesday", "2024-11-19", "2024-11-19", "day", True, "Ukrainian military spokesman said the first North Korean casualties had been recorded"),
        ("in October", "2024-10-01", "2024-10-31", "month", True, "Kim Jong Gyu said any such deployment would conform with international law"),
        ("since last year", "2023-01-01", "2024-11-21", "open", True, "Pyongyang has shipped millions of artillery shells to Russia"),
        ("this week", "2024-11-18", "2024-11-24", "week", True, "Yu Yong-weon estimated Russia's payments to Pyongyang per soldier"),
    ],
}}
