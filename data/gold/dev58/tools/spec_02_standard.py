"""dev58_02_standard_newmalden: Evening Standard (London), published Thu 2024-12-19 (anchor).

Row formats as in spec_01_njcom.py.
"""
D = "dev58_02_standard_newmalden"
DEFECTORS = "North Korean defectors in New Malden"
HUR = "Defence Intelligence of Ukraine"

DOCS = {D: {
    "figures": [
        ("hundreds of North Koreans", 100, None, "vague", "north korean", "casualties", 100, "count", "Ukraine"),
        ("around 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "South Korea"),
        ("an estimated 600 North Korean defectors", 600, None, "approximately", "defector", "other", 600, "count", ""),
        ("some 10,000 Koreans", 10000, None, "approximately", "korean", "other", 10000, "count", ""),
        ("at least 200 North Korean soldiers", 200, None, "at_least", "soldier", "casualties", 200, "count", HUR),
        ("“|hundreds|”", 100, None, "vague", "", "casualties", 100, "count", "Pentagon"),
        ("more than 100 ballistic missiles", 100, None, "more_than", "ballistic missile", "weapons", 100, "count", "John Healey"),
        ("millions of rounds", 1000000, None, "vague", "round", "weapons", 1000000, "count", "John Healey"),
        ("£225 million", 225000000, None, "exact", "", "money", 225000000, "GBP", "John Healey"),
        ("as many as 70 soldiers", 70, None, "at_most", "soldier", "casualties", 70, "count", "Hannah Whitcombe"),
        ("up to 100,000 soldiers", 100000, None, "at_most", "soldier", "personnel", 100000, "count", "Hannah Whitcombe"),
    ],
    "attributions": [
        ("Kim is sending ‘boys to be cannon fodder’ in Kursk", "say",
         "New Malden’s North Korean defectors", DEFECTORS, "group", "independent", "indirect"),
        ("that families back home will never learn the truth", "warn",
         "Defectors in Europe’s largest Korean community", DEFECTORS, "group", "independent", "indirect"),
        ("hundreds of North Koreans have already been killed", "claims", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("that around 11,000 troops have been sent to Russia", "estimates", "Seoul", "South Korea", "government",
         "South Korea", "indirect"),
        ("he recognises the faces in the grainy drone footage Ukraine has been releasing since the start of the month",
         "says", "he", "Choi Song-min", "person", "independent", "indirect"),
        ("They are farm boys. They have never seen a drone in their lives and they are told Russia is a brother country,",
         "|said| Mr Choi, 49", "Mr Choi", "Choi Song-min", "person", "independent", "direct"),
        ("Their mothers will get a letter saying they died in training, if they get anything at all.",
         "|said| Mr Choi, 49", "Mr Choi", "Choi Song-min", "person", "independent", "direct"),
        ("that at least 200 North Korean soldiers had been killed in the Kursk region since they were sent into combat",
         "said", "Ukraine’s military intelligence agency, the HUR", HUR, "organisation", "Ukraine", "indirect"),
        ("The Pentagon put the number killed and wounded in the “hundreds” on Tuesday", "put",
         "The Pentagon", "Pentagon", "organisation", "United States", "indirect"),
        ("that the troops had been thrown into “dismounted infantry assaults” with little armour or air cover",
         "told reporters", "a senior US military official", "senior US military official", "group", "United States",
         "indirect"),
        ("that Pyongyang had also sent Moscow more than 100 ballistic missiles and “millions of rounds” of artillery "
         "ammunition since the summer of 2023", "told MPs",
         "Britain’s Defence Secretary, John Healey", "John Healey", "person", "United Kingdom", "indirect"),
        ("a further £225 million package for Kyiv", "announced",
         "Britain’s Defence Secretary, John Healey", "John Healey", "person", "United Kingdom", "indirect"),
        ("that the North Korean contingent was losing as many as 70 soldiers a day", "estimated",
         "Dr Hannah Whitcombe", "Hannah Whitcombe", "person", "independent", "indirect"),
        ("that Pyongyang could send up to 100,000 soldiers if the war drags on", "warned",
         "She", "Hannah Whitcombe", "person", "independent", "indirect"),
        ("the defectors had given Britain “a unique window” into a regime most people never see", "said",
         "the local MP and Liberal Democrat leader Sir Ed Davey", "Ed Davey", "person", "United Kingdom", "indirect"),
        ("that he had written to the Foreign Secretary, David Lammy, earlier this month about funding Korean-language "
         "broadcasts through the BBC World Service", "added", "Sir Ed", "Ed Davey", "person", "United Kingdom", "indirect"),
        ("it had no plans to change its support arrangements but that officers had met leaders of the Korean Residents’ "
         "Association on 10 December, after a spate of threatening phone calls to defectors’ homes", "said",
         "Kingston Council", "Kingston Council", "organisation", "United Kingdom", "indirect"),
        ("Kim sells his soldiers the way he sells coal,", "said", "she", "Lee Hyang-mi", "person", "independent", "direct"),
        ("A dead soldier in Russia earns him more than a living one at home.", "said",
         "she", "Lee Hyang-mi", "person", "independent", "direct"),
        ("the forum would hold a candlelit vigil outside the Methodist church on New Malden High Street on Saturday for "
         "the soldiers “on both sides”", "said", "Mr Choi", "Choi Song-min", "person", "independent", "indirect"),
        ("They did not choose this war,", "said", "he", "Choi Song-min", "person", "independent", "direct"),
    ],
    "events": [
        ("since the start of the month", "2024-12-01", "2024-12-19", "open", True,
         "Ukraine has been releasing drone footage of North Korean soldiers"),
        ("in 2008", "2008-01-01", "2008-12-31", "year", False,
         "Choi Song-min crossed the Tumen River into China"),
        ("on Monday", "2024-12-16", "2024-12-16", "day", True,
         "HUR said at least 200 North Korean soldiers had been killed in the Kursk region"),
        ("on Tuesday", "2024-12-17", "2024-12-17", "day", True,
         "The Pentagon put North Korean killed and wounded in the hundreds"),
        ("last week", "2024-12-09", "2024-12-15", "week", True,
         "John Healey told MPs of North Korean missiles and ammunition for Moscow and announced a £225 million package"),
        ("since the summer of 2023", "2023-06-01", "2024-12-19", "open", True,
         "Pyongyang sent Moscow more than 100 ballistic missiles and millions of rounds of artillery ammunition"),
        ("earlier this month", "2024-12-01", "2024-12-18", "month", True,
         "Ed Davey wrote to David Lammy about funding Korean-language broadcasts on the BBC World Service"),
        ("on 10 December", "2024-12-10", "2024-12-10", "day", True,
         "Kingston Council officers met leaders of the Korean Residents' Association"),
        ("on Saturday", "2024-12-21", "2024-12-21", "day", True,
         "Korean Unification Forum UK will hold a candlelit vigil in New Malden for soldiers on both sides"),
    ],
}}
