# dev101_01: AFP Fact Check, anchor 2024-12-19 (Thursday, manifest).
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])
# A span "left|span|right" is located as the unique occurrence of left+span+right.

SMU = "social media users"
NIS = "National Intelligence Service (South Korea)"
DIU = "Defence Intelligence of Ukraine"
SKO = "South Korean officials"

DOCS = {
    "dev101_01_afp_hospital_video": {
        "figures": [
            ("thousands of casualties", 1000, None, "vague", "casualty", "casualties", 1000, "count", SMU),
            ("Over 3,000 soldiers", 3000, None, "more_than", "soldier", "casualties", 3000, "count", "Front Intel UA"),
            ("more than 450,000 views", 450000, None, "more_than", "view", "other", 450000, "count", ""),
            ("up to 5,000 North Koreans", 5000, None, "at_most", "north korean", "casualties", 5000, "count", SMU),
            ("at least 40 soldiers", 40, None, "at_least", "soldier", "casualties", 40, "count", DIU),
            ("three villages", 3, None, "exact", "village", "territory", 3, "count", DIU),
            ("about 120 North Korean soldiers", 120, None, "approximately", "soldier", "casualties", 120, "count", NIS),
            ("close to 900", 900, None, "approximately", "soldier", "casualties", 900, "count", NIS),
            ("near |3,000 soldiers| wounded", 3000, None, "exact", "soldier", "casualties", 3000, "count", "Jeong Min-seo"),
            ("around 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", SKO),
            ("millions of artillery shells", 1000000, None, "vague", "artillery shell", "weapons", 1000000, "count", SKO),
            ("an estimated $5.5 billion", 5.5e9, None, "approximately", "", "money", 5.5e9, "USD", SKO),
        ],
        "attributions": [
            ("a video shows North Korean soldiers wounded in Russia’s Kursk region lying in a military hospital, "
             "and that Moscow is hiding thousands of casualties from Pyongyang’s contingent",
             "claim", "Posts circulating on social media", SMU, "group", "independent", "indirect"),
            ("Kim’s cannon fodder is already in hospital. Over 3,000 soldiers wounded in ten days and Moscow hides it,",
             "reads", "the caption", "Front Intel UA", "media", "independent", "direct"),
            ("that up to 5,000 North Koreans had been wounded since the start of December",
             "claiming", "some", SMU, "group", "independent", "indirect"),
            ("the clip shows “our wounded defenders” at the city’s main trauma hospital",
             "says", "Its title", "Novosti Donbassa 24", "media", "Russia", "indirect"),
            ("that he recognised the ward", "told AFP", "Oleksandr Hnatiuk", "Oleksandr Hnatiuk", "person",
             "independent", "indirect"),
            ("It is the neurosurgery wing on the fourth floor. I spent eleven years in that building,",
             "said", "he", "Oleksandr Hnatiuk", "person", "independent", "direct"),
            ("that North Korean units had suffered their first significant losses in Kursk, with at least 40 soldiers "
             "killed or wounded in fighting near three villages",
             "said", "Ukraine’s military intelligence agency, HUR", DIU, "organisation", "Ukraine", "indirect"),
            ("South Korea’s National Intelligence Service (NIS) told lawmakers in a closed-door briefing on Thursday "
             "that about 120 North Korean soldiers had died and close to 900 had been injured",
             "committee |said|.", "a member of parliament’s intelligence committee",
             "South Korean intelligence committee member", "group", "South Korea", "indirect"),
            ("that about 120 North Korean soldiers had died and close to 900 had been injured",
             "told lawmakers", "South Korea’s National Intelligence Service (NIS)", NIS, "organisation",
             "South Korea", "indirect"),
            ("None of the numbers released by Kyiv or Seoul comes anywhere near 3,000 soldiers wounded in ten days,",
             "said", "Jeong Min-seo", "Jeong Min-seo", "person", "independent", "direct"),
            ("The figures in these posts are invented to provoke outrage.",
             "” |said| Jeong", "Jeong Min-seo", "Jeong Min-seo", "person", "independent", "direct"),
            ("which has never acknowledged the presence of North Korean troops on its soil",
             "has never acknowledged", "Russia’s defence ministry", "Russian Defense Ministry", "organisation",
             "Russia", "indirect"),
            ("that North Korea sent around 11,000 troops to Russia in October and November, along with millions of "
             "artillery shells, a trade the officials say has earned Pyongyang an estimated $5.5 billion since 2023",
             "estimate", "South Korean officials", SKO, "group", "South Korea", "indirect"),
            ("has earned Pyongyang an estimated $5.5 billion since 2023",
             "say", "the officials", SKO, "group", "South Korea", "indirect"),
        ],
        "events": [
            ("in 2022", "2022-01-01", "2022-12-31", "year", False,
             "Headline: the hospital video shows wounded soldiers in Donetsk (filmed)", 1),
            ("in 2022", "2022-01-01", "2022-12-31", "year", False,
             "The footage was filmed in a hospital in Russian-held Donetsk", 2),
            ("on Sunday", "2024-12-15", "2024-12-15", "day", True,
             "The 52-second clip was posted on X by the account Front Intel UA"),
            ("by December 18", "2024-12-18", "2024-12-18", "day", True,
             "The false post had drawn more than 450,000 views"),
            ("on December 18, 2024", "2024-12-18", "2024-12-18", "day", False,
             "Screenshot of the false post on X taken (caption)"),
            ("since the start of December", "2024-12-01", "2024-12-19", "open", True,
             "Up to 5,000 North Koreans allegedly wounded (claim in similar posts)"),
            ("on October 4, 2022", "2022-10-04", "2022-10-04", "day", False,
             "Longer version of the video uploaded to YouTube by Novosti Donbassa 24"),
            ("in 2014", "2014-01-01", "2014-12-31", "year", False, "Surgeon Oleksandr Hnatiuk left Donetsk"),
            ("on Wednesday", "2024-12-18", "2024-12-18", "day", True,
             "Hnatiuk told AFP he recognised the hospital ward"),
            ("on Monday", "2024-12-16", "2024-12-16", "day", True,
             "HUR said North Korean units had suffered their first significant losses in Kursk"),
            ("on Thursday", "2024-12-19", "2024-12-19", "day", True,
             "NIS closed-door briefing to lawmakers on North Korean dead and injured"),
            ("since October", "2024-10-01", "2024-12-19", "open", True,
             "Jeong Min-seo has followed the North Korean deployment"),
            ("in October and November", "2024-10-01", "2024-11-30", "month", True,
             "North Korea sent around 11,000 troops to Russia (South Korean officials' estimate)"),
            ("since 2023", "2023-01-01", "2024-12-19", "open", True,
             "Arms trade has earned Pyongyang an estimated $5.5 billion"),
        ],
    }
}
