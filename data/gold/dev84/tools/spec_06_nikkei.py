"""dev84_06_nikkei_beijing: Nikkei Asia, published 2025-09-03 (Wednesday).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
"""
NIS = "National Intelligence Service (South Korea)"
DIU = "Defence Intelligence of Ukraine"
PARK = "Park Ji-hoon"
MORI = "Kenji Morimoto"

DOCS = {
    "dev84_06_nikkei_beijing": {
        "figures": [
            ("billions of dollars", 1e9, None, "vague", "dollar", "money", 1e9, "USD", "South Korea"),
            ("roughly 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
            ("about 2,000", 2000, None, "approximately", "troop", "casualties", 2000, "count", NIS),
            ("at least 28 trillion won", 2.8e13, None, "at_least", "won", "money", 2.8e13, "KRW", NIS),
            ("$20 billion", 2e10, None, "exact", "", "money", 2e10, "USD", NIS),
            ("more than 12 million rounds", 1.2e7, None, "more_than", "round", "weapons", 1.2e7, "count", DIU),
            ("some 220 ballistic missiles", 220, None, "approximately", "ballistic missile", "weapons", 220, "count", DIU),
            ("about $12 billion", 1.2e10, None, "approximately", "", "money", 1.2e10, "USD", ""),
            ("471.9 billion yen", 4.719e11, None, "exact", "yen", "money", 4.719e11, "JPY", ""),
            ("$3 billion", 3e9, None, "exact", "", "money", 3e9, "USD", ""),
            ("roughly 10,000 veterans", 10000, None, "approximately", "veteran", "personnel", 10000, "count", MORI),
        ],
        "attributions": [
            ("North Korea has earned billions of dollars from the Kursk deployment", "estimates", "Seoul", "South Korea", "government",
             "South Korea", "indirect"),
            ("Tokyo warns of missile technology transfers", "warns", "Tokyo", "Japan", "government", "Japan", "indirect"),
            ("For Kim, whose soldiers fought in Russia's Kursk region last winter, the trip was a reward for a year of loyalty to Moscow -- and proof that Pyongyang's isolation is ending",
             "say", "analysts", "analysts", "group", "independent", "indirect"),
            ("that of the roughly 15,000 troops sent to Russia since October 2024, about 2,000 had been killed", "told lawmakers",
             "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("that Pyongyang had earned at least 28 trillion won ($20 billion) in cash, oil, food and technology since the deployment began, a sum equal to more than 80% of the North's annual economic output",
             "estimated", "It", NIS, "organisation", "South Korea", "indirect"),
            ("that Japan was \"seriously concerned\" that Russia might be transferring missile and nuclear-related technology to North Korea in return",
             "told a regular news conference", "Chief Cabinet Secretary Yoshimasa Hayashi", "Yoshimasa Hayashi", "person", "Japan", "indirect"),
            ("that the two countries' military cooperation \"could fundamentally change the security environment in Northeast Asia.\"",
             "warned", "Japan's annual defense white paper", "Ministry of Defense (Japan)", "organisation", "Japan", "indirect"),
            ("North Korea has shipped more than 12 million rounds of artillery ammunition and some 220 ballistic missiles to Russia since 2023",
             "According to", "Ukraine's military intelligence", DIU, "organisation", "Ukraine", "according_to"),
            ("Russia is paying in the one currency Pyongyang values most: technology,", "|said| Park", "Park Ji-hoon", PARK, "person",
             "independent", "direct"),
            ("The question is no longer whether Moscow helps with missiles, but how much.", "|said| Park", "Park Ji-hoon", PARK, "person",
             "independent", "direct"),
            ("the roughly 10,000 veterans returning from Russia would reshape the Korean People's Army", "Futures, |said| the",
             "Kenji Morimoto", MORI, "person", "independent", "indirect"),
            ("They have drone experience that no army in Asia can match,", "he |said|.", "he", MORI, "person", "independent", "direct"),
            ("Kim and Putin were due to hold talks in Beijing later on Wednesday", "said", "the Kremlin", "Kremlin", "government", "Russia",
             "indirect"),
        ],
        "events": [
            ("on Sept. 3", "2025-09-03", "2025-09-03", "day", True,
             "Kim Jong Un, Xi Jinping and Vladimir Putin at the military parade in Beijing (caption)"),
            ("parade |on Wednesday|, his", "2025-09-03", "2025-09-03", "day", True,
             "Kim Jong Un stood alongside Xi and Putin at Beijing's Victory Day parade"),
            ("in 2011", "2011-01-01", "2011-12-31", "year", False, "Kim Jong Un took power"),
            ("last winter", "2024-12-01", "2025-02-28", "season", True, "Kim's soldiers fought in Russia's Kursk region"),
            ("on Aug. 28", "2025-08-28", "2025-08-28", "day", True,
             "South Korea's NIS told lawmakers about 2,000 of some 15,000 North Korean troops had been killed"),
            ("since October 2024", "2024-10-01", "2025-09-03", "open", True, "Roughly 15,000 North Korean troops sent to Russia"),
            ("on Tuesday", "2025-09-02", "2025-09-02", "day", True,
             "Yoshimasa Hayashi said Japan was seriously concerned about Russian technology transfers to North Korea"),
            ("in July", "2025-07-01", "2025-07-31", "month", True, "The Japanese cabinet approved the annual defense white paper"),
            ("since 2023", "2023-01-01", "2025-09-03", "open", True,
             "North Korea shipped more than 12 million artillery rounds and some 220 ballistic missiles to Russia"),
            ("in December", "2024-12-01", "2024-12-31", "month", True,
             "Japan extended a 471.9 billion yen loan to Ukraine backed by profits from frozen Russian assets"),
            ("on Aug. 23", "2025-08-23", "2025-08-23", "day", True,
             "Shigeru Ishiba and Lee Jae-myung agreed at their Tokyo summit to step up intelligence sharing"),
            ("on Oct. 10", "2025-10-10", "2025-10-10", "day", True,
             "Parade marking the 80th anniversary of the Workers' Party, where Pyongyang is expected to showcase new weapons"),
            ("later on Wednesday", "2025-09-03", "2025-09-03", "day", True, "Kim and Putin due to hold talks in Beijing"),
        ],
    },
}
