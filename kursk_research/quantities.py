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
from functools import cached_property, lru_cache

from .actors import GOVERNMENT, PERSON, gazetteer, key
from .figures import Figure
from .lexicon import alternation, load_toml, plural
from .segment import Sentence

_CLAUSE_START = re.compile(r"[;:]|\bthat\b|\bwhich\b|\bwhile\b|,\s+(?:and|but)\b")
_ADJECTIVE = re.compile(r"(?:an|ese|ish|ic|i)$")  # "Korean", "Chinese", "British", "Baltic", "Israeli"
_FINITE_VERB = re.compile(r"\b(?:have|has|had|are|is|were|was|will|would|could|may|might)\b")


@dataclass(frozen=True)
class QuantityKey:
    """The quantity a figure measures."""

    subject: str
    measure: str
    location: str


@dataclass(frozen=True)
class _Vocabulary:
    subject_nouns: dict[str, dict[str, str]]  # category -> unit -> subject noun
    measures: dict[str, tuple[re.Pattern, dict[str, str]]]  # category -> (triggers, trigger -> measure)
    default_measures: dict[str, str]
    locatives: frozenset[str]
    default_locations: dict[str, str]
    partitive: frozenset[str]
    owner_nouns: frozenset[str]


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
        triggers = {trigger: measure for measure, words in spec.items() if measure != "default" for trigger in words}
        if triggers:
            measures[category] = (re.compile(rf"\b(?:{alternation(triggers)})\b", re.IGNORECASE), triggers)
    return _Vocabulary(
        subject_nouns=subject_nouns,
        measures=measures,
        default_measures=defaults,
        locatives=frozenset(data["places"]["locatives"]),
        default_locations=dict(data["places"]["default_by_subject_affiliation"]),
        partitive=frozenset(data["partitive"]["quantifiers"]),
        owner_nouns=frozenset(data["territory"]["owner_nouns"]),
    )


@dataclass(frozen=True, slots=True)
class _Nationality:
    start: int
    affiliation: str
    adjective: bool  # "North Korean weapons" describes; "North Korea has sent" acts
    origin: bool  # "units from North Korea"


@dataclass(frozen=True, slots=True)
class _Place:
    start: int
    place: str
    level: int
    located: bool  # after a locative word: "in Kursk", "have reached the Kursk region"
    of: bool  # after "of": "portions of Kursk"


