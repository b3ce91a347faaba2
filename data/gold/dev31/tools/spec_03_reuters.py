# dev31_03: Reuters live coverage, Thu 13 Feb 2025 (anchor 2025-02-13).
VZ = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"
LEE = "Lee Seong-kweun"
SOF = "Special Operations Forces of Ukraine"
OST = "Serhii Ostapchuk"
MV = "Marta Velikova"

DOCS = {"dev31_03_reuters_kursk_pullback": {
    "figures": [
        ("some 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS, 1),
        ("soldiers killed, |2,700| wounded", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
        ("11,000-12,000 North Korean troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", OST),
        ("Seoul estimates |300 North Korean soldiers| killed", 300, None, "exact", "soldier", "casualties", 300, "count", "South Korea"),
        ("some 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS, 2),
        ("killed and |2,700| wounded", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
        ("about 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
        ("more than 10,000 containers", 10000, None, "more_than", "container", "weapons", 10000, "count", NIS),
        ("hundreds of millions of dollars", 100000000, None, "vague", "dollar", "money", 100000000, "USD", MV),
        ("roughly 500 sq km", 500, None, "approximately", "sq km", "territory", 500, "km2", "Institute for the Study of War"),
        ("up to 170 Ukrainian servicemen", 170, None, "at_most", "serviceman", "casualties", 170, "count", "Russian Defense Ministry"),
        ("34 Russian assaults", 34, None, "exact", "assault", "other", 34, "count", "General Staff of the Armed Forces of Ukraine"),
        ("about 4,000 North Korean soldiers", 4000, None, "approximately", "soldier", "casualties", 4000, "count", VZ),
    ],
    "attributions": [
        ("North Korean troops pulled back from Kursk front after heavy losses", "says", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
        # summary
        ("North Korean units not seen in combat for about three weeks", "says", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
        ("some 300 North Korean soldiers killed, 2,700 wounded", "estimates", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("Pyongyang may send reinforcements", "says", "lawmaker", LEE, "person", "South Korea", "indirect"),
        ("it retook village in Kursk region", "says", "Russia", "Russia", "government", "Russia", "indirect"),
        # 15:48
        ("North Korean troops pulled back after heavy losses", "say", "Ukrainian special forces", SOF, "organisation", "Ukraine", "indirect"),
        ("North Korean troops fighting for Russia have been withdrawn from the front line in Russia's Kursk region after suffering heavy losses", "said", "Colonel Serhii Ostapchuk", OST, "person", "Ukraine", "indirect"),
        ("We have not seen them in combat for about three weeks,", "told Reuters", "he", OST, "person", "Ukraine", "direct"),
        ("Our assessment is that they were pulled back to rest and regroup, and because they were losing too many men.", "told Reuters", "he", OST, "person", "Ukraine", "direct"),
        ("11,000-12,000 North Korean troops had been deployed at the peak in January", "said", "Ostapchuk", OST, "person", "Ukraine", "indirect"),
        # 14:20
        ("Seoul estimates 300 North Korean soldiers killed", "estimates", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("South Korea's National Intelligence Service (NIS) estimates that some 300 North Korean soldiers have been killed and 2,700 wounded in Kursk", "said", "a lawmaker", LEE, "person", "South Korea", "indirect"),
        ("that some 300 North Korean soldiers have been killed and 2,700 wounded in Kursk", "estimates", "South Korea's National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
        ('that the NIS had assessed that the high casualties were caused by "a lack of understanding of modern warfare", including drone attacks', "told reporters", "Lee Seong-kweun", LEE, "person", "South Korea", "indirect"),
        ('that the high casualties were caused by "a lack of understanding of modern warfare", including drone attacks', "assessed", "the NIS", NIS, "organisation", "South Korea", "indirect"),
        ("The spy agency also believes that North Korea may send reinforcements", "added", "he", LEE, "person", "South Korea", "indirect"),
        ("that North Korea may send reinforcements", "believes", "The spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("signs that a fresh contingent had been training near Pyongyang since late January", "citing", "he", LEE, "person", "South Korea", "indirect"),
        ("that North Korea has sent about 11,000 troops to Russia since October, as well as more than 10,000 containers of munitions since 2023", "has said", "The NIS", NIS, "organisation", "South Korea", "indirect"),
        # 13:05
        ("tactical pause, not exit", "see", "Analysts", "analysts", "group", "independent", "indirect"),
        ("The pullback is probably temporary", "said", "Marta Velikova", MV, "person", "independent", "indirect"),
        ("This looks like a rotation, not a retreat,", "said", "she", MV, "person", "independent", "direct"),
        ("Pyongyang has too much riding on this. The money alone, maybe hundreds of millions of dollars a year, is reason enough to stay.", "said", "she", MV, "person", "independent", "direct"),
        ("Russian forces have regained most of the territory Ukraine seized in August, though Kyiv still holds roughly 500 sq km", "According to", "the Institute for the Study of War (ISW)", "Institute for the Study of War", "organisation", "independent", "according_to"),
        # 12:10
        ("it retook Kursk village", "says", "Russia", "Russia", "government", "Russia", "indirect"),
        ("its forces had recaptured the village of Sverdlikovo in the Kursk region and killed up to 170 Ukrainian servicemen in the area over the previous day", "said", "Russia's defence ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
        ("it had repelled 34 Russian assaults in the region", "said", "Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine", "indirect"),
        # 09:30
        ("Ukrainian President Volodymyr Zelensky will meet U.S. Vice President JD Vance at the Munich Security Conference on Friday", "said", "a Ukrainian official", "Ukrainian official", "group", "Ukraine", "indirect"),
        ("Zelensky is expected to raise the North Korean deployment", "added", "the official", "Ukrainian official", "group", "Ukraine", "indirect"),
        ("that Ukraine had killed or wounded about 4,000 North Korean soldiers", "told Reuters", "Zelensky", VZ, "person", "Ukraine", "indirect"),
        ("Seoul has not confirmed that figure", "has not confirmed", "Seoul", "South Korea", "government", "South Korea", "indirect"),
    ],
    "events": [
        ("on Thursday", "2025-02-13", "2025-02-13", "day", True, "Ukraine's Special Operations Forces said North Korean troops had been pulled back from the Kursk front"),
        ("in January", "2025-01-01", "2025-01-31", "month", True, "11,000-12,000 North Korean troops deployed at the peak (per Ostapchuk)"),
        ("since late January", "2025-01-21", "2025-02-13", "open", True, "A fresh North Korean contingent has been training near Pyongyang"),
        ("since October", "2024-10-01", "2025-02-13", "open", True, "North Korea has sent about 11,000 troops to Russia (per the NIS)"),
        ("since 2023", "2023-01-01", "2025-02-13", "open", True, "North Korea has sent more than 10,000 containers of munitions to Russia"),
        ("in August", "2024-08-01", "2024-08-31", "month", True, "Ukraine seized territory in Russia's Kursk region"),
        ("on Tuesday", "2025-02-11", "2025-02-11", "day", True, "Russia's defence ministry said it had recaptured Sverdlikovo in the Kursk region"),
        ("The following day", "2025-02-12", "2025-02-12", "day", True, "Ukraine's General Staff said it had repelled 34 Russian assaults in the region"),
        ("on Friday", "2025-02-14", "2025-02-14", "day", True, "Zelensky is to meet JD Vance at the Munich Security Conference"),
        ("Last week", "2025-02-03", "2025-02-09", "week", True, "Zelensky told Reuters Ukraine had killed or wounded about 4,000 North Korean soldiers"),
    ],
}}
