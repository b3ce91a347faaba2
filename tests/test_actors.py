"""actors.py: the gazetteer and the Resolver: canonical name, type and affiliation of a speaker phrase."""
from __future__ import annotations

from datetime import date

import pytest

from kursk_research.actors import (
    GOVERNMENT,
    GROUP,
    INDEPENDENT,
    MEDIA,
    ORGANISATION,
    PERSON,
    SPEAKER_TYPES,
    Resolver,
    Source,
    affiliation_of,
    gazetteer,
    key,
    outlet_country,
)
from kursk_research.segment import tokenize

WHEN = date(2024, 11, 20)


def resolve(phrase: str, when: date | None = WHEN) -> list[Source]:
    return Resolver(phrase, when).resolve(tokenize(phrase))


@pytest.mark.parametrize("phrase, canonical, speaker_type, affiliation", [
    # one person under one name
    ("Zelensky", "Volodymyr Zelensky", PERSON, "Ukraine"),
    ("Zelenskyy", "Volodymyr Zelensky", PERSON, "Ukraine"),
    ("Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky", PERSON, "Ukraine"),
    ("Lithuanian Foreign Minister Gabrielius Landsbergis", "Gabrielius Landsbergis", PERSON, "Lithuania"),
    ("Blinken", "Antony Blinken", PERSON, "United States"),
    # organisations under their usual English name
    ("Ukraine's military intelligence", "Defence Intelligence of Ukraine", ORGANISATION, "Ukraine"),
    ("Ukraine’s military intelligence", "Defence Intelligence of Ukraine", ORGANISATION, "Ukraine"),
    ("the Defense Intelligence of Ukraine", "Defence Intelligence of Ukraine", ORGANISATION, "Ukraine"),
    ("Kyiv's military intelligence", "Defence Intelligence of Ukraine", ORGANISATION, "Ukraine"),
    ("HUR", "Defence Intelligence of Ukraine", ORGANISATION, "Ukraine"),
    ("NIS", "National Intelligence Service (South Korea)", ORGANISATION, "South Korea"),
    ("South Korea's spy agency", "National Intelligence Service (South Korea)", ORGANISATION, "South Korea"),
    ("the NIS assessment", "National Intelligence Service (South Korea)", ORGANISATION, "South Korea"),
    ("State Department", "U.S. State Department", ORGANISATION, "United States"),
    ("Russia’s Defense Ministry", "Russian Defense Ministry", ORGANISATION, "Russia"),
    ("the Institute for the Study of War (ISW)", "Institute for the Study of War", ORGANISATION, "independent"),
    ("British intelligence", "British intelligence", ORGANISATION, "United Kingdom"),
    ("Western intelligence officials", "Western intelligence officials", GROUP, "West"),  # people, not their agencies
    ("Ukrainian intelligence officials", "Ukrainian intelligence officials", GROUP, "Ukraine"),
    # states and capitals speaking as such
    ("Pyongyang", "North Korea", GOVERNMENT, "North Korea"),
    ("Seoul", "South Korea", GOVERNMENT, "South Korea"),
    ("Kyiv", "Ukraine", GOVERNMENT, "Ukraine"),
    ("the Kremlin", "Kremlin", GOVERNMENT, "Russia"),
    ("A statement from the South Korean government", "South Korea", GOVERNMENT, "South Korea"),
    ("South Korean estimates", "South Korea", GOVERNMENT, "South Korea"),  # a nationality alone: the state's estimates
    ("Türkiye", "Turkey", GOVERNMENT, "Turkey"),
    # states the hand-made files lack, from data/gazetteer/countries.csv
    ("Bangkok", "Thailand", GOVERNMENT, "Thailand"),
    ("the Nigerian government", "Nigeria", GOVERNMENT, "Nigeria"),
    ("Kenyan officials", "Kenyan officials", GROUP, "Kenya"),
    ("Thailand's Ministry of Foreign Affairs", "Ministry of Foreign Affairs (Thailand)", ORGANISATION, "Thailand"),
    ("the Ministry of Foreign Affairs in Bangkok", "Ministry of Foreign Affairs (Thailand)", ORGANISATION, "Thailand"),
    ("the Department of Foreign Affairs (DFA) in Manila", "Department of Foreign Affairs (Philippines)", ORGANISATION, "Philippines"),
    ("Jordan Kessel", "Jordan Kessel", PERSON, ""),  # a state's name that is also a first name is left out
    ("the Ukrainian open-source group Frontline Korea", "Frontline Korea", ORGANISATION, "independent"),  # no person's name ends in a country
    ("A Gallup Korea survey", "Gallup Korea", ORGANISATION, "independent"),
    ("Wisma Putra", "Ministry of Foreign Affairs (Malaysia)", ORGANISATION, "Malaysia"),
    ("RI", "Indonesia", GOVERNMENT, "Indonesia"),
    # honorifics before a name are no part of it
    ("Foreign Minister Datuk Seri Mohamad Hasan", "Mohamad Hasan", PERSON, ""),
    ("Mr Lee Jae-myung", "Lee Jae-myung", PERSON, "South Korea"),
    ("Dr Kim Min-ji", "Kim Min-ji", PERSON, ""),
    ("the Rev. Daniel Kwon", "Daniel Kwon", PERSON, ""),  # clergy, honours and local offices are titles
    ("Sir Ed Davey", "Ed Davey", PERSON, ""),
    ("Ald. Anna Nowak", "Anna Nowak", PERSON, ""),
    ("Councillor Jane Roe", "Jane Roe", PERSON, ""),
    ("The Ukrainian Canadian Congress", "Ukrainian Canadian Congress", ORGANISATION, INDEPENDENT),  # civil society speaks for no state
    ("the Rev. Daniel Chung of Hanmaum Korean United Methodist Church", "Daniel Chung", PERSON, INDEPENDENT),
    # groups, as written
    ("Western officials", "Western officials", GROUP, "West"),
    ("Western intelligence", "Western intelligence", GROUP, "West"),
    ("analysts", "analysts", GROUP, "independent"),
    ("Analysts", "analysts", GROUP, "independent"),  # a sentence's capital is not part of the name
    ("Senior officials", "senior officials", GROUP, ""),
    ("Local media", "local media", MEDIA, "independent"),
    ("Defense Ministry", "Defense Ministry", ORGANISATION, ""),
    ("observers", "observers", GROUP, "independent"),
    ("Ukrainian officials", "Ukrainian officials", GROUP, "Ukraine"),
    ("a senior Ukrainian official", "senior Ukrainian official", GROUP, "Ukraine"),
    ("a Ukrainian military source", "Ukrainian military source", GROUP, "Ukraine"),
    ("a spokesperson for the U.S. State Department", "U.S. State Department", GROUP, "United States"),
    # firms named for what they sell, and a body named after the noun that describes it
    ("Polaris Vessel Analytics", "Polaris Vessel Analytics", ORGANISATION, "independent"),
    ("the London consultancy Meridian Advisory", "Meridian Advisory", ORGANISATION, "independent"),
    ("the Seoul pollster Gilbo Research", "Gilbo Research", ORGANISATION, "independent"),
    ("Treasury", "U.S. Treasury Department", ORGANISATION, "United States"),
    # a source inside a body is named after it
    ("a source in the Ukrainian military", "Ukrainian military source", GROUP, "Ukraine"),
    ("a source in the Russian Defence Ministry", "Russian Defence Ministry source", GROUP, "Russia"),
    ("a source in North Hamgyong province", "source in North Hamgyong province", GROUP, "independent"),
    ("Several traders in Dandong", "traders in Dandong", GROUP, "independent"),
    ("a trader in the Chinese border city of Hunchun", "trader in Hunchun", GROUP, "independent"),
    ("a merchant in the border town", "merchant", GROUP, "independent"),
    # a press service speaks as its body
    ("The press service of the 156th Separate Airmobile Brigade", "156th Separate Airmobile Brigade", ORGANISATION, ""),
    ("the Kremlin press service", "Kremlin", GOVERNMENT, "Russia"),
    ("the Ukrainian Navy's press office", "Ukrainian Navy", ORGANISATION, "Ukraine"),
    # media
    ("Yonhap", "Yonhap", MEDIA, "independent"),
    ("local media", "local media", MEDIA, "independent"),
    ("The Korean Central News Agency", "Korean Central News Agency", MEDIA, "North Korea"),
])
def test_resolve_one(phrase, canonical, speaker_type, affiliation):
    assert resolve(phrase) == [Source(canonical, speaker_type, affiliation)]


