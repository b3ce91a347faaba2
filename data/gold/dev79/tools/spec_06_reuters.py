"""dev79_06_reuters_ipsos: Reuters, Reuters/Ipsos poll. Anchor 2025-08-20 (Wed)."""
RI = "Reuters/Ipsos"
AM = "Americans"
TR = "Donald Trump"
PU = "Vladimir Putin"
NIS = "National Intelligence Service (South Korea)"

DOCS = {"dev79_06_reuters_ipsos": {
    "figures": [
        ("about $90 billion", 90e9, None, "approximately", "", "money", 90e9, "USD", "Volodymyr Zelensky"),
        ("roughly 2,500 square miles", 2500, None, "approximately", "square mile", "territory", 6474.97, "km2", PU),
        ("6,500 square km", 6500, None, "exact", "square km", "territory", 6500, "km2", PU),
        ("about 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
        ("some 2,000", 2000, None, "approximately", "troop", "casualties", 2000, "count", NIS),
        ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Sergei Shoigu"),
        ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", "Sergei Shoigu"),
    ],
    "attributions": [
        ("Americans back tougher Russia sanctions if Moscow rejects ceasefire", "finds", "Reuters/Ipsos poll", RI, "organisation", "independent", "indirect"),
        ("Russia should face more sanctions if it rejects a ceasefire", "say", "58%", AM, "group", "independent", "indirect"),
        ("Nearly six in 10 Americans think the United States should impose tougher sanctions on Russia if Moscow refuses to agree to a ceasefire in Ukraine",
         "according to", "a Reuters/Ipsos poll", RI, "organisation", "independent", "according_to"),
        ("the United States should impose tougher sanctions on Russia if Moscow refuses to agree to a ceasefire in Ukraine",
         "think", "Nearly six in 10 Americans", AM, "group", "independent", "indirect"),
        ("that Russia should face additional sanctions", "agreed",
         "Some 58% of respondents, including 71% of Democrats and 49% of Trump's fellow Republicans", "respondents", "group", "independent", "indirect"),
        ("Only 33% of Americans approve of Trump's handling of the war", "showed", "the poll", RI, "organisation", "independent", "indirect"),
        ('of "very severe consequences" if Putin did not agree to end the war', "warned", "Trump", TR, "person", "United States", "indirect"),
        ("that he had begun arranging a meeting between Putin and Zelenskiy", "|said| on Monday after", "Trump", TR, "person", "United States", "indirect"),
        ("We're going to get it done,", "told reporters", "Trump", TR, "person", "United States", "direct"),
        ("I don't trust Putin, and I don't think Trump should either,", "said", "Linda Carver", "Linda Carver", "person", "independent", "direct"),
        ("Ukraine is ready to buy about $90 billion worth of U.S. weapons, financed by European partners, as part of any security guarantees",
         "has said", "Zelenskiy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("that Kyiv withdraw from the roughly 2,500 square miles (6,500 square km) of the eastern Donetsk region it still holds",
         "has demanded", "Putin", PU, "person", "Russia", "indirect"),
        ("Putin, meanwhile, has demanded that Kyiv withdraw from the roughly 2,500 square miles (6,500 square km) of the eastern Donetsk region it still holds",
         "according to", "a U.S. official briefed on the talks", "U.S. official", "group", "United States", "according_to"),
        ("North Korea has sent about 15,000 troops to Russia, of whom some 2,000 have been killed",
         "told lawmakers", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("that Pyongyang would send 1,000 deminers and 5,000 military construction workers to help rebuild the Kursk region",
         "said", "Russian Security Council Secretary Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
        ("it fully recaptured the region in April", "says", "Moscow", "Russia", "government", "Russia", "indirect"),
        ("Kyiv disputes that", "disputes", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("the U.S. should keep supplying arms through that arrangement", "said", "54%", "Republicans", "group", "independent", "indirect"),
    ],
    "events": [
        ("August 15, 2025", "2025-08-15", "2025-08-15", "day", False, "Trump and Putin met at Joint Base Elmendorf-Richardson, Anchorage (photo caption)"),
        ("on Sunday", "2025-08-17", "2025-08-17", "day", True, "Reuters/Ipsos poll closed"),
        ("in early July", "2025-07-01", "2025-07-10", "month", True, "Earlier Reuters/Ipsos poll: 39% approved of Trump's handling of the war"),
        ("on Monday", "2025-08-18", "2025-08-18", "day", True, "Trump met Zelenskiy and European leaders at the White House and said he had begun arranging a Putin-Zelenskiy meeting"),
        ("earlier this month", "2025-08-01", "2025-08-19", "month", True, "NIS told lawmakers North Korea had sent about 15,000 troops, some 2,000 killed"),
        ("in June", "2025-06-01", "2025-06-30", "month", True, "Shoigu said Pyongyang would send 1,000 deminers and 5,000 military construction workers"),
        ("in April", "2025-04-01", "2025-04-30", "month", True, "Moscow says it fully recaptured the Kursk region"),
        ("in January", "2025-01-01", "2025-01-31", "month", True, "Trump administration took office"),
    ],
}}
