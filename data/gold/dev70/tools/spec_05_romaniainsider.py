"""dev70_05_romaniainsider_drones: Romania Insider, published 2025-07-16 (Wednesday).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
"""
MOS = "Ionuț Moșteanu"
SHO = "Sergei Shoigu"
OPR = "Mihai Oprescu"
MOD = "Romanian Defense Ministry"

DOCS = {
    "dev70_05_romaniainsider_drones": {
        "figures": [
            ("millions of shells", 1000000, None, "vague", "shell", "weapons", 1000000, "count", MOS),
            ("around EUR 16.7 billion", 16700000000, None, "approximately", "", "money", 16700000000, "EUR", MOS),
            ("about RON 2.5 billion", 2500000000, None, "approximately", "", "money", 2500000000, "RON", ""),
            ("some EUR 500 million", 500000000, None, "approximately", "", "money", 500000000, "EUR", ""),
            ("three Romarm factories", 3, None, "exact", "factory", "units", 3, "count", ""),
            ("dozens of trains", 24, None, "vague", "train", "other", 24, "count", OPR),
            ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", SHO),
            ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SHO),
            ("around 11,000", 11000, None, "approximately", "troop", "personnel", 11000, "count", "Ukraine"),
            ("more than 20,000 containers", 20000, None, "more_than", "container", "weapons", 20000, "count", OPR),
            ("Two F-16 jets", 2, None, "exact", "jet", "weapons", 2, "count", ""),
            ("around 15 kilometers", 15, None, "approximately", "kilometer", "territory", 15, "km", ""),
            ("around 5,000 NATO troops", 5000, None, "approximately", "troop", "personnel", 5000, "count", ""),
            ("cost of |EUR 2.5 billion|.", 2500000000, None, "exact", "", "money", 2500000000, "EUR", ""),
        ],
        "attributions": [
            ("Romania must make its own shells as North Korea keeps Russia's guns firing", "Politics\n\n|Defense minister:| Romania",
             "Defense minister", MOS, "person", "Romania", "indirect"),
            ("that the country should be able to produce its own 155mm artillery ammunition \"within three years\"", "said",
             "Romania's new defense minister Ionuț Moșteanu", MOS, "person", "Romania", "indirect"),
            ("that the war in Ukraine had shown that whoever has more shells wins", "arguing",
             "Romania's new defense minister Ionuț Moșteanu", MOS, "person", "Romania", "indirect"),
            ("Russia fires in a week what some European armies keep in their depots. It can only do that because North Korea has given it millions of shells,",
             "said", "Moșteanu", MOS, "person", "Romania", "direct"),
            ("We cannot count on the same kind of friend.", "Moșteanu |said| during",
             "Moșteanu", MOS, "person", "Romania", "direct"),
            ("Romania has requested around EUR 16.7 billion in loans from the EU's new SAFE defense fund, the second-largest amount after Poland",
             "said", "Moșteanu", MOS, "person", "Romania", "indirect"),
            ("that North Korea would send 1,000 deminers and 5,000 military builders to Russia's Kursk region", "said",
             "Russia's Security Council secretary Sergei Shoigu", SHO, "person", "Russia", "indirect"),
            ("Pyongyang is also preparing to send workers to Russian drone factories in Alabuga", "believe",
             "Western and South Korean officials", "Western officials", "group", "West", "indirect"),
            ("Pyongyang is also preparing to send workers to Russian drone factories in Alabuga", "believe",
             "Western and South Korean officials", "South Korean officials", "group", "South Korea", "indirect"),
            ("Kyiv puts the number of North Korean troops still in Russia at around 11,000", "puts",
             "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("the North Korean factor was often underestimated in Bucharest", "said",
             "Mihai Oprescu", OPR, "person", "independent", "indirect"),
            ("People here look at the drones. They should also look at the dozens of trains coming from Rason every month,", "told",
             "he", OPR, "person", "independent", "direct"),
            ("North Korea has delivered more than 20,000 containers of munitions to Russia since August 2023", "By his count",
             "his", OPR, "person", "independent", "according_to"),
            ("A Russian drone entered Romanian airspace for about three minutes on Sunday night during an attack on Ukrainian ports on the Danube",
             "said", "the Ministry of National Defense (MApN)", MOD, "organisation", "Romania", "indirect"),
            ("It was the fourth such incursion since May", "said", "the ministry", MOD, "organisation", "Romania", "indirect"),
            ("the rules are too vague to be used", "says",
             "Opposition senator Radu Ionescu", "Radu Ionescu", "person", "Romania", "indirect"),
            ("the army would act \"without hesitation\" if a drone threatened people on the ground", "insisted",
             "Moșteanu", MOS, "person", "Romania", "indirect"),
        ],
        "events": [
            ("on Tuesday, July 15", "2025-07-15", "2025-07-15", "day", True,
             "Moșteanu said Romania should produce its own 155mm ammunition within three years"),
            ("last week", "2025-07-07", "2025-07-13", "week", True,
             "Romanian government approved a memorandum for the Victoria gunpowder plant"),
            ("in June", "2025-06-01", "2025-06-30", "month", True,
             "Shoigu said North Korea would send 1,000 deminers and 5,000 military builders to Kursk"),
            ("since August 2023", "2023-08-01", "2025-07-16", "open", True,
             "North Korea delivered more than 20,000 containers of munitions to Russia (Oprescu)"),
            ("on Sunday night", "2025-07-13", "2025-07-13", "day", True,
             "Russian drone entered Romanian airspace during an attack on Ukrainian Danube ports"),
            ("since May", "2025-05-01", "2025-07-16", "open", True,
             "Fourth drone incursion into Romanian airspace in this period"),
            ("in February", "2025-02-01", "2025-02-28", "month", True,
             "Parliament passed Law 21/2025 allowing the army to shoot down drones in peacetime"),
            ("at the end of June", "2025-06-21", "2025-06-30", "month", True,
             "Moșteanu took over the defense ministry"),
        ],
    },
}
