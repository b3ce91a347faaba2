"""dev66_04_guardian_confirmation: The Guardian, First Edition, published Tue 2025-04-29 (anchor 2025-04-29).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
"""
JCS = "Joint Chiefs of Staff (South Korea)"
UGS = "General Staff of the Armed Forces of Ukraine"
CMC = "Central Military Commission of the Workers' Party of Korea"

DOCS = {
    "dev66_04_guardian_confirmation": {
        "figures": [
            ("thousands of North Korean lives", 1000, None, "vague", "life", "casualties", 1000, "count", "South Korean intelligence"),
            ("more than 1,600 council seats", 1600, None, "more_than", "council seat", "other", 1600, "count", ""),
            ("£450m", 450e6, None, "exact", "", "money", 450e6, "GBP", "John Healey"),
            ("350,000 drones", 350000, None, "exact", "drone", "weapons", 350000, "count", "John Healey"),
            ("roughly 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", JCS),
            ("about 4,500", 4500, None, "approximately", "troop", "casualties", 4500, "count", JCS),
            ("more than 76,000 soldiers", 76000, None, "more_than", "soldier", "casualties", 76000, "count", "Valery Gerasimov"),
            ("more than 1m barrels", 1e6, None, "more_than", "barrel", "other", 1e6, "count", "Ministry of National Defense (South Korea)"),
        ],
        "attributions": [
            ("its troops fought for Russia", "admits", "North Korea", "North Korea", "government", "North Korea", "indirect"),
            ("that Kim Jong-un had ordered his troops to help “liberate” Russia’s Kursk region", "reported", "state media", "North Korean state media", "media", "North Korea", "indirect"),
            ("has cost thousands of North Korean lives", "says", "South Korean intelligence", "South Korean intelligence", "organisation", "South Korea", "indirect"),
            ("that the last Ukrainian units had been driven out of Kursk", "told", "Russia’s chief of general staff, Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
            ("Mark Carney’s Liberals will form Canada’s next government after Monday’s election", "according to", "projections by the country’s main broadcasters", "Canadian broadcasters", "media", "independent", "according_to"),
            ("no cause had been ruled out", "said", "Spain’s prime minister, Pedro Sánchez", "Pedro Sánchez", "person", "Spain", "indirect"),
            ("Vladimir Putin declared a ceasefire from 8 to 10 May to mark the 80th anniversary of the Soviet victory over Nazi Germany", "declared", "Vladimir Putin", "Vladimir Putin", "person", "Russia", "indirect"),
            ("that if Moscow wanted peace it should stop firing “immediately” and for at least 30 days", "said", "Ukraine’s foreign minister, Andrii Sybiha", "Andrii Sybiha", "person", "Ukraine", "indirect"),
            ("Britain will send Ukraine a further £450m package including 350,000 drones", "said", "the defence secretary, John Healey", "John Healey", "person", "United Kingdom", "indirect"),
            ("North Korean “subunits” had “annihilated and wiped out” Ukrainian forces in Kursk under the mutual defence treaty the two countries signed last June",
             "said", "The statement", CMC, "organisation", "North Korea", "indirect"),
            ("the soldiers were “heroes” and that a monument to the fallen would soon be built in Pyongyang", "quoted as saying", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("Russia would “never forget” the sacrifice of the North Korean soldiers", "saying", "Putin", "Vladimir Putin", "person", "Russia", "indirect"),
            ("that the Kursk operation was over", "denied", "Ukraine’s general staff", UGS, "organisation", "Ukraine", "indirect"),
            ("its troops were still holding positions in the region and across the border in Belgorod", "saying", "Ukraine’s general staff", UGS, "organisation", "Ukraine", "indirect"),
            ("that of the roughly 15,000 troops sent to Russia since last autumn, about 4,500 had been killed or wounded", "estimated", "South Korea’s joint chiefs of staff", JCS, "organisation", "South Korea", "indirect"),
            ("that Ukraine had lost more than 76,000 soldiers in Kursk since August", "claimed", "Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
            ("Pyongyang’s reward is substantial", "say", "Analysts", "analysts", "group", "independent", "indirect"),
            ("that Russia has shipped the North more than 1m barrels of oil since last year, along with air defence systems", "estimates", "Seoul’s defence ministry", "Ministry of National Defense (South Korea)", "organisation", "South Korea", "indirect"),
            ("Pyongyang has decided the publicity is worth more than the secrecy,", "said", "Rachel Minsky", "Rachel Minsky", "person", "independent", "direct"),
            ("Kim can sell this at home as a victory – and he will want to be paid for the next one.", "said", "Rachel Minsky", "Rachel Minsky", "person", "independent", "direct"),
        ],
        "events": [
            ("Yesterday", "2025-04-28", "2025-04-28", "day", True, "North Korean state media reported Kim ordered his troops to help 'liberate' Kursk (first official confirmation)"),
            ("on Saturday", "2025-04-26", "2025-04-26", "day", True, "Televised meeting: Gerasimov told Putin the last Ukrainian units had been driven out of Kursk"),
            ("Monday’s", "2025-04-28", "2025-04-28", "day", True, "Canadian federal election won by Mark Carney's Liberals"),
            ("on Monday night", "2025-04-28", "2025-04-28", "day", True, "Power restored across the Iberian peninsula after the blackout"),
            ("from 8 to 10 May", "2025-05-08", "2025-05-10", "day", True, "Ceasefire declared by Putin for the Victory Day anniversary"),
            ("Midlands |today|", "2025-04-29", "2025-04-29", "day", True, "Keir Starmer campaigns in the Midlands"),
            ("Thursday’s", "2025-05-01", "2025-05-01", "day", True, "UK local elections"),
            ("last June", "2024-06-01", "2024-06-30", "month", True, "North Korea and Russia signed the mutual defence treaty"),
            ("statement |on Monday|", "2025-04-28", "2025-04-28", "day", True, "Putin thanked Kim, saying Russia would never forget the North Korean soldiers' sacrifice"),
            ("estimated |on Monday|", "2025-04-28", "2025-04-28", "day", True, "South Korea's JCS estimated about 4,500 of roughly 15,000 North Korean troops killed or wounded"),
            ("since last autumn", "2024-09-01", "2025-04-29", "open", True, "Roughly 15,000 North Korean troops sent to Russia"),
            ("since August", "2024-08-01", "2025-04-29", "open", True, "Ukraine lost more than 76,000 soldiers in Kursk (Gerasimov's claim)"),
            ("since last year", "2024-01-01", "2025-04-29", "open", True, "Russia shipped North Korea more than 1m barrels of oil and air defence systems"),
            ("on Sunday", "2025-04-27", "2025-04-27", "day", True, "Liverpool crowned Premier League champions"),
        ],
    },
}
