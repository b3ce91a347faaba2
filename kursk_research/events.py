"""Events: the temporal expressions of an article, resolved to calendar dates against its anchor.

The patterns are built from ``data/lexicons/dates.toml``. Relative expressions ("on Monday",
"last week", "in August") resolve against the anchor (the publication date): backwards by default,
forwards in a clause that looks ahead ("will", "next", "is expected to", "by December" with no past
tense). Without an anchor they keep empty dates. Calendar arithmetic is python-dateutil's.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from .lexicon import alternation, load_toml
from .segment import FURNITURE, Sentence, dateline_date, is_date_line

DAY, WEEK, MONTH, SEASON, YEAR, OPEN = "day", "week", "month", "season", "year", "open"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:that|while|but|But|and|which|who)\b")
_STRONG_BREAK = re.compile(rf"[\"“”]|{_CLAUSE_BREAK.pattern}")  # a quotation mark breaks a clause too
_PAST_TENSE = re.compile(r"\b(?:(?:was|were|had|did)(?:n[’']t)?\b|(?:has|have)(?:n[’']t)?\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b)",
                         re.IGNORECASE)  # "by December they were", "have put the toll at 6,000 by March": not ahead
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all)\b)[a-z]+\b")  # "to send"
_BE_OR_TO = frozenset({"is", "are", "be", "been", "being", "was", "were", "to", "has", "have", "had", "will", "would"})
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|where|when|whose)\b[^,]*,")
_DESCRIPTION_LENGTH = 160


@dataclass(slots=True)
class Event:
    """One temporal expression: its span, the dates it resolves to, and what happened then."""

    start: int
    end: int
    date_start: date | None
    date_end: date | None
    granularity: str
    relative: bool
    sentence: int
    description: str
    forward: bool = False


@dataclass(frozen=True)
class _Grammar:
    forms: tuple[tuple[str, re.Pattern], ...]
    anchors: re.Pattern  # the words every expression holds: a month, a weekday, a year, "week" ...
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    parts: dict[str, dict]  # "days", "months" and an optional "granularity" of a part of a month
    relative: dict[str, dict]
    since: frozenset[str]
    until: frozenset[str]
    onsets: frozenset[str]  # "starting", "beginning": a day ahead unless the sentence tells of the past
    purposes: frozenset[str]  # "for": "set for Jan. 15", "the surplus for 2024", not "preparing for winter"
    durations: re.Pattern  # "over" before "the previous day": a stretch of time, not a day
    future: re.Pattern
    future_weekday: re.Pattern
    deadline: re.Pattern  # what makes "by December" a deadline ahead in a past sentence: "would be sent by December"
    past_irregular: frozenset[str]  # "put", "sent": a clause in the simple past reached its "by December"
    not_past: frozenset[str]  # "armed", "based": words in "-ed" that are seldom its verb
    after_verb: re.Pattern  # what "today" must follow: "said today", "told lawmakers today"
    reported_before: re.Pattern  # a reporting verb right before an expression: "said Friday" dates the report


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    data = load_toml("dates")
    months = {name: int(number) for number, names in data["months"].items() for name in names}
    weekdays = {name: int(number) for number, names in data["weekdays"].items() for name in names}
    prepositions = data["prepositions"]
    all_prepositions = prepositions["point"] + prepositions["since"] + prepositions["until"]
    parts = {" ".join(part.split()): spec for part, spec in data["parts"].items()}

    def name(group: str, names) -> str:  # month and weekday names keep their capital letter
        return rf"(?-i:(?P<{group}>{alternation(names)}))(?![\w]|(?-i:-[a-z]))"  # not the "Jun" of "Jun-ho"

    prep = rf"(?:(?P<prep>{alternation(all_prepositions)})\s+)?"
    day = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
    day2 = r"(?:\s*(?:and|or|-|–|to)\s*(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d))?"
    day2_named = r"(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
    year = r"(?P<year>(?:19|20)\d\d)(?!\d|,\d)"
    year_shift = r"\s+(?:of\s+)?(?P<year_shift>last|this|next)\s+year\b"  # "in August last year", "In August of last year"
    weekday = rf"(?:{name('weekday', weekdays)},?\s+)?"
    part = rf"(?:(?P<part>{alternation(parts)})(?:\s*-\s*|\s+)(?:of\s+)?)?"
    shift = r"(?:(?P<shift>last|this|next|past|coming)\s+)?"
    seasons = {season: tuple(bounds) for season, bounds in data["seasons"].items()}
    forms = {
        "day_month": rf"{prep}{weekday}(?:the\s+)?{day}{day2}(?:\s+of)?\s+{name('month', months)}(?:,?\s+{year}|{year_shift})?",
        "month_day": rf"{prep}{weekday}{name('month', months)}(?:\.?\s+|\.(?=\d)){day}{day2}(?:(?=,(?:19|20)\d\d(?!\d))|(?![,.]\d))(?:,?\s*{year}|{year_shift})?",  # "Oct.30,2024"
        "months": rf"{prep}(?:between\s+)?{name('month', months)}(?:,?\s+(?P<first_year>(?:19|20)\d\d))?"
                  rf"(?:\s+(?:and|or|to|through)\s+|\s*[-–]\s*|(?:,\s+(?-i:{alternation(months)})(?![\w]))+,?\s+(?:and|or)\s+)"  # "in May, June and July"
                  rf"{name('month2', months)}(?:,?\s+{year})?",
        "day_span": rf"{prep}(?:between\s+)?{name('month', months)}\s+{day}\s*(?:and|to|through|-|–)\s*{name('month2', months)}\s+{day2_named}(?:,?\s+{year})?",
        "span_day": rf"{prep}(?:between\s+)?{day}\s+{name('month', months)}\s*(?:and|to|through|-|–)\s*{day2_named}\s+{name('month2', months)}(?:,?\s+{year})?",
        "month": rf"{prep}{shift}(?:the\s+)?{part}{name('month', months)}(?:,?\s+(?:of\s+)?{year}|{year_shift})?",
        "years": rf"{prep}(?(prep)(?:the\s+)?)(?P<between>between\s+)?(?P<first_year>(?:19|20)\d\d)(?:(?:\s+(?:and|to|through)\s+|\s*[-–]\s*){year}|[-–](?P<short_year>\d\d)(?![\d,]))",
        "year": rf"{prep}(?:the\s+)?{part}{year}",
        "decade": rf"{prep}the\s+(?P<decade>(?:19|20)\d0)s\b",
        "weekday": rf"{prep}{shift}{name('weekday', weekdays)}(?:\s+(?:and|or|to|through)\s+{name('weekday2', weekdays)})?"
                   rf"(?:\s+(?P<week_shift>last|this|next)\s+week\b)?",  # "on Thursday last week"
        "relative": rf"{prep}{part}(?P<phrase>{alternation(data['relative'])})\b",
        "season": rf"{prep}{shift}(?:the\s+)?{part}(?P<season>{alternation(seasons)})\b(?:\s+(?:of\s+)?{year})?",
        "ago": rf"(?P<count>\d+|{alternation(_NUMBER_WORDS)})\s+(?P<unit>{alternation(data['ago'])})s?\s+ago\b",
        "ordinal_day": rf"(?P<prep>on)\s+the\s+{day}(?<![0-9])(?!\s+(?:{alternation(data['ordinal_day']['not_before'])})\b|\s+(?-i:[A-Z]))",
    }
    relative_heads = {phrase.split()[-1] for phrase in data["relative"]} | set(data["ago"]) | {"ago"}
    anchors = (  # the lookahead lets the regex engine skip to the next letter or digit
        rf"(?=[A-Za-z0-9])\b(?:(?P<month>{alternation(months)})|(?P<weekday>{alternation(weekdays)})"
        rf"|(?P<year>(?:19|20)\d\d)|(?P<decade>(?:19|20)\d0s)|(?i:(?P<season>{alternation(seasons)})|(?P<relative>{alternation(relative_heads)})s?)"
        r"|(?P<ordinal_day>(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)))(?!\w)"
    )
    return _Grammar(
        forms=tuple((form, re.compile(rf"\b{pattern}", re.IGNORECASE)) for form, pattern in forms.items()),
        anchors=re.compile(anchors),
        months=months,
        weekdays=weekdays,
        seasons=seasons,
        parts=parts,
        relative={" ".join(phrase.split()): spec for phrase, spec in data["relative"].items()},
        since=frozenset(prepositions["since"]),
        until=frozenset(prepositions["until"]),
        onsets=frozenset(prepositions["onsets"]),
        purposes=frozenset(prepositions["purposes"]),
        durations=re.compile(rf"\b(?:{alternation(prepositions['durations'])})\s+$", re.IGNORECASE),
        future=re.compile(rf"(?<![\w'])(?:(?:{alternation(data['future']['markers'])})\b"
                          rf"|(?-i:{alternation(data['future']['modals'])})\s+(?:be\s+(?:{alternation(data['future']['passive_participles'])})\b"
                          rf"|(?!(?:\w+\s+)?(?:have|not|be|been)\b)[a-z]+\b))", re.IGNORECASE),
        future_weekday=re.compile(rf"\b(?:{alternation(data['future']['weekday_markers'])})\b", re.IGNORECASE),
        deadline=re.compile(rf"\b(?:{alternation(data['future']['deadline_markers'])})\b", re.IGNORECASE),
        past_irregular=frozenset(data["future"]["past_irregular"]),
        not_past=frozenset(data["future"]["not_past"]),
        after_verb=re.compile(data["after_verb"]["pattern"], re.IGNORECASE),
        reported_before=re.compile(data["reported_before"]["pattern"]),
    )


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _month_year(month: int, anchor: date, shift: str, forward: bool) -> int:
    """The year of a month named without one: the latest not after the anchor, or the next ahead."""
    if shift == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if shift == "this":
        return anchor.year
    if shift == "next" or forward:
        return anchor.year if month > anchor.month or (month == anchor.month and not shift) else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def _season_bounds(first: int, last: int, year: int) -> tuple[date, date]:
    end_year = year + 1 if last < first else year
    return date(year, first, 1), _month_bounds(end_year, last)[1]


def _season(bounds: tuple[int, int], year: int | None, anchor: date | None, shift: str, forward: bool):
    first, last = bounds
    if year is not None:
        return _season_bounds(first, last, year)
    if anchor is None:
        return None
    candidates = [_season_bounds(first, last, y) for y in range(anchor.year - 2, anchor.year + 2)]
    if shift == "last":
        return max(c for c in candidates if c[1] < anchor)
    if shift in ("next", "coming") or (forward and not shift):
        return min(c for c in candidates if c[0] > anchor or (forward and not shift and c[1] >= anchor))
    if shift == "this":  # the season under way, one just ended ("this winter" in mid-March), else the one of the anchor's year
        ended = max(c for c in candidates if c[1] < anchor)
        return (next((c for c in candidates if c[0] <= anchor <= c[1]), None)
                or (ended if (anchor - ended[1]).days <= _JUST_ENDED_DAYS else next(c for c in candidates if c[0].year == anchor.year)))
    return max(c for c in candidates if c[0] <= anchor)


def _part(spec: dict, start: date, end: date, granularity: str) -> tuple[date, date]:
    """The part ("early", "mid", "late") of a month or a year."""
    if granularity == MONTH:
        first, last = spec["days"]
        return start.replace(day=first), end.replace(day=min(last, end.day))
    first, last = spec["months"]
    return date(start.year, first, 1), _month_bounds(start.year, last)[1]


def _relative(spec: dict, anchor: date) -> tuple[date, date, str]:
    period, offset, span = spec["period"], int(spec["offset"]), spec.get("span")
    if period == "day":
        day = anchor + timedelta(days=offset)
        return day, day, DAY
    if period in ("week", "weekend"):
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=offset)
        start, end = (monday + timedelta(days=5), monday + timedelta(days=6)) if period == "weekend" else (monday, monday + timedelta(days=6))
        granularity = WEEK
    elif period == "month":
        first = anchor.replace(day=1) + relativedelta(months=offset)
        start, end = _month_bounds(first.year, first.month)
        granularity = MONTH
    else:
        start, end = date(anchor.year + offset, 1, 1), date(anchor.year + offset, 12, 31)
        granularity = YEAR
    if span == "to_anchor":
        end = max(start, anchor - timedelta(days=1))
    elif span == "from_anchor":
        start = min(end, anchor + timedelta(days=1))
    elif span == "last_day":
        start, granularity = end, DAY  # "by the end of the year": 31 December
    return start, end, granularity


_JUST_ENDED_DAYS = 31  # a season ended this recently is still "this" one: "this winter" written in mid-March
_NEAR_DAYS = 7  # a day and month with no year this close to the anchor are of its year, whatever the tense


def _days(match: re.Match, grammar: _Grammar, anchor: date | None, forward: bool):
    """The first and last day of "13 November", "December 14 and 15", "between Nov. 4 and Nov. 6"."""
    month = grammar.months[match["month"]]
    end_month = grammar.months[match["month2"]] if match.groupdict().get("month2") else month
    first, last = int(match["day"]), int(match["day2"] or match["day"])
    if match["year"]:
        year = int(match["year"])
    elif anchor is None:
        return (None, None), True
    elif match.groupdict().get("year_shift"):
        year = anchor.year + _SHIFTS[match["year_shift"].lower()]  # "on 5 August last year"
    else:
        year = anchor.year
        candidate = date(year, month, min(first, calendar.monthrange(year, month)[1]))
        if forward and (anchor - candidate).days > _NEAR_DAYS:
            year += 1  # a day just behind stays behind: "could reach the front on October 27 or 28", written on the 28th
        elif not forward and (candidate - anchor).days > _NEAR_DAYS:
            year -= 1  # a day just ahead stays ahead: "on Nov 1 or 2" in a story of Oct 31 is not a year back
    try:
        start = date(year, month, first)
        end = date(year + (end_month < month), end_month, last)
    except ValueError:
        return None
    return ((start, end), not match["year"]) if end >= start else None


def _resolve(form: str, match: re.Match, anchor: date | None, forward: bool):
    """((date_start, date_end), granularity, relative) of a matched expression, or None if it is none."""
    grammar = _grammar()
    groups = match.groupdict()
    shift = (groups.get("shift") or "").lower()
    if form in ("day_month", "month_day", "day_span", "span_day"):
        resolved = _days(match, grammar, anchor, forward)
        if resolved is None:
            return None
        return resolved[0], DAY, resolved[1]
    if form == "month":
        month = grammar.months[match["month"]]
        if not (match["prep"] or shift or match["part"] or match["year"]):
            before = match.string[max(0, match.start() - 6):match.start()].lower()
            if re.search(r"\b(?:the|its|an?|their|his|her)\s+$", before):
                return None  # "the August incursion": an adjective, not a time
            if month == 5:
                return None  # a bare "May" is the verb
            if match["month"] not in calendar.month_name:
                return None  # a bare "Jan" is a name: "Foreign Minister Jan Lipavský"
        if match["year"]:
            year = int(match["year"])
        elif anchor is None:
            return (None, None), MONTH, True
        elif match["year_shift"]:
            year = anchor.year + _SHIFTS[match["year_shift"].lower()]  # "since August last year"
        else:
            year = _month_year(month, anchor, shift, forward)
        start, end = _month_bounds(year, month)
        granularity = MONTH
        if match["part"]:
            spec = grammar.parts[" ".join(match["part"].lower().split())]
            start, end = _part(spec, start, end, MONTH)
            granularity = spec.get("granularity", MONTH)  # "the first week of February"
        return (start, end), granularity, not match["year"]
    if form == "years":  # "from 2017 to 2019", "1950-53"
        first = int(match["first_year"])
        last = int(match["year"]) if match["year"] else first // 100 * 100 + int(match["short_year"])
        if last <= first or not (match["prep"] or match["between"] or match["short_year"]):
            return None
        return (date(first, 1, 1), date(last, 12, 31)), YEAR, False
    if form == "year":
        if not (match["prep"] or match["part"]):
            return None
        year = int(match["year"])
        if match["part"]:
            bounds = _part(grammar.parts[" ".join(match["part"].lower().split())], date(year, 1, 1), date(year, 12, 31), YEAR)
            return bounds, YEAR, False
        return (date(year, 1, 1), date(year, 12, 31)), YEAR, False
    if form == "decade":  # "in the 1960s"
        if not match["prep"]:
            return None
        first = int(match["decade"])
        return (date(first, 1, 1), date(first + 9, 12, 31)), YEAR, False
    if form == "weekday":
        if anchor is None:
            return (None, None), DAY, True
        weekday = grammar.weekdays[match["weekday"]]
        if match["week_shift"]:  # the day of the week before, this one or the next
            day = anchor + timedelta(days=weekday - anchor.weekday(), weeks=_SHIFTS[match["week_shift"].lower()])
        elif shift in ("next", "coming") or (forward and shift != "last"):
            day = anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
        else:
            back = (anchor.weekday() - weekday) % 7
            day = anchor - timedelta(days=back or (7 if shift in ("last", "past") else 0))
        last = day + timedelta(days=(grammar.weekdays[match["weekday2"]] - weekday) % 7) if match["weekday2"] else day
        return (day, last), DAY, True  # "on Thursday and Friday": the two days
    if form == "ordinal_day":  # "on the 14th"
        if anchor is None:
            return (None, None), DAY, True
        day = int(match["day"])
        month = anchor.replace(day=1)
        if forward and day < anchor.day or not forward and day > anchor.day:
            month += relativedelta(months=1 if forward else -1)  # still to come: the month before (after, looking forward)
        if day > calendar.monthrange(month.year, month.month)[1]:
            return None
        return (month.replace(day=day), month.replace(day=day)), DAY, True
    if form == "relative":
        spec = grammar.relative[" ".join(match["phrase"].lower().split())]
        if anchor is None:
            granularity = {"day": DAY, "week": WEEK, "weekend": WEEK, "month": MONTH, "year": YEAR}[spec["period"]]
            return (None, None), granularity, True
        start, end, granularity = _relative(spec, anchor)
        if match["part"] and granularity in (MONTH, YEAR):  # "late last month", "early next year"
            start, end = _part(grammar.parts[" ".join(match["part"].lower().split())], start, end, granularity)
        return (start, end), granularity, True
    if form == "months":  # "in October and November 2024"
        first, last = grammar.months[match["month"]], grammar.months[match["month2"]]
        if match["year"]:
            year = int(match["year"])
        elif anchor is None:
            return (None, None), MONTH, True
        else:
            year = _month_year(last, anchor, "", forward)
        start_year = int(match["first_year"]) if match["first_year"] else year if first <= last else year - 1
        return (_month_bounds(start_year, first)[0], _month_bounds(year, last)[1]), MONTH, not match["year"]  # "between November 2024 and April 2025"
    if form == "season":
        if not (match["prep"] or shift or match["year"]):
            return None
        season = match["season"].lower()
        if season == "fall" and re.match(r"\s+of\s+(?!(?:19|20)\d\d)", match.string[match.end():]):
            return None  # "the fall of Avdiivka"
        year = int(match["year"]) if match["year"] else None
        bounds = _season(grammar.seasons[season], year, anchor, shift, forward)
        return (bounds or (None, None)), SEASON, year is None
    # "three days ago"
    count = int(match["count"]) if match["count"].isdigit() else _NUMBER_WORDS[match["count"].lower()]
    unit = match["unit"].lower()
    if anchor is None:
        return (None, None), unit, True
    then = anchor - relativedelta(**{f"{unit}s": count})
    if unit == "day":
        return (then, then), DAY, True
    if unit == "week":
        monday = then - timedelta(days=then.weekday())
        return (monday, monday + timedelta(days=6)), WEEK, True
    if unit == "month":
        return _month_bounds(then.year, then.month), MONTH, True
    return (date(then.year, 1, 1), date(then.year, 12, 31)), YEAR, True


def _clause_start(text: str, sentence: Sentence, start: int) -> int:
    """Where the clause of an expression at ``start`` begins: after the last strong break before it."""
    head_start = sentence.start
    for match in _STRONG_BREAK.finditer(text, sentence.start, start):
        head_start = match.end()
    return head_start


def _looks_forward(text: str, sentence: Sentence, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """Whether the statement an expression dates looks ahead ("will visit ... next month").

    Read from the last strong break before the expression (sentence start, ";", ":", "that", a
    quotation mark), with relative clauses (", who will ...,") and the sentence's ``others`` date
    expressions left out ("on Thursday proposed a budget for next year": that "next" is the year's),
    on to the next comma or strong break ("announced in January | that it would spend" dates the announcement).
    """
    head = _RELATIVE_CLAUSE.sub(" ", _without(text, _clause_start(text, sentence, start), start, others))
    tail = _STRONG_BREAK.split(_without(text, end, sentence.end, others).split(",", 1)[0], 1)[0]
    return bool(_grammar().future.search(head + " " + text[start:end] + " " + tail))  # "ready by November 1"


def _without(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with the ``spans`` inside it left out."""
    parts, at = [], start
    for span_start, span_end in sorted(spans):
        if start <= span_start and span_end <= end:
            parts += [text[at:span_start], " "]
            at = span_end
    return "".join(parts) + text[at:end]


def _a_deadline_ahead(text: str, sentence: Sentence, start: int, grammar: _Grammar) -> bool:
    """Whether "by <date>" at ``start`` is a deadline still ahead: its sentence tells of no past,
    or its own clause looks ahead of a past ("estimated that 10,000 would be sent by December",
    "said Seoul hoped to bring the men home by December"), but not "had lost ... but fewer by March"."""
    clause = sentence.start
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, start):
        clause = match.end()  # quotation marks do not break it: 'hoped to bring the men home "by December."'
    if grammar.deadline.search(text, clause, start) is None and not _INFINITIVE.search(text, clause, start) \
            and _in_simple_past(text[clause:start], grammar):
        return False  # "the first tablets reached units by mid-December" (not "expected the administration to send ... by Jan. 20")
    if not _PAST_TENSE.search(text, sentence.start, sentence.end):
        return True
    return grammar.deadline.search(text, clause, start) is not None and not _PAST_TENSE.search(text, clause, sentence.end)


