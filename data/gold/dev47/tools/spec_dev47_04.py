# dev47_04: Human Rights Watch dispatch, published Tuesday 2025-03-18 (anchor). Curly quotes.
# The dispatch's author writes in the article's own voice: her recommendations are not attributions,
# but "Human Rights Watch has documented ..." names a source and is one.
NIS = "National Intelligence Service (South Korea)"
OLD = "older North Korean prisoner of war"
YOUNG = "younger North Korean prisoner of war"
HRW = "Human Rights Watch"
ICRC = "International Committee of the Red Cross"
COI = "UN Commission of Inquiry on Human Rights in North Korea"
MOU = "South Korean Ministry of Unification"
CHQ = "Coordination Headquarters for the Treatment of Prisoners of War"

DOCS = {
    "dev47_04_hrw_dispatch_no_forced_return": {
        "figures": [
            ("Two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("80,000 to 120,000 people", 80000, 120000, "range", "person", "other", 80000, "count", COI),
            ("about 4,000 North Korean soldiers", 4000, None, "approximately", "soldier", "casualties", 4000, "count", NIS),
            ("about 1 million won", 1000000, None, "approximately", "won", "money", 1000000, "KRW", "activists"),
            ("US$690", 690, None, "exact", "dollar", "money", 690, "USD", "activists"),
            ("up to 16 million won", 16000000, None, "at_most", "won", "money", 16000000, "KRW", MOU),
            ("about US$11,000", 11000, None, "approximately", "dollar", "money", 11000, "USD", MOU),
        ],
        "attributions": [
            ("that he wants to go to South Korea", "has told", "One of them", OLD, "group", "North Korea", "indirect"),
            ("he has not yet made up his mind", "has said", "The other", YOUNG, "group", "North Korea", "indirect"),
            ("that recruits are taught to take their own lives rather than be captured", "have told",
             "Former soldiers of the Korean People’s Army", "former North Korean soldiers", "group", "independent", "indirect"),
            ("that a wounded North Korean soldier had blown himself up with a grenade as Ukrainian troops approached", "said",
             "Ukraine’s military intelligence agency, known as HUR", "Defence Intelligence of Ukraine",
             "organisation", "Ukraine", "indirect"),
            ("how North Koreans forcibly returned from China are interrogated, tortured and sent to prison camps",
             "has documented", "Human Rights Watch", HRW, "organisation", "independent", "indirect"),
            ("that 80,000 to 120,000 people were then held in the country’s political prison camps", "estimated",
             "a United Nations commission of inquiry", COI, "organisation", "UN", "indirect"),
            ("that about 4,000 North Korean soldiers had been killed or wounded in Kursk since the deployment began last autumn",
             "said", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("that a prisoner of war should not be repatriated against his will where there are serious grounds to fear persecution",
             "recognizes", "The International Committee of the Red Cross (ICRC)", ICRC, "organisation", "independent", "indirect"),
            ("it has visited both men", "says", "The ICRC", ICRC, "organisation", "independent", "indirect"),
            ("he had been told he was going to Russia for training", "said", "the younger soldier", YOUNG,
             "group", "North Korea", "indirect"),
            ("that families of some soldiers killed in Kursk had received a one-time payment of about 1 million won (US$690)",
             "told Human Rights Watch", "Activists in Seoul with contacts inside North Korea", "activists",
             "group", "independent", "indirect"),
            ("Human Rights Watch wrote to Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War asking for assurances that neither man would be forcibly returned",
             "asking for", "Human Rights Watch", HRW, "organisation", "independent", "indirect"),
            ("that any decision would “take into account the will of the prisoners” and would comply with Ukraine’s international obligations",
             "said", "the headquarters", CHQ, "organisation", "Ukraine", "indirect"),
            ("that, if the men come to Seoul, they would receive the same resettlement support as other North Korean escapees, including a settlement grant of up to 16 million won (about US$11,000)",
             "has said", "South Korea’s Ministry of Unification", MOU, "organisation", "South Korea", "indirect"),
            ("that Russia treat Ukrainian prisoners in line with the laws of war", "insisted", "Kyiv", "Ukraine",
             "government", "Ukraine", "indirect"),
        ],
        "events": [
            ("Kursk region |in January| have now", "2025-01-01", "2025-01-31", "month", True,
             "Two North Korean soldiers were captured by Ukrainian forces in Russia's Kursk region"),
            ("HUR, said |in January| that", "2025-01-01", "2025-01-31", "month", True,
             "Ukraine's military intelligence said a wounded North Korean soldier blew himself up with a grenade"),
            ("in 2014", "2014-01-01", "2014-12-31", "year", False,
             "A UN commission of inquiry reported, estimating 80,000-120,000 people in North Korea's political prison camps"),
            ("last month", "2025-02-01", "2025-02-28", "month", True,
             "South Korea's NIS said about 4,000 North Korean soldiers had been killed or wounded in Kursk"),
            ("last autumn", "2024-09-01", "2024-11-30", "season", True, "North Korea's deployment to Russia began"),
            ("Security Service |in January|, the younger", "2025-01-01", "2025-01-31", "month", True,
             "Ukraine's Security Service released interrogation videos of the prisoners"),
            ("On March 10", "2025-03-10", "2025-03-10", "day", True,
             "Human Rights Watch wrote to Ukraine's Coordination Headquarters asking for assurances against forced return"),
            ("on Friday", "2025-03-14", "2025-03-14", "day", True,
             "Ukraine's Coordination Headquarters replied that any decision would take into account the prisoners' will"),
        ],
    },
}
