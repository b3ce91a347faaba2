"""attributions.py (through extract()): statements credited to a source, with content span, cue, speaker
as written and canonical, speaker type, affiliation and kind (ANNOTATION.md, Attributions)."""
from __future__ import annotations

import pytest
from helpers import row_at, rows_at, spanned, write_corpus

from kursk_research import extract
from kursk_research.attributions import extract_attributions
from kursk_research.segment import split_sentences

PUBLISHED = "2024-11-20"


def check(text, row, cue, speaker, canonical, speaker_type, affiliation, kind):
    assert row["cue"] == cue
    assert text[row["cue_start"]:row["cue_end"]] == cue
    assert row["speaker"] == speaker
    assert text[row["speaker_start"]:row["speaker_end"]] == speaker
    if canonical is not None:  # None: any usual name will do
        assert row["speaker_canonical"].casefold() == canonical.casefold()
    assert row["speaker_type"] == speaker_type
    assert row["affiliation"] == affiliation
    assert row["kind"] == kind


# (text, content, cue, speaker, canonical, speaker_type, affiliation, kind)
CASES = [
    # reporting verbs in many forms
    pytest.param("South Korea's spy agency said on Wednesday that about 1,500 North Korean special forces had been sent to Russia.",
                 "that about 1,500 North Korean special forces had been sent to Russia", "said",
                 "South Korea's spy agency", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect",
                 id="said that"),
    pytest.param("Blinken says Moscow is increasingly desperate for manpower.",
                 "Moscow is increasingly desperate for manpower", "says",
                 "Blinken", "Antony Blinken", "person", "United States", "indirect", id="says, no that"),
    pytest.param("A senior U.S. military official told The Associated Press that North Korean soldiers had suffered losses.",
                 "that North Korean soldiers had suffered losses", "told The Associated Press",
                 "A senior U.S. military official", "senior U.S. military official", "group", "United States", "indirect",
                 id="told (unnamed source)"),
    pytest.param("U.S. National Security Council spokesman John Kirby told reporters on Tuesday that the troops had moved west.",
                 "that the troops had moved west", "told reporters",
                 "U.S. National Security Council spokesman John Kirby", "John Kirby", "person", "United States", "indirect",
                 id="told reporters"),
    pytest.param("According to the Pentagon, roughly 10,000 North Korean troops have moved to Kursk.",
                 "roughly 10,000 North Korean troops have moved to Kursk", "According to",
                 "the Pentagon", "Pentagon", "organisation", "United States", "according_to", id="according to, before"),
    pytest.param("North Korea has sent 12,000 troops to Russia, according to Seoul's spy agency.",
                 "North Korea has sent 12,000 troops to Russia", "according to",
                 "Seoul's spy agency", "National Intelligence Service (South Korea)", "organisation", "South Korea",
                 "according_to", id="according to, after"),
    pytest.param("According to a Reuters report, Russia paid Pyongyang in oil.",
                 "Russia paid Pyongyang in oil", "According to",
                 "a Reuters report", "Reuters", "media", "independent", "according_to", id="according to a report"),
    pytest.param("The Pentagon estimated that 10,000 troops had arrived in eastern Russia.",
                 "that 10,000 troops had arrived in eastern Russia", "estimated",
                 "The Pentagon", "Pentagon", "organisation", "United States", "indirect", id="estimated"),
    pytest.param("The Institute for the Study of War assessed that the units were being folded into Russian brigades.",
                 "that the units were being folded into Russian brigades", "assessed",
                 "The Institute for the Study of War", "Institute for the Study of War", "organisation", "independent",
                 "indirect", id="assessed"),
    pytest.param("Seoul's Joint Chiefs of Staff confirmed that North Korea had fired two ballistic missiles.",
                 "that North Korea had fired two ballistic missiles", "confirmed",
                 "Seoul's Joint Chiefs of Staff", "Joint Chiefs of Staff (South Korea)", "organisation", "South Korea",
                 "indirect", id="confirmed"),
    pytest.param("The Kremlin denied that any North Korean troops were fighting in Russia.",
                 "that any North Korean troops were fighting in Russia", "denied",
                 "The Kremlin", "Kremlin", "government", "Russia", "indirect", id="denied that"),
    pytest.param("Pyongyang denied sending troops to Russia.",
                 "Pyongyang denied sending troops to Russia", "denied",
                 "Pyongyang", "North Korea", "government", "North Korea", "indirect", id="denied, whole clause"),
    pytest.param("The Kremlin did not deny the reports.",
                 "The Kremlin did not deny the reports", "did not deny",
                 "The Kremlin", "Kremlin", "government", "Russia", "indirect", id="did not deny"),
    pytest.param("Moscow has dismissed the claims as Western propaganda.",
                 "Moscow has dismissed the claims as Western propaganda", "dismissed",
                 "Moscow", "Russia", "government", "Russia", "indirect", id="dismissed"),
    pytest.param("Ukrainian Foreign Minister Andrii Sybiha warned that the deployment marked a dangerous escalation.",
                 "that the deployment marked a dangerous escalation", "warned",
                 "Ukrainian Foreign Minister Andrii Sybiha", "Andrii Sybiha", "person", "Ukraine", "indirect", id="warned, title"),
    pytest.param("Analysts noted that the troops lacked experience with drones.",
                 "that the troops lacked experience with drones", "noted",
                 "Analysts", "analysts", "group", "independent", "indirect", id="noted, group"),
    pytest.param("Russia accused Ukraine of spreading lies about the troops.",
                 "Russia accused Ukraine of spreading lies about the troops", "accused",
                 "Russia", "Russia", "government", "Russia", "indirect", id="accused"),
    pytest.param("Western officials estimate that Pyongyang has lost 3,000 soldiers.",
                 "that Pyongyang has lost 3,000 soldiers", "estimate",
                 "Western officials", "Western officials", "group", "West", "indirect", id="estimate, West"),
    pytest.param("U.S. officials say the troops have suffered heavy losses.",
                 "the troops have suffered heavy losses", "say",
                 "U.S. officials", "U.S. officials", "group", "United States", "indirect", id="say, present"),
    pytest.param("The Korean Central News Agency reported that Kim inspected a drone factory.",
                 "that Kim inspected a drone factory", "reported",
                 "The Korean Central News Agency", "Korean Central News Agency", "media", "North Korea", "indirect",
                 id="reported, state media"),
    pytest.param("Yonhap reported, citing the Joint Chiefs of Staff, that North Korea had fired ten missiles.",
                 "that North Korea had fired ten missiles", "citing",
                 "the Joint Chiefs of Staff", "Joint Chiefs of Staff (South Korea)", "organisation", "South Korea",
                 "indirect", id="reported, citing: the source is the one cited"),
    pytest.param("NATO Secretary-General Mark Rutte said that the deployment was a dangerous expansion of the war.",
                 "that the deployment was a dangerous expansion of the war", "said",
                 "NATO Secretary-General Mark Rutte", "Mark Rutte", "person", "NATO", "indirect", id="NATO"),
    pytest.param("Ukraine's General Staff said in a Telegram post that its forces had repelled 30 attacks.",
                 "that its forces had repelled 30 attacks", "said",
                 "Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine",
                 "indirect", id="said in a post"),
    # speakers after the verb (inverted tags)
    pytest.param("North Korea has sent 3,000 more troops to Russia, said Kim Yong-hyun, South Korea's defence minister.",
                 "North Korea has sent 3,000 more troops to Russia", "said",
                 "Kim Yong-hyun", "Kim Yong-hyun", "person", "South Korea", "indirect", id="said X, apposition"),
    pytest.param("North Korea has sent 3,000 more troops, Yonhap reported.",
                 "North Korea has sent 3,000 more troops", "reported",
                 "Yonhap", "Yonhap", "media", "independent", "indirect", id="inverted reported"),
    pytest.param("North Korea has sent 3,000 more troops to Russia, South Korea's military said on Wednesday.",
                 "North Korea has sent 3,000 more troops to Russia", "said",
                 "South Korea's military", None, "organisation", "South Korea", "indirect",
                 id="inverted said, date after"),
    # titles and roles
    pytest.param("Russian Foreign Minister Sergei Lavrov said that the treaty was purely defensive.",
                 "that the treaty was purely defensive", "said",
                 "Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov", "person", "Russia", "indirect", id="title"),
    pytest.param("The Ukrainian president said that more North Korean troops were on their way.",
                 "that more North Korean troops were on their way", "said",
                 "The Ukrainian president", "Volodymyr Zelensky", "person", "Ukraine", "indirect", id="role only"),
    pytest.param("South Korea's defence minister said that the troops were elite units.",
                 "that the troops were elite units", "said",
                 "South Korea's defence minister", "Kim Yong-hyun", "person", "South Korea", "indirect",
                 id="role holder on the date"),
    # a person the gazetteer lacks
    pytest.param("U.S. Senator Roger Wicker said that Pyongyang had crossed a red line.",
                 "that Pyongyang had crossed a red line", "said",
                 "U.S. Senator Roger Wicker", "Roger Wicker", "person", "United States", "indirect", id="unknown person"),
    # apposition between the speaker and the cue
    pytest.param("Kyrylo Budanov, the head of Ukraine's military intelligence, said that 11,000 troops were in Kursk.",
                 "that 11,000 troops were in Kursk", "said",
                 "Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect", id="X, apposition, said"),
    # statements made through someone else
    pytest.param("Reuters cited Zelensky as saying that 11,000 troops were in Kursk.",
                 "that 11,000 troops were in Kursk", "cited",
                 "Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect", id="cited X as saying"),
    pytest.param("Reuters quoted a senior Ukrainian official as saying that 200 North Korean soldiers had died.",
                 "that 200 North Korean soldiers had died", "quoted",
                 "a senior Ukrainian official", "senior Ukrainian official", "group", "Ukraine", "indirect",
                 id="quoted X as saying"),
    pytest.param("About 1,100 North Korean soldiers have been killed or wounded, the Joint Chiefs of Staff said, as cited by Yonhap.",
                 "About 1,100 North Korean soldiers have been killed or wounded", "said",
                 "the Joint Chiefs of Staff", "Joint Chiefs of Staff (South Korea)", "organisation", "South Korea",
                 "indirect", id="X said, as cited by"),
    pytest.param("Zelensky, cited by Ukrinform, said that 200 North Korean soldiers had died.",
                 "that 200 North Korean soldiers had died", "said",
                 "Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect", id="X, cited by Y, said"),
    pytest.param("North Korea has sent 3,000 more troops, Yonhap reported, citing the NIS.",
                 "North Korea has sent 3,000 more troops", "citing",
                 "the NIS", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect",
                 id="CONTENT, X reported, citing Y"),
    # speakers described by a participle, a place, or a region's government
    pytest.param("Ukrainian officers interviewed in May said the North Koreans were more capable.",
                 "the North Koreans were more capable", "said",
                 "Ukrainian officers", "Ukrainian officers", "group", "Ukraine", "indirect", id="X interviewed in May said"),
    pytest.param("Ukrainian commanders interviewed by Reuters near Sumy last week said the North Koreans had learned fast.",
                 "the North Koreans had learned fast", "said",
                 "Ukrainian commanders interviewed by Reuters near Sumy", "Ukrainian commanders", "group", "Ukraine", "indirect",
                 id="X interviewed by Y near Z last week said"),
    pytest.param("A Ukrainian drone operator near Sudzha told Reuters that 30 soldiers had died.",
                 "that 30 soldiers had died", "told Reuters",
                 "A Ukrainian drone operator near Sudzha", "Ukrainian drone operator", "group", "Ukraine", "indirect",
                 id="X near a place told"),
    pytest.param("North Korea has begun rotating fresh troops into Kursk, as first reported by the Seoul-based outlet NK Pro.",
                 "North Korea has begun rotating fresh troops into Kursk", "as first reported by",
                 "the Seoul-based outlet NK Pro", "NK Pro", "organisation", "independent", "according_to", id="as first reported by"),
    pytest.param("Per a report from The Wall Street Journal, Moscow pays 2,000 dollars a month per soldier.",
                 "Moscow pays 2,000 dollars a month per soldier", "Per a report from",
                 "The Wall Street Journal", "Wall Street Journal", "media", "independent", "according_to", id="per a report from"),
    pytest.param("Russia has continued to deny the deployment.",
                 "Russia has continued to deny the deployment", "deny",
                 "Russia", "Russia", "government", "Russia", "indirect", id="has continued to deny"),
    pytest.param("Kim Jong Un told relatives of the dead at a ceremony on Aug. 22 that their sons had defended the motherland.",
                 "that their sons had defended the motherland", "told relatives",
                 "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "indirect", id="told X of Y at Z that"),
    pytest.param("A senior Ukrainian officer in the Kursk sector, who asked not to be named, said the North Koreans attacked in groups.",
                 "the North Koreans attacked in groups", "said",
                 "A senior Ukrainian officer in the Kursk sector", "senior Ukrainian officer", "group", "Ukraine", "indirect",
                 id="X in the Kursk sector, who ..., said"),
    pytest.param("A source in the Russian Foreign Ministry told Kommersant that the matter was not raised.",
                 "that the matter was not raised", "told Kommersant",
                 "A source in the Russian Foreign Ministry", "Russian Foreign Ministry source", "group", "Russia", "indirect",
                 id="a source in a body"),
    pytest.param("By comparison, the Kursk regional government says it pays volunteers up to 2 million rubles.",
                 "it pays volunteers up to 2 million rubles", "says",
                 "the Kursk regional government", "Kursk regional government", "organisation", "Russia", "indirect",
                 id="a region's government"),
]


def published_for(text: str) -> str:
    return "2024-10-30" if "defence minister said" in text else PUBLISHED  # Kim Yong-hyun's tenure


@pytest.mark.parametrize("text, content, cue, speaker, canonical, speaker_type, affiliation, kind", CASES)
def test_statement(extract_text, text, content, cue, speaker, canonical, speaker_type, affiliation, kind):
    tables = extract_text(text, published_for(text))
    row = row_at(tables.attributions, text, content)
    assert row["text"] == content
    check(text, row, cue, speaker, canonical, speaker_type, affiliation, kind)
    assert len(tables.attributions) == 1, spanned(tables.attributions, text)


def test_wire_style_tags(extract_text):
    text = ("North Korea has sent about 3,000 additional troops to Russia, the Joint Chiefs of Staff (JCS) said Thursday. "
            "The losses are mounting, said Pentagon spokesman Maj. Gen. Pat Ryder. "
            "Ukraine's military intelligence (HUR) reported on Dec. 16 that 30 North Korean soldiers had been killed.")
    tables = extract_text(text, "2024-12-20")
    check(text, row_at(tables.attributions, text, "North Korea has sent about 3,000 additional troops to Russia"),
          "said", "the Joint Chiefs of Staff (JCS)", "Joint Chiefs of Staff (South Korea)", "organisation", "South Korea",
          "indirect")
    check(text, row_at(tables.attributions, text, "The losses are mounting"),
          "said", "Pentagon spokesman Maj. Gen. Pat Ryder", "Pat Ryder", "person", "United States", "indirect")
    check(text, row_at(tables.attributions, text, "that 30 North Korean soldiers had been killed"),
          "reported", "Ukraine's military intelligence (HUR)", "Defence Intelligence of Ukraine", "organisation", "Ukraine",
          "indirect")
    assert row_at(tables.figures, text, "about 3,000 additional troops")["speaker"] == "Joint Chiefs of Staff (South Korea)"


def test_tags_with_participial_openers_and_recipients(extract_text):
    text = ("Speaking to reporters on Monday, Kirby said that the troops were in Kursk. "
            "“We are watching closely,” he told CNN on Sunday. "
            "Asked about the deployment, Peskov said: “This is our sovereign business.” "
            "The NIS told lawmakers in a closed-door briefing that 100 soldiers had died.")
    tables = extract_text(text, "2024-12-20")
    check(text, row_at(tables.attributions, text, "that the troops were in Kursk"),
          "said", "Kirby", "John Kirby", "person", "United States", "indirect")
    check(text, row_at(tables.attributions, text, "We are watching closely,"),
          "told CNN", "he", "John Kirby", "person", "United States", "direct")
    check(text, row_at(tables.attributions, text, "This is our sovereign business."),
          "said", "Peskov", "Dmitry Peskov", "person", "Russia", "direct")
    check(text, row_at(tables.attributions, text, "that 100 soldiers had died"),
          "told lawmakers", "The NIS", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")


def test_a_quote_running_over_two_paragraphs(extract_text):
    text = ("“The troops are poorly trained,” Budanov said. “They walk into minefields.\n"
            "“Many of them die in the first hours.”")
    tables = extract_text(text, "2024-12-20")
    for content in ("The troops are poorly trained,", "They walk into minefields.", "Many of them die in the first hours."):
        check(text, row_at(tables.attributions, text, content), "said", "Budanov", "Kyrylo Budanov", "person", "Ukraine", "direct")


@pytest.mark.parametrize("text, canonical, affiliation", [
    pytest.param("The troops are cannon fodder, said Sam Greene, a professor of Russian politics at King's College London.",
                 "Sam Greene", "independent", id="said X, a professor"),
    pytest.param("The troops are cannon fodder, said Lee Ho-ryung, a senior South Korean defense official.",
                 "Lee Ho-ryung", "South Korea", id="said X, a South Korean official"),
    pytest.param("Dmytro Lykhovyi, a spokesman for Ukraine's General Staff, said that the attacks continued.",
                 "Dmytro Lykhovyi", "Ukraine", id="X, a spokesman for Ukraine's ..., said"),
    pytest.param("A spokesman for Ukraine's General Staff, Dmytro Lykhovyi, said that the attacks continued.",
                 "Dmytro Lykhovyi", "Ukraine", id="A spokesman for Ukraine's ..., X, said"),
    pytest.param("“It is real money,” cautioned Maren Holt, who studies sanctions at the Baltic Centre for Trade Policy.",
                 "Maren Holt", "independent", id="said X, who works at an institute"),
    pytest.param("The troops learn fast, said Jang Mi-rae, a former South Korean army officer who now teaches at Daejin University.",
                 "Jang Mi-rae", "independent", id="a former officer who now teaches at a university"),
    pytest.param("The troops learn fast, said Ola Brenner, who works for the Polish Foreign Ministry.",
                 "Ola Brenner", "Poland", id="said X, who works for a state body"),
    pytest.param("“The front is quiet,” military analyst Pyotr Vasin told Meduza.",
                 "Pyotr Vasin", "independent", id="an analyst's title before the name"),
    pytest.param("Rep. Ahn Ji-sung of the ruling People Power Party said that 3,000 more troops had arrived.",
                 "Ahn Ji-sung", "South Korea", id="X of a party"),
    pytest.param("Tomas Rydell of the Stockholm-based Nordic Defence Forum said that the troops had rotated.",
                 "Tomas Rydell", "independent", id="X of a forum"),
])
def test_an_apposition_gives_an_unknown_person_its_affiliation(extract_text, text, canonical, affiliation):
    tables = extract_text(text, "2024-12-20")
    assert len(tables.attributions) == 1
    row = tables.attributions.iloc[0]
    assert (row["speaker_canonical"], row["speaker_type"], row["affiliation"]) == (canonical, "person", affiliation)


def test_a_surname_keeps_the_affiliation_its_first_mention_was_given(extract_text):
    text = ("“Tokyo worries about the bill,” said Kenta Morisawa, a professor of security studies at Hokuto University. "
            "Morisawa said North Korea could rotate more troops. She disagreed, said Ana Ilves, who studies the war at the "
            "Tartu Institute. “It is over,” she said.")
    tables = extract_text(text, "2024-12-20")
    rows = tables.attributions
    assert list(zip(rows["speaker"], rows["speaker_canonical"], rows["affiliation"])) == [
        ("Kenta Morisawa", "Kenta Morisawa", "independent"), ("Morisawa", "Kenta Morisawa", "independent"),
        ("Ana Ilves", "Ana Ilves", "independent"), ("she", "Ana Ilves", "independent")]


def test_the_office_holder_depends_on_the_date(extract_text):
    text = "South Korea's defence minister said that the troops were elite units."
    before = row_at(extract_text(text, "2024-01-30").attributions, text, "that the troops were elite units")
    after = row_at(extract_text(text, "2024-10-30").attributions, text, "that the troops were elite units")
    assert (before["speaker_canonical"], after["speaker_canonical"]) == ("Shin Won-sik", "Kim Yong-hyun")


def test_an_office_of_a_place_is_held_by_its_holder_then(extract_text):
    text = "The Kursk governor said that 2,300 families were still waiting for compensation."
    before = row_at(extract_text(text, "2024-10-30").attributions, text, "that 2,300 families were still waiting for compensation")
    after = row_at(extract_text(text, "2025-01-13").attributions, text, "that 2,300 families were still waiting for compensation")
    assert (before["speaker_canonical"], after["speaker_canonical"], after["affiliation"]) == ("Alexei Smirnov", "Alexander Khinshtein", "Russia")


# --- quotations -------------------------------------------------------------------------------

def test_quote_before_its_tag_and_resuming_after_it(extract_text):
    text = ("\"The troops are already in Kursk and more are coming,\" said Olga Oliker, an expert on Russian military "
            "strategy. \"They will be sent into battle soon.\"")
    tables = extract_text(text, PUBLISHED)
    first = row_at(tables.attributions, text, "The troops are already in Kursk and more are coming,")
    check(text, first, "said", "Olga Oliker", "Olga Oliker", "person", "independent", "direct")
    second = row_at(tables.attributions, text, "They will be sent into battle soon.")
    check(text, second, "said", "Olga Oliker", "Olga Oliker", "person", "independent", "direct")
    assert second["cue_start"] == first["cue_start"]
    assert len(tables.attributions) == 2


def test_quote_after_its_tag(extract_text):
    text = "Sybiha said: “This is a new stage of the war, and the world must respond.”"
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, "This is a new stage of the war, and the world must respond.")
    check(text, row, "said", "Sybiha", "Andrii Sybiha", "person", "Ukraine", "direct")


def test_quote_with_a_tag_in_the_middle(extract_text):
    text = "“The North Korean units are being used as cannon fodder,” Zelensky said, “and Moscow does not care about them.”"
    tables = extract_text(text, PUBLISHED)
    first = row_at(tables.attributions, text, "The North Korean units are being used as cannon fodder,")
    second = row_at(tables.attributions, text, "and Moscow does not care about them.")
    for row in (first, second):
        check(text, row, "said", "Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "direct")


def test_quotes_of_a_person_the_gazetteer_lacks(extract_text):
    text = ("“We have confirmed the deaths of at least 100 North Korean soldiers,” Ukrainian army spokesman Dmytro "
            "Lykhovyi told the Kyiv Independent. “Most of them were killed by drones.”\n"
            "He said that the soldiers had little combat experience. Lykhovyi added: “They walk in large groups.”")
    tables = extract_text(text, "2024-12-20")
    rows = [
        row_at(tables.attributions, text, "We have confirmed the deaths of at least 100 North Korean soldiers,"),
        row_at(tables.attributions, text, "Most of them were killed by drones."),
    ]
    for row in rows:
        check(text, row, "told the Kyiv Independent", "Ukrainian army spokesman Dmytro Lykhovyi", "Dmytro Lykhovyi", "person", "Ukraine", "direct")
    check(text, row_at(tables.attributions, text, "that the soldiers had little combat experience"),
          "said", "He", "Dmytro Lykhovyi", "person", "Ukraine", "indirect")
    check(text, row_at(tables.attributions, text, "They walk in large groups."),
          "added", "Lykhovyi", "Dmytro Lykhovyi", "person", "Ukraine", "direct")
    figure = row_at(tables.figures, text, "at least 100 North Korean soldiers")
    assert figure["speaker"] == "Dmytro Lykhovyi" and figure["category"] == "casualties"


def test_reported_speech_and_a_quote_in_one_sentence_are_two_rows(extract_text):
    text = "Budanov noted that the troops were poorly equipped, adding, “They have no drones of their own.”"
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that the troops were poorly equipped"),
          "noted", "Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect")
    check(text, row_at(tables.attributions, text, "They have no drones of their own."),
          "adding", "Budanov", "Kyrylo Budanov", "person", "Ukraine", "direct")
    assert len(tables.attributions) == 2


def test_a_quoted_phrase_described_by_a_source(extract_text):
    text = "EU foreign policy chief Kaja Kallas described the deployment as “a dangerous escalation”."
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, "a dangerous escalation")
    check(text, row, "described", "EU foreign policy chief Kaja Kallas", "Kaja Kallas", "person", "EU", "direct")


def test_an_untagged_quotation_is_no_statement(extract_text):
    text = "The “special military operation” has drawn in North Korean troops."
    assert extract_text(text, PUBLISHED).attributions.empty


# --- pronouns ---------------------------------------------------------------------------------

def test_a_pronoun_resolves_to_the_last_credited_person(extract_text):
    text = ("Zelensky said that 11,000 troops were in Kursk. Blinken said that Russia was desperate. "
            "He added that Washington was watching the border closely.")
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, "that Washington was watching the border closely")
    check(text, row, "added", "He", "Antony Blinken", "person", "United States", "indirect")


def test_a_reporting_verb_inside_the_content_does_not_cut_it(extract_text):
    text = "Blinken said that Russia was desperate. He added that Washington would respond."
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, "that Washington would respond")
    check(text, row, "added", "He", "Antony Blinken", "person", "United States", "indirect")