def _tells_of_past(sentence: str, grammar: _Grammar) -> bool:
    """Whether a sentence has a verb in a past tense: "Starting in August, troops crossed" (not "Rates rise starting Friday")."""
    return _PAST_TENSE.search(sentence) is not None or _in_simple_past(sentence, grammar)


def _in_simple_past(clause: str, grammar: _Grammar) -> bool:
    """Whether a clause has a verb in the simple past: "reached", "put" (not "was expected", "to be armed")."""
    words = re.findall(r"[A-Za-z’'-]+", clause)
    return any(previous.lower() not in _BE_OR_TO
               and (word in grammar.past_irregular or word.islower() and word.endswith("ed") and len(word) > 4 and word not in grammar.not_past)
               for previous, word in zip(["", *words], words))


def describe(text: str, sentence: Sentence, start: int, end: int) -> str:
    """A short description of what happened at ``text[start:end]``: its sentence without the expression."""
    words = (text[sentence.start:start] + " " + text[end:sentence.end]).split()
    description = " ".join(words).strip(" ,;:.").replace(" ,", ",")
    description = description[:1].upper() + description[1:]
    if len(description) > _DESCRIPTION_LENGTH:
        description = description[:_DESCRIPTION_LENGTH].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return description


_SHIFTS = {"last": -1, "this": 0, "next": 1}
_NUMERIC_DATE = re.compile(r"\b(?:(?P<first>\d{1,2})(?P<separator>[/.])(?P<second>\d{1,2})(?P=separator)(?P<year>20\d\d)|(?P<iso_year>20\d\d)-(?P<iso_month>\d\d)-(?P<iso_day>\d\d)|\(?(?P<ymd_year>20\d\d)\)?\.(?P<ymd_month>\d{1,2})\.(?P<ymd_day>\d{1,2}))\b")
_NUMERIC_DATE_LINE_WORDS = 12  # "Issued on: 28/04/2025 - 06:47Modified: 28/04/2025 - 14:20"
_RESTATED_IN_BRACKETS = re.compile(r"\s*\(\s*")
_DATE_LINE_EXTRA_WORDS = 4  # "Published", "Updated", "5:02 PM GMT": what a page's date line holds beside its date

