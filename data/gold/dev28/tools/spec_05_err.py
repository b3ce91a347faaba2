# dev28_05_err_builders -- ERR News, published 2025-06-19 (Thursday).
# Anchor week: Mon 2025-06-16 .. Sun 2025-06-22; last week = 2025-06-09 .. 2025-06-15.
D = "dev28_05_err_builders"
MT = "Margo Tammearu"
SS = "Sergei Shoigu"
KBu = "Kyrylo Budanov"
MTs = "Margus Tsahkna"
KL = "Kaarel Lõhmus"

DOCS = {D: {
"figures": [
    ("thousands of military builders", 1000, None, "vague", "military builder", "personnel", 1000, "count", MT),
    ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", SS),
    ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", SS),
    ("about 640,000 to 700,000 troops", 640000, 700000, "range", "troop", "personnel", 640000, "count", MT),
    ("around 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", MT),
    ("roughly 80 kilometers", 80, None, "approximately", "kilometer", "territory", 80, "km", ""),
    ("50 miles", 50, None, "exact", "mile", "territory", 80.4672, "km", ""),
    ("12 billion rubles", 12000000000, None, "exact", "ruble", "money", 12000000000, "RUB", "TASS"),
    ("about $150 million", 150000000, None, "approximately", "", "money", 150000000, "USD", "TASS"),
    ("more than 12 million artillery shells", 12000000, None, "more_than", "artillery shell", "weapons", 12000000, "count", KBu),
    ("some 250 KN-23 and KN-24 ballistic missiles", 250, None, "approximately", "ballistic missile", "weapons", 250, "count", KBu),
    ("roughly €100 million", 100000000, None, "approximately", "", "money", 100000000, "EUR", ""),
],
"attributions": [
    ("North Korean builders will free up Russian troops for Ukraine",
     "says", "Estonian military intelligence", "Estonian Defense Forces Intelligence Center", "organisation", "Estonia", "indirect"),
    ("North Korea's decision to send thousands of military builders and deminers to Russia's Kursk region will allow Moscow to move more of its own soldiers to the front in Ukraine",
     "said", "the head of the Estonian Defense Forces' Intelligence Center", MT, "person", "Estonia", "indirect"),
    ("Russian Security Council Secretary Sergei Shoigu had announced in Pyongyang on Tuesday that North Korea would send 1,000 deminers and 5,000 military construction workers to help rebuild the region",
     "said", "Col. Margo Tammearu", MT, "person", "Estonia", "indirect"),
    ("that North Korea would send 1,000 deminers and 5,000 military construction workers to help rebuild the region",
     "announced", "Russian Security Council Secretary Sergei Shoigu", SS, "person", "Russia", "indirect"),
    ("a memorial to the North Korean soldiers who died in the fighting would be built in Kursk",
     "said", "Shoigu", SS, "person", "Russia", "indirect"),
    ("Every North Korean clearing mines or pouring concrete in Kursk is a Russian who can be sent to Pokrovsk or Kostiantynivka instead,",
     "told reporters", "Tammearu", MT, "person", "Estonia", "direct"),
    ("It is a labor swap, not charity.",
     "told reporters", "Tammearu", MT, "person", "Estonia", "direct"),
    ("the Russian military currently had about 640,000 to 700,000 troops in and around Ukraine, and that North Korean combat units – now estimated at around 11,000 soldiers – remained in the Kursk and Belgorod border areas",
     "said", "He", MT, "person", "Estonia", "indirect"),
    ("that the Kursk regional government had earmarked 12 billion rubles (about $150 million) for reconstruction over the next three years",
     "reported", "Russia's state news agency TASS", "TASS", "media", "Russia", "indirect"),
    ("that North Korea had shipped more than 12 million artillery shells to Russia since the summer of 2023, along with some 250 KN-23 and KN-24 ballistic missiles",
     "warned", "Ukraine's military intelligence chief Kyrylo Budanov", KBu, "person", "Ukraine", "indirect"),
    ('the deal showed that the "Moscow–Pyongyang axis" was settling in for a long war',
     "said", "Foreign Minister Margus Tsahkna", MTs, "person", "Estonia", "indirect"),
    ("Anyone who thought this was a temporary arrangement for a single battle should think again,",
     "said", "he", MTs, "person", "Estonia", "direct"),
    ("The builders matter less than the signal,",
     "said", "Kaarel Lõhmus", KL, "person", "independent", "direct"),
    ("that Russia had promised to rebuild Kursk's border districts within two years",
     "pointed out", "Kaarel Lõhmus", KL, "person", "independent", "indirect"),
    ("promised |to rebuild Kursk's border districts within two years|.",
     "promised", "Russia", "Russia", "government", "Russia", "indirect"),
    ("that Tallinn had shared the center's assessment with NATO allies last week",
     "told ERR News", "A senior Estonian defense official", "senior Estonian defense official", "group", "Estonia", "indirect"),
],
"events": [
    ("on Thursday", "2025-06-19", "2025-06-19", "day", True,
     "Head of Estonian military intelligence said North Korean builders will free up Russian troops"),
    ("on Tuesday", "2025-06-17", "2025-06-17", "day", True,
     "Shoigu announced in Pyongyang that North Korea would send 1,000 deminers and 5,000 builders"),
    ("earlier this month", "2025-06-01", "2025-06-18", "month", True,
     "Budanov warned North Korea had shipped more than 12 million shells and some 250 missiles"),
    ("since the summer of 2023", "2023-06-01", "2025-06-19", "open", True,
     "North Korea shipped artillery shells and ballistic missiles to Russia"),
    ("last week", "2025-06-09", "2025-06-15", "week", True,
     "Tallinn shared the intelligence center's assessment with NATO allies"),
    ("In 2025", "2025-01-01", "2025-12-31", "year", False,
     "Estonia's military aid to Ukraine worth roughly EUR 100 million"),
],
}}
