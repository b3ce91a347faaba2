"""dev58_06_sbs_vigil: SBS News (Australia), published Fri 2025-09-12 (anchor).

Row formats as in spec_01_njcom.py. Money written `$` in this Australian outlet is Australian dollars
(AUD); `US$` is USD.
"""
D = "dev58_06_sbs_vigil"
NIS = "National Intelligence Service (South Korea)"
DFAT = "Department of Foreign Affairs and Trade (Australia)"

DOCS = {D: {
    "figures": [
        ("around 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("|about 2,000| of the", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("roughly 15,000 North Korean soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
        ("up to 6,000 more troops", 6000, None, "at_most", "troop", "personnel", 6000, "count", NIS),
        ("101 fallen soldiers", 101, None, "exact", "soldier", "casualties", 101, "count", "North Korean state media"),
        ("about 28 trillion won", 28e12, None, "approximately", "won", "money", 28e12, "KRW", NIS),
        ("US$20 billion", 20e9, None, "exact", "", "money", 20e9, "USD", NIS),
        ("those |2,000| came", 2000, None, "exact", "soldier", "casualties", 2000, "count", "Oksana Lytvyn"),
        ("23 North Korean-linked entities", 23, None, "exact", "entity", "other", 23, "count", DFAT),
        ("more than $1.5 billion", 1.5e9, None, "more_than", "", "money", 1.5e9, "AUD", ""),
        ("$1.3 billion", 1.3e9, None, "exact", "", "money", 1.3e9, "AUD", ""),
        ("up to US$3,000", 3000, None, "at_most", "", "money", 3000, "USD", "Min-jung Kang"),
    ],
    "attributions": [
        ("around 2,000 North Korean soldiers have been killed fighting for Russia", "estimates",
         "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("about 2,000 North Korean soldiers have died", "says",
         "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("My grandfather was from Hamhung. Those boys could be my cousins,", "|said| Mr Seo",
         "Mr Seo", "Daniel Seo", "person", "independent", "direct"),
        ("Kim sends them to die, then he cries for the cameras.", "|said| Mr Seo",
         "Mr Seo", "Daniel Seo", "person", "independent", "direct"),
        ("that about 2,000 of the roughly 15,000 North Korean soldiers sent to Russia since last October had been killed, "
         "and that Pyongyang was preparing to send up to 6,000 more troops, most of them engineers and builders",
         "told a parliamentary committee", "South Korea's National Intelligence Service", NIS, "organisation",
         "South Korea", "indirect"),
        ("Kim had awarded the title Hero of the DPRK to 101 fallen soldiers at a ceremony on 21 August and ordered a "
         "museum dedicated to them to be completed next year", "said",
         "North Korean state media", "North Korean state media", "media", "North Korea", "indirect"),
        ("that Pyongyang has earned about 28 trillion won (US$20 billion) from arms and troop deals with Moscow since 2023",
         "estimates", "Seoul's spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("Every one of those 2,000 came to kill our people,", "said",
         "Oksana Lytvyn", "Oksana Lytvyn", "person", "independent", "direct"),
        ("the federation had written to Foreign Minister Penny Wong last week asking Australia to expand sanctions on "
         "North Korean shipping", "said", "She", "Oksana Lytvyn", "person", "independent", "indirect"),
        ("Australia to expand sanctions on North Korean shipping", "asking", "the federation",
         "Australian Federation of Ukrainian Organisations", "organisation", "independent", "indirect"),
        ("Australia had imposed sanctions on 23 North Korean-linked entities since January 2024 and \"strongly "
         "condemns\" Pyongyang's support for Russia's illegal invasion", "said",
         "A spokesperson for the Department of Foreign Affairs and Trade", DFAT, "group", "Australia", "indirect"),
        ("the same war, moved west", "called", "Ray Thornton", "Ray Thornton", "person", "independent", "direct"),
        ("We held them on that hill for two days. I never thought I'd see them in Europe,", "said",
         "Mr Thornton", "Ray Thornton", "person", "independent", "direct"),
        ("that Russia was paying Pyongyang the equivalent of up to US$3,000 a month for each soldier", "estimated",
         "Dr Min-jung Kang", "Min-jung Kang", "person", "independent", "indirect"),
        ("The money goes to the regime, not the families,", "said", "she", "Min-jung Kang", "person", "independent",
         "direct"),
    ],
    "events": [
        ("on 22 August", "2025-08-22", "2025-08-22", "day", True,
         "KCNA released a photo of Kim Jong Un at a ceremony honouring soldiers killed in Kursk"),
        ("this weekend", "2025-09-13", "2025-09-14", "day", True,
         "Korean and Ukrainian community groups will hold a joint vigil in Sydney"),
        ("in late August", "2025-08-21", "2025-08-31", "month", True,
         "State television showed Kim Jong Un kneeling beside flag-draped coffins"),
        ("on Tuesday", "2025-09-09", "2025-09-09", "day", True,
         "NIS told a parliamentary committee about 2,000 North Korean soldiers had been killed"),
        ("since last October", "2024-10-01", "2025-09-12", "open", True,
         "Roughly 15,000 North Korean soldiers were sent to Russia"),
        ("on 21 August", "2025-08-21", "2025-08-21", "day", True,
         "Kim Jong Un awarded Hero of the DPRK to 101 fallen soldiers at a ceremony"),
        ("next year", "2026-01-01", "2026-12-31", "year", True,
         "Museum for the fallen soldiers to be completed in Pyongyang"),
        ("since 2023", "2023-01-01", "2025-09-12", "open", True,
         "Pyongyang earned about 28 trillion won from arms and troop deals with Moscow"),
        ("last week", "2025-09-01", "2025-09-07", "week", True,
         "Australian Federation of Ukrainian Organisations wrote to Penny Wong asking for wider sanctions"),
        ("since January 2024", "2024-01-01", "2025-09-12", "open", True,
         "Australia imposed sanctions on 23 North Korean-linked entities"),
        ("in 1951", "1951-01-01", "1951-12-31", "year", False,
         "Ray Thornton served with 3RAR at Kapyong"),
        ("on Sunday evening", "2025-09-14", "2025-09-14", "day", True,
         "Joint candlelight vigil at Strathfield Square"),
    ],
}}
