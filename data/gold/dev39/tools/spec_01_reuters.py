# Reuters Factbox, published 2024-12-19 (Thursday).
# Rows: figures (pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
#       attributions (pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
#       events (pattern, date_start, date_end, granularity, relative, event[, occurrence])
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
JCS = "Joint Chiefs of Staff (South Korea)"
MI = 1.609344
SQMI = 2.589988

LEAD = ("North Korean soldiers sent to help Russia drive Ukrainian forces out of the Kursk region "
        "have taken their first heavy losses")
OFFICIALS = "officials in Seoul, Kyiv and Washington"

DOCS = {
    "dev39_01_reuters_factbox_kursk_troops": {
        "figures": [
            ("About 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", NIS),
            ("11,000 to 12,000 troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", HUR),
            ("500 officers", 500, None, "exact", "officer", "personnel", 500, "count", HUR),
            ("three generals", 3, None, "exact", "general", "personnel", 3, "count", HUR),
            ("10,000-12,000 North Korean troops", 10000, 12000, "range", "troop", "personnel", 10000, "count", "United States"),
            ("At least 100 North Korean soldiers", 100, None, "at_least", "soldier", "casualties", 100, "count", "Lee Seong-kweun"),
            ("nearly 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", "Lee Seong-kweun"),
            ("hundreds of casualties", 100, None, "vague", "casualty", "casualties", 100, "count", "John Kirby"),
            ("20 to 30 soldiers", 20, 30, "range", "soldier", "personnel", 20, "count", "Ukrainian officer"),
            ("about 1,300 square km", 1300, None, "approximately", "square km", "territory", 1300, "km2", ""),
            ("500 square miles", 500, None, "exact", "square mile", "territory", round(500 * SQMI, 6), "km2", ""),
            ("about 25 km", 25, None, "approximately", "km", "territory", 25, "km", "Ukrainian officer"),
            ("15 miles", 15, None, "exact", "mile", "territory", round(15 * MI, 6), "km", "Ukrainian officer"),
            ("more than 20,000 containers", 20000, None, "more_than", "container", "weapons", 20000, "count", JCS),
            ("as many as 9 million artillery shells", 9000000, None, "at_most", "artillery shell", "weapons", 9000000, "count", "Park Min-seo"),
        ],
        "attributions": [
            (LEAD, "said", OFFICIALS, "South Korean officials", "group", "South Korea", "indirect"),
            (LEAD, "said", OFFICIALS, "Ukrainian officials", "group", "Ukraine", "indirect"),
            (LEAD, "said", OFFICIALS, "U.S. officials", "group", "United States", "indirect"),
            ("About 11,000 North Korean soldiers are in Russia, most of them deployed in the Kursk border region",
             "according to", "South Korea's National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "according_to"),
            ("the contingent numbers 11,000 to 12,000 troops, including 500 officers and three generals", "said",
             "Ukraine's military intelligence agency (HUR)", HUR, "organisation", "Ukraine", "indirect"),
            ("that 10,000-12,000 North Korean troops had been sent to eastern Russia for training", "estimated",
             "The United States", "United States", "government", "United States", "indirect"),
            ("that they had since moved into combat in Kursk", "said",
             "Pentagon spokesman Major General Pat Ryder", "Pat Ryder", "person", "United States", "indirect"),
            ("At least 100 North Korean soldiers have been killed and nearly 1,000 wounded", "told reporters",
             "lawmaker Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "indirect"),
            ('their unfamiliarity with drone warfare and open terrain had made them "easy targets" for Ukrainian forces', "said",
             "He", "Lee Seong-kweun", "person", "South Korea", "indirect"),
            ('that North Korean units had suffered hundreds of casualties, "from the lowest ranks up to the more senior ranks"', "said",
             "White House national security spokesman John Kirby", "John Kirby", "person", "United States", "indirect"),
            ('North Korean infantry advanced in groups of 20 to 30 soldiers across open fields "as if drones did not exist"', "said",
             "A Ukrainian officer fighting in Kursk", "Ukrainian officer", "group", "Ukraine", "indirect"),
            ("it has since recaptured more than half of that ground", "says",
             "Moscow", "Russia", "government", "Russia", "indirect"),
            ("Most North Korean units are stationed west of the town of Korenevo, about 25 km (15 miles) from the Ukrainian border",
             "according to", "the Ukrainian officer", "Ukrainian officer", "group", "Ukraine", "according_to"),
            ("Russia appears to have sent air defence equipment to Pyongyang", "said",
             "South Korean national security adviser Shin Won-sik", "Shin Won-sik", "person", "South Korea", "indirect"),
            ("North Korea has shipped more than 20,000 containers of munitions to Russia since August 2023", "Chiefs of Staff |said| in October",
             "South Korea's Joint Chiefs of Staff", JCS, "organisation", "South Korea", "indirect"),
            ("That could amount to as many as 9 million artillery shells", "estimated",
             "Park Min-seo", "Park Min-seo", "person", "independent", "indirect"),
            ("The Kremlin has neither confirmed nor denied the deployment", "neither confirmed nor denied",
             "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
            ('that any such deployment would be "an act conforming with the regulations of international law"', "said",
             "North Korea's vice foreign minister, Kim Jong Gyu", "Kim Jong Gyu", "person", "North Korea", "indirect"),
        ],
        "events": [
            ("this week", "2024-12-16", "2024-12-22", "week", True,
             "Officials in Seoul, Kyiv and Washington said North Korean soldiers in Kursk had taken their first heavy losses"),
            ("estimated |in October| that", "2024-10-01", "2024-10-31", "month", True,
             "The United States estimated 10,000-12,000 North Korean troops had been sent to eastern Russia"),
            ("on Monday", "2024-12-16", "2024-12-16", "day", True,
             "Pentagon spokesman Pat Ryder said North Korean troops had moved into combat in Kursk"),
            ("on Thursday", "2024-12-19", "2024-12-19", "day", True,
             "Lee Seong-kweun told reporters at least 100 North Korean soldiers had been killed and nearly 1,000 wounded"),
            ("on Tuesday", "2024-12-17", "2024-12-17", "day", True,
             "John Kirby said North Korean units had suffered hundreds of casualties"),
            ("in August", "2024-08-01", "2024-08-31", "month", True,
             "Ukraine seized about 1,300 square km of Kursk in a surprise cross-border offensive"),
            ("in November", "2024-11-01", "2024-11-30", "month", True,
             "Shin Won-sik said Russia appears to have sent air defence equipment to Pyongyang"),
            ("since August 2023", "2023-08-01", "2024-12-19", "open", True,
             "North Korea shipped more than 20,000 containers of munitions to Russia"),
            ("Staff said |in October|.", "2024-10-01", "2024-10-31", "month", True,
             "South Korea's Joint Chiefs of Staff gave the 20,000-container figure"),
            ("on Wednesday", "2024-12-18", "2024-12-18", "day", True,
             "Kremlin spokesman Dmitry Peskov declined to comment on the casualty reports"),
            ("on Oct. 25", "2024-10-25", "2024-10-25", "day", True,
             "North Korean vice foreign minister Kim Jong Gyu said any deployment would conform with international law"),
            ("in June", "2024-06-01", "2024-06-30", "month", True,
             "North Korea and Russia signed a mutual defence treaty"),
            ("on Dec. 4", "2024-12-04", "2024-12-04", "day", True,
             "The mutual defence treaty came into force"),
        ],
    },
}
