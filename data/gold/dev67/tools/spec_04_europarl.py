# dev67_04_europarl_plenary: European Parliament, verbatim report of proceedings, Wednesday 18 December 2024,
# Strasbourg (anchor 2024-12-18)
#
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])
# Turn content runs from the first word after the " – " that closes the speaker line to the end of the paragraph;
# the cue is the speaker's name as printed at the head of the line.

D = "dev67_04_europarl_plenary"
EU = "EU"
KAL, JUK, VOG, MIK, NEU, AUS = ("Kaja Kallas", "Rasa Juknevičienė", "Hermann Vogt", "Sven Mikser", "Hannah Neumann",
                                "Petras Auštrevičius")
DIU = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service (South Korea)"

FIGURES = [
    ("around 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", KAL),
    ("some 200 North Korean soldiers", 200, None, "approximately", "soldier", "casualties", 200, "count", DIU),
    ("more than 7,000 kilometres", 7000, None, "more_than", "kilometer", "territory", 7000, "km", KAL),
    ("nearly EUR 125 billion", 125e9, None, "approximately", "", "money", 125e9, "EUR", KAL),
    ("millions of shells", 1e6, None, "vague", "shell", "weapons", 1e6, "count", JUK),
    ("more than 20,000 containers", 20000, None, "more_than", "container", "weapons", 20000, "count", NIS),
    ("thousands of North Koreans", 1000, None, "vague", "north korean", "personnel", 1000, "count", JUK),
    ("12,000 North Koreans", 12000, None, "exact", "north korean", "personnel", 12000, "count", JUK),
    ("about 60 KN-23 and KN-24 missiles", 60, None, "approximately", "missile", "weapons", 60, "count",
     "Ukrainian engineers"),
    ("up to USD 1.5 billion", 1.5e9, None, "at_most", "", "money", 1.5e9, "USD", "Seoul Centre for Peninsula Studies"),
    ("more than 700,000 soldiers", 700000, None, "more_than", "soldier", "casualties", 700000, "count",
     "General Staff of the Armed Forces of Ukraine"),
]

ATTRIBUTIONS = [
    # speech turns ("President. –" lines, "(Applause)", "(The speaker agreed ...)" and "IN THE CHAIR" are not rows)
    (("Madam President, honourable Members, for the first time", "decided in Ukraine."), "Kaja Kallas", "Kaja Kallas",
     KAL, "person", EU, "direct"),
    (("Madam President, dear High Representative,", "not in a year, but now."),
     "\n|Rasa Juknevičienė|, on behalf", "Rasa Juknevičienė", JUK, "person", EU, "direct"),
    (("Mrs Juknevičienė, you speak of", "instead of escalation?"), "Hermann Vogt", "Hermann Vogt", VOG, "person", EU,
     "direct"),
    (("Colleague, peace is exactly what Ukraine wants.", "whether they came for peace."),
     "\n|Rasa Juknevičienė| (PPE), blue-card answer", "Rasa Juknevičienė", JUK, "person", EU, "direct"),
    (("Madam President, this deployment was sealed", "to the highest bidder."), "Sven Mikser", "Sven Mikser", MIK,
     "person", EU, "direct"),
    (("Madam President, these soldiers are", "starting in January."), "Hannah Neumann", "Hannah Neumann", NEU, "person",
     EU, "direct"),
    (("Madam President, Lithuania knows", "what it needs this winter."), "Petras Auštrevičius", "Petras Auštrevičius",
     AUS, "person", EU, "direct"),
    # statements reported inside the turns
    ("that some 200 North Korean soldiers had been killed or wounded in clashes at the weekend", "said",
     "Ukraine's military intelligence", DIU, "organisation", "Ukraine", "indirect"),
    ("There are no North Korean soldiers in Russia,", "told us", "the Kremlin", "Kremlin", "government", "Russia",
     "direct"),
    ("Every North Korean in Kursk is a soldier Putin did not have to mobilise,", "said",
     "Ukraine's Foreign Minister, Andrii Sybiha", "Andrii Sybiha", "person", "Ukraine", "direct"),
    ("Pyongyang has shipped more than 20,000 containers since August last year", "says",
     "the South Korean intelligence service", NIS, "organisation", "South Korea", "indirect"),
    ("thousands of North Koreans", "speak of", "you", JUK, "person", EU, "indirect"),
    ("that it could not confirm they were in combat", "admitted", "the Pentagon", "Pentagon", "organisation",
     "United States", "indirect"),
    ("that about 60 KN-23 and KN-24 missiles have been fired at Ukraine since the beginning of this year, and nearly "
     "half of them missed their targets", "estimate", "Ukrainian engineers", "Ukrainian engineers", "group", "Ukraine",
     "indirect"),
    ("the regime could earn up to USD 1.5 billion a year from this deployment, money that goes straight into Kim's "
     "missile programme", "According to", "the Seoul Centre for Peninsula Studies", "Seoul Centre for Peninsula Studies",
     "organisation", "independent", "according_to"),
    ("Russia has lost more than 700,000 soldiers killed and wounded", "according to", "Ukraine's General Staff",
     "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine", "according_to"),
]

EVENTS = [
    ("said |on Monday| that", "2024-12-16", "2024-12-16", "day", True,
     "Ukraine's military intelligence reported some 200 North Korean soldiers killed or wounded"),
    ("at the weekend", "2024-12-14", "2024-12-15", "day", True,
     "Clashes in which some 200 North Korean soldiers were killed or wounded"),
    ("this week", "2024-12-16", "2024-12-22", "week", True, "Andrii Sybiha met EU foreign ministers in Brussels"),
    ("On Monday", "2024-12-16", "2024-12-16", "day", True, "The Council adopted the EU's 15th package of sanctions"),
    ("Since February 2022", "2022-02-01", "2024-12-18", "open", True,
     "The EU and its Member States provided nearly EUR 125 billion in support to Ukraine"),
    ("since August last year", "2023-08-01", "2024-12-18", "open", True,
     "Pyongyang shipped more than 20,000 containers to Russia"),
    ("last month", "2024-11-01", "2024-11-30", "month", True,
     "The Pentagon admitted it could not confirm North Korean troops were in combat"),
    ("in June", "2024-06-01", "2024-06-30", "month", True,
     "Deployment sealed: Putin and Kim signed their comprehensive strategic partnership in Pyongyang"),
    ("since the beginning of this year", "2024-01-01", "2024-12-18", "open", True,
     "About 60 KN-23 and KN-24 missiles fired at Ukraine"),
    ("in January", "2025-01-01", "2025-01-31", "month", True,
     "Proposed start of sanctions on banks and shipping companies moving the regime's earnings"),
    ("this winter", "2024-12-01", "2025-02-28", "season", True, "Ukraine should be given what it needs"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