def test_she_resolves_to_a_person_named_before(extract_text):
    text = "EU foreign policy chief Kaja Kallas said the bloc would respond. She warned that new sanctions were coming."
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "the bloc would respond"),
          "said", "EU foreign policy chief Kaja Kallas", "Kaja Kallas", "person", "EU", "indirect")
    check(text, row_at(tables.attributions, text, "that new sanctions were coming"),
          "warned", "She", "Kaja Kallas", "person", "EU", "indirect")


def test_they_resolves_to_the_body_just_credited(extract_text):
    text = ("The NIS said that 1,100 North Korean soldiers had been killed or wounded. "
            "They added that Pyongyang was preparing more troops.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that Pyongyang was preparing more troops"),
          "added", "They", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")


def test_a_negated_reporting_verb_inside_the_content_does_not_cut_it(extract_text):
    text = "Kremlin spokesman Dmitry Peskov said that Moscow would not comment on the reports."
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, "that Moscow would not comment on the reports")
    check(text, row, "said", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect")


def test_according_to_with_an_apposition(extract_text):
    text = ("According to the Institute for the Study of War, a Washington-based think tank, Russian forces used the "
            "North Korean troops in assaults.")
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, "Russian forces used the North Korean troops in assaults")
    check(text, row, "According to", "the Institute for the Study of War", "Institute for the Study of War",
          "organisation", "independent", "according_to")


def test_a_pronoun_with_no_source_before_is_no_statement(extract_text):
    text = "He said that the troops would arrive soon."
    assert extract_text(text, PUBLISHED).attributions.empty


# --- coordinated sources ------------------------------------------------------------------------

def test_sources_of_different_sides_give_one_row_each(extract_text):
    text = "U.S. and South Korean officials said that North Korea had lost 1,000 soldiers."
    tables = extract_text(text, PUBLISHED)
    rows = rows_at(tables.attributions, text, "that North Korea had lost 1,000 soldiers")
    assert len(rows) == 2
    got = sorted(zip(rows["speaker_canonical"], rows["speaker_type"], rows["affiliation"]))
    assert got == [("South Korean officials", "group", "South Korea"), ("U.S. officials", "group", "United States")]
    assert rows["cue"].tolist() == ["said", "said"] and rows["cue_start"].nunique() == 1
    assert set(rows["speaker"]) == {"U.S. and South Korean officials"}
    assert set(rows["kind"]) == {"indirect"}


def test_ukrainian_and_russian_officials(extract_text):
    text = "Ukrainian and Russian officials said that the fighting around Sudzha had intensified."
    tables = extract_text(text, PUBLISHED)
    rows = rows_at(tables.attributions, text, "that the fighting around Sudzha had intensified")
    assert sorted(zip(rows["speaker_canonical"], rows["affiliation"])) == [
        ("Russian officials", "Russia"), ("Ukrainian officials", "Ukraine")]


def test_sources_of_one_side_give_one_row(extract_text):
    text = "The Pentagon and the State Department said that the troops were in Kursk."
    tables = extract_text(text, PUBLISHED)
    rows = rows_at(tables.attributions, text, "that the troops were in Kursk")
    assert len(rows) == 1
    assert rows.iloc[0]["affiliation"] == "United States"


# --- headlines ----------------------------------------------------------------------------------

def test_a_headline_with_a_trailing_source_tag(extract_text):
    text = "North Korea has lost 1,100 troops in Kursk, Seoul says\nThe toll was given to lawmakers."
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, "North Korea has lost 1,100 troops in Kursk")
    check(text, row, "says", "Seoul", "South Korea", "government", "South Korea", "indirect")
    assert row_at(tables.figures, text, "1,100 troops")["speaker"] == "South Korea"


def test_a_headline_opening_with_its_source(extract_text):
    text = "NIS says 1,100 North Korean troops killed or wounded\nThe toll was given to lawmakers."
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, "1,100 North Korean troops killed or wounded")
    check(text, row, "says", "NIS", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")


def test_a_headline_source_tag_with_a_colon(extract_text):
    text = "Zelensky: 11,000 North Korean troops now fighting in Kursk\nThe president spoke in his nightly address."
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, "11,000 North Korean troops now fighting in Kursk")
    assert row["speaker"] == "Zelensky" and row["speaker_canonical"] == "Volodymyr Zelensky"
    assert row_at(tables.figures, text, "11,000 North Korean troops")["speaker"] == "Volodymyr Zelensky"


def test_the_cue_of_a_colon_source_tag_is_its_span(extract_text):
    text = "Zelensky: 11,000 North Korean troops now fighting in Kursk\nThe president spoke in his nightly address."
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, "11,000 North Korean troops now fighting in Kursk")
    assert text[row["cue_start"]:row["cue_end"]] == row["cue"]


def test_a_headline_source_tag_after_a_dash(extract_text):
    text = ("North Korean troops helped drive Ukrainian forces out of Kursk Region – Moscow\n"
            "Nov 19, 2024 - World\nKim Jong Un – the man behind the curtain\nThe ministry spoke on Monday.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "North Korean troops helped drive Ukrainian forces out of Kursk Region"),
          "– Moscow", "Moscow", "Russia", "government", "Russia", "indirect")
    assert len(rows) == 1  # a date line's section and a headline's subtitle credit nobody


# --- what is no statement -------------------------------------------------------------------------

NO_STATEMENTS = [
    "Britain and the European Union have both added North Korean generals to their blacklists.",
    "Washington added five North Korean entities to its sanctions list on Monday.",
    "North Korea has been accused of sending troops to Russia.",
    "North Korean troops have reportedly reached the front line.",
    "Reports suggest that 500 North Korean soldiers have died.",
    "Zelensky traveled to Brussels on Thursday.",
    "Kim Jong Un inspected a new drone factory near Pyongyang.",
    "Read also: Zelensky says North Korea sent 11,000 troops\nThe war goes on.",
]


@pytest.mark.parametrize("text", NO_STATEMENTS)
def test_no_statement(extract_text, text):
    assert spanned(extract_text(text, PUBLISHED).attributions, text) == []


# --- directly ---------------------------------------------------------------------------------------

def test_extract_attributions_directly():
    text = "“We are ready,” Budanov said. He added that 11,000 troops were in Kursk."
    rows = extract_attributions(text, split_sentences(text))
    assert [(text[r.start:r.end], r.kind, r.source.canonical) for r in rows] == [
        ("We are ready,", "direct", "Kyrylo Budanov"),
        ("that 11,000 troops were in Kursk", "indirect", "Kyrylo Budanov"),
    ]
    for row in rows:
        assert text[row.cue_start:row.cue_end] == row.cue
        assert text[row.speaker_start:row.speaker_end] == row.speaker


PREFETCH = [(case.values[0], published_for(case.values[0])) for case in CASES] + [(text, PUBLISHED) for text in NO_STATEMENTS]


# --- names written earlier, and names of bodies -----------------------------------------------------

def test_a_bare_name_stands_for_the_person_the_text_named_last(extract_text):
    text = ("The troops went on the orders of North Korean leader Kim Jong Un. Kim said that the soldiers were heroes. "
            "His sister Kim Yo Jong also spoke at the ceremony. Kim warned that Seoul would pay.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that the soldiers were heroes"),
          "said", "Kim", "Kim Jong Un", "person", "North Korea", "indirect")
    check(text, row_at(tables.attributions, text, "that Seoul would pay"),
          "warned", "Kim", "Kim Yo Jong", "person", "North Korea", "indirect")


def test_a_plural_possessive_stays_inside_the_speaker_s_name(extract_text):
    text = ("The Political Bureau of the Workers’ Party of Korea said on Monday that 2,000 soldiers had come home. "
            "The border is calm, according to the Political Bureau of the Workers' Party of Korea.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that 2,000 soldiers had come home"),
          "said", "The Political Bureau of the Workers’ Party of Korea",
          "Political Bureau of the Workers’ Party of Korea", "organisation", "North Korea", "indirect")
    check(text, row_at(tables.attributions, text, "The border is calm"),
          "according to", "the Political Bureau of the Workers' Party of Korea",
          "Political Bureau of the Workers' Party of Korea", "organisation", "North Korea", "according_to")


def test_a_statement_in_an_opening_subordinate_clause_ends_at_its_comma(extract_text):
    text = ("Yet by the time Russia's Defense Ministry claimed the recapture of Sudzha last week, "
            "12,000 North Korean soldiers had rotated through the front. "
            "While local media have suggested that 300 soldiers were captured, these reports remain unconfirmed.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "the recapture of Sudzha last week"),
          "claimed", "Russia's Defense Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect")
    check(text, row_at(tables.attributions, text, "that 300 soldiers were captured"),
          "suggested", "local media", "local media", "media", "independent", "indirect")
    assert row_at(tables.figures, text, "12,000 North Korean soldiers")["speaker"] == ""  # the article's own voice


def test_a_statement_in_a_relative_clause_on_its_speaker(extract_text):
    text = ("Kim, who has never publicly acknowledged sending troops, made no mention of the 11,000 soldiers. "
            "The loudest calls for sanctions came from Western officials who accuse Pyongyang of arming Russia. "
            "Lee Seong-kweon, who sits on the intelligence committee, said the casualty rate was high.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "who has never publicly acknowledged sending troops"),
          "has never publicly acknowledged", "Kim", "Kim", "person", "", "indirect")
    check(text, row_at(tables.attributions, text, "who accuse Pyongyang of arming Russia"),
          "accuse", "Western officials", "Western officials", "group", "West", "indirect")
    check(text, row_at(tables.attributions, text, "the casualty rate was high"),
          "said", "Lee Seong-kweon", "Lee Seong-kweon", "person", "South Korea", "indirect")
    assert row_at(tables.figures, text, "11,000 soldiers")["speaker"] == ""


def test_a_source_speaking_inside_a_noun_phrase(extract_text):
    text = "Kim made no mention of the roughly 11,000 North Korean soldiers Kyiv says are fighting in Kursk."
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "the roughly 11,000 North Korean soldiers Kyiv says are fighting in Kursk"),
          "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect")
    assert row_at(tables.figures, text, "roughly 11,000 North Korean soldiers")["speaker"] == "Ukraine"


def test_a_tag_after_a_lead_in_credits_the_clause_after_it(extract_text):
    text = ("In exchange, the NIS said, Russia appears to be providing the North with air defence equipment. "
            "Russian commanders, it added, were sending them into attacks.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "Russia appears to be providing the North with air defence equipment"),
          "said", "the NIS", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    # a subject, not a lead-in: the tag stands inside one statement, which is the whole sentence
    assert row_at(tables.attributions, text, "Russian commanders, it added, were sending them into attacks")["speaker"] == "it"


def test_it_after_its_statement_is_the_source_before_not_a_body_inside(extract_text):
    text = ("South Korea's spy agency said 4,700 North Koreans had been killed or wounded. "
            "Pyongyang has sent roughly 15,000 troops in total, it estimated.")
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, "Pyongyang has sent roughly 15,000 troops in total")
    assert row["speaker_canonical"] == "National Intelligence Service (South Korea)"


def test_a_name_with_two_appositions_and_an_outlet_s_reporter(extract_text):
    text = ("Han Dong-wook, a senior analyst at the Institute for Unification Studies, a private think tank in Seoul, "
            "said the casualty rate was high. Al Jazeera's Natalia Hrytsenko said the front was quiet. "
            "South Korea's spy agency disclosed the figures in a closed-door briefing.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "the casualty rate was high"),
          "said", "Han Dong-wook", "Han Dong-wook", "person", "independent", "indirect")
    assert row_at(tables.attributions, text, "the front was quiet")["speaker_canonical"] == "Natalia Hrytsenko"
    assert "disclosed" in set(tables.attributions["cue"])
    assert not any(tables.attributions["cue"] == "think")  # "a think tank" is no cue


def test_a_subject_described_by_words_the_lexicon_lacks(extract_text):
    text = ("The younger soldier, who was born in 2005, told interrogators that he was going to a training exercise, "
            "according to the SBU. A memo found on the body of a dead soldier indicated that troops were hungry.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that he was going to a training exercise"),
          "told interrogators", "The younger soldier", "younger soldier", "group", "", "indirect")
    assert set(tables.attributions["speaker"]) == {"The younger soldier", "the SBU"}  # not "a dead soldier"


def test_pressing_is_a_demand_only_with_to_or_for(extract_text):
    text = "Russia presses its offensive in Kursk. Blinken pressed Moscow to explain the deployment."
    tables = extract_text(text, PUBLISHED)
    assert list(tables.attributions["cue"]) == ["pressed"]


def test_what_a_source_called_something_in_one_quoted_word(extract_text):
    text = ("Kim Jong Un praised the soldiers as ‘heroes’ at a ceremony. Kim praised the troops again on Friday. "
            "Pyongyang dismissed the reports as \"rumours\".")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "heroes"), "praised", "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "direct")
    check(text, row_at(tables.attributions, text, "rumours"), "dismissed", "Pyongyang", "North Korea", "government", "North Korea", "direct")
    assert len(tables.attributions) == 2  # praise without a quotation is no statement


def test_state_media_take_the_state_their_sentence_names(extract_text):
    text = ("North Korean leader Kim Jong Un visited a drone factory. "
            "Kim has ordered the mass production of attack drones, state media reported. State media reported a flood.")
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, "Kim has ordered the mass production of attack drones")
    assert (row["speaker_canonical"], row["speaker_type"], row["affiliation"]) == ("North Korean state media", "media", "North Korea")
    assert row_at(tables.attributions, text, "State media reported a flood")["speaker_canonical"] == "state media"  # no state named


def test_declining_to_comment_and_speaking_anonymously_state_nothing(extract_text):
    text = ("Russia's Defense Ministry has not commented on the reports. Peskov declined to comment on the findings. "
            "A South Korean official, who spoke on condition of anonymity, said troops were fighting. "
            "Putin ordered commanders to free the region. Ukraine disputes the claim.")
    tables = extract_text(text, PUBLISHED)
    assert spanned(tables.attributions, text) == [
        "troops were fighting", "Putin ordered commanders to free the region", "Ukraine disputes the claim"]


def test_a_long_relative_clause_an_unnamed_person_and_an_agreement(extract_text):
    text = ("Vladimir Putin visited a command post. He ordered commanders to free the Kursk region. "
            "A South Korean government official, who spoke on condition of anonymity because he was not authorised "
            "to brief the media, said Seoul was weighing whether to send a team. "
            "South Korea and Ukraine have agreed to share intelligence.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "Seoul was weighing whether to send a team"),
          "said", "A South Korean government official", "South Korean government official", "group", "South Korea", "indirect")
    assert row_at(tables.attributions, text, "He ordered commanders to free the Kursk region")["speaker_canonical"] == "Vladimir Putin"
    assert len(tables.attributions) == 2  # "agreed to share" is an act, not a statement


def test_a_participle_with_its_agent_describes_the_speaker_after_it(extract_text):
    text = ("South Korean lawmakers briefed by the NIS said that about 300 soldiers had died. "
            "U.S. officials cited by the New York Times said the troops had been rotated off the line. "
            "The deployment, a development first flagged by South Korea's spy agency, alarmed Kyiv.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that about 300 soldiers had died"),
          "said", "South Korean lawmakers briefed by the NIS", "South Korean lawmakers", "group", "South Korea", "indirect")
    check(text, row_at(tables.attributions, text, "the troops had been rotated off the line"),
          "said", "U.S. officials cited by the New York Times", "U.S. officials", "group", "United States", "indirect")
    assert set(tables.attributions["cue"]) == {"said", "flagged"}


@pytest.mark.parametrize("text, content, cue, speaker, canonical, speaker_type, affiliation, kind", [
    pytest.param("Ukrainian officials estimate about 11,000 North Korean troops were deployed to Kursk.",
                 "about 11,000 North Korean troops were deployed to Kursk", "estimate",
                 "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect", id="estimate about N: a verb"),
    pytest.param("U.S. officials have long said North Korean soldiers were fighting in Kursk.",
                 "North Korean soldiers were fighting in Kursk", "said",
                 "U.S. officials", "U.S. officials", "group", "United States", "indirect", id="have long said"),
    pytest.param("The N.I.S. said on Monday that two soldiers had been captured.",
                 "that two soldiers had been captured", "said",
                 "The N.I.S.", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect",
                 id="an acronym spelt with full stops"),
    pytest.param("“They are learning fast,” said retired Army Col. Dale Ferris, now a fellow at a Washington think tank.",
                 "They are learning fast,", "said",
                 "retired Army Col. Dale Ferris", "Dale Ferris", "person", "independent", "direct", id="said retired Col. X"),
    pytest.param("Troops were pulled back, according to Steppe Watch, an open-source monitoring project.",
                 "Troops were pulled back", "according to",
                 "Steppe Watch", "Steppe Watch", "organisation", "independent", "according_to",
                 id="according to an unknown body, described"),
    pytest.param("The money goes to the state, said the Busan-based Korea Maritime Strategy Institute.",
                 "The money goes to the state", "said",
                 "the Busan-based Korea Maritime Strategy Institute", "Korea Maritime Strategy Institute", "organisation",
                 "independent", "indirect", id="a city-based institute: independent, its city dropped"),
    pytest.param("Kim Jong Un, 41, told Putin that helping Russia was a duty.",
                 "that helping Russia was a duty", "told Putin",
                 "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "indirect", id="X, 41, told"),
    pytest.param("A Ukrainian medic serving in Kursk, who asked not to be named because he was not allowed to speak to the "
                 "press, told the BBC that the wounded kept coming.",
                 "that the wounded kept coming", "told the BBC",
                 "A Ukrainian medic serving in Kursk", "Ukrainian medic", "group", "Ukraine", "indirect",
                 id="a participle and a long relative clause on the subject"),
    pytest.param("In early March, Belgorod region acting governor Ivan Petrov announced that schools would reopen.",
                 "that schools would reopen", "announced",
                 "Belgorod region acting governor Ivan Petrov", "Ivan Petrov", "person", "", "indirect",
                 id="a region and a title before a name"),
    pytest.param("Japan’s government on Friday voiced “deep alarm” over the deployment.",
                 "deep alarm", "voiced", "Japan’s government", "Japan", "government", "Japan", "direct",
                 id="voiced a quoted phrase"),
    pytest.param("The assaults, which a Polish diplomat likened to “throwing men at a wall,” continued.",
                 "throwing men at a wall,", "likened", "a Polish diplomat", "Polish diplomat", "group", "Poland", "direct",
                 id="likened to a quoted phrase"),
])
def test_statements_from_other_outlets(extract_text, text, content, cue, speaker, canonical, speaker_type, affiliation, kind):
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, content)
    assert row["text"] == content
    check(text, row, cue, speaker, canonical, speaker_type, affiliation, kind)


def test_a_participle_credits_the_subject_of_a_sentence_with_no_statement(extract_text):
    text = ("Putin on Wednesday thanked Kim Jong Un for the troops, telling him that the soldiers had fought bravely. "
            "Chinese foreign ministry spokesman Lin Jian declined to comment on the deployment, saying only that China’s position was clear. "
            "North Korean troops advanced across the fields, saying nothing. "
            "Shelling intensified overnight, adding to the pressure on Kyiv. "
            "Kim Jong Un and Vladimir Putin signed a treaty in June 2024, promising to help each other.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that the soldiers had fought bravely"),
          "telling him", "Putin", "Vladimir Putin", "person", "Russia", "indirect")
    check(text, row_at(tables.attributions, text, "that China’s position was clear"),
          "saying", "Chinese foreign ministry spokesman Lin Jian", "Lin Jian", "person", "China", "indirect")
    assert len(tables.attributions) == 2, spanned(tables.attributions, text)


def test_a_statement_ends_where_a_clause_after_it_credits_someone_else(extract_text):
    text = ("North Korea has acknowledged for the first time that it sent troops to Russia, days after Moscow declared "
            "that its forces had retaken Kursk.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that it sent troops to Russia"),
          "acknowledged", "North Korea", "North Korea", "government", "North Korea", "indirect")
    check(text, row_at(tables.attributions, text, "that its forces had retaken Kursk"),
          "declared", "Moscow", "Russia", "government", "Russia", "indirect")


@pytest.mark.parametrize("text", [
    "The ministry did not say how many of the soldiers had been killed.",
    "Officials declined to say when the workers would arrive or how long they would stay.",
    "The general would not tell reporters whether the brigade had been withdrawn.",
    "The ministry did not respond to a request for comment.",
    "The embassy has not responded to questions about the deployment.",
])
def test_a_refusal_to_tell_is_no_statement(extract_text, text):
    assert extract_text(text, PUBLISHED).attributions.empty


def test_reported_clauses_nested_and_after_who_was_told(extract_text):
    text = ("Rep. Yoo Jae-hyuk told reporters the agency had briefed the committee. "
            "He said the NIS had also concluded that Pyongyang was preparing to send 6,000 more troops. "
            "Analysts estimate that each laborer earns the regime $700 a month.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "the agency had briefed the committee"),
          "told reporters", "Rep. Yoo Jae-hyuk", "Yoo Jae-hyuk", "person", "", "indirect")
    check(text, row_at(tables.attributions, text, "that Pyongyang was preparing to send 6,000 more troops"),
          "concluded", "the NIS", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    check(text, row_at(tables.attributions, text, "the NIS had also concluded that Pyongyang was preparing to send 6,000 more troops"),
          "said", "He", "Yoo Jae-hyuk", "person", "", "indirect")
    check(text, row_at(tables.attributions, text, "that each laborer earns the regime $700 a month"),
          "estimate", "Analysts", "analysts", "group", "independent", "indirect")
    assert row_at(tables.figures, text, "6,000 more troops")["speaker"] == "National Intelligence Service (South Korea)"


def test_what_a_study_found_and_who_published_it(extract_text):
    text = ("A survey published last month by the Busan polling firm Halla Metrics found that 64% of voters oppose the deployment. "
            "Villagers found that the bridge was gone. "
            "The front moved west, according to the Riga-based open-source mapping collective Baltic Lens.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that 64% of voters oppose the deployment"),
          "found", "A survey published last month by the Busan polling firm Halla Metrics", "Halla Metrics", "organisation",
          "independent", "indirect")
    check(text, row_at(tables.attributions, text, "The front moved west"),
          "according to", "the Riga-based open-source mapping collective Baltic Lens", "Baltic Lens", "organisation",
          "independent", "according_to")
    assert len(tables.attributions) == 2, spanned(tables.attributions, text)


def test_thoughts_inside_a_quotation_and_undisclosed_losses_are_no_statements(extract_text):
    text = ("“He wants the world to know, and he expects to be paid in oil,” said Elodie Marchetti, a Korea specialist. "
            "Pyongyang has never disclosed its losses.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "He wants the world to know, and he expects to be paid in oil,"),
          "said", "Elodie Marchetti", "Elodie Marchetti", "person", "independent", "direct")
    assert len(tables.attributions) == 1, spanned(tables.attributions, text)


