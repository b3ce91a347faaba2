"""dev94_04: Kyiv Post op-ed by a retired Ukrainian colonel, published Tuesday 2025-04-29 (anchor from the
manifest).  Row formats: see spec_01_times.py.  The author's own first-person statements are the page's voice."""
D = "dev94_04_kyivpost_oped_retired_colonel"

NIS = "National Intelligence Service (South Korea)"
KCNA = "Korean Central News Agency"
GS = "General Staff of the Armed Forces of Ukraine"

FIGURES = [
    ("more than 50,000 troops", 50000, None, "more_than", "troop", "casualties", 50000, "count", "Oleksandr Syrskyi"),
    ("roughly 6,000 North Koreans", 6000, None, "approximately", "north korean", "casualties", 6000, "count",
     "Oleksandr Syrskyi"),
    ("about 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", ""),
    ("three North Korean battalions", 3, None, "exact", "battalion", "units", 3, "count", "Andriy Kovalenko"),
    ("as many as 600 rounds", 600, None, "at_most", "round", "weapons", 600, "count", "Institute for the Study of War"),
    ("more than 200 long-range artillery pieces", 200, None, "more_than", "artillery piece", "weapons", 200, "count", NIS),
    ("roughly $2,000", 2000, None, "approximately", "", "money", 2000, "USD", ""),
    ("UAH 4.5 million", 4.5e6, None, "exact", "", "money", 4.5e6, "UAH", ""),
    ("about $108,000", 108000, None, "approximately", "", "money", 108000, "USD", ""),
]

ATTRIBUTIONS = [
    ("the Kursk region is “liberated”", "says",
     "Moscow", "Russia", "government", "Russia", "indirect"),
    ("its soldiers fought there", "admits",
     "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
    ("that the Kursk region had been “completely liberated,”", "told",
     "Gen. Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
    ("our General Staff denied it", "denied",
     "our General Staff", GS, "organisation", "Ukraine", "indirect"),
    ("Ukrainian units were still holding positions in the Kursk and Belgorod regions", "saying",
     "our General Staff", GS, "organisation", "Ukraine", "indirect"),
    ("that North Korean troops had fought in Kursk", "confirmed",
     "Pyongyang’s news agency KCNA", KCNA, "media", "North Korea", "indirect"),
    ("heroes of the motherland.", "calling",
     "Pyongyang’s news agency KCNA", KCNA, "media", "North Korea", "direct"),
    ("Kim Jong-un, the agency said, had ordered a monument built in the capital", "said",
     "the agency", KCNA, "media", "North Korea", "indirect"),
    ("fabrication.", "dismissed",
     "the regime", "North Korea", "government", "North Korea", "direct"),
    ("Russia lost more than 50,000 troops in the Kursk direction, including roughly 6,000 North Koreans killed or "
     "wounded", "According to",
     "Commander-in-Chief Oleksandr Syrskyi", "Oleksandr Syrskyi", "person", "Ukraine", "according_to"),
    ("In December they walked at us in lines across open fields,", "says",
     "Maj. Andriy Kovalenko", "Andriy Kovalenko", "person", "Ukraine", "direct"),
    ("By February they were moving in pairs, with their own drones overhead.", "says",
     "Maj. Andriy Kovalenko", "Andriy Kovalenko", "person", "Ukraine", "direct"),
    ("that his company alone faced three North Korean battalions", "estimates",
     "He", "Andriy Kovalenko", "person", "Ukraine", "indirect"),
    ("that North Korean artillery crews had fired as many as 600 rounds a day in support of Russian assaults near "
     "Tyotkino", "assessed",
     "The Institute for the Study of War", "Institute for the Study of War", "organisation", "independent", "indirect"),
    ("Pyongyang has also supplied more than 200 long-range artillery pieces and multiple rocket launchers", "believes",
     "Seoul’s intelligence service", NIS, "organisation", "South Korea", "indirect"),
]

EVENTS = [
    ("in January", "2025-01-01", "2025-01-31", "month", True,
     "The author left the army after 27 years in uniform"),
    ("on Saturday", "2025-04-26", "2025-04-26", "day", True,
     "Gerasimov told Putin the Kursk region had been completely liberated"),
    ("the same day", "2025-04-26", "2025-04-26", "day", True,
     "Ukraine's General Staff denied the claim, saying its units still held positions in Kursk and Belgorod regions"),
    ("yesterday", "2025-04-28", "2025-04-28", "day", True,
     "KCNA's confirmation that North Korean troops fought in Kursk"),
    ("On Monday", "2025-04-28", "2025-04-28", "day", True,
     "KCNA confirmed for the first time that North Korean troops had fought in Kursk"),
    ("last autumn", "2024-09-01", "2024-11-30", "season", True,
     "The author wrote in Kyiv Post that Kursk would become a school for the Korean People's Army"),
    ("last August", "2024-08-01", "2024-08-31", "month", True,
     "Ukraine held about 1,300 square kilometers of Russian territory at the height of the Kursk operation"),
    ("In December", "2024-12-01", "2024-12-31", "month", True,
     "North Korean troops attacked in lines across open fields (Kovalenko)"),
    ("By February", "2025-02-01", "2025-02-28", "month", True,
     "North Korean troops were moving in pairs under their own drones (Kovalenko)"),
    ("last week", "2025-04-21", "2025-04-27", "week", True,
     "ISW assessed North Korean artillery crews fired up to 600 rounds a day near Tyotkino"),
    ("in November", "2024-11-01", "2024-11-30", "month", True,
     "South Korean lawmakers were told Moscow pays Pyongyang about $2,000 a month per soldier"),
    ("last year", "2024-01-01", "2024-12-31", "year", True,
     "The author's old brigade's drone unit raised UAH 4.5 million (about $108,000) in donations"),
    ("since 2017", "2017-01-01", "2025-04-29", "open", True,
     "Kim Jong-un has wanted (Russian) missile technology"),
    ("on May 9", "2025-05-09", "2025-05-09", "day", True,
     "Victory Day parade on Red Square, where Kim is expected to stand beside Putin"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
