# dev65_02_nhk_casualties -- NHK World-Japan, published 2024-12-24 (Tuesday); anchor 2024-12-24.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (content span, cue, speaker as written, canonical, type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])

ZEL = "Volodymyr Zelensky"
JCS = "Joint Chiefs of Staff (South Korea)"
HUR = "Defence Intelligence of Ukraine"
IWAYA = "Takeshi Iwaya"

DOCS = {
    "dev65_02_nhk_casualties": {
        "figures": [
            ("over 3,000 North Korean troops", 3000, None, "more_than", "troop", "casualties", 3000, "count", ZEL),
            ("more than 3,000 North Korean soldiers", 3000, None, "more_than", "soldier", "casualties", 3000, "count", ZEL),
            ("an estimated 1,100 casualties", 1100, None, "approximately", "casualty", "casualties", 1100, "count", JCS),
            ("at least 200 North Korean soldiers", 200, None, "at_least", "soldier", "casualties", 200, "count", HUR),
            ("killed and |dozens| more wounded", 24, None, "vague", "soldier", "casualties", 24, "count", HUR),
            ("about 25 kilometers", 25, None, "approximately", "kilometer", "territory", 25, "km", ""),
            ("some 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "U.S. officials"),
            ("dozens of individuals", 24, None, "vague", "individual", "other", 24, "count", ""),
            ("about 471 billion yen", 471000000000, None, "approximately", "yen", "money", 471000000000, "JPY", ""),
            ("roughly 3 billion dollars", 3000000000, None, "approximately", "dollar", "money", 3000000000, "USD", ""),
        ],
        "attributions": [
            ("over 3,000 North Korean troops killed or wounded", "says",
             "Zelenskyy", ZEL, "person", "Ukraine", "indirect", 1),
            ("North Korean troops fighting for Russia have suffered heavy losses in the western Kursk region", "says",
             "Ukrainian President Volodymyr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("Zelenskyy made the remark in a post on social media on Monday", "made the remark",
             "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("According to preliminary data, more than 3,000 North Korean soldiers have already been killed or wounded in the Kursk region,",
             "wrote", "he", ZEL, "person", "Ukraine", "direct"),
            ('Russia was throwing the North Korean soldiers into "human wave" attacks with little protection', "also |said| Russia",
             "He", ZEL, "person", "Ukraine", "indirect"),
            ("that Pyongyang could send additional troops and military equipment to Russia", "warned",
             "He", ZEL, "person", "Ukraine", "indirect"),
            ("that North Korean forces have suffered an estimated 1,100 casualties in combat with Ukrainian troops", "Staff |said| on Monday",
             "South Korea's Joint Chiefs of Staff", JCS, "organisation", "South Korea", "indirect"),
            ("that North Korea appears to be preparing to supply Russia with more weapons, including 240mm multiple rocket launchers and 170mm self-propelled guns",
             "added", "The JCS", JCS, "organisation", "South Korea", "indirect"),
            ("at least 200 North Korean soldiers were killed and dozens more wounded in fighting near the village of Malaya Loknya over the weekend",
             "agency |says| at least", "Ukraine's military intelligence agency", HUR, "organisation", "Ukraine", "indirect"),
            ("some of the troops had been sent forward without drone cover and were easy targets", "agency |said| some",
             "The agency", HUR, "organisation", "Ukraine", "indirect"),
            ("that some 11,000 North Korean troops have been deployed to the Kursk region since November", "estimate",
             "U.S. officials", "U.S. officials", "group", "United States", "indirect"),
            ('that Japan "strongly condemns" the deployment', "told reporters",
             "Foreign Minister Iwaya Takeshi", IWAYA, "person", "Japan", "indirect"),
            ("Japan would continue to work closely with the United States, South Korea and other partners", "He |said| Japan",
             "He", IWAYA, "person", "Japan", "indirect"),
            ("that Russia may provide North Korea with military technology in return for the soldiers", "expressed concern",
             "Iwaya", IWAYA, "person", "Japan", "indirect"),
            ("that leader Kim Jong Un, visiting a drone research institute, had called for the mass production of attack drones",
             "Agency |reported| on Tuesday", "The state-run Korean Central News Agency", "Korean Central News Agency", "media", "North Korea", "indirect"),
            ("leader Kim Jong Un, visiting a drone research institute, had called for the mass production of attack drones",
             "called for", "leader Kim Jong Un", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("that the losses could damage the morale of the elite units", "told NHK",
             "A South Korean researcher who studies the North Korean military", "South Korean researcher", "group", "independent", "indirect"),
            ("These are supposed to be the best soldiers Kim Jong Un has. If they come back wounded, or do not come back at all, people in the North will eventually find out,",
             "researcher |said|.", "the researcher", "South Korean researcher", "group", "independent", "direct"),
        ],
        "events": [
            ("social media |on Monday|.", "2024-12-23", "2024-12-23", "day", True,
             "Zelenskyy posted on social media that over 3,000 North Korean soldiers had been killed or wounded"),
            ("Staff said |on Monday| that", "2024-12-23", "2024-12-23", "day", True,
             "South Korea's JCS said North Korean forces had suffered about 1,100 casualties"),
            ("over the weekend", "2024-12-21", "2024-12-22", "day", True,
             "At least 200 North Korean soldiers killed and dozens wounded in fighting near Malaya Loknya"),
            ("in August", "2024-08-01", "2024-08-31", "month", True,
             "Ukrainian forces launched their surprise cross-border incursion into Kursk"),
            ("since November", "2024-11-01", "2024-12-24", "open", True,
             "Some 11,000 North Korean troops deployed to the Kursk region (U.S. estimate)"),
            ("on Tuesday morning", "2024-12-24", "2024-12-24", "day", True,
             "Foreign Minister Iwaya told reporters Japan strongly condemns the deployment"),
            ("reported |on Tuesday| that", "2024-12-24", "2024-12-24", "day", True,
             "KCNA reported Kim Jong Un called for mass production of attack drones at a drone institute"),
        ],
    },
}
