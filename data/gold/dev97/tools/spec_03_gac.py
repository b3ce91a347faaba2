"""dev97_03: Global Affairs Canada, statement by Minister Joly.  Manifest date EMPTY; anchor
2025-05-02 (Fri) from the page's date line "May 2, 2025 - Ottawa, Ontario - Global Affairs Canada".
Row formats: see spec_01_mofa.py.  The quoted statement is one direct row per quoted paragraph
(each opens with its own quotation mark), all with the cue "issued the following statement"."""
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
JOLY = ("issued the following statement", "The Honourable Mélanie Joly", "Mélanie Joly", "person", "Canada", "direct")
J = "Mélanie Joly"

DOCS = {"dev97_03_gac_statement_joly": {
    "figures": [
        ("an estimated 14,000 North Korean troops", 14000, None, "approximately", "troop", "personnel", 14000, "count", J),
        ("millions of artillery shells", 1e6, None, "vague", "artillery shell", "weapons", 1e6, "count", J),
        ("dozens of ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", J),
        ("more than 4,700", 4700, None, "more_than", "soldier", "casualties", 4700, "count", NIS),
        ("10 partners", 10, None, "exact", "partner", "other", 10, "count", J),
        ("more than 3,100 individuals and entities", 3100, None, "more_than", "individual and entity", "other", 3100, "count", J),
        ("more than $19.7 billion", 19.7e9, None, "more_than", "", "money", 19.7e9, "CAD", J),
        ("$4.6 billion", 4.6e9, None, "exact", "", "money", 4.6e9, "CAD", J),
    ],
    "attributions": [
        # the quoted statement, paragraph by paragraph
        ("On Saturday, Russia's Chief of the General Staff publicly praised the 'heroism' of North Korean soldiers in the Kursk region, and on Monday, Pyongyang confirmed for the first time that its troops were fighting there. Ukraine has been warning of this deployment since October.", *JOLY),
        ("Canada condemns in the strongest terms the direct participation of the Democratic People's Republic of Korea (DPRK) in Russia's illegal and unjustifiable war of aggression. The deployment of an estimated 14,000 North Korean troops, along with millions of artillery shells and dozens of ballistic missiles, is a flagrant violation of UN Security Council resolutions. It has prolonged the suffering of the Ukrainian people.", *JOLY),
        ("South Korea's intelligence service estimates that more than 4,700 of these soldiers have been killed or wounded. In return for this sacrifice of its own people, Pyongyang is receiving oil, hard currency and, we fear, Russian military technology that could threaten the security of the Indo-Pacific.", *JOLY),
        ("According to Ukraine's Defence Intelligence, North Korean artillery crews and drone operators are now being prepared for operations inside Ukraine itself. Canada, a founding member of the Multilateral Sanctions Monitoring Team launched last October, will work with its 10 partners in the team to document and expose these violations.", *JOLY),
        ("Since 2014, Canada has imposed sanctions on more than 3,100 individuals and entities in response to Russia's aggression, including DPRK officials and companies involved in arms transfers. Canada has also committed more than $19.7 billion in assistance to Ukraine since 2022, including $4.6 billion in military aid.", *JOLY),
        ("Canada will continue to work with its G7 partners, including at the Leaders' Summit in Kananaskis in June, to hold Russia and the DPRK to account. The security of the Euro-Atlantic and that of the Indo-Pacific are inseparable. We call on the DPRK to withdraw its forces immediately and to end all military cooperation with Russia.", *JOLY),
        ('"|Canada stands with Ukraine.|"', *JOLY),
        # statements reported inside the quote
        ("Russia's Chief of the General Staff publicly praised the 'heroism' of North Korean soldiers in the Kursk region",
         "praised", "Russia's Chief of the General Staff", "Valery Gerasimov", "person", "Russia", "indirect"),
        ("that its troops were fighting there",
         "confirmed", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("Ukraine has been warning of this deployment since October",
         "warning", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
        ("Canada condemns in the strongest terms the direct participation of the Democratic People's Republic of Korea (DPRK) in Russia's illegal and unjustifiable war of aggression",
         "condemns", "Canada", "Canada", "government", "Canada", "indirect"),
        ("that more than 4,700 of these soldiers have been killed or wounded",
         "estimates", "South Korea's intelligence service", NIS, "organisation", "South Korea", "indirect"),
        ("North Korean artillery crews and drone operators are now being prepared for operations inside Ukraine itself",
         "According to", "Ukraine's Defence Intelligence", HUR, "organisation", "Ukraine", "according_to"),
    ],
    "events": [
        ("today", "2025-05-02", "2025-05-02", "day", True,
         "Mélanie Joly issued her statement on the confirmed North Korean deployment"),
        ("On Saturday", "2025-04-26", "2025-04-26", "day", True,
         "Russia's Chief of the General Staff praised the 'heroism' of North Korean soldiers in Kursk"),
        ("on Monday", "2025-04-28", "2025-04-28", "day", True,
         "Pyongyang confirmed for the first time that its troops were fighting in Kursk"),
        ("since October", "2024-10-01", "2025-05-02", "open", True,
         "Ukraine has been warning of the North Korean deployment"),
        ("last October", "2024-10-01", "2024-10-31", "month", True,
         "Multilateral Sanctions Monitoring Team launched, Canada a founding member"),
        ("Since 2014", "2014-01-01", "2025-05-02", "open", True,
         "Canada imposed sanctions on more than 3,100 individuals and entities over Russia's aggression"),
        ("since 2022", "2022-01-01", "2025-05-02", "open", True,
         "Canada committed more than $19.7 billion in assistance to Ukraine"),
        ("in June", "2025-06-01", "2025-06-30", "month", True,
         "G7 Leaders' Summit in Kananaskis"),
    ],
}}