def test_bodies_named_in_passing_and_coordinated_sides(extract_text):
    text = ("The S.B.U. later released photographs of the men. The agency said that neither man spoke Russian. "
            "The N.I.S. confirmed the capture on Sunday. On Monday, the agency estimated that 300 soldiers had been killed. "
            "Neither Moscow nor Pyongyang has acknowledged the losses. "
            "According to a Kremlin readout of the meeting, Kim Jong Un told Putin that helping Russia was a duty.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that neither man spoke Russian"),
          "said", "The agency", "Security Service of Ukraine", "organisation", "Ukraine", "indirect")
    check(text, row_at(tables.attributions, text, "that 300 soldiers had been killed"),
          "estimated", "the agency", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    both = rows_at(tables.attributions, text, "Neither Moscow nor Pyongyang has acknowledged the losses")
    assert sorted(both["speaker_canonical"]) == ["North Korea", "Russia"]
    check(text, row_at(tables.attributions, text, "Kim Jong Un told Putin that helping Russia was a duty"),
          "According to", "a Kremlin readout of the meeting", "Kremlin", "government", "Russia", "according_to")


def test_statements_bounded_by_a_coordinated_act_and_reached_past_a_report(extract_text):
    text = ("Gen. Valery Gerasimov declared on Saturday that the region had been fully “liberated”, and praised the "
            "soldiers for their courage. "
            "Seoul’s Institute for Peninsula Security Analysis estimated in a report last week that Pyongyang had "
            "received 28 trillion won. "
            "The missile, which Kim Jong Un has hailed as the “most powerful” weapon, was tested again. "
            "The official, who briefed reporters on condition of anonymity, said the casualties numbered 200.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that the region had been fully “liberated”"),
          "declared", "Gen. Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect")
    check(text, row_at(tables.attributions, text, "that Pyongyang had received 28 trillion won"),
          "estimated", "Seoul’s Institute for Peninsula Security Analysis", "Institute for Peninsula Security Analysis",
          "organisation", "independent", "indirect")
    check(text, row_at(tables.attributions, text, "most powerful"),
          "hailed", "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "direct")
    assert not rows_at(tables.attributions, text, "reporters on condition of anonymity").shape[0]


def test_a_statement_resumed_after_its_tag_and_a_claim_owned_by_its_speaker(extract_text):
    text = ("North Korean soldiers have returned in force, Ukrainian commanders say, and are now leading assaults. "
            "Last winter the front was quiet; today, HUR says, the units are used mostly for artillery. "
            "Kyiv has rejected Moscow's claims that the operation is over, saying its troops still hold positions.")
    tables = extract_text(text, PUBLISHED)
    for content in ("North Korean soldiers have returned in force", "are now leading assaults"):
        check(text, row_at(tables.attributions, text, content),
              "say", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect")
    check(text, row_at(tables.attributions, text, "the units are used mostly for artillery"),
          "says", "HUR", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect")
    check(text, row_at(tables.attributions, text, "that the operation is over"),
          "claims", "Moscow's", "Russia", "government", "Russia", "indirect")
    check(text, row_at(tables.attributions, text, "its troops still hold positions"),
          "saying", "Kyiv", "Ukraine", "government", "Ukraine", "indirect")


def test_a_quotation_a_speaker_quotes_from_a_source_and_a_body_named_with_and(extract_text):
    text = ("The NIS briefed lawmakers on Tuesday. "
            "\"We judge that some of them are in combat,\" Rep. Park quoted the agency as saying. \"Their losses are unknown.\" "
            "Troops earn $2,000 a month, according to estimates by the Busan-based Maritime and Continental Security Forum.")
    tables = extract_text(text, PUBLISHED)
    for content in ("We judge that some of them are in combat,", "Their losses are unknown."):
        check(text, row_at(tables.attributions, text, content),
              "quoted", "the agency", "National Intelligence Service (South Korea)", "organisation", "South Korea", "direct")
    check(text, row_at(tables.attributions, text, "Troops earn $2,000 a month"),
          "according to", "estimates by the Busan-based Maritime and Continental Security Forum",
          "Maritime and Continental Security Forum", "organisation", "independent", "according_to")


def test_a_speaker_known_by_a_call_sign_and_a_revised_estimate(extract_text):
    text = ("“They came in waves, 20 or 30 men at a time,” said a Ukrainian drone unit commander who goes by the call "
            "sign Kit, in line with military protocol. “They did not stop.” "
            "The NIS said in January that 300 had died. In April, it raised the figure to about 4,700. "
            "Russia raised taxes to pay for the war.")
    tables = extract_text(text, PUBLISHED)
    for content in ("They came in waves, 20 or 30 men at a time,", "They did not stop."):
        check(text, row_at(tables.attributions, text, content),
              "said", "a Ukrainian drone unit commander who goes by the call sign Kit", "Kit", "person", "Ukraine", "direct")
    check(text, row_at(tables.attributions, text, "it raised the figure to about 4,700"),
          "raised", "it", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    assert not rows_at(tables.attributions, text, "Russia raised taxes").shape[0]


def test_sources_close_to_a_body_and_verbs_of_reckoning(extract_text):
    text = ("A source close to the Russian Defense Ministry told Meduza that the workers would live in camps. "
            "A South Korean official familiar with the assessment said the institute’s estimate was too high. "
            "America's State Department reckons that around 10,000 troops have moved to Kursk. "
            "The NIS has given a lower figure, estimating that some 300 soldiers have died. "
            "On Wednesday Kyrylo Budanov, the head of Ukraine’s military intelligence, told a news site that two brigades were training. "
            "Putin has repeatedly praised the North Korean troops’ \"heroism\". "
            "The West has answered the arrival of the troops with little more than \"words\".")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that the workers would live in camps"),
          "told Meduza", "A source close to the Russian Defense Ministry", "source close to the Russian Defense Ministry",
          "group", "Russia", "indirect")
    check(text, row_at(tables.attributions, text, "the institute’s estimate was too high"),
          "said", "A South Korean official", "South Korean official", "group", "South Korea", "indirect")
    check(text, row_at(tables.attributions, text, "that around 10,000 troops have moved to Kursk"),
          "reckons", "America's State Department", "U.S. State Department", "organisation", "United States", "indirect")
    check(text, row_at(tables.attributions, text, "that some 300 soldiers have died"),
          "estimating", "The NIS", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    check(text, row_at(tables.attributions, text, "that two brigades were training"),
          "told a news site", "Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect")
    check(text, row_at(tables.attributions, text, "heroism"), "praised", "Putin", "Vladimir Putin", "person", "Russia", "direct")
    assert len(tables.attributions) == 6, spanned(tables.attributions, text)


def test_lawmakers_with_party_and_state_and_a_body_named_in_its_apposition(extract_text):
    text = ("“Kim is feeding his soldiers into a grinder,” said Rep. Carla Benavides (D-N.M.), a member of the "
            "House Armed Services Committee. She urged the Pentagon to spend the money. "
            "Ukraine's military intelligence said on February 19 that troops had returned. "
            "The agency, known by its Ukrainian acronym HUR, said that units had been reinforced.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "Kim is feeding his soldiers into a grinder,"),
          "said", "Rep. Carla Benavides (D-N.M.)", "Carla Benavides", "person", "United States", "direct")
    check(text, row_at(tables.attributions, text, "that units had been reinforced"),
          "said", "The agency", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect")
    assert not rows_at(tables.attributions, text, "The agency, known by its Ukrainian acronym HUR").shape[0]


def test_an_agency_named_in_passing_speaks_as_it_and_conditions_state_nothing(extract_text):
    text = ("North Korea’s state news agency KCNA did not mention any numbers. It said only that the two countries "
            "had agreed on “practical measures” to implement the treaty. "
            "Seoul's Foreign Ministry said on Wednesday it would accept the soldier if he formally requested it, "
            "noting that the constitution regards all North Koreans as citizens.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that the two countries had agreed on “practical measures” to implement the treaty"),
          "said", "It", "Korean Central News Agency", "media", "North Korea", "indirect")
    check(text, row_at(tables.attributions, text, "that the constitution regards all North Koreans as citizens"),
          "noting", "Seoul's Foreign Ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect")
    assert len(tables.attributions) == 3, spanned(tables.attributions, text)


def test_for_an_expert_is_the_expert_s_view(extract_text):
    text = ("For Ahn Ji-won, an analyst at the Sejong Institute, the deployment was a test. "
            "\"Pyongyang waited for a victory,\" she explains. "
            "For Kim Jong Un, the leader of North Korea, the war is an opportunity. "
            "For Pyongyang, the deal is a lifeline.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "the deployment was a test"),
          "For", "Ahn Ji-won", "Ahn Ji-won", "person", "independent", "according_to")
    check(text, row_at(tables.attributions, text, "Pyongyang waited for a victory,"),
          "explains", "she", "Ahn Ji-won", "person", "independent", "direct")
    assert len(tables.attributions) == 2, spanned(tables.attributions, text)


def test_he_after_a_person_who_declined_to_comment_and_a_colon_dateline(extract_text):
    text = ("Zelensky said Russia was losing. Kremlin spokesman Dmitry Peskov declined to comment on the report. "
            "Asked about North Korea earlier this week, he said cooperation with Pyongyang was legal.\n"
            "SEOUL: North Korean leader Kim Jong Un welcomed the engineers home, state media said.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "cooperation with Pyongyang was legal"),
          "said", "he", "Dmitry Peskov", "person", "Russia", "indirect")
    row = row_at(tables.attributions, text, "North Korean leader Kim Jong Un welcomed the engineers home")
    assert row["text"] == "North Korean leader Kim Jong Un welcomed the engineers home"


def test_captured_soldiers_spoken_of_without_a_name(extract_text):
    text = ("Ukraine captured two North Korean soldiers in Kursk, Zelensky said. "
            "One of the prisoners told interrogators that he had been sent for training. "
            "The other said he would like to stay in Ukraine. He said he wanted to go home. "
            "One of the two North Korean soldiers captured by Ukrainian forces told a newspaper that he wanted to go to Seoul.")
    tables = extract_text(text, PUBLISHED)
    for content, cue, speaker in (("that he had been sent for training", "told interrogators", "One of the prisoners"),
                                  ("he would like to stay in Ukraine", "said", "The other"),
                                  ("he wanted to go home", "said", "He"),
                                  ("that he wanted to go to Seoul", "told a newspaper",
                                   "One of the two North Korean soldiers captured by Ukrainian forces")):
        check(text, row_at(tables.attributions, text, content),
              cue, speaker, "captured North Korean soldier", "group", "North Korea", "indirect")
    assert row_at(tables.figures, text, "two North Korean soldiers", 1)["value"] == 2  # one of the two: counted


def test_captured_soldiers_described_by_their_capture_take_their_own_side_not_the_captor_s(extract_text):
    text = ("Ukraine captured two North Korean soldiers in January. "
            "Two soldiers captured by Ukraine in January, aged 20 and 26, have said they want to go to South Korea. "
            "A soldier captured by Ukrainian forces near Sudzha told reporters he had been sent for training.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "they want to go to South Korea"),
          "said", "Two soldiers captured by Ukraine", "captured North Korean soldiers", "group", "North Korea", "indirect")
    check(text, row_at(tables.attributions, text, "he had been sent for training"),
          "told reporters", "A soldier captured by Ukrainian forces near Sudzha", "captured North Korean soldier", "group",
          "North Korea", "indirect")
    counted = row_at(tables.figures, text, "Two soldiers")  # the speakers are counted, the figure credited to no one
    assert (counted["value"], counted["category"], counted["speaker"]) == (2, "casualties", "")


def test_captured_soldiers_called_men_a_pair_or_by_their_age(extract_text):
    text = ("Ukrainian paratroopers captured two North Korean soldiers on Saturday. "
            "One of the men, a 26-year-old rifleman, told interrogators that he had been sent for training. "
            "The younger man told investigators his unit had trained for a week. "
            "The NIS said one of the pair had asked to go to Seoul. "
            "The 26-year-old told reporters he missed his mother.")
    tables = extract_text(text, PUBLISHED)
    for content, cue, speaker in (("that he had been sent for training", "told interrogators", "One of the men"),
                                  ("his unit had trained for a week", "told investigators", "The younger man"),
                                  ("he missed his mother", "told reporters", "The 26-year-old")):
        check(text, row_at(tables.attributions, text, content),
              cue, speaker, "captured North Korean soldier", "group", "North Korea", "indirect")
    assert row_at(tables.attributions, text, "one of the pair had asked to go to Seoul")["speaker_canonical"] == \
        "National Intelligence Service (South Korea)"


def test_a_quantifier_floating_after_coordinated_subjects(extract_text):
    text = "Seoul and Washington have both said that the troops are being trained in drone warfare."
    rows = rows_at(extract_text(text, PUBLISHED).attributions, text, "that the troops are being trained in drone warfare")
    assert sorted(rows["speaker_canonical"]) == ["South Korea", "United States"]
    assert set(rows["speaker"]) == {"Seoul and Washington"}


def test_captured_soldiers_who_speak_are_still_counted(extract_text):
    text = "Two North Korean soldiers captured in Russia's Kursk region have told interrogators they thought it was an exercise."
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "they thought it was an exercise"), "told interrogators",
          "Two North Korean soldiers captured in Russia's Kursk region", "captured North Korean soldiers", "group", "North Korea", "indirect")
    figure = row_at(tables.figures, text, "Two North Korean soldiers")
    assert (figure["value"], figure["category"]) == (2, "casualties")


def test_polls_that_found_and_footage_aired_by_a_broadcaster(extract_text):
    text = ("A Harlow Research poll released last week found that 58 percent of voters want a ceasefire. "
            "Kim wept over the coffins, according to footage aired by KCTV. "
            "Recruits are offered 2.1 million roubles, according to figures published by the Pentagon.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that 58 percent of voters want a ceasefire"), "found",
          "A Harlow Research poll", "Harlow Research", "organisation", "independent", "indirect")
    check(text, row_at(rows, text, "Kim wept over the coffins"), "according to",
          "footage aired by KCTV", "Korean Central Television", "media", "North Korea", "according_to")
    assert row_at(rows, text, "Recruits are offered 2.1 million roubles")["speaker_canonical"] == "Pentagon"


def test_an_office_apposed_to_a_titled_name_and_an_official_named_after_the_furniture(extract_text):
    text = ("Estonian spy chief says builders will free Russian troops\n\n"
            "The builders will free up Russian troops, the head of the Estonian Defence Forces' Analysis Centre said on Thursday.\n\n"
            "Published: 19.06.2025 13:41\n\n"
            "Speaking in Tallinn, Col. Ants Laaneots said the first 1,000 builders had arrived.\n\n"
            "North Korean troops led the assault, the deputy chief of the Polish General Staff, Lieutenant General Adam Nowicki, has said.")
    rows = extract_text(text, PUBLISHED).attributions
    for content in ("builders will free Russian troops", "The builders will free up Russian troops",
                    "the first 1,000 builders had arrived"):
        row = row_at(rows, text, content)
        assert (row["speaker_canonical"], row["speaker_type"], row["affiliation"]) == ("Ants Laaneots", "person", "Estonia")
    check(text, row_at(rows, text, "North Korean troops led the assault"), "said",
          "Lieutenant General Adam Nowicki", "Adam Nowicki", "person", "Poland", "indirect")


def test_an_infinitive_claimed_after_an_opener_and_after_an_adverbial(extract_text):
    text = ("At its height, Kyiv claimed to hold some 1,200 square kilometres of Russian land. "
            "Russia sent its marines, at one point claiming to have 50,000 men there. "
            "Troops were killed, Moscow claimed. Troops advanced, at one point claiming the village.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "to hold some 1,200 square kilometres of Russian land"), "claimed",
          "Kyiv", "Ukraine", "government", "Ukraine", "indirect")
    check(text, row_at(rows, text, "to have 50,000 men there"), "claiming", "Russia", "Russia", "government", "Russia", "indirect")
    assert row_at(rows, text, "Troops were killed")["speaker_canonical"] == "Russia"
    assert not rows_at(rows, text, "At its height").shape[0]
    assert len(rows) == 3, spanned(rows, text)


def test_a_headline_that_asks_what_a_source_learned_states_nothing(extract_text):
    text = "What Pyongyang Has Learned, and What Comes Next\nKim Says Troops Will Stay\nKim said 500 soldiers died."
    rows = extract_text(text, PUBLISHED).attributions
    assert sorted(rows["text"]) == ["500 soldiers died", "Troops Will Stay"], spanned(rows, text)


def test_one_of_a_group_and_no_capture_no_captive(extract_text):
    text = "Troops advanced. One of the men said the village was empty. One of the officials said the plan had failed."
    tables = extract_text(text, PUBLISHED)
    assert not rows_at(tables.attributions, text, "the village was empty").shape[0]
    assert row_at(tables.attributions, text, "the plan had failed")["speaker_canonical"] == "officials"


def test_groups_as_written_placed_in_a_capital_and_people_named_before_a_pronoun(extract_text):
    text = ("A senior Ukrainian intelligence official said Kyiv was worried. "
            "US State Department officials said the troops had moved. "
            "Officials in Seoul believe Russia is paying in oil. "
            "Eitan Barak, a former military intelligence officer, was more skeptical. "
            "He argued that Iran lacks the manpower. “Kim can lose 4,000 men,” Barak said.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "Kyiv was worried"),
          "said", "A senior Ukrainian intelligence official", "senior Ukrainian intelligence official", "group", "Ukraine", "indirect")
    check(text, row_at(tables.attributions, text, "the troops had moved"),
          "said", "US State Department officials", "U.S. State Department", "group", "United States", "indirect")
    check(text, row_at(tables.attributions, text, "Russia is paying in oil"),
          "believe", "Officials in Seoul", "South Korean officials", "group", "South Korea", "indirect")
    for content, cue, speaker in (("that Iran lacks the manpower", "argued", "He"), ("Kim can lose 4,000 men,", "said", "Barak")):
        assert row_at(tables.attributions, text, content)["speaker_canonical"] == "Eitan Barak"


def test_a_state_s_body_or_officials_placed_in_its_capital_speak_for_it(extract_text):
    text = ("In Seoul, the Defense Ministry estimated that 3,000 troops had moved. "
            "The Foreign Ministry in Moscow denied that any troops were there. "
            "In Washington, senior officials said more would follow. "
            "In Seoul, analysts said the deal was worth billions. "
            "In a statement, the Defense Ministry said it was watching. "
            "The Foreign Ministry said talks would go on.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that 3,000 troops had moved"),
          "estimated", "the Defense Ministry", "South Korean Defense Ministry", "organisation", "South Korea", "indirect")
    check(text, row_at(tables.attributions, text, "that any troops were there"),
          "denied", "The Foreign Ministry in Moscow", "Russian Foreign Ministry", "organisation", "Russia", "indirect")
    check(text, row_at(tables.attributions, text, "more would follow"),
          "said", "senior officials", "senior U.S. officials", "group", "United States", "indirect")
    check(text, row_at(tables.attributions, text, "the deal was worth billions"),
          "said", "analysts", "analysts", "group", "independent", "indirect")
    check(text, row_at(tables.attributions, text, "it was watching"),
          "said", "the Defense Ministry", "South Korean Defense Ministry", "organisation", "South Korea", "indirect")
    check(text, row_at(tables.attributions, text, "talks would go on"),  # the last Foreign Ministry credited
          "said", "The Foreign Ministry", "Russian Foreign Ministry", "organisation", "Russia", "indirect")


def test_unnamed_sources_known_by_where_they_are_keep_the_place(extract_text):
    text = ("A source in North Hamgyong province told the newspaper on Tuesday that the selection had started. "
            "“They are all young,” the source said. "
            "A resident of Ryanggang province said the families had been warned. "
            "Sources in Pyongyang said the first group would leave next week. "
            "Russian sources in Kursk said the units had left.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that the selection had started"), "told the newspaper",
          "A source in North Hamgyong province", "source in North Hamgyong province", "group", "independent", "indirect")
    check(text, row_at(tables.attributions, text, "They are all young,"),
          "said", "the source", "source in North Hamgyong province", "group", "independent", "direct")
    check(text, row_at(tables.attributions, text, "the families had been warned"),
          "said", "A resident of Ryanggang province", "resident of Ryanggang province", "group", "independent", "indirect")
    check(text, row_at(tables.attributions, text, "the first group would leave next week"),
          "said", "Sources in Pyongyang", "sources in Pyongyang", "group", "independent", "indirect")
    check(text, row_at(tables.attributions, text, "the units had left"),
          "said", "Russian sources in Kursk", "Russian sources", "group", "Russia", "indirect")


def test_he_after_which_or_where_is_the_person_just_named(extract_text):
    text = ("“The sappers are ready,” a source told the newspaper. The move follows a visit to Pyongyang by Russian "
            "Security Council Secretary Sergei Shoigu, during which he announced that 1,000 deminers would be sent.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that 1,000 deminers would be sent"),
          "announced", "he", "Sergei Shoigu", "person", "Russia", "indirect")


def test_the_publisher_citing_itself_credits_nobody(tmp_path):
    text = ("North Korean units have suffered heavy losses, the Defense Intelligence of Ukraine said on Friday, "
            "Ukrinform reports. According to the agency, 3,800 soldiers were killed or wounded. "
            "As Ukrinform reported, the EU approved new sanctions. Yonhap reported that the NIS agreed.")
    folder = write_corpus(tmp_path / "corpus", {"page": (text, PUBLISHED)}, extra_columns={"outlet": {"page": "Ukrinform"}})
    rows = extract(folder).attributions
    assert list(zip(rows["text"], rows["speaker_canonical"])) == [
        ("North Korean units have suffered heavy losses", "Defence Intelligence of Ukraine"),
        ("3,800 soldiers were killed or wounded", "Defence Intelligence of Ukraine"),
        ("that the NIS agreed", "Yonhap")]


def test_speakers_with_a_relative_clause_an_age_or_a_side_in_their_name(extract_text):
    text = ("North Korean troops took heavy losses, Russian soldiers who fought alongside them told the newspaper. "
            "“They didn’t know what a drone was,” said a 34-year-old contract soldier from a rifle brigade. "
            "Pro-Kremlin war bloggers estimated last week that the foothold had shrunk. "
            "The town was quiet, residents recall. "
            "Seoul recalled its ambassador in protest. "
            "“Moscow cannot admit that it needed foreign soldiers,” Yelena Gromova said. "
            "The expert at the institute who co-wrote the report said the payments were large.")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "North Korean troops took heavy losses"),
          "told the newspaper", "Russian soldiers", "Russian soldiers", "group", "Russia", "indirect")
    check(text, row_at(rows, text, "They didn’t know what a drone was,"),
          "said", "a 34-year-old contract soldier from a rifle brigade", "contract soldier", "group", "", "direct")
    check(text, row_at(rows, text, "that the foothold had shrunk"),
          "estimated", "Pro-Kremlin war bloggers", "pro-Kremlin war bloggers", "group", "Russia", "indirect")
    check(text, row_at(rows, text, "The town was quiet"), "recall", "residents", "residents", "group", "independent", "indirect")
    assert list(rows["cue"]).count("recalled") == 0
    assert rows_at(rows, text, "that it needed foreign soldiers").empty  # what Moscow cannot say, it has not said
    check(text, row_at(rows, text, "the payments were large"),
          "said", "The expert at the institute", None, "group", "independent", "indirect")


def test_one_official_of_a_named_body_is_a_group_as_written_several_speak_as_the_body(extract_text):
    text = ("A senior HUR officer told Defense News that 120 guns had arrived. “It never runs out,” the officer said. "
            "A JCS official said 3,000 troops had moved. "
            "US State Department officials said the troops were in Kursk.")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "that 120 guns had arrived"),
          "told Defense News", "A senior HUR officer", "senior HUR officer", "group", "Ukraine", "indirect")
    check(text, row_at(rows, text, "It never runs out,"), "said", "the officer", "senior HUR officer", "group", "Ukraine", "direct")
    check(text, row_at(rows, text, "3,000 troops had moved"), "said", "A JCS official", "JCS official", "group", "South Korea", "indirect")
    check(text, row_at(rows, text, "the troops were in Kursk"),
          "said", "US State Department officials", "U.S. State Department", "group", "United States", "indirect")


def test_captured_soldiers_and_a_second_source_placed_in_an_apposition(extract_text):
    text = ("Captured NK soldiers say they were told they were going to training\n"
            "Two North Korean soldiers captured by Ukrainian forces last week said they had been told nothing. "
            "“They are young,” a source told the newspaper. "
            "Families were told not to hold funerals, a second source, in Ryanggang province, told the newspaper. "
            "“Some mothers cry,” he added.")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "they were told they were going to training"),
          "say", "Captured NK soldiers", "captured North Korean soldiers", "group", "North Korea", "indirect")
    check(text, row_at(rows, text, "they had been told nothing"), "said",
          "Two North Korean soldiers captured by Ukrainian forces", "captured North Korean soldiers", "group", "North Korea", "indirect")
    check(text, row_at(rows, text, "Families were told not to hold funerals"),
          "told the newspaper", "a second source", "source in Ryanggang province", "group", "independent", "indirect")
    check(text, row_at(rows, text, "Some mothers cry,"), "added", "he", "source in Ryanggang province", "group", "independent", "direct")


def test_who_after_a_name_and_its_apposition_is_the_person(extract_text):
    text = ("Russia agreed to help, said Rhys Calloway, a senior analyst at the consultancy Ironvale Risk, who estimated "
            "the payments at between $9 billion and $12 billion.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "the payments at between $9 billion and $12 billion"),
          "estimated", "Rhys Calloway", "Rhys Calloway", "person", "independent", "indirect")


def test_quoted_as_saying_units_with_ordinals_and_a_soldier_with_a_unit(extract_text):
    text = ("KCNA quoted Kim Jong Un as saying the troops were heroes. "
            "Kim Jong Un was quoted by state media as saying that the soldiers fought bravely. "
            "“We are seeing them adapt,” a Ukrainian soldier with the 80th Brigade told the BBC by phone. "
            "The 95th Brigade said 30 soldiers were killed.")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "the troops were heroes"), "quoted", "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "indirect")
    check(text, row_at(rows, text, "that the soldiers fought bravely"),
          "quoted", "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "indirect")
    check(text, row_at(rows, text, "We are seeing them adapt,"), "told the BBC",
          "a Ukrainian soldier with the 80th Brigade", "Ukrainian soldier", "group", "Ukraine", "direct")
    check(text, row_at(rows, text, "30 soldiers were killed"), "said", "The 95th Brigade", "95th Brigade", "organisation", "", "indirect")


def test_a_source_cited_between_the_speaker_and_the_verb_speaks_and_a_spokesperson_for_the_body(extract_text):
    text = ("South Korean lawmakers, citing the NIS, said about 100 North Korean soldiers had been killed. "
            "Lawmakers, citing a memo found on a soldier, said the troops were hungry. "
            "A HUR spokesman said 120 guns had arrived.")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "about 100 North Korean soldiers had been killed"), "citing",
          "the NIS", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    check(text, row_at(rows, text, "the troops were hungry"), "said", "Lawmakers", "lawmakers", "group", "", "indirect")
    check(text, row_at(rows, text, "120 guns had arrived"),
          "said", "A HUR spokesman", "Defence Intelligence of Ukraine", "group", "Ukraine", "indirect")


