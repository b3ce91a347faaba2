"""dev97_04: EEAS, declaration by the High Representative on behalf of the EU.  Anchor 2025-06-20 (Fri).
Row formats: see spec_01_mofa.py."""
EU = ("European Union", "organisation", "EU", "indirect")
HUR = "Defence Intelligence of Ukraine"
MSMT = "Multilateral Sanctions Monitoring Team"

DOCS = {"dev97_04_eeas_declaration_hr": {
    "figures": [
        ("1,500 deminers", 1500, None, "exact", "deminer", "personnel", 1500, "count", "Sergei Shoigu"),
        ("4,000 military builders", 4000, None, "exact", "military builder", "personnel", 4000, "count", "Sergei Shoigu"),
        ("estimated 14,000 troops", 14000, None, "approximately", "troop", "personnel", 14000, "count", ""),
        ("Thousands", 1000, None, "vague", "soldier", "casualties", 1000, "count", ""),
        ("at least 8 million rounds", 8e6, None, "at_least", "round", "weapons", 8e6, "count", MSMT),
        ("more than 120 ballistic missiles", 120, None, "more_than", "ballistic missile", "weapons", 120, "count", MSMT),
        ("over 1 million barrels", 1e6, None, "more_than", "barrel", "other", 1e6, "count", ""),
        ("500,000 barrels", 500000, None, "exact", "barrel", "other", 500000, "count", ""),
        ("close to €150 billion", 150e9, None, "approximately", "", "money", 150e9, "EUR", ""),
        ("five individuals", 5, None, "exact", "individual", "other", 5, "count", ""),
        ("three entities", 3, None, "exact", "entity", "other", 3, "count", ""),
    ],
    "attributions": [
        ("The European Union condemns in the strongest possible terms the decision to send further personnel of the Democratic People's Republic of Korea (DPRK) to Russia",
         "condemns", "The European Union", *EU),
        ("that the DPRK would send 1,500 deminers and 4,000 military builders to the Kursk region",
         "announced", "the Secretary of Russia's Security Council, Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
        ("that the first of these new contingents had already arrived in Russia",
         "reported", "Ukraine's Defence Intelligence", HUR, "organisation", "Ukraine", "indirect"),
        ("Both Moscow and Pyongyang have now openly acknowledged the participation of DPRK soldiers in combat against Ukraine's armed forces, after months of denial",
         "acknowledged", "Moscow and Pyongyang", "Russia", "government", "Russia", "indirect"),
        ("Both Moscow and Pyongyang have now openly acknowledged the participation of DPRK soldiers in combat against Ukraine's armed forces, after months of denial",
         "acknowledged", "Moscow and Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("the DPRK has also transferred at least 8 million rounds of artillery ammunition and more than 120 ballistic missiles to Russia since September 2023",
         "According to", "the Multilateral Sanctions Monitoring Team", MSMT, "organisation", MSMT, "according_to"),
        ("The EU reiterates its unwavering support for Ukraine's independence, sovereignty and territorial integrity within its internationally recognised borders",
         "reiterates", "The EU", *EU),
        ("The EU calls on the DPRK to immediately cease all support for Russia's war of aggression, to withdraw its troops and personnel, and to fully comply with all its international obligations",
         "calls on", "The EU", *EU),
        ("It also urges Russia to stop violating the UN Charter and the resolutions of the Security Council, of which it is a permanent member",
         "urges", "It", *EU),
    ],
    "events": [
        ("On 17 June", "2025-06-17", "2025-06-17", "day", True,
         "Sergei Shoigu announced in Pyongyang that the DPRK would send 1,500 deminers and 4,000 military builders to Kursk"),
        ("since autumn 2024", "2024-09-01", "2025-06-20", "open", True,
         "The DPRK deployed an estimated 14,000 troops to Russia"),
        ("last week", "2025-06-09", "2025-06-15", "week", True,
         "Ukraine's Defence Intelligence reported the first new DPRK contingents had arrived in Russia"),
        ("on 29 May", "2025-05-29", "2025-05-29", "day", True,
         "First report of the Multilateral Sanctions Monitoring Team published"),
        ("since September 2023", "2023-09-01", "2025-06-20", "open", True,
         "The DPRK transferred at least 8 million artillery rounds and more than 120 ballistic missiles to Russia"),
        ("On 20 May", "2025-05-20", "2025-05-20", "day", True,
         "The Council adopted the 17th package of restrictive measures against Russia, listing DPRK-linked individuals and entities"),
    ],
}}
