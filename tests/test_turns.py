"""Interviews and transcripts: the labelled turns of a page, who asks, and who answers."""
from __future__ import annotations

from kursk_research.turns import description_span, find_turns, is_courtesy, name_span, speaker_labels

INTERVIEW = (
    "Analyst: North Korea's losses are 'affordable' for Kim\n\n"
    "Mi-rae Choi is a senior fellow at the Harbor Institute in Busan. She spoke to us on Tuesday.\n\n"
    "HARBOR DAILY: How many North Korean soldiers are in Russia?\n\n"
    "CHOI: (Through interpreter) About 11,000, most of them from one corps.\n\n"
    "HARBOR DAILY: Have they taken losses?\n\n"
    "CHOI: Heavy ones. Kyiv says 3,000 have been killed or wounded.\n\n"
    "HARBOR DAILY: Thank you.\n\n"
    "CHOI: Thank you for having me.\n"
)


def texts(text, turns):
    return [(text[t.label_start:t.label_end], text[t.start:t.end], t.name, t.asks) for t in turns]


def test_labels_that_take_turns_make_an_interview_and_the_one_who_asks_is_the_interviewer():
    assert texts(INTERVIEW, find_turns(INTERVIEW)) == [
        ("HARBOR DAILY", "How many North Korean soldiers are in Russia?", "HARBOR DAILY", True),
        ("CHOI", "About 11,000, most of them from one corps.", "CHOI", False),
        ("HARBOR DAILY", "Have they taken losses?", "HARBOR DAILY", True),
        ("CHOI", "Heavy ones. Kyiv says 3,000 have been killed or wounded.", "CHOI", False),
        ("HARBOR DAILY", "Thank you.", "HARBOR DAILY", True),
        ("CHOI", "Thank you for having me.", "CHOI", False),
    ]


def test_a_host_is_the_interviewer_and_a_label_alone_on_its_line_opens_the_next_paragraph():
    text = ("DANIEL REYES, HOST:\n\nSeoul says 300 soldiers have died. Here is the analyst Jae-won Han.\n\n"
            "JAE-WON HAN: The figure is low.\n\nREYES: Why?\n\nHAN: Because Kyiv counts more.\n\nREYES: Thanks.\n\n"
            "HAN: My pleasure.\n")
    turns = find_turns(text)
    assert texts(text, turns)[:3] == [
        ("DANIEL REYES, HOST", "Seoul says 300 soldiers have died. Here is the analyst Jae-won Han.", "DANIEL REYES", True),
        ("JAE-WON HAN", "The figure is low.", "JAE-WON HAN", False),
        ("REYES", "Why?", "DANIEL REYES", True),
    ]
    assert name_span(text, "JAE-WON HAN") == (text.index("Jae-won Han"), text.index("Jae-won Han") + len("Jae-won Han"))


def test_the_outlet_is_the_interviewer_even_when_it_asks_no_question():
    text = ("HARBOR DAILY: Tell us about the front.\n\nKim: It is quiet now.\n\n"
            "HARBOR DAILY: And the losses.\n\nKim: They are heavy.\n")
    assert [t.asks for t in find_turns(text, outlet="The Harbor Daily")] == [True, False, True, False]


def test_a_page_with_labels_that_do_not_take_turns_is_no_interview():
    text = ("Zelensky: 3,000 North Koreans killed\n\nPhoto: Reuters\n\nUpdated: Jan 5\n\n"
            "January: troops arrive.\nFebruary: troops withdraw.\nMarch: troops return.\nApril: more arrive.\n"
            "Budanov: They learn fast.\n\nSeoul said 300 had died.\n")
    assert find_turns(text) == []


def test_a_courtesy_says_nothing_and_an_answer_does():
    assert is_courtesy("Good morning, Julia.")
    assert is_courtesy("Thank you for having me.")
    assert not is_courtesy("Thank you. The losses are heavy, and Kim will send 3,000 more soldiers in spring.")
    assert not is_courtesy("Heavy ones.")


