"""dev97_02: Australia, Minister for Foreign Affairs (DFAT) joint media release on sanctions.
Anchor 2025-02-24 (Mon).  Row formats: see spec_01_mofa.py."""
NIS = "National Intelligence Service (South Korea)"
WONG = ("Minister for Foreign Affairs, Senator the Hon Penny Wong", "Penny Wong", "person", "Australia", "direct")
MARLES = ("Deputy Prime Minister and Minister for Defence, the Hon Richard Marles MP", "Richard Marles", "person", "Australia", "direct")

DOCS = {"dev97_02_dfat_sanctions_release": {
    "figures": [
        ("13 individuals", 13, None, "exact", "individual", "other", 13, "count", ""),
        ("13 individuals and |four entities|", 4, None, "exact", "entity", "other", 4, "count", ""),
        ("three brigades", 3, None, "exact", "brigade", "units", 3, "count", ""),
        ("More than 11,000 DPRK soldiers", 11000, None, "more_than", "soldier", "personnel", 11000, "count", NIS),
        ("some 4,000", 4000, None, "approximately", "soldier", "casualties", 4000, "count", NIS),
        ("more than 7,000 containers", 7000, None, "more_than", "container", "weapons", 7000, "count", ""),
        ("an estimated US$5.5 billion", 5.5e9, None, "approximately", "", "money", 5.5e9, "USD", ""),
        ("three DPRK officials", 3, None, "exact", "official", "other", 3, "count", ""),
        ("more than 1,400 sanctions", 1400, None, "more_than", "sanction", "other", 1400, "count", ""),
        ("more than $1.5 billion", 1.5e9, None, "more_than", "", "money", 1.5e9, "AUD", ""),
        ("$1.3 billion", 1.3e9, None, "exact", "", "money", 1.3e9, "AUD", ""),
        ("thousands of young men", 1000, None, "vague", "man", "personnel", 1000, "count", "Richard Marles"),
    ],
    "attributions": [
        ("More than 11,000 DPRK soldiers have been sent to Russia since October 2024, and some 4,000 of them have been killed or wounded",
         "according to", "the Republic of Korea's National Intelligence Service", NIS, "organisation", "South Korea", "according_to"),
        ("Australia condemns the deployment in the strongest terms",
         "condemns", "Australia", "Australia", "government", "Australia", "indirect"),
        ("Australia will continue to call on the DPRK to cease its military cooperation with Russia and to abide by its obligations under international law",
         "call on", "Australia", "Australia", "government", "Australia", "indirect"),
        ("Three years on, Russia's war continues to cause immense suffering, and the DPRK's involvement threatens security well beyond Europe.",
         "|Quotes attributable to| Minister for Foreign Affairs", *WONG),
        ("We will keep working with our partners to increase the pressure on Russia and on those who enable its aggression.",
         "|Quotes attributable to| Minister for Foreign Affairs", *WONG),
        ("Pyongyang has sent thousands of young men to fight and die in a war that has nothing to do with them.",
         "|Quotes attributable to| Deputy Prime Minister", *MARLES),
        ("Australia stands with Ukraine, and we will continue to support Ukraine for as long as it takes.",
         "|Quotes attributable to| Deputy Prime Minister", *MARLES),
    ],
    "events": [
        ("|Today| marks three years", "2025-02-24", "2025-02-24", "day", True,
         "Third anniversary of Russia's full-scale invasion of Ukraine"),
        ("is |today| imposing", "2025-02-24", "2025-02-24", "day", True,
         "Australia imposes sanctions on 13 individuals and four entities in Russia and the DPRK"),
        ("since October 2024", "2024-10-01", "2025-02-24", "open", True,
         "More than 11,000 DPRK soldiers sent to Russia, some 4,000 killed or wounded (NIS)"),
        ("sanctioned |today| include", "2025-02-24", "2025-02-24", "day", True,
         "Listed DPRK and Russian individuals and entities sanctioned by Australia"),
        ("in October and November 2024", "2024-10-01", "2024-11-30", "month", False,
         "Maj. Gen. Choe Kwang Ho oversaw the transport of DPRK troops to Russia's Far East"),
        ("since August 2023", "2023-08-01", "2025-02-24", "open", True,
         "Vostok Morskaya Logistika moved more than 7,000 containers of DPRK munitions"),
        ("In December", "2024-12-01", "2024-12-31", "month", True,
         "Australia sanctioned three DPRK officials over arms transfers to Russia"),
        ("on 25 February", "2025-02-25", "2025-02-25", "day", True,
         "The new Australian sanctions take effect"),
    ],
}}
