"""dev82_05_rheinmetall_baisogala: Rheinmetall AG press release. Anchor 2025-06-26 (Thu, manifest)."""
D = "dev82_05_rheinmetall_baisogala"
AP = "Armin Papperger"
DS = "Dovilė Šakalienė"

FIGURES = [
    ("Order for |180,000 rounds|:", 180000, None, "exact", "round", "weapons", 180000, "count", ""),
    ("around 180,000 rounds", 180000, None, "approximately", "round", "weapons", 180000, "count", ""),
    ("low three-digit million euro", 1e8, None, "vague", "euro", "money", 1e8, "EUR", ""),
    ("60,000 rounds", 60000, None, "exact", "round", "weapons", 60000, "count", ""),
    ("around 140 kilometres", 140, None, "approximately", "kilometre", "territory", 140, "km", ""),
    ("around €180 million", 1.8e8, None, "approximately", "", "money", 1.8e8, "EUR", ""),
    ("several tens of thousands of shells", 10000, None, "vague", "shell", "weapons", 10000, "count", ""),
    ("around 150 jobs", 150, None, "approximately", "job", "other", 150, "count", ""),
    ("millions of additional rounds", 1e6, None, "vague", "round", "weapons", 1e6, "count", AP),
    ("thousands of soldiers", 1000, None, "vague", "soldier", "personnel", 1000, "count", DS),
    ("around 1.5 million artillery shells", 1.5e6, None, "approximately", "artillery shell", "weapons", 1.5e6, "count", ""),
    ("350,000 shells", 350000, None, "exact", "shell", "weapons", 350000, "count", ""),
]

ATTRIBUTIONS = [
    ("the order covers the needs of the Lithuanian Armed Forces for 155mm ammunition through 2028", "According to",
     "the Lithuanian Ministry of National Defence", "Ministry of National Defence (Lithuania)", "organisation", "Lithuania",
     "according_to"),
    ("a strategic investment in the security of our nation and of the whole Alliance", "called",
     "Lithuanian President Gitanas Nausėda", "Gitanas Nausėda", "person", "Lithuania", "direct"),
    ("Russia is producing artillery ammunition around the clock and is receiving millions of additional rounds from North Korea. "
     "Europe must be able to hold its own against that. With Baisogala, we are bringing production right to NATO’s eastern flank – quickly, and at scale.",
     "said", "Armin Papperger, Chief Executive Officer of Rheinmetall AG", AP, "person", "independent", "direct"),
    ("Last autumn, North Korea sent thousands of soldiers to fight for Russia in Kursk. Our answer is to produce the ammunition we need here, in Lithuania, and not to wait for anyone.",
     "added", "Dovilė Šakalienė, Lithuania’s Minister of National Defence", DS, "person", "Lithuania", "direct"),
    ("the Lithuanian government proposed raising defence spending to between 5 and 6 percent of gross domestic product in 2026",
     "proposed", "the Lithuanian government", "Lithuania", "government", "Lithuania", "indirect"),
    ("Allies committed to investing 5 percent of GDP annually in core defence requirements and defence-related spending by 2035",
     "committed to", "Allies", "NATO allies", "government", "NATO", "indirect"),
]

EVENTS = [
    ("on 23 June 2025", "2025-06-23", "2025-06-23", "day", False, "Lithuania-Rheinmetall 155mm ammunition contract signed in Vilnius"),
    ("in July 2026", "2026-07-01", "2026-07-31", "month", False, "Deliveries of 155mm rounds from Baisogala scheduled to begin"),
    ("through 2028", "2025-06-26", "2028-12-31", "open", True,
     "Order covers the Lithuanian Armed Forces' 155mm ammunition needs"),
    ("in autumn 2024", "2024-09-01", "2024-11-30", "season", False,
     "Construction of the Baisogala plant began after the groundbreaking ceremony"),
    ("in 2024", "2024-01-01", "2024-12-31", "year", False, "Rheinmetall's Várpalota plant in Hungary started production"),
    ("Last autumn", "2024-09-01", "2024-11-30", "season", True, "North Korea sent thousands of soldiers to fight for Russia in Kursk"),
    ("Earlier this month", "2025-06-01", "2025-06-25", "month", True,
     "Lithuanian government proposed raising defence spending to 5-6% of GDP"),
    ("in 2026", "2026-01-01", "2026-12-31", "year", False, "Proposed Lithuanian defence spending of 5-6% of GDP"),
    ("on 24 and 25 June", "2025-06-24", "2025-06-25", "day", True,
     "NATO summit in The Hague; Allies committed to 5% of GDP for defence"),
    ("by 2035", "2035-01-01", "2035-12-31", "year", False, "Target year for NATO allies' 5% of GDP defence spending"),
    ("by 2027", "2027-01-01", "2027-12-31", "year", False,
     "Rheinmetall expects group capacity of around 1.5 million artillery shells a year"),
    ("in August", "2025-08-01", "2025-08-31", "month", True, "New Rheinmetall plant in Unterlüß due to open"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
