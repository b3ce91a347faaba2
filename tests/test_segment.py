"""segment.py: tokens, paragraphs, sentences (body, headline, furniture) and quotations, with exact spans."""
from __future__ import annotations

import pytest

from kursk_research.segment import (
    BODY,
    FURNITURE,
    HEADLINE,
    dateline_date,
    dateline_place,
    find_quotes,
    paragraphs,
    split_sentences,
    tokenize,
)


def sentence_texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


# --- tokenize ---------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["U.S.", "10,000", "Ukraine’s", "1.5", "Yong-hyun", "U.K.", "Ts.Enkhbayar", "Kh.Nyambaatar"])
def test_tokenize_keeps_one_token(word):
    text = f"Officials in {word} spoke."
    tokens = tokenize(text)
    assert word in [t.text for t in tokens]


def test_a_middle_initial_is_one_token_and_a_final_capital_keeps_its_stop():
    assert [t.text for t in tokenize("said Sue J. Bai, head")] == ["said", "Sue", "J.", "Bai", ",", "head"]
    assert [t.text for t in tokenize("the letter J. It")] == ["the", "letter", "J.", "It"]
    assert [t.text for t in tokenize("Plan B.")] == ["Plan", "B", "."]


def test_tokenize_spans_give_back_the_tokens():
    text = "Pyongyang’s 11,000 troops — said the U.S. — reached Kursk on Nov. 13, 2024!"
    tokens = tokenize(text)
    assert tokens, "no tokens"
    for token in tokens:
        assert text[token.start:token.end] == token.text
    assert [t.text for t in tokens][:3] == ["Pyongyang’s", "11,000", "troops"]


def test_tokenize_a_window_keeps_document_offsets():
    text = "Seoul said 1,500 troops arrived."
    start, end = text.index("1,500"), text.index(" arrived")
    tokens = tokenize(text, start, end)
    assert [(t.text, t.start, t.end) for t in tokens] == [
        ("1,500", start, start + 5), ("troops", start + 6, end),
    ]


def test_token_properties():
    token = tokenize("Troops ,")[0]
    assert token.lower == "troops" and token.is_word
    assert not tokenize(",")[0].is_word


# --- paragraphs and sentences -----------------------------------------------------------------

def test_paragraphs_are_trimmed_non_blank_lines():
    text = "  First line here.  \n\n\t Second line.\r\nThird\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["First line here.", "Second line.", "Third"]


def test_sentences_split_on_full_stops_and_keep_abbreviations():
    text = ("The U.S. Defense Department said on Nov. 4 that troops had arrived. Lt. Gen. Kyrylo Budanov "
            "disagreed. Mr. Kim was silent. J. Smith agreed at 3 p.m. on Monday. Was it 4.5 km away? Yes!")
    assert sentence_texts(text) == [
        "The U.S. Defense Department said on Nov. 4 that troops had arrived.",
        "Lt. Gen. Kyrylo Budanov disagreed.",
        "Mr. Kim was silent.",
        "J. Smith agreed at 3 p.m. on Monday.",
        "Was it 4.5 km away?",
        "Yes!",
    ]


def test_a_sentence_ends_after_its_footnote_marks():
    text = "Troops advanced 1.5 km west of Pogrebki.[11] A milblogger claimed more.[12][13] Peskov declined to comment."
    assert sentence_texts(text) == [
        "Troops advanced 1.5 km west of Pogrebki.[11]",
        "A milblogger claimed more.[12][13]",
        "Peskov declined to comment.",
    ]


def test_an_abbreviation_may_end_a_sentence_before_a_usual_opening():
    text = "Pyongyang sent a warning to the U.S. The statement came on Monday."
    assert sentence_texts(text) == ["Pyongyang sent a warning to the U.S.", "The statement came on Monday."]


def test_a_closing_quote_stays_with_its_sentence():
    text = "He said: “They are in Kursk.” The ministry declined to comment."
    assert sentence_texts(text) == ["He said: “They are in Kursk.”", "The ministry declined to comment."]


def test_sentences_stay_within_their_paragraph_and_are_numbered():
    text = "North Korean troops arrive in Kursk\n\nThe first units crossed on Monday. More followed.\nA third line."
    sentences = split_sentences(text)
    assert [(text[s.start:s.end], s.kind, s.paragraph) for s in sentences] == [
        ("North Korean troops arrive in Kursk", HEADLINE, 0),
        ("The first units crossed on Monday.", BODY, 1),
        ("More followed.", BODY, 1),
        ("A third line.", BODY, 2),
    ]
    assert [s.index for s in sentences] == [0, 1, 2, 3]


