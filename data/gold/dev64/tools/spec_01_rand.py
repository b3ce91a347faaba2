"""dev64_01_rand_kursk: RAND Commentary, published 2024-11-26 (Tuesday).

Rows: figures (pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ]);
attributions (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ]);
events (pattern, date_start, date_end, granularity, relative, event[, occ]).
A pattern "left|span|right" is located as the unique occurrence of left+span+right.
"""
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"

DOCS = {
    "dev64_01_rand_kursk": {
        "figures": [
            ("some 1,500 special operations troops", 1500, None, "approximately", "troop", "personnel", 1500, "count", NIS),
            ("about 8,000 North Korean soldiers", 8000, None, "approximately", "soldier", "personnel", 8000, "count", "Antony Blinken"),
            ("number at |11,000| a few", 11000, None, "exact", "soldier", "personnel", 11000, "count", "Volodymyr Zelensky"),
            ("11,000 to 12,000", 11000, 12000, "range", "soldier", "personnel", 11000, "count", HUR),
            ("five brigades", 5, None, "exact", "brigade", "units", 5, "count", HUR),
            ("roughly 600,000 troops", 600000, None, "approximately", "troop", "personnel", 600000, "count", "Western officials"),
            ("about 40 North Korean soldiers", 40, None, "approximately", "soldier", "casualties", 40, "count", "Ukrainian drone operators"),
            ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "South Korean lawmakers"),
            ("force of |12,000|,", 12000, None, "exact", "soldier", "personnel", 12000, "count", ""),
            ("nearly $290 million", 290000000, None, "approximately", "", "money", 290000000, "USD", ""),
            ("about 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", ""),
            ("500 square miles", 500, None, "exact", "square mile", "territory", 1294.994, "km2", ""),
            ("roughly 800", 800, None, "approximately", "square kilometer", "territory", 800, "km2", "Oleksandr Syrskyi"),
        ],
        "attributions": [
            ("that Pyongyang had shipped some 1,500 special operations troops to Russia's Far East", "disclosed",
             "South Korea's National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            ("that about 8,000 North Korean soldiers had already moved into the Kursk region", "said",
             "U.S. Secretary of State Antony Blinken", "Antony Blinken", "person", "United States", "indirect"),
            ("Ukrainian President Volodymyr Zelenskyy put the number at 11,000 a few days later", "put the number at",
             "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("Ukraine's military intelligence agency, HUR, has described a force of 11,000 to 12,000 organized into five brigades",
             "has described", "Ukraine's military intelligence agency, HUR", HUR, "organisation", "Ukraine", "indirect"),
            ("Russia has roughly 600,000 troops committed to the war", "say",
             "Western officials", "Western officials", "group", "West", "indirect"),
            ("that intercepted radio traffic showed Russian and North Korean units struggling to coordinate artillery fire even with interpreters attached to each battalion",
             "told us", "A Ukrainian officer serving near Sudzha", "Ukrainian officer near Sudzha", "group", "Ukraine", "indirect"),
            ("that they had killed or wounded about 40 North Korean soldiers in a single strike near the village of Plekhovo", "claimed",
             "Ukrainian drone operators", "Ukrainian drone operators", "group", "Ukraine", "indirect"),
            ("that Moscow may be paying about $2,000 per soldier a month", "said",
             "South Korean lawmakers briefed by the NIS", "South Korean lawmakers", "group", "South Korea", "indirect"),
            ("Pyongyang is getting combat data it could not buy anywhere else,", "told us",
             "a former South Korean defense official", "former South Korean defense official", "group", "South Korea", "direct"),
            ("That is the real payment.", "told us",
             "a former South Korean defense official", "former South Korean defense official", "group", "South Korea", "direct"),
            ("that his forces still held roughly 800 of them", "said",
             "Ukraine's commander-in-chief, Gen. Oleksandr Syrskyi", "Oleksandr Syrskyi", "person", "Ukraine", "indirect"),
            ('that cooperation with Pyongyang "is developing in all areas"', "said",
             "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
            ("the Biden administration's decision last week to let Ukraine fire ATACMS missiles into Russia, which Kyiv first did on November 19, was a direct response to the North Korean deployment",
             "have said", "U.S. officials", "U.S. officials", "group", "United States", "indirect"),
            ("it could begin sending weapons directly to Ukraine if North Korean units join the fighting on Ukrainian soil", "has said",
             "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ],
        "events": [
            ("disclosed |in October| that", "2024-10-01", "2024-10-31", "month", True,
             "South Korea's NIS disclosed that Pyongyang had shipped some 1,500 special operations troops to Russia's Far East"),
            ("on October 31", "2024-10-31", "2024-10-31", "day", True,
             "Blinken said about 8,000 North Korean soldiers had moved into the Kursk region"),
            ("told us |last week| that", "2024-11-18", "2024-11-24", "week", True,
             "A Ukrainian officer near Sudzha told the authors of Russian-North Korean artillery coordination problems"),
            ("on November 14", "2024-11-14", "2024-11-14", "day", True,
             "Ukrainian drone operators claimed to have killed or wounded about 40 North Korean soldiers near Plekhovo"),
            ("said |this month| that", "2024-11-01", "2024-11-30", "month", True,
             "South Korean lawmakers briefed by the NIS said Moscow may pay about $2,000 per North Korean soldier a month"),
            ("in August", "2024-08-01", "2024-08-31", "month", True,
             "Ukraine seized about 1,300 square kilometers of the Kursk region"),
            ("earlier this month", "2024-11-01", "2024-11-25", "month", True,
             "Syrskyi said Ukrainian forces still held roughly 800 square kilometers of Kursk"),
            ("on Monday", "2024-11-25", "2024-11-25", "day", True,
             "Peskov, asked about the deployment, said cooperation with Pyongyang was developing in all areas"),
            ("decision |last week| to", "2024-11-18", "2024-11-24", "week", True,
             "The Biden administration decided to let Ukraine fire ATACMS missiles into Russia"),
            ("on November 19", "2024-11-19", "2024-11-19", "day", True,
             "Ukraine first fired ATACMS missiles into Russia"),
        ],
    },
}