def test_researchers_of_a_body_named_before_or_named_with_and_and_a_place(extract_text):
    text = ("“It changes the politics,” said Taras Hnat, a senior analyst at the Kyiv-based Dnipro Policy Forum. "
            "Analysts at the forum estimate that Russia is paying $20 million a month. "
            "Researchers at the Center for Maritime and Energy Studies in Oslo said the cargo moved by ship. "
            "Analysts at the institute believe 100 missiles were shipped.")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "that Russia is paying $20 million a month"), "estimate",
          "Analysts at the forum", "Dnipro Policy Forum", "group", "independent", "indirect")
    check(text, row_at(rows, text, "the cargo moved by ship"), "said",
          "Researchers at the Center for Maritime and Energy Studies in Oslo", "Center for Maritime and Energy Studies",
          "group", "independent", "indirect")
    check(text, row_at(rows, text, "100 missiles were shipped"),  # no institute named before
          "believe", "Analysts at the institute", "analysts", "group", "independent", "indirect")


def test_a_headline_surname_named_in_full_later_and_the_leader_with_his_age(extract_text):
    text = ("Marles condemns ‘dangerous’ North Korean deployment\n"
            "Up to 10,000 soldiers could be in Kursk. Australian Defence Minister Richard Marles said it was dangerous. "
            "Kim Jong Un met the troops. In a speech, the 41-year-old leader said the soldiers were heroes. "
            "The Seoul-based Asan Defence Forum estimated that Moscow has paid or promised Pyongyang 28 trillion won.\n"
            "Beyond Kursk: What the Korean People's Army Is Learning in Russia")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "dangerous"), "condemns", "Marles", "Richard Marles", "person", "Australia", "direct")
    check(text, row_at(rows, text, "the soldiers were heroes"),
          "said", "the 41-year-old leader", "Kim Jong Un", "person", "North Korea", "indirect")
    check(text, row_at(rows, text, "that Moscow has paid or promised Pyongyang 28 trillion won"), "estimated",
          "The Seoul-based Asan Defence Forum", "Asan Defence Forum", "organisation", "independent", "indirect")
    assert rows_at(rows, text, "What the Korean People's Army Is Learning in Russia").empty  # "Beyond Kursk" is no source


def test_a_report_released_by_a_body_and_a_cue_in_an_infinitive(extract_text):
    text = ("North Korea earned 28 trillion won, according to a report released last month by the Seoul-based "
            "Institute for Harbour Studies. The report said that most payments came as oil. "
            "Hnatiuk said he expected Pyongyang to announce a new dispatch next month. "
            "The NIS had not been able to confirm reports of a second dispatch.")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "North Korea earned 28 trillion won"), "according to",
          "a report released last month by the Seoul-based Institute for Harbour Studies", "Institute for Harbour Studies",
          "organisation", "independent", "according_to")
    check(text, row_at(rows, text, "that most payments came as oil"), "said", "The report", "Institute for Harbour Studies",
          "organisation", "independent", "indirect")
    assert "announce" not in set(rows["cue"])  # a statement Pyongyang may make
    assert "had not been able to confirm" in set(rows["cue"])


def test_passive_statements_asides_and_estimates_given_or_put(extract_text):
    text = ("Ukraine is ready to swap the soldiers. This was stated by President Volodymyr Zelensky in his evening "
            "address on Sunday. "
            "The statement by the ruling Workers' Party's Central Military Commission, carried by the official Korean "
            "Central News Agency (KCNA), said leader Kim Jong Un had ordered the deployment. "
            "The National Intelligence Service (NIS) gave the estimate in a closed-door briefing to lawmakers. "
            "Ukrainian officials put the number of dead and wounded far higher. He put it bluntly.")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "This was stated by President Volodymyr Zelensky in his evening address on Sunday"),
          "stated", "President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect")
    check(text, row_at(rows, text, "leader Kim Jong Un had ordered the deployment"), "said",
          "The statement by the ruling Workers' Party's Central Military Commission",
          "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect")
    check(text, row_at(rows, text, "The National Intelligence Service (NIS) gave the estimate in a closed-door briefing to lawmakers"),
          "gave the estimate", "The National Intelligence Service (NIS)", "National Intelligence Service (South Korea)",
          "organisation", "South Korea", "indirect")
    check(text, row_at(rows, text, "Ukrainian officials put the number of dead and wounded far higher"),
          "put", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect")
    assert rows_at(rows, text, "He put it bluntly").empty


def test_quotations_put_it_a_way_and_commentators_named_by_their_trade(extract_text):
    text = ("Pro-Kremlin commentator Sergei Markov wrote on Telegram last week that the North Koreans had shed blood. "
            "As analyst Park Ji-hoon has put it, \"Kim did not send his soldiers to Kursk for a medal ceremony.\" "
            "\"It is a meat grinder,\" as one Ukrainian officer put it. He put it bluntly.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that the North Koreans had shed blood"),
          "wrote", "Pro-Kremlin commentator Sergei Markov", "Sergei Markov", "person", "Russia", "indirect")
    check(text, row_at(rows, text, "Kim did not send his soldiers to Kursk for a medal ceremony."),
          "put", "analyst Park Ji-hoon", "Park Ji-hoon", "person", "independent", "direct")
    check(text, row_at(rows, text, "It is a meat grinder,"),
          "put", "one Ukrainian officer", "Ukrainian officer", "group", "Ukraine", "direct")
    assert len(rows) == 3  # "He put it bluntly" says nothing


def test_telling_or_briefing_someone_somewhere_says_nothing(extract_text):
    text = ("The NIS briefed lawmakers behind closed doors on Monday. Zelensky told reporters in Kyiv on Tuesday. "
            "Seoul briefed ASEAN envoys on the new deployment earlier this week. "
            "Zelensky told reporters in Kyiv on Monday Russia had lost 3,000 troops near Sudzha.")
    rows = extract_text(text, PUBLISHED).attributions
    assert len(rows) == 1 and rows["text"].iloc[0].endswith("Russia had lost 3,000 troops near Sudzha"), spanned(rows, text)


def test_a_speaker_the_writer_spoke_to(extract_text):
    text = ("A senior Ukrainian intelligence officer I spoke to last week was more cautious, saying only that "
            "North Korean losses were in the thousands.")
    check(text, row_at(extract_text(text, PUBLISHED).attributions, text, "that North Korean losses were in the thousands"),
          "saying", "A senior Ukrainian intelligence officer", "senior Ukrainian intelligence officer", "group", "Ukraine",
          "indirect")


def test_a_headline_tag_before_a_semicolon_and_the_next_clause_s_own_tag(extract_text):
    text = "North Korea Lost About 2,000 Soldiers in Kursk, Think Tank Says; RI Urges Dialogue\n\nThe toll rose, analysts said."
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "North Korea Lost About 2,000 Soldiers in Kursk"),
          "Says", "Think Tank", "Think Tank", "organisation", "", "indirect")
    check(text, row_at(rows, text, "RI Urges Dialogue"), "Urges", "RI", "Indonesia", "government", "Indonesia", "indirect")


def test_a_bare_body_in_a_headline_is_the_one_the_story_names_in_full(extract_text):
    text = ("North Korean troops suffer heavy losses in Kursk, military intelligence says\n\n"
            "About 200 North Korean soldiers were killed last week, Ukraine's military intelligence agency said.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "North Korean troops suffer heavy losses in Kursk"), "says", "military intelligence",
          "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect")
    alone = "North Korean troops suffer heavy losses in Kursk, military intelligence says\n\nThe fighting goes on."
    assert extract_text(alone, PUBLISHED).attributions.empty  # named nowhere: no side to guess


def test_a_lede_s_lawmaker_named_in_an_apposition_with_his_party(extract_text):
    text = ("At least 100 North Korean soldiers have been killed, a South Korean lawmaker said on Thursday. "
            "The lawmaker, Kang Min-seok of the ruling People Power Party, told reporters that officers were among the dead.")
    rows = extract_text(text, PUBLISHED).attributions
    assert list(rows["speaker_canonical"]) == ["Kang Min-seok", "Kang Min-seok"]


def test_a_headline_tag_before_an_ellipsis(extract_text):
    text = "North Korean death toll in Russia at about 2,000, NIS says … Kim stages 'hero' ceremonies\n\nThe toll rose."
    rows = extract_text(text, PUBLISHED).attributions
    assert list(rows["text"]) == ["North Korean death toll in Russia at about 2,000"]


def test_an_estimate_put_at_a_number_after_a_clause_and_a_broadcast_s_hand_off(extract_text):
    text = ("On Nov. 4, President Volodymyr Zelensky put the figure already in Kursk oblast, where Ukraine has held a "
            "salient since August, at 11,000. The NIS confirmed that two soldiers captured last week are North Korean. "
            "Kim So-yeon reports.\n\nReporter Oh Ji-hwan reports.\n\nYTN Oh Ji-hwan reporting.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "President Volodymyr Zelensky put the figure already in Kursk oblast, where Ukraine has held "
                                   "a salient since August, at 11,000"),
          "put", "President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect")
    assert list(rows["speaker"]) == ["President Volodymyr Zelensky", "The NIS"]  # the hand-offs state nothing


def test_an_official_the_lede_describes_is_the_person_named_next(extract_text):
    text = ("North Korea to send 6,000 workers to Kursk, Russian official says\n"
            "North Korea will send 1,000 deminers to Russia, a senior Russian official said Tuesday.\n\n"
            "Sergei Shoigu, the secretary of Russia's Security Council, told state media that the workers would go soon.")
    rows = extract_text(text, PUBLISHED).attributions
    for content in ("North Korea to send 6,000 workers to Kursk", "North Korea will send 1,000 deminers to Russia"):
        assert row_at(rows, text, content)["speaker_canonical"] == "Sergei Shoigu"


def test_a_headline_official_with_no_side_is_the_person_the_lede_names(extract_text):
    text = ("Defence minister says up to 11,000 North Korean soldiers are in Kursk as Dublin calls for tougher sanctions\n"
            "The first engagements took place on Monday, defence minister Rustem Umerov told reporters.\n"
            "Minister for Foreign Affairs Micheál Martin said Ireland would back sanctions. "
            "New Delhi presses Moscow to release Indian nationals.")
    rows = extract_text(text, PUBLISHED).attributions
    assert row_at(rows, text, "up to 11,000 North Korean soldiers are in Kursk")["speaker_canonical"] == "Rustem Umerov"
    check(text, row_at(rows, text, "Dublin calls for tougher sanctions"), "calls for", "Dublin", "Ireland",
          "government", "Ireland", "indirect")
    assert row_at(rows, text, "Ireland would back sanctions")["speaker_canonical"] == "Micheál Martin"
    assert row_at(rows, text, "New Delhi presses Moscow to release Indian nationals")["speaker_canonical"] == "India"


def test_an_official_kept_anonymous_stays_unnamed(extract_text):
    text = ("North Korean troops suffer casualties, US official says\n"
            "North Korean troops have suffered hundreds of casualties, a senior U.S. military official said Monday.\n\n"
            "The official, who spoke on condition of anonymity, said the losses were spread among 11,000 soldiers.\n\n"
            "Pentagon press secretary Pat Ryder told reporters that the soldiers were engaged in combat.")
    rows = extract_text(text, PUBLISHED).attributions
    assert row_at(rows, text, "North Korean troops suffer casualties")["speaker_canonical"] == "U.S. official"
    assert row_at(rows, text, "North Korean troops have suffered hundreds of casualties")["speaker_canonical"] == "senior U.S. military official"


def test_a_surname_or_pronoun_is_the_person_named_before_in_a_sentence_that_credits_nobody(extract_text):
    text = ("Daniel Okafor, a senior fellow at the Pacific Deterrence Project in Washington, is less alarmed. "
            "The units were a tiny slice of an army of 1.2 million, he noted. "
            "“Knowing how to survive a drone is not the same as building a drone army,” Okafor said.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "The units were a tiny slice of an army of 1.2 million"), "noted", "he", "Daniel Okafor",
          "person", "independent", "indirect")
    check(text, row_at(rows, text, "Knowing how to survive a drone is not the same as building a drone army,"),
          "said", "Okafor", "Daniel Okafor", "person", "independent", "direct")


def test_estimates_presented_after_a_lead_in_and_losses_attributed(extract_text):
    text = ("According to Rep. Lee Seong-kweun, the NIS presented the estimate at a closed-door meeting on Monday. "
            "The NIS attributes the heavy losses to the soldiers' lack of drone training. "
            "A remark attributed to Kim was widely shared.")
    rows = extract_text(text, PUBLISHED).attributions
    presented = rows_at(rows, text, "the NIS presented the estimate at a closed-door meeting on Monday")
    assert sorted(presented["cue"]) == ["According to", "presented the estimate"]  # Lee's words, and the NIS's
    check(text, presented[presented["cue"] == "presented the estimate"].iloc[0], "presented the estimate",
          "the NIS", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    check(text, row_at(rows, text, "The NIS attributes the heavy losses to the soldiers' lack of drone training"), "attributes",
          "The NIS", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    assert rows_at(rows, text, "A remark attributed to Kim was widely shared").empty


def test_both_countries_are_the_two_states_named_last(extract_text):
    text = ("Moscow and Pyongyang signed a treaty in June. Both countries initially denied the deployment. "
            "Several countries have condemned it.")
    rows = extract_text(text, PUBLISHED).attributions
    denied = rows_at(rows, text, "Both countries initially denied the deployment")
    assert sorted(denied["speaker_canonical"]) == ["North Korea", "Russia"]
    assert set(denied["speaker_type"]) == {"government"}
    check(text, row_at(rows, text, "Several countries have condemned it"), "condemned", "Several countries", "countries",
          "group", "", "indirect")


def test_an_estimate_raised_and_a_claim_derided(extract_text):
    text = ("Seoul's spy agency raised its estimate of North Korean deaths. The Pentagon raised its estimate the "
            "following day, saying 10,000 soldiers had been sent. Russia raised the number of troops in Kursk. "
            "Military bloggers derided the figure as \"pure propaganda.\"")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Seoul's spy agency raised its estimate of North Korean deaths"), "raised",
          "Seoul's spy agency", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    assert list(rows["cue"]).count("raised") == 1  # the Pentagon's statement is what it said; Russia's troops are no statement
    check(text, row_at(rows, text, "pure propaganda."), "derided", "Military bloggers", "military bloggers", "group", "", "direct")


def test_lists_of_states_speak_one_row_each_and_a_spell_between_speaker_and_cue(extract_text):
    text = ("Seoul, Washington and Kyiv insist that the soldiers are in Kursk. "
            "The troops arrived, according to Seoul, Kyiv and Washington. "
            "According to the Kremlin, Putin and Kim discussed the plan by phone. "
            "Moscow had for months neither confirmed nor denied their presence.")
    rows = extract_text(text, PUBLISHED).attributions
    for content in ("that the soldiers are in Kursk", "The troops arrived"):
        assert sorted(rows_at(rows, text, content)["speaker_canonical"]) == ["South Korea", "Ukraine", "United States"]
    check(text, row_at(rows, text, "Putin and Kim discussed the plan by phone"), "According to", "the Kremlin", "Kremlin",
          "government", "Russia", "according_to")
    check(text, row_at(rows, text, "Moscow had for months neither confirmed nor denied their presence"),
          "neither confirmed nor denied", "Moscow", "Russia", "government", "Russia", "indirect")


def test_a_list_of_states_named_in_several_words_speaks_after_its_content(extract_text):
    text = ("Troops from North Korea are fighting in Kursk, the United States, the Republic of Korea and Ukraine "
            "told the Security Council. The Kremlin, Pyongyang and Beijing said nothing of it.")
    rows = extract_text(text, PUBLISHED).attributions
    listed = rows_at(rows, text, "Troops from North Korea are fighting in Kursk")
    assert listed["speaker"].unique().tolist() == ["the United States, the Republic of Korea and Ukraine"]
    assert sorted(listed["speaker_canonical"]) == ["South Korea", "Ukraine", "United States"]


def test_he_is_the_person_named_in_his_sentence_when_nobody_was_credited(extract_text):
    text = ("When Kim Hyuk watched the video last month, he said he recognized the look. "
            "\"It is the look of a lie,\" said Kim, 37.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "he recognized the look"), "said", "he", "Kim Hyuk", "person", "independent", "indirect")
    check(text, row_at(rows, text, "It is the look of a lie,"), "said", "Kim", "Kim Hyuk", "person", "independent", "direct")
    street = "Thirty years later, sitting in a cafe on New Malden High Street, he says he recognises the faces."
    assert extract_text(street, PUBLISHED).attributions.empty  # a street is nobody


def test_a_dash_after_an_inverted_tag_opens_an_aside(extract_text):
    text = ("Kim Hyuk said so. Pyongyang had shipped 13,000 containers of munitions since August 2023, he added "
            "— by Seoul's count, enough for 8 million shells.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Pyongyang had shipped 13,000 containers of munitions since August 2023"), "added", "he",
          "Kim Hyuk", "person", "independent", "indirect")


def test_told_me_is_all_who_was_told(extract_text):
    text = "I spoke to Zelensky on Saturday. Zelensky told me air defence remains his number one priority."
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "air defence remains his number one priority"), "told me", "Zelensky",
          "Volodymyr Zelensky", "person", "Ukraine", "indirect")


def test_a_body_named_before_by_its_head_a_unit_s_commander_and_a_survey_found_last_week(extract_text):
    text = ("The Pyongyang Economic Forum, a Seoul think tank, studies the North. "
            "The forum calculates that Pyongyang has received 28 trillion won. "
            "A Ukrainian drone platoon commander, reached by phone, said the North Koreans were harder to find. "
            "A survey by the Asan Institute found last week that 54% of South Koreans favored accepting the men.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that Pyongyang has received 28 trillion won"), "calculates", "The forum",
          "Pyongyang Economic Forum", "organisation", "independent", "indirect")
    check(text, row_at(rows, text, "the North Koreans were harder to find"), "said", "A Ukrainian drone platoon commander",
          "Ukrainian drone platoon commander", "group", "Ukraine", "indirect")
    assert row_at(rows, text, "that 54% of South Koreans favored accepting the men")["cue"] == "found"


def test_officials_familiar_with_a_decision_and_a_clause_opening_with_a_pronoun(extract_text):
    text = ("Officials familiar with the decision told Fox News Digital it was made in response to the deployment. "
            "Kremlin spokesman Dmitry Peskov declined to elaborate, telling reporters it was a matter for the defence ministry.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "it was made in response to the deployment"), "told Fox News Digital", "Officials",
          "officials", "group", "", "indirect")
    check(text, row_at(rows, text, "it was a matter for the defence ministry"), "telling reporters",
          "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect")


def test_an_offer_and_a_headline_tag_with_common_words(extract_text):
    text = ("Seoul spy agency: 2000 North Koreans killed fighting for Putin\n"
            "North Korean troops in Russia: what we know\n"
            "In a later post on Sunday, Zelensky offered to hand the prisoners back to North Korea. "
            "The town offered shelter to refugees.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "2000 North Koreans killed fighting for Putin"), "Seoul spy agency:", "Seoul spy agency",
          "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    check(text, row_at(rows, text, "Zelensky offered to hand the prisoners back to North Korea"), "offered", "Zelensky",
          "Volodymyr Zelensky", "person", "Ukraine", "indirect")
    assert len(rows) == 2  # a topic before a colon, and an offer of shelter, state nothing


def test_a_pledge_of_money_or_materiel_states_nothing(extract_text):
    text = ("Brussels has also pledged a further €1.5 billion for Kyiv. "
            "Moscow had promised Pyongyang two squadrons of fighter jets, the official said. "
            "Vilnius has pledged to spend 0.25 percent of its GDP on military aid. "
            "Kim promised that a monument would be built.")
    rows = extract_text(text, PUBLISHED).attributions
    assert sorted(rows["cue"]) == ["pledged", "promised", "said"], spanned(rows, text)
    check(text, row_at(rows, text, "Moscow had promised Pyongyang two squadrons of fighter jets"), "said", "the official",
          "official", "group", "", "indirect")
    check(text, row_at(rows, text, "Vilnius has pledged to spend 0.25 percent of its GDP on military aid"), "pledged", "Vilnius",
          "Lithuania", "government", "Lithuania", "indirect")
    check(text, row_at(rows, text, "that a monument would be built"), "promised", "Kim", "Kim", "person", "", "indirect")


def test_a_claim_a_source_disputes(extract_text):
    text = ("Moscow declared the region fully recaptured in late April, a claim Kyiv disputes. "
            "About 11,000 soldiers were sent, a claim Pyongyang and Moscow have never confirmed.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "a claim Kyiv disputes"), "disputes", "Kyiv", "Ukraine", "government", "Ukraine", "indirect")
    assert sorted(rows_at(rows, text, "a claim Pyongyang and Moscow have never confirmed")["speaker_canonical"]) == ["North Korea", "Russia"]
    assert row_at(rows, text, "the region fully recaptured in late April")["speaker_canonical"] == "Russia"


def test_counts_boasts_asides_of_part_and_labels_without_quotes(extract_text):
    text = ("By the count of South Korea's spy agency, roughly 14,000 troops have passed through Kursk. "
            "One Russian regional official boasted on Telegram that the authorities had set aside 2.3 billion roubles. "
            "Kyiv, for its part, expects more of the same. Zelensky has since put the figure at \"more than 6000\". "
            "Putin hailed the North's troops as heroes at a summit. Kim praised the troops.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "roughly 14,000 troops have passed through Kursk"), "By the count of",
          "South Korea's spy agency", "National Intelligence Service (South Korea)", "organisation", "South Korea", "according_to")
    assert row_at(rows, text, "that the authorities had set aside 2.3 billion roubles")["cue"] == "boasted"
    assert row_at(rows, text, "more of the same")["speaker_canonical"] == "Ukraine"
    assert row_at(rows, text, 'Zelensky has since put the figure at "more than 6000"')["cue"] == "put"
    assert row_at(rows, text, "Putin hailed the North's troops as heroes at a summit")["cue"] == "hailed"
    assert rows_at(rows, text, "Kim praised the troops").empty


def test_a_broadcaster_told_by_its_name(extract_text):
    text = ("The first engagements took place on Monday, defence minister Rustem Umerov told South Korean broadcaster KBS "
            "on Tuesday. Kim told lawmakers Russia would pay.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "The first engagements took place on Monday"), "told South Korean broadcaster KBS",
          "defence minister Rustem Umerov", "Rustem Umerov", "person", "Ukraine", "indirect")
    assert row_at(rows, text, "Russia would pay")["cue"] == "told lawmakers"


def test_a_list_of_sides_sharing_officials_and_then_analysts(extract_text):
    text = ("That picture has changed, according to Ukrainian, South Korean and U.S. officials and analysts interviewed "
            "for this story. U.S. and South Korean officials and analysts say the troops are learning.")
    rows = extract_text(text, PUBLISHED).attributions
    assert sorted(rows_at(rows, text, "That picture has changed")["speaker_canonical"]) == [
        "South Korean officials", "U.S. officials", "Ukrainian officials", "analysts"]
    assert sorted(rows_at(rows, text, "the troops are learning")["speaker_canonical"]) == [
        "South Korean officials", "U.S. officials", "analysts"]


def test_the_regime_or_the_government_is_the_state_named_just_before(extract_text):
    text = ("Pyongyang staged a ceremony. Then, in April, the regime finally admitted that its troops had fought in Kursk. "
            "The Kim regime has denied the reports.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that its troops had fought in Kursk"), "admitted", "the regime", "North Korea",
          "government", "North Korea", "indirect")
    assert row_at(rows, text, "The Kim regime has denied the reports")["speaker_canonical"] == "North Korea"
    alone = "The government said 100 died."
    assert extract_text(alone, PUBLISHED).attributions.empty  # no state named: nobody to credit


def test_foreign_ministries_of_canada_and_india(extract_text):
    text = ("In Ottawa, Global Affairs Canada announced on Tuesday that it was sanctioning six officials. "
            "The Ministry of External Affairs (MEA) said on Friday that nine Indian nationals had been killed.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that it was sanctioning six officials"), "announced", "Global Affairs Canada",
          "Global Affairs Canada", "organisation", "Canada", "indirect")
    check(text, row_at(rows, text, "that nine Indian nationals had been killed"), "said", "The Ministry of External Affairs (MEA)",
          "Ministry of External Affairs (India)", "organisation", "India", "indirect")


def test_an_aside_names_the_author_of_a_bare_document(extract_text):
    text = ("The report, published by the Royal United Services Institute on Monday, argues that Pyongyang earned "
            "at least $5 billion. The assessment, released by the Pentagon, concluded that 1,000 troops had died. "
            "The statement, carried by KCNA, said the troops had fought bravely.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that Pyongyang earned at least $5 billion"), "argues",
          "the Royal United Services Institute", "Royal United Services Institute", "organisation", "independent", "indirect")
    check(text, row_at(rows, text, "that 1,000 troops had died"), "concluded", "the Pentagon", "Pentagon",
          "organisation", "United States", "indirect")
    check(text, row_at(rows, text, "the troops had fought bravely"), "said", "KCNA", "Korean Central News Agency",
          "media", "North Korea", "indirect")


def test_a_date_may_stand_between_an_asides_participle_and_its_author(extract_text):
    text = ("The report, published on Tuesday by the Royal United Services Institute, says that 3,000 troops adapted. "
            "The study, released last week by the Stimson Center, found that the crews had trained for months.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that 3,000 troops adapted"), "says", "the Royal United Services Institute",
          "Royal United Services Institute", "organisation", "independent", "indirect")
    check(text, row_at(rows, text, "that the crews had trained for months"), "found", "the Stimson Center",
          "Stimson Center", "organisation", "independent", "indirect")