def test_a_long_line_without_closing_punctuation_is_body_not_headline():
    line = " ".join(["word"] * 40)
    assert [s.kind for s in split_sentences(line)] == [BODY]


@pytest.mark.parametrize("line", ["Most Commented", "Read also:", "ADVERTISEMENT", "Reporting by Josh Smith; Editing by Ed Davies",
                                  "www.example.com/story", "Share this article",
                                  # a page's date line, as outlets print it
                                  "12 January 2025", "Updated 4:12 AM GMT+9, November 13, 2024", "POLITICS 16:05 December 19, 2024",
                                  "February 10, 2025 3:41 PM 3 min read", "Mon 28 Apr 2025 07.55 BST",
                                  # an agency's photo caption
                                  "FILE - In this photo provided by the North Korean government, Kim Jong Un inspects troops, Oct. 2, 2024.",
                                  # page headings, credits of the outlet's reporters, an acknowledgement of country
                                  "Topic: War in Europe", "Edited by: Anna Weiss", "What People Are Saying", "Related Topics",
                                  "Mina Cho reported from Seoul, and Petro Hnatiuk from Kharkiv. Ola Berg contributed reporting.",
                                  "The station acknowledges the Traditional Owners of the lands on which we work.",
                                  # page date lines, bylines and prompts in other outlets' forms
                                  "March 14, 2025 at 5:00 a.m. EDT", "Issued on: 28/04/2025 - 06:47", "By: FRANCE 24",
                                  "3 min Reading time", "$2  $5  $10", "$50  $100  $250  Other", "18.06.2025 - 17:05", "November 7th 2024",
                                  "22 Aug 2025 11:48AM (Updated: 22 Aug 2025 04:05PM)",
                                  "November 13, 2024 5:12 PM GMT+9 Updated 2 hours ago",
                                  "Stay informed with free updates", "Al-Monitor Pro: unlock 10+ years of exclusive analysis",
                                  "Monday January 13 2025, 6.00pm GMT, The Times", "April 28, 14:05",
                                  "A soldier operates a drone near Sudzha in a photo released by the 80th Brigade on February 12.",
                                  "Lydia Moretti is a Senior World News Reporter at Newsweek based in London.",
                                  "October 30, 2024 — 5.12pm", "This was published 1 year ago", "Editor: Yevhen Sydorenko",
                                  "Kishida speaks to reporters about North Korean soldiers on Dec. 19. (Haruka Takemoto)",
                                  "Lawmakers arrive for a briefing at the National Assembly in Seoul on Feb. 20. [NEWS1]",
                                  "Stars and Stripes • March 7, 2025", "April 28, 2025 / 10:41 AM", "Juche114(2025).8.31.",
                                  "2025.08.31", "Jan. 14, 2025 3 AM PT", "Sat, Mar 01, 2025 - Page 5", "Jakarta ● Tue, January 14, 2025",
                                  "Vyacheslav Madiievskyi, Reuters", "SeongJoon Cho | Bloomberg | Getty Images",
                                  "By Thomas Keane-Ortiz Globe Staff,Updated April 29, 2025, 6:15 p.m.",
                                  "Last updated March 3, 2025 8:00 am (EST)", "First published on Fri 12 Sep 2025 08.00 BST",
                                  "Okafor is a reporter based in Kyiv, covering the war since 2022.",
                                  "The week's best stories, delivered every Saturday.", "11:02 PM · Jan 12, 2025",
                                  "Publication date 02 September 2025 | 10:12 ICT", "Posted on: March 3, 2025",
                                  "Mon Apr 28, 2025 11:20 AM  Last update on: Mon Apr 28, 2025 03:42 PM",
                                  "READ: Manila says 12 Filipinos were recruited by Russia's army",
                                  "Join our Telegram channel, with more than 400,000 subscribers.",
                                  "(Adds South Korean military estimate in paragraphs 7-9, Kremlin comment in paragraph 12)",
                                  "Editor’s note: An earlier version of this article said 12,000 troops had died.",
                                  "• 23 Jun. 2025 -", "• Last updated: 23 Jun. 2025 18:05", "Date: 16 January 2025",
                                  "March 14, 2025 – Charlevoix, Quebec – Global Affairs Canada"])
def test_page_furniture_lines(line):
    text = f"Seoul confirmed the deployment.\n{line}\nThe ministry said more troops could follow."
    kinds = [(text[s.start:s.end], s.kind) for s in split_sentences(text)]
    assert (line, FURNITURE) in kinds
    assert ("Seoul confirmed the deployment.", BODY) in kinds
    assert ("The ministry said more troops could follow.", BODY) in kinds


