# dev20_05 -- Hankook Ilbo English edition, published 2025-09-04 (Thursday).
# Row formats: see spec_01_sputnik.py.
# Not annotated (furniture): nav, "Published 2025.09.04. 16:21 Updated ...", byline, photo credit "Yonhap",
# reporter e-mails, Related articles ("3,000 more troops ... (2025.02.27)", "for 2 months"), Most Viewed
# ("52-week", "2.50%", "10th"), newsletter, copyright.
# Not annotated (traps): "11th Army Corps", "third wave", "a month" (rate), "71 percent" (a percentage of
# survey respondents, nothing counted in the story), "declined to comment", "could not be reached for comment",
# "Each North Korean soldier" / "is believed to be paid" (no count; passive without agent inside Yoon's statement).

NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
PARK = ("Park Sun-won", "person", "South Korea")
YOON = ("Yoon Hae-rim", "person", "independent")
OFFICIAL = ("senior South Korean government official", "group", "South Korea")
NISC = "National Intelligence Service (South Korea)"

DOCS = {
    "dev20_05_hankookilbo_nis_toll": {
        "figures": [
            ("About 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NISC),
            ("dispatched |6,000 additional personnel|, including", 6000, None, "exact", "personnel", "personnel", 6000, "count", NISC),
            ("including |1,000 deminers|, spy", 1000, None, "exact", "deminer", "personnel", 1000, "count", NISC),
            ("around 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NISC),
            ("about 600 North Korean troops", 600, None, "approximately", "troop", "casualties", 600, "count", NISC),
            ("some 4,700 casualties", 4700, None, "approximately", "casualty", "casualties", 4700, "count", NISC),
            ("some 6,000 additional personnel", 6000, None, "approximately", "personnel", "personnel", 6000, "count", NISC),
            ("including |1,000 deminers| and", 1000, None, "exact", "deminer", "personnel", 1000, "count", NISC),
            ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", NISC),
            ("Around 10,000 to 11,000 North Korean troops", 10000, 11000, "range", "troop", "personnel", 10000, "count", NISC),
            ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", "Sergei Shoigu"),
            ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", "Sergei Shoigu"),
            ("as much as 28 trillion won", 28e12, None, "at_most", "won", "money", 28e12, "KRW", NISC),
            ("$20 billion", 20e9, None, "at_most", "", "money", 20e9, "USD", NISC),
            ("around $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "Yoon Hae-rim"),
            ("more than 20,000 personnel", 20000, None, "more_than", "personnel", "personnel", 20000, "count",
             "senior South Korean government official"),
        ],
        "attributions": [
            # headline source tag: the tag with its colon is the cue
            ("About 2,000 North Korean soldiers killed in Russia war, more sent to Kursk", "NIS:", "NIS", *NIS, "indirect"),
            ("Pyongyang has dispatched 6,000 additional personnel, including 1,000 deminers", "tells lawmakers", "spy agency", *NIS, "indirect"),
            # nested: Park told reporters [NIS estimated [that ...]]
            ("that around 2,000 North Korean soldiers have been killed since Pyongyang began dispatching troops to support Russia's war against Ukraine last October",
             "estimated", "South Korea's spy agency", *NIS, "indirect"),
            ("South Korea's spy agency estimated Thursday that around 2,000 North Korean soldiers have been killed since Pyongyang began dispatching troops to support Russia's war against Ukraine last October",
             "told reporters", "Rep. Park Sun-won of the Democratic Party of Korea", *PARK, "indirect"),
            ("that about 600 North Korean troops had died among some 4,700 casualties", "(NIS) had |said| that",
             "the National Intelligence Service (NIS)", *NIS, "indirect"),
            ("the North has also sent some 6,000 additional personnel to Russia since June, including 1,000 deminers and 5,000 military construction workers tasked with rebuilding infrastructure destroyed in the Kursk region",
             "According to", "the NIS", *NIS, "according_to"),
            ("Around 10,000 to 11,000 North Korean troops remain deployed in the border area", "agency |said|.", "the agency", *NIS, "indirect"),
            ("that the North would send 1,000 sappers and 5,000 military builders to Kursk", "17, |said| at the time",
             "Russian Security Council Secretary Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
            # nested: Park said [The agency assessed [that ...]]
            ("that Pyongyang may have earned as much as 28 trillion won ($20 billion) from its military cooperation with Moscow, including arms exports, troop dispatches and technology transfers",
             "assessed", "The agency", *NIS, "indirect"),
            ("The agency assessed that Pyongyang may have earned as much as 28 trillion won ($20 billion) from its military cooperation with Moscow, including arms exports, troop dispatches and technology transfers",
             "Park |said|.", "Park", *PARK, "indirect"),
            ("Each North Korean soldier is believed to be paid around $2,000 a month by Moscow, but most of that money goes straight into the regime's coffers",
             "coffers, |said| Yoon", "Yoon Hae-rim", *YOON, "indirect"),
            ("The soldiers are the collateral. Kim Jong Un is selling their lives to buy Russian technology,", "Yoon |said|, adding",
             "Yoon", *YOON, "direct"),
            ("that the 11th Army Corps, known as the “Storm Corps,” had likely absorbed the bulk of the losses", "adding", "Yoon", *YOON, "indirect"),
            ("the government was closely watching whether Pyongyang would send a “third wave” of troops", "anonymity, |said| the government",
             "A senior South Korean government official", *OFFICIAL, "indirect"),
            ("We cannot rule out that more than 20,000 personnel will eventually be dispatched,", "official |said|.",
             "the official", *OFFICIAL, "direct"),
            ("Kim Jong Un, who last week welcomed home an engineer regiment returning from Kursk, has vowed to build a museum in Pyongyang commemorating the “heroic feats” of the soldiers",
             "vowed", "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("that 71 percent of South Koreans see the North's deployment as a direct threat to national security", "found",
             "A Gallup Korea survey", "Gallup Korea", "organisation", "independent", "indirect"),
        ],
        "events": [
            ("estimated |Thursday| that", "2025-09-04", "2025-09-04", "day", True,
             "NIS estimated around 2,000 North Korean soldiers killed in Russia's war"),
            ("last October", "2024-10-01", "2024-10-31", "month", True, "Pyongyang began dispatching troops to Russia"),
            ("In April", "2025-04-01", "2025-04-30", "month", True,
             "NIS said about 600 North Korean troops had died among some 4,700 casualties"),
            ("since June", "2025-06-01", "2025-09-04", "open", True,
             "North Korea sent some 6,000 additional personnel incl. 1,000 deminers and 5,000 construction workers"),
            ("on June 17", "2025-06-17", "2025-06-17", "day", True,
             "Shoigu visited Pyongyang and said the North would send 1,000 sappers and 5,000 military builders"),
            ("who |last week| welcomed", "2025-08-25", "2025-08-31", "week", True,
             "Kim Jong Un welcomed home the engineer regiment returning from Kursk"),
            ("released |last week| found", "2025-08-25", "2025-08-31", "week", True,
             "Gallup Korea survey on the North's deployment released"),
        ],
    },
}
