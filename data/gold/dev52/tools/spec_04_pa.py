# dev52_04_pa_defcom: PA Media (as carried by The Independent), published Wednesday 2025-06-11 (anchor).
UK = "United Kingdom"
HM = "Helen Marsden"
MF = "Mark Francois"
JH = "John Healey"

DOCS = {
    "dev52_04_pa_defcom": {
        "figures": [
            ("more than 6,000 North Korean troops", 6000, None, "more_than", "troop", "casualties", 6000, "count", HM, 1),
            ("more than 6,000 North Korean troops", 6000, None, "more_than", "troop", "casualties", 6000, "count", HM, 2),
            ("around 1,800 deaths", 1800, None, "approximately", "death", "casualties", 1800, "count", HM),
            ("more than 15,000 troops", 15000, None, "more_than", "troop", "personnel", 15000, "count", HM),
            ("roughly 4,000 replacements", 4000, None, "approximately", "replacement", "personnel", 4000, "count", HM),
            ("about 1,000 military engineers", 1000, None, "approximately", "military engineer", "personnel", 1000, "count", HM),
            ("up to 30 miles", 30, None, "at_most", "mile", "territory", 48.28032, "km", HM),
            ("closer to 7,000", 7000, None, "approximately", "loss", "casualties", 7000, "count", "Defence Intelligence of Ukraine"),
            ("about 4,000", 4000, None, "approximately", "casualty", "casualties", 4000, "count", "UK ministers"),
            ("£4.5 billion", 4.5e9, None, "exact", "", "money", 4.5e9, "GBP", JH),
            ("£1.6 billion", 1.6e9, None, "exact", "", "money", 1.6e9, "GBP", JH),
            ("more than 5,000 air defence missiles", 5000, None, "more_than", "air defence missile", "weapons", 5000, "count", JH),
        ],
        "attributions": [
            ("more than 6,000 North Korean troops had been killed or wounded since last autumn", "said", "A senior defence intelligence official", HM, "person", UK, "indirect"),
            ("North Korea has lost more soldiers fighting for Russia than the Kremlin has acknowledged", "told MPs",
             "a senior UK defence intelligence official", HM, "person", UK, "indirect"),
            ("more than 6,000 North Korean troops had been killed or wounded in the Kursk region since last autumn, including around 1,800 deaths",
             "said", "Dr Helen Marsden", HM, "person", UK, "indirect"),
            ("that Pyongyang had now sent more than 15,000 troops to Russia, including roughly 4,000 replacements who arrived in the spring, and that about 1,000 military engineers and deminers had been working in Kursk since May",
             "told the committee", "She", HM, "person", UK, "indirect"),
            ("Their task, she said, was to clear mines from a strip of land up to 30 miles deep along the border", "said", "she", HM, "person", UK, "indirect"),
            ("it had been “closely co-ordinated” with Ukraine’s military intelligence agency", "said", "Dr Marsden", HM, "person", UK, "indirect"),
            ("The Ukrainian agency, known as HUR, has put North Korean losses at closer to 7,000", "put", "The Ukrainian agency, known as HUR",
             "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
            ("Conservative MP Mark Francois, a former armed forces minister, challenged the figures", "challenged", "Conservative MP Mark Francois", MF, "person", UK, "indirect"),
            ("ministers had told the House in March that North Korean casualties stood at “about 4,000”", "said", "He", MF, "person", UK, "indirect"),
            ("that North Korean casualties stood at “about 4,000”", "told the House", "ministers", "UK ministers", "group", UK, "indirect"),
            ("The March figure was a floor, not an estimate,", "replied", "Dr Marsden", HM, "person", UK, "direct"),
            ("We have better sources now than we had then.", "replied", "Dr Marsden", HM, "person", UK, "direct"),
            ("that Britain’s military aid to Ukraine would reach £4.5 billion this year, and that a £1.6 billion contract for more than 5,000 air defence missiles would be fulfilled by December",
             "told", "Defence Secretary John Healey", JH, "person", UK, "indirect"),
            ("that North Korean gunners now supplied up to 40% of the artillery fire in Kursk", "said", "Ukraine’s ambassador to the UK, Valerii Zaluzhnyi",
             "Valerii Zaluzhnyi", "person", "Ukraine", "indirect"),
            ("the committee would return to the issue in September", "said", "Mr Dhesi", "Tan Dhesi", "person", UK, "indirect"),
            ("We continue to monitor North Korea’s support for Russia’s illegal war closely, and we will keep exposing it alongside our allies.",
             "said", "A Ministry of Defence spokesperson", "UK Ministry of Defence", "group", UK, "direct"),
        ],
        "events": [
            ("since last autumn", "2024-09-01", "2025-06-11", "open", True, "North Korean troops killed or wounded (standfirst)", 1),
            ("since last autumn", "2024-09-01", "2025-06-11", "open", True, "More than 6,000 North Korean troops killed or wounded in Kursk", 2),
            ("on Tuesday", "2025-06-10", "2025-06-10", "day", True, "Helen Marsden gave evidence to the Commons Defence Committee"),
            ("in the spring", "2025-03-01", "2025-05-31", "season", True, "Roughly 4,000 North Korean replacements arrived in Russia"),
            ("since May", "2025-05-01", "2025-06-11", "open", True, "About 1,000 North Korean military engineers and deminers working in Kursk"),
            ("in March", "2025-03-01", "2025-03-31", "month", True, "Ministers told the Commons North Korean casualties stood at about 4,000"),
            ("last week", "2025-06-02", "2025-06-08", "week", True, "John Healey gave evidence to the Defence Committee on UK aid to Ukraine"),
            ("this year", "2025-01-01", "2025-12-31", "year", True, "UK military aid to Ukraine to reach £4.5 billion"),
            ("by December", "2025-12-01", "2025-12-31", "month", True, "£1.6 billion air defence missile contract to be fulfilled"),
            ("in May", "2025-05-01", "2025-05-31", "month", True, "Zaluzhnyi said North Korean gunners supply up to 40% of artillery fire in Kursk"),
            ("in September", "2025-09-01", "2025-09-30", "month", True, "Defence Committee to return to the issue"),
        ],
    },
}
