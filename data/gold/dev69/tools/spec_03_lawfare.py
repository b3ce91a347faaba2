# dev69_03: Lawfare. Manifest `published` is EMPTY; the anchor is the page's date line
# "Thursday, February 13, 2025, 8:00 AM" -> 2025-02-13 (Thursday).
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
ICRC = "International Committee of the Red Cross"
POW = "captured North Korean soldier"
DOCS = {
"dev69_03_lawfare_prisoners": {
"figures": [
    ("holds |two soldiers| whose", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
    ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Volodymyr Zelensky"),
    ("about 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "Pentagon"),
    ("Roughly 4,000", 4000, None, "approximately", "troop", "casualties", 4000, "count", ""),
    ("some 22,000 Chinese and North Korean prisoners", 22000, None, "approximately", "prisoner", "casualties", 22000, "count", ""),
    ("about 14,000", 14000, None, "approximately", "prisoner", "casualties", 14000, "count", ""),
    ("more than 1,000 men", 1000, None, "more_than", "man", "casualties", 1000, "count", HUR),
],
"attributions": [
    ("they exist", "denies",
     "whose government", "North Korea", "government", "North Korea", "indirect"),
    ("that Ukrainian forces had captured two North Korean soldiers in the Kursk region", "announced",
     "President Volodymyr Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ("that both remain in stable condition in Kyiv", "said",
     "the Security Service of Ukraine (SBU)", "Security Service of Ukraine", "organisation", "Ukraine", "indirect"),
    ("that he had been sent to Russia for “training,” not war, and only learned he was fighting Ukrainians after he arrived", "told interrogators",
     "One of them, a 26-year-old rifleman", POW, "group", "North Korea", "indirect"),
    ("it had cooperated with Kyiv on the questioning", "said",
     "which", NIS, "organisation", "South Korea", "indirect"),
    ("that the men carried Russian military identity cards issued in the names of residents of Tuva", "added",
     "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("Pentagon officials now put the North Korean contingent in Russia at about 11,000 troops", "put",
     "Pentagon officials", "Pentagon", "group", "United States", "indirect"),
    ("Pyongyang has never acknowledged the deployment", "never acknowledged",
     "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
    ("that military cooperation with North Korea was a “sovereign” matter for the two states", "said",
     "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
    ("status turns on membership of a fighting force, not on the papers a soldier carries", "explains",
     "the International Committee of the Red Cross", ICRC, "organisation", "independent", "indirect"),
    ("that both men are citizens of the Republic of Korea under Article 3 of its Constitution", "maintains",
     "Seoul", "South Korea", "government", "South Korea", "indirect"),
    ("that it was ready to accept them “if they so wish.”", "said",
     "its Foreign Ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
    ("that the man had said he wanted to “go to South Korea.”", "told reporters",
     "Rep. Yu Yong-weon", "Yu Yong-weon", "person", "South Korea", "indirect"),
    ("he wanted to “go to South Korea.”", "said",
     "the man", POW, "group", "North Korea", "indirect"),
    ("Zelenskyy, for his part, has offered to hand both men to Kim Jong Un if Pyongyang can arrange their exchange for Ukrainians held in Russia", "offered",
     "Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ("that no prisoner should be returned against his will to a state where he faces a well-founded fear of persecution", "has long held",
     "the ICRC", ICRC, "organisation", "independent", "indirect"),
    ("that North Korean units had been pulled back from the front line in Kursk after losing more than 1,000 men in three weeks", "reported",
     "Ukraine’s military intelligence", HUR, "organisation", "Ukraine", "indirect"),
    ("he expected them to return “in a matter of weeks.”", "told me",
     "a senior Ukrainian official", "senior Ukrainian official", "group", "Ukraine", "indirect"),
],
"events": [
    ("On Jan. 11", "2025-01-11", "2025-01-11", "day", True,
     "Zelenskyy announced Ukrainian forces had captured two North Korean soldiers in Kursk"),
    ("on Monday", "2025-02-10", "2025-02-10", "day", True,
     "The SBU said both North Korean prisoners remain in stable condition in Kyiv"),
    ("in November", "2024-11-01", "2024-11-30", "month", True,
     "Dmitry Peskov said military cooperation with North Korea was a sovereign matter"),
    ("on Jan. 13", "2025-01-13", "2025-01-13", "day", True,
     "South Korea's Foreign Ministry said it was ready to accept the prisoners if they so wish"),
    ("last month", "2025-01-01", "2025-01-31", "month", True,
     "Rep. Yu Yong-weon met one North Korean prisoner in Kyiv"),
    ("in 1953", "1953-01-01", "1953-12-31", "year", False,
     "The Korean War ended; some 22,000 Chinese and North Korean prisoners refused repatriation"),
    ("Earlier this month", "2025-02-01", "2025-02-12", "month", True,
     "Ukraine's military intelligence reported North Korean units had been pulled back from the front line in Kursk"),
],
},
}
