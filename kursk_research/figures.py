"""Figures: the numbers that count or measure something in the story, with qualifier, unit and category.

A number becomes a figure when it counts a noun of the lexicon (``data/lexicons/figures.toml``),
written right after it through a few modifiers ("1,500 North Korean special forces operatives"),
after "of" ("8,000 of the 10,000 troops", "thousands of tons"), or left out because the previous
sentence named it ("8,000 troops had arrived. As many as 10,000 have ..."). Dates, years,
durations, ages, times, labels ("Article 5") and weapon names ("KN-23") are no figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import alternation, load_toml, plural
from .numbers import DIGITS, VAGUE, WORDS, Number, find_numbers
from .segment import Sentence, Token, tokenize
from .units import normalise

EXACT, RANGE, VAGUE_QUALIFIER = "exact", "range", "vague"
CASUALTIES, PERSONNEL, MONEY = "casualties", "personnel", "money"
_THE_FEW = re.compile(r"\b[Tt]he\s+$")
_HYPHENATED = re.compile(r"-([A-Za-z]+)\b")  # the word a number is joined to: "three-star"
_WINDOW = 90  # characters of context read on either side of a number
_COUNT_FLOOR = 100  # an elided number this large counts the people just named ("about 11,000 were sent"); "two were" need not


@dataclass(slots=True)
class Figure:
    """One figure of a document; ``speaker`` and ``attribution`` are filled in once attributions are known."""

    start: int
    end: int
    value: float
    value_high: float | None
    qualifier: str
    unit: str
    category: str
    value_norm: float
    unit_norm: str
    sentence: int
    number_start: int
    number_end: int
    speaker: str = ""
    attribution: int | None = field(default=None)


@dataclass(slots=True)
class _Noun:
    unit: str
    category: str
    measure: bool


@dataclass(frozen=True)
class _Lexicon:
    nouns: dict[tuple[str, ...], _Noun]
    longest_noun: int
    designation: re.Pattern  # "KN-23s": a weapon counted by its designation
    designation_category: str
    qualifier: re.Pattern
    qualifier_kinds: dict[str, str]
    casualty_before: re.Pattern
    casualty_after: re.Pattern
    time_units: frozenset[str]
    labels: frozenset[str]
    not_counted_phrases: re.Pattern
    percent_words: frozenset[str]
    percent_change: re.Pattern  # "an increase of", "down from" before a percentage
    anaphoric: frozenset[str]
    linking_words: frozenset[str]
    collective_before: re.Pattern  # "an army of | 1.2 million", "a contingent of about | 11,000"
    ages: re.Pattern
    apposed_age: re.Pattern
    stop_words: frozenset[str]
    modifier_words: frozenset[str]
    max_modifiers: int
    months: frozenset[str]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(token.lower for token in tokenize(phrase))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_toml("figures")
    irregular = data["irregular_plurals"]
    measures = set(data["measures"]["nouns"])
    nouns: dict[tuple[str, ...], _Noun] = {}
    for category, entries in data["nouns"].items():
        for unit in entries:
            noun = _Noun(unit.lower(), category, unit in measures)
            for form in (unit, plural(unit, irregular)):
                nouns.setdefault(_words(form), noun)
    qualifier_kinds = {
        " ".join(phrase.lower().split()): kind for kind, phrases in data["qualifiers"].items() for phrase in phrases
    }
    casualty = data["casualty_context"]
    not_counted = data["not_counted"]
    time_units = set()
    for unit in not_counted["time_units"]:
        time_units.update((unit, plural(unit)))
    dates = load_toml("dates")
    months = {name.lower().rstrip(".") for names in dates["months"].values() for name in names}
    return _Lexicon(
        nouns=nouns,
        longest_noun=max(len(key) for key in nouns),
        designation=re.compile(data["designations"]["plural"]),
        designation_category=data["designations"]["category"],
        qualifier=re.compile(rf"(?<![\w-])(?:{alternation(qualifier_kinds)})\s+$", re.IGNORECASE),
        qualifier_kinds=qualifier_kinds,
        casualty_before=re.compile(rf"\b(?:{alternation(casualty['before'])})\b", re.IGNORECASE),
        casualty_after=re.compile(rf"^\W*(?:\w+\s+){{0,3}}(?:{alternation(casualty['after'])})\b", re.IGNORECASE),
        time_units=frozenset(time_units),
        labels=frozenset(label.lower() for label in not_counted["labels"]),
        not_counted_phrases=re.compile(rf"\b(?:{alternation(not_counted['phrases'])})\b", re.IGNORECASE),
        percent_words=frozenset(data["percent"]["words"]),
        percent_change=re.compile(rf"\b(?:{alternation(data['percent']['changes'])})\s+(?:(?:{alternation(qualifier_kinds)})\s+)?$",
                                  re.IGNORECASE),
        anaphoric=frozenset(data["noun_phrase"]["anaphoric"]),
        linking_words=frozenset(data["noun_phrase"]["linking_words"]),
        collective_before=re.compile(rf"\b(?:{alternation(data['noun_phrase']['collectives'])})\s+of\s+(?:[a-z]+\s+){{0,2}}$",
                                     re.IGNORECASE),
        ages=re.compile(rf"\b(?:{alternation(not_counted['ages'])})\b", re.IGNORECASE),
        apposed_age=re.compile(not_counted["apposed_age"]),
        stop_words=frozenset(data["noun_phrase"]["stop_words"]),
        modifier_words=frozenset(data["noun_phrase"]["modifier_words"]),
        max_modifiers=int(data["noun_phrase"]["max_modifiers"]),
        months=frozenset(months),
    )


def _noun_at(tokens: list[Token], index: int, lexicon: _Lexicon) -> tuple[_Noun, int] | None:
    """The lexicon noun starting at ``tokens[index]`` (longest first), or a designation in the
    plural ("KN-23s"), and the index after it."""
    for length in range(min(lexicon.longest_noun, len(tokens) - index), 0, -1):
        key = tuple(token.lower for token in tokens[index:index + length])
        noun = lexicon.nouns.get(key)
        if noun is not None:
            return noun, index + length
    designation = lexicon.designation.fullmatch(tokens[index].text) if index < len(tokens) else None
    if designation is not None:
        return _Noun(designation["name"].lower(), lexicon.designation_category, False), index + 1
    return None


def _head_noun(tokens: list[Token], lexicon: _Lexicon, skip_numbers: bool = False) -> tuple[_Noun, int, int] | None:
    """The counted noun a number phrase runs on to: (noun, index of its first token, index after it).

    Up to ``max_modifiers`` words may stand between ("North Korean special forces"); a stop word or
    punctuation ends the search. A noun followed at once by another ("forces operatives") gives way
    to the second, which is the head.
    """
    modifiers = 0
    for index, token in enumerate(tokens):
        found = _noun_at(tokens, index, lexicon)
        if (found is not None and token.text[0].isupper() and not tokens[found[1] - 1].text.endswith("s")
                and found[1] < len(tokens) and tokens[found[1]].text.islower() and found[0].category != "money"):
            found = None  # a nationality describing a noun ("one North Korean official"), not "4,000 North Koreans" or "Norwegian kroner"
        if found is not None:
            noun, after = found
            first = index
            while after < len(tokens) and (following := _noun_at(tokens, after, lexicon)) is not None:
                first, (noun, after) = after, following
            return noun, first, after
        if skip_numbers and (token.text[0].isdigit() or token.lower in ("the", "these", "those", "its", "their", "some")):
            continue
        if token.lower in ("and", "or") and 0 < index < len(tokens) - 1 and _is_name(tokens[index - 1]) and _is_name(tokens[index + 1]):
            continue  # "150 KN-23 and KN-24 ballistic missiles"
        if not token.is_word or (token.lower in lexicon.stop_words and token.lower not in lexicon.modifier_words):
            return None
        modifiers += 1
        if modifiers > lexicon.max_modifiers:
            return None
    return None


def _is_name(token: Token) -> bool:
    """A capitalised or coded word, such as a weapon's name: "KN-23", "Koksan", "Iskander"."""
    return token.text[0].isupper() or any(char.isdigit() for char in token.text)


