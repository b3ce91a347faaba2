# dev92_03 — OCCRP, anchor 2025-04-10 (Thursday), from the manifest.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])

NIS = "National Intelligence Service (South Korea)"
PML = "Primorye Maritime Lines"
KORENEV = "Vadim Korenev"
PARK = "Siyeon Park"

DOCS = {
    "dev92_03_occrp_ferry_contracts": {
        "figures": [
            ("hundreds of millions of rubles", 100000000, None, "vague", "ruble", "money", 100000000, "RUB", ""),
            ("1.3 billion rubles", 1300000000, None, "exact", "ruble", "money", 1300000000, "RUB", ""),
            ("about $15 million", 15000000, None, "approximately", "", "money", 15000000, "USD", ""),
            ("up to 1,500 passengers", 1500, None, "at_most", "passenger", "personnel", 1500, "count", ""),
            ("18 million rubles", 18000000, None, "exact", "ruble", "money", 18000000, "RUB", "Amurspetstrans"),
            ("14 voyages", 14, None, "exact", "voyage", "other", 14, "count", ""),
            ("between 12,000 and 14,000 people", 12000, 14000, "range", "person", "personnel", 12000, "count", ""),
            ("some 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", NIS),
            ("410 million rubles", 410000000, None, "exact", "ruble", "money", 410000000, "RUB", PML),
            ("€2.1 million", 2100000, None, "exact", "", "money", 2100000, "EUR", ""),
            ("more than 200 pages", 200, None, "more_than", "page", "other", 200, "count", ""),
        ],
        "attributions": [
            ("that it did any military work", "denies", "The company’s owner", KORENEV, "person", "Russia", "indirect"),
            ("that the passengers are “servicemen of the Korean People’s Army” and that the fee is 18 million rubles per voyage",
             "states", "An annex drawn up by Amurspetstrans", "Amurspetstrans", "organisation", "Russia", "indirect"),
            ("that Pyongyang sent some 11,000 soldiers to Russia last year", "said",
             "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("the largest single payment, 410 million rubles, arrived on 2 December via Tolubay Bank in Bishkek",
             "According to", "the ledger", PML, "organisation", "Russia", "according_to"),
            ("that the firm had “facilitated the movement of DPRK military personnel into Russia.”", "said",
             "The U.S. Treasury", "U.S. Treasury Department", "organisation", "United States", "indirect"),
            ("This is how Moscow moves an army without using the army,", "said", "Siyeon Park", PARK,
             "person", "independent", "direct"),
            ("Satellite images reviewed by her group place the Avrora in Rajin on 11 October and again on 3 November",
             "said", "she", PARK, "person", "independent", "indirect"),
            ("that the Avrora had carried “construction workers and students” and that his company “has never done anything for the military.”",
             "told OCCRP", "Vadim Korenev", KORENEV, "person", "Russia", "indirect"),
            ("the documents were “stolen and falsified,”", "said", "He", KORENEV, "person", "Russia", "indirect"),
            ("that it “complies with all sanctions regimes applicable in the Kyrgyz Republic” and does not comment on individual clients",
             "said", "Tolubay Bank", "Tolubay Bank", "organisation", "Kyrgyzstan", "indirect"),
        ],
        "events": [
            ("in October and November 2024", "2024-10-01", "2024-11-30", "month", False, "Primorye Maritime Lines carried North Korean soldiers from Rajin to Vladivostok"),
            ("In the autumn of 2024", "2024-09-01", "2024-11-30", "season", False, "North Korean troops began arriving in Russia; the Vladivostok ferry operator became busy on the Rajin route"),
            ("2 October 2024", "2024-10-02", "2024-10-02", "day", False, "Date of the charter agreement between Primorye Maritime Lines and Amurspetstrans"),
            ("since 2019", "2019-01-01", "2025-04-10", "open", True, "Amurspetstrans has held contracts with Russia's Defense Ministry"),
            ("records 14 voyages |in October and November|.", "2024-10-01", "2024-11-30", "month", True, "The ledger records 14 voyages of the Avrora"),
            ("last year", "2024-01-01", "2024-12-31", "year", True, "Pyongyang sent some 11,000 soldiers to Russia (NIS)"),
            ("on 2 December", "2024-12-02", "2024-12-02", "day", True, "The largest payment, 410 million rubles, arrived via Tolubay Bank"),
            ("Hong Kong bank |in January|,", "2025-01-01", "2025-01-31", "month", True, "A further EUR 2.1 million reached the company's Hong Kong bank account"),
            ("sanctioned Amurspetstrans |in January|,", "2025-01-01", "2025-01-31", "month", True, "The U.S. Treasury sanctioned Amurspetstrans"),
            ("on 11 October", "2024-10-11", "2024-10-11", "day", True, "Satellite images place the Avrora in Rajin"),
            ("on 3 November", "2024-11-03", "2024-11-03", "day", True, "Satellite images place the Avrora in Rajin again"),
            ("on 31 March", "2025-03-31", "2025-03-31", "day", True, "OCCRP sent questions to Amurspetstrans"),
        ],
    },
}
