# dev59_05_montsame_transit -- Montsame, manifest `published` EMPTY; anchor 2025-06-24 (Tue), taken from
# the page's own date line "Ulaanbaatar, June 24, 2025 /MONTSAME/." (not itself an event row).
# Row formats as in spec_01_eurasianet.py.
D = "dev59_05_montsame_transit"
MNMFA = "Mongolian Foreign Ministry"
ENKHJIN = "B.Enkhjin"
SHOIGU = "Sergei Shoigu"
NIS = "National Intelligence Service (South Korea)"
UBTZ = "Ulaanbaatar Railway"
ENKH = "Ts.Enkhbayar"
DOCS = {D: {
"figures": [
    ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SHOIGU),
    ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", SHOIGU),
    ("some 15,000 North Korean soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
    ("about 600", 600, None, "approximately", "soldier", "casualties", 600, "count", NIS),
    ("1.86 million tons", 1.86e6, None, "exact", "ton", "other", 1.86e6, "count", UBTZ),
    ("MNT 168.2 billion", 168.2e9, None, "exact", "", "money", 168.2e9, "MNT", UBTZ),
    ("around USD 47 million", 47e6, None, "approximately", "", "money", 47e6, "USD", UBTZ),
    ("1,110-kilometer", 1110, None, "exact", "kilometer", "territory", 1110, "km", ""),
    ("420 billion tugriks", 420e9, None, "exact", "tugrik", "money", 420e9, "MNT", ""),
    ("1,240 North Korean workers", 1240, None, "exact", "worker", "other", 1240, "count", ENKH),
    ("some 150 delegates", 150, None, "approximately", "delegate", "other", 150, "count", ""),
    ("20 countries", 20, None, "exact", "country", "other", 20, "count", ""),
],
"attributions": [
    ("Mongolia’s stance on Korean Peninsula and Ukraine unchanged", "says",
     "MFA", MNMFA, "organisation", "Mongolia", "indirect"),
    ("Mongolia’s position on the Russia-Ukraine conflict and on the Korean Peninsula remains unchanged and is guided by its peaceful, open, independent and multi-pillar foreign policy",
     "said", "the Ministry of Foreign Affairs", MNMFA, "organisation", "Mongolia", "indirect"),
    ("Mongolia maintains friendly relations with both the Republic of Korea and the DPRK and supports the denuclearization of the Korean Peninsula through dialogue",
     "said", "B.Enkhjin", ENKHJIN, "person", "Mongolia", "indirect"),
    ("Mongolia is not a party to any military alliance and will not become one. Our territory will never be used against the interests of our neighbors,",
     "stressed", "she", ENKHJIN, "person", "Mongolia", "direct"),
    ("that the DPRK would send 1,000 sappers and 5,000 military construction workers to Russia’s Kursk region to clear mines and rebuild infrastructure destroyed in the fighting",
     "announced", "Secretary of the Security Council of the Russian Federation Sergei Shoigu", SHOIGU, "person", "Russia", "indirect"),
    ("that Chairman of the State Affairs of the DPRK Kim Jong Un had received Shoigu and that the two sides had “reached a full consensus” on the matter",
     "reported", "The Korean Central News Agency", "Korean Central News Agency", "media", "North Korea", "indirect"),
    ("that some 15,000 North Korean soldiers have been deployed to Russia since last autumn, and that about 600 of them were killed in the Kursk fighting",
     "estimated", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("that Mongolia had not received any request from the Russian side for the transit of DPRK personnel or military cargo through its territory",
     "said", "The ministry", MNMFA, "organisation", "Mongolia", "indirect"),
    ("transit freight between Russia and China via Mongolia reached 1.86 million tons in January-May, up 11.4 percent year-on-year, generating MNT 168.2 billion (around USD 47 million) in revenue",
     "According to", "the Ulaanbaatar Railway joint stock company", UBTZ, "organisation", "Mongolia", "according_to"),
    ("that Mongolia had sent home 1,240 North Korean workers in 2019 in line with UN Security Council Resolution 2397",
     "noted", "Ts.Enkhbayar", ENKH, "person", "independent", "indirect"),
    ("Ulaanbaatar should keep “a careful distance” from the new military cooperation between Moscow and Pyongyang",
     "said", "Ts.Enkhbayar", ENKH, "person", "independent", "indirect"),
    ("Our railway is a transit bridge for trade, not for war,", "said",
     "Enkhbayar", ENKH, "person", "independent", "direct"),
    ("Any cargo that is military in nature would be a matter for the government to examine very closely.",
     "Enkhbayar |said|.", "Enkhbayar", ENKH, "person", "independent", "direct"),
],
"events": [
    ("today", "2025-06-24", "2025-06-24", "day", True,
     "Mongolian Foreign Ministry regular press briefing: position on Ukraine and the Korean Peninsula unchanged"),
    ("on June 17", "2025-06-17", "2025-06-17", "day", True,
     "Shoigu announced in Pyongyang that the DPRK would send 1,000 sappers and 5,000 military builders to Kursk"),
    ("last week", "2025-06-16", "2025-06-22", "week", True,
     "KCNA reported Kim Jong Un received Shoigu and the sides reached full consensus"),
    ("since last autumn", "2024-09-01", "2025-06-24", "open", True,
     "Some 15,000 North Korean soldiers deployed to Russia"),
    ("in January-May", "2025-01-01", "2025-05-31", "month", True,
     "Transit freight via Mongolia reached 1.86 million tons, generating MNT 168.2 billion"),
    ("by 2028", "2028-01-01", "2028-12-31", "year", False,
     "Ulaanbaatar Railway plans to complete a 420 billion tugrik investment in locomotives and double-tracking"),
    ("in 2019", "2019-01-01", "2019-12-31", "year", False,
     "Mongolia sent home 1,240 North Korean workers under UNSC Resolution 2397"),
    ("on June 12-13", "2025-06-12", "2025-06-13", "day", True,
     "Ulaanbaatar Dialogue on Northeast Asian Security held in the capital"),
    ("this year", "2025-01-01", "2025-12-31", "year", True,
     "The DPRK did not send a delegation to the Ulaanbaatar Dialogue"),
],
}}