def test_a_label_is_named_in_full_where_the_page_writes_it():
    text = ("Transcript: Retired Lt. Gen. Mark Alder on the war\n\n"
            "Major Oleh Kravets, 34, commands a drone company. RFA spoke with Kang Min-ho, 47, a former captain.\n")
    assert text[slice(*name_span(text, "RET. LT. GEN. MARK ALDER"))] == "Lt. Gen. Mark Alder"
    assert text[slice(*name_span(text, "Kravets"))] == "Major Oleh Kravets"
    assert text[slice(*name_span(text, "Kang"))] == "Kang Min-ho"
    assert name_span(text, "Petrenko") is None


def test_the_description_of_a_speaker_is_found_after_their_name():
    text = "Mi-rae Choi tells us why. Mi-rae Choi, a senior fellow at the Harbor Institute, has tracked it. Jun Oh is a reporter."
    assert text[slice(*description_span(text, "Mi-rae Choi"))] == "a senior fellow at the Harbor Institute"
    assert text[slice(*description_span(text, "Jun Oh"))] == "a reporter"
    assert description_span(text, "Nobody Here") is None


def test_each_answer_is_its_speakers_direct_statement_and_credits_its_figures(extract_text):
    tables = extract_text(INTERVIEW, "2025-01-10")
    rows = tables.attributions
    direct = rows[rows.cue == "CHOI"]
    assert list(direct.text) == ["About 11,000, most of them from one corps.",
                                 "Heavy ones. Kyiv says 3,000 have been killed or wounded."]
    assert set(direct.speaker_canonical) == {"Mi-rae Choi"}
    assert set(direct.speaker_type) == {"person"}
    assert set(direct.affiliation) == {"independent"}
    assert set(direct.kind) == {"direct"}
    first = direct.iloc[0]
    assert INTERVIEW[first.start:first.end] == first.text
    assert INTERVIEW[first.cue_start:first.cue_end] == "CHOI"
    nested = rows[rows.cue == "says"].iloc[0]
    assert (nested.speaker_canonical, nested.text) == ("Ukraine", "3,000 have been killed or wounded")
    assert not (rows.cue == "HARBOR DAILY").any()  # the interviewer's questions are no statements
    figures = tables.figures.set_index("value")
    assert figures.loc[11000.0, "speaker"] == "Mi-rae Choi"
    assert figures.loc[3000.0, "speaker"] == "Ukraine"


def test_an_answer_goes_on_in_the_paragraphs_after_it_and_a_question_label_may_name_its_asker_in_brackets():
    text = ("Press briefing by Minister Anna Kovac\n\n"
            "Minister Anna Kovac: Good afternoon. Let me begin with the situation on our eastern border today.\n\n"
            "We now count about 6,000 North Korean soldiers in the region, most of them in two corps.\n\n"
            "Related\n\n"
            "Question [Ivo Horvat, Daily Courier]: How many have been killed so far, Minister?\n\n"
            "Minister Anna Kovac: We believe several hundred have died since the spring offensive began.\n\n"
            "Question [Mila Ban, Radio West]: And are you sending more aid to Kyiv this year?\n\n"
            "Minister Anna Kovac: Yes. Two more packages are ready.\n\n"
            "Copyright 2025 Ministry of Defence. All rights reserved and reproduction is not allowed.\n")
    assert texts(text, find_turns(text)) == [
        ("Minister Anna Kovac", "Good afternoon. Let me begin with the situation on our eastern border today.", "Minister Anna Kovac", False),
        ("Minister Anna Kovac", "We now count about 6,000 North Korean soldiers in the region, most of them in two corps.",
         "Minister Anna Kovac", False),
        ("Question", "How many have been killed so far, Minister?", "Question", True),
        ("Minister Anna Kovac", "We believe several hundred have died since the spring offensive began.", "Minister Anna Kovac", False),
        ("Question", "And are you sending more aid to Kyiv this year?", "Question", True),
        ("Minister Anna Kovac", "Yes. Two more packages are ready.", "Minister Anna Kovac", False),
        ("Minister Anna Kovac", "Copyright 2025 Ministry of Defence. All rights reserved and reproduction is not allowed.",
         "Minister Anna Kovac", False),
    ]


