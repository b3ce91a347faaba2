# dev35_01_lawfare_legal_status  (anchor: manifest published 2024-11-19, a Tuesday)
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
DOCS = {
"dev35_01_lawfare_legal_status": {
"figures": [
    # (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
    ("some 12,000 troops", 12000, None, "approximately", "troop", "personnel", 12000, "count", NIS),
    ("about 1,500 special forces soldiers", 1500, None, "approximately", "soldier", "personnel", 1500, "count", NIS),
    ("around 10,000", 10000, None, "approximately", "soldier", "personnel", 10000, "count", "Pentagon"),
    ("since August, at |11,000|.", 11000, None, "exact", "soldier", "personnel", 11000, "count", "Volodymyr Zelensky"),
    ("millions of artillery shells", 1000000, None, "vague", "artillery shell", "weapons", 1000000, "count", ""),
    ("some 50 Koksan M1989 self-propelled guns", 50, None, "approximately", "self-propelled gun", "weapons", 50, "count", HUR),
    ("20 multiple rocket launchers", 20, None, "exact", "multiple rocket launcher", "weapons", 20, "count", HUR),
],
"attributions": [
    # (content span, cue, speaker, canonical, type, affiliation, kind[, occurrence])
    ("that Pyongyang had decided to send some 12,000 troops, and that a first group of about 1,500 special forces soldiers had already reached Vladivostok",
     "(NIS) |said| on Oct. 18", "South Korea's National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
    ("that around 10,000 were training at bases in eastern Russia", "estimated", "the Pentagon", "Pentagon", "organisation", "United States", "indirect"),
    ("President Volodymyr Zelensky put the figure already in Kursk oblast, where Ukraine has held a salient since August, at 11,000",
     "put the figure", "President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ('"|mercenaries.|"', "calling", "Some Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "direct"),
    ('that any North Korean taken prisoner "will be treated exactly as a Russian serviceman is treated, no better and no worse."',
     "told me", "An official at Ukraine's Coordination Headquarters for the Treatment of Prisoners of War",
     "Coordination Headquarters for the Treatment of Prisoners of War official", "group", "Ukraine", "indirect"),
    ("that the headquarters had already printed Korean-language leaflets", "added", "He",
     "Coordination Headquarters for the Treatment of Prisoners of War official", "group", "Ukraine", "indirect"),
    ('that how Russia implements the treaty is "our sovereign business,"', "said", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
    ('that any such deployment would be "an act conforming with the regulations of international law."', "told",
     "Vice Foreign Minister Kim Jong Gyu", "Kim Jong Gyu", "person", "North Korea", "indirect"),
    ("Once the first North Korean unit opens fire on Ukrainians, the legal argument is over,", "said", "Baek Hyun-woo", "Baek Hyun-woo", "person", "independent", "direct"),
    ("What remains is politics, and politics is slower.", '," |said| Baek', "Baek Hyun-woo", "Baek Hyun-woo", "person", "independent", "direct"),
    ('that North Korean troops who entered the fight would be "fair game."', "warned", "Secretary of State Antony Blinken", "Antony Blinken", "person", "United States", "indirect"),
    ("that Seoul no longer ruled out supplying weapons directly to Ukraine", "said", "South Korean President Yoon Suk Yeol", "Yoon Suk Yeol", "person", "South Korea", "indirect"),
    ("that North Korea had also shipped some 50 Koksan M1989 self-propelled guns and 20 multiple rocket launchers", "reported",
     "Ukraine's Defense Intelligence (HUR)", HUR, "organisation", "Ukraine", "indirect"),
],
"events": [
    # (span, date_start, date_end, granularity, relative, event[, occurrence])
    ("For most of October", "2024-10-01", "2024-10-31", "month", True, "The debate over North Korea's soldiers in Russia was about numbers"),
    ("on Oct. 18", "2024-10-18", "2024-10-18", "day", True, "NIS said Pyongyang had decided to send some 12,000 troops, a first group of ~1,500 special forces already in Vladivostok"),
    ("On Nov. 4", "2024-11-04", "2024-11-04", "day", True, "Zelensky put the number of North Koreans already in Kursk oblast at 11,000"),
    ("since August", "2024-08-01", "2024-11-19", "open", True, "Ukraine has held a salient in Kursk oblast"),
    ("told me |last week|", "2024-11-11", "2024-11-17", "week", True, "A Coordination Headquarters official told the author captured North Koreans would be treated as Russian POWs"),
    ("on Monday", "2024-11-18", "2024-11-18", "day", True, "The Coordination Headquarters press office did not respond to a follow-up request"),
    ("in June", "2024-06-01", "2024-06-30", "month", True, "Putin and Kim signed the Treaty on Comprehensive Strategic Partnership"),
    ("on Nov. 9", "2024-11-09", "2024-11-09", "day", True, "Putin signed Russia's ratification law for the treaty"),
    ("late last month", "2024-10-21", "2024-10-31", "month", True, "Peskov said how Russia implements the treaty is 'our sovereign business'"),
    ("in February 2022", "2022-02-01", "2022-02-28", "month", False, "Russia's armed attack on Ukraine began"),
    ("since 2023", "2023-01-01", "2024-11-19", "open", True, "North Korea has been shipping millions of artillery shells to Russia"),
    ("warned |last month|", "2024-10-01", "2024-10-31", "month", True, "Blinken warned North Korean troops entering the fight would be 'fair game'"),
    ("on Nov. 7", "2024-11-07", "2024-11-07", "day", True, "Yoon Suk Yeol said Seoul no longer ruled out supplying weapons directly to Ukraine"),
    ("on Wednesday", "2024-11-13", "2024-11-13", "day", True, "HUR reported North Korea shipped some 50 Koksan guns and 20 multiple rocket launchers"),
],
},
}
