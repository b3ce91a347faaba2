"""The turns of an interview or a transcript: paragraphs that open with a speaker's label
("PARK: ...", "Demchuk: ...", "RET. LT. GEN. DOUGLAS WHITCOMB: ...", "Q: ...", a podcast's
"[00:01:10] Daniel Ahn: ..." and "Nathan Cole [00:00:11]: ...", a paper's "Question. ..." and "Answer. ...").

A page is an interview when at least two labels each open two or more of its paragraphs, or when
its reporter's does and three labels in capitals speak (a radio report: the reporter between the clips). A label
may carry a role and asides ("MARA DELGADO, CNN ANCHOR:", "Lee Seong-kweon, South Korean Lawmaker
(through interpreter):"). The page's own voices are its interviewers, anchors and correspondents:
the labels whose role says so ("JULIA ASHTON, HOST:", "Q:"), the page's outlet ("DER SPIEGEL:"),
those who sign off or are handed over to ("Laila Brandt reports."), those who speak a host's words
("I'm joined now by"), and the one who asks the most questions. What the other speakers say in
their turns is theirs, except courtesies ("Good morning, Julia."). A turn goes on in the paragraphs
of prose after its labelled one, up to the next label.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .actors import plain_name
from .lexicon import alternation, load_toml

_WORD = r"[A-Z][\w.’'-]*"
_LABEL = re.compile(rf"^[ \t]*(?:[○●◯][ \t]*)?(?:\[\d{{1,2}}(?::\d\d){{1,2}}\][ \t]*)?(?:\[[A-Z][A-Z ]{{1,40}}\][ \t]*)?"  # "[00:02:41] [ARCHIVED RECORDING] ", a minutes' "○ "
                    rf"(?P<label>(?:{_WORD}[ \t]+(?:(?:of|for)[ \t]+)?){{0,5}}{_WORD})"  # "Minister of National Defense Ahn Gyu-back"
                    rf"(?:,[ \t]*(?P<role>[A-Za-z][\w.’'&-]*(?:,?[ \t]+[\w.’'&-]+){{0,8}}))?"  # ", SENIOR FELLOW, HALDEN CENTER"
                    rf"(?P<aside>(?:[ \t]*\([^()\n]{{1,60}}\))*)"  # " (through interpreter)", " (ANCHOR)"
                    rf"(?:[ \t]*\[[^\]\n]{{1,80}}\])?:[ \t]*(?P<rest>[^\n]*)$",  # "Question [Kwon Ji-hoon, Yonhap]:"
                    re.MULTILINE)
_GOES_ON = re.compile(r"\n[ \t]*\n[ \t]*([A-Z\"“‘'][^\n]*[.!?][\"”’']?)[ \t]*(?=\n|$)")  # a paragraph of prose after a turn
_GOES_ON_WORDS = 8  # a shorter paragraph after a turn is no part of it ("Related Articles")
_NEXT_LINE = re.compile(r"\s*([^\n]+)")  # the paragraph after a label that stands alone on its line
_ASIDE = re.compile(r"\([^()\n]{1,40}\)\s*")  # "(Through interpreter)" before an answer
_LINE_LABEL = re.compile(r"(?P<label>[A-Z][\w'’ ]{0,20}?)[ \t]*:[ \t]+")  # "Watch: ...", "Editor's note: ..."
_LABEL_COLON = re.compile(r"[ \t]*:")  # what follows a label
_HANDS_OVER = re.compile(r"\b[A-Z][\w’'-]+ (?:[A-Z][\w’'-]+ )?(?:reports|has (?:more|this report|the story|the details))\.\s*$")  # a host's last words
_SHOUTED = re.compile(r"(?:Mc|Mac)?[^a-z]+")  # a label's word in capitals: "KOWALCZYK", "McKENZIE"
_INITIALS = re.compile(r"[A-Z]{2,3}")  # "CH" for "CLARE HOLLOWAY"
# A journalist handed over to, signing off, or in the byline; NAME stands for the name as written.
_SIGN_OFF = r"NAME,?\s+(?:reports|reporting)\b|\bI['’]m\s+NAME|\bI am\s+NAME|\bThis is\s+NAME\b|^By\s+(?:—\s+)?NAME"
_CREDIT_NAME = r"(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]+"
_CREDIT_LINE = re.compile(rf"^[ \t]*(?:(?:By|Hosted by|Presented by|Hosts?:)[ \t]+)?(?P<names>{_CREDIT_NAME}(?:,[ \t]+{_CREDIT_NAME})*"
                          rf"(?:,?[ \t]+and[ \t]+{_CREDIT_NAME})?)[ \t]*$", re.MULTILINE)  # "Owen Carrick, Col Hamish Wynn and Lydia Ferris"
_GUEST_WORDS = frozenset({"featuring", "guest", "guests", "with", "interviewee", "interviewees"})  # "Featuring Daniel Ahn": no host
_TURNS = 2  # paragraphs a label must open, for two labels, to make a page an interview
_SHOUTED_VOICES = 3  # or labels in capitals, one of them repeated: a radio report ("BEN HOLLOWAY: ...", "ANDRIY (translated): ...")
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
    roles: frozenset[str]  # "host", "q", "correspondent": labels of the page's own journalists
    cue_forms: frozenset[str]  # "said", "told": a "role" holding one is prose ("In Kyiv, officials said:")
    host_phrases: re.Pattern  # "I'm joined by", "Welcome back": a turn only a host speaks
    courtesies: re.Pattern  # "Good morning, Julia.": a turn that says nothing
    not_names: frozenset[str]  # label words that name no speaker: months, "Photo", "Update"
    answers: frozenset[str]  # "A", "Answer": the labels of the one who answers the questions
    dotted: re.Pattern  # "Question. How many ...?", "Answer. The figures vary.": labels closed by a full stop
    chairs: frozenset[str]  # "chair", "the speaker": who chairs a sitting
    honorifics: frozenset[str]  # "dr", "ms": a label opening with one names a speaker, however seldom it speaks


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = load_toml("attributions")["interviews"]
    cues = load_toml("attributions")["cues"]
    return _Words(
        roles=frozenset(data["interviewer_roles"]),
        host_phrases=re.compile(rf"\b(?:{alternation(data['host_phrases'])})\b", re.IGNORECASE),
        cue_forms=frozenset(form for kind in ("clause", "object") for forms in cues[kind].values() for form in forms),
        courtesies=re.compile(rf"(?:{alternation(data['courtesies'])})\b[^.!?]{{0,30}}[.!?]*$", re.IGNORECASE),
        not_names=frozenset(data["not_speakers"]),
        answers=frozenset(data["answer_labels"]),
        dotted=re.compile(rf"^[ \t]*(?P<label>{alternation(data['dotted_labels'])})(?P<role>)(?P<aside>)\.[ \t]+(?P<rest>\S[^\n]*)$",
                          re.MULTILINE),
        chairs=frozenset(data["chairs"]),
        honorifics=frozenset(data["honorifics"]),
    )


def _group(labels: list[str]) -> dict[str, str]:
    """Each label's fullest form: "PARK" -> "SEO-YEON PARK", "Ashton" -> "JULIA ASHTON", and
    initials -> the one label whose last words they spell ("CH" -> "CLARE HOLLOWAY", "EV" -> "DR ELEANOR VANCE")."""
    folded = {label: frozenset(label.casefold().split()) for label in labels}
    fullest = {label: max((other for other in labels if folded[label] <= folded[other]), key=lambda other: (len(folded[other]), other))
               for label in labels}
    for label in labels:
        if fullest[label] == label and _INITIALS.fullmatch(label):
            spelt = [other for other in labels if len(other.split()) > 1 and "".join(w[0] for w in other.split()[-len(label):]).upper() == label]
            if len(spelt) == 1:
                fullest[label] = fullest[spelt[0]]
    return fullest


def _roles(match: re.Match) -> set[str]:
    """The words of a label's role and asides: "CNN CORRESPONDENT (voice-over)" -> {"cnn", "correspondent", ...}."""
    return set(re.findall(r"[\w-]+", f"{match['role'] or ''} {match['aside']}".casefold()))