@pytest.mark.parametrize("phrase, expected", [
    ("U.S. and Ukrainian officials", [("U.S. officials", "United States"), ("Ukrainian officials", "Ukraine")]),
    ("South Korean and US intelligence sources", [("South Korean intelligence", "South Korea"),
                                                  ("U.S. intelligence", "United States")]),
])
def test_coordinated_sources_of_different_sides(phrase, expected):
    sources = resolve(phrase)
    assert [(s.canonical, s.affiliation) for s in sources] == expected
    assert {s.type for s in sources} == {GROUP}


def test_two_states_share_no_head():
    assert resolve("Russia and the Democratic People's Republic of Korea") == [
        Source("Russia", GOVERNMENT, "Russia"), Source("North Korea", GOVERNMENT, "North Korea")]
    assert resolve("The United States and its allies") == [Source("United States and its allies", GOVERNMENT, "United States")]


def test_a_person_the_gazetteer_lacks_resolves_from_the_text_with_the_affiliation_of_the_title():
    assert resolve("U.S. Senator Roger Wicker") == [Source("Roger Wicker", PERSON, "United States")]
    assert resolve("Hungarian Prime Minister Viktor Orban") == [Source("Viktor Orban", PERSON, "Hungary")]


def test_a_surname_resolves_to_the_person_named_before_in_the_document():
    text = "U.S. Senator Roger Wicker spoke. Wicker warned."
    resolver = Resolver(text, WHEN)
    first = resolver.resolve(tokenize("U.S. Senator Roger Wicker"))
    second = resolver.resolve(tokenize("Wicker"))
    assert first == second == [Source("Roger Wicker", PERSON, "United States")]


