# dev35_05_substack_sappers  (manifest published is EMPTY; anchor taken from the page's own
# date line "Jun 23, 2025", a Monday -- see README, judgement calls)
NIS = "National Intelligence Service (South Korea)"
SH = "Sergei Shoigu"
LM = "Lena Moravec"
KL = "Korean Lost"
DOCS = {
"dev35_05_substack_sappers": {
"figures": [
    # the share card repeats the title (furniture); only the post title (2nd occurrence) is annotated
    ("6,000 more North Koreans", 6000, None, "exact", "north korean", "personnel", 6000, "count", SH, 2),
    ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SH),
    ("5,000 military construction workers", 5000, None, "exact", "construction worker", "personnel", 5000, "count", SH),
    ("Six thousand people", 6000, None, "exact", "person", "personnel", 6000, "count", ""),
    ("11,000-odd combat troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", ""),
    ("roughly 3,000 reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count", ""),
    ("at least 14,000 North Korean soldiers", 14000, None, "at_least", "soldier", "personnel", 14000, "count", ""),
    ("some 15,000", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
    ("5,000 North Korean builders", 5000, None, "exact", "builder", "personnel", 5000, "count", ""),
    ("1,000 or so", 1000, None, "approximately", "builder", "personnel", 1000, "count", LM),
    ("1,912 names", 1912, None, "exact", "name", "casualties", 1912, "count", KL),
    ('"in the |thousands|, and rising', 1000, None, "vague", "loss", "casualties", 1000, "count", "Ukrainian intelligence officer"),
],
"attributions": [
    ("Shoigu: |6,000 more North Koreans are coming|\nSappers", "Shoigu:", "Shoigu", SH, "person", "Russia", "indirect"),
    ("that North Korea would send 1,000 sappers to clear mines in Kursk region and 5,000 military construction workers to rebuild what the fighting destroyed",
     "told Russian reporters", "Security Council secretary Sergei Shoigu", SH, "person", "Russia", "indirect"),
    ('Kim called the deployment a "sacred duty" under the treaty the two countries signed last year', "According to", "KCNA",
     "Korean Central News Agency", "media", "North Korea", "according_to"),
    ("sacred duty", "called", "Kim", "Kim Jong Un", "person", "North Korea", "direct"),
    ("that some 15,000 had been sent in total", "said", "South Korea's NIS", NIS, "organisation", "South Korea", "indirect"),
    ("the reconstruction of the Kursk border districts will take until 2027 at the earliest", "say", "Russian officials", "Russian officials", "group", "Russia", "indirect"),
    ("Once you have a construction battalion in Sudzha, the difference between a builder and a rifleman is one order from Pyongyang.",
     "put it this way", "Lena Moravec", LM, "person", "independent", "direct"),
    ("the first 1,000 or so will arrive by August", "thinks", "She", LM, "person", "independent", "indirect"),
    ("the Russian army has been asking for them since March", "asking for", "the Russian army", "Russian Armed Forces", "organisation", "Russia", "indirect"),
    ("it has matched 1,912 names of dead soldiers to obituary-style posts and defector testimony", "says",
     'the Ukrainian volunteer project "Korean Lost"', KL, "organisation", "independent", "indirect"),
    ('that the real toll is "probably double that, at least."', "told me", "Its founder", "Korean Lost founder", "group", "independent", "indirect"),
    ('that North Korean losses were "in the thousands, and rising."', "saying", "A senior Ukrainian intelligence officer",
     "Ukrainian intelligence officer", "group", "Ukraine", "indirect"),
],
"events": [
    ("on Tuesday, June 17", "2025-06-17", "2025-06-17", "day", True, "Shoigu met Kim in Pyongyang; said North Korea would send 1,000 sappers and 5,000 builders to Kursk"),
    ("last year", "2024-01-01", "2024-12-31", "year", True, "North Korea and Russia signed their treaty"),
    ("last autumn", "2024-09-01", "2024-11-30", "season", True, "Pyongyang sent 11,000-odd combat troops to Russia"),
    ("in January and February", "2025-01-01", "2025-02-28", "month", True, "Roughly 3,000 North Korean reinforcements followed"),
    ("since October 2024", "2024-10-01", "2025-06-23", "open", True, "At least 14,000 North Korean soldiers rotated through Kursk region"),
    ("in April", "2025-04-01", "2025-04-30", "month", True, "NIS said some 15,000 North Koreans had been sent in total"),
    ("until 2027", "2025-06-23", "2027-12-31", "open", True, "Reconstruction of the Kursk border districts will take (forward-looking)"),
    ("as of this spring", "2025-03-01", "2025-05-31", "season", True, "Moscow has a federal budget line for reconstruction"),
    ("on Friday", "2025-06-20", "2025-06-20", "day", True, "The author called Lena Moravec"),
    ("by August", "2025-08-01", "2025-08-31", "month", True, "First ~1,000 North Korean builders expected to arrive (forward-looking)"),
    ("since March", "2025-03-01", "2025-06-23", "open", True, "The Russian army has been asking for North Korean mine-clearing teams"),
    ("on Saturday", "2025-06-21", "2025-06-21", "day", True, "Korean Lost founder told the author the real toll is probably double"),
    ("last week", "2025-06-16", "2025-06-22", "week", True, "The author spoke to a senior Ukrainian intelligence officer about North Korean losses"),
],
},
}