@pytest.mark.parametrize("line", ["On November 13, 2024, the troops moved.", "Zelensky said on 12 January 2025"])
def test_a_sentence_that_names_a_date_is_no_date_line(line):
    assert [s.kind for s in split_sentences(line)] != [FURNITURE]


def test_a_list_of_links_is_furniture_until_the_body_resumes():
    text = ("Kyiv says North Korean losses are mounting.\nRead more:\n- Zelensky visits Washington\n"
            "- Russia strikes Kharkiv power grid\nThe fighting continued through the night, officials said.")
    assert [(text[s.start:s.end], s.kind) for s in split_sentences(text)] == [
        ("Kyiv says North Korean losses are mounting.", BODY),
        ("Read more:", FURNITURE),
        ("- Zelensky visits Washington", FURNITURE),
        ("- Russia strikes Kharkiv power grid", FURNITURE),
        ("The fighting continued through the night, officials said.", BODY),
    ]


def test_a_live_pages_entry_between_two_times_is_no_link_between_furniture():
    text = ("Live updates\n\nBy BNO Newsroom\n\nThis page is updated as alerts come in.\n\n11:54 PM\n"
            "BREAKING: North Korea confirms for the first time that it sent troops to fight for Russia\n\n11:59 PM\n"
            "KCNA says the troops were deployed on orders.\n")
    kinds = {text[s.start:s.end]: s.kind for s in split_sentences(text)}
    assert kinds["11:54 PM"] == FURNITURE
    assert kinds["BREAKING: North Korea confirms for the first time that it sent troops to fight for Russia"] != FURNITURE


def test_a_papers_other_topics_of_interest_are_furniture():
    text = ("The views are the author's.\n\nOther Topics of Interest\nNorth Korea Confirms Troops in Kursk for First Time\n"
            "ISW: Russia Claims Kursk, Ukraine Denies\n")
    assert [s.kind for s in split_sentences(text)][1:] == [FURNITURE, FURNITURE, FURNITURE]


def test_a_newsletter_s_top_stories_and_its_sponsor_and_sign_off_are_furniture():
    text = ("Hi, it's Sasha from the desk.\n\nToday's top stories:\n• Kim promises a memorial for soldiers killed in Kursk\n"
            "• Lavrov: no Putin meeting on the agenda\n\nState media reported on Saturday that Kim had met the families.\n\n"
            "A message from Nordgas: since 2015 we have kept Europe warm.\n\nThanks for reading, and see you next week.")
    assert [(text[s.start:s.end], s.kind) for s in split_sentences(text)][1:] == [
        ("Today's top stories:", FURNITURE),
        ("• Kim promises a memorial for soldiers killed in Kursk", FURNITURE),
        ("• Lavrov: no Putin meeting on the agenda", FURNITURE),
        ("State media reported on Saturday that Kim had met the families.", BODY),
        ("A message from Nordgas: since 2015 we have kept Europe warm.", FURNITURE),
        ("Thanks for reading, and see you next week.", FURNITURE),
    ]


def test_linked_headlines_with_a_source_tag_after_a_related_heading_are_furniture():
    text = ("Troops moved north.\n\nRelated coverage:\n\nJapan slams arms cooperation in joint statement\n\n"
            "Over 10,000 N. Korean troops in Russia, 8,000 near Ukraine: U.S.\n\nIn Other News\n"
            "Poland signs $6.5 billion deal for 96 more K9 howitzers, officials say\n\nThey arrived by train.")
    assert [(text[s.start:s.end], s.kind) for s in split_sentences(text)] == [
        ("Troops moved north.", BODY),
        ("Related coverage:", FURNITURE),
        ("Japan slams arms cooperation in joint statement", FURNITURE),
        ("Over 10,000 N. Korean troops in Russia, 8,000 near Ukraine: U.S.", FURNITURE),
        ("In Other News", FURNITURE),
        ("Poland signs $6.5 billion deal for 96 more K9 howitzers, officials say", FURNITURE),
        ("They arrived by train.", BODY),
    ]


def test_a_latest_headlines_list_is_furniture_but_a_menu_opens_no_list():
    text = ("Home | World\nLatest Headlines | World News | Russia-Ukraine War\n"
            "Kim Jong Un weeps over portraits of soldiers killed in Kursk\nBy Tom Ashcroft\nTroops moved north.\n"
            "Latest Headlines\nZelensky says Russia launched 100 drones overnight\n"
            "Japan, Philippines agree to expand intelligence sharing\nKim pledges more troops to Russia, officials say")
    assert [(text[s.start:s.end], s.kind) for s in split_sentences(text)] == [
        ("Home | World", FURNITURE),
        ("Latest Headlines | World News | Russia-Ukraine War", FURNITURE),
        ("Kim Jong Un weeps over portraits of soldiers killed in Kursk", HEADLINE),
        ("By Tom Ashcroft", FURNITURE),
        ("Troops moved north.", BODY),
        ("Latest Headlines", FURNITURE),
        ("Zelensky says Russia launched 100 drones overnight", FURNITURE),
        ("Japan, Philippines agree to expand intelligence sharing", FURNITURE),
        ("Kim pledges more troops to Russia, officials say", FURNITURE),
    ]