class _Reader:
    """Reads the quantity keys of one document's figures; each sentence is read once."""

    def __init__(self, text: str, sentences: list[Sentence], speakers: list[tuple[int, int]]):
        self.text = text
        self.sentences = sentences
        self.speakers = speakers
        self.vocabulary = _vocabulary()
        self.gazetteer = gazetteer()
        self._last_nationality = ""  # for a figure whose sentence names no one ("as many as 10,000 have ...")
        self._read: dict[int, tuple[list[_Nationality], list[_Place], list[_Nationality]]] = {}

    def _mentions(self, sentence: Sentence) -> tuple[list[_Nationality], list[_Place], list[_Nationality]]:
        """The nationalities (outside speakers' phrases and places), the places and the sides of
        the people of the gazetteer ("Kim has sent ...") of a sentence."""
        if sentence.index not in self._read:
            tokens = sentence.tokens(self.text)
            keys = [key(t.text) for t in tokens]
            locatives = self.vocabulary.locatives
            actors = self.gazetteer.aliases.matches(keys)
            found = self.gazetteer.demonyms.matches(keys)
            found += [(i, j, source.affiliation) for i, j, source in actors if source.type == GOVERNMENT]
            people = [_Nationality(tokens[i].start, source.affiliation, False, False) for i, _, source in actors
                      if source.type == PERSON and source.affiliation and not any(a <= tokens[i].start < b for a, b in self.speakers)]
            nationalities = sorted((
                _Nationality(tokens[i].start, affiliation, _ADJECTIVE.search(tokens[j - 1].text) is not None,
                             i > 0 and tokens[i - 1].lower == "from")
                for i, j, affiliation in found
                if not (i and tokens[i - 1].lower in locatives) and not any(a <= tokens[i].start < b for a, b in self.speakers)
            ), key=lambda nationality: nationality.start)
            places = []
            for i, j, place in self.gazetteer.places.matches(keys):
                if j < len(tokens) and tokens[j - 1].text.endswith(("'s", "’s")):
                    continue  # "Russia's Kursk region": the owner, not the place
                preceding = {t.lower for t in tokens[max(0, i - 3):i]}
                places.append(_Place(tokens[i].start, place.name, place.level, bool(preceding & locatives), "of" in preceding))
            self._read[sentence.index] = (nationalities, places, people)
        return self._read[sentence.index]

    def _nationalities(self, sentence: Sentence, start: int, end: int) -> list[_Nationality]:
        return [n for n in self._mentions(sentence)[0] if start <= n.start < end]

    def _clause_start(self, sentence: Sentence, position: int) -> int:
        start = sentence.start
        for match in _CLAUSE_START.finditer(self.text, sentence.start, position):
            start = match.end()
        return start

    def _nationality(self, figure: Figure, sentence: Sentence) -> str:
        """Whose people or things a figure counts: a nationality in its span ("North Korean
        troops"), one just after it ("units from North Korea"), an origin in its clause ("units
        from North Korea, each of 6,000 soldiers"), the nearest adjective ("North Korean weapons,
        including 100 missiles"), the state acting in its clause ("North Korea has supplied Moscow
        with ..."); else the side of the first person of the gazetteer named in its clause ("Kim Jong
        Un offered Putin 30,000 more troops"), else the one before it in the document, else the
        document's most named one."""
        inside = self._nationalities(sentence, figure.start, figure.end)
        if inside:
            return inside[0].affiliation
        if re.match(r"\s+(?:from|of)\s+", self.text[figure.end:figure.end + 8]):
            following = self._nationalities(sentence, figure.end, figure.end + 40)
            if following:
                return following[0].affiliation
        before = self._nationalities(sentence, self._clause_start(sentence, figure.start), figure.start)
        origins = [n.affiliation for n in before if n.origin]
        adjectives = [n.affiliation for n in before if n.adjective]
        if origins or adjectives or before:
            return (origins or adjectives[-1:] or [before[0].affiliation])[-1]
        earlier = self._nationalities(sentence, sentence.start, figure.start)
        if earlier:
            return earlier[-1].affiliation
        clause_start = self._clause_start(sentence, figure.start)
        people = [n for n in self._mentions(sentence)[2] if clause_start <= n.start < figure.start]
        return people[0].affiliation if people else self._last_nationality or self._most_named

    @cached_property
    def _most_named(self) -> str:
        """The nationality the document names most."""
        counts = Counter(n.affiliation for sentence in self.sentences for n in self._mentions(sentence)[0])
        return min(counts, key=lambda affiliation: (-counts[affiliation], affiliation)) if counts else ""

    def _holder(self, sentence: Sentence) -> str:
        """Who holds a territory: the first state its sentence names as an actor, not as the owner
        ("Ukraine ... seizing about 500 square miles of Russian territory" -> Ukraine)."""
        for nationality in self._mentions(sentence)[0]:
            following = self.text[nationality.start:nationality.start + 40].split()
            if not (len(following) > 1 and following[1].lower().strip(",.") in self.vocabulary.owner_nouns):
                return nationality.affiliation
        return ""

    def _measure(self, figure: Figure, sentence: Sentence, category: str) -> str:
        """The measure of the trigger word nearest the figure in its sentence (the longer on a tie)."""
        vocabulary = self.vocabulary
        if category not in vocabulary.measures:
            return vocabulary.default_measures.get(category, "")
        pattern, triggers = vocabulary.measures[category]
        best = None
        for match in pattern.finditer(self.text, sentence.start, sentence.end):
            start, end = match.span()
            distance = 0 if start < figure.end and figure.start < end else min(abs(start - figure.end), abs(figure.start - end))
            candidate = (distance, -len(match.group()))
            if best is None or candidate < best[0]:
                best = (candidate, triggers[" ".join(match.group().lower().split())])
        return best[1] if best else vocabulary.default_measures.get(category, "")

    def _location(self, figure: Figure, sentence: Sentence) -> str:
        """The place after the figure in its clause, else one named earlier in its sentence."""
        return self._place(sentence, *self._location_window(figure, sentence)) or self._place(sentence, sentence.start, figure.start)

    def _location_window(self, figure: Figure, sentence: Sentence) -> tuple[int, int]:
        """Where a figure's place is named: after it, in its clause. A figure that is the whole of
        a part ("the majority of the estimated 12,000 troops are stationed at Kursk") keeps the
        words before its clause's verb; a part ("8,000 of the 10,000 troops believed to be in
        Russia have reached Kursk") starts after that verb."""
        following = _FINITE_VERB.search(self.text, figure.end, sentence.end)
        before = self.text[max(sentence.start, figure.start - 25):figure.start].lower().split()
        whole = any(w in self.vocabulary.partitive or w[:1].isdigit() for w in before[-3:])
        if before and before[-1] in ("of", "the") and whole:  # "the majority of the 12,000", "8,000 of the 10,000"
            return figure.end, following.start() if following else sentence.end
        if re.match(r"\s+of\b", self.text[figure.end:figure.end + 4]):
            return (following.end() if following else figure.end), sentence.end
        return figure.end, sentence.end

    def _place(self, sentence: Sentence, start: int, end: int, territory: bool = False) -> str:
        """The most specific place named in ``text[start:end]`` after a locative word, or, for a
        territory, after "of" ("portions of Kursk", "square miles of Russian territory")."""
        best = None
        for place in self._mentions(sentence)[1]:
            if start <= place.start < end and (place.located or territory and place.of) and (best is None or place.level > best.level):
                best = place
        return best.place if best else ""

    def key(self, figure: Figure) -> QuantityKey:
        sentence = self.sentences[figure.sentence]
        category = figure.category
        vocabulary = self.vocabulary
        measure = self._measure(figure, sentence, category)
        if category == "territory":
            adjective = self.gazetteer.adjectives.get(holder := self._holder(sentence), holder)
            location = self._place(sentence, sentence.start, sentence.end, territory=True)
            if not location and figure.sentence > 0:  # "... earlier claims of 1,400 square kilometers"
                previous = self.sentences[figure.sentence - 1]
                location = self._place(previous, previous.start, previous.end, territory=True)
            return QuantityKey(f"{adjective}-held territory" if adjective else "territory", measure, location)
        nationality = self._nationality(figure, sentence)
        self._last_nationality = nationality or self._last_nationality
        noun = vocabulary.subject_nouns.get(category, {}).get(figure.unit)
        if noun is None:
            noun = plural(figure.unit) if figure.unit else category
        subject = f"{self.gazetteer.adjectives.get(nationality, nationality)} {noun}".strip()
        location = self._location(figure, sentence) or vocabulary.default_locations.get(nationality, "")
        return QuantityKey(subject, measure, location)


def quantity_keys(text: str, sentences: list[Sentence], figures: list[Figure], speakers: list[tuple[int, int]]) -> list[QuantityKey]:
    """The quantity each figure of a document measures."""
    reader = _Reader(text, sentences, speakers)
    return [reader.key(figure) for figure in figures]
