"""dev90_04: Deutsche Welle (English). Manifest `published` is EMPTY; the anchor is the page's own date line
`06/27/2025` (DW's English month/day/year format) = Friday 27 June 2025.  Row layouts as in spec_01_yonhap.py."""
BND = "Federal Intelligence Service (Germany)"
PIS = "Boris Pistorius"
LEH = "Sarah Lehmann"
D = "dev90_04_dw_bnd_drone_lessons"

DOCS = {D: {
    "figures": [
        ("thousands of troops", 1000, None, "vague", "troop", "personnel", 1000, "count", "Ukraine"),
        ("around 15,000 North Korean soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", BND),
        ("about 5,000", 5000, None, "approximately", "soldier", "casualties", 5000, "count", BND),
        ("Thousands of drones", 1000, None, "vague", "drone", "weapons", 1000, "count", ""),
        ("1,500 deminers", 1500, None, "exact", "deminer", "personnel", 1500, "count", "Sergei Shoigu"),
        ("4,000 military construction workers", 4000, None, "exact", "military construction worker", "personnel", 4000,
         "count", "Sergei Shoigu"),
        ("thousands of drones", 1000, None, "vague", "drone", "weapons", 1000, "count", LEH),
        ("two new production halls", 2, None, "exact", "production hall", "units", 2, "count", LEH),
        ("9 billion euros", 9e9, None, "exact", "euro", "money", 9e9, "EUR", ""),
        ("about $10.5 billion", 10.5e9, None, "approximately", "", "money", 10.5e9, "USD", ""),
    ],
    "attributions": [
        ("North Korea 'learning modern warfare' in Russia", "warns",
         "Berlin", "Germany", "government", "Germany", "indirect"),
        ("Pyongyang's troops are taking drone know-how home from Kursk", "intelligence |believes| Pyongyang",
         "German intelligence", "German intelligence", "organisation", "Germany", "indirect"),
        ("a threat for Europe, too.", "calls",
         "Defense Minister Boris Pistorius", PIS, "person", "Germany", "direct"),
        ("Kyiv says |Pyongyang has sent thousands of troops to fight for Russia|Image", "says",
         "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("that North Korea has drawn lessons from its deployment in Russia that could shift the military balance on the "
         "Korean Peninsula", "(BND), |believes| that",
         "Germany's foreign intelligence service, the Bundesnachrichtendienst (BND)", BND, "organisation", "Germany",
         "indirect"),
        ("Germany's foreign intelligence service, the Bundesnachrichtendienst (BND), believes that North Korea has drawn "
         "lessons from its deployment in Russia that could shift the military balance on the Korean Peninsula",
         "according to", 'a classified situation report, or "Lagebild," seen by DW', BND, "organisation", "Germany",
         "according_to"),
        ("that around 15,000 North Korean soldiers have served in Russia since autumn 2024 and that about 5,000 of them "
         "have been killed or wounded", "estimates", "The report", BND, "organisation", "Germany", "indirect"),
        ("Above all, it says, the troops have learned to use and counter drones", "Above all, it |says|",
         "it", BND, "organisation", "Germany", "indirect"),
        ("the decisive weapon of this war,", "in the words of",
         "the BND analysts", "BND analysts", "group", "Germany", "direct"),
        ('that Pyongyang was gaining "combat experience that no other army in Asia has."', "told",
         "Defense Minister Boris Pistorius", PIS, "person", "Germany", "indirect"),
        ("North Korea is learning there how to wage a modern war, and that is a threat for Europe, too,",
         "Pistorius |said|", "Pistorius", PIS, "person", "Germany", "direct"),
        ("that North Korea would send 1,500 deminers and 4,000 military construction workers to rebuild infrastructure "
         "in the Kursk region", "announced",
         "he", "Sergei Shoigu", "person", "Russia", "indirect"),
        ("The Koreans are not just learning to fight, they are learning to produce,", "produce,\" |said| Sarah",
         "Sarah Lehmann", LEH, "person", "independent", "direct"),
        ("If they can turn out thousands of drones a year, that changes the calculation in Seoul and Tokyo.",
         "produce,\" |said| Sarah", "Sarah Lehmann", LEH, "person", "independent", "direct"),
        ("She pointed to satellite images showing two new production halls at a drone plant near Pyongyang",
         "pointed to", "She", LEH, "person", "independent", "indirect"),
        ("that Pyongyang could soon supply Russia with drones of its own", "warned",
         "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("Berlin had shared the BND's findings with Seoul earlier this month", "anonymity, |said| Berlin",
         "A senior German official, who spoke on condition of anonymity", "senior German official", "group", "Germany",
         "indirect"),
        ("a pack of lies cooked up by NATO warmongers.", "dismissed",
         "North Korea's state news agency KCNA", "KCNA", "media", "North Korea", "direct"),
    ],
    "events": [
        ("since autumn 2024", "2024-09-01", "2025-06-27", "open", True,
         "Around 15,000 North Korean soldiers served in Russia (BND report)"),
        ("on Thursday", "2025-06-26", "2025-06-26", "day", True,
         "Pistorius told ARD Pyongyang was gaining combat experience no other Asian army has"),
        ("Last week", "2025-06-16", "2025-06-22", "week", True,
         "Shoigu traveled to Pyongyang and announced North Korea would send deminers and military builders to Kursk"),
        ("on Tuesday and Wednesday", "2025-06-24", "2025-06-25", "day", True,
         "NATO summit in The Hague, where Zelenskyy warned Pyongyang could supply Russia with drones"),
        ("earlier this month", "2025-06-01", "2025-06-26", "month", True,
         "Berlin shared the BND's findings with Seoul (senior German official)"),
        ("on Friday", "2025-06-27", "2025-06-27", "day", True,
         "KCNA dismissed the German report as 'a pack of lies'"),
        ("this year", "2025-01-01", "2025-12-31", "year", True,
         "The German government earmarked 9 billion euros in military aid for Kyiv"),
        ("in September", "2025-09-01", "2025-09-30", "month", True,
         "Pistorius is due to travel to Seoul for talks on North Korea and Russia"),
    ],
}}