def test_a_video_box_a_gallery_prompt_and_a_shouted_link_are_furniture():
    text = ("Kyiv says troops are massing.\nclose\nvideo\nZelenskyy warns North Korean troops could be 'first of many'\n"
            "Our correspondent reports on the 1,000th day of the war in Ukraine on 'Special Report.'\n"
            "Ukraine fired six missiles on Tuesday, officials said.\nOpen this photo in gallery:\n"
            "NORTH KOREA'S KIM VOWS 'INVINCIBLE' ARMY AS 11,000 TROOPS HEAD TO RUSSIA\nWASHINGTON / SEOUL —\nThe depot burned.")
    assert [(text[s.start:s.end], s.kind) for s in split_sentences(text)] == [
        ("Kyiv says troops are massing.", BODY),
        ("close", FURNITURE),
        ("video", FURNITURE),
        ("Zelenskyy warns North Korean troops could be 'first of many'", FURNITURE),
        ("Our correspondent reports on the 1,000th day of the war in Ukraine on 'Special Report.'", FURNITURE),
        ("Ukraine fired six missiles on Tuesday, officials said.", BODY),
        ("Open this photo in gallery:", FURNITURE),
        ("NORTH KOREA'S KIM VOWS 'INVINCIBLE' ARMY AS 11,000 TROOPS HEAD TO RUSSIA", FURNITURE),
        ("WASHINGTON / SEOUL —", FURNITURE),
        ("The depot burned.", BODY),
    ]


def test_a_related_content_list_and_a_next_story_link_are_furniture():
    text = ("Troops moved north.\n\nNEXT STORY: Army wants 1,000 more interceptors by 2026\n\n"
            "Explore our related content\nNorth Korean Troops in Kursk: Six Early Lessons\nEurope's Shell Shortfall\n\n© RUSI 2025")
    assert [(text[s.start:s.end], s.kind) for s in split_sentences(text)] == [
        ("Troops moved north.", BODY),
        ("NEXT STORY: Army wants 1,000 more interceptors by 2026", FURNITURE),
        ("Explore our related content", FURNITURE),
        ("North Korean Troops in Kursk: Six Early Lessons", FURNITURE),
        ("Europe's Shell Shortfall", FURNITURE),
        ("© RUSI 2025", FURNITURE),
    ]


def test_a_read_also_line_with_its_link_is_furniture():
    text = "Troops moved north.\nRead also: North Korea sends 10,000 more troops to Russia\nThey arrived by train."
    kinds = [(text[s.start:s.end], s.kind) for s in split_sentences(text)]
    assert kinds[1] == ("Read also: North Korea sends 10,000 more troops to Russia", FURNITURE)


def test_an_outlet_s_date_line_after_a_slash_and_captions_ending_in_their_credit_are_furniture():
    text = ("Philippine Daily Inquirer / 05:36 PM December 23, 2024\n\n"
            "Zelensky speaks during a press conference in Brussels on December 19, 2024. AFP FILE PHOTO\n\n"
            "A North Korean soldier captured by Ukrainian forces, January 12, 2025. — Reuters pic\n\n"
            "Around 300 North Korean soldiers have been killed, the NIS said.")
    assert [s.kind for s in split_sentences(text)] == [FURNITURE, FURNITURE, FURNITURE, BODY]


def test_a_page_s_font_controls_a_broadcast_s_credits_and_an_arrowed_related_list_are_furniture():
    text = ("Font Size: A A A\n\nThe launch flew 1,100 kilometers.\n\nVideo editing: Park Jun-ho / Graphics: Lee Ha-eun\n\n▶ Related\n"
            "- NIS: \"1,500 North Korean special forces already in Russia\" (2024.10.18)\n")
    assert [(text[s.start:s.end], s.kind) for s in split_sentences(text)] == [
        ("Font Size: A A A", FURNITURE),
        ("The launch flew 1,100 kilometers.", BODY),
        ("Video editing: Park Jun-ho / Graphics: Lee Ha-eun", FURNITURE),
        ("▶ Related", FURNITURE),
        ('- NIS: "1,500 North Korean special forces already in Russia" (2024.10.18)', FURNITURE),
    ]