def test_a_phrase_resolved_before_in_another_document_still_notes_its_person():
    phrase = "Estonian Senator Kaja Pihlakas"  # not in the gazetteer
    Resolver(phrase, WHEN).resolve(tokenize(phrase))  # kept across documents
    resolver = Resolver(phrase, WHEN)
    assert resolver.resolve(tokenize(phrase)) == [Source("Kaja Pihlakas", PERSON, "Estonia")]
    assert resolver.resolve(tokenize("Pihlakas")) == [Source("Kaja Pihlakas", PERSON, "Estonia")]


def test_a_bare_surname_never_reaches_another_document():
    first = Resolver("Estonian Senator Kaja Pihlakas spoke. Pihlakas warned.", WHEN)
    first.resolve(tokenize("Estonian Senator Kaja Pihlakas"))
    assert first.resolve(tokenize("Pihlakas")) == [Source("Kaja Pihlakas", PERSON, "Estonia")]
    assert Resolver("Pihlakas warned.", WHEN).resolve(tokenize("Pihlakas")) == [Source("Pihlakas", PERSON, "")]


def test_the_date_is_part_of_what_a_resolution_is_kept_under():
    phrase = "South Korea's defence minister"
    assert resolve(phrase, date(2024, 1, 30))[0].canonical == "Shin Won-sik"
    assert resolve(phrase, date(2024, 10, 30))[0].canonical == "Kim Yong-hyun"


@pytest.mark.parametrize("phrase, when, canonical", [
    ("the Ukrainian president", WHEN, "Volodymyr Zelensky"),
    ("the North Korean leader", WHEN, "Kim Jong Un"),
    ("South Korea's defence minister", date(2024, 1, 30), "Shin Won-sik"),
    ("South Korea's defence minister", date(2024, 10, 30), "Kim Yong-hyun"),
])
def test_an_office_resolves_to_its_holder_on_the_date(phrase, when, canonical):
    assert [s.canonical for s in resolve(phrase, when)] == [canonical]


@pytest.mark.parametrize("phrase, when, canonical", [
    ("The HUR chief", date(2025, 9, 1), "Kyrylo Budanov"),
    ("the NIS chief", date(2024, 12, 19), "Cho Tae-yong"),
    ("the NIS director", date(2025, 9, 1), "Lee Jong-seok"),
])
def test_a_body_s_chief_is_who_headed_it_then(phrase, when, canonical):
    [source] = resolve(phrase, when)
    assert (source.canonical, source.type) == (canonical, PERSON)


