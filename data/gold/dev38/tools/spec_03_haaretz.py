# dev38_03 — Haaretz (English), published 2024-12-19 (Thursday). Anchor week: 2024-12-16..2024-12-22.
# Furniture (section line, byline "Reuters and Haaretz", timestamp, follow prompts and topic tags,
# caption with credit, "In the News" links, "Comments") carries no rows.
D = "dev38_03_haaretz_first_losses"
NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
PARK = ("Park Ji-hoon", "person", "South Korea")
HUR = ("Defence Intelligence of Ukraine", "organisation", "Ukraine")
ZEL = ("Volodymyr Zelensky", "person", "Ukraine")
DAE = ("Daehan Institute for Unification Policy", "organisation", "independent")
SHA = ("Noa Shahar", "person", "independent")
SKMOD = ("South Korean Defense Ministry", "group", "South Korea")

DOCS = {D: {
    "figures": [
        ("at least 100 North Korean soldiers", 100, None, "at_least", "soldier", "casualties", 100, "count",
         "South Korean lawmakers", 1),
        ("At least 100 North Korean soldiers", 100, None, "at_least", "soldier", "casualties", 100, "count",
         "Park Ji-hoon"),
        ("nearly 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", "Park Ji-hoon"),
        ("at least one general", 1, None, "at_least", "general", "casualties", 1, "count",
         "National Intelligence Service (South Korea)"),
        ("about 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", ""),
        # "aged 18 to 25": ages; "the 11th Corps": a name; "Hwasong-11": a model name
        ("40 to 50 men", 40, 50, "range", "man", "personnel", 40, "count", "Defence Intelligence of Ukraine"),
        ("some 30 kilometers", 30, None, "approximately", "kilometer", "territory", 30, "km",
         "Defence Intelligence of Ukraine"),
        ("19 miles", 19, None, "exact", "mile", "territory", 30.577536, "km", "Defence Intelligence of Ukraine"),
        ("an estimated $2,000", 2000, None, "approximately", "", "money", 2000, "USD",
         "Daehan Institute for Unification Policy"),
        ("roughly 7,300 shekels", 7300, None, "approximately", "shekel", "money", 7300, "ILS",
         "Daehan Institute for Unification Policy"),
        ("about $264 million", 264000000, None, "approximately", "", "money", 264000000, "USD",
         "Daehan Institute for Unification Policy"),
        ("seven ministries", 7, None, "exact", "ministry", "other", 7, "count", "South Korean Defense Ministry"),
    ],
    "attributions": [
        ("North Korean Troops Suffer Heavy Losses in First Kursk Battles", "Says", "Seoul", "South Korea",
         "government", "South Korea", "indirect"),
        ("at least 100 North Korean soldiers have been killed", "say", "South Korean lawmakers",
         "South Korean lawmakers", "group", "South Korea", "indirect"),
        ("Pyongyang's infantry is attacking in 'human waves'", "says", "Kyiv", "Ukraine", "government", "Ukraine",
         "indirect"),
        ("At least 100 North Korean soldiers have been killed and nearly 1,000 wounded since Pyongyang's troops were "
         "thrown into combat against Ukrainian forces in Russia's Kursk region earlier this month", "said",
         "a South Korean lawmaker", *PARK, "indirect"),
        ("that the National Intelligence Service had informed the parliament's intelligence committee that the dead "
         "included \"a considerable number\" of officers, and that at least one general was believed to have been "
         "wounded", "told reporters", "Park Ji-hoon", *PARK, "indirect"),
        ("that the dead included \"a considerable number\" of officers, and that at least one general was believed "
         "to have been wounded", "informed", "the National Intelligence Service", *NIS, "indirect"),
        ("The North Korean units have no understanding of drone warfare and are being sent across open fields, "
         "which makes them easy targets,", "quoted by Park as saying", "the agency", *NIS, "direct"),
        ("that North Korean infantry were attacking in \"human waves\" of 40 to 50 men, some 30 kilometers "
         "(19 miles) from the Ukrainian border", "said", "Ukraine's military intelligence agency, HUR", *HUR,
         "indirect"),
        ("Ukrainian President Volodymyr Zelensky accused Moscow of trying to \"hide\" the losses", "accused",
         "Ukrainian President Volodymyr Zelensky", *ZEL, "indirect"),
        ("Russian commanders had burned the faces of dead North Korean soldiers to prevent their identification",
         "saying", "Ukrainian President Volodymyr Zelensky", *ZEL, "indirect"),
        # "Peskov ... referred questions ... to the Defense Ministry" -> no statement
        ("which has never acknowledged their presence", "has never acknowledged", "the Defense Ministry",
         "Russian Defense Ministry", "organisation", "Russia", "indirect"),
        ("Russia pays each North Korean soldier an estimated $2,000 a month, roughly 7,300 shekels, most of which "
         "goes to the regime rather than to the men", "according to", "the Daehan Institute for Unification Policy",
         *DAE, "according_to"),
        ("that would add up to about $264 million a year", "calculated", "the institute", *DAE, "indirect"),
        ("the Kursk battles gave Kim Jong Un something no arms deal could buy", "said", "Dr. Noa Shahar", *SHA,
         "indirect"),
        ("North Korea is getting combat experience against an army armed and trained by the West, and it will share "
         "those lessons with its customers,", "said", "she", *SHA, "direct"),
        ("which Israel accuses of arming Russia with drones and missiles", "accuses", "Israel", "Israel",
         "government", "Israel", "indirect"),
        ("that Israel had good reason to watch the battlefield closely, since North Korea had sold missile technology "
         "to Iran and Syria for decades", "argued", "Dr. Shahar", *SHA, "indirect"),
        ("The reactor that Israel destroyed in Syria in 2007 was built with North Korean help", "noted", "she", *SHA,
         "indirect"),
        ("North Korean troops have not fought a conventional war since the Korean War ended in 1953",
         "pointed out", "South Korean officials", "South Korean officials", "group", "South Korea", "indirect"),
        ("that a battle-hardened corps could return home by next spring, along with new Russian know-how on drones "
         "and the Hwasong-11 missiles the North has already supplied to Moscow", "warned", "analysts in Seoul",
         "analysts in Seoul", "group", "independent", "indirect"),
        # "The Israeli Foreign Ministry declined to comment." -> no statement
        ("Seoul would \"respond sternly\" to any transfer of sensitive Russian military technology to Pyongyang",
         "said", "A spokesperson for South Korea's Defense Ministry", *SKMOD, "indirect"),
        ("that a special task force of seven ministries had been set up on December 2 to monitor the cooperation",
         "adding", "A spokesperson for South Korea's Defense Ministry", *SKMOD, "indirect"),
    ],
    "events": [
        ("earlier this month", "2024-12-01", "2024-12-18", "month", True,
         "North Korean troops were thrown into combat against Ukrainian forces in Kursk"),
        ("on Thursday", "2024-12-19", "2024-12-19", "day", True,
         "South Korean lawmaker Park Ji-hoon reported NIS casualty figures after a closed-door briefing"),
        ("in October", "2024-10-01", "2024-10-31", "month", True,
         "North Korean conscripts boarded trains to the Russian Far East"),
        ("this week", "2024-12-16", "2024-12-22", "week", True,
         "HUR said North Korean infantry were attacking in 'human waves' of 40 to 50 men"),
        ("On Wednesday", "2024-12-18", "2024-12-18", "day", True,
         "Zelensky accused Moscow of trying to hide North Korean losses"),
        ("on Monday", "2024-12-16", "2024-12-16", "day", True,
         "Peskov referred questions about North Korean troops to the Defense Ministry"),
        ("in 2007", "2007-01-01", "2007-12-31", "year", False,
         "Israel destroyed a North Korean-built reactor in Syria"),
        ("in 1953", "1953-01-01", "1953-12-31", "year", False, "The Korean War ended"),
        ("by next spring", "2025-03-01", "2025-05-31", "season", True,
         "A battle-hardened North Korean corps could return home (analysts' warning)"),
        ("on December 2", "2024-12-02", "2024-12-02", "day", True,
         "South Korea set up a seven-ministry task force to monitor Russia-North Korea cooperation"),
    ],
}}
