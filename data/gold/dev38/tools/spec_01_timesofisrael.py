# dev38_01 — The Times of Israel, published 2025-01-13 (Monday). Anchor week: 2025-01-13..2025-01-19.
# Furniture (byline, timestamp, "Edit", caption with credit, newsletter box, "Read more about",
# "Related" links, copyright line) carries no rows.
D = "dev38_01_timesofisrael_captured_soldiers"
ZEL = ("Volodymyr Zelensky", "person", "Ukraine")
NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")

DOCS = {D: {
    "figures": [
        # (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
        ("2 wounded North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Volodymyr Zelensky"),
        # subhead: "one captive is 20 and the other 26" -> ages and a distributive "one", no figure
        ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Volodymyr Zelensky"),
        ("some 300 North Korean troops", 300, None, "approximately", "troop", "casualties", 300, "count",
         "National Intelligence Service (South Korea)"),
        ("killed and |2,700| wounded", 2700, None, "exact", "troop", "casualties", 2700, "count",
         "National Intelligence Service (South Korea)"),
        ("about 3,800 North Koreans", 3800, None, "approximately", "north korean", "casualties", 3800, "count",
         "Volodymyr Zelensky"),
        ("between 11,000 and 12,000 soldiers", 11000, 12000, "range", "soldier", "personnel", 11000, "count",
         "U.S. officials"),
        ("roughly 500 square kilometers", 500, None, "approximately", "square kilometer", "territory", 500, "km2",
         "Ukrainian commanders"),
        ("about 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2",
         "Ukrainian commanders"),
        ("20 to 30 men", 20, 30, "range", "man", "personnel", 20, "count", "Oleh Marchuk"),
        ("more than 1,500 attack drones", 1500, None, "more_than", "attack drone", "weapons", 1500, "count",
         "Ukrainian Air Force"),
        ("NIS 4 million", 4000000, None, "exact", "", "money", 4000000, "ILS", "Israeli Foreign Ministry"),
        ("about $1.1 million", 1100000, None, "approximately", "", "money", 1100000, "USD", "Israeli Foreign Ministry"),
    ],
    "attributions": [
        # (content span, cue, speaker as written, canonical, type, affiliation, kind[, occurrence])
        ("Ukraine captured 2 wounded North Korean soldiers in Kursk", "says", "Zelensky", *ZEL, "indirect"),
        ("he is ready to swap the pair for Ukrainians held in Russia", "says", "Ukrainian leader", *ZEL, "indirect"),
        ("one captive is 20 and the other 26", "says", "Seoul’s spy agency", *NIS, "indirect"),
        ("Ukrainian forces have captured two North Korean soldiers in Russia’s Kursk region", "said",
         "President Volodymyr Zelensky", *ZEL, "indirect"),
        # "the first time Kyiv has announced taking prisoners ...": an act of announcing with its content
        ("taking prisoners from the contingent Pyongyang sent to fight for Moscow", "announced", "Kyiv", "Ukraine",
         "government", "Ukraine", "indirect"),
        # "Kyiv has not said how it arrived at that number" -> no statement (no content credited)
        ("The men, both wounded, were taken to Kyiv and are being questioned by the Security Service of Ukraine",
         "wrote", "he", *ZEL, "indirect"),
        ("Like all prisoners of war, these soldiers are receiving the necessary medical assistance,", "wrote",
         "Zelensky", *ZEL, "direct"),
        ("Ukraine was ready to hand them over to North Korean leader Kim Jong Un if Pyongyang could arrange their "
         "exchange for Ukrainians held in Russian captivity", "said", "He", *ZEL, "indirect"),
        ("For those North Korean soldiers who do not wish to return, there may be other options,", "added", "he",
         *ZEL, "direct"),
        ("In particular, those who express a desire to bring peace closer by spreading the truth about this war in "
         "the Korean language will be given that opportunity.", "added", "he", *ZEL, "direct"),
        ("South Korea’s National Intelligence Service confirmed the captures the following day", "confirmed",
         "South Korea’s National Intelligence Service", *NIS, "indirect"),
        ("One of the soldiers, aged 20, joined the army in 2021, while the other, 26, has served as a sniper since 2016",
         "told lawmakers", "the agency", *NIS, "indirect"),
        ("one of the captives said he had been told he was going to Russia for training rather than combat, and that "
         "his unit had suffered heavy losses", "According to", "the NIS", *NIS, "according_to"),
        ("he had been told he was going to Russia for training rather than combat, and that his unit had suffered "
         "heavy losses", "said", "one of the captives", "North Korean prisoner of war", "group", "North Korea",
         "indirect"),
        ("that some 300 North Korean troops had been killed and 2,700 wounded since Pyongyang’s forces first entered "
         "combat in December", "estimated", "The agency", *NIS, "indirect"),
        ("that about 3,800 North Koreans had been killed or wounded", "telling", "Zelensky", *ZEL, "indirect"),
        ("North Korea has sent between 11,000 and 12,000 soldiers to Russia since October", "US officials |estimate|.",
         "US officials", "U.S. officials", "group", "United States", "indirect"),
        ("Moscow and Pyongyang have not officially confirmed their presence", "have not officially confirmed",
         "Moscow", "Russia", "government", "Russia", "indirect"),
        ("Moscow and Pyongyang have not officially confirmed their presence", "have not officially confirmed",
         "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        # "the Russian Defense Ministry did not respond to a request for comment" -> no statement
        ("Kyiv’s forces, which burst across the border in August 2024, still hold roughly 500 square kilometers of "
         "the region, down from a peak of about 1,300 square kilometers", "according to", "Ukrainian commanders",
         "Ukrainian commanders", "group", "Ukraine", "according_to"),
        ("They are brave but they are used as cannon fodder,", "said", "Col. Oleh Marchuk", "Oleh Marchuk",
         "person", "Ukraine", "direct"),
        ("North Korean infantry had attacked in waves of 20 to 30 men across open snowfields", "said", "He",
         "Oleh Marchuk", "person", "Ukraine", "indirect"),
        ("without armor, without drones overhead.", "said", "He", "Oleh Marchuk", "person", "Ukraine", "direct"),
        ("Fath-360 close-range ballistic missiles", "say", "Western intelligence officials",
         "Western intelligence officials", "group", "West", "indirect"),
        ("that Russia launched more than 1,500 attack drones at Ukrainian cities in December alone", "said",
         "Ukraine’s air force", "Ukrainian Air Force", "organisation", "Ukraine", "indirect"),
        ("that Moscow could repay Tehran with Su-35 fighter jets and advanced air-defense systems", "warned",
         "Israeli officials", "Israeli officials", "group", "Israel", "indirect"),
        ("What North Korea is to Russia on the ground, Iran is to Russia in the air,", "said", "Dr. Yael Ben-Ami",
         "Yael Ben-Ami", "person", "independent", "direct"),
        ("And the bill for that partnership will eventually be paid in our region.", "said", "Dr. Yael Ben-Ami",
         "Yael Ben-Ami", "person", "independent", "direct"),
        ("Israel, which has refused Kyiv’s requests for Patriot batteries and other weapons, approved a further NIS 4 "
         "million (about $1.1 million) in humanitarian aid for Ukraine earlier this month", "said",
         "the Foreign Ministry in Jerusalem", "Israeli Foreign Ministry", "organisation", "Israel", "indirect"),
        # "The North Korean embassy in Moscow could not be reached for comment." -> no statement
    ],
    "events": [
        # (span, date_start, date_end, granularity, relative, event[, occurrence])
        ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
         "Zelensky said Ukrainian forces had captured two North Korean soldiers in Kursk"),
        ("the following day", "2025-01-12", "2025-01-12", "day", True,
         "South Korea's NIS confirmed the capture of the two North Korean soldiers"),
        ("in 2021", "2021-01-01", "2021-12-31", "year", False, "The 20-year-old captive joined the North Korean army"),
        ("since 2016", "2016-01-01", "2025-01-13", "open", True, "The 26-year-old captive has served as a sniper"),
        ("in December", "2024-12-01", "2024-12-31", "month", True,
         "North Korean forces first entered combat (NIS: some 300 killed and 2,700 wounded since)", 1),
        ("last week", "2025-01-06", "2025-01-12", "week", True,
         "Zelensky told a press conference about 3,800 North Koreans had been killed or wounded"),
        ("since October", "2024-10-01", "2025-01-13", "open", True,
         "North Korea has sent 11,000-12,000 soldiers to Russia (US estimate)"),
        ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
         "The Russian Defense Ministry did not respond to a request for comment", 1),
        ("in August 2024", "2024-08-01", "2024-08-31", "month", False,
         "Ukrainian forces burst across the border into the Kursk region"),
        ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
         "Col. Oleh Marchuk spoke by phone about North Korean infantry attacks near Sudzha", 2),
        ("in April", "2024-04-01", "2024-04-30", "month", True, "Iran fired missiles and drones at Israel"),
        ("in October", "2024-10-01", "2024-10-31", "month", True, "Iran again fired missiles at Israel"),
        ("in December", "2024-12-01", "2024-12-31", "month", True,
         "Russia launched more than 1,500 attack drones at Ukrainian cities", 2),
        ("earlier this month", "2025-01-01", "2025-01-12", "month", True,
         "Israel approved a further NIS 4 million in humanitarian aid for Ukraine"),
    ],
}}
