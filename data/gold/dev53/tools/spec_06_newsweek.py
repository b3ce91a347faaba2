"""dev53_06: Newsweek explainer rounding up posts on X and Telegram, 10 September 2025 (Wednesday).
Row formats as in spec_01."""
D = "dev53_06_newsweek_sappers"
KIM = "Kim Jong Un"
KFW = "@KurskFrontWatch"
SHO = "Sergei Shoigu"
KOTS = "Alexander Kots"
YUS = "Andriy Yusov"
FZ = "Frontovaya Zapiska"

DOCS = {D: {
"figures": [
    ("an estimated 14,000 troops", 14000, None, "approximately", "troop", "personnel", 14000, "count", "South Korean intelligence"),
    ("and |thousands| of them", 1000, None, "vague", "troop", "casualties", 1000, "count", ""),
    ("more than 210,000 followers", 210000, None, "more_than", "follower", "other", 210000, "count", ""),
    ("about 2 miles", 2, None, "approximately", "mile", "territory", 3.218688, "km", KFW),
    ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SHO),
    ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SHO),
    ("more than 500 hectares", 500, None, "more_than", "hectare", "territory", 5.0, "km2", KOTS),
    ("between 25,000 and 30,000 more soldiers", 25000, 30000, "range", "soldier", "personnel", 25000, "count", YUS),
    ("$30 million to $50 million", 30e6, 50e6, "range", "", "money", 30e6, "USD", "Emma Lindqvist"),
    ("40 kilometers", 40, None, "exact", "kilometer", "territory", 40, "km", FZ),
    ("thousands of mines", 1000, None, "vague", "mine", "weapons", 1000, "count", FZ),
],
"attributions": [
    ("Kim Pledges More Help for Putin", "Pledges", "Kim", KIM, "person", "North Korea", "indirect"),
    ("Pyongyang promised Moscow more help with rebuilding the area", "promised", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
    ("North Korea has sent an estimated 14,000 troops to Russia since last fall", "according to", "South Korean intelligence", "South Korean intelligence", "organisation", "South Korea", "according_to"),
    ("showed soldiers in North Korean uniforms sweeping a field with mine detectors near Gornal, a village about 2 miles from the Ukrainian border",
     "said", "it", KFW, "media", "independent", "indirect"),
    ("that North Korea would send 1,000 sappers and 5,000 military builders to help rebuild the Kursk region", "said", "Russian Security Council Secretary Sergei Shoigu", SHO, "person", "Russia", "indirect"),
    ("it fully recaptured in April", "says", "Russia", "Russia", "government", "Russia", "indirect"),
    ('that the first North Korean engineering units had arrived in late August and had already cleared "more than 500 hectares" of farmland and forest',
     "wrote", "Russian war correspondent Alexander Kots", KOTS, "person", "Russia", "indirect"),
    ("were Korean sappers eating lunch with Russian soldiers in Sudzha", "said", "he", KOTS, "person", "Russia", "indirect"),
    ("that Pyongyang could send between 25,000 and 30,000 more soldiers to Russia by December", "told Ukrainian television", "Andriy Yusov", YUS, "person", "Ukraine", "indirect"),
    ("there was no sign yet that they would be used in combat inside Ukraine", "said", "Andriy Yusov", YUS, "person", "Ukraine", "indirect"),
    ('that his country would "always stand with" its Russian ally', "promised", "Kim Jong Un", KIM, "person", "North Korea", "indirect"),
    ("Every North Korean sapper in Kursk frees a Russian soldier to attack Sumy or Zaporizhzhia. Pyongyang is not rebuilding anything. It is helping Russia continue this war.",
     "wrote", "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "direct"),
    ("Remember that Pyongyang gets paid for every one of these deployments. My rough estimate: $30 million to $50 million a year for the engineers alone.",
     "wrote", "Emma Lindqvist", "Emma Lindqvist", "person", "independent", "direct"),
    ("Our Korean friends have cleared 40 kilometers of roads around Sudzha in two weeks. The Ukrainians left thousands of mines behind.",
     "posted", "The pro-Kremlin Telegram channel Frontovaya Zapiska", FZ, "media", "Russia", "direct"),
    ("We continue to condemn the DPRK's support for Russia's war of aggression, which only prolongs the suffering of the Ukrainian people.",
     "told Newsweek", "A State Department spokesperson", "U.S. State Department", "group", "United States", "direct"),
    ("that it was monitoring the situation closely", "Ministry |said| on Monday", "South Korea's Defense Ministry", "South Korean Defense Ministry", "organisation", "South Korea", "indirect"),
    ("the next rotation of North Korean personnel could begin in October", "said", "Yusov", YUS, "person", "Ukraine", "indirect"),
],
"events": [
    ("since last fall", "2024-09-01", "2025-09-10", "open", True, "North Korea sent an estimated 14,000 troops to Russia"),
    ("last winter", "2024-12-01", "2025-02-28", "season", True, "Thousands of North Korean troops killed or wounded in Kursk"),
    ("On Sunday", "2025-09-07", "2025-09-07", "day", True, "@KurskFrontWatch shared a clip of apparent North Korean sappers near Gornal"),
    ("In June", "2025-06-01", "2025-06-30", "month", True, "Shoigu, after talks with Kim, said North Korea would send 1,000 sappers and 5,000 military builders"),
    ("in April", "2025-04-01", "2025-04-30", "month", True, "Russia says it fully recaptured the Kursk region"),
    ("Telegram |on Monday| that", "2025-09-08", "2025-09-08", "day", True, "Kots wrote that North Korean engineering units had cleared over 500 hectares"),
    ("in late August", "2025-08-21", "2025-08-31", "month", True, "First North Korean engineering units arrived in Kursk (Kots)"),
    ("television |on Tuesday| that", "2025-09-09", "2025-09-09", "day", True, "Yusov told Ukrainian television Pyongyang could send 25,000-30,000 more soldiers"),
    ("by December", "2025-12-01", "2025-12-31", "month", True, "Pyongyang could send 25,000-30,000 more soldiers to Russia (Yusov)"),
    ("last month", "2025-08-01", "2025-08-31", "month", True, "Kim promised at a ceremony for returning engineers to always stand with Russia"),
    ("in October 2024", "2024-10-01", "2024-10-31", "month", False, "North Korea began sending troops to Russia"),
    ("X |on Tuesday|:", "2025-09-09", "2025-09-09", "day", True, "Zelensky wrote on X that every North Korean sapper frees a Russian soldier to attack"),
    ("posted |on Monday|:", "2025-09-08", "2025-09-08", "day", True, "Frontovaya Zapiska posted that Korean sappers cleared 40 km of roads around Sudzha"),
    ("said |on Monday| that", "2025-09-08", "2025-09-08", "day", True, "South Korea's Defense Ministry said it was monitoring the situation"),
    ("begin |in October|.", "2025-10-01", "2025-10-31", "month", True, "Next rotation of North Korean personnel could begin (Yusov)"),
],
}}