def _honoured(label: str) -> bool:
    """Whether a label is a name after an honorific: "Ms. Ostrovska", "Dr Tanabe"."""
    words = label.split()
    return len(words) > 1 and words[0].casefold().rstrip(".") in _words().honorifics


def _is_label(match: re.Match) -> bool:
    """Whether a line's opening words before a colon name a speaker, not a topic or a source of prose."""
    words = _words()
    label = match["label"]
    if label.casefold().rstrip(".") in words.not_names or any(w.casefold().rstrip(".") in words.not_names for w in label.split()):
        return False
    return not (match["role"] and words.cue_forms.intersection(match["role"].casefold().split()))  # "In Kyiv, officials said:"


def _labels(text: str) -> list[re.Match]:
    """Every line that opens with a label, in order: "PARK: ...", and "Question. ..." as papers print Q&As."""
    return sorted([*_LABEL.finditer(text), *_words().dotted.finditer(text)], key=lambda match: match.start())


def find_turns(text: str, outlet: str = "") -> list[Turn]:
    """The labelled turns of ``text`` if it is an interview or a transcript; else none."""
    found = []
    for match in _labels(text):
        if not _is_label(match):
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
        if not any(character.isalnum() for character in text[start:end]):
            continue  # "PRESIDENT ZELENSKYY: (Non-English language spoken)." says nothing the page gives
        found.append((match, start, end))
    counts = Counter(match["label"] for match, _, _ in found)
    fullest = _group(list(counts))
    _name_answers(fullest)
    turns_of: Counter[str] = Counter()
    for label, count in counts.items():
        turns_of[fullest[label]] += count
    shouted = {label for label in counts if all(_SHOUTED.fullmatch(word) for word in label.split())}
    repeated = [name for name, count in turns_of.items() if count >= _TURNS]
    if len(repeated) < 2 and not (repeated and len({fullest[label] for label in shouted}) >= _SHOUTED_VOICES
                                  and _reporter(text, found, fullest, repeated[0])):
        return []  # not an interview, nor a radio report: its reporter between the voices of its clips
    kept = [(m, s, e) for m, s, e in found
            if turns_of[fullest[m["label"]]] >= _TURNS or m["label"] in shouted or m["role"] or m["aside"] or _honoured(m["label"])]
    journalists = _journalists(text, kept, fullest, outlet)
    labels = [match.start() for match in _labels(text)] + [len(text)]
    turns = []
    for m, s, e in kept:
        name = fullest[m["label"]]
        label_end = max(m.end("label"), m.end("role") if m["role"] else 0, m.end("aside"))
        turns.append(Turn(m.start("label"), label_end, s, e, name, name in journalists))
        stop = next(start for start in labels if start >= e)
        while (more := _GOES_ON.match(text, e, stop)) and len(more[1].split()) >= _GOES_ON_WORDS:
            s, e = more.span(1)  # the answer goes on in the next paragraph, up to the next label
            turns.append(Turn(m.start("label"), label_end, s, e, name, name in journalists))
    return turns