def test_office_holders():
    table = gazetteer()
    assert table.holder("president", "United States", date(2024, 11, 20)).canonical == "Joe Biden"
    assert table.holder("president", "United States", date(2025, 3, 1)).canonical == "Donald Trump"
    assert table.holder("president", "United States", None) is None  # several holders: no date, no answer
    assert table.holder("president", "Russia", None).canonical == "Vladimir Putin"
    assert table.holder("astronaut", "Russia", WHEN) is None


def test_the_gazetteer_is_consistent():
    table = gazetteer()
    assert table.known
    for source in table.known:
        assert source.canonical
        assert source.type in SPEAKER_TYPES
    for source in table.people.values():
        assert source.type == PERSON
    assert table.governments["Ukraine"].canonical == "Ukraine"


def test_key_keeps_acronyms_and_folds_words():
    assert key("US") == "US"
    assert key("us") == "us"
    assert key("U.S.") == "US"  # an acronym spelt with full stops is the acronym
    assert key("N.I.S.") == "NIS"
    assert key("Gen.") == "Gen."
    assert key("Ukraine’s") == "ukraine's"
    assert key("Pentagon") == "pentagon"
    assert key("NATO") == "NATO" and key("KCNA") == "KCNA"
    assert key("VOLODYMYR") == "volodymyr"  # a tabloid's first word in capitals is a word
    assert key("HUR’s") == "HUR's"  # an acronym keeps its capitals before a possessive


def test_a_name_whose_first_word_is_in_capitals():
    phrase = "VOLODYMYR Zelensky"
    assert Resolver(phrase, None).resolve(tokenize(phrase))[0].canonical == "Volodymyr Zelensky"


@pytest.mark.parametrize("phrase, affiliation", [
    ("a senior South Korean official", "South Korea"),
    ("Ukraine's army", "Ukraine"),
    ("the Pentagon spokesman", "United States"),
    ("the spokesman", ""),
])
def test_affiliation_of(phrase, affiliation):
    assert affiliation_of(tokenize(phrase)) == affiliation


def test_first_person_and_empty_phrases_are_nobody():
    assert Resolver("", WHEN).resolve([]) == []
    assert resolve("the") == []


@pytest.mark.parametrize("phrase, canonical, speaker_type, affiliation", [
    ("the Main Intelligence Directorate of Ukraine's Defense Ministry", "Defence Intelligence of Ukraine", ORGANISATION, "Ukraine"),
    ("the Political Bureau of the Workers’ Party of Korea",
     "Political Bureau of the Workers’ Party of Korea", ORGANISATION, "North Korea"),
    ("the Bank of Korea", "Bank of Korea", ORGANISATION, "South Korea"),
])
def test_a_body_of_another_body_is_the_one_named_first(phrase, canonical, speaker_type, affiliation):
    assert resolve(phrase) == [Source(canonical, speaker_type, affiliation)]


def test_researchers_of_a_body_the_gazetteer_lacks_speak_for_it():
    # A named institute speaks for no state (ANNOTATION.md: think tanks are independent).
    assert resolve("Researchers at the Institute for Korean Peninsula Studies") == [
        Source("Institute for Korean Peninsula Studies", GROUP, INDEPENDENT)]
    assert resolve("the Institute for Korean Peninsula Studies") == [
        Source("Institute for Korean Peninsula Studies", ORGANISATION, INDEPENDENT)]


def test_a_one_word_name_of_the_gazetteer_beside_another_name_is_someone_else():
    assert resolve("lawmaker Yoon Hae-jin") == [Source("Yoon Hae-jin", PERSON, "")]
    assert resolve("Jane Turner") == [Source("Jane Turner", PERSON, "")]
    assert resolve("Kremlin spokesman Dmitri S. Peskov")[0].canonical == "Dmitry Peskov"  # a middle initial
    assert resolve("President Yoon")[0].canonical == "Yoon Suk Yeol"
    assert resolve("Secretary of State Blinken")[0].canonical == "Antony Blinken"  # the title's object is no first name
    assert resolve("Minister of Defence Belousov")[0].canonical == "Andrei Belousov"


def test_a_bare_surname_is_the_document_s_own_person_before_the_gazetteer_s():
    text = "lawmaker Yoon Hae-jin told reporters. Yoon added that more troops would come."
    resolver = Resolver(text, WHEN)
    assert resolver.resolve(tokenize("lawmaker Yoon Hae-jin")) == [Source("Yoon Hae-jin", PERSON, "")]
    assert resolver.resolve(tokenize("Yoon")) == [Source("Yoon Hae-jin", PERSON, "")]
    assert Resolver("Yoon added.", WHEN).resolve(tokenize("Yoon"))[0].canonical == "Yoon Suk Yeol"


