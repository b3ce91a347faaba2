"""dev63_01_doj_indictment: U.S. Department of Justice (Office of Public Affairs), published 2025-03-20 (Thu)."""
DOJ = "U.S. Justice Department"
US = "United States"
DOCS = {
    "dev63_01_doj_indictment": {
        "figures": [
            # (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
            ("$7.4 Million", 7400000, None, "exact", "", "money", 7400000, "USD", ""),
            ("more than 9,000 microcontrollers", 9000, None, "more_than", "microcontroller", "other", 9000, "count", DOJ),
            ("about 1,800 handheld radios", 1800, None, "approximately", "handheld radio", "other", 1800, "count", DOJ),
            ("400 thermal sights", 400, None, "exact", "thermal sight", "other", 400, "count", DOJ),
            ("roughly 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count",
             "National Intelligence Service (South Korea)"),
            ("approximately 410 million rubles", 410000000, None, "approximately", "ruble", "money", 410000000, "RUB", DOJ),
            ("about $4.8 million", 4800000, None, "approximately", "", "money", 4800000, "USD", DOJ),
            ("6.2 million yuan", 6200000, None, "exact", "yuan", "money", 6200000, "CNY", DOJ),
            ("$1.9 million", 1900000, None, "exact", "", "money", 1900000, "USD", DOJ),
            ("two shipments", 2, None, "exact", "shipment", "other", 2, "count", "Teresa M. Albright"),
            ("$310,000", 310000, None, "exact", "", "money", 310000, "USD", "Teresa M. Albright"),
            ("up to $1 million", 1000000, None, "at_most", "", "money", 1000000, "USD", ""),
        ],
        "attributions": [
            # (content span, cue, speaker as written, canonical, type, affiliation, kind[, occurrence])
            ("An indictment unsealed today in the Southern District of Texas charges a Russian national, a "
             "Houston-area freight executive and a Hong Kong trading company with conspiring to export U.S.-origin "
             "electronics to Russia and North Korea and to launder the proceeds",
             "charges", "An indictment unsealed today in the Southern District of Texas", DOJ, "organisation", US,
             "indirect"),
            ("These defendants allegedly helped arm a regime that has sent its own soldiers to fight and die for "
             "Vladimir Putin,", "said", "Attorney General Pamela Bondi", "Pamela Bondi", "person", US, "direct"),
            ("The Justice Department will follow this money wherever it leads.", "said",
             "Attorney General Pamela Bondi", "Pamela Bondi", "person", US, "direct"),
            ("from in or about January 2023 through at least November 2024, the conspirators shipped more than 9,000 "
             "microcontrollers, signal processors and navigation modules from Texas to Vladivostok, many of which were "
             "then trucked to Rason, North Korea", "According to", "the indictment", DOJ, "organisation", US,
             "according_to"),
            ('that Kolesnik told a co-conspirator in October 2024 that a "large order of radios" was needed for "our '
             'Korean friends in Kursk" and that the group then arranged the purchase of about 1,800 handheld radios '
             'and 400 thermal sights', "alleges", "The indictment", DOJ, "organisation", US, "indirect"),
            ('that a "large order of radios" was needed for "our Korean friends in Kursk"', "told", "Kolesnik",
             "Andrei Kolesnik", "person", "independent", "indirect"),
            ("that North Korea had sent roughly 11,000 troops to Russia, most of them to the Kursk region", "assessed",
             "South Korea's National Intelligence Service", "National Intelligence Service (South Korea)",
             "organisation", "South Korea", "indirect"),
            ("the scheme was paid for in rubles, yuan and dollars", "allege", "Prosecutors", DOJ, "group", US,
             "indirect"),
            ("Kolesnik's companies wired approximately 410 million rubles, or about $4.8 million, and 6.2 million yuan "
             "to accounts controlled by Lucent Harbor, while Whitfield's firm received $1.9 million from the Hong Kong "
             "company", "says", "the indictment", DOJ, "organisation", US, "indirect"),
            ("Every dollar in this case bought either a part for a missile aimed at Ukrainian cities or gear for the "
             "North Korean troops fighting alongside Russian forces,", "said", "Sue J. Bai", "Sue J. Bai", "person", US,
             "direct"),
            ('the case "shows that a warehouse in Fort Bend County can sit at the start of a supply line that ends on '
             'the Kursk front."', "said", "Acting U.S. Attorney Daniel R. Whitcomb", "Daniel R. Whitcomb", "person",
             US, "indirect"),
            ("that agents had seized two shipments, worth $310,000, before they left the United States last summer",
             "added", "Special Agent in Charge Teresa M. Albright", "Teresa M. Albright", "person", US, "indirect"),
        ],
        "events": [
            # (span, date_start, date_end, granularity, relative, event[, occurrence])
            ("unsealed |today| in the Southern", "2025-03-20", "2025-03-20", "day", True,
             "Indictment unsealed in the Southern District of Texas charging Kolesnik, Whitfield and Lucent Harbor"),
            ("arrested |Tuesday| at", "2025-03-18", "2025-03-18", "day", True,
             "Whitfield arrested at George Bush Intercontinental Airport"),
            ("yesterday", "2025-03-19", "2025-03-19", "day", True,
             "Whitfield made his initial appearance in federal court in Houston"),
            ("in February 2024", "2024-02-01", "2024-02-29", "month", False, "OFAC designated Kolesnik"),
            ("from in or about January 2023 through at least November 2024", "2023-01-01", "2024-11-30", "month",
             False, "Conspirators shipped more than 9,000 electronic components from Texas to Vladivostok and on to Rason"),
            ("on Jan. 2, 2024", "2024-01-02", "2024-01-02", "day", False,
             "North Korean KN-23 ballistic missiles struck Kharkiv"),
            ("in October 2024", "2024-10-01", "2024-10-31", "month", False,
             "Kolesnik told a co-conspirator a large order of radios was needed for 'our Korean friends in Kursk'"),
            ("last summer", "2024-06-01", "2024-08-31", "season", True,
             "FBI agents seized two shipments worth $310,000 before they left the United States"),
        ],
    }
}
