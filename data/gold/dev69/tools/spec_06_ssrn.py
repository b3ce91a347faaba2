# dev69_06: SSRN working-paper page, posted 2025-09-09 (Tuesday); anchor 2025-09-09.
# The abstract is the authors' own voice (not an attribution); only third parties it cites are sources.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
KIDA = "Korea Institute for Defense Analyses"
HUR = "Defence Intelligence of Ukraine"
MSMT = "Multilateral Sanctions Monitoring Team"
DOCS = {
"dev69_06_ssrn_payments": {
"figures": [
    ("roughly 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", ""),
    ("between US$450 million and US$640 million", 450000000, 640000000, "range", "", "money", 450000000, "USD", ""),
    ("about €400 million to €570 million", 400000000, 570000000, "range", "", "money", 400000000, "EUR", ""),
    ("at least 1.1 million barrels", 1100000, None, "at_least", "barrel", "other", 1100000, "count", ""),
    ("500,000-barrel", 500000, None, "exact", "barrel", "other", 500000, "count", ""),
    ("1.9 trillion won", 1900000000000, None, "exact", "won", "money", 1900000000000, "KRW", ""),
    ("about US$1.4 billion", 1400000000, None, "approximately", "", "money", 1400000000, "USD", ""),
    ("28 trillion won", 28000000000000, None, "exact", "won", "money", 28000000000000, "KRW", KIDA),
    ("more than a million barrels", 1000000, None, "more_than", "barrel", "other", 1000000, "count", HUR),
    ("at least 9 million rounds", 9000000, None, "at_least", "round", "weapons", 9000000, "count", MSMT),
    ("2,000 dollars", 2000, None, "exact", "dollar", "money", 2000, "USD", "defectors"),
    ("up to 2.5 million rubles", 2500000, None, "at_most", "ruble", "money", 2500000, "RUB", ""),
],
"attributions": [
    ("the 28 trillion won", "cited",
     "the Korea Institute for Defense Analyses", KIDA, "organisation", "South Korea", "indirect"),
    ("that Russia had delivered more than a million barrels since the deployment began", "said",
     "which", HUR, "organisation", "Ukraine", "indirect"),
    ("that North Korea had shipped at least 9 million rounds of artillery and rocket ammunition to Russia", "reported",
     "which", MSMT, "organisation", MSMT, "indirect"),
    ("that Pyongyang had received “hardly any” cash at all", "claim",
     "the National Intelligence Service", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect"),
    ("troops were promised 2,000 dollars a month but that most of it was retained by the state", "say",
     "Defectors interviewed for this paper", "defectors", "group", "independent", "indirect"),
],
"events": [
    ("between November 2024 and June 2025", "2024-11-01", "2025-06-30", "month", False,
     "Period of Russian transfers to Pyongyang estimated in the paper"),
    ("in February", "2025-02-01", "2025-02-28", "month", True,
     "KIDA cited a 28 trillion won estimate"),
    ("in March", "2025-03-01", "2025-03-31", "month", True,
     "Ukraine's military intelligence said Russia had delivered more than a million barrels of oil to North Korea"),
    ("last October", "2024-10-01", "2024-10-31", "month", True,
     "The Multilateral Sanctions Monitoring Team was set up to replace the UN panel of experts"),
    ("in May", "2025-05-01", "2025-05-31", "month", True,
     "The MSMT reported North Korea had shipped at least 9 million rounds to Russia"),
    ("in April", "2025-04-01", "2025-04-30", "month", True,
     "South Korea's NIS told lawmakers Pyongyang had received hardly any cash"),
    ("since October 2024", "2024-10-01", "2025-09-09", "open", True,
     "Russia has paid its contract soldiers in Kursk sign-up bonuses of up to 2.5 million rubles"),
],
},
}
