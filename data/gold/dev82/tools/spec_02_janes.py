"""dev82_02_janes_koksan: Janes news page (Janes Defence Weekly). Anchor 2025-01-16 (Thu, manifest)."""
D = "dev82_02_janes_koksan"
DIU = "Defence Intelligence of Ukraine"
JCS = "Joint Chiefs of Staff (South Korea)"

FIGURES = [
    ("about 120 Koksan self-propelled guns", 120, None, "approximately", "self-propelled gun", "weapons", 120, "count", DIU),
    ("about 120 Koksan guns", 120, None, "approximately", "gun", "weapons", 120, "count", DIU),
    ("about 40 km", 40, None, "approximately", "km", "territory", 40, "km", ""),
    ("up to 60 km", 60, None, "at_most", "km", "territory", 60, "km", ""),
    ("roughly 43 km", 43, None, "approximately", "km", "territory", 43, "km", ""),
    ("15-20 km", 15, 20, "range", "km", "territory", 15, "km", "Ukrainian officers"),
    ("two of the guns", 2, None, "exact", "gun", "weapons", 2, "count", "Ukrainian battery commander"),
    ("about 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", ""),
    ("about 1,100", 1100, None, "approximately", "soldier", "casualties", 1100, "count", JCS),
    ("more than 1,000 self-propelled guns", 1000, None, "more_than", "self-propelled gun", "weapons", 1000, "count", "Oryx"),
    ("an estimated 500 Koksans", 500, None, "approximately", "koksan", "weapons", 500, "count", ""),
    ("200 M1991s", 200, None, "exact", "m1991", "weapons", 200, "count", ""),
]

ATTRIBUTIONS = [
    ("North Korea has transferred about 120 Koksan self-propelled guns and a similar number of M1991 rocket launchers to Russia",
     "says", "HUR", DIU, "organisation", "Ukraine", "indirect"),
    ("that Pyongyang had delivered about 120 Koksan guns and a similar number of M1991 240 mm multiple rocket launchers (MRLs) to Russia in November and December, along with crews to operate them",
     "said", "Ukraine's Main Directorate of Intelligence (HUR)", DIU, "organisation", "Ukraine", "indirect"),
    ("These are old systems, but there are a lot of them, and the crews know them well,", "told Ukrainian television",
     "HUR spokesperson Andriy Yusov", "Andriy Yusov", "person", "Ukraine", "direct"),
    ("that the first batch of guns had been moved to Russia by rail through the Tumangang crossing", "added", "He",
     "Andriy Yusov", "person", "Ukraine", "indirect"),
    ("the Koksan batteries were firing from positions 15-20 km behind the line of contact and relocating after every few salvoes",
     "said", "Ukrainian officers interviewed by Janes", "Ukrainian officers", "group", "Ukraine", "indirect"),
    ("his unit had destroyed two of the guns with first-person-view (FPV) drones", "said", "One battery commander",
     "Ukrainian battery commander", "group", "Ukraine", "indirect"),
    ("that about 1,100 of them had been killed or wounded", "said", "South Korea's Joint Chiefs of Staff (JCS)", JCS,
     "organisation", "South Korea", "indirect"),
    ("a figure the Russian Ministry of Defence has not acknowledged", "has not acknowledged", "the Russian Ministry of Defence",
     "Russian Defense Ministry", "organisation", "Russia", "indirect"),
    ("Russia lost more than 1,000 self-propelled guns in Ukraine between February 2022 and the end of 2024", "according to",
     "the open-source tracker Oryx", "Oryx", "organisation", "independent", "according_to"),
]

EVENTS = [
    ("since early December", "2024-12-01", "2025-01-16", "open", True,
     "Russian and Ukrainian sources publishing imagery of North Korean Koksan SPGs in action in Kursk Oblast"),
    ("since 6 August 2024", "2024-08-06", "2025-01-16", "open", True, "Ukrainian Armed Forces holding a salient in Kursk Oblast"),
    ("on 9 January", "2025-01-09", "2025-01-09", "day", True,
     "HUR said Pyongyang had delivered about 120 Koksan guns and a similar number of M1991 MRLs to Russia"),
    ("in November and December", "2024-11-01", "2024-12-31", "month", True,
     "North Korea delivered Koksan guns and M1991 MRLs, with crews, to Russia"),
    ("on 10 January", "2025-01-10", "2025-01-10", "day", True, "HUR spokesperson Andriy Yusov spoke to Ukrainian television"),
    ("in 1978", "1978-01-01", "1978-12-31", "year", False, "The Koksan was first identified by Western intelligence"),
    ("Oblast |in December| said", "2024-12-01", "2024-12-31", "month", True,
     "Janes interviewed Ukrainian officers in Sumy Oblast about Koksan batteries"),
    ("in late October", "2024-10-21", "2024-10-31", "month", True, "About 11,000 North Korean soldiers arrived in Kursk Oblast"),
    ("on 23 December", "2024-12-23", "2024-12-23", "day", True,
     "JCS said about 1,100 North Korean soldiers had been killed or wounded"),
    ("between February 2022 and the end of 2024", "2022-02-01", "2024-12-31", "month", False,
     "Russia lost more than 1,000 self-propelled guns in Ukraine (Oryx)"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
