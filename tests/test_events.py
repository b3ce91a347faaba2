"""events.py: temporal expressions, their spans and the dates they resolve to against the anchor
(ANNOTATION.md, Events), and the anchor of an undated document."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import iso, row_at, spanned

from kursk_research.events import extract_events, infer_anchor
from kursk_research.segment import split_sentences

# 2024-11-06 is a Wednesday; 2024-11-04 a Monday; 2024-11-10 a Sunday.
WEDNESDAY = "2024-11-06"


def check(row, date_start, date_end, granularity, relative):
    assert iso(row["date_start"]) == date_start
    assert iso(row["date_end"]) == date_end
    assert row["granularity"] == granularity
    assert bool(row["relative"]) is relative


# (sentence, anchor, span, date_start, date_end, granularity, relative)
CASES = [
    # days
    ("North Korean troops first clashed with Ukrainian forces on 13 November.", "2024-11-20",
     "on 13 November", "2024-11-13", "2024-11-13", "day", True),
    ("The first units crossed into Kursk on Nov. 4, according to Kyiv.", WEDNESDAY,
     "on Nov. 4", "2024-11-04", "2024-11-04", "day", True),
    ("North Korean units entered combat on Nov. 13 near Sudzha.", "2024-11-20",
     "on Nov. 13", "2024-11-13", "2024-11-13", "day", True),
    ("Heavy clashes took place on December 14 and 15 near the border.", "2024-12-16",
     "on December 14 and 15", "2024-12-14", "2024-12-15", "day", True),
    ("Ukraine's gamble failed this winter.", "2025-03-13", "this winter", "2024-12-01", "2025-02-28", "season", True),
    ("The Daily Mirror looks ahead to the local elections on Thursday.", "2025-04-29", "on Thursday", "2025-05-01", "2025-05-01", "day", True),
    ("The troops will suffer this winter.", "2024-11-22", "this winter", "2024-12-01", "2025-02-28", "season", True),
    ("Turkey hosted talks in Istanbul in May, June and July.", "2025-08-22",
     "in May, June and July", "2025-05-01", "2025-07-31", "month", True),
    ("The sides met in March, April, and May 2024.", "2025-08-22",
     "in March, April, and May 2024", "2024-03-01", "2024-05-31", "month", False),
    ("Pyongyang and Moscow ratified the treaty on 4 December 2024.", "2025-01-10",
     "on 4 December 2024", "2024-12-04", "2024-12-04", "day", False),
    ("Troops reached the front on Wednesday, Nov. 13, officials in Seoul believe.", "2024-11-15",
     "on Wednesday, Nov. 13", "2024-11-13", "2024-11-13", "day", True),
    # weekdays: the latest such day on or before the anchor
    ("Russian shelling hit Sumy on Tuesday.", WEDNESDAY, "on Tuesday", "2024-11-05", "2024-11-05", "day", True),
    ("Ukraine's army struck a North Korean unit on Friday.", WEDNESDAY, "on Friday", "2024-11-01", "2024-11-01", "day", True),
    ("The Joint Chiefs of Staff said Thursday that more troops had arrived.", "2024-11-08",
     "Thursday", "2024-11-07", "2024-11-07", "day", True),
    ("Ukrainian troops repelled an assault on Monday.", "2024-11-04", "on Monday", "2024-11-04", "2024-11-04", "day", True),
    ("The governor told parliament on Thursday last week that drills had begun.", WEDNESDAY,
     "on Thursday last week", "2024-10-31", "2024-10-31", "day", True),
    ("The envoy will meet Kim on Monday next week.", WEDNESDAY, "on Monday next week", "2024-11-11", "2024-11-11", "day", True),
    ("The president wrapped up his first trip since taking office on Monday.", WEDNESDAY,
     "on Monday", "2024-11-04", "2024-11-04", "day", True),
    ("The ministers will coordinate ahead of the summit in June.", WEDNESDAY, "in June", "2025-06-01", "2025-06-30", "month", True),
    # "by": ahead when the clause expects it, behind when it counts what has happened
    ("Seoul says 12,000 have gone, with another 2,000 expected by December.", WEDNESDAY,
     "by December", "2024-12-01", "2024-12-31", "month", True),
    ("Kyiv has put the toll at 6,000 killed and wounded by March.", "2025-04-29", "by March", "2025-03-01", "2025-03-31", "month", True),
    ("Moscow wants 15,000 troops there by the end of the year.", WEDNESDAY, "by the end of the year", "2024-12-31", "2024-12-31", "day", True),
    ("Recruits must report by the end of the month.", WEDNESDAY, "by the end of the month", "2024-11-30", "2024-11-30", "day", True),
    ("Yesterday, North Korean artillery crews arrived in Bryansk.", WEDNESDAY, "Yesterday", "2024-11-05", "2024-11-05", "day", True),
    # a month or day of the year before or after the anchor's
    ("Seoul says the North has sent 20,000 containers since August last year.", "2024-12-19",
     "since August last year", "2023-08-01", "2024-12-19", "open", True),
    ("The treaty was signed on 19 June last year.", "2025-04-28", "on 19 June last year", "2024-06-19", "2024-06-19", "day", True),
    ("More troops may arrive in March next year.", "2024-12-19", "in March next year", "2025-03-01", "2025-03-31", "month", True),
    # weeks: calendar weeks, Monday to Sunday
    ("Last week, the troops moved closer to the front.", WEDNESDAY, "Last week", "2024-10-28", "2024-11-03", "week", True),
    ("The units were seen in Kursk last week.", "2024-11-10", "last week", "2024-10-28", "2024-11-03", "week", True),
    ("Satellite images earlier in the week showed new tents.", "2024-10-24",
     "earlier in the week", "2024-10-21", "2024-10-23", "week", True),
    # months
    ("North Korea began sending troops to Russia in October.", WEDNESDAY, "in October", "2024-10-01", "2024-10-31", "month", True),
    ("North Korean troops appeared in Kursk in August.", "2024-03-10", "in August", "2023-08-01", "2023-08-31", "month", True),
    ("Moscow invaded Ukraine in February 2022.", WEDNESDAY, "in February 2022", "2022-02-01", "2022-02-28", "month", False),
    ("Pyongyang sent its first shells last month.", "2025-01-15", "last month", "2024-12-01", "2024-12-31", "month", True),
    ("Thousands of troops arrived this month.", WEDNESDAY, "this month", "2024-11-01", "2024-11-30", "month", True),
    ("Earlier this month, the NIS briefed lawmakers in Seoul.", "2024-11-20",
     "Earlier this month", "2024-11-01", "2024-11-19", "month", True),
    ("The offensive began in early August 2024.", WEDNESDAY, "in early August 2024", "2024-08-01", "2024-08-10", "month", False),
    ("The assault intensified in mid-October.", WEDNESDAY, "in mid-October", "2024-10-11", "2024-10-20", "month", True),
    ("The brigades reached Kursk in the second half of October 2024.", WEDNESDAY,
     "in the second half of October 2024", "2024-10-16", "2024-10-31", "month", False),
    ("Exports doubled in the first half of 2024.", WEDNESDAY, "in the first half of 2024", "2024-01-01", "2024-06-30", "year", False),
    ("The unit was moved in the first week of February 2025.", WEDNESDAY,
     "in the first week of February 2025", "2025-02-01", "2025-02-07", "week", False),
    ("Shelling peaked during the last week of November 2024.", WEDNESDAY,
     "during the last week of November 2024", "2024-11-25", "2024-11-30", "week", False),
    # seasons and years
    ("The losses mounted last summer.", WEDNESDAY, "last summer", "2024-06-01", "2024-08-31", "season", True),
    ("Kim visited the Vostochny cosmodrome in 2023.", WEDNESDAY, "in 2023", "2023-01-01", "2023-12-31", "year", False),
    # open-ended
    ("North Korea has supplied shells to Russia since 2023.", WEDNESDAY, "since 2023", "2023-01-01", WEDNESDAY, "open", True),
    ("Russia has used the missiles since February 2022.", WEDNESDAY, "since February 2022", "2022-02-01", WEDNESDAY, "open", True),
    ("The troops will stay in Kursk until December.", WEDNESDAY, "until December", WEDNESDAY, "2024-12-31", "open", True),
    # looking forward
    ("Talks on the prisoners will resume next month.", WEDNESDAY, "next month", "2024-12-01", "2024-12-31", "month", True),
    ("Seoul will send a delegation to Kyiv next month.", "2024-12-10", "next month", "2025-01-01", "2025-01-31", "month", True),
    ("The North Korean brigades will deploy on Friday.", WEDNESDAY, "on Friday", "2024-11-08", "2024-11-08", "day", True),
    ("Kim Jong Un is expected to visit Moscow in March.", WEDNESDAY, "in March", "2025-03-01", "2025-03-31", "month", True),
    ("The judge set sentencing for Dec. 11.", "2025-09-09", "for Dec. 11", "2025-12-11", "2025-12-11", "day", True),
    ("A vote set for March was postponed.", "2025-01-10", "for March", "2025-03-01", "2025-03-31", "month", True),
    ("The white paper, due out in July, will reflect the analysis.", "2025-05-09", "in July", "2025-07-01", "2025-07-31", "month", True),
    ("The ministry on Thursday proposed a budget for next year.", "2025-09-09", "on Thursday", "2025-09-04", "2025-09-04", "day", True),
    ("The bank's next meeting on September 12 will decide.", "2025-09-09", "on September 12", "2025-09-12", "2025-09-12", "day", True),
    ("A senior official said the analysis would be in the white paper, due out in July.", "2025-05-09",
     "in July", "2025-07-01", "2025-07-31", "month", True),
    ("The NIS saw signs of a second contingent, possibly to be sent in January.", "2024-11-20", "in January", "2025-01-01",
     "2025-01-31", "month", True),
    ("Trump will take office on January 20.", WEDNESDAY, "on January 20", "2025-01-20", "2025-01-20", "day", True),
    ("The story is amplified ahead of the new administration taking office on January 20.", WEDNESDAY, "on January 20",
     "2025-01-20", "2025-01-20", "day", True),
    ("The new battalions will be ready by November 1.", "2024-10-20", "by November 1", "2024-11-01", "2024-11-01", "day", True),
    ("Kyiv will hold talks with Seoul on Monday.", "2024-11-04", "on Monday", "2024-11-11", "2024-11-11", "day", True),
    ("The work is to be completed by December, the agency added.", "2025-06-18", "by December", "2025-12-01", "2025-12-31", "month", True),
    ("Drones make them more dangerous by spring, he said.", "2024-12-24", "by spring", "2025-03-01", "2025-05-31", "season", True),
    ("By February they were spreading out, he said.", "2025-04-20", "By February", "2025-02-01", "2025-02-28", "month", True),
    ("Seoul could send a team of observers, possibly in December.", "2024-10-31", "in December", "2024-12-01", "2024-12-31", "month", True),
    ("Officers interviewed in May said the units had changed.", "2025-06-10", "in May", "2025-05-01", "2025-05-31", "month", True),
    ("Some may already have come under fire, lawmakers said Thursday.", "2024-11-14", "Thursday", "2024-11-14", "2024-11-14", "day", True),
    ("The first wave of a force that could reach 12,000 soldiers left, the agency said Friday.", "2024-10-18",
     "Friday", "2024-10-18", "2024-10-18", "day", True),
    ("Talks ran January-February 2025.", WEDNESDAY, "January-February 2025", "2025-01-01", "2025-02-28", "month", False),
    # ... but not the statement a dated report introduces
    ("Seoul announced in January that it would spend $960 million over the next five years.", "2025-03-07",
     "in January", "2025-01-01", "2025-01-31", "month", True),
    # a month "of last year"; a modal's passive looks ahead; an interview's publication is past
    ("In August of last year, at Camp David, we launched a new era.", "2024-11-15",
     "In August of last year", "2023-08-01", "2023-08-31", "month", True),
    ("A monitoring team may be dispatched to Ukraine in early November.", "2024-10-31",
     "in early November", "2024-11-01", "2024-11-10", "month", True),
    ("Soldiers who could be sent to Russia soon are training, Budanov said in an interview published on Wednesday.", "2024-11-08",
     "on Wednesday", "2024-11-06", "2024-11-06", "day", True),
]


PREFETCH = [(case[0], case[1]) for case in CASES]


@pytest.mark.parametrize("sentence, anchor, phrase, date_start, date_end, granularity, relative", CASES,
                         ids=[f"{case[2]}@{case[1]}" for case in CASES])
def test_event(extract_text, sentence, anchor, phrase, date_start, date_end, granularity, relative):
    tables = extract_text(sentence, anchor)
    row = row_at(tables.events, sentence, phrase)
    assert row["text"] == phrase
    check(row, date_start, date_end, granularity, relative)


@pytest.mark.parametrize("sentence, anchor, phrase, date_start, relative", [
    ("Clashes erupted on 13 November 2022, Reuters said.", "2024-11-20", "on 13 November 2022", "2022-11-13", False),
    ("The pact was signed in June 2023, officials said.", "2024-11-20", "in June 2023", "2023-06-01", False),
    ("On Nov. 4, 2024, troops crossed the border.", "2024-11-20", "On Nov. 4, 2024", "2024-11-04", False),
])
def test_a_year_before_a_comma_belongs_to_the_date(extract_text, sentence, anchor, phrase, date_start, relative):
    tables = extract_text(sentence, anchor)
    row = row_at(tables.events, sentence, phrase)
    assert iso(row["date_start"]) == date_start and bool(row["relative"]) is relative


def test_until_looks_forward(extract_text):
    text = "The treaty keeps the North Korean troops in Kursk until August."
    tables = extract_text(text, "2024-11-05")
    check(row_at(tables.events, text, "until August"), "2024-11-05", "2025-08-31", "open", True)


@pytest.mark.parametrize("text", [
    pytest.param("Russia held the town from 2014 until 2022.", id="until a past year"),
    pytest.param("Fighting has raged there since January 2025.", id="since a date after the anchor"),
])
def test_open_ranges_are_never_reversed(extract_text, text):
    tables = extract_text(text, "2024-11-05")
    assert len(tables.events) >= 1
    events = tables.events.dropna(subset=["date_start", "date_end"])
    assert (events["date_start"] <= events["date_end"]).all()


def test_ready_by_looks_forward(extract_text):
    text = "The new North Korean battalions must be ready by November 1."
    tables = extract_text(text, "2024-10-20")
    row = row_at(tables.events, text, "by November 1")
    check(row, "2024-11-01", "2024-11-01", "day", True)


@pytest.mark.parametrize("text, phrase, date_start, date_end", [
    # the clause of "by" looks ahead of the past its sentence tells: a deadline still to come
    ("The agency said last week that 3,000 soldiers had arrived, and estimated that 10,000 would be sent by December.",
     "by December", "2024-12-01", "2024-12-31"),
    ('The adviser said on Tuesday that Seoul hoped to bring the men to South Korea "by December."',
     "by December", "2024-12-01", "2024-12-31"),
    ("HUR said the North had begun producing drones and could be supplying dozens a day by December.",
     "by December", "2024-12-01", "2024-12-31"),
    # a clause with no word looking ahead counts what has happened
    ("A commander said the units had lost 30 soldiers a day in September but fewer than five a day by March.",
     "by March", "2024-03-01", "2024-03-31"),
    ("Officials have put the toll higher: as many as 6,000 killed and wounded by March.", "by March", "2024-03-01", "2024-03-31"),
    # a clause in the simple past reached its date; a verb to come after it looks ahead again
    ("Kyiv put it at north of 6,000 casualties by March.", "by March", "2024-03-01", "2024-03-31"),
    ("He told us that the first 500 tablets reached units in Kursk by mid-December.", "by mid-December", "2023-12-11", "2023-12-20"),
    ("Reed said he expected the administration to send Congress an assessment by December.", "by December", "2024-12-01", "2024-12-31"),
])
def test_by_a_month_in_a_past_sentence(extract_text, text, phrase, date_start, date_end):
    check(row_at(extract_text(text, "2024-10-29").events, text, phrase), date_start, date_end, "month", True)


def test_a_range_of_days_is_one_event(extract_text):
    text = "Clashes came between Nov. 4 and Nov. 6 near Plekhovo."
    tables = extract_text(text, "2024-12-20")
    assert len(tables.events) == 1
    check(row_at(tables.events, text, "between Nov. 4 and Nov. 6"), "2024-11-04", "2024-11-06", "day", True)


def test_at_the_weekend(extract_text):
    text = "Ukrainian drones hit a North Korean unit at the weekend."
    tables = extract_text(text, WEDNESDAY)
    row = row_at(tables.events, text, "at the weekend")
    check(row, "2024-11-02", "2024-11-03", "week", True)


def test_over_the_weekend(extract_text):
    text = "Ukrainian drones hit a North Korean unit over the weekend."
    tables = extract_text(text, WEDNESDAY)
    check(row_at(tables.events, text, "over the weekend"), "2024-11-02", "2024-11-03", "week", True)


NOT_EVENTS = [
    "U.S. officials expect the troops to engage in combat within days.",
    "North Korean troops recently arrived at the front.",
    "Over the past two weeks, fighting has raged around Sudzha.",
    "In recent months, the ties between the two regimes have deepened.",
    "As winter sets in, both sides are racing to secure their positions.",
    "The war, now in its second year, has seen many escalations.",
    "Officials say the troops will soon be sent to Donetsk.",
    "North Korea May Send More Troops, Officials Fear",
    "The troops are now in Kursk and have been for some time.",
    "Fighting lasted three months before the front stabilised.",
    "Czech Foreign Minister Jan Lipavský condemned the deployment.",  # a bare "Jan" is a name
]


PREFETCH += [(sentence, WEDNESDAY) for sentence in NOT_EVENTS]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_not_an_event(extract_text, sentence):
    tables = extract_text(sentence, WEDNESDAY)
    assert spanned(tables.events, sentence) == []


def test_the_event_describes_its_sentence_without_the_expression(extract_text):
    text = "Russia deployed 50,000 soldiers to Kursk in August."
    tables = extract_text(text, WEDNESDAY)
    row = row_at(tables.events, text, "in August")
    assert row["event"] == "Russia deployed 50,000 soldiers to Kursk"
    figures = tables.figures.set_index("figure_id")
    assert figures.loc[row["figure_ids"], "text"] == "50,000 soldiers"


def test_an_event_dates_the_statement_of_its_tag(extract_text):
    text = "U.S. Secretary of State Antony Blinken said on Friday that 8,000 North Korean troops had reached Kursk."
    tables = extract_text(text, WEDNESDAY)
    event = row_at(tables.events, text, "on Friday")
    check(event, "2024-11-01", "2024-11-01", "day", True)
    statement = row_at(tables.attributions, text, "that 8,000 North Korean troops had reached Kursk")
    figure = row_at(tables.figures, text, "8,000 North Korean troops")
    assert event["attribution_ids"] == statement["attribution_id"]
    assert event["figure_ids"] == figure["figure_id"]
    assert figure["attribution_id"] == statement["attribution_id"]
    assert figure["speaker"] == "Antony Blinken"


# --- without an anchor ------------------------------------------------------------------------

def test_relative_expressions_stay_unresolved_without_an_anchor():
    text = "Fighting began last week. On Monday, Zelensky spoke. Troops arrived in August. Russia invaded in February 2022."
    events = extract_events(text, split_sentences(text), None)
    got = {text[e.start:e.end]: (e.date_start, e.date_end, e.granularity, e.relative) for e in events}
    assert got == {
        "last week": (None, None, "week", True),
        "On Monday": (None, None, "day", True),
        "in August": (None, None, "month", True),
        "in February 2022": (date(2022, 2, 1), date(2022, 2, 28), "month", False),
    }


def test_an_undated_document_gets_an_inferred_anchor(build_corpus):
    from kursk_research import extract

    text = ("North Korean troops arrived in Russia in early November 2024. On Monday, 11 November, Zelensky said that "
            "they were fighting in Kursk. The first clashes came last week.")
    tables = extract(build_corpus({"undated": (text, None)}))
    document = tables.documents.iloc[0]
    assert iso(document["anchor"]) == "2024-11-11" and document["anchor_source"] == "inferred"
    assert iso(document["published"]) == ""
    check(row_at(tables.events, text, "last week"), "2024-11-04", "2024-11-10", "week", True)


def test_a_document_with_no_date_at_all_has_no_anchor(build_corpus):
    from kursk_research import extract

    text = "North Korean troops arrived last week. On Monday, Zelensky said they were in Kursk. Fighting began in August."
    tables = extract(build_corpus({"nodate": (text, None)}))
    document = tables.documents.iloc[0]
    assert document["anchor_source"] == "none" and iso(document["anchor"]) == ""
    assert len(tables.events) == 3
    assert tables.events["date_start"].isna().all() and tables.events["date_end"].isna().all()
    assert tables.events["relative"].all()


@pytest.mark.parametrize("text, anchor", [
    ("Kim met Putin on 13 September 2023. Troops were sent on 4 November 2024.", date(2024, 11, 4)),
    ("SEOUL, Nov 13 (Reuters) - The NIS spoke in November 2024 of fighting on 12 November.", date(2024, 11, 13)),
    ("The NIS reported in November 2024 that clashes took place on Monday, 4 November.", date(2024, 11, 4)),
    ("Fighting in December 2024 went on; on 13 January the front moved.", date(2025, 1, 13)),
    ("Ukraine says it has captured two soldiers\n\n12 January 2025\nShare\n\nThe men were captured on Saturday.", date(2025, 1, 12)),
    ("Troops came last week and left in August.", None),
    ("Since 2023 shells have flowed.", None),
    # a numeric date line: its order is plain when one number is above 12 or it is dotted (day first), else it dates nothing
    ("Asia-Pacific\nIssued on: 28/04/2025 - 06:47Modified: 28/04/2025 - 14:20\nThe troops left on Monday.", date(2025, 4, 28)),
    ("Conflicts\n04/28/2025\nThe troops left on Monday.", date(2025, 4, 28)),
    ("Conflicts\nPublished 2025-04-28\nThe troops left on Monday.", date(2025, 4, 28)),
    ("Conflicts\nIssued on: 03/04/2025\nThe troops left on Monday.", None),
    ("Kommersant newspaper No. 225 of 05.12.2024, p. 6\n05.12.2024, 00:14\nThe treaty came into force on Wednesday.", date(2024, 12, 5)),
    ("Kim's Soldiers on the Kursk Front\n22.11.2024, 18.07 Uhr • aus DER SPIEGEL 48/2024\nOn Tuesday, the unit spotted them.", date(2024, 11, 22)),
    ("NIS says 2,000 troops killed\nPosted September. 04, 2025 07:52,\nThe NIS briefed lawmakers on Wednesday.", date(2025, 9, 4)),
    ("Rodong Sinmun\nJuche114(2025).8.31.\nPyongyang, August 31 (KCNA) -- Kim met the soldiers on Friday.", date(2025, 8, 31)),
    # the page's date line wins over a day the text names without a year
    ("Meduza\n5:12 pm, June 18, 2025\nMoscow declared the region liberated on April 26.", date(2025, 6, 18)),
    ("Taipei Times\nSat, Mar 01, 2025 - Page 5\nThe General Staff said yesterday that troops had returned.", date(2025, 3, 1)),
    ("Staff Writer\nJan. 14, 2025 3 AM PT\nThe troops were captured on Saturday.", date(2025, 1, 14)),
    ("Dimas Prasetya\nJakarta ● Tue, January 14, 2025\nThe troops were captured on Saturday.", date(2025, 1, 14)),
    ("Senior Writer\nSat, September 13, 2025 at 11:40 AM GMT+9 · 4 min read\nThe NIS said on 22 August that 2,000 had died.", date(2025, 9, 13)),
    ("Backgrounder\nLast updated March 3, 2025 8:00 am (EST)\nIn June 2024 a treaty was signed; the report came on May 29.", date(2025, 3, 3)),
    ("Wire / City Times\nPublication date 02 September 2025 | 10:12 ICT\nThe unit returned last month, on 21 August.", date(2025, 9, 2)),
    ("Radio News\nAnna Novak\n18.06.2025 - 17:05\nListen 04:12\nThe minister spoke on Wednesday.", date(2025, 6, 18)),
    ("Keystone\nThis content was published on April 28, 2025 - 11:47\n3 minutes\nKim spoke on 26 April.", date(2025, 4, 28)),
    ("KYODO NEWS\nKYODO NEWS - Jan 12, 2025 - 22:48 | World, All\nZelenskyy said Sunday that Kyiv is ready.", date(2025, 1, 12)),
    # an ISO date line with its time, above a dateline without a year and a day a text dates to next month
    ("N. Korea\nBy Kim Ha-eun\n2025-04-29 17:32\nSEOUL, April 29 (Yonhap) -- Aid has flowed since August 2023. Kim may go on May 9.",
     date(2025, 4, 29)),
    # a month in capitals: the date line of a page ("MAY" and "MARCH" in capitals are words of a headline)
    ("ARGUMENT\nSEPTEMBER 15, 2025, 6:00 AM\nThe NIS told lawmakers on Sept. 4 that 2,000 had died.", date(2025, 9, 15)),
    ("TROOPS MAY 1 DAY RETURN\nThe NIS told lawmakers on Sept. 4 that 2,000 had died.", None),
    ("Security Council\nSC/16094\n18 JUNE 2025\nThe team's report was published on 29 May.", date(2025, 6, 18)),
    # a day glued to its abbreviated month and year, after "Posted on :" and before the page's modification time
    ("home > English Edition\nPosted on : Nov.21,2024 09:15 KST Modified on : Nov.21,2024 10:02 KST\nThe NIS spoke on Nov.20.", date(2024, 11, 21)),
    # the date line and its update in brackets, above a day named without its year
    ("Europe\nSunday, 12 January 2025 4:52 PM  [ Last Update: Sunday, 12 January 2025 4:52 PM ]\nFighting has raged since August 6.",
     date(2025, 1, 12)),
    # a bulleted date line, and a labelled one, above a day named without its year
    ("Transcripts\n• 23 Jun. 2025 -\nShoigu announced on 17 June that 6,000 would go.", date(2025, 6, 23)),
    ("Statement\nDate: 16 January 2025\nThe delegation spoke on 9 January.", date(2025, 1, 16)),
    # a timeline's date headings are its chronology, not the page's date line
    ("Timeline\nHere are the key events:\nJune 19, 2024\nPutin and Kim sign a treaty.\nOctober 18\nSeoul says troops have left.", date(2024, 10, 18)),
])
def test_infer_anchor(text, anchor):
    assert infer_anchor(text, split_sentences(text)) == anchor


def test_events_skip_furniture_of_live_pages_and_social_posts():
    text = ("Key developments on Jan. 13:\nTroops were captured on Saturday.\n"
            "— Jane Roe (@janeroe) October 30, 2024\nGet the best of our coverage in your inbox — Mon-Fri.")
    events = extract_events(text, split_sentences(text), date(2025, 1, 13))
    assert [text[e.start:e.end] for e in events] == ["on Saturday"]


def test_events_skip_furniture():
    text = ("Read also: Troops arrived on 13 November 2024\nMost Commented\nOfficials met on 14 November 2024.\n"
            "A message from Nordgas: since 2015 we have kept Europe warm.\nThanks for reading, and see you next week.")
    events = extract_events(text, split_sentences(text), date(2024, 11, 20))
    assert [text[e.start:e.end] for e in events] == ["on 14 November 2024"]


def test_days_counted_from_the_last_day_the_text_dated():
    text = ("Troops were captured on 9 January. Seoul confirmed it the following day. "
            "A soldier captured late last month died a day later. Two days earlier, on 5 January, Kim spoke.")
    events = extract_events(text, split_sentences(text), date(2025, 1, 13))
    found = {text[e.start:e.end]: (e.date_start, e.date_end, e.granularity, e.relative) for e in events}
    assert found["the following day"] == (date(2025, 1, 10), date(2025, 1, 10), "day", True)
    assert "a day later" not in found  # counted from a month, not a day
    assert "Two days earlier" not in found and found["on 5 January"][0] == date(2025, 1, 5)  # the date says it again
    assert "the following day" not in {text[e.start:e.end] for e in extract_events("Seoul confirmed it the following day.",
                                                                                  split_sentences("Seoul confirmed it the following day."),
                                                                                  date(2025, 1, 13))}


def test_a_background_year_in_the_sentence_does_not_stop_the_following_day():
    text = ("Kyiv said on Saturday it had captured two soldiers. One of them, born in 2004, told interrogators he had "
            "expected training, according to a video released the following day.")
    events = extract_events(text, split_sentences(text), date(2025, 1, 14))
    found = {text[e.start:e.end]: (e.date_start, e.date_end) for e in events}
    assert found["the following day"] == (date(2025, 1, 12), date(2025, 1, 12))  # a day after Saturday, not after 2004
    assert found["in 2004"] == (date(2004, 1, 1), date(2004, 12, 31))


def test_periods_counted_from_the_last_period_the_text_dated():
    text = ("North Korea began sending troops in October 2024 and first committed them to combat the following month. "
            "Two were captured on 9 January 2025; the following week they were moved to Kyiv. "
            "The treaty was signed in 2024 and ratified the following year. "
            "Russia said on Tuesday it had killed 170 soldiers over the previous day.")
    events = extract_events(text, split_sentences(text), date(2025, 2, 13))
    found = {text[e.start:e.end]: (e.date_start, e.date_end, e.granularity) for e in events}
    assert found["the following month"] == (date(2024, 11, 1), date(2024, 11, 30), "month")
    assert found["the following week"] == (date(2025, 1, 13), date(2025, 1, 19), "week")
    assert found["the following year"] == (date(2025, 1, 1), date(2025, 12, 31), "year")
    assert "the previous day" not in found  # how long, not when
    alone = "The following month was quiet."
    assert extract_events(alone, split_sentences(alone), date(2025, 2, 13)) == []


def test_decades():
    text = "It was the first such mission since the 1960s. In the 1960s, the North sent pilots to Vietnam."
    events = extract_events(text, split_sentences(text), date(2025, 6, 21))
    assert [(text[e.start:e.end], e.date_start, e.date_end, e.granularity, e.relative) for e in events] == [
        ("since the 1960s", date(1960, 1, 1), date(2025, 6, 21), "open", True),
        ("In the 1960s", date(1960, 1, 1), date(1969, 12, 31), "year", False),
    ]


def test_a_day_before_a_colon_is_a_day_and_a_time_is_none():
    text = "The envoys met on Jan. 13: talks went on until 13:45."
    events = extract_events(text, split_sentences(text), date(2025, 1, 20))
    assert [(text[e.start:e.end], e.date_start) for e in events] == [("on Jan. 13", date(2025, 1, 13))]


def test_today_is_a_date_only_right_after_a_verb():
    text = ("Today, HUR says, the units are used mostly for artillery. Hi all, a longer one today. "
            "The foreign minister said today that Kuala Lumpur was watching. The NIS told lawmakers today that 300 had died.")
    events = extract_events(text, split_sentences(text), date(2024, 11, 20))
    assert [(e.start, e.date_start, e.date_end, e.granularity, e.relative) for e in events] == [
        (text.index("today that Kuala"), date(2024, 11, 20), date(2024, 11, 20), "day", True),
        (text.index("today that 300"), date(2024, 11, 20), date(2024, 11, 20), "day", True),
    ]


def test_two_weekdays_joined_are_one_span():
    text = "The two soldiers were captured on Thursday and Friday. Talks will be held on Monday or Tuesday."
    events = extract_events(text, split_sentences(text), date(2025, 1, 13))  # a Monday
    assert [(text[e.start:e.end], e.date_start, e.date_end) for e in events] == [
        ("on Thursday and Friday", date(2025, 1, 9), date(2025, 1, 10)),
        ("on Monday or Tuesday", date(2025, 1, 20), date(2025, 1, 21)),  # looking forward: the next ones
    ]


def test_a_korean_given_name_is_no_month():
    text = "Analysis: why admit it now?\nJun-ho Bae\nSeoul correspondent"
    assert extract_events(text, split_sentences(text), date(2025, 4, 28)) == []


def test_a_day_close_to_the_anchor_keeps_its_year_whatever_the_tense():
    text = ("HUR said it expected North Korean units to go into battle on Nov 1 or 2. "
            "The talks were held on December 14 and 15. The first units could reach combat zones on October 27 or 28.")
    events = extract_events(text, split_sentences(text), date(2024, 10, 31))
    assert [(text[e.start:e.end], e.date_start, e.date_end) for e in events] == [
        ("on Nov 1 or 2", date(2024, 11, 1), date(2024, 11, 2)),  # a day ahead, not a year back
        ("on December 14 and 15", date(2023, 12, 14), date(2023, 12, 15)),  # six weeks ahead: the last ones
        ("on October 27 or 28", date(2024, 10, 27), date(2024, 10, 28)),  # a day behind, though the clause looks forward
    ]


def test_a_day_of_the_month_with_no_month():
    text = ("North Korea fired a missile on the 6th, its first launch. Troops arrived on the 14th. "
            "The minister will visit Moscow on the 20th to discuss aid. "
            "It was held on the 80th anniversary of the war, on the 6th floor, and the 3rd Brigade moved on the 9th.")
    events = extract_events(text, split_sentences(text), date(2025, 1, 13))
    assert [(text[e.start:e.end], e.date_start, e.granularity, e.relative) for e in events] == [
        ("on the 6th", date(2025, 1, 6), "day", True),
        ("on the 14th", date(2024, 12, 14), "day", True),  # still to come this month: the month before
        ("on the 20th", date(2025, 1, 20), "day", True),  # a clause that looks forward
        ("on the 9th", date(2025, 1, 9), "day", True),
    ]


def test_a_day_restated_in_brackets_is_one_event():
    text = "Kim welcomed the engineers home, state media said on Friday (Aug 22), after the ceremony."
    events = extract_events(text, split_sentences(text), date(2025, 8, 22))
    assert [(text[e.start:e.end], e.date_start) for e in events] == [("on Friday", date(2025, 8, 22))]


@pytest.mark.parametrize("sentence, phrase, day", [
    ("Earnings could reach $14 billion by December, she said.", "by December", date(2025, 12, 1)),
    ("The first trains could begin arriving in October, a source said.", "in October", date(2025, 10, 1)),
    ("The money must be spent before Trump takes office on Jan. 20.", "on Jan. 20", date(2025, 1, 20)),
    ("An official said Kim was unlikely to attend the parade in Moscow on May 9.", "on May 9", date(2025, 5, 9)),
])
def test_modal_and_temporal_clauses_look_forward(sentence, phrase, day):
    anchor = date(2024, 12, 17) if "Jan." in sentence else date(2025, 5, 1) if "December" in sentence else \
        date(2025, 4, 29) if "May" in sentence else date(2025, 9, 4)
    events = extract_events(sentence, split_sentences(sentence), anchor)
    found = [e for e in events if sentence[e.start:e.end] == phrase]
    assert found and found[0].date_start == day


def test_a_weekday_after_would_is_the_coming_one_a_weekday_before_it_the_last():
    anchor = date(2025, 9, 8)  # a Monday
    text = ("The ministry said Sybiha would meet his counterpart in Seoul on Thursday. "
            "On Thursday, officials said they would send more troops.")
    events = extract_events(text, split_sentences(text), anchor)
    assert [(text[e.start:e.end], e.date_start) for e in events] == [
        ("on Thursday", date(2025, 9, 11)), ("On Thursday", date(2025, 9, 4))]


def test_would_in_another_clause_does_not_move_a_weekday_ahead():
    anchor = date(2025, 1, 14)  # a Tuesday
    text = ("He did not know he would be fighting Ukrainians, according to the SBU, "
            "which released video of the questioning on Sunday.")
    events = extract_events(text, split_sentences(text), anchor)
    assert [(text[e.start:e.end], e.date_start) for e in events] == [("on Sunday", date(2025, 1, 12))]


@pytest.mark.parametrize("text, phrase, span", [
    ("Troops rotated between November 2024 and April 2025.", "between November 2024 and April 2025",
     (date(2024, 11, 1), date(2025, 4, 30))),
    ("Attacks have risen since the start of the month.", "since the start of the month", (date(2025, 9, 1), date(2025, 9, 11))),
    ("Exports grew since the beginning of the year.", "since the beginning of the year", (date(2025, 1, 1), date(2025, 9, 11))),
])
def test_spans_of_months_across_years_and_since_the_start_of_a_period(text, phrase, span):
    events = extract_events(text, split_sentences(text), date(2025, 9, 11))
    assert [(text[e.start:e.end], (e.date_start, e.date_end)) for e in events] == [(phrase, span)]


def test_the_start_of_a_period_without_since_is_no_event():
    text = "At the start of the year, troops trained near Wonsan."
    assert extract_events(text, split_sentences(text), date(2025, 9, 11)) == []


@pytest.mark.parametrize("text, phrase, date_start, date_end", [
    ("She served as deputy envoy from 2017 to 2019.", "from 2017 to 2019", "2017-01-01", "2019-12-31"),
    ("Trade grew between 2021 and 2024.", "between 2021 and 2024", "2021-01-01", "2024-12-31"),
    ("Older members remember the war of 1950-53.", "1950-53", "1950-01-01", "1953-12-31"),
])
def test_a_range_of_years_is_one_event(extract_text, text, phrase, date_start, date_end):
    tables = extract_text(text, "2025-06-19")
    assert len(tables.events) == 1
    check(row_at(tables.events, text, phrase), date_start, date_end, "year", False)


def test_since_at_least_and_ever_since_open_a_span_to_the_anchor(extract_text):
    text = "Troops have been there since at least March. Ever since August, the front has held."
    tables = extract_text(text, "2025-06-19")
    check(row_at(tables.events, text, "since at least March"), "2025-03-01", "2025-06-19", "open", True)
    check(row_at(tables.events, text, "Ever since August"), "2024-08-01", "2025-06-19", "open", True)


def test_a_date_for_which_something_is_set_is_an_event_but_a_season_to_prepare_for_is_not(extract_text):
    text = ("Sentencing is set for Jan. 15. The trade surplus for 2024 swelled. Moscow is preparing for winter. "
            "For the 1945 fighting, see other pages.")
    tables = extract_text(text, "2025-03-13")
    assert list(tables.events["text"]) == ["for Jan. 15", "for 2024"]
    check(row_at(tables.events, text, "for Jan. 15"), "2026-01-15", "2026-01-15", "day", True)
    check(row_at(tables.events, text, "for 2024"), "2024-01-01", "2024-12-31", "year", False)


def test_a_day_a_change_starts_on_looks_ahead_unless_its_sentence_tells_of_the_past(extract_text):
    text = "Tariffs rise starting Friday. The ban takes effect starting April 1. Starting Monday, troops crossed the border."
    tables = extract_text(text, "2025-03-13")
    check(row_at(tables.events, text, "starting Friday"), "2025-03-14", "2025-03-14", "day", True)
    check(row_at(tables.events, text, "starting April 1"), "2025-04-01", "2025-04-01", "day", True)
    check(row_at(tables.events, text, "Starting Monday"), "2025-03-10", "2025-03-10", "day", True)
