"""dev56_04_sky_liberated: Sky News transcript page, Tue 29 Apr 2025 (anchor 2025-04-29).

Row formats: see spec_01_cnn.py.  Labels give name and role on first appearance, initials after
(RC:, TA:, EV:).
"""
NIS = "National Intelligence Service (South Korea)"
GERASIMOV = "Valery Gerasimov"

DOCS = {
"dev56_04_sky_liberated": {
"figures": [
    ("more than 76,000 troops", 76000, None, "more_than", "troop", "casualties", 76000, "count", GERASIMOV),
    ("two North Korean mortar positions", 2, None, "exact", "mortar position", "units", 2, "count", "Oleksandr"),
    ("ten to fifteen men", 10, 15, "range", "man", "personnel", 10, "count", "Oleksandr"),
    ("up to 2 million roubles", 2000000, None, "at_most", "rouble", "money", 2000000, "RUB", ""),
    ("around £18,000", 18000, None, "approximately", "", "money", 18000, "GBP", ""),
    ("around 4,700", 4700, None, "approximately", "casualty", "casualties", 4700, "count", NIS),
    ("about 600", 600, None, "approximately", "casualty", "casualties", 600, "count", NIS),
    ("roughly 15,000 men", 15000, None, "approximately", "man", "personnel", 15000, "count", NIS),
],
"attributions": [
    # headline and standfirst
    ("North Korea admits sending troops to fight in Kursk", "admits",
     "North Korea", "North Korea", "government", "North Korea", "indirect"),
    ("Kremlin claims region 'liberated'", "claims",
     "Kremlin", "Kremlin", "government", "Russia", "indirect"),
    ("the Russian claim is false and that its troops are still fighting inside the Kursk region", "Kyiv |says| the Russian",
     "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
    # presenter
    ("Pyongyang refused to admit it", "refused to admit",
     "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
    ("the country's soldiers had fought alongside Russian troops to, in its words, \"liberate\" the Kursk region", "KCNA, |said| the",
     "North Korea's state news agency, KCNA", "Korean Central News Agency", "media", "North Korea", "indirect"),
    ("that the last Ukrainian units there had been driven out", "claimed",
     "Moscow's top general", GERASIMOV, "person", "Russia", "indirect"),
    ("that is simply untrue", "Kyiv |says| that is",
     "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
    # package
    ("the Kursk region had been fully liberated, and that Ukraine had lost more than 76,000 troops there since last August", "told him",
     "General Valery Gerasimov", GERASIMOV, "person", "Russia", "indirect"),
    ("Our Korean friends acted out of a sense of solidarity, justice and true comradeship. We will never forget the heroism of the Korean soldiers.",
     "|VLADIMIR PUTIN, RUSSIAN PRESIDENT (translated)|: Our",
     "VLADIMIR PUTIN", "Vladimir Putin", "person", "Russia", "direct"),
    ("Kim Jong Un had personally ordered the deployment under the mutual defence treaty the two countries signed last June", "Commission, |said| Kim",
     "The KCNA statement, from the ruling party's Central Military Commission",
     "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
    ("the fighting is not over", "insists",
     "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
    ("its units are still holding positions inside Russia, in parts of Kursk and in neighbouring Belgorod", "According to",
     "Ukraine's general staff", "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine", "according_to"),
    ("We are still here. Moscow says Kursk is finished, but yesterday we destroyed two North Korean mortar positions. They keep sending them at us, ten to fifteen men at a time.",
     "|OLEKSANDR, UKRAINIAN MARINE (translated)|: We",
     "OLEKSANDR", "Oleksandr", "person", "Ukraine", "direct"),
    ("Moscow says |Kursk is finished|, but", "Moscow |says| Kursk",
     "Moscow", "Russia", "government", "Russia", "indirect"),
    ("it has been paid in oil, food and air-defence systems", "believes",
     "South Korean intelligence", "South Korean intelligence", "organisation", "South Korea", "indirect"),
    # studio guest
    ("A lot more than Moscow likes to admit. Seoul's intelligence service puts North Korean casualties at around 4,700, of whom about 600 were killed, out of roughly 15,000 men sent. Those are heavy losses for a force that only arrived last autumn.",
     "|DR ELEANOR VANCE, GASKELL INSTITUTE|: A lot",
     "DR ELEANOR VANCE", "Eleanor Vance", "person", "independent", "direct"),
    ("Seoul's intelligence service puts North Korean casualties at around 4,700, of whom about 600 were killed, out of roughly 15,000 men sent", "puts",
     "Seoul's intelligence service", NIS, "organisation", "South Korea", "indirect"),
    ("battle experience, which no other army in Asia has right now. That is the prize.",
     "|EV|: [CROSSTALK]",
     "EV", "Eleanor Vance", "person", "independent", "direct"),
],
"events": [
    ("Yesterday", "2025-04-28", "2025-04-28", "day", True,
     "North Korea acknowledged for the first time that its soldiers fought in Kursk (KCNA statement)"),
    ("claimed |on Saturday| that", "2025-04-26", "2025-04-26", "day", True,
     "Gerasimov claimed the last Ukrainian units had been driven out of the Kursk region"),
    ("Putin |on Saturday|,", "2025-04-26", "2025-04-26", "day", True,
     "Gerasimov told Putin on a video call that the Kursk region had been fully liberated"),
    ("since last August", "2024-08-01", "2025-04-29", "open", True,
     "Ukraine lost more than 76,000 troops in Kursk (per Gerasimov)"),
    ("Two days later", "2025-04-28", "2025-04-28", "day", True,
     "Putin thanked North Korea and its soldiers"),
    ("last June", "2024-06-01", "2024-06-30", "month", True,
     "Russia and North Korea signed the mutual defence treaty"),
    ("on 13 March", "2025-03-13", "2025-03-13", "day", True,
     "Russia retook the town of Sudzha"),
    ("on 9 May", "2025-05-09", "2025-05-09", "day", True,
     "Victory Day parade in Red Square, before which Moscow wants Kursk declared secure"),
    ("but |yesterday| we destroyed", "2025-04-28", "2025-04-28", "day", True,
     "Ukrainian marines destroyed two North Korean mortar positions"),
    ("last autumn", "2024-09-01", "2024-11-30", "season", True,
     "The North Korean force arrived (in Russia / Kursk)"),
],
},
}
