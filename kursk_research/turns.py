"""The turns of an interview or a transcript: paragraphs that open with a speaker's label
("PARK: ...", "Demchuk: ...", "RET. LT. GEN. DOUGLAS WHITCOMB: ...", "Q: ...").

A page is an interview when at least two labels each open two or more of its paragraphs. The
interviewer is the label whose role says so ("JULIA ASHTON, HOST:", "Q:"), the one that is the
page's outlet ("DER SPIEGEL:"), or else the one that asks the most questions. What the other
speakers say in their turns is theirs, except courtesies ("Good morning, Julia."). A turn goes on
in the paragraphs of prose after its labelled one, up to the next label.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .actors import plain_name
from .lexicon import alternation, load_toml

_WORD = r"[A-Z][\w.’'-]*"
_LABEL = re.compile(rf"^[ \t]*(?P<label>(?:{_WORD}[ \t]+){{0,5}}{_WORD})(?:,[ \t]*(?P<role>[A-Za-z]+))?"
                    rf"(?:[ \t]*\[[^\]\n]{{1,80}}\])?:[ \t]*(?P<rest>[^\n]*)$",  # "Question [Kwon Ji-hoon, Yonhap]:"
                    re.MULTILINE)
_GOES_ON = re.compile(r"\n[ \t]*\n[ \t]*([A-Z\"“‘'][^\n]*[.!?][\"”’']?)[ \t]*(?=\n|$)")  # a paragraph of prose after a turn
_GOES_ON_WORDS = 8  # a shorter paragraph after a turn is no part of it ("Related Articles")
_NEXT_LINE = re.compile(r"\s*([^\n]+)")  # the paragraph after a label that stands alone on its line
_ASIDE = re.compile(r"\([^()\n]{1,40}\)\s*")  # "(Through interpreter)" before an answer
_TURNS = 2  # paragraphs a label must open, for two labels, to make a page an interview
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]* ){1,2}$")  # "Major Taras " before "Demchuk"
_NAME_AFTER = re.compile(r" [A-Z][a-z]+-[a-z]+\b")  # " Min-chul" after "Kang"
_DESCRIBED = re.compile(r",\s+(?:\d{1,3},\s+)?(?P<a>(?:an?|the|who|former|retired)\s[^,.;:\n]{3,160}?)(?=[,.;:\n])"
                        r"|\s+(?:is|was)\s+(?P<b>(?:an?|the)\s[^,.;:\n]{3,160}?)(?=[,.;:\n])")  # ", a senior fellow at X", " is a ..."


@dataclass(frozen=True)
class Turn:
    """One speaker's paragraph: the label's span and the span of what follows it (the paragraph
    the label opens, or one after it that goes on with the same turn)."""

    label_start: int
    label_end: int
    start: int
    end: int
    name: str  # the speaker's fullest label on the page ("SEO-YEON PARK" for "PARK")
    asks: bool  # the interviewer's turn


@dataclass(frozen=True)
class _Words:
    roles: frozenset[str]  # "host", "q": labels of the one who asks
    courtesies: re.Pattern  # "Good morning, Julia.": a turn that says nothing
    not_names: frozenset[str]  # label words that name no speaker: months, "Photo", "Update"


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = load_toml("attributions")["interviews"]
    return _Words(
        roles=frozenset(data["interviewer_roles"]),
        courtesies=re.compile(rf"(?:{alternation(data['courtesies'])})\b[^.!?]{{0,30}}[.!?]*$", re.IGNORECASE),
        not_names=frozenset(data["not_speakers"]),
    )


def _group(labels: list[str]) -> dict[str, str]:
    """Each label's fullest form: "PARK" -> "SEO-YEON PARK", "Ashton" -> "JULIA ASHTON"."""
    folded = {label: frozenset(label.casefold().split()) for label in labels}
    return {label: max((other for other in labels if folded[label] <= folded[other]), key=lambda other: (len(folded[other]), other))
            for label in labels}


