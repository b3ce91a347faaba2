# dev67_03_cacommons_oralquestions: House of Commons of Canada, Debates (Hansard), Statements by Members and
# Oral Questions, Wednesday June 11, 2025 (anchor 2025-06-11)
#
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])
# "$" in a Canadian Commons record is the Canadian dollar (CAD).
# Turn content starts at the first spoken word ("Mr. Speaker, ..."); the editorial "[Translation]" marker before it
# is left out, an "[English]" marker inside a turn stays inside its span.

D = "dev67_03_cacommons_oralquestions"
CA = "Canada"
BAK, BEZ, MCG, NOR, ANA, REM = ("Yvan Baker", "James Bezan", "David McGuinty", "Christine Normandin", "Anita Anand",
                                "Michelle Rempel Garner")
JCS = "Joint Chiefs of Staff (South Korea)"

FIGURES = [
    ("thousands of soldiers", 1000, None, "vague", "soldier", "personnel", 1000, "count", BAK),
    ("more than 14,000 troops", 14000, None, "more_than", "troop", "personnel", 14000, "count", BEZ),
    ("some 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", MCG),
    ("thousands more workers", 1000, None, "vague", "worker", "personnel", 1000, "count", MCG),
    ("more than $19.5 billion", 19.5e9, None, "more_than", "", "money", 19.5e9, "CAD", MCG),
    ("$4 billion", 4e9, None, "exact", "", "money", 4e9, "CAD", MCG),
    ("50,000 troops", 50000, None, "exact", "troop", "personnel", 50000, "count", "Volodymyr Zelensky"),
    ("83,303 CRV7 rocket motors", 83303, None, "exact", "rocket motor", "weapons", 83303, "count", BEZ),
    ("some 250 ballistic missiles", 250, None, "approximately", "ballistic missile", "weapons", 250, "count", JCS),
    ("200 long-range artillery pieces", 200, None, "exact", "artillery piece", "weapons", 200, "count", JCS),
    ("76 Russian and North Korean entities", 76, None, "exact", "entity", "other", 76, "count", ANA),
    ("between 10,000 and 30,000", 10000, 30000, "range", "worker", "personnel", 10000, "count", REM),
]