def test_a_related_heading_with_an_ellipsis_and_a_support_prompt_are_furniture():
    text = ("Troops moved north.\nRelated...\nZelenskyy Says 2 Captured Soldiers Could Be Swapped\n"
            "Support Free Journalism\nConsider supporting our newsroom starting at $2 to help us provide free, quality journalism.")
    assert [(text[s.start:s.end], s.kind) for s in split_sentences(text)] == [
        ("Troops moved north.", BODY),
        ("Related...", FURNITURE),
        ("Zelenskyy Says 2 Captured Soldiers Could Be Swapped", FURNITURE),
        ("Support Free Journalism", FURNITURE),
        ("Consider supporting our newsroom starting at $2 to help us provide free, quality journalism.", FURNITURE),
    ]


@pytest.mark.parametrize("heading", ["The Reference Shelf", "In the News"])
def test_a_reference_shelf_or_in_the_news_and_their_links_are_furniture(heading):
    text = (f"Kim may send 6,000 more.\n\n{heading}\nTreaty text, published by KCNA in June\n"
            "Seoul: Pyongyang Has Sent 10,000 Troops to Russia")
    assert [s.kind for s in split_sentences(text)] == [BODY, FURNITURE, FURNITURE, FURNITURE]


def test_a_live_page_s_key_events_block_is_furniture_to_its_closing_line():
    text = ("Key events\n2h ago\nSeoul says Pyongyang preparing second rotation\n5h ago\nKyiv: 40 North Koreans killed\n"
            "Show key events only\n\nSeoul says Pyongyang preparing second rotation\n\n"
            "North Korea will rotate fresh units next month, Seoul said.")
    assert [(text[s.start:s.end], s.kind) for s in split_sentences(text)][5:] == [
        ("Show key events only", FURNITURE),
        ("Seoul says Pyongyang preparing second rotation", HEADLINE),
        ("North Korea will rotate fresh units next month, Seoul said.", BODY),
    ]
    assert {s.kind for s in split_sentences(text)[:5]} == {FURNITURE}
    assert split_sentences("Key events\nSeoul says Pyongyang preparing second rotation")[1].kind == HEADLINE  # no closing line


def test_a_notes_heading_and_its_numbered_citations_are_furniture():
    text = ("Losses may reach 6,000 by the summer.\n\nNotes\n"
            '[1] "Spy agency says 2,000 troops killed," Example Wire, September 4, 2025.\n'
            "[2] Author's calculation from briefings of November 13, 2024, and April 30, 2025.\n\n"
            "Sources say 300 more arrived.")
    assert [s.kind for s in split_sentences(text)] == [BODY, FURNITURE, FURNITURE, FURNITURE, BODY]


@pytest.mark.parametrize("dateline, date, place", [
    ("SEOUL, Nov 13 (Reuters) -", "Nov 13", "Seoul"),
    ("KYIV, Ukraine, 4 December (AP) —", "4 December", "Kyiv"),
    ("WASHINGTON (AP) —", None, "Washington"),
    ("MOSCOW, April 28. /TASS/.", "April 28", "Moscow"),
    ("KYIV. Jan 13 (Interfax-Ukraine) –", "Jan 13", "Kyiv"),
    ("Pyongyang, August 31 (KCNA) --", "August 31", "Pyongyang"),
    ("SEOUL/KYIV, Dec 19 (Reuters) -", "Dec 19", "Seoul/Kyiv"),
    ("April 28 (UPI) --", None, None),
    ("Beijing. September 3. INTERFAX -", None, "Beijing"),
    ("Seoul (Keystone-SDA/AFP) -", None, "Seoul"),
    ("Kyiv (AFP) -", None, "Kyiv"),
    ("Moscow, Jun 19 (Prensa Latina)", "Jun 19", "Moscow"),
])
def test_a_dateline_is_a_furniture_sentence_of_its_own(dateline, date, place):
    text = f"{dateline} North Korean troops have joined the fighting, officials said."
    sentences = split_sentences(text)
    assert [(text[s.start:s.end], s.kind) for s in sentences] == [
        (dateline, FURNITURE),
        ("North Korean troops have joined the fighting, officials said.", BODY),
    ]
    assert dateline_date(text, sentences[0]) == date
    assert dateline_date(text, sentences[1]) is None
    assert dateline_place(text, sentences[0]) == place  # "Kyiv" where the place is a state's capital
    assert dateline_place(text, sentences[1]) is None


