# dev34_02 - Philippine Daily Inquirer (AFP copy with a Manila angle), 23 December 2024 (Monday).
# Anchor 2024-12-23 (manifest).
# Furniture not annotated: byline, time stamp, photo caption (with its own date), dateline "KYIV, Ukraine —",
# READ: links, ADVERTISEMENT, RELATED STORIES, newsletter prompt, footer with "1997-2024".
DOC = "dev34_02_inquirer_kursk_casualties"
ZEL = ("Volodymyr Zelensky", "person", "Ukraine")
JCS = ("Joint Chiefs of Staff (South Korea)", "organisation", "South Korea")
DFA = ("Department of Foreign Affairs (Philippines)", "organisation", "Philippines")
ASC = ("Aileen Sarmiento-Cruz", "person", "independent")
DOCS = {DOC: {
    "figures": [
        ("over 3,000 North Korean troops", 3000, None, "more_than", "troop", "casualties", 3000, "count", "Volodymyr Zelensky"),
        ("More than 3,000 North Korean soldiers", 3000, None, "more_than", "soldier", "casualties", 3000, "count", "Volodymyr Zelensky"),
        # inside the quote the counted noun stands earlier in the sentence ("the number of North Korean soldiers ...")
        ("more than 3,000", 3000, None, "more_than", "soldier", "casualties", 3000, "count", "Volodymyr Zelensky"),
        ("around 1,100 North Korean troops", 1100, None, "approximately", "troop", "casualties", 1100, "count", "Joint Chiefs of Staff (South Korea)"),
        ("dozens of men", 24, None, "vague", "man", "casualties", 24, "count", "Ukrainian military official"),
        ("as much as $5.5 billion", 5.5e9, None, "at_most", "", "money", 5.5e9, "USD", "Aileen Sarmiento-Cruz"),
        ("roughly P320 billion", 3.2e11, None, "approximately", "", "money", 3.2e11, "PHP", "Aileen Sarmiento-Cruz"),
    ],
    "attributions": [
        ("over 3,000 North Korean troops killed, wounded in Kursk", "says", "Zelensky", *ZEL, "indirect"),
        ("More than 3,000 North Korean soldiers have been killed or wounded fighting for Russia in the Kursk region", "said",
         "Ukrainian President Volodymyr Zelensky", *ZEL, "indirect"),
        # "According to preliminary data" inside the quote names no source: no row of its own
        ("According to preliminary data, the number of North Korean soldiers killed and wounded in the Kursk region is already more than 3,000,",
         "wrote", "Zelensky", *ZEL, "direct"),
        ("that Pyongyang could send more soldiers and military equipment to Russia", "warned", "He", *ZEL, "indirect"),
        ("that around 1,100 North Korean troops had been killed or wounded", "estimated",
         "South Korea's Joint Chiefs of Staff (JCS)", *JCS, "indirect"),
        ('that the North\'s soldiers, unfamiliar with drone warfare and open terrain, were being used as "cannon fodder" by Russian commanders',
         "said", "The JCS", *JCS, "indirect"),
        ('that North Korean units had advanced in "waves" across open fields near the village of Plekhovo and lost dozens of men in a single assault on December 17',
         "told AFP", "A Ukrainian military official", "Ukrainian military official", "group", "Ukraine", "indirect"),
        # a denial-like non-confirmation, as in the seeds ("has not been officially confirmed by Russia"); two sides, two rows
        ("Neither Moscow nor Pyongyang has confirmed the deployment", "has confirmed", "Moscow", "Russia", "government", "Russia", "indirect"),
        ("Neither Moscow nor Pyongyang has confirmed the deployment", "has confirmed", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        # sub-headline
        ("Manila voices concern", "voices concern", "Manila", "Philippines", "government", "Philippines", "indirect"),
        ('it was "gravely concerned" by the reports', "said", "the Department of Foreign Affairs (DFA)", *DFA, "indirect"),
        ("renewed its call for a just and lasting peace in Ukraine in line with the United Nations Charter", "renewed its call for",
         "the Department of Foreign Affairs (DFA)", *DFA, "indirect"),
        ("The Philippines joins the international community in calling for full compliance with UN Security Council resolutions on the DPRK,",
         "said", "DFA spokesperson Ma. Teresita Daza", "Teresita Daza", "person", "Philippines", "direct"),
        ("that Manila was watching for any transfer of Russian military technology to North Korea", "told reporters",
         "National Security Council Assistant Director General Jonathan Malaya", "Jonathan Malaya", "person", "Philippines", "indirect"),
        ('Such transfers could "embolden" Pyongyang on the Korean Peninsula', "warned", "he", "Jonathan Malaya", "person", "Philippines", "indirect"),
        ("Every soldier North Korea loses in Kursk is paid for in technology and hard currency,", "said", "Aileen Sarmiento-Cruz", *ASC, "direct"),
        ("That money and that know-how can end up in missiles pointed at our region.", "said", "Aileen Sarmiento-Cruz", *ASC, "direct"),
        ("that Pyongyang had earned as much as $5.5 billion from arms sales and troop deployments to Russia since 2023, or roughly P320 billion",
         "estimated", "She", *ASC, "indirect"),
    ],
    "events": [
        ("Zelensky said |on Monday|,", "2024-12-23", "2024-12-23", "day", True,
         "Zelensky said more than 3,000 North Korean soldiers had been killed or wounded in Kursk"),
        ("estimated |on Monday| that", "2024-12-23", "2024-12-23", "day", True,
         "South Korea's JCS estimated around 1,100 North Korean troops killed or wounded"),
        ("on December 17", "2024-12-17", "2024-12-17", "day", True,
         "North Korean units lost dozens of men in a single assault near Plekhovo"),
        ("in June", "2024-06-01", "2024-06-30", "month", True,
         "Moscow and Pyongyang signed a mutual defense pact"),
        ("in early December", "2024-12-01", "2024-12-10", "month", True,
         "The Russia-North Korea mutual defense pact came into force"),
        ("on August 6", "2024-08-06", "2024-08-06", "day", True,
         "Ukraine launched its surprise incursion into Kursk"),
        ("on Sunday", "2024-12-22", "2024-12-22", "day", True,
         "DFA spokesperson Teresita Daza's statement calling for compliance with UN resolutions on the DPRK"),
        ("since 2023", "2023-01-01", "2024-12-23", "open", True,
         "Pyongyang earned as much as $5.5 billion from arms sales and troop deployments to Russia"),
    ],
}}
