# dev99_06: Le Monde in English "what we know" explainer. Anchor: manifest 2025-09-11 (Thu)
# = "Published on September 11, 2025, at 4:12 pm (Paris)".
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
SHO = "Sergei Shoigu"
KIDA = "Korea Institute for Defense Analyses"

DOCS = {
    "dev99_06_lemonde_what_we_know": {
        "figures": [
            ("around 2,300 North Koreans", 2300, None, "approximately", "north korean", "casualties", 2300, "count",
             "South Korea"),
            ("Thousands of military builders", 1000, None, "vague", "military builder", "personnel", 1000, "count", ""),
            ("around 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", NIS),
            ("3,000 to 4,000 reinforcements", 3000, 4000, "range", "reinforcement", "personnel", 3000, "count", NIS),
            ("1,500 deminers", 1500, None, "exact", "deminer", "personnel", 1500, "count", SHO),
            ("4,500 military builders", 4500, None, "exact", "military builder", "personnel", 4500, "count", SHO),
            ("about 4,700", 4700, None, "approximately", "", "casualties", 4700, "count", NIS),
            ("600 deaths", 600, None, "exact", "death", "casualties", 600, "count", NIS),
            ("at least 6,000 North Koreans", 6000, None, "at_least", "north korean", "casualties", 6000, "count", HUR),
            ("101 portraits", 101, None, "exact", "portrait", "casualties", 101, "count", ""),
            ("around 20 trillion won", 20e12, None, "approximately", "won", "money", 20e12, "KRW", KIDA),
            ("€12.4 billion", 12.4e9, None, "exact", "", "money", 12.4e9, "EUR", KIDA),
            ("at least two Pantsir air-defense systems", 2, None, "at_least", "air-defense system", "weapons", 2, "count",
             "Ukrainian intelligence"),
        ],
        "attributions": [
            # dek
            ("which long refused to acknowledge the deployment", "refused to acknowledge", "Pyongyang", "North Korea",
             "government", "North Korea", "indirect"),
            ("that around 2,300 North Koreans have been killed since December", "estimates", "Seoul", "South Korea",
             "government", "South Korea", "indirect"),
            # body
            ("Pyongyang would not even admit that its soldiers were fighting for Russia", "would not even admit", "Pyongyang",
             "North Korea", "government", "North Korea", "indirect"),
            ('around 11,000 soldiers from the elite "Storm Corps" arrived in Russia in October and November 2024, followed by '
             "3,000 to 4,000 reinforcements in January and February", "According to",
             "South Korea's National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "according_to"),
            ("that North Korea would also send 1,500 deminers and 4,500 military builders to Kursk", "announced",
             "Russian Security Council Secretary Sergei Shoigu", SHO, "person", "Russia", "indirect"),
            ("The first of them arrived last week", "according to", "the South Korean military", "South Korean military",
             "organisation", "South Korea", "according_to"),
            ("The NIS put North Korean losses at about 4,700 killed or wounded, including 600 deaths, in April", "put",
             "The NIS", NIS, "organisation", "South Korea", "indirect"),
            ("Ukraine's military intelligence (HUR) gives higher numbers", "gives", "Ukraine's military intelligence (HUR)",
             HUR, "organisation", "Ukraine", "indirect"),
            ('that "at least 6,000 North Koreans" had been killed or wounded since December and that the units had '
             '"adapted quickly" to drone warfare', "said", "it", HUR, "organisation", "Ukraine", "indirect"),
            ("the true toll is many times higher", "say", "South Korean analysts", "South Korean analysts", "group",
             "independent", "indirect"),
            ("North Korea has earned around 20 trillion won (€12.4 billion) from arms sales and troop deployments since 2023",
             "According to", "the Korea Institute for Defense Analyses", KIDA, "organisation", "South Korea",
             "according_to"),
            ("at least two Pantsir air-defense systems to protect Pyongyang", "according to", "Ukrainian intelligence",
             "Ukrainian intelligence", "organisation", "Ukraine", "according_to"),
            ("Western officials suspect Russia of helping Pyongyang with its reconnaissance satellites and its "
             "nuclear-powered submarine project", "suspect", "Western officials", "Western officials", "group", "West",
             "indirect"),
            ("which Moscow denies", "denies", "Moscow", "Russia", "government", "Russia", "indirect"),
            ('Kim, who attended a military parade in Beijing last week alongside Vladimir Putin and Xi Jinping, is expected '
             'to travel to Russia "in the near future"', "said", "the Kremlin", "Kremlin", "government", "Russia",
             "indirect"),
            ("that North Korean units could be committed inside Ukraine itself this winter", "fear", "officials",
             "Ukrainian officials", "group", "Ukraine", "indirect"),
            ("The question is no longer whether, but where,", "told Le Monde", "a senior Ukrainian intelligence officer",
             "senior Ukrainian intelligence officer", "group", "Ukraine", "direct"),
        ],
        "events": [
            ("since December", "2024-12-01", "2025-09-11", "open", True,
             "Around 2,300 North Koreans killed (Seoul's estimate, sub-headline)", 1),
            ("on September 9, 2025", "2025-09-09", "2025-09-09", "day", False,
             "Kim Jong Un at a ceremony in Pyongyang for soldiers killed in Kursk (photo caption)"),
            ("On Tuesday", "2025-09-09", "2025-09-09", "day", True,
             "North Korean state TV aired footage of Kim weeping over coffins at a ceremony for the Kursk dead"),
            ("in October and November 2024", "2024-10-01", "2024-11-30", "month", False,
             "Around 11,000 North Korean soldiers arrived in Russia (NIS)"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True,
             "3,000 to 4,000 North Korean reinforcements arrived (NIS)"),
            ("In June", "2025-06-01", "2025-06-30", "month", True,
             "Shoigu announced in Pyongyang that North Korea would send 1,500 deminers and 4,500 military builders"),
            ("last week", "2025-09-01", "2025-09-07", "week", True,
             "The first North Korean deminers and builders arrived (South Korean military)", 1),
            ("in April", "2025-04-01", "2025-04-30", "month", True,
             "NIS put North Korean losses at about 4,700 killed or wounded"),
            ("on Monday", "2025-09-08", "2025-09-08", "day", True,
             "HUR statement: at least 6,000 North Koreans killed or wounded"),
            ("since December", "2024-12-01", "2025-09-11", "open", True,
             "At least 6,000 North Koreans killed or wounded (HUR)", 2),
            ("Tuesday's", "2025-09-09", "2025-09-09", "day", True,
             "Ceremony at which state media showed 101 portraits of dead soldiers"),
            ("since 2023", "2023-01-01", "2025-09-11", "open", True,
             "North Korea earned around 20 trillion won from arms sales and troop deployments (KIDA)"),
            ("last week", "2025-09-01", "2025-09-07", "week", True,
             "Kim attended a military parade in Beijing alongside Putin and Xi Jinping", 2),
            ("on Wednesday", "2025-09-10", "2025-09-10", "day", True,
             "The Kremlin said Kim is expected to travel to Russia in the near future"),
            ("this winter", "2025-12-01", "2026-02-28", "season", True,
             "North Korean units could be committed inside Ukraine (forward)"),
            ("again |in October|", "2025-10-01", "2025-10-31", "month", True,
             "NIS due to brief South Korean lawmakers again (forward)"),
        ],
    },
}
