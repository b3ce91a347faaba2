# Annotation spec for dev49_04 (The Japan Times, opinion column by a guest writer, published 2025-06-20, a Friday).
# Row formats: see spec_01_wapo.py.
D = "dev49_04_japantimes_column_shoigu_visit"
NIS = "National Intelligence Service (South Korea)"
SUSPECT = "the answer includes help with air defenses, electronic warfare and perhaps the guidance systems of its KN-23 ballistic missiles"

DOCS = {D: {
    "figures": [
        ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Sergei Shoigu"),
        ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", "Sergei Shoigu"),
        ("between 11,000 and 12,000 troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", "Kyrylo Budanov"),
        ("4,000 to 5,000", 4000, 5000, "range", "soldier", "casualties", 4000, "count", NIS),
        ("dozens of those missiles", 24, None, "vague", "missile", "weapons", 24, "count", ""),
        ("¥8.7 trillion", 8700000000000, None, "exact", "yen", "money", 8700000000000, "JPY", ""),
        ("$60 billion", 60000000000, None, "exact", "dollar", "money", 60000000000, "USD", ""),
        ("an estimated 139,000 square kilometers", 139000, None, "approximately", "square kilometer", "territory", 139000, "km2", ""),
    ],
    "attributions": [
        ("that the North would send 1,000 deminers and 5,000 military construction workers to Russia’s Kursk region to clear mines and rebuild what the fighting had destroyed",
         "announced", "Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
        ("it has retaken the region", "says", "Russia", "Russia", "government", "Russia", "indirect"),
        ("that North Korea still had between 11,000 and 12,000 troops inside Russia", "said",
         "Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
        ("that 4,000 to 5,000 of the North Korean soldiers sent to Kursk were killed or wounded", "estimates",
         "South Korea’s spy agency", NIS, "organisation", "South Korea", "indirect"),
        # sources named together that speak for different sides: one row each
        (SUSPECT, "suspect", "Western and South Korean officials", "Western officials", "group", "West", "indirect"),
        (SUSPECT, "suspect", "Western and South Korean officials", "South Korean officials", "group", "South Korea", "indirect"),
        ("Kursk was a laboratory. The lessons will be applied on this side of the Sea of Japan.", "put it to me",
         "Kenji Aoyama", "Kenji Aoyama", "person", "independent", "direct"),
        ("that military cooperation between Moscow and Pyongyang “could directly affect the security environment around our country.”",
         "warned", "Defense Minister Gen Nakatani", "Gen Nakatani", "person", "Japan", "indirect"),
        ("Tokyo had raised the Shoigu visit with Seoul and Washington", "said",
         "A senior Foreign Ministry official", "senior Foreign Ministry official", "group", "Japan", "indirect"),
    ],
    "events": [
        ("Pyongyang |on Tuesday|, it was", "2025-06-17", "2025-06-17", "day", True, "Sergei Shoigu landed in Pyongyang and announced North Korean deminers and builders for Kursk"),
        ("last autumn", "2024-09-01", "2024-11-30", "season", True, "North Korean infantry arrived in Russia"),
        ("last month", "2025-05-01", "2025-05-31", "month", True, "Budanov told NHK North Korea still had 11,000-12,000 troops in Russia"),
        ("since 1953", "1953-01-01", "2025-06-20", "open", True, "North Korea has not fought a war"),
        ("on June 19, 2024", "2024-06-19", "2024-06-19", "day", False, "Kim Jong Un and Vladimir Putin signed the mutual defense treaty in Pyongyang"),
        ("earlier this week", "2025-06-16", "2025-06-19", "week", True, "Kenji Aoyama told the author Kursk was a laboratory"),
        ("this year", "2025-01-01", "2025-12-31", "year", True, "Japan is spending a record 8.7 trillion yen on defense"),
        ("on June 10", "2025-06-10", "2025-06-10", "day", True, "Defense Minister Gen Nakatani warned lawmakers about Moscow-Pyongyang military cooperation"),
    ],
}}
