# dev22_06: MSNBC opinion column, published 2025-09-16 (Tuesday). Anchor week Mon 15 - Sun 21 Sept
# 2025; last week = 8-14 Sept; last month = August 2025.
# Furniture not annotated: section labels, date line, byline, share widget, photo caption and credit
# ("Aug. 22, 2025"), author bio ("12 years"), newsletter prompt, Related links ("2,300 North Korean
# troops", "this year"), copyright.  The columnist's own first-person voice is the article's voice
# (no attribution); "has said nothing publicly" and "has said little" are non-statements.
NIS = "National Intelligence Service (South Korea)"
KCNA = "Korean Central News Agency"
HUR = "Defence Intelligence of Ukraine"
MS = "Mireille Santangelo"
EXO = "former U.S. intelligence officer"
LJM = "Lee Jae-myung"

DOCS = {
    "dev22_06_msnbc_kim_propaganda": {
        "figures": [
            ("around 2,000 North Korean troops", 2000, None, "approximately", "troop", "casualties", 2000, "count", NIS),
            ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
            ("roughly 4,700 casualties", 4700, None, "approximately", "casualty", "casualties", 4700, "count", NIS),
            ("between 11,000 and 15,000 troops", 11000, 15000, "range", "troop", "personnel", 11000, "count", "Western officials"),
            ("about 6,000 North Korean engineers", 6000, None, "approximately", "engineer", "personnel", 6000, "count", HUR),
            ("as much as 28 trillion won", 28e12, None, "at_most", "won", "money", 28e12, "KRW", EXO),
            ("$20 billion", 20e9, None, "exact", "dollar", "money", 20e9, "USD", EXO),
            ("€1.5 billion", 1.5e9, None, "exact", "euro", "money", 1.5e9, "EUR", ""),
        ],
        "attributions": [
            ("around 2,000 North Korean troops have died fighting for Russia",
             "says", "Seoul’s spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("Pyongyang is calling it a victory",
             "calling", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("groundless rumors.",
             "dismissed", "Pyongyang", "North Korea", "government", "North Korea", "direct"),
            ("It finally confirmed the deployment on April 28",
             "confirmed", "It", "North Korea", "government", "North Korea", "indirect"),
            ("that the National Intelligence Service had assessed that about 2,000 North Korean soldiers had been killed, out of roughly 4,700 casualties",
             "told reporters", "Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "indirect"),
            ("that about 2,000 North Korean soldiers had been killed, out of roughly 4,700 casualties",
             "assessed", "the National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("Western officials have put the size of the original force at between 11,000 and 15,000 troops",
             "have |put| the size", "Western officials", "Western officials", "group", "West", "indirect"),
            ("On Aug. 21, Kim met the families of fallen soldiers at a Pyongyang theater",
             "according to", "KCNA", KCNA, "media", "North Korea", "according_to"),
            ("that about 6,000 North Korean engineers and military builders were still working in the region",
             "agency |said| in late August", "Ukraine’s military intelligence agency", HUR, "organisation", "Ukraine", "indirect"),
            ("The regime has found a way to turn a body count into a recruitment poster,",
             "poster,” |said| Mireille", "Mireille Santangelo", MS, "person", "independent", "direct"),
            ("that the funerals are aimed as much at the army as at the public",
             "argued", "She", MS, "person", "independent", "indirect"),
            ("Every young officer now knows that the road to a medal runs through Russia.",
             "argued", "She", MS, "person", "independent", "direct"),
            ("Money, technology and something Kim values even more — an army that has actually fought a modern war,",
             "told me", "he", EXO, "group", "independent", "direct"),
            ("that the deployment has been worth as much as 28 trillion won ($20 billion) to the regime",
             "estimated", "He", EXO, "group", "independent", "indirect"),
            ("North Korea’s economy grew 3.7% last year, its fastest pace in eight years",
             "according to", "the Bank of Korea", "Bank of Korea", "organisation", "South Korea", "according_to"),
            ("fraternal sacrifice",
             "hailed", "Russian Foreign Ministry spokeswoman Maria Zakharova", "Maria Zakharova", "person", "Russia", "direct"),
            ("Russian officials have floated building a memorial in Kursk",
             "have floated", "Russian officials", "Russian officials", "group", "Russia", "indirect"),
            ("he would like to meet Kim again this year",
             "who has |said| he would", "President Donald Trump", "Donald Trump", "person", "United States", "indirect"),
            ("President Lee Jae-myung has called for restraint",
             "has called for", "President Lee Jae-myung", LJM, "person", "South Korea", "indirect"),
            ("that South Korea would “not be dragged into” a confrontation with the North over its role in the war",
             "telling reporters", "President Lee Jae-myung", LJM, "person", "South Korea", "indirect"),
        ],
        "events": [
            ("Last month", "2025-08-01", "2025-08-31", "month", True,
             "Kim Jong Un wept before portraits of soldiers killed fighting for Russia"),
            ("on April 28", "2025-04-28", "2025-04-28", "day", True,
             "North Korea confirmed the deployment of its troops to Russia"),
            ("since October 2024", "2024-10-01", "2025-09-16", "open", True,
             "North Korean troops have been in Russia"),
            ("last week", "2025-09-08", "2025-09-14", "week", True,
             "Lee Seong-kweun said the NIS assessed about 2,000 North Korean soldiers killed out of about 4,700 casualties"),
            ("On Aug. 21", "2025-08-21", "2025-08-21", "day", True,
             "Kim met the families of fallen soldiers at a Pyongyang theater"),
            ("the following day", "2025-08-22", "2025-08-22", "day", True,
             "Kim pinned medals on engineers returned from clearing mines in Kursk"),
            ("in late August", "2025-08-21", "2025-08-31", "month", True,
             "Ukraine's military intelligence said about 6,000 North Korean engineers and builders were working in Kursk"),
            ("last year", "2024-01-01", "2024-12-31", "year", True,
             "North Korea's economy grew 3.7%, its fastest pace in eight years"),
            ("on Thursday", "2025-09-11", "2025-09-11", "day", True,
             "Maria Zakharova hailed the fraternal sacrifice of the Korean soldiers"),
            ("again |this year|,", "2025-01-01", "2025-12-31", "year", True,
             "Donald Trump would like to meet Kim Jong Un again"),
            ("earlier this month", "2025-09-01", "2025-09-15", "month", True,
             "Lee Jae-myung told reporters South Korea would not be dragged into a confrontation with the North"),
        ],
    },
}
