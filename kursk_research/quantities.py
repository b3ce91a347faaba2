"""What a figure measures: its subject, measure and location, read from the words around it.

"approximately 12,000 North Korean soldiers that have been deployed to Russia" measures
("North Korean troops", "deployed", "Russia"); "8,000 North Korean troops had made their way to
Kursk" measures ("North Korean troops", "deployed", "Kursk region"). The subject comes from the
counted noun and its nationality (in the figure, right after it, or the actor of its clause), the
measure from the nearest trigger word of its category, the place from data/gazetteer/places.csv.
The words are data: data/lexicons/ledger.toml.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .actors import GOVERNMENT, gazetteer, key
from .figures import Figure
from .lexicon import load_csv, load_toml, plural
from .segment import Sentence, tokenize

_CLAUSE_START = re.compile(r"[;:]|\bthat\b|\bwhich\b|\bwhile\b|,\s+(?:and|but)\b")
_ADJECTIVE = re.compile(r"(?:an|ese|ish|ic|i)$")  # "Korean", "Chinese", "British", "Baltic", "Israeli"
_FINITE = frozenset({"have", "has", "had", "are", "is", "were", "was", "will", "would", "could", "may", "might"})


@dataclass(frozen=True)
class QuantityKey:
    """The quantity a figure measures."""

    subject: str
    measure: str
    location: str


@dataclass(frozen=True)
class _Vocabulary:
    subject_nouns: dict[str, dict[str, str]]  # category -> unit -> subject noun
    measures: dict[str, list[tuple[str, str]]]  # category -> (trigger, measure), longest trigger first
    default_measures: dict[str, str]
    places: dict[tuple[str, ...], tuple[str, int]]  # alias words -> (place, level)
    longest_place: int
    locatives: frozenset[str]
    default_locations: dict[str, str]
    partitive: frozenset[str]
    owner_nouns: frozenset[str]
    adjectives: dict[str, str]


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    data = load_toml("ledger")
    subject_nouns = {
        category: {unit: noun for noun, units in nouns.items() for unit in units}
        for category, nouns in data["subject_nouns"].items()
    }
    measures, defaults = {}, {}
    for category, spec in data["measures"].items():
        defaults[category] = spec["default"]
        pairs = [(trigger, measure) for measure, triggers in spec.items() if measure != "default" for trigger in triggers]
        measures[category] = sorted(pairs, key=lambda pair: -len(pair[0]))
    places = {}
    for row in load_csv("places"):
        for alias in row["aliases"].split("|"):
            places[tuple(key(t.text) for t in tokenize(alias))] = (row["place"], int(row["level"]))
    return _Vocabulary(
        subject_nouns=subject_nouns,
        measures=measures,
        default_measures=defaults,
        places=places,
        longest_place=max(len(words) for words in places),
        locatives=frozenset(data["places"]["locatives"]),
        default_locations=dict(data["places"]["default_by_subject_affiliation"]),
        partitive=frozenset(data["partitive"]["quantifiers"]),
        owner_nouns=frozenset(data["territory"]["owner_nouns"]),
        adjectives=dict(data["adjectives"]),
    )


class _Reader:
    """Reads the quantity keys of one document's figures."""

    def __init__(self, text: str, sentences: list[Sentence], speakers: list[tuple[int, int]]):
        self.text = text
        self.sentences = sentences
        self.speakers = speakers
        self.vocabulary = _vocabulary()
        self.gazetteer = gazetteer()
        self._last_nationality = ""  # for a figure whose sentence names no one ("as many as 10,000 have ...")

    def _clause_start(self, sentence: Sentence, position: int) -> int:
        start = sentence.start
        for match in _CLAUSE_START.finditer(self.text, sentence.start, position):
            start = match.end()
        return start

    def _nationalities(self, start: int, end: int) -> list[tuple[int, str, bool]]:
        """(position, affiliation, adjective?) of every nationality or state named in
        ``text[start:end]``, but speakers' phrases ("Western officials estimate that ...") and
        places ("arrived in Russia"). An adjective ("North Korean weapons") describes a noun, a
        state ("North Korea has sent") acts."""
        tokens = [t for t in tokenize(self.text, start, end) if not any(a <= t.start < b for a, b in self.speakers)]
        keys = [key(t.text) for t in tokens]
        found = [(i, j, affiliation) for i, j, affiliation in self.gazetteer.matches(keys, self.gazetteer.demonyms)]
        found += [(i, j, source.affiliation) for i, j, source in self.gazetteer.matches(keys) if source.type == GOVERNMENT]
        return sorted(
            (tokens[i].start, affiliation, _ADJECTIVE.search(tokens[j - 1].text) is not None)
            for i, j, affiliation in found
            if not (i and tokens[i - 1].lower in self.vocabulary.locatives)
        )

    def _nationality(self, figure: Figure, sentence: Sentence) -> str:
        """Whose people or things a figure counts: a nationality in its span ("North Korean
        troops"), one just after it ("units from North Korea"), an origin in its clause ("units
        from North Korea, each of 6,000 soldiers"), the nearest adjective ("North Korean weapons,
        including 100 missiles"), the state acting in its clause ("North Korea has supplied Moscow
        with ..."); else the one before it in the document, else the document's most named one."""
        inside = self._nationalities(figure.start, figure.end)
        if inside:
            return inside[0][1]
        if re.match(r"\s+(?:from|of)\s+", self.text[figure.end:figure.end + 8]):
            following = self._nationalities(figure.end, min(sentence.end, figure.end + 40))
            if following:
                return following[0][1]
        before = self._nationalities(self._clause_start(sentence, figure.start), figure.start)
        origins = [affiliation for position, affiliation, _ in before if self.text[max(0, position - 5):position].endswith("from ")]
        adjectives = [affiliation for _, affiliation, adjective in before if adjective]
        if origins or adjectives or before:
            return (origins or adjectives[-1:] or [before[0][1]])[-1]
        earlier = self._nationalities(sentence.start, figure.start)
        return earlier[-1][1] if earlier else self._last_nationality or self._most_named()

    def _most_named(self) -> str:
        counts = Counter(affiliation for _, affiliation, _ in self._nationalities(0, len(self.text)))
        return min(counts, key=lambda affiliation: (-counts[affiliation], affiliation)) if counts else ""

    def _holder(self, figure: Figure, sentence: Sentence) -> str:
        """Who holds a territory: the first state its sentence names as an actor, not as the owner
        ("Ukraine ... seizing about 500 square miles of Russian territory" -> Ukraine)."""
        for position, affiliation, _ in self._nationalities(sentence.start, sentence.end):
            following = self.text[position:position + 40].split()
            owner = len(following) > 1 and following[1].lower().strip(",.") in self.vocabulary.owner_nouns
            if not owner:
                return affiliation
        return ""

    def _measure(self, figure: Figure, sentence: Sentence, category: str) -> str:
        """The measure of the trigger word nearest the figure in its sentence."""
        best = None
        lowered = self.text[sentence.start:sentence.end].lower()
        for trigger, measure in self.vocabulary.measures.get(category, ()):
            for match in re.finditer(rf"\b{re.escape(trigger)}\b", lowered):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                distance = 0 if start < figure.end and figure.start < end else min(abs(start - figure.end), abs(figure.start - end))
                candidate = (distance, -len(trigger))
                if best is None or candidate < best[0]:
                    best = (candidate, measure)
        return best[1] if best else self.vocabulary.default_measures.get(category, "")

    def _location(self, figure: Figure, sentence: Sentence) -> str:
        """The place after the figure in its clause, else one named earlier in its sentence."""
        return self._place(*self._location_window(figure, sentence)) or self._place(sentence.start, figure.start)

    def _location_window(self, figure: Figure, sentence: Sentence) -> tuple[int, int]:
        """Where a figure's place is named: after it, in its clause. A figure that is the whole of
        a part ("the majority of the estimated 12,000 troops are stationed at Kursk") keeps the
        words before its clause's verb; a part ("8,000 of the 10,000 troops believed to be in
        Russia have reached Kursk") starts after that verb."""
        tokens = tokenize(self.text, figure.end, sentence.end)
        before = self.text[max(sentence.start, figure.start - 25):figure.start].lower().split()
        words = [t.lower for t in tokens]
        whole = any(w in self.vocabulary.partitive or w[:1].isdigit() for w in before[-3:])
        if before and before[-1] in ("of", "the") and whole:  # "the majority of the 12,000", "8,000 of the 10,000"
            verb = next((t for t in tokens if t.lower in _FINITE), None)
            return figure.end, verb.start if verb else sentence.end
        if words[:1] == ["of"]:
            verb = next((t for t in tokens if t.lower in _FINITE), None)
            return (verb.end if verb else figure.end), sentence.end
        return figure.end, sentence.end

    def _place(self, start: int, end: int, territory: bool = False) -> str:
        """The most specific place named in ``text[start:end]`` after a locative word, or, for a
        territory, after "of" ("portions of Kursk", "square miles of Russian territory")."""
        tokens = tokenize(self.text, start, end)
        keys = [key(t.text) for t in tokens]
        best = None
        index = 0
        vocabulary = self.vocabulary
        while index < len(tokens):
            for length in range(min(vocabulary.longest_place, len(tokens) - index), 0, -1):
                place = vocabulary.places.get(tuple(keys[index:index + length]))
                possessive = index + length < len(tokens) and tokens[index + length - 1].text.endswith(("'s", "’s"))
                if place is None or possessive:
                    continue
                preceding = {t.lower for t in tokens[max(0, index - 3):index]}
                if (preceding & vocabulary.locatives or territory and "of" in preceding) and (best is None or place[1] > best[1]):
                    best = place
                index += length - 1
                break
            index += 1
        return best[0] if best else ""

    def key(self, figure: Figure) -> QuantityKey:
        sentence = self.sentences[figure.sentence]
        category = figure.category
        vocabulary = self.vocabulary
        if category == "territory":
            holder = self._holder(figure, sentence)
            adjective = vocabulary.adjectives.get(holder, holder)
            subject = f"{adjective}-held territory" if adjective else "territory"
            location = self._place(sentence.start, sentence.end, territory=True)
            if not location and figure.sentence > 0:  # "... earlier claims of 1,400 square kilometers"
                previous = self.sentences[figure.sentence - 1]
                location = self._place(previous.start, previous.end, territory=True)
            return QuantityKey(subject, self._measure(figure, sentence, category), location)
        nationality = self._nationality(figure, sentence)
        self._last_nationality = nationality or self._last_nationality
        noun = vocabulary.subject_nouns.get(category, {}).get(figure.unit)
        if noun is None:
            noun = plural(figure.unit) if figure.unit else category
        adjective = vocabulary.adjectives.get(nationality, nationality)
        subject = f"{adjective} {noun}".strip()
        location = self._location(figure, sentence) or vocabulary.default_locations.get(nationality, "")
        return QuantityKey(subject, self._measure(figure, sentence, category), location)


def quantity_keys(text: str, sentences: list[Sentence], figures: list[Figure], speakers: list[tuple[int, int]]) -> list[QuantityKey]:
    """The quantity each figure of a document measures."""
    reader = _Reader(text, sentences, speakers)
    return [reader.key(figure) for figure in figures]
