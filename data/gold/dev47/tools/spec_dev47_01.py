# dev47_01: NK News, published Monday 2025-01-13 (anchor).
# Figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# Attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
# Events:       (span, date_start, date_end, granularity, relative, event[, occ])
ZEL = "Volodymyr Zelensky"
SBU = "Security Service of Ukraine"
NIS = "National Intelligence Service (South Korea)"
OLD = "older North Korean prisoner of war"
YOUNG = "younger North Korean prisoner of war"
BOTH = "North Korean prisoners of war"

DOCS = {
    "dev47_01_nknews_pow_videos": {
        "figures": [
            # headline: first mention of the captives is a count
            ("videos of |two North Korean soldiers| captured in Kursk\n", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("first videos of |two North Korean soldiers| captured in Russia", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("more than 3,000 soldiers", 3000, None, "more_than", "soldier", "casualties", 3000, "count", ZEL),
            ("some 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
            ("killed and |2,700| wounded since", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
            ("around $2,000", 2000, None, "approximately", "dollar", "money", 2000, "USD", "sources in North Korea"),
        ],
        "attributions": [
            # sub-headline counts like any sentence
            ("they were sent to Russia for 'training' and did not know they would fight Ukraine", "say",
             "Wounded men", BOTH, "group", "North Korea", "indirect"),
            ('Kyiv was "ready to hand over" the men to Kim Jong Un if the North Korean leader could arrange their exchange for Ukrainians held in Russian captivity',
             "saying", "President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("both were in stable condition and receiving medical care", "said",
             "The agency", SBU, "organisation", "Ukraine", "indirect"),
            ("that one had a broken jaw and the other wounds to both legs", "adding",
             "The agency", SBU, "organisation", "Ukraine", "indirect"),
            ('This is only the beginning,', "wrote", "Zelensky", ZEL, "person", "Ukraine", "direct"),
            ("There should be no more doubt that the Russian army depends on military help from North Korea.", "wrote",
             "Zelensky", ZEL, "person", "Ukraine", "direct"),
            ("he was born in 2005 and had served as a rifleman since 2021", "He |said| he was born",
             "He", YOUNG, "group", "North Korea", "indirect"),
            # three nested levels: SBU > the prisoner > his commanders
            ("he told interrogators that his commanders had said he was going to Russia for training, not to fight Ukraine",
             "According to", "the SBU", SBU, "organisation", "Ukraine", "according_to"),
            ("that his commanders had said he was going to Russia for training, not to fight Ukraine", "told interrogators",
             "he", YOUNG, "group", "North Korea", "indirect"),
            ("commanders had said |he was going to Russia for training, not to fight Ukraine|", "commanders had |said| he",
             "his commanders", "North Korean commanders", "group", "North Korea", "indirect"),
            ("he had joined the army in 2016 and had never been told where he was going", "province, |said| he had joined",
             "The older prisoner", OLD, "group", "North Korea", "indirect"),
            ("If you tell me to go, I will go. But I would like to stay here.", "replied",
             "he", OLD, "group", "North Korea", "direct"),
            ("Both men said they belonged to the 11th Corps of the Korean People's Army", "the SBU |said| in a statement",
             "the SBU", SBU, "organisation", "Ukraine", "indirect"),
            ("Both men said |they belonged to the 11th Corps of the Korean People's Army|", "Both men |said| they",
             "Both men", BOTH, "group", "North Korea", "indirect"),
            ("Zelensky first announced the captures on Saturday", "announced",
             "Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ('it "was not easy" because Russian troops and other North Koreans usually execute their own wounded to prevent them from being taken alive',
             "saying", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("he put North Korean losses in Kursk at more than 3,000 soldiers killed and wounded", "put",
             "he", ZEL, "person", "Ukraine", "indirect"),
            ("South Korea's National Intelligence Service, which helped Kyiv question the men, confirmed the capture on Sunday",
             "confirmed", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("that some 300 North Korean soldiers had been killed and 2,700 wounded since the deployment began", "told lawmakers",
             "the agency", NIS, "organisation", "South Korea", "indirect"),
            ("In a closed-door briefing on Monday, the agency told lawmakers that some 300 North Korean soldiers had been killed and 2,700 wounded since the deployment began",
             "according to", "Rep. Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "according_to"),
            ("the NIS believed the troops' poor grasp of modern warfare, particularly drones, had contributed to the heavy losses",
             "Lee |said| the NIS", "Lee", "Lee Seong-kweun", "person", "South Korea", "indirect"),
            ("NIS believed |the troops' poor grasp of modern warfare, particularly drones, had contributed to the heavy losses|",
             "believed", "the NIS", NIS, "organisation", "South Korea", "indirect"),
            ("he had not been paid", "told interrogators", "The 26-year-old", OLD, "group", "North Korea", "indirect"),
            ("that soldiers' families had been promised the equivalent of around $2,000, as well as extra rations and priority for housing",
             "told NK News", "sources in North Korea", "sources in North Korea", "group", "independent", "indirect"),
            ("Pyongyang's nightmare is a soldier who talks,", "said", "Han Do-yeon", "Han Do-yeon", "person", "independent", "direct"),
            ("Every answer these two give on camera is a story Kim Jong Un cannot control.", "said",
             "Han Do-yeon", "Han Do-yeon", "person", "independent", "direct"),
        ],
        "events": [
            ("Ukraine |on Sunday| released", "2025-01-12", "2025-01-12", "day", True,
             "Ukraine released the first videos of two captured North Korean soldiers; Zelensky said Kyiv was ready to hand them over in a swap"),
            ("on Jan. 9", "2025-01-09", "2025-01-09", "day", True, "The two North Korean soldiers were taken prisoner in Kursk"),
            ("in 2005", "2005-01-01", "2005-12-31", "year", False, "The younger prisoner was born"),
            ("since 2021", "2021-01-01", "2025-01-13", "open", True, "The younger prisoner has served as a rifleman"),
            ("in 2016", "2016-01-01", "2016-12-31", "year", False, "The older prisoner joined the army"),
            ("on Saturday", "2025-01-11", "2025-01-11", "day", True, "Zelensky first announced the captures"),
            ("Last week", "2025-01-06", "2025-01-12", "week", True,
             "Zelensky put North Korean losses in Kursk at more than 3,000 killed and wounded"),
            ("the capture |on Sunday|", "2025-01-12", "2025-01-12", "day", True, "South Korea's NIS confirmed the capture"),
            ("on Monday", "2025-01-13", "2025-01-13", "day", True,
             "NIS told lawmakers some 300 North Korean soldiers had been killed and 2,700 wounded"),
            ("last month", "2024-12-01", "2024-12-31", "month", True,
             "Sources in North Korea told NK News soldiers' families were promised about $2,000"),
        ],
    },
}