def speaker_labels(text: str) -> list[tuple[int, str]]:
    """Where each line that opens with a speaker's label starts, and the label, on any page:
    (offset, "PRESIDENT BIDEN") for "PRESIDENT BIDEN: Well, good afternoon, everyone."."""
    return [(match.start("label"), match["label"]) for match in _LABEL.finditer(text) if _is_label(match)]


def _signs_off(text: str, name: str) -> bool:
    """Whether the page hands over to, or signs off with, this label's name ("MARA DELGADO" or "Mara Delgado")."""
    written = "|".join(re.escape(form) for form in sorted({name, name.title()}))
    return re.search(_SIGN_OFF.replace("NAME", f"(?:{written})"), text, re.MULTILINE) is not None


def _credited(text: str, name: str) -> bool:
    """Whether a line of the page's credits, names and nothing else, lists this label's name: "Hosted
    by Leah Marcus", "Owen Carrick, Col Hamish Wynn and Lydia Ferris" (for "Owen" or "Hamish")."""
    words = set(name.casefold().split())
    return any(words <= set(listed.casefold().split())
               for line in _CREDIT_LINE.finditer(text) if line["names"].split()[0].casefold() not in _GUEST_WORDS
               for listed in re.split(r",\s+|\s+and\s+", line["names"]))


def answers_unnamed(label: str) -> bool:
    """Whether a label marks answers without naming who gives them: "A", "Answer"."""
    return label.casefold().rstrip(".") in _words().answers


def _name_answers(fullest: dict[str, str]) -> None:
    """Give the answers ("A:", "Answer:") to the one other speaker the page labels by name
    ("Minister Iwaya:" opening the press conference), when there is exactly one (else they keep
    their label, and the page's interviewee answers)."""
    words = _words()
    answers = [label for label in fullest if answers_unnamed(label)]
    named = {name for label, name in fullest.items() if label not in answers and label.casefold().rstrip(".") not in words.roles}
    if answers and len(named) == 1:
        for label in answers:
            fullest[label] = next(iter(named))


