"""dev63_05_unpress_security_council: UN Press meetings coverage. Manifest date EMPTY; anchor 2025-06-18 (Wed),
taken from the page's own date line `18 JUNE 2025` (under `SC/16094`)."""
KH = "Mohamed Khaled Khiari"
UN = "United Nations"
MSMT = "Multilateral Sanctions Monitoring Team"
ROK = "South Korea"
US = "United States"
RU = "Russia"
NK = "North Korea"
DPRK_LONG = "Democratic People’s Republic of Korea"
DOCS = {
    "dev63_05_unpress_security_council": {
        "figures": [
            ("thousands of soldiers", 1000, None, "vague", "soldier", "personnel", 1000, "count", KH),
            ("an estimated 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", MSMT),
            ("a further 3,000", 3000, None, "exact", "troop", "personnel", 3000, "count", MSMT),
            ("some 4,700", 4700, None, "approximately", "troop", "casualties", 4700, "count", MSMT),
            ("at least 20,000 containers", 20000, None, "at_least", "container", "weapons", 20000, "count", MSMT),
            ("roughly 9 million artillery shells", 9000000, None, "approximately", "artillery shell", "weapons",
             9000000, "count", MSMT),
            ("more than $1 billion", 1000000000, None, "more_than", "", "money", 1000000000, "USD", ROK),
            ("at least 60 North Korean ballistic missiles", 60, None, "at_least", "ballistic missile", "weapons", 60,
             "count", US),
            ("some 1,300 square kilometres", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2",
             RU),
            ("13 North Korean generals", 13, None, "exact", "general", "personnel", 13, "count", "United Kingdom"),
        ],
        "attributions": [
            ("Troops from Democratic People’s Republic of Korea Fought in Kursk in Breach of Sanctions", "Tells",
             "Top Official", KH, "person", UN, "indirect"),
            ("Russian Federation Rejects ‘Politicized’ Meeting", "Rejects", "Russian Federation", RU, "government", RU,
             "indirect"),
            ("The deployment of thousands of soldiers from the Democratic People’s Republic of Korea to fight "
             "alongside Russian forces in the Kursk region violated several Security Council resolutions",
             "told the Council", "a senior United Nations official", KH, "person", UN, "indirect"),
            ("that the Secretariat had taken note of official statements from Moscow and Pyongyang in late April "
             "confirming that troops from the Democratic People’s Republic of Korea had taken part in combat in the "
             "Kursk region", "said", KH, KH, "person", UN, "indirect"),
            ("that troops from the Democratic People’s Republic of Korea had taken part in combat in the Kursk region",
             "confirming", "Moscow", RU, "government", RU, "indirect"),
            ("that troops from the Democratic People’s Republic of Korea had taken part in combat in the Kursk region",
             "confirming", "Pyongyang", NK, "government", NK, "indirect"),
            ("Any transfer of arms or related materiel to or from the Democratic People’s Republic of Korea is "
             "prohibited by resolution 1718 (2006) and subsequent resolutions,", "stressed", "he", KH, "person", UN,
             "direct"),
            ("He drew the Council’s attention to the first report of the Multilateral Sanctions Monitoring Team, an "
             "initiative of several Member States, published on 29 May", "drew the Council’s attention to", "He", KH,
             "person", UN, "indirect"),
            ("an estimated 11,000 troops were sent to the Russian Federation in October and November 2024 and a "
             "further 3,000 in January and February, and some 4,700 of them have been killed or wounded",
             "According to", "that report", MSMT, "organisation", "West", "according_to"),
            ("that Pyongyang had shipped at least 20,000 containers — holding roughly 9 million artillery shells and "
             "rockets — to the Russian Federation since September 2023", "found", "The Team", MSMT, "organisation",
             "West", "indirect"),
            ("that the Secretariat was not in a position to verify those figures independently", "added", "He", KH,
             "person", UN, "indirect"),
            ("that the soldiers had been sent “as cannon fodder in a war that is not theirs”", "said",
             "The representative of the Republic of Korea", ROK, "group", ROK, "indirect"),
            ("that his Government estimated that Pyongyang had earned more than $1 billion from the deployment and "
             "from arms sales to Moscow", "noting", "The representative of the Republic of Korea", ROK, "group", ROK,
             "indirect"),
            ("that Pyongyang had earned more than $1 billion from the deployment and from arms sales to Moscow",
             "estimated", "his Government", ROK, "government", ROK, "indirect"),
            ("Some of that revenue, he warned, would flow into missile and nuclear programmes", "warned", "he", ROK,
             "group", ROK, "indirect"),
            ("that Washington had documented the launch of at least 60 North Korean ballistic missiles against "
             "Ukrainian cities since December 2023", "said", "The representative of the United States", US, "group",
             US, "indirect"),
            ("called on all Member States to enforce the sanctions the Council had adopted unanimously", "called on",
             "The representative of the United States", US, "group", US, "indirect"),
            ("The Russian Federation is now both a violator of these resolutions and the country blocking their "
             "enforcement,", "said", "she", US, "group", US, "direct"),
            ("The Russian Federation’s delegate rejected the meeting as “yet another politicized show” convened by "
             "Western delegations", "rejected", "The Russian Federation’s delegate", RU, "group", RU, "indirect"),
            ("cooperation between Moscow and Pyongyang was lawful under the Treaty on Comprehensive Strategic "
             "Partnership signed on 19 June 2024", "said", "The Russian Federation’s delegate", RU, "group", RU,
             "indirect"),
            ("Korean servicemen had helped to liberate the Kursk region, including some 1,300 square kilometres seized "
             "by Kyiv in August 2024, and there was nothing to hide", "said", "he", RU, "group", RU, "indirect"),
            ("that sanctions against the Democratic People’s Republic of Korea had long outlived any purpose",
             "adding", "he", RU, "group", RU, "indirect"),
            ("his country had exercised its legitimate right under the Treaty and would “never apologize” for helping "
             "an ally", "said", "The representative of the Democratic People’s Republic of Korea", NK, "group", NK,
             "indirect"),
            ("He dismissed the figures cited by the Monitoring Team as “fabrications by hostile forces”", "dismissed",
             "He", NK, "group", NK, "indirect"),
            ("her country had sanctioned 13 North Korean generals and officials since October", "said",
             "The United Kingdom’s representative", "United Kingdom", "group", "United Kingdom", "indirect"),
            ("China’s representative called for restraint", "called for", "China’s representative", "China", "group",
             "China", "indirect"),
            ("the Council should avoid steps that “add fuel to the fire”", "said", "China’s representative", "China",
             "group", "China", "indirect"),
        ],
        "events": [
            ("this morning", "2025-06-18", "2025-06-18", "day", True,
             "A senior UN official (Khiari) briefed the Security Council on the DPRK troop deployment"),
            ("since April 2024", "2024-04-01", "2025-06-18", "open", True,
             "The DPRK sanctions regime has had no panel of experts"),
            ("in late April", "2025-04-21", "2025-04-30", "month", True,
             "Moscow and Pyongyang issued official statements confirming DPRK troops fought in Kursk"),
            ("on 29 May", "2025-05-29", "2025-05-29", "day", True,
             "The Multilateral Sanctions Monitoring Team published its first report"),
            ("in October and November 2024", "2024-10-01", "2024-11-30", "month", False,
             "An estimated 11,000 DPRK troops were sent to Russia"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True,
             "A further 3,000 DPRK troops were sent to Russia"),
            ("since September 2023", "2023-09-01", "2025-06-18", "open", True,
             "Pyongyang shipped at least 20,000 containers of munitions to Russia"),
            ("since December 2023", "2023-12-01", "2025-06-18", "open", True,
             "The U.S. documented at least 60 North Korean ballistic missile launches against Ukrainian cities"),
            ("on 19 June 2024", "2024-06-19", "2024-06-19", "day", False,
             "Russia and the DPRK signed the Treaty on Comprehensive Strategic Partnership"),
            ("in August 2024", "2024-08-01", "2024-08-31", "month", False,
             "Kyiv seized some 1,300 square kilometres of the Kursk region"),
            ("since October", "2024-10-01", "2025-06-18", "open", True,
             "The UK has sanctioned 13 North Korean generals and officials"),
        ],
    }
}
