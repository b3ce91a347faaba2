"""dev87_06: Atlantic Council event recap with excerpts, 2025-09-10 (Wed).  Anchor = manifest date = event date."""
D = "dev87_06_atlanticcouncil_veterans"
JW, PMS, RO = "Jonah Whitfield", "Park Min-seo", "Rachel Okafor"
NIS = "National Intelligence Service (South Korea)"

DOCS = {D: {
    "figures": [
        ("as many as 14,000 troops", 14000, None, "at_most", "troop", "personnel", 14000, "count", ""),
        ("$2 billion to $20 billion", 2e9, 2e10, "range", "", "money", 2e9, "USD", RO),
        ("a little over 15,000 North Koreans", 15000, None, "more_than", "north korean", "personnel", 15000, "count", JW),
        ("around 6,000 casualties", 6000, None, "approximately", "casualty", "casualties", 6000, "count", JW),
        ("some 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("roughly 12 million shells", 12000000, None, "approximately", "shell", "weapons", 12000000, "count", JW),
        ("more than one million barrels", 1000000, None, "more_than", "barrel", "other", 1000000, "count", JW),
    ],
    "attributions": [
        ("North Korea’s soldiers are coming home from Russia’s Kursk region with combat experience no other army in Asia has, and neither Washington nor Seoul is ready for it", "warned", "panelists", "panelists", "group", "independent", "indirect"),
        ("that estimates of what Pyongyang has earned from the war range from $2 billion to $20 billion", "noted", "Okafor", RO, "person", "independent", "indirect"),
        ("Our count is a little over 15,000 North Koreans rotated through Kursk since last fall, and somewhere around 6,000 casualties,", "said", "Jonah Whitfield", JW, "person", "independent", "direct"),
        ("the National Intelligence Service’s estimate, given to lawmakers in Seoul last month, that some 2,000 North Korean soldiers had been killed", "pointed to", "He", JW, "person", "independent", "indirect"),
        ("that some 2,000 North Korean soldiers had been killed", "estimate", "the National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("that Pyongyang had sent roughly 12 million shells", "added", "Whitfield", JW, "person", "independent", "indirect"),
        ("enough to keep Russia’s guns firing through two winters.", "added", "Whitfield", JW, "person", "independent", "direct"),
        ("They learned in weeks what took the Ukrainians two years,", "said", "Park Min-seo", PMS, "person", "independent", "direct"),
        ("Drone-spotting, dispersal, moving at night. That doesn’t disappear when they cross the Tumen River.", "two years,” |said| Park Min-seo", "Park Min-seo", PMS, "person", "independent", "direct"),
        ("South Korea’s army was “still training for the last war”", "said", "Park", PMS, "person", "independent", "indirect"),
        ("called on the Ministry of National Defense to give every infantry battalion its own drone platoon by next year", "called on", "Park", PMS, "person", "independent", "indirect"),
        ("that Kim had met the families of soldiers killed “in the liberation of Kursk,” promising them new apartments in Pyongyang", "reported", "North Korea’s state news agency KCNA", "KCNA", "media", "North Korea", "indirect"),
        ("promising them new apartments in Pyongyang", "promising", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
        ("Russia has paid for the deployment in cash, oil, and know-how", "according to", "Whitfield", JW, "person", "independent", "according_to"),
        ("put the oil deliveries at more than one million barrels since March 2024", "put", "who", JW, "person", "independent", "indirect"),
        ("The bigger prize, he argued, is technical", "argued", "he", JW, "person", "independent", "indirect"),
        ("If you want to know what Kim got, watch his next satellite launch,", "said", "Whitfield", JW, "person", "independent", "direct"),
        ("And watch his drones.", "said", "Whitfield", JW, "person", "independent", "direct"),
        ("If Putin asks, he’ll send them. The question is what he asks for in return next time.", "was blunt", "Whitfield", JW, "person", "independent", "direct"),
        ("a parade with the “Kursk veterans” at its head", "predicted", "Park", PMS, "person", "independent", "indirect"),
    ],
    "events": [
        ("on Wednesday", "2025-09-10", "2025-09-10", "day", True, "Panelists warned at an Atlantic Council event that North Korea's Kursk veterans are coming home"),
        ("on September 3", "2025-09-03", "2025-09-03", "day", True, "Kim Jong Un stood beside Xi Jinping and Vladimir Putin at the military parade in Beijing"),
        ("in June 2024", "2024-06-01", "2024-06-30", "month", False, "Russia and North Korea signed their mutual-defense treaty"),
        ("on August 22", "2025-08-22", "2025-08-22", "day", True, "Kim Jong Un greeted soldiers returning from Russia at a ceremony in Pyongyang (photo caption)"),
        ("since last fall", "2024-09-01", "2025-09-10", "open", True, "A little over 15,000 North Koreans rotated through Kursk (Whitfield's count)"),
        ("last month", "2025-08-01", "2025-08-31", "month", True, "The NIS gave lawmakers in Seoul its estimate of some 2,000 North Korean soldiers killed"),
        ("by next year", "2026-01-01", "2026-12-31", "year", True, "Park called for a drone platoon in every South Korean infantry battalion (forward)"),
        ("last week", "2025-09-01", "2025-09-07", "week", True, "KCNA reported Kim met families of soldiers killed in Kursk, promising them new apartments"),
        ("since March 2024", "2024-03-01", "2025-09-10", "open", True, "Russia delivered more than one million barrels of oil to North Korea (Whitfield)"),
        ("on October 10", "2025-10-10", "2025-10-10", "day", True, "Workers' Party anniversary, where a parade with Kursk veterans is expected (forward)"),
    ],
}}
