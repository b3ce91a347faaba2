"""dev91_03: eurotopics European press review, published Thursday 13 March 2025."""
D = "dev91_03_eurotopics_kursk_ceasefire"
FAZ = "Frankfurter Allgemeine Zeitung"
RZ = "Rzeczpospolita"
OK_ = "Oleksandr Kharchuk"
DS = "De Standaard"

figures = [
    ("24 settlements", 24, None, "exact", "settlement", "territory", 24, "count", "Russian Defense Ministry"),
    ("perhaps 4,000 men", 4000, None, "approximately", "man", "casualties", 4000, "count", FAZ),
    ("almost 1,300 square kilometres", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", RZ),
    ("30 or 40 Russian drones", 30, 40, "range", "drone", "weapons", 30, "count", OK_),
    ("Between 2,000 and 3,000 soldiers", 2000, 3000, "range", "soldier", "personnel", 2000, "count", OK_),
    ("up to €800 billion", 800e9, None, "at_most", "", "money", 800e9, "EUR", DS),
]

attributions = [
    ("that Russian units, supported by North Korean troops, had retaken 24 settlements since the start of the month", "said",
     "Russia’s Defence Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
    ("that its forces are encircled", "denies", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
    ("The Frankfurter Allgemeine Zeitung sees North Korea as the real winner of the battle for Kursk", "sees",
     "The Frankfurter Allgemeine Zeitung", FAZ, "media", "independent", "indirect"),
    ("Kim Jong Un has lost perhaps 4,000 men killed or wounded, but he has gained what no sanctions regime can take away from him: a cadre of officers who have fought a modern drone war. Europe will only discover the price of that in a few years’ time.",
     "sees", "The Frankfurter Allgemeine Zeitung", FAZ, "media", "independent", "direct"),
    ("Ukraine clung to Kursk for political rather than military reasons", "believes",
     "Rzeczpospolita", RZ, "media", "independent", "indirect"),
    ("At its peak Kyiv held almost 1,300 square kilometres of Russian soil. That was a bargaining chip for talks with Donald Trump, not a military necessity. The brigades that defended Sudzha this winter were sorely missed in the Donbas.",
     "believes", "Rzeczpospolita", RZ, "media", "independent", "direct"),
    ("The army leadership owes Ukrainians an explanation", "writes",
     "columnist Oleksandr Kharchuk", OK_, "person", "independent", "indirect"),
    ("Officially we are ‘manoeuvring’. In reality, units have been pulling out of the Sudzha pocket along a single road, under attack from 30 or 40 Russian drones an hour. Between 2,000 and 3,000 soldiers came out that way. Society has the right to hear this from General Syrskyi, not from Telegram channels.",
     "writes", "columnist Oleksandr Kharchuk", OK_, "person", "independent", "direct"),
    ("it was ready to accept a 30-day ceasefire", "said", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
    ("The ball is now in the Kremlin’s court", "agree", "commentators", "commentators", "group", "independent", "indirect"),
    ("Putin will not sign anything while Ukrainian soldiers remain on Russian soil", "predicts",
     "Le Temps", "Le Temps", "media", "independent", "indirect"),
    ("The Kremlin will say neither yes nor no. It will ask for ‘clarifications’ – Dmitry Peskov said yesterday that Moscow was still ‘studying’ the American text – and will use the weeks of haggling to clear the last Ukrainian positions around Sudzha.",
     "predicts", "Le Temps", "Le Temps", "media", "independent", "direct"),
    ("that Moscow was still ‘studying’ the American text", "Peskov |said| yesterday",
     "Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
    ("While Washington and Moscow negotiate, Europe is left counting its money", "observes",
     "De Standaard", DS, "media", "independent", "indirect"),
    ("Last week EU leaders endorsed a plan to mobilise up to €800 billion for defence. But hardly any of it will reach Ukrainian trenches this year, and none of it buys Europe a seat at the table in Jeddah or in Moscow.",
     "observes", "De Standaard", DS, "media", "independent", "direct"),
]

events = [
    ("last August", "2024-08-01", "2024-08-31", "month", True, "Ukraine seized the town of Sudzha"),
    ("on Wednesday", "2025-03-12", "2025-03-12", "day", True,
     "Russia's Defence Ministry said 24 settlements had been retaken"),
    ("since the start of the month", "2025-03-01", "2025-03-13", "open", True,
     "Russian units, supported by North Korean troops, retook 24 settlements"),
    ("this winter", "2024-12-01", "2025-02-28", "season", True,
     "Ukrainian brigades defended Sudzha (Rzeczpospolita)"),
    ("on Tuesday", "2025-03-11", "2025-03-11", "day", True,
     "US-Ukrainian talks in Jeddah, after which Kyiv said it was ready to accept a 30-day ceasefire"),
    ("yesterday", "2025-03-12", "2025-03-12", "day", True,
     "Dmitry Peskov said Moscow was still studying the American ceasefire text"),
    ("Last week", "2025-03-03", "2025-03-09", "week", True,
     "EU leaders endorsed a plan to mobilise up to EUR 800 billion for defence"),
    ("this year", "2025-01-01", "2025-12-31", "year", True,
     "Hardly any of the EU defence money will reach Ukrainian trenches (De Standaard)"),
]

DOCS = {D: {"figures": figures, "attributions": attributions, "events": events}}
