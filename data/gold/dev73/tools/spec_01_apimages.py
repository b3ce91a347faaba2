"""dev73_01_apimages_kursk -- AP Images gallery, published 2024-12-18 (Wednesday).

Rows: figures (pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
      attributions (pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
      events (pattern, date_start, date_end, granularity, relative, event[, occ])
A pattern "left|span|right" is located as the unique occurrence of left+span+right.
"""
DIU = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service (South Korea)"
SQMI = 2.589988

DOCS = {
    "dev73_01_apimages_kursk": {
        "figures": [
            ("about 200 North Korean soldiers", 200, None, "approximately", "soldier", "casualties", 200, "count", DIU),
            ("roughly 800 square kilometers", 800, None, "approximately", "square kilometer", "territory", 800, "km2", "Ukraine"),
            ("310 square miles", 310, None, "exact", "square mile", "territory", round(310 * SQMI, 6), "km2", "Ukraine"),
            ("about 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", "Ukraine"),
            ("told lawmakers this week that |hundreds| of the", 100, None, "vague", "troop", "casualties", 100, "count", NIS),
            ("roughly 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
            ("20 or 30 soldiers", 20, 30, "range", "soldier", "personnel", 20, "count", "Tykhyi"),
            ('numbered "in the |hundreds|."', 100, None, "vague", "casualty", "casualties", 100, "count", "U.S. officials"),
            ("more than 112,000 people", 112000, None, "more_than", "person", "other", 112000, "count", "Kursk regional officials"),
            ("10,000 rubles", 10000, None, "exact", "ruble", "money", 10000, "RUB", "Kursk regional officials"),
            ("about $96", 96, None, "approximately", "", "money", 96, "USD", "Kursk regional officials"),
        ],
        "attributions": [
            ("that about 200 North Korean soldiers had been killed or wounded in assaults near the villages of Plekhovo and Vorozhba over the weekend",
             "said", "Ukraine's military intelligence agency, known as HUR", DIU, "organisation", "Ukraine", "indirect"),
            ("who Ukrainian officials say are North Korean", "say", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
            ('North Korean troops were being thrown into "meat assaults" alongside Russian paratroopers and marines, and that Ukraine had already recorded "a noticeable number" of North Korean losses',
             "said", "Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("its forces still control roughly 800 square kilometers (310 square miles) of the region, down from about 1,300 square kilometers at the height of the incursion in late August",
             "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("that hundreds of the roughly 11,000 North Korean troops in Russia had been killed or wounded",
             "told lawmakers", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("South Korea's spy agency told lawmakers this week that hundreds of the roughly 11,000 North Korean troops in Russia had been killed or wounded",
             "according to", "a lawmaker who attended the closed-door briefing", "South Korean lawmaker", "group", "South Korea", "according_to"),
            ('the North Koreans "come at us in groups of 20 or 30 soldiers, walking upright across open fields."',
             "said", 'A company commander who gave only his call sign, "Tykhyi,"', "Tykhyi", "person", "Ukraine", "indirect"),
            ("They don't run from drones,", "added", "he", "Tykhyi", "person", "Ukraine", "direct"),
            ("They just keep walking.", "added", "he", "Tykhyi", "person", "Ukraine", "direct"),
            ('that U.S. officials believed they numbered "in the hundreds."', "told reporters", "Ryder", "Pat Ryder", "person", "United States", "indirect"),
            ('they numbered "in the hundreds."', "believed", "U.S. officials", "U.S. officials", "group", "United States", "indirect"),
            ('Pyongyang would "invariably support" Russia\'s policy of defending its sovereignty', "quoted", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("North Korea has not confirmed sending troops to Russia", "has not confirmed", "North Korea", "North Korea", "government", "North Korea", "indirect"),
            ("that more than 112,000 people had been evacuated and that each had received a one-time payment of 10,000 rubles (about $96)",
             "said", "Regional officials", "Kursk regional officials", "group", "Russia", "indirect"),
        ],
        "events": [
            ("Monday, Dec. 16, 2024", "2024-12-16", "2024-12-16", "day", False, "Ukrainian servicemen load a shell into a self-propelled howitzer near the Russian border in the Sumy region (photo)"),
            ("known as HUR, said |Monday| that", "2024-12-16", "2024-12-16", "day", True, "HUR said about 200 North Korean soldiers had been killed or wounded near Plekhovo and Vorozhba"),
            ("over the weekend", "2024-12-14", "2024-12-15", "day", True, "North Korean assaults near Plekhovo and Vorozhba in which about 200 North Korean soldiers were killed or wounded"),
            ("on Tuesday, Dec. 17, 2024", "2024-12-17", "2024-12-17", "day", False, "Special Operations Forces of Ukraine released drone video of soldiers said to be North Korean crossing a field in Kursk"),
            ("Kyiv, Ukraine, |Tuesday, Dec. 17, 2024|. Zelenskyy", "2024-12-17", "2024-12-17", "day", False, "Zelenskyy news conference in Kyiv on North Korean 'meat assaults' and losses (photo)"),
            ("Wednesday, Dec. 11, 2024", "2024-12-11", "2024-12-11", "day", False, "A Ukrainian armored vehicle drives past a destroyed building in Sudzha (photo)"),
            ("in late August", "2024-08-21", "2024-08-31", "month", True, "Height of the Ukrainian incursion into Kursk, about 1,300 square kilometers held"),
            ("Friday, Dec. 13, 2024", "2024-12-13", "2024-12-13", "day", False, "People at Seoul Railway Station watch a TV news program on North Korea's troop deployment (photo)"),
            ("this week", "2024-12-16", "2024-12-22", "week", True, "South Korea's spy agency told lawmakers hundreds of the ~11,000 North Korean troops in Russia were killed or wounded"),
            ("Saturday, Dec. 14, 2024", "2024-12-14", "2024-12-14", "day", False, "A Ukrainian soldier launches a reconnaissance drone in the Kursk region (photo)"),
            ("the Pentagon, |Tuesday, Dec. 17, 2024|, in Washington", "2024-12-17", "2024-12-17", "day", False, "Pentagon briefing by Pat Ryder on North Korean casualties (photo)"),
            ("Friday, Nov. 29, 2024", "2024-11-29", "2024-11-29", "day", False, "Kim Jong Un shakes hands with Russian Defense Minister Andrei Belousov in Pyongyang"),
            ("Thursday, Dec. 12, 2024", "2024-12-12", "2024-12-12", "day", False, "Displaced Kursk residents line up for humanitarian aid in Kursk (photo)"),
            ("earlier this month", "2024-12-01", "2024-12-17", "month", True, "Kursk regional officials said more than 112,000 people were evacuated and each paid 10,000 rubles"),
        ],
    },
}
