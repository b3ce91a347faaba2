# dev36_03_ytn_pyongyang_admits -- YTN (English), anchor 2025-04-28 (Monday)
JCS = "Joint Chiefs of Staff (South Korea)"
MOFA = "Ministry of Foreign Affairs (South Korea)"
CMC = "Central Military Commission of the Workers' Party of Korea"
GS = "General Staff of the Armed Forces of Ukraine"
D = "dev36_03_ytn_pyongyang_admits"

DOCS = {D: {
    "figures": [
        ("about 15,000 North Korean troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", JCS),
        ("some 3,000 reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count", JCS),
        ("roughly 4,700", 4700, None, "approximately", "troop", "casualties", 4700, "count", JCS),
        ("around 600", 600, None, "approximately", "troop", "casualties", 600, "count", JCS),
        ("four brigades", 4, None, "exact", "brigade", "units", 4, "count", ""),
        ("Fewer than 2,000", 2000, None, "less_than", "troop", "personnel", 2000, "count", JCS),
        ("$1 billion to $2 billion", 1e9, 2e9, "range", "dollar", "money", 1e9, "USD", "Seo Jae-hyuk"),
    ],
    "attributions": [
        ("it sent troops to Russia's Kursk", "admits", "North Korea", "North Korea", "government", "North Korea",
         "indirect"),
        ("that it sent troops to fight alongside Russia", "acknowledged", "North Korea", "North Korea", "government",
         "North Korea", "indirect"),
        ("the deployment was ordered by leader Kim Jong Un under the mutual defense treaty the two countries signed "
         "last year", "Pyongyang |said| the deployment", "Pyongyang", "North Korea", "government", "North Korea",
         "indirect"),
        ('that "subunits of our armed forces" had taken part in operations to liberate the Kursk region on the '
         'orders of the head of state, and that they had carried out their combat mission in full', "said",
         "The commission", CMC, "organisation", "North Korea", "indirect"),
        ("Those who fought for justice are all heroes and representatives of the honor of the motherland,",
         "quoted", "Kim", "Kim Jong Un", "person", "North Korea", "direct"),
        ("that a monument to the fallen would soon be built in Pyongyang and that their families would be cared for "
         "by the state", "added", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
        ('that the Kursk region had been "fully liberated" from Ukrainian forces', "declared",
         "Russia's chief of the General Staff, Valery Gerasimov", "Valery Gerasimov", "person", "Russia",
         "indirect"),
        ('the North Korean soldiers had shown "high professionalism, fortitude, courage and heroism" in battle',
         "He |said| the North Korean", "He", "Valery Gerasimov", "person", "Russia", "indirect"),
        ("Kyiv rejected Gerasimov's claim", "rejected", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("that its units were still holding positions in parts of Kursk and neighboring Belgorod",
         "General Staff |said| the following", "Ukraine's General Staff", GS, "organisation", "Ukraine",
         "indirect"),
        ('announcement "|propaganda|" aimed', "calling", "Ukraine's General Staff", GS, "organisation", "Ukraine",
         "direct"),
        ('that Russia would "never forget" the feat of the Korean fighters', "Peskov |said| on Monday",
         "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        ('Kremlin spokesman Dmitry Peskov said on Monday that Russia would "never forget" the feat of the Korean '
         'fighters', "according to", "the TASS news agency", "TASS", "media", "Russia", "according_to"),
        ("Seoul condemned the announcement", "condemned", "Seoul", "South Korea", "government", "South Korea",
         "indirect"),
        ("By admitting the deployment, North Korea has confessed to taking part in an illegal war of aggression,",
         "Foreign Ministry |said| in a statement", "the Foreign Ministry", MOFA, "organisation", "South Korea",
         "direct"),
        ('calling on Pyongyang to stop "sacrificing its young people" in a foreign war', "calling on",
         "the Foreign Ministry", MOFA, "organisation", "South Korea", "indirect"),
        ("about 15,000 North Korean troops have been sent to Russia since last October, including some 3,000 "
         "reinforcements who arrived in January and February", "According to", "the Joint Chiefs of Staff", JCS,
         "organisation", "South Korea", "according_to"),
        ("that roughly 4,700 of them have been killed or wounded, among them around 600 dead", "estimates",
         "It", JCS, "organisation", "South Korea", "indirect"),
        ("Fewer than 2,000 of them remain deployed near the border", "believes", "the JCS", JCS, "organisation",
         "South Korea", "indirect"),
        ("the North has also supplied KN-23 short-range ballistic missiles and 170mm Koksan self-propelled guns to "
         "Russia", "say", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
        ("the timing was no coincidence", "Seoul |said| the timing", "Analysts in Seoul", "analysts", "group",
         "independent", "indirect"),
        ("By going public now, Kim is handing Putin the bill,", 'bill," |said| Prof.', "Prof. Seo Jae-hyuk",
         "Seo Jae-hyuk", "person", "independent", "direct"),
        ("Pyongyang to seek air-defense systems, satellite technology and hard currency worth $1 billion to $2 "
         "billion a year in return", "expects", "He", "Seo Jae-hyuk", "person", "independent", "indirect"),
    ],
    "events": [
        ("last year", "2024-01-01", "2024-12-31", "year", True,
         "North Korea and Russia signed their mutual defense treaty"),
        ("on Monday", "2025-04-28", "2025-04-28", "day", True,
         "KCNA carried the Central Military Commission statement confirming the Kursk deployment", 1),
        ("on Saturday", "2025-04-26", "2025-04-26", "day", True,
         "Gerasimov declared the Kursk region fully liberated and praised North Korean soldiers"),
        ("the following day", "2025-04-27", "2025-04-27", "day", True,
         "Ukraine's General Staff said its units still held positions in Kursk and Belgorod"),
        ("on Monday", "2025-04-28", "2025-04-28", "day", True,
         "Peskov said Russia would never forget the feat of the Korean fighters", 2),
        ("since last October", "2024-10-01", "2025-04-28", "open", True,
         "About 15,000 North Korean troops sent to Russia (JCS)"),
        ("in January and February", "2025-01-01", "2025-02-28", "month", True,
         "Some 3,000 North Korean reinforcements arrived in Russia"),
    ],
}}
