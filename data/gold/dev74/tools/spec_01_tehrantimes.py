"""dev74_01_tehrantimes_denials (Tehran Times, published 2024-10-31, Thursday).

Rows: (pattern, ...). A pattern 'left|span|right' is located by its unique context; a plain pattern
must occur once as a whole word unless an occurrence number is appended.
figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
"""
RUS, NK, US, SK, UA, IR, IND = "Russia", "North Korea", "United States", "South Korea", "Ukraine", "Iran", "independent"
NIS = "National Intelligence Service (South Korea)"
RDM = "Russian Defense Ministry"

DOCS = {"dev74_01_tehrantimes_denials": {
"figures": [
    ("approximately 10,000 troops", 10000, None, "approximately", "troop", "personnel", 10000, "count", "Pentagon"),
    ("about 8,000 of those troops", 8000, None, "approximately", "troop", "personnel", 8000, "count", "Antony Blinken"),
    ("as many as 12,000 soldiers", 12000, None, "at_most", "soldier", "personnel", 12000, "count", NIS),
    ("500 officers", 500, None, "exact", "officer", "personnel", 500, "count", NIS),
    ("three generals", 3, None, "exact", "general", "personnel", 3, "count", NIS),
    ("thousands of instructors", 1000, None, "vague", "instructor", "personnel", 1000, "count", "Dmitry Peskov"),
    ("more than $60 billion", 60e9, None, "more_than", "", "money", 60e9, "USD", "Kim Song"),
    ("two or three thousand Korean soldiers", 2000, 3000, "range", "soldier", "personnel", 2000, "count", "Reza Mousavinia"),
    ("hundreds of NATO personnel", 100, None, "vague", "personnel", "personnel", 100, "count", "Reza Mousavinia"),
    ("some 1,000 square kilometers", 1000, None, "approximately", "square kilometer", "territory", 1000, "km2", "Armed Forces of Ukraine"),
    ("more than 27,000 servicemen", 27000, None, "more_than", "serviceman", "casualties", 27000, "count", RDM),
],
"attributions": [
    ("Moscow, Pyongyang reject Western ‘hysteria’ over North Korean troops", "reject", "Moscow", "Russia", "government", RUS, "indirect"),
    ("Moscow, Pyongyang reject Western ‘hysteria’ over North Korean troops", "reject", "Pyongyang", "North Korea", "government", NK, "indirect"),
    ("Russia and North Korea have flatly rejected Western allegations about North Korean soldiers in Russia’s Kursk region as a pretext for deeper NATO involvement in the Ukraine conflict",
     "rejected", "Russia", "Russia", "government", RUS, "indirect"),
    ("Russia and North Korea have flatly rejected Western allegations about North Korean soldiers in Russia’s Kursk region as a pretext for deeper NATO involvement in the Ukraine conflict",
     "rejected", "North Korea", "North Korea", "government", NK, "indirect"),
    ("that Pyongyang had sent approximately 10,000 troops to train in eastern Russia", "claimed", "The Pentagon", "Pentagon", "organisation", US, "indirect"),
    ("that about 8,000 of those troops had moved to the Kursk border area", "telling reporters",
     "U.S. Secretary of State Antony Blinken", "Antony Blinken", "person", US, "indirect"),
    ("that they would be “fair game” for Ukrainian forces", "warning",
     "U.S. Secretary of State Antony Blinken", "Antony Blinken", "person", US, "indirect"),
    ("as many as 12,000 soldiers, including 500 officers and three generals", "speaks of",
     "South Korea’s spy agency", NIS, "organisation", SK, "indirect"),
    ("that cooperation with the Democratic People’s Republic of Korea “is developing in all areas and is not directed against third countries.”",
     "told reporters", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", RUS, "indirect"),
    ("It is our sovereign business with whom and how we cooperate,", "said", "Peskov", "Dmitry Peskov", "person", RUS, "direct"),
    ("Those who have sent thousands of instructors and mercenaries to Ukraine should look at themselves first.", "Peskov |said|.",
     "Peskov", "Dmitry Peskov", "person", RUS, "direct"),
    ("that the reports were “groundless rumours” spread by Washington and Seoul", "told the Security Council",
     "Kim Song", "Kim Song", "person", NK, "indirect"),
    ("Any cooperation between the two countries “fully conforms to international law, including the UN Charter,”", "said",
     "he", "Kim Song", "person", NK, "indirect"),
    ("The envoy accused the United States of pouring more than $60 billion in weapons into Ukraine while lecturing others about escalation",
     "accused", "The envoy", "Kim Song", "person", NK, "indirect"),
    ("North Korean Foreign Minister Choe Son Hui is expected in Moscow on Friday for talks with Sergei Lavrov", "announced",
     "the Russian Foreign Ministry", "Russian Foreign Ministry", "organisation", RUS, "indirect"),
    ("that the Islamic Republic “does not interfere in the bilateral relations of independent states,” and that the real source of escalation was the “unlimited flow of Western weapons” to Kiev",
     "said", "Foreign Ministry spokesman Esmaeil Baghaei", "Esmaeil Baghaei", "person", IR, "indirect"),
    ("that the figures were being inflated for political ends", "told the Tehran Times", "Reza Mousavinia", "Reza Mousavinia", "person", IND, "indirect"),
    ("Even if two or three thousand Korean soldiers are in Kursk, that is nothing compared with the hundreds of NATO personnel who operate Western missile systems on Ukrainian soil,",
     "said", "he", "Reza Mousavinia", "person", IND, "direct"),
    ("the Western narrative serves to justify permission for Kiev to fire long-range missiles deep into Russia, a step Moscow has said would mean NATO is at war with it",
     "According to", "Mousavinia", "Reza Mousavinia", "person", IND, "according_to"),
    ("would mean NATO is at war with it", "has said", "Moscow", "Russia", "government", RUS, "indirect"),
    ("control of some 1,000 square kilometers", "claimed", "Kiev’s forces", "Armed Forces of Ukraine", "organisation", UA, "indirect"),
    ("Ukraine has lost more than 27,000 servicemen in the area since August 6", "says", "The Russian Defense Ministry", RDM, "organisation", RUS, "indirect"),
],
"events": [
    ("Pentagon claimed |on Monday| that", "2024-10-28", "2024-10-28", "day", True,
     "The Pentagon claimed Pyongyang had sent about 10,000 troops to train in eastern Russia"),
    ("On Thursday", "2024-10-31", "2024-10-31", "day", True,
     "Blinken told reporters about 8,000 North Korean troops had moved to the Kursk border area and would be 'fair game'"),
    ("on Tuesday", "2024-10-29", "2024-10-29", "day", True,
     "Peskov told reporters cooperation with the DPRK is not directed against third countries"),
    ("on Wednesday", "2024-10-30", "2024-10-30", "day", True,
     "North Korea's UN envoy Kim Song told the Security Council the reports were 'groundless rumours'"),
    ("last week", "2024-10-21", "2024-10-27", "week", True,
     "Russia's State Duma ratified the Comprehensive Strategic Partnership Treaty with the DPRK"),
    ("in June", "2024-06-01", "2024-06-30", "month", True,
     "The Russia-DPRK partnership treaty was signed in Pyongyang"),
    ("on Friday", "2024-11-01", "2024-11-01", "day", True,
     "North Korean Foreign Minister Choe Son Hui expected in Moscow for talks with Lavrov"),
    ("press conference |on Monday| that", "2024-10-28", "2024-10-28", "day", True,
     "Iranian Foreign Ministry spokesman Baghaei commented at his weekly press conference"),
    ("in August", "2024-08-01", "2024-08-31", "month", True,
     "Ukrainian forces crossed into the Kursk region"),
    ("since August 6", "2024-08-06", "2024-10-31", "open", True,
     "Ukraine lost more than 27,000 servicemen in the Kursk area (Russian Defense Ministry)"),
],
}}
