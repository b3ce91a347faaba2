"""dev87_03: Chatham House meeting transcript (on the record), 2025-03-05 (Wed).  Anchor = manifest date."""
D = "dev87_03_chathamhouse_european_security"
IH, JO = "Isabel Harrow", "Jae-sung Oh"
NIS = "National Intelligence Service (South Korea)"
GS = "General Staff of the Armed Forces of Ukraine"
SKMOD = "South Korean Defense Ministry"

DOCS = {D: {
    "figures": [
        ("about 400 square kilometres", 400, None, "approximately", "square kilometre", "territory", 400, "km2", GS),
        ("around 1,300", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", GS),
        ("3,000 or so troops", 3000, None, "approximately", "troop", "personnel", 3000, "count", NIS),
        ("original |11,000|,", 11000, None, "exact", "troop", "personnel", 11000, "count", NIS),
        ("around 4,000", 4000, None, "approximately", "casualty", "casualties", 4000, "count", NIS),
        ("more than 9 million rounds", 9000000, None, "more_than", "round", "weapons", 9000000, "count", SKMOD),
        ("£350 million", 350000000, None, "exact", "", "money", 350000000, "GBP", "John Healey"),
        ("30,000 to 35,000 new contract soldiers", 30000, 35000, "range", "contract soldier", "personnel", 30000, "count", IH),
    ],
    "attributions": [
        (("Not where Kyiv would like them to.", "He did not mean it as a joke."), "|Isabel Harrow|: Not where", "Isabel Harrow", IH, "person", "independent", "direct"),
        (("Very closely, and with some alarm.", "takes this relationship."), "|Jae-sung Oh|: Very closely", "Jae-sung Oh", JO, "person", "independent", "direct"),
        (("Money is not really the constraint", "and Seoul about Europe."), "|Isabel Harrow|: Money", "Isabel Harrow", IH, "person", "independent", "direct"),
        (("If I may add one thing.", "That is new."), "|Jae-sung Oh|: If I may", "Jae-sung Oh", JO, "person", "independent", "direct"),
        ("its forces still hold about 400 square kilometres of the Kursk region, down from around 1,300 at the peak last summer", "says", "The Ukrainian General Staff", GS, "organisation", "Ukraine", "indirect"),
        ("that they had been pulled back from the front for retraining", "said", "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("The Koreans learn in days what the Russians never learned.", "put it to me", "a Ukrainian battalion commander", "Ukrainian battalion commander", "group", "Ukraine", "direct"),
        ("North Korea has sent another 3,000 or so troops since January, on top of the original 11,000", "believes", "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("that casualties stand at around 4,000 killed and wounded", "has told lawmakers", "it", NIS, "organisation", "South Korea", "indirect"),
        ("Seoul’s defence ministry put the total at more than 9 million rounds in January", "put the total at", "Seoul’s defence ministry", SKMOD, "organisation", "South Korea", "indirect"),
        ("that Britain would spend another £350 million on drones for Ukraine", "said", "The Defence Secretary", "John Healey", "person", "United Kingdom", "indirect"),
        ("their problem is people", "say", "the Ukrainians I speak to", "Ukrainians", "group", "Ukraine", "indirect"),
    ],
    "events": [
        ("last summer", "2024-06-01", "2024-08-31", "season", True, "Ukraine's hold in the Kursk region peaked at around 1,300 square kilometres"),
        ("in February", "2025-02-01", "2025-02-28", "month", True, "The NIS said North Korean troops had been pulled back from the front for retraining"),
        ("last week", "2025-02-24", "2025-03-02", "week", True, "A Ukrainian battalion commander told Harrow the Koreans learn in days what the Russians never learned"),
        ("since January", "2025-01-01", "2025-03-05", "open", True, "North Korea sent another 3,000 or so troops to Russia (NIS)"),
        ("in January", "2025-01-01", "2025-01-31", "month", True, "Seoul's defence ministry put North Korean shell deliveries at more than 9 million rounds"),
        ("on Sunday", "2025-03-02", "2025-03-02", "day", True, "The Defence Secretary said Britain would spend another £350 million on drones for Ukraine"),
    ],
}}
