# dev95_06: Kyodo News wire story with a "Repeats" note, published 2025-09-04 (Thursday).
# Row layouts as in spec_01_reuters.py.
SRC = "South Korean government source"
JFM = "Japanese Foreign Ministry"

DOCS = {
    "dev95_06_kyodo_putin_kim_beijing": {
        "figures": [
            ("about 3,000 troops", 3000, None, "approximately", "troop", "personnel", 3000, "count", SRC),
            ("10,000 to 11,000", 10000, 11000, "range", "troop", "personnel", 10000, "count", SRC),
            ("roughly 15,000 soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", SRC),
            ("about 2,000", 2000, None, "approximately", "soldier", "casualties", 2000, "count", SRC),
            ("about 1.8 trillion yen", 1.8e12, None, "approximately", "yen", "money", 1.8e12, "JPY", JFM),
            ("$12.2 billion", 12.2e9, None, "exact", "", "money", 12.2e9, "USD", JFM),
            ("17-kilometer", 17, None, "exact", "kilometer", "territory", 17, "km", ""),
        ],
        "attributions": [
            ("Putin thanks Kim for N. Korean troops' role in Kursk at Beijing summit", "thanks",
             "Putin", "Vladimir Putin", "person", "Russia", "indirect"),
            ('Russian President Vladimir Putin thanked North Korean leader Kim Jong Un on Wednesday for the "heroism" '
             "of North Korean soldiers who fought in Russia's Kursk region", "thanked",
             "Russian President Vladimir Putin", "Vladimir Putin", "person", "Russia", "indirect"),
            ("Your soldiers fought courageously and heroically. We will never forget the sacrifices made by your "
             "armed forces and by the families of your servicemen,", "told",
             "Putin", "Vladimir Putin", "person", "Russia", "direct"),
            ('that helping Russia was "a fraternal duty"', "replied",
             "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
            ('Pyongyang would do "everything in its power" to assist Moscow', "duty\" and |said| Pyongyang",
             "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
            ('Kim replied that helping Russia was "a fraternal duty" and said Pyongyang would do "everything in its '
             'power" to assist Moscow', "according to",
             "Russia's state-run TASS news agency", "TASS", "media", "Russia", "according_to", ),
            ('that Japan was "seriously concerned" about the deepening military cooperation between Moscow and '
             "Pyongyang, including the possible transfer of missile and satellite technology to North Korea",
             "Hayashi |said| Thursday",
             "Chief Cabinet Secretary Yoshimasa Hayashi", "Yoshimasa Hayashi", "person", "Japan", "indirect"),
            ("that North Korea had rotated about 3,000 troops home since the spring and sent roughly the same number "
             "to replace them, keeping its contingent in Russia at 10,000 to 11,000", "told",
             "A South Korean government source", SRC, "group", "South Korea", "indirect"),
            ("Of the roughly 15,000 soldiers Pyongyang has sent to Russia since last autumn, about 2,000 have been "
             "killed", "source |said|.",
             "the source", SRC, "group", "South Korea", "indirect"),
            ("to build a memorial museum and a new street of homes for the families of the fallen, to be completed "
             "by October", "pledged",
             "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("Japan has extended about 1.8 trillion yen ($12.2 billion) in financial and humanitarian support to "
             "Ukraine since 2022", "according to",
             "the Foreign Ministry", JFM, "organisation", "Japan", "according_to"),
            ('that the meeting showed Moscow and Pyongyang were "trading blood for technology."', "Sybiha |said| on X",
             "Ukrainian Foreign Minister Andrii Sybiha", "Andrii Sybiha", "person", "Ukraine", "indirect"),
            ("He urged Beijing to use its influence over both capitals to end the war", "urged",
             "He", "Andrii Sybiha", "person", "Ukraine", "indirect"),
            ("Putin had invited Kim to visit Moscow, and that the leaders had agreed to expand railway and energy "
             "links between their countries", "Kremlin |said| Putin",
             "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
        ],
        "events": [
            ("on Sept. 3, 2025", "2025-09-03", "2025-09-03", "day", False,
             "Putin and Kim held talks in Beijing (photo caption)"),
            ("on Wednesday", "2025-09-03", "2025-09-03", "day", True,
             "Putin thanked Kim for North Korean soldiers' role in Kursk at talks in Beijing"),
            ("Thursday", "2025-09-04", "2025-09-04", "day", True,
             "Hayashi said Japan was seriously concerned about Russia-North Korea military cooperation"),
            ("since the spring", "2025-03-01", "2025-09-04", "open", True,
             "North Korea rotated about 3,000 troops home from Russia (South Korean source)"),
            ("since last autumn", "2024-09-01", "2025-09-04", "open", True,
             "Pyongyang has sent roughly 15,000 soldiers to Russia (South Korean source)"),
            ("In August", "2025-08-01", "2025-08-31", "month", True,
             "Kim attended a Pyongyang ceremony welcoming troops home from Kursk and pledged a memorial museum"),
            ("by October", "2025-10-01", "2025-10-31", "month", True,
             "Memorial museum and street of homes for families of the fallen to be completed"),
            ("since 2022", "2022-01-01", "2025-09-04", "open", True,
             "Japan has extended about 1.8 trillion yen in support to Ukraine"),
        ],
    },
}