def _journalists(text: str, found: list[tuple[re.Match, int, int]], fullest: dict[str, str], outlet: str) -> set[str]:
    """The fullest labels of the page's own voices: those whose role says so ("JULIA ASHTON, HOST:",
    "KONDO TAKASHI (REPORTER):", "Q:"), the outlet itself ("DER SPIEGEL:"), those who sign off or are
    handed over to ("Laila Brandt reports.", "I'm Hannah Sutcliffe", "By — Laila Brandt") and those who hand over, those the
    page's credits list ("Hosted by Leah Marcus"), those whose turns only a host speaks ("I'm joined
    now by"), and the one who asks the most questions."""
    words = _words()
    chairs = {fullest[match["label"]] for match, _, _ in found if _is_chair(match["label"])}
    if chairs:
        return chairs  # a sitting's record: who chairs calls the speakers, and members who ask speak for themselves
    plain_outlet = plain_name(outlet)
    found_names = {fullest[match["label"]] for match, _, _ in found}
    journalists = {name for name in found_names if _reporter(text, found, fullest, name)}
    questions: dict[str, list[bool]] = {}
    for match, start, end in found:
        name = fullest[match["label"]]
        if match["label"].casefold() in words.roles or plain_outlet and plain_name(name) == plain_outlet:
            journalists.add(name)
        questions.setdefault(name, []).append("?" in text[start:end])
        if words.host_phrases.search(text, start, end) or _HANDS_OVER.search(text, start, end):
            journalists.add(name)  # "I'm joined now by ...", "Welcome back.", "Ben Holloway reports."
    shares = sorted(((sum(asked) / len(asked), name) for name, asked in questions.items()), reverse=True)
    if shares and shares[0][0] >= 0.5 and (len(shares) == 1 or shares[0][0] > shares[1][0]):
        journalists.add(shares[0][1])
    return journalists


def _reporter(text: str, found: list[tuple[re.Match, int, int]], fullest: dict[str, str], name: str) -> bool:
    """Whether a label is the page's reporter by its role ("JOANNA KOWALCZYK, BYLINE:"), its sign-off
    ("This is Ben Holloway in London for AM.") or the page's credits."""
    roles = _words().roles
    return (_signs_off(text, name) or _credited(text, name)
            or any(fullest[match["label"]] == name and _roles(match) & roles for match, _, _ in found))


def _is_chair(label: str) -> bool:
    """Whether a label names who chairs a sitting: "CHAIR", "The Speaker", "Chairperson Sung Il-jong"."""
    words = label.casefold().split()
    return " ".join(words) in _words().chairs or len(words) > 1 and words[0] in _words().chairs


def after_line_label(text: str, start: int, end: int) -> int:
    """Where a sentence's words begin after a label that names no speaker ("Watch: ...", "Update: ..."); else ``start``."""
    label = _LINE_LABEL.match(text, start, end)
    return label.end() if label is not None and label["label"].casefold() in _words().not_names else start


def is_courtesy(text: str) -> bool:
    """Whether a turn only greets or thanks: "Good morning, Julia.", "Thank you, Margaret."."""
    return _words().courtesies.match(text.strip()) is not None


def name_span(text: str, label: str) -> tuple[int, int] | None:
    """Where the page writes the speaker of a label in full: the longest run of the label's words
    written in mixed case ("Lt. Gen. Douglas Whitcomb" for "RET. LT. GEN. DOUGLAS WHITCOMB"),
    with the first names the label leaves out ("Seo-yeon Park" for "PARK", "Kang Min-chul" for "Kang")."""
    words = label.split()[1:] if _honoured(label) else label.split()  # "Ms. Ostrovska": "Natalia Ostrovska" where the page writes it
    for size in range(len(words), 0, -1):
        for first in range(len(words) - size, -1, -1):  # the later words first: titles come before names
            pattern = r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words[first:first + size]) + r"(?![\w-])"
            for match in re.finditer(pattern, text, re.IGNORECASE):
                if size == 1 and _LABEL_COLON.match(text, match.end()):
                    continue  # the label itself ("Dr. Lee:"), which names no more than it
                if any(c.islower() for c in match.group()) and match.group()[:1].isupper():
                    start, end = match.span()
                    if size == 1:
                        before = _NAME_BEFORE.search(text, max(0, start - 40), start)
                        after = _NAME_AFTER.match(text, end)
                        start = before.start() if before else start
                        end = after.end() if after and not before else end
                    return start, end
    listed = re.search(rf"^[ \t]*((?:[A-Z][A-Z’'.-]+[ \t]+){{1,3}}{re.escape(words[-1].upper())})[ \t]*$", text, re.MULTILINE)
    return listed.span(1) if listed and len(listed[1].split()) > 1 else None  # "HAE-WON CHOI" in a transcript's list of participants


def description_span(text: str, name: str) -> tuple[int, int] | None:
    """Where the page says who a speaker is, at the first mention of their name that does:
    "Karin Vahter, a former EU diplomat in Seoul ...", "Seo-yeon Park is a senior fellow at ..."."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        described = _DESCRIBED.match(text, match.end())
        if described:
            group = "a" if described["a"] else "b"
            return described.span(group)
    return None
