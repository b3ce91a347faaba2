# dev92_04 — DER SPIEGEL International. The manifest's `published` is EMPTY; the anchor is the page's
# own date line "13.06.2025, 18.00 Uhr" -> 2025-06-13 (Friday). The date line itself is not an event.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])

BND = "Federal Intelligence Service (Germany)"
LYAMIN = "Igor Lyamin"
HARTMANN = "Lena Hartmann"
HUR = "Defence Intelligence of Ukraine"

DOCS = {
    "dev92_04_spiegel_kursk_builders": {
        "figures": [
            ("thousands of North Korean soldiers", 1000, None, "vague", "soldier", "personnel", 1000, "count", ""),
            ("1,200 people", 1200, None, "exact", "person", "personnel", 1200, "count", ""),
            ("800", 800, None, "exact", "person", "personnel", 800, "count", ""),
            ("hundreds more", 100, None, "vague", "person", "personnel", 100, "count", ""),
            ("6,000 people", 6000, None, "exact", "person", "personnel", 6000, "count", ""),
            ("2.4 billion rubles", 2400000000, None, "exact", "ruble", "money", 2400000000, "RUB", LYAMIN),
            ("roughly 27 million euros", 27000000, None, "approximately", "euro", "money", 27000000, "EUR", LYAMIN),
            ("up to 30,000 additional North Korean soldiers", 30000, None, "at_most", "soldier", "personnel", 30000, "count", BND),
            ("about 4,700 soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count", BND),
            ("at least $9 billion", 9000000000, None, "at_least", "", "money", 9000000000, "USD", HARTMANN),
            ("at least two more brigades", 2, None, "at_least", "brigade", "units", 2, "count", HUR),
        ],
        "attributions": [
            ("the deployment is only the beginning", "believes", "Germany's foreign intelligence service", BND,
             "organisation", "Germany", "indirect"),
            ('that the North Korean "military builders" are to arrive "in several echelons beginning in July" and that their upkeep will cost the region 2.4 billion rubles, or roughly 27 million euros, by December',
             "Igor Lyamin, |writes| that", "the head of the construction department, Igor Lyamin", LYAMIN,
             "person", "Russia", "indirect"),
            ('They will be "organized in battalions under their own commanders," Lyamin writes, and will "provide their own security."',
             ',\" Lyamin |writes|, and', "Lyamin", LYAMIN, "person", "Russia", "indirect"),
            ('Russia, the BND analysts write, is planning to bring in up to 30,000 additional North Korean soldiers for "follow-on operations" and could receive the first of them by August',
             "write", "the BND analysts", BND, "group", "Germany", "indirect"),
            ("North Korea's losses in Kursk region, the assessment estimates, stand at about 4,700 soldiers killed or wounded",
             "estimates", "the assessment", BND, "organisation", "Germany", "indirect"),
            ('they were "a provocation by the Ukrainian special services" and that "no foreign builders are planned."',
             "said", "a spokesman for the Kursk regional administration", "Kursk regional administration",
             "group", "Russia", "indirect"),
            ("For Pyongyang, this is the next business model,", "says", "Lena Hartmann", HARTMANN,
             "person", "independent", "direct"),
            ("First it sold shells, then soldiers. Now it is renting out construction brigades, and Moscow pays in cash and in oil.",
             "says", "Lena Hartmann", HARTMANN, "person", "independent", "direct"),
            ("Since 2023, she estimates, North Korea has earned at least $9 billion from its partnership with Moscow",
             "estimates", "she", HARTMANN, "person", "independent", "indirect"),
            ('that it had tracked North Korean engineering units in Kursk region since March and expected "at least two more brigades" this summer',
             "told DER SPIEGEL", "Ukraine's military intelligence agency HUR", HUR, "organisation", "Ukraine", "indirect"),
        ],
        "events": [
            ("in May", "2025-05-01", "2025-05-31", "month", True, "The 'Placement of DPRK specialists' spreadsheet was drawn up by the Kursk construction department"),
            ("this month", "2025-06-01", "2025-06-30", "month", True, "South Korean lawmakers were given a similar figure in a closed briefing"),
            ("April 28", "2025-04-28", "2025-04-28", "day", True, "Igor Lyamin's cover letter on housing North Korean builders"),
            ("in July", "2025-07-01", "2025-07-31", "month", True, "North Korean military builders are to begin arriving in several echelons"),
            ("by December", "2025-12-01", "2025-12-31", "month", True, "Upkeep of the North Korean builders to cost the region 2.4 billion rubles"),
            ("by August", "2025-08-01", "2025-08-31", "month", True, "Russia could receive the first of up to 30,000 additional North Korean soldiers (BND)"),
            ("on Wednesday", "2025-06-11", "2025-06-11", "day", True, "A Kursk administration spokesman, asked about the documents, called them a provocation"),
            ("Since 2023", "2023-01-01", "2025-06-13", "open", True, "North Korea has earned at least $9 billion from its partnership with Moscow (Hartmann)"),
            ("since March", "2025-03-01", "2025-06-13", "open", True, "HUR has tracked North Korean engineering units in Kursk region"),
            ("this summer", "2025-06-01", "2025-08-31", "season", True, "HUR expects at least two more North Korean brigades"),
        ],
    },
}