ATTRIBUTIONS = [
    # speech turns ("The Speaker:" calls and "Some hon. members:" interjections are not rows)
    (("Mr. Speaker, Ukrainians are now fighting", "Slava Ukraini!"), "Mr. Yvan Baker", "Mr. Yvan Baker", BAK, "person",
     CA, "direct"),
    (("Mr. Speaker, North Korea has now sent", "When will the Liberals wake up?"), "Defence\n|Mr. James Bezan| (Selkirk",
     "Mr. James Bezan", BEZ, "person", CA, "direct"),
    (("Mr. Speaker, let me correct the record.", "continue to stand with Ukraine."), "up?\n|Hon. David McGuinty| (Minister",
     "Hon. David McGuinty", MCG, "person", CA, "direct"),
    (("Mr. Speaker, last week President Zelenskyy", "Will the minister finally ship them?"),
     "Eastman.\n|Mr. James Bezan| (Selkirk", "Mr. James Bezan", BEZ, "person", CA, "direct"),
    (("Mr. Speaker, the member knows", "front and centre at both."), "(1425)\n|Hon. David McGuinty| (Minister",
     "Hon. David McGuinty", MCG, "person", CA, "direct"),
    (("Mr. Speaker, Pyongyang is not only sending soldiers.", "yes or no?"), "Ms. Christine Normandin",
     "Ms. Christine Normandin", NOR, "person", CA, "direct"),
    (("Mr. Speaker, I thank my colleague", "fought with foreign troops."), "no?\n|Hon. Anita Anand| (Minister",
     "Hon. Anita Anand", ANA, "person", CA, "direct"),
    (("Mr. Speaker, the minister's own officials", "The government has no idea."), "Hon. Michelle Rempel Garner",
     "Hon. Michelle Rempel Garner", REM, "person", CA, "direct"),
    (("Mr. Speaker, we rely on our allies' estimates", "share them with the committee."),
     "idea.\n|Hon. Anita Anand| (Minister", "Hon. Anita Anand", ANA, "person", CA, "direct"),
    # statements reported inside the turns
    ("Pyongyang openly admitted it", "admitted", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
    ("Canadians of Ukrainian and Korean heritage alike are asking this House to stand firm", "are asking",
     "Canadians of Ukrainian and Korean heritage", "Canadians of Ukrainian and Korean heritage", "group", CA, "indirect"),
    ("that its soldiers had “liberated” Kursk", "boasted", "the regime's own media", "North Korean state media", "media",
     "North Korea", "indirect"),
    ("that Canada had “no evidence” North Korean forces were operating inside Ukraine", "told reporters",
     "the Minister of National Defence", MCG, "person", CA, "indirect"),
    ("Ukraine's military intelligence disagrees", "disagrees", "Ukraine's military intelligence",
     "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
    ("that we had not independently verified reports of North Korean soldiers on Ukrainian soil", "said", "I", MCG,
     "person", CA, "indirect"),
    ("that Moscow was massing 50,000 troops near the Kursk border, North Koreans among them, for a new push on Sumy",
     "warned", "President Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ("North Korea has shipped some 250 ballistic missiles and 200 long-range artillery pieces to Russia since last August",
     "According to", "South Korea's Joint Chiefs of Staff", JCS, "organisation", "South Korea", "according_to"),
    ("that Canada does not know how many North Korean workers are in Russia", "told", "the minister's own officials",
     "Global Affairs Canada officials", "group", CA, "indirect"),
]

EVENTS = [
    ("Since last fall", "2024-09-01", "2025-06-11", "open", True, "Kim Jong Un sent thousands of soldiers to Kursk"),
    ("on April 28", "2025-04-28", "2025-04-28", "day", True, "Pyongyang openly admitted sending soldiers to Kursk"),
    ("in April", "2025-04-01", "2025-04-30", "month", True,
     "North Korean state media boasted its soldiers had 'liberated' Kursk"),
    ("Yesterday", "2025-06-10", "2025-06-10", "day", True,
     "David McGuinty told reporters Canada had 'no evidence' of North Korean forces inside Ukraine"),
    ("to Russia |last fall|,", "2024-09-01", "2024-11-30", "season", True, "Some 11,000 North Korean troops were sent to Russia"),
    ("since 2022", "2022-01-01", "2025-06-11", "open", True, "Canada provided more than $19.5 billion in assistance to Ukraine"),
    ("last week", "2025-06-02", "2025-06-08", "week", True,
     "Zelenskyy warned Moscow was massing 50,000 troops near the Kursk border for a push on Sumy"),
    ("in 2023", "2023-01-01", "2023-12-31", "year", False, "83,303 CRV7 rocket motors earmarked for Ukraine"),
    ("next week", "2025-06-16", "2025-06-22", "week", True, "The Prime Minister at the G7 summit in Kananaskis"),
    ("later this month", "2025-06-12", "2025-06-30", "month", True, "The Prime Minister at the NATO summit in The Hague"),
    ("since last August", "2024-08-01", "2025-06-11", "open", True,
     "North Korea shipped some 250 ballistic missiles and 200 artillery pieces to Russia"),
    ("On February 24", "2025-02-24", "2025-02-24", "day", True, "Canada imposed sanctions on 76 Russian and North Korean entities"),
    ("was told |yesterday| that", "2025-06-10", "2025-06-10", "day", True,
     "The Russian ambassador was told Canada will not tolerate a war fought with foreign troops"),
    ("on Monday", "2025-06-09", "2025-06-09", "day", True,
     "Officials told the foreign affairs committee Canada does not know how many North Korean workers are in Russia"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
