"""dev87_01: CSIS event transcript, 2024-11-20 (Wed).  Anchor = manifest date = event date."""
D = "dev87_01_csis_kursk_numbers"
TR, OD = "Thomas Reinholt", "Oksana Dziuba"
NIS = "National Intelligence Service (South Korea)"
DIU = "Defence Intelligence of Ukraine"
SKMOD = "South Korean Defense Ministry"

DOCS = {D: {
    "figures": [
        # pattern, value, high, qualifier, unit, category, value_norm, unit_norm, speaker
        ("some 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", NIS),
        ("between 11,000 and 12,000", 11000, 12000, "range", "soldier", "personnel", 11000, "count", TR),
        ("roughly 500 officers", 500, None, "approximately", "officer", "personnel", 500, "count", TR),
        ("at least three generals", 3, None, "at_least", "general", "personnel", 3, "count", TR),
        ("more than 10,000", 10000, None, "more_than", "soldier", "personnel", 10000, "count", "Pentagon"),
        ("over 13,000 containers", 13000, None, "more_than", "container", "weapons", 13000, "count", SKMOD),
        ("something like eight million artillery shells", 8000000, None, "approximately", "artillery shell", "weapons", 8000000, "count", TR),
        ("about 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", DIU),
        ("roughly 500 men", 500, None, "approximately", "man", "personnel", 500, "count", "Ukrainian officers"),
        ("fewer than 50 of the longer-range missiles", 50, None, "less_than", "missile", "weapons", 50, "count", TR),
        ("around $1.5 million", 1500000, None, "approximately", "", "money", 1500000, "USD", TR),
        ("11,000 people", 11000, None, "exact", "person", "personnel", 11000, "count", TR),
        ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", DIU),
        ("11,000 men", 11000, None, "exact", "man", "personnel", 11000, "count", OD),
        ("more than a quarter of a billion dollars", 250000000, None, "more_than", "dollar", "money", 250000000, "USD", OD),
    ],
    "attributions": [
        # pattern, cue, speaker, canonical, type, affiliation, kind
        # --- transcript turns that make claims: direct, cued by the speaker label
        (("Broadly, yes. Our own count", "sounded like a pun."), "|Thomas Reinholt|: Broadly", "Thomas Reinholt", TR, "person", "independent", "direct"),
        (("The numbers in Kyiv are not so different.", "weeks, not months."), "|Oksana Dziuba|: The numbers", "Oksana Dziuba", OD, "person", "independent", "direct"),
        (("At the margin.", "on the Russian command."), "|Thomas Reinholt|: At the margin", "Thomas Reinholt", TR, "person", "independent", "direct"),
        (("Kyiv believes he is being paid", "keeps Seoul up at night."), "|Oksana Dziuba|: Kyiv believes", "Oksana Dziuba", OD, "person", "independent", "direct"),
        # --- statements cited inside turns (moderator framing, panellists, audience question)
        ("that some 11,000 North Korean soldiers are now in Russia", "told lawmakers", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("that more than 10,000 of them had moved west into Kursk Oblast", "said", "The Pentagon", "Pentagon", "organisation", "United States", "indirect"),
        ("that Pyongyang has shipped over 13,000 containers of munitions since August of last year", "estimates", "Seoul’s defense ministry", SKMOD, "organisation", "South Korea", "indirect"),
        ("about 11,000 North Korean troops are in the Kursk region", "says", "Ukraine’s military intelligence", DIU, "organisation", "Ukraine", "indirect"),
        ("that the first clashes with them had already taken place", "told the Verkhovna Rada", "President Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("the Russians have split them into battalions of roughly 500 men and attached them to marine and airborne units", "say", "Officers I spoke to", "Ukrainian officers", "group", "Ukraine", "indirect"),
        ("They don’t move like conscripts. They move like people who were told not to come back.", "told me", "One commander", "Ukrainian commander", "group", "Ukraine", "direct"),
        ("the real test comes in a matter of weeks, not months", "think", "The Ukrainians", "Ukrainians", "group", "Ukraine", "indirect"),
        ("Pyongyang still hasn’t acknowledged any of this", "hasn’t acknowledged", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("he is being paid, and well", "believes", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("that Moscow pays about $2,000 a month per soldier, most of which goes to the state, not to the man", "estimates", "HUR", DIU, "organisation", "Ukraine", "indirect"),
    ],
    "events": [
        ("last week", "2024-11-11", "2024-11-17", "week", True, "South Korea's NIS told lawmakers some 11,000 North Korean soldiers were in Russia"),
        ("on Monday", "2024-11-18", "2024-11-18", "day", True, "The Pentagon said more than 10,000 North Korean soldiers had moved west into Kursk Oblast"),
        ("since August of last year", "2023-08-01", "2024-11-20", "open", True, "Pyongyang shipped over 13,000 containers of munitions to Russia (South Korean Defense Ministry estimate)"),
        ("on Tuesday", "2024-11-19", "2024-11-19", "day", True, "Zelensky told the Verkhovna Rada the first clashes with North Korean troops had taken place"),
        ("this week", "2024-11-18", "2024-11-24", "week", True, "The US administration reportedly eased restrictions on ATACMS"),
    ],
}}
