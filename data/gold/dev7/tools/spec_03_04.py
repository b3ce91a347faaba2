"""dev7 annotation specs, documents 03 (RFE/RL) and 04 (The Hill).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
attributions: (span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
A span "left|span|right" is located by its unique context; a cue written that way is located the same way.
"""
VZ = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"
DIU = "Defence Intelligence of Ukraine"
POW = "captured North Korean soldier"

DOCS = {}

# ---------------------------------------------------------------- 03 RFE/RL, manifest date EMPTY; the page's
# date line "February 20, 2025 15:42 GMT" (a Thursday) is the anchor.
HAL = "Dmytro Halchenko"
DOCS["dev7_03_rferl_kursk_return"] = {
    "figures": [
        ("about 1,500 fresh troops", 1500, None, "approximately", "troop", "personnel", 1500, "count", DIU),
        ("30 or 40 men", 30, 40, "range", "man", "personnel", 30, "count", "Andriy Yusov"),
        ("dozens of additional long-range artillery systems", 24, None, "vague", "artillery system", "weapons", 24, "count", VZ),
        ("about 300", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
        ("roughly 2,700", 2700, None, "approximately", "soldier", "casualties", 2700, "count", NIS),
        ("the |two North Korean soldiers| captured", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
        ("between 12,000 and 14,000 North Korean soldiers", 12000, 14000, "range", "soldier", "personnel", 12000, "count", HAL),
        ("about 200,000 rubles", 200000, None, "approximately", "ruble", "money", 200000, "RUB", HAL),
        ("$2,200", 2200, None, "exact", "", "money", 2200, "USD", HAL),
    ],
    "attributions": [
        ("North Korean Troops Back On Kursk Front After Weeks-Long Pause", "Says",
         "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("North Korean soldiers have returned to combat positions in Russia's Kursk region after being pulled back in mid-January following heavy losses",
         "intelligence |said| on February 19", "Ukraine's military intelligence", DIU, "organisation", "Ukraine", "indirect"),
        ("that units of North Korea's 11th Army Corps had been reinforced with about 1,500 fresh troops and were again taking part in assaults near the villages of Sverdlikovo and Novaya Sorochina, alongside Russian paratroopers",
         "HUR, |said| that units", "The agency", DIU, "organisation", "Ukraine", "indirect"),
        ("They have drawn conclusions from their mistakes,", "told RFE/RL's Ukrainian Service",
         "Andriy Yusov", "Andriy Yusov", "person", "Ukraine", "direct"),
        ("They move in smaller groups now, they use drones better, and they no longer walk across open fields in columns of 30 or 40 men.",
         "told RFE/RL's Ukrainian Service", "Andriy Yusov", "Andriy Yusov", "person", "Ukraine", "direct"),
        ("Russia was preparing to bring more North Korean units to Kursk", "Tuesday, |said| Russia",
         "Ukrainian President Volodymyr Zelenskiy", VZ, "person", "Ukraine", "indirect"),
        ("that Pyongyang could also hand Moscow dozens of additional long-range artillery systems", "warned",
         "Ukrainian President Volodymyr Zelenskiy", VZ, "person", "Ukraine", "indirect"),
        ("We see that they are not going to stop,", "he |said|.",
         "he", VZ, "person", "Ukraine", "direct"),
        ("that the North Korean contingent had not been seen in combat for about three weeks, possibly because of the heavy casualties it had suffered",
         "told lawmakers", "South Korea's National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
        ("The NIS put North Korean losses at about 300 killed and roughly 2,700 wounded", "put",
         "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("that he wanted to go to South Korea rather than return home", "told a South Korean newspaper",
         "One of the two North Korean soldiers", POW, "group", "North Korea", "indirect"),
        ("I want to start a new life there,", "was quoted as saying",
         "he", POW, "group", "North Korea", "direct"),
        ("it would accept the soldier if he formally requested it", "Ministry |said| on Wednesday",
         "Seoul's Foreign Ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
        ("that South Korea's constitution regards all North Koreans as its citizens", "noting",
         "Seoul's Foreign Ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
        ("it would prefer to exchange both men for Ukrainian prisoners of war held by Russia", "Kyiv has |said| it",
         "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("The North Koreans learn fast, but they are learning on a battlefield where drones kill most people long before they ever see the enemy,",
         "enemy,\" |said| Dmytro", "Dmytro Halchenko", HAL, "person", "independent", "direct"),
        ("that between 12,000 and 14,000 North Korean soldiers had rotated through the Kursk region since October, and that Moscow was paying Pyongyang about 200,000 rubles ($2,200) a month for each of them",
         "estimated", "He", HAL, "person", "independent", "indirect"),
        ("North Korea has never publicly acknowledged the deployment", "has never publicly acknowledged",
         "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ("groundless rumors", "dismissed",
         "Its Foreign Ministry", "North Korean Foreign Ministry", "organisation", "North Korea", "direct"),
    ],
    "events": [
        ("in mid-January", "2025-01-11", "2025-01-20", "month", True,
         "North Korean soldiers were pulled back from the Kursk front after heavy losses"),
        ("on February 19", "2025-02-19", "2025-02-19", "day", True,
         "Ukraine's military intelligence said North Korean soldiers had returned to combat positions in Kursk"),
        ("the following day", "2025-02-20", "2025-02-20", "day", True,
         "HUR spokesman Andriy Yusov told RFE/RL North Korean troops had learned from their mistakes"),
        ("on Tuesday", "2025-02-18", "2025-02-18", "day", True,
         "Zelenskiy told reporters Russia was preparing to bring more North Korean units to Kursk"),
        ("earlier this month", "2025-02-01", "2025-02-19", "month", True,
         "South Korea's NIS told lawmakers the North Korean contingent had not been seen in combat for weeks"),
        ("in January", "2025-01-01", "2025-01-31", "month", True,
         "Ukrainian forces captured two North Korean soldiers"),
        ("this week", "2025-02-17", "2025-02-23", "week", True,
         "A captured North Korean soldier told a South Korean newspaper he wanted to go to South Korea"),
        ("on Wednesday", "2025-02-19", "2025-02-19", "day", True,
         "Seoul's Foreign Ministry said it would accept the captured soldier if he requested it"),
        ("since October", "2024-10-01", "2025-02-20", "open", True,
         "Between 12,000 and 14,000 North Korean soldiers rotated through the Kursk region"),
        ("in November", "2024-11-01", "2024-11-30", "month", True,
         "North Korea's Foreign Ministry dismissed reports of its troops in Russia as groundless rumors"),
    ],
}

# ---------------------------------------------------------------- 04 The Hill, published Tuesday 2024-12-17
USO = "senior U.S. military official"
DOCS["dev7_04_thehill_pentagon_casualties"] = {
    "figures": [
        ("‘|hundreds’ of casualties|", 100, None, "vague", "casualty", "casualties", 100, "count", USO),
        ("“|hundreds” of casualties|", 100, None, "vague", "casualty", "casualties", 100, "count", USO),
        ("11,000 to 12,000 North Korean troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", "Pat Ryder"),
        ("roughly $5.9 billion", 5.9e9, None, "approximately", "", "money", 5.9e9, "USD", ""),
        ("more than $60 billion", 60e9, None, "more_than", "", "money", 60e9, "USD", ""),
    ],
    "attributions": [
        ("North Korean troops suffering ‘hundreds’ of casualties in Kursk", "says",
         "US official", USO, "group", "United States", "indirect"),
        ("North Korean troops fighting for Russia in the Kursk region have suffered “hundreds” of casualties since they were thrown into frontline assaults last week",
         "official |said| Monday", "a senior U.S. military official", USO, "group", "United States", "indirect"),
        ("the casualties included both killed and wounded troops", "assessments, |said| the casualties",
         "The official", USO, "group", "United States", "indirect"),
        ("that North Korean soldiers had been folded into Russian airborne and naval infantry units and were “engaging in combat operations” in Kursk",
         "confirmed", "Pentagon press secretary Maj. Gen. Pat Ryder", "Pat Ryder", "person", "United States", "indirect"),
        ("We’re talking about 11,000 to 12,000 North Korean troops in total, the bulk of them now in Kursk,", "told reporters",
         "Ryder", "Pat Ryder", "person", "United States", "direct"),
        ("We have seen them used in dismounted infantry assaults, which is not a good use of forces, but that’s Russia’s choice.",
         "told reporters", "Ryder", "Pat Ryder", "person", "United States", "direct"),
        ("that Washington was weighing “a range of responses” with its allies, including new sanctions on North Korean and Russian entities involved in the deployment",
         "Kirby |said| earlier", "White House national security spokesperson John Kirby", "John Kirby", "person", "United States", "indirect"),
        ("Kim Jong Un is feeding his own soldiers into a meat grinder for Vladimir Putin, and every one of them who survives Kursk goes home knowing how to fight a modern war,",
         "war,” |said| Rep.", "Rep. Carla Benavides", "Carla Benavides", "person", "United States", "direct"),
        ("She urged the Pentagon to “use every last dollar” while President Biden is still in office", "urged",
         "She", "Carla Benavides", "person", "United States", "indirect"),
        ("that Congress should “look hard at what we’ve already spent” before approving any new money for Ukraine next year",
         "telling The Hill", "Sen. Roger Whitfield", "Roger Whitfield", "person", "United States", "indirect"),
        ("that 52 percent of U.S. voters want the incoming administration to push for a quick ceasefire", "found",
         "A Harlow Research poll", "Harlow Research", "organisation", "independent", "indirect"),
        ("that Russian commanders were likely to commit North Korean units to larger assaults in the coming weeks, despite their lack of experience with drone warfare",
         "assessed", "The Institute for the Study of War", "Institute for the Study of War", "organisation", "independent", "indirect"),
        ("that Russia had begun using North Korean troops in “mass assaults” and that Ukrainian forces had already inflicted “significant losses” on them",
         "Zelensky |said| in his", "Ukrainian President Volodymyr Zelensky", VZ, "person", "Ukraine", "indirect"),
    ],
    "events": [
        ("assaults |last week|, a senior", "2024-12-09", "2024-12-15", "week", True,
         "North Korean troops were thrown into frontline assaults in Kursk"),
        ("official said |Monday|.", "2024-12-16", "2024-12-16", "day", True,
         "A senior U.S. military official said North Korean troops had suffered hundreds of casualties"),
        ("earlier this month", "2024-12-01", "2024-12-16", "month", True,
         "John Kirby said Washington was weighing a range of responses with allies"),
        ("on Jan. 20", "2025-01-20", "2025-01-20", "day", True,
         "President-elect Trump takes office (deadline for spending remaining drawdown authority)"),
        ("in February 2022", "2022-02-01", "2022-02-28", "month", False,
         "Russia launched its full-scale invasion of Ukraine"),
        ("next year", "2025-01-01", "2025-12-31", "year", True,
         "Congress would consider approving new money for Ukraine"),
        ("released |last week| found", "2024-12-09", "2024-12-15", "week", True,
         "Harlow Research released a poll on support for a quick ceasefire"),
        ("on Sunday", "2024-12-15", "2024-12-15", "day", True,
         "ISW assessed Russia would likely commit North Korean units to larger assaults"),
        ("on Monday", "2024-12-16", "2024-12-16", "day", True,
         "Zelensky said in his nightly address Russia had begun using North Korean troops in mass assaults"),
    ],
}
