"""dev72_01: UN Press (press.un.org) Security Council meetings coverage, 20 November 2024 (Wed).

Rows: figures (pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
      attributions (pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
      events (pattern, date_start, date_end, granularity, relative, event[, occ])
A pattern "left|span|right" pins an ambiguous span; a cue may be pinned the same way.
Unnamed delegates ("the representative of X", "X's delegate", "the speaker for X") speak for their
State: speaker_canonical = the State, speaker_type = government.
"""
D = "dev72_01_unpress_security_council"
DIC = "Rosemary DiCarlo"
UN = "United Nations"

LEAD = "Troops from the Democratic People’s Republic of Korea are now fighting alongside Russian forces in the Kursk region"

DOCS = {D: {
"figures": [
    ("more than 12,000 civilians", 12000, None, "more_than", "civilian", "casualties", 12000, "count", DIC),
    ("some 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", DIC),
    ("millions of rounds", 1000000, None, "vague", "round", "weapons", 1000000, "count", DIC),
    ("at least 10,000", 10000, None, "at_least", "troop", "personnel", 10000, "count", "United States"),
    ("about 500 officers", 500, None, "approximately", "officer", "personnel", 500, "count", "South Korea"),
    ("three generals", 3, None, "exact", "general", "personnel", 3, "count", "South Korea"),
    ("more than 13,000 containers", 13000, None, "more_than", "container", "weapons", 13000, "count", "South Korea"),
    ("8 million artillery shells", 8000000, None, "exact", "artillery shell", "weapons", 8000000, "count", "South Korea"),
    ("roughly $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "United Kingdom"),
    ("hundreds of millions of dollars", 100000000, None, "vague", "dollar", "money", 100000000, "USD", "United Kingdom"),
    ("about 50,000 troops", 50000, None, "approximately", "troop", "personnel", 50000, "count", "Ukraine"),
    ("roughly 800 square kilometres", 800, None, "approximately", "square kilometre", "territory", 800, "km2", "Ukraine"),
],
"attributions": [
    # headline and sub-headline
    ("Deployment of Troops from Democratic People’s Republic of Korea to Kursk Risks ‘Dangerous Escalation’",
     "Warns", "Top Political Affairs Official", DIC, "person", UN, "indirect"),
    ("Russian Federation Rejects Allegations as ‘Western Fabrications’",
     "Rejects", "Russian Federation", "Russia", "government", "Russia", "indirect"),
    ("Pyongyang’s Delegate Calls Cooperation Lawful",
     "Calls", "Pyongyang’s Delegate", "North Korea", "government", "North Korea", "indirect"),
    # lead: three States named together, one row each
    (LEAD, "told the Security Council", "the United States", "United States", "government", "United States", "indirect"),
    (LEAD, "told the Security Council", "the Republic of Korea", "South Korea", "government", "South Korea", "indirect"),
    (LEAD, "told the Security Council", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
    ("that the involvement of a third country’s army could widen a war that has already killed more than 12,000 civilians in Ukraine",
     "warned", "the Organization’s top political official", DIC, "person", UN, "indirect"),
    # briefing
    ("the United Nations was not in a position to verify reports of the deployment",
     "said", "Rosemary DiCarlo", DIC, "person", UN, "indirect"),
    ("The information available was nonetheless “consistent and detailed”",
     "noted", "she", DIC, "person", UN, "indirect"),
    ("reports that some 11,000 soldiers had been moved to the Russian Federation since October",
     "pointing to", "she", DIC, "person", UN, "indirect"),
    ("Any direct involvement of foreign troops in this war would be a dangerous escalation,",
     "said", "she", DIC, "person", UN, "direct"),
    ("It must be avoided.", "said", "she", DIC, "person", UN, "direct"),
    ("that the Panel of Experts assisting the 1718 Committee had ended its work on 30 April, leaving no independent monitoring of arms transfers that “appear to run into the millions of rounds”",
     "recalled", "She", DIC, "person", UN, "indirect"),
    ("The Secretariat would brief the Council again in December", "added", "she", DIC, "person", UN, "indirect"),
    # United States
    ("her Government assessed that at least 10,000 of those troops had reached Kursk Oblast and had begun combat operations earlier this month",
     "said", "The representative of the United States", "United States", "government", "United States", "indirect"),
    ("that at least 10,000 of those troops had reached Kursk Oblast and had begun combat operations earlier this month",
     "assessed", "her Government", "United States", "government", "United States", "indirect"),
    ("Moscow had trained them in artillery, drone operations and trench-clearing",
     "said", "she", "United States", "government", "United States", "indirect"),
    ("that any who crossed into Ukraine “will return in body bags”",
     "warning", "she", "United States", "government", "United States", "indirect"),
    ("Washington would announce further sanctions next month",
     "added", "the representative", "United States", "government", "United States", "indirect"),
    # Republic of Korea
    ("his Government had confirmed last week that the contingent included about 500 officers and three generals",
     "said", "The Republic of Korea’s delegate", "South Korea", "government", "South Korea", "indirect"),
    ("that the contingent included about 500 officers and three generals",
     "confirmed", "his Government", "South Korea", "government", "South Korea", "indirect"),
    ("Pyongyang had also shipped more than 13,000 containers of munitions to Russia since August 2023",
     "added", "he", "South Korea", "government", "South Korea", "indirect"),
    ("enough for 8 million artillery shells",
     "by Seoul’s count", "Seoul", "South Korea", "government", "South Korea", "according_to"),
    # United Kingdom
    ("Russia was paying each soldier roughly $2,000 a month, a sum that would bring Pyongyang hundreds of millions of dollars a year",
     "According to", "the speaker for the United Kingdom", "United Kingdom", "government", "United Kingdom", "according_to"),
    # Ukraine
    ("Russia had massed about 50,000 troops, including the North Korean units, to retake the roughly 800 square kilometres of the Kursk region still held by Ukrainian forces",
     "said", "Ukraine’s delegate", "Ukraine", "government", "Ukraine", "indirect"),
    ("Ukraine’s military intelligence had reported on Monday that the first North Korean soldiers had been killed near the village of Plekhovo",
     "said", "he", "Ukraine", "government", "Ukraine", "indirect"),
    ("that the first North Korean soldiers had been killed near the village of Plekhovo",
     "reported", "Ukraine’s military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
    # Japan, China
    ("that Moscow might reward Pyongyang with missile and satellite technology",
     "voiced concern", "Japan’s delegate", "Japan", "government", "Japan", "indirect"),
    ("China’s representative called on all parties to exercise restraint",
     "called on", "China’s representative", "China", "government", "China", "indirect"),
    ("Beijing was “not aware of the specifics”",
     "said", "China’s representative", "China", "government", "China", "indirect"),
    # Russian Federation
    ("Western fabrications repeated from one meeting to the next",
     "dismissed", "Vassily Nebenzia", "Vassily Nebenzia", "person", "Russia", "direct"),
    ("The treaty on comprehensive strategic partnership that the two countries signed in June was fully consistent with the Charter",
     "said", "he", "Vassily Nebenzia", "person", "Russia", "indirect"),
    ("How we implement it is our sovereign business,",
     "told the Council", "he", "Vassily Nebenzia", "person", "Russia", "direct"),
    # DPRK
    ("any such cooperation would be “lawful and just”",
     "said", "The representative of the Democratic People’s Republic of Korea", "North Korea", "government", "North Korea", "indirect"),
    ("that his country had violated Council resolutions, including resolution 2397 (2017)",
     "denied", "He", "North Korea", "government", "North Korea", "indirect"),
],
"events": [
    ("today", "2024-11-20", "2024-11-20", "day", True,
     "The United States, the Republic of Korea and Ukraine told the Security Council DPRK troops are fighting alongside Russian forces in Kursk"),
    ("since October", "2024-10-01", "2024-11-20", "open", True,
     "Some 11,000 DPRK soldiers moved to the Russian Federation (reports cited by DiCarlo)"),
    ("on 30 April", "2024-04-30", "2024-04-30", "day", True,
     "The Panel of Experts assisting the 1718 Committee ended its work"),
    ("in December", "2024-12-01", "2024-12-31", "month", True,
     "The Secretariat is to brief the Council again (planned)"),
    ("earlier this month", "2024-11-01", "2024-11-19", "month", True,
     "DPRK troops reached Kursk Oblast and began combat operations (US assessment)"),
    ("next month", "2024-12-01", "2024-12-31", "month", True,
     "Washington to announce further sanctions (planned)"),
    ("last week", "2024-11-11", "2024-11-17", "week", True,
     "South Korea confirmed the DPRK contingent included about 500 officers and three generals"),
    ("since August 2023", "2023-08-01", "2024-11-20", "open", True,
     "Pyongyang shipped more than 13,000 containers of munitions to Russia"),
    ("on Monday", "2024-11-18", "2024-11-18", "day", True,
     "Ukraine's military intelligence reported the first North Korean soldiers killed near Plekhovo"),
    ("in June", "2024-06-01", "2024-06-30", "month", True,
     "Russia and the DPRK signed the treaty on comprehensive strategic partnership"),
],
}}
