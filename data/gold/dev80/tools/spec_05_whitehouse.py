"""dev80_05_whitehouse_trilateral: White House remarks (Biden, Yoon, Ishiba) in Lima. Anchor 2024-11-15 (Fri)."""
D = "dev80_05_whitehouse_trilateral"
B = "Joe Biden"
Y = "Yoon Suk Yeol"
I = "Shigeru Ishiba"
US = "United States"
SK = "South Korea"
NIS = "National Intelligence Service (South Korea)"
ALL3 = "we — all three of us — condemn it"

DOCS = {D: {
    "figures": [
        ("more than 10,000 soldiers", 10000, None, "more_than", "soldier", "personnel", 10000, "count", ""),
        ("$520 million", 520e6, None, "exact", "", "money", 520e6, "USD", B),
        ("hundreds of thousands of artillery rounds", 100000, None, "vague", "artillery round", "weapons", 100000, "count", B),
        ("around 100 KN-23 ballistic missiles", 100, None, "approximately", "ballistic missile", "weapons", 100, "count", ""),
        ("hundreds of millions of dollars", 1e8, None, "vague", "dollar", "money", 1e8, "USD", SK),
        ("more than 12 billion dollars", 12e9, None, "more_than", "dollar", "money", 12e9, "USD", ""),
    ],
    "attributions": [
        ("that they are now in the Kursk region and that they have begun engaging in combat against Ukrainian forces",
         "assesses", "Our intelligence community", "U.S. intelligence", "organisation", US, "indirect"),
        (ALL3, "condemn", "we — all three of us", B, "person", US, "indirect"),
        (ALL3, "condemn", "we — all three of us", Y, "person", SK, "indirect"),
        (ALL3, "condemn", "we — all three of us", I, "person", "Japan", "indirect"),
        ("Russia is paying Pyongyang back with cash, fuel, and military technology that could advance North Korea’s missile and space programs",
         "believe", "we", US, "government", US, "indirect"),
        ("that, before I leave office in January, the United States will send another $520 million in security assistance to Ukraine, including air defense interceptors and hundreds of thousands of artillery rounds",
         "announcing", "I", B, "person", US, "indirect"),
        ("that North Korean soldiers have been assigned to Russian marine and airborne brigades and have started to take part in combat",
         "confirmed", "our National Intelligence Service", NIS, "organisation", SK, "indirect"),
        ("that Pyongyang is receiving hundreds of millions of dollars in return", "estimate", "We", SK, "government", SK, "indirect"),
        ("Japan strongly condemns the deployment of North Korean troops to Russia and their use against Ukraine",
         "condemns", "Japan", "Japan", "government", "Japan", "indirect"),
        ("this is not only a European problem", "said", "President Yoon", Y, "person", SK, "indirect"),
    ],
    "events": [
        ("In August of last year", "2023-08-01", "2023-08-31", "month", True,
         "Camp David summit launched a new era of U.S.-Japan-South Korea cooperation"),
        ("We meet |today| at a moment", "2024-11-15", "2024-11-15", "day", True, "Biden, Yoon and Ishiba met for a trilateral meeting in Lima"),
        ("I’m announcing |today| that", "2024-11-15", "2024-11-15", "day", True,
         "Biden announced another $520 million in security assistance to Ukraine"),
        ("in January", "2025-01-01", "2025-01-31", "month", True, "Biden leaves office"),
        ("until January 20th", "2024-11-15", "2025-01-20", "open", True, "Biden remains President until the end of his term"),
        ("in September 2023", "2023-09-01", "2023-09-30", "month", False,
         "Putin-Kim Jong Un summit at the Vostochny Cosmodrome, since which Moscow-Pyongyang military cooperation deepened"),
        ("Last week", "2024-11-04", "2024-11-10", "week", True,
         "South Korea's NIS confirmed North Korean soldiers were assigned to Russian marine and airborne brigades and in combat"),
        ("on November 7", "2024-11-07", "2024-11-07", "day", True, "Yoon discussed North Korea's deployment with President-elect Trump by phone"),
        ("Last month", "2024-10-01", "2024-10-31", "month", True, "North Korea launched a new ICBM, the Hwasong-19"),
        ("since 2022", "2022-01-01", "2024-11-15", "open", True, "Japan provided Ukraine with support totaling more than 12 billion dollars"),
    ],
}}
