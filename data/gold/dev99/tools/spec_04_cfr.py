# dev99_04: Council on Foreign Relations backgrounder with a timeline. Anchor: manifest 2025-08-12 (Tue)
# = "Last updated August 12, 2025".
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
NIS = "National Intelligence Service (South Korea)"
SKI = "South Korean intelligence"
SHO = "Sergei Shoigu"
JCS = "Joint Chiefs of Staff (South Korea)"
KISF = "Korea Institute for Strategic Futures"
KWAK = "Hannah Kwak"

DOCS = {
    "dev99_04_cfr_backgrounder": {
        "figures": [
            # dek
            ("thousands of soldiers", 1000, None, "vague", "soldier", "personnel", 1000, "count", ""),
            ("millions of artillery shells", 1000000, None, "vague", "artillery shell", "weapons", 1000000, "count", ""),
            # summary
            ("an estimated 14,000 to 15,000 troops", 14000, 15000, "range", "troop", "personnel", 14000, "count", SKI),
            ("up to $20 billion", 20e9, None, "at_most", "", "money", 20e9, "USD", SKI),
            ("Thousands of North Korean soldiers", 1000, None, "vague", "soldier", "casualties", 1000, "count", ""),
            # introduction
            ("thousands of North Korean troops", 1000, None, "vague", "troop", "personnel", 1000, "count", ""),
            # what has North Korea provided
            ("roughly 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", ""),
            ("some 3,000 reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count",
             "South Korean officials"),
            ("1,500 deminers", 1500, None, "exact", "deminer", "personnel", 1500, "count", SHO),
            ("4,500 military construction workers", 4500, None, "exact", "military construction worker", "personnel", 4500,
             "count", SHO),
            ("more than 12 million artillery shells", 12e6, None, "more_than", "artillery shell", "weapons", 12e6, "count",
             JCS),
            ("about 250 KN-23 and KN-24 ballistic missiles", 250, None, "approximately", "ballistic missile", "weapons", 250,
             "count", JCS),
            # what does Pyongyang get
            ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", NIS),
            ("some $300 million", 300e6, None, "approximately", "", "money", 300e6, "USD", ""),
            ("for |12,000 troops|;", 12000, None, "exact", "troop", "personnel", 12000, "count", ""),
            ("28 trillion won", 28e12, None, "exact", "won", "money", 28e12, "KRW", KISF),
            ("$20.3 billion", 20.3e9, None, "exact", "", "money", 20.3e9, "USD", KISF),
            ("500,000 barrels", 500000, None, "exact", "barrel", "other", 500000, "count", ""),
            # timeline
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("6,000 more personnel", 6000, None, "exact", "personnel", "personnel", 6000, "count", SHO),
        ],
        "attributions": [
            ("North Korea has sent an estimated 14,000 to 15,000 troops to Russia since October 2024, along with munitions "
             "worth up to $20 billion", "According to", "South Korean intelligence", SKI, "organisation", "South Korea",
             "according_to"),
            ("Moscow and Pyongyang acknowledged their cooperation in April", "acknowledged", "Moscow and Pyongyang", "Russia",
             "government", "Russia", "indirect"),
            ("Moscow and Pyongyang acknowledged their cooperation in April", "acknowledged", "Moscow and Pyongyang",
             "North Korea", "government", "North Korea", "indirect"),
            ("that Russian technology transfers could accelerate North Korea's missile and satellite programs", "warn",
             "Experts", "experts", "group", "independent", "indirect"),
            ("This is the most consequential shift in the North Korea–Russia relationship since the Cold War,",
             "says", "CFR Senior Fellow for Korea Studies Hannah Kwak", KWAK, "person", "independent", "direct"),
            ("Pyongyang is no longer just an arms supplier; it is a co-belligerent.", "Cold War,” |says| CFR",
             "CFR Senior Fellow for Korea Studies Hannah Kwak", KWAK, "person", "independent", "direct"),
            ("some 3,000 reinforcements followed in January and February", "said", "South Korean officials",
             "South Korean officials", "group", "South Korea", "indirect"),
            ("that Pyongyang would send 1,500 deminers and 4,500 military construction workers to help rebuild Kursk",
             "announced", "Russian Security Council Secretary Sergei Shoigu", SHO, "person", "Russia", "indirect"),
            ("that North Korea had shipped more than 12 million artillery shells to Russia since August 2023, along with "
             "about 250 KN-23 and KN-24 ballistic missiles", "estimated", "South Korea's Joint Chiefs of Staff", JCS,
             "organisation", "South Korea", "indirect"),
            ("North Korean shells now account for roughly half of those fired by Russian forces", "say",
             "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
            ("that Moscow pays about $2,000 per soldier per month", "told lawmakers", "The National Intelligence Service",
             NIS, "organisation", "South Korea", "indirect"),
            ("the Seoul-based Korea Institute for Strategic Futures put North Korea's total earnings from the war at "
             "28 trillion won ($20.3 billion) in a report last month", "put",
             "the Seoul-based Korea Institute for Strategic Futures", KISF, "organisation", "independent", "indirect"),
            ("help with satellite launches", "believe", "U.S. officials", "U.S. officials", "group", "United States",
             "indirect"),
            ("I would be surprised if we don't see KPA units inside Ukraine proper by the winter,", "says",
             "Michael Dorn", "Michael Dorn", "person", "independent", "direct"),
            ("that Pyongyang, having secured its rewards, will prefer to keep its losses low", "argue", "Others",
             "other analysts", "group", "independent", "indirect"),
            ("Kim could visit Moscow next year", "said", "Kremlin aides", "Kremlin aides", "group", "Russia", "indirect"),
            # timeline
            ("North Korea has begun sending special forces to Russia", "says", "South Korea's NIS", NIS, "organisation",
             "South Korea", "indirect"),
            ("Ukraine reports the first clash with North Korean troops in Kursk", "reports", "Ukraine", "Ukraine",
             "government", "Ukraine", "indirect"),
            ("Pyongyang confirms the deployment", "confirms", "Pyongyang", "North Korea", "government", "North Korea",
             "indirect"),
            ("heroes.", "calls", "Kim", "Kim Jong Un", "person", "North Korea", "direct"),
            ("that North Korea will send 6,000 more personnel to Kursk", "announces", "Shoigu", SHO, "person", "Russia",
             "indirect"),
        ],
        "events": [
            ("since October 2024", "2024-10-01", "2025-08-12", "open", True,
             "North Korea sent an estimated 14,000-15,000 troops to Russia (South Korean intelligence)"),
            ("cooperation |in April|", "2025-04-01", "2025-04-30", "month", True,
             "Moscow and Pyongyang acknowledged their cooperation in Kursk"),
            ("in June 2024", "2024-06-01", "2024-06-30", "month", False,
             "Putin and Kim Jong Un signed a mutual defense treaty in Pyongyang"),
            ("by December of that year", "2024-12-01", "2024-12-31", "month", False,
             "Thousands of North Korean troops were assaulting Ukrainian positions in Kursk"),
            ("Far East |in October 2024|", "2024-10-01", "2024-10-31", "month", False,
             "First contingent of roughly 11,000 North Korean soldiers arrived in Russia's Far East"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True,
             "Some 3,000 North Korean reinforcements followed"),
            ("and |in June| Russian", "2025-06-01", "2025-06-30", "month", True,
             "Shoigu announced Pyongyang would send 1,500 deminers and 4,500 military construction workers"),
            ("Staff estimated |in June| that", "2025-06-01", "2025-06-30", "month", True,
             "South Korea's JCS estimated North Korean shipments of over 12 million shells"),
            ("since August 2023", "2023-08-01", "2025-08-12", "open", True,
             "North Korea shipped more than 12 million artillery shells and about 250 missiles to Russia"),
            ("last month", "2025-07-01", "2025-07-31", "month", True,
             "Korea Institute for Strategic Futures report put North Korea's war earnings at 28 trillion won"),
            ("by the winter", "2025-12-01", "2026-02-28", "season", True,
             "KPA units possibly inside Ukraine proper (Dorn; forward)"),
            ("next year", "2026-01-01", "2026-12-31", "year", True,
             "Kim could visit Moscow (forward)"),
            ("June 19, 2024", "2024-06-19", "2024-06-19", "day", False,
             "Putin and Kim sign the Comprehensive Strategic Partnership Treaty in Pyongyang"),
            ("October 18, 2024", "2024-10-18", "2024-10-18", "day", False,
             "NIS says North Korea has begun sending special forces to Russia"),
            ("November 4, 2024", "2024-11-04", "2024-11-04", "day", False,
             "Ukraine reports the first clash with North Korean troops in Kursk"),
            ("January 11, 2025", "2025-01-11", "2025-01-11", "day", False,
             "Ukrainian forces capture two North Korean soldiers"),
            ("April 28, 2025", "2025-04-28", "2025-04-28", "day", False,
             "Pyongyang confirms the deployment; Kim calls the soldiers heroes"),
            ("June 17, 2025", "2025-06-17", "2025-06-17", "day", False,
             "Shoigu visits Pyongyang and announces 6,000 more North Korean personnel for Kursk"),
        ],
    },
}
