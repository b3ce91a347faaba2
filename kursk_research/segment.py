"""Cutting an article into paragraphs, sentences and quotations, with their character spans.

Every span is a pair of offsets into the text exactly as read, so ``text[start:end]`` gives it back.
A paragraph is a line. A sentence is a ``body`` sentence, a ``headline`` (a short line with no
closing punctuation) or page ``furniture`` (link lists, "Most Commented", wire footers), which the
extractors leave alone.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from .lexicon import alternation, load_toml

BODY, HEADLINE, FURNITURE = "body", "headline", "furniture"
_TIME_LINE = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t]*")  # "11:54 PM", "14:05 GMT": a live entry's time
_AGE_SUFFIX, _ORDINAL_SUFFIX = r"-year-olds?", r"(?:st|nd|rd|th)"
AGE = re.compile(rf"\d+{_AGE_SUFFIX}")  # "a 34-year-old soldier": one token, no figure
ORDINAL = re.compile(rf"\d+{_ORDINAL_SUFFIX}")  # "the 80th Brigade": one token
FOOTNOTE_MARK = r"\[\d{1,3}\]"  # a source's number after a sentence, as think tanks write it: ".[11]"
_NUMBERED = re.compile(r"\d{1,2}(?:[.)]\s+\S|\s+[A-Z])")
_NUMBERED_RUN = 3  # numbered headline-like lines in a row that make a list of links
_LINK_WORDS = 20
_CAPTION_WORDS = 45  # a caption above its photo credit: a line or two, not a paragraph of the story
_GALLERY_CAPTIONS = 3  # captions enough to make a page a photo gallery
_GALLERY_CAPTION_WORDS = 12  # words of a gallery's caption, more than of a credit or an image's size
_CREDIT_WORDS = 5  # "KCNA/Kyodo", "Roman Pilipey/AFP/Getty Images"
_ENDS_SENTENCE = re.compile(r"(?<![ap]\.m)\.\s*$")  # a byline may end with its time ("Updated April 29, 2025, 6:15 p.m.")
_TEASER_WORDS = 40  # the summary of a linked story, under its title in a list of links
_BLOCK_LINES = 40  # lines a block of the page may run to its closing line
_MEDIA_BOX_LINES = 2  # the title and description of a video, under the line that opens its box
_BULLET = re.compile(r"\s*(?:[-–—•*·▪►]|\d+[.)]|\[\d+\])\s+")
_CLOSING_PUNCTUATION = tuple(".!?:;")
_QUOTES = "\"”’'»)"
_SOURCE_TAG = re.compile(r":\s+(?:[A-Z][\w.’'-]*\s?){1,3}$")  # "... 8,000 near Ukraine: U.S." (a headline's source, not a full stop)
_NEXT_WORD = re.compile(r"\s+[\"“‘'(\[]*([\w.]+)")


@dataclass(slots=True)
class Sentence:
    """One sentence of a document: its position, its span and what kind of text it is."""

    index: int
    start: int
    end: int
    kind: str
    paragraph: int
    _tokens: list[Token] | None = field(default=None, repr=False, compare=False)
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _ends: list[int] = field(default_factory=list, repr=False, compare=False)

    def tokens(self, text: str) -> list[Token]:
        """The sentence's tokens (``text`` is its document's), tokenized once."""
        if self._tokens is None:
            self._tokens = tokenize(text, self.start, self.end)
            self._starts = [token.start for token in self._tokens]
            self._ends = [token.end for token in self._tokens]
        return self._tokens

    def token_at(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """(index of the first token, index after the last) when ``text[start:end]`` is a run of whole tokens."""
        self.tokens(text)
        first = bisect_left(self._starts, start)
        last = bisect_left(self._ends, end)
        if first < len(self._starts) and self._starts[first] == start and last < len(self._ends) and self._ends[last] == end:
            return first, last + 1
        return None

    def tokens_between(self, text: str, start: int, end: int) -> list[Token]:
        """The sentence's tokens that lie within ``text[start:end]``."""
        tokens = self.tokens(text)
        return tokens[bisect_left(self._starts, start):bisect_right(self._ends, end)]


