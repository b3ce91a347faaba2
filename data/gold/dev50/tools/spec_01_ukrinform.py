"""dev50_01: Ukrinform, 17.12.2024 (Tuesday). Anchor 2024-12-17."""
DIU = "Defence Intelligence of Ukraine"
GS = "General Staff of the Armed Forces of Ukraine"
BN = "242nd Separate Airmobile Battalion"
NIS = "National Intelligence Service (South Korea)"
LIST = """the enemy's total losses as of 08:00 Kyiv time stand at:

- personnel - about 771,490 (+1,630)
- tanks - 9,565 (+11)
- armored fighting vehicles - 19,770 (+26)
- artillery systems - 21,153 (+38)
- air defense systems - 1,021 (+2)
- operational-tactical UAVs - 20,493 (+91)
- cruise missiles - 2,943
- vehicles and fuel tanks - 31,810 (+95)"""

DOCS = {"dev50_01_ukrinform_hur_kursk_losses": {
"figures": [
    ("lost |about 200 soldiers| in three", 200, None, "approximately", "soldier", "casualties", 200, "count", DIU),
    ("about 200 men", 200, None, "approximately", "man", "casualties", 200, "count", DIU),
    ("no fewer than 200 servicemen", 200, None, "at_least", "serviceman", "casualties", 200, "count", DIU),
    ("20 to 30 people", 20, 30, "range", "person", "personnel", 20, "count", DIU),
    ("some 3,000 North Korean servicemen", 3000, None, "approximately", "serviceman", "personnel", 3000, "count", DIU),
    ("two BTR-82A armored personnel carriers", 2, None, "exact", "armored personnel carrier", "weapons", 2, "count", BN),
    ("at least 14 North Korean soldiers", 14, None, "at_least", "soldier", "casualties", 14, "count", BN),
    ("around 50,000 troops", 50000, None, "approximately", "troop", "personnel", 50000, "count", "Oleksandr Syrskyi"),
    ("approximately 771,490 personnel", 771490, None, "approximately", "personnel", "casualties", 771490, "count", GS),
    ("including |1,630| over", 1630, None, "exact", "personnel", "casualties", 1630, "count", GS),
    ("about 771,490", 771490, None, "approximately", "personnel", "casualties", 771490, "count", GS),
    ("(+|1,630|)", 1630, None, "exact", "personnel", "casualties", 1630, "count", GS),
    ("tanks - |9,565| (", 9565, None, "exact", "tank", "weapons", 9565, "count", GS),
    ("(+|11|)", 11, None, "exact", "tank", "weapons", 11, "count", GS),
    ("vehicles - |19,770| (", 19770, None, "exact", "armored fighting vehicle", "weapons", 19770, "count", GS),
    ("(+|26|)", 26, None, "exact", "armored fighting vehicle", "weapons", 26, "count", GS),
    ("systems - |21,153| (", 21153, None, "exact", "artillery system", "weapons", 21153, "count", GS),
    ("(+|38|)", 38, None, "exact", "artillery system", "weapons", 38, "count", GS),
    ("systems - |1,021| (", 1021, None, "exact", "air defense system", "weapons", 1021, "count", GS),
    ("(+|2|)", 2, None, "exact", "air defense system", "weapons", 2, "count", GS),
    ("UAVs - |20,493| (", 20493, None, "exact", "operational-tactical UAV", "weapons", 20493, "count", GS),
    ("(+|91|)", 91, None, "exact", "operational-tactical UAV", "weapons", 91, "count", GS),
    ("missiles - |2,943|", 2943, None, "exact", "cruise missile", "weapons", 2943, "count", GS),
    ("tanks - |31,810| (", 31810, None, "exact", "vehicle and fuel tank", "other", 31810, "count", GS),
    ("(+|95|)", 95, None, "exact", "vehicle and fuel tank", "other", 95, "count", GS),
    ("about 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
],
"attributions": [
    ("HUR: |North Korean units lost about 200 soldiers in three days of assaults in Kursk region|", "|HUR:| North Korean units lost",
     "HUR", DIU, "organisation", "Ukraine", "indirect"),
    ("Russia is sending North Korean infantry into frontal assaults in the Kursk region, and units of the Democratic People's Republic of Korea have already lost about 200 men killed and wounded since Saturday",
     "has said", "Ukraine's Defence Intelligence (HUR)", DIU, "organisation", "Ukraine", "indirect"),
    ("During assaults near the settlements of Plekhovo, Vorozhba and Martynovka, units of the Korean People's Army suffered heavy losses. From December 14 to December 16, no fewer than 200 servicemen of the DPRK were killed or wounded,",
     "reads", "the statement", DIU, "organisation", "Ukraine", "direct"),
    ("the North Korean soldiers have little experience of drone warfare and often cross open fields in groups of 20 to 30 people",
     "|According to| HUR", "HUR", DIU, "organisation", "Ukraine", "according_to"),
    ("that the Russian command had begun topping up the depleted units from a reserve of some 3,000 North Korean servicemen who had been held back in the rear",
     "added", "Military intelligence", DIU, "organisation", "Ukraine", "indirect"),
    ('that the Koreans "do not understand a single word" of the orders relayed to them through interpreters',
     "complaining", "a Russian officer", "Russian officer", "group", "Russia", "indirect"),
    ("that its drone operators had destroyed two BTR-82A armored personnel carriers carrying North Korean infantry on Sunday",
     "claiming", "The press service of the 242nd Separate Airmobile Battalion", BN, "organisation", "Ukraine", "indirect"),
    ("at least 14 North Korean soldiers were killed in that strike alone",
     "|According to| the battalion", "the battalion", BN, "organisation", "Ukraine", "according_to"),
    ("that Russia had concentrated around 50,000 troops in the Kursk direction",
     "|wrote| on Facebook", "Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi", "Oleksandr Syrskyi", "person", "Ukraine", "indirect"),
    ("The enemy is using the Korean units in small infantry groups, without armor, and is paying for it with heavy losses,",
     "he |wrote|.", "he", "Oleksandr Syrskyi", "person", "Ukraine", "direct"),
    ("Russia has lost approximately 771,490 personnel in the war since February 24, 2022, including 1,630 over the past day",
     "|reported| on Tuesday", "the General Staff of the Armed Forces of Ukraine", GS, "organisation", "Ukraine", "indirect"),
    ("General Staff, |" + LIST + "|\n", "|According to| the General Staff", "the General Staff", GS, "organisation", "Ukraine", "according_to"),
    ("South Korea's National Intelligence Service (NIS) told lawmakers earlier this month that about 11,000 North Korean troops were in Russia, most of them in the Kursk region",
     "As reported by", "Ukrinform", "Ukrinform", "media", "independent", "according_to"),
    ("that about 11,000 North Korean troops were in Russia, most of them in the Kursk region",
     "told lawmakers", "South Korea's National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
],
"events": [
    ("since Saturday", "2024-12-14", "2024-12-17", "open", True,
     "North Korean units lost about 200 men killed and wounded in assaults in the Kursk region (HUR)"),
    ("From December 14 to December 16", "2024-12-14", "2024-12-16", "day", True,
     "No fewer than 200 DPRK servicemen killed or wounded in assaults near Plekhovo, Vorozhba and Martynovka"),
    ("on Sunday", "2024-12-15", "2024-12-15", "day", True,
     "Drone operators of the 242nd Separate Airmobile Battalion destroyed two APCs carrying North Korean infantry"),
    ("since February 24, 2022", "2022-02-24", "2024-12-17", "open", True,
     "Russia lost approximately 771,490 personnel in the war (General Staff tally)"),
    ("on Tuesday", "2024-12-17", "2024-12-17", "day", True,
     "The General Staff reported Russia's total losses, including 1,630 personnel over the past day"),
    ("earlier this month", "2024-12-01", "2024-12-16", "month", True,
     "South Korea's NIS told lawmakers about 11,000 North Korean troops were in Russia, most in Kursk"),
],
}}
