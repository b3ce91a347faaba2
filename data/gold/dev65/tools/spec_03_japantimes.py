# dev65_03_japantimes_pows -- The Japan Times, published 2025-01-15 (Wednesday); anchor 2025-01-15.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (content span, cue, speaker as written, canonical, type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])

ZEL = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"
SBU = "Security Service of Ukraine"
KUW = "Rina Kuwahara"

DOCS = {
    "dev65_03_japantimes_pows": {
        "figures": [
            ("some 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", "South Korea"),
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("two men", 2, None, "exact", "man", "casualties", 2, "count", ""),
            ("about 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
            ("2,700", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
            ("between 11,000 and 12,000 troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", KUW),
            ("up to 4,000", 4000, None, "at_most", "troop", "personnel", 4000, "count", KUW),
            ("roughly 500 square kilometers", 500, None, "approximately", "square kilometer", "territory", 500, "km2", "Ukrainian commanders"),
            ("about 1,300 square km", 1300, None, "approximately", "square km", "territory", 1300, "km2", "Ukrainian commanders"),
        ],
        "attributions": [
            ("the pair, one of them badly wounded, are being questioned", "says",
             "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("some 300 North Korean soldiers have been killed", "estimates",
             "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("Zelenskyy announced the capture on Saturday", "announced",
             "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("It was not an easy task,", "he |wrote| on X",
             "he", ZEL, "person", "Ukraine", "direct"),
            ("Russian forces and other North Korean military personnel usually execute their wounded to erase any evidence.",
             "he |wrote| on X", "he", ZEL, "person", "Ukraine", "direct"),
            ("one of the soldiers, who was wounded in the jaw, could not speak and was communicating in writing", "SBU, |said| one",
             "Ukraine’s Security Service, the SBU", SBU, "organisation", "Ukraine", "indirect"),
            ("The other, 26, told interrogators he had been told he was going to Russia for training, not to war", "according to",
             "the agency", SBU, "organisation", "Ukraine", "according_to"),
            ("he had been told he was going to Russia for training, not to war", "told interrogators",
             "The other", "captured North Korean soldier", "group", "North Korea", "indirect"),
            ("Kyiv was ready to hand the prisoners over to North Korean leader Kim Jong Un if Pyongyang could arrange their exchange for Ukrainians held captive in Russia",
             "Zelenskyy |said| Kyiv", "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("that about 300 North Korean soldiers had been killed and 2,700 wounded since the deployment began, and that memos found on the dead showed they had been pressured to kill themselves rather than be taken prisoner",
             "told lawmakers", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("that North Korean troops are fighting on its soil", "has neither confirmed nor denied",
             "Moscow", "Russia", "government", "Russia", "indirect"),
            ("We are aware of the reports and are collecting and analyzing related information with great interest,",
             "Hayashi |said| at", "Chief Cabinet Secretary Yoshimasa Hayashi", "Yoshimasa Hayashi", "person", "Japan", "direct"),
            ("North Korean soldiers are gaining experience with drones and electronic warfare that no other army in East Asia has",
             "has, |said| Rina", "Rina Kuwahara", KUW, "person", "independent", "indirect"),
            ("They are paying for it in blood, but they will go home with lessons Japan’s Self-Defense Forces have never had to learn,",
             "she |said|", "she", KUW, "person", "independent", "direct"),
            ("that North Korea had rotated between 11,000 and 12,000 troops through Kursk since October, and that Moscow might ask for up to 4,000 more by spring",
             "estimated", "Kuwahara", KUW, "person", "independent", "indirect"),
            ("Ukraine still holds roughly 500 square kilometers of the region, down from about 1,300 square km at the peak of its incursion last August",
             "according to", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "according_to"),
        ],
        "events": [
            ("Zelenskyy |on Sunday|.", "2025-01-12", "2025-01-12", "day", True,
             "Zelenskyy released a video of a captured North Korean soldier (photo caption)"),
            ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
             "Zelenskyy announced the capture of two North Korean soldiers in Kursk"),
            ("On Sunday", "2025-01-12", "2025-01-12", "day", True,
             "Zelenskyy offered to hand the prisoners to Kim Jong Un in exchange for Ukrainians held in Russia"),
            ("lawmakers |Monday| that", "2025-01-13", "2025-01-13", "day", True,
             "South Korea's NIS told lawmakers about 300 North Korean soldiers killed and 2,700 wounded"),
            ("Peskov |on Monday| referred", "2025-01-13", "2025-01-13", "day", True,
             "Kremlin spokesman Peskov referred questions on North Korean troops to the Defense Ministry"),
            ("news conference |Tuesday|,", "2025-01-14", "2025-01-14", "day", True,
             "Chief Cabinet Secretary Hayashi said Japan was collecting and analyzing information"),
            ("since October", "2024-10-01", "2025-01-15", "open", True,
             "North Korea rotated 11,000-12,000 troops through Kursk (Kuwahara's estimate)"),
            ("by spring", "2025-03-01", "2025-05-31", "season", True,
             "Moscow might ask for up to 4,000 more North Korean troops"),
            ("last August", "2024-08-01", "2024-08-31", "month", True,
             "Peak of Ukraine's Kursk incursion (about 1,300 square km held)"),
        ],
    },
}
