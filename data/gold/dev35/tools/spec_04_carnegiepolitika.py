# dev35_04_carnegiepolitika_acknowledgment  (anchor: manifest published 2025-05-06, a Tuesday)
NIS = "National Intelligence Service (South Korea)"
GS = "General Staff of the Armed Forces of Ukraine"
KRA = "Kursk regional authorities"
DOCS = {
"dev35_04_carnegiepolitika_acknowledgment": {
"figures": [
    ("roughly 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
    ("some 4,700", 4700, None, "approximately", "troop", "casualties", 4700, "count", NIS),
    ("about 600 soldiers", 600, None, "approximately", "soldier", "casualties", 600, "count", NIS),
    ("more than 6,000", 6000, None, "more_than", "casualty", "casualties", 6000, "count", GS),
    ("1 million rubles", 1e6, None, "exact", "ruble", "money", 1e6, "RUB", KRA),
    ("about $12,000", 12000, None, "approximately", "dollar", "money", 12000, "USD", KRA),
    ("13.5 trillion rubles", 1.35e13, None, "exact", "ruble", "money", 1.35e13, "RUB", ""),
    ("40 billion to 60 billion rubles", 4e10, 6e10, "range", "ruble", "money", 4e10, "RUB", "Andrei Sizov"),
],
"attributions": [
    ("the North Koreans Were There", "Admitted", "Moscow", "Russia", "government", "Russia", "indirect"),
    ("a matter for the Defense Ministry,", "called", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "direct"),
    ('that Kursk region had been "completely liberated."', "told", "Chief of the General Staff Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
    ('''that servicemen of the Korean People's Army had shown "high professionalism, fortitude, courage and heroism."''', "saying",
     "he", "Valery Gerasimov", "person", "Russia", "indirect"),
    ("that its units had taken part in the operation on Kim Jong Un's orders", "confirmed", "North Korea's Central Military Commission",
     "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
    ('Putin issued a statement thanking "Comrade Kim Jong Un" and the North Korean people', "issued a statement", "Putin", "Vladimir Putin", "person", "Russia", "indirect"),
    ('the soldiers had fought "for justice"', "himself |said| the soldiers", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
    ("promised a monument in Pyongyang", "promised", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
    ("that of the roughly 15,000 troops Pyongyang has sent since last October, some 4,700 have been killed or wounded, including about 600 soldiers killed",
     "estimated", "South Korea's NIS", NIS, "organisation", "South Korea", "indirect"),
    ("Ukraine's General Staff puts North Korean casualties at more than 6,000", "puts", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
    ("The decision to go public was taken at the very top, and it was taken only once Kursk was safe to talk about,", "told me",
     "a Russian official familiar with the preparations", "Russian official", "group", "Russia", "direct"),
    ('that the "special military operation" needs no outside help', "have told", "state media", "Russian state media", "media", "Russia", "indirect"),
    ("that admitting foreign troops would hand Kyiv a propaganda victory", "complained", "pro-war bloggers", "pro-war bloggers", "group", "Russia", "indirect"),
    ('that the North Koreans had "shed blood for Russian soil, as our grandfathers did for theirs."', "wrote",
     "Pro-Kremlin commentator Sergei Markov", "Sergei Markov", "person", "Russia", "indirect"),
    ("Regional authorities in Kursk have promised 1 million rubles (about $12,000) to every resident whose home was destroyed", "promised",
     "Regional authorities in Kursk", KRA, "organisation", "Russia", "indirect"),
    ("rebuilding the Sudzha district alone could cost 40 billion to 60 billion rubles", "According to", "Andrei Sizov", "Andrei Sizov", "person", "independent", "according_to"),
    ("much of the unskilled work will be done by people who do not complain to journalists.", "According to", "Andrei Sizov", "Andrei Sizov", "person", "independent", "direct"),
    ("Kim did not send his soldiers to Kursk for a medal ceremony.", "put it", "Seoul-based analyst Park Ji-hoon", "Park Ji-hoon", "person", "independent", "direct"),
],
"events": [
    ("On Saturday, April 26", "2025-04-26", "2025-04-26", "day", True, "Gerasimov told Putin Kursk region had been 'completely liberated' and praised North Korean servicemen"),
    ("On April 28", "2025-04-28", "2025-04-28", "day", True, "North Korea's Central Military Commission confirmed its units fought in Kursk; Putin thanked Kim"),
    ("on April 30", "2025-04-30", "2025-04-30", "day", True, "NIS briefed lawmakers: ~4,700 of ~15,000 North Korean troops killed or wounded"),
    ("since last October", "2024-10-01", "2025-05-06", "open", True, "Pyongyang has sent roughly 15,000 troops to Russia"),
    ("on May 9", "2025-05-09", "2025-05-09", "day", True, "80th anniversary Victory Day parade in Moscow (upcoming)"),
    ("last week", "2025-04-28", "2025-05-04", "week", True, "Sergei Markov wrote on Telegram that the North Koreans had shed blood for Russian soil"),
],
},
}
