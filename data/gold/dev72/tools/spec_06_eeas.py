"""dev72_06: EEAS (eeas.europa.eu), HR/VP Kaja Kallas speech at the EP plenary.  Manifest date EMPTY;
the page's date line "10.09.2025" (DD.MM.YYYY, Strasbourg) gives the anchor 2025-09-10 (Wed).
Row formats as in spec_01_unpress.py.  The speech is the page's own voice; Kallas' first-person
speech acts ("As I said", "by our estimates") are rows."""
D = "dev72_06_eeas_kallas_speech"
NIS = "National Intelligence Service (South Korea)"
KIDA = "Korea Institute for Defense Analyses"

DOCS = {D: {
"figures": [
    ("some 15,000 soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", ""),
    ("around 2,000", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
    ("more than 12 million rounds", 12000000, None, "more_than", "round", "weapons", 12000000, "count", "European Union"),
    ("hundreds of ballistic missiles", 100, None, "vague", "ballistic missile", "weapons", 100, "count", ""),
    ("6,000 more North Korean workers", 6000, None, "exact", "worker", "personnel", 6000, "count", "Sergei Shoigu"),
    ("28 trillion won", 28000000000000, None, "exact", "won", "money", 28000000000000, "KRW", KIDA),
    ("some $20 billion", 20000000000, None, "approximately", "", "money", 20000000000, "USD", KIDA),
    ("some 400 kilometres", 400, None, "approximately", "kilometre", "territory", 400, "km", "Andrii Sybiha"),
    ("more than 30 other North Korean officials", 30, None, "more_than", "official", "other", 30, "count", ""),
    ("nearly €170 billion", 170000000000, None, "approximately", "", "money", 170000000000, "EUR", ""),
],
"attributions": [
    ("around 2,000 of them have been killed",
     "According to", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "according_to"),
    ("that a memorial museum would be built in Pyongyang",
     "announced", "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "indirect"),
    ("more than 12 million rounds since 2023",
     "by our estimates", "our", "European Union", "organisation", "EU", "according_to"),
    ("that 6,000 more North Korean workers would be sent to the Kursk region to clear mines and rebuild",
     "announced", "Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
    ("The Korea Institute for Defense Analyses, a think tank of Seoul’s defence ministry, puts North Korea’s earnings from the war at 28 trillion won, or some $20 billion",
     "puts", "The Korea Institute for Defense Analyses", KIDA, "organisation", "South Korea", "indirect"),
    ("that Russian technology will end up in North Korea’s missile programme",
     "warned", "Japan", "Japan", "government", "Japan", "indirect"),
    ("that Russian technology will end up in North Korea’s missile programme",
     "warned", "the Republic of Korea", "South Korea", "government", "South Korea", "indirect"),
    ("every euro we invest in Ukraine’s defence today is an investment in our own security",
     "said", "I", "Kaja Kallas", "person", "EU", "indirect"),
    ("that North Korean artillery crews are now also operating in the Donetsk region, some 400 kilometres south of Kursk",
     "told us", "Ukraine’s Foreign Minister Andrii Sybiha", "Andrii Sybiha", "person", "Ukraine", "indirect"),
    ("Several of you called for the full use of the immobilised Russian assets",
     "called for", "Several of you", "Members of the European Parliament", "group", "EU", "indirect"),
],
"events": [
    ("Last week", "2025-09-01", "2025-09-07", "week", True,
     "Xi Jinping, Vladimir Putin and Kim Jong Un stood side by side at a military parade in Beijing"),
    ("Since October last year", "2024-10-01", "2025-09-10", "open", True,
     "Pyongyang sent some 15,000 soldiers to fight against Ukraine"),
    ("In August", "2025-08-01", "2025-08-31", "month", True,
     "Kim Jong Un laid flowers at the coffins of the dead and announced a memorial museum in Pyongyang"),
    ("since 2023", "2023-01-01", "2025-09-10", "open", True,
     "More than 12 million North Korean artillery rounds supplied to Russia (EU estimate)"),
    ("In June", "2025-06-01", "2025-06-30", "month", True,
     "Sergei Shoigu returned to Pyongyang and announced 6,000 more North Korean workers for the Kursk region"),
    ("In July", "2025-07-01", "2025-07-31", "month", True,
     "The EU adopted its 18th sanctions package"),
    ("Since February 2022", "2022-02-01", "2025-09-10", "open", True,
     "The EU and its Member States provided nearly EUR 170 billion in support to Ukraine"),
    ("in March", "2025-03-01", "2025-03-31", "month", True,
     "Kallas told the European Parliament every euro invested in Ukraine's defence is an investment in Europe's security"),
    ("on 30 August", "2025-08-30", "2025-08-30", "day", True,
     "Andrii Sybiha told EU ministers in Copenhagen North Korean artillery crews also operate in Donetsk"),
    ("Next month", "2025-10-01", "2025-10-31", "month", True,
     "Kallas to put proposals for a 19th sanctions package to Foreign Ministers (planned)"),
],
}}
