# dev16_04 — United Press International, published 2025-04-28 (Monday).  Anchor week: Mon 2025-04-28 .. Sun 2025-05-04.
# Furniture NOT annotated: section label, byline/timestamp, photo caption ("state media reported
# Monday"), the "SEOUL, April 28 (UPI) --" dateline, Latest Headlines / Read More links (numbers and
# "says" tags), copyright.
# Non-statements NOT annotated: Russian Embassy spokesperson "could not be reached for comment";
# "Russia is believed to be paying" (agentless passive); "carried by" KCNA (carrying is not stating).
# Traps NOT figures: "first time", "Article 4", "the two countries" (x2), "in a day", "41",
# "second rotation", "second deployment".
D = "dev16_04_upi_pyongyang_confirms"
NK = "North Korea"
CMC = "Central Military Commission of the Workers' Party of Korea"
JCS = "South Korean Joint Chiefs of Staff"
GS = "General Staff of the Armed Forces of Ukraine"
HDI = "Hanul Defense Institute"
DOCS = {D: {
    "figures": [
        ("14 Russian assaults", 14, None, "exact", "assault", "other", 14, "count", GS),
        ("more than 1,000 square kilometers", 1000, None, "more_than", "square kilometer", "territory", 1000, "km2", ""),
        ("roughly 15,000 North Korean soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", JCS),
        ("about 3,000 reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count", JCS),
        ("some 4,700", 4700, None, "approximately", "soldier", "casualties", 4700, "count", JCS),
        ("about 600", 600, None, "approximately", "soldier", "casualties", 600, "count", JCS),
        ("3,000-5,000 troops", 3000, 5000, "range", "troop", "personnel", 3000, "count", "analysts"),
        ("at least $500 million", 5e8, None, "at_least", "dollar", "money", 5e8, "USD", "Defence Intelligence of Ukraine"),
        ("26 trillion won", 2.6e13, None, "exact", "won", "money", 2.6e13, "KRW", HDI),
        ("about $18 billion", 1.8e10, None, "approximately", "dollar", "money", 1.8e10, "USD", HDI),
        ("15 billion rubles", 1.5e10, None, "exact", "ruble", "money", 1.5e10, "RUB", "Russian state media"),
        ("about $180 million", 1.8e8, None, "approximately", "dollar", "money", 1.8e8, "USD", "Russian state media"),
    ],
    "attributions": [
        ("troops fought in Kursk", "confirms", "North Korea", NK, "government", NK, "indirect"),
        ("Kim ordered deployment", "says", "North Korea", NK, "government", NK, "indirect"),
        ("that it had sent troops to fight for Russia in the Kursk region", "acknowledged", "North Korea", NK, "government", NK, "indirect"),
        ("leader Kim Jong Un personally ordered the deployment under the two countries' mutual defense treaty", "saying", "North Korea", NK, "government", NK, "indirect"),
        ('the "heroic" units had helped "liberate" Kursk and had "annihilated" the Ukrainian invaders', "said", "the ruling Workers' Party's Central Military Commission", CMC, "organisation", NK, "indirect"),
        ("Kim made the decision under Article 4 of the Comprehensive Strategic Partnership Treaty, which the two countries signed in June last year, and that a monument would be built in Pyongyang to honor soldiers killed in combat", "said", "It", CMC, "organisation", NK, "indirect"),
        ('Kim said the soldiers who fought in Kursk were "all heroes and representatives of the honor of the motherland."', "According to", "KCNA", "Korean Central News Agency", "media", NK, "according_to"),
        ('the soldiers who fought in Kursk were "all heroes and representatives of the honor of the motherland."', "said", "Kim", "Kim Jong Un", "person", NK, "indirect"),
        ("that Kursk had been fully retaken with the help of North Korean units", "told", "Russia's top general, Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
        ('that Moscow was "grateful" to Pyongyang and that the partnership would deepen', "said", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        ("that its forces had been pushed out of the region", "denied", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("fighting continued near the border villages of Gornal and Oleshnya", "saying", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("its troops still held positions there and had repelled 14 Russian assaults in a day", "said", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
        ('that the North\'s admission amounted to "confessing its own war crimes."', "said", "South Korea's Joint Chiefs of Staff", JCS, "organisation", "South Korea", "indirect"),
        ("that roughly 15,000 North Korean soldiers have been sent to Russia, including about 3,000 reinforcements who arrived in January and February, and that some 4,700 have been killed or wounded, among them about 600 dead", "estimated", "The JCS", JCS, "organisation", "South Korea", "indirect"),
        ("a second rotation of 3,000-5,000 troops later this year", "expect", "Analysts in Seoul", "analysts", "group", "independent", "indirect"),
        ("that the North had received ammunition-production equipment, air-defense systems and at least $500 million in cash", "estimated", "Ukraine's military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
        ("that Russian transfers to the North were worth 26 trillion won, or about $18 billion", "said", "the Hanul Defense Institute, a private think tank in Seoul", HDI, "organisation", "independent", "indirect"),
        ("that Moscow plans to spend 15 billion rubles (about $180 million) rebuilding the border town of Sudzha", "reported", "Russian state media", "Russian state media", "media", "Russia", "indirect"),
        ("Pyongyang waited until the battle was over and could be sold as a victory,", "said", "Jung Ha-neul", "Jung Ha-neul", "person", "independent", "direct"),
        ("Now it wants the world to see North Korea as Russia's ally, not its mercenary. The next step is a parade, and then a second deployment.", 'victory," |said| Jung', "Jung Ha-neul", "Jung Ha-neul", "person", "independent", "direct"),
        ('the U.S. was "deeply concerned" by the admission', "said", "a State Department spokesperson", "U.S. State Department", "group", "United States", "indirect"),
        ("a visit to Moscow is being prepared", "said", "Russian officials", "Russian officials", "group", "Russia", "indirect"),
    ],
    "events": [
        ("North Korea |on Monday| acknowledged", "2025-04-28", "2025-04-28", "day", True, "North Korea acknowledged for the first time that it sent troops to fight for Russia in Kursk"),
        ("in June last year", "2024-06-01", "2024-06-30", "month", True, "North Korea and Russia signed the Comprehensive Strategic Partnership Treaty"),
        ("on Saturday", "2025-04-26", "2025-04-26", "day", True, "Gerasimov told Putin that Kursk had been fully retaken with the help of North Korean units"),
        ("Peskov said |Monday|", "2025-04-28", "2025-04-28", "day", True, "Peskov said Moscow was grateful to Pyongyang"),
        ("on Sunday", "2025-04-27", "2025-04-27", "day", True, "Ukraine's General Staff said its troops still held positions near Gornal and Oleshnya"),
        ("on Aug. 6, 2024", "2024-08-06", "2024-08-06", "day", False, "Ukraine launched its surprise incursion into Kursk"),
        ("in January and February", "2025-01-01", "2025-02-28", "month", True, "About 3,000 North Korean reinforcements arrived in Russia"),
        ("later this year", "2025-04-29", "2025-12-31", "year", True, "Expected second rotation of 3,000-5,000 North Korean troops"),
        ("last month", "2025-03-01", "2025-03-31", "month", True, "Ukraine's military intelligence estimated the North had received equipment and at least $500 million in cash"),
        ("this month", "2025-04-01", "2025-04-30", "month", True, "Hanul Defense Institute report valued Russian transfers to the North at 26 trillion won"),
        ("September 2023", "2023-09-01", "2023-09-30", "month", False, "Kim Jong Un's summit with Putin at the Vostochny Cosmodrome"),
    ],
}}