def _measured_category(tokens: list[Token], lexicon: _Lexicon) -> str | None:
    """The category of what a measure noun measures: "containers [of ammunition]"."""
    if tokens and tokens[0].lower == "of":
        found = _head_noun(tokens[1:5], lexicon)
        if found is not None:
            return found[0].category
    return None


def _is_year(text: str, number: Number) -> bool:
    written = text[number.start:number.end]
    return number.kind == DIGITS and written.isdigit() and len(written) == 4 and 1800 <= number.value <= 2100


class _Extractor:
    """Figures of one document, sentence after sentence; remembers the last unit for elided nouns."""

    def __init__(self, text: str, excluded: list[tuple[int, int]]):
        self.text = text
        self.excluded = excluded
        self.lexicon = _lexicon()
        self.figures: list[Figure] = []
        self.previous: Sentence | None = None  # the last sentence read before the current one

    def _in_excluded(self, start: int, end: int) -> bool:
        return any(start < e_end and s_start < end for s_start, e_end in self.excluded)

    def _antecedent(self, sentence: Sentence) -> Figure | None:
        for figure in reversed(self.figures):
            if figure.sentence < sentence.index - 1:
                return None
            if figure.unit:
                return figure
        return None

    def _is_not_counted(self, number: Number, before: list[Token], after: list[Token]) -> bool:
        lexicon = self.lexicon
        if self._in_excluded(number.start, number.end) or _is_year(self.text, number):
            return True
        if before and (before[-1].lower.rstrip(".") in lexicon.months or before[-1].lower in lexicon.labels):
            return True
        if before and after and before[-1].text == "[" and after[0].text == "]":
            return True  # a footnote's mark: "since December.[4]"
        suffix = _HYPHENATED.match(self.text, number.end)
        if suffix and suffix.group(1).lower() in lexicon.time_units:
            return True  # "a three-star general", "a 30-day truce"
        following = [token.lower for token in after[:3] if token.text != "-"]
        if following and (following[0] in lexicon.months or following[0] in lexicon.time_units):
            return True
        if len(following) > 1 and following[0] in lexicon.modifier_words and following[1] in lexicon.time_units:
            return True  # "two more weeks"
        if after and after[0].text in (":", "/") and len(after) > 1 and after[1].text[0].isdigit():
            return True  # a time or a fraction: "10:30", "24/7"
        window = self.text[max(0, number.start - 3):min(len(self.text), number.end + 8)]
        return bool(lexicon.not_counted_phrases.search(window)) and number.value == 1

    def _qualifier(self, number: Number, sentence: Sentence) -> tuple[str, int]:
        """The figure's qualifier and where its span starts: a range opener or a hedge word before the number."""
        if number.is_range and number.range_start is not None:
            return RANGE, number.range_start
        if number.kind == VAGUE:
            return VAGUE_QUALIFIER, number.start
        window_start = max(sentence.start, number.start - 30)
        match = self.lexicon.qualifier.search(self.text, window_start, number.start)
        if number.is_range:  # "some 11,000 to 12,000": a range, spanned from its hedge
            return RANGE, match.start() if match else number.start
        if match is None:
            return EXACT, number.start
        phrase = " ".join(match.group().lower().split())
        return self.lexicon.qualifier_kinds[phrase], match.start()

    def _is_casualty(self, start: int, end: int, sentence: Sentence) -> bool:
        """Whether the clause around a figure of people counts them killed, wounded or captured."""
        before = self.text[max(sentence.start, start - 45):end]
        before = re.split(r"[;:(]|,\s(?!and\b|or\b)", before)[-1]
        after = self.text[end:min(sentence.end, end + 40)]
        return bool(self.lexicon.casualty_before.search(before) or self.lexicon.casualty_after.search(after))

    def add(self, number: Number, sentence: Sentence) -> None:
        """Decide whether ``number`` is a figure; if it is, record it."""
        lexicon, text = self.lexicon, self.text
        before = sentence.tokens_between(text, number.start - 20, number.start)
        after = sentence.tokens_between(text, number.end, self._context_end(number.end, sentence))
        if self._is_not_counted(number, before, after):
            return
        if after and after[0].text == "-" and number.end == after[0].start and len(after) > 1:
            joined = _noun_at(after, 1, lexicon)
            if after[1].lower != "strong" and (joined is None or joined[0].category == MONEY):
                return  # a calibre, a weight or a label: "170-mm", "2,000-pound bombs", "a 9-year"
            if after[1].lower == "strong":
                after = after[2:]  # "a 10,000-strong contingent" counts people
                found = _head_noun(after, lexicon)
                self._record(number, sentence, found[0] if found else _Noun("", PERSONNEL, False), number.end, after)
                return
            after = after[1:]
        percent = self._percent_length(after)
        if percent:
            return self._record_share(number, sentence, after, percent)
        if after and after[0].lower in lexicon.anaphoric and _head_noun(after, lexicon) is None:
            end = after[0].end if after[0].lower == "others" else number.end
            return self._record_elided(number, sentence, after, end=end)  # "nine others", "2,700 wounded"
        if after and after[0].lower == "of":
            found = _head_noun(after[1:], lexicon, skip_numbers=number.kind != VAGUE)
            if found is None and number.currency:
                return self._record(number, sentence, _Noun(number.currency, MONEY, False), number.end, after)  # "£7.5bn of cargo"
            if found is None:
                return self._record_elided(number, sentence, after)
            noun, _, end_index = found
            if number.kind == VAGUE:  # "thousands of tons": the phrase runs on to its noun
                self._record(number, sentence, noun, after[1:][end_index - 1].end, after[1:][end_index:])
            else:  # "8,000 of the 10,000 troops": the noun is far, the span is the number phrase
                self._record(number, sentence, noun, number.end, after[1:][end_index:])
            return
        found = _head_noun(after, lexicon)
        if found is not None:
            noun, _, end_index = found
            self._record(number, sentence, noun, after[end_index - 1].end, after[end_index:])
            return
        if len(after) > 2 and after[0].lower == "to" and any(t.text[0].isdigit() for t in after[1:3]):
            found = _head_noun(after[1:], lexicon, skip_numbers=True)
            if found is not None:  # "shrunk from about 11,000 to roughly 8,000 fighters": the noun of the number after
                self._record(number, sentence, found[0], number.end, after)
                return
        if number.currency:
            self._record(number, sentence, _Noun(number.currency, MONEY, False), number.end, after)
            return
        if not after or not after[0].is_word or after[0].lower in lexicon.stop_words:
            self._record_elided(number, sentence, after)

    def _context_end(self, position: int, sentence: Sentence) -> int:
        """How far a number's noun may be looked for: the sentence, up to the next date."""
        end = min(sentence.end, position + _WINDOW)
        for start, stop in self.excluded:
            if position <= start < end:
                end = start
        return end

    def _percent_length(self, after: list[Token]) -> int:
        """How many tokens of ``after`` say "percent" ("%", "percent", "per cent"), if any."""
        for length in (2, 1):
            if len(after) >= length and " ".join(t.lower for t in after[:length]) in self.lexicon.percent_words:
                return length
        return 0

    def _record_share(self, number: Number, sentence: Sentence, after: list[Token], length: int) -> None:
        """A percentage counts as a share of something in the story ("30 percent of the troops",
        "about 40% of that ground") or as a change in the figure just stated ("an increase of
        roughly 33 percent"), not on its own ("the economy grew 3.1 per cent")."""
        rest = after[length:]
        if not (rest and rest[0].lower == "of"):
            changed = self._changed_figure(number, sentence)
            if changed is not None:
                self._record(number, sentence, _Noun("percent", changed.category, False), after[length - 1].end, rest)
            return
        found = _head_noun(rest[1:], self.lexicon, skip_numbers=True)
        if found is None and not (len(rest) > 1 and rest[1].lower in ("them", "those", "these", "that", "this", "its", "their")):
            return  # "80 percent of North Korea's GDP": a share of nothing counted in the story
        antecedent = self._antecedent(sentence)
        category = found[0].category if found else antecedent.category if antecedent else "other"
        self._record(number, sentence, _Noun("percent", category, False), after[length - 1].end, rest)

    def _changed_figure(self, number: Number, sentence: Sentence) -> Figure | None:
        """The figure a percentage after a change word ("down from", "a drop of") changes: the last
        one of its sentence, or of the sentence before when no number stands before it in its own."""
        if not self.lexicon.percent_change.search(self.text, max(sentence.start, number.start - 40), number.start) or not self.figures:
            return None
        last = self.figures[-1]
        first_number = not any(char.isdigit() for char in self.text[sentence.start:number.start])
        return last if last.sentence == sentence.index or first_number and last.sentence == sentence.index - 1 else None

    def _record_elided(self, number: Number, sentence: Sentence, after: list[Token], end: int | None = None) -> None:
        """A number whose noun is left out: it counts what the figure just before it counted. A
        bare "one" ("one has a bandaged jaw") and an age ("20 years old and the other 26") do not."""
        if number.kind == WORDS and number.value == 1 or self.lexicon.ages.search(self.text, sentence.start, sentence.end):
            return
        if self._apposed_age(number):
            return  # "one of the prisoners, 26, had joined", "the other, who is 20,", "Kim, 41, told"
        if number.kind == WORDS and _THE_FEW.search(self.text, max(0, number.start - 4), number.start):
            return  # "the two had agreed": the people just named, not a count
        end = number.end if end is None else end
        named = self._noun_before(number, sentence)
        antecedent = self._antecedent(sentence)
        if antecedent is not None and antecedent.category == MONEY and self._is_casualty(number.start, number.end, sentence):
            antecedent = None  # "half a billion pounds a year ... Forty thousand of them are dead": people, not money
        if named is not None:  # "put North Korean casualties at about 3,000", "suicide drones ... dozens of them"
            self._record(number, sentence, named, end, after)
        elif antecedent is not None:  # "8,000 troops had arrived. As many as 10,000 have ..."
            self._record(number, sentence, _Noun(antecedent.unit, antecedent.category, False), end, after)
        elif (mentioned := self._people_mentioned(number, sentence)) is not None:
            self._record(number, sentence, mentioned, end, after)  # "how many troops were deployed. ... about 11,000 were sent"
        elif self.lexicon.collective_before.search(self.text, max(0, number.start - 40), number.start):
            self._record(number, sentence, _Noun("", PERSONNEL, False), end, after)  # "an army of 1.2 million"
        elif self._is_casualty(number.start, number.end, sentence):
            self._record(number, sentence, _Noun("", CASUALTIES, False), end, after)

    def _people_mentioned(self, number: Number, sentence: Sentence) -> _Noun | None:
        """The people the text last named without counting them, earlier in the number's sentence
        or in the one before, when a number of at least ``_COUNT_FLOOR`` leaves its noun out."""
        if number.value < _COUNT_FLOOR:
            return None
        tokens = sentence.tokens_between(self.text, sentence.start, number.start)
        if self.previous is not None and self.previous.index == sentence.index - 1:
            tokens = self.previous.tokens(self.text) + tokens
        for index in range(len(tokens) - 1, -1, -1):
            found = _noun_at(tokens, index, self.lexicon)
            if found is None or found[0].category != PERSONNEL or not tokens[index].text.islower():
                continue
            following = tokens[found[1]] if found[1] < len(tokens) else None
            if following is None or not following.text.islower() or following.lower in self.lexicon.stop_words \
                    or following.lower in self.lexicon.anaphoric:
                return found[0]  # "troops were deployed", not the "spy" of "spy agency"
        return None

    def _apposed_age(self, number: Number) -> bool:
        """A small whole number set off after a name or a person: an age."""
        window = self.text[max(0, number.start - 30):number.end + 1]
        return number.value == int(number.value) and number.value < 120 and self.lexicon.apposed_age.search(window) is not None

    def _noun_before(self, number: Number, sentence: Sentence) -> _Noun | None:
        """The counted noun a number is set against just before it: "casualties at about 3,000",
        "the number of troops rose to 11,000" (a noun outside other figures, a few words back,
        followed by a linking word)."""
        taken = [(f.start, f.end) for f in self.figures if f.sentence == sentence.index]
        tokens = sentence.tokens_between(self.text, number.start - 60, number.start)
        for index in range(len(tokens) - 1, max(-1, len(tokens) - 7), -1):
            found = _noun_at(tokens, index, self.lexicon)
            if found is None or any(start <= tokens[index].start < end for start, end in taken):
                continue
            following = tokens[found[1]].lower if found[1] < len(tokens) else ""
            if following in self.lexicon.linking_words:
                return found[0]
        return None

    def _record(self, number: Number, sentence: Sentence, noun: _Noun, end: int, rest: list[Token]) -> None:
        qualifier, start = self._qualifier(number, sentence)
        if qualifier == EXACT and self.text[number.start:number.end].lower() == "one":
            return  # "one official put it", "after one assault": an article, not a count ("at least one officer" is)
        category = noun.category
        if noun.measure:
            category = _measured_category(rest, self.lexicon) or category
        if (category == PERSONNEL or category == CASUALTIES and not noun.unit) and self._is_casualty(start, end, sentence):
            category = CASUALTIES
        if number.currency and not noun.unit:
            noun = _Noun(number.currency, MONEY, False)
        unit = noun.unit
        if number.currency and category != MONEY:
            unit, category = number.currency, MONEY
        value_norm, unit_norm = normalise(number.value, unit, category)
        self.figures.append(Figure(
            start=start, end=end, value=number.value, value_high=number.value_high, qualifier=qualifier,
            unit=unit, category=category, value_norm=value_norm, unit_norm=unit_norm,
            sentence=sentence.index, number_start=number.start, number_end=number.end,
        ))


def extract_figures(text: str, sentences: list[Sentence], excluded: list[tuple[int, int]] = ()) -> list[Figure]:
    """The figures of a document; ``excluded`` spans (its dates, its speakers' phrases) hold none."""
    extractor = _Extractor(text, list(excluded))
    for sentence in sentences:
        if sentence.kind == "furniture":
            continue
        for number in find_numbers(text, sentence.start, sentence.end):
            extractor.add(number, sentence)
        extractor.previous = sentence
    return extractor.figures