def test_per_credits_a_source_only_where_a_clause_opens(extract_text):
    text = ("Per the Ukrainian General Staff, Russia lost 1,500 troops on Sunday. "
            "The recruits are paid $2,000 per soldier per month, per a senior Ukrainian official. "
            "About 40 per cent of them were wounded. Each family got 1 million rubles per person.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Russia lost 1,500 troops on Sunday"), "Per", "the Ukrainian General Staff",
          "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine", "according_to")
    check(text, row_at(rows, text, "The recruits are paid $2,000 per soldier per month"), "per", "a senior Ukrainian official",
          "senior Ukrainian official", "group", "Ukraine", "according_to")
    assert len(rows) == 2


def test_what_a_source_after_according_to_knows_is_no_part_of_the_statement(extract_text):
    text = ("According to a person familiar with the matter, the Kremlin asked for 15,000 more troops. "
            "The troops were moved by train, according to two officials briefed on the talks.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "the Kremlin asked for 15,000 more troops"), "According to", "a person",
          "person", "group", "", "according_to")
    check(text, row_at(rows, text, "The troops were moved by train"), "according to", "two officials",
          "officials", "group", "", "according_to")


def test_what_may_stand_between_a_speaker_and_the_cue(extract_text):
    text = ("Rep. Dale Whitcomb, R-Ohio, told a town hall audience that 14,000 soldiers had been sent. "
            "North Korea has for the first time publicly confirmed that its soldiers fought for Russia. "
            "Ukraine captured two North Korean soldiers on Saturday. "
            "One of the men, born in 2005, told interrogators he had been sent for training.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that 14,000 soldiers had been sent"), "told a town hall audience", "Rep. Dale Whitcomb",
          "Dale Whitcomb", "person", "United States", "indirect")
    check(text, row_at(rows, text, "that its soldiers fought for Russia"), "confirmed", "North Korea",
          "North Korea", "government", "North Korea", "indirect")
    check(text, row_at(rows, text, "he had been sent for training"), "told interrogators", "One of the men",
          "captured North Korean soldier", "group", "North Korea", "indirect")


def test_putting_a_toll_goes_on_with_the_statement_before_it(extract_text):
    text = "HUR said on Monday that the units had suffered losses, putting the toll at no fewer than 30 killed or wounded."
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that the units had suffered losses"), "said", "HUR",
          "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect")
    check(text, row_at(rows, text, "putting the toll at no fewer than 30 killed or wounded"), "putting", "HUR",
          "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect")


def test_asides_recipients_with_a_domain_and_plural_agencies(extract_text):
    text = ("A Ukrainian intelligence official, speaking on condition of anonymity, told LIGA.net that the crews had trained. "
            "Western intelligence agencies estimate that North Korea sent 11,000 to 12,000 soldiers. "
            "According to South Korea's National Intelligence Service (NIS), which briefed lawmakers in Seoul on Dec. 19, "
            "at least 100 soldiers had been killed. "
            "The Kremlin has hinted that the cooperation will deepen. "
            "Oil was shipped to North Korea, according to satellite imagery analyzed by the London-based Tanker Watch Centre.")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "that the crews had trained"), "told LIGA.net",
          "A Ukrainian intelligence official", "Ukrainian intelligence official", "group", "Ukraine", "indirect")
    check(text, row_at(rows, text, "that North Korea sent 11,000 to 12,000 soldiers"), "estimate",
          "Western intelligence agencies", None, "group", "West", "indirect")
    check(text, row_at(rows, text, "at least 100 soldiers had been killed"), "According to",
          "South Korea's National Intelligence Service (NIS)", "National Intelligence Service (South Korea)",
          "organisation", "South Korea", "according_to")
    assert "briefed lawmakers" not in set(rows["cue"])  # who was told, in a relative clause
    check(text, row_at(rows, text, "that the cooperation will deepen"), "hinted", "The Kremlin", "Kremlin", "government",
          "Russia", "indirect")
    check(text, row_at(rows, text, "Oil was shipped to North Korea"), "according to",
          "satellite imagery analyzed by the London-based Tanker Watch Centre", "Tanker Watch Centre", "organisation",
          "independent", "according_to")


def test_slammed_as_a_statement_with_or_without_a_quotation(extract_text):
    text = ("Seoul has slammed the admission as a confession of criminal acts. "
            "Kyiv slammed the deployment as a “dangerous escalation”. The door slammed shut.")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "Seoul has slammed the admission as a confession of criminal acts"),
          "slammed", "Seoul", "South Korea", "government", "South Korea", "indirect")
    check(text, row_at(rows, text, "dangerous escalation"), "slammed", "Kyiv", "Ukraine", "government", "Ukraine", "direct")
    assert len(rows) == 2


def test_captured_soldiers_said_to_have_told_and_the_second_soldier(extract_text):
    text = ("According to Zelensky, two North Korean soldiers were captured on Saturday. "
            "One of them, a 26-year-old rifleman, is said to have told interrogators that he was sent for training. "
            "In a video, the second soldier says through an interpreter that he had not been told about Ukraine.")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "that he was sent for training"), "told interrogators", "One of them",
          "captured North Korean soldier", "group", "North Korea", "indirect")
    check(text, row_at(rows, text, "that he had not been told about Ukraine"), "says", "the second soldier",
          "captured North Korean soldier", "group", "North Korea", "indirect")


def test_researchers_there_and_an_aside_of_what_the_speaker_did(extract_text):
    text = ("A report by the Hannae Institute for Strategic Studies estimated that North Korea had earned 28 trillion won. "
            "Researchers there said the money had helped Pyongyang modernize its missile lines. "
            "Kim Jong Un spoke. Kim, wiping away tears, vowed that the state would care for the families. "
            "Putin said the deployment was lawful, including under Article 51, adding that a monument would be built.")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "the money had helped Pyongyang modernize its missile lines"), "said", "Researchers there",
          "Hannae Institute for Strategic Studies", "group", "independent", "indirect")
    check(text, row_at(rows, text, "that the state would care for the families"), "vowed", "Kim", "Kim Jong Un", "person",
          "North Korea", "indirect")
    assert row_at(rows, text, "that a monument would be built")["speaker_canonical"] == "Vladimir Putin"


def test_a_document_shared_with_an_outlet_speaks_for_its_author(extract_text):
    text = ("A Ukrainian intelligence assessment shared with Defense News last month concluded that half of the shells "
            "came from North Korea.")
    tables = extract_text(text, "2025-03-04")
    check(text, row_at(tables.attributions, text, "that half of the shells came from North Korea"), "concluded",
          "A Ukrainian intelligence assessment shared with Defense News", "Ukrainian intelligence", "organisation",
          "Ukraine", "indirect")


def test_appositions_holding_an_age_a_clause_or_a_body_s_name(extract_text):
    text = ("“It is complicated,” said Imogen Hale, a fellow at the Royal Institute. "
            "Hale, 41, who spent six years as an analyst at the Ministry of Defence, cautioned that prisoners lie. "
            "A private think tank in Seoul, the Korea Institute for Security Economics, estimated in a report that "
            "Pyongyang earned 28 trillion won. "
            "Dmitry Peskov, Vladimir Putin’s spokesman, declined to comment on the deal, saying only that ties were developing. "
            "Iranian media have praised the troops, even as Tehran insists it has sent no soldiers.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "that prisoners lie"),
          "cautioned", "Hale", "Imogen Hale", "person", "independent", "indirect")
    check(text, row_at(tables.attributions, text, "that Pyongyang earned 28 trillion won"),
          "estimated", "the Korea Institute for Security Economics", "Korea Institute for Security Economics", "organisation",
          "independent", "indirect")
    check(text, row_at(tables.attributions, text, "that ties were developing"),
          "saying", "Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect")
    check(text, row_at(tables.attributions, text, "it has sent no soldiers"), "insists", "Tehran", "Iran", "government", "Iran", "indirect")


def test_states_the_noun_and_states_the_verb(extract_text):
    text = ("The Gulf states, meanwhile, are watching the prisoner file. The member states are worried. "
            "Troops are fighting, the NIS assessment states.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "Troops are fighting"),
          "states", "the NIS assessment", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    assert len(tables.attributions) == 1, spanned(tables.attributions, text)


def test_a_clause_statement_inside_an_inverted_tag_and_reports_published_by(extract_text):
    text = ("President Vladimir Putin has expressed deep gratitude to Kim Jong Un for the help, the Kremlin press "
            "service said on Monday. "
            "A report published in mid-November by the Harlow Institute, a London-based research group, found that "
            "Russia had shipped oil. A senior official said the NIS had not been able to confirm the reports.")
    tables = extract_text(text, PUBLISHED)
    clause = "President Vladimir Putin has expressed deep gratitude to Kim Jong Un for the help"
    assert sorted(rows_at(tables.attributions, text, clause)["speaker_canonical"]) == ["Kremlin", "Vladimir Putin"]  # the press service speaks as the Kremlin
    check(text, row_at(tables.attributions, text, "that Russia had shipped oil"),
          "found", "A report published in mid-November by the Harlow Institute", "Harlow Institute", "organisation",
          "independent", "indirect")
    both = rows_at(tables.attributions, text, "the NIS had not been able to confirm the reports")
    assert sorted(zip(both["cue"], both["speaker_canonical"])) == [
        ("had not been able to confirm", "National Intelligence Service (South Korea)"), ("said", "senior official")]


def test_the_head_of_state_is_the_person_named_before(extract_text):
    text = ('Russian President Vladimir Putin spoke on Monday. "We will never forget them," the head of state said. '
            '"They fought well," the leader added.')
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "We will never forget them,"),
          "said", "the head of state", "Vladimir Putin", "person", "Russia", "direct")
    check(text, row_at(tables.attributions, text, "They fought well,"),
          "added", "the leader", "Vladimir Putin", "person", "Russia", "direct")


def test_a_tag_inside_one_statement_credits_the_whole_sentence(extract_text):
    text = ("“It is complicated,” said Leila Farahani. Iran, she said, has supplied Russia with thousands of drones. "
            "In exchange, the NIS said, Russia appears to be helping. "
            "The troops are tired, Farahani said, adding that more would come.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "Iran, she said, has supplied Russia with thousands of drones"),
          "said", "she", "Leila Farahani", "person", "independent", "indirect")
    check(text, row_at(tables.attributions, text, "Russia appears to be helping"),
          "said", "the NIS", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    assert row_at(tables.attributions, text, "The troops are tired")["cue"] == "said"
    assert row_at(tables.attributions, text, "that more would come")["cue"] == "adding"


def test_briefing_reporters_with_nothing_reported_is_no_statement(extract_text):
    text = ("The NIS gave the assessment, according to Rep. Choi Hyun-seok, who briefed reporters afterward. "
            "The NIS briefed lawmakers that 300 soldiers had died.")
    tables = extract_text(text, PUBLISHED)
    assert sorted(tables.attributions["cue"]) == ["according to", "briefed lawmakers", "gave the assessment"], spanned(tables.attributions, text)


def test_a_captured_soldier_after_an_opening_phrase_and_inside_another_statement(extract_text):
    text = ("Ukrainian paratroopers captured two North Korean soldiers and held three Ukrainian prisoners of war for an exchange. "
            "In a video released the following day, one of the prisoners said he wanted to stay in Ukraine. "
            "Zelenskyy added that one of the captured soldiers had told interrogators he had been sent for training. "
            "The other had no documents, he said.")
    tables = extract_text(text, PUBLISHED)
    rows = tables.attributions
    check(text, row_at(rows, text, "he wanted to stay in Ukraine"), "said", "one of the prisoners",
          "captured North Korean soldier", "group", "North Korea", "indirect")
    check(text, row_at(rows, text, "he had been sent for training"), "told interrogators", "one of the captured soldiers",
          "captured North Korean soldier", "group", "North Korea", "indirect")
    check(text, row_at(rows, text, "The other had no documents"), "said", "he", "Volodymyr Zelensky", "person", "Ukraine", "indirect")


def test_one_of_the_officials_is_one_of_the_officials_credited_before(extract_text):
    text = ("Two American officials confirmed that the North Koreans had been pulled back. "
            "“This is a pause, not a withdrawal,” one of the officials said. "
            "The wounded officer said he would return.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "This is a pause, not a withdrawal,"), "said", "one of the officials",
          "U.S. officials", "group", "United States", "direct")
    assert row_at(tables.attributions, text, "he would return")["speaker"] == "The wounded officer"


def test_a_name_repeated_in_its_own_script_and_an_acronym_the_text_defines(extract_text):
    text = ("“Beijing is watching,” said Lin Yu-ting (林育廷), a fellow at the Formosa Strategic Studies Council. "
            "Rizal Pratama heads the Jakarta-based Centre for Indo-Pacific Defence Analysis (CIDA). "
            "According to CIDA’s tally, Pyongyang has sent 11,000 troops. CIDA says 300 have died.")
    rows = extract_text(text, PUBLISHED).attributions
    assert row_at(rows, text, "Beijing is watching,")["speaker_canonical"] == "Lin Yu-ting"
    check(text, row_at(rows, text, "Pyongyang has sent 11,000 troops"), "According to", "CIDA’s tally",
          "Centre for Indo-Pacific Defence Analysis", "organisation", "independent", "according_to")
    assert row_at(rows, text, "300 have died")["speaker_canonical"] == "Centre for Indo-Pacific Defence Analysis"


@pytest.mark.parametrize("text, speaker, canonical", [
    ("According to the NIS's estimate, 300 soldiers have died.", "the NIS's estimate", "National Intelligence Service (South Korea)"),
    ("According to HUR's tally, 300 soldiers have died.", "HUR's tally", "Defence Intelligence of Ukraine"),
    ("According to Ukraine's count, 300 soldiers have died.", "Ukraine's count", "Ukraine"),
])
def test_an_acronym_owns_its_estimate(extract_text, text, speaker, canonical):
    row = row_at(extract_text(text, PUBLISHED).attributions, text, "300 soldiers have died")
    assert (row["speaker"], row["speaker_canonical"]) == (speaker, canonical)


def test_it_is_the_body_credited_earlier_in_the_sentence_not_one_named_in_its_content(extract_text):
    text = ("Ukraine's military intelligence agency said last month that Russia planned to field troops in Kursk, "
            "and it has since estimated the total number sent to Russia at 11,000.")
    row = row_at(extract_text(text, PUBLISHED).attributions, text, "the total number sent to Russia at 11,000")
    assert (row["cue"], row["speaker"], row["speaker_canonical"]) == ("estimated", "it", "Defence Intelligence of Ukraine")


def test_lawmakers_briefed_by_the_countrys_agency_and_according_to_someone_who_sits_on_a_committee(extract_text):
    text = ("More than 10,000 North Korean soldiers have been moved to Kursk, South Korean lawmakers briefed by the country's "
            "spy agency said Thursday. According to Rep. Park Sun-won, who sits on the Intelligence Committee, "
            "the National Intelligence Service told the session that the troops had been carried by ship.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "More than 10,000 North Korean soldiers have been moved to Kursk"), "said",
          "South Korean lawmakers briefed by the country's spy agency", "South Korean lawmakers", "group", "South Korea", "indirect")
    check(text, row_at(rows, text, "the National Intelligence Service told the session that the troops had been carried by ship"),
          "According to", "Rep. Park Sun-won", "Park Sun-won", "person", "South Korea", "according_to")


def test_a_states_body_the_gazetteer_lacks_is_named_with_its_state(extract_text):
    text = ("Lithuania's State Security Department (VSD) warned that Russia was learning from its partners. "
            "The Seoul-based Hanseong Institute said 300 had died.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that Russia was learning from its partners"), "warned",
          "Lithuania's State Security Department (VSD)", "State Security Department (Lithuania)", "organisation", "Lithuania", "indirect")
    assert row_at(rows, text, "300 had died")["speaker_canonical"] == "Hanseong Institute"


def test_an_age_aside_and_a_verb_after_an_agent(extract_text):
    text = ("Ukraine captured two North Korean soldiers. One of the soldiers, aged 20, told interrogators that he had been sent to Russia. "
            "South Korean lawmakers briefed by the NIS estimate that Moscow pays about $2,000 per soldier. "
            "Seoul cited South Korean military estimates that the North had sent 12 million shells.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that he had been sent to Russia"), "told interrogators", "One of the soldiers",
          "captured North Korean soldier", "group", "North Korea", "indirect")
    check(text, row_at(rows, text, "that Moscow pays about $2,000 per soldier"), "estimate",
          "South Korean lawmakers briefed by the NIS", "South Korean lawmakers", "group", "South Korea", "indirect")
    assert row_at(rows, text, "that the North had sent 12 million shells")["speaker"] == "South Korean military estimates"


def test_saying_nothing_a_share_price_and_content_ending_in_that_before_according_to(extract_text):
    text = ("Trump has said nothing publicly about the dead. The EU has said little about Pyongyang. "
            "Hyundai Rotem added 3.1%. Kim said little had changed. "
            "Russian forces have since retaken much of that, according to the Institute for the Study of War, a Washington-based think tank.")
    rows = extract_text(text, PUBLISHED).attributions
    assert sorted(rows["cue"]) == ["according to", "said"], spanned(rows, text)
    assert row_at(rows, text, "little had changed")["speaker_canonical"] == "Kim"
    check(text, row_at(rows, text, "Russian forces have since retaken much of that"), "according to",
          "the Institute for the Study of War", "Institute for the Study of War", "organisation", "independent", "according_to")


def test_roles_of_the_front_and_of_the_courts_and_a_call_sign_in_quotation_marks(extract_text):
    text = ("Human rights lawyer Olena Pavlenko of the Kharkiv-based group Prisoners of Conscience Watch argued that the "
            "conventions apply. “Capturing them alive is extremely difficult,” a Ukrainian paratrooper with the call sign "
            "“Kit” told Suspilne. He said his unit had found three bodies. Kremlin spokesman Dmitry Peskov on Wednesday "
            "repeated that the cooperation was lawful. Russia launched repeated attacks on Sudzha.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that the conventions apply"), "argued",
          "Human rights lawyer Olena Pavlenko of the Kharkiv-based group Prisoners of Conscience Watch",
          "Olena Pavlenko", "person", "independent", "indirect")
    check(text, row_at(rows, text, "Capturing them alive is extremely difficult,"), "told Suspilne",
          "a Ukrainian paratrooper with the call sign “Kit”", "Kit", "person", "Ukraine", "direct")
    assert row_at(rows, text, "his unit had found three bodies")["speaker_canonical"] == "Kit"
    assert row_at(rows, text, "that the cooperation was lawful")["cue"] == "repeated"
    assert len(rows) == 4


def test_she_after_a_sentence_that_opens_for_a_person(extract_text):
    text = ("A Foreign Ministry official said on Monday that Seoul would take him. "
            "For Ruth Altmann, a former State Department official, the case is a test. "
            "“The Geneva Conventions are clear,” she says.")
    row = row_at(extract_text(text, PUBLISHED).attributions, text, "The Geneva Conventions are clear,")
    assert (row["speaker"], row["speaker_canonical"]) == ("she", "Ruth Altmann")


@pytest.mark.parametrize("text", ["Pentagon estimate comes after a weekend of heavy fighting near Sudzha",
                                  "The spy agency's estimate is lower than Kyiv's.", "Intelligence estimates were revised on Monday."])
def test_a_statement_noun_before_a_verb_is_its_subject(extract_text, text):
    assert extract_text(text, PUBLISHED).attributions.empty


@pytest.mark.parametrize("text", ["What did North Korea say?", "How many troops has Pyongyang sent, and what do officials say?",
                                  "Did Moscow confirm the figure?", "Neither Pyongyang nor Moscow has said how many troops were deployed."])
def test_a_question_or_a_refusal_to_tell_is_no_statement(extract_text, text):
    assert extract_text(text, PUBLISHED).attributions.empty


def test_a_question_heading_does_not_stop_the_answer_under_it(extract_text):
    text = "What did Seoul say?\n\nSouth Korea's spy agency said 300 North Koreans had been killed."
    rows = extract_text(text, PUBLISHED).attributions
    assert list(rows["text"]) == ["300 North Koreans had been killed"]


def test_a_speaker_before_the_writer_s_contact_clause(extract_text):
    text = "Experts I have spoken to say Kim now wants payment for the campaign. Officers I interviewed told me 300 men had died."
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Kim now wants payment for the campaign"), "say", "Experts", "experts", "group", "independent", "indirect")
    assert row_at(rows, text, "300 men had died")["cue"] == "told me"  # the number opens what was told


def test_the_air_force_is_the_air_force_credited_before(extract_text):
    text = ("Russia fired 60 drones overnight, Ukraine’s air force says.\n\n"
            "Russia launched 60 attack drones at Ukraine overnight, the air force said, adding that 41 were shot down.")
    rows = extract_text(text, PUBLISHED).attributions
    assert list(rows["speaker_canonical"]) == ["Ukrainian Air Force"] * 3
    assert list(rows["speaker"]) == ["Ukraine’s air force", "the air force", "the air force"]


def test_the_regional_authorities_are_those_of_the_region_named_before(extract_text):
    text = ("Shelling went on in the Belgorod region. More than 40 civilians were killed, according to the regional authorities. "
            "Kyiv held about 1,300 square kilometers at its peak, according to Kyiv's own estimates.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "More than 40 civilians were killed"), "according to", "the regional authorities",
          "Belgorod regional authorities", "group", "Russia", "according_to")
    check(text, row_at(rows, text, "Kyiv held about 1,300 square kilometers at its peak"), "according to", "Kyiv's own estimates",
          "Ukraine", "government", "Ukraine", "according_to")


def test_he_after_a_sentence_that_describes_an_unnamed_person(extract_text):
    text = ("The Kremlin spokesman said only that Moscow does not comment on such reports. "
            "A retired British army major who trained Ukrainian crews last year was blunter. "
            "“They are learning faster than anyone expected,” he told me.")
    row = row_at(extract_text(text, PUBLISHED).attributions, text, "They are learning faster than anyone expected,")
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == ("he", "retired British army major", "group")


def test_the_president_below_a_headline_tag_and_its_deputy_head_named_without_commas(extract_text):
    text = ("Zelensky: Over 3,000 North Korean soldiers killed or wounded in Kursk region\n\n"
            "The president also warned that Pyongyang could send more troops to Russia. "
            "HUR was sceptical. Its deputy head Vadym Skibitskyi told ZN.UA that a third would be engineers.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that Pyongyang could send more troops to Russia"), "warned", "The president",
          "Volodymyr Zelensky", "person", "Ukraine", "indirect")
    check(text, row_at(rows, text, "that a third would be engineers"), "told ZN.UA", "Its deputy head Vadym Skibitskyi",
          "Vadym Skibitskyi", "person", "Ukraine", "indirect")


def test_a_quotation_naming_an_object_or_told_as_an_order_and_a_mission_to_the_un(extract_text):
    text = ("North Korea's mission to the United Nations called them \"baseless, stale rumours\" on Friday. "
            "Ukraine's foreign ministry branded the denial \"a cynical lie\" the next day. "
            "Asked about the losses, Kremlin spokesman Dmitry Peskov told reporters on Monday to \"put that question to the army.\" "
            "A Ukrainian platoon leader told my colleague Anna Berg the assault had lasted three hours.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "baseless, stale rumours"), "called", "North Korea's mission to the United Nations",
          "North Korean mission to the United Nations", "organisation", "North Korea", "direct")
    check(text, row_at(rows, text, "a cynical lie"), "branded", "Ukraine's foreign ministry",
          "Ukrainian Foreign Ministry", "organisation", "Ukraine", "direct")
    check(text, row_at(rows, text, "put that question to the army."), "told reporters", "Kremlin spokesman Dmitry Peskov",
          "Dmitry Peskov", "person", "Russia", "direct")
    check(text, row_at(rows, text, "the assault had lasted three hours"), "told my colleague Anna Berg", "A Ukrainian platoon leader",
          "Ukrainian platoon leader", "group", "Ukraine", "indirect")
    assert spanned(rows, text) == ["baseless, stale rumours", "a cynical lie", "put that question to the army.",
                                   "the assault had lasted three hours"]


def test_a_transcript_s_answer_goes_on_past_its_paragraph_but_not_into_the_page_s_footer(extract_text):
    text = ("Press briefing by Minister Anna Kovac\n\n"
            "Minister Anna Kovac: Good afternoon. Let me begin with the situation on our eastern border today.\n\n"
            "We now count about 6,000 North Korean soldiers in the region, most of them in two corps.\n\n"
            "Question [Ivo Horvat, Daily Courier]: How many have been killed so far, Minister?\n\n"
            "Minister Anna Kovac: We believe several hundred have died since the spring offensive began.\n\n"
            "Question [Mila Ban, Radio West]: And are you sending more aid to Kyiv this year?\n\n"
            "Minister Anna Kovac: Yes, we are sending two more packages of artillery shells this year.\n\n"
            "Copyright 2025 Ministry of Defence. All rights reserved and reproduction is not allowed.\n")
    rows = extract_text(text, PUBLISHED).attributions
    assert spanned(rows, text) == ["Good afternoon. Let me begin with the situation on our eastern border today.",
                                   "We now count about 6,000 North Korean soldiers in the region, most of them in two corps.",
                                   "We believe several hundred have died since the spring offensive began.",
                                   "Yes, we are sending two more packages of artillery shells this year."]
    assert set(rows["cue"]) == {"Minister Anna Kovac"} and set(rows["speaker_canonical"]) == {"Anna Kovac"}