def test_a_broadcast_transcript_keeps_its_anchors_and_correspondents_as_the_outlet_s_voice():
    text = ("MARA DELGADO, CNN ANCHOR: The Pentagon says 10,000 troops are in Russia.\n\n"
            "ELLIOT HARWOOD, CNN CORRESPONDENT (voice-over): The troops trained in the east.\n\n"
            "SABRINA SINGH, PENTAGON DEPUTY PRESS SECRETARY: We believe 10,000 soldiers were sent.\n\n"
            "HARWOOD (voice-over): Kyiv says they are near Kursk.\n\n"
            "Lee Seong-kweon, South Korean Lawmaker (through interpreter): The agency believes they lack drones.\n\n"
            "Laila Brandt: The NIS briefed lawmakers today.\n\nLaila Brandt: For the NewsHour, I'm Laila Brandt.\n\n"
            "DELGADO: And the generals?\n\nCLARE HOLLOWAY: Three were sent.\n\nCH: Three generals, yes.\n\n"
            "In Kyiv, officials said: the count is rising.\n")
    assert texts(text, find_turns(text)) == [
        ("MARA DELGADO, CNN ANCHOR", "The Pentagon says 10,000 troops are in Russia.", "MARA DELGADO", True),
        ("ELLIOT HARWOOD, CNN CORRESPONDENT (voice-over)", "The troops trained in the east.", "ELLIOT HARWOOD", True),
        ("SABRINA SINGH, PENTAGON DEPUTY PRESS SECRETARY", "We believe 10,000 soldiers were sent.", "SABRINA SINGH", False),
        ("HARWOOD (voice-over)", "Kyiv says they are near Kursk.", "ELLIOT HARWOOD", True),
        ("Lee Seong-kweon, South Korean Lawmaker (through interpreter)", "The agency believes they lack drones.", "Lee Seong-kweon", False),
        ("Laila Brandt", "The NIS briefed lawmakers today.", "Laila Brandt", True),
        ("Laila Brandt", "For the NewsHour, I'm Laila Brandt.", "Laila Brandt", True),
        ("DELGADO", "And the generals?", "MARA DELGADO", True),
        ("CLARE HOLLOWAY", "Three were sent.", "CLARE HOLLOWAY", False),
        ("CH", "Three generals, yes.", "CLARE HOLLOWAY", False),
    ]


def test_a_podcast_s_timestamped_labels_are_turns_and_the_hosts_its_credits_list_are_its_voice():
    text = ("Ukraine Weekly\n\nOwen Carrick, Col Hamish Wynn and Lydia Ferris\nFeaturing Marina Kovalenko\n\n"
            "[00:00:05] Owen: Pyongyang has finally said it. Hamish, what changed?\n\n"
            "[00:00:24] Hamish: The timing. Gerasimov told Putin on Saturday that Kursk was cleared.\n\n"
            "[00:01:38] [ARCHIVED RECORDING] Marina Kovalenko: About 14,000 soldiers went in total.\n\n"
            "[00:02:00] Hamish: And the dead?\n\n[00:02:02] Marina Kovalenko: Around 2,000.\n\n"
            "Owen [00:02:30]: We'll be right back.\n")
    assert texts(text, find_turns(text)) == [
        ("Owen", "Pyongyang has finally said it. Hamish, what changed?", "Owen", True),
        ("Hamish", "The timing. Gerasimov told Putin on Saturday that Kursk was cleared.", "Hamish", True),
        ("Marina Kovalenko", "About 14,000 soldiers went in total.", "Marina Kovalenko", False),
        ("Hamish", "And the dead?", "Hamish", True),
        ("Marina Kovalenko", "Around 2,000.", "Marina Kovalenko", False),
        ("Owen", "We'll be right back.", "Owen", True),
    ]


