"""dev84_03_elpais_interview: EL PAÍS in English, Q&A interview, published 2025-03-06 (Thursday).

Each "Answer." paragraph is one direct attribution to the interviewee (cue = the label "Answer");
statements he reports inside an answer are nested rows.  The quote-only headline is not a row.

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
"""
SAR = "Íñigo Sarasola"
ANS = ("Answer", SAR, SAR, "person", "independent", "direct")

DOCS = {
    "dev84_03_elpais_interview": {
        "figures": [
            ("about 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", "South Korea"),
            ("3,000 or so", 3000, None, "approximately", "soldier", "personnel", 3000, "count", "South Korea"),
            ("some 4,000", 4000, None, "approximately", "soldier", "casualties", 4000, "count", SAR),
            ("Less than 500 square kilometers", 500, None, "less_than", "square kilometer", "territory", 500, "km2", SAR),
            ("about 1,300", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", SAR),
            ("around $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "South Korean intelligence"),
            ("more than $250 million", 2.5e8, None, "more_than", "", "money", 2.5e8, "USD", SAR),
            ("over a million barrels", 1e6, None, "more_than", "barrel", "other", 1e6, "count", SAR),
            ("500,000 barrels", 5e5, None, "exact", "barrel", "other", 5e5, "count", SAR),
            ("some €134 billion", 1.34e11, None, "approximately", "", "money", 1.34e11, "EUR", SAR),
            ("€1 billion", 1e9, None, "exact", "", "money", 1e9, "EUR", SAR),
            ("10,000 men", 10000, None, "exact", "man", "personnel", 10000, "count", SAR),
        ],
        "attributions": [
            ("Pyongyang’s troops adapted faster than Kyiv expected after their heavy losses this winter", "says",
             "Íñigo Sarasola, a retired Spanish Army colonel", SAR, "person", "independent", "indirect"),
            ("that the North Korean units had been pulled back from the front line in Kursk to regroup", "said", "Ukrainian officials",
             "Ukrainian officials", "group", "Ukraine", "indirect"),
            ("The figures vary a lot. Seoul says about 11,000 soldiers were sent in the first wave, in October and November, and that 3,000 or so arrived in January and February. My own estimate is that some 4,000 of them have been killed, wounded or captured. That is a staggering rate, roughly one in three.",) + ANS,
            ("about 11,000 soldiers were sent in the first wave, in October and November, and that 3,000 or so arrived in January and February",
             "says", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("Pulled back, not defeated. North Korea is using Kursk as a school for its army. In December they attacked in dense columns across open fields and Ukrainian drones destroyed them. Now they come in small groups, with their own drone teams. A Ukrainian brigade commander told me last week that they are “the most dangerous infantry on that front.” That is a remarkable sentence.",) + ANS,
            ("that they are “the most dangerous infantry on that front.”", "told me", "A Ukrainian brigade commander",
             "Ukrainian brigade commander", "group", "Ukraine", "indirect"),
            ("Less than 500 square kilometers, down from about 1,300 at the peak in August. The Russians, with North Korean help, have been taking it back village by village since the winter.",) + ANS,
            ("Money, first. Russia pays around $2,000 a month per soldier, according to South Korean intelligence; that alone is more than $250 million a year for the whole contingent. Then oil: Moscow has delivered over a million barrels since March 2024, far above the UN cap of 500,000 barrels a year. And technology, which is what worries me most: air defense, drones, perhaps submarines.",) + ANS,
            ("Russia pays around $2,000 a month per soldier", "according to", "South Korean intelligence", "South Korean intelligence",
             "organisation", "South Korea", "according_to"),
            ("No. Since 2022, the EU and its member states have mobilized some €134 billion for Ukraine, which sounds like a lot until you look at what Russia spends on its army. Kaja Kallas is right when she says Europe has to treat this as its own war. Spain is sending €1 billion a year in military aid, but we are still far from spending 2% of GDP on defense.",) + ANS,
            ("Europe has to treat this as its own war", "says", "she", "Kaja Kallas", "person", "EU", "indirect"),
            ("Moscow has said it has no such plans. I think it is a question of when, not if. If the Kursk operation ends this spring, as the Russians clearly want, those 10,000 men will not go home. They will go to Donetsk or Zaporizhzhia.",) + ANS,
            ("it has no such plans", "has said", "Moscow", "Russia", "government", "Russia", "indirect"),
        ],
        "events": [
            ("since October", "2024-10-01", "2025-03-06", "open", True, "Sarasola has tracked the North Korean deployment"),
            ("this winter", "2024-12-01", "2025-02-28", "season", True, "Heavy losses of the North Korean troops"),
            ("on February 27", "2025-02-27", "2025-02-27", "day", True, "Sarasola was photographed in Madrid"),
            ("in 2021", "2021-01-01", "2021-12-31", "year", False, "Sarasola joined the Instituto Atlántico de Estudios de Seguridad"),
            ("on Monday", "2025-03-03", "2025-03-03", "day", True, "Sarasola spoke to EL PAÍS by video call"),
            ("in October and November", "2024-10-01", "2024-11-30", "month", True,
             "First wave of about 11,000 North Korean soldiers sent to Russia (per Seoul)"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True,
             "About 3,000 more North Korean soldiers arrived in Russia (per Seoul)"),
            ("In December", "2024-12-01", "2024-12-31", "month", True,
             "North Korean troops attacked in dense columns and were destroyed by Ukrainian drones"),
            ("last week", "2025-02-24", "2025-03-02", "week", True,
             "A Ukrainian brigade commander told Sarasola the North Koreans are the most dangerous infantry on that front"),
            ("in August", "2024-08-01", "2024-08-31", "month", True, "Ukraine's hold in Kursk peaked at about 1,300 square kilometers"),
            ("since the winter", "2024-12-01", "2025-03-06", "open", True,
             "Russians, with North Korean help, have been retaking Kursk village by village"),
            ("since March 2024", "2024-03-01", "2025-03-06", "open", True,
             "Moscow delivered over a million barrels of oil to North Korea"),
            ("Since 2022", "2022-01-01", "2025-03-06", "open", True, "The EU and its member states mobilized some EUR 134 billion for Ukraine"),
            ("this spring", "2025-03-01", "2025-05-31", "season", True, "Possible end of the Russian Kursk operation"),
        ],
    },
}