def test_a_people_speaks_as_its_state_and_judged_or_reaffirmed_statements(extract_text):
    text = ("The Ukrainians said on Monday that at least 30 soldiers had been killed. "
            "Defence Intelligence in London judges it highly likely that Moscow will ask for more troops. "
            "Secretary of State Antony Blinken reaffirmed that the alliance with Seoul remains ironclad. "
            "Judges ruled that the case was closed.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that at least 30 soldiers had been killed"), "said", "The Ukrainians",
          "Ukraine", "government", "Ukraine", "indirect")
    assert row_at(rows, text, "that Moscow will ask for more troops")["cue"] == "judges"
    check(text, row_at(rows, text, "that the alliance with Seoul remains ironclad"), "reaffirmed",
          "Secretary of State Antony Blinken", "Antony Blinken", "person", "United States", "indirect")
    assert len(rows) == 3  # judges of a court rule; they state no claim


def test_a_contracted_negation_a_brush_off_and_a_bare_body_named_in_full_before(extract_text):
    text = ("Moscow still won't acknowledge the deployment. "
            "Pyongyang has brushed off the reports as \"a smear campaign.\" "
            "Ukraine's General Staff rejected the claim. \"Our units hold the line,\" the General Staff said.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Moscow still won't acknowledge the deployment"), "won't acknowledge", "Moscow",
          "Russia", "government", "Russia", "indirect")
    check(text, row_at(rows, text, "a smear campaign."), "brushed off", "Pyongyang", "North Korea", "government", "North Korea", "direct")
    check(text, row_at(rows, text, "Our units hold the line,"), "said", "the General Staff",
          "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine", "direct")


def test_he_is_the_person_who_opens_the_sentence_before_after_its_adverbial(extract_text):
    text = ("\"There is evidence,\" U.S. Defense Secretary Lloyd Austin told reporters in Rome on Wednesday. "
            "Hours later, White House spokesman John Kirby put a number on it. "
            "At least 3,000 soldiers were moved by ship, he said.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "At least 3,000 soldiers were moved by ship"), "said", "he",
          "John Kirby", "person", "United States", "indirect")


def test_an_official_at_the_agency_credited_before_speaks_as_the_agency(extract_text):
    text = ("South Korea's National Intelligence Service confirmed the captures on Sunday. "
            "An official at the agency, speaking on condition of anonymity, said it now estimates that 300 soldiers have died.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that 300 soldiers have died"), "estimates", "it",
          "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    assert row_at(rows, text, "it now estimates that 300 soldiers have died")["speaker_canonical"] == "National Intelligence Service (South Korea)"


def _attributions_from(tmp_path, text: str, outlet: str):
    folder = write_corpus(tmp_path / "corpus", {"page": (text, PUBLISHED)}, extra_columns={"outlet": {"page": outlet}})
    return extract(folder).attributions


def test_a_national_paper_s_unqualified_offices_are_its_own_state_s(tmp_path):
    text = ("Seoul condemned the deployment on Monday. The Foreign Ministry said the transfer of troops violated "
            "UN resolutions. Finance Minister Jang Hyo-min told reporters that sanctions would follow. "
            "Jang added that talks continue. A senior government official said the army was on alert.")
    rows = _attributions_from(tmp_path, text, "The Korea Herald")
    check(text, row_at(rows, text, "the transfer of troops violated UN resolutions"),
          "said", "The Foreign Ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect")
    check(text, row_at(rows, text, "the army was on alert"),
          "said", "A senior government official", "senior government official", "group", "South Korea", "indirect")
    check(text, row_at(rows, text, "that sanctions would follow"),
          "told reporters", "Finance Minister Jang Hyo-min", "Jang Hyo-min", "person", "South Korea", "indirect")
    check(text, row_at(rows, text, "that talks continue"), "added", "Jang", "Jang Hyo-min", "person", "South Korea", "indirect")


def test_a_paper_s_home_lacks_the_offices_its_state_does_not_have(tmp_path):
    text = ("The Defense Ministry said the report was false. A senior administration official said more aid was coming. "
            "Foreign Minister Ana Lindqvist said her country was worried.")
    rows = _attributions_from(tmp_path, text, "USA Today")
    assert row_at(rows, text, "the report was false")["affiliation"] == ""  # the U.S. has no Defense Ministry
    check(text, row_at(rows, text, "more aid was coming"),
          "said", "A senior administration official", "senior administration official", "group", "United States", "indirect")
    assert row_at(rows, text, "her country was worried")["affiliation"] == ""


def test_an_international_outlet_s_offices_take_the_dateline_s_state(tmp_path):
    text = ("SEOUL, Nov 13 (Reuters) - The Foreign Ministry said on Wednesday that it had summoned the Russian ambassador.\n\n"
            "The Finance Ministry said sanctions would widen.")
    rows = _attributions_from(tmp_path, text, "Reuters")
    assert row_at(rows, text, "that it had summoned the Russian ambassador")["speaker_canonical"] == "South Korean Foreign Ministry"
    assert row_at(rows, text, "sanctions would widen")["speaker_canonical"] == "South Korean Finance Ministry"
    world = _attributions_from(tmp_path / "world", text.replace("SEOUL, Nov 13 (Reuters) - ", ""), "Deutsche Welle")
    assert set(world["affiliation"]) == {""}  # a world broadcaster, no dateline: no side to give


def test_a_research_body_s_own_page_states_its_claims(tmp_path):
    text = ("Russian forces advanced near Pogrebki.[11] A prominent Kremlin-affiliated milblogger claimed that North "
            "Korean troops had seized several positions.[12] ISW continues to assess that Pyongyang views the "
            "deployment as an opportunity.[13]")
    rows = _attributions_from(tmp_path, text, "Institute for the Study of War")
    check(text, row_at(rows, text, "that Pyongyang views the deployment as an opportunity"),
          "assess", "ISW", "Institute for the Study of War", "organisation", "independent", "indirect")
    check(text, row_at(rows, text, "that North Korean troops had seized several positions"),
          "claimed", "A prominent Kremlin-affiliated milblogger", None, "group", "", "indirect")


def test_the_former_office_of_the_person_just_named_is_that_person(extract_text):
    text = ("NATO Secretary General Mark Rutte said the troops had been sent. Speaking in Brussels, the 57-year-old "
            "former Dutch prime minister called the deployment \"a significant escalation\". "
            "President Petr Pavel said the workers were a labour force. The former head of NATO's Military Committee "
            "added that the initiative would continue.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "a significant escalation"), "called", "the 57-year-old former Dutch prime minister",
          "Mark Rutte", "person", "NATO", "direct")
    assert row_at(rows, text, "that the initiative would continue")["speaker_canonical"] == "Petr Pavel"


def test_an_age_after_now_or_aged_is_an_apposition(extract_text):
    text = ("Two North Korean soldiers were captured by Ukrainian forces in January. One of them, now 26, has told "
            "South Korean journalists that he wants to go to South Korea.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that he wants to go to South Korea"), "told South Korean journalists", "One of them",
          "captured North Korean soldier", "group", "North Korea", "indirect")


def test_a_document_speaks_for_its_author_not_for_whoever_saw_it(tmp_path):
    text = ("According to a Defense Ministry spreadsheet seen by The Insider, the corps arrived with about 11,000 men. "
            "The army still holds 500 square kilometres, according to maps compiled by the Kyiv-based Frontline Mapping Project. "
            "It holds less than a third of that area, according to estimates by open-source analysts. "
            "Kyiv's military intelligence put the toll at dozens of soldiers killed or wounded.")
    rows = _attributions_from(tmp_path, text, "The Moscow Times")
    check(text, row_at(rows, text, "the corps arrived with about 11,000 men"), "According to",
          "a Defense Ministry spreadsheet seen by The Insider", "Russian Defense Ministry", "organisation", "Russia", "according_to")
    check(text, row_at(rows, text, "The army still holds 500 square kilometres"), "according to",
          "maps compiled by the Kyiv-based Frontline Mapping Project", "Frontline Mapping Project", "organisation", "independent", "according_to")
    check(text, row_at(rows, text, "It holds less than a third of that area"), "according to",
          "estimates by open-source analysts", "open-source analysts", "group", "independent", "according_to")
    check(text, row_at(rows, text, "Kyiv's military intelligence put the toll at dozens of soldiers killed or wounded"), "put",
          "Kyiv's military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect")


def test_an_aside_opened_by_a_preposition_between_speaker_and_cue(extract_text):
    text = ("Russian Security Council Secretary Sergei Shoigu, on his second trip to Pyongyang in as many weeks, "
            "announced that North Korea would send 1,000 sappers. "
            "The NIS, in a closed briefing to lawmakers last week, said that some 11,000 troops had been deployed. "
            "The soldiers said they were tired.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that North Korea would send 1,000 sappers"), "announced",
          "Russian Security Council Secretary Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect")
    check(text, row_at(rows, text, "that some 11,000 troops had been deployed"), "said",
          "The NIS", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    # a plural group refers back to a group, never to the person credited last
    check(text, row_at(rows, text, "they were tired"), "said", "The soldiers", "soldiers", "group", "", "indirect")


def test_what_a_statement_reads_and_a_bare_name_of_the_body_credited_before(extract_text):
    text = ("North Korea confirmed the deployment in a statement on Monday. "
            "\"Our units wiped out the occupiers,\" the statement read. "
            "It added that a monument to the fallen would soon be erected. "
            "Ukraine's military intelligence (HUR) said the units were losing men. "
            "Military intelligence added that reserves had been moved up. "
            "Kim read the letter aloud.\nREAD LATER\n")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Our units wiped out the occupiers,"), "read", "the statement",
          "North Korea", "government", "North Korea", "direct")
    check(text, row_at(rows, text, "that a monument to the fallen would soon be erected"), "added", "It",
          "North Korea", "government", "North Korea", "indirect")
    check(text, row_at(rows, text, "that reserves had been moved up"), "added", "Military intelligence",
          "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect")
    assert (rows["cue"].str.lower() == "read").sum() == 1  # the statement reads; Kim reading a letter and a "READ LATER" button do not


def test_a_firm_described_at_length_and_then_named_by_its_first_word(extract_text):
    text = ("Transfers have risen sharply, according to vessel-tracking and satellite data compiled by Polaris Vessel Analytics. "
            "Polaris estimates that the transfers moved 1.2m barrels. That volume would be worth $100m, Polaris said.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Transfers have risen sharply"), "according to",
          "vessel-tracking and satellite data compiled by Polaris Vessel Analytics", "Polaris Vessel Analytics",
          "organisation", "independent", "according_to")
    check(text, row_at(rows, text, "that the transfers moved 1.2m barrels"), "estimates", "Polaris",
          "Polaris Vessel Analytics", "organisation", "independent", "indirect")
    check(text, row_at(rows, text, "That volume would be worth $100m"), "said", "Polaris",
          "Polaris Vessel Analytics", "organisation", "independent", "indirect")


def test_by_a_source_s_count_and_a_number_s_qualifier_after_the_cue(extract_text):
    text = ("By Seoul's count, some 11,000 North Korean troops were sent to Russia last autumn. "
            "Pyongyang has sent roughly 15,000 troops since October, by Kyiv's own estimate. "
            "By contrast, Russia sent few. "
            "On Thursday, Antony Blinken said about 8,000 of those troops had reached Kursk. "
            "The NIS said the corps arrived in November and by December had been split into assault groups.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "some 11,000 North Korean troops were sent to Russia last autumn"), "By",
          "Seoul's count", "South Korea", "government", "South Korea", "according_to")
    check(text, row_at(rows, text, "Pyongyang has sent roughly 15,000 troops since October"), "by",
          "Kyiv's own estimate", "Ukraine", "government", "Ukraine", "according_to")
    check(text, row_at(rows, text, "about 8,000 of those troops had reached Kursk"), "said",
          "Antony Blinken", "Antony Blinken", "person", "United States", "indirect")
    check(text, row_at(rows, text, "the corps arrived in November and by December had been split into assault groups"), "said",
          "The NIS", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    assert len(rows) == 4, spanned(rows, text)  # "By contrast" credits no one


def test_a_call_sign_in_apposition_names_the_speaker(extract_text):
    text = ("\"They learn faster,\" a sergeant, call sign Bereza, told Reuters last week. "
            "A drone operator, call sign Mac, said the unit had moved.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "They learn faster,"), "told Reuters", "a sergeant, call sign Bereza",
          "Bereza", "person", "", "direct")
    check(text, row_at(rows, text, "the unit had moved"), "said", "A drone operator, call sign Mac",
          "Mac", "person", "", "indirect")
    assert len(rows) == 2, spanned(rows, text)  # "call sign" is no cue of calling


def test_a_call_sign_given_in_a_relative_clause_names_the_speaker(extract_text):
    text = ("A company commander who gave only his call sign, \"Tykhyi,\" said the North Koreans \"come at us in groups.\" "
            "\"They don't run,\" said the officer, who gave only her call sign, Sapsan.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, 'the North Koreans "come at us in groups."'), "said",
          "A company commander who gave only his call sign, \"Tykhyi,\"", "Tykhyi", "person", "", "indirect")
    check(text, row_at(rows, text, "They don't run,"), "said", "the officer, who gave only her call sign, Sapsan",
          "Sapsan", "person", "", "direct")


def test_he_after_an_opening_adverbial_is_the_person_who_opened_the_sentence_before(extract_text):
    text = ("Zelensky said the troops had left. Ukraine's military intelligence chief Kyrylo Budanov went further. "
            "In an interview with NV last week, he estimated that about 30% of the contingent had rotated.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that about 30% of the contingent had rotated"), "estimated", "he",
          "Kyrylo Budanov", "person", "Ukraine", "indirect")


def test_he_closing_a_quotation_of_several_sentences_is_the_person_named_before_it(extract_text):
    text = ("President Volodymyr Zelensky raised the issue in his evening address on Sunday. "
            "\"Russia is no longer a supplier. It is a partner that learns,\" he said.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Russia is no longer a supplier. It is a partner that learns,"), "said", "he",
          "Volodymyr Zelensky", "person", "Ukraine", "direct")


def test_it_in_a_tag_after_its_content_is_the_body_named_in_the_sentence_before(extract_text):
    text = ("Treasury also designated two Russian shipping companies. "
            "The companies moved North Korean ammunition from Rajin, it said. "
            "\"The port used to see a ship a week,\" said a trader in Hunchun.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "The companies moved North Korean ammunition from Rajin"), "said", "it",
          "U.S. Treasury Department", "organisation", "United States", "indirect")
    check(text, row_at(rows, text, "The port used to see a ship a week,"), "said", "a trader in Hunchun", "trader in Hunchun", "group", "independent",
          "direct")


def test_the_capitalised_noun_of_a_body_credited_before_is_that_body(extract_text):
    text = ("The Pyongyang Economic Forum estimated that lenders moved money. Prices rose. "
            "Russian lenders moved about 90 billion rubles, the Forum estimated.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Russian lenders moved about 90 billion rubles"), "estimated", "the Forum",
          "Pyongyang Economic Forum", "organisation", "independent", "indirect")


def test_according_to_a_source_inside_a_body_and_a_clause_that_is_no_apposition(extract_text):
    text = ("According to a source in the Ukrainian military, the first group of sappers has arrived by rail, "
            "as reported by Suspilne.")
    rows = extract_text(text, PUBLISHED).attributions
    row = rows[rows["cue"] == "According to"].iloc[0]
    assert (row["speaker"], row["speaker_canonical"], row["affiliation"]) == (
        "a source in the Ukrainian military", "Ukrainian military source", "Ukraine")
    assert text[row["start"]:row["end"]].startswith("the first group of sappers has arrived by rail")


def test_put_near_or_closer_to_a_number_and_valued_at_are_estimates(extract_text):
    text = ("South Korea's spy agency puts the number closer to 12,000. "
            "The Sejong Peninsula Institute in Seoul has valued the trade at 1.8 trillion rubles. "
            "The deal, valued at $2 billion, was signed in June. Kyiv values its partnership with Seoul.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "South Korea's spy agency puts the number closer to 12,000"), "puts",
          "South Korea's spy agency", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    check(text, row_at(rows, text, "The Sejong Peninsula Institute in Seoul has valued the trade at 1.8 trillion rubles"), "valued",
          "The Sejong Peninsula Institute in Seoul", "Sejong Peninsula Institute", "organisation", "independent", "indirect")
    assert len(rows) == 2, spanned(rows, text)  # "a deal valued at" has no speaker; valuing a partnership states no number


def test_a_first_person_possessive_before_a_known_body_is_that_body(extract_text):
    text = ("By the count of our National Intelligence Service, about 15,000 North Korean soldiers have been sent. "
            "According to our sources, 3,000 soldiers died.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "about 15,000 North Korean soldiers have been sent"), "By the count of",
          "our National Intelligence Service", "National Intelligence Service (South Korea)", "organisation", "South Korea", "according_to")
    assert len(rows) == 1, spanned(rows, text)  # "our sources" name nobody the reader can check


def test_two_titles_joined_by_and_before_a_name_are_one_person(extract_text):
    text = ("In Warsaw, Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz said Poland would send "
            "200 million zlotys. Tánaiste and Minister for Foreign Affairs Micheál Martin said Ireland would back sanctions.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Poland would send 200 million zlotys"), "said",
          "Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz", "Władysław Kosiniak-Kamysz", "person", "Poland", "indirect")
    assert row_at(rows, text, "Ireland would back sanctions")["speaker_canonical"] == "Micheál Martin"


def test_a_telegram_channel_and_the_channel_that_refers_back_to_it(extract_text):
    text = ("On Tuesday the Rybar Telegram channel, which has more than a million subscribers, published a long post. "
            "The channel wrote that North Korean units were holding positions near Plekhovo. "
            "\"Nobody is throwing them into assaults yet,\" the post said. "
            "Influential Rybar channel says \"Korean comrades\" are digging in.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that North Korean units were holding positions near Plekhovo"), "wrote",
          "The channel", "Rybar", "media", "Russia", "indirect")
    check(text, row_at(rows, text, "Nobody is throwing them into assaults yet,"), "said", "the post", "Rybar", "media", "Russia", "direct")
    check(text, row_at(rows, text, "\"Korean comrades\" are digging in"), "says",
          "Influential Rybar channel", "Rybar", "media", "Russia", "indirect")


def test_a_headline_opened_by_its_section_or_place_credits_no_one_with_it(extract_text):
    text = ("Russia: Pro-war bloggers say North Korean troops now on second line in Kursk\n\n"
            "Kursk: North Korean troops pulled from front after heavy losses, says S’Korea\n\n"
            "Kyiv: North Korea has sent howitzers to Russia\n\nBody text.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "North Korean troops now on second line in Kursk"), "say",
          "Pro-war bloggers", "pro-war bloggers", "group", "", "indirect")
    assert row_at(rows, text, "Kursk: North Korean troops pulled from front after heavy losses")["speaker_canonical"] == "South Korea"
    check(text, row_at(rows, text, "North Korea has sent howitzers to Russia"), "Kyiv:", "Kyiv", "Ukraine", "government", "Ukraine", "indirect")
    assert len(rows) == 3, spanned(rows, text)


def test_a_broadcast_transcript_credits_its_guests_and_not_its_journalists(extract_text):
    text = ("DANA WHITFIELD, ANCHOR: South Korea says 100 soldiers have died. Laila Brandt reports on what the losses reveal.\n\n"
            "LAILA BRANDT: The NIS told lawmakers that 100 soldiers had been killed.\n\n"
            "Lee Seong-kweon, South Korean Lawmaker (through interpreter): They have no experience of drone warfare.\n\n"
            "LAILA BRANDT: For the NewsHour, I'm Laila Brandt.\n\n"
            "WHITFIELD: I'm joined now by Kyung-ah Moon. What do you read into these numbers?\n\n"
            "KYUNG-AH MOON: Russia is using them as expendable infantry.\n\n"
            "WHITFIELD: Thank you.\n\nKYUNG-AH MOON: Thank you.\n\n"
            "Our correspondent in Seoul, Kondo Takashi, reports.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that 100 soldiers had been killed"), "told lawmakers", "The NIS",
          "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")
    check(text, row_at(rows, text, "They have no experience of drone warfare."),
          "Lee Seong-kweon, South Korean Lawmaker (through interpreter)",
          "Lee Seong-kweon, South Korean Lawmaker (through interpreter)", "Lee Seong-kweon", "person", "South Korea", "direct")
    assert row_at(rows, text, "Russia is using them as expendable infantry.")["speaker_canonical"] == "Kyung-ah Moon"
    assert len(rows) == 4, spanned(rows, text)  # the anchor's and the reporter's lines are the outlet's own voice


def test_lawmakers_by_party_middle_initials_and_the_member_referred_to_by_state(extract_text):
    text = ("Chairman Mike D. Rogers, R-Ala., said afterward that the number was higher. "
            "\"I think we are looking at 15,000 soldiers,\" the Alabama Republican said. "
            "Social Democrat Ralf Stegner urged caution. Greens MEP Hannah Neumann said 3,000 had died. "
            "A Pentagon spokesman said 300 died. \"It is bad,\" the Pentagon spokesman said.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that the number was higher"), "said", "Chairman Mike D. Rogers", "Mike Rogers", "person", "United States", "indirect")
    assert row_at(rows, text, "I think we are looking at 15,000 soldiers,")["speaker_canonical"] == "Mike Rogers"
    assert row_at(rows, text, "Social Democrat Ralf Stegner urged caution")["speaker_canonical"] == "Ralf Stegner"
    assert row_at(rows, text, "3,000 had died")["speaker_canonical"] == "Hannah Neumann"
    assert row_at(rows, text, "It is bad,")["speaker_canonical"] == "Pentagon spokesman"  # a title of no lawmaker stays a group


def test_testimony_and_a_name_before_its_title_and_a_relative_clause(extract_text):
    text = ("Adm. Samuel Paparo, head of U.S. Indo-Pacific Command, who testified alongside him, said Moscow was paying in oil. "
            "Lloyd Austin testified before the committee that 3,000 had died. \"They are dying,\" Austin testified.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Moscow was paying in oil"), "said", "Adm. Samuel Paparo", "Samuel Paparo", "person", "United States", "indirect")
    check(text, row_at(rows, text, "that 3,000 had died"), "testified", "Lloyd Austin", "Lloyd Austin", "person", "United States", "indirect")
    assert row_at(rows, text, "They are dying,")["speaker_canonical"] == "Lloyd Austin"
    assert len(rows) == 3, spanned(rows, text)  # "who testified alongside him" states nothing


