"""dev71_01_chosun_casualties: The Chosun Ilbo English edition, published 2024-12-20 (Friday)."""
NIS = "National Intelligence Service (South Korea)"
SK, ORG = "South Korea", "organisation"
SOF = "Special Operations Forces of Ukraine"

DOCS = {"dev71_01_chosun_casualties": {
    "figures": [
        # pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence]
        ("At Least 100 N.Korean Soldiers", 100, None, "at_least", "soldier", "casualties", 100, "count", NIS),
        ("At least 100 North Korean soldiers", 100, None, "at_least", "soldier", "casualties", 100, "count", NIS),
        ("close to 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", NIS),
        ("about 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
        ("some 200 long-range artillery pieces", 200, None, "approximately", "artillery piece", "weapons", 200, "count", NIS),
        ("as much as 1 trillion won", 1e12, None, "at_most", "won", "money", 1e12, "KRW", NIS),
        ("US$690 million", 690e6, None, "exact", "", "money", 690e6, "USD", NIS),
        ("50 North Korean soldiers", 50, None, "exact", "soldier", "casualties", 50, "count", SOF),
        ("47", 47, None, "exact", "soldier", "casualties", 47, "count", SOF),
        ("12,000 men", 12000, None, "exact", "man", "personnel", 12000, "count", "Seo Jae-min"),
        ("5,000 to 6,000 troops", 5000, 6000, "range", "troop", "personnel", 5000, "count", "Seo Jae-min"),
    ],
    "attributions": [
        # content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence]
        ("At Least 100 N.Korean Soldiers Killed in Kursk", "Says", "Spy Agency", NIS, ORG, SK, "indirect"),
        ("Pyongyang's troops are being sent into open-field assaults with little protection from drones",
         "tells lawmakers", "NIS", NIS, ORG, SK, "indirect"),
        ("At least 100 North Korean soldiers have been killed and close to 1,000 wounded since Pyongyang's troops "
         "joined combat in Russia's Kursk region earlier this month",
         "said", "the National Intelligence Service", NIS, ORG, SK, "indirect"),
        ("The dead include several junior officers, and most of the casualties were caused by Ukrainian drone "
         "strikes and artillery fire", "told lawmakers", "the NIS", NIS, ORG, SK, "indirect"),
        ("North Korean soldiers are being used as expendable assault units on the front line, and they have no "
         "idea how to deal with drones,", "quoted", "the agency", NIS, ORG, SK, "direct"),
        ("that the NIS had found no sign that the bodies were being sent home", "added", "Lee", "Lee Seong-kweun",
         "person", SK, "indirect"),
        ("about 11,000 North Korean troops, drawn mainly from the 11th Corps, better known as the Storm Corps, are "
         "in Russia, and some of them have been fighting on the front line since early December",
         "According to", "the NIS", NIS, ORG, SK, "according_to"),
        ("it had detected signs that the North was preparing to send more soldiers, and that Pyongyang had already "
         "shipped some 200 long-range artillery pieces, including 170 mm self-propelled guns and 240 mm multiple "
         "rocket launchers", "said", "The agency", NIS, ORG, SK, "indirect"),
        ("that the regime could earn as much as 1 trillion won (US$690 million) a year from the arrangement, not "
         "counting any military technology it may receive in return", "estimated", "The spy agency", NIS, ORG, SK,
         "indirect"),
        ("lawmakers were also told that the soldiers had been ordered to kill themselves rather than be taken "
         "prisoner", "said", "Rep. Park Sun-won", "Park Sun-won", "person", SK, "indirect"),
        ("They carry grenades for that purpose,", "said", "Park", "Park Sun-won", "person", SK, "direct"),
        ("they had killed 50 North Korean soldiers and wounded 47 more in three days of fighting near the village "
         "of Plekhovo", "said", "Ukraine's Special Operations Forces", SOF, ORG, "Ukraine", "indirect"),
        ("Neither Pyongyang nor Moscow has officially acknowledged the deployment", "acknowledged", "Pyongyang",
         "North Korea", "government", "North Korea", "indirect"),
        ("Neither Pyongyang nor Moscow has officially acknowledged the deployment", "acknowledged", "Moscow",
         "Russia", "government", "Russia", "indirect"),
        ("an issue for our two countries.", "calling", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person",
         "Russia", "direct"),
        ("the losses to mount as the troops are thrown into a Russian counteroffensive", "expect",
         "Military experts in Seoul", "military experts", "group", "independent", "indirect"),
        ("They were trained for mountain infiltration, not for flat, open terrain in winter,", "said", "Seo Jae-min",
         "Seo Jae-min", "person", "independent", "direct"),
        ("Without air defense and electronic warfare support, even 12,000 men can be worn down within months.",
         'winter," |said| Seo Jae-min', "Seo Jae-min", "Seo Jae-min", "person", "independent", "direct"),
        ("Russia was likely to ask for a second contingent of 5,000 to 6,000 troops by spring", "said", "He",
         "Seo Jae-min", "person", "independent", "indirect"),
    ],
    "events": [
        # pattern, date_start, date_end, granularity, relative, event[, occurrence]
        ("earlier this month", "2024-12-01", "2024-12-19", "month", True,
         "North Korean troops joined combat in Russia's Kursk region"),
        ("Thursday", "2024-12-19", "2024-12-19", "day", True,
         "NIS said at least 100 North Korean soldiers had been killed and close to 1,000 wounded in Kursk"),
        ("on Dec. 17", "2024-12-17", "2024-12-17", "day", True,
         "Ukraine released an image of a dead North Korean soldier in the Kursk region (photo caption)"),
        ("since early December", "2024-12-01", "2024-12-20", "open", True,
         "Some North Korean troops fighting on the Kursk front line (NIS)"),
        ("on June 19, 2024", "2024-06-19", "2024-06-19", "day", False,
         "Russia and North Korea signed a treaty on mutual military assistance during Putin's visit to Pyongyang"),
        ("Tuesday", "2024-12-17", "2024-12-17", "day", True,
         "Ukraine's Special Operations Forces said they killed 50 and wounded 47 North Korean soldiers near Plekhovo"),
        ("on Wednesday", "2024-12-18", "2024-12-18", "day", True,
         "Peskov declined to discuss the deployment, calling it an issue for the two countries"),
        ("by spring", "2025-03-01", "2025-05-31", "season", True,
         "Russia likely to ask for a second contingent of 5,000-6,000 North Korean troops (Seo's forecast)"),
        ("on Saturday", "2024-12-14", "2024-12-14", "day", True,
         "National Assembly voted to impeach President Yoon Suk Yeol"),
        ("on Dec. 3", "2024-12-03", "2024-12-03", "day", True, "Yoon Suk Yeol declared martial law"),
    ],
}}