def test_a_page_made_of_captions_reads_them_as_its_story():
    captions = [f"Soldiers of the 47th Brigade fire a howitzer near Sumy, Ukraine, Monday, Dec. {day}, 2024. "
                f"HUR said {day * 10} North Korean soldiers had been killed. (AP Photo/Oleh Marchenko)" for day in (14, 15, 16)]
    gallery = "GALLERY\n" + "\n".join(f"{number} / 3\n{caption}\nImage ID: 243515 | 4500 x 3000 px"
                                       for number, caption in enumerate(captions, start=1))
    kinds = {gallery[s.start:s.end]: s.kind for s in split_sentences(gallery)}
    assert kinds["HUR said 140 North Korean soldiers had been killed."] == BODY
    assert kinds["Image ID: 243515 | 4500 x 3000 px"] == FURNITURE
    story = "Seoul said 300 soldiers had died in fighting near Sudzha over the past two weeks, its spy agency said. " * 8
    article = gallery.replace("GALLERY", story)
    assert {article[s.start:s.end]: s.kind for s in split_sentences(article)}[captions[0]] == FURNITURE  # an article's captions stay out


def test_readers_comments_and_linked_videos_are_furniture():
    text = ("The ministry said more troops could follow.\n1,236 Comments\n@seoul_watcher_88  2 days ago\n"
            "Sending 15,000 kids to die for someone else's war.\n412\nUp next\n"
            "Why is North Korea helping Russia? | DW Analysis\nDW News  •  640K views  •  6 weeks ago\n")
    kinds = [(text[s.start:s.end], s.kind) for s in split_sentences(text)]
    assert ("@seoul_watcher_88  2 days ago", FURNITURE) in kinds
    assert ("Sending 15,000 kids to die for someone else's war.", FURNITURE) in kinds
    assert ("DW News  •  640K views  •  6 weeks ago", FURNITURE) in kinds
    assert kinds[0] == ("The ministry said more troops could follow.", BODY)


def test_a_dated_entry_after_a_dash_is_no_date_line():
    text = "Timeline\nJune 19, 2024 – Putin and Kim sign a treaty\nDate of the meeting: 16 January 2025"
    assert [s.kind for s in split_sentences(text)] == [HEADLINE, HEADLINE, HEADLINE]


def test_a_date_and_brackets_without_an_agency_or_dash_are_no_dateline():
    assert [s.kind for s in split_sentences("Zelensky, May 3 (his birthday) Kyiv fought on.")] == [BODY]


def test_every_sentence_span_is_exact_and_stripped():
    text = "  Headline here\r\n\r\n  Body one.   Body two?  \n\tThird para “quoted.”  \n"
    for sentence in split_sentences(text):
        piece = text[sentence.start:sentence.end]
        assert piece == piece.strip() and piece
        assert "\n" not in piece


def test_empty_and_blank_texts_have_no_sentences():
    assert split_sentences("") == []
    assert split_sentences(" \n\t\n ") == []


# --- quotations -------------------------------------------------------------------------------

def test_straight_and_curly_quotes():
    text = '"We are ready," Budanov said. “They will fight,” he added. «Nyet», Peskov said.'
    quotes = find_quotes(text)
    assert [text[q.inner_start:q.inner_end] for q in quotes] == ["We are ready,", "They will fight,", "Nyet"]
    assert [text[q.start:q.end] for q in quotes] == ['"We are ready,"', "“They will fight,”", "«Nyet»"]
    assert all(q.closed for q in quotes)


def test_single_curly_quotes_are_not_confused_with_apostrophes():
    text = "Ukraine’s army called them ‘cannon fodder’ in Russia’s war."
    quotes = find_quotes(text)
    assert [text[q.inner_start:q.inner_end] for q in quotes] == ["cannon fodder"]


def test_an_apostrophe_alone_opens_no_quotation():
    assert find_quotes("Pyongyang’s troops and Seoul’s spies.") == []


def test_a_quote_left_open_ends_with_its_paragraph():
    text = "“The troops are poorly trained, and they know it.\n“They are dying in droves,” the officer said."
    quotes = find_quotes(text)
    first, second = quotes
    assert not first.closed
    assert text[first.inner_start:first.inner_end] == "The troops are poorly trained, and they know it."
    assert second.closed
    assert text[second.inner_start:second.inner_end] == "They are dying in droves,"


def test_quotes_do_not_run_across_paragraphs():
    text = 'He said "yes\nand then" no.\n“Fine,” she said.'
    quotes = find_quotes(text)
    assert quotes
    for quote in quotes:
        assert "\n" not in text[quote.start:quote.end]
    assert (text[quotes[0].inner_start:quotes[0].inner_end], quotes[0].closed) == ("yes", False)


