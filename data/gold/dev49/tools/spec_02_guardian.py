# Annotation spec for dev49_02 (The Guardian view, editorial, published 2025-01-13, a Monday).
# Row formats: see spec_01_wapo.py.
D = "dev49_02_guardian_view_captured_soldiers"
NIS = "National Intelligence Service (South Korea)"
ZEL = "Volodymyr Zelensky"

DOCS = {D: {
    "figures": [
        # standfirst counts like any sentence; prisoners taken -> casualties
        ("Two young soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
        ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL),
        ("some 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "South Korea"),
        ("roughly 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
        ("about 2,700", 2700, None, "approximately", "soldier", "casualties", 2700, "count", NIS),
        ("almost 4,000 casualties", 4000, None, "approximately", "casualty", "casualties", 4000, "count", ZEL),
        ("£3bn", 3000000000, None, "exact", "pound", "money", 3000000000, "GBP", ""),
    ],
    "attributions": [
        ("that Ukrainian special forces had captured two North Korean soldiers in Russia’s Kursk region", "announced",
         "Volodymyr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
        ("neither speaks Russian, English or Ukrainian, and one told interrogators he had been led to believe he was going on a training exercise",
         "By Kyiv’s account", "Kyiv", "Ukraine", "government", "Ukraine", "according_to"),
        # nested inside Kyiv's account: an unnamed prisoner
        ("he had been led to believe he was going on a training exercise", "told interrogators",
         "one", "captured North Korean soldier", "group", "North Korea", "indirect"),
        ("that Kyiv was ready to hand them over to Kim Jong-un “if he can organise their exchange for our warriors who are being held captive in Russia”",
         "said", "Mr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
        ("that those who did not wish to return should have another option", "added", "He", ZEL, "person", "Ukraine", "indirect"),
        ("South Korea’s National Intelligence Service, which helped with the interrogations, confirmed the capture", "confirmed",
         "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("it would accept the men if they asked to go south", "said", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("some 11,000 North Korean troops were sent to Russia last autumn", "By Seoul’s count",
         "Seoul", "South Korea", "government", "South Korea", "according_to"),
        ("that roughly 300 North Korean soldiers had been killed and about 2,700 wounded, and that some had been ordered to blow themselves up rather than be captured",
         "told lawmakers", "the NIS", NIS, "organisation", "South Korea", "indirect"),
        ("Mr Zelenskyy has put the toll higher still, at almost 4,000 casualties", "put",
         "Mr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
        ("Human rights groups have urged Kyiv to give the International Committee of the Red Cross full access to the prisoners", "urged",
         "Human rights groups", "human rights groups", "group", "independent", "indirect"),
        ("A soldier who has been captured is, in Pyongyang’s eyes, already a traitor,", "said",
         "Hannah Lisowski", "Hannah Lisowski", "person", "independent", "direct"),
        ("Sending him home may mean sending him to a camp.", "said",
         "Hannah Lisowski", "Hannah Lisowski", "person", "independent", "direct"),
    ],
    "events": [
        ("On Saturday", "2025-01-11", "2025-01-11", "day", True, "Zelenskyy announced the capture of two North Korean soldiers in Kursk"),
        ("in the autumn", "2024-09-01", "2024-11-30", "season", True, "Pyongyang's troops entered the fighting"),
        ("on Sunday", "2025-01-12", "2025-01-12", "day", True, "Zelenskyy said Kyiv was ready to exchange the prisoners for Ukrainians held in Russia"),
        ("last autumn", "2024-09-01", "2024-11-30", "season", True, "Some 11,000 North Korean troops were sent to Russia (Seoul's count)"),
        ("On Monday", "2025-01-13", "2025-01-13", "day", True, "NIS told lawmakers about 300 North Korean soldiers killed and 2,700 wounded"),
        ("last week", "2025-01-06", "2025-01-12", "week", True, "Hannah Lisowski said captured soldiers are traitors in Pyongyang's eyes"),
    ],
}}
