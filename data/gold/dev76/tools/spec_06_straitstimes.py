"""dev76_06_straitstimes_beijing: The Straits Times, developing story with update notes and wire credits.
Manifest published date EMPTY; anchor 2025-09-03 (Wednesday) from the page's date line
"Published Sep 3, 2025, 05:40 PM".

Row formats as in spec_01_reuters.py.
"""
PUT = "Vladimir Putin"
KIM = "Kim Jong Un"
NIS = "National Intelligence Service (South Korea)"
LIM = "Lim Tze Hui"
NIS_CLAUSE = ("that about 2,000 North Korean soldiers had been killed in the Kursk campaign out of some 15,000 deployed "
              "since October 2024")

DOCS = {
    "dev76_06_straitstimes_beijing": {
        "figures": [
            ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", "South Korea", 1),
            ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS, 2),
            ("some 15,000", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
            ("a further 6,000 military engineers", 6000, None, "exact", "military engineer", "personnel", 6000, "count", NIS),
            ("more than 1.5 million explosive devices", 1500000, None, "more_than", "explosive device", "weapons", 1500000, "count",
             "Russian Defense Ministry"),
            ("about 600 sq km", 600, None, "approximately", "sq km", "territory", 600, "km2", "Russian Defense Ministry"),
            ("at least US$10 billion", 10000000000, None, "at_least", "", "money", 10000000000, "USD", LIM),
            ("S$12.9 billion", 12900000000, None, "exact", "", "money", 12900000000, "SGD", LIM),
            ("two North Korean prisoners of war", 2, None, "exact", "prisoner of war", "casualties", 2, "count", "Ukraine"),
        ],
        "attributions": [
            ("Putin praises ‘heroism’ of North Korean troops in first talks with Kim since Kursk deployment", "praises",
             "Putin", PUT, "person", "Russia", "indirect"),
            ("‘|fraternal duty|’;", "calls", "Kim", KIM, "person", "North Korea", "direct"),
            ("about 2,000 North Korean soldiers died in Kursk", "says", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("Russian President Vladimir Putin on Sept 3 praised the “courage and heroism” of North Korean troops who fought in Russia’s Kursk region",
             "praised", "Russian President Vladimir Putin", PUT, "person", "Russia", "indirect"),
            ("Your soldiers fought courageously and heroically. We will never forget the sacrifices that your armed forces and the families of your servicemen have made,",
             "told", "Mr Putin", PUT, "person", "Russia", "direct"),
            ("that helping Russia was “a fraternal duty”", "replied", "Mr Kim", KIM, "person", "North Korea", "indirect"),
            ("that Pyongyang would do “anything we can” for the Russian people", "adding", "Mr Kim", KIM, "person", "North Korea", "indirect"),
            ("that the two leaders had discussed “further steps” under the strategic partnership treaty they signed in Pyongyang last year",
             "told reporters", "Kremlin aide Yuri Ushakov", "Yuri Ushakov", "person", "Russia", "indirect"),
            (NIS_CLAUSE, "told lawmakers", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("South Korea’s National Intelligence Service told lawmakers on Sept 1 " + NIS_CLAUSE, "according to",
             "Yonhap news agency", "Yonhap", "media", "independent", "according_to"),
            ("Pyongyang had also sent a further 6,000 military engineers and deminers to the region this summer", "said",
             "The spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("that North Korean sappers had cleared more than 1.5 million explosive devices from about 600 sq km of farmland and villages in Kursk",
             "said", "Russia’s Defence Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
            ("In August, Mr Kim awarded state honours to officers returning from Kursk and wept at a ceremony for the dead",
             "reported", "state news agency KCNA", "Korean Central News Agency", "media", "North Korea", "indirect"),
            ("that its troops “fulfilled their internationalist duty”", "has said", "North Korea",
             "North Korea", "government", "North Korea", "indirect"),
            ("Pyongyang has turned its soldiers into an export commodity, and Beijing has just given that arrangement its blessing,",
             "said", "Dr Lim Tze Hui", LIM, "person", "independent", "direct"),
            ("that North Korea had earned at least US$10 billion (S$12.9 billion) from Russia through arms sales and payments for troops since the autumn of 2023 – more than double its annual trade with China",
             "estimated", "She", LIM, "person", "independent", "indirect"),
            ("the Beijing meeting showed that “Moscow’s war now rests on Pyongyang’s shells and soldiers”", "said",
             "Ukraine’s Foreign Ministry", "Ukrainian Foreign Ministry", "organisation", "Ukraine", "indirect"),
            ("it still holds two North Korean prisoners of war captured in January and is prepared to hand them to South Korea if they wish",
             "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ],
        "events": [
            ("Beijing |on Sept 3|.", "2025-09-03", "2025-09-03", "day", True,
             "Putin and Kim held talks in Beijing (photo caption)"),
            ("Putin |on Sept 3| praised", "2025-09-03", "2025-09-03", "day", True,
             "Putin praised the courage and heroism of North Korean troops in talks with Kim"),
            ("in June 2024", "2024-06-01", "2024-06-30", "month", False,
             "Putin visited Pyongyang"),
            ("since 2019", "2019-01-01", "2025-09-03", "open", True,
             "Kim's first trip to Beijing since 2019"),
            ("last year", "2024-01-01", "2024-12-31", "year", True,
             "Putin and Kim signed the strategic partnership treaty in Pyongyang"),
            ("on Sept 1", "2025-09-01", "2025-09-01", "day", True,
             "NIS told lawmakers about 2,000 North Korean soldiers had been killed in the Kursk campaign"),
            ("since October 2024", "2024-10-01", "2025-09-03", "open", True,
             "Some 15,000 North Korean soldiers deployed to Russia"),
            ("this summer", "2025-06-01", "2025-08-31", "season", True,
             "Pyongyang sent a further 6,000 military engineers and deminers to Kursk"),
            ("last week", "2025-08-25", "2025-08-31", "week", True,
             "Russia's Defence Ministry said North Korean sappers had cleared more than 1.5 million explosive devices"),
            ("In August", "2025-08-01", "2025-08-31", "month", True,
             "Kim awarded state honours to officers returning from Kursk and wept at a ceremony for the dead"),
            ("since the autumn of 2023", "2023-09-01", "2025-09-03", "open", True,
             "North Korea earned at least US$10 billion from Russia through arms sales and payments for troops"),
            ("in January", "2025-01-01", "2025-01-31", "month", True,
             "Two North Korean soldiers captured by Ukraine"),
        ],
    },
}