def test_a_caption_above_its_credit_and_a_link_between_furniture_are_furniture():
    text = ("Ukraine says it has captured two soldiers\n"
            "Zelensky posted photos of the two men on Telegram\nVolodymyr Zelensky/Telegram\n"
            "Ukraine's president says his forces captured two soldiers.\n"
            "Become a member\nUkraine war latest: Russia launches 150 drones overnight\nSign up for our newsletter\n"
            "Troops held the line\nThe fighting went on.")
    kinds = {text[s.start:s.end]: s.kind for s in split_sentences(text)}
    assert kinds["Ukraine says it has captured two soldiers"] == HEADLINE  # the title stays
    assert kinds["Zelensky posted photos of the two men on Telegram"] == FURNITURE
    assert kinds["Ukraine war latest: Russia launches 150 drones overnight"] == FURNITURE
    assert kinds["Troops held the line"] == HEADLINE  # a subhead between body lines stays


@pytest.mark.parametrize("credit", ["Vyacheslav Madiievskyi, Reuters", "KCNA/Kyodo", "SeongJoon Cho | Bloomberg | Getty Images"])
def test_a_sentence_above_a_photo_credit_is_a_caption(credit):
    caption = "Ukrainian servicemen fire a rocket launcher toward Russian positions, Nov. 22, 2024."
    text = f"Seoul confirmed the deployment.\n{caption}\n{credit}\nThe ministry said more troops could follow."
    kinds = {text[s.start:s.end]: s.kind for s in split_sentences(text)}
    assert kinds[caption] == FURNITURE
    assert kinds["The ministry said more troops could follow."] == BODY


@pytest.mark.parametrize("sign_off", ["ABC/wires", "mrp/ics", "With reporting by RFE/RL's Russian Service and Current Time"])
def test_a_paragraph_above_a_sign_off_stays_in_the_story(sign_off):
    paragraph = "North Korea has never acknowledged the deployment. Its Foreign Ministry called the reports rumors."
    text = f"Seoul confirmed the deployment.\n{paragraph}\n{sign_off}"
    kinds = [(text[s.start:s.end], s.kind) for s in split_sentences(text)]
    assert ("North Korea has never acknowledged the deployment.", BODY) in kinds


@pytest.mark.parametrize("caption", [
    "Lawmakers arrive for a closed-door briefing in Seoul, November 13, 2024. REUTERS/Kim Soo-hyun Purchase Licensing Rights, opens new tab",
    "A Ukrainian soldier near the border in November 2024. | Image: Ukrainian Ground Forces (file photo)",
    "A captured soldier in a photo released on Jan. 11, 2025. (Volodymyr Zelenskyy via X)",
    "This photo shows Kim Jong Un at a meeting in Pyongyang. (KCNA-Yonhap)",
    "A photo released by the security service shows a captured man in hospital. (Supplied: SBU)",
    "Ukrainian soldiers fire a howitzer in the Kursk region on March 3. (Oleksii Lutsenko/For The Washington Post)",
    "This picture taken on April 27, 2025 shows soldiers at a ceremony. © KCNA via KNS / AFP",
    "Kim Jong Un attends a ceremony in Pyongyang on Aug. 21, 2025. Photo: KCNA via AP",
    "Soldiers at a ceremony, in an image released by KCNA on April 28, 2025. KCNA VIA KNS / AFP",
    "Kim Jong Un speaks in Pyongyang, in this photo released on April 28, 2025 by the Korean Central News Agency. KCNA via Reuters",
    "Kim Jong Un at a ceremony in Pyongyang, in a photo released by KCNA on Aug 22. PHOTO: AFP",
    "One of the captured soldiers, who said he was 20, lies in a hospital bed in a video. Credit: SBU",
])
def test_a_caption_ending_with_its_credit_is_furniture(caption):
    text = f"Seoul confirmed the deployment.\n{caption}\nThe ministry said more troops could follow (KCNA)."
    kinds = [(text[s.start:s.end], s.kind) for s in split_sentences(text)]
    assert [kind for _, kind in kinds if _ == caption or caption.startswith(_)][:1] == [FURNITURE]
    assert ("The ministry said more troops could follow (KCNA).", BODY) in kinds


def test_a_numbered_list_of_story_titles_is_furniture():
    text = ("The ministry said more troops could follow.\nMost read\n"
            "1. [Exclusive] 3 N. Korean soldiers held in Ukraine seek to defect to South:\n"
            "2. Seoul stocks open higher on tariff relief hopes\n3. Kursk battle 'over', Putin tells Gerasimov\n")
    kinds = [s.kind for s in split_sentences(text)]
    assert kinds[0] == BODY and set(kinds[2:]) == {FURNITURE}


