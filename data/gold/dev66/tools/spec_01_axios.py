"""dev66_01_axios_kursk: Axios World, published Tue 2024-10-29 (anchor 2024-10-29).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
A span "left|span|right" is located by its unique context.
"""
NIS = "National Intelligence Service (South Korea)"
ISW = "Institute for the Study of War"
HUR = "Defence Intelligence of Ukraine"

DOCS = {
    "dev66_01_axios_kursk": {
        "figures": [
            ("roughly 10,000 North Korean soldiers", 10000, None, "approximately", "soldier", "personnel", 10000, "count", "Pat Ryder"),
            ("7,000 to 8,000 men", 7000, 8000, "range", "man", "personnel", 7000, "count", HUR),
            ("~11,000: North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
            ("13,000+: shipping containers", 13000, None, "more_than", "shipping container", "weapons", 13000, "count", "South Korea"),
            ("$2,000", 2000, None, "exact", "", "money", 2000, "USD", "Ukrainian official"),
            ("Ten thousand men", 10000, None, "exact", "man", "personnel", 10000, "count", "Darya Vrublevska"),
            ("1,000-kilometer", 1000, None, "exact", "kilometer", "territory", 1000, "km", "Darya Vrublevska"),
            ("about 600 square kilometers", 600, None, "approximately", "square kilometer", "territory", 600, "km2", ISW),
            ("232 square miles", 232, None, "exact", "square mile", "territory", 232 * 2.589988, "km2", ISW),
            ("roughly 1,300", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", ISW),
            ("some 50,000 troops", 50000, None, "approximately", "troop", "personnel", 50000, "count", "Volodymyr Zelensky"),
            ("2 people", 2, None, "exact", "person", "casualties", 2, "count", "Oleh Syniehubov"),
            ("at least 20", 20, None, "at_least", "person", "casualties", 20, "count", "Oleh Syniehubov"),
        ],
        "attributions": [
            ("North Korean troops have moved into Russia’s Kursk region", "said", "the U.S.", "United States", "government", "United States", "indirect"),
            ("North Korean troops have moved into Russia’s Kursk region", "said", "NATO", "NATO", "organisation", "NATO", "indirect"),
            ("This is a dangerous expansion of Putin’s war, and Kim is getting paid for it,", "tells Axios", "a senior U.S. official", "senior U.S. official", "group", "United States", "direct"),
            ("that roughly 10,000 North Korean soldiers had been sent to eastern Russia for training and that “a small number” were already moving toward Ukraine",
             "told reporters", "Pentagon press secretary Maj. Gen. Pat Ryder", "Pat Ryder", "person", "United States", "indirect"),
            ("that units had been deployed to Kursk", "confirmed", "NATO Secretary General Mark Rutte", "Mark Rutte", "person", "NATO", "indirect"),
            ("a significant escalation.", "calling", "Mark Rutte", "Mark Rutte", "person", "NATO", "direct"),
            ("Ukraine’s military intelligence put the first arrivals in Kursk at 7,000 to 8,000 men", "put", "Ukraine’s military intelligence", HUR, "organisation", "Ukraine", "indirect"),
            ("~11,000: North Korean troops now in Russia", "per", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "according_to"),
            ("13,000+: shipping containers of shells and missiles sent to Russia since August 2023", "estimates", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("$2,000: a soldier’s monthly pay", "according to", "a Ukrainian official", "Ukrainian official", "group", "Ukraine", "according_to"),
            ("most of it goes to the regime, not the troops", "said", "he", "Ukrainian official", "group", "Ukraine", "indirect"),
            ("that how Russia implements its treaty with Pyongyang is “our business.”", "said", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
            ("that any such deployment would be “in line with international law.”", "insisted", "North Korea’s vice foreign minister, Kim Jong Gyu", "Kim Jong Gyu", "person", "North Korea", "indirect"),
            ("that South Korea would “not sit idle,”", "said", "President Yoon Suk Yeol", "Yoon Suk Yeol", "person", "South Korea", "indirect"),
            ("officials in Seoul have floated 155mm artillery shells as a first step", "floated", "officials in Seoul", "South Korean officials", "group", "South Korea", "indirect"),
            ("Ten thousand men don’t change a 1,000-kilometer front,", "says", "Darya Vrublevska", "Darya Vrublevska", "person", "independent", "direct"),
            ("What they change is who gets sent to Pokrovsk.", "says", "Darya Vrublevska", "Darya Vrublevska", "person", "independent", "direct"),
            ("Ukrainian forces hold about 600 square kilometers (232 square miles) of the Kursk region, down from roughly 1,300 at the height of the incursion in August",
             "assessed", "the Institute for the Study of War", ISW, "organisation", "independent", "indirect"),
            ("Russia has massed some 50,000 troops to retake the area", "said", "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("We are holding. We are not leaving,", "told Axios", "a Ukrainian brigade commander near Sudzha", "Ukrainian brigade commander", "group", "Ukraine", "direct"),
            ("the “immediate withdrawal” of North Korean troops", "demand", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("A Russian drone strike on Kharkiv killed 2 people and wounded at least 20 late Monday", "said", "regional governor Oleh Syniehubov", "Oleh Syniehubov", "person", "Ukraine", "indirect"),
        ],
        "events": [
            ("said |Monday|, making", "2024-10-28", "2024-10-28", "day", True, "The U.S. and NATO said North Korean troops had moved into Russia's Kursk region"),
            ("since August 2023", "2023-08-01", "2024-10-29", "open", True, "North Korea sent 13,000+ shipping containers of shells and missiles to Russia (Seoul estimate)"),
            ("Friday", "2024-10-25", "2024-10-25", "day", True, "Dmitry Peskov said how Russia implements its treaty with Pyongyang is 'our business'"),
            ("last week", "2024-10-21", "2024-10-27", "week", True, "Yoon Suk Yeol said South Korea would not sit idle"),
            ("in August", "2024-08-01", "2024-08-31", "month", True, "Height of Ukraine's Kursk incursion (about 1,300 sq km held)"),
            ("earlier this month", "2024-10-01", "2024-10-28", "month", True, "Zelensky said Russia had massed some 50,000 troops to retake the Kursk area"),
            ("on Sunday", "2024-10-27", "2024-10-27", "day", True, "A Ukrainian brigade commander near Sudzha told Axios Ukrainian forces were holding"),
            ("in June", "2024-06-01", "2024-06-30", "month", True, "Russia and North Korea signed a mutual-defense treaty in Pyongyang during Putin's visit"),
            ("second time |this month|", "2024-10-01", "2024-10-31", "month", True, "Seoul summoned Russian Ambassador Georgy Zinoviev (second time) to demand withdrawal of North Korean troops"),
            ("Sunday’s", "2024-10-27", "2024-10-27", "day", True, "Japanese general election in which Ishiba's ruling coalition lost its majority"),
            ("late Monday", "2024-10-28", "2024-10-28", "day", True, "Russian drone strike on Kharkiv killed 2 people and wounded at least 20"),
        ],
    },
}