def test_a_body_known_as_a_name_of_the_gazetteer_is_that_body(extract_text):
    text = ("The Ukrainian agency, known as HUR, has put North Korean losses at closer to 7,000. "
            "Separately, the agency, known by its initials HUR, said 200 had died.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "The Ukrainian agency, known as HUR, has put North Korean losses at closer to 7,000"), "put",
          "The Ukrainian agency", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect")
    assert row_at(rows, text, "200 had died")["speaker_canonical"] == "Defence Intelligence of Ukraine"


def test_the_minister_is_the_minister_who_opened_the_sentence_before(extract_text):
    text = ("Zelensky said 4,000 had died. In Rome, the Defence Minister Guido Crosetto returned to the subject on Tuesday. "
            "«North Korea is paid in oil», the minister said.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "North Korea is paid in oil"), "said", "the minister", "Guido Crosetto", "person", "Italy", "direct")


def test_a_bare_name_in_a_headline_is_the_person_named_in_full_below(extract_text):
    text = "Kim Pledges More Help for Putin\n\nNorth Korean leader Kim Jong Un said on Monday that 3,000 troops would go."
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Kim Pledges More Help for Putin"), "Pledges", "Kim", "Kim Jong Un", "person", "North Korea", "indirect")


def test_went_on_assured_repeating_and_spoke_of_are_cues(extract_text):
    text = ("\"Russia is weak,\" the minister went on, adding that France was consulting its partners. The fighting went on for weeks. "
            "Peskov declined to comment, merely repeating that the partnership is not directed against anyone. "
            "Lavrov assured his hosts that Moscow fully supports Pyongyang. The General Staff has spoken of almost 4,000 killed.")
    rows = extract_text(text, PUBLISHED).attributions
    assert row_at(rows, text, "Russia is weak,")["cue"] == "went on"
    assert row_at(rows, text, "that France was consulting its partners")["cue"] == "adding"
    check(text, row_at(rows, text, "that the partnership is not directed against anyone"), "repeating",
          "Peskov", "Dmitry Peskov", "person", "Russia", "indirect")
    check(text, row_at(rows, text, "that Moscow fully supports Pyongyang"), "assured his hosts",
          "Lavrov", "Sergei Lavrov", "person", "Russia", "indirect")
    assert row_at(rows, text, "The General Staff has spoken of almost 4,000 killed")["cue"] == "spoken of"
    assert len(rows) == 5, spanned(rows, text)  # "the fighting went on" states nothing


def test_a_headline_statement_ends_where_another_speaker_s_begins_after_as(extract_text):
    text = ("North Korea admits sending troops to fight in Kursk as Kremlin claims region 'liberated'\n\n"
            "Thailand urges restraint as Pyongyang admits sending troops to Kursk\n\nBody text.")
    rows = extract_text(text, PUBLISHED).attributions
    assert row_at(rows, text, "sending troops to fight in Kursk")["speaker_canonical"] == "North Korea"
    assert row_at(rows, text, "region 'liberated'")["speaker_canonical"] == "Kremlin"
    assert row_at(rows, text, "Thailand urges restraint")["speaker_canonical"] == "Thailand"


def test_a_gerund_opening_the_sentence_is_the_statement_of_the_subject_after_its_comma(extract_text):
    text = ("By confirming its troops fought in Kursk, North Korea has turned a deniable deployment into an alliance. "
            "After denying for months that any soldiers were in Russia, the Kremlin on Monday acknowledged that 12,000 had arrived. "
            "\"By admitting the deployment, Pyongyang has confessed to an illegal war,\" the Foreign Ministry said.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "its troops fought in Kursk"), "confirming", "North Korea", "North Korea", "government", "North Korea", "indirect")
    check(text, row_at(rows, text, "that any soldiers were in Russia"), "denying", "the Kremlin", "Kremlin", "government", "Russia", "indirect")
    assert row_at(rows, text, "that 12,000 had arrived")["cue"] == "acknowledged"
    assert row_at(rows, text, "By admitting the deployment, Pyongyang has confessed to an illegal war,")["cue"] == "said"
    assert len(rows) == 4, spanned(rows, text)  # the gerund inside the ministry's quotation is no statement of its own


def test_a_description_in_a_headline_list_is_not_a_person_named_in_a_headline_above(extract_text):
    text = ("Key developments:\n\n- Zelensky says Ukraine ready to swap captured North Korean soldiers\n"
            "- Captured soldier says he was told he was going to Russia for training\n\n"
            "President Volodymyr Zelensky said on Sunday that Kyiv was ready.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "he was told he was going to Russia for training"), "says",
          "Captured soldier", "captured soldier", "group", "", "indirect")


def test_a_lawmaker_s_party_and_state_after_the_name_are_no_speaker_and_make_him_american(extract_text):
    text = ("Rep. Adam Smith, D-Bellevue, the top Democrat on the committee, said Tuesday that the admission removes any doubt. "
            "Sen. Roger Wicker, R-Miss., said 12,000 troops had arrived. \"This is a war crime,\" said Rep. Joe Wilson, R-S.C.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that the admission removes any doubt"), "said", "Rep. Adam Smith", "Adam Smith", "person", "United States", "indirect")
    check(text, row_at(rows, text, "12,000 troops had arrived"), "said", "Sen. Roger Wicker", "Roger Wicker", "person", "United States", "indirect")
    check(text, row_at(rows, text, "This is a war crime,"), "said", "Rep. Joe Wilson", "Joe Wilson", "person", "United States", "direct")


def test_a_bare_name_is_the_person_just_credited_with_it_or_the_korean_named_family_name_first(extract_text):
    text = ("\"Kim Jong Un is renting out his army,\" Gottheimer said. Rep. Andy Kim told reporters the deployment was a wake-up call. "
            "Kim said it showed how close Pyongyang and Moscow have grown. Choi Song-min was 19 when he was conscripted. "
            "\"They are farm boys,\" said Mr Choi, 49.")
    rows = extract_text(text, PUBLISHED).attributions
    assert row_at(rows, text, "it showed how close Pyongyang and Moscow have grown")["speaker_canonical"] == "Andy Kim"
    assert row_at(rows, text, "They are farm boys,")["speaker_canonical"] == "Choi Song-min"
    far = "Kim Jong Un spoke. Vice Foreign Minister Kim Jong Gyu called the reports rumours. " + "The war went on. " * 30 + "Kim said 3,000 troops would go."
    assert row_at(extract_text(far, PUBLISHED).attributions, far, "3,000 troops would go")["speaker_canonical"] == "Kim Jong Un"


def test_a_pronoun_tag_after_a_quotation_is_the_person_who_opened_the_sentence_before(extract_text):
    text = ("Lee Seong-kweun, a member of the committee, told reporters afterwards that the losses were far beyond expectations.\n\n"
            "Kim Ha-neul, who studies the Korean People's Army in Seoul, has read the notebook twice. "
            "\"What strikes me is how little he knew,\" she said when we met in February.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "What strikes me is how little he knew,"), "said", "she", "Kim Ha-neul", "person", "independent", "direct")


def test_playing_down_is_a_statement_of_each_state_that_does_it(extract_text):
    text = "Russia and North Korea have both played down the reports. The Kremlin downplayed the losses."
    rows = extract_text(text, PUBLISHED).attributions
    assert sorted(rows[rows.cue == "played down"]["speaker_canonical"]) == ["North Korea", "Russia"]
    check(text, row_at(rows, text, "The Kremlin downplayed the losses"), "downplayed", "The Kremlin", "Kremlin", "government", "Russia", "indirect")


def test_a_mongolian_name_keeps_its_patronymic_initial(extract_text):
    text = "Mongolia will not become a party to the war, Ts.Enkhbayar, a former deputy foreign minister, said on Tuesday."
    rows = extract_text(text, PUBLISHED).attributions
    assert row_at(rows, text, "Mongolia will not become a party to the war")["speaker_canonical"] == "Ts.Enkhbayar"


def test_a_call_sign_after_the_speaker_s_unit_names_the_speaker(extract_text):
    text = ("\"They are brave,\" said a company commander in an air assault brigade who goes by the call sign Bohdan. "
            "A commander in Kursk said 30 died.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "They are brave,"), "said", "a company commander in an air assault brigade who goes by the call sign Bohdan",
          "Bohdan", "person", "", "direct")
    assert row_at(rows, text, "30 died")["speaker_canonical"] == "commander"


def test_delegates_at_a_council_meeting_speak_for_their_states(extract_text):
    text = ("The representative of the Republic of Korea said that the soldiers had been sent to die. "
            "The representative of the United States said that Washington had counted 60 launches. "
            "“Russia is now a violator,” she said. "
            "The Russian Federation’s delegate said cooperation was lawful. "
            "China’s representative said the Council should avoid steps that “add fuel to the fire”.")
    tables = extract_text(text, PUBLISHED)
    check(text, row_at(tables.attributions, text, "Russia is now a violator,"),
          "said", "she", "United States", "group", "United States", "direct")
    check(text, row_at(tables.attributions, text, "cooperation was lawful"),
          "said", "The Russian Federation’s delegate", "Russia", "group", "Russia", "indirect")
    check(text, row_at(tables.attributions, text, "the Council should avoid steps that “add fuel to the fire”"),
          "said", "China’s representative", "China", "group", "China", "indirect")


def test_a_name_before_a_title_whose_list_holds_commas(extract_text):
    text = ("Mohamed Khaled Khiari, Assistant Secretary-General for the Middle East, Asia and the Pacific, "
            "said that the Secretariat had taken note of the statements.")
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.attributions, text, "that the Secretariat had taken note of the statements")
    assert (row["speaker"], row["speaker_canonical"]) == ("Mohamed Khaled Khiari", "Mohamed Khaled Khiari")


@pytest.mark.parametrize(("text", "speaker_canonical"), [
    ("“It will stop,” said Sue J. Bai, head of the division.", "Sue J. Bai"),
    ("“It will stop,” said Deputy Secretary of the Treasury Wally Adeyemo.", "Wally Adeyemo"),
    ("Minister for Sanctions Stephen Doughty said it would stop.", "Stephen Doughty"),
    ("Secretary of State Antony Blinken said it would stop.", "Antony Blinken"),
])
def test_a_name_after_its_office_keeps_its_initial_and_leaves_the_office(extract_text, text, speaker_canonical):
    rows = extract_text(text, PUBLISHED).attributions
    assert rows["speaker_canonical"].tolist() == [speaker_canonical]


def test_a_capitalised_office_with_no_name_is_the_person_just_credited(extract_text):
    text = ("Kremlin Spokesman Dmitry Peskov told reporters on Tuesday that the talks went well. "
            "According to the Kremlin official, such stories are being circulated by Kyiv. "
            "Mr. Shoigu told journalists that the decision was final. "
            "The Security Council Secretary also said the two sides had agreed to build a memorial. "
            "Zelensky said the front was holding. The Russian official said it was not.")
    rows = extract_text(text, PUBLISHED).attributions
    assert row_at(rows, text, "such stories are being circulated by Kyiv")["speaker_canonical"] == "Dmitry Peskov"
    assert row_at(rows, text, "the two sides had agreed to build a memorial")["speaker_canonical"] == "Sergei Shoigu"
    assert row_at(rows, text, "it was not")["speaker_canonical"] == "Russian official"  # no Ukrainian


def test_his_government_is_the_state_of_the_delegate_credited_before(extract_text):
    text = ("The representative of the Republic of Korea said that the soldiers had been sent to die, "
            "noting that his Government estimated that Pyongyang had earned more than $1 billion.")
    row = row_at(extract_text(text, PUBLISHED).attributions, text, "that Pyongyang had earned more than $1 billion")
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == ("his Government", "South Korea", "government")


def test_his_country_s_body_is_his_state_s(extract_text):
    text = ("The representative of the Republic of Korea said that his country's intelligence had confirmed "
            "that 11,000 soldiers had been dispatched.")
    row = row_at(extract_text(text, PUBLISHED).attributions, text, "that 11,000 soldiers had been dispatched")
    assert (row["speaker"], row["speaker_canonical"]) == ("his country's intelligence", "South Korean intelligence")


def test_a_table_s_rows_hold_no_statements(extract_text):
    text = ("Estimated gains from the war\n"
            "Item\tEstimate\tNotes\n"
            "Oil\t1 million barrels\tsaid to be rising\n\n"
            "Analysts said the figures were rough.")
    rows = extract_text(text, PUBLISHED).attributions
    assert rows["text"].tolist() == ["the figures were rough"]


def test_one_of_them_is_the_group_credited_before(extract_text):
    text = ("European officials familiar with the talks said China was uneasy. "
            "“Beijing does not like surprises,” one of them said.")
    rows = extract_text(text, PUBLISHED).attributions
    assert row_at(rows, text, "Beijing does not like surprises,")["speaker_canonical"] == "European officials"
    alone = "Kim Jong Un visited the front. “We will win,” one of them said."
    assert extract_text(alone, PUBLISHED).attributions.empty  # no group credited before: no one to stand for


def test_a_colon_introduces_the_quotation_that_opens_the_next_paragraph(extract_text):
    text = ("Kursk Region Governor Alexander Khinshtein reported on Thursday that drones had attacked the district. "
            "In a second post, Khinshtein added:\n\n"
            "“Our Korean comrades have cleared another 320 hectares.”\n\n"
            "The ministry said:\n\nTroops advanced.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Our Korean comrades have cleared another 320 hectares."),
          "added", "Khinshtein", "Alexander Khinshtein", "person", "Russia", "direct")
    assert rows_at(rows, text, "Khinshtein added").empty and rows_at(rows, text, "Troops advanced.").empty


def test_a_newsletter_item_s_flag_and_link_credit_credit_nobody(extract_text):
    text = ("Axios World\n\n"
            "🇯🇵 Japan: Prime Minister Shigeru Ishiba’s ruling coalition lost its majority in Sunday’s election. — NHK\n\n"
            "🇺🇦 Ukraine: A drone strike on Kharkiv killed 2 people, regional governor Oleh Syniehubov said. — Reuters\n\n"
            "North Korean troops pulled from the front – HUR\n")
    rows = extract_text(text, PUBLISHED).attributions
    assert sorted(zip(rows["cue"], rows["speaker_canonical"])) == [
        ("said", "Oleh Syniehubov"), ("– HUR", "Defence Intelligence of Ukraine")]


def test_an_imperative_and_a_page_s_dated_or_coded_fields_state_nothing(extract_text):
    text = ("Add Paper to My Library\n\n"
            "Paying for Allies: Russian Transfers to North Korea\n\n"
            "41 Pages Posted: 3 Mar 2025\n\n"
            "JEL Classification: F51, F35\n\n"
            "On March 10, Human Rights Watch wrote to the ministry.\n\n"
            "NIS: 3,000\n\n"
            "Pyongyang has sent troops, a deployment which Moscow denies.\n")
    rows = extract_text(text, PUBLISHED).attributions
    assert sorted(zip(rows["text"], rows["speaker_canonical"])) == [
        ("3,000", "National Intelligence Service (South Korea)"), ("Moscow denies", "Russia")]


def test_a_member_s_honorific_is_no_part_of_the_name(extract_text):
    rows = extract_text("Hon. Anita Anand told the House that Canada had imposed sanctions.", PUBLISHED).attributions
    assert rows[["speaker", "speaker_canonical"]].values.tolist() == [["Hon. Anita Anand", "Anita Anand"]]


def test_a_praising_participle_and_a_co_author_s_title(extract_text):
    text = ("Pyongyang confirmed the deployment two days later, praising its soldiers’ “heroic feats”.\n\n"
            "“The arithmetic has not changed,” added co-author Professor Alan Mercer.\n\n"
            "My friend and occasional co-author Lena Moravec said 300 had died.\n")
    rows = extract_text(text, PUBLISHED).attributions
    assert sorted(zip(rows["text"], rows["cue"], rows["speaker_canonical"])) == [
        ("300 had died", "said", "Lena Moravec"),
        ("Pyongyang confirmed the deployment two days later", "confirmed", "North Korea"),
        ("The arithmetic has not changed,", "added", "Alan Mercer"),
        ("heroic feats", "praising", "North Korea")]


def test_a_separate_source_is_a_source(extract_text):
    rows = extract_text("A separate source in Pyongyang said 300 had died. A different source in Hyesan said 20 had.", PUBLISHED).attributions
    assert rows["speaker_canonical"].tolist() == ["source in Pyongyang", "source in Hyesan"]


def test_a_source_in_a_settlement_is_named_after_it(extract_text):
    text = ("A source in the northeastern port of Rason said 300 workers had left. "
            "\"Prices doubled,\" said a resident in the city. Traders in Hyesan attribute the rise to the army.")
    rows = extract_text(text, PUBLISHED).attributions
    assert rows[["speaker", "speaker_canonical", "affiliation"]].values.tolist() == [
        ["A source in the northeastern port of Rason", "source in Rason", "independent"],
        ["a resident in the city", "resident", "independent"],
        ["Traders in Hyesan", "traders in Hyesan", "independent"]]


def test_a_leader_s_government_is_the_state_s(extract_text):
    text = "Yoon's government said it could supply weapons. Ishiba's cabinet said it would impose sanctions. Yoon said little."
    rows = extract_text(text, PUBLISHED).attributions
    assert rows[["speaker", "speaker_canonical", "speaker_type"]].values.tolist() == [
        ["Yoon's government", "South Korea", "government"], ["Ishiba's cabinet", "Japan", "government"]]


def test_people_known_by_their_work_speak_as_a_group_and_a_recruiter_keeps_his_place(extract_text):
    text = ("The rest go straight to work, according to a labour recruiter in Vladivostok who has placed crews since 2019. "
            "A 34-year-old rifleman said his unit had lost 40 men. "
            "Farmers near Sudzha told reporters that the shelling had stopped.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "The rest go straight to work"), "according to", "a labour recruiter in Vladivostok",
          "labour recruiter in Vladivostok", "group", "independent", "according_to")
    check(text, row_at(rows, text, "his unit had lost 40 men"), "said", "A 34-year-old rifleman", "rifleman", "group", "", "indirect")
    check(text, row_at(rows, text, "that the shelling had stopped"), "told reporters", "Farmers near Sudzha", "farmers",
          "group", "", "indirect")


def test_a_participle_that_reduces_a_passive_credits_nobody(extract_text):
    text = ("An advance group of about 1,000 deminers believed to have already arrived was seen in Kursk, the lawmaker said. "
            "A brigade thought to number 3,000 men moved north, officials said.")
    rows = extract_text(text, PUBLISHED).attributions
    assert sorted(rows["cue"]) == ["said", "said"]
    check(text, row_at(rows, text, "A brigade thought to number 3,000 men moved north"), "said", "officials", "officials", "group", "",
          "indirect")


def test_a_body_named_for_the_people_it_serves_is_a_body(extract_text):
    text = ("Some 80,000 Ukrainians remain in Bulgaria, the State Agency for Refugees said. "
            "The Association of Ukrainian Bankers said transfers had resumed.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Some 80,000 Ukrainians remain in Bulgaria"), "said", "the State Agency for Refugees",
          "State Agency for Refugees", "organisation", "", "indirect")
    check(text, row_at(rows, text, "transfers had resumed"), "said", "The Association of Ukrainian Bankers",
          "Association of Ukrainian Bankers", "organisation", "independent", "indirect")


def test_i_and_we_in_an_official_text_are_its_labelled_speaker_and_the_state_he_speaks_for(extract_text):
    text = ("Remarks by President Biden and President Yoon Before Their Meeting\n"
            "PRESIDENT BIDEN: Well, good afternoon, everyone.\n"
            "And we believe Russia is paying Pyongyang back with cash.\n"
            "So I’m announcing today that the United States will send $520 million to Ukraine.\n"
            "PRESIDENT YOON: Thank you.\n"
            "We estimate that Pyongyang is receiving hundreds of millions of dollars. "
            "\"We believe the toll is higher,\" a defector told him.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Russia is paying Pyongyang back with cash"), "believe", "we", "United States", "government",
          "United States", "indirect")
    check(text, row_at(rows, text, "I’m announcing today that the United States will send $520 million to Ukraine"), "announcing", "I’m",
          "Joe Biden", "person", "United States", "indirect")
    check(text, row_at(rows, text, "that Pyongyang is receiving hundreds of millions of dollars"), "estimate", "We", "South Korea", "government", "South Korea", "indirect")
    assert list(rows_at(rows, text, "We believe the toll is higher,")["speaker_canonical"]) == ["defector"]  # a quotation's "we" is its speaker's


def test_an_official_texts_title_names_who_says_i_unless_it_names_several(extract_text):
    text = ("Press Conference by Prime Minister Ishiba following the G7 Summit\n\n"
            "Over the past three days, I have attended the summit. I told him that Japan will stand with Ukraine. "
            "Our government assesses that Pyongyang is paid in cash.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that Japan will stand with Ukraine"), "told him", "I", "Shigeru Ishiba", "person", "Japan", "indirect")
    check(text, row_at(rows, text, "that Pyongyang is paid in cash"), "assesses", "Our government", "Japan", "government", "Japan", "indirect")
    several = ("Remarks by President Biden, President Yoon Suk Yeol of the Republic of Korea, and Prime Minister Ishiba\n\n"
               "I believe that Pyongyang is paid in cash.")
    assert extract_text(several, PUBLISHED).attributions.empty


def test_a_statement_issued_by_a_delegation_speaks_for_its_state_and_a_news_story_has_no_first_person_voice(extract_text):
    text = ("Statement on the Russian Federation’s ongoing aggression against Ukraine\nIssued by: Delegation of Ukraine\n\n"
            "Mr. Chairperson,\n\nWe strongly condemn this terror against civilians.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "We strongly condemn this terror against civilians"), "condemn", "We", "Ukraine", "government",
          "Ukraine", "indirect")
    story = ("Seoul weighs response to troop dispatch\n\nWe believe the toll is higher than reported. "
             "Budi Hartanto, a member of Commission I, which oversees defense, said Indonesia should raise the issue.")
    rows = extract_text(story, PUBLISHED).attributions
    assert list(rows["speaker_canonical"]) == ["Budi Hartanto"]


def test_a_polls_share_speaks_for_those_it_counts_and_a_bare_share_for_the_last_named(extract_text):
    text = ("Sixty-four percent of respondents said Japan should keep its support. Twenty-seven percent said it should be scaled back. "
            "About four-in-ten Americans (39%) say the U.S. is giving too little. Roughly a quarter (26%) say it is about right. "
            "Losses rose by 10 percent, officials said.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Japan should keep its support"), "said", "Sixty-four percent of respondents", "respondents", "group",
          "independent", "indirect")
    check(text, row_at(rows, text, "it should be scaled back"), "said", "Twenty-seven percent", "respondents", "group", "independent", "indirect")
    check(text, row_at(rows, text, "the U.S. is giving too little"), "say", "About four-in-ten Americans (39%)", "Americans", "group",
          "independent", "indirect")
    check(text, row_at(rows, text, "it is about right"), "say", "Roughly a quarter (26%)", "Americans", "group", "independent", "indirect")
    check(text, row_at(rows, text, "Losses rose by 10 percent"), "said", "officials", "officials", "group", "", "indirect")


def test_a_court_cases_documents_are_the_courts_or_the_prosecutions_named_before_and_nobody_elses(extract_text):
    text = ("U.S. prosecutors said Volkonsky laundered $14 million. The NIS said 10,000 troops were sent. "
            "According to the indictment, Volkonsky used 17 shell companies. "
            "The Seoul Central District Court sentenced Kim to three years. According to the court's ruling, Kim's company shipped lathes.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Volkonsky used 17 shell companies"), "According to", "the indictment", "U.S. prosecutors", "group",
          "United States", "according_to")
    check(text, row_at(rows, text, "Kim's company shipped lathes"), "According to", "the court's ruling", "Seoul Central District Court",
          "organisation", "South Korea", "according_to")
    alone = "The NIS said 10,000 troops were sent. According to the indictment, Volkonsky used 17 shell companies."
    assert list(extract_text(alone, PUBLISHED).attributions["cue"]) == ["said"]


def test_nobody_is_no_speaker_and_a_resumed_quote_stays_its_speakers(extract_text):
    text = ("Mr Dovhan counted what he could see. \"They walk across the snow in lines,\" he told a visiting reporter in December. "
            "\"Nobody has told them about drones.\" Neither Pyongyang nor Moscow has confirmed the losses.")
    rows = extract_text(text, PUBLISHED).attributions
    assert "Nobody" not in set(rows["speaker"])
    assert sorted(rows.loc[rows["cue"] == "confirmed", "speaker_canonical"]) == ["North Korea", "Russia"]


def test_the_president_is_the_president_credited_just_before_and_we_names_no_one(extract_text):
    text = ("President Yoon said, “North Korea’s dispatch is a provocation. We will not stand idly by.” "
            "He called on the ministries to prepare countermeasures. "
            "The President also said that any transfer of technology would be “a red line” for us.\n"
            "A. We cannot confirm those reports at this time.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "He called on the ministries to prepare countermeasures"), "called", "He", "Yoon Suk Yeol", "person",
          "South Korea", "indirect")
    check(text, row_at(rows, text, "that any transfer of technology would be “a red line” for us"), "said", "The President", "Yoon Suk Yeol",
          "person", "South Korea", "indirect")
    other = "Sergei Lavrov said talks failed. The President said that the deal stands."
    assert list(extract_text(other, PUBLISHED).attributions["speaker_canonical"]) == ["Sergei Lavrov", "President"]


def test_bare_prosecutors_are_those_of_the_state_credited_before_or_of_the_page(extract_text):
    text = "U.S. prosecutors said Volkonsky laundered money. The payments covered 38 shipments, prosecutors said."
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "The payments covered 38 shipments"), "said", "prosecutors", "U.S. prosecutors", "group",
          "United States", "indirect")
    wire = "SEOUL, June 19 (Yonhap) -- Prosecutors said the goods ended up in North Korean factories."
    rows = extract_text(wire, PUBLISHED).attributions
    check(wire, row_at(rows, wire, "the goods ended up in North Korean factories"), "said", "Prosecutors", "South Korean prosecutors",
          "group", "South Korea", "indirect")


def test_a_korean_family_name_after_a_title_and_a_headline_name_are_the_full_names_written_first(extract_text):
    text = ("The defendant, 24-year-old Private Ri Kwang-chol, is charged with murder. "
            "Speaking through an interpreter, Ri told the court he had been ordered to shoot.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "he had been ordered to shoot"), "told the court", "Ri", "Ri Kwang-chol", "person", "", "indirect")
    page = ("Kim vows \"unconditional support\"\n\nNorth Korean leader Kim Jong Un shook hands with the envoy. "
            "Kim Jin-woo, a senior researcher, said 1,000 workers came.")
    rows = extract_text(page, PUBLISHED).attributions
    assert row_at(rows, page, "Kim vows \"unconditional support\"")["speaker_canonical"] == "Kim Jong Un"
    assert row_at(rows, page, "1,000 workers came")["speaker_canonical"] == "Kim Jin-woo"


def test_estimates_of_a_side_that_is_no_state_and_a_count_named_by_its_adjective(extract_text):
    text = ("Ukraine operates seven or eight batteries, according to Western estimates. "
            "By Ukrainian estimates, 11,000 troops are there. "
            "Lindqvist put the cost of a new 155mm round for the U.S. Army at about $8,000.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Ukraine operates seven or eight batteries"), "according to", "Western estimates", "Western estimates",
          "group", "West", "according_to")
    check(text, row_at(rows, text, "11,000 troops are there"), "By", "Ukrainian estimates", "Ukraine", "government", "Ukraine", "according_to")
    check(text, row_at(rows, text, "Lindqvist put the cost of a new 155mm round for the U.S. Army at about $8,000"), "put", "Lindqvist",
          "Lindqvist", "person", "", "indirect")
    assert len(rows) == 3


