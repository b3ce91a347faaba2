# dev67_02_ausenate_estimates: Australian Senate, Foreign Affairs, Defence and Trade Legislation Committee
# (Estimates), Thursday 27 February 2025 (anchor 2025-02-27)
#
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])
# "$" in an Australian Senate record is the Australian dollar (AUD); "US$" is USD.

D = "dev67_02_ausenate_estimates"
AU = "Australia"
FAW, SHO, WONG, ADAMS, HAL = "David Fawcett", "David Shoebridge", "Penny Wong", "Jan Adams", "Marcus Halloran"
NIS = "National Intelligence Service (South Korea)"

FIGURES = [
    ("between 11,000 and 12,000 North Korean soldiers", 11000, 12000, "range", "soldier", "personnel", 11000, "count", HAL),
    ("some 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
    ("and |2,700| wounded", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
    ("above 4,000", 4000, None, "more_than", "soldier", "casualties", 4000, "count", "Ukrainian officials"),
    ("five more individuals", 5, None, "exact", "individual", "other", 5, "count", WONG),
    ("two generals", 2, None, "exact", "general", "personnel", 2, "count", WONG),
    ("more than $1.5 billion", 1.5e9, None, "more_than", "", "money", 1.5e9, "AUD", WONG),
    ("290 foreign-made components", 290, None, "exact", "component", "other", 290, "count",
     "Office of the Prosecutor General (Ukraine)"),
    ("about US$20 billion", 20e9, None, "approximately", "", "money", 20e9, "USD", "South Korean ambassador to Australia"),
    ("more than 20,000 containers", 20000, None, "more_than", "container", "weapons", 20000, "count",
     "South Korean Defense Ministry"),
]

ATTRIBUTIONS = [
    # speech turns (the CHAIR's procedural lines are not rows)
    (("Thank you, Chair. Ms Adams, I'd like to go", "what losses they have taken?"), "Senator FAWCETT", "Senator FAWCETT",
     FAW, "person", AU, "direct", 1),
    (("I'll ask Mr Halloran", "that of our partners."), "taken?\n|Ms Adams|: I'll ask", "Ms Adams", ADAMS, "person", AU,
     "direct"),
    (("Thank you, Senator. Our understanding", "earlier this month."), "partners.\n|Mr Halloran|: Thank you",
     "Mr Halloran", HAL, "person", AU, "direct"),
    ("Pulled back to where?", "month.\n|Senator FAWCETT|: Pulled", "Senator FAWCETT", FAW, "person", AU, "direct"),
    (("To rear areas inside Kursk oblast", "rotated these forces before."), "where?\n|Mr Halloran|: To rear",
     "Mr Halloran", HAL, "person", AU, "direct"),
    ("Minister, has the government considered further sanctions on Pyongyang?", "before.\n|Senator FAWCETT|: Minister",
     "Senator FAWCETT", FAW, "person", AU, "direct"),
    (("We have, Senator.", "for as long as it takes."), "\n|Senator Wong|: We have", "Senator Wong", WONG, "person", AU,
     "direct"),
    (("Thank you, Chair. I want to pick up", "among them?"), "\n|Senator SHOEBRIDGE|: Thank you", "Senator SHOEBRIDGE",
     SHO, "person", AU, "direct"),
    ("Not to my knowledge, Senator, and we have not been advised of any.", "them?\n|Ms Adams|: Not to",
     "Ms Adams", ADAMS, "person", AU, "direct"),
    ("Has the department asked?", "any.\n|Senator SHOEBRIDGE|: Has", "Senator SHOEBRIDGE", SHO, "person", AU, "direct"),
    (("We raised it with Ukrainian counterparts", "take the detail on notice."), "asked?\n|Ms Adams|: We raised",
     "Ms Adams", ADAMS, "person", AU, "direct"),
    (("Ms Adams, the South Korean ambassador", "Does DFAT share that estimate?"), "question.\n|Senator FAWCETT|: Ms Adams",
     "Senator FAWCETT", FAW, "person", AU, "direct"),
    (("We don't have an independent estimate", "anywhere else."), "estimate?\n|Ms Adams|: We don't", "Ms Adams", ADAMS,
     "person", AU, "direct"),
    (("If I could add, Chair:", "sense of the scale."), "else.\n|Mr Halloran|: If I could", "Mr Halloran", HAL,
     "person", AU, "direct"),
    # statements reported inside the turns
    ("that some 300 North Korean soldiers had been killed and 2,700 wounded", "told",
     "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("Ukrainian officials have since put the figure above 4,000", "put", "Ukrainian officials", "Ukrainian officials",
     "group", "Ukraine", "indirect"),
    ("that we would list five more individuals, including two generals who commanded the deployment", "announced", "I",
     WONG, "person", AU, "indirect"),
    ("that investigators had recovered 290 foreign-made components from North Korean KN-23 missiles fired at Kyiv and "
     "Kharkiv since January last year", "said", "Ukraine's Office of the Prosecutor General",
     "Office of the Prosecutor General (Ukraine)", "organisation", "Ukraine", "indirect"),
    ("that Pyongyang could receive about US$20 billion worth of Russian oil, food and technology in return for its "
     "troops and shells", "told", "the South Korean ambassador", "South Korean ambassador to Australia", "group",
     "South Korea", "indirect"),
    ("that North Korea had shipped more than 20,000 containers of munitions to Russia since August 2023", "estimated",
     "the Republic of Korea's own defence ministry", "South Korean Defense Ministry", "organisation", "South Korea",
     "indirect"),
]

EVENTS = [
    ("in October last year", "2024-10-01", "2024-10-31", "month", True,
     "Between 11,000 and 12,000 North Korean soldiers were sent to Russia"),
    ("in January", "2025-01-01", "2025-01-31", "month", True,
     "South Korea's NIS told its National Assembly some 300 North Korean soldiers killed and 2,700 wounded"),
    ("earlier this month", "2025-02-01", "2025-02-26", "month", True,
     "North Korean units reportedly pulled back from the front line"),
    ("on Monday", "2025-02-24", "2025-02-24", "day", True,
     "Penny Wong announced sanctions listings of five more individuals incl. two generals"),
    ("since 2022", "2022-01-01", "2025-02-27", "open", True, "Australia committed more than $1.5 billion to Ukraine"),
    ("last month", "2025-01-01", "2025-01-31", "month", True,
     "Ukraine's Office of the Prosecutor General reported 290 foreign-made components in KN-23 missiles"),
    ("since January last year", "2024-01-01", "2025-02-27", "open", True,
     "North Korean KN-23 missiles fired at Kyiv and Kharkiv"),
    ("in December", "2024-12-01", "2024-12-31", "month", True,
     "DFAT raised Australian-made components with Ukrainian counterparts in Canberra", 1),
    ("last week", "2025-02-17", "2025-02-23", "week", True,
     "The South Korean ambassador told a Canberra audience Pyongyang could receive about US$20 billion"),
    ("in December", "2024-12-01", "2024-12-31", "month", True,
     "South Korea's defence ministry estimated more than 20,000 containers of munitions shipped", 2),
    ("since August 2023", "2023-08-01", "2025-02-27", "open", True,
     "North Korea shipped more than 20,000 containers of munitions to Russia"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
