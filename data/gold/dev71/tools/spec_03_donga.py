"""dev71_03_donga_pows: The Dong-A Ilbo English edition, published 2025-02-13 (Thursday)."""
NIS = "National Intelligence Service (South Korea)"
SK, ORG = "South Korea", "organisation"
HUR = "Defence Intelligence of Ukraine"
POW = "captured North Korean soldier"
MOFA = "South Korean Foreign Ministry"

DOCS = {"dev71_03_donga_pows": {
    "figures": [
        ("between 1,000 and 1,500 replacements", 1000, 1500, "range", "replacement", "personnel", 1000, "count", NIS),
        ("some 4,000 North Korean soldiers", 4000, None, "approximately", "soldier", "casualties", 4000, "count", HUR),
        ("roughly 11,000", 11000, None, "approximately", "soldier", "personnel", 11000, "count", HUR),
        ("roughly 1,400 square kilometers", 1400, None, "approximately", "square kilometer", "territory", 1400, "km2",
         ""),
        ("two North Korean prisoners of war", 2, None, "exact", "prisoner of war", "casualties", 2, "count",
         "Yu Yong-weon"),
        ("up to 10 million won", 10e6, None, "at_most", "won", "money", 10e6, "KRW", ""),
        ("$6,900", 6900, None, "exact", "", "money", 6900, "USD", ""),
        ("at least $500 million", 500e6, None, "at_least", "", "money", 500e6, "USD", "Jeon Hyun-seok"),
    ],
    "attributions": [
        ("North Korean troops sent to Russia appear to have been pulled out of front-line combat in the Kursk region "
         "since mid-January", "said", "South Korea's spy agency", NIS, ORG, SK, "indirect"),
        ("heavy casualties", "called", "it", NIS, ORG, SK, "indirect"),
        ("that North Korean units had not been seen in combat for about three weeks", "told reporters",
         "The National Intelligence Service (NIS)", NIS, ORG, SK, "indirect"),
        ("that the withdrawal may have been prompted by mounting losses", "adding",
         "The National Intelligence Service (NIS)", NIS, ORG, SK, "indirect"),
        ("Whether they return to the front or are replaced by a new contingent is something we are watching "
         "closely,", "said", "an NIS official", NIS, "group", SK, "direct"),
        ("Pyongyang was believed to have sent between 1,000 and 1,500 replacements in early January, most of them "
         "trained to operate and counter drones", "said", "The agency", NIS, ORG, SK, "indirect"),
        ("that some 4,000 North Korean soldiers had been killed or wounded out of a force of roughly 11,000",
         "estimated", "Ukraine's military intelligence (HUR)", HUR, ORG, "Ukraine", "indirect"),
        ("One of the two North Korean prisoners of war captured by Ukrainian forces on Jan. 9 has said he wants to "
         "come to South Korea", "according to", "Rep. Yu Yong-weon", "Yu Yong-weon", "person", SK, "according_to"),
        ("he wants to come to South Korea", "has said",
         "One of the two North Korean prisoners of war captured by Ukrainian forces on Jan. 9", POW, "group",
         "North Korea", "indirect"),
        ("I want to go to South Korea,", "told", "the soldier", POW, "group", "North Korea", "direct"),
        ("Seoul would accept any North Korean prisoner who wishes to come to the South", "said",
         "The Ministry of Foreign Affairs", MOFA, ORG, SK, "indirect"),
        ("that the Constitution regards North Koreans as citizens of the Republic of Korea", "noting",
         "The Ministry of Foreign Affairs", MOFA, ORG, SK, "indirect"),
        ("that Kyiv was ready to hand the soldiers over to Pyongyang only if they were exchanged for Ukrainians held "
         "in Russian captivity", "Volodymyr Zelensky |said| in his nightly", "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person",
         "Ukraine", "indirect"),
        ("that no prisoner would be sent anywhere against his will", "said", "His office",
         "Office of the President of Ukraine", "government", "Ukraine", "indirect"),
        ("that a lull in fighting does not mean Pyongyang is scaling back", "cautioned", "Experts", "experts",
         "group", "independent", "indirect"),
        ("North Korea has paid a price in blood, but it has gained what it wanted: combat experience, Russian money "
         "and a seat at the table,", "said", "Jeon Hyun-seok", "Jeon Hyun-seok", "person", "independent", "direct"),
        ("If the Kremlin asks for more men this spring, Kim Jong Un will send them.", 'table," |said| Jeon',
         "Jeon Hyun-seok", "Jeon Hyun-seok", "person", "independent", "direct"),
        ("that Russia had paid the North at least $500 million in cash and oil since the deployment began last "
         "October", "estimated", "Jeon", "Jeon Hyun-seok", "person", "independent", "indirect"),
    ],
    "events": [
        ("since mid-January", "2025-01-11", "2025-02-13", "open", True,
         "North Korean troops pulled out of front-line combat in Kursk (NIS)"),
        ("Wednesday", "2025-02-12", "2025-02-12", "day", True,
         "NIS said North Korean troops appeared to have been pulled off the Kursk front"),
        ("in early January", "2025-01-01", "2025-01-10", "month", True,
         "North Korea sent 1,000-1,500 replacements to Russia (NIS)"),
        ("late last month", "2025-01-21", "2025-01-31", "month", True,
         "HUR estimated some 4,000 North Korean soldiers killed or wounded"),
        ("last summer", "2024-06-01", "2024-08-31", "season", True,
         "Ukraine seized roughly 1,400 square kilometers of Russia's Kursk region"),
        ("on Jan. 9", "2025-01-09", "2025-01-09", "day", True,
         "Two North Korean soldiers captured by Ukrainian forces"),
        ("last week", "2025-02-03", "2025-02-09", "week", True, "Rep. Yu Yong-weon met the two prisoners in Kyiv"),
        ("on Jan. 12", "2025-01-12", "2025-01-12", "day", True,
         "Zelensky said Kyiv was ready to hand the soldiers over in exchange for Ukrainian prisoners"),
        ("this spring", "2025-03-01", "2025-05-31", "season", True,
         "Kremlin may ask Pyongyang for more men (Jeon's forecast)"),
        ("last October", "2024-10-01", "2024-10-31", "month", True,
         "North Korea's troop deployment to Russia began"),
    ],
}}
