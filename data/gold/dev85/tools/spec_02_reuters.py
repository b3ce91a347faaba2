"""dev85_02_reuters_prisoners: Reuters World News Summary, Mon 13 Jan 2025 (anchor 2025-01-13)."""
NIS = "National Intelligence Service (South Korea)"
SBU = "Security Service of Ukraine"
CAL = "Cal Fire"
ACRE_KM2 = 0.0040468564224

DOCS = {"dev85_02_reuters_prisoners": {
    "figures": [
        ("Two wounded soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", SBU),
        ("more than 3,000 North Korean troops", 3000, None, "more_than", "troop", "casualties", 3000, "count", "Ukraine"),
        ("about 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", "South Korea"),
        ("About 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
        ("2,700", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
        ("two soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", NIS),
        ("climbs to |24| as", 24, None, "exact", "", "casualties", 24, "count", ""),
        ("rose to |24| on", 24, None, "exact", "people", "casualties", 24, "count", "Los Angeles County Medical Examiner"),
        ("more than 12,000 structures", 12000, None, "more_than", "structure", "other", 12000, "count", CAL),
        ("some 40,000 acres", 40000, None, "approximately", "acre", "territory", 40000 * ACRE_KM2, "km2", CAL),
        ("16,200 hectares", 16200, None, "exact", "hectare", "territory", 162.0, "km2", CAL),
        ("more than 14,000 firefighters", 14000, None, "more_than", "firefighter", "personnel", 14000, "count", CAL),
        ("16 people", 16, None, "exact", "people", "casualties", 16, "count", "Los Angeles County officials"),
        ("$992 billion", 992e9, None, "exact", "", "money", 992e9, "USD", ""),
    ],
    "attributions": [
        ("Ukraine ready to swap captured North Korean soldiers for Ukrainians held by Russia", "says", "Zelenskiy",
         "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("Ukraine is ready to hand over North Korean soldiers captured in Russia's Kursk region to North Korean leader "
         "Kim Jong Un if Pyongyang can arrange their exchange for Ukrainians held in Russian captivity", "said",
         "President Volodymyr Zelenskiy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("Two wounded soldiers were captured on Thursday and Friday", "security service |said|;",
         "Ukraine's SBU security service", SBU, "organisation", "Ukraine", "indirect"),
        ("he had believed he was being sent to a training exercise, not to a war", "told interrogators", "one of them",
         "captured North Korean soldier", "group", "North Korea", "indirect"),
        ("There should be no doubt left in the world that the Russian army is dependent on military assistance from "
         "North Korea,", "wrote", "Zelenskiy", "Volodymyr Zelensky", "person", "Ukraine", "direct"),
        ("that more than 3,000 North Korean troops have been killed or wounded since they joined the fighting in November",
         "estimates", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("about 300 North Korean soldiers killed in Russia", "says", "South Korea", "South Korea", "government",
         "South Korea", "indirect"),
        ("About 300 North Korean soldiers have been killed and 2,700 wounded while fighting for Russia", "told lawmakers",
         "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("The NIS also confirmed the capture of the two soldiers", "confirmed", "The NIS", NIS, "organisation",
         "South Korea", "indirect"),
        ("notes found on the bodies of dead troops showed that North Korean authorities had pressed them to kill "
         "themselves rather than be taken prisoner", "said", "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("Pyongyang has never acknowledged sending troops", "has never acknowledged", "Pyongyang", "North Korea",
         "government", "North Korea", "indirect"),
        ("Croatian President Zoran Milanovic, an outspoken critic of Western military support for Kyiv, won a second "
         "five-year term in a runoff on Sunday with 74.7% of the vote", "said", "the state electoral commission",
         "State Electoral Commission (Croatia)", "organisation", "Croatia", "indirect"),
        ("This is a victory for all Croatian citizens who want a strong, sovereign Croatia,", "told", "Milanovic",
         "Zoran Milanovic", "person", "Croatia", "direct"),
        ("The number of people killed in the wildfires around Los Angeles rose to 24 on Sunday", "said",
         "the county medical examiner's office", "Los Angeles County Medical Examiner", "organisation", "United States",
         "indirect"),
        ("that Santa Ana winds gusting up to 70 mph could fan the flames again through Wednesday", "warned",
         "the National Weather Service", "National Weather Service", "organisation", "United States", "indirect"),
        ("The Palisades and Eaton fires have destroyed more than 12,000 structures and scorched some 40,000 acres "
         "(16,200 hectares), and more than 14,000 firefighters are on the lines", "according to", "Cal Fire", CAL,
         "organisation", "United States", "according_to"),
        ("16 people were still missing", "said", "County officials", "Los Angeles County officials", "group",
         "United States", "indirect"),
        ("U.S. President-elect Donald Trump, who takes office on Jan. 20, has vowed to impose tariffs of 60% on "
         "Chinese goods", "vowed", "U.S. President-elect Donald Trump", "Donald Trump", "person", "United States",
         "indirect"),
    ],
    "events": [
        ("Zelenskiy said |on Sunday|.", "2025-01-12", "2025-01-12", "day", True,
         "Zelenskiy offered to hand captured North Korean soldiers to Kim in exchange for Ukrainians held by Russia"),
        ("on Thursday and Friday", "2025-01-09", "2025-01-10", "day", True,
         "Two wounded North Korean soldiers captured by Ukraine in Kursk"),
        ("in November", "2024-11-01", "2024-11-30", "month", True, "North Korean troops joined the fighting"),
        ("lawmakers |on Monday|.", "2025-01-13", "2025-01-13", "day", True,
         "NIS told lawmakers about 300 North Korean soldiers killed and 2,700 wounded"),
        ("runoff |on Sunday| with", "2025-01-12", "2025-01-12", "day", True,
         "Croatian presidential runoff won by Zoran Milanovic"),
        ("to 24 |on Sunday|,", "2025-01-12", "2025-01-12", "day", True, "Los Angeles wildfire death toll rose to 24"),
        ("through Wednesday", "2025-01-13", "2025-01-15", "open", True,
         "Santa Ana winds could fan the flames again (NWS warning)"),
        ("in December", "2024-12-01", "2024-12-31", "month", True, "China's exports grew 10.7% year on year"),
        ("showed |on Monday|.", "2025-01-13", "2025-01-13", "day", True, "Chinese customs trade data released"),
        ("for 2024", "2024-01-01", "2024-12-31", "year", False, "China's trade surplus swelled to a record $992 billion"),
        ("on Jan. 20", "2025-01-20", "2025-01-20", "day", True, "Donald Trump takes office"),
    ],
}}