_DURATION_REACH = 10  # characters before an expression that may hold "over", "within"
_REPORTED_REACH = 25  # characters before an expression that may hold the reporting verb it follows ("told reporters")
_BACKGROUND = timedelta(days=366)  # a period ended this long before the last day dated is background ("born in 2005"), not a base
_FINENESS = {DAY: 0, WEEK: 1, MONTH: 2, YEAR: 3}  # a period dated in the text that "the following month" may count from

# The forms an anchor word can belong to, and how far (characters) such an expression reaches
# to the anchor's left and right.
_FORMS_BY_ANCHOR = {
    "month": (("day_month", "month_day", "day_span", "span_day", "months", "month"), 30, 30),
    "weekday": (("weekday", "day_month", "month_day"), 20, 30),
    "year": (("years", "year"), 30, 4),
    "decade": (("decade",), 30, 2),
    "season": (("season",), 30, 25),
    "relative": (("relative", "ago"), 30, 2),
    "ordinal_day": (("ordinal_day",), 8, 20),  # what follows tells "on the 6th floor" from a day
}


def _matches(text: str, sentence: Sentence):
    """Every expression of ``sentence``, leftmost-longest, without overlaps.

    The form patterns are run only in small windows around the words every expression holds
    (a month, a weekday, a year, "week", "ago" ...), found in one pass over the sentence.
    """
    grammar = _grammar()
    patterns = dict(grammar.forms)
    found = {}
    for anchor in grammar.anchors.finditer(text, sentence.start, sentence.end):
        forms, left, right = _FORMS_BY_ANCHOR[anchor.lastgroup]
        window_start, window_end = max(sentence.start, anchor.start() - left), min(sentence.end, anchor.end() + right)
        for form in forms:
            for match in patterns[form].finditer(text, window_start, window_end):
                if match.start() < anchor.end() and anchor.start() < match.end():
                    found[(match.start(), -match.end(), form)] = match
    kept, last_end = [], -1
    for start, negative_end, form in sorted(found):
        if start >= last_end:
            kept.append((form, found[(start, negative_end, form)]))
            last_end = -negative_end
    return kept


