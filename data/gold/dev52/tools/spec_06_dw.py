# dev52_06_dw_bundestag: Deutsche Welle, published Thursday 2024-10-31 (anchor).
DE = "Germany"
BK = "Bruno Kahl"
BND = "Federal Intelligence Service (Germany)"
RS = "Ralf Stegner"
BP = "Boris Pistorius"
HUR = "Defence Intelligence of Ukraine"

DOCS = {
    "dev52_06_dw_bundestag": {
        "figures": [
            ("around 12,000 soldiers", 12000, None, "approximately", "soldier", "personnel", 12000, "count", BK),
            ("at least 3,000", 3000, None, "at_least", "soldier", "personnel", 3000, "count", BK),
            ("three generals", 3, None, "exact", "general", "personnel", 3, "count", BK),
            ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", BND),
            ("€1,840", 1840, None, "exact", "", "money", 1840, "EUR", BND),
            ("Twelve thousand", 12000, None, "exact", "", "personnel", 12000, "count", RS),
            ("no more than 1,500 North Korean soldiers", 1500, None, "at_most", "soldier", "personnel", 1500, "count", RS),
            ("more than 500 kilometers", 500, None, "more_than", "kilometer", "territory", 500, "km", ""),
            ("310 miles", 310, None, "exact", "mile", "territory", 498.89664, "km", ""),
            ("around €4 billion", 4e9, None, "approximately", "", "money", 4e9, "EUR", "Germany"),
            ("some 7,000 North Korean soldiers", 7000, None, "approximately", "soldier", "personnel", 7000, "count", HUR),
        ],
        "attributions": [
            ("North Korea using Kursk as 'test run'", "tells lawmakers", "German spy chief", BK, "person", DE, "indirect"),
            ("that North Korea had moved around 12,000 soldiers to Russia and that at least 3,000 of them, led by three generals, were already in the Kursk border region",
             "told", "Bruno Kahl", BK, "person", DE, "indirect"),
            ("The head of Germany's Federal Intelligence Service (BND), Bruno Kahl, told members of the Bundestag's defense committee on Wednesday that North Korea had moved around 12,000 soldiers to Russia and that at least 3,000 of them, led by three generals, were already in the Kursk border region",
             "according to", "several lawmakers who attended the closed-door session", "lawmakers", "group", DE, "according_to"),
            ("as a \"|test run|\" for", "described", "Kahl", BK, "person", DE, "direct"),
            ("Kahl described the deployment as a \"test run\" for North Korea's army, which has not fought a war since 1953",
             "told DW", "one participant", "session participant", "group", DE, "indirect"),
            ("Russia is paying Pyongyang about $2,000 (€1,840) per soldier each month, and North Korean artillery shells now make up around half of the ammunition fired by Russian guns",
             "According to", "the BND's assessment", BND, "organisation", DE, "according_to"),
            ("government 'sat on' intelligence", "says", "Opposition", "opposition", "group", DE, "indirect"),
            ("the government had known about the deployment \"for weeks\" and had \"sat on it\" while arguing about the budget",
             "said", "Roderich Kiesewetter", "Roderich Kiesewetter", "person", DE, "indirect"),
            ("The committee's chairman, Marcus Faber of the neoliberal Free Democrats (FDP), rejected that", "rejected", "Marcus Faber", "Marcus Faber", "person", DE, "indirect"),
            ("We were informed as soon as the picture was clear, and that was last week,", "told DW", "Faber", "Marcus Faber", "person", DE, "direct"),
            ("Social Democrat Ralf Stegner urged caution", "urged", "Social Democrat Ralf Stegner", RS, "person", DE, "indirect"),
            ("Twelve thousand is an estimate, not a head count,", "said", "he", RS, "person", DE, "direct"),
            ("that the BND had so far confirmed no more than 1,500 North Korean soldiers at the front line itself", "noting", "he", RS, "person", DE, "indirect"),
            ("Sevim Dagdelen of the left-wing populist BSW accused the government of \"parroting\" Ukrainian figures", "accused", "Sevim Dagdelen",
             "Sevim Dagdelen", "person", DE, "indirect"),
            ("the BND had presented \"no independent evidence\" that North Korean troops were in Kursk at all", "saying", "Sevim Dagdelen",
             "Sevim Dagdelen", "person", DE, "indirect"),
            ("Pistorius rules out Taurus shift", "rules out", "Pistorius", BP, "person", DE, "indirect"),
            ("a serious escalation", "called", "Defense Minister Boris Pistorius", BP, "person", DE, "direct"),
            ("Germany would not revisit its refusal to supply Ukraine with Taurus cruise missiles", "said", "Defense Minister Boris Pistorius", BP, "person", DE, "indirect"),
            ("Germany has pledged around €4 billion in military aid for Ukraine next year", "pledged", "Germany", "Germany", "government", DE, "indirect"),
            ("that North Korean units had been sent to the Kursk region", "confirmed", "NATO Secretary General Mark Rutte", "Mark Rutte", "person", "NATO", "indirect"),
            ("that some 7,000 North Korean soldiers were stationed near the Ukrainian border, armed with Russian mortars and anti-tank weapons",
             "said", "Ukraine's military intelligence agency, HUR", HUR, "organisation", "Ukraine", "indirect"),
            ("that any such deployment would be \"an act in line with international law.\"", "said", "North Korea's vice foreign minister, Kim Jong Gyu",
             "Kim Jong Gyu", "person", "North Korea", "indirect"),
        ],
        "events": [
            ("on Wednesday", "2024-10-30", "2024-10-30", "day", True, "BND chief Kahl briefed the Bundestag defense committee behind closed doors"),
            ("since 1953", "1953-01-01", "2024-10-31", "open", True, "North Korea's army has not fought a war"),
            ("last week", "2024-10-21", "2024-10-27", "week", True, "Defense committee informed once the picture was clear (per Faber)"),
            ("on Thursday", "2024-10-31", "2024-10-31", "day", True, "Pistorius called the deployment a serious escalation, ruled out Taurus"),
            ("next year", "2025-01-01", "2025-12-31", "year", True, "Germany's pledged around €4 billion military aid for Ukraine"),
            ("on Monday", "2024-10-28", "2024-10-28", "day", True, "Rutte confirmed North Korean units were sent to Kursk"),
            ("earlier this week", "2024-10-28", "2024-10-30", "week", True, "HUR said some 7,000 North Korean soldiers were stationed near the border"),
            ("on Friday", "2024-10-25", "2024-10-25", "day", True, "Kim Jong Gyu said any deployment would be in line with international law"),
            ("in December", "2024-12-01", "2024-12-31", "month", True, "Defense committee due to hear from Kahl again"),
        ],
    },
}
