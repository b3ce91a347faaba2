# dev67_01_hansard_uq: UK House of Commons Hansard, urgent question, Monday 28 October 2024 (anchor 2024-10-28)
#
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])
# A span is an exact substring, "left|span|right", or a pair (first, last) for a whole speech turn.
# Speech turns are direct rows whose cue is the speaker label as printed (see README, judgement 1).

D = "dev67_01_hansard_uq"
UK = "United Kingdom"
POL = "Luke Pollard"

FIGURES = [
    ("some 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", POL),
    ("at least 3,000 soldiers", 3000, None, "at_least", "soldier", "personnel", 3000, "count",
     "National Intelligence Service (South Korea)"),
    ("£3 billion", 3e9, None, "exact", "", "money", 3e9, "GBP", POL),
    ("12,000 men", 12000, None, "exact", "man", "personnel", 12000, "count", "Kyrylo Budanov"),
    ("five training camps", 5, None, "exact", "training camp", "units", 5, "count", "Kyrylo Budanov"),
    ("1,500 commandos", 1500, None, "exact", "commando", "personnel", 1500, "count", "James Cartlidge"),
    ("650 lightweight multirole missiles", 650, None, "exact", "lightweight multirole missile", "weapons", 650, "count",
     "James Cartlidge"),
    ("more than 45,000 Ukrainian recruits", 45000, None, "more_than", "recruit", "personnel", 45000, "count", POL),
    ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "Hanul Institute for Defence Studies"),
    ("well over $250 million", 250e6, None, "more_than", "", "money", 250e6, "USD", "Hanul Institute for Defence Studies"),
    ("58 designations", 58, None, "exact", "designation", "other", 58, "count", POL),
    ("more than 8 million", 8e6, None, "more_than", "shell", "weapons", 8e6, "count", "South Korea"),
]

ATTRIBUTIONS = [
    # speech turns (procedural lines of the Chair and "Hon. Members: Hear, hear." are not rows)
    (("To ask the Secretary of State for Defence", "for use against Ukraine."), "3.31 pm\n|James Cartlidge|\n(South",
     "James Cartlidge", "James Cartlidge", "person", UK, "direct"),
    (("I thank the hon. Gentleman.", "for as long as it takes."), "The Minister for the Armed Forces (Luke Pollard)",
     "The Minister for the Armed Forces (Luke Pollard)", POL, "person", UK, "direct"),
    (("I thank the Minister, and the Opposition", "announced last month?"), "takes.\n|James Cartlidge|\nI thank",
     "James Cartlidge", "James Cartlidge", "person", UK, "direct"),
    (("The hon. Gentleman is right to raise", "throughout next year."), "month?\n|Luke Pollard|\nThe hon. Gentleman",
     "Luke Pollard", POL, "person", UK, "direct"),
    (("North Korea is not sending its young men", "handling those payments?"), "\n|Helen Maguire|\n",
     "Helen Maguire", "Helen Maguire", "person", UK, "direct"),
    (("The hon. Lady makes an important point.", "about future ones."), "payments?\n|Luke Pollard|\nThe hon. Lady",
     "Luke Pollard", POL, "person", UK, "direct"),
    (("The Minister will know that in June", "fired at Ukrainian civilians?"), "\n|Sir Iain Duncan Smith|\n",
     "Sir Iain Duncan Smith", "Iain Duncan Smith", "person", UK, "direct"),
    (("I agree with the right hon. Gentleman.", "Indo-Pacific alike."), "civilians?\n|Luke Pollard|\nI agree",
     "Luke Pollard", POL, "person", UK, "direct"),
    (("When the Defence Committee visited Kyiv", "to identify these units?"), "\n|Mr Tanmanjeet Singh Dhesi|\n",
     "Mr Tanmanjeet Singh Dhesi", "Tanmanjeet Singh Dhesi", "person", UK, "direct"),
    (("My hon. Friend will understand", "with Kyiv every day."), "units?\n|Luke Pollard|\nMy hon. Friend",
     "Luke Pollard", POL, "person", UK, "direct"),
    # statements reported inside the turns
    ("that units have been sent to the Kursk region", "confirmed", "NATO Secretary General Mark Rutte", "Mark Rutte",
     "person", "NATO", "indirect"),
    ("that at least 3,000 soldiers had already moved west by rail", "told",
     "the South Korean National Intelligence Service", "National Intelligence Service (South Korea)", "organisation",
     "South Korea", "indirect"),
    ("that the first of them would reach the front by 1 November", "warned", "President Zelensky", "Volodymyr Zelensky",
     "person", "Ukraine", "indirect"),
    ("12,000 men in five training camps", "spoken of", "his intelligence chief, Kyrylo Budanov", "Kyrylo Budanov",
     "person", "Ukraine", "indirect"),
    ("Moscow is paying about $2,000 a month for each soldier, which would bring the regime well over $250 million a year",
     "According to", "the Seoul-based Hanul Institute for Defence Studies", "Hanul Institute for Defence Studies",
     "organisation", "independent", "according_to"),
    ("it is now more than 8 million", "tell us", "the South Koreans", "South Korea", "government", "South Korea",
     "indirect"),
    ("that they expected to face North Korean soldiers within weeks", "told us", "Ukrainian commanders",
     "Ukrainian commanders", "group", "Ukraine", "indirect"),
]

EVENTS = [
    ("since the start of the month", "2024-10-01", "2024-10-28", "open", True,
     "Most of some 11,000 North Korean troops arrived in Russia's far east"),
    ("this morning", "2024-10-28", "2024-10-28", "day", True,
     "Mark Rutte confirmed North Korean units had been sent to the Kursk region"),
    ("last Wednesday", "2024-10-23", "2024-10-23", "day", True,
     "South Korea's NIS told the National Assembly at least 3,000 soldiers had moved west by rail"),
    ("on Friday", "2024-10-25", "2024-10-25", "day", True,
     "The UK Defence Secretary discussed the reports with his South Korean counterpart"),
    ("on Saturday", "2024-10-26", "2024-10-26", "day", True,
     "Zelensky warned the first North Korean troops would reach the front by 1 November"),
    ("by 1 November", "2024-11-01", "2024-11-01", "day", True,
     "First North Korean troops expected to reach the front (Zelensky)"),
    ("in October", "2024-10-01", "2024-10-31", "month", True, "1,500 North Korean commandos reportedly arrived in Vladivostok"),
    ("last month", "2024-09-01", "2024-09-30", "month", True, "UK announced 650 lightweight multirole missiles for Ukraine"),
    ("in December", "2024-12-01", "2024-12-31", "month", True, "First deliveries of the lightweight multirole missiles to Ukraine"),
    ("since 2022", "2022-01-01", "2024-10-28", "open", True, "Operation Interflex trained more than 45,000 Ukrainian recruits"),
    ("throughout next year", "2025-01-01", "2025-12-31", "year", True, "Operation Interflex training to continue"),
    ("in June", "2024-06-01", "2024-06-30", "month", True,
     "Putin and Kim signed a mutual military assistance treaty in Pyongyang"),
    ("earlier this month", "2024-10-01", "2024-10-27", "month", True,
     "The Defence Committee visited Kyiv; Ukrainian commanders expected to face North Korean soldiers"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
