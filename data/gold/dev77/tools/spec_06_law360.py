"""dev77_06_law360_forfeiture: Law360.  The manifest's published date is EMPTY; the anchor 2025-08-14
(Thursday) is taken from the page's date line "Law360 (August 14, 2025, 5:41 PM EDT) --".
Row formats as in spec_01_reuters.py."""
P = "U.S. prosecutors"
US = "United States"
RO = "Rachel Okonjo"
JP = "Jeanine Pirro"

DOCS = {
    "dev77_06_law360_forfeiture": {
        "figures": [
            ("$9.4M", 9400000, None, "exact", "", "money", 9400000, "USD", ""),
            ("roughly $9.4 million", 9400000, None, "approximately", "", "money", 9400000, "USD", ""),
            ("46 wallets", 46, None, "exact", "wallet", "other", 46, "count", P),
            ("$2,000 to $2,500", 2000, 2500, "range", "", "money", 2000, "USD", P),
            ("roughly 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", P),
            ("more than $20 million", 20000000, None, "more_than", "", "money", 20000000, "USD", P),
            ("two cryptocurrency exchanges", 2, None, "exact", "cryptocurrency exchange", "other", 2, "count",
             "U.S. Department of Justice"),
            ("two Russian nationals", 2, None, "exact", "national", "other", 2, "count", ""),
            ("tens of millions of dollars", 10000000, None, "vague", "dollar", "money", 10000000, "USD",
             "Office of Foreign Assets Control"),
            ("about $112 million", 112000000, None, "approximately", "", "money", 112000000, "USD", ""),
            ("some $7.7 million", 7700000, None, "approximately", "", "money", 7700000, "USD", ""),
        ],
        "attributions": [
            ("Russian entities paid to North Korea's Ministry of National Defence as wages for soldiers sent to fight "
             "Ukraine in Russia's Kursk region", "say", "they", P, "group", US, "indirect"),
            ("that between October 2024 and March 2025 a Moscow-based intermediary moved the funds in Tether's USDT "
             "stablecoin through 46 wallets before they reached accounts controlled by Korea Kwangson Banking Corp., "
             "a North Korean bank that has been under U.S. sanctions since 2009", "alleges",
             "The complaint", P, "group", US, "indirect"),
            ("blockchain analysis traced the payments to a procurement account of the Russian Defense Ministry, and "
             'messages recovered from a seized phone referred to "salary for the 11th Corps."', "According to",
             "FBI Special Agent Rachel Okonjo", RO, "person", US, "according_to"),
            ("that the phrase was a reference to the North Korean army formation deployed to Kursk", "wrote",
             "The agent", RO, "person", US, "indirect"),
            ("Russia agreed to pay $2,000 to $2,500 a month for each North Korean soldier, with most of the money going "
             "to the state rather than the troops", "says", "The complaint", P, "group", US, "indirect"),
            ("At that rate, roughly 11,000 soldiers would cost Moscow more than $20 million a month", "said",
             "prosecutors", P, "group", US, "indirect"),
            ("The funds are currently frozen at two cryptocurrency exchanges that cooperated with investigators",
             "Justice |said| in a statement", "the U.S. Department of Justice", "U.S. Department of Justice", "organisation", US, "indirect"),
            ("North Korea is renting out its soldiers to Russia, and Moscow is paying in crypto to dodge sanctions,",
             "said", JP, JP, "person", US, "direct"),
            ("We are going to take that money back.", "|said| Jeanine Pirro", JP, JP, "person", US, "direct"),
            ('it had processed "tens of millions of dollars" in payments for Pyongyang', "saying",
             "the U.S. Department of the Treasury's Office of Foreign Assets Control", "Office of Foreign Assets Control",
             "organisation", US, "indirect"),
            ('that his client "has never knowingly transacted with any North Korean person or entity" and would '
             "contest the forfeiture", "told Law360",
             "Paul D. Rensler of Rensler Kaye LLP, who represents Arktika", "Paul D. Rensler", "person", "independent",
             "indirect"),
            ("forfeiture of cryptocurrency has become one of the government's favorite tools against North Korea",
             "say", "Experts", "experts", "group", "independent", "indirect"),
        ],
        "events": [
            ("D.C., |on Thursday| filed", "2025-08-14", "2025-08-14", "day", True,
             "Federal prosecutors in Washington filed a civil forfeiture complaint over $9.4 million in crypto"),
            ("between October 2024 and March 2025", "2024-10-01", "2025-03-31", "month", False,
             "Moscow-based intermediary allegedly moved the funds through 46 wallets"),
            ("since 2009", "2009-01-01", "2025-08-14", "open", True,
             "Korea Kwangson Banking Corp. under U.S. sanctions"),
            ("July 30", "2025-07-30", "2025-07-30", "day", True,
             "Two Russian nationals indicted in the Eastern District of New York"),
            ("Last week", "2025-08-04", "2025-08-10", "week", True,
             "OFAC added Arktika Settlement Services LLC to its sanctions list"),
            ("comment |on Thursday|", "2025-08-14", "2025-08-14", "day", True,
             "Russian Embassy in Washington did not respond to a request for comment"),
            ("2023", "2023-01-01", "2023-12-31", "year", False,
             "Prosecutors recovered about $112 million in stolen virtual currency linked to North Korean hackers"),
            ("in June", "2025-06-01", "2025-06-30", "month", True,
             "Separate complaint sought some $7.7 million tied to North Korean IT workers"),
        ],
    }
}
