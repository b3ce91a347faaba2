# dev16_01 — Fox News, published 2024-11-19 (Tuesday).  Anchor week: Mon 2024-11-18 .. Sun 2024-11-24.
# Furniture NOT annotated: byline/timestamps, the video box ("Zelenskyy warns ..." + caption),
# the all-caps inline link "NORTH KOREA'S KIM VOWS ... 11,000 TROOPS ..., SEOUL SAYS", the app
# prompt, contributor line, author bio, Related Topics.
# Non-statements NOT annotated: "did not say which weapons were used", Peskov "declined to comment",
# the North Korean UN mission "could not be reached for comment".
# Traps NOT figures: "first time", "1,000th day" (x2), "20-year-olds", "KN-23", "170mm",
# "over the next two years", "a month".
D = "dev16_01_foxnews_atacms_kursk"
ZEL = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"
RDM = "Russian Defense Ministry"
DOCS = {D: {
    "figures": [
        # pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker
        ("tens of thousands of Russian and North Korean troops", 10000, None, "vague", "troop", "personnel", 10000, "count", ""),
        ("six ATACMS missiles", 6, None, "exact", "missile", "weapons", 6, "count", RDM),
        ("shot down |five|.", 5, None, "exact", "missile", "weapons", 5, "count", RDM),
        ("roughly 190 miles", 190, None, "approximately", "mile", "territory", 305.77536, "km", ""),
        ("more than 10,000 soldiers", 10000, None, "more_than", "soldier", "personnel", 10000, "count", "officials familiar with the decision"),
        ("roughly 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "Pentagon"),
        ("about 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", ""),
        ("as many as 100,000 troops", 100000, None, "at_most", "troop", "personnel", 100000, "count", "Mark Delaney"),
        ("billions of dollars", 1e9, None, "vague", "dollar", "money", 1e9, "USD", NIS),
        ("about $2,000", 2000, None, "approximately", "dollar", "money", 2000, "USD", NIS),
        ("millions of artillery shells", 1e6, None, "vague", "artillery shell", "weapons", 1e6, "count", ZEL),
    ],
    "attributions": [
        # pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind
        ("Ukraine fires US-made ATACMS into Russia as North Korean troops mass near Kursk", "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("Ukraine fired American-made long-range missiles into Russian territory for the first time on Tuesday", "said", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
        ("Kyiv launched six ATACMS missiles at the facility near the town of Karachev", "claimed", "Russia's Defense Ministry", RDM, "organisation", "Russia", "indirect"),
        ("that air defenses had shot down five", "adding", "Russia's Defense Ministry", RDM, "organisation", "Russia", "indirect"),
        ("Ukraine's General Staff confirmed a strike on the depot", "confirmed", "Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine", "indirect"),
        ("it was made in response to Pyongyang's deployment of more than 10,000 soldiers to the Kursk region", "told Fox News Digital", "Officials familiar with the decision", "officials familiar with the decision", "group", "United States", "indirect"),
        ("This is a direct response to a dangerous escalation by Moscow and Pyongyang,", "official |said| Monday", "a senior administration official", "senior administration official", "group", "United States", "direct"),
        ("We have been clear that North Korean troops entering the fight would not go unanswered.", "official |said| Monday", "a senior administration official", "senior administration official", "group", "United States", "direct"),
        ("that roughly 11,000 North Korean troops are now in Kursk", "estimated", "The Pentagon", "Pentagon", "organisation", "United States", "indirect"),
        ("the troops had been integrated into Russian airborne and naval infantry units and were receiving training in artillery and basic infantry tactics", "told reporters", "Deputy Pentagon press secretary Sabrina Singh", "Sabrina Singh", "person", "United States", "indirect"),
        ('that the U.S. had not yet seen them "engage in significant numbers" in combat', "added", "She", "Sabrina Singh", "person", "United States", "indirect"),
        ("the change was a response to Western escalation", "said", "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
        ("Pyongyang is paying for its satellites and its missiles with the blood of 20-year-olds,", "said", "Mark Delaney", "Mark Delaney", "person", "independent", "direct"),
        ("that North Korea could rotate as many as 100,000 troops through Russia over the next two years if the war drags on", "estimated", "He", "Mark Delaney", "person", "independent", "indirect"),
        ("that North Korea may have earned billions of dollars from arms sales to Moscow, and that its soldiers in Russia were being paid about $2,000 a month each, most of which is believed to be kept by the regime", "told lawmakers", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("Ukrainian officials have also reported Russian use of North Korean KN-23 ballistic missiles and Koksan 170mm self-propelled guns", "reported", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
        ("that Russia had received millions of artillery shells from the North", "said", "Ukrainian President Volodymyr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
        ("act, not watch.", "urged", "he", ZEL, "person", "Ukraine", "direct"),
    ],
    "events": [
        # pattern, date_start, date_end, granularity, relative, event
        ("first time |on Tuesday|, Ukrainian", "2024-11-19", "2024-11-19", "day", True, "Ukraine fired US-made long-range missiles (ATACMS) into Russian territory for the first time, hitting a depot in Bryansk"),
        ("on Sunday", "2024-11-17", "2024-11-17", "day", True, "Biden reversed course and authorized Kyiv to use ATACMS against targets inside Russia"),
        ("official said |Monday|.", "2024-11-18", "2024-11-18", "day", True, "A senior administration official called the decision a direct response to the Moscow-Pyongyang escalation"),
        ("last week", "2024-11-11", "2024-11-17", "week", True, "The Pentagon estimated roughly 11,000 North Korean troops were in Kursk"),
        ("since August", "2024-08-01", "2024-11-19", "open", True, "Moscow has been struggling to push back the Ukrainian incursion in Kursk"),
        ("Putin |on Tuesday| signed", "2024-11-19", "2024-11-19", "day", True, "Putin signed an updated nuclear doctrine lowering the threshold for a nuclear response"),
        ("this month", "2024-11-01", "2024-11-30", "month", True, "NIS told lawmakers North Korea may have earned billions from arms sales and its soldiers are paid about $2,000 a month"),
        ("said |Tuesday| that Russia", "2024-11-19", "2024-11-19", "day", True, "Zelenskyy said Russia had received millions of artillery shells from North Korea"),
    ],
}}
