# dev5_04_france24_pyongyang_confirms -- France 24.  The manifest's published field is EMPTY on purpose.
# The page prints "Issued on: 28/04/2025 - 06:47", so relative expressions are resolved against
# 2025-04-28 (a Monday); that date line itself is furniture and is not an event row.
# Row formats: see spec_01_cnn.py.
# Not annotated (page furniture): section, "Issued on/Modified" stamps, reading time, "By: FRANCE 24",
# "Advertising", photo caption (with "April 27, 2025", "April 28" and "released by ... KCNA") and credit,
# the intertitle "Heavy losses", wire credit, newsletter box, "Read more" links (incl. "Seoul says 3,000
# more North Korean troops sent to Russia"), app prompt.

D = "dev5_04_france24_pyongyang_confirms"
NIS = "National Intelligence Service (South Korea)"
EM = "Élodie Marchetti"

DOCS = {D: {
    "figures": [
        ("around 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", NIS),
        ("about 3,000 reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count", NIS),
        ("some 4,000 soldiers", 4000, None, "approximately", "soldier", "casualties", 4000, "count", ""),
        ("about 10 kilometres", 10, None, "approximately", "kilometre", "territory", 10, "km", ""),
        ("at least €1 billion", 1e9, None, "at_least", "", "money", 1e9, "EUR", EM),
    ],
    "attributions": [
        ("it sent troops to fight for Russia in Kursk", "confirms",
         "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ("that it had deployed troops to help Russia repel a Ukrainian incursion into the Kursk region", "confirmed",
         "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ("leader Kim Jong Un had ordered the deployment under a mutual defence treaty with Moscow", "saying",
         "state media", "North Korean state media", "media", "North Korea", "indirect"),
        ("that Kim had decided to send troops and notified Moscow, and that North Korean units had “annihilated and wiped out” Ukrainian forces alongside their Russian comrades",
         "said", "The Central Military Commission of the ruling Workers' Party",
         "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
        ("that the soldiers had fought “heroically” for “the sacred cause of justice” and that a monument to the fallen would soon be built in Pyongyang",
         "quoted as saying", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
        ("that the Kursk region had been fully “liberated”", "declared",
         "Russia's chief of the general staff, Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
        ("North Korean soldiers for showing “high professionalism, fortitude, courage and heroism in battle”", "praised",
         "Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
        ("We will never forget the feat of the Korean fighters,", "said",
         "Russian President Vladimir Putin", "Vladimir Putin", "person", "Russia", "direct"),
        # nested: Kyiv (outer) rejects Moscow's claims (inner)
        ("Moscow's claims that the Kursk operation is over", "rejected",
         "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("that the Kursk operation is over", "claims",
         "Moscow", "Russia", "government", "Russia", "indirect"),
        ("its troops are still holding positions in the region as well as in neighbouring Belgorod", "saying",
         "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("that Pyongyang's admission showed that Russia could not wage its war “without the help of the world's most repressive regimes”",
         "said", "Ukraine's foreign ministry", "Ukrainian Foreign Ministry", "organisation", "Ukraine", "indirect"),
        ("a criminal act", "called",
         "Seoul's defence ministry", "South Korean Defense Ministry", "organisation", "South Korea", "direct"),
        ("that Russia was paying for North Korea's support with missile and nuclear know-how", "warned",
         "NATO Secretary General Mark Rutte", "Mark Rutte", "person", "NATO", "indirect"),
        ("a threat to the Indo-Pacific as well as to Europe", "calling",
         "Mark Rutte", "Mark Rutte", "person", "NATO", "direct"),
        ("that around 11,000 North Korean soldiers had been sent to Russia in the autumn, followed by about 3,000 reinforcements in January and February",
         "estimated", "South Korea's National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
        ("By going public, Kim is sending Moscow an invoice,", "said",
         EM, EM, "person", "independent", "direct"),
        ("He wants the world to know that North Korean blood was spilled for Russia, and he expects to be paid in oil, food and military technology.",
         "invoice,” |said| Élodie", EM, EM, "person", "independent", "direct"),
        ("that the arrangement had already been worth at least €1 billion to Pyongyang since the autumn of 2024, much of it in kind",
         "estimated", "Marchetti", EM, "person", "independent", "indirect"),
    ],
    "events": [
        ("North Korea |on Monday| confirmed", "2025-04-28", "2025-04-28", "day", True,
         "North Korea confirmed it had deployed troops to help Russia in Kursk"),
        ("on Saturday", "2025-04-26", "2025-04-26", "day", True,
         "Gerasimov declared the Kursk region liberated and praised North Korean soldiers"),
        ("the Kremlin |on Monday|, thanking", "2025-04-28", "2025-04-28", "day", True,
         "Putin thanked Kim and said Russia would never forget the feat of the Korean fighters"),
        ("ministry said |on Monday| that", "2025-04-28", "2025-04-28", "day", True,
         "Ukraine's foreign ministry said Pyongyang's admission showed Russia needs repressive regimes' help"),
        ("in March", "2025-03-01", "2025-03-31", "month", True,
         "South Korea's NIS estimated the number of North Korean troops sent to Russia"),
        ("in the autumn", "2024-09-01", "2024-11-30", "season", True,
         "Around 11,000 North Korean soldiers were sent to Russia"),
        ("in January and February", "2025-01-01", "2025-02-28", "month", True,
         "About 3,000 North Korean reinforcements were sent to Russia"),
        ("in mid-March", "2025-03-11", "2025-03-20", "month", True,
         "Russian forces retook Sudzha"),
        ("in June 2024", "2024-06-01", "2024-06-30", "month", False,
         "North Korea and Russia signed the comprehensive strategic partnership treaty"),
        ("in December", "2024-12-01", "2024-12-31", "month", True,
         "The North Korea-Russia treaty came into force"),
        ("since the autumn of 2024", "2024-09-01", "2025-04-28", "open", True,
         "The arrangement has been worth at least 1 billion euros to Pyongyang"),
    ],
}}
