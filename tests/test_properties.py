"""Property tests (hypothesis): on any text, no extractor raises and every span it returns gives back
its text (``text[start:end]``) - sentences, tokens, quotations, interview turns, numbers, figures,
attributions (and their cues and speakers), events, and the rows of a whole document."""
from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kursk_research.attributions import extract_attributions
from kursk_research.corpus import Document
from kursk_research.events import extract_events, infer_anchor
from kursk_research.extract import extract_document
from kursk_research.figures import extract_figures
from kursk_research.numbers import find_numbers
from kursk_research.segment import find_quotes, split_sentences, tokenize
from kursk_research.turns import find_turns, name_span

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- strategies -------------------------------------------------------------------------------------

ANY_TEXT = st.text(max_size=300)
ANCHORS = st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))

SOURCES = ["Zelensky", "Ukrainian President Volodymyr Zelenskyy", "He", "She", "They", "the Kremlin", "Pyongyang",
           "South Korea's spy agency", "The NIS", "U.S. and South Korean officials", "Western officials", "analysts",
           "a senior U.S. military official", "Olga Oliker, an expert on Russia,", "Reuters", "Seoul", "Kyiv's military intelligence",
           "U.S. Senator Roger Wicker", "the Pentagon", "Yonhap", "The Institute for the Study of War (ISW)"]
VERBS = ["said", "says", "told reporters", "told Reuters", "added", "noted", "warned", "estimated", "assessed", "confirmed",
         "denied", "did not deny", "accused Russia of", "cited Zelensky as saying", "reported, citing sources,", "announced",
         "according to", "said on Monday", "has dismissed", "claimed", "suggested"]
QUALIFIERS = ["", "about", "approximately", "some", "at least", "more than", "over", "up to", "as many as", "fewer than",
              "nearly", "an estimated", "between", "roughly", "no fewer than"]
NOUNS = ["troops", "North Korean soldiers", "officers", "generals", "missiles", "artillery rounds", "square miles",
         "square kilometers", "containers of ammunition", "tons", "drones", "casualties", "military units", "km", "people",
         "", "of the", "more"]
WORDS = ["two million", "three", "several hundred", "dozens of", "thousands of", "tens of thousands of", "a dozen",
         "half a million", "twenty-five", "one of", "the two countries", "KN-23", "F-16s", "11th", "second"]
MONTHS = ["January", "Feb.", "March", "May", "June", "Aug.", "September", "Oct", "November", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wed.", "Thursday", "Friday", "Saturday", "Sunday"]
RELATIVE = ["last week", "earlier in the week", "this month", "last month", "next month", "earlier this month", "yesterday",
            "over the weekend", "within days", "recently", "over the past two weeks", "in recent months", "soon",
            "three days ago", "next year", "as winter sets in", "in its second year"]
PREPOSITIONS = ["", "on", "in", "since", "until", "by", "from", "in early", "in mid-", "at the end of"]
PUNCTUATION = [".", ",", ";", ":", " -", " —", "?", "!", "\n", "\n\n", " (", ")", "'s", "’s", "...", " – ed."]
QUOTES = ['"', "“", "”", "‘", "’", "«", "»", "'"]
FURNITURE = ["Read also:", "Most Commented", "SEOUL, Nov 13 (Reuters) -", "- Related story", "Reporting by Josh Smith"]


def _number() -> st.SearchStrategy[str]:
    integers = st.integers(min_value=0, max_value=3_000_000)
    return st.one_of(
        integers.map(str),
        integers.map(lambda n: f"{n:,}"),
        st.floats(min_value=0, max_value=100, allow_nan=False).map(lambda x: f"{x:.1f} million"),
        st.tuples(integers, integers).map(lambda p: f"{p[0]:,} to {p[1]:,}"),
        st.tuples(integers, integers).map(lambda p: f"{p[0]:,}-{p[1]:,}"),
        st.tuples(integers, integers).map(lambda p: f"between {p[0]:,} and {p[1]:,}"),
        integers.map(lambda n: f"${n:,}"),
        integers.map(lambda n: f"${n} billion"),
        integers.map(lambda n: f"€{n}m"),
        st.sampled_from(WORDS),
    )


def _date() -> st.SearchStrategy[str]:
    day = st.integers(min_value=0, max_value=35)
    year = st.integers(min_value=1990, max_value=2035)
    month = st.sampled_from(MONTHS)
    return st.one_of(
        st.tuples(day, month).map(lambda p: f"{p[0]} {p[1]}"),
        st.tuples(month, day).map(lambda p: f"{p[0]} {p[1]}"),
        st.tuples(day, month, year).map(lambda p: f"{p[0]} {p[1]} {p[2]}"),
        st.tuples(month, day, year).map(lambda p: f"{p[0]} {p[1]}, {p[2]}"),
        st.tuples(month, day, day).map(lambda p: f"{p[0]} {p[1]} and {p[2]}"),
        st.tuples(month, year).map(lambda p: f"{p[0]} {p[1]}"),
        year.map(str),
        month,
        st.sampled_from(WEEKDAYS),
        st.tuples(st.sampled_from(WEEKDAYS), day, month).map(lambda p: f"{p[0]}, {p[1]} {p[2]}"),
        st.sampled_from(RELATIVE),
        st.sampled_from(["spring", "summer", "winter", "fall"]),
    )


FRAGMENT = st.one_of(
    st.sampled_from(SOURCES),
    st.sampled_from(VERBS),
    st.sampled_from(["that", "North Korea has sent", "Russia deployed", "Ukraine captured", "were killed", "arrived in Kursk",
                     "will deploy", "is expected to", "the troops", "Moscow", "Kim Jong Un", "Zelensky", "NATO"]),
    st.tuples(st.sampled_from(QUALIFIERS), _number(), st.sampled_from(NOUNS)).map(" ".join),
    st.tuples(st.sampled_from(PREPOSITIONS), _date()).map(" ".join),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(QUOTES),
    st.sampled_from(FURNITURE),
    st.text(max_size=6),
)
NEWS_TEXT = st.lists(FRAGMENT, max_size=40).map(lambda parts: " ".join(parts))
QUOTED_TEXT = st.lists(
    st.tuples(st.sampled_from(QUOTES), NEWS_TEXT, st.sampled_from(QUOTES), st.sampled_from(SOURCES), st.sampled_from(VERBS)),
    max_size=4,
).map(lambda parts: " ".join(f"{a}{b}{c} {d} {e}." for a, b, c, d, e in parts))
LABELS = ["Q", "A", "HOST", "PARK", "Demchuk", "DER SPIEGEL", "JULIA ASHTON, HOST", "RET. LT. GEN. DOUGLAS WHITCOMB", "Photo"]
INTERVIEW_TEXT = st.lists(st.tuples(st.sampled_from(LABELS), st.one_of(ANY_TEXT, NEWS_TEXT)), max_size=8).map(
    lambda turns: "\n\n".join(f"{label}: {said}" for label, said in turns))
TEXTS = st.one_of(ANY_TEXT, NEWS_TEXT, QUOTED_TEXT, INTERVIEW_TEXT)


# --- properties ---------------------------------------------------------------------------------------

def _in_bounds(text: str, start: int, end: int) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))


