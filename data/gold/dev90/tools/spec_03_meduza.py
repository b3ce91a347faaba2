"""dev90_03: Meduza (English, translated from Russian), published 2025-04-30 (Wednesday) = anchor.
Row layouts as in spec_01_yonhap.py."""
SRC = "source close to the Russian Defense Ministry"
GER = "Valery Gerasimov"
CMC = "Central Military Commission of the Workers' Party of Korea"
CON = "Russian conscript from Kursk"
KH = "Alexander Khinshtein"
D = "dev90_03_meduza_kursk_admission"

DOCS = {D: {
    "figures": [
        ("roughly 14,000 Korean servicemen", 14000, None, "approximately", "serviceman", "personnel", 14000, "count", SRC),
        ("at least 4,700", 4700, None, "at_least", "serviceman", "casualties", 4700, "count", SRC),
        ("at |about 4,000| as of", 4000, None, "approximately", "casualty", "casualties", 4000, "count",
         "Defence Intelligence of Ukraine"),
        ("35 million rubles", 35e6, None, "exact", "ruble", "money", 35e6, "RUB", KH),
        ("about $430,000", 430000, None, "approximately", "", "money", 430000, "USD", KH),
        ("more than 12 million rubles", 12e6, None, "more_than", "ruble", "money", 12e6, "RUB", ""),
        ("more than 400,000 subscribers", 400000, None, "more_than", "subscriber", "other", 400000, "count", ""),
    ],
    "attributions": [
        ("North Korean troops fought in Kursk", "admit",
         "Moscow and Pyongyang", "Russia", "government", "Russia", "indirect"),
        ("North Korean troops fought in Kursk", "admit",
         "Moscow and Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("the Kremlin neither confirmed nor denied that North Korean soldiers were fighting in the Kursk region",
         "neither confirmed nor denied", "the Kremlin", "Kremlin", "government", "Russia", "indirect"),
        ("That’s our business", "told journalists",
         "Vladimir Putin", "Vladimir Putin", "person", "Russia", "direct"),
        ("that the region had been “fully liberated”", "reported",
         "Chief of the General Staff Valery Gerasimov", GER, "person", "Russia", "indirect"),
        ("“servicemen of the Korean People’s Army” (“военнослужащие Корейской народной армии”) among the forces that "
         "had taken part", "named",
         "Chief of the General Staff Valery Gerasimov", GER, "person", "Russia", "indirect"),
        ("high professionalism, steadfastness, courage, and heroism.", "praised",
         "He", GER, "person", "Russia", "direct"),
        ("Kim Jong Un — Ким Чен Ын, or Kim Chen Yn, in standard Russian transcription — had ordered the deployment under "
         "Article 4 of the mutual-defense treaty signed in June 2024", "Korea |said| Kim",
         "the Central Military Commission of the Workers’ Party of Korea", CMC, "organisation", "North Korea", "indirect"),
        ("heroes", "called", "The commission", CMC, "organisation", "North Korea", "direct"),
        ("promised a monument in Pyongyang", "promised",
         "The commission", CMC, "organisation", "North Korea", "indirect"),
        ("Russia would “never forget” the feat (подвиг, podvig) of the Korean fighters", "evening, |said| Russia",
         "Putin’s own statement", "Vladimir Putin", "person", "Russia", "indirect"),
        ("that a memorial would “certainly” be built in the Kursk region, too", "told reporters",
         "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        ("roughly 14,000 Korean servicemen rotated through the region between November and April, and at least 4,700 of "
         "them were killed or wounded", "According to",
         "a source close to the Defense Ministry who spoke to Meduza", SRC, "group", "Russia", "according_to"),
        ("Ukraine’s military intelligence has put the number of North Korean casualties at about 4,000 as of February",
         "has put", "Ukraine’s military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine",
         "indirect"),
        ("Nobody in the ministry wanted to put a number on it,", "the source |said|",
         "the source", SRC, "group", "Russia", "direct"),
        ("The Koreans don’t publish lists, and we don’t ask.", "the source |said|",
         "the source", SRC, "group", "Russia", "direct"),
        ("that the regional budget had set aside 35 million rubles (about $430,000) for the memorial", "wrote",
         "Kursk region governor Alexander Khinshtein", KH, "person", "Russia", "indirect"),
        ("that Korean artillery crews had been “decisive” near Sudzha in March", "subscribers, |wrote|",
         "The pro-war Telegram channel Severny Front (Северный фронт)", "Severny Front", "media", "Russia", "indirect"),
        ("he had served alongside the Koreans for three weeks", "told Meduza",
         "A 19-year-old conscript from Kursk who asked not to be named", CON, "group", "Russia", "indirect"),
        ("They barely spoke to us. Someone had given them phrasebooks — ‘hands up,’ ‘lie down,’ ‘I surrender’ in Russian "
         "and Korean.", "told Meduza",
         "A 19-year-old conscript from Kursk who asked not to be named", CON, "group", "Russia", "direct"),
    ],
    "events": [
        ("in October", "2024-10-01", "2024-10-31", "month", True,
         "Putin told journalists North Korean troops were 'our business'"),
        ("On Saturday", "2025-04-26", "2025-04-26", "day", True,
         "Gerasimov reported Kursk 'fully liberated' and named North Korean servicemen among the forces"),
        ("Two days later", "2025-04-28", "2025-04-28", "day", True,
         "Pyongyang followed suit and acknowledged its troops in Kursk"),
        ("on Monday", "2025-04-28", "2025-04-28", "day", True,
         "KCNA carried the Central Military Commission statement on the deployment ordered by Kim Jong Un"),
        ("in June 2024", "2024-06-01", "2024-06-30", "month", False,
         "North Korea and Russia signed the mutual-defense treaty"),
        ("the same evening", "2025-04-28", "2025-04-28", "day", True,
         "Putin's statement on the Korean fighters was published on the Kremlin website"),
        ("on Tuesday", "2025-04-29", "2025-04-29", "day", True,
         "Peskov told reporters a memorial would be built in the Kursk region"),
        ("between November and April", "2024-11-01", "2025-04-30", "month", True,
         "Roughly 14,000 Korean servicemen rotated through the Kursk region (source close to the Defense Ministry)"),
        ("as of February", "2025-02-01", "2025-02-28", "month", True,
         "Ukraine's military intelligence put North Korean casualties at about 4,000"),
        ("in March", "2025-03-01", "2025-03-31", "month", True,
         "Korean artillery crews were 'decisive' near Sudzha (Severny Front)"),
    ],
}}
