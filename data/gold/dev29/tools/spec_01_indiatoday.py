# dev29_01_indiatoday_pow_kyiv (India Today, anchor 2025-01-13, a Monday)
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (expression, date_start, date_end, granularity, relative, event[, occurrence])
# "left|span|right" locates a span by unique context; cues are matched nearest to their content.
NIS = "National Intelligence Service (South Korea)"
VZ = "Volodymyr Zelensky"
DIU = "Defence Intelligence of Ukraine"
SBU = "Security Service of Ukraine"

DOCS = {
    "dev29_01_indiatoday_pow_kyiv": {
        "figures": [
            ("Two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("around 300 North Korean troops", 300, None, "approximately", "troop", "casualties", 300, "count", NIS),
            ("killed and |2,700| wounded so far", 2700, None, "exact", "troop", "casualties", 2700, "count", NIS),
            ("Ukraine captured |two North Korean soldiers| in Kursk", 2, None, "exact", "soldier", "casualties", 2, "count", VZ),
            ("estimates |300 North Korean troops| killed", 300, None, "exact", "troop", "casualties", 300, "count", NIS),
            ("troops killed, |2,700| wounded", 2700, None, "exact", "troop", "casualties", 2700, "count", NIS),
            ("footage of |two North Korean soldiers| captured", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("Two soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", VZ),
            ("around 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
            ("killed and |2,700| wounded since", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
            ("11,000 to 12,000 troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", DIU),
            ("three generals", 3, None, "exact", "general", "personnel", 3, "count", DIU),
            ("dozens of North Korean soldiers", 24, None, "vague", "soldier", "casualties", 24, "count",
             "Special Operations Forces of Ukraine"),
            ("two prisoners", 2, None, "exact", "prisoner", "casualties", 2, "count", "Min-jae Roh"),
        ],
        "attributions": [
            ("North Korean PoWs thought they were going for training, not to war", "says", "Zelensky", VZ,
             "person", "Ukraine", "indirect"),
            ("around 300 North Korean troops have been killed and 2,700 wounded so far", "says",
             "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("Ukraine captured two North Korean soldiers in Kursk", "says", "Zelensky", VZ, "person", "Ukraine", "indirect"),
            ("300 North Korean troops killed, 2,700 wounded", "estimates", "NIS", NIS, "organisation", "South Korea",
             "indirect"),
            ("Kyiv was ready to hand them over to Kim Jong Un if Pyongyang could arrange an exchange for Ukrainians "
             "held in Russian captivity", "saying", "Ukrainian President Volodymyr Zelensky", VZ, "person", "Ukraine",
             "indirect"),
            ("The men, one aged 20 and the other 26, were taken prisoner on January 9 and flown to Kyiv, where officers "
             "of the Security Service of Ukraine (SBU) are questioning them", "said", "he", VZ, "person", "Ukraine",
             "indirect"),
            ("Zelensky first announced the capture on Saturday", "announced", "Zelensky", VZ, "person", "Ukraine",
             "indirect"),
            ("Our soldiers captured North Korean military personnel in the Kursk region. Two soldiers, although "
             "wounded, survived and were taken to Kyiv,", "wrote", "he", VZ, "person", "Ukraine", "direct"),
            ('that it "was not easy" because Russian troops and other North Koreans usually executed their wounded to '
             'erase any evidence', "adding", "he", VZ, "person", "Ukraine", "indirect"),
            ("the 20-year-old told interrogators he had been sent to Russia for what he believed was a training "
             "exercise and did not know he would be fighting Ukraine", "According to", "the SBU", SBU,
             "organisation", "Ukraine", "according_to"),
            ("he had been sent to Russia for what he believed was a training exercise and did not know he would be "
             "fighting Ukraine", "told interrogators", "the 20-year-old", "captured North Korean soldier", "group",
             "North Korea", "indirect"),
            ("The older soldier carried a Russian military ID issued in the name of a man from the Republic of Tuva",
             "said", "the agency", SBU, "organisation", "Ukraine", "indirect"),
            ("that such documents show Moscow is trying to disguise the North Koreans' presence", "argued", "Kyiv",
             "Ukraine", "government", "Ukraine", "indirect"),
            ("In a closed-door briefing to lawmakers on Monday, South Korea's National Intelligence Service estimated "
             "that around 300 North Korean soldiers had been killed and 2,700 wounded since the deployment began",
             "told reporters", "Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "indirect"),
            ("that around 300 North Korean soldiers had been killed and 2,700 wounded since the deployment began",
             "estimated", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("North Korean soldiers lack an understanding of modern warfare and are being used by Russia as expendable "
             "assault troops,", "said", "the NIS", NIS, "organisation", "South Korea", "direct"),
            ("that Pyongyang had begun preparing a fresh rotation of soldiers", "added", "It", NIS, "organisation",
             "South Korea", "indirect"),
            ("North Korean units have been fighting in Kursk since early December", "says", "Kyiv", "Ukraine",
             "government", "Ukraine", "indirect"),
            ("that dozens of North Korean soldiers had been killed in a single day of assaults near the village of "
             "Plekhovo", "claimed", "Ukraine's Special Operations Forces", "Special Operations Forces of Ukraine",
             "organisation", "Ukraine", "indirect"),
            ("Ukraine's military intelligence agency, the HUR, estimates the total North Korean contingent at 11,000 to "
             "12,000 troops, including three generals", "estimates", "Ukraine's military intelligence agency, the HUR",
             DIU, "organisation", "Ukraine", "indirect"),
            ("that Pyongyang may send more soldiers in the coming months", "said", "US officials", "U.S. officials",
             "group", "United States", "indirect"),
            ('that Russian commanders were using the North Koreans in "mass infantry assaults" with little armoured '
             'support', "assessed", "The Institute for the Study of War", "Institute for the Study of War",
             "organisation", "independent", "indirect"),
            ("The capture is a propaganda gift for Kyiv, but its real value is intelligence,", "said",
             "Dr Min-jae Roh", "Min-jae Roh", "person", "independent", "direct"),
            ("For the first time, Ukraine can ask North Korean soldiers directly how they were recruited, who commands "
             "them and what they were promised.", 'intelligence," |said| Dr', "Dr Min-jae Roh", "Min-jae Roh",
             "person", "independent", "direct"),
            ("the two prisoners could also become a diplomatic problem for Seoul, which under its constitution regards "
             "all North Koreans as its citizens", "said", "Roh", "Min-jae Roh", "person", "independent", "indirect"),
            ("Neither soldier has asked to go to South Korea", "according to", "Ukrainian officials",
             "Ukrainian officials", "group", "Ukraine", "according_to"),
        ],
        "events": [
            ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
             "Zelensky released video footage of two North Korean soldiers captured in Kursk"),
            ("on January 9", "2025-01-09", "2025-01-09", "day", True,
             "Two North Korean soldiers were taken prisoner in Kursk and later flown to Kyiv"),
            ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
             "Zelensky first announced the capture of two North Korean soldiers"),
            ("lawmakers |on Monday|, South", "2025-01-13", "2025-01-13", "day", True,
             "NIS briefing to lawmakers: about 300 North Korean soldiers killed and 2,700 wounded"),
            ("since early December", "2024-12-01", "2025-01-13", "open", True,
             "North Korean units fighting in Kursk (per Kyiv)"),
            ("In mid-December", "2024-12-11", "2024-12-20", "month", True,
             "Ukraine's Special Operations Forces claimed dozens of North Korean soldiers killed near Plekhovo"),
            ("last week", "2025-01-06", "2025-01-12", "week", True,
             "ISW assessed Russia was using North Koreans in mass infantry assaults"),
            ("asked |on Monday|, referring", "2025-01-13", "2025-01-13", "day", True,
             "Kremlin spokesman Dmitry Peskov declined to comment on the North Korean prisoners"),
        ],
    },
}
