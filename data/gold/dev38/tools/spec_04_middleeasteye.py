# dev38_04 — Middle East Eye, published 2025-02-12 (Wednesday). Anchor week: 2025-02-10..2025-02-16.
# Furniture (byline "MEE staff", published/updated lines, caption with credit, crossheads are kept as
# text but hold nothing, free-coverage and newsletter prompts, "Read More »" links, copyright line)
# carries no rows.
D = "dev38_04_middleeasteye_withdrawal_gulf"
BON = ("Taras Bondar", "person", "Ukraine")
HUR = ("Defence Intelligence of Ukraine", "organisation", "Ukraine")
NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
HAD = ("Leila Haddad", "person", "independent")
UKR = ("Ukraine", "government", "Ukraine")

DOCS = {D: {
    "figures": [
        # "about three weeks": a duration
        ("roughly 80 percent", 80, None, "approximately", "percent", "casualties", 80, "count", "Taras Bondar"),
        ("11,000 to 12,000 men", 11000, 12000, "range", "man", "personnel", 11000, "count",
         "Defence Intelligence of Ukraine"),
        ("close to 4,000 soldiers", 4000, None, "approximately", "soldier", "casualties", 4000, "count",
         "Defence Intelligence of Ukraine"),
        ("some 1,300 square kilometres", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2",
         "DeepState"),
        ("less than 500 square kilometres", 500, None, "less_than", "square kilometre", "territory", 500, "km2",
         "DeepState"),
        ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Ukraine"),
        ("more than a dozen prisoner exchanges", 12, None, "more_than", "prisoner exchange", "other", 12, "count", ""),
        ("roughly 1,000", 1000, None, "approximately", "body", "casualties", 1000, "count", "Leila Haddad"),
        ("an estimated €1.5bn", 1500000000, None, "approximately", "", "money", 1500000000, "EUR", "Leila Haddad"),
        ("more than 200 Fath-360 short-range missiles", 200, None, "more_than", "short-range missile", "weapons", 200,
         "count", "Western intelligence officials"),
    ],
    "attributions": [
        ("North Korean troops pulled from Kursk front after heavy losses", "says", "Ukraine", *UKR, "indirect"),
        ("Kyiv asks Gulf mediators to help with possible swap of captured North Koreans", "asks", "Kyiv", *UKR,
         "indirect"),
        ("North Korean troops sent to help Russia retake the Kursk region have been withdrawn from the front lines "
         "after suffering heavy casualties", "said", "Major Taras Bondar", *BON, "indirect"),
        ("We have not seen them in our sector for about three weeks. Most likely they were pulled back because of "
         "the losses,", "told", "Bondar", *BON, "direct"),
        ("that he could not rule out their return", "adding", "Bondar", *BON, "indirect"),
        ("drones accounted for roughly 80 percent of the North Korean casualties inflicted by his unit", "said", "He",
         *BON, "indirect"),
        ("that North Korea's contingent, once estimated at 11,000 to 12,000 men, had lost close to 4,000 soldiers "
         "killed, wounded or captured, and that Pyongyang was preparing to send reinforcements", "said",
         "Ukraine's military intelligence", *HUR, "indirect"),
        ("South Korea's spy agency did not confirm the withdrawal", "did not confirm", "South Korea's spy agency",
         *NIS, "indirect"),
        ("that North Korean units had not been observed in combat \"since mid-January\", and that the reason was "
         "unclear", "said", "the National Intelligence Service", *NIS, "indirect"),
        ("Moscow has never formally acknowledged the deployment", "has never formally acknowledged", "Moscow",
         "Russia", "government", "Russia", "indirect"),
        ("that its forces had recaptured the village of Sverdlikovo", "claimed", "Russia's defence ministry",
         "Russian Defense Ministry", "organisation", "Russia", "indirect"),
        ("Ukraine, which once held some 1,300 square kilometres of Russian territory in Kursk, now controls less than "
         "500 square kilometres", "according to", "the open-source mapping project DeepState", "DeepState",
         "organisation", "independent", "according_to"),
        ("that Kyiv had asked the United Arab Emirates to help arrange an exchange of the two North Korean soldiers "
         "captured in January", "told Middle East Eye", "A senior Ukrainian official", "senior Ukrainian official",
         "group", "Ukraine", "indirect"),
        ("Kyiv had asked the United Arab Emirates to help arrange an exchange of the two North Korean soldiers "
         "captured in January", "asked", "Kyiv", *UKR, "indirect"),
        # "The UAE ... did not respond to a request for comment." -> no statement
        ("Abu Dhabi \"remains ready to facilitate humanitarian solutions\" but would not discuss specific cases",
         "said", "An Emirati official", "Emirati official", "group", "United Arab Emirates", "indirect"),
        # "North Korea's embassy in Moscow could not be reached." -> no statement
        ("Unlike North Korea, Iran has not sent troops, and it is unlikely to,", "said", "Leila Haddad", *HAD,
         "direct"),
        ("Tehran sells Moscow hardware. Pyongyang sells it bodies - roughly 1,000 of them a month, if you believe "
         "Kyiv's figures.", "said", "Leila Haddad", *HAD, "direct"),
        ("Russia has paid Iran in wheat, cash and technical help, with Tehran receiving an estimated €1.5bn in "
         "payments since 2023", "According to", "Haddad", *HAD, "according_to"),
        ("that any Iranian drones or missiles were sent to Russia for use in Ukraine", "denied", "Iranian officials",
         "Iranian officials", "group", "Iran", "indirect"),
        ("Iran transferred more than 200 Fath-360 short-range missiles to Russia last September", "say",
         "Western intelligence officials", "Western intelligence officials", "group", "West", "indirect"),
        ("a claim Tehran dismissed as \"baseless\"", "dismissed", "Tehran", "Iran", "government", "Iran", "indirect"),
        ("the Kursk experience would be studied closely in Iran's Islamic Revolutionary Guard Corps, which she said "
         "was \"learning from both Ukraine's drones and North Korea's mistakes\"", "Haddad |said| the Kursk",
         "Haddad", *HAD, "indirect"),
        ("was \"learning from both Ukraine's drones and North Korea's mistakes\"", "which she |said| was", "she", *HAD,
         "indirect"),
        ("Kim Jong Un, meanwhile, is expected to visit Moscow later this year", "according to", "Russian state media",
         "Russian state media", "media", "Russia", "according_to"),
    ],
    "events": [
        ("on Tuesday", "2025-02-11", "2025-02-11", "day", True,
         "Taras Bondar said North Korean troops had been withdrawn from the Kursk front lines"),
        ("last week", "2025-02-03", "2025-02-09", "week", True,
         "Ukraine's military intelligence said North Korea had lost close to 4,000 soldiers"),
        ("on 4 February", "2025-02-04", "2025-02-04", "day", True, "NIS briefing to South Korean lawmakers"),
        ("since mid-January", "2025-01-11", "2025-02-12", "open", True,
         "North Korean units not observed in combat (NIS)"),
        ("on Monday", "2025-02-10", "2025-02-10", "day", True,
         "Russia's defence ministry claimed the recapture of Sverdlikovo"),
        ("in January", "2025-01-01", "2025-01-31", "month", True, "Two North Korean soldiers were captured", 1),
        ("since 2022", "2022-01-01", "2025-02-12", "open", True, "Iran has supplied Russia with Shahed drones"),
        ("in January", "2025-01-01", "2025-01-31", "month", True,
         "Iran signed a comprehensive strategic partnership treaty with Russia", 2),
        ("since 2023", "2023-01-01", "2025-02-12", "open", True,
         "Iran received an estimated EUR 1.5bn in Russian payments (Haddad)"),
        ("last September", "2024-09-01", "2024-09-30", "month", True,
         "Iran transferred more than 200 Fath-360 missiles to Russia (Western intelligence)"),
        ("later this year", "2025-02-13", "2025-12-31", "year", True, "Kim Jong Un expected to visit Moscow"),
    ],
}}
