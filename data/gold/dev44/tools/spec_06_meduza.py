# dev44_06 - Meduza "The Real Russia. Today." newsletter, published Friday 2025-08-29 (anchor).
# Greeting ("This week: ..."), the "Today's top stories" link list, the support block and the sign-off
# ("see you next week") are furniture and not annotated.
# Column order as in spec_01_reuters.py.
HUR = "Defence Intelligence of Ukraine"

DOCS = {
    "dev44_06_meduza_realrussia_memorial": {
        "figures": [
            ("101 dead soldiers", 101, None, "exact", "soldier", "casualties", 101, "count", ""),
            ("about 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", HUR),
            ("roughly 6,000 military engineers", 6000, None, "approximately", "military engineer", "personnel", 6000, "count", HUR),
            ("roughly 45 billion rubles", 4.5e10, None, "approximately", "ruble", "money", 4.5e10, "RUB", "iStories"),
            ("about $560 million", 5.6e8, None, "approximately", "dollar", "money", 5.6e8, "USD", "iStories"),
            ("nearly 1,000 drone operators", 1000, None, "approximately", "drone operator", "personnel", 1000, "count", "Ilya Voronin"),
            ("reached |4.9 trillion rubles| in", 4.9e12, None, "exact", "ruble", "money", 4.9e12, "RUB", "Russian Finance Ministry"),
            ("3.8 trillion", 3.8e12, None, "exact", "ruble", "money", 3.8e12, "RUB", ""),
        ],
        "attributions": [
            ("that Kim Jong Un had met the families of soldiers killed in Russia's Kursk region and promised to build a memorial museum and a new street for their relatives in Pyongyang",
             "reported", "North Korean state media", "North Korean state media", "media", "North Korea", "indirect"),
            # nested inside the state-media report
            ("promised to build a memorial museum and a new street for their relatives in Pyongyang", "promised",
             "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "indirect"),
            # one cue, one statement: both that-clauses form one row
            ("that about 11,000 North Korean troops remain in Russia, mostly in the Kursk and Belgorod regions, and that roughly 6,000 military engineers are expected this autumn",
             "estimates", "Ukraine's military intelligence (HUR)", HUR, "organisation", "Ukraine", "indirect"),
            ("that Russia's Defense Ministry had paid Pyongyang roughly 45 billion rubles (about $560 million) in 2024 for the troop deployment alone",
             "reported", "The independent outlet iStories", "iStories", "media", "independent", "indirect"),
            ("that cooperation with Pyongyang was “developing in all areas” and would continue", "telling journalists",
             "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
            ("For Kim, the dead are an investment,", "says", "Ilya Voronin", "Ilya Voronin", "person", "independent", "direct"),
            ("He is buying legitimacy at home and technology from Moscow.", "says", "Ilya Voronin", "Ilya Voronin", "person", "independent", "direct"),
            ("that the North Koreans were learning fast", "said", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
            ("they have since become the most combat-experienced force in East Asia, with nearly 1,000 drone operators trained on the front line",
             "believes", "Voronin", "Ilya Voronin", "person", "independent", "indirect"),
            ("Russia's federal budget deficit reached 4.9 trillion rubles in January–July", "according to", "the Finance Ministry",
             "Russian Finance Ministry", "organisation", "Russia", "according_to"),
            ("that inflation was slowing faster than expected", "said", "Central bank chief Elvira Nabiullina", "Elvira Nabiullina",
             "person", "Russia", "indirect"),
            ("that no meeting was planned", "told", "Foreign Minister Sergei Lavrov", "Sergei Lavrov", "person", "Russia", "indirect"),
            ("stalling for time to keep killing.", "accused", "Ukraine's foreign ministry", "Ukrainian Foreign Ministry",
             "organisation", "Ukraine", "direct"),
        ],
        "events": [
            ("on Saturday", "2025-08-23", "2025-08-23", "day", True,
             "North Korean state media reported Kim met families of soldiers killed in Kursk and promised a memorial"),
            ("this autumn", "2025-09-01", "2025-11-30", "season", True, "Roughly 6,000 North Korean military engineers expected in Russia (HUR)"),
            ("on Wednesday", "2025-08-27", "2025-08-27", "day", True, "iStories reported Russia paid Pyongyang roughly 45 billion rubles"),
            ("in 2024", "2024-01-01", "2024-12-31", "year", False, "Russia's Defense Ministry paid Pyongyang roughly 45 billion rubles for the troops"),
            ("on Thursday", "2025-08-28", "2025-08-28", "day", True, "Peskov told journalists cooperation with Pyongyang was developing"),
            ("last winter", "2024-12-01", "2025-02-28", "season", True, "Ukrainian commanders said the North Koreans were learning fast"),
            ("in January–July", "2025-01-01", "2025-07-31", "month", True, "Russia's federal budget deficit reached 4.9 trillion rubles"),
            ("on Tuesday", "2025-08-26", "2025-08-26", "day", True, "Nabiullina said inflation was slowing faster than expected"),
            ("on September 12", "2025-09-12", "2025-09-12", "day", True, "Next Bank of Russia board meeting"),
            ("on August 15", "2025-08-15", "2025-08-15", "day", True, "Putin-Trump summit in Anchorage"),
            ("on Sunday", "2025-08-24", "2025-08-24", "day", True, "Lavrov told NBC News no Putin-Zelensky meeting was planned"),
        ],
    },
}
