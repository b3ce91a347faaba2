# dev46_06_radioprague_builders_kursk -- Radio Prague International.  The manifest leaves the
# published date EMPTY on purpose; the page's own date line "18.06.2025 - 17:05" (a Wednesday) is
# the anchor used for every relative expression here.
# Furniture not annotated: section nav, byline and date line, "Listen 04:12", photo credit, the
# update note, "Author"/"Source" lines, "Related" links, the postal address.
D = "dev46_06_radioprague_builders_kursk"

figures = [
    ("thousands of military builders", 1000, None, "vague", "military builder", "personnel", 1000, "count", "Jan Lipavský"),
    ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Sergei Shoigu"),
    ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", "Sergei Shoigu"),
    ("some 1.5 million large-calibre shells", 1500000, None, "approximately", "shell", "weapons", 1500000, "count", "Petr Pavel"),
    ("about 100 billion koruna", 100000000000, None, "approximately", "koruna", "money", 100000000000, "CZK", "Czech Ministry of Defence"),
    ("around €4 billion", 4000000000, None, "approximately", "", "money", 4000000000, "EUR", "Czech Ministry of Defence"),
    ("Kyiv says |11,000| still", 11000, None, "exact", "troop", "personnel", 11000, "count", "Ukraine"),
    ("around 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "Defence Intelligence of Ukraine"),
    ("more than 12,000 containers", 12000, None, "more_than", "container", "weapons", 12000, "count", "Defence Intelligence of Ukraine"),
    ("6,000 new personnel", 6000, None, "exact", "personnel", "personnel", 6000, "count", "Tomáš Kadlec"),
    ("about 10 kilometres", 10, None, "approximately", "kilometre", "territory", 10, "km", ""),
]

attributions = [
    ('North Korean builders in Kursk prove Russia "cannot win alone"', "says",
     "Lipavský", "Jan Lipavský", "person", "Czech Republic", "indirect"),
    ('that North Korea\'s decision to send thousands of military builders and deminers to Russia\'s Kursk region showed that Moscow "cannot win this war alone"', "said",
     "Czech Foreign Minister Jan Lipavský", "Jan Lipavský", "person", "Czech Republic", "indirect"),
    ("the Czech Republic would push for new EU sanctions against Pyongyang at a meeting of foreign ministers next week", "said",
     "he", "Jan Lipavský", "person", "Czech Republic", "indirect"),
    ("Russian Security Council secretary Sergei Shoigu announced the deployment in Pyongyang on Tuesday after talks with Kim Jong Un", "announced",
     "Russian Security Council secretary Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
    ('Kim would send 1,000 deminers and 5,000 military construction workers "to restore the infrastructure destroyed by the invaders"', "told",
     "Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
    ("The Russians used North Korean soldiers as cannon fodder and now they want North Korean workers as a labour force,", "said",
     "President Petr Pavel", "Petr Pavel", "person", "Czech Republic", "direct"),
    ('that the Czech ammunition initiative, which delivered some 1.5 million large-calibre shells to Ukraine last year, would continue "whatever the result of the election"', "added",
     "The former head of NATO's Military Committee", "Petr Pavel", "person", "Czech Republic", "indirect"),
    ("The initiative has cost about 100 billion koruna (around €4 billion) so far", "according to",
     "the defence ministry", "Czech Ministry of Defence", "organisation", "Czech Republic", "according_to"),
    ('that the Kursk deployment was "another reason" to raise Czech defence spending to 2 percent of GDP this year and 3 percent by 2030', "wrote",
     "Defence Minister Jana Černochová", "Jana Černochová", "person", "Czech Republic", "indirect"),
    ("11,000 still in Kursk", "says",
     "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
    ("that around 11,000 North Korean troops remained in the Kursk region, and that Pyongyang had shipped more than 12,000 containers of munitions to Russia since August 2023", "said",
     "Ukraine's military intelligence, the HUR", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
    ('the dispatch of North Korean workers made Pyongyang "a direct accomplice in Russia\'s war of aggression"', "said",
     "Ukraine's foreign ministry spokesman Heorhii Tykhyi", "Heorhii Tykhyi", "person", "Ukraine", "indirect"),
    ('the 6,000 new personnel were unlikely to change the situation at the front but would free up "a full Russian division" for the offensive in Ukraine\'s Sumy region', "said",
     "Tomáš Kadlec", "Tomáš Kadlec", "person", "independent", "indirect"),
    ("Kim is no longer just renting out soldiers. He is renting out an entire economy,", "added",
     "he", "Tomáš Kadlec", "person", "independent", "direct"),
    ("that Prague had information about North Korean workers also being sent to Russian arms factories in Tatarstan", "told",
     "A source at the Czech foreign ministry", "Czech foreign ministry source", "group", "Czech Republic", "indirect"),
]

events = [
    ("on Wednesday", "2025-06-18", "2025-06-18", "day", True,
     "Jan Lipavský said North Korean builders in Kursk showed Moscow cannot win the war alone"),
    ("next week", "2025-06-23", "2025-06-29", "week", True,
     "EU foreign ministers' meeting where Prague will push for new sanctions on Pyongyang"),
    ("on Tuesday", "2025-06-17", "2025-06-17", "day", True,
     "Sergei Shoigu announced in Pyongyang that North Korea would send deminers and military builders to Kursk"),
    ("last year", "2024-01-01", "2024-12-31", "year", True,
     "The Czech ammunition initiative delivered some 1.5 million large-calibre shells to Ukraine"),
    ("this year", "2025-01-01", "2025-12-31", "year", True,
     "Czech defence spending to reach 2 percent of GDP"),
    ("by 2030", "2030-01-01", "2030-12-31", "year", False,
     "Czech defence spending to reach 3 percent of GDP"),
    ("last week", "2025-06-09", "2025-06-15", "week", True,
     "Ukraine's HUR said around 11,000 North Korean troops remained in Kursk"),
    ("since August 2023", "2023-08-01", "2025-06-18", "open", True,
     "Pyongyang shipped more than 12,000 containers of munitions to Russia (per HUR)"),
    ("in the spring", "2025-03-01", "2025-05-31", "season", True,
     "Russian offensive in Ukraine's Sumy region began"),
]

DOCS = {D: {"figures": figures, "attributions": attributions, "events": events}}
