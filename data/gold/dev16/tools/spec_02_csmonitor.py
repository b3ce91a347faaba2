# dev16_02 — The Christian Science Monitor, published 2025-01-15 (Wednesday).
# Anchor week: Mon 2025-01-13 .. Sun 2025-01-19.
# Furniture NOT annotated: section labels, byline/date line, "Loading...", Related stories
# ("six months on"), newsletter prompt.  The "Why We Wrote This" box is the outlet's own summary
# and is read as article text, like a sub-headline (its "Two captives" is a figure).
# Non-statements NOT annotated: "Moscow has not commented on the captures".
# Traps NOT figures: "he is 26", "20 years old", "one of two" (the "one"), "One of the captives",
# "54%" (share of poll respondents, nothing counted in the story), "months", "a decade".
D = "dev16_02_csmonitor_captured_soldiers"
ZEL = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"
KDF = "Korea Defense Forum"
POW = "captured North Korean soldier"
DOCS = {D: {
    "figures": [
        ("two wounded North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
        ("Two captives", 2, None, "exact", "captive", "casualties", 2, "count", ""),
        ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
        ("about 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
        ("some 2,700", 2700, None, "approximately", "soldier", "casualties", 2700, "count", NIS),
        ("that |two| were captured", 2, None, "exact", "soldier", "casualties", 2, "count", "Lee Min-ah"),
        ("as many as 13,000 containers", 13000, None, "at_most", "container", "weapons", 13000, "count", KDF),
        ("roughly 28 trillion won", 2.8e13, None, "approximately", "won", "money", 2.8e13, "KRW", KDF),
        ("about $19 billion", 1.9e10, None, "approximately", "dollar", "money", 1.9e10, "USD", KDF),
        ("roughly 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "Viktor Hale"),
    ],
    "attributions": [
        ("he is 26", "says", "he", POW, "group", "North Korea", "indirect"),
        ("he was told he was going to Russia for training, not to fight Ukrainians", "says", "He", POW, "group", "North Korea", "indirect"),
        ("President Volodymyr Zelenskyy announced the captures on Saturday, Jan. 11", "announced", "President Volodymyr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
        ("Kyiv was ready to hand the men over to North Korean leader Kim Jong Un if he could arrange their exchange for Ukrainians held in Russia", "said", "President Volodymyr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
        ("For those North Korean soldiers who do not wish to return, there may be other options,", "wrote", "he", ZEL, "person", "Ukraine", "direct"),
        ("that about 300 North Korean soldiers had been killed and some 2,700 wounded since the contingent entered combat in December", "said", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("One of the captives, the agency said, had been ordered to kill himself rather than be taken alive", "said", "the agency", NIS, "organisation", "South Korea", "indirect"),
        ("that Pyongyang told the families of soldiers killed in Kursk that their sons had died in training accidents", "said", "Ukraine’s military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
        ("that their sons had died in training accidents", "told", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("lawmakers from the ruling People Power Party have urged the government to seek their transfer if they ask for it", "urged", "lawmakers from the ruling People Power Party", "People Power Party lawmakers", "group", "South Korea", "indirect"),
        ("that it would consult Kyiv if either man sought to go to the South", "said", "The Foreign Ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
        ("If they ask to come to Seoul, we have both a moral and a legal duty to take them,", "told the Monitor", "Rep. Han Seo-jin", "Han Seo-jin", "person", "South Korea", "direct"),
        ("any transfer would take months to negotiate", "said", "She", "Han Seo-jin", "person", "South Korea", "indirect"),
        ("that 54% of South Koreans favored accepting the men", "found", "A survey by the Seoul pollster Gilbo Research", "Gilbo Research", "organisation", "independent", "indirect"),
        ("The soldiers are a propaganda gift for Kyiv, but they are also human beings with families who may be punished,", "says", "Lee Min-ah", "Lee Min-ah", "person", "independent", "direct"),
        ("North Korea pretends they are not there. Admitting that two were captured would mean admitting everything.", "punished,” |says| Lee", "Lee Min-ah", "Lee Min-ah", "person", "independent", "direct"),
        ("the deal has already paid off handsomely for the North", "say", "Analysts", "analysts", "group", "independent", "indirect"),
        ("North Korea has shipped Russia as many as 13,000 containers of munitions since 2023", "according to", "the Seoul-based Korea Defense Forum", KDF, "organisation", "independent", "according_to"),
        ("that Pyongyang has received the equivalent of roughly 28 trillion won (about $19 billion) in cash, food, oil, and military technology in return", "calculates", "The forum", KDF, "organisation", "independent", "indirect"),
        ("That money matters more than the roughly 11,000 troops Mr. Kim has sent", "argues", "Viktor Hale", "Viktor Hale", "person", "independent", "indirect"),
        ("Kim is not renting out an army,", "army,” he |says|.", "he", "Viktor Hale", "person", "independent", "direct"),
        ("He is buying a seat at the table – and a decade of modernization.", "army,” he |says|.", "he", "Viktor Hale", "person", "independent", "direct"),
        ("North Korean units had lost so many men near the village of Makhnovka that they were being merged with Russian paratroopers", "said", "Ukraine’s special operations forces", "Special Operations Forces of Ukraine", "organisation", "Ukraine", "indirect"),
    ],
    "events": [
        ("interrogation |on Sunday|.", "2025-01-12", "2025-01-12", "day", True, "The SBU released video of its interrogation of the two captured North Korean soldiers"),
        ("on Saturday, Jan. 11", "2025-01-11", "2025-01-11", "day", True, "Zelenskyy announced the capture of two North Korean soldiers in Kursk"),
        ("the following day", "2025-01-12", "2025-01-12", "day", True, "Zelenskyy wrote on X that there may be other options for North Korean soldiers who do not wish to return"),
        ("said |Monday| that about 300", "2025-01-13", "2025-01-13", "day", True, "NIS said about 300 North Korean soldiers had been killed and some 2,700 wounded"),
        ("in December", "2024-12-01", "2024-12-31", "month", True, "The North Korean contingent entered combat"),
        ("on Tuesday", "2025-01-14", "2025-01-14", "day", True, "South Korea's Foreign Ministry said it would consult Kyiv if either captive sought to go to the South"),
        ("last week", "2025-01-06", "2025-01-12", "week", True, "A Gilbo Research survey found 54% of South Koreans favored accepting the captives"),
        ("since 2023", "2023-01-01", "2025-01-15", "open", True, "North Korea shipped Russia as many as 13,000 containers of munitions"),
        ("Earlier this month", "2025-01-01", "2025-01-14", "month", True, "Ukraine's special operations forces said North Korean units near Makhnovka were being merged with Russian paratroopers"),
    ],
}}
