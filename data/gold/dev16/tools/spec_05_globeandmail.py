# dev16_05 — The Globe and Mail, published 2025-06-18 (Wednesday).  Anchor week: Mon 2025-06-16 .. Sun 2025-06-22.
# Money in the Globe's own "$…-billion" style is Canadian dollars (CAD).
# Furniture NOT annotated: section label, byline/timestamps, "For Subscribers", the photo caption
# ("on June 17"), newsletter prompt ("G7"), error/code links, Related links ("4,700 of them ...").
# Non-statements NOT annotated: "Global Affairs declined to say ...".
# Traps NOT figures: "third trip", "second visit", "in two weeks", "nearly a year", "for 15 years",
# "for years, not months".
D = "dev16_05_globeandmail_shoigu_workers"
SS = "Sergei Shoigu"
NIS = "National Intelligence Service (South Korea)"
GAC = "Global Affairs Canada"
TR = "Thomas Reilly"
DOCS = {D: {
    "figures": [
        ("thousands of military builders", 1000, None, "vague", "military builder", "personnel", 1000, "count", "Russia"),
        ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", SS),
        ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", SS),
        ("roughly 15,000 soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
        ("about 4,700", 4700, None, "approximately", "soldier", "casualties", 4700, "count", NIS),
        ("more than 90 per cent", 90, None, "more_than", "per cent", "territory", 90, "count", "Ukrainian commanders"),
        ("roughly 1,300 square kilometres", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", ""),
        ("six North Korean officials", 6, None, "exact", "official", "other", 6, "count", GAC),
        ("two entities", 2, None, "exact", "entity", "other", 2, "count", GAC),
        ("more than $19.5-billion", 1.95e10, None, "more_than", "dollar", "money", 1.95e10, "CAD", ""),
        ("roughly $4.5-billion", 4.5e9, None, "approximately", "dollar", "money", 4.5e9, "CAD", ""),
        ("€1.5-billion", 1.5e9, None, "exact", "euro", "money", 1.5e9, "EUR", "EU officials"),
        ("tens of thousands of North Korean labourers", 10000, None, "vague", "labourer", "personnel", 10000, "count", TR),
    ],
    "attributions": [
        ("North Korea to send thousands of military builders and deminers to Kursk", "says", "Russia", "Russia", "government", "Russia", "indirect"),
        ("North Korea will send 1,000 deminers and 5,000 military construction workers to Russia’s Kursk region to rebuild infrastructure wrecked by nearly a year of fighting", "said", "a senior Russian official", SS, "person", "Russia", "indirect"),
        ("that the personnel would be sent on Mr. Kim’s personal instructions", "told Russian state media", "Sergei Shoigu, the secretary of Russia’s Security Council", SS, "person", "Russia", "indirect"),
        ("an act of brotherly help.", "called", "he", SS, "person", "Russia", "direct"),
        ("that of the roughly 15,000 soldiers the North sent, about 4,700 were killed or wounded", "said", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("Russia’s Defence Ministry declared the Kursk region fully recaptured on April 26", "declared", "Russia’s Defence Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
        ("that they have lost more than 90 per cent of the ground they captured last August", "acknowledge", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
        ("that units remain dug in near the border villages of Tyotkino and Gornal", "insists", "the General Staff in Kyiv", "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine", "indirect"),
        ("that it was sanctioning six North Korean officials and two entities involved in sending troops and munitions to Russia", "announced", "Global Affairs Canada", GAC, "organisation", "Canada", "indirect"),
        ("North Korea’s participation in Russia’s illegal war threatens security in Europe and in the Indo-Pacific alike,", "said", "department spokesperson Émilie Tremblay", "Émilie Tremblay", "person", "Canada", "direct"),
        ("Brussels would raise another €1.5-billion for Ukrainian weapons production next month", "said", "EU officials", "EU officials", "group", "EU", "indirect"),
        ("Ottawa was weighing further measures against Russian shipping firms that move North Korean munitions", "said", "A Canadian official", "Canadian official", "group", "Canada", "indirect"),
        ("Pyongyang has found a new export: labour, and blood,", "said", "Thomas Reilly", TR, "person", "independent", "direct"),
        ("that tens of thousands of North Korean labourers were already believed to be working in Russia despite United Nations sanctions that bar their employment", "noted", "He", TR, "person", "independent", "indirect"),
        ("the deminers would face some of the most heavily mined ground in Europe", "said", "Mr. Reilly", TR, "person", "independent", "indirect"),
        ("Kursk is going to kill more of these men in peacetime than it did in the war,", "said", "he", TR, "person", "independent", "direct"),
        ("that the builders were likely to stay “for years, not months.”", "adding", "he", TR, "person", "independent", "indirect"),
    ],
    "events": [
        ("since March", "2025-03-01", "2025-06-18", "open", True, "Shoigu's trips to Pyongyang (this is his third since March)"),
        ("official said |Tuesday| after", "2025-06-17", "2025-06-17", "day", True, "After talks with Kim in Pyongyang, Shoigu said North Korea will send 1,000 deminers and 5,000 military construction workers to Kursk"),
        ("last winter", "2024-12-01", "2025-02-28", "season", True, "North Korean units bore the brunt of the fighting in Kursk"),
        ("on April 26", "2025-04-26", "2025-04-26", "day", True, "Russia's Defence Ministry declared the Kursk region fully recaptured"),
        ("in May", "2025-05-01", "2025-05-31", "month", True, "Putin toured the Kursk region"),
        ("last August", "2024-08-01", "2024-08-31", "month", True, "Ukraine captured ground in the Kursk region"),
        ("on Tuesday", "2025-06-17", "2025-06-17", "day", True, "Global Affairs Canada announced sanctions on six North Korean officials and two entities"),
        ("since 2022", "2022-01-01", "2025-06-18", "open", True, "Canada has committed more than $19.5-billion in aid to Ukraine"),
        ("next month", "2025-07-01", "2025-07-31", "month", True, "Brussels to raise another €1.5-billion for Ukrainian weapons production"),
    ],
}}