@dataclass(slots=True)
class Token:
    """A word, a number or a punctuation mark, with its span and its lower-case form."""

    text: str
    start: int
    end: int
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern:
    titles = [a for a in _rules().abbreviations if a[:1].isupper() and a.count(".") == 1 and a not in _rules().may_end]
    # The lookahead lets the regex engine skip white space before trying the alternatives; numbers
    # share one "\d+" before their three forms (an AGE, an ORDINAL, "10,000").
    return re.compile(
        rf"(?=\S)(?:(?:{alternation(titles)})(?=\s+[A-Z(\d])|[A-Z][a-z]?\.[A-Z][a-z]+\b|[A-Z]\.(?=\s[A-Z][a-z])|[A-Z](?:\.[A-Z])+\.?|\d+(?:{_AGE_SUFFIX}\b|{_ORDINAL_SUFFIX}\b|(?:[.,]\d+)*)|\w+(?:[-'’&]\w+)*(?:\.(?i:net|com|org|ua|ru|kr|jp)\b)?|[^\s\w])"
    )


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``: "U.S.", "Maj." (before a name), "10,000", "34-year-old", "80th", "Ukraine’s",
    a middle initial ("Sue J. Bai") and a Mongolian name after its patronymic's initial ("Ts.Enkhbayar") are one token each."""
    end = len(text) if end is None else end
    return [Token(word := match.group(), match.start(), match.end(), word.lower()) for match in _token_pattern().finditer(text, start, end)]


