"""dev73_04_youtube_dwnews_admission -- YouTube page of DW News, published 2025-04-29 (Tuesday).

Row layouts as in spec_01_apimages.py.
"""
NIS = "National Intelligence Service (South Korea)"
GS = "General Staff of the Armed Forces of Ukraine"
HANVIT = "Hanvit Institute for Peninsula Affairs"

DOCS = {
    "dev73_04_youtube_dwnews_admission": {
        "figures": [
            ("roughly 15,000 North Korean troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
            ("some 4,700", 4700, None, "approximately", "troop", "casualties", 4700, "count", NIS),
            ("about 600 deaths", 600, None, "approximately", "death", "casualties", 600, "count", NIS),
            ("at least $500 million", 500000000, None, "at_least", "", "money", 500000000, "USD", HANVIT),
            ("around 720 billion won", 720000000000, None, "approximately", "won", "money", 720000000000, "KRW", HANVIT),
        ],
        "attributions": [
            ("its troops fought for Russia in Kursk", "confirms", "North Korea", "North Korea", "government", "North Korea", "indirect"),
            ("that it sent soldiers to fight alongside Russian forces against Ukraine", "admitted", "North Korea", "North Korea", "government", "North Korea", "indirect"),
            ('the troops had "annihilated and wiped out the Ukrainian neo-Nazi occupiers" in the Kursk region, and that a monument to their "combat feats" would soon be built in Pyongyang',
             "said", "the Central Military Commission of the ruling Workers' Party",
             "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
            ("Those who fought for justice are all heroes and representatives of the honor of the motherland.",
             "quoted as saying", "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "direct"),
            ('that the Kursk region had been fully "liberated" with the help of North Korean units',
             "told", "Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
            ("Ukraine's General Staff rejected the claim", "rejected", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
            ("its troops were still holding positions in the Kursk and Belgorod regions", "saying", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
            ('that Russians "will never forget the feat of the Korean fighters."', "said", "Putin", "Vladimir Putin", "person", "Russia", "indirect"),
            ('that the deployment had been "no secret" and was "fully in line" with the mutual defense treaty the two countries signed last June',
             "told reporters", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
            ('the admission showed that Moscow and Pyongyang had "lied for months"',
             "said", "Ukraine's foreign ministry", "Ukrainian Foreign Ministry", "organisation", "Ukraine", "indirect"),
            ("Western partners to respond with new sanctions", "called on", "Ukraine's foreign ministry", "Ukrainian Foreign Ministry", "organisation", "Ukraine", "indirect"),
            ("that of the roughly 15,000 North Korean troops sent to Russia since last October, some 4,700 have been killed or wounded, including about 600 deaths",
             "estimates", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("Moscow is paying handsomely", "say", "Analysts", "analysts", "group", "independent", "indirect"),
            ("that Russia has provided Pyongyang with at least $500 million (around 720 billion won) in cash, oil and food in return for troops and shells",
             "estimates", "The Hanvit Institute for Peninsula Affairs", HANVIT, "organisation", "independent", "indirect"),
            ("the admission is aimed as much at North Koreans at home as at the outside world",
             "says", "DW's Seoul correspondent Hannah Kessler", "Hannah Kessler", "person", "independent", "indirect"),
            ("Families have been noticing that sons are not coming back. The regime needs a story of heroes, not of losses.",
             "Hannah Kessler |says| the admission", "DW's Seoul correspondent Hannah Kessler", "Hannah Kessler", "person", "independent", "direct"),
        ],
        "events": [
            ("KCNA |on Monday|, the Central", "2025-04-28", "2025-04-28", "day", True, "KCNA carried the Central Military Commission statement confirming North Korean troops fought in Kursk"),
            ("on Saturday", "2025-04-26", "2025-04-26", "day", True, "Gerasimov told Putin the Kursk region had been fully liberated with the help of North Korean units"),
            ("by the Kremlin |on Monday| that", "2025-04-28", "2025-04-28", "day", True, "Putin said in a Kremlin statement Russians will never forget the feat of the Korean fighters"),
            ("on Tuesday", "2025-04-29", "2025-04-29", "day", True, "Peskov told reporters the deployment was no secret and in line with the treaty"),
            ("last June", "2024-06-01", "2024-06-30", "month", True, "Russia and North Korea signed the mutual defense treaty"),
            ("since last October", "2024-10-01", "2025-04-29", "open", True, "North Korea sent roughly 15,000 troops to Russia"),
        ],
    },
}
