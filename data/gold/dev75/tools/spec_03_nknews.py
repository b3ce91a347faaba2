"""dev75_03: NK News, 2025-09-02 (Tuesday). Gala concert for the Kursk dead, KCTV war documentary, bereaved families.

Row formats as in spec_01_washingtonpost.py. The caption contains a literal "|" (" | Image: KCNA"), so
the caption's "on Sunday" is given by occurrence number, not by context.
"""
NIS = "National Intelligence Service (South Korea)"
KCNA = "Korean Central News Agency"
SM = "North Korean state media"
KIM = "Kim Jong Un"

DOCS = {
    "dev75_03_nknews_concert": {
        "figures": [
            ("101 fallen soldiers", 101, None, "exact", "soldier", "casualties", 101, "count", KCNA),
            ("some 8,000 square meters", 8000, None, "approximately", "square meter", "territory", 0.008, "km2", KCNA),
            ("at least 23", 23, None, "at_least", "soldier", "casualties", 23, "count", ""),
            ("about 300 soldiers", 300, None, "approximately", "soldier", "personnel", 300, "count", ""),
            ("250 families", 250, None, "exact", "family", "other", 250, "count", KCNA),
            ("around 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000,
             "count", NIS),
            ("some 15,000", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
        ],
        "attributions": [
            ("North Korean leader Kim Jong Un wiped away tears at a gala concert honoring soldiers killed fighting for "
             "Russia in the Kursk region", "reported", "state media", SM, "media", "North Korea", "indirect"),
            ("The concert at the Pyongyang Indoor Stadium on Sunday evening was attended by the families of 101 fallen "
             "soldiers, who were seated in the front rows", "according to", "the Korean Central News Agency (KCNA)",
             KCNA, "media", "North Korea", "according_to"),
            ("Our sons did not die in a foreign land. They died for the dignity of our state,", "said", "Kim", KIM,
             "person", "North Korea", "direct"),
            ("that a memorial museum to the “overseas military operation” would be completed in Pyongyang by next spring",
             "adding", "Kim", KIM, "person", "North Korea", "indirect"),
            ("The museum will cover some 8,000 square meters next to the Victorious Fatherland Liberation War Museum",
             "KCNA |said|.", "KCNA", KCNA, "media", "North Korea", "indirect"),
            ("that it had sent troops to Russia", "acknowledged", "Pyongyang", "North Korea", "government",
             "North Korea", "indirect"),
            ("North Korean soldiers had helped to “liberate” the Kursk region", "said",
             "Russia’s chief of general staff Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
            ("had died leading an assault in January", "said", "state media", SM, "media", "North Korea", "indirect"),
            ("Kim promised the bereaved families new homes on a street in Pyongyang’s Hwasong district", "promised",
             "Kim", KIM, "person", "North Korea", "indirect"),
            ("that 250 families had moved in", "reported", "KCNA", KCNA, "media", "North Korea", "indirect"),
            ("that around 2,000 North Korean soldiers have died since the deployment began last October, out of some "
             "15,000 sent", "estimated", "South Korea’s National Intelligence Service (NIS)", NIS, "organisation",
             "South Korea", "indirect"),
            ("The message to the families is: your grief is the state’s grief, and the state will take care of you — "
             "as long as you grieve correctly,", "said", "Lee Min-jung", "Lee Min-jung", "person", "independent",
             "direct"),
            ("that the documentary never names Ukraine, referring only to “the enemy.”", "noted", "Lee",
             "Lee Min-jung", "person", "independent", "indirect"),
            ("it would air the film with Russian subtitles in October", "said",
             "Russia’s state broadcaster Channel One", "Channel One (Russia)", "media", "Russia", "indirect"),
        ],
        "events": [
            ("on Sunday", "2025-08-31", "2025-08-31", "day", True,
             "Gala concert for the Kursk 'heroes' brought bereaved families to Pyongyang (sub-headline)", 1),
            ("on Sunday", "2025-08-31", "2025-08-31", "day", True,
             "Kim Jong Un and his daughter at the gala concert in Pyongyang (caption)", 2),
            ("reported |Monday|, as", "2025-09-01", "2025-09-01", "day", True,
             "State media reported Kim Jong Un wept at the gala concert for soldiers killed in Kursk"),
            ("on Sunday evening", "2025-08-31", "2025-08-31", "day", True,
             "Concert at the Pyongyang Indoor Stadium attended by families of 101 fallen soldiers"),
            ("by next spring", "2026-03-01", "2026-05-31", "season", True,
             "Memorial museum to the overseas military operation due to be completed in Pyongyang"),
            ("in late April", "2025-04-21", "2025-04-30", "month", True,
             "Pyongyang acknowledged it had sent troops to Russia"),
            ("on Monday", "2025-09-01", "2025-09-01", "day", True,
             "KCTV broadcast the documentary 'Comrades of the Snowfield'"),
            ("in January", "2025-01-01", "2025-01-31", "month", True,
             "A senior colonel died leading an assault (per state media)"),
            ("Earlier this year", "2025-01-01", "2025-09-01", "year", True,
             "Kim promised the bereaved families new homes in Pyongyang's Hwasong district"),
            ("in July", "2025-07-01", "2025-07-31", "month", True, "KCNA reported 250 families had moved in"),
            ("last month", "2025-08-01", "2025-08-31", "month", True,
             "NIS estimated around 2,000 North Korean soldiers had died out of some 15,000 sent"),
            ("last October", "2024-10-01", "2024-10-31", "month", True,
             "North Korea's troop deployment to Russia began"),
            ("in October", "2025-10-01", "2025-10-31", "month", True,
             "Channel One to air the documentary with Russian subtitles"),
        ],
    },
}
