"""dev42_04_kyivindependent_pow_interpreter: Kyiv Independent interview, published Thursday 2025-01-16."""
from turns import turn

D = "dev42_04_kyivindependent_pow_interpreter"
NIS = "National Intelligence Service (South Korea)"
VZ = "Volodymyr Zelensky"
SP = "Serhii Pak"
POW = "captured North Korean rifleman"

t1 = turn(D, "Pak", "Both said")
t2 = turn(D, "Pak", "Yes. The older one")
t3 = turn(D, "Pak", "Yes, under the Geneva")
t4 = turn(D, "Pak", "That depends")


def pak(t):
    return (t[0], t[1], "Pak", SP, "person", "Ukraine", "direct")


DOCS = {D: {
    "figures": [
        ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", VZ),
        ("roughly 11,000", 11000, None, "approximately", "soldier", "personnel", 11000, "count", ""),
        ("100 men", 100, None, "exact", "man", "personnel", 100, "count", POW),
        ("we were |30|.”", 30, None, "exact", "man", "personnel", 30, "count", POW),
        ("around 3,000 North Korean soldiers", 3000, None, "approximately", "soldier", "casualties", 3000, "count",
         "Special Operations Forces (Ukraine)"),
    ],
    "attributions": [
        ("They were told we would torture them", "Ukrainian interpreter", "Ukrainian interpreter", SP, "person",
         "Ukraine", "direct"),
        ("that Ukrainian forces had captured two North Korean soldiers in Russia’s Kursk Oblast", "announced",
         "President Volodymyr Zelensky", VZ, "person", "Ukraine", "indirect"),
        ("Both soldiers, although wounded, survived and were brought to Kyiv,", "wrote", "he", VZ, "person", "Ukraine",
         "direct"),
        ("he had been told he was going to Russia for training", "said", "a 26-year-old rifleman", POW, "group",
         "North Korea", "indirect"),
        ("Ukraine was ready to hand both men over to Kim Jong Un if Pyongyang could arrange their exchange for Ukrainians held in Russia",
         "said", "Zelensky", VZ, "person", "Ukraine", "indirect"),
        ("South Korea’s National Intelligence Service confirmed the captures", "confirmed",
         "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("it was cooperating with Kyiv on the interrogations", "said", "South Korea’s National Intelligence Service", NIS,
         "organisation", "South Korea", "indirect"),
        ("Both men were taken by Ukrainian paratroopers and special forces in separate operations", "according to",
         "the SBU", "Security Service of Ukraine", "organisation", "Ukraine", "according_to"),
        pak(t1),
        ("nobody told them they were going to war", "said", "Both", "captured North Korean soldiers", "group",
         "North Korea", "indirect"),
        ("it was an exchange program, training with the Russian army", "said", "their officers", "North Korean officers",
         "group", "North Korea", "indirect"),
        ("North Korean units suffered heavy losses", "said", "Ukrainian officials", "Ukrainian officials", "group",
         "Ukraine", "indirect"),
        pak(t2),
        ("his company had lost most of its men in the first assault, near a village whose name he never learned", "said",
         "The older one", POW, "group", "North Korea", "indirect"),
        ("We were 100 men, and after one day we were 30.", "He |said|: “We", "He", POW, "group", "North Korea", "direct"),
        ("that around 3,000 North Korean soldiers were killed or wounded in December alone", "estimate",
         "Ukraine’s Special Operations Forces", "Special Operations Forces (Ukraine)", "organisation", "Ukraine",
         "indirect"),
        pak(t3),
        ("that journalists may meet them", "said", "The SBU", "Security Service of Ukraine", "organisation", "Ukraine",
         "indirect"),
        pak(t4),
        ("that Ukraine would trade them for our soldiers in Russian captivity", "said", "President Zelensky", VZ, "person",
         "Ukraine", "indirect"),
        ("Kim Jong Un has never admitted that his soldiers are even in Russia", "has never admitted", "Kim Jong Un",
         "Kim Jong Un", "person", "North Korea", "indirect"),
    ],
    "events": [
        ("on Jan. 12, 2025", "2025-01-12", "2025-01-12", "day", False,
         "A captured North Korean soldier was questioned in Kyiv (photo)"),
        ("On Jan. 11", "2025-01-11", "2025-01-11", "day", True,
         "Zelensky announced Ukrainian forces had captured two North Korean soldiers in Kursk Oblast"),
        ("The following day", "2025-01-12", "2025-01-12", "day", True,
         "The SBU released video of the interrogation of one of the prisoners"),
        ("since 2023", "2023-01-01", "2025-01-16", "open", True,
         "Serhii Pak has worked as an interpreter for Ukraine's armed forces"),
        ("on Jan. 14", "2025-01-14", "2025-01-14", "day", True, "Serhii Pak spoke to the Kyiv Independent"),
        ("in early November", "2024-11-01", "2024-11-10", "month", True,
         "The North Korean prisoners boarded trains for Russia"),
        ("since 2021", "2021-01-01", "2025-01-16", "open", True, "The younger prisoner has been in the North Korean army"),
        ("in December", "2024-12-01", "2024-12-31", "month", True,
         "Around 3,000 North Korean soldiers killed or wounded (Ukrainian SOF estimate)"),
        ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
         "Zelensky said Ukraine would trade the prisoners for Ukrainian soldiers held by Russia"),
    ],
}}