PRESS_CONFERENCE = (
    "Press Conference by Foreign Minister Kato Hiroshi\n\n"
    "Opening Remarks\n\n"
    "Minister Kato: Good morning. Today the government froze the assets of 14 individuals.\n\n"
    "Q: I am Ono from Kyodo News. How many North Korean soldiers have been killed?\n\n"
    "A: I would like to refrain from commenting on intelligence. Japan strongly condemns the deployment.\n\n"
    "Q: Mori from NHK. Will Japan impose more sanctions?\n\n"
    "A: We will continue to work closely with the G7.\n\n"
    "Tel: +81-3-0000-0000\n"
)


def test_a_press_conference_s_answers_are_the_named_speaker_s():
    assert [(label, name, asks) for label, _, name, asks in texts(PRESS_CONFERENCE, find_turns(PRESS_CONFERENCE))] == [
        ("Minister Kato", "Minister Kato", False),
        ("Q", "Q", True),
        ("A", "Minister Kato", False),
        ("Q", "Q", True),
        ("A", "Minister Kato", False),
    ]


def test_a_sitting_s_chair_is_its_voice_and_members_who_ask_speak_for_themselves():
    text = ("Committee Hansard\n"
            "CHAIR: We'll move to North Asia. Senator Ashby.\n"
            "Senator ASHBY: Ms Lowe, how many North Korean soldiers are in Russia?\n"
            "Ms Lowe: Our assessment is between 11,000 and 12,000.\n"
            "Senator ASHBY: And the casualties?\n"
            "Ms Lowe: Some 4,000 killed or wounded, according to Seoul.\n"
            "CHAIR: Thank you. We'll suspend.\n")
    assert [(label, name, asks) for label, _, name, asks in texts(text, find_turns(text))] == [
        ("CHAIR", "CHAIR", True), ("Senator ASHBY", "Senator ASHBY", False), ("Ms Lowe", "Ms Lowe", False),
        ("Senator ASHBY", "Senator ASHBY", False), ("Ms Lowe", "Ms Lowe", False), ("CHAIR", "CHAIR", True)]


def test_a_minutes_bullet_and_an_office_with_of_open_a_label():
    text = ("Minutes of the National Defense Committee\n"
            "○ Chairperson Park Min-ho: The meeting is called to order.\n"
            "○ Minister of National Defense Oh Jae-sung: Some 15,000 troops were sent to Russia.\n"
            "○ Member Lee Ha-na: Minister, how many have died?\n"
            "○ Minister of National Defense Oh Jae-sung: About 2,000, we believe.\n"
            "○ Chairperson Park Min-ho: Member Lee Ha-na, briefly.\n"
            "○ Member Lee Ha-na: The NIS says more.\n")
    turns = find_turns(text)
    assert sorted({(t.name, t.asks) for t in turns}) == [
        ("Chairperson Park Min-ho", True), ("Member Lee Ha-na", False), ("Minister of National Defense Oh Jae-sung", False)]
    assert text[turns[1].start:turns[1].end] == "Some 15,000 troops were sent to Russia."


def test_speaker_labels_are_found_on_a_page_that_is_no_interview():
    text = ("Remarks by President Biden\nPRESIDENT BIDEN: Well, good afternoon.\nWe meet today.\n"
            "PRESIDENT YOON: (As interpreted.) Thank you.\nPhoto: Reuters\nNext: Remarks on trade")
    assert find_turns(text) == []
    assert speaker_labels(text) == [(27, "PRESIDENT BIDEN"), (81, "PRESIDENT YOON")]  # not "Photo:" or "Next:"


PAPER_QA = (
    "‘North Korea is using Kursk as a school’\n\n"
    "Marta Ruiz, a retired colonel who has tracked the deployment, says the troops adapted fast.\n\n"
    "Marta Ruiz, photographed in Madrid on February 27.\n\n"
    "Question. How many North Korean soldiers are still in Russia?\n\n"
    "Answer. About 11,000 were sent, and some 4,000 have been killed or wounded.\n\n"
    "Question. Were they defeated?\n\n"
    "Answer. Pulled back, not defeated.\n"
)


