"""dev75_01: The Washington Post, 2024-12-08 (Sunday). North Korean restaurants and workers in Vladivostok.

Rows: figures (pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ]);
attributions (pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ]);
events (pattern, date_start, date_end, granularity, relative, event[, occ]).
A pattern "left|span|right" is the unique occurrence of left+span+right.
"""
NIS = "National Intelligence Service (South Korea)"
ALEXEI = "Alexei (construction foreman)"

DOCS = {
    "dev75_01_washingtonpost_restaurants": {
        "figures": [
            ("eight waitresses", 8, None, "exact", "waitress", "other", 8, "count", ""),
            ("about 60 Russians", 60, None, "approximately", "russian", "other", 60, "count", ""),
            ("at least 14 North Korean-run eateries", 14, None, "at_least", "eatery", "other", 14, "count",
             "Primorye Business Observer"),
            ("13,221 North Koreans", 13221, None, "exact", "north korean", "other", 13221, "count",
             "Russian Interior Ministry"),
            ("nearly 8,000", 8000, None, "approximately", "north korean", "other", 8000, "count",
             "Russian Interior Ministry"),
            ("about 40 North Koreans", 40, None, "approximately", "north korean", "other", 40, "count", ALEXEI),
            ("roughly $800", 800, None, "approximately", "", "money", 800, "USD", ALEXEI),
            ("some 6,400 kilometers", 6400, None, "approximately", "kilometer", "territory", 6400, "km", ""),
            ("4,000 miles", 4000, None, "exact", "mile", "territory", 6437.376, "km", ""),
            ("about 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
            ("650 rubles", 650, None, "exact", "ruble", "money", 650, "RUB", ""),
            ("about $6.50", 6.5, None, "approximately", "", "money", 6.5, "USD", ""),
            ("420 rubles", 420, None, "exact", "ruble", "money", 420, "RUB", ""),
            ("between $3 million and $5 million", 3000000, 5000000, "range", "", "money", 3000000, "USD",
             "Oleg Tarasenko"),
        ],
        "attributions": [
            ("The show has not changed in years", "say", "regulars", "regulars", "group", "independent", "indirect"),
            ("Now they are our allies in the war, so people come to say thank you,", "said", "Sergei Butenko",
             "Sergei Butenko", "person", "independent", "direct"),
            ("Last month I brought my whole office.", "|said| Sergei Butenko", "Sergei Butenko",
             "Sergei Butenko", "person", "independent", "direct"),
            ("The Koryo Pavilion is one of at least 14 North Korean-run eateries still operating in Russia’s Far East",
             "according to", "Primorye Business Observer", "Primorye Business Observer", "media", "independent",
             "according_to"),
            ("13,221 North Koreans entered Russia in 2023, nearly 8,000 of them listing “study” as the purpose of their trip",
             "According to", "Russian Interior Ministry", "Russian Interior Ministry", "organisation", "Russia",
             "according_to"),
            ("is used to disguise laborers", "say", "South Korean officials", "South Korean officials", "group",
             "South Korea", "indirect"),
            ("about 40 North Koreans were building an apartment block there, working from 7 a.m. until dark, seven days a week",
             "said", "a foreman who gave only his first name, Alexei", ALEXEI, "person", "independent", "indirect"),
            ("They don’t drink, they don’t complain, they don’t go home,", "said", "he", ALEXEI, "person",
             "independent", "direct"),
            ("that their wages, roughly $800 a month per man, were paid to a company registered to a North Korean "
             "trading firm and that the workers kept “maybe a tenth.”", "added", "He", ALEXEI, "person",
             "independent", "indirect"),
            ("that about 11,000 North Korean troops had been sent to Russia and that most had moved to the Kursk region, "
             "where Ukraine has held a slice of Russian territory since August", "told lawmakers",
             "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("The Kremlin has neither confirmed nor denied their presence", "neither confirmed nor denied",
             "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
            ("that military cooperation with Pyongyang was “a sovereign matter for Moscow and Pyongyang.”", "said",
             "spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
            ("Every plate of naengmyeon is a small remittance to the state,", "said", "Oleg Tarasenko",
             "Oleg Tarasenko", "person", "independent", "direct"),
            ("that the region’s North Korean restaurants together send home between $3 million and $5 million a year",
             "estimated", "He", "Oleg Tarasenko", "person", "independent", "indirect"),
            ("That is small change beside what Moscow is thought to pay for the troops", "said", "he",
             "Oleg Tarasenko", "person", "independent", "indirect"),
            ("but it never stopped, not even during covid.", "troops, he |said|, “but", "he", "Oleg Tarasenko",
             "person", "independent", "direct"),
            ("To the boys in Kursk,", "said", "he", "Sergei Butenko", "person", "independent", "direct"),
            ("Ours and theirs.", "Kursk,” he |said|. “Ours", "he", "Sergei Butenko", "person", "independent",
             "direct"),
        ],
        "events": [
            ("on Dec. 3", "2024-12-03", "2024-12-03", "day", True,
             "Waitresses performed for diners at a North Korean-run restaurant in Vladivostok (photo caption)"),
            ("Last month", "2024-11-01", "2024-11-30", "month", True,
             "Sergei Butenko brought his whole office to the North Korean restaurant"),
            ("in December 2017", "2017-12-01", "2017-12-31", "month", False,
             "U.N. Security Council resolution ordering all North Korean workers home within 24 months adopted"),
            ("in 2023", "2023-01-01", "2023-12-31", "year", False,
             "13,221 North Koreans entered Russia, nearly 8,000 of them giving study as the purpose"),
            ("last month", "2024-11-01", "2024-11-30", "month", True,
             "NIS told lawmakers about 11,000 North Korean troops had been sent to Russia, most to Kursk"),
            ("since August", "2024-08-01", "2024-12-08", "open", True,
             "Ukraine has held a slice of Russian territory in the Kursk region"),
            ("Wednesday", "2024-12-04", "2024-12-04", "day", True,
             "Dmitry Peskov said military cooperation with Pyongyang was a sovereign matter"),
        ],
    },
}
