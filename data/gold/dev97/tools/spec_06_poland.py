"""dev97_06: Poland MFA (gov.pl) news item with MFA statement and the UN Security Council speech.
Anchor 2025-09-08 (Mon).  Row formats: see spec_01_mofa.py."""
SZ = ("Krzysztof Szczerski", "person", "Poland")
PL = ("Poland", "government", "Poland", "indirect")
MFA = ("Polish Foreign Ministry", "organisation", "Poland")
HUR = "Defence Intelligence of Ukraine"

DOCS = {"dev97_06_poland_mfa_unsc_speech": {
    "figures": [
        ("some 15,000 soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", ""),
        ("an estimated 12 million artillery shells", 12e6, None, "approximately", "artillery shell", "weapons", 12e6, "count", ""),
        ("up to 6,000 more North Korean workers", 6000, None, "at_most", "worker", "personnel", 6000, "count", HUR),
        ("less than 20 kilometres", 20, None, "less_than", "kilometre", "territory", 20, "km", ""),
        ("more than 20 billion złoty", 20e9, None, "more_than", "złoty", "money", 20e9, "PLN", ""),
        ("about 4.7 billion euros", 4.7e9, None, "approximately", "euro", "money", 4.7e9, "EUR", ""),
        ("nearly one million Ukrainian refugees", 1e6, None, "approximately", "refugee", "other", 1e6, "count", ""),
    ],
    "attributions": [
        ("Poland warns UN Security Council over North Korean troops in Russia's war",
         "warns", "Poland", *PL),
        ("that the involvement of the Democratic People's Republic of Korea had turned Russia's aggression into “a threat to security far beyond Europe”",
         "warned", "He", *SZ, "indirect"),
        ("called on Council members to enforce their own resolutions",
         "called on", "He", *SZ, "indirect"),
        ("Every shell fired from a North Korean gun in the Kursk region is a violation of this Council's decisions,",
         "decisions,” |said| Ambassador", "Ambassador Szczerski", *SZ, "direct"),
        ("Silence here would be read in Pyongyang as permission.",
         "decisions,” |said| Ambassador", "Ambassador Szczerski", *SZ, "direct"),
        ("the Ministry of Foreign Affairs condemned the ceremony held in Pyongyang the day before, at which Kim Jong Un decorated soldiers who had fought in the Kursk region and unveiled a memorial to those killed",
         "condemned", "the Ministry of Foreign Affairs", *MFA, "indirect"),
        ("Celebrating participation in a war of aggression is a mockery of the UN Charter,",
         "said", "the Ministry", *MFA, "direct"),
        ("up to 6,000 more North Korean workers are now arriving to clear mines and rebuild Russian military infrastructure",
         "According to", "Ukraine's Defence Intelligence", HUR, "organisation", "Ukraine", "according_to"),
        ("Poland condemns this cooperation in the strongest terms",
         "condemns", "Poland", *PL),
        ("Pyongyang hailed as heroes the soldiers who had killed Ukrainians on Ukrainian and Russian soil",
         "hailed", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("Poland calls on the DPRK to withdraw all its personnel from Russia and on Russia to end its aggression",
         "calls on", "Poland", *PL),
    ],
    "events": [
        ("On Thursday", "2025-09-04", "2025-09-04", "day", True,
         "Ambassador Krzysztof Szczerski spoke at the UN Security Council briefing on Ukraine"),
        ("on 22 August", "2025-08-22", "2025-08-22", "day", True,
         "Polish Foreign Ministry issued a statement condemning the Pyongyang ceremony"),
        ("the day before", "2025-08-21", "2025-08-21", "day", True,
         "Ceremony in Pyongyang where Kim Jong Un decorated Kursk veterans and unveiled a memorial"),
        ("Since last autumn", "2024-09-01", "2025-09-08", "open", True,
         "The DPRK sent some 15,000 soldiers and an estimated 12 million artillery shells to Russia"),
        ("In August", "2025-08-01", "2025-08-31", "month", True,
         "Pyongyang hailed as heroes the soldiers who fought against Ukraine"),
        ("this month", "2025-09-01", "2025-09-30", "month", True,
         "The Republic of Korea holds the presidency of the UN Security Council"),
        ("in October", "2025-10-01", "2025-10-31", "month", True,
         "Next report of the Multilateral Sanctions Monitoring Team expected"),
    ],
}}