@pytest.mark.parametrize("phrase, canonical", [
    ("the Central Military Commission of the ruling Workers’ Party", "Central Military Commission of the Workers' Party of Korea"),
    ("the ruling party's Central Military Commission", "Central Military Commission of the Workers' Party of Korea"),
    ("South Korea’s central bank", "Bank of Korea"),
    ("The N.I.S.", "National Intelligence Service (South Korea)"),
    ("the S.B.U.", "Security Service of Ukraine"),
])
def test_gazetteer_names_in_the_forms_outlets_print(phrase, canonical):
    assert [source.canonical for source in resolve(phrase)] == [canonical]


@pytest.mark.parametrize("phrase, expected", [
    ("the head of Ukraine's military intelligence", Source("Kyrylo Budanov", PERSON, "Ukraine")),
    ("the head of HUR", Source("Kyrylo Budanov", PERSON, "Ukraine")),  # the role is written "HUR head"
    ("the director of the NIS", Source("Cho Tae-yong", PERSON, "South Korea")),
    ("the head of South Korea's National Intelligence Service", Source("Cho Tae-yong", PERSON, "South Korea")),
    ("the deputy chief of the Polish General Staff", Source("deputy chief of the Polish General Staff", GROUP, "Poland")),
    ("the head of the Latvian Defence Forces' Analysis Centre", Source("head of the Latvian Defence Forces' Analysis Centre", GROUP, "Latvia")),
    ("the director of the Hanseong Institute", Source("director of the Hanseong Institute", GROUP, INDEPENDENT)),
    ("Chief of the General Staff Valery Gerasimov", Source("Valery Gerasimov", PERSON, "Russia")),
    ("Retired Army Lt. Gen. Warren Holcomb", Source("Warren Holcomb", PERSON, "")),  # a service and a rank before a name
])
def test_an_office_named_through_the_body_it_heads(phrase, expected):
    assert resolve(phrase) == [expected]


@pytest.mark.parametrize("phrase, expected", [
    ("the Kursk regional government", [Source("Kursk regional government", ORGANISATION, "Russia")]),
    ("the Kharkiv regional administration", [Source("Kharkiv regional administration", ORGANISATION, "Ukraine")]),
    ("the Belgorod authorities", [Source("Belgorod authorities", GROUP, "Russia")]),
    ("the regional government", []),  # which region only the story says
])
def test_the_government_of_a_region_speaks_for_its_country(phrase, expected):
    assert resolve(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("A Gallup Korea survey", [Source("Gallup Korea", ORGANISATION, INDEPENDENT)]),
    ("a recent Harlow Research poll", [Source("Harlow Research", ORGANISATION, INDEPENDENT)]),
    ("images released by state media", [Source("state media", MEDIA, INDEPENDENT)]),
    ("A Ukrainian survey", []),
    ("a January poll", []),
    ("media reports", []),
])
def test_the_author_of_a_document_named_by_its_modifiers(phrase, expected):
    assert resolve(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("North Korea's mission to the United Nations", Source("North Korean mission to the United Nations", ORGANISATION, "North Korea")),
    ("Pyongyang's envoy to Moscow", Source("North Korean envoy to Moscow", GROUP, "North Korea")),
    ("the U.S. ambassador to the United Nations", Source("Linda Thomas-Greenfield", PERSON, "United States")),
    ("Russia's ambassador to Seoul, Georgy Zinoviev", Source("Georgy Zinoviev", PERSON, "Russia")),
])
def test_an_envoy_speaks_for_the_state_that_posted_it_not_for_its_host(phrase, expected):
    assert resolve(phrase) == [expected]


@pytest.mark.parametrize("phrase, expected", [
    ("the South Koreans", Source("South Korea", GOVERNMENT, "South Korea")),
    ("Ukrainians", Source("Ukraine", GOVERNMENT, "Ukraine")),
    ("the Americans", Source("United States", GOVERNMENT, "United States")),
])
def test_a_people_speaks_as_its_state(phrase, expected):
    assert resolve(phrase) == [expected]


