"""dev73_03_bbcvideo_sudzha -- BBC News video page, published 2025-03-13 (Thursday).

Row layouts as in spec_01_apimages.py.
"""
DIU = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service (South Korea)"
GS = "General Staff of the Armed Forces of Ukraine"
RDM = "Russian Defense Ministry"

DOCS = {
    "dev73_03_bbcvideo_sudzha": {
        "figures": [
            ("more than 100 sq km", 100, None, "more_than", "sq km", "territory", 100, "km2", RDM),
            ("a dozen settlements", 12, None, "exact", "settlement", "territory", 12, "count", RDM),
            ("about 40 of their soldiers", 40, None, "approximately", "soldier", "personnel", 40, "count", "Sapsan"),
            ("eight men", 8, None, "exact", "man", "personnel", 8, "count", "Maksym"),
            ("about 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "Western officials"),
            ("about 4,000", 4000, None, "approximately", "troop", "casualties", 4000, "count", DIU),
            ("up to 3,000 replacements", 3000, None, "at_most", "replacement", "personnel", 3000, "count", DIU),
        ],
        "attributions": [
            ("North Korean troops back on Kursk front line", "say", "Ukrainian soldiers", "Ukrainian soldiers", "group", "Ukraine", "indirect"),
            ("North Korean soldiers have returned to the front line in Russia's Kursk region after a pause of about three weeks",
             "told the BBC", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
            ("its forces had retaken more than 100 sq km and a dozen settlements in the past five days, and were fighting on the outskirts of Sudzha",
             "said", "Russia's defence ministry", RDM, "organisation", "Russia", "indirect"),
            ('the North Koreans were now "better camouflaged" and were flying drones of their own',
             "said", "Its commander", "Sapsan", "person", "Ukraine", "indirect"),
            ("We counted about 40 of their soldiers in one assault on Tuesday morning,", "said", "he", "Sapsan", "person", "Ukraine", "direct"),
            ("Last time they came across the fields in the open. Now they hide in the tree lines.",
             'morning," he |said|. "Last', "he", "Sapsan", "person", "Ukraine", "direct"),
            ("what he said was a North Korean assault group of eight men crossing a frozen stream",
             "said", "he", "Maksym", "person", "Ukraine", "indirect"),
            ('its troops were pulling back to "more advantageous lines"', "said", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
            ("that any units had been encircled", "denied", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
            ("such claims Russian propaganda", "calling", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
            ("the week-long pause in US intelligence sharing, lifted on Tuesday after talks in Jeddah, made it harder to spot Russian columns moving towards Sudzha",
             "say", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
            ('commanders to "completely liberate" the region "in the shortest possible time"',
             "ordered", "President Vladimir Putin", "Vladimir Putin", "person", "Russia", "indirect"),
            ("Pyongyang sent about 11,000 troops to Kursk last autumn", "say", "Western officials", "Western officials", "group", "West", "indirect"),
            ("that about 4,000 of them have since been killed or wounded, and that North Korea has sent up to 3,000 replacements since January",
             "estimates", "Ukrainian military intelligence", DIU, "organisation", "Ukraine", "indirect"),
            ("that the North Koreans had been pulled back from the front in mid-January after heavy losses",
             "said", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("The Kremlin has never confirmed the presence of North Korean soldiers in Kursk",
             "has never confirmed", "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
            ("groundless", "called", "Pyongyang", "North Korea", "government", "North Korea", "direct"),
        ],
        "events": [
            ("last summer", "2024-06-01", "2024-08-31", "season", True, "Ukrainian troops seized territory in Russia's Kursk region"),
            ("defence ministry said |on Wednesday| its", "2025-03-12", "2025-03-12", "day", True, "Russian Defense Ministry said its forces had retaken over 100 sq km and a dozen settlements and were fighting outside Sudzha"),
            ("on Tuesday morning", "2025-03-11", "2025-03-11", "day", True, "North Korean assault in which Sapsan's unit counted about 40 soldiers"),
            ("lifted |on Tuesday| after", "2025-03-11", "2025-03-11", "day", True, "US pause in intelligence sharing with Ukraine lifted after talks in Jeddah"),
            ("Kursk region |on Wednesday| and", "2025-03-12", "2025-03-12", "day", True, "Putin visited a command post in the Kursk region and ordered its complete liberation"),
            ("last autumn", "2024-09-01", "2024-11-30", "season", True, "Pyongyang sent about 11,000 troops to Kursk"),
            ("since January", "2025-01-01", "2025-03-13", "open", True, "North Korea sent up to 3,000 replacements"),
            ("last month", "2025-02-01", "2025-02-28", "month", True, "South Korea's spy agency said the North Koreans had been pulled back from the front"),
            ("in mid-January", "2025-01-11", "2025-01-20", "month", True, "North Korean troops pulled back from the Kursk front after heavy losses"),
        ],
    },
}
