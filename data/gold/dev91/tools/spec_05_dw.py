"""dev91_05: DW German press review, published Thursday 19 June 2025."""
D = "dev91_05_dw_press_review_builders"
TS = "Der Tagesspiegel"
SZ = "Süddeutsche Zeitung"
JCS = "Joint Chiefs of Staff (South Korea)"

figures = [
    ("1,200 deminers", 1200, None, "exact", "deminer", "personnel", 1200, "count", "Sergei Shoigu"),
    ("4,800 military builders", 4800, None, "exact", "military builder", "personnel", 4800, "count", "Sergei Shoigu"),
    ("sending |thousands of workers| to clear", 1000, None, "vague", "worker", "personnel", 1000, "count", TS),
    ("more than 12 million artillery shells", 12e6, None, "more_than", "artillery shell", "weapons", 12e6, "count", JCS),
    ("some 250 ballistic missiles", 250, None, "approximately", "ballistic missile", "weapons", 250, "count", JCS),
    ("Thousands of North Korean laborers", 1000, None, "vague", "laborer", "personnel", 1000, "count", "taz"),
    ("90 billion rubles", 90e9, None, "exact", "ruble", "money", 90e9, "RUB", "Kremlin"),
    ("about €1 billion", 1e9, None, "approximately", "", "money", 1e9, "EUR", "Kremlin"),
    ("around €225 billion", 225e9, None, "approximately", "", "money", 225e9, "EUR", "Handelsblatt"),
    ("€62 billion", 62e9, None, "exact", "", "money", 62e9, "EUR", ""),
    ("up to 40,000 more soldiers", 40000, None, "at_most", "soldier", "personnel", 40000, "count", ""),
]

attributions = [
    ("that North Korea would send 1,200 deminers and 4,800 military builders to the Kursk region, which Moscow says it has fully recaptured from Ukrainian forces",
     "announced", "Sergei Shoigu, the secretary of Russia's Security Council", "Sergei Shoigu", "person", "Russia", "indirect"),
    ("Moscow says |it has fully recaptured from Ukrainian forces|.", "Moscow |says| it",
     "Moscow", "Russia", "government", "Russia", "indirect"),
    ("Last year Kim sent soldiers to die for Putin. Now he is sending thousands of workers to clear mines and pour concrete in a region that Ukrainian troops held for seven months,",
     "wrote", "the Berlin daily Der Tagesspiegel", TS, "media", "independent", "direct"),
    ("Russia pays in oil, in food and, above all, in know-how that ends up in North Korean missiles.",
     "wrote", "the Berlin daily Der Tagesspiegel", TS, "media", "independent", "direct"),
    ("The Süddeutsche Zeitung warned against treating the deal as a purely civilian affair", "warned",
     "The Süddeutsche Zeitung", SZ, "media", "independent", "indirect"),
    ("Anyone who believes Pyongyang's contribution ends with shovels has not been paying attention,", "commented",
     "the Munich-based paper", SZ, "media", "independent", "direct"),
    ("that North Korea has shipped more than 12 million artillery shells to Russia since 2023, as well as some 250 ballistic missiles",
     "cited", "South Korea's Joint Chiefs of Staff", JCS, "organisation", "South Korea", "indirect"),
    ("Thousands of North Korean laborers will not rebuild Sudzha,", "countered",
     "the left-leaning taz", "taz", "media", "independent", "direct"),
    ("that the Kremlin has put the cost of reconstruction in the region at 90 billion rubles (about €1 billion)", "pointing out",
     "the left-leaning taz", "taz", "media", "independent", "indirect"),
    ("out that |the Kremlin has put the cost of reconstruction in the region at 90 billion rubles (about €1 billion)|", "has put",
     "the Kremlin", "Kremlin", "government", "Russia", "indirect"),
    ("What Moscow really needs from Kim is not bricklayers but men who are prepared to die.", "countered",
     "the left-leaning taz", "taz", "media", "independent", "direct"),
    ("Germany would have to spend around €225 billion a year to meet the new target", "calculated",
     "the paper", "Handelsblatt", "media", "independent", "indirect"),
    ("that money was not the Bundeswehr's main problem", "argued",
     "Die Welt", "Die Welt", "media", "independent", "indirect"),
    ("that without a return to conscription “the barracks will stay half empty.”", "said",
     "the paper", "Die Welt", "media", "independent", "indirect"),
    ("Kim's soldiers are coming as bricklayers today. Tomorrow they could come as something else,", ",” |warned| Bild",
     "Bild, Germany's best-selling tabloid", "Bild", "media", "independent", "direct"),
]

events = [
    ("Pyongyang |on Tuesday|Image", "2025-06-17", "2025-06-17", "day", True,
     "Kim Jong Un welcomed Sergei Shoigu in Pyongyang (photo caption)"),
    ("Pyongyang |on Tuesday| that", "2025-06-17", "2025-06-17", "day", True,
     "Shoigu announced North Korea would send 1,200 deminers and 4,800 military builders to Kursk"),
    ("Last year", "2024-01-01", "2024-12-31", "year", True,
     "Kim sent soldiers to die for Putin (Der Tagesspiegel)"),
    ("since 2023", "2023-01-01", "2025-06-19", "open", True,
     "North Korea shipped more than 12 million artillery shells and some 250 ballistic missiles to Russia (South Korean JCS)"),
    ("next week", "2025-06-23", "2025-06-29", "week", True,
     "NATO summit in The Hague"),
]

DOCS = {D: {"figures": figures, "attributions": attributions, "events": events}}