def extract_events(text: str, sentences: list[Sentence], anchor: date | None) -> list[Event]:
    """The temporal expressions of a document, resolved against ``anchor`` (None: relative ones stay unresolved)."""
    grammar = _grammar()
    events: list[Event] = []
    last_day: date | None = None  # the last single day the text dated, for "the following day"
    last_dated: tuple[str, date] | None = None  # the granularity and start of the last day ... year dated, for "the following month"
    for sentence in sentences:
        if sentence.kind == "furniture":
            continue
        matches = _matches(text, sentence)
        other_end: date | None = None  # the end of a month, week ... dated earlier in this sentence: "captured late last month ... a day later"
        for index, (form, match) in enumerate(matches):
            start, end = match.span()
            preposition = (match.groupdict().get("prep") or "").lower()
            if preposition in grammar.purposes and (form == "season" or match.group()[len(preposition):].split()[0].lower() == "the"):
                continue  # "preparing for winter", "For the 1945 fighting": what for, not when
            reported = grammar.reported_before.search(text, max(sentence.start, start - _REPORTED_REACH), start) is not None
            others = [other.span() for _, other in matches if other is not match]
            forward = form != "year" and not reported and (preposition in grammar.until or _looks_forward(text, sentence, start, end, others)
                                          or preposition == "by" and _a_deadline_ahead(text, sentence, start, grammar)
                                          or preposition in grammar.onsets and not _tells_of_past(text[sentence.start:sentence.end], grammar)
                                          or form == "weekday" and grammar.future_weekday.search(text, _clause_start(text, sentence, start), start) is not None)
            spec = grammar.relative[" ".join(match["phrase"].lower().split())] if form == "relative" else {}
            if spec.get("after") == "since" and preposition not in grammar.since:
                continue  # "at the start of the year" is no span; "since the start of the year" is
            if spec.get("after") == "verb" and not grammar.after_verb.search(text, sentence.start, start):
                continue  # "Today, the region is quiet": now, not a day
            against_text = spec.get("against") == "text"
            restated = index + 1 < len(matches) and matches[index + 1][1].start() - end <= 2  # "Two days earlier, on April 26"
            if against_text and grammar.durations.search(text, max(sentence.start, start - _DURATION_REACH), start):
                continue  # "killed 170 servicemen over the previous day": how long, not when
            if against_text and spec["period"] == DAY and (last_day is None or restated or other_end is not None and other_end >= last_day - _BACKGROUND):
                continue  # "the next day" with no day just before it to count from ("captured late last month ... a day later")
            if against_text and spec["period"] != DAY and (last_dated is None or _FINENESS[last_dated[0]] > _FINENESS[spec["period"]]):
                continue  # "the following month" with no month (or day) dated before it
            base = (last_day if spec["period"] == DAY else last_dated[1]) if against_text else anchor
            if index and _RESTATED_IN_BRACKETS.fullmatch(text, matches[index - 1][1].end(), start) and text.startswith(")", end):
                continue  # "on Friday (Aug 22)": the same day, written again
            resolved = _resolve(form, match, base, forward)
            if resolved is None:
                continue
            (date_start, date_end), granularity, relative = resolved
            if preposition in grammar.since:
                date_end, granularity, relative = anchor, OPEN, True
            elif preposition in grammar.until:
                date_start, granularity, relative = anchor, OPEN, True
            if date_start is not None and date_end is not None and date_end < date_start:
                date_start, date_end = date_end, date_start  # "until 2022" written after 2022: the span between
            if granularity == DAY and date_start is not None and date_start == date_end:
                last_day, other_end = date_start, None
            else:
                other_end = max(other_end or date.min, date_end or date.max)
            if granularity in _FINENESS and date_start is not None:
                last_dated = granularity, date_start
            events.append(Event(
                start, end, date_start, date_end, granularity, relative, sentence.index,
                describe(text, sentence, start, end), forward,
            ))
    return events


