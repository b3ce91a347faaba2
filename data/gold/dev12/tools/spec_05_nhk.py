# dev12_05_nhk_shoigu_workers -- anchor 2025-06-18 (Wednesday), from the manifest.
# The headline's "Russian official" is Shoigu (the body names him for the same statement), so it takes his
# canonical name.
# Not annotated (traps): "Jun. 18, 2025 12:37 JST", "Watch video 1:52", "his second visit", "more than six
# months" (duration), "the first units", the "Related Articles" list (headlines with 4,700 soldiers and an
# "S.Korea:" tag, and their dates).

SHO = ("Sergei Shoigu", "person", "Russia")
NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
KCNA = ("Korean Central News Agency", "media", "North Korea")
HAY = ("Hayashi Yoshimasa", "person", "Japan")
TAN = ("Tanabe Kazuhiro", "person", "independent")
N = "National Intelligence Service (South Korea)"

DOCS = {"dev12_05_nhk_shoigu_workers": {
    "figures": [
        ("6,000 workers", 6000, None, "exact", "worker", "personnel", 6000, "count", "Sergei Shoigu"),
        ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Sergei Shoigu"),
        ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", "Sergei Shoigu"),
        ("about 300 deminers", 300, None, "approximately", "deminer", "personnel", 300, "count", "Russian state media"),
        ("3,000 troops", 3000, None, "exact", "troop", "personnel", 3000, "count", "South Korea"),
        ("about 4,700 North Korean soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count", N),
        ("around 600 deaths", 600, None, "approximately", "death", "casualties", 600, "count", N),
    ],
    "attributions": [
        ("N.Korea to send 6,000 workers to Kursk", "says", "Russian official", *SHO, "indirect"),
        ("North Korea will send 1,000 deminers and 5,000 military construction workers to Russia's western region of Kursk", "says",
         "Russia's Security Council Secretary Sergei Shoigu", *SHO, "indirect"),
        ("that the deminers would clear mines left by Ukrainian forces and that the construction workers would help rebuild infrastructure destroyed in the fighting",
         "told Russian media", "Shoigu", *SHO, "indirect"),
        ("Russia would build a memorial in Kursk to North Korean soldiers who died fighting there", "said", "He", *SHO, "indirect"),
        ("that a first group of about 300 deminers could arrive in Kursk as early as next month", "reported",
         "Russian state media", "Russian state media", "media", "Russia", "indirect"),
        ("that Moscow was turning to North Korean labor because it could no longer find enough workers of its own", "said",
         "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("that Kim and Shoigu had reached \"a full consensus\" on bilateral cooperation", "reported",
         "North Korea's state-run Korean Central News Agency", *KCNA, "indirect"),
        ("Kim told Shoigu that North Korea would \"unconditionally support\" Russia's position on all major issues", "said", "KCNA", *KCNA, "indirect"),
        ("that North Korea would \"unconditionally support\" Russia's position on all major issues", "told Shoigu", "Kim",
         "Kim Jong Un", "person", "North Korea", "indirect"),
        ("it is closely watching the situation", "says", "South Korea's military", "South Korean military", "organisation", "South Korea", "indirect"),
        ("that Seoul believes a further 3,000 troops may have been sent to Russia since the start of the year", "told NHK",
         "An official at the Joint Chiefs of Staff", "Joint Chiefs of Staff (South Korea)", "group", "South Korea", "indirect"),
        ("a further 3,000 troops may have been sent to Russia since the start of the year", "believes", "Seoul",
         "South Korea", "government", "South Korea", "indirect"),
        ("that about 4,700 North Korean soldiers had been killed or wounded in the fighting, including around 600 deaths", "said",
         "South Korea's National Intelligence Service", *NIS, "indirect"),
        ("he wants to reopen dialogue with Pyongyang", "said", "South Korea's new president, Lee Jae-myung",
         "Lee Jae-myung", "person", "South Korea", "indirect"),
        ("that Tokyo is \"seriously concerned\" about the deepening military cooperation between Russia and North Korea", "told reporters",
         "Japan's Chief Cabinet Secretary Hayashi Yoshimasa", *HAY, "indirect"),
        ("Japan will continue to work closely with the United States and South Korea,", "said", "Hayashi", *HAY, "direct"),
        ("that the government would keep gathering information", "added", "He", *HAY, "indirect"),
        ("that it had sent troops to Kursk", "acknowledged", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("the construction workers are likely to be soldiers from engineering units", "says",
         "Professor Tanabe Kazuhiro of Hokuriku University, an expert on North Korea's military", *TAN, "indirect"),
        ("Pyongyang is turning its soldiers into an export product. Each dispatch brings in money and technology that the sanctions are supposed to block.",
         "He |says|, \"Pyongyang", "He", *TAN, "direct"),
        ("Pyongyang is likely to ask Moscow for help with its reconnaissance satellite and nuclear submarine programs in return", "says",
         "Tanabe", *TAN, "indirect"),
    ],
    "events": [
        ("Pyongyang |on Tuesday| for talks", "2025-06-17", "2025-06-17", "day", True, "Shoigu held talks with Kim Jong Un in Pyongyang"),
        ("this month", "2025-06-01", "2025-06-30", "month", True, "Shoigu's second visit to North Korea"),
        ("next month", "2025-07-01", "2025-07-31", "month", True, "A first group of ~300 North Korean deminers could arrive in Kursk"),
        ("on Tuesday night", "2025-06-17", "2025-06-17", "day", True, "Zelensky said in a video address Moscow was turning to North Korean labor"),
        ("reported |on Wednesday|", "2025-06-18", "2025-06-18", "day", True, "KCNA reported Kim and Shoigu reached a full consensus"),
        ("since the start of the year", "2025-01-01", "2025-06-18", "open", True, "A further 3,000 North Korean troops may have been sent to Russia"),
        ("in late April", "2025-04-21", "2025-04-30", "month", True, "NIS said ~4,700 North Korean soldiers killed or wounded"),
        ("on June 4", "2025-06-04", "2025-06-04", "day", True, "Lee Jae-myung took office as South Korea's president"),
        ("told reporters |on Wednesday|", "2025-06-18", "2025-06-18", "day", True, "Hayashi said Tokyo is seriously concerned about Russia-North Korea cooperation"),
        ("in June 2024", "2024-06-01", "2024-06-30", "month", False, "North Korea and Russia signed the Comprehensive Strategic Partnership Treaty"),
        ("in April", "2025-04-01", "2025-04-30", "month", True, "Pyongyang acknowledged it had sent troops to Kursk"),
    ],
}}