def test_a_papers_question_and_answer_labels_closed_by_a_full_stop_take_turns():
    assert texts(PAPER_QA, find_turns(PAPER_QA)) == [
        ("Question", "How many North Korean soldiers are still in Russia?", "Question", True),
        ("Answer", "About 11,000 were sent, and some 4,000 have been killed or wounded.", "Answer", False),
        ("Question", "Were they defeated?", "Question", True),
        ("Answer", "Pulled back, not defeated.", "Answer", False),
    ]
    assert find_turns("A. Smith arrived on Monday.\n\nQ. Lee left.\n") == []


def test_a_label_after_an_honorific_takes_a_turn_once_and_is_named_where_the_page_lists_the_speakers():
    text = ("Panelists: Lee Dong-wook, Research Fellow; Natalia Ostrovska, Director, Kyiv Centre for Security Studies\n\n"
            "Dr. Yoon: Welcome back. Dr. Lee, what has changed?\n\n"
            "Dr. Lee: The NIS told lawmakers that roughly 15,000 troops have rotated through Russia.\n\n"
            "Dr. Yoon: Ms. Ostrovska, how does it look from Kyiv?\n\n"
            "Ms. Ostrovska: From Kyiv, we see the North Koreans as the reason Russia could hold on.\n\n"
            "Dr. Yoon: Dr. Lee, a last word?\n\n"
            "Dr. Lee: They will be back.\n")
    turns = find_turns(text)
    assert [(t.name, t.asks) for t in turns if t.name == "Ms. Ostrovska"] == [("Ms. Ostrovska", False)]
    assert text[slice(*name_span(text, "Ms. Ostrovska"))] == "Natalia Ostrovska"
    assert text[slice(*name_span(text, "Dr. Lee"))] == "Lee Dong-wook"
    listed = "PARTICIPANTS:\n\nHAE-WON CHOI\nNonresident Fellow\n\nMS. CHOI: Quite a lot.\n"
    assert text_at(listed, name_span(listed, "MS. CHOI")) == "HAE-WON CHOI"


def text_at(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0]:span[1]] if span else None


RADIO_REPORT = (
    "SALLY McKENZIE: Ukraine says North Korean troops helped Russia retake Kursk. Ben Holloway reports.\n\n"
    "BEN HOLLOWAY: A paratrooper who fought near Sudzha says the North Koreans came in greater numbers.\n\n"
    "ANDRIY (translated): In the winter they came ten men at a time.\n\n"
    "BEN HOLLOWAY: On Tuesday, an opposition lawmaker spoke to reporters.\n\n"
    "CHOI DONG-WOOK (translated): The NIS believes 4,700 soldiers have been killed or wounded.\n\n"
    "PRESIDENT VOLODYMYR ZELENSKYY: (Non-English language spoken).\n\n"
    "BEN HOLLOWAY: This is Ben Holloway in London for AM.\n"
)


def test_a_radio_report_is_its_reporter_between_the_voices_of_its_clips():
    assert texts(RADIO_REPORT, find_turns(RADIO_REPORT)) == [
        ("SALLY McKENZIE", "Ukraine says North Korean troops helped Russia retake Kursk. Ben Holloway reports.", "SALLY McKENZIE", True),
        ("BEN HOLLOWAY", "A paratrooper who fought near Sudzha says the North Koreans came in greater numbers.", "BEN HOLLOWAY", True),
        ("ANDRIY (translated)", "In the winter they came ten men at a time.", "ANDRIY", False),
        ("BEN HOLLOWAY", "On Tuesday, an opposition lawmaker spoke to reporters.", "BEN HOLLOWAY", True),
        ("CHOI DONG-WOOK (translated)", "The NIS believes 4,700 soldiers have been killed or wounded.", "CHOI DONG-WOOK", False),
        ("BEN HOLLOWAY", "This is Ben Holloway in London for AM.", "BEN HOLLOWAY", True),
    ]


def test_remarks_between_leaders_labelled_in_capitals_are_no_interview():
    text = ("PRESIDENT BIDEN: Well, good afternoon, everyone. Welcome.\n\n"
            "PRESIDENT YOON: Thank you, President Biden.\n\n"
            "PRIME MINISTER ISHIBA: Thank you. I am very glad to be here.\n\n"
            "PRESIDENT BIDEN: Thank you both. Let's get to work.\n")
    assert find_turns(text) == []
