"""dev42_02_spiegel_drone_commander: DER SPIEGEL International Q&A, published Friday 2025-02-21."""
from turns import turn

D = "dev42_02_spiegel_drone_commander"
NIS = "National Intelligence Service (South Korea)"
DIU = "Defence Intelligence of Ukraine"
TD = "Taras Demchuk"

t1 = turn(D, "Demchuk", "In mid-December")
t2 = turn(D, "Demchuk", "It is too low")
t3 = turn(D, "Demchuk", "Yes, for about three weeks")
t4 = turn(D, "Demchuk", "Russian rifles")
t5 = turn(D, "Demchuk", "Let them come")
t6 = turn(D, "Demchuk", "Kim Jong Un will send more")
t7 = turn(D, "Demchuk", "A simple FPV drone")


def demchuk(t):
    return (t[0], t[1], "Demchuk", TD, "person", "Ukraine", "direct")


DOCS = {D: {
    "figures": [
        ("about 120 soldiers", 120, None, "approximately", "soldier", "personnel", 120, "count", ""),
        ("some 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
        ("2,700", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
        ("about 12 kilometers", 12, None, "approximately", "kilometer", "territory", 12, "km", TD),
        ("more than 400 bodies", 400, None, "more_than", "body", "casualties", 400, "count", TD),
        ("almost 4,000", 4000, None, "approximately", "soldier", "casualties", 4000, "count",
         "General Staff of the Armed Forces of Ukraine"),
        ("more than 100 such guns", 100, None, "more_than", "gun", "weapons", 100, "count", DIU),
        ("millions of shells", 1000000, None, "vague", "shell", "weapons", 1000000, "count", DIU),
        ("around €400", 400, None, "approximately", "", "money", 400, "EUR", TD),
        ("we use |80| of them", 80, None, "exact", "drone", "weapons", 80, "count", TD),
        ("1.2 million", 1200000, None, "exact", "soldier", "personnel", 1200000, "count", TD),
    ],
    "attributions": [
        ("They Keep Coming, Even When the Man in Front of Them Falls", "Ukrainian Drone Commander",
         "Ukrainian Drone Commander", TD, "person", "Ukraine", "direct"),
        ("Pyongyang's soldiers are learning fast", "says", "A Ukrainian drone commander", TD, "person", "Ukraine", "indirect"),
        demchuk(t1),
        ("some 300 North Korean soldiers have been killed and 2,700 wounded", "says", "South Korea's intelligence service",
         NIS, "organisation", "South Korea", "indirect"),
        demchuk(t2),
        ("almost 4,000 killed and wounded", "has spoken of", "The General Staff",
         "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine", "indirect"),
        demchuk(t3),
        ("that they had been pulled back to rest and retrain", "believed", "Our brigade's intelligence officers",
         "brigade intelligence officers", "group", "Ukraine", "indirect"),
        ("They learn in a week what took the Russians a year.", "told me", "One of our pilots", "Ukrainian drone pilot",
         "group", "Ukraine", "direct"),
        demchuk(t4),
        ("that Pyongyang has delivered more than 100 such guns, along with millions of shells", "estimates",
         "The Ukrainian military intelligence service", DIU, "organisation", "Ukraine", "indirect"),
        ("no North Koreans are fighting in Kursk", "says", "Moscow", "Russia", "government", "Russia", "indirect"),
        demchuk(t5),
        demchuk(t7),
        demchuk(t6),
    ],
    "events": [
        ("since August", "2024-08-01", "2025-02-21", "open", True,
         "Demchuk's air assault brigade has fought in Russia's Kursk region"),
        ("earlier this week", "2025-02-17", "2025-02-20", "week", True,
         "DER SPIEGEL spoke with Demchuk in a village near the border"),
        ("In mid-December", "2024-12-11", "2024-12-20", "month", True,
         "Demchuk's unit first encountered North Korean soldiers"),
        ("in 2022", "2022-01-01", "2022-12-31", "year", False,
         "Russian troops stopped walking across open fields in daylight"),
        ("in January", "2025-01-01", "2025-01-31", "month", True,
         "Demchuk's unit documented more than 400 bodies on video on its sector"),
        ("In mid-January", "2025-01-11", "2025-01-20", "month", True, "North Korean troops disappeared from the front"),
        ("In early February", "2025-02-01", "2025-02-10", "month", True,
         "North Korean troops returned to the front in smaller groups"),
        ("by the summer", "2025-06-01", "2025-08-31", "season", True,
         "Demchuk expects Ukraine to face North Korean units in Ukraine itself"),
    ],
}}
