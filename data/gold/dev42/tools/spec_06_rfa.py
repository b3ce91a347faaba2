"""dev42_06_rfa_defector_families: Radio Free Asia interview.

The manifest row has NO published date (deliberately).  Relative expressions are resolved against the
date line printed under the byline, "2025.05.02" (Friday 2 May 2025); see README."""
from turns import turn

D = "dev42_06_rfa_defector_families"
NIS = "National Intelligence Service (South Korea)"
KMC = "Kang Min-chul"
CMC = "Central Military Commission of the Workers' Party of Korea"
VG = "Valery Gerasimov"

t1 = turn(D, "Kang", "Not from the state")
t2 = turn(D, "Kang", "Kim said a monument")
t3 = turn(D, "Kang", "Almost none")
t4 = turn(D, "Kang", "They are already going")
t5 = turn(D, "Kang", "That their sons")


def kang(t):
    return (t[0], t[1], "Kang", KMC, "person", "independent", "direct")


DOCS = {D: {
    "figures": [
        ("some 4,700 North Korean soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count", NIS),
        ("about 600 dead", 600, None, "approximately", "dead", "casualties", 600, "count", NIS),
        ("500,000 North Korean won", 500000, None, "exact", "won", "money", 500000, "KPW", KMC),
        ("about $60", 60, None, "approximately", "", "money", 60, "USD", KMC),
        ("about 3,000", 3000, None, "approximately", "soldier", "personnel", 3000, "count", "contacts in North Korea"),
    ],
    "attributions": [
        ("soldiers’ families heard of deaths ‘through rumors, not the state’", "says", "Defector", KMC, "person",
         "independent", "indirect"),
        ("that it had sent troops to fight for Russia", "acknowledged", "North Korea", "North Korea", "government",
         "North Korea", "indirect"),
        ("that Ukrainian forces had been driven out of the Kursk region", "announced",
         "Russia’s top general, Valery Gerasimov", VG, "person", "Russia", "indirect"),
        ("high professionalism, fortitude, courage and heroism.", "praised", "He", VG, "person", "Russia", "direct"),
        ("the troops had acted on the orders of leader Kim Jong Un and under the two countries’ mutual defense treaty",
         "said", "the ruling party’s Central Military Commission", CMC, "organisation", "North Korea", "indirect"),
        ("that some 4,700 North Korean soldiers have been killed or wounded since they joined the fighting last autumn, among them about 600 dead",
         "estimates", "Seoul’s spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("he stays in contact with relatives and former comrades in North Hamgyong province through smuggled Chinese phones",
         "says", "Kang", KMC, "person", "independent", "indirect"),
        kang(t1),
        ("that she got his last letter in October", "told my cousin", "A woman in Chongjin", "woman in Chongjin", "group",
         "North Korea", "indirect"),
        ("he had died “heroically” in training", "told her", "officers from the Ministry of State Security",
         "Ministry of State Security (North Korea)", "group", "North Korea", "indirect"),
        ("the soldiers’ names would be honored", "said", "The statement", CMC, "organisation", "North Korea", "indirect"),
        kang(t2),
        ("a monument will be built in Pyongyang and that the families will be cared for", "said", "Kim", "Kim Jong Un",
         "person", "North Korea", "indirect"),
        ("Russia pays Pyongyang for every soldier it sends", "say", "South Korean lawmakers", "South Korean lawmakers",
         "group", "South Korea", "indirect"),
        kang(t3),
        kang(t4),
        ("a new group of about 3,000, mostly engineers and sappers, left Wonsan by ship in mid-March", "say",
         "My contacts", "contacts in North Korea", "group", "North Korea", "indirect"),
        kang(t5),
    ],
    "events": [
        ("Oct. 10, 2020", "2020-10-10", "2020-10-10", "day", False, "Military parade in Pyongyang (photo)"),
        ("North Korea |on Monday| acknowledged", "2025-04-28", "2025-04-28", "day", True,
         "North Korea acknowledged for the first time it had sent troops to fight for Russia"),
        ("on Saturday", "2025-04-26", "2025-04-26", "day", True,
         "Gerasimov announced Ukrainian forces had been driven out of the Kursk region"),
        ("last autumn", "2024-09-01", "2024-11-30", "season", True, "North Korean soldiers joined the fighting"),
        ("in 2016", "2016-01-01", "2016-12-31", "year", False, "Kang Min-chul defected from North Korea"),
        ("this week", "2025-04-28", "2025-05-04", "week", True,
         "North Korea's statement acknowledging the deployment"),
        ("last month", "2025-04-01", "2025-04-30", "month", True,
         "A woman in Chongjin told Kang's cousin about her son's last letter"),
        ("in October", "2024-10-01", "2024-10-31", "month", True,
         "The woman received her son's last letter from Russia"),
        ("In January", "2025-01-01", "2025-01-31", "month", True,
         "State Security officers told the woman her son had died in training"),
        ("statement |on Monday| said", "2025-04-28", "2025-04-28", "day", True,
         "North Korea's statement said the soldiers' names would be honored"),
        ("In 2017", "2017-01-01", "2017-12-31", "year", False,
         "Families in the rocket forces received 500,000 North Korean won after the Hwasong-14 test"),
        ("in mid-March", "2025-03-11", "2025-03-20", "month", True,
         "A new group of about 3,000 North Koreans left Wonsan by ship"),
    ],
}}
