"""dev94_03: The Globe and Mail letters page, published Monday 2025-03-03 (anchor from the manifest).
Row formats: see spec_01_times.py.  "$" without a prefix is the Canadian dollar in this outlet."""
D = "dev94_03_globeandmail_letters_sanctions"

NIS = "National Intelligence Service (South Korea)"
DIU = "Defence Intelligence of Ukraine"
DND = "Department of National Defence (Canada)"
HIPS = "Hangang Institute for Peninsula Studies"

FIGURES = [
    ("roughly 4,000", 4000, None, "approximately", "man", "casualties", 4000, "count", NIS),
    ("11,000 men", 11000, None, "exact", "man", "personnel", 11000, "count", NIS),
    ("26 pallets", 26, None, "exact", "pallet", "other", 26, "count", ""),
    ("up to 1,500 North Koreans", 1500, None, "at_most", "north korean", "personnel", 1500, "count", DIU),
    ("28,500 U.S. troops", 28500, None, "exact", "troop", "personnel", 28500, "count", ""),
    ("less than 60 kilometres", 60, None, "less_than", "kilometre", "territory", 60, "km", ""),
    ("fewer than 2,000 soldiers", 2000, None, "less_than", "soldier", "personnel", 2000, "count", ""),
    ("about 2,200 Canadian troops", 2200, None, "approximately", "troop", "personnel", 2200, "count", DND),
    ("40 more Russian and North Korean entities", 40, None, "exact", "entity", "other", 40, "count", "Global Affairs Canada"),
    ("three North Korean generals", 3, None, "exact", "general", "personnel", 3, "count", "Global Affairs Canada"),
    ("more than US$700-million", 7e8, None, "more_than", "", "money", 7e8, "USD", HIPS),
    ("$19.5-billion", 1.95e10, None, "exact", "", "money", 1.95e10, "CAD", "Canada"),
]

ATTRIBUTIONS = [
    ("roughly 4,000 of the 11,000 men Pyongyang sent to Russia have been killed or wounded since October", "says",
     "South Korea’s spy agency", NIS, "organisation", "South Korea", "indirect"),
    ("that North Korean crews now fly attack drones as well as any Russian unit", "claim",
     "Ukrainian officers", "Ukrainian officers", "group", "Ukraine", "indirect"),
    ("They learn in weeks what took us a year,", "told your correspondent",
     "one of them", "Ukrainian officer", "group", "Ukraine", "direct"),
    ("that up to 1,500 North Koreans have been trained as drone operators", "estimated",
     "Lieutenant-General Kyrylo Budanov’s intelligence directorate", DIU, "organisation", "Ukraine", "indirect"),
    ("about 2,200 Canadian troops were deployed to Latvia as of January", "says",
     "The Department of National Defence", DND, "organisation", "Canada", "indirect"),
    ("Global Affairs Canada announced on Feb. 24 sanctions on 40 more Russian and North Korean entities, as well as "
     "three North Korean generals", "announced",
     "Global Affairs Canada", "Global Affairs Canada", "organisation", "Canada", "indirect"),
    ("that Pyongyang earns more than US$700-million a year from its deployment, close to the value of its entire "
     "legal exports", "calculates",
     "The Seoul-based Hangang Institute for Peninsula Studies", HIPS, "organisation", "independent", "indirect"),
    ("Canada has committed $19.5-billion to Ukraine since 2022", "according to",
     "the federal government", "Canada", "government", "Canada", "according_to"),
    ("that his country’s soldiers were in Kursk “by invitation and by right.”", "told Russian state television",
     "Pyongyang’s ambassador in Moscow", "North Korean ambassador to Russia", "person", "North Korea", "indirect"),
    ("groundless.", "calling",
     "his government", "North Korea", "government", "North Korea", "direct"),
]

EVENTS = [
    ("Feb. 28", "2025-02-28", "2025-02-28", "day", True,
     "The Globe and Mail published its report that North Korea has lost 4,000 troops in Kursk"),
    ("since October", "2024-10-01", "2025-03-03", "open", True,
     "About 4,000 of 11,000 North Korean soldiers sent to Russia killed or wounded"),
    ("this winter", "2024-12-01", "2025-02-28", "season", True,
     "A Winnipeg parish sent 26 pallets of warm clothing to Kharkiv"),
    ("Feb. 27", "2025-02-27", "2025-02-27", "day", True,
     "The Globe and Mail published its report that North Korean units have adapted fast"),
    ("last week", "2025-02-24", "2025-03-02", "week", True,
     "Budanov's intelligence directorate estimated up to 1,500 North Koreans trained as drone operators"),
    ("as of January", "2025-01-01", "2025-01-31", "month", True,
     "About 2,200 Canadian troops deployed to Latvia (DND)"),
    ("on Feb. 24", "2025-02-24", "2025-02-24", "day", True,
     "Global Affairs Canada announced sanctions on 40 entities and three North Korean generals"),
    ("since 2022", "2022-01-01", "2025-03-03", "open", True,
     "Canada committed $19.5 billion to Ukraine"),
    ("last month", "2025-02-01", "2025-02-28", "month", True,
     "North Korea's ambassador in Moscow told Russian state TV its soldiers were in Kursk by invitation and by right"),
    ("In December", "2024-12-01", "2024-12-31", "month", True,
     "North Korea called reports of its soldiers in Russia groundless"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
