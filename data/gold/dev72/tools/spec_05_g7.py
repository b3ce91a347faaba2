"""dev72_05: G7 Canada 2025 presidency website, G7 Foreign Ministers' statement, March 14, 2025 (Fri).
Row formats as in spec_01_unpress.py.  The statement is the page's own voice; the ministers'
first-person speech acts ("We condemn", "We note", "We urge", "We welcome", "We reaffirm", "call on",
"We are deeply concerned") are rows credited to the G7 Foreign Ministers."""
D = "dev72_05_g7_foreign_ministers"
G7 = ("We", "G7 Foreign Ministers", "organisation", "G7")
NIS = "National Intelligence Service (South Korea)"

DOCS = {D: {
"figures": [
    ("more than 11,000 soldiers", 11000, None, "more_than", "soldier", "personnel", 11000, "count", ""),
    ("Thousands", 1000, None, "vague", "soldier", "casualties", 1000, "count", ""),
    ("at least 1,500 additional troops", 1500, None, "at_least", "troop", "personnel", 1500, "count", ""),
    ("millions of rounds", 1000000, None, "vague", "round", "weapons", 1000000, "count", ""),
    ("dozens of KN-23 and KN-24 ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", ""),
    ("500,000 barrels", 500000, None, "exact", "barrel", "other", 500000, "count", "G7 Foreign Ministers"),
    ("approximately USD 50 billion", 50000000000, None, "approximately", "", "money", 50000000000, "USD", ""),
    ("USD 524 billion", 524000000000, None, "exact", "", "money", 524000000000, "USD", "World Bank"),
    ("two senior generals", 2, None, "exact", "general", "personnel", 2, "count", "G7 Foreign Ministers"),
],
"attributions": [
    ("We condemn in the strongest terms the deployment of troops of the Democratic People’s Republic of Korea (DPRK) to Russia and their use in combat against Ukraine, as well as the transfer of DPRK ballistic missiles and munitions to Russia",
     "condemn", *G7, "indirect"),
    ("that, in return, Russia may transfer nuclear or ballistic missile-related technology to the DPRK",
     "are deeply concerned", *G7, "indirect"),
    ("reports that Russia has provided the DPRK with air defence equipment and with oil in excess of the cap of 500,000 barrels per year set by UN Security Council resolution 2397",
     "note", *G7, "indirect"),
    ("We urge Russia and the DPRK to abide by their obligations under all relevant Security Council resolutions",
     "urge", *G7, "indirect"),
    ("the joint statement issued by Ukraine and the United States in Jeddah on March 11, including Ukraine’s readiness to accept a 30-day interim ceasefire",
     "welcome", *G7, "indirect"),
    ("call on Russia to reciprocate by agreeing to a ceasefire on equal terms", "call on", *G7, "indirect"),
    ("DPRK soldiers are gaining combat experience that could be used against the Republic of Korea",
     "reported", "the Republic of Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("that Russian sovereign assets will remain immobilized until Russia ends its aggression and pays for the damage it has caused to Ukraine, which the World Bank estimated last month at USD 524 billion over the next decade",
     "reaffirm", *G7, "indirect"),
    ("which the World Bank estimated last month at USD 524 billion over the next decade",
     "estimated", "the World Bank", "World Bank", "organisation", "World Bank", "indirect"),
    ("We call on all countries to refrain from providing any support to Russia’s war", "call on", *G7, "indirect"),
    ("the sanctions imposed by G7 members against individuals and entities involved in DPRK-Russia arms transfers, including the listing by the European Union on December 16 of the DPRK’s Minister of Defence and two senior generals who led the deployment",
     "welcome", *G7, "indirect"),
],
"events": [
    ("from March 12 to 14", "2025-03-12", "2025-03-14", "day", True,
     "G7 Foreign Ministers met in Charlevoix"),
    ("Since October 2024", "2024-10-01", "2025-03-14", "open", True,
     "The DPRK sent more than 11,000 soldiers to Russia"),
    ("since December", "2024-12-01", "2025-03-14", "open", True,
     "DPRK soldiers have fought (and thousands been killed or wounded) in the Kursk region"),
    ("In January and February", "2025-01-01", "2025-02-28", "month", True,
     "Pyongyang sent at least 1,500 additional troops to replace its losses"),
    ("on March 11", "2025-03-11", "2025-03-11", "day", True,
     "Ukraine and the United States issued a joint statement in Jeddah (readiness for a 30-day interim ceasefire)"),
    ("disbursements made |in December|.", "2024-12-01", "2024-12-31", "month", True,
     "First disbursements of the G7 ERA Loans to Ukraine"),
    ("last month", "2025-02-01", "2025-02-28", "month", True,
     "The World Bank estimated the damage to Ukraine at USD 524 billion over the next decade"),
    ("on December 16", "2024-12-16", "2024-12-16", "day", True,
     "The EU listed the DPRK's Minister of Defence and two senior generals who led the deployment"),
    ("in June", "2025-06-01", "2025-06-30", "month", True,
     "G7 Leaders' Summit in Kananaskis (planned; further measures to be considered)"),
],
}}