def test_a_list_of_stories_numbered_without_a_full_stop_is_furniture():
    text = ("The ministry said more troops could follow.\nTop 10 Stories\n"
            "1 North Korea fires 2 cruise missiles into Yellow Sea, JCS says\n2 Won falls to 1,440 per dollar\n"
            "3 Seoul to add 2,000 medical school seats by 2027\n")
    assert [s.kind for s in split_sentences(text)] == [BODY] + [FURNITURE] * 4
    contents = "Contents\n1 Background\n2 Deployment\n3 Casualties and prisoners\nIn October 2024, North Korea began deploying soldiers."
    assert [s.kind for s in split_sentences(contents)] == [HEADLINE, FURNITURE, FURNITURE, FURNITURE, BODY]


def test_msn_s_more_for_you_list_is_furniture():
    text = ("The ministry said more troops could follow.\nMore for You\n"
            "Putin’s losses top 750,000 as Russia pays record bonuses to recruits\n"
            "Ukraine war map: Russia gains 2,000 sq km in November\n")
    assert [s.kind for s in split_sentences(text)] == [BODY, FURNITURE, FURNITURE, FURNITURE]


def test_a_linked_story_s_summary_and_date_are_furniture():
    text = ("The ministry said more troops could follow.\n"
            "Explore more\n"
            "North Korea admits sending troops for the first time\n"
            "North Korea confirmed on Monday that it had sent troops to Russia. Kim praised them.\n"
            "Conflicts04/28/2025April 28, 2025\n"
            "Skip next section Top Stories")
    kinds = [(text[s.start:s.end], s.kind) for s in split_sentences(text)]
    assert ("The ministry said more troops could follow.", BODY) in kinds
    assert all(kind == FURNITURE for line, kind in kinds if not line.startswith("The ministry"))


def test_a_list_of_the_most_popular_stories_is_furniture():
    text = ("The ministry said more troops could follow.\n"
            "Most Popular\n"
            "1  Senate passes $895 billion defense bill\n"
            "2  Pentagon: 3 North Korean generals among officers sent to Russia\n"
            "Read Next\n"
            "Japan, South Korea vow closer intelligence sharing after 2 North Korean POWs captured")
    kinds = [(text[s.start:s.end], s.kind) for s in split_sentences(text)]
    assert ("The ministry said more troops could follow.", BODY) in kinds
    assert all(kind == FURNITURE for line, kind in kinds if not line.startswith("The ministry"))


def test_a_sentence_about_a_photo_that_reports_is_no_caption():
    line = ("The soldiers appeared in a photo released by the SBU, which said they were captured on Saturday after a "
            "battle that lasted for hours.")
    text = f"Seoul confirmed the deployment.\n{line}\nThe ministry said more troops could follow."
    assert [s.kind for s in split_sentences(text)] == [BODY, BODY, BODY]


def test_a_timeline_s_date_headings_and_one_line_entries_are_its_text():
    text = ("Timeline of the deployment\n"
            "January 15, 2025 | Kyiv, Ukraine; and Seoul, South Korea\n"
            "Here are the key events:\n"
            "June 19, 2024\n"
            "Putin and Kim sign a treaty in Pyongyang.\n"
            "October 18\n"
            "Seoul says 1,500 special forces have left for Russia.\n"
            "Nov. 4 | First clashes with Ukrainian forces reported in Kursk\n"
            "Dec. 23 | Seoul's JCS says about 1,100 soldiers were killed or wounded\n"
            "The war goes on.\n"
            "Related Articles\n"
            "December 17, 2024 | Secretary Blinken's Call with Foreign Minister Sybiha\n"
            "December 16, 2024 | Sanctioning Additional Networks Supporting the DPRK\n")
    kinds = {text[s.start:s.end]: s.kind for s in split_sentences(text)}
    assert [line for line, kind in kinds.items() if kind == FURNITURE] == [
        "January 15, 2025 | Kyiv, Ukraine; and Seoul, South Korea", "Related Articles",
        "December 17, 2024 | Secretary Blinken's Call with Foreign Minister Sybiha",
        "December 16, 2024 | Sanctioning Additional Networks Supporting the DPRK"]


@pytest.mark.parametrize("line", [
    "Kyiv, March 10, 2025 (AFP) -",
    "This story has been corrected to show that the soldiers were captured on Jan. 9, not Jan. 11.",
    "This article has been updated to include comments from the foreign minister.",
    "2025-04-29 17:32",
])
def test_a_dated_dateline_a_correction_note_and_an_iso_timestamp_are_furniture(line):
    text = f"Troops withdrawn, Ukraine says\n\n{line}\n\nThe ministry said more troops could follow."
    kinds = [(text[s.start:s.end], s.kind) for s in split_sentences(text)]
    assert [kind for sentence, kind in kinds if line.startswith(sentence)][:1] == [FURNITURE]
    assert ("The ministry said more troops could follow.", BODY) in kinds
