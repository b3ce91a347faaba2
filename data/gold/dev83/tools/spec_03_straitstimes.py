"""dev83_03_straitstimes_reinforcements: The Straits Times, published 2025-03-18 (Tuesday).

Row formats: see spec_01_abc.py.
"""
D = "dev83_03_straitstimes_reinforcements"
JCS = ("Joint Chiefs of Staff (South Korea)", "organisation", "South Korea")
MFA = ("Ministry of Foreign Affairs (Singapore)", "organisation", "Singapore")
LEE = ("Lee Wen Jie", "person", "independent")
J = "Joint Chiefs of Staff (South Korea)"

DOCS = {D: {
    "figures": [
        ("3,000 more troops", 3000, None, "exact", "troop", "personnel", 3000, "count", "South Korea"),
        ("about 3,000 additional soldiers", 3000, None, "approximately", "soldier", "personnel", 3000, "count", J),
        ("about 14,000", 14000, None, "approximately", "troop", "personnel", 14000, "count", J),
        ("around 4,000", 4000, None, "approximately", "soldier", "casualties", 4000, "count", J),
        ("roughly 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", J),
        ("some 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", J),
        ("about 1,300 sq km", 1300, None, "approximately", "sq km", "territory", 1300, "km2", "Ukraine"),
        ("less than 200 sq km", 200, None, "less_than", "sq km", "territory", 200, "km2", "Ukrainian officers"),
        ("some S$150 million", 150000000, None, "approximately", "", "money", 150000000, "SGD", ""),
        ("as much as US$500 million", 500000000, None, "at_most", "", "money", 500000000, "USD", "Lee Wen Jie"),
    ],
    "attributions": [
        ("North Korea sends 3,000 more troops to Russia as Kursk foothold crumbles", "says", "Seoul",
         "South Korea", "government", "South Korea", "indirect"),
        ("North Korea has sent about 3,000 additional soldiers to Russia since January to replace heavy losses in the Kursk region",
         "said", "South Korea's Joint Chiefs of Staff (JCS)", *JCS, "indirect"),
        ("The reinforcements, who arrived in January and February, brought the total number of North Korean troops sent to Russia to about 14,000",
         "said", "the JCS", *JCS, "indirect"),
        ("that around 4,000 of the roughly 11,000 soldiers Pyongyang sent in the autumn had been killed or wounded, including some 1,000 who died",
         "estimated", "It", *JCS, "indirect"),
        ("North Korea has also been shipping short-range ballistic missiles, 170mm self-propelled guns and 240mm multiple rocket launchers",
         "according to", "the report", *JCS, "according_to"),
        ("Pyongyang appeared to be \"replenishing\" Russia's artillery stocks", "said", "which", *JCS, "indirect"),
        ("that its forces had recaptured Sudzha, the largest town Ukraine had held since its surprise incursion last August",
         "said", "The Russian Defence Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
        ("Kyiv claimed control of about 1,300 sq km of Russian territory", "claimed", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("their troops hold less than 200 sq km", "say", "Ukrainian officers", "Ukrainian officers", "group", "Ukraine", "indirect"),
        ("that his troops in Kursk had been encircled", "denied", "Ukrainian President Volodymyr Zelensky",
         "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("that his troops in Kursk had been encircled", "Putin had |claimed| a day earlier", "Russian President Vladimir Putin",
         "Vladimir Putin", "person", "Russia", "indirect"),
        ("that the continued deployment \"further undermines\" efforts to end the war", "said",
         "Singapore's Ministry of Foreign Affairs (MFA)", *MFA, "indirect"),
        ("called on all countries to fully implement UN Security Council resolutions on North Korea", "called on",
         "Singapore's Ministry of Foreign Affairs (MFA)", *MFA, "indirect"),
        ("that the bloc was \"deeply concerned\" about the war spilling over into Asia", "told reporters",
         "Malaysian Foreign Minister Mohamad Hasan", "Mohamad Hasan", "person", "Malaysia", "indirect"),
        ("the new rotation suggested Pyongyang saw Kursk as \"a live-fire laboratory\" for its army", "said", "Dr Lee Wen Jie", *LEE, "indirect"),
        ("Every month in Kursk teaches the Korean People's Army more about drone warfare than a decade of exercises at home,",
         "told", "he", *LEE, "direct"),
        ("that Moscow could be paying Pyongyang as much as US$500 million a year in cash, fuel and food", "estimated", "He", *LEE, "indirect"),
        ("the partnership would outlast any ceasefire in Ukraine", "said", "He", *LEE, "indirect"),
        ("The Kursk operation may be ending, but the alliance is not,", "said", "Dr Lee", *LEE, "direct"),
    ],
    "events": [
        ("on March 14", "2025-03-14", "2025-03-14", "day", True,
         "Ukrainian servicemen near the border with Russia's Kursk region (photo caption)"),
        ("since January", "2025-01-01", "2025-03-18", "open", True,
         "North Korea sent about 3,000 additional soldiers to Russia to replace losses in Kursk"),
        ("on March 17", "2025-03-17", "2025-03-17", "day", True,
         "South Korea's JCS reported about 3,000 additional North Korean soldiers sent to Russia"),
        ("in January and February", "2025-01-01", "2025-02-28", "month", True, "North Korean reinforcements arrived in Russia"),
        ("in the autumn", "2024-09-01", "2024-11-30", "season", True, "Pyongyang sent roughly 11,000 soldiers to Russia"),
        ("on March 13", "2025-03-13", "2025-03-13", "day", True, "Russian Defence Ministry said its forces had recaptured Sudzha"),
        ("last August", "2024-08-01", "2024-08-31", "month", True, "Ukraine's surprise incursion into Russia's Kursk region"),
        ("on March 15", "2025-03-15", "2025-03-15", "day", True, "Zelensky denied Ukrainian troops in Kursk had been encircled"),
        ("a day earlier", "2025-03-14", "2025-03-14", "day", True, "Putin claimed Ukrainian troops in Kursk had been encircled"),
        ("on Monday", "2025-03-17", "2025-03-17", "day", True,
         "Singapore's MFA said the continued deployment further undermines efforts to end the war"),
        ("this year", "2025-01-01", "2025-12-31", "year", True, "Malaysia chairs Asean"),
        ("last week", "2025-03-10", "2025-03-16", "week", True,
         "Mohamad Hasan told reporters Asean was deeply concerned about the war spilling over into Asia"),
        ("in 2022", "2022-01-01", "2022-12-31", "year", False, "Singapore imposed sanctions on Russia over the invasion of Ukraine"),
        ("in 2017", "2017-01-01", "2017-12-31", "year", False, "Singapore suspended all trade with North Korea"),
    ],
}}
