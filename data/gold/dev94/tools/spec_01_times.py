"""dev94_01: The Times letters page, published Friday 2024-11-22 (anchor from the manifest).

Row formats (see build_gold.py):
  figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
  attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
  events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
A span "left|span|right" is found by its unique context.
"""
D = "dev94_01_times_letters_kursk"

FIGURES = [
    ("some 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", "The Times"),
    ("no more than 2,000", 2000, None, "at_most", "soldier", "personnel", 2000, "count", "Western officials"),
    ("Eleven thousand men", 11000, None, "exact", "man", "personnel", 11000, "count", ""),
    ("three or four brigades", 3, 4, "range", "brigade", "units", 3, "count", ""),
    ("20,000 men", 20000, None, "exact", "man", "personnel", 20000, "count", ""),
    ("more than 13,000 containers", 13000, None, "more_than", "container", "weapons", 13000, "count",
     "South Korean Defense Ministry"),
    ("£3 billion", 3e9, None, "exact", "", "money", 3e9, "GBP", "John Healey"),
    ("about £2 million", 2e6, None, "approximately", "", "money", 2e6, "GBP", "Times defence correspondent"),
    ("at most 1,500 missiles", 1500, None, "at_most", "missile", "weapons", 1500, "count", ""),
    ("some 600 North Korean defectors", 600, None, "approximately", "defector", "other", 600, "count", ""),
    ("40 or so coffins", 40, None, "approximately", "coffin", "casualties", 40, "count", "Defence Intelligence of Ukraine"),
]

ATTRIBUTIONS = [
    ("that some 11,000 North Korean soldiers are now in the Kursk region", "says",
     "Your report", "The Times", "media", "independent", "indirect"),
    ("that no more than 2,000 of them have trained with drones", "estimate",
     "Western officials", "Western officials", "group", "West", "indirect"),
    ("that most were still being taught basic infantry drills", "said",
     "the Pentagon", "Pentagon", "organisation", "United States", "indirect"),
    ("that South Korea should now send artillery shells straight to Kyiv", "argues",
     "Lord Ashby", "Lord Ashby", "person", "independent", "indirect"),
    ("that direct arms supplies were “not excluded”", "said",
     "President Yoon Suk Yeol", "Yoon Suk Yeol", "person", "South Korea", "indirect"),
    ("that voters would not follow him", "warned",
     "leaders of his own party", "People Power Party leaders", "group", "South Korea", "indirect"),
    ("that the North has shipped more than 13,000 containers of munitions to Russia since August 2023", "estimates",
     "Its defence ministry", "South Korean Defense Ministry", "organisation", "South Korea", "indirect"),
    ("Every shell that leaves Najin is one that will not be fired at us,", "told me",
     "a senior South Korean official", "senior South Korean official", "group", "South Korea", "direct"),
    ("For now,", "added",
     "he", "senior South Korean official", "group", "South Korea", "direct"),
    ("that suits us.", "added",
     "he", "senior South Korean official", "group", "South Korea", "direct"),
    ("that Ukraine was free to use British missiles “in defence of its own territory, including in Kursk”", "told MPs",
     "John Healey", "John Healey", "person", "United Kingdom", "indirect"),
    ("that the government would keep spending £3 billion a year on Ukraine “for as long as it takes”", "confirmed",
     "The defence secretary", "John Healey", "person", "United Kingdom", "indirect"),
    ("a Storm Shadow costs about £2 million", "reckons",
     "your defence correspondent", "Times defence correspondent", "group", "independent", "indirect"),
    ("A SMEAR", "SAYS",
     "KCNA", "Korean Central News Agency", "media", "North Korea", "indirect"),
    ("that reports of its soldiers in Russia were “a smear campaign by the puppet regime”", "insisted",
     "North Korea’s state news agency", "Korean Central News Agency", "media", "North Korea", "indirect"),
    ("We will not be lectured,", "added",
     "the agency", "Korean Central News Agency", "media", "North Korea", "direct"),
    ("by those who arm Kyiv.", "added",
     "the agency", "Korean Central News Agency", "media", "North Korea", "direct"),
    ("40 or so coffins were flown back to Pyongyang last week", "according to",
     "Ukraine’s military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "according_to"),
]

EVENTS = [
    ("Nov 20", "2024-11-20", "2024-11-20", "day", True,
     "The Times published its report that some 11,000 North Korean soldiers are in the Kursk region"),
    ("on Tuesday", "2024-11-19", "2024-11-19", "day", True,
     "The Pentagon said most North Korean soldiers were still being taught basic infantry drills"),
    ("this winter", "2024-12-01", "2025-02-28", "season", True,
     "Pyongyang could rent out three or four brigades to Russia (hypothetical)"),
    ("next spring", "2025-03-01", "2025-05-31", "season", True,
     "Pyongyang might offer 20,000 men (hypothetical)"),
    ("Nov 19", "2024-11-19", "2024-11-19", "day", True,
     "Lord Ashby's letter arguing South Korea should send artillery shells to Kyiv was published"),
    ("earlier this month", "2024-11-01", "2024-11-21", "month", True,
     "Yoon Suk Yeol said direct arms supplies to Ukraine were not excluded"),
    ("since August 2023", "2023-08-01", "2024-11-22", "open", True,
     "North Korea shipped more than 13,000 containers of munitions to Russia"),
    ("last month", "2024-10-01", "2024-10-31", "month", True,
     "A senior South Korean official told the writer every shell leaving Najin will not be fired at the South"),
    ("on Wednesday", "2024-11-20", "2024-11-20", "day", True,
     "John Healey told MPs Ukraine was free to use British missiles including in Kursk"),
    ("on Monday", "2024-11-18", "2024-11-18", "day", True,
     "KCNA insisted reports of North Korean soldiers in Russia were a smear campaign"),
    ("last week", "2024-11-11", "2024-11-17", "week", True,
     "About 40 coffins were flown back to Pyongyang (per Ukraine's military intelligence)"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
