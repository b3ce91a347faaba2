# dev98_03: Gazeta Olsztyńska (Polish regional paper, English edition), city council funds refugee
# support and hears a UWM political scientist on North Korean troops.
# Anchor: the manifest row has NO published date; the page's own date line "14.05.2025 09:12"
# (Polish day.month.year) gives 2025-05-14 (Wednesday). The date line itself is furniture, not an event.
# Row formats as in spec_01_koreadaily.py.

AW = "Agnieszka Wróblewska"
NIS = "National Intelligence Service (South Korea)"
MOPS = "Municipal Social Welfare Centre (Olsztyn)"
OM = "Olena Marchuk"

DOCS = {
    "dev98_03_gazetaolsztynska_council_refugees": {
        "figures": [
            ("PLN 1.8 million", 1.8e6, None, "exact", "", "money", 1.8e6, "PLN", "", 1),
            ("PLN 1.8 million", 1.8e6, None, "exact", "", "money", 1.8e6, "PLN", "", 2),
            ("PLN 5.6 million", 5.6e6, None, "exact", "", "money", 5.6e6, "PLN", ""),
            ("450,000 zlotys", 450000, None, "exact", "zloty", "money", 450000, "PLN", ""),
            ("about 6,200 Ukrainians", 6200, None, "approximately", "ukrainian", "other", 6200, "count", MOPS),
            ("nearly 9,000", 9000, None, "approximately", "ukrainian", "other", 9000, "count", MOPS),
            ("at least 900", 900, None, "at_least", "child", "other", 900, "count", "Katarzyna Nowak"),
            ("well over 14,000 soldiers", 14000, None, "more_than", "soldier", "personnel", 14000, "count", AW),
            ("roughly 60 kilometres", 60, None, "approximately", "kilometre", "territory", 60, "km", AW),
            ("about 9 million artillery shells", 9e6, None, "approximately", "artillery shell", "weapons", 9e6,
             "count", NIS),
            ("some 30 kilometres", 30, None, "approximately", "kilometre", "territory", 30, "km", ""),
        ],
        "attributions": [
            ("that the war across the border now involves soldiers from Pyongyang", "warned",
             "a political scientist from UWM", AW, "person", "independent", "indirect"),
            ("about 6,200 Ukrainians hold temporary protection status in Olsztyn, down from nearly 9,000 in the "
             "spring of 2022", "According to", "the Municipal Social Welfare Centre (MOPS)", MOPS, "organisation",
             "Poland", "according_to"),
            ("These people work here, pay taxes here, and at least 900 of their children sit in our schools,", "told the session",
             "Deputy Mayor Katarzyna Nowak", "Katarzyna Nowak", "person", "Poland", "direct"),
            ("Stopping now would make no sense.", "told the session", "Deputy Mayor Katarzyna Nowak",
             "Katarzyna Nowak", "person", "Poland", "direct"),
            ("that the money should come from the central government rather than from the city budget", "argued",
             "Councillor Piotr Zieliński", "Piotr Zieliński", "person", "Poland", "indirect"),
            ('that North Korea had by now sent "well over 14,000 soldiers" to Russia, most of them to the Kursk '
             "region, which borders Ukraine's Sumy oblast", "told", "She", AW, "person", "independent", "indirect"),
            ("The war next door is no longer only Russian,", "said", "she", AW, "person", "independent", "direct"),
            ("In Kursk, North Korean officers are learning drone warfare that no army in Asia has seen. They will "
             "take that knowledge home.", 'only Russian," she |said|.', "she", AW, "person", "independent",
             "direct"),
            ("This is not an abstract problem for Warmia and Mazury,", "added", "Wróblewska", AW, "person",
             "independent", "direct"),
            ("that Olsztyn lies roughly 60 kilometres from the border with Russia's Kaliningrad region",
             "pointing out", "Wróblewska", AW, "person", "independent", "indirect"),
            ("that North Korea has also shipped about 9 million artillery shells to Russia since 2023", "assessed",
             "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("South Korea's National Intelligence Service assessed last month that North Korea has also shipped "
             "about 9 million artillery shells to Russia since 2023", "reported",
             "the national daily Rzeczpospolita", "Rzeczpospolita", "media", "independent", "indirect"),
            ("The shells that hit Sumy now are Korean. Everybody there knows it,", "said", "she", OM, "person",
             "independent", "direct"),
            ("My mother still lives there. I call her every evening after the sirens.", "said", "she", OM,
             "person", "independent", "direct"),
            ("the city had already done enough", "said", "Jan Malinowski", "Jan Malinowski", "person",
             "independent", "indirect"),
            ("We helped, and we will help, but Warsaw should pay for this, not Olsztyn,", "said", "he",
             "Jan Malinowski", "person", "independent", "direct"),
        ],
        "events": [
            ("Councillors voted |on Tuesday| to keep", "2025-05-13", "2025-05-13", "day", True,
             "Olsztyn councillors voted to keep funding housing and language courses for Ukrainians (lede)"),
            ("City Council |on Tuesday| approved", "2025-05-13", "2025-05-13", "day", True,
             "Olsztyn City Council approved an additional PLN 1.8 million for Ukrainian refugees"),
            ("since 2022", "2022-01-01", "2025-05-14", "open", True,
             "Olsztyn spent PLN 5.6 million on its programme for Ukrainian refugees"),
            ("in the spring of 2022", "2022-03-01", "2022-05-31", "season", False,
             "Nearly 9,000 Ukrainians held temporary protection status in Olsztyn"),
            ("last month", "2025-04-01", "2025-04-30", "month", True,
             "NIS assessed North Korea had shipped about 9 million artillery shells to Russia"),
            ("since 2023", "2023-01-01", "2025-05-14", "open", True,
             "North Korea shipped about 9 million artillery shells to Russia (NIS)"),
            ("in March 2022", "2022-03-01", "2022-03-31", "month", False,
             "Olena Marchuk arrived in Olsztyn from Sumy with her son"),
            ("for 28 May", "2025-05-28", "2025-05-28", "day", True, "Next Olsztyn City Council session (forward)"),
        ],
    }
}
