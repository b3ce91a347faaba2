"""dev63_03_govuk_sanctions: GOV.UK press release (FCDO), published 2025-01-27 (Mon)."""
UK = "United Kingdom"
UKG = "United Kingdom"
DOCS = {
    "dev63_03_govuk_sanctions": {
        "figures": [
            ("5 Korean People’s Army commanders", 5, None, "exact", "commander", "personnel", 5, "count",
             "David Lammy"),
            ("3 Russian firms", 3, None, "exact", "firm", "other", 3, "count", "David Lammy"),
            ("5 senior North Korean military officers", 5, None, "exact", "officer", "personnel", 5, "count", ""),
            ("3 Russian companies", 3, None, "exact", "company", "other", 3, "count", ""),
            ("at least £18 million", 18000000, None, "at_least", "", "money", 18000000, "GBP", UKG),
            ("Around 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000,
             "count", ""),
            ("between 3,000 and 4,000", 3000, 4000, "range", "soldier", "casualties", 3000, "count",
             "UK Defence Intelligence"),
            ("more than 2 billion roubles", 2000000000, None, "more_than", "rouble", "money", 2000000000, "RUB", UKG),
            ("35 million Chinese yuan", 35000000, None, "exact", "yuan", "money", 35000000, "CNY", UKG),
            ("2 DPRK-flagged vessels", 2, None, "exact", "vessel", "other", 2, "count", ""),
            ("more than 2,200 individuals", 2200, None, "more_than", "individual", "other", 2200, "count", ""),
            ("£3 billion", 3000000000, None, "exact", "", "money", 3000000000, "GBP", ""),
        ],
        "attributions": [
            ("Foreign Secretary announces sanctions on 5 Korean People’s Army commanders and 3 Russian firms accused "
             "of funnelling money to Pyongyang for troops sent to fight Ukraine", "announces", "Foreign Secretary",
             "David Lammy", "person", UK, "indirect"),
            ("channelled at least £18 million to Pyongyang to pay for them", "says", "the UK", UKG, "government", UK,
             "indirect"),
            ("that between 3,000 and 4,000 of them have been killed or wounded since they entered combat in December",
             "assesses", "UK Defence Intelligence", "UK Defence Intelligence", "organisation", UK, "indirect"),
            ("that Pyongyang had already lost “whole battalions” in the Kursk region", "said",
             "Ukraine’s President Volodymyr Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("that North Korean units had not been seen on the front line there for about two weeks", "said",
             "Ukraine’s military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine",
             "indirect"),
            ("Kim Jong Un is sending his own people to be slaughtered in Putin’s illegal war, and the Kremlin is paying "
             "him for it. We are targeting the commanders who sent them and the companies that keep the cash flowing, "
             "and every pound and rouble that props up this deal will be tracked down.", "said",
             "Foreign Secretary David Lammy", "David Lammy", "person", UK, "direct"),
            ("that the companies moved more than 2 billion roubles and 35 million Chinese yuan through North Korean "
             "accounts in Vladivostok between November and January", "assesses", "The UK", UKG, "government", UK,
             "indirect"),
            ("the measures would “starve the Kim regime of the revenue it is earning from this grotesque trade”",
             "said", "Minister for Sanctions Stephen Doughty", "Stephen Doughty", "person", UK, "indirect"),
            ("that Britain was working with the EU, the US and Japan to close the loopholes the companies had "
             "exploited", "added", "He", "Stephen Doughty", "person", UK, "indirect"),
            ("that the deployment was “the most serious escalation since the full-scale invasion”",
             "told the House of Commons", "Defence Secretary John Healey", "John Healey", "person", UK, "indirect"),
        ],
        "events": [
            ("has |today| sanctioned", "2025-01-27", "2025-01-27", "day", True,
             "The UK sanctioned 5 senior North Korean officers and 3 Russian companies"),
            ("from October last year", "2024-10-01", "2024-10-31", "month", True,
             "Around 11,000 North Korean soldiers were sent to Russia"),
            ("in December", "2024-12-01", "2024-12-31", "month", True,
             "North Korean soldiers entered combat (in the Kursk region)"),
            ("last week", "2025-01-20", "2025-01-26", "week", True,
             "Zelenskyy said Pyongyang had already lost 'whole battalions' in the Kursk region"),
            ("on Saturday", "2025-01-25", "2025-01-25", "day", True,
             "Ukraine's military intelligence said North Korean units had not been seen on the front line for about two weeks"),
            ("between November and January", "2024-11-01", "2025-01-31", "month", True,
             "The Russian companies moved more than 2 billion roubles and 35 million yuan through North Korean accounts in Vladivostok"),
            ("Earlier this month", "2025-01-01", "2025-01-26", "month", True,
             "The UK sanctioned 2 DPRK-flagged vessels that carried munitions to Vostochny"),
            ("last month", "2024-12-01", "2024-12-31", "month", True,
             "John Healey told the House of Commons the deployment was the most serious escalation since the full-scale invasion"),
            ("since February 2022", "2022-02-01", "2025-01-27", "open", True,
             "The UK has sanctioned more than 2,200 individuals, entities and ships under its Russia regime"),
        ],
    }
}
