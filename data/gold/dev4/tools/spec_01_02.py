# Annotation spec for dev4 docs 01-02.  Span strings are exact substrings of the document;
# "a|b|c" means: find the unique occurrence of "abc" and take the "b" part as the span.
# An optional integer after the span string picks the n-th occurrence (1-based) instead.

NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"

DOCS = {}

# ---------------------------------------------------------------- 01 Reuters, 2024-11-13 (Wed)
DOCS["dev4_01_reuters_nk_troops_fighting_kursk"] = dict(
figures=[
 # text, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker
 ("more than 10,000 troops", 10000, None, "more_than", "troop", "personnel", 10000, "count", NIS),
 ("at least 13,000 containers", 13000, None, "at_least", "container", "weapons", 13000, "count", NIS),
 ("at |11,000 containers| in October", 11000, None, "exact", "container", "weapons", 11000, "count", NIS),
 ("about 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", HUR),
 ("more than 10,000 North Korean troops", 10000, None, "more_than", "troop", "personnel", 10000, "count", "Vedant Patel"),
 ("10,000 to 12,000 soldiers", 10000, 12000, "range", "soldier", "personnel", 10000, "count", "Pentagon"),
 ("that |11,000| were in Kursk", 11000, None, "exact", "soldier", "personnel", 11000, "count", "Volodymyr Zelensky"),
 ("roughly 200,000 rubles", 200000, None, "approximately", "ruble", "money", 200000, "RUB", "Cho Min-seok"),
 ("($2,000)", None, None, None, None, None, None, None, None),  # placeholder replaced below
],
attributions=[
 # content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind
 ("North Korean troops have begun fighting in Russia's Kursk", "says", "South Korean spy agency", NIS, "organisation", "South Korea", "indirect"),
 ("Some of the North Korean soldiers sent to Russia have started fighting in the Kursk region", "told a parliamentary hearing", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
 ("The National Intelligence Service (NIS) assessed that a \"considerable number\" of the more than 10,000 troops dispatched since October had been assigned to Russian airborne and marine units on the front line", "told reporters", "lawmaker Yoon Hae-jin", "Yoon Hae-jin", "person", "South Korea", "indirect"),
 ("that a \"considerable number\" of the more than 10,000 troops dispatched since October had been assigned to Russian airborne and marine units on the front line", "assessed", "The National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
 ("We judge that some of them are already engaged in combat,", "quoted", "the agency", NIS, "organisation", "South Korea", "direct"),
 ("The scale of their losses has not been confirmed.", "quoted", "the agency", NIS, "organisation", "South Korea", "direct"),
 ("North Korea has also shipped at least 13,000 containers of artillery shells, missiles and anti-tank rockets to Russia since August 2023", "estimated", "the agency", NIS, "organisation", "South Korea", "indirect"),
 ("It had put the figure at 11,000 containers in October", "put the figure at", "It", NIS, "organisation", "South Korea", "indirect"),
 ("The agency warned that Pyongyang was likely to seek Russian help with reconnaissance satellites and nuclear-powered submarines in return", "added", "Yoon", "Yoon Hae-jin", "person", "South Korea", "indirect"),
 ("that Pyongyang was likely to seek Russian help with reconnaissance satellites and nuclear-powered submarines in return", "warned", "The agency", NIS, "organisation", "South Korea", "indirect"),
 ("that about 11,000 North Korean soldiers were now in Kursk", "said", "Ukraine's military intelligence agency", HUR, "organisation", "Ukraine", "indirect"),
 ("Russia has neither confirmed nor denied the deployment", "has neither confirmed nor denied", "Russia", "Russia", "government", "Russia", "indirect"),
 ("that ties with Pyongyang were \"not directed against third countries\" and were a sovereign matter for Moscow", "told reporters", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
 ("the United States had seen \"more than 10,000 North Korean troops\" move into western Russia", "said", "State Department spokesperson Vedant Patel", "Vedant Patel", "person", "United States", "indirect"),
 ("We have seen them begin engaging in combat operations,", "told a briefing", "he", "Vedant Patel", "person", "United States", "direct"),
 ("The Pentagon put it at 10,000 to 12,000 soldiers in late October", "put it at", "The Pentagon", "Pentagon", "organisation", "United States", "indirect"),
 ("that 11,000 were in Kursk alone", "said", "Ukrainian President Volodymyr Zelenskiy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
 ("Seoul was weighing whether to send a team to Ukraine to study North Korean tactics and question any soldiers taken prisoner", "said", "A South Korean government official", "South Korean government official", "group", "South Korea", "indirect"),
 ("It is only a matter of time before some of them are captured,", "said", "the official", "South Korean government official", "group", "South Korea", "direct"),
 ("the deployment marks a turning point for Pyongyang", "said", "Analysts", "analysts", "group", "independent", "indirect"),
 ("North Korea is getting combat experience it has not had since 1953, and hard currency on top of that,", "said", "Cho Min-seok", "Cho Min-seok", "person", "independent", "direct"),
 ("that each soldier could earn roughly 200,000 rubles ($2,000) a month under a standard Russian contract, most of which would likely be kept by the state", "estimated", "He", "Cho Min-seok", "person", "independent", "indirect"),
 ("Pyongyang's envoy dismissed reports of its troops in Russia as \"groundless rumours\" aimed at tarnishing the country's image", "dismissed", "Pyongyang's envoy", "North Korean UN envoy", "group", "North Korea", "indirect"),
 ("it would not rule out supplying weapons directly to Kyiv", "has said", "Seoul", "South Korea", "government", "South Korea", "indirect"),
 ("that any such aid would depend on \"the level of North Korea's involvement.\"", "said", "President Yoon Suk Yeol", "Yoon Suk Yeol", "person", "South Korea", "indirect"),
],
events=[
 # text, date_start, date_end, granularity, relative, event
 ("hearing |on Wednesday|", "2024-11-13", "2024-11-13", "day", True, "South Korea's NIS told a parliamentary hearing that North Korean soldiers had started fighting in Kursk"),
 ("since October", "2024-10-01", "2024-11-13", "open", True, "More than 10,000 North Korean troops dispatched to Russia"),
 ("since August 2023", "2023-08-01", "2024-11-13", "open", True, "North Korea shipped at least 13,000 containers of munitions to Russia"),
 ("containers |in October|", "2024-10-01", "2024-10-31", "month", True, "NIS had put North Korean munitions shipments at 11,000 containers"),
 ("on Monday", "2024-11-11", "2024-11-11", "day", True, "HUR said about 11,000 North Korean soldiers were in Kursk"),
 ("incursion |in August|", "2024-08-01", "2024-08-31", "month", True, "Ukraine's surprise incursion into the Kursk region"),
 ("last week", "2024-11-04", "2024-11-10", "week", True, "Peskov said ties with Pyongyang were not directed against third countries"),
 ("on Tuesday", "2024-11-12", "2024-11-12", "day", True, "Vedant Patel said the US had seen more than 10,000 North Korean troops move into western Russia"),
 ("in late October", "2024-10-01", "2024-10-31", "month", True, "The Pentagon estimated the deployment at 10,000 to 12,000 soldiers"),
 ("on Nov. 4", "2024-11-04", "2024-11-04", "day", True, "Zelenskiy said 11,000 North Korean soldiers were in Kursk"),
 ("since 1953", "1953-01-01", "2024-11-13", "open", True, "North Korea has had no combat experience since the Korean War"),
 ("last month", "2024-10-01", "2024-10-31", "month", True, "North Korea's UN envoy dismissed reports of troops in Russia as groundless rumours"),
 ("on Nov. 7", "2024-11-07", "2024-11-07", "day", True, "Yoon Suk Yeol said weapons aid to Ukraine would depend on North Korea's involvement"),
],
)
DOCS["dev4_01_reuters_nk_troops_fighting_kursk"]["figures"][-1] = (
 "(|$2,000|)", 2000, None, "exact", "", "money", 2000, "USD", "Cho Min-seok")

# ---------------------------------------------------------------- 02 NK News, 2024-12-19 (Thu)
DOCS["dev4_02_nknews_nis_casualties_kursk"] = dict(
figures=[
 ("|At least 100 North Korean soldiers| killed", 100, None, "at_least", "soldier", "casualties", 100, "count", NIS),
 ("|At least 100 North Korean soldiers| have been", 100, None, "at_least", "soldier", "casualties", 100, "count", NIS),
 ("around 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", NIS),
 ("several thousand troops", 1000, None, "vague", "troop", "personnel", 1000, "count", NIS),
 ("at least one senior officer", 1, None, "at_least", "officer", "casualties", 1, "count", "Lee Seong-jun"),
 ("at least 200 North Korean soldiers", 200, None, "at_least", "soldier", "casualties", 200, "count", HUR),
 ("dozens of North Korean soldiers", 24, None, "vague", "soldier", "personnel", 24, "count", "Special Operations Forces of Ukraine"),
 ("around 1.2 million active-duty personnel", 1200000, None, "approximately", "personnel", "personnel", 1200000, "count", "Hwang Ji-hoon"),
 ("a dozen new buildings", 12, None, "exact", "building", "units", 12, "count", ""),
],
attributions=[
 ("At least 100 North Korean soldiers killed in Kursk fighting", ": NIS", "NIS", NIS, "organisation", "South Korea", "indirect"),
 ("troops are being used as frontline assault units", "says", "Spy agency", NIS, "organisation", "South Korea", "indirect"),
 ("Kyiv claims far higher losses", "claims", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
 ("At least 100 North Korean soldiers have been killed and around 1,000 more wounded in fighting against Ukrainian forces in Russia’s Kursk region", "told lawmakers", "South Korea’s spy agency", NIS, "organisation", "South Korea", "indirect"),
 ("The casualties include deaths from accidents during training as well as losses to Ukrainian drone and artillery strikes", "said", "Rep. Lee Seong-jun", "Lee Seong-jun", "person", "South Korea", "indirect"),
 ("The North Korean troops appear to lack understanding of modern drone warfare, and they are being used as frontline assault units in open fields,", "told reporters", "Lee", "Lee Seong-jun", "person", "South Korea", "direct"),
 ("The agency also believes Pyongyang is preparing to send additional forces, possibly including a second rotation of several thousand troops", "added", "the lawmaker", "Lee Seong-jun", "person", "South Korea", "indirect"),
 ("Pyongyang is preparing to send additional forces, possibly including a second rotation of several thousand troops", "believes", "The agency", NIS, "organisation", "South Korea", "indirect"),
 ("that the agency had identified at least one senior officer, a lieutenant general, among the wounded", "revealed", "Lee", "Lee Seong-jun", "person", "South Korea", "indirect"),
 ("that North Korean units had suffered “noticeable losses” in the Kursk region", "wrote on Telegram", "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
 ("that at least 200 North Korean soldiers had been killed or wounded near the villages of Kurilovka and Novoivanovka on December 14 and 15", "claimed", "Ukraine’s military intelligence", HUR, "organisation", "Ukraine", "indirect"),
 ("showed dozens of North Korean soldiers advancing across snow-covered fields before being hit by FPV drones", "said", "they", "Special Operations Forces of Ukraine", "organisation", "Ukraine", "indirect"),
 ("smear campaign", "called", "Pyongyang’s foreign ministry", "North Korean Foreign Ministry", "organisation", "North Korea", "direct"),
 ("the gap between Seoul’s and Kyiv’s figures was not surprising", "said", "Analysts", "analysts", "group", "independent", "indirect"),
 ("Ukraine has every incentive to count generously, and the NIS is conservative by design. It only reports what it can corroborate through multiple channels,", "said", "Hwang Ji-hoon", "Hwang Ji-hoon", "person", "independent", "direct"),
 ("that the Korean People’s Army has around 1.2 million active-duty personnel", "noted", "Hwang", "Hwang Ji-hoon", "person", "independent", "indirect"),
 ("that Pyongyang could sustain casualties “at this scale” for a long time", "adding", "Hwang", "Hwang Ji-hoon", "person", "independent", "indirect"),
 ("he told a munitions industry conference on Dec. 2 that the production of artillery shells must be expanded “without limit” in 2025", "According to", "the Korean Central News Agency (KCNA)", "Korean Central News Agency", "media", "North Korea", "according_to"),
 ("that the production of artillery shells must be expanded “without limit” in 2025", "told", "he", "Kim Jong Un", "person", "North Korea", "indirect"),
],
events=[
 ("on Thursday", "2024-12-19", "2024-12-19", "day", True, "NIS told lawmakers at least 100 North Korean soldiers had been killed and about 1,000 wounded"),
 ("Russia |in October|", "2024-10-01", "2024-10-31", "month", True, "Pyongyang began sending troops to Russia"),
 ("on Monday", "2024-12-16", "2024-12-16", "day", True, "Zelensky wrote on Telegram that North Korean units had suffered noticeable losses"),
 ("on December 14 and 15", "2024-12-14", "2024-12-15", "day", True, "At least 200 North Korean soldiers killed or wounded near Kurilovka and Novoivanovka (HUR claim)"),
 ("last week", "2024-12-09", "2024-12-15", "week", True, "Ukraine's SSO published drone footage of North Korean soldiers being hit"),
 ("Last month", "2024-11-01", "2024-11-30", "month", True, "Pyongyang's foreign ministry called Western reports a smear campaign"),
 ("since September", "2024-09-01", "2024-12-19", "open", True, "A dozen new buildings went up at a training ground near Ussuriysk"),
 ("on Dec. 2", "2024-12-02", "2024-12-02", "day", True, "Kim Jong Un told a munitions industry conference shell production must be expanded"),
 ("in 2025", "2025-01-01", "2025-12-31", "year", False, "Artillery shell production to be expanded without limit"),
],
)
