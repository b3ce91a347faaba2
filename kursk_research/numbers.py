"""Finding the numbers of a text: digits, number words, magnitudes, vague quantities and ranges.

``find_numbers`` reports every number phrase with its value; whether it counts anything, and what,
is decided by :mod:`kursk_research.figures`. Number words are read by ``text2num``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from .lexicon import alternation, load_toml

DIGITS, WORDS, VAGUE, FIXED = "digits", "words", "vague", "fixed"
# After "8m" with no currency: a plural noun within three words makes it millions ("8m artillery
# shells"); a distance word or nothing, metres ("500m from the border").
_YEAR = re.compile(r"(?:19|20)\d\d")
_MILLIONS_OF = re.compile(r"\s+(?!(?:from|away|long|high|deep|wide|of|into|to|in|at|on|and|or|behind|ahead)\b)(?:[a-z-]+\s+){0,2}[a-z-]+s\b")


@dataclass(slots=True)
class Number:
    """A number phrase: its span, its value (a range's low end), and how it was written."""

    start: int
    end: int
    value: float
    value_high: float | None
    kind: str
    currency: str = ""
    range_start: int | None = None  # where "between"/"from" opens a range, when one does

    @property
    def is_range(self) -> bool:
        return self.value_high is not None


@dataclass(frozen=True)
class _Patterns:
    number: re.Pattern
    range_high: re.Pattern  # the same, without the guard against a hyphen before the digits
    currency: re.Pattern  # a currency sign or code right before a number
    connector: re.Pattern
    opener: re.Pattern
    magnitudes: dict[str, float]
    vague: dict[str, float]
    fixed: dict[str, float]
    currencies: dict[str, str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lexicon = load_toml("figures")
    magnitudes = {word.lower(): float(value) for word, value in lexicon["magnitudes"].items()}
    long_magnitudes = [word for word in magnitudes if len(word) > 3]
    number_word = alternation(lexicon["number_words"] + long_magnitudes)
    word_run = rf"(?:{number_word})(?:-(?:{number_word}))?(?:(?:\s+and)?\s+(?:{number_word})(?:-(?:{number_word}))?)*"
    currencies = dict(lexicon["currency_symbols"])
    symbols = alternation(symbol for symbol in currencies if not symbol.isalpha())
    codes = alternation(symbol for symbol in currencies if symbol.isalpha())
    # Digits come first so that the regex engine can skip ahead to the next digit; a currency
    # sign before them is looked for afterwards.
    number = (
        rf"(?P<digits>(?=\d)GUARD(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)"
        rf"(?:(?:\s*|-)(?P<magnitude>{alternation(long_magnitudes)})\b|(?P<suffix>{alternation(m for m in magnitudes if len(m) <= 3)}|m|k)\b)?"
        rf"(?![\w,.:]\d|(?!(?:km(?:2|²)?|sq)\b)\w)"  # "50km" and "1,300sq km" are a number and its unit
        rf"|\b(?:(?P<vague>{alternation(lexicon['vague_quantities'])})"
        rf"|(?P<fixed>{alternation(lexicon['fixed_quantities'])})"
        rf"|(?P<words>{word_run}))\b"
    )
    ranges = lexicon["ranges"]
    return _Patterns(
        number=re.compile(number.replace("GUARD", _guard(currencies)), re.IGNORECASE),
        range_high=re.compile(number.replace("GUARD", ""), re.IGNORECASE),
        currency=re.compile(rf"(?:{symbols}|(?<![A-Za-z])(?:{codes})\s?)\s?$"),  # "$5", "USD 5", "Rbs2mn"
        connector=re.compile(rf"\s*(?:{alternation(ranges['connectors'])})\s*", re.IGNORECASE),
        opener=re.compile(rf"\b(?:{alternation(ranges['openers'])})\s+$", re.IGNORECASE),
        magnitudes=magnitudes,
        vague={phrase.lower(): float(value) for phrase, value in lexicon["vague_quantities"].items()},
        fixed={phrase.lower(): float(value) for phrase, value in lexicon["fixed_quantities"].items()},
        currencies=currencies,
    )


def _guard(currencies: dict[str, str]) -> str:
    """What may not stand right before a number's digits: a word, a number or a date's
    punctuation ("A-10", "1.5", "13/11") - but a currency code may ("Rbs2mn", "EUR50")."""
    codes = "".join(rf"(?<={re.escape(code)})|" for code in currencies if code.isalpha())
    return rf"(?:{codes}(?<![\w.,/:\-–]))"


def _squash(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _value(match: re.Match, patterns: _Patterns, currency: str = "") -> tuple[float, str] | None:
    """The value of one matched number phrase and its kind, or None when it is no number."""
    if match["digits"]:
        value = float(match["digits"].replace(",", ""))
        magnitude = (match["magnitude"] or match["suffix"] or "").lower()
        if magnitude in ("m", "k"):
            if magnitude == "m" and not currency and not _MILLIONS_OF.match(match.string, match.end()):
                return None  # "500m" without a currency is metres, not millions ("8m artillery shells" is)
            value *= 1_000_000 if magnitude == "m" else 1_000
        elif magnitude:
            value *= patterns.magnitudes[magnitude]
        return value, DIGITS
    if match["vague"]:
        return patterns.vague[_squash(match["vague"])], VAGUE
    if match["fixed"]:
        return patterns.fixed[_squash(match["fixed"])], FIXED
    value = _words_value(_squash(match["words"]), patterns)
    return (value, WORDS) if value is not None else None


def _words_value(words: str, patterns: _Patterns) -> float | None:
    """The value of number words: text2num's, with a magnitude it does not know ("two dozen")."""
    if words in patterns.magnitudes:  # a bare "hundred" or "million" is no number on its own
        return None
    try:
        return float(text2num(words, "en"))
    except ValueError:
        head, _, last = words.rpartition(" ")
        if head and last in patterns.magnitudes:
            value = _words_value(head, patterns)
            return value * patterns.magnitudes[last] if value is not None else None
        return None


def _words_range(match: re.Match, patterns: _Patterns) -> tuple[float, float] | None:
    """(low, high) of number words that join a range with "and": "two and three thousand"."""
    low_words, _, high_words = _squash(match["words"]).partition(" and ")
    low, high = _words_value(low_words, patterns), _words_value(high_words, patterns)
    if low is None or high is None:
        return None
    magnitude = high_words.rsplit(" ", 1)[-1]
    if magnitude in patterns.magnitudes and low < patterns.magnitudes[magnitude]:
        low *= patterns.magnitudes[magnitude]  # "two and three thousand": 2,000 to 3,000
    return (low, high) if low < high else None


def _currency(text: str, start: int, patterns: _Patterns) -> tuple[str, int]:
    """The currency written right before ``text[start]`` ("$", "US$", "KRW ") and where it starts."""
    match = patterns.currency.search(text, max(0, start - 5), start)
    if match is None:
        return "", start
    return patterns.currencies[match.group().strip()], match.start()


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Every number phrase in ``text[start:end]``, ranges joined into one, in order."""
    patterns = _patterns()
    end = len(text) if end is None else end
    numbers: list[Number] = []
    position = start
    while True:
        match = patterns.number.search(text, position, end)
        if match is None:
            return numbers
        position = match.end()
        currency, number_start = _currency(text, match.start(), patterns) if match["digits"] else ("", match.start())
        if currency and text[number_start].isalpha() and _YEAR.fullmatch(match.group()):
            currency, number_start = "", match.start()  # "the NIS 2024 report": an agency and a year, not shekels
        number_start = max(number_start, start)
        parsed = _value(match, patterns, currency)
        value_high = None
        range_start = None
        if parsed is None and match["words"] and " and " in _squash(match["words"]):
            between = patterns.opener.search(text, max(start, number_start - 12), number_start)
            joined = _words_range(match, patterns) if between else None
            if joined is not None:  # "between two and three thousand men"
                numbers.append(Number(number_start, match.end(), joined[0], joined[1], WORDS, "", between.start()))
            continue
        if parsed is None:
            continue
        value, kind = parsed
        number_end = match.end()
        if kind in (DIGITS, WORDS):
            joined = _range_end(text, match, number_start, value, end, patterns)
            if joined is not None:
                value, value_high, number_end = joined
                position = number_end
                opener = patterns.opener.search(text, max(start, number_start - 12), number_start)
                range_start = opener.start() if opener else None
        numbers.append(Number(number_start, number_end, value, value_high, kind, currency, range_start))


def _phrase_group(match: re.Match) -> str:
    return next(group for group in ("digits", "vague", "fixed", "words") if match[group])


def _range_end(
    text: str, first: re.Match, first_start: int, low: float, end: int, patterns: _Patterns
) -> tuple[float, float, int] | None:
    """(low, high, end) when the number ``first`` opens a range such as "10,000 to 12,000"."""
    connector = patterns.connector.match(text, first.end(), end)
    if connector is None:
        return None
    word = connector.group().strip().lower()
    high_start = connector.end()
    sign = re.match(r"(?:US\$|[$€£₩₽₴¥])\s?", text[high_start:high_start + 4])
    if sign and first["digits"] and _currency(text, first.start(), patterns)[0]:
        high_start += sign.end()  # "$1 to $2 million"
    second = patterns.range_high.match(text, high_start, end)
    if second is None or not (second["digits"] or second["words"]):
        return None
    if word == "and" and not patterns.opener.search(text, max(0, first_start - 12), first_start):
        return None  # "500 officers and three generals": "and" joins a range only after "between"
    parsed = _value(second, patterns, "sign" if sign else "")
    if parsed is None:
        return None
    high = parsed[0]
    if second["magnitude"] and not first["magnitude"] and low < 1000:
        low *= patterns.magnitudes[second["magnitude"].lower()]  # "between 10 and 12 thousand"
    elif second["words"] and first["words"] and low < 1000:
        magnitude = _squash(second["words"]).rsplit(" ", 1)[-1]
        if magnitude in patterns.magnitudes and not any(word in patterns.magnitudes for word in _squash(first["words"]).split()):
            low *= patterns.magnitudes[magnitude]  # "ten or twelve thousand"
    if high <= low:
        return None
    return low, high, second.end()