@SETTINGS
@given(TEXTS)
def test_segmentation_spans(text):
    sentences = split_sentences(text)
    previous_end = 0
    for sentence in sentences:
        _in_bounds(text, sentence.start, sentence.end)
        piece = text[sentence.start:sentence.end]
        assert piece and piece == piece.strip()
        assert sentence.start >= previous_end
        previous_end = sentence.end
    for token in tokenize(text):
        _in_bounds(text, token.start, token.end)
        assert text[token.start:token.end] == token.text
    for quote in find_quotes(text):
        _in_bounds(text, quote.start, quote.end)
        assert quote.start <= quote.inner_start <= quote.inner_end <= quote.end
        assert text[quote.start] in "\"“‘«"


@SETTINGS
@given(TEXTS)
def test_turns_spans(text):
    for turn in find_turns(text):
        _in_bounds(text, turn.label_start, turn.label_end)
        _in_bounds(text, turn.start, turn.end)
        assert turn.label_end <= turn.start
        span = name_span(text, turn.name)
        assert span is None or text[span[0]:span[1]].strip() == text[span[0]:span[1]]


@SETTINGS
@given(TEXTS)
def test_numbers_spans(text):
    for number in find_numbers(text):
        _in_bounds(text, number.start, number.end)
        assert number.start < number.end
        assert number.value_high is None or number.value_high > number.value


@SETTINGS
@given(TEXTS, ANCHORS)
def test_extractors_never_raise_and_their_spans_hold(text, anchor):
    sentences = split_sentences(text)
    events = extract_events(text, sentences, anchor)
    for event in events:
        _in_bounds(text, event.start, event.end)
        assert event.start < event.end
        # (date_start <= date_end is not asserted here: see test_events.test_open_ranges_are_never_reversed)
        if anchor is None and event.relative:
            assert event.date_start is None or event.granularity == "open"
    dates = [(event.start, event.end) for event in events]
    for row in extract_attributions(text, sentences, anchor, dates):
        _in_bounds(text, row.start, row.end)
        _in_bounds(text, row.cue_start, row.cue_end)
        _in_bounds(text, row.speaker_start, row.speaker_end)
        assert text[row.speaker_start:row.speaker_end] == row.speaker
        assert row.kind in ("direct", "indirect", "according_to")
    for figure in extract_figures(text, sentences, dates):
        _in_bounds(text, figure.start, figure.end)
        assert figure.start <= figure.number_start < figure.number_end <= figure.end
        assert figure.qualifier in ("exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range", "vague")
    inferred = infer_anchor(text, sentences)
    assert inferred is None or isinstance(inferred, date)


@SETTINGS
@given(TEXTS, ANCHORS)
def test_a_whole_document_gives_rows_whose_text_is_their_span(text, published):
    document = Document("doc", Path("doc.txt"), text, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), published)
    result = extract_document(document)
    for rows in (result.sentences, result.figures, result.attributions, result.events):
        for row in rows:
            _in_bounds(text, row["start"], row["end"])
            assert text[row["start"]:row["end"]] == row["text"]
    figure_ids = {row["figure_id"] for row in result.figures}
    attribution_ids = {row["attribution_id"] for row in result.attributions}
    assert len(figure_ids) == len(result.figures) and len(attribution_ids) == len(result.attributions)
    for row in result.figures:
        assert row["attribution_id"] == "" or row["attribution_id"] in attribution_ids
    for row in result.events:
        assert set(filter(None, row["figure_ids"].split(";"))) <= figure_ids
        assert set(filter(None, row["attribution_ids"].split(";"))) <= attribution_ids
    assert result.document["n_chars"] == len(text)


@SETTINGS
@given(TEXTS, ANCHORS)
@example("Zelensky: 0", None)  # a colon source tag: its cue is "Zelensky:" without the space
@example('""A0 DISMISSED""B SAID', None)  # an empty quotation before a tag
def test_every_cue_is_its_span(text, anchor):
    sentences = split_sentences(text)
    dates = [(event.start, event.end) for event in extract_events(text, sentences, anchor)]
    for row in extract_attributions(text, sentences, anchor, dates):
        _in_bounds(text, row.cue_start, row.cue_end)
        assert text[row.cue_start:row.cue_end] == row.cue
