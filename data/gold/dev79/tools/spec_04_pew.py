"""dev79_04_pew_aid: Pew Research Center short read. Anchor 2025-05-08 (Thu)."""
PEW = "Pew Research Center"
AM = "Americans"
TR = "Donald Trump"
USO = "U.S. officials"

DOCS = {"dev79_04_pew_aid": {
    "figures": [
        ("about $175 billion", 175e9, None, "approximately", "", "money", 175e9, "USD", ""),
        ("$61 billion", 61e9, None, "exact", "", "money", 61e9, "USD", ""),
        ("roughly 11,000 to 12,000 troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", USO),
        ("millions of artillery shells", 1e6, None, "vague", "artillery shell", "weapons", 1e6, "count", USO),
        ("hundreds of casualties", 100, None, "vague", "casualty", "casualties", 100, "count", "White House"),
    ],
    "attributions": [
        ("About four-in-ten Americans (39%) say the U.S. is providing too much support to Ukraine",
         "according to", "a Pew Research Center survey", PEW, "organisation", "independent", "according_to"),
        ("the U.S. is providing too much support to Ukraine", "say", "About four-in-ten Americans (39%)", AM, "group", "independent", "indirect"),
        ("(26%) say |the U.S. is providing too little support|, and", "say", "Roughly a quarter (26%)", AM, "group", "independent", "indirect"),
        ("it is providing about the right amount", "say", "21%", AM, "group", "independent", "indirect"),
        ("he wants the war to end quickly", "has said", "President Donald Trump", TR, "person", "United States", "indirect"),
        ("a dictator without elections.", "called", "he", TR, "person", "United States", "direct"),
        ("the U.S. is giving too much support", "say", "59%", "Republicans", "group", "independent", "indirect"),
        ("leaners say |the U.S. is providing too little support|, the most", "say", "41% of Democrats and Democratic leaners",
         "Democrats", "group", "independent", "indirect"),
        ("that North Korea had sent roughly 11,000 to 12,000 troops to help Russia retake territory in its Kursk region, on top of millions of artillery shells shipped since 2023",
         "said", "U.S. officials", USO, "group", "United States", "indirect"),
        ("North Korean troops had suffered hundreds of casualties there", "said", "the White House", "White House", "organisation", "United States", "indirect"),
        ("Russia and North Korea acknowledged the deployment for the first time", "acknowledged", "Russia and North Korea", "Russia", "government", "Russia", "indirect"),
        ("Russia and North Korea acknowledged the deployment for the first time", "acknowledged", "Russia and North Korea", "North Korea", "government", "North Korea", "indirect"),
        ("they have heard a lot about reports that North Korean soldiers are fighting alongside Russian forces", "say", "Only 12%", AM, "group", "independent", "indirect"),
        ("say |they have heard a lot|, compared", "say", "Some 21% of adults ages 65 and older", "adults ages 65 and older", "group", "independent", "indirect"),
    ],
    "events": [
        ("in February 2022", "2022-02-01", "2022-02-28", "month", False, "Russia launched its full-scale invasion of Ukraine"),
        ("April 7-13, 2025", "2025-04-07", "2025-04-13", "day", False, "Pew Research Center survey conducted"),
        ("in March 2024", "2024-03-01", "2024-03-31", "month", False, "Earlier Pew survey: 31% said the U.S. gave too much support"),
        ("in April 2024", "2024-04-01", "2024-04-30", "month", False, "Congress passed a $61 billion Ukraine aid package"),
        ("and |in February| he called", "2025-02-01", "2025-02-28", "month", True, "Trump called Zelenskyy a dictator without elections"),
        ("last fall", "2024-09-01", "2024-11-30", "season", True, "U.S. officials said North Korea had sent 11,000-12,000 troops to Russia"),
        ("since 2023", "2023-01-01", "2025-05-08", "open", True, "North Korea shipped millions of artillery shells to Russia"),
        ("In December", "2024-12-01", "2024-12-31", "month", True, "White House said North Korean troops had suffered hundreds of casualties"),
        ("In late April", "2025-04-21", "2025-04-30", "month", True, "Russia and North Korea acknowledged the deployment for the first time"),
        ("from April 7 to 13, 2025", "2025-04-07", "2025-04-13", "day", False, "Pew survey of 3,605 U.S. adults conducted (methodology)"),
    ],
}}
