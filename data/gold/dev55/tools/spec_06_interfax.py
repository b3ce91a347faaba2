# dev55_06_interfax_items -- Interfax newsroom items, published Thursday 2025-09-04 (anchor 2025-09-04)
# (items dated 2 and 3 September sit on the same page; all relative dates resolve against the page's anchor,
#  which gives the same days here: "on Wednesday" = 3 Sep, "on Tuesday" = 2 Sep)
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
KHI = "Alexander Khinshtein"
RDM = "Russian Defense Ministry"
KHU = "Marat Khusnullin"

DOCS = {
    "dev55_06_interfax_items": {
        "figures": [
            ("over 1,500 hectares", 1500, None, "more_than", "hectare", "territory", 15, "km2", KHI),
            ("more than 1,500 hectares", 1500, None, "more_than", "hectare", "territory", 15, "km2", KHI),
            ("around 40,000 explosive objects", 40000, None, "approximately", "explosive object", "weapons", 40000, "count", KHI),
            ("up to 2,000 square kilometers", 2000, None, "at_most", "square kilometer", "territory", 2000, "km2", KHI),
            ("up to 6,000 more troops", 6000, None, "at_most", "troop", "personnel", 6000, "count", "South Korean media"),
            ("up to 190 servicemen", 190, None, "at_most", "serviceman", "casualties", 190, "count", RDM, 1),
            ("up to 190 servicemen", 190, None, "at_most", "serviceman", "casualties", 190, "count", RDM, 2),
            ("four armored combat vehicles", 4, None, "exact", "armored combat vehicle", "weapons", 4, "count", RDM),
            ("12 motor vehicles", 12, None, "exact", "motor vehicle", "other", 12, "count", RDM),
            ("more than 1,300 servicemen", 1300, None, "more_than", "serviceman", "casualties", 1300, "count", RDM),
            ("7.5 bln rubles", 7.5e9, None, "exact", "ruble", "money", 7.5e9, "RUB", ""),
            ("7.5 billion rubles", 7.5e9, None, "exact", "ruble", "money", 7.5e9, "RUB", KHU),
            ("more than 30 billion rubles", 30e9, None, "more_than", "ruble", "money", 30e9, "RUB", KHU),
        ],
        "attributions": [
            ("Putin thanks Kim Jong Un for DPRK servicemen's role in Kursk region liberation",
             "thanks", "Putin", "Vladimir Putin", "person", "Russia", "indirect"),
            ("Russian President Vladimir Putin has again thanked North Korean leader Kim Jong Un for the participation of DPRK servicemen in the liberation of the Kursk region",
             "thanked", "Russian President Vladimir Putin", "Vladimir Putin", "person", "Russia", "indirect"),
            ("Your soldiers fought courageously and heroically. I want to emphasize that we will never forget the sacrifices that your armed forces and the families of your servicemen have made,",
             "said", "Putin", "Vladimir Putin", "person", "Russia", "direct"),
            ("that helping Russia was \"a fraternal duty\" and that Pyongyang would do everything it could to support Moscow",
             "Kim |said| that", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("Kim said that helping Russia was \"a fraternal duty\" and that Pyongyang would do everything it could to support Moscow",
             "press service |reported|", "the Kremlin press service", "Kremlin", "government", "Russia", "indirect"),
            # "As reported" (Interfax's own earlier reporting, no source named) is not a row; Gerasimov's report is
            ("Chief of the General Staff Valery Gerasimov reported to the Supreme Commander-in-Chief on the completion of the operation to liberate the Kursk region",
             "Gerasimov |reported| to", "Chief of the General Staff Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
            # headline source tag " - governor": the tag is the cue
            ("DPRK sappers have cleared over 1,500 hectares in Kursk region",
             "- governor", "governor", KHI, "person", "Russia", "indirect"),
            ("Military engineers from the DPRK have cleared more than 1,500 hectares of land and neutralized around 40,000 explosive objects in the Kursk region since they began work in late June",
             "told Interfax", "acting regional governor Alexander Khinshtein", KHI, "person", "Russia", "indirect"),
            ("The work is going at a good pace, but the contamination is enormous, especially in the Sudzha and Glushkovo districts,",
             "said", "he", KHI, "person", "Russia", "direct"),
            ("up to 2,000 square kilometers of the region's territory may still need to be checked",
             "According to", "him", KHI, "person", "Russia", "according_to"),
            # headline source tag "Kremlin: ..."
            ("issue of new DPRK contingent not discussed in Beijing",
             "Kremlin:", "Kremlin", "Kremlin", "government", "Russia", "indirect"),
            ("The issue of sending an additional DPRK military contingent to Russia was not raised at the talks between Putin and Kim",
             "told journalists", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
            ("No, this topic was not discussed,",
             "said", "Peskov", "Dmitry Peskov", "person", "Russia", "direct"),
            ("that Pyongyang is preparing to send up to 6,000 more troops to Russia this autumn",
             "reports", "South Korean media", "South Korean media", "media", "independent", "indirect"),
            ("Ukrainian Armed Forces lose up to 190 servicemen in Kursk, Sumy border areas over day",
             "- MoD", "MoD", RDM, "organisation", "Russia", "indirect"),
            ("Units of the Sever (North) group of forces have inflicted losses on Ukrainian troops in the Sumy region and the Kursk border area",
             "Ministry |said| in a bulletin", "the Russian Defense Ministry", RDM, "organisation", "Russia", "indirect"),
            ("The enemy lost up to 190 servicemen, a tank, four armored combat vehicles and 12 motor vehicles,",
             "the ministry |said|.", "the ministry", RDM, "organisation", "Russia", "direct"),
            # passive with a named agent
            ("Ukrainian losses in the area were estimated by the ministry at more than 1,300 servicemen",
             "were estimated by", "the ministry", RDM, "organisation", "Russia", "indirect"),
            ("The Russian government will allocate an additional 7.5 billion rubles from its reserve fund to restore housing damaged during the Ukrainian incursion in the Kursk region",
             "said", "Deputy Prime Minister Marat Khusnullin", KHU, "person", "Russia", "indirect"),
            ("In total, more than 30 billion rubles has been set aside for the region's recovery since last August",
             "August, he |said|.", "he", KHU, "person", "Russia", "indirect"),
        ],
        "events": [
            ("on Wednesday", "2025-09-03", "2025-09-03", "day", True,
             "Putin thanked Kim Jong Un at talks in Beijing for DPRK servicemen's role in Kursk"),
            ("on April 26", "2025-04-26", "2025-04-26", "day", True,
             "Gerasimov reported to Putin the completion of the operation to liberate the Kursk region"),
            ("in late June", "2025-06-21", "2025-06-30", "month", True,
             "DPRK military engineers began demining work in the Kursk region"),
            ("journalists |on Thursday|", "2025-09-04", "2025-09-04", "day", True,
             "Peskov said a new DPRK contingent was not discussed at the Putin-Kim talks"),
            ("this autumn", "2025-09-01", "2025-11-30", "season", True,
             "Pyongyang preparing to send up to 6,000 more troops to Russia (South Korean media reports)"),
            ("bulletin |on Thursday|", "2025-09-04", "2025-09-04", "day", True,
             "Russian Defense Ministry bulletin: Ukrainian losses in the Sumy and Kursk border areas"),
            ("on Tuesday", "2025-09-02", "2025-09-02", "day", True,
             "Khusnullin said the government will allocate an additional 7.5 billion rubles for Kursk housing"),
            ("since last August", "2024-08-01", "2025-09-04", "open", True,
             "More than 30 billion rubles set aside for the Kursk region's recovery"),
        ],
    },
}
