# dev16_03 — Stars and Stripes, published 2025-03-07 (Friday).  Anchor week: Mon 2025-03-03 .. Sun 2025-03-09.
# Furniture NOT annotated: section labels, byline/date line, the photo caption (it holds a date,
# "U.S. officials say" and "about 11,000 North Korean troops"), the author bio ("in 2021"),
# Related links ("Seoul says 3,000 more ..."), newsletter prompt, copyright.
# Non-statements NOT annotated: "Whitcomb declined to say ...", "He asked that his name be withheld ...",
# "South Korean casualty figures released last month" (agentless passive).
# Traps NOT figures: "monthlong", "170 mm", "240 mm", "241st", "over the next five years",
# "U.S. Forces Korea", "none of them".
D = "dev16_03_starsandstripes_drone_lessons"
TW = "Thomas Whitcomb"
US = "United States"
DOCS = {D: {
    "figures": [
        ("Roughly 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", TW),
        ("some 4,000", 4000, None, "approximately", "troop", "casualties", 4000, "count", TW),
        ("five to 10 soldiers", 5, 10, "range", "soldier", "personnel", 5, "count", TW),
        ("as many as 200", 200, None, "at_most", "long-range system", "weapons", 200, "count", TW),
        ("roughly 1.2 million people", 1.2e6, None, "approximately", "person", "personnel", 1.2e6, "count", "Marcus Greer"),
        ("About 28,500 U.S. troops", 28500, None, "approximately", "troop", "personnel", 28500, "count", ""),
        ("within 40 miles", 40, None, "at_most", "mile", "territory", 64.37376, "km", ""),
        ("1.4 trillion won", 1.4e12, None, "exact", "won", "money", 1.4e12, "KRW", "South Korea"),
        ("about $960 million", 9.6e8, None, "approximately", "dollar", "money", 9.6e8, "USD", "South Korea"),
    ],
    "attributions": [
        ("North Korean troops back on Kursk front and learning drone warfare", "warns", "US general", TW, "person", US, "indirect"),
        ("North Korean soldiers have returned to the front lines in Russia’s Kursk region after a roughly monthlong pause and are quickly learning to fight with and against drones", "said", "the U.S. military’s top intelligence officer in Korea", TW, "person", US, "indirect"),
        ("They took a beating in December and January, and they learned,", "told reporters", "Brig. Gen. Thomas Whitcomb", TW, "person", US, "direct"),
        ("What we are seeing now is a force that moves in small groups, uses drones to spot for its artillery and stays off open ground.", "told reporters", "Brig. Gen. Thomas Whitcomb", TW, "person", US, "direct"),
        ("Roughly 11,000 North Korean troops were sent to Russia in October and November, and some 4,000 of them have been killed or wounded", "according to", "Whitcomb", TW, "person", US, "according_to"),
        ("North Korean units were pulled off the line in mid-January after suffering heavy losses in assaults across open fields near the village of Plekhovo", "said", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
        ("They reappeared near the town of Sudzha on Feb. 7", "according to", "the same commanders", "Ukrainian commanders", "group", "Ukraine", "according_to"),
        ("the North Koreans had moved from human-wave style attacks to infiltration by teams of five to 10 soldiers, backed by FPV drones operated by their own crews", "said", "Whitcomb", TW, "person", US, "indirect"),
        ("it was not clear how many of the drones were Russian-made", "said", "He", TW, "person", US, "indirect"),
        ("Along with troops, the North has supplied Russia with Koksan 170 mm self-propelled guns and 240 mm multiple rocket launchers", "said", "Whitcomb", TW, "person", US, "indirect"),
        ("that as many as 200 of the long-range systems had crossed the border by rail", "estimating", "Whitcomb", TW, "person", US, "indirect"),
        ("Every North Korean soldier who comes home from Kursk is an instructor,", "said", "retired Army Lt. Col. Marcus Greer", "Marcus Greer", "person", "independent", "direct"),
        ("Pyongyang has roughly 1.2 million people in uniform, and none of them had seen a drone war before this one.", "instructor,” |said| retired", "retired Army Lt. Col. Marcus Greer", "Marcus Greer", "person", "independent", "direct"),
        ("the North Koreans were now “harder to find and harder to kill.”", "said", "A Ukrainian drone platoon commander", "Ukrainian drone platoon commander", "group", "Ukraine", "indirect"),
        ("that it would spend 1.4 trillion won (about $960 million) over the next five years on counter-drone systems and a new drone command", "announced", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("Moscow and Pyongyang have not publicly acknowledged the deployment", "have not publicly acknowledged", "Moscow", "Russia", "government", "Russia", "indirect"),
        ("Moscow and Pyongyang have not publicly acknowledged the deployment", "have not publicly acknowledged", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
    ],
    "events": [
        ("this week", "2025-03-03", "2025-03-09", "week", True, "The top U.S. intelligence officer in Korea said North Korean soldiers had returned to the Kursk front"),
        ("in December and January", "2024-12-01", "2025-01-31", "month", True, "North Korean troops took heavy losses ('a beating') in Kursk"),
        ("reporters |Wednesday| at", "2025-03-05", "2025-03-05", "day", True, "Whitcomb told reporters at Camp Humphreys about North Korean drone learning"),
        ("in October and November", "2024-10-01", "2024-11-30", "month", True, "Roughly 11,000 North Korean troops were sent to Russia"),
        ("last month", "2025-02-01", "2025-02-28", "month", True, "South Korean casualty figures on the North Korean contingent were released"),
        ("in mid-January", "2025-01-11", "2025-01-20", "month", True, "North Korean units were pulled off the line after heavy losses near Plekhovo"),
        ("on Feb. 7", "2025-02-07", "2025-02-07", "day", True, "North Korean units reappeared near Sudzha"),
        ("on Monday", "2025-03-10", "2025-03-10", "day", True, "US and South Korean militaries begin the annual Freedom Shield exercise"),
        ("in January", "2025-01-01", "2025-01-31", "month", True, "Seoul announced 1.4 trillion won for counter-drone systems and a drone command"),
    ],
}}
