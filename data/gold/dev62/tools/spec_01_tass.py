"""dev62_01_tass_peskov: TASS (English), anchor 2024-11-26 (Tuesday), from the manifest.

Rows: figures (pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
      attributions (pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
      events (pattern, date_start, date_end, granularity, relative, event[, occ])
A pattern "left|span|right" pins an ambiguous span by its context.
"""
MOD = "Russian Defense Ministry"
DOCS = {
    "dev62_01_tass_peskov": {
        "figures": [
            ("eight counterattacks", 8, None, "exact", "counterattack", "other", 8, "count", MOD),
            ("up to 310 servicemen", 310, None, "at_most", "serviceman", "casualties", 310, "count", MOD),
            ("two tanks", 2, None, "exact", "tank", "weapons", 2, "count", MOD),
            ("four armored combat vehicles", 4, None, "exact", "armored combat vehicle", "weapons", 4, "count", MOD),
            ("11 motor vehicles", 11, None, "exact", "motor vehicle", "other", 11, "count", MOD),
            ("over 36,800 troops", 36800, None, "more_than", "troop", "casualties", 36800, "count", MOD),
            ("210 tanks", 210, None, "exact", "tank", "weapons", 210, "count", MOD),
            ("124 infantry fighting vehicles", 124, None, "exact", "infantry fighting vehicle", "weapons", 124, "count", MOD),
            ("1,350 artillery pieces", 1350, None, "exact", "artillery piece", "weapons", 1350, "count", MOD),
            ("some 10,000 North Korean servicemen", 10000, None, "approximately", "serviceman", "personnel", 10000, "count", "Pentagon"),
            ("up to 50,000 troops", 50000, None, "at_most", "troop", "personnel", 50000, "count", "Volodymyr Zelensky"),
            ("no more than 650 square kilometers", 650, None, "at_most", "square kilometer", "territory", 650, "km2", "Gennady Orlovsky"),
            ("around 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", "Gennady Orlovsky"),
        ],
        "attributions": [
            ("treaty with DPRK is public", "says", "Kremlin", "Kremlin", "government", "Russia", "indirect"),
            ("The Kremlin has nothing to add to what has already been said about reports alleging that servicemen from the Democratic People's Republic of Korea (DPRK) are fighting in the Kursk Region",
             "told reporters", "Kremlin Spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
            ("Our cooperation with Pyongyang is developing in line with the treaty, and the text of this treaty is public. We have said everything we had to say on this,",
             "pointed out", "he", "Dmitry Peskov", "person", "Russia", "direct"),
            ('such stories are being circulated by "the Kiev regime and its Western sponsors" to justify their own escalation',
             "According to", "the Kremlin official", "Dmitry Peskov", "person", "Russia", "according_to"),
            ("that units of the Battlegroup North had repelled eight counterattacks by Ukrainian assault groups near the communities of Darino, Nikolayevo-Darino and Plekhovo",
             "reported", "the Russian Defense Ministry", MOD, "organisation", "Russia", "indirect"),
            ("Over the past day, the enemy lost up to 310 servicemen, two tanks, four armored combat vehicles and 11 motor vehicles,",
             "said", "the ministry", MOD, "organisation", "Russia", "direct"),
            ("Since August 6, the losses of the Ukrainian army in the Kursk area have amounted to over 36,800 troops, 210 tanks, 124 infantry fighting vehicles and 1,350 artillery pieces",
             "estimates", "the ministry", MOD, "organisation", "Russia", "indirect"),
            ('Russian Foreign Ministry Spokeswoman Maria Zakharova dismissed the Western reports as "yet another fake"',
             "dismissed", "Russian Foreign Ministry Spokeswoman Maria Zakharova", "Maria Zakharova", "person", "Russia", "indirect"),
            ("First they told us about Iranian troops, now about Korean ones. Next it will be Martians,",
             "quipped", "she", "Maria Zakharova", "person", "Russia", "direct"),
            ('that if such a deployment were to take place, it would be "an act conforming to the regulations of international law."',
             "said", "North Korean Vice Foreign Minister Kim Jong Gyu", "Kim Jong Gyu", "person", "North Korea", "indirect"),
            ("that some 10,000 North Korean servicemen had been moved to the Kursk Region",
             "alleged", "The Pentagon", "Pentagon", "organisation", "United States", "indirect"),
            ("that Russia was massing up to 50,000 troops, including DPRK soldiers, for a counteroffensive there",
             "claimed", "Vladimir Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ('that the Ukrainian grouping "is being ground down" and now controls no more than 650 square kilometers, compared with around 1,300 square kilometers in late August',
             "told TASS", "Military expert Colonel (ret.) Gennady Orlovsky", "Gennady Orlovsky", "person", "independent", "indirect"),
            ("Kiev keeps throwing its best brigades there for purely political reasons. Within weeks, there will be nothing left for them to hold,",
             "argued", "he", "Gennady Orlovsky", "person", "independent", "direct"),
        ],
        "events": [
            ("Earlier this month", "2024-11-01", "2024-11-25", "month", True,
             "Putin signed the law ratifying the Russia-DPRK Treaty on Comprehensive Strategic Partnership"),
            ("on Tuesday", "2024-11-26", "2024-11-26", "day", True,
             "Peskov told reporters the Kremlin had nothing to add on reports of DPRK servicemen fighting in Kursk"),
            ("last week", "2024-11-18", "2024-11-24", "week", True,
             "Natural Resources Minister Alexander Kozlov visited Pyongyang for the intergovernmental commission"),
            ("on November 9", "2024-11-09", "2024-11-09", "day", True, "Putin signed the treaty ratification law"),
            ("on October 24", "2024-10-24", "2024-10-24", "day", True, "The State Duma approved the Russia-DPRK treaty"),
            ("on November 6", "2024-11-06", "2024-11-06", "day", True, "The Federation Council approved the Russia-DPRK treaty"),
            ("Since August 6", "2024-08-06", "2024-11-26", "open", True,
             "Ukrainian army losses in the Kursk area (over 36,800 troops, per the Defense Ministry)"),
            ("on Wednesday", "2024-11-20", "2024-11-20", "day", True,
             "Zakharova dismissed Western reports of North Korean troops as 'yet another fake' at a briefing"),
            ("In late October", "2024-10-21", "2024-10-31", "month", True,
             "Kim Jong Gyu said a deployment, if any, would conform to international law"),
            ("on November 4", "2024-11-04", "2024-11-04", "day", True,
             "The Pentagon alleged some 10,000 North Korean servicemen had been moved to the Kursk Region"),
            ("on November 11", "2024-11-11", "2024-11-11", "day", True,
             "Zelensky claimed Russia was massing up to 50,000 troops, including DPRK soldiers"),
            ("in late August", "2024-08-21", "2024-08-31", "month", True,
             "The Ukrainian-held area in Kursk stood at around 1,300 square kilometers (per Orlovsky)"),
        ],
    }
}
