# dev24_04: Taipei Times. The manifest has NO published date; the page's own date line
# "Sat, Mar 01, 2025 - Page 5" is taken as the anchor (Saturday 2025-03-01), and "yesterday" is
# Friday 2025-02-28. Row formats: see spec_01_yomiuri.py.
NIS = "National Intelligence Service (South Korea)"
GS = "General Staff of the Armed Forces of Ukraine"
TKA = "Yurii Tkachenko"
LIN = "Lin Yu-ting"
RMOD = "Russian Defense Ministry"

DOCS = {
    "dev24_04_taipeitimes_kursk_return": {
        "figures": [
            ("1,000 to 3,000 soldiers", 1000, 3000, "range", "soldier", "personnel", 1000, "count", NIS),
            ("the |11,000| it sent", 11000, None, "exact", "soldier", "personnel", 11000, "count", NIS),
            ("10 to 15 men", 10, 15, "range", "man", "personnel", 10, "count", TKA),
            ("up to 200 soldiers", 200, None, "at_most", "soldier", "personnel", 200, "count", TKA),
            ("1,000 to 3,000 more troops", 1000, 3000, "range", "troop", "personnel", 1000, "count", NIS),
            ("some 4,000", 4000, None, "approximately", "soldier", "casualties", 4000, "count", NIS),
            ("roughly 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", NIS),
            ("dozens of KN-23 and KN-24 ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24,
             "count", NIS),
            ("up to 60 kilometers", 60, None, "at_most", "kilometer", "territory", 60, "km", LIN),
            ("NT$4.5 million", 4.5e6, None, "exact", "", "money", 4.5e6, "TWD", LIN),
            ("US$137,000", 137000, None, "exact", "", "money", 137000, "USD", LIN),
            ("more than 800 square kilometers", 800, None, "more_than", "square kilometer", "territory", 800, "km2",
             RMOD),
            ("less than 400 square kilometers", 400, None, "less_than", "square kilometer", "territory", 400, "km2",
             RMOD),
            ("about 150,000 rubles", 150000, None, "approximately", "ruble", "money", 150000, "RUB", "Nord Dispatch"),
            ("US$1,700", 1700, None, "exact", "", "money", 1700, "USD", "Nord Dispatch"),
        ],
        "attributions": [
            ("N Korean troops back on Kursk front", "front: |Kyiv|\nNEW", "Kyiv", "Ukraine", "government", "Ukraine",
             "indirect"),
            ("Pyongyang has sent an additional 1,000 to 3,000 soldiers to Russia, on top of the 11,000 it sent last "
             "year", "believes", "Seoul’s spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("North Korean troops have returned to combat in Russia’s Kursk region after an absence of about three "
             "weeks", "said", "Ukraine’s General Staff", GS, "organisation", "Ukraine", "indirect"),
            ("that Pyongyang had quietly sent reinforcements", "reported", "Seoul’s spy agency", NIS, "organisation",
             "South Korea", "indirect"),
            ("The enemy has again thrown units of the Korean People’s Army into assaults near the villages of "
             "Sverdlikovo and Nikolayevo-Darino,", "told", "Major Yurii Tkachenko", TKA, "person", "Ukraine",
             "direct"),
            ("the North Koreans were now attacking in smaller groups of 10 to 15 men, rather than in the company-sized "
             "waves of up to 200 soldiers seen in December, and that they had become “noticeably better” at evading "
             "drones", "said", "He", TKA, "person", "Ukraine", "indirect"),
            ("South Korea’s National Intelligence Service (NIS) told lawmakers on Thursday that the North had "
             "dispatched 1,000 to 3,000 more troops since January, and that some 4,000 of the roughly 11,000 soldiers "
             "sent last year had been killed or wounded", "according to", "Lee Seong-kweun", "Lee Seong-kweun",
             "person", "South Korea", "according_to"),
            ("that the North had dispatched 1,000 to 3,000 more troops since January, and that some 4,000 of the "
             "roughly 11,000 soldiers sent last year had been killed or wounded", "told lawmakers",
             "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            ("Pyongyang has supplied Moscow with dozens of KN-23 and KN-24 ballistic missiles", "believes", "The NIS",
             NIS, "organisation", "South Korea", "indirect"),
            ("have struck cities including Kyiv and Kharkiv", "says", "Ukraine", "Ukraine", "government", "Ukraine",
             "indirect"),
            ("the North Korean experience was being studied closely by China’s People’s Liberation Army (PLA)", "said",
             "defense analysts", "defense analysts", "group", "independent", "indirect"),
            ("Beijing is watching how a force that has not fought a war in 70 years adapts to a drone-saturated "
             "battlefield, and it is drawing conclusions for any future operation in the Taiwan Strait,", "said",
             "Lin Yu-ting", LIN, "person", "independent", "direct"),
            ("the Ministry of National Defense had set up a task force in January to compile lessons from the Kursk "
             "fighting, including the North’s use of 170mm Koksan guns at ranges of up to 60 kilometers", "said",
             "Lin", LIN, "person", "independent", "indirect"),
            ("The council’s own study, funded by a NT$4.5 million (US$137,000) grant, is due to be published in June",
             "said", "she", LIN, "person", "independent", "indirect"),
            ("that its forces had retaken “more than 800 square kilometers” of the Kursk region since Ukraine’s "
             "incursion began in August 2024, leaving Kyiv in control of less than 400 square kilometers", "said",
             "Russia’s Ministry of Defense", RMOD, "organisation", "Russia", "indirect"),
            ("Ukrainian officials dispute those figures", "dispute", "Ukrainian officials", "Ukrainian officials",
             "group", "Ukraine", "indirect"),
            ("that Moscow pays each North Korean soldier about 150,000 rubles (US$1,700) a month, most of which is "
             "transferred directly to Pyongyang", "reported",
             "the Latvia-based Russian-language outlet Nord Dispatch", "Nord Dispatch", "media", "independent",
             "indirect"),
            ("another fabrication.", "dismissed", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person",
             "Russia", "direct"),
        ],
        "events": [
            ("last year", "2024-01-01", "2024-12-31", "year", True,
             "North Korea sent about 11,000 soldiers to Russia (sub-headline)", 1),
            ("yesterday", "2025-02-28", "2025-02-28", "day", True,
             "Ukraine's General Staff said North Korean troops had returned to combat in Kursk", 1),
            ("in December", "2024-12-01", "2024-12-31", "month", True,
             "North Koreans attacked in company-sized waves of up to 200 soldiers"),
            ("on Thursday", "2025-02-27", "2025-02-27", "day", True,
             "NIS told lawmakers the North had dispatched 1,000 to 3,000 more troops"),
            ("since January", "2025-01-01", "2025-03-01", "open", True,
             "North Korea dispatched 1,000 to 3,000 more troops to Russia"),
            ("last year", "2024-01-01", "2024-12-31", "year", True, "About 11,000 North Korean soldiers were sent", 2),
            ("in January", "2025-01-01", "2025-01-31", "month", True,
             "Taiwan's Ministry of National Defense set up a task force on lessons from Kursk"),
            ("in June", "2025-06-01", "2025-06-30", "month", True,
             "The Formosa Strategic Studies Council study is due to be published"),
            ("yesterday", "2025-02-28", "2025-02-28", "day", True,
             "Taiwan's defense ministry declined to comment on Lin's remarks", 2),
            ("on Feb. 24", "2025-02-24", "2025-02-24", "day", True,
             "Russia's Ministry of Defense said it had retaken more than 800 square kilometers of Kursk"),
            ("in August 2024", "2024-08-01", "2024-08-31", "month", False, "Ukraine's incursion into Kursk began"),
            ("on Wednesday", "2025-02-26", "2025-02-26", "day", True,
             "Dmitry Peskov dismissed the Nord Dispatch report as another fabrication"),
        ],
    },
}
