# dev29_06_mint_war_windfall (Mint; no published date in the manifest: anchor 2025-03-14, a Friday,
# from the page's date line "Updated14 Mar 2025, 09:48 PM IST")
# Row formats: see spec_01_indiatoday.py
NIS = "National Intelligence Service (South Korea)"
KIPE = "Korea Institute for Peninsula Economy"
RUMOD = "Russian Defense Ministry"
SKOFF = "South Korean government official"

DOCS = {
    "dev29_06_mint_war_windfall": {
        "figures": [
            ("more than $5 billion", 5000000000, None, "more_than", "dollar", "money", 5000000000, "USD", KIPE),
            ("$5.2-5.6 billion", 5200000000, 5600000000, "range", "dollar", "money", 5200000000, "USD", KIPE),
            ("about $4 billion", 4000000000, None, "approximately", "dollar", "money", 4000000000, "USD", KIPE),
            ("9 million to 12 million rounds", 9000000, 12000000, "range", "round", "weapons", 9000000, "count", KIPE),
            ("at least 148 ballistic missiles", 148, None, "at_least", "ballistic missile", "weapons", 148, "count",
             KIPE),
            ("around 120 self-propelled guns", 120, None, "approximately", "self-propelled gun", "weapons", 120,
             "count", KIPE),
            ("roughly $2,000", 2000, None, "approximately", "dollar", "money", 2000, "USD", KIPE),
            ("about 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", KIPE),
            ("around 32 billion won", 32000000000, None, "approximately", "won", "money", 32000000000, "KRW", KIPE),
            ("about ₹190 crore", 1900000000, None, "approximately", "rupee", "money", 1900000000, "INR", KIPE),
            ("at least 210,000 roubles", 210000, None, "at_least", "rouble", "money", 210000, "RUB", RUMOD),
            ("about $2,400", 2400, None, "approximately", "dollar", "money", 2400, "USD", RUMOD),
            ("about 10 km", 10, None, "approximately", "km", "territory", 10, "km", "Russia"),
            ("roughly 1,300 sq km", 1300, None, "approximately", "sq km", "territory", 1300, "km2", ""),
            ("less than 200 sq km", 200, None, "less_than", "sq km", "territory", 200, "km2",
             "Russian military official"),
            ("some 300", 300, None, "approximately", "troop", "casualties", 300, "count", NIS),
            ("2,700", 2700, None, "exact", "troop", "casualties", 2700, "count", NIS),
        ],
        "attributions": [
            ("Pyongyang may have earned more than $5 billion since 2023 from arms sales and troop deployments",
             "suggest", "a Seoul think tank", KIPE, "organisation", "independent", "indirect"),
            ("North Korea has earned $5.2-5.6 billion from its military cooperation with Russia since the two "
             "countries began trading arms in the summer of 2023", "according to",
             "the Korea Institute for Peninsula Economy (KIPE)", KIPE, "organisation", "independent", "according_to"),
            ("The bulk of the money, about $4 billion, came from artillery shells and missiles", "said", "the report",
             KIPE, "organisation", "independent", "indirect"),
            ("North Korea has shipped 9 million to 12 million rounds of artillery ammunition, along with at least 148 "
             "ballistic missiles, mostly of the KN-23 and KN-24 types, and around 120 self-propelled guns, including "
             "the 170mm Koksan", "estimated", "it", KIPE, "organisation", "independent", "indirect"),
            ("that Russia pays roughly $2,000 a month for each of about 11,000 soldiers Pyongyang sent to the Kursk "
             "front in October and November, or around 32 billion won (about ₹190 crore) a month in total",
             "estimates", "The institute", KIPE, "organisation", "independent", "indirect"),
            ("contract soldiers earn at least 210,000 roubles (about $2,400) a month", "says",
             "Russia’s defence ministry", RUMOD, "organisation", "Russia", "indirect"),
            ("The war has been the best thing to happen to the North Korean economy in a generation,", "said",
             "Choi Eun-ha", "Choi Eun-ha", "person", "independent", "direct"),
            ("But this is a wartime boom. When the fighting stops, so does the cash.", "generation,” |said| Choi",
             "Choi Eun-ha", "Choi Eun-ha", "person", "independent", "direct"),
            ("North Korea’s economy grew by an estimated 3.1% in 2023, its first expansion in four years",
             "according to", "the Bank of Korea", "Bank of Korea", "organisation", "South Korea", "according_to"),
            ("that roughly half of the shells fired by Russian forces came from North Korea, and that Moscow was "
             "paying partly in oil and food", "said", "Ukraine’s military intelligence chief Kyrylo Budanov",
             "Kyrylo Budanov", "person", "Ukraine", "indirect"),
            ("Without North Korean ammunition, Russia’s offensive in the east would already have stalled.",
             "told Ukrainian television", "Budanov", "Kyrylo Budanov", "person", "Ukraine", "direct"),
            ("the KIPE estimate was “in the right range”", "said", "A senior South Korean government official", SKOFF,
             "group", "South Korea", "indirect"),
            ("that the value of Russian technology transfers to Pyongyang was impossible to price", "cautioned", "He",
             SKOFF, "group", "South Korea", "indirect"),
            ("The rouble’s swings against the dollar and North Korea’s meaningless official exchange rate make any "
             "estimate uncertain", "acknowledged", "KIPE", KIPE, "organisation", "independent", "indirect"),
            ("it had retaken the town of Sudzha, the largest settlement held by Ukrainian forces in Kursk, about 10 km "
             "from the border", "said", "Russia", "Russia", "government", "Russia", "indirect"),
            ("that less than 200 sq km remains in Ukrainian hands", "told state news agency TASS",
             "a Russian military official", "Russian military official", "group", "Russia", "indirect"),
            ("that some 300 had been killed and 2,700 wounded", "said", "Seoul’s National Intelligence Service (NIS)",
             NIS, "organisation", "South Korea", "indirect"),
            ("Kim Jong Un has not publicly acknowledged the deployment", "has not publicly acknowledged",
             "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("Pyongyang’s income from Russia to fall next year if a ceasefire is agreed", "expects", "KIPE", KIPE,
             "organisation", "independent", "indirect"),
        ],
        "events": [
            ("since 2023", "2023-01-01", "2025-03-14", "open", True,
             "Pyongyang earned more than $5 billion from arms sales and troop deployments"),
            ("in the summer of 2023", "2023-06-01", "2023-08-31", "season", False,
             "North Korea and Russia began trading arms"),
            ("released |on Thursday| by", "2025-03-13", "2025-03-13", "day", True,
             "KIPE released its report on North Korea's earnings from military cooperation with Russia"),
            ("in October and November", "2024-10-01", "2024-11-30", "month", True,
             "Pyongyang sent about 11,000 soldiers to the Kursk front"),
            ("in 2023", "2023-01-01", "2023-12-31", "year", False,
             "North Korea's economy grew an estimated 3.1% (Bank of Korea)"),
            ("in December", "2024-12-01", "2024-12-31", "month", True,
             "Budanov said roughly half of the shells Russia fired came from North Korea"),
            ("this week", "2025-03-10", "2025-03-16", "week", True,
             "Budanov told Ukrainian television Russia's offensive would have stalled without North Korean ammunition"),
            ("Russia said |on Thursday| it", "2025-03-13", "2025-03-13", "day", True,
             "Russia said it had retaken the town of Sudzha in Kursk"),
            ("last August", "2024-08-01", "2024-08-31", "month", True,
             "Ukraine's troops at their peak controlled roughly 1,300 sq km of Kursk"),
            ("in January", "2025-01-01", "2025-01-31", "month", True,
             "NIS said some 300 North Korean soldiers had been killed and 2,700 wounded"),
            ("next year", "2026-01-01", "2026-12-31", "year", True,
             "KIPE expects Pyongyang's income from Russia to fall if a ceasefire is agreed"),
        ],
    },
}
