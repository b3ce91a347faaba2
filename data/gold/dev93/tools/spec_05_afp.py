"""dev93_05: AFP alerts page, Shoigu announces North Korean builders and deminers for Kursk. Anchor 2025-06-18 (Wed).
Row layout as in spec_01_reuters.py."""
SHO = "Sergei Shoigu"
UMFA = "Ukrainian Foreign Ministry"
KCNA = "Korean Central News Agency"
UNI = "South Korean Unification Ministry"
YIP = "Yeouido Institute for Peace Studies"
YER = "Andriy Yermak"

DOCS = {"dev93_05_afp_shoigu_builders": {
    "figures": [
        ("thousands of workers", 1000, None, "vague", "worker", "personnel", 1000, "count", ""),
        ("6,000 military builders", 6000, None, "exact", "military builder", "personnel", 6000, "count", SHO),
        ("5,000 sappers", 5000, None, "exact", "sapper", "personnel", 5000, "count", SHO),
        ("1,000 military construction workers", 1000, None, "exact", "military construction worker", "personnel", 1000, "count", SHO),
        ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SHO),
        ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SHO),
        ("up to $1,500", 1500, None, "at_most", "", "money", 1500, "USD", YIP),
        ("around 1,300 euros", 1300, None, "approximately", "euro", "money", 1300, "EUR", YIP),
        ("Up to 11,000 North Korean soldiers", 11000, None, "at_most", "soldier", "personnel", 11000, "count", "South Korea"),
        ("around 600", 600, None, "approximately", "soldier", "casualties", 600, "count", "South Korea"),
        ("more than 4,000", 4000, None, "more_than", "soldier", "casualties", 4000, "count", "South Korea"),
        ("about 500 square kilometres", 500, None, "approximately", "square kilometre", "territory", 500, "km2", ""),
        ("some 10 kilometres", 10, None, "approximately", "kilometre", "territory", 10, "km", ""),
    ],
    "attributions": [
        ("North Korea to send 6,000 military builders and deminers to Russia's Kursk region",
         ": Shoigu", "Shoigu", SHO, "person", "Russia", "indirect"),
        ('5,000 sappers will clear mines and 1,000 military construction workers will rebuild infrastructure "destroyed by the Ukrainian occupiers"',
         "says", "Shoigu", SHO, "person", "Russia", "indirect"),
        ('the dispatch was decided "on the instructions" of President Vladimir Putin',
         "tells Russian state television", "Shoigu", SHO, "person", "Russia", "indirect"),
        ("1,000 sappers and 5,000 military builders would be sent",
         "said", "Shoigu", SHO, "person", "Russia", "indirect"),
        ('the move shows Moscow is "dragging" Pyongyang deeper into the war',
         "says", "Ukraine's foreign ministry", UMFA, "organisation", "Ukraine", "indirect"),
        ("calls on China to use its influence on North Korea",
         "calls on", "Ukraine's foreign ministry", UMFA, "organisation", "Ukraine", "indirect"),
        ("Russia has already paid for the workers' transport and housing",
         "tells reporters", "Shoigu", SHO, "person", "Russia", "indirect"),
        ("North Koreans working abroad typically earn up to $1,500 (around 1,300 euros) a month, most of which goes to the state",
         "according to", "the Seoul-based Yeouido Institute for Peace Studies", YIP, "organisation", "independent", "according_to"),
        ('Kim Jong Un tells Shoigu that North Korea will "unconditionally support" Moscow\'s position on the Ukraine conflict',
         "reports", "KCNA state news agency", KCNA, "media", "North Korea", "indirect"),
        ('that North Korea will "unconditionally support" Moscow\'s position on the Ukraine conflict',
         "tells Shoigu", "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "indirect"),
        ('it "deeply regrets" the decision',
         "says", "South Korea's unification ministry", UNI, "organisation", "South Korea", "indirect"),
        ("any dispatch of North Korean workers would violate UN sanctions",
         "saying", "South Korea's unification ministry", UNI, "organisation", "South Korea", "indirect"),
        ("Up to 11,000 North Korean soldiers were sent to Kursk last autumn, of whom around 600 have been killed and more than 4,000 wounded",
         "according to", "Seoul's most recent estimate", "South Korea", "government", "South Korea", "according_to"),
        ("The first North Korean deminers will arrive in July",
         "citing", "the defence ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
        ("Shoigu will report to Putin on the results of the trip on Friday",
         "says", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        ('Kyiv has "no illusions" about Pyongyang',
         "writes", "President Volodymyr Zelensky's chief of staff Andriy Yermak", YER, "person", "Ukraine", "indirect"),
        ("Every North Korean who comes to Kursk, with a rifle or a shovel, is working for Russia's war.",
         "writes", "President Volodymyr Zelensky's chief of staff Andriy Yermak", YER, "person", "Ukraine", "direct"),
    ],
    "events": [
        ("on June 17, 2025", "2025-06-17", "2025-06-17", "day", False,
         "Shoigu and Kim Jong Un met and shook hands in Pyongyang (photo caption)"),
        ("last autumn", "2024-09-01", "2024-11-30", "season", True,
         "Up to 11,000 North Korean soldiers were sent to Kursk"),
        ("in April", "2025-04-01", "2025-04-30", "month", True,
         "Seoul released its most recent estimate of North Korean casualties"),
        ("in July", "2025-07-01", "2025-07-31", "month", True,
         "The first North Korean deminers will arrive in Russia (forward)"),
        ("on Friday", "2025-06-20", "2025-06-20", "day", True,
         "Shoigu will report to Putin on the results of his Pyongyang trip (forward)"),
    ],
}}