@dataclass(slots=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_start``/``inner_end`` do not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool


@dataclass(frozen=True)
class _Rules:
    boundary: re.Pattern
    abbreviations: frozenset[str]
    may_end: frozenset[str]
    openings: frozenset[str]
    headline_max_words: int
    furniture_lines: frozenset[str]
    link_list: re.Pattern
    furniture_prefix: re.Pattern
    dateline: re.Pattern
    address_line: re.Pattern
    byline: re.Pattern
    timestamp_line: re.Pattern
    comment_header: re.Pattern
    credit_line: re.Pattern
    photo_credit: re.Pattern
    caption_cues: re.Pattern
    caption_credit: re.Pattern
    date_line: re.Pattern
    timeline_date: re.Pattern
    timeline_entry: re.Pattern
    link_date: re.Pattern
    author_bio: re.Pattern
    shouted_line: re.Pattern
    media_box_lines: frozenset[str]
    citation_headings: frozenset[str]
    blocks: dict[str, str]  # the line that opens a block of furniture: the line that closes it
    credit_openers: tuple[str, ...]
    promotion: re.Pattern
    quote_pairs: dict[str, str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_toml("text")
    sentences, furniture = data["sentences"], data["furniture"]
    openers = "|".join(re.escape(o) for o in sorted(furniture["link_list_openers"], key=len, reverse=True))
    prefixes = "|".join(re.escape(p) for p in sorted(furniture["line_prefixes"], key=len, reverse=True))
    return _Rules(
        boundary=re.compile(rf"[.!?]+[\"”’')\]»]*(?:{FOOTNOTE_MARK})*(?=\s+[\"“‘'(\[«]?[A-Z0-9])"),  # "... terrain.[11] A milblogger"
        abbreviations=frozenset(sentences["abbreviations"]),
        may_end=frozenset(sentences["may_end_sentence"]),
        openings=frozenset(sentences["openings"]),
        headline_max_words=int(sentences["headline_max_words"]),
        furniture_lines=frozenset(line.casefold() for line in furniture["lines"]),
        link_list=re.compile(rf"\s*(?:[▶►▷•■◆※]\s*)?(?:{openers})\b\s*(?::|\.{{2,}}|…)?", re.IGNORECASE),  # "Related:", "Related...", "▶ Related"
        furniture_prefix=re.compile(rf"\s*(?:{prefixes})", re.IGNORECASE),
        dateline=re.compile(furniture["dateline"], re.MULTILINE),
        address_line=re.compile(furniture["address_line"]),
        byline=re.compile(furniture["byline"]),
        timestamp_line=re.compile(furniture["timestamp_line"]),
        comment_header=re.compile(furniture["comment_header"]),
        credit_line=re.compile(furniture["credit_line"]),
        photo_credit=re.compile(rf"^[\w .’'&|/-]{{2,60}}?(?:\s*[/|,]\s*|\s+via\s+)(?:{alternation(furniture['photo_agencies'])})$"),
        caption_credit=re.compile(furniture["caption_credit"]),
        caption_cues=re.compile(furniture["caption_cues"]),
        date_line=re.compile(furniture["date_line"]),
        timeline_date=re.compile(furniture["timeline_date"]),
        timeline_entry=re.compile(rf"(?:{furniture['timeline_date']})\s+\|\s+(?:[A-Za-z][^\s|]*\s+){{3}}"),  # its date, "|" and three words
        link_date=re.compile(furniture["link_date"]),
        author_bio=re.compile(furniture["author_bio"]),
        shouted_line=re.compile(furniture["shouted_line"]),
        media_box_lines=frozenset(line.casefold() for line in furniture["media_box_lines"]),
        citation_headings=frozenset(furniture["citation_headings"]),
        blocks={opening: closing for opening, closing in furniture["blocks"]},
        credit_openers=tuple(furniture["credit_sentence_openers"]),
        promotion=re.compile(rf"\b(?:{alternation(furniture['promotion_words'])})\b", re.IGNORECASE),
        quote_pairs={opening: closing for opening, closing in data["quotes"]["pairs"]},
    )


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of ``text`` as (start, end) spans, surrounding white space trimmed."""
    spans = []
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped[0])
            spans.append((start, start + len(stripped)))
        position += len(line)
    return spans


def _is_headline(line: str, rules: _Rules) -> bool:
    """A short line that closes with no full stop ("... as 'grave threat'" is one; "... he said." is not)."""
    words = len(line.split())
    closed = line.rstrip().rstrip(_QUOTES).endswith(_CLOSING_PUNCTUATION) and not (":" in line and _SOURCE_TAG.search(line))
    return words <= rules.headline_max_words and not closed


def _is_page_line(line: str, rules: _Rules) -> bool:
    """An address, a timestamp, a photo credit, a byline or a promotion: a line of the page, not of the story."""
    if any(rule.match(line) for rule in (rules.address_line, rules.timestamp_line, rules.credit_line, rules.photo_credit, rules.date_line,
                                         rules.author_bio, rules.shouted_line)):
        return True
    if len(line.split()) <= 40 and rules.promotion.search(line):
        return True  # "Please support our work — donate €5 or more a month."
    return bool(rules.byline.match(line)) and len(line.split()) <= 15 and not _ENDS_SENTENCE.search(line)


def _blocks(folded: list[str], rules: _Rules) -> set[int]:
    """The lines (``folded``: case-folded, closing colon dropped) of the page's blocks: from a line
    that opens one ("Key events") to the line that closes it ("Show key events only"), when that
    comes within ``_BLOCK_LINES`` lines."""
    inside: set[int] = set()
    for index, line in enumerate(folded):
        closing = rules.blocks.get(line)
        if closing is not None and closing in folded[index + 1:index + 1 + _BLOCK_LINES]:
            inside.update(range(index, folded.index(closing, index + 1) + 1))
    return inside


def _line_kinds(text: str, spans: list[tuple[int, int]], rules: _Rules) -> list[str]:
    kinds = []
    in_link_list = False
    in_media_box = 0  # lines of a video box still to come: its title and description
    captions: list[int] = []  # lines of captions ending with their credit
    in_comment = False  # a reader's comment comes next, under its header
    folded_lines = [text[start:end].casefold().rstrip(":").strip() for start, end in spans]
    blocks = _blocks(folded_lines, rules)
    entries = [rules.timeline_entry.match(text, start, end) is not None for start, end in spans]
    for (start, end), folded in zip(spans, folded_lines):
        line = text[start:end]
        if len(kinds) in blocks:
            kinds.append(FURNITURE)
            continue
        if folded in rules.media_box_lines:
            kinds.append(FURNITURE)
            in_media_box = _MEDIA_BOX_LINES
            continue
        if in_media_box and len(line.split()) <= _TEASER_WORDS:
            kinds.append(FURNITURE)
            in_media_box -= 1
            continue
        in_media_box = 0
        header = rules.comment_header.match(line) is not None
        if header or in_comment:
            kinds.append(FURNITURE)
            in_comment = header  # the comment a header heads is the next line
            continue
        index = len(kinds)
        if entries[index] and not in_link_list and any(entries[max(0, index - 1):index] + entries[index + 1:index + 2]):
            kinds.append(HEADLINE)  # a timeline's entries: "Nov. 4 | First clashes reported in Kursk" (not "January 15, 2025 | Kyiv")
            continue
        opens_list = bool(rules.link_list.match(line)) and "|" not in line or folded in rules.citation_headings  # not a menu: "Latest Headlines | World News"
        if folded in rules.furniture_lines or rules.furniture_prefix.match(line) or _is_page_line(line, rules):
            kinds.append(FURNITURE)
            in_link_list = in_link_list or opens_list
            continue
        if rules.caption_credit.search(line):
            kinds.append(FURNITURE)  # a caption ending with its credit
            captions.append(index)
            continue
        if opens_list and (rules.link_list.fullmatch(line) or _is_headline(line, rules)):
            kinds.append(FURNITURE)
            in_link_list = True
            continue
        if in_link_list and (_BULLET.match(line) or _is_headline(line, rules)):
            kinds.append(FURNITURE)
            continue
        if in_link_list and len(line.split()) <= _TEASER_WORDS and _dated_next(text, spans, len(kinds), rules):
            kinds.append(FURNITURE)  # a linked story's summary, then its section and date
            continue
        in_link_list = False
        kinds.append(HEADLINE if _is_headline(line, rules) else BODY)
    _read_a_gallery(text, spans, kinds, captions)
    return _set_off_lines(text, spans, kinds, rules)


def _read_a_gallery(text: str, spans: list[tuple[int, int]], kinds: list[str], captions: list[int]) -> None:
    """A page made of captions (a photo gallery: three or more, longer together than its own
    text) has them for its story: they become its body."""
    words = [len(text[start:end].split()) for start, end in spans]
    body = sum(count for count, kind in zip(words, kinds) if kind == BODY)
    long_captions = [index for index in captions if words[index] > _GALLERY_CAPTION_WORDS]  # not "Image ID: 2435 | 4500 x 3000 px"
    if len(long_captions) >= _GALLERY_CAPTIONS and sum(words[index] for index in long_captions) > body:
        for index in long_captions:
            kinds[index] = BODY


def _dated_next(text: str, spans: list[tuple[int, int]], index: int, rules: _Rules) -> bool:
    """Whether the line after ``spans[index]`` is a short one that dates a linked story
    ("Conflicts04/28/2025April 28, 2025"), or another line of the story's summary before it."""
    for start, end in spans[index + 1:index + 3]:
        following = text[start:end]
        if len(following.split()) <= 6 and rules.link_date.search(following):
            return True
        if len(following.split()) > _TEASER_WORDS:
            return False
    return False


def _is_link_like(line: str) -> bool:
    """A short line that does not end as a sentence does: the title of a linked story."""
    return len(line.split()) <= _LINK_WORDS and not line.rstrip().rstrip(_QUOTES).endswith((".", "!", "?"))


def _set_off_lines(text: str, spans: list[tuple[int, int]], kinds: list[str], rules: _Rules) -> list[str]:
    """Headline-like lines that belong to the page: three or more numbered ones together (a list
    of the most read stories), a caption just above its photo credit
    ("Zelensky posted photos of the two men on Telegram" / "Volodymyr Zelensky/Telegram"), and,
    once the story has begun, a link between two lines of furniture ("Become a member" / "Ukraine
    war latest: Russia launches 150 drones" / "Sign up for our newsletter")."""
    kinds = list(kinds)
    numbered = [kind != FURNITURE and _NUMBERED.match(text, start, end) is not None and _is_link_like(text[start:end])
                for (start, end), kind in zip(spans, kinds)]
    for index in range(len(kinds)):
        if numbered[index] and sum(numbered[max(0, index - 2):index + 3]) >= _NUMBERED_RUN:
            kinds[index] = FURNITURE  # "1. ...", "2. ...", "3. ...": a list of the most read stories
    begun = False
    for index, kind in enumerate(kinds):
        begun = begun or kind == BODY
        if kind == FURNITURE or index + 1 >= len(kinds) or kinds[index + 1] != FURNITURE:
            continue
        following = text[spans[index + 1][0]:spans[index + 1][1]]
        credit = (rules.credit_line.match(following) or rules.photo_credit.match(following)) \
            and not any(char.isdigit() for char in following)  # not "Published 11/30/2024"
        if kind == BODY:
            if credit and _captions_its_credit(text[spans[index][0]:spans[index][1]], following, rules):
                kinds[index] = FURNITURE  # "A K9 howitzer at the Defense Expo on Sept. 25, 2024." / "Name | Bloomberg | Getty Images"
        elif index and (credit or begun and kinds[index - 1] == FURNITURE and not _TIME_LINE.fullmatch(text, *spans[index - 1])):
            kinds[index] = FURNITURE  # not a live page's entry under its time: "11:54 PM" / "BREAKING: ..." / "11:59 PM"
    return _timeline_headings(text, spans, kinds, rules)


def _timeline_headings(text: str, spans: list[tuple[int, int]], kinds: list[str], rules: _Rules) -> list[str]:
    """A bare date over an entry of prose, next to another such heading two lines away, heads a
    timeline's entry ("June 19, 2024" / "Putin and Kim sign a treaty ..." / "October 18"): no date line of the page."""
    dated = [rules.timeline_date.fullmatch(text, start, end) is not None for start, end in spans]
    for index, kind in enumerate(kinds):
        if kind == FURNITURE and dated[index] and index + 1 < len(kinds) and kinds[index + 1] != FURNITURE \
                and (index + 2 < len(kinds) and dated[index + 2] or index >= 2 and dated[index - 2] and kinds[index - 1] != FURNITURE):
            kinds[index] = HEADLINE
    return kinds


def _captions_its_credit(line: str, credit: str, rules: _Rules) -> bool:
    """Whether a line of the story's size is the caption of the photo credited on the next line:
    it speaks of the picture or ends with its date, and the credit names an agency or only people
    ("KCNA/Kyodo"); not a paragraph above "mrp/ics", "ABC/wires" or "With reporting by RFE/RL's ..."."""
    names = [word for word in re.split(r"[\s/|,]+", credit) if word and word != "via"]
    named = rules.photo_credit.match(credit) or len(names) <= _CREDIT_WORDS and all(word[0].isupper() for word in names)
    return bool(named) and len(line.split()) <= _CAPTION_WORDS and rules.caption_cues.search(line) is not None


def _ends_sentence(text: str, match: re.Match, rules: _Rules) -> bool:
    """Whether the full stop of ``match`` ends a sentence, or belongs to an abbreviation."""
    if not text.startswith(".", match.start()) or match.group().startswith(".."):
        return True
    word_start = match.start()
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"“‘'[":
        word_start -= 1
    word = text[word_start:match.start() + 1]
    if len(word) == 2 and word[0].isupper():  # an initial: "J. Smith"
        return False
    if word not in rules.abbreviations:
        return True
    if word in rules.may_end:
        following = _NEXT_WORD.match(text, match.end())
        return bool(following) and following.group(1) in rules.openings
    return False


_DATELINE_PLACE = re.compile(r"(?![A-Z][a-z]{2,8}\.? \d)[A-Z][\w.’'/ -]*?(?=,|\.\s+(?:[A-Z][a-z]|/)|\s*\(|\s*(?:--|[-–—:]))")  # not "April 28 (UPI) --"


def dateline_date(text: str, sentence: Sentence) -> str | None:
    """The date written in a dateline sentence ("Nov 13" of "SEOUL, Nov 13 (Reuters) -"), if any."""
    match = _rules().dateline.match(text, sentence.start)
    return match["date"] if match and sentence.kind == FURNITURE else None


def dateline_place(text: str, sentence: Sentence) -> str | None:
    """The place a dateline sentence names, in title case ("Seoul" of "SEOUL, Nov 13 (Reuters) -"), if any."""
    match = _rules().dateline.match(text, sentence.start) if sentence.kind == FURNITURE else None
    place = _DATELINE_PLACE.match(match.group()) if match else None
    return place.group().title() if place else None


def is_date_line(text: str, sentence: Sentence) -> bool:
    """Whether a sentence of furniture is the page's date line ("Sat, September 13, 2025 at 11:40 AM GMT+9 · 4 min read")."""
    return sentence.kind == FURNITURE and _rules().date_line.match(text[sentence.start:sentence.end]) is not None


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order, each within one paragraph; a dateline is a sentence of its own."""
    rules = _rules()
    spans = paragraphs(text)
    sentences: list[Sentence] = []
    for number, ((start, end), kind) in enumerate(zip(spans, _line_kinds(text, spans, rules))):
        if kind == BODY and (dateline := rules.dateline.match(text, start, end)):
            dateline_end = start + len(dateline.group().rstrip())
            sentences.append(Sentence(len(sentences), start, dateline_end, FURNITURE, number))
            start = dateline.end()
        cuts = [start]
        if kind != FURNITURE:
            for match in rules.boundary.finditer(text, start, end):
                if _ends_sentence(text, match, rules):
                    cuts.append(match.end())
        cuts.append(end)
        for cut_start, cut_end in pairwise(cuts):
            piece = text[cut_start:cut_end]
            stripped = piece.strip()
            if stripped:
                first = cut_start + piece.index(stripped[0])
                credit = kind != FURNITURE and stripped.startswith(rules.credit_openers)  # "... in Pyongyang. Photo: KCNA"
                sentences.append(Sentence(len(sentences), first, first + len(stripped), FURNITURE if credit else kind, number))
    return sentences


def _closing_single_quote(text: str, position: int, end: int) -> int:
    """The ’ at or after ``position`` that closes a ‘ quotation (not an apostrophe), or -1."""
    while True:
        position = text.find("’", position, end)
        if position < 0:
            return -1
        after = text[position + 1] if position + 1 < len(text) else " "
        if not after.isalnum():
            return position
        position += 1


def find_quotes(text: str) -> list[Quote]:
    """The quotations of ``text``, paragraph by paragraph.

    A quotation left open at the end of its paragraph (the newswire style for a quote that goes on
    in the next paragraph) ends with the paragraph and has ``closed`` false.
    """
    pairs = _rules().quote_pairs
    quotes: list[Quote] = []
    for start, end in paragraphs(text):
        position = start
        while position < end:
            opening = min(
                ((index, mark) for mark in pairs if (index := text.find(mark, position, end)) >= 0),
                default=None,
            )
            if opening is None:
                break
            index, mark = opening
            if mark == "‘":
                closing = _closing_single_quote(text, index + 1, end)
                if closing < 0:
                    position = index + 1
                    continue
            else:
                closing = text.find(pairs[mark], index + 1, end)
            if closing < 0:
                quotes.append(Quote(index, end, index + 1, end, False))
                break
            quotes.append(Quote(index, closing + 1, index + 1, closing, True))
            position = closing + 1
    return quotes
