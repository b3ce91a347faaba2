"""dev63_02_treasury_sanctions: U.S. Department of the Treasury press release, published 2024-12-19 (Thu)."""
US = "United States"
OFAC = "Office of Foreign Assets Control"
TREAS = "U.S. Treasury Department"
USI = "U.S. intelligence"
DOCS = {
    "dev63_02_treasury_sanctions": {
        "figures": [
            ("four senior officers", 4, None, "exact", "officer", "personnel", 4, "count", ""),
            ("six entities", 6, None, "exact", "entity", "other", 6, "count", ""),
            ("two DPRK-flagged cargo vessels", 2, None, "exact", "cargo vessel", "other", 2, "count", ""),
            ("more than 11,000 soldiers", 11000, None, "more_than", "soldier", "personnel", 11000, "count", USI),
            ("hundreds of North Korean soldiers", 100, None, "vague", "soldier", "casualties", 100, "count",
             "Ukrainian officials"),
            ("at least 24,000 containers", 24000, None, "at_least", "container", "weapons", 24000, "count", OFAC),
            ("more than 40 round trips", 40, None, "more_than", "round trip", "other", 40, "count", TREAS),
            ("roughly 1.6 million artillery shells", 1600000, None, "approximately", "artillery shell", "weapons",
             1600000, "count", TREAS),
            ("more than 2.3 billion rubles", 2300000000, None, "more_than", "ruble", "money", 2300000000, "RUB", OFAC),
            ("approximately $22 million", 22000000, None, "approximately", "", "money", 22000000, "USD", OFAC),
            ("€4.5 million", 4500000, None, "exact", "", "money", 4500000, "EUR", OFAC),
            ("$1,500 to $2,000", 1500, 2000, "range", "", "money", 1500, "USD", ""),
            ("three additional DPRK officials", 3, None, "exact", "official", "personnel", 3, "count",
             "Antony Blinken"),
        ],
        "attributions": [
            ("Since early October, the DPRK has sent more than 11,000 soldiers to Russia, and most of them are now "
             "fighting in the Kursk region", "according to", "the U.S. intelligence community", USI, "organisation",
             US, "according_to"),
            ("that hundreds of North Korean soldiers have been killed or wounded since KPA units entered combat "
             "earlier this month", "estimate", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine",
             "indirect"),
            ("Moscow and Pyongyang have publicly denied the deployment", "denied", "Moscow", "Russia", "government",
             "Russia", "indirect"),
            ("Moscow and Pyongyang have publicly denied the deployment", "denied", "Pyongyang", "North Korea",
             "government", "North Korea", "indirect"),
            ("Pyongyang is renting out its soldiers to the Kremlin, and Moscow is paying in oil, weapons technology "
             "and hard currency,", "said", "Deputy Secretary of the Treasury Wally Adeyemo", "Wally Adeyemo", "person",
             US, "direct"),
            ("This action goes after the generals who sold that deal and the companies that keep it running.", "said",
             "Deputy Secretary of the Treasury Wally Adeyemo", "Wally Adeyemo", "person", US, "direct"),
            ("shipped at least 24,000 containers of artillery ammunition and rockets from the port of Rajin to Russia "
             "between August 2023 and October 2024", "assesses", "OFAC", OFAC, "organisation", US, "indirect"),
            ("The vessels identified in this action, the PAEK MA and the SONG HAE 7, made more than 40 round trips on "
             "that route and delivered roughly 1.6 million artillery shells", "Treasury’s |estimate|.", "Treasury",
             TREAS, "organisation", US, "according_to"),
            ("the bank moved more than 2.3 billion rubles (approximately $22 million) to accounts held by DPRK front "
             "companies, as well as €4.5 million routed through a correspondent account in Minsk, Belarus",
             "According to", "OFAC", OFAC, "organisation", US, "according_to"),
            ("North Korean soldiers are dying in Kursk so that a handful of generals in Pyongyang can collect Russian "
             "money. We will keep exposing the banks, shippers and middlemen that make this possible.", "said",
             "Acting Under Secretary for Terrorism and Financial Intelligence Bradley T. Smith", "Bradley T. Smith",
             "person", US, "direct"),
            ("the State Department was concurrently designating three additional DPRK officials", "said",
             "Secretary of State Antony Blinken", "Antony Blinken", "person", US, "indirect"),
            ("Those who enable Russia’s war will be held to account,", "added", "he", "Antony Blinken", "person", US,
             "direct"),
            ("Colonel General Kim Song Chol traveled to Moscow on Oct. 28 to settle the terms of the deployment",
             "according to", "the U.S. government", "United States", "government", US, "according_to"),
        ],
        "events": [
            ("Today", "2024-12-19", "2024-12-19", "day", True,
             "OFAC sanctioned four KPA officers and six entities and identified two DPRK vessels"),
            ("on Monday", "2024-12-16", "2024-12-16", "day", True,
             "The European Union adopted sanctions measures (with which the U.S. action is coordinated)"),
            ("Since early October", "2024-10-01", "2024-12-19", "open", True,
             "The DPRK has sent more than 11,000 soldiers to Russia"),
            ("earlier this month", "2024-12-01", "2024-12-18", "month", True,
             "KPA units entered combat (in the Kursk region)"),
            ("in June", "2024-06-01", "2024-06-30", "month", True,
             "Putin and Kim Jong Un signed the Comprehensive Strategic Partnership Treaty in Pyongyang"),
            ("between August 2023 and October 2024", "2023-08-01", "2024-10-31", "month", False,
             "Dalvostok shipped at least 24,000 containers of artillery ammunition and rockets from Rajin to Russia"),
            ("since late October", "2024-10-21", "2024-12-19", "open", True,
             "Far Eastern Settlement Bank has processed payments for the deployment"),
            ("on Oct. 28", "2024-10-28", "2024-10-28", "day", True,
             "Colonel General Kim Song Chol traveled to Moscow to settle the terms of the deployment"),
            ("today’s", "2024-12-19", "2024-12-19", "day", True,
             "Today's designations block the property of the designated persons"),
        ],
    }
}