@pytest.mark.parametrize("phrase, expected", [
    ("Bank of Korea Governor Rhee Chang-yong", Source("Rhee Chang-yong", PERSON, "South Korea")),
    ("Tesla Chief Executive Elon Musk", Source("Elon Musk", PERSON, "")),
    ("A Ukrainian platoon leader", Source("Ukrainian platoon leader", GROUP, "Ukraine")),
])
def test_a_person_named_after_a_body_s_title_or_a_title_of_no_office(phrase, expected):
    assert resolve(phrase) == [expected]


@pytest.mark.parametrize(("outlet", "country"), [
    ("The Korea Herald", "South Korea"),
    ("Korea Herald", "South Korea"),
    ("Korea JoongAng Daily (Morning Briefing)", "South Korea"),
    ("The Sydney Morning Herald", "Australia"),
    ("The Kyunghyang Shinmun (English translation)", "South Korea"),
    ("Romania Insider", "Romania"),
    ("Novinite", "Bulgaria"),
    ("KCNA", "North Korea"),
    ("RFI", ""),
    ("Deutsche Welle", ""),  # an international broadcaster reports every state's offices alike
    ("Reuters", ""),
    ("The Gazette of Nowhere", ""),
])
def test_the_country_of_a_national_outlet(outlet, country):
    assert outlet_country(outlet) == country


@pytest.mark.parametrize(("phrase", "canonical"), [
    ("Russia's Finance Ministry", "Russian Finance Ministry"),
    ("the Defense Ministry in Israel", "Israeli Defense Ministry"),
    ("Lithuania's State Security Department", "State Security Department (Lithuania)"),
])
def test_a_state_s_body_the_gazetteer_lacks_is_named_with_its_state(phrase, canonical):
    assert [s.canonical for s in resolve(phrase)] == [canonical]


@pytest.mark.parametrize(("phrase", "canonical"), [
    ("Ukraine's 95th Air Assault Brigade", "95th Air Assault Brigade"),
    ("Russia's 810th Naval Infantry Brigade", "810th Naval Infantry Brigade"),
])
def test_a_numbered_unit_is_known_by_its_number_without_its_state(phrase, canonical):
    sources = resolve(phrase)
    assert [(s.canonical, s.affiliation) for s in sources] == [(canonical, phrase.split("'")[0])]


@pytest.mark.parametrize(("phrase", "canonical", "affiliation"), [
    ("Senior officials in Washington", "senior U.S. officials", "United States"),
    ("Military officials in Seoul", "South Korean military officials", "South Korea"),
    ("A senior ministry official in Tashkent", "senior Uzbek ministry official", "Uzbekistan"),
    ("The Migration Service in Dushanbe", "Migration Service (Tajikistan)", "Tajikistan"),
    ("the statistics bureau in Astana", "Kazakh statistics bureau", "Kazakhstan"),
])
def test_a_group_or_body_placed_in_a_capital_speaks_for_its_state(phrase, canonical, affiliation):
    assert [(s.canonical, s.affiliation) for s in resolve(phrase)] == [(canonical, affiliation)]


@pytest.mark.parametrize("phrase", ["Amnesty International", "The International Atomic Energy Agency in Vienna",
                                    "the International Organization for Migration"])
def test_an_international_body_the_gazetteer_lacks_speaks_for_no_state(phrase):
    assert [s.affiliation for s in resolve(phrase)] == ["independent"]


@pytest.mark.parametrize(("phrase", "canonical", "kind"), [
    ("the Telegram channel Okopnaya Pravda", "Okopnaya Pravda", "media"),
    ("the Z-channel Severny Veter", "Severny Veter", "media"),
    ("the polling firm Gyeore Insights", "Gyeore Insights", "organisation"),
])
def test_a_body_named_after_its_kind_is_of_that_kind(phrase, canonical, kind):
    assert [(s.canonical, s.type, s.affiliation) for s in resolve(phrase)] == [(canonical, kind, "independent")]


def test_the_bank_of_russia_and_lloyds_list_intelligence_are_known():
    resolver = Resolver("", None)
    assert resolver.resolve(tokenize("the Bank of Russia")) == [Source("Bank of Russia", "organisation", "Russia")]
    assert resolver.resolve(tokenize("Lloyd's List Intelligence")) == [Source("Lloyd's List Intelligence", "organisation", "independent")]
