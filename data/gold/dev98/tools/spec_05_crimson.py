# dev98_05: The Harvard Crimson (student paper), a North Korean defector's talk at the Kennedy School.
# Anchor: manifest published 2024-11-21 (Thursday).
# Row formats as in spec_01_koreadaily.py.

LEE = "Lee Hyeon-woo"
NIS = "National Intelligence Service (South Korea)"

DOCS = {
    "dev98_05_crimson_defector_lecture": {
        "figures": [
            ("more than 120 students", 120, None, "more_than", "student", "other", 120, "count", ""),
            ("thousands of soldiers", 1000, None, "vague", "soldier", "personnel", 1000, "count", LEE),
            ("about 10,000 troops", 10000, None, "approximately", "troop", "personnel", 10000, "count",
             "U.S. officials"),
            ("more than 11,000", 11000, None, "more_than", "troop", "personnel", 11000, "count", NIS),
            ("roughly $2,000", 2000, None, "approximately", "", "money", 2000, "USD", LEE),
            ("as many as 3,000", 3000, None, "at_most", "soldier", "casualties", 3000, "count", LEE),
            ("two Ukrainian journalists", 2, None, "exact", "journalist", "other", 2, "count", ""),
        ],
        "attributions": [
            ("Pyongyang’s Soldiers in Russia ‘Are Not Coming Home’", "Says", "North Korean Defector", LEE,
             "person", "independent", "indirect"),
            ("that the thousands of soldiers Pyongyang has sent to Russia were chosen because the regime considers "
             "them expendable", "told", "A former North Korean army officer", LEE, "person", "independent",
             "indirect"),
            ("The regime does not send its best to Russia. It sends the ones it can afford to lose,", "said",
             "Lee Hyeon-woo", LEE, "person", "independent", "direct"),
            ("that North Korea has deployed about 10,000 troops to Russia’s Kursk region, where Ukrainian forces have "
             "held a pocket of territory since August", "estimated", "U.S. officials", "U.S. officials", "group",
             "United States", "indirect"),
            ("South Korea’s National Intelligence Service has put the total sent to Russia at more than 11,000",
             "has put", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea",
             "indirect"),
            ("that even the Storm Corps, the special forces unit believed to make up much of the contingent, had "
             "never trained against drones or for winter fighting on open ground", "said", "Lee", LEE, "person",
             "independent", "indirect"),
            ("Families are told nothing, he said, and the roughly $2,000 a month that Moscow pays for each soldier "
             "goes to the state, not to them", "said", "he", LEE, "person", "independent", "indirect"),
            ("Those who die will be recorded as killed in training", "added", "he", LEE, "person", "independent",
             "indirect"),
            ("that as many as 3,000 of the soldiers could be killed or wounded by the spring", "estimated", "He",
             LEE, "person", "independent", "indirect"),
            ("that Lee’s figures could not be verified and that information from defectors is often years out of "
             "date", "cautioned", "Kennedy School lecturer Thomas R. Aldridge", "Thomas R. Aldridge", "person",
             "independent", "indirect"),
            ("Pyongyang has not officially confirmed the deployment", "has not officially confirmed", "Pyongyang",
             "North Korea", "government", "North Korea", "indirect"),
            ("Russian officials have called it a bilateral matter", "have called", "Russian officials",
             "Russian officials", "group", "Russia", "indirect"),
            ("they came because the war had suddenly become a Korean story", "said", "Several students",
             "students", "group", "independent", "indirect"),
            ("the talk changed how he thinks about the soldiers", "said", "Daniel Y. Chung", "Daniel Y. Chung",
             "person", "independent", "indirect"),
            ("I came in thinking of them as Putin’s mercenaries,", "said", "Chung", "Daniel Y. Chung", "person",
             "independent", "direct"),
            ("I left thinking of them as hostages.", "Chung |said|.", "Chung", "Daniel Y. Chung", "person",
             "independent", "direct"),
            ("Every North Korean in Kursk is a Russian soldier freed up for Donbas,", "said", "Lytvyn",
             "Sofiia V. Lytvyn", "person", "independent", "direct"),
            ("that her cousin, a medic near Pokrovsk, had seen Russian units rotate east since the summer", "adding",
             "Lytvyn", "Sofiia V. Lytvyn", "person", "independent", "indirect"),
            ("Lee urged them to press South Korean officials to prepare for soldiers who might try to defect from "
             "Russia", "urged", "Lee", LEE, "person", "independent", "indirect"),
            ("If even one of them asks for Seoul, Seoul must be ready,", "said", "he", LEE, "person",
             "independent", "direct"),
        ],
        "events": [
            ("on Tuesday evening", "2024-11-19", "2024-11-19", "day", True,
             "Lee Hyeon-woo spoke to more than 120 students and affiliates at the Harvard Kennedy School"),
            ("classroom |Tuesday| that", "2024-11-19", "2024-11-19", "day", True,
             "Lee told a Kennedy School classroom North Korea's soldiers in Russia were chosen as expendable"),
            ("in 2016", "2016-01-01", "2016-12-31", "year", False, "Lee Hyeon-woo defected across the DMZ"),
            ("earlier this month", "2024-11-01", "2024-11-20", "month", True,
             "U.S. officials estimated about 10,000 North Korean troops had been deployed to Kursk"),
            ("since August", "2024-08-01", "2024-11-21", "open", True,
             "Ukrainian forces held a pocket of territory in Russia's Kursk region"),
            ("by the spring", "2025-03-01", "2025-05-31", "season", True,
             "As many as 3,000 North Korean soldiers could be killed or wounded (Lee's forward estimate)"),
            ("in 1951", "1951-01-01", "1951-12-31", "year", False, "Daniel Chung's grandparents fled North Korea"),
            ("since the summer", "2024-06-01", "2024-11-21", "open", True,
             "Russian units rotated east toward Donbas (seen by Lytvyn's cousin near Pokrovsk)"),
            ("on Dec. 3", "2024-12-03", "2024-12-03", "day", True,
             "Korea Policy Forum's second panel with two Ukrainian journalists (forward)"),
        ],
    }
}
