"""dev75_04: The Korea Times. Manifest date EMPTY; anchor 2025-02-20 (Thursday) from the page's date line
"Posted : 2025-02-20 16:41  Updated : 2025-02-20 17:58". Defectors in Seoul react to a captured soldier's wish
to come to the South.

Row formats as in spec_01_washingtonpost.py.
"""
NIS = "National Intelligence Service (South Korea)"
KIMH = "Kim Hyuk"
PARK = "Park Seon-ok"
CHOI = "Choi (former RGB officer)"

DOCS = {
    "dev75_04_koreatimes_defectors": {
        "figures": [
            ("among |34,000 defectors| here", 34000, None, "exact", "defector", "other", 34000, "count", ""),
            ("Two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count",
             "Security Service of Ukraine"),
            ("roughly 34,000 defectors", 34000, None, "approximately", "defector", "other", 34000, "count", ""),
            ("18 million won", 18000000, None, "exact", "won", "money", 18000000, "KRW", PARK),
            ("about $12,500", 12500, None, "approximately", "", "money", 12500, "USD", PARK),
            ("about 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
            ("roughly 300", 300, None, "approximately", "troop", "casualties", 300, "count", NIS),
            ("about 2,700", 2700, None, "approximately", "troop", "casualties", 2700, "count", NIS),
        ],
        "attributions": [
            ("Defectors urge captured North Korean soldier to 'come to the South'", "urge", "Defectors",
             "North Korean defectors", "group", "independent", "indirect"),
            ("POW's wish is 'understandable but dangerous'", "say", "Ex-soldiers among 34,000 defectors here",
             "ex-soldier defectors", "group", "independent", "indirect"),
            ("he recognized the look on the young man's face", "said", "he", KIMH, "person", "independent", "indirect"),
            ("It's the look of someone who has just realized that everything he was told was a lie,", "said", "Kim",
             KIMH, "person", "independent", "direct"),
            ("I had that look for about a year.", '|said| Kim, 37', "Kim", KIMH, "person", "independent", "direct"),
            ("Two North Korean soldiers were captured alive by Ukrainian forces in Russia's Kursk region on Jan. 9",
             "according to", "the Security Service of Ukraine (SBU)", "Security Service of Ukraine", "organisation",
             "Ukraine", "according_to"),
            ('that he had "decided to go to South Korea" if allowed', "told the Chosun Ilbo",
             "a 26-year-old rifleman surnamed Ri", "Ri (captured North Korean soldier)", "person", "independent",
             "indirect"),
            ('that Seoul would accept the soldiers in line with their "free will" and the Constitution, which regards '
             'all North Koreans as citizens of the South', "said", "The foreign ministry",
             "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
            ("her group had raised 18 million won (about $12,500) for legal support and resettlement costs should the "
             "soldiers arrive", "said", "Park Seon-ok", PARK, "person", "independent", "indirect"),
            ("We will be their family here,", "said", "she", PARK, "person", "independent", "direct"),
            ("that the men's families in North Korea would be punished if they defected", "warned",
             "A former officer of the North's Reconnaissance General Bureau", CHOI, "person", "independent",
             "indirect"),
            ("In the North, a soldier who is captured is already a traitor. If he comes to Seoul, his parents will be "
             "sent to a camp,", "said", "Choi", CHOI, "person", "independent", "direct"),
            ("that about 11,000 North Korean troops have been sent to Russia since October, and that roughly 300 have "
             "been killed and about 2,700 wounded, with losses mounting since they were thrown into assaults in early "
             "January", "estimates", "The National Intelligence Service (NIS)", NIS, "organisation", "South Korea",
             "indirect"),
            ("it has received no formal request", "said", "The Ministry of Unification",
             "Ministry of Unification (South Korea)", "organisation", "South Korea", "indirect"),
            ('that the government was "closely consulting with relevant agencies."', "told a regular briefing",
             "Ministry spokesperson Koo Byoung-sam", "Koo Byoung-sam", "person", "South Korea", "indirect"),
            ("that 64 percent of respondents supported accepting the soldiers", "found", "A Gallup Korea survey",
             "Gallup Korea", "organisation", "independent", "indirect"),
            ("I would tell him: come. Life is hard here too, but at least you choose it,", "said", "he", KIMH,
             "person", "independent", "direct"),
        ],
        "events": [
            ("Jan. 19", "2025-01-19", "2025-01-19", "day", True,
             "SBU released an image of a captured North Korean soldier interviewed in Kyiv (caption)"),
            ("last month", "2025-01-01", "2025-01-31", "month", True,
             "Kim Hyuk watched the video of a wounded North Korean soldier in a Kyiv hospital"),
            ("in 2016", "2016-01-01", "2016-12-31", "year", False, "Kim Hyuk defected from North Korea"),
            ("on Jan. 9", "2025-01-09", "2025-01-09", "day", True,
             "Two North Korean soldiers captured alive by Ukrainian forces in the Kursk region"),
            ("published |Wednesday| that", "2025-02-19", "2025-02-19", "day", True,
             "Chosun Ilbo published interview in which POW Ri said he had decided to go to South Korea"),
            ("said |Wednesday| that Seoul", "2025-02-19", "2025-02-19", "day", True,
             "South Korean foreign ministry said Seoul would accept the soldiers in line with their free will"),
            ("since the 1990s", "1990-01-01", "2025-02-20", "open", True,
             "About 34,000 North Korean defectors resettled in the South"),
            ("since October", "2024-10-01", "2025-02-20", "open", True,
             "About 11,000 North Korean troops sent to Russia (NIS estimate)"),
            ("in early January", "2025-01-01", "2025-01-10", "month", True,
             "North Korean troops thrown into assaults, losses mounting"),
            ("Thursday", "2025-02-20", "2025-02-20", "day", True,
             "Unification ministry spokesperson Koo Byoung-sam told a regular briefing the government was consulting"),
            ("last week", "2025-02-10", "2025-02-16", "week", True,
             "Gallup Korea survey released: 64 percent supported accepting the soldiers"),
        ],
    },
}
