"""dev77_05_jurist_un_pows: JURIST, 2025-09-24 (Wednesday).  Row formats as in spec_01_reuters.py."""
HR = "UN Human Rights Monitoring Mission in Ukraine"
OK = "Miriam Okafor"
PGO = "Prosecutor General's Office (Ukraine)"
TW = "Tomasz Wieczorek"
HRW = "Human Rights Watch"

DOCS = {
    "dev77_05_jurist_un_pows": {
        "figures": [
            ("at least 19 Ukrainian prisoners of war", 19, None, "at_least", "prisoner of war", "casualties", 19, "count",
             HR),
            ("at least three", 3, None, "at_least", "case", "other", 3, "count", HR),
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", HR, 1),
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "", 2),
            ("268 surrendering Ukrainian soldiers", 268, None, "exact", "soldier", "casualties", 268, "count", PGO),
        ],
        "attributions": [
            ("UN monitors document executions of Ukrainian POWs in Kursk", "document",
             "UN monitors", HR, "organisation", "UN", "indirect"),
            ("urge protection for North Korean captives", "urge",
             "UN monitors", HR, "organisation", "UN", "indirect"),
            ("it had documented the executions of at least 19 Ukrainian prisoners of war by Russian forces in "
             "Russia's Kursk region since January", "said",
             "The UN Human Rights Monitoring Mission in Ukraine (HRMMU)", HR, "organisation", "UN", "indirect"),
            ("that in at least three of those cases, soldiers of North Korea's Korean People's Army (KPA) were present "
             "or directly involved, based on interviews with survivors and with two North Korean soldiers held by "
             "Ukraine", "said", "The mission", HR, "organisation", "UN", "indirect"),
            ("The report describes a survivor's account of being shot and left for dead near the village of "
             "Sverdlikovo in March", "describes", "The report", HR, "organisation", "UN", "indirect"),
            ("Executing a prisoner of war is a war crime, without exception and regardless of who commits it,",
             "told the council", "mission head Miriam Okafor", OK, "person", "UN", "direct"),
            ("that both Ukraine and Russia had obligations toward captured North Korean soldiers under the Third "
             'Geneva Convention, including protection from "public curiosity" and from being returned to a state '
             "where they may face persecution", "added", "She", OK, "person", "UN", "indirect"),
            ("they want to go to South Korea", "have said",
             "Both", "captured North Korean soldiers", "group", "independent", "indirect"),
            ("it would accept them", "has said", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("that it was investigating the killings of 268 surrendering Ukrainian soldiers since Russia's "
             "full-scale invasion began in February 2022", "said",
             "Ukraine's Prosecutor General's Office", PGO, "organisation", "Ukraine", "indirect"),
            ("that the court's jurisdiction does not extend to conduct on Russian soil by nationals of states that "
             "have not joined it, which include both Russia and North Korea", "note",
             "legal scholars", "legal scholars", "group", "independent", "indirect"),
            ("Kursk is, for the ICC, a black hole,", "said",
             "Tomasz Wieczorek", TW, "person", "independent", "direct"),
            ("The victims are Ukrainian, but the crime scene is in Russia and the alleged perpetrators are Russian and "
             "North Korean. None of that gives The Hague a key.", "|said| Tomasz Wieczorek",
             "Tomasz Wieczorek", TW, "person", "independent", "direct"),
            ("that it had received communications concerning the treatment of prisoners in the Kursk region",
             "confirmed", "The ICC Office of the Prosecutor", "ICC Office of the Prosecutor", "organisation", "ICC",
             "indirect"),
            ("Human Rights Watch urged Kyiv in a statement on Monday to give UN monitors and the International "
             "Committee of the Red Cross (ICRC) unimpeded access to the North Korean prisoners", "urged",
             "Human Rights Watch", HRW, "organisation", "independent", "indirect"),
            ('called on Seoul to "move without delay" on their transfer', "called on",
             "Human Rights Watch", HRW, "organisation", "independent", "indirect"),
            ('Russia\'s Foreign Ministry has rejected the mission\'s findings as "politically motivated"', "rejected",
             "Russia's Foreign Ministry", "Russian Foreign Ministry", "organisation", "Russia", "indirect"),
            ("Russia has not granted it access to Ukrainian POWs in Russian custody since the mission was "
             "established in 2014", "said", "The HRMMU", HR, "organisation", "UN", "indirect"),
        ],
        "events": [
            ("Tuesday", "2025-09-23", "2025-09-23", "day", True,
             "HRMMU said it had documented executions of Ukrainian POWs in Kursk (report presented to the Human Rights Council)"),
            ("since January", "2025-01-01", "2025-09-24", "open", True,
             "Executions of at least 19 Ukrainian POWs in Kursk documented by HRMMU", 1),
            ("in March", "2025-03-01", "2025-03-31", "month", True,
             "Ukrainian survivor shot and left for dead near Sverdlikovo"),
            ("since January", "2025-01-01", "2025-09-24", "open", True,
             "Ukraine has held the two captured North Korean soldiers", 2),
            ("earlier this month", "2025-09-01", "2025-09-23", "month", True,
             "Ukraine's Prosecutor General's Office said it was investigating killings of 268 surrendering soldiers"),
            ("in February 2022", "2022-02-01", "2022-02-28", "month", False,
             "Russia's full-scale invasion of Ukraine began"),
            ("on January 1", "2025-01-01", "2025-01-01", "day", True,
             "Ukraine became the 125th state party to the Rome Statute"),
            ("last week", "2025-09-15", "2025-09-21", "week", True,
             "ICC Office of the Prosecutor confirmed receiving communications on Kursk prisoners"),
            ("on Monday", "2025-09-22", "2025-09-22", "day", True,
             "Human Rights Watch urged Kyiv to give UN monitors and the ICRC access to North Korean prisoners"),
            ("in 2014", "2014-01-01", "2014-12-31", "year", False,
             "UN Human Rights Monitoring Mission in Ukraine established"),
            ("next month", "2025-10-01", "2025-10-31", "month", True,
             "Special Rapporteur on DPRK human rights to present a report to the UN General Assembly"),
        ],
    }
}
