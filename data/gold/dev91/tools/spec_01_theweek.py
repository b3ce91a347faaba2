"""dev91_01: The Week UK, 'What the papers say'-style briefing, published Friday 22 November 2024."""
D = "dev91_01_theweek_kursk_turning_point"
DIU = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service (South Korea)"

figures = [
    # pattern, value, high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ]
    ("thousands of his soldiers", 1000, None, "vague", "soldier", "personnel", 1000, "count", ""),
    ("that |dozens| had", 24, None, "vague", "troop", "casualties", 24, "count", DIU),
    ("between 11,000 and 12,000 North Korean soldiers", 11000, 12000, "range", "soldier", "personnel", 11000, "count", "Ukraine"),
    ("about 600 square kilometres", 600, None, "approximately", "square kilometre", "territory", 600, "km2", ""),
    ("230 sq miles", 230, None, "exact", "sq mile", "territory", 595.69724, "km2", ""),
    ("some 20,000 containers", 20000, None, "approximately", "container", "weapons", 20000, "count", NIS),
    ("roughly $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "South Korea"),
    ("up to $24m", 24000000, None, "at_most", "", "money", 24000000, "USD", "South Korea"),
    ("up to 30,000 more soldiers", 30000, None, "at_most", "soldier", "personnel", 30000, "count", "Kyrylo Budanov"),
]

attributions = [
    # pattern, cue, speaker, canonical, type, affiliation, kind[, occ]
    ("North Korean troops have begun fighting alongside Russian forces in the Kursk region", "said",
     "Ukraine’s military intelligence", DIU, "organisation", "Ukraine", "indirect"),
    ("that dozens had already been killed", "adding",
     "Ukraine’s military intelligence", DIU, "organisation", "Ukraine", "indirect"),
    ("the most serious widening of this war since February 2022", "called",
     "One Nato diplomat", "Nato diplomat", "group", "NATO", "direct"),
    ("that between 11,000 and 12,000 North Korean soldiers are now in Russia, most of them in Kursk", "estimates",
     "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
    ("that Pyongyang had also shipped some 20,000 containers of munitions to Russia since August 2023", "told MPs",
     "South Korea’s spy agency", NIS, "organisation", "South Korea", "indirect"),
    ("what Vladimir Putin said |was a new intermediate-range missile|.", "Putin |said| was",
     "Vladimir Putin", "Vladimir Putin", "person", "Russia", "indirect"),
    ("North Korea’s “cannon fodder” is “not the point”", "”, |said| Imogen",
     "Imogen Thwaite", "Imogen Thwaite", "person", "independent", "indirect"),
    ("The point is that a nuclear-armed pariah now has a standing army learning modern war at Ukraine’s expense, and it will take those lessons home.",
     "”, |said| Imogen", "Imogen Thwaite", "Imogen Thwaite", "person", "independent", "direct"),
    ("Kim is being paid handsomely for the bodies", "wrote",
     "Harriet Quayle", "Harriet Quayle", "person", "independent", "indirect"),
    ("Moscow pays roughly $2,000 a month for each soldier – up to $24m a month if the whole contingent is deployed – plus oil and, more worryingly, technology for Pyongyang’s satellite programme",
     "believes", "Seoul", "South Korea", "government", "South Korea", "indirect"),
    ("The troops are “poorly suited to the drone-saturated battlefield” of southern Russia", "Russia, |said| Tom",
     "Tom Ashdown", "Tom Ashdown", "person", "independent", "indirect"),
    ("Few have ever seen an FPV drone, he added, and the language barrier with their Russian commanders is “near total”",
     "added", "he", "Tom Ashdown", "person", "independent", "indirect"),
    ("some officers in Seoul now favour sending 155mm shells directly to Ukraine, a step South Korea has long resisted",
     "According to", "The Economist", "Economist", "media", "independent", "according_to"),
    ("The West spent two years worrying about escalation while its adversaries simply escalated,", "said",
     "The Times", "Times", "media", "independent", "direct"),
    ("that Pyongyang could rotate up to 30,000 more soldiers through Kursk by the summer", "told The War Zone",
     "Ukraine’s intelligence chief, Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
    ("The next three months are the test,", "told The Guardian",
     "a senior British defence official", "senior British defence official", "group", "United Kingdom", "direct"),
    ("If Russia takes back Kursk this winter, Kim will have earned his money.", "told The Guardian",
     "a senior British defence official", "senior British defence official", "group", "United Kingdom", "direct"),
]

events = [
    # pattern, date_start, date_end, granularity, relative, event[, occ]
    ("on Wednesday", "2024-11-20", "2024-11-20", "day", True,
     "Ukraine's military intelligence said North Korean troops had begun fighting in Kursk and dozens had been killed"),
    ("since February 2022", "2022-02-01", "2024-11-22", "open", True,
     "Period since Russia's full-scale invasion against which a Nato diplomat measured the widening of the war"),
    ("in August", "2024-08-01", "2024-08-31", "month", True,
     "Ukrainian forces seized about 600 sq km of the Kursk region"),
    ("since August 2023", "2023-08-01", "2024-11-22", "open", True,
     "Pyongyang shipped some 20,000 containers of munitions to Russia (per South Korea's spy agency)"),
    ("on 19 June 2024", "2024-06-19", "2024-06-19", "day", False,
     "Putin and Kim signed a mutual defence treaty in Pyongyang"),
    ("on Tuesday", "2024-11-19", "2024-11-19", "day", True,
     "Kyiv fired US-made ATACMS missiles into Russia for the first time"),
    ("yesterday", "2024-11-21", "2024-11-21", "day", True,
     "Russia struck Dnipro with a new intermediate-range missile"),
    ("by the summer", "2025-06-01", "2025-08-31", "season", True,
     "Pyongyang could rotate up to 30,000 more soldiers through Kursk (Budanov)"),
    ("on 3 and 4 December", "2024-12-03", "2024-12-04", "day", True,
     "Nato foreign ministers meet in Brussels"),
    ("this winter", "2024-12-01", "2025-02-28", "season", True,
     "Russia may take back Kursk (British defence official's test for Kim's deployment)"),
]

DOCS = {D: {"figures": figures, "attributions": attributions, "events": events}}
