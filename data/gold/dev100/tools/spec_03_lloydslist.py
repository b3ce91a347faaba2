"""dev100_03: Lloyd's List, shipping-intelligence analysis of 'dark' tankers.

The manifest has no published date: the anchor is the page's own date line `13 Mar 2025`
(Thursday 13 March 2025), printed under the byline in Lloyd's List's format.
"""
D = "dev100_03_lloydslist_dark_fleet"
LLI = "Lloyd's List Intelligence"

figures = [
    ("At least 19 ships", 19, None, "at_least", "ship", "other", 19, "count", LLI),
    ("|an estimated 1.1m barrels| between", 1.1e6, None, "approximately", "barrel", "other", 1.1e6, "count", ""),
    ("at least 19 vessels", 19, None, "at_least", "vessel", "other", 19, "count", LLI),
    ("47 port calls", 47, None, "exact", "port call", "other", 47, "count", LLI),
    ("|an estimated 1.1m barrels| of diesel", 1.1e6, None, "approximately", "barrel", "other", 1.1e6, "count", LLI),
    ("500,000 barrels", 500000, None, "exact", "barrel", "other", 500000, "count", ""),
    ("nine ships", 9, None, "exact", "ship", "other", 9, "count", ""),
    ("about 2,400 containers", 2400, None, "approximately", "container", "weapons", 2400, "count", ""),
    ("an estimated 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", ""),
    ("about 120 km", 120, None, "approximately", "km", "territory", 120, "km", ""),
    ("Of the |19 vessels|, 14", 19, None, "exact", "vessel", "other", 19, "count", LLI),
    ("19 vessels, |14| are", 14, None, "exact", "vessel", "other", 14, "count", LLI),
    ("list and |11| have", 11, None, "exact", "vessel", "other", 11, "count", LLI),
    ("at least a further 300,000 barrels", 300000, None, "at_least", "barrel", "other", 300000, "count",
     "Ridgeline Maritime"),
    ("about $95,000", 95000, None, "approximately", "", "money", 95000, "USD", "brokers"),
    ("six more vessels", 6, None, "exact", "vessel", "other", 6, "count", "South Korean Foreign Ministry"),
    ("tens of thousands of tonnes", 10000, None, "vague", "tonne", "other", 10000, "count",
     "Defence Intelligence of Ukraine"),
]

attributions = [
    ("At least 19 ships have run between Russia’s Far East and North Korea with AIS switched off since October",
     "according to", "Lloyd’s List Intelligence data", LLI, "organisation", "independent", "according_to"),
    ("RUSSIAN shipments of refined products to North Korea more than doubled over the winter, with at least 19 vessels making 47 port calls at Rajin, Chongjin and Nampho while their transponders were switched off",
     "according to", "Lloyd’s List Intelligence", LLI, "organisation", "independent", "according_to"),
    ("The ships carried an estimated 1.1m barrels of diesel, gasoline and fuel oil between December and February",
     "shows", "the analysis", LLI, "organisation", "independent", "indirect"),
    ("such boxes hold artillery shells and rockets destined for the front", "said",
     "Ukrainian and South Korean intelligence", "Ukrainian intelligence", "organisation", "Ukraine", "indirect"),
    ("such boxes hold artillery shells and rockets destined for the front", "said",
     "Ukrainian and South Korean intelligence", "South Korean intelligence", "organisation", "South Korea", "indirect"),
    ("These ships are not hiding very hard,", "said", "Helen Marsh", "Helen Marsh", "person", "independent", "direct"),
    ("They go dark in Peter the Great Bay and light up again two days later, sitting deeper in the water.",
     "hard,” |said| Helen", "Helen Marsh", "Helen Marsh", "person", "independent", "direct"),
    ("Of the 19 vessels, 14 are already on the US Treasury’s sanctions list and 11 have no identifiable protection and indemnity cover",
     "found", "Lloyd’s List Intelligence", LLI, "organisation", "independent", "indirect"),
    ("that at least a further 300,000 barrels reached North Korea through ship-to-ship transfers in the Yellow Sea since October",
     "estimates", "Ridgeline Maritime", "Ridgeline Maritime", "organisation", "independent", "indirect"),
    ("that vessel calls at its Far East ports complied “fully with Russian and international law”", "said",
     "Russia’s transport ministry", "Russian Transport Ministry", "organisation", "Russia", "indirect"),
    ("Freight for a small product tanker from Vostochny to Rajin has climbed to about $95,000 a voyage, three times the rate for a comparable trip to Busan",
     "said", "brokers", "brokers", "group", "independent", "indirect"),
    ("that it would propose six more vessels for designation when the Multilateral Sanctions Monitoring Team publishes its first report",
     "said", "South Korea’s foreign ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
    ("the flows feed the fighting directly", "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
    ("that North Korean shells now make up roughly half of the ammunition fired by Russian forces in the Kursk region, and that Pyongyang had received “tens of thousands of tonnes” of fuel in return",
     "said", "Ukraine’s military intelligence agency, HUR", "Defence Intelligence of Ukraine", "organisation",
     "Ukraine", "indirect"),
]

events = [
    ("switched off |since October|, according", "2024-10-01", "2025-03-13", "open", True,
     "At least 19 ships ran between Russia's Far East and North Korea with AIS switched off"),
    ("barrels |between December and February|\n", "2024-12-01", "2025-02-28", "month", True,
     "Tankers carried an estimated 1.1m barrels of fuel to North Korea"),
    ("over the winter", "2024-12-01", "2025-02-28", "season", True,
     "Russian refined-product shipments to North Korea more than doubled"),
    ("fuel oil |between December and February|, the", "2024-12-01", "2025-02-28", "month", True,
     "Ships carried an estimated 1.1m barrels of diesel, gasoline and fuel oil to North Korea"),
    ("in January", "2025-01-01", "2025-01-31", "month", True,
     "Nine ships from Rajin discharged about 2,400 containers at Dunai"),
    ("last year", "2024-01-01", "2024-12-31", "year", True,
     "North Korea sent an estimated 11,000 troops to Russia's Kursk region"),
    ("on 2 February", "2025-02-02", "2025-02-02", "day", True,
     "Paek Yang San broadcast positions off Vladivostok while moored at Rajin's oil terminal"),
    ("Yellow Sea |since October|.", "2024-10-01", "2025-03-13", "open", True,
     "At least a further 300,000 barrels reached North Korea through ship-to-ship transfers"),
    ("last month", "2025-02-01", "2025-02-28", "month", True,
     "Russia's transport ministry said Far East port calls complied with Russian and international law"),
    ("on Monday", "2025-03-10", "2025-03-10", "day", True,
     "Brokers said freight from Vostochny to Rajin had climbed to about $95,000 a voyage"),
    ("earlier this week", "2025-03-10", "2025-03-12", "week", True,
     "South Korea's foreign ministry said it would propose six more vessels for designation"),
    ("on Sunday", "2025-03-09", "2025-03-09", "day", True,
     "HUR said North Korean shells make up roughly half of Russian ammunition in Kursk"),
]

DOCS = {D: {"figures": figures, "attributions": attributions, "events": events}}
