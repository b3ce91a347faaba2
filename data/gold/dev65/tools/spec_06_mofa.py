# dev65_06_mofa_iwaya -- MOFA press-conference transcript; manifest published EMPTY;
# anchor 2025-09-12 (Friday) from the page date line "Friday, September 12, 2025, 10:31 a.m.".
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (content span, cue, speaker as written, canonical, type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])
# Each answer turn of the minister (label "Minister Iwaya:" or "A:") is one direct attribution whose
# content is the whole turn and whose cue is the speaker label; questions ("Q:") are not attributions.
# The turn texts below are copied verbatim from the page.

OPENING = 'Good morning. Today, the Government of Japan decided to implement additional sanctions measures in light of the situation surrounding Ukraine. The measures include asset freezes against 14 individuals and 51 entities, among them three North Korean entities and two vessels involved in transferring ballistic missiles and munitions from North Korea to Russia. Japan will continue to work closely with the G7 and other partners to achieve a just and lasting peace in Ukraine as early as possible.'
A1 = "I am aware of the reports. I would like to refrain from commenting on the details of intelligence exchanged with other countries. That said, North Korea's dispatch of troops to Russia and their participation in combat against Ukraine since last autumn is an extremely grave development that aggravates the situation in Ukraine and could affect the security of the Indo-Pacific, including Japan. Japan strongly condemns it. As Chief Cabinet Secretary Hayashi stated on Tuesday, the Government is also closely watching for any transfer of nuclear or missile-related technology from Russia to North Korea. We will continue to cooperate closely with the United States and the Republic of Korea (ROK)."
A2 = "I would like to refrain from commenting on each of these meetings. In general terms, however, military cooperation between North Korea and Russia has expanded rapidly since Pyongyang and Moscow signed their Treaty on Comprehensive Strategic Partnership in June last year. According to the Government's analysis, North Korea has supplied Russia with more than 200 long-range artillery systems, dozens of ballistic missiles and millions of rounds of artillery ammunition. In return, Russia is believed to be providing North Korea with oil, funds and military technology. Japan will respond firmly, including through sanctions."
A3 = "Japan's policy of firmly supporting Ukraine will not change. Japan has so far extended support totaling approximately 12.1 billion US dollars, including about 4.5 billion dollars in humanitarian and recovery assistance, and is providing a further approximately 471.9 billion yen, or 3 billion US dollars, through the Extraordinary Revenue Acceleration (ERA) Loans for Ukraine. Japan also intends to host a ministerial meeting on Ukraine's reconstruction in Tokyo in November."
A4 = "I am aware of the report, but I would like to refrain from commenting on each of North Korea's announcements. Japan will continue to strongly urge North Korea to stop its military cooperation with Russia and to fully comply with the relevant United Nations Security Council resolutions."

IWAYA = "Takeshi Iwaya"
NIS = "National Intelligence Service (South Korea)"


def turn(content, cue, label):
    return (content, cue, label, IWAYA, "person", "Japan", "direct")


DOCS = {
    "dev65_06_mofa_iwaya": {
        "figures": [
            ("14 individuals", 14, None, "exact", "individual", "other", 14, "count", IWAYA),
            ("51 entities", 51, None, "exact", "entity", "other", 51, "count", IWAYA),
            ("three North Korean entities", 3, None, "exact", "entity", "other", 3, "count", IWAYA),
            ("two vessels", 2, None, "exact", "vessel", "other", 2, "count", IWAYA),
            ("around 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
            ("6,000 troops", 6000, None, "exact", "troop", "personnel", 6000, "count", NIS),
            ("more than 200 long-range artillery systems", 200, None, "more_than", "long-range artillery system", "weapons", 200, "count", "Japan"),
            ("dozens of ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", "Japan"),
            ("millions of rounds", 1000000, None, "vague", "round", "weapons", 1000000, "count", "Japan"),
            ("approximately 12.1 billion US dollars", 12100000000, None, "approximately", "us dollar", "money", 12100000000, "USD", IWAYA),
            ("about 4.5 billion dollars", 4500000000, None, "approximately", "dollar", "money", 4500000000, "USD", IWAYA),
            ("approximately 471.9 billion yen", 471900000000, None, "approximately", "yen", "money", 471900000000, "JPY", IWAYA),
            ("3 billion US dollars", 3000000000, None, "exact", "us dollar", "money", 3000000000, "USD", IWAYA),
        ],
        "attributions": [
            turn(OPENING, "|Minister Iwaya|: Good morning", "Minister Iwaya"),
            ("that around 2,000 North Korean soldiers have been killed in the fighting in Kursk, and that Pyongyang is preparing to send an additional 6,000 troops to Russia",
             "Service |said| earlier", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            turn(A1, "|A|: I am aware of the reports.", "A"),
            ("the Government is also closely watching for any transfer of nuclear or missile-related technology from Russia to North Korea",
             "stated", "Chief Cabinet Secretary Hayashi", "Yoshimasa Hayashi", "person", "Japan", "indirect"),
            turn(A2, "|A|: I would like to refrain from commenting on each of these", "A"),
            ("North Korea has supplied Russia with more than 200 long-range artillery systems, dozens of ballistic missiles and millions of rounds of artillery ammunition",
             "According to", "the Government's analysis", "Japan", "government", "Japan", "according_to"),
            turn(A3, "|A|: Japan's policy", "A"),
            ("that General Secretary Kim had met the families of soldiers killed in Russia", "reported",
             "KCNA", "Korean Central News Agency", "media", "North Korea", "indirect"),
            turn(A4, "|A|: I am aware of the report,", "A"),
        ],
        "events": [
            ("Today", "2025-09-12", "2025-09-12", "day", True,
             "The Government of Japan decided additional sanctions incl. asset freezes on North Korean entities"),
            ("earlier this week", "2025-09-08", "2025-09-11", "week", True,
             "South Korea's NIS said ~2,000 North Korean soldiers killed and 6,000 more troops being prepared"),
            ("since last autumn", "2024-09-01", "2025-09-12", "open", True,
             "North Korean troops' participation in combat against Ukraine"),
            ("on Tuesday", "2025-09-09", "2025-09-09", "day", True,
             "Chief Cabinet Secretary Hayashi stated the government is watching for technology transfers to North Korea"),
            ("on September 3", "2025-09-03", "2025-09-03", "day", True,
             "Kim Jong Un attended the military parade in Beijing with Xi Jinping and Putin"),
            ("in June last year", "2024-06-01", "2024-06-30", "month", True,
             "North Korea and Russia signed their Treaty on Comprehensive Strategic Partnership"),
            ("in November", "2025-11-01", "2025-11-30", "month", True,
             "Japan intends to host a ministerial meeting on Ukraine's reconstruction in Tokyo"),
            ("on Wednesday", "2025-09-10", "2025-09-10", "day", True,
             "KCNA reported Kim Jong Un met families of soldiers killed in Russia"),
        ],
    },
}
