# dev12_03_insider_storm_corps -- NO published date in the manifest; anchor 2025-03-12 (Wednesday), from
# the page's date line "12 March 2025, 17:40" (the date line itself is furniture: no event row).
# Not annotated (traps): the headline quote (no source named in the headline), the caption ("2024"),
# "the first North Korean soldiers", "11th Army Corps", "810th Naval Infantry Brigade", "Second World War",
# "for the first time", "about two weeks", "three months", "three years" (durations), "a month", the
# "Read also" links (1,500 special forces, "in October", 3,000 men "according to leaked lists"), "© 2025";
# "asked not to be named", "did not respond" (x2) (no statements); "The Insider has reconstructed" (the
# outlet's own voice).
# Nested: the sergeant told The Insider that his company commander had warned them ...

RDM = ("Russian Defense Ministry", "organisation", "Russia")
SGT = ("Russian naval infantry sergeant", "group", "Russia")
HOL = ("Kateryna Holub", "person", "independent")
MIR = ("Viktor Mirny", "person", "independent")
PES = ("Dmitry Peskov", "person", "Russia")
R = "Russian Defense Ministry"

DOCS = {"dev12_03_insider_storm_corps": {
    "figures": [
        ("about 11,000 men", 11000, None, "approximately", "man", "personnel", 11000, "count", R),
        ("five brigades", 5, None, "exact", "brigade", "units", 5, "count", R),
        ("20 to 40 soldiers", 20, 40, "range", "soldier", "personnel", 20, "count", R),
        ("dozens of men", 24, None, "vague", "man", "casualties", 24, "count", "Russian naval infantry sergeant"),
        ("around 4,000 North Korean soldiers", 4000, None, "approximately", "soldier", "casualties", 4000, "count", "Defence Intelligence of Ukraine"),
        ("about 200 men", 200, None, "approximately", "man", "personnel", 200, "count", ""),
        ("between 1,000 and 3,000 additional soldiers", 1000, 3000, "range", "soldier", "personnel", 1000, "count", "Joint Chiefs of Staff (South Korea)"),
        ("about 1.9 billion rubles", 1.9e9, None, "approximately", "ruble", "money", 1.9e9, "RUB", ""),
        ("roughly €20 million", 2e7, None, "approximately", "", "money", 2e7, "EUR", ""),
        ("at least $20 million", 2e7, None, "at_least", "", "money", 2e7, "USD", "Viktor Mirny"),
    ],
    "attributions": [
        ("the corps arrived in Kursk region with about 11,000 men organised into five brigades, and by December had been split into assault groups of 20 to 40 soldiers attached to the 810th Naval Infantry Brigade and to airborne units",
         "According to", "a Defense Ministry spreadsheet seen by The Insider", *RDM, "according_to"),
        ("that his company commander had warned them the newcomers “would not stop even if we told them to.”", "told The Insider",
         "A Russian naval infantry sergeant who fought alongside the Koreans near the village of Plekhovo", *SGT, "indirect"),
        ("the newcomers “would not stop even if we told them to.”", "warned",
         "his company commander", "Russian company commander", "group", "Russia", "indirect"),
        ("They walked into the fields in lines, like in a film about the Second World War,", "said", "the sergeant", *SGT, "direct"),
        ("They were losing dozens of men every day.", "World War,” |said| the sergeant", "the sergeant", *SGT, "direct"),
        ("that around 4,000 North Korean soldiers have been killed or wounded since the deployment began", "estimates",
         "Ukraine’s military intelligence (HUR)", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
        ("In mid-January, the battered North Korean units were pulled back from the front line for about two weeks", "according to",
         "HUR spokesman Andriy Yusov", "Andriy Yusov", "person", "Ukraine", "according_to"),
        ("that the Koreans had “learned in three months what took us three years.”", "claiming",
         "pro-Kremlin military bloggers", "pro-Kremlin military bloggers", "group", "Russia", "indirect"),
        ("that between 1,000 and 3,000 additional soldiers had arrived in Russia in January and February to replace the losses", "estimated",
         "South Korea’s Joint Chiefs of Staff", "Joint Chiefs of Staff (South Korea)", "organisation", "South Korea", "indirect"),
        ("The Kremlin has essentially rented an army corps,", "said", "Kateryna Holub", *HOL, "direct"),
        ("And like any rental, the price is rising: Pyongyang now wants technology, not just cash.",
         "corps,” |said| Kateryna", "Kateryna Holub", *HOL, "direct"),
        ("that Russian commanders had treated the North Koreans “as a consumable.”", "said",
         "Retired Colonel Viktor Mirny, a former officer of the Russian General Staff now living in Latvia", *MIR, "indirect"),
        ("that Moscow was paying Pyongyang “at least $20 million a month” for the corps", "estimated", "He", *MIR, "indirect"),
        ("Kremlin spokesman Dmitry Peskov has repeatedly dismissed questions about the North Korean troops", "dismissed",
         "Kremlin spokesman Dmitry Peskov", *PES, "indirect"),
        ("that cooperation with Pyongyang “is not directed against third countries.”", "saying", "Kremlin spokesman Dmitry Peskov", *PES, "indirect"),
    ],
    "events": [
        ("In the autumn of 2024", "2024-09-01", "2024-11-30", "season", False, "First North Korean soldiers reached the Sergeevsky training ground in Primorsky Krai"),
        ("by December", "2024-12-01", "2024-12-31", "month", True, "North Korean corps split into assault groups attached to Russian units"),
        ("In mid-January", "2025-01-11", "2025-01-20", "month", True, "Battered North Korean units pulled back from the front line"),
        ("in early February", "2025-02-01", "2025-02-10", "month", True, "North Korean units returned to the fighting with new tactics"),
        ("On February 7", "2025-02-07", "2025-02-07", "day", True, "North Korean assault group of ~200 men attacked near Sverdlikovo"),
        ("The following day", "2025-02-08", "2025-02-08", "day", True, "Pro-Kremlin bloggers posted footage of the attack"),
        ("last week", "2025-03-03", "2025-03-09", "week", True, "South Korea's JCS estimated 1,000-3,000 additional soldiers had arrived in Russia"),
        ("in January and February", "2025-01-01", "2025-02-28", "month", True, "1,000-3,000 additional North Korean soldiers arrived in Russia"),
        ("Between October and December", "2024-10-01", "2024-12-31", "month", True, "Russian Defense Ministry transferred ~1.9 billion rubles to a North Korean company's account"),
        ("since 2023", "2023-01-01", "2025-03-12", "open", True, "Kateryna Holub has tracked North Korean arms shipments to Russia"),
    ],
}}
