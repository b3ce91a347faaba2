"""dev83_06_thehindu_recruits: The Hindu, published 2025-09-12 (Friday).

Row formats: see spec_01_abc.py.
"""
D = "dev83_06_thehindu_recruits"
MEA = ("Ministry of External Affairs (India)", "organisation", "India")
M = "Ministry of External Affairs (India)"
FAM = ("families of Indian recruits", "group", "India")
NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
N = "National Intelligence Service (South Korea)"
KAS = ("Nandini Kasturi", "person", "independent")

DOCS = {D: {
    "figures": [
        ("at least 27 Indians", 27, None, "at_least", "Indian", "personnel", 27, "count", M, 1),
        ("at least 27 Indians", 27, None, "at_least", "Indian", "personnel", 27, "count", "Randhir Jaiswal", 2),
        ("127 Indians", 127, None, "exact", "Indian", "personnel", 127, "count", M),
        ("of whom |12| had been killed", 12, None, "exact", "Indian", "casualties", 12, "count", M),
        ("and |16| were missing", 16, None, "exact", "Indian", "casualties", 16, "count", M),
        ("between ₹2 lakh and ₹3.5 lakh", 200000, 350000, "range", "", "money", 200000, "INR", "families of Indian recruits"),
        ("₹1.8 lakh", 180000, None, "exact", "", "money", 180000, "INR", "families of Indian recruits"),
        ("more than ₹4 crore", 40000000, None, "more_than", "", "money", 40000000, "INR", "Central Bureau of Investigation"),
        ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", N),
        ("6,000 troops", 6000, None, "exact", "troop", "personnel", 6000, "count", N),
    ],
    "attributions": [
        ("India asks Russia to release nationals serving in its Army", "asks", "India", "India", "government", "India", "indirect"),
        ("at least 27 Indians have been recruited since July", "says", "External Affairs Ministry", *MEA, "indirect"),
        ("they were lured with promises of non-combat jobs", "allege", "families", *FAM, "indirect"),
        ("India has asked Russia to “expeditiously” release and repatriate Indian nationals still serving with the Russian armed forces",
         "said", "the Ministry of External Affairs (MEA)", *MEA, "indirect"),
        ("at least 27 Indians were known to have been recruited since July, and that the Indian Embassy in Moscow had taken up each of their cases with the Russian authorities",
         "said", "MEA spokesperson Randhir Jaiswal", "Randhir Jaiswal", "person", "India", "indirect"),
        ("We have once again urged the Russian side to end this practice and to let our nationals come home,", "said",
         "Mr. Jaiswal", "Randhir Jaiswal", "person", "India", "direct"),
        ("127 Indians had joined the Russian Army since 2022, of whom 12 had been killed and 16 were missing", "According to",
         "the MEA", *MEA, "according_to"),
        ("that recruiting agents had charged between ₹2 lakh and ₹3.5 lakh per person for jobs advertised as “helpers” and “security staff”, with salaries of ₹1.8 lakh a month",
         "told", "Families in Kerala and Telangana", *FAM, "indirect"),
        ("the racket collected more than ₹4 crore from job-seekers", "said", "The Central Bureau of Investigation (CBI)",
         "Central Bureau of Investigation", "organisation", "India", "indirect"),
        ("that the government publish a full list of Indians still in Russia", "demanded", "The Congress party",
         "Indian National Congress", "organisation", "India", "indirect"),
        ("that about 2,000 North Korean soldiers had been killed fighting for Russia, and that Pyongyang had sent a further 6,000 troops, including engineers and deminers, since June",
         "told", "South Korea’s National Intelligence Service", *NIS, "indirect"),
        ("Prime Minister Narendra Modi raised the recruitment of Indians with Russian President Vladimir Putin when the two leaders met in Tianjin on September 1, on the sidelines of the Shanghai Cooperation Organisation (SCO) summit",
         "said", "official sources", "official sources", "group", "India", "indirect"),
        ("that North Korean soldiers had fought “courageously and heroically” in the Kursk region, and that Russia would “never forget” their sacrifice",
         "told", "Mr. Putin", "Vladimir Putin", "person", "Russia", "indirect"),
        ("Russia is drawing on every pool of manpower it can find, from Pyongyang’s regiments to unemployed young men in Hyderabad,",
         "said", "Nandini Kasturi", *KAS, "direct"),
        ("The difference is that North Korea sends its soldiers as a state, while our citizens are lured one by one.",
         "Hyderabad,” |said| Nandini", "Nandini Kasturi", *KAS, "direct"),
    ],
    "events": [
        ("since July", "2025-07-01", "2025-09-12", "open", True, "At least 27 Indians recruited into the Russian Army (MEA)", 1),
        ("on Thursday", "2025-09-11", "2025-09-11", "day", True,
         "MEA said India had asked Russia to release and repatriate Indian nationals serving in its forces"),
        ("since July", "2025-07-01", "2025-09-12", "open", True, "At least 27 Indians recruited into the Russian Army (Randhir Jaiswal)", 2),
        ("in July", "2025-07-01", "2025-07-31", "month", True, "MEA shared figures on Indians in the Russian Army with Parliament"),
        ("since 2022", "2022-01-01", "2025-09-12", "open", True, "127 Indians joined the Russian Army; 12 killed, 16 missing"),
        ("in 2024", "2024-01-01", "2024-12-31", "year", False, "CBI registered a case against a network of visa consultants"),
        ("on September 4", "2025-09-04", "2025-09-04", "day", True,
         "NIS told lawmakers about 2,000 North Korean soldiers had been killed fighting for Russia"),
        ("since June", "2025-06-01", "2025-09-12", "open", True, "Pyongyang sent a further 6,000 troops to Russia"),
        ("on September 1", "2025-09-01", "2025-09-01", "day", True,
         "Narendra Modi and Vladimir Putin met in Tianjin on the sidelines of the SCO summit"),
        ("Two days later", "2025-09-03", "2025-09-03", "day", True,
         "Kim Jong Un, Putin and Xi Jinping at the military parade in Beijing"),
    ],
}}
