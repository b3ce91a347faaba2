"""dev53_02: Meduza digest of pro-war bloggers. Manifest date EMPTY; anchor 2024-12-20 (Friday) from the
page's date line "5:31 pm, December 20, 2024".  Row formats as in spec_01."""
D = "dev53_02_meduza_zbloggers"
HUR = "Defence Intelligence of Ukraine"
POD = "Yuri Podolyaka"
RYB = "Rybar"
OP = "Okopnaya Pravda"
CMD = "Russian company commander"
SSO = "Special Operations Forces (Ukraine)"

DOCS = {D: {
"figures": [
    ("at least 200 North Korean soldiers", 200, None, "at_least", "soldier", "casualties", 200, "count", HUR),
    ("about 3 million subscribers", 3000000, None, "approximately", "subscriber", "other", 3000000, "count", ""),
    ("two to three kilometers", 2, 3, "range", "kilometer", "territory", 2, "km", POD),
    ("about 40 square kilometers", 40, None, "approximately", "square kilometer", "territory", 40, "km2", RYB),
    ("17 wounded North Koreans", 17, None, "exact", "north korean", "casualties", 17, "count", CMD),
    ("210,000 rubles", 210000, None, "exact", "ruble", "money", 210000, "RUB", "Arkady Shtyrin"),
    ("up to 1,000 more North Korean soldiers", 1000, None, "at_most", "soldier", "personnel", 1000, "count", "Andriy Kovalenko"),
],
"attributions": [
    ("Kyiv first reported their arrival in late October", "reported", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
    ("that North Korean units had joined Russian assaults near Malaya Loknya and Kurilovka over the weekend, and that at least 200 North Korean soldiers had been killed or wounded",
     "reported", "Ukraine’s military intelligence agency (HUR)", HUR, "organisation", "Ukraine", "indirect"),
    ("that the first North Korean assaults had been “costly.”", "admitted", "Yuri Podolyaka", POD, "person", "Russia", "indirect"),
    ("They walk straight at the machine guns, in lines, the way armies fought in the last century,", "wrote", "he", POD, "person", "Russia", "direct"),
    ("that Ukrainian reports of losses were “inflated tenfold” and that the Koreans had pushed forward “two to three kilometers” near Kurilovka",
     "insisted", "he", POD, "person", "Russia", "indirect"),
    ("that the North Koreans were being used “correctly, for now” — in small groups following Russian assault units", "said", "it", RYB, "media", "Russia", "indirect"),
    ("dismissed the Ukrainian casualty figures as “information warfare.”", "dismissed", "it", RYB, "media", "Russia", "indirect"),
    ("showed Russian forces had recaptured about 40 square kilometers of the Kursk region since the start of December", "said", "it", RYB, "media", "Russia", "indirect"),
    ("it is run by an officer of the 810th Marine Brigade", "says", "which", OP, "media", "Russia", "indirect"),
    ("a screenshot from a chat of Russian company commanders", "described", "it", OP, "media", "Russia", "indirect"),
    ("that the Koreans “don’t understand drones at all” and that his men had to evacuate 17 wounded North Koreans in a single night",
     "complains", "one officer", CMD, "group", "Russia", "indirect"),
    ("that it was publishing the exchange “so that someone at the top reads it.”", "wrote", "The channel", OP, "media", "Russia", "indirect"),
    ("that Russian contract soldiers in Kursk were paid 210,000 rubles a month while their allies were getting “rice and slogans.”",
     "complained", "Arkady Shtyrin", "Arkady Shtyrin", "person", "Russia", "indirect"),
    ("Several other channels repeated the complaint", "repeated", "Several other channels", "pro-war Telegram channels", "group", "Russia", "indirect"),
    ("shows SSO drones striking a group of North Korean soldiers in a forest belt near Kurilovka", "according to", "its caption", SSO, "organisation", "Ukraine", "according_to"),
    ("The DPRK’s ‘elite’ lasted about three minutes,", "wrote", "the SSO", SSO, "organisation", "Ukraine", "direct"),
    ("that Russia had begun moving up to 1,000 more North Korean soldiers toward Sudzha", "said", "Andriy Kovalenko", "Andriy Kovalenko", "person", "Ukraine", "indirect"),
    ("that Russian forces would “definitely” drive the Ukrainian army out of the Kursk region", "said", "he", "Vladimir Putin", "person", "Russia", "indirect"),
],
"events": [
    ("in late October", "2024-10-21", "2024-10-31", "month", True, "Kyiv first reported the arrival of North Korean soldiers in the Kursk region"),
    ("this week", "2024-12-16", "2024-12-22", "week", True, "Russian pro-war channels began discussing the North Korean troops openly"),
    ("on Monday", "2024-12-16", "2024-12-16", "day", True, "HUR reported North Korean units joined Russian assaults, at least 200 killed or wounded"),
    ("over the weekend", "2024-12-14", "2024-12-15", "day", True, "North Korean units joined Russian assaults near Malaya Loknya and Kurilovka"),
    ("on Tuesday", "2024-12-17", "2024-12-17", "day", True, "Podolyaka admitted the first North Korean assaults had been costly"),
    ("post |on Wednesday|,", "2024-12-18", "2024-12-18", "day", True, "Rybar said the North Koreans were being used 'correctly, for now'"),
    ("since the start of December", "2024-12-01", "2024-12-20", "open", True, "Russian forces recaptured about 40 km2 of the Kursk region (Rybar map)"),
    ("a |Thursday| post", "2024-12-19", "2024-12-19", "day", True, "Shtyrin complained Russian contract soldiers are paid 210,000 rubles while allies get 'rice and slogans'"),
    ("|On Wednesday|, Ukraine", "2024-12-18", "2024-12-18", "day", True, "SSO published video of drones striking North Korean soldiers near Kurilovka"),
    ("said |on Thursday| that", "2024-12-19", "2024-12-19", "day", True, "Kovalenko said Russia began moving up to 1,000 more North Korean soldiers toward Sudzha"),
    ("|On Thursday|, during", "2024-12-19", "2024-12-19", "day", True, "Putin's annual Direct Line: Russian forces would drive Ukraine out of the Kursk region"),
],
}}
