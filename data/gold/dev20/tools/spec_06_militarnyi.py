# dev20_06 -- Militarnyi (English), published 2025-02-10 (Monday).
# Row formats: see spec_01_sputnik.py.
# Not annotated (furniture): nav, byline, "10 February 2025 14:37", photo credit "Illustrative photo: KCNA",
# the inline teaser "Read also: HUR: North Korea has transferred 148 KN-23 missiles to Russia", Tags,
# subscription and donation prompts, Read also list ("170-mm", "47th Brigade", "M1991"), copyright "2014-2025".
# Not annotated (traps): "about two weeks" (duration), "a single assault", "one-off", "KN-23", "KN-24",
# "170-mm", "M1991", "47th", "95th" (names and ordinals), "Earlier" (vague),
# "HUR published footage" (an act, no statement), "has never commented", "went unanswered" (non-statements).

SSO = ("Special Operations Forces of Ukraine", "organisation", "Ukraine")
OFFICER = ("SSO officer", "group", "Ukraine")
VOVKUN = ("Taras Vovkun", "person", "Ukraine")
HUR = "Defence Intelligence of Ukraine"
OPS = "drone operators of the 47th Mechanized Brigade"

DOCS = {
    "dev20_06_militarnyi_withdrawal": {
        "figures": [
            ("dozens of drones", 24, None, "vague", "drone", "weapons", 24, "count", "SSO officer"),
            ("around 4,000 soldiers", 4000, None, "approximately", "soldier", "casualties", 4000, "count", "Taras Vovkun"),
            ("at least 1,000", 1000, None, "at_least", "soldier", "casualties", 1000, "count", "Taras Vovkun"),
            ("almost 4,000 North Korean soldiers", 4000, None, "approximately", "soldier", "casualties", 4000, "count", "Volodymyr Zelensky"),
            ("two captured North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Volodymyr Zelensky"),
            ("between 4 and 5 million artillery shells", 4e6, 5e6, "range", "artillery shell", "weapons", 4e6, "count", HUR),
            ("at least 140 ballistic missiles", 140, None, "at_least", "ballistic missile", "weapons", 140, "count", HUR),
            ("two Koksan guns", 2, None, "exact", "gun", "weapons", 2, "count", OPS),
            ("about 12 kilometres", 12, None, "approximately", "kilometre", "territory", 12, "km", OPS),
            ("20 to 30 people", 20, 30, "range", "person", "personnel", 20, "count", "Bars"),
            ("roughly 500 square kilometres", 500, None, "approximately", "square kilometre", "territory", 500, "km2", "Oleksandr Syrskyi"),
            ("about 1,400", 1400, None, "approximately", "square kilometre", "territory", 1400, "km2", "Oleksandr Syrskyi"),
            ("195,000 rubles", 195000, None, "exact", "ruble", "money", 195000, "RUB", "Ukrainian military"),
            ("roughly €1,900", 1900, None, "approximately", "", "money", 1900, "EUR", "Ukrainian military"),
        ],
        "attributions": [
            ("North Korean units pulled back from Kursk front after heavy losses", "|SSO:| North Korean", "SSO", *SSO, "indirect"),
            ("The North Korean contingent has not been seen on the front line in Russia’s Kursk region for about two weeks",
             "reported", "the Special Operations Forces of the Armed Forces of Ukraine (SSO)", *SSO, "indirect"),
            ("the losses suffered by the DPRK troops were so heavy that the Russian command was forced to withdraw them to rear areas for regrouping",
             "According to", "the SSO", *SSO, "according_to"),
            ("They attacked in dense columns, without proper drone cover, and paid for it,", "told Militarnyi",
             "an SSO officer who asked not to be named", *OFFICER, "direct"),
            ("Ukrainian units now need dozens of drones to stop a single assault", "added", "the officer", *OFFICER, "indirect"),
            ("that North Korean forces had lost around 4,000 soldiers killed and wounded since they entered combat in mid-December",
             "SSO, |said| on Sunday", "Major Taras Vovkun", *VOVKUN, "indirect"),
            ("Of these, at least 1,000 were killed", "claimed", "he", *VOVKUN, "indirect"),
            ("that almost 4,000 North Korean soldiers had been killed or wounded, and that Kyiv was ready to hand over the two captured North Korean soldiers to Kim Jong Un in exchange for Ukrainians held in Russia",
             "Zelenskyy |said| that", "President Volodymyr Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("that North Korea has supplied Russia with between 4 and 5 million artillery shells since the autumn of 2023, as well as at least 140 ballistic missiles of the KN-23 and KN-24 types",
             "estimates", "the Defense Intelligence of Ukraine (HUR)", HUR, "organisation", "Ukraine", "indirect"),
            ("The quality of North Korean shells has improved, but many of them still fail to fire or explode prematurely,",
             "Budanov |said| in an interview", "HUR chief Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "direct"),
            ("they had destroyed two Koksan guns near the village of Plekhovo, about 12 kilometres from the border, on February 7",
             "Brigade |said| they", "Drone operators of the 47th Mechanized Brigade", OPS, "group", "Ukraine", "indirect"),
            ("They come in groups of 20 to 30 people and keep walking even when our drones hit them,", "them,” |said| a serviceman",
             "a serviceman of the 95th Air Assault Brigade with the call sign “Bars”", "Bars", "person", "Ukraine", "direct"),
            ("that Ukrainian forces still controlled roughly 500 square kilometres of Russian territory, compared with about 1,400 at the height of the operation last summer",
             "Syrskyi |said| on January 30", "Commander-in-Chief Oleksandr Syrskyi", "Oleksandr Syrskyi", "person", "Ukraine", "indirect"),
            ("that notes found on a killed North Korean soldier showed that each fighter had been offered a one-off payment of 195,000 rubles (roughly €1,900)",
             "military |reported| last month", "The Ukrainian military", "Ukrainian military", "organisation", "Ukraine", "indirect"),
        ],
        "events": [
            ("on Monday", "2025-02-10", "2025-02-10", "day", True,
             "SSO reported the North Korean contingent had not been seen on the Kursk front for about two weeks"),
            ("on Sunday", "2025-02-09", "2025-02-09", "day", True,
             "Taras Vovkun said North Korean forces had lost around 4,000 killed and wounded"),
            ("in mid-December", "2024-12-11", "2024-12-20", "week", True, "North Korean forces entered combat"),
            ("since the autumn of 2023", "2023-09-01", "2025-02-10", "open", True,
             "North Korea supplied Russia with 4-5 million artillery shells and at least 140 ballistic missiles"),
            ("interview |last month|.", "2025-01-01", "2025-01-31", "month", True,
             "Budanov interview on the quality of North Korean shells"),
            ("on February 7", "2025-02-07", "2025-02-07", "day", True,
             "47th Mechanized Brigade drone operators destroyed two Koksan guns near Plekhovo"),
            ("the following day", "2025-02-08", "2025-02-08", "day", True,
             "HUR published footage of a strike on an M1991 launcher in the same area"),
            ("on January 30", "2025-01-30", "2025-01-30", "day", True,
             "Syrskyi said Ukrainian forces controlled roughly 500 square kilometres of Russian territory"),
            ("last summer", "2024-06-01", "2024-08-31", "season", True,
             "Height of the Kursk operation, about 1,400 square kilometres under Ukrainian control"),
            ("reported |last month| that", "2025-01-01", "2025-01-31", "month", True,
             "Ukrainian military reported notes found on a killed North Korean soldier about a 195,000-ruble payment"),
        ],
    },
}