def _written_day(match: re.Match, grammar: _Grammar) -> tuple[int, int, int | None, int | None]:
    """(month, day, year or None, weekday or None) of a day-and-month expression."""
    weekday = grammar.weekdays[match["weekday"]] if match["weekday"] else None
    return grammar.months[match["month"]], int(match["day"]), int(match["year"]) if match["year"] else None, weekday


def _day_in_year(month: int, day: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date_line_days(text: str, sentence: Sentence, day_forms: dict[str, re.Pattern]) -> list[tuple]:
    """The day of a page's date line ("12 January 2025", "Published Nov. 13, 2024 5:02 PM"): a
    line of furniture that is a full date and at most a few words more (not a link with a date)."""
    found = []
    for form, match in _matches(text, sentence):
        if form in day_forms and match["year"]:
            rest = text[sentence.start:match.start()] + " " + text[match.end():sentence.end]
            if len(rest.split()) <= _DATE_LINE_EXTRA_WORDS or is_date_line(text, sentence):
                found.append(_written_day(match, _grammar()))
    if not found and len(text[sentence.start:sentence.end].split()) <= _NUMERIC_DATE_LINE_WORDS:
        found += [day for match in _NUMERIC_DATE.finditer(text, sentence.start, sentence.end) if (day := _numeric_day(match))]
    return found


def _numeric_day(match: re.Match) -> tuple[int, int, int, None] | None:
    """(month, day, year, None) of "28/04/2025" or "04/28/2025", when its order is plain: one of
    its first two numbers is above 12, the numbers are dotted ("05.12.2024" is day first, as in
    Europe) or the date is ISO ("2025-04-28"); else None."""
    if match["iso_year"]:
        return int(match["iso_month"]), int(match["iso_day"]), int(match["iso_year"]), None
    if match["ymd_year"]:  # "2025.8.31", "Juche114(2025).8.31." (year first, as Korean, Chinese and Japanese pages write it)
        return int(match["ymd_month"]), int(match["ymd_day"]), int(match["ymd_year"]), None
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    if match["separator"] == ".":
        return second, first, year, None
    if first > 12 >= second:
        return second, first, year, None
    if second > 12 >= first:
        return first, second, year, None
    return None


def infer_anchor(text: str, sentences: list[Sentence]) -> date | None:
    """The anchor of an undated article: the date line of its page, else its latest explicit date,
    checked against the weekdays it names.

    A day written without its year ("On 13 January") takes the year of the latest month the text
    dates with a year ("in November 2024"), or the next year when it falls before that month; a
    weekday written with it ("Monday, 4 November") must agree, and chooses among neighbouring
    years. A bare year ("since 2023") dates no day. Where nothing dates a day, there is no anchor.
    """
    grammar = _grammar()
    day_forms = {form: pattern for form, pattern in grammar.forms if form in ("day_month", "month_day")}
    written: list[tuple[int, int, int | None, int | None]] = []
    page_days: list[tuple] = []
    months: list[tuple[int, int]] = []
    for sentence in sentences:
        if sentence.kind == FURNITURE:
            dateline = dateline_date(text, sentence)
            for pattern in day_forms.values() if dateline else ():
                match = pattern.fullmatch(dateline)
                if match:
                    written.append(_written_day(match, grammar))
            page_days += _date_line_days(text, sentence, day_forms)
            continue
        for form, match in _matches(text, sentence):
            if form in day_forms:
                written.append(_written_day(match, grammar))
            elif form == "month" and match["year"]:
                months.append((int(match["year"]), grammar.months[match["month"]]))
    page_dates = [found for month, day, year, _ in page_days if (found := _day_in_year(month, day, year)) is not None]
    if page_dates:
        return max(page_dates)  # the page's own date line ("5:12 pm, June 18, 2025") dates it
    months += [(year, month) for month, _, year, _ in written if year is not None]
    latest = max(months, default=None)
    dates = []
    for month, day, year, weekday in written:
        if year is None:
            if latest is None:
                continue
            year = latest[0] if month >= latest[1] else latest[0] + 1
            guesses = (year, year - 1, year + 1) if weekday is not None else (year,)
        else:
            guesses = (year,)
        for guess in guesses:
            found = _day_in_year(month, day, guess)
            if found is not None and (weekday is None or found.weekday() == weekday):
                dates.append(found)
                break
    return max(dates) if dates else None