def test_names_with_particles_and_a_state_that_is_an_analysts_topic(extract_text):
    text = ("Russia specialist Joris van der Laan points out that the reconquest came at a price. "
            "\"They were the shock troops,\" says Van der Laan. Crown Prince Mohammed bin Salman said talks would go on. "
            "Iran’s Supreme Leader Ayatollah Ali Khamenei said 24 people had died.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that the reconquest came at a price"), "points out", "Russia specialist Joris van der Laan",
          "Joris van der Laan", "person", "independent", "indirect")
    check(text, row_at(rows, text, "They were the shock troops,"), "says", "Van der Laan", "Joris van der Laan", "person", "independent",
          "direct")
    assert row_at(rows, text, "talks would go on")["speaker_canonical"] == "Mohammed bin Salman"
    assert row_at(rows, text, "24 people had died")["speaker_canonical"] == "Ali Khamenei"
    plain = "Ukrainian analyst Petro Ivanenko said 5 died."
    assert list(extract_text(plain, PUBLISHED).attributions["affiliation"]) == ["Ukraine"]


def test_a_papers_unnamed_answers_are_the_interviewee_named_most_before_the_first_question(extract_text):
    text = ("‘North Korea is using Kursk as a school’\n\n"
            "Marta Ruiz, a retired colonel who has tracked the deployment, says the troops adapted fast.\n\n"
            "Marta Ruiz, photographed in Madrid on February 27.\n\n"
            "Question. How many North Korean soldiers are still in Russia?\n\n"
            "Answer. About 11,000 were sent, and some 4,000 have been killed or wounded.\n\n"
            "Question. Were they defeated?\n\n"
            "Answer. Pulled back, not defeated.\n")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "About 11,000 were sent, and some 4,000 have been killed or wounded."), "Answer", "Answer", "Marta Ruiz",
          "person", "", "direct")
    assert row_at(rows, text, "Pulled back, not defeated.")["speaker_canonical"] == "Marta Ruiz"
    assert not any(rows["text"].str.contains("How many"))


def test_an_officials_briefing_with_questions_and_answers_keeps_the_officials_we(extract_text):
    text = ("Briefing by Principal Deputy National Security Advisor Kim Tae-hyo on the Emergency Meeting\n"
            "Good afternoon. I am Kim Tae-hyo, Principal Deputy National Security Advisor.\n"
            "Our government assesses that Pyongyang will receive about $2,000 per soldier a month.\n"
            "Q. Some media outlets reported that soldiers had died. Is that so?\n"
            "A. We cannot confirm those reports at this time.\n"
            "Q. Will shells be sent?\n"
            "A. Nothing has been decided.\n")
    rows = extract_text(text, PUBLISHED).attributions
    assert row_at(rows, text, "that Pyongyang will receive about $2,000 per soldier a month")["speaker_canonical"] == "South Korea"
    assert not any(rows["cue"] == "A")  # no interview: the answers are the official's own lines


def test_a_number_after_at_least_is_said_and_families_speak_as_a_group(extract_text):
    text = ("Addressing the weekly media briefing, MEA spokesperson Randhir Jaiswal said at least 27 Indians were recruited. "
            "Families in Kerala told The Hindu that agents had charged 2 lakh. "
            "North Korea selects sappers for Kursk mission, families told to keep quiet.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "at least 27 Indians were recruited"), "said", "MEA spokesperson Randhir Jaiswal", "Randhir Jaiswal",
          "person", "India", "indirect")
    check(text, row_at(rows, text, "that agents had charged 2 lakh"), "told The Hindu", "Families in Kerala", "families", "group", "independent",
          "indirect")
    assert len(rows) == 2  # "families told to keep quiet" were told


def test_the_channel_or_the_group_is_the_one_the_page_just_named_after_that_noun(extract_text):
    text = ("A still from a video published by the Telegram channel Severny Veter. The channel claims it shows 40 soldiers. "
            "The footage was geolocated by the open-source group Northlight. The group said 12 men could be seen.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "it shows 40 soldiers"), "claims", "The channel", "Severny Veter", "media", "independent", "indirect")
    check(text, row_at(rows, text, "12 men could be seen"), "said", "The group", "Northlight", "organisation", "independent", "indirect")


def test_a_one_word_body_named_after_its_noun_or_described_as_an_open_source_group_is_a_body(extract_text):
    named = "The Estonian open-source group Northlight said it had geolocated the video."
    check(named, row_at(extract_text(named, PUBLISHED).attributions, named, "it had geolocated the video"), "said",
          "The Estonian open-source group Northlight", "Northlight", "organisation", "independent", "indirect")
    described = ("Northlight, a volunteer open-source group based in Tallinn, said it had geolocated the video. "
                 "But it cautioned that nothing proved the nationality of the men.")
    rows = extract_text(described, PUBLISHED).attributions
    check(described, row_at(rows, described, "it had geolocated the video"), "said", "Northlight", "Northlight", "organisation",
          "independent", "indirect")
    check(described, row_at(rows, described, "that nothing proved the nationality of the men"), "cautioned", "it", "Northlight",
          "organisation", "independent", "indirect")


def test_agents_detectives_and_commissioners_are_titles_and_an_officer_in_charge_is_the_officer(extract_text):
    text = ("The payments went to Moscow, FBI Special Agent Rachel Okonjo said. "
            "Two shipments were seized, Special Agent in Charge Teresa M. Albright of the FBI Houston Field Office said. "
            "EU Commissioner Andrius Kubilius said 500 drones were sent. "
            "The officer in charge said 30 men were lost.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "The payments went to Moscow"), "said", "FBI Special Agent Rachel Okonjo", "Rachel Okonjo",
          "person", "United States", "indirect")
    assert row_at(rows, text, "Two shipments were seized")["speaker_canonical"] == "Teresa M. Albright"
    assert row_at(rows, text, "500 drones were sent")["speaker_canonical"] == "Andrius Kubilius"
    check(text, row_at(rows, text, "30 men were lost"), "said", "The officer in charge", "officer", "group", "", "indirect")


def test_a_bare_surname_is_the_person_the_page_wrote_in_full_not_a_namesake_of_the_gazetteer(extract_text):
    text = "Yoon Seo-hyun spent 18 years in army intelligence. \"People think counting the dead is cold,\" says Yoon, 47."
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "People think counting the dead is cold,"), "says", "Yoon", "Yoon Seo-hyun", "person", "independent", "direct")
    for other in ("President Yoon Suk Yeol met Biden. \"We will act,\" Yoon said.",
                  "South Korean President Yoon met Biden. \"We will act,\" Yoon said."):
        assert list(extract_text(other, PUBLISHED).attributions["speaker_canonical"]) == ["Yoon Suk Yeol"]
    spelt = ("Ukrainian President Volodymyr Zelenskiy said on Sunday that losses were higher. "
             "\"Ukraine is ready,\" Zelenskiy wrote on X.")
    assert set(extract_text(spelt, PUBLISHED).attributions["speaker_canonical"]) == {"Volodymyr Zelensky"}


def test_a_title_in_apposition_before_the_name_tags_the_quotation_before_it(extract_text):
    text = ("The open-source group Northlight geolocated the video. \"We see helmets, we see Russian-issued kit,\" "
            "the group's founder, Mart Kask, told Newsweek on Tuesday. \"Right now this is a claim, not evidence.\"")
    rows = extract_text(text, PUBLISHED).attributions
    for quotation in ("We see helmets, we see Russian-issued kit,", "Right now this is a claim, not evidence."):
        check(text, row_at(rows, text, quotation), "told Newsweek", "Mart Kask", "Mart Kask", "person", "independent", "direct")


def test_the_station_and_the_network_are_the_broadcaster_named_before_and_its_body_is_the_state_named_before(extract_text):
    text = ("North Korean state television KCTV aired the film on Sunday. The station said the film honoured 101 soldiers. "
            "South Korea's estimate is lower. Its National Intelligence Service told lawmakers that about 2,000 soldiers had been killed.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "the film honoured 101 soldiers"), "said", "The station", "Korean Central Television", "media",
          "North Korea", "indirect")
    check(text, row_at(rows, text, "that about 2,000 soldiers had been killed"), "told lawmakers", "Its National Intelligence Service",
          "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect")


def test_a_tag_ending_its_line_in_a_colon_quotes_the_unmarked_line_below(extract_text):
    post = ("Ukrainian President Volodymyr Zelensky wrote on X on Saturday:\n\n"
            "The first North Korean units are already in Kursk. Putin needs 11,000 foreigners.\n"
            "— Volodymyr Zelenskyy (@ZelenskyyUa) November 16, 2024\n\n"
            "Foreign Secretary David Lammy said:\n\nWe are targeting the commanders who sent them.\n\n"
            "The minister said: the army lost 300 men.")
    rows = extract_text(post, PUBLISHED).attributions
    check(post, row_at(rows, post, "The first North Korean units are already in Kursk. Putin needs 11,000 foreigners."), "wrote",
          "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "direct")
    check(post, row_at(rows, post, "We are targeting the commanders who sent them."), "said", "Foreign Secretary David Lammy",
          "David Lammy", "person", "United Kingdom", "direct")
    assert row_at(rows, post, "the army lost 300 men")["text"] == "the army lost 300 men"  # after a colon in its own line
    assert not rows_at(rows, post, "on X on Saturday").size and not rows_at(rows, post, "Foreign Secretary David Lammy said").size


def test_a_quote_label_hands_its_quotation_to_the_speaker_it_names_or_to_the_source_line_above(extract_text):
    text = ("Source: Zelenskyy on Telegram\n\nDetails: Two soldiers were captured in the Kursk region.\n\n"
            "Quote: \"Our soldiers have captured North Korean military personnel.\"\n\n"
            "A source in the Ukrainian Defence Forces said the unit held 80 square kilometres.\n\n"
            "Quote from the source: \"Nobody has left. We are still here.\"")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Our soldiers have captured North Korean military personnel."), "Quote", "Zelenskyy",
          "Volodymyr Zelensky", "person", "Ukraine", "direct")
    check(text, row_at(rows, text, "Nobody has left. We are still here."), "Quote from", "the source",
          "source in the Ukrainian Defence Forces", "group", "Ukraine", "direct")


def test_an_office_named_bare_is_the_page_own_states_when_the_gazetteer_knows_it_there(tmp_path):
    text = ("An internal assessment by the Foreign Office puts the value at roughly €17 billion. "
            "The British Foreign Office said 300 soldiers died. "
            "The Central Military Commission of the Workers' Party said the operation was over.")
    folder = write_corpus(tmp_path / "corpus", {"page": (text, PUBLISHED)}, extra_columns={"outlet": {"page": "Die Zeit"}})
    rows = extract(folder).attributions
    assert list(rows["speaker_canonical"]) == ["German Foreign Office", "UK Foreign Office",
                                               "Central Military Commission of the Workers' Party of Korea"]


def test_a_speaker_who_asked_to_be_named_by_a_call_sign_is_that_call_sign(extract_text):
    text = ("\"At first it was like shooting at a crowd,\" said a 31-year-old drone operator with the 61st Mechanized Brigade, "
            "who asked to be identified only by his call sign, Sapsan, for security reasons. "
            "\"They come at us in waves,\" said a Ukrainian drone commander fighting in Kursk, who asked to be identified by his call sign, Kit.")
    rows = extract_text(text, PUBLISHED).attributions
    assert row_at(rows, text, "At first it was like shooting at a crowd,")["speaker_canonical"] == "Sapsan"
    check(text, row_at(rows, text, "They come at us in waves,"), "said",
          "a Ukrainian drone commander fighting in Kursk, who asked to be identified by his call sign, Kit", "Kit", "person", "Ukraine",
          "direct")


def test_a_bracketed_date_after_the_day_and_a_toll_put_in_the_low_hundreds(extract_text):
    text = ("North Korea on Monday (Apr 28) confirmed for the first time that it had sent troops to Kursk. "
            "Ukrainian commanders say 300 died, as a US official puts Pyongyang's losses in the \"low hundreds\".")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that it had sent troops to Kursk"), "confirmed", "North Korea", "North Korea", "government",
          "North Korea", "indirect")
    check(text, row_at(rows, text, "a US official puts Pyongyang's losses in the \"low hundreds\""), "puts", "a US official",
          "U.S. official", "group", "United States", "indirect")


def test_speakers_a_participle_of_motion_follows_and_a_video_label_before_the_content(extract_text):
    text = ("Ukrainian troops leaving Kursk say North Korean soldiers have learned fast.\n\n"
            "The road runs west. The soldiers pulling back along it say the North Koreans are a big part of why. "
            "Putin ordered the military to defeat the units remaining in the region and said 30 men were captured.\n\n"
            "Watch: North Korean troops are adapting on the Kursk front, Ukrainian soldiers say\n\nMore soon.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "North Korean soldiers have learned fast"), "say", "Ukrainian troops leaving Kursk",
          "Ukrainian troops", "group", "Ukraine", "indirect")
    check(text, row_at(rows, text, "the North Koreans are a big part of why"), "say", "The soldiers pulling back along it",
          "soldiers", "group", "", "indirect")
    assert row_at(rows, text, "30 men were captured")["speaker_canonical"] == "Vladimir Putin"
    check(text, row_at(rows, text, "North Korean troops are adapting on the Kursk front"), "say", "Ukrainian soldiers",
          "Ukrainian soldiers", "group", "Ukraine", "indirect")  # not "Watch: ..."


def test_a_transcript_label_listed_in_capitals_is_the_name_written_as_a_name(extract_text):
    text = ("PARTICIPANTS:\n\nMODERATOR: ANDREW FELDSTEIN\n\nHAE-WON CHOI\nNonresident Fellow, The Brookings Institution\n\n"
            "MR. FELDSTEIN: Hae-won, what have we learned from the prisoners?\n\n"
            "MS. CHOI: Quite a lot. The SBU says one of them was told he was going to a training exercise.\n\n"
            "MR. FELDSTEIN: And Moscow?\n\n"
            "MS. CHOI: President-elect Trump has said he wants the war over quickly.\n")
    rows = extract_text(text, PUBLISHED).attributions
    assert row_at(rows, text, "Quite a lot. The SBU says one of them was told he was going to a training exercise.")[
        "speaker_canonical"] == "Hae-won Choi"
    assert row_at(rows, text, "he wants the war over quickly")["speaker_canonical"] == "Donald Trump"


def test_an_office_named_without_its_state_is_the_page_own_states_holder_on_the_day(tmp_path):
    text = "The Defence Secretary said on Sunday that Britain would spend another £350 million on drones. A government official agreed."
    folder = write_corpus(tmp_path / "corpus", {"page": (text, "2025-03-05")}, extra_columns={"outlet": {"page": "Chatham House"}})
    row = extract(folder).attributions.iloc[0]
    assert (row["speaker_canonical"], row["speaker_type"], row["affiliation"]) == ("John Healey", "person", "United Kingdom")


def test_what_a_monitoring_mission_documented_or_has_so_far_verified_is_its_statement(extract_text):
    text = ("The UN Human Rights Monitoring Mission in Ukraine (HRMMU) has so far verified at least eight of the deaths. "
            "The Mission has documented the execution of at least 19 Ukrainian servicemen.\n\n"
            "• At least 14 civilians have been killed in Sumy Oblast since 1 March, according to the regional authorities.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "The UN Human Rights Monitoring Mission in Ukraine (HRMMU) has so far verified at least eight of the deaths"),
          "verified", "The UN Human Rights Monitoring Mission in Ukraine (HRMMU)", "UN Human Rights Monitoring Mission in Ukraine",
          "organisation", "UN", "indirect")
    check(text, row_at(rows, text, "The Mission has documented the execution of at least 19 Ukrainian servicemen"), "documented",
          "The Mission", "UN Human Rights Monitoring Mission in Ukraine", "organisation", "UN", "indirect")
    check(text, row_at(rows, text, "At least 14 civilians have been killed in Sumy Oblast since 1 March"), "according to",
          "the regional authorities", "Sumy Regional Military Administration", "organisation", "Ukraine", "according_to")


def test_a_statement_its_speaker_restates_under_a_pronoun_is_one_statement(extract_text):
    text = ("The UN human rights office said on Tuesday it had verified that most prisoners had been tortured. "
            "One of the soldiers told interrogators he had believed he was being sent to a training exercise. "
            "Analyst Dmytro Lysenko spoke next. He estimated that North Korea has earned $20 billion since 2023, he said.")
    rows = extract_text(text, PUBLISHED).attributions
    assert row_at(rows, text, "it had verified that most prisoners had been tortured")["cue"] == "said"
    assert row_at(rows, text, "he had believed he was being sent to a training exercise")["cue"] == "told interrogators"
    assert not rows_at(rows, text, "that most prisoners had been tortured").size
    assert not rows_at(rows, text, "he was being sent to a training exercise").size
    assert row_at(rows, text, "that North Korea has earned $20 billion since 2023")["cue"] == "estimated"


def test_a_newspaper_of_the_outlets_list_speaks_as_media_and_the_paper_is_the_one_named_before(extract_text):
    text = ("The Süddeutsche Zeitung warned against it. \"Anyone who believes that has not been paying attention,\" "
            "the Munich-based paper commented. The business daily Handelsblatt did the math. "
            "Germany would have to spend around €225 billion a year, the paper calculated. This paper estimates what Kim has gained.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "Anyone who believes that has not been paying attention,"), "commented", "the Munich-based paper",
          "Süddeutsche Zeitung", "media", "independent", "direct")
    check(text, row_at(rows, text, "Germany would have to spend around €225 billion a year"), "calculated", "the paper",
          "Handelsblatt", "media", "independent", "indirect")
    assert not rows_at(rows, text, "what Kim has gained").size  # the page's own paper


def test_a_paper_no_newspaper_was_named_before_is_the_document_of_the_source_just_credited(tmp_path):
    text = ("An internal assessment by the Foreign Office puts the value at roughly €17 billion. "
            "According to the paper, the deliveries include a million barrels of oil. "
            "Japan's annual defense white paper says military cooperation has deepened.")
    rows = _attributions_from(tmp_path, text, "Die Zeit")
    assert row_at(rows, text, "the deliveries include a million barrels of oil")["speaker_canonical"] == "German Foreign Office"
    assert not rows_at(rows, text, "military cooperation has deepened").size  # a white paper is no newspaper


def test_yet_to_acknowledge_is_a_statement_and_a_subject_after_said_with_its_verb_is_no_inverted_tag(extract_text):
    text = ("North Korea has yet to acknowledge sending troops. Vladimir Putin thanked Kim. "
            "Putin's own statement, published on the Kremlin website the same evening, said Russia would never forget the feat.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "North Korea has yet to acknowledge sending troops"), "acknowledge", "North Korea", "North Korea",
          "government", "North Korea", "indirect")
    check(text, row_at(rows, text, "Russia would never forget the feat"), "said", "Putin's own statement", "Vladimir Putin", "person",
          "Russia", "indirect")
    assert len(rows) == 2


def test_a_pronoun_before_estimates_is_its_subject_not_a_modifier(extract_text):
    text = "Analyst Jane Doe studies the trade. Since 2023, she estimates, North Korea has earned at least $9 billion."
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "North Korea has earned at least $9 billion"), "estimates", "she", "Jane Doe", "person", "independent",
          "indirect")


def test_a_quotation_with_its_original_in_brackets_is_tagged_after_them(extract_text):
    text = "“That’s our business” (“Это наше дело”), Vladimir Putin told journalists in October."
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "That’s our business"), "told journalists", "Vladimir Putin", "Vladimir Putin", "person", "Russia",
          "direct")
    assert len(rows) == 1


def test_humanitarian_and_aid_groups_keep_their_modifier(extract_text):
    text = "Humanitarian partners warned that evacuations are dangerous. Aid workers said 300 people fled."
    rows = extract_text(text, PUBLISHED).attributions
    assert list(rows["speaker_canonical"]) == ["humanitarian partners", "aid workers"]


def test_according_to_a_source_close_to_a_body_who_spoke_to_an_outlet(extract_text):
    text = ("According to a source close to the Kremlin who spoke to the paper, about 14,000 soldiers rotated through the region. "
            "According to two officials who asked not to be named, at least 4,700 were wounded.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "about 14,000 soldiers rotated through the region"), "According to", "a source close to the Kremlin",
          "source close to the Kremlin", "group", "Russia", "according_to")
    check(text, row_at(rows, text, "at least 4,700 were wounded"), "According to", "two officials", "officials", "group", "",
          "according_to")
    assert len(rows) == 2


def test_capitals_speak_as_governments_and_own_is_no_part_of_a_name(extract_text):
    text = ("European capitals warned that the deal was illegal. "
            "South Korea's own defence ministry said that 20,000 containers had been shipped.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that the deal was illegal"), "warned", "European capitals", "European capitals", "government", "EU",
          "indirect")
    check(text, row_at(rows, text, "that 20,000 containers had been shipped"), "said", "South Korea's own defence ministry",
          "South Korean Defense Ministry", "organisation", "South Korea", "indirect")


def test_a_release_quoting_its_minister_paragraph_by_paragraph(extract_text):
    text = ('The Honourable Jane Roe, Minister of Foreign Affairs, today issued the following statement:\n'
            '"On Saturday, Russia praised the soldiers. Ukraine has been warning of this since October. We are angry.\n'
            '"Canada condemns the deployment of 14,000 troops. It is a disgrace. We will act. We will not forget.\n'
            '"Canada stands with Ukraine."\n- 30 -')
    rows = extract_text(text, PUBLISHED).attributions
    for paragraph in ("On Saturday, Russia praised the soldiers. Ukraine has been warning of this since October. We are angry.",
                      "Canada condemns the deployment of 14,000 troops. It is a disgrace. We will act. We will not forget.",
                      "Canada stands with Ukraine."):
        check(text, row_at(rows, text, paragraph), "issued the following statement", "The Honourable Jane Roe", "Jane Roe", "person", "",
              "direct")
    check(text, row_at(rows, text, "Canada condemns the deployment of 14,000 troops"), "condemns", "Canada", "Canada", "government",
          "Canada", "indirect")


def test_the_ministry_after_the_ministry_of_foreign_affairs_is_that_ministry(extract_text):
    text = ("“Silence would be read as permission,” said Ambassador Krzysztof Szczerski. The Ministry of Foreign Affairs condemned the "
            "ceremony. “It is a mockery of the UN Charter,” the Ministry said.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "It is a mockery of the UN Charter,"), "said", "the Ministry", "Ministry of Foreign Affairs",
          "organisation", "", "direct")


def test_a_question_after_so_or_and_is_the_askers_not_a_statement(extract_text):
    text = "Ukraine says 50 soldiers died. So what is Ukraine actually saying happened? And did Seoul say how many died?"
    rows = extract_text(text, PUBLISHED).attributions
    assert list(rows["text"]) == ["50 soldiers died"]


def test_people_named_without_an_office_and_private_groups_speak_for_no_state(extract_text):
    text = ("Park Min-seo, who runs the church's food bank, said 40 families had arrived. Residents said the shelling went on. "
            "A drone operator, call sign Mac, said the assault had failed. The defendant, Private Ri Kwang-chol, told the court "
            "he had been ordered to shoot. Jane Roe, Minister of Foreign Affairs, said Canada would act.")
    rows = extract_text(text, PUBLISHED).attributions
    assert dict(zip(rows["speaker_canonical"], rows["affiliation"])) == {
        "Park Min-seo": "independent", "residents": "independent", "Mac": "", "Ri Kwang-chol": "", "Jane Roe": ""}


def test_a_headline_quoting_words_said_below_is_the_speaker_of_those_words(extract_text):
    text = ("Church prays for captured soldiers\n\n"
            "Defector pastor says the prisoners were \"sent to die in someone else's war\"\n\n"
            "About 150 people came to pray, a day after Ukrainian President Volodymyr Zelensky announced the capture.\n\n"
            "\"Nobody told them where they were going. They were sent to die in someone else's war,\" the Rev. Kim Sung-chul said.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "the prisoners were \"sent to die in someone else's war\""), "says", "Defector pastor", "Kim Sung-chul",
          "person", "independent", "indirect")


def test_she_after_a_person_introduced_with_a_description_is_that_person(extract_text):
    text = ("Councillor Piotr Zielinski argued that the money should come from Warsaw. "
            "Before the vote, councillors heard from Dr Agnieszka Wroblewska, a political scientist at the university. "
            "She told them that North Korea had sent 14,000 soldiers to Russia.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "that North Korea had sent 14,000 soldiers to Russia"), "told them", "She", "Agnieszka Wroblewska",
          "person", "independent", "indirect")


def test_the_north_alone_is_north_korea_and_sources_there_live_there(extract_text):
    text = ("Last month the North acknowledged the deployment. "
            "A Seoul-based group said sources in the North had told it that families had been given apartments.")
    rows = extract_text(text, PUBLISHED).attributions
    check(text, row_at(rows, text, "the North acknowledged the deployment"), "acknowledged", "the North", "North Korea", "government",
          "North Korea", "indirect")
    check(text, row_at(rows, text, "that families had been given apartments"), "told it", "sources in the North", "sources in North Korea",
          "group", "independent", "indirect")


def test_a_heading_in_capitals_credits_nobody_but_initials_still_speak(extract_text):
    text = "EARNINGS CALL HIGHLIGHTS\n\nThe firm booked 4.1 trillion won of orders. AAA expects 119 million Americans to travel."
    rows = extract_text(text, PUBLISHED).attributions
    assert list(rows["speaker"]) == ["AAA"]
