"""dev74_06_telesur_memorial (teleSUR English, published 2025-09-12, Friday).

Row formats as in spec_01_tehrantimes.py.
"""
RUS, NK, US, SK, UA, IND = "Russia", "North Korea", "United States", "South Korea", "Ukraine", "independent"
NIS = "National Intelligence Service (South Korea)"
KIM = "Kim Jong Un"
KCNA = "Korean Central News Agency"
MAT = "Alexander Matsegora"
DMI = "Pavel Dmitrienko"
USSD = "U.S. State Department"

DOCS = {"dev74_06_telesur_memorial": {
"figures": [
    ("more than 2,000 Russian and Korean families", 2000, None, "more_than", "family", "other", 2000, "count", MAT),
    ("nine of the unit's sappers", 9, None, "exact", "sapper", "casualties", 9, "count", KIM),
    ("around 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
    ("some 13,000 troops", 13000, None, "approximately", "troop", "personnel", 13000, "count", NIS),
    ("millions of artillery shells", 1e6, None, "vague", "artillery shell", "weapons", 1e6, "count", USSD),
    ("dozens of ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", USSD),
    ("9 billion rubles", 9e9, None, "exact", "ruble", "money", 9e9, "RUB", ""),
    ("some $110 million", 110e6, None, "approximately", "", "money", 110e6, "USD", ""),
],
"attributions": [
    ("""the "heroic feats" of the Korean People's Army in the Kursk region would "shine forever" in the history of the two nations""", "said",
     "Kim Jong Un", KIM, "person", NK, "indirect"),
    ("Democratic People's Republic of Korea (DPRK) leader Kim Jong Un on Wednesday attended the groundbreaking of a memorial museum in Pyongyang dedicated to the soldiers who took part in the liberation of Russia's Kursk region",
     "reported", "the Korean Central News Agency (KCNA)", KCNA, "media", NK, "indirect"),
    ('the soldiers had "fulfilled their internationalist duty with honor" and had proven "the invincible might of the Korean-Russian alliance."', "said",
     "Kim", KIM, "person", NK, "indirect"),
    ("The names of the fallen heroes will be carved in granite, and our people will remember them forever,", "said", "he", KIM, "person", NK, "direct"),
    ("The museum, which will also display captured Western weapons, is due to be completed next spring", "KCNA |said|.", "KCNA", KCNA, "media", NK, "indirect"),
    ('Moscow would "never forget" the sacrifice of its Korean allies', "said",
     "Russian Ambassador to Pyongyang Alexander Matsegora", MAT, "person", RUS, "indirect"),
    ("more than 2,000 Russian and Korean families have already received special assistance from the two governments", "According to",
     "the diplomat", MAT, "person", RUS, "according_to"),
    ("nine of the unit's sappers had died in the line of duty", "said", "he", KIM, "person", NK, "indirect"),
    ("that around 2,000 North Korean soldiers had been killed since the deployment began last year, out of some 13,000 troops sent in total",
     "told lawmakers", "South Korea's National Intelligence Service", NIS, "organisation", SK, "indirect"),
    ("Ukrainian officials put the toll much higher", "put", "Ukrainian officials", "Ukrainian officials", "group", UA, "indirect"),
    ("Russian experts reject such figures", "reject", "Russian experts", "Russian experts", "group", IND, "indirect"),
    ("The intelligence services of Seoul have been wrong about the North for 70 years,", "said", "Pavel Dmitrienko", DMI, "person", IND, "direct"),
    ("They counted Korean divisions in Ukraine long before a single soldier arrived.", "|said| Pavel Dmitrienko",
     "Pavel Dmitrienko", DMI, "person", IND, "direct"),
    ("that Pyongyang had shipped millions of artillery shells and dozens of ballistic missiles to Russia, in violation of UN Security Council resolutions",
     "said", "the US State Department", USSD, "organisation", US, "indirect"),
],
"events": [
    ("Sept. 10, 2025", "2025-09-10", "2025-09-10", "day", False,
     "Kim Jong Un spoke at a ceremony in Pyongyang (caption)"),
    ("on Wednesday", "2025-09-10", "2025-09-10", "day", True,
     "Kim Jong Un attended the groundbreaking of a Pyongyang memorial museum for the soldiers who fought in Kursk"),
    ("Thursday", "2025-09-11", "2025-09-11", "day", True,
     "KCNA reported the groundbreaking ceremony"),
    ("next spring", "2026-03-01", "2026-05-31", "season", True,
     "The memorial museum is due to be completed"),
    ("in late August", "2025-08-21", "2025-08-31", "month", True,
     "Kim honored the 528th Engineer Regiment returning from mine clearance in Kursk"),
    ("earlier this month", "2025-09-01", "2025-09-11", "month", True,
     "South Korea's NIS told lawmakers around 2,000 North Korean soldiers had been killed"),
    ("last year", "2024-01-01", "2024-12-31", "year", True,
     "The North Korean deployment to Russia began"),
    ("in August", "2025-08-01", "2025-08-31", "month", True,
     "US State Department said Pyongyang had shipped millions of artillery shells and dozens of ballistic missiles to Russia"),
    ("in December 2024", "2024-12-01", "2024-12-31", "month", False,
     "The Treaty on Comprehensive Strategic Partnership took effect"),
    ("next year", "2026-01-01", "2026-12-31", "year", True,
     "Road bridge over the Tumen River due to open"),
    ("in July", "2025-07-01", "2025-07-31", "month", True,
     "Direct flights between Moscow and Pyongyang resumed"),
],
}}
