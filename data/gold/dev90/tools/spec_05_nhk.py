"""dev90_05: NHK World-Japan, published 2025-08-05 (Tuesday) = anchor.  Row layouts as in spec_01_yonhap.py.
Japanese names are kept in NHK's (and the Japanese government's) family-name-first order."""
NAK = "Nakatani Gen"
JDM = "Japanese Defense Ministry"
JGO = "Japanese government officials"
JFM = "Japanese Finance Ministry"
WAT = "Watanabe Ryo"
D = "dev90_05_nhk_nakatani_concern"

DOCS = {D: {
    "figures": [
        ("about 14,000 troops", 14000, None, "approximately", "troop", "personnel", 14000, "count", JDM),
        ("more than 10 million artillery shells", 10e6, None, "more_than", "artillery shell", "weapons", 10e6, "count", JDM),
        ("an estimated 250 ballistic missiles", 250, None, "approximately", "ballistic missile", "weapons", 250, "count", JDM),
        ("about 200 long-range artillery pieces", 200, None, "approximately", "long-range artillery piece", "weapons", 200,
         "count", "South Korean Defense Ministry"),
        ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", JGO),
        ("11 entities", 11, None, "exact", "entity", "other", 11, "count", ""),
        ("14 individuals", 14, None, "exact", "individual", "other", 14, "count", ""),
        ("about 300 million yen", 300e6, None, "approximately", "yen", "money", 300e6, "JPY", JFM),
        ("roughly 2 million dollars", 2e6, None, "approximately", "dollar", "money", 2e6, "USD", JFM),
    ],
    "attributions": [
        ("Japan defense chief voices concern over N.Korean troops' combat experience in Russia", "voices concern over",
         "Japan defense chief", NAK, "person", "Japan", "indirect"),
        ("North Korean troops who fought for Russia have gained combat experience that could make them a greater threat "
         "to Japan", "says", "Japan's Defense Minister Nakatani Gen", NAK, "person", "Japan", "indirect"),
        ("North Korean soldiers have learned to use drones and electronic warfare in actual combat. We must assume that "
         "this experience will be reflected in the forces facing our country.", "He |said|,",
         "He", NAK, "person", "Japan", "direct"),
        ("military cooperation between North Korea and Russia has deepened rapidly since 2024", "July 15, |says|",
         "Japan's annual defense white paper", JDM, "organisation", "Japan", "indirect"),
        ("North Korea has sent about 14,000 troops to Russia, along with more than 10 million artillery shells and an "
         "estimated 250 ballistic missiles, and may be receiving Russian help with satellites and submarines in return",
         "The paper |says|", "The paper", JDM, "organisation", "Japan", "indirect"),
        ("that North Korea had also shipped about 200 long-range artillery pieces to Russia, some of which have been seen "
         "in the Kursk region", "said",
         "South Korea's Defense Ministry", "South Korean Defense Ministry", "organisation", "South Korea", "indirect"),
        ("about 2,000 North Korean soldiers have been killed in the fighting", "believe",
         "Japanese government officials", JGO, "group", "Japan", "indirect"),
        ("Pyongyang has begun sending a second group of engineers and construction workers to Russia's Kursk region",
         "officials |say|", "The officials", JGO, "group", "Japan", "indirect"),
        ("put at about 300 million yen, or roughly 2 million dollars", "put",
         "the Finance Ministry", JFM, "organisation", "Japan", "indirect"),
        ("that Japan would work closely with South Korea and the United States to respond", "told reporters",
         "Prime Minister Ishiba Shigeru (石破茂)", "Ishiba Shigeru", "person", "Japan", "indirect"),
        ("a wanton distortion of the facts.", "calling",
         "North Korea's Korean Central News Agency", "KCNA", "media", "North Korea", "direct"),
        ("that North Korea could use its experience in Russia to build up its own drone units within a few years",
         "told NHK", "A researcher at the National Institute for Defense Studies, Watanabe Ryo", WAT, "person",
         "independent", "indirect"),
        ("The lessons of Kursk will not stay in Kursk,", "Watanabe |said|",
         "Watanabe", WAT, "person", "independent", "direct"),
        ("Japan's Self-Defense Forces need to study them just as closely.", "Watanabe |said|",
         "Watanabe", WAT, "person", "independent", "direct"),
        ("that Russian instructors were believed to have trained North Korean crews on Shahed-type drones at sites near "
         "Pyongyang", "added", "Watanabe", WAT, "person", "independent", "indirect"),
    ],
    "events": [
        ("on Tuesday morning", "2025-08-05", "2025-08-05", "day", True,
         "Nakatani voiced concern at a news conference over North Korean troops' combat experience"),
        ("on July 15", "2025-07-15", "2025-07-15", "day", True,
         "Japan's Cabinet approved the annual defense white paper"),
        ("since 2024", "2024-01-01", "2025-08-05", "open", True,
         "Military cooperation between North Korea and Russia deepened (white paper)"),
        ("in June", "2025-06-01", "2025-06-30", "month", True,
         "South Korea's Defense Ministry said North Korea had shipped about 200 long-range artillery pieces to Russia"),
        ("on Friday", "2025-08-01", "2025-08-01", "day", True,
         "Japan added 11 entities and 14 individuals linked to the North Korea-Russia arms trade to its sanctions list"),
        ("last week", "2025-07-28", "2025-08-03", "week", True,
         "Ishiba told reporters Japan would work with South Korea and the US to respond"),
        ("on Saturday", "2025-08-02", "2025-08-02", "day", True,
         "KCNA carried a commentary calling Japan's white paper 'a wanton distortion of the facts'"),
        ("next month", "2025-09-01", "2025-09-30", "month", True,
         "Defense ministers of Japan, the US and South Korea set to meet in Tokyo"),
    ],
}}
