"""dev66_02_politico_casualties: Politico National Security Daily, published Wed 2024-12-18 (anchor 2024-12-18).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
"""
HUR = "Defence Intelligence of Ukraine"
SOF = "Special Operations Forces of Ukraine"
DOD = "senior Defense Department official"
AIDES = "congressional aides"

DOCS = {
    "dev66_02_politico_casualties": {
        "figures": [
            ("hundreds of casualties", 100, None, "vague", "casualty", "casualties", 100, "count", "John Kirby"),
            ("at least 40 North Korean soldiers", 40, None, "at_least", "soldier", "casualties", 40, "count", HUR),
            ("60 North Koreans", 60, None, "exact", "north korean", "casualties", 60, "count", SOF),
            ("wounded |41| more", 41, None, "exact", "north korean", "casualties", 41, "count", SOF),
            ("100 to 150 men", 100, 150, "range", "man", "personnel", 100, "count", DOD),
            ("11,000 to 12,000 North Korean troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", DOD),
            ("about 10,000 soldiers", 10000, None, "approximately", "soldier", "personnel", 10000, "count", "U.S. intelligence community"),
            ("$5.6 billion", 5.6e9, None, "exact", "", "money", 5.6e9, "USD", "Sabrina Singh"),
            ("more than $62 billion", 62e9, None, "more_than", "", "money", 62e9, "USD", ""),
            ("more than $1.3 billion", 1.3e9, None, "more_than", "", "money", 1.3e9, "USD", "Ledgerline"),
        ],
        "attributions": [
            ("that Pyongyang’s troops had suffered “hundreds of casualties” since they were thrown into assaults on Ukrainian positions over the weekend, “ranging from minor wounds all the way up to killed in action.”",
             "told reporters", "National Security Council spokesperson John Kirby", "John Kirby", "person", "United States", "indirect"),
            ("that at least 40 North Korean soldiers had been killed or wounded near the villages of Kurilovka and Kositsa on Saturday and Sunday",
             "said", "Ukraine’s military intelligence agency, known as HUR", HUR, "organisation", "Ukraine", "indirect"),
            ("their drone teams had killed 60 North Koreans and wounded 41 more in three days of fighting", "claiming", "The country’s special operations forces", SOF, "organisation", "Ukraine", "indirect"),
            ("A senior Defense Department official, who briefed reporters on condition of anonymity, described company-sized assaults of 100 to 150 men crossing open ground on foot “with almost no armor and almost no drone cover.”",
             "described", "A senior Defense Department official", DOD, "group", "United States", "indirect"),
            ("that 11,000 to 12,000 North Korean troops are now in Kursk, folded into Russian airborne and naval infantry units", "estimated", "The official", DOD, "group", "United States", "indirect"),
            ("the intelligence community believes Pyongyang could rotate in a second contingent of about 10,000 soldiers by the spring",
             "told NatSec Daily", "Congressional aides who sat in on a classified briefing", AIDES, "group", "United States", "indirect"),
            ("Pyongyang could rotate in a second contingent of about 10,000 soldiers by the spring", "believes", "the intelligence community", "U.S. intelligence community", "organisation", "United States", "indirect"),
            ("Kim is treating this as a paid training exercise for his army,", "said", "one of them", AIDES, "group", "United States", "direct"),
            ("He gets combat experience and hard currency. Putin gets bodies.", "said", "one of them", AIDES, "group", "United States", "direct"),
            ("that North Korean soldiers are on its soil", "hasn’t acknowledged", "Moscow", "Russia", "government", "Russia", "indirect"),
            ("the department had “seen nothing to suggest” that Russia was pulling the North Koreans back", "said", "Deputy press secretary Sabrina Singh", "Sabrina Singh", "person", "United States", "indirect"),
            ("that the administration still intends to spend the remaining $5.6 billion in presidential drawdown authority for Ukraine by Jan. 20", "added", "She", "Sabrina Singh", "person", "United States", "indirect"),
            ("Ukrainian President Volodymyr Zelenskyy accused Russian commanders of trying to hide the losses", "accused", "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("They are even covering the faces of the North Korean dead so that nobody can identify them,", "wrote", "he", "Volodymyr Zelensky", "person", "Ukraine", "direct"),
            ("that the casualties showed “Kim Jong Un is spending his soldiers like ammunition.”", "said", "Sen. Roger Wicker (R-Miss.)", "Roger Wicker", "person", "United States", "indirect"),
            ("North Korean hackers stole more than $1.3 billion in cryptocurrency this year", "according to", "blockchain analytics firm Ledgerline", "Ledgerline", "organisation", "independent", "according_to"),
            ("helps pay for Kim’s missile programs", "say", "U.S. officials", "U.S. officials", "group", "United States", "indirect"),
            ("That’s more than double the previous record", "found", "the firm", "Ledgerline", "organisation", "independent", "indirect"),
        ],
        "events": [
            ("reporters |today| that", "2024-12-18", "2024-12-18", "day", True, "John Kirby told reporters North Korean troops had suffered hundreds of casualties"),
            ("over the weekend", "2024-12-14", "2024-12-15", "day", True, "North Korean troops thrown into assaults on Ukrainian positions in Kursk"),
            ("HUR, said |Monday| that", "2024-12-16", "2024-12-16", "day", True, "HUR said at least 40 North Korean soldiers had been killed or wounded"),
            ("on Saturday and Sunday", "2024-12-14", "2024-12-15", "day", True, "At least 40 North Korean soldiers killed or wounded near Kurilovka and Kositsa"),
            ("last week", "2024-12-09", "2024-12-15", "week", True, "Classified briefing attended by congressional aides"),
            ("by the spring", "2025-03-01", "2025-05-31", "season", True, "Possible rotation of a second North Korean contingent of about 10,000 soldiers"),
            ("on Monday", "2024-12-16", "2024-12-16", "day", True, "Dmitry Peskov referred all questions on North Korean troops to the Defense Ministry"),
            ("Singh said |Monday| the", "2024-12-16", "2024-12-16", "day", True, "Sabrina Singh said the Pentagon had seen nothing to suggest Russia was pulling North Koreans back"),
            ("by Jan. 20", "2025-01-20", "2025-01-20", "day", True, "Deadline to spend the remaining $5.6 billion drawdown authority for Ukraine"),
            ("since February 2022", "2022-02-01", "2024-12-18", "open", True, "U.S. committed more than $62 billion in military aid to Kyiv"),
            ("next month", "2025-01-01", "2025-01-31", "month", True, "Roger Wicker takes the gavel at the Senate Armed Services Committee"),
            ("this year", "2024-01-01", "2024-12-31", "year", True, "North Korean hackers stole more than $1.3 billion in cryptocurrency"),
            ("out |today| from", "2024-12-18", "2024-12-18", "day", True, "Ledgerline released its report on North Korean crypto theft"),
        ],
    },
}
