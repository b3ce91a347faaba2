"""dev94_02: The Korea Times, "Thoughts of the Times" reader column by a Koryo-saram community leader,
published Thursday 2025-01-16 (anchor from the manifest).  Row formats: see spec_01_times.py."""
D = "dev94_02_koreatimes_koryosaram_prisoners"

NIS = "National Intelligence Service (South Korea)"

FIGURES = [
    ("Two prisoners", 2, None, "exact", "prisoner", "casualties", 2, "count", ""),
    ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Volodymyr Zelensky"),
    ("about 13,000", 13000, None, "approximately", "koryo-saram", "other", 13000, "count", ""),
    ("more than 2,500", 2500, None, "more_than", "koryo-saram", "other", 2500, "count", ""),
    ("some 1,800 Ukrainian Koryo-saram", 1800, None, "approximately", "koryo-saram", "other", 1800, "count",
     "Ministry of Justice (South Korea)"),
    ("about 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
    ("some 2,700", 2700, None, "approximately", "soldier", "casualties", 2700, "count", NIS),
    ("between 11,000 and 12,000 troops", 11000, 12000, "range", "troop", "personnel", 11000, "count",
     "Defence Intelligence of Ukraine"),
    ("48 million won", 48e6, None, "exact", "won", "money", 48e6, "KRW", ""),
    ("about $33,000", 33000, None, "approximately", "", "money", 33000, "USD", ""),
    ("14 of our members", 14, None, "exact", "member", "other", 14, "count", ""),
    ("the |two men| \"are frightened", 2, None, "exact", "man", "casualties", 2, "count", "Koryo-saram interpreter"),
    ("two young men", 2, None, "exact", "man", "casualties", 2, "count", ""),
]

ATTRIBUTIONS = [
    ("that Ukrainian forces captured two North Korean soldiers in the Kursk region", "announced",
     "President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ("The younger man, he said, is 20 years old", "said",
     "he", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ("that some 1,800 Ukrainian Koryo-saram now hold F-4 overseas Korean visas", "said",
     "the Ministry of Justice", "Ministry of Justice (South Korea)", "organisation", "South Korea", "indirect"),
    ("that about 300 North Korean soldiers have been killed in Kursk and some 2,700 wounded, and that troops facing "
     "capture had been ordered to blow themselves up", "told lawmakers",
     "The National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("any soldier who wished to come South would be accepted as a citizen under our Constitution", "said",
     "the Foreign Ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
    ('that it would "consult closely" with Kyiv', "adding",
     "the Foreign Ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
    ("Pyongyang has sent between 11,000 and 12,000 troops to Russia", "According to",
     "Ukraine's Defense Intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "according_to"),
    ("the North to replace its losses by spring", "expects",
     "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
    ('that the two men "are frightened, but they are eating and they are asking questions."', "told me",
     "A Koryo-saram interpreter who has worked with Ukrainian investigators", "Koryo-saram interpreter",
     "group", "independent", "indirect"),
    ("Pyongyang has never admitted that its soldiers are in Russia at all", "has never admitted",
     "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
    ("it is open to an exchange", "said",
     "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
    ('that soldiers who do not want to go back may have "other options."', "hinted",
     "Mr. Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
]

EVENTS = [
    ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
     "News of Zelensky's announcement that two North Korean soldiers were captured reached the Ansan community center"),
    ("in 1937", "1937-01-01", "1937-12-31", "year", False,
     "Stalin deported the Koreans (ancestors of the Koryo-saram) to Central Asia"),
    ("Since 2022", "2022-01-01", "2025-01-16", "open", True,
     "More than 2,500 Koryo-saram from Ukraine came to Korea"),
    ("last month", "2024-12-01", "2024-12-31", "month", True,
     "The Ministry of Justice said some 1,800 Ukrainian Koryo-saram hold F-4 visas"),
    ("on Monday", "2025-01-13", "2025-01-13", "day", True,
     "The NIS told lawmakers about 300 North Korean soldiers were killed and 2,700 wounded in Kursk"),
    ("On Tuesday", "2025-01-14", "2025-01-14", "day", True,
     "The Foreign Ministry said North Korean soldiers wishing to come South would be accepted as citizens"),
    ("by spring", "2025-03-01", "2025-05-31", "season", True,
     "North Korea expected (by Kyiv) to replace its losses"),
    ("on Tuesday", "2025-01-14", "2025-01-14", "day", True,
     "A Koryo-saram interpreter told the author the two captured soldiers were frightened but eating"),
    ("next winter", "2025-12-01", "2026-02-28", "season", True,
     "Where the two captured soldiers will be (future)"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
