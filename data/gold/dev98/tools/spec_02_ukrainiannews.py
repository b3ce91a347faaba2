# dev98_02: Ukrainian News (Edmonton diaspora weekly), Kursk veteran's talk at a community hall.
# Anchor: manifest published 2025-03-05 (Wednesday).
# Row formats as in spec_01_koreadaily.py.

HN = "Serhiy Hnatiuk"
HUR = "Defence Intelligence of Ukraine"
LB = "Lesia Bilyk"

DOCS = {
    "dev98_02_ukrainiannews_veteran_talk": {
        "figures": [
            ("More than 200 people", 200, None, "more_than", "person", "other", 200, "count", ""),
            ("15 to 20 men", 15, 20, "range", "man", "personnel", 15, "count", HN),
            ("more than 40 North Korean soldiers", 40, None, "more_than", "soldier", "casualties", 40, "count", HN),
            ("about 4,000 North Korean soldiers", 4000, None, "approximately", "soldier", "casualties", 4000, "count",
             HUR),
            ("$31,500", 31500, None, "exact", "", "money", 31500, "CAD", LB),
            ("roughly 910,000 hryvnias", 910000, None, "approximately", "hryvnia", "money", 910000, "UAH", LB),
            ("three reconnaissance drones", 3, None, "exact", "reconnaissance drone", "weapons", 3, "count", LB),
            ("more than $410,000", 410000, None, "more_than", "", "money", 410000, "CAD", LB),
            ("more than $19 billion", 19e9, None, "more_than", "", "money", 19e9, "CAD", "Global Affairs Canada"),
            ("$25", 25, None, "exact", "", "money", 25, "CAD", ""),
        ],
        "attributions": [
            ("They came in waves", "tells", "Kursk veteran", HN, "person", "independent", "direct", 1),
            ("his unit first ran into North Korean soldiers in December near the village of Plekhovo", "said",
             "Hnatiuk", HN, "person", "independent", "indirect"),
            ("They came in waves, in groups of 15 to 20 men, across open snow,", "told the audience", "he", HN,
             "person", "independent", "direct"),
            ("We had drones above them, and still they kept walking.", "told the audience", "he", HN, "person",
             "independent", "direct"),
            ("his crew had killed or wounded more than 40 North Korean soldiers in a single day", "said", "He", HN,
             "person", "independent", "indirect"),
            ("that about 4,000 North Korean soldiers have been killed or wounded since the deployment began",
             "estimates", "Ukraine's military intelligence agency", HUR, "organisation", "Ukraine", "indirect"),
            ("Ukraine's military intelligence agency estimates that about 4,000 North Korean soldiers have been "
             "killed or wounded since the deployment began", "reported", "CBC News", "CBC News", "media",
             "independent", "indirect"),
            ("that the North Koreans were learning fast", "warned", "Hnatiuk", HN, "person", "independent",
             "indirect"),
            ("By the time he was wounded, he said, they were shooting down Ukrainian drones with shotguns and moving "
             "in pairs instead of columns", "said", "he", HN, "person", "independent", "indirect"),
            ("Do not think of them as cannon fodder,", "said", "he", HN, "person", "independent", "direct"),
            ("The ones who survived this winter are now the most experienced soldiers in the North Korean army.",
             'cannon fodder," he |said|.', "he", HN, "person", "independent", "direct"),
            ("the afternoon raised $31,500 - roughly 910,000 hryvnias - enough for three reconnaissance drones and "
             "spare batteries", "said", "Organizer Lesia Bilyk", LB, "person", "independent", "indirect"),
            ("Since 2022 the group has sent more than $410,000 worth of equipment to the front", "said", "she", LB,
             "person", "independent", "indirect"),
            ("Canada has committed more than $19 billion in military, financial and humanitarian aid to Ukraine "
             "since February 2022", "according to", "Global Affairs Canada", "Global Affairs Canada",
             "organisation", "Canada", "according_to"),
            ("It is the same story my parents lived through. Moscow sends other people's sons to die for it,",
             "said", "she", "Halyna Kowalchuk", "person", "independent", "direct"),
            ("First it was Ukrainians, now it is Koreans.", 'die for it," she |said| over', "she",
             "Halyna Kowalchuk", "person", "independent", "direct"),
            ('the talk made the war "feel close for the first time."', "said", "Bohdan Stefaniuk",
             "Bohdan Stefaniuk", "person", "independent", "indirect"),
        ],
        "events": [
            ("97 Street |on Sunday|. Photo", "2025-03-02", "2025-03-02", "day", True,
             "Serhiy Hnatiuk spoke at the Dnipro Hall (caption)"),
            ("on Sunday afternoon", "2025-03-02", "2025-03-02", "day", True,
             "More than 200 people heard Kursk veteran Serhiy Hnatiuk at the Dnipro Hall"),
            ("in January", "2025-01-01", "2025-01-31", "month", True, "Hnatiuk was wounded in the Kursk region"),
            ("in February", "2025-02-01", "2025-02-28", "month", True,
             "Hnatiuk arrived in Edmonton for rehabilitation"),
            ("in December", "2024-12-01", "2024-12-31", "month", True,
             "Hnatiuk's unit first ran into North Korean soldiers near Plekhovo"),
            ("last month", "2025-02-01", "2025-02-28", "month", True,
             "CBC News reported HUR's estimate of about 4,000 North Korean soldiers killed or wounded"),
            ("this winter", "2024-12-01", "2025-02-28", "season", True,
             "North Korean soldiers who survived the winter's fighting became the most experienced in their army"),
            ("Since 2022", "2022-01-01", "2025-03-05", "open", True,
             "Prairie Wings for Ukraine sent more than $410,000 worth of equipment to the front"),
            ("since February 2022", "2022-02-01", "2025-03-05", "open", True,
             "Canada committed more than $19 billion in aid to Ukraine"),
            ("in 1949", "1949-01-01", "1949-12-31", "year", False,
             "Halyna Kowalchuk's parents came to Alberta from Galicia"),
            ("on Saturday", "2025-03-08", "2025-03-08", "day", True,
             "Hnatiuk will speak at the Ukrainian Cultural Centre in Calgary (forward)"),
            ("for March 22", "2025-03-22", "2025-03-22", "day", True,
             "Prairie Wings' varenyky supper fundraiser at St. Basil's parish hall (forward)"),
        ],
    }
}
