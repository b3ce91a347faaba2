# dev59_06_kazinform_beijing -- Kazinform, published 2025-09-04 (Thu); anchor 2025-09-04.
# Row formats as in spec_01_eurasianet.py.
D = "dev59_06_kazinform_beijing"
PUTIN = "Vladimir Putin"
KIM = "Kim Jong Un"
NIS = "National Intelligence Service (South Korea)"
RM = "Ruslan Mukhametzhanov"
KTZ = "Kazakhstan Temir Zholy"
LEAD = ("Russian President Vladimir Putin thanked North Korean leader Kim Jong Un for the participation of Korean "
        "servicemen in the \"liberation\" of the Kursk region during their talks in Beijing on Wednesday")
DOCS = {D: {
"figures": [
    ("more than 20 foreign leaders", 20, None, "more_than", "leader", "other", 20, "count", ""),
    ("around 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", "South Korea"),
    ("6,000 North Korean personnel", 6000, None, "exact", "personnel", "personnel", 6000, "count", "Sergei Shoigu"),
    ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
    ("some 200 howitzers", 200, None, "approximately", "howitzer", "weapons", 200, "count", "Joint Chiefs of Staff (South Korea)"),
    ("as many as 12 million artillery shells", 12e6, None, "at_most", "artillery shell", "weapons", 12e6, "count", "Joint Chiefs of Staff (South Korea)"),
    ("about 1 kilometer", 1, None, "approximately", "kilometer", "territory", 1, "km", RM),
    ("about 9 billion roubles", 9e9, None, "approximately", "rouble", "money", 9e9, "RUB", RM),
    ("17.8 million tons", 17.8e6, None, "exact", "ton", "other", 17.8e6, "count", KTZ),
    ("1.2 trillion tenge", 1.2e12, None, "exact", "tenge", "money", 1.2e12, "KZT", ""),
    ("about $2.3 billion", 2.3e9, None, "approximately", "", "money", 2.3e9, "USD", ""),
],
"attributions": [
    ("Putin thanks Kim Jong Un for North Korean troops’ role in Kursk", "thanks",
     "Putin", PUTIN, "person", "Russia", "indirect"),
    (LEAD, "thanked", "Russian President Vladimir Putin", PUTIN, "person", "Russia", "indirect"),
    (LEAD, "cites", "TASS", "TASS", "media", "Russia", "indirect"),
    ("Your soldiers fought courageously and heroically. We will never forget the sacrifices your armed forces and the families of your servicemen have made,",
     "told", "Putin", PUTIN, "person", "Russia", "direct"),
    ("that helping Russia was a \"fraternal duty\" and that Pyongyang would \"do everything it can\" to assist the Russian people",
     "said", "Kim", KIM, "person", "North Korea", "indirect"),
    ("North Korea deployed around 15,000 troops to Russia last year", "according to",
     "South Korean estimates", "South Korea", "government", "South Korea", "according_to"),
    ("Pyongyang and Moscow acknowledged the deployment for the first time", "acknowledged",
     "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
    ("Pyongyang and Moscow acknowledged the deployment for the first time", "acknowledged",
     "Moscow", "Russia", "government", "Russia", "indirect"),
    ("a further 6,000 North Korean personnel would be sent to the Kursk region to clear mines and rebuild infrastructure",
     "said", "Russian Security Council Secretary Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
    ("that about 2,000 North Korean soldiers had been killed in Russia’s war with Ukraine", "told lawmakers",
     "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("that Pyongyang had also shipped some 200 howitzers and as many as 12 million artillery shells to Russia", "said",
     "The South Korean military’s Joint Chiefs of Staff", "Joint Chiefs of Staff (South Korea)", "organisation", "South Korea", "indirect"),
    ("the rapprochement between Moscow and Pyongyang has limited direct implications for Central Asia but may affect transport routes in the region",
     "say", "Kazakh experts", "Kazakh experts", "group", "independent", "indirect"),
    ("that the road bridge across the Tumen River between Russia’s Khasan and North Korea’s Tumangang, whose construction began on April 30 at a cost of about 9 billion roubles, would give Moscow a new overland link to the Rason port zone",
     "told Kazinform", "Ruslan Mukhametzhanov", RM, "person", "independent", "indirect"),
    ("For Kazakhstan, the priority is the Middle Corridor and the routes to China. The Korean bridge is about 1 kilometer long; its significance is political, not logistical,",
     "said", "he", RM, "person", "independent", "direct"),
    ("Transit freight through Kazakhstan reached 17.8 million tons in January-July, up 13 percent year-on-year",
     "reported", "Kazakhstan Temir Zholy national company", KTZ, "organisation", "Kazakhstan", "indirect"),
    ("Upwards of 70 percent of the transit flows between China and Europe via Kazakhstan pass through the Dostyk and Altynkol crossings",
     "said", "the company", KTZ, "organisation", "Kazakhstan", "indirect"),
],
"events": [
    ("on Wednesday", "2025-09-03", "2025-09-03", "day", True,
     "Putin thanked Kim Jong Un for North Korean troops' role in Kursk during talks in Beijing"),
    ("last year", "2024-01-01", "2024-12-31", "year", True,
     "North Korea deployed around 15,000 troops to Russia"),
    ("In April", "2025-04-01", "2025-04-30", "month", True,
     "Pyongyang and Moscow acknowledged the deployment for the first time"),
    ("in June", "2025-06-01", "2025-06-30", "month", True,
     "Shoigu said a further 6,000 North Korean personnel would be sent to Kursk"),
    ("this week", "2025-09-01", "2025-09-07", "week", True,
     "South Korea's NIS told lawmakers about 2,000 North Korean soldiers had been killed"),
    ("in July", "2025-07-01", "2025-07-31", "month", True,
     "South Korea's JCS said Pyongyang had shipped some 200 howitzers and up to 12 million shells to Russia"),
    ("on September 2", "2025-09-02", "2025-09-02", "day", True,
     "Kim Jong Un arrived in Beijing by armored train"),
    ("on April 30", "2025-04-30", "2025-04-30", "day", True,
     "Construction of the Tumen River road bridge (Khasan-Tumangang) began"),
    ("in January-July", "2025-01-01", "2025-07-31", "month", True,
     "Transit freight through Kazakhstan reached 17.8 million tons"),
    ("through 2030", "2025-09-04", "2030-12-31", "open", True,
     "KTZ earmarked 1.2 trillion tenge for new lines and border-crossing modernization"),
],
}}