def find_turns(text: str, outlet: str = "") -> list[Turn]:
    """The labelled turns of ``text`` if it is an interview or a transcript; else none."""
    words = _words()
    found = []
    for match in _LABEL.finditer(text):
        label = match["label"]
        if label.casefold().rstrip(".") in words.not_names or any(w.casefold().rstrip(".") in words.not_names for w in label.split()):
            continue
        start, end = match.start("rest"), match.end("rest")
        if start == end:  # "JULIA ASHTON, HOST:" alone: the turn is the next paragraph
            following = _NEXT_LINE.match(text, end)
            if following is None or _LABEL.match(text, following.start(1)):
                continue
            start, end = following.span(1)
        if aside := _ASIDE.match(text, start, end):
            start = aside.end()
        end = start + len(text[start:end].rstrip())
        found.append((match, start, end))
    counts = Counter(match["label"] for match, _, _ in found)
    fullest = _group(list(counts))
    turns_of: Counter[str] = Counter()
    for label, count in counts.items():
        turns_of[fullest[label]] += count
    if sum(count >= _TURNS for count in turns_of.values()) < 2:
        return []
    shouted = {label for label in counts if not any(c.islower() for c in label)}
    kept = [(m, s, e) for m, s, e in found if counts[m["label"]] >= _TURNS or m["label"] in shouted]
    asker = _interviewer(text, kept, fullest, outlet)
    labels = [match.start() for match in _LABEL.finditer(text)] + [len(text)]
    turns = []
    for m, s, e in kept:
        name = fullest[m["label"]]
        turns.append(Turn(m.start("label"), m.end("label"), s, e, name, name == asker))
        stop = next(start for start in labels if start >= e)
        while (more := _GOES_ON.match(text, e, stop)) and len(more[1].split()) >= _GOES_ON_WORDS:
            s, e = more.span(1)  # the answer goes on in the next paragraph, up to the next label
            turns.append(Turn(m.start("label"), m.end("label"), s, e, name, name == asker))
    return turns


def _interviewer(text: str, found: list[tuple[re.Match, int, int]], fullest: dict[str, str], outlet: str) -> str | None:
    """The fullest label of the one who asks: by role, by outlet, else by share of questions."""
    roles = _words().roles
    plain_outlet = plain_name(outlet)
    questions: dict[str, list[bool]] = {}
    for match, start, end in found:
        name = fullest[match["label"]]
        if (match["role"] or "").casefold() in roles or match["label"].casefold() in roles or plain_outlet and plain_name(name) == plain_outlet:
            return name
        questions.setdefault(name, []).append("?" in text[start:end])
    shares = sorted(((sum(asked) / len(asked), name) for name, asked in questions.items()), reverse=True)
    if shares and shares[0][0] >= 0.5 and (len(shares) == 1 or shares[0][0] > shares[1][0]):
        return shares[0][1]
    return None


def is_courtesy(text: str) -> bool:
    """Whether a turn only greets or thanks: "Good morning, Julia.", "Thank you, Margaret."."""
    return _words().courtesies.match(text.strip()) is not None


def name_span(text: str, label: str) -> tuple[int, int] | None:
    """Where the page writes the speaker of a label in full: the longest run of the label's words
    written in mixed case ("Lt. Gen. Douglas Whitcomb" for "RET. LT. GEN. DOUGLAS WHITCOMB"),
    with the first names the label leaves out ("Seo-yeon Park" for "PARK", "Kang Min-chul" for "Kang")."""
    words = label.split()
    for size in range(len(words), 0, -1):
        for first in range(len(words) - size, -1, -1):  # the later words first: titles come before names
            pattern = r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words[first:first + size]) + r"(?![\w-])"
            for match in re.finditer(pattern, text, re.IGNORECASE):
                if any(c.islower() for c in match.group()) and match.group()[:1].isupper():
                    start, end = match.span()
                    if size == 1:
                        before = _NAME_BEFORE.search(text, max(0, start - 40), start)
                        after = _NAME_AFTER.match(text, end)
                        start = before.start() if before else start
                        end = after.end() if after and not before else end
                    return start, end
    return None


def description_span(text: str, name: str) -> tuple[int, int] | None:
    """Where the page says who a speaker is, at the first mention of their name that does:
    "Karin Vahter, a former EU diplomat in Seoul ...", "Seo-yeon Park is a senior fellow at ..."."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        described = _DESCRIBED.match(text, match.end())
        if described:
            group = "a" if described["a"] else "b"
            return described.span(group)
    return None
