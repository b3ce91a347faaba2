"""dev84_01_spiegel_kursk: DER SPIEGEL International long read, manifest date EMPTY.
Anchor 2024-11-22 (Friday), from the page's date line "22.11.2024, 18.07 Uhr" (day.month.year).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
"""
DIU = "Defence Intelligence of Ukraine"
BND = "Federal Intelligence Service (Germany)"
SGO = "senior German official"
PIS = "Boris Pistorius"
HAR = "Lena Hartung"

DOCS = {
    "dev84_01_spiegel_kursk": {
        "figures": [
            ("an estimated 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", ""),
            ("around 40 soldiers", 40, None, "approximately", "soldier", "personnel", 40, "count", ""),
            ("roughly 600 square kilometers", 600, None, "approximately", "square kilometer", "territory", 600, "km2", ""),
            ("around 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", DIU),
            ("roughly €1,900", 1900, None, "approximately", "", "money", 1900, "EUR", BND),
            ("well over €1 billion", 1e9, None, "more_than", "", "money", 1e9, "EUR", SGO),
            ("four more IRIS-T air defense systems", 4, None, "exact", "iris-t air defense system", "weapons", 4, "count", PIS),
            ("some €600 million", 6e8, None, "approximately", "", "money", 6e8, "EUR", PIS),
            ("between 3 and 5 million artillery shells", 3e6, 5e6, "range", "artillery shell", "weapons", 3e6, "count", HAR),
            ("up to 150", 150, None, "at_most", "glide bomb", "weapons", 150, "count", "Taras"),
        ],
        "attributions": [
            ("Pyongyang denied everything", "denied", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("the first of them have already come under fire", "say", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
            ("They move differently from the Russians – in tight groups, very disciplined, and they don’t hide from the drones yet,",
             "says", "he", "Taras", "person", "Ukraine", "direct"),
            ("Ukraine’s military intelligence service, HUR, has been reporting the arrival of North Korean troops in the Kursk region",
             "has been reporting", "Ukraine’s military intelligence service, HUR", DIU, "organisation", "Ukraine", "indirect"),
            ("around 11,000 soldiers of the Korean People’s Army are now deployed there, among them members of the elite 11th Corps, known as the “Storm Corps.”",
             "According to", "HUR", DIU, "organisation", "Ukraine", "according_to"),
            ("that some of them had already taken part in combat", "told lawmakers", "South Korea’s National Intelligence Service (NIS)",
             "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect"),
            ("that Moscow pays Pyongyang roughly €1,900 per soldier per month", "estimate",
             "Officials at Germany’s foreign intelligence agency, the BND", BND, "group", "Germany", "indirect"),
            ("the total value of Russian payments and deliveries to North Korea since the summer of 2023 at “well over €1 billion.”",
             "puts", "A senior official in Berlin", SGO, "group", "Germany", "indirect"),
            ("Oil, food and, above all, military technology are part of the package", "said", "he", SGO, "group", "Germany", "indirect"),
            ("escalation that concerns all of Europe directly.", "spoke", "Defense Minister Boris Pistorius", PIS, "person", "Germany", "direct"),
            ("Anyone who still thinks this is a regional conflict has not understood what is happening,", "told DER SPIEGEL", "he", PIS,
             "person", "Germany", "direct"),
            ("Germany, he added, would send Ukraine four more IRIS-T air defense systems by next summer, a package worth some €600 million",
             "added", "he", PIS, "person", "Germany", "indirect"),
            ("Pyongyang is learning modern drone warfare at Russia’s expense,", "says", "Lena Hartung", HAR, "person", "independent", "direct"),
            ("that North Korea has shipped between 3 and 5 million artillery shells to Russia since August 2023", "estimates", "She", HAR,
             "person", "independent", "indirect"),
            ("more than all of Europe has been able to deliver to Ukraine.", "estimates", "She", HAR, "person", "independent", "direct"),
            ("Moscow is paying partly in satellite know-how", "believes", "Hartung", HAR, "person", "independent", "indirect"),
            ("Moscow continues to neither confirm nor deny the deployment", "neither confirm nor deny", "Moscow", "Russia", "government",
             "Russia", "indirect"),
            ("that military cooperation with Pyongyang was “a matter for Moscow and Pyongyang alone.”", "said",
             "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
            ("that any such cooperation would be “in line with international law.”", "declared", "North Korea’s Foreign Ministry",
             "North Korean Foreign Ministry", "organisation", "North Korea", "indirect"),
            ("The North Koreans are not his biggest problem", "says", "he", "Taras", "person", "Ukraine", "indirect"),
            ("It’s the glide bombs – up to 150 a day on our sector alone.", "says", "he", "Taras", "person", "Ukraine", "direct"),
        ],
        "events": [
            ("On Tuesday", "2024-11-19", "2024-11-19", "day", True,
             "Taras's drone unit spotted a column of around 40 soldiers crossing a field near Plekhovo"),
            ("Two days later", "2024-11-21", "2024-11-21", "day", True, "The field near Plekhovo was empty"),
            ("in August", "2024-08-01", "2024-08-31", "month", True, "Kyiv's forces seized Russian territory in the Kursk region"),
            ("last week", "2024-11-11", "2024-11-17", "week", True,
             "South Korea's NIS told lawmakers some North Korean soldiers had already taken part in combat"),
            ("since the summer of 2023", "2023-06-01", "2024-11-22", "open", True,
             "Russian payments and deliveries to North Korea, valued at well over EUR 1 billion"),
            ("on Monday", "2024-11-18", "2024-11-18", "day", True,
             "Boris Pistorius spoke of an escalation that concerns all of Europe directly"),
            ("by next summer", "2025-06-01", "2025-08-31", "season", True,
             "Germany to send Ukraine four more IRIS-T air defense systems (deadline)"),
            ("since August 2023", "2023-08-01", "2024-11-22", "open", True,
             "North Korea shipped 3 to 5 million artillery shells to Russia (Hartung's estimate)"),
            ("in November 2023", "2023-11-01", "2023-11-30", "month", False,
             "Pyongyang put its first military reconnaissance satellite into orbit"),
            ("on Nov. 13", "2024-11-13", "2024-11-13", "day", True,
             "Dmitry Peskov said military cooperation with Pyongyang was a matter for Moscow and Pyongyang alone"),
            ("in late October", "2024-10-21", "2024-10-31", "month", True,
             "North Korea's Foreign Ministry declared any such cooperation in line with international law"),
            ("in June", "2024-06-01", "2024-06-30", "month", True,
             "Putin and Kim signed a mutual defense treaty in Pyongyang"),
        ],
    },
}
