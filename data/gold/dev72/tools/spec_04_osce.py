"""dev72_04: OSCE (osce.org) Permanent Council, statement by the Delegation of Ukraine, 16 January 2025 (Thu).
Row formats as in spec_01_unpress.py.  The statement is the page's own voice; the delegation's
first-person speech acts ("We strongly condemn", "We believe", "We call on", "I request") are rows
credited to Ukraine (the unnamed delegate speaks for the State)."""
D = "dev72_04_osce_permanent_council"
UA = ("Ukraine", "government", "Ukraine")
HUR = "Defence Intelligence of Ukraine"

DOCS = {D: {
"figures": [
    ("more than 40 missiles", 40, None, "more_than", "missile", "weapons", 40, "count", ""),
    ("over 70 attack drones", 70, None, "more_than", "attack drone", "weapons", 70, "count", ""),
    ("around 1,050 attack drones", 1050, None, "approximately", "attack drone", "weapons", 1050, "count", ""),
    ("more than 850 guided aerial bombs", 850, None, "more_than", "guided aerial bomb", "weapons", 850, "count", ""),
    ("nearly 20 missiles", 20, None, "approximately", "missile", "weapons", 20, "count", ""),
    ("two DPRK soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
    ("around 3,800 soldiers", 3800, None, "approximately", "soldier", "casualties", 3800, "count", HUR),
    ("some 60,000 russian and North Korean troops", 60000, None, "approximately", "troop", "personnel", 60000, "count", "Ukraine"),
    ("less than 50 kilometres", 50, None, "less_than", "kilometre", "territory", 50, "km", "Ukraine"),
    ("around 500 square kilometres", 500, None, "approximately", "square kilometre", "territory", 500, "km2", ""),
    ("more than 20,000 containers", 20000, None, "more_than", "container", "weapons", 20000, "count", ""),
    ("more than 2 billion US dollars", 2000000000, None, "more_than", "us dollar", "money", 2000000000, "USD", "partners"),
],
"attributions": [
    ("We strongly condemn this terror against civilians in freezing temperatures", "condemn", "We", *UA, "indirect"),
    ("that Ukraine is ready to hand them over to Kim Jong Un if he can organize their exchange for our warriors held in russian captivity",
     "stated", "President Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ("the DPRK contingent has lost around 3,800 soldiers killed and wounded since it entered combat in December",
     "According to", "the Defence Intelligence of Ukraine", HUR, "organisation", "Ukraine", "according_to"),
    ("that these are regular units of the Korean People’s Army, not “volunteers”, and that they were sent to russia under false pretences",
     "have told this Council", "we", *UA, "indirect"),
    ("he had been told he was going to a training exercise",
     "said", "One of them", "captured North Korean soldier", "group", "North Korea", "indirect"),
    ("some 60,000 russian and North Korean troops are now concentrated there, on a front of less than 50 kilometres", "by our estimates", "our", *UA, "according_to"),
    ("that russia has also agreed to help Pyongyang with its satellite programme", "believe", "We", *UA, "indirect"),
    ("that there are no DPRK soldiers in russia’s armed forces",
     "claimed", "The russian delegation", "Russia", "government", "Russia", "indirect"),
    ("We call on all participating States to reject russia’s attempts to internationalize its aggression and to hold both regimes accountable",
     "call on", "We", *UA, "indirect"),
    ("new packages of military assistance worth more than 2 billion US dollars",
     "announced", "partners", "partners", "group", "West", "indirect"),
    ("that this statement be attached to the journal of the day", "request", "I", *UA, "indirect"),
],
"events": [
    ("Yesterday morning", "2025-01-15", "2025-01-15", "day", True,
     "Russia launched a massive combined missile and drone strike on Ukraine's energy infrastructure"),
    ("On 11 January", "2025-01-11", "2025-01-11", "day", True,
     "Ukrainian special operations forces and paratroopers captured two DPRK soldiers in the Kursk region"),
    ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
     "Zelenskyy stated Ukraine is ready to hand the prisoners to Kim Jong Un in exchange for Ukrainians held by Russia"),
    ("in December", "2024-12-01", "2024-12-31", "month", True,
     "The DPRK contingent entered combat"),
    ("since October", "2024-10-01", "2025-01-16", "open", True,
     "Ukraine has told the Permanent Council the DPRK troops are regular KPA units sent under false pretences"),
    ("Since August 2023", "2023-08-01", "2025-01-16", "open", True,
     "The DPRK sent Russia more than 20,000 containers of munitions and artillery systems"),
    ("last week", "2025-01-06", "2025-01-12", "week", True,
     "The Russian delegation claimed at the Permanent Council there are no DPRK soldiers in Russia's armed forces"),
    ("Last month", "2024-12-01", "2024-12-31", "month", True,
     "Partners announced new military assistance packages worth more than 2 billion US dollars"),
],
}}
