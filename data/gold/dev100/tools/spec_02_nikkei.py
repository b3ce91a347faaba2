"""dev100_02: Nikkei Asia, sanctions-compliance bulletins; anchor 2025-01-22 (Wednesday)."""
D = "dev100_02_nikkei_sanctions_compliance"
OFAC = "Office of Foreign Assets Control"
PFM = "person familiar with the matter"
KCS = "Korea Customs Service"
HAN = "Hanmaru Shipping executive"

figures = [
    ("Treasury blacklists |11 ships|", 11, None, "exact", "ship", "other", 11, "count", ""),
    ("11 vessels", 11, None, "exact", "vessel", "other", 11, "count", ""),
    ("seven companies", 7, None, "exact", "company", "other", 7, "count", ""),
    ("more than 1 million barrels", 1e6, None, "more_than", "barrel", "other", 1e6, "count", OFAC),
    ("500,000 barrels", 500000, None, "exact", "barrel", "other", 500000, "count", OFAC),
    ("23 vessels", 23, None, "exact", "vessel", "other", 23, "count", "Yamabuki Financial Group"),
    ("about 1,300 ships", 1300, None, "approximately", "ship", "other", 1300, "count", ""),
    ("four tankers", 4, None, "exact", "tanker", "other", 4, "count", "Kaiyo Mutual"),
    ("4.5 billion yen", 4.5e9, None, "exact", "yen", "money", 4.5e9, "JPY", PFM),
    ("$29 million", 29e6, None, "exact", "", "money", 29e6, "USD", PFM),
    ("about 2.8 billion yen", 2.8e9, None, "approximately", "yen", "money", 2.8e9, "JPY", PFM),
    ("36 foreign-flagged ships", 36, None, "exact", "ship", "other", 36, "count", KCS),
    ("and detained |two|,", 2, None, "exact", "ship", "other", 2, "count", KCS),
    ("42 bulk carriers", 42, None, "exact", "bulk carrier", "other", 42, "count", HAN),
    ("two charterers", 2, None, "exact", "charterer", "other", 2, "count", HAN),
    ("11 countries", 11, None, "exact", "country", "other", 11, "count", ""),
]

attributions = [
    ("carried Russian oil to North Korea as payment for the troops Pyongyang has sent to fight in Russia's Kursk region",
     "says", "it", "United States", "government", "United States", "indirect"),
    ("they had helped move more than 1 million barrels of refined petroleum to North Korea since March, twice the 500,000 barrels Pyongyang may import each year under United Nations caps",
     "saying", "The U.S. Treasury Department's Office of Foreign Assets Control (OFAC)", OFAC, "organisation",
     "United States", "indirect"),
    ("Russia is paying for North Korean soldiers with fuel, and these ships are the delivery service,", "said",
     "the Treasury", "U.S. Treasury Department", "organisation", "United States", "direct"),
    ("it would stop handling payments for cargoes loaded at the Russian ports of Vostochny and Nakhodka unless every ship-to-ship transfer is declared in advance",
     "told", "Tokiwa Bank", "Tokiwa Bank", "organisation", "independent", "indirect"),
    ("that 23 vessels on its watch list had switched off their Automatic Identification System (AIS) transponders near Russian Far East ports in the past six months",
     "warned", "Rival Yamabuki Financial Group", "Yamabuki Financial Group", "organisation", "independent", "indirect"),
    ("it had cancelled cover for four tankers since December and would review any vessel calling at Vostochny",
     "said", "Kaiyo Mutual", "Kaiyo Mutual", "organisation", "independent", "indirect"),
    ("Tokiwa has budgeted 4.5 billion yen ($29 million) this fiscal year for screening staff and software, a person familiar with the matter said, up from about 2.8 billion yen",
     "said", "a person familiar with the matter", PFM, "group", "independent", "indirect"),
    ("Banks are basically being asked to do intelligence work,", "said", "Choi Eun-young", "Choi Eun-young",
     "person", "independent", "direct"),
    ("A cargo we used to clear in an hour now takes a week of checks.", "work,\" |said| Choi", "Choi Eun-young",
     "Choi Eun-young", "person", "independent", "direct"),
    ("it had inspected 36 foreign-flagged ships that called at South Korean ports after stopping in Russia's Far East last year, and detained two, including the Panama-flagged tanker Sea Pioneer 7",
     "said", "the Korea Customs Service", KCS, "organisation", "South Korea", "indirect"),
    ("Hanmaru Shipping, which operates 42 bulk carriers, has added clauses to its charter contracts banning calls at Rajin and Nampo",
     "told Nikkei Asia", "a company executive", HAN, "group", "independent", "indirect"),
    ("that two charterers had walked away rather than accept them", "adding", "a company executive", HAN, "group",
     "independent", "indirect"),
    ("Its first report is due in the spring, a Japanese Foreign Ministry official said, and will cover \"military cooperation between North Korea and Russia, including the transfer of personnel.\"",
     "said", "a Japanese Foreign Ministry official", "Japanese Foreign Ministry official", "group", "Japan", "indirect"),
    ("a gangster-like act", "called", "North Korea's Foreign Ministry", "North Korean Foreign Ministry",
     "organisation", "North Korea", "direct"),
    ("its cooperation with Russia was \"legitimate and lawful.\"", "said", "North Korea's Foreign Ministry",
     "North Korean Foreign Ministry", "organisation", "North Korea", "indirect"),
]

events = [
    ("on Thursday", "2025-01-16", "2025-01-16", "day", True,
     "OFAC designated 11 vessels and seven companies over oil shipments to North Korea"),
    ("since March", "2024-03-01", "2025-01-22", "open", True,
     "The designated network helped move more than 1 million barrels of refined petroleum to North Korea"),
    ("on Monday", "2025-01-20", "2025-01-20", "day", True,
     "Tokiwa Bank sent a compliance bulletin on Russian Far East cargoes to clients"),
    ("on Tuesday", "2025-01-21", "2025-01-21", "day", True,
     "Yamabuki Financial Group warned clients that 23 vessels on its watch list had gone dark"),
    ("since December", "2024-12-01", "2025-01-22", "open", True, "Kaiyo Mutual cancelled cover for four tankers"),
    ("this fiscal year", "2024-04-01", "2025-03-31", "year", True,
     "Tokiwa budgeted 4.5 billion yen for sanctions screening staff and software"),
    ("last year", "2024-01-01", "2024-12-31", "year", True,
     "Foreign-flagged ships called at South Korean ports after stopping in Russia's Far East (36 inspected, two detained)"),
    ("last April", "2024-04-01", "2024-04-30", "month", True,
     "The U.N. Panel of Experts on North Korea was disbanded after a Russian veto"),
    ("in October", "2024-10-01", "2024-10-31", "month", True,
     "The 11-country Multilateral Sanctions Monitoring Team was launched"),
    ("in the spring", "2025-03-01", "2025-05-31", "season", True,
     "The Multilateral Sanctions Monitoring Team's first report is due"),
]

DOCS = {D: {"figures": figures, "attributions": attributions, "events": events}}
