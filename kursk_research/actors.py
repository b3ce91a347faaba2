"""Actors: who a speaker's phrase names, under one canonical name, with its type and affiliation.

The gazetteer (``data/gazetteer/actors.csv``, ``demonyms.csv``, ``roles.csv``) names the actors of
the conflict with their aliases. A phrase it lacks still resolves: a person from the capitalised
name after the titles ("US Congressman Mike Turner" -> Mike Turner), a group or body as written
("a Ukrainian military source" -> Ukrainian military source), its affiliation from a nationality
adjective, a possessive country or an organisation named in the phrase.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from itertools import pairwise

from .lexicon import PhraseTable, load_csv, load_toml
from .segment import AGE, ORDINAL, Token, tokenize

PERSON, ORGANISATION, GOVERNMENT, GROUP, MEDIA = "person", "organisation", "government", "group", "media"
SPEAKER_TYPES = (PERSON, ORGANISATION, GOVERNMENT, GROUP, MEDIA)
INDEPENDENT = "independent"
_SHOUTED_WORD = 5  # letters from which a word in capitals is a word set in capitals, not an acronym ("NATO", "KCNA")
LIST_ITEM_WORDS = 3  # words of one item in a list of speakers ("Seoul, Washington and Kyiv", "Ukrainian, South Korean and U.S. officials")
_POSSESSIVE = re.compile(r"['’]s$")
_KNOWN_AS = frozenset({"known", "also", "called", "dubbed"})  # an apposition that gives a body's name: "known as HUR"
_PREFIXES = frozenset({"pro", "anti", "ex"})  # "Pro-war bloggers" opening a sentence are "pro-war bloggers"
_TITLE_LINKS = frozenset({"for", "of", "the", "affairs"})  # "Minister for Foreign Affairs"
_OUTLET_NAME = re.compile(r"(?:The |Die |Le |La |El )?[A-Z][^\d()|]*")  # an outlet's name as a source may write it (not "Updated 1 path ...")
_NAME_WORDS = frozenset({"of", "for", "and", "the", "&"})  # lower-case words inside a body's name ("Bank of Korea")


@dataclass(frozen=True, slots=True)
class Source:
    """A resolved speaker: canonical name, type and affiliation."""

    canonical: str
    type: str
    affiliation: str


_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z](?:\.[A-Z])+")


_LATIN = re.compile(r"[A-Za-z]")
# "the Centre for Indo-Pacific Defence Analysis (CIDA)": a capitalised name and the acronym it takes
_BRACKETED_ACRONYM = re.compile(r"\s\(([A-Z]{2,6})\)")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+(?:(?:for|of|the|and|on|&)\s+)*){0,7}[A-Z][\w’'-]*$")
_NAME_REACH = 120  # characters
_BRACKETED = re.compile(r"\s*\([^)]*\)")  # "(Morning Briefing)" of an outlet's name
_RECENT_NAME_CHARS = 400  # how far back a person just credited outranks an earlier namesake for a bare name
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")  # "(D-N.M.)", "(R-Okla.)": a U.S. lawmaker's party and state


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names, lower-case: "a January poll" names no pollster."""
    dates = load_toml("dates")
    return frozenset(name.casefold() for group in ("months", "weekdays") for names in dates[group].values() for name in names)


def key(word: str) -> str:
    """The form of a word that aliases are matched on: case kept for acronyms ("US" is not "us"),
    and an acronym spelt with full stops is the acronym ("N.I.S." is "NIS", "U.S." is "US")."""
    word = word.replace("’", "'")
    if "." in word:
        return word.replace(".", "") if _DOTTED_ACRONYM.fullmatch(word) else word
    bare = word.removesuffix("'s")  # "HUR's" keeps its capitals
    return word if bare.isupper() and len(bare) < _SHOUTED_WORD else word.casefold()  # "VOLODYMYR Zelensky" (a tabloid's first word)


def _alias_key(alias: str) -> tuple[str, ...]:
    return tuple(key(token.text) for token in tokenize(alias))


@dataclass(frozen=True, slots=True)
class Place:
    """A place of data/gazetteer/places.csv: its name, its specificity (0 country ... 3 city) and its country."""

    name: str
    level: int
    country: str


@dataclass(frozen=True)
class Gazetteer:
    """The actors and their aliases, nationality words, and who held which office when."""

    aliases: PhraseTable[Source]
    demonyms: PhraseTable[str]
    places: PhraseTable[Place]  # "Sudzha" -> Kursk region (2, Russia)
    roles: dict[tuple[str, str], tuple[tuple[date, date | None, str], ...]]
    people: dict[str, Source]
    governments: dict[str, Source]
    adjectives: dict[str, str]  # affiliation -> its adjective ("South Korea" -> "South Korean")
    known: frozenset[Source]  # every actor the gazetteer names
    by_name: dict[str, tuple[tuple[Source, tuple[str, ...]], ...]]  # "Kim" -> (Kim Jong Un, his full names), ...

    def holder(self, role: str, affiliation: str, when: date | None) -> Source | None:
        """Who held ``role`` for ``affiliation`` on ``when`` (or, with no date, the only holder ever)."""
        tenures = self.roles.get((role, affiliation), ())
        if when is None:
            names = {name for _, _, name in tenures}
            return self.people.get(names.pop()) if len(names) == 1 else None
        for start, end, name in tenures:
            if start <= when and (end is None or when <= end):
                return self.people.get(name)
        return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    aliases: dict[tuple[str, ...], Source] = {}
    people: dict[str, Source] = {}
    governments: dict[str, Source] = {}
    for row in load_csv("actors"):
        source = Source(row["canonical"], row["type"], row["affiliation"])
        if source.type == PERSON:
            people[source.canonical] = source
        elif source.type == GOVERNMENT:
            governments.setdefault(source.affiliation, source)
        for alias in [row["canonical"], *row["aliases"].split("|")]:
            if alias.strip():
                aliases.setdefault(_alias_key(alias.strip()), source)
    demonyms = {_alias_key(row["term"]): row["affiliation"] for row in load_csv("demonyms")}
    adjectives = {row["affiliation"]: row["adjective"] for row in load_csv("adjectives")}
    for row in load_csv("countries"):  # the states the files above do not name: they win where they do
        _add_country(row, aliases, governments, demonyms, adjectives)
    for row in load_csv("outlets"):  # publishers the actors do not name: "Die Welt argued", "the Munich-based paper"
        _add_outlet(row, aliases)
    by_name: dict[str, list[tuple[Source, tuple[str, ...]]]] = {}
    for row in load_csv("actors"):
        if row["type"] == PERSON:
            person = people[row["canonical"]]
            full_names = tuple(dict.fromkeys(a.strip() for a in [row["canonical"], *row["aliases"].split("|")] if len(a.split()) > 1))
            names = row["canonical"].split()
            for name in dict.fromkeys((names[0], names[-1])):
                by_name.setdefault(name, []).append((person, full_names))
    places = {_alias_key(alias): Place(row["place"], int(row["level"]), row["country"]) for row in load_csv("places")
              for alias in row["aliases"].split("|")}
    roles: dict[tuple[str, str], list] = {}
    for row in load_csv("roles"):
        tenure = (date.fromisoformat(row["valid_from"]), date.fromisoformat(row["valid_to"]) if row["valid_to"] else None, row["holder"])
        roles.setdefault((row["role"].lower(), row["affiliation"]), []).append(tenure)
    return Gazetteer(
        aliases=PhraseTable(aliases),
        demonyms=PhraseTable(demonyms),
        places=PhraseTable(places),
        roles={k: tuple(sorted(v)) for k, v in roles.items()},
        people=people,
        governments=governments,
        adjectives=adjectives,
        known=frozenset(aliases.values()),
        by_name={name: tuple(found) for name, found in by_name.items()},
    )


def _add_outlet(row: dict[str, str], aliases: dict[tuple[str, ...], Source]) -> None:
    """A publisher of data/gazetteer/outlets.csv as an independent media source, named without its
    "The" ("The Telegraph" -> "Telegraph"), where actors.csv does not already name it."""
    names = [name.strip() for name in (row["outlet"], *row["aliases"].split("|")) if _OUTLET_NAME.fullmatch(name.strip())]
    if not names or any(_alias_key(name) in aliases for name in names):
        return
    source = Source(re.sub(r"^The ", "", row["outlet"]), MEDIA, INDEPENDENT)
    for name in names:
        aliases[_alias_key(name)] = source


def _add_country(row: dict[str, str], aliases: dict[tuple[str, ...], Source], governments: dict[str, Source],
                 demonyms: dict[tuple[str, ...], str], adjectives: dict[str, str]) -> None:
    """A state of data/gazetteer/countries.csv: its government ("Thailand", "Bangkok", "the Thai
    government") and its nationality words, where the hand-made files do not already have them."""
    country, adjective = row["country"], row["adjective"]
    names = [name for name in (country, row["capital"], *row["other_names"].split("|")) if name]
    for name in [*names, adjective] if adjective else names:
        demonyms.setdefault(_alias_key(name), country)
    if adjective:
        adjectives.setdefault(country, adjective)
    if country in governments:
        return
    government = governments[country] = Source(country, GOVERNMENT, country)
    spoken = [*names, f"{country}'s government", f"{country}’s government", *([f"{adjective} government"] if adjective else [])]
    for name in spoken:
        aliases.setdefault(_alias_key(name), government)


@dataclass(frozen=True)
class _Words:
    determiners: frozenset[str]
    group: frozenset[str]
    organisation: frozenset[str]
    government: frozenset[str]
    media: frozenset[str]
    document: frozenset[str]
    titles: frozenset[str]
    modifiers: frozenset[str]
    ranks: frozenset[str]
    portfolios: frozenset[str]
    independent: frozenset[str]
    independent_bodies: frozenset[str]
    placed_groups: frozenset[str]
    placed_bodies: frozenset[str]
    placed_sources: frozenset[str]
    settlements: frozenset[str]
    posted: frozenset[str]
    viewed: frozenset[str]
    press_services: frozenset[str]
    clause_openers: frozenset[str]
    name_particles: frozenset[str]  # "de" of "Frank de Vries"
    courtesy: frozenset[str]  # "Ms", "Dr": titles that hold no office
    private_groups: frozenset[str]  # "residents", "students": groups that speak for no state
    lone_states: dict[str, str]  # "North": North Korea, when the word stands alone


@lru_cache(maxsize=1)
def words() -> _Words:
    speakers = load_toml("attributions")["speakers"]

    def folded(name: str) -> frozenset[str]:
        return frozenset(word.casefold().rstrip(".") for word in speakers[name])

    return _Words(
        determiners=folded("determiners"),
        group=folded("group_nouns"),
        organisation=folded("organisation_nouns"),
        government=folded("government_nouns"),
        media=folded("media_nouns"),
        document=folded("document_nouns"),
        titles=folded("titles"),
        modifiers=folded("modifiers"),
        ranks=folded("ranks"),
        portfolios=folded("portfolios"),
        independent=folded("independent_roles"),
        independent_bodies=folded("independent_bodies"),
        placed_groups=folded("placed_groups"),
        placed_bodies=folded("placed_bodies"),
        placed_sources=folded("placed_sources"),
        settlements=folded("settlements"),
        posted=folded("posted"),
        viewed=folded("viewed"),
        press_services=folded("press_services"),
        clause_openers=frozenset(speakers["clause_openers"]),
        name_particles=frozenset(speakers["name_particles"]),
        courtesy=folded("courtesy_titles"),
        private_groups=folded("private_groups"),
        lone_states=dict(speakers["lone_states"]),
    )


def _name_run_start(tokens: list[Token]) -> int:
    """Where the capitalised words (and links) that end a phrase begin: "researchers at | the
    Center for Maritime Studies" (at "Center")."""
    start = len(tokens)
    while start > 0 and (tokens[start - 1].text[:1].isupper() or tokens[start - 1].text in ("of", "for", "and", "&")):
        start -= 1
    return start


def plain_name(name: str) -> str:
    """A name to compare publishers by: "The Associated Press" and "Associated Press" are one."""
    return re.sub(r"^the ", "", " ".join(re.findall(r"\w+", name.casefold())))


@lru_cache(maxsize=1)
def _outlet_countries() -> dict[str, str]:
    """Outlets' names and aliases as compared -> the country of a national outlet ("" for an
    international one, which reports every state's offices alike)."""
    countries: dict[str, str] = {}
    for row in load_csv("outlets"):
        for name in [row["outlet"], *row["aliases"].split("|")]:
            if name.strip():
                countries.setdefault(plain_name(name), row["country"] if row["scope"] == "national" else "")
    return countries


def outlet_country(outlet: str) -> str:
    """The country a national outlet publishes in ("The Korea Herald", "Korea JoongAng Daily
    (Morning Briefing)" -> South Korea); "" for an international or unknown one."""
    countries = _outlet_countries()
    return countries.get(plain_name(outlet)) or countries.get(plain_name(_BRACKETED.sub("", outlet)), "")


def _head(tokens: list[Token]) -> tuple[int, str]:
    """Index and folded form of a phrase's head: its last word outside a closing parenthesis."""
    depth = 0
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index].text
        if word == ")":
            depth += 1
        elif word == "(":
            depth -= 1
        elif depth == 0 and tokens[index].is_word:
            return index, _POSSESSIVE.sub("", word).casefold()
    return -1, ""


def _full_names(name: str) -> re.Pattern:
    """A bare name written in full: "Penny Wong" or "Foreign Minister Penny Wong" for "Wong", and,
    family name first, "Choi Song-min" for "Choi" (group "korean"), also after a title ("Private Ri Kwang-chol")."""
    name = re.escape(name)
    korean = r" [A-Z][a-z]+-[a-z]+\b"
    return re.compile(rf"(?:[A-Z][\w.’'-]* ){{1,4}}{name}\b(?!{korean})|(?P<korean>\b{name}{korean})")


def _compound_head(tokens: list[Token], head: int, vocabulary: frozenset[str]) -> bool:
    """Whether the words ending at ``head`` form one of ``vocabulary`` ("press release", "armed forces")."""
    for start in range(max(0, head - 3), head + 1):
        if " ".join(t.text.casefold() for t in tokens[start:head + 1]) in vocabulary:
            return True
    return False


def _phrase_key(tokens: list[Token]) -> tuple:
    """A phrase as its resolution sees it: its words, and which of them are written apart."""
    return (*(token.text for token in tokens), *(b.start != a.end for a, b in pairwise(tokens)))


def affiliation_of(tokens: list[Token]) -> str:
    """The first country or body a phrase names: a nationality, a possessive country, a known actor."""
    table = gazetteer()
    keys = [key(t.text) for t in tokens]
    found = [(start, affiliation) for start, _, affiliation in table.demonyms.matches(keys)]
    found += [(start, source.affiliation) for start, _, source in table.aliases.matches(keys) if source.affiliation]
    return min(found)[1] if found else ""


PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "around"})  # "analysts in Seoul", "an operator near Sudzha"
CAPTURED = "captured"  # the first word of a group of prisoners' name: "captured North Korean soldiers"
_SOLDIERS = frozenset({"soldier", "soldiers", "troops", "servicemen", "serviceman", "fighters", "men", "prisoners", "pows"})
_SPELLED_OUT = {"US": "U.S.", "NK": "North Korean"}  # in a name: "US officials", "Captured NK soldiers"
VOICES = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "delegate"})  # who speak as their body, not for themselves
_AREAS = frozenset({"province", "region", "district", "area", "county"})  # "a source in the province"
_ONE_OF_SEVERAL = frozenset({"one", "another", "second", "third", "fourth", "other", "separate", "different"})  # "a second source in ...", "a separate source"
_REGION_LEVEL = 2  # places.csv levels of regions and cities, whose governments speak for a region
_MEMO_SIZE = 50_000  # phrases remembered across documents (a few MB)
_memo: dict[tuple, tuple[list[Source], list[Source]]] = {}


@dataclass(slots=True)
class _Recording:
    """What one resolution did with the document's state: people it noted, whether it read the surnames."""

    remembered: list[Source]
    read_surnames: bool = False


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of the titles: "deputy", "prime", "minister" ..."""
    return frozenset(part for title in words().titles for part in title.split())


def _without_middle_initials(tokens: list[Token]) -> list[Token]:
    """A name without its middle initials: "Mike D. Rogers" is Mike Rogers."""
    dropped = {i for i in range(1, len(tokens) - 2)
               if len(tokens[i].text) == 1 and tokens[i].text.isupper() and tokens[i + 1].text == "."
               and tokens[i - 1].text[:1].isupper() and tokens[i + 2].text[:1].isupper() and tokens[i + 2].is_word}
    return [t for i, t in enumerate(tokens) if i not in dropped and i - 1 not in dropped] if dropped else tokens


class Resolver:
    """Resolves the speaker phrases of one document; remembers its people by surname.

    A phrase's sources depend on its words, the document's date and, for a bare surname, the
    people the document named before. Resolutions that did not read those surnames are kept
    across documents, like spaCy's tokenizer cache: "South Korea's National Intelligence Service"
    is worked out once per process, and the people it notes are noted again on each reuse.
    """

    def __init__(self, text: str, when: date | None):
        self.text = text
        self.when = when
        self.gazetteer = gazetteer()
        self.words = words()
        self.surnames: dict[str, Source] = {}
        self._recordings: list[_Recording] = []

    def resolve(self, tokens: list[Token], described: list[Token] = ()) -> list[Source]:
        """The sources a speaker phrase names: none, one, or one per side of "South Korean and US sources".

        ``described`` is an apposition that says who the source is ("Olga Oliker, an expert on
        Russian military strategy"): it gives the affiliation the phrase itself lacks.
        """
        tokens = self._spelt_out(_without_middle_initials(tokens))
        key = (self.when, _phrase_key(tokens), _phrase_key(described))
        known = _memo.get(key)
        if known is not None:
            sources, remembered = known
            for person in remembered:
                self.remember(person)
            return list(sources)
        self._recordings.append(_Recording([]))
        try:
            sources = self._resolve_described(tokens, described)
        finally:
            recording = self._recordings.pop()
        if self._recordings:
            self._recordings[-1].remembered += recording.remembered
            self._recordings[-1].read_surnames |= recording.read_surnames
        if not recording.read_surnames:
            if len(_memo) >= _MEMO_SIZE:
                _memo.clear()
            _memo[key] = (list(sources), recording.remembered)
        return sources

    @cached_property
    def _acronyms(self) -> dict[str, str]:
        """The acronyms the document defines that the gazetteer does not know: acronym -> the name
        it stands for ("the Jakarta-based Centre for Indo-Pacific Defence Analysis (CIDA)": the
        Centre, whose initials C, I, P, D, A hold C, I, D, A in order)."""
        found: dict[str, str] = {}
        for match in _BRACKETED_ACRONYM.finditer(self.text):
            acronym = match.group(1)
            name = _NAME_BEFORE.search(self.text, max(0, match.start() - _NAME_REACH), match.start())
            if name is None or acronym in found or self.gazetteer.aliases.matches([acronym]):
                continue
            words = name.group().split()
            for first in range(len(words)):
                initials = [part[0] for word in words[first:] for part in word.split("-") if part[:1].isupper()]
                remaining = iter(initials)
                if initials[:1] == [acronym[0]] and initials[-1] == acronym[-1] and all(letter in remaining for letter in acronym):
                    found[acronym] = " ".join(words[first:])
                    break
        return found

    def region_named_before(self, position: int) -> str | None:
        """The region the text last named before ``position`` ("Kursk" of "the Kursk region"), that
        "the regional government" belongs to; None when it named none."""
        keys = [key(t.text) for t in tokenize(self.text, 0, position)]
        regions = [place for _, _, place in self.gazetteer.places.matches(keys) if place.level == _REGION_LEVEL]
        return regions[-1].name.removesuffix(" region") if regions else None

    def _spelt_out(self, tokens: list[Token]) -> list[Token]:
        """An acronym the document defined, as the name it stands for: "CIDA said", "CIDA's tally"."""
        words = [t for t in tokens if t.text.casefold() != "the"]
        if not self._acronyms or not words or len(words) > 2 or len(words) == 2 and words[1].text.casefold() not in self.words.document:
            return tokens
        name = self._acronyms.get(_POSSESSIVE.sub("", words[0].text))
        return tokenize(name) if name is not None else tokens

    def known_as(self, described: list[Token]) -> Source | None:
        """The body of the gazetteer an apposition names it by: "known as HUR", "known by its initials HUR"."""
        if not described or described[0].text.casefold() not in _KNOWN_AS:
            return None
        start = len(described)
        while start > 1 and described[start - 1].text[:1].isupper():
            start -= 1
        alias = self._resolve(described[start:]) if start < len(described) else []
        return alias[0] if len(alias) == 1 and alias[0] in self.gazetteer.known else None

    def _resolve_described(self, tokens: list[Token], described: list[Token]) -> list[Source]:
        alias = self.known_as(described)
        if alias is not None:
            return [alias]  # "The Ukrainian agency, known as HUR,"
        if described and described[0].text.casefold() == "in":
            placed = self._placed_source([*tokens, *described])
            if placed is not None:
                return [placed]  # "a second source, in Ryanggang province,"
        sources = self._resolve(tokens)
        if described and sources and (not sources[0].affiliation or self.relative_affiliation(list(described))):
            sources = [Source(s.canonical, s.type, self._described_affiliation(list(described)) or s.affiliation) for s in sources]
            for person in sources:
                self.remember(person)  # "Ozawa said" later: the professor, with his side
        if (described and described[0].text.casefold() != "who" and len(sources) == 1 and sources[0].type == PERSON
                and sources[0] not in self.gazetteer.known):
            head = self._described_head(list(described))[1]
            if head in self.words.media:  # "Frontline Atlas, an open-source mapping project": a body, not a person
                sources = [Source(sources[0].canonical, MEDIA, sources[0].affiliation or INDEPENDENT)]
            elif head in self.words.organisation | self.words.independent_bodies:
                independent = any(t.text.casefold() in self.words.independent_bodies for t in described)
                sources = [Source(sources[0].canonical, ORGANISATION, INDEPENDENT if independent else sources[0].affiliation)]
        return sources

    @staticmethod
    def _described_head(described: list[Token]) -> tuple[int, str]:
        """The head noun of an apposition, before its prepositional phrase ("a senior fellow at X", "a group based in Tallinn")."""
        return _head(described[:next((i for i, t in enumerate(described) if t.text.casefold() in ("on", "at", "for", "of", "in", "with", "from", "who", "based")), len(described))])

    def relative_affiliation(self, described: list[Token]) -> str:
        """The side of the body a relative clause places a source at: "who studies sanctions at the
        Nordic Centre for ..." (independent), "who now lectures at ... University"; else ""."""
        words = [t.text.casefold() for t in described]
        if "who" not in words:
            return ""
        clause = described[words.index("who") + 1:]
        at = next((i for i, t in enumerate(clause) if t.text.casefold() in ("at", "for", "with")), None)
        if at is None:
            return ""
        body = clause[at + 1:]
        if any(t.text.casefold() in self.words.independent_bodies for t in body):
            return INDEPENDENT
        sources = self._resolve(body) if body and body[-1].text[:1].isupper() else []
        return sources[0].affiliation if sources and sources[0].type != PERSON else ""

    def _described_affiliation(self, described: list[Token]) -> str:
        """The side an apposition gives: "a British research group", "an expert on ..." (no side);
        where it goes on to say where the source now works, that place's side ("a former army
        officer who now lectures at ... University")."""
        relative = self.relative_affiliation(described)
        if relative:
            return relative
        head_index, head = self._described_head(described)
        if head in self.words.independent | self.words.independent_bodies or head in ("group", "organisation", "organization"):
            before = described[:head_index]
            return affiliation_of(before) if head not in self.words.independent and affiliation_of(before) else INDEPENDENT
        return affiliation_of(described)

    def _resolve(self, tokens: list[Token]) -> list[Source]:
        call_sign = self._call_sign(tokens)  # before the phrase is cut to its head: "a commander fighting in Kursk, who ... call sign, Kit"
        if call_sign is not None:
            return [call_sign]
        placed = self._captured(tokens) or self._placed_source(tokens) or self._source_inside(tokens) or self._placed_group(tokens)
        if placed is not None:
            return [placed]
        tokens = self._strip(tokens)
        if not tokens:
            return []
        for index in range(1, len(tokens) - 1):  # "separate confirmations from South Korean and US sources"
            if tokens[index].text.casefold() in ("from", "by") and self._document_before(tokens, index):
                owner = self._owner_of_document_seen(tokens, index)
                return owner or self._resolve(tokens[index + 1:])
        parts = self._conjuncts(tokens)
        if len(parts) > 1:
            sources = [self._resolve_one(part) for part in parts]
            affiliations = [s.affiliation for s in sources if s is not None]
            if None not in sources and all(affiliations) and len(set(affiliations)) == len(sources):
                return sources
            first = next((s for s in sources if s is not None), None)
            if first is None:
                return []
            if len(parts) == 2 and sources[1] is not None and sources[1].type == PERSON and self._only_titles(parts[0]):
                return [sources[1]]  # "Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz": one person
            whole = self._resolve_one(tokens, coordinated=True)
            if whole is None and self.names_a_body(tokens):
                whole = self._resolve_one(tokens)  # "the Maritime and Continental Security Forum": one body
            return [whole or Source(self._canonical_text(tokens), first.type, first.affiliation or affiliation_of(tokens))]
        source = self._resolve_one(tokens)
        return [source] if source else []

    def _only_titles(self, tokens: list[Token]) -> bool:
        """Whether a phrase is only a title ("Tánaiste", "Deputy Prime Minister", "Minister for Foreign Affairs")."""
        words = [t.text.casefold() for t in tokens]
        title_words = _title_words()
        return (any(word in title_words for word in words)
                and all(word in title_words or word in self.words.modifiers or word in _TITLE_LINKS for word in words))

    def _document_before(self, tokens: list[Token], index: int) -> bool:
        """Whether ``tokens[index]`` ("by", "from") names whose document it is: "estimates by X",
        "a report published in mid-November by X"."""
        previous = _POSSESSIVE.sub("", tokens[index - 1].text.casefold())
        if previous in self.words.document:
            return True
        between = [t.text.casefold() for t in tokens[max(0, index - 5):index]]
        return (tokens[index].text.casefold() == "by" and any(word.endswith("ed") or word in self.words.viewed for word in between)
                and any(word in self.words.document for word in between))

    def _owner_of_document_seen(self, tokens: list[Token], index: int) -> list[Source]:
        """The author a document names before the participle of whoever saw it ("a Defense Ministry
        spreadsheet | seen by The Insider"); empty when it names none ("a report seen by Reuters")."""
        if index < 2 or tokens[index - 1].text.casefold() not in self.words.viewed:
            return []
        document = tokens[:index - 1]
        return self._resolve(document) if len(document) > 1 and document[-1].text.casefold() in self.words.document else []

    def _captured(self, tokens: list[Token]) -> Source | None:
        """Soldiers of a side taken prisoner: "Two North Korean soldiers captured by Ukrainian
        forces", "Captured NK soldiers" -> "captured North Korean soldiers"."""
        words = [t.text.casefold() for t in tokens]
        if "captured" not in words:
            return None
        at = words.index("captured")
        if at and words[at - 1] in _SOLDIERS:
            soldiers = tokens[:at]  # "... soldiers captured by ..."
        elif all(word in self.words.determiners for word in words[:at]) and words[-1] in _SOLDIERS:
            soldiers = tokens[at + 1:]  # "the captured North Korean soldiers"
        else:
            return None
        side = self._resolve_one(soldiers)
        if side is None or side.type != GROUP or not side.affiliation:
            return None
        return Source(f"{CAPTURED} {side.canonical}", GROUP, side.affiliation)

    def _placed_source(self, tokens: list[Token]) -> Source | None:
        """An unnamed source known by where it is, the place kept in its name: "A second source in
        North Hamgyong province" is "source in North Hamgyong province", of no state."""
        words = [t.text.casefold() for t in tokens]
        at = next((i for i in range(1, len(tokens) - 1) if words[i] in ("in", "of") and words[i - 1] in self.words.placed_sources), None)
        if at is None:
            return None
        place = next((i + 2 for i in range(at + 2, len(tokens) - 2) if words[at + 1] == "the" and words[i] in self.words.settlements
                      and words[i + 1] == "of"), at + 1)  # "in the Chinese border city of | Hunchun"
        start = 0
        while start < at - 1 and (words[start] in self.words.determiners or words[start] in _ONE_OF_SEVERAL or AGE.fullmatch(words[start])):
            start += 1
        if any(not t.text.islower() and word not in self.words.placed_sources | self.words.modifiers
               for t, word in zip(tokens[start:at], words[start:at])):
            return None  # "Russian sources in Kursk", "NIS sources in Seoul": a side of their own
        end = len(tokens)
        while end > place and not tokens[end - 1].is_word:
            end -= 1
        if tokens[place].text[:1].isupper():
            return Source(self._group_name(tokens[start:at + 1] + tokens[place:end]), GROUP, INDEPENDENT)
        if words[at + 1] == "the" and words[end - 1] in self.words.settlements | _AREAS:
            return Source(self._group_name(tokens[start:at]), GROUP, INDEPENDENT)  # "a trader in the border town": a trader
        return None

    def _source_inside(self, tokens: list[Token]) -> Source | None:
        """An unnamed source inside a body, named after it: "a source in the Ukrainian military" is a
        "Ukrainian military source", of the body's side."""
        words = [t.text.casefold() for t in tokens]
        at = next((i for i in range(1, len(tokens) - 2) if words[i] == "in" and words[i + 1] == "the"
                   and words[i - 1] in self.words.placed_sources), None)
        if at is None or any(word not in self.words.determiners | self.words.modifiers | self.words.placed_sources for word in words[:at]):
            return None
        body = self._resolve_one(tokens[at + 1:])
        if body is None or body.type not in (ORGANISATION, GOVERNMENT):
            return None
        if len(tokens) == at + 3 and tokens[-1].text in self.words.lone_states:
            return Source(f"{words[at - 1]} in {body.canonical}", GROUP, INDEPENDENT)  # "sources in the North" live there
        return Source(f"{self._canonical_text(tokens[at + 2:])} {words[at - 1]}", GROUP, body.affiliation)

    def _placed_group(self, tokens: list[Token]) -> Source | None:
        """Officials or diplomats placed in a capital, with no nationality of their own: "Officials
        in Seoul" are "South Korean officials"; a state's body placed there is that state's: "the
        Defense Ministry in Seoul" is South Korea's."""
        words = [t.text.casefold() for t in tokens]
        if "in" not in words:
            return None
        at = words.index("in")
        group = [t for t in tokens[:at] if t.text.casefold() not in self.words.determiners]
        if not group or self._nationality_end(group) or affiliation_of(group):
            return None
        named = at - 3 if at > 3 and words[at - 3] == "(" and words[at - 1] == ")" else at  # "the Department of Foreign Affairs (DFA)"
        body = any(" ".join(words[first:named]) in self.words.placed_bodies for first in range(named))  # "the Ministry of Foreign Affairs in Bangkok"
        if not body and words[at - 1] not in self.words.placed_groups:
            return None
        place = self._resolve_one(tokens[at + 1:])
        if place is None or place.type != GOVERNMENT or not place.affiliation:
            return None
        if body:
            owned = self._resolve_one(tokenize(f"{place.affiliation}'s " + " ".join(t.text for t in group)))
            return owned if owned is not None and owned.affiliation == place.affiliation else None
        adjective = "U.S." if place.affiliation == "United States" else self.gazetteer.adjectives.get(place.affiliation)
        if not adjective:
            return None
        ranked = 0
        while ranked < len(group) - 1 and group[ranked].text.casefold() in self.words.ranks:
            ranked += 1  # "Senior officials in Washington": senior U.S. officials; "a ministry official in Tashkent": Uzbek ministry official
        written = [t.text for t in group]
        if not written[0].isupper() and written[0].casefold() in self.words.modifiers | self.words.group:
            written[0] = written[0].casefold()  # "Officials in Seoul" opening a sentence
        return Source(" ".join(written[:ranked] + [adjective] + written[ranked:]), GROUP, place.affiliation)

    def _strip(self, tokens: list[Token]) -> list[Token]:
        """The phrase without determiners, closing punctuation, or a place after its noun
        ("analysts in Seoul", "a drone operator in Kursk")."""
        if len(tokens) > 2 and tokens[1].text == "of" and tokens[0].text.casefold() in ("one", "some", "many", "most", "several"):
            tokens = tokens[2:]  # "one of the officials": the officials
        while tokens and (tokens[0].text.casefold() in self.words.determiners | {"neither", "either", "both"}
                          or tokens[0].text in self.words.clause_openers or AGE.fullmatch(tokens[0].text)):
            tokens = tokens[1:]  # "a 34-year-old contract soldier": the soldier
        if tokens and tokens[0].text in ("of", "for", "from", "by", "in", "on", "at"):
            return []  # "Analysis of North Korea" without its label: a topic, nobody
        while tokens and not tokens[-1].is_word and tokens[-1].text != ")":
            tokens = tokens[:-1]
        tokens = [t for i, t in enumerate(tokens) if not (i and t.text.casefold() == "own" and _POSSESSIVE.search(tokens[i - 1].text))]
        for index in range(1, len(tokens) - 1):
            previous = tokens[index - 1].text
            place = index + 1
            if tokens[place].text == "the" and place + 1 < len(tokens) and tokens[-1].text.islower():
                place += 1  # "in the Kursk sector" is a place ("in the Russian Foreign Ministry" a body the source belongs to)
            if tokens[index].text == "in" and tokens[index + 1].text.casefold() == "charge":
                if tokens[index + 1].text == "charge" and previous.casefold() in self._head_words() | self.words.titles:
                    return tokens[:index]  # "the officer in charge of the operation": the officer
                continue  # "Special Agent in Charge Teresa M. Albright": a title, no place
            if (tokens[index].text in PLACE_PREPOSITIONS and tokens[place].text[0].isupper()
                    and (previous.casefold() in self._head_words() | self.words.titles or previous == ")"
                         or previous[:1].isupper() and self.ends_with_a_body_name(tokens[:index]))):
                return tokens[:index]  # "analysts in Seoul", "an officer in the Kursk sector", "the Center for ... Studies in Oslo"
            if (tokens[index].text.islower() and tokens[index].text.endswith("ing") and len(tokens[index].text) > 5
                    and previous.casefold() in self.words.group):
                return tokens[:index]  # "soldiers pulling back along the road", "refugees arriving from Kursk": the soldiers, the refugees
            if (tokens[index].text == "with" and previous.casefold() in self.words.group | self.words.titles
                    and not any(t.text.casefold() in ("sign", "callsign") for t in tokens[index + 1:])):
                return tokens[:index]  # "a Ukrainian soldier with the 80th Brigade": the soldier (not "with the call sign Kit")
            if (tokens[index].text.islower() and tokens[index].text.endswith("ed") and tokens[index + 1].text == "by"
                    and previous.casefold() in self.words.group):
                return tokens[:index]  # "South Korean lawmakers briefed by the NIS": the lawmakers
            if (tokens[index].text.islower() and tokens[index].text.endswith("ed") and tokens[index + 1].text == "with"
                    and previous.casefold() in self.words.document):
                return tokens[:index]  # "an intelligence assessment shared with Defense News": the assessment
            if (tokens[index].text.islower() and tokens[index].text.endswith(("ing", "based")) and tokens[index + 1].text in PLACE_PREPOSITIONS
                    and previous.casefold() in self._head_words() | self.words.titles):
                return tokens[:index]  # "A Ukrainian commander fighting in Kursk": the commander
        return tokens

    def _conjuncts(self, tokens: list[Token]) -> list[list[Token]]:
        """Split "South Korean and US intelligence sources" into its two sources, sharing the head."""
        ands = [i for i, t in enumerate(tokens) if t.text.casefold() in ("and", "&", "nor")]
        if len(ands) == 2 and ands[1] < len(tokens) - 1 and not any(self._inside_a_name(tokens, i) for i in ands):
            last = self._strip(tokens[ands[1] + 1:])  # "Ukrainian, South Korean and U.S. officials | and analysts"
            return [*self._conjuncts(tokens[:ands[1]]), last] if last else [tokens]
        if len(ands) != 1 or ands[0] in (0, len(tokens) - 1) or self._inside_a_name(tokens, ands[0]):
            return [tokens]
        left, right = tokens[:ands[0]], self._strip(tokens[ands[0] + 1:])
        while right and right[0].text.casefold() in ("later", "also", "then", "other"):
            right = right[1:]
        if not right:
            return [tokens]
        items = self._list_items(left)
        if all(self._is_nationality(item) for item in items) and self._nationality_end(right) > 0:
            shared = self._after_nationality(right)  # not "Russia and the Democratic People's Republic of Korea"
            if shared:
                items = [item + shared for item in items]  # "U.S. and Ukrainian officials" -> "U.S. officials"
        return [*items, right]

    @staticmethod
    def _list_items(tokens: list[Token]) -> list[list[Token]]:
        """The items of "Seoul, Washington" (before a list's "and"): short capitalised runs between
        commas; a phrase that is no such list is one item ("Kim, the leader")."""
        items, item = [], []
        for token in tokens:
            if token.text == ",":
                items.append(item)
                item = []
            else:
                item.append(token)
        items.append(item)
        named = [item[item[0].text == "the":] if item else item for item in items]  # "the United States, the Republic of Korea"
        if len(items) > 1 and all(0 < len(name) <= LIST_ITEM_WORDS and name[0].text[:1].isupper() for name in named):
            return items
        return [tokens]

    def _inside_a_name(self, tokens: list[Token], index: int) -> bool:
        """Whether "and" at ``index`` joins words of one body's name: "the Center for Strategic and
        International Studies" (capitalised words around it, after a name's "for" or "of"); not when
        a known name ends at it ("the Republic of Korea and Ukraine")."""
        around = tokens[index - 1].text[:1].isupper() and tokens[index + 1].text[:1].isupper()
        named = any(t.text in ("for", "of") and tokens[i - 1].text[:1].isupper() for i, t in enumerate(tokens[1:index], start=1))
        if not (around and named):
            return False
        first = max((i + 1 for i in range(index) if tokens[i].text == ","), default=0)
        first += tokens[first].text.casefold() == "the"
        return not self.gazetteer.aliases.spans([key(t.text) for t in tokens[first:index]])

    def _nationality_end(self, tokens: list[Token]) -> int:
        """How many leading tokens of a phrase are a nationality or a country ("South Korean", "US")."""
        keys = [key(t.text) for t in tokens]
        end = 0
        for start, stop, _ in sorted(self.gazetteer.demonyms.matches(keys)):
            if start != end:
                break
            end = stop
        return end

    def _is_nationality(self, tokens: list[Token]) -> bool:
        return 0 < self._nationality_end(tokens) == len(tokens)

    def _after_nationality(self, tokens: list[Token]) -> list[Token]:
        return tokens[self._nationality_end(tokens):]

    def _describes(self, token: Token) -> bool:
        """Whether a word after a name only describes it ("monitoring project", "news agency")."""
        word = token.text.casefold()
        w = self.words
        return word in w.organisation or word in w.media or word in w.modifiers

    def _head_words(self) -> frozenset[str]:
        w = self.words
        return w.group | w.organisation | w.government | w.media | w.document

    def _canonical_text(self, tokens: list[Token]) -> str:
        """A phrase as written, but "US" and "American" spelt "U.S.", a possessive country as its
        adjective ("South Korea's military" -> "South Korean military"), and "intelligence
        sources" as "intelligence"."""
        if len(tokens) > 1 and tokens[-1].text.casefold() == "sources" and tokens[-2].text.casefold() == "intelligence":
            tokens = tokens[:-1]
        end = self._nationality_end(tokens)
        if 0 < end < len(tokens) and (tokens[end - 1].text.endswith(("'s", "’s")) or tokens[end - 1].text == "American"):
            affiliation = affiliation_of(tokens[:end])
            adjective = "U.S." if affiliation == "United States" else self.gazetteer.adjectives.get(affiliation)
            if adjective:
                return f"{adjective} {self._canonical_text(tokens[end:])}"
        parts = []
        for previous, token in zip([None, *tokens], tokens):
            if previous is not None and token.start != previous.end:
                parts.append(" ")
            parts.append(_SPELLED_OUT.get(token.text, token.text))
        return "".join(parts)

    @staticmethod
    def _call_sign(tokens: list[Token]) -> Source | None:
        """The person a phrase names by a call sign: "... the call sign Mac", '... call sign, “Kit”'."""
        for index in range(len(tokens) - 1):
            named = index + 1
            while named < len(tokens) - 1 and tokens[named].text in ",\"“‘'":
                named += 1  # 'call sign, "Tykhyi"'
            if tokens[index].text.casefold() in ("sign", "callsign", "guerre") and tokens[named].text[:1].isupper():
                return Source(tokens[named].text, PERSON, affiliation_of(tokens[:index]))
        return None

    def _resolve_one(self, tokens: list[Token], coordinated: bool = False) -> Source | None:
        tokens = self._strip(tokens)
        if not tokens:
            return None
        lone = self.words.lone_states.get(_POSSESSIVE.sub("", tokens[0].text)) if len(tokens) == 1 else None
        if lone in self.gazetteer.governments:
            return self.gazetteer.governments[lone]  # "the North acknowledged the deployment"
        words = [t.text.casefold() for t in tokens]
        for index in range(len(tokens) - 1):
            if words[index] == "close" and words[index + 1] == "to" and index and words[index - 1] in self.words.group:
                near = self._resolve_one(tokens[index + 2:])  # "a source close to the Russian Defense Ministry"
                return Source(self._canonical_text(tokens), GROUP, near.affiliation if near else affiliation_of(tokens))
        people_of = self._people_of_a_state(tokens)
        if people_of is not None:
            return people_of
        body = self._body_of_press_service(tokens)
        if body is not None:
            return body
        keys = [key(t.text) for t in tokens]
        matches = self.gazetteer.aliases.matches(keys)
        head_index, head = self._head(tokens)
        w = self.words
        matches = [(start, end, source) for start, end, source in matches
                   if not (source.type == PERSON and self._other_bearer(tokens, start, end))]
        people = [source for _, _, source in matches if source.type == PERSON]
        if (people and head in w.government and head_index and _POSSESSIVE.search(tokens[head_index - 1].text)
                and people[-1].affiliation in self.gazetteer.governments):
            return self.gazetteer.governments[people[-1].affiliation]  # "Yoon's government", "Putin's regime": the state's
        if people and not coordinated:
            if len(tokens) == 1:  # a bare surname: the document's own person first
                if self._recordings:
                    self._recordings[-1].read_surnames = True
                credited = self.surnames.get(tokens[0].text)
                if credited is not None and credited != people[-1]:
                    return credited  # "Yoon" after "Yoon Hae-jin told reporters", not the president
                if self._another_written_in_full(tokens[0], people[-1]):
                    named = self._named_in_full(tokens[0], before=True)
                    if named is not None and named.type == PERSON:
                        return self.remember(named)  # "says Yoon" in a profile of Yoon Seo-hyun, who was never credited
            return self.remember(people[-1])
        posted = None if coordinated else self._posted_to(tokens)
        if posted is not None:
            return posted
        if head in w.document and not _compound_head(tokens, head_index, w.organisation) and not self._body_named(tokens, head_index):
            return self._author(tokens, head_index)
        if coordinated:
            return None
        office = self._office_of_body(tokens, matches)
        if office is not None:
            return office
        if matches and matches[0][0] == 0 and matches[0][2].type in (ORGANISATION, MEDIA) and matches[0][1] < len(tokens) \
                and tokens[matches[0][1]].text in ("of", "at"):
            return matches[0][2]  # "the Main Intelligence Directorate of Ukraine's Defense Ministry": the body named first
        if matches and matches[0][0] == 0 and matches[0][2].type in (ORGANISATION, MEDIA) and matches[0][1] < len(tokens) \
                and tokens[matches[0][1]].text.casefold() in w.titles and (name := self._name(tokens)) is not None:
            return name  # "Bank of Korea Governor Rhee Chang-yong": the person the body's title names
        person = self._person_of(tokens, matches)
        if person is not None:
            return person  # "Rep. Lee Seong-kweun of the ruling People Power Party"
        speaking_for = self._speaking_for(tokens)
        if speaking_for is not None:
            return speaking_for
        if head in VOICES and 0 < head_index == self._nationality_end(tokens) and _POSSESSIVE.search(tokens[head_index - 1].text):
            state = affiliation_of(tokens[:head_index])  # "China's representative" speaks as China, like "the representative of China"
            return Source(state, GROUP, state)
        if head in w.group and head not in ("member", "members"):
            # "US State Department officials" speak as their department; one of them ("a senior
            # HUR officer"), or one whose body is only described ("a senior Ukrainian intelligence
            # official"), is a group as written.
            bodies = [s for start, end, s in matches if s.type in (ORGANISATION, MEDIA) and self._proper_name(tokens[start:end])]
            if bodies and (head.endswith("s") or head in VOICES):
                return Source(bodies[-1].canonical, GROUP, bodies[-1].affiliation)  # "a State Department spokesperson": the department
            if bodies:
                return Source(self._canonical_text(tokens), GROUP, bodies[-1].affiliation)
        owned = head_index + 1 < len(tokens) and tokens[head_index + 1].text in ("of", "for")
        covering = [source for start, end, source in matches
                    if not (owned and start > head_index)  # "the Central Military Commission of the Workers' Party": the owner
                    and (end > head_index or source.type != GOVERNMENT and all(self._describes(t) for t in tokens[end:head_index + 1]))]
        if covering and head in w.titles and head not in w.group and covering[-1].type != PERSON:
            holder = self._office_holder(tokens, head_index, covering[-1].affiliation)
            if holder is not None:
                return holder  # "The HUR chief": who headed HUR then
        if covering and head not in w.group:
            return covering[-1]  # "Ukraine's special operations forces", "the DeepState monitoring project"
        affiliation = affiliation_of(tokens)
        if head in w.government and affiliation in self.gazetteer.governments:
            return self.gazetteer.governments[affiliation]
        known = self._known_as(tokens)
        if known is not None:
            return known  # "the North's Foreign Ministry" is "North Korea's Foreign Ministry"
        described = self._named_after_description(tokens)
        if described is not None:
            return described
        named_body = head in w.organisation and head_index < len(tokens) - 1 or self.names_a_body(tokens)  # "the Institute for Korean Peninsula Studies"
        name = None if named_body else self._name(tokens)
        if name is not None:
            return name
        if head in w.titles and head not in w.group:
            holder = self._office_holder(tokens, head_index, affiliation)
            if holder is not None:
                return holder
        return self._generic(tokens, head_index, head, affiliation)

    def _named_after_description(self, tokens: list[Token]) -> Source | None:
        """The body whose name follows the common noun that describes it: "the Seoul polling firm
        Gyeore Insights", "the London consultancy Meridian Advisory"."""
        start = _name_run_start(tokens)
        if not 0 < start < len(tokens) or tokens[start - 1].text.casefold() not in self.words.organisation | self.words.media:
            return None
        return self._resolve_one(tokens[start:]) if self.names_a_body(tokens[start:]) else None

    def _office_of_body(self, tokens: list[Token], matches: list[tuple[int, int, Source]]) -> Source | None:
        """An office named through the body it heads: "the head of Ukraine's military intelligence"
        (its holder then), "the deputy chief of the Polish General Staff" (an official of that side)."""
        of = next((i for i, t in enumerate(tokens) if t.text == "of"), None)
        if of is None or of == 0 or of + 1 == len(tokens) or tokens[of - 1].text.casefold() not in self.words.titles \
                or tokens[of - 1].text.casefold() in self.words.group or any(start < of < end for start, end, _ in matches) \
                or not all(t.text.casefold() in self.words.titles | self.words.modifiers for t in tokens[:of]):
            return None
        body = self._resolve_one(tokens[of + 1:])
        if body is None or body.type == PERSON:
            return None
        office = [t.text.casefold() for t in tokens[:of] if t.text.casefold() not in self.words.determiners]
        named = self._after_nationality([t for t in tokens[of + 1:] if t.text.casefold() not in self.words.determiners])
        body_words = [t.text.casefold() for t in named if not _POSSESSIVE.search(t.text)]
        holder = (self.gazetteer.holder(" ".join([*office, "of", *body_words]), body.affiliation, self.when)
                  or self.gazetteer.holder(" ".join([*body_words, *office]), body.affiliation, self.when))  # "the head of HUR" is the HUR head
        side = body.affiliation if body.affiliation not in ("", INDEPENDENT) else affiliation_of(tokens) or body.affiliation
        return holder or Source(self._group_name(tokens), GROUP, side)

    def _other_bearer(self, tokens: list[Token], start: int, end: int) -> bool:
        """Whether a one-word name of the gazetteer belongs to someone else here: "Yoon" in
        "lawmaker Yoon Hae-jin" is not President Yoon Suk Yeol (a name goes on beside it)."""
        if end - start != 1:
            return False
        title_of = start >= 3 and tokens[start - 2].text == "of" and tokens[start - 3].text.casefold() in self.words.titles
        beside = [tokens[i] for i in (start - 1, end) if 0 <= i < len(tokens) and not (i == start - 1 and title_of)]  # "Secretary of State Blinken"
        return any(t.is_word and t.text[:1].isupper() and len(t.text.rstrip(".")) > 1  # not a middle initial: "Dmitri S. Peskov"
                   and t.text.casefold().rstrip(".") not in self.words.titles
                   and not self.gazetteer.demonyms.matches([key(t.text)]) and t.text not in self.words.clause_openers
                   for t in beside)

    def _speaking_for(self, tokens: list[Token]) -> Source | None:
        """A group named by whom it speaks for: "a spokesperson for the U.S. State Department" (the
        department, as a group), "a senior official at the presidential office" (a senior official)."""
        for index, token in enumerate(tokens[1:-1], start=1):
            if token.text not in ("for", "of", "at", "from"):
                continue
            if tokens[index - 1].text.casefold() not in self.words.group:
                return None
            body = self._resolve_one(tokens[index + 1:])
            if body is not None and body.type != PERSON:
                return Source(body.canonical, GROUP, body.affiliation)
            side = affiliation_of(tokens) or (INDEPENDENT if tokens[index - 1].text.casefold() in self.words.independent else "")
            return Source(self._group_name(tokens[:index]), GROUP, side)  # "an analyst at the institute": independent
        return None

    def _group_name(self, tokens: list[Token]) -> str:
        """A group's phrase as written, without the capital of a sentence it opens ("Sources in
        Pyongyang", "Analysts at the institute")."""
        canonical = self._canonical_text(tokens)
        if tokens[0].text.casefold() in self.words.group | self.words.modifiers:
            canonical = canonical[0].lower() + canonical[1:]
        return canonical

    def _head(self, tokens: list[Token]) -> tuple[int, str]:
        """The head of a phrase: its last word, or the noun before "of" in a name ("Bank of Korea",
        "the State Agency for Refugees", where the people a body serves end its name)."""
        head_index, head = _head(tokens)
        named_people = head in self.words.group and tokens[head_index].text[:1].isupper()
        if named_people or head not in self._head_words() and head not in self.words.titles:
            for index, token in enumerate(tokens[1:head_index], start=1):
                before = tokens[index - 1].text.casefold()
                if token.text in ("of", "for") and (before in self._head_words() | self.words.independent_bodies or before in self.words.titles):
                    return index - 1, before
        return head_index, head

    def _proper_name(self, tokens: list[Token]) -> bool:
        """Whether a body's alias names it properly: a capitalised word besides a nationality
        ("State Department", "JCS"), not a description ("Ukrainian intelligence")."""
        rest = tokens[self._nationality_end(tokens):]
        return any(t.text[:1].isupper() for t in rest if t.is_word)

    def _body_word(self, token: Token) -> bool:
        """A capitalised word that names bodies: "Institute", "Forum", "Ministry"."""
        return token.text[:1].isupper() and token.text.casefold() in self.words.organisation | self.words.independent_bodies

    def ends_with_a_body_name(self, tokens: list[Token]) -> bool:
        """Whether the capitalised words (and links) that end a phrase name a body: "researchers at
        the Center for Maritime Studies"."""
        return self.names_a_body(tokens[_name_run_start(tokens):])

    def names_a_place(self, tokens: list[Token]) -> bool:
        """Whether the whole phrase is a place of the gazetteer ("Kursk", "Sudzha")."""
        return self.gazetteer.places.spans([key(t.text) for t in tokens])

    def names_a_body(self, tokens: list[Token]) -> bool:
        """Whether a phrase is a body's proper name: capitalised words and links, one of them a body's noun."""
        capitalised = all(t.text[:1].isupper() or t.text.casefold() in _NAME_WORDS for t in tokens if t.is_word)
        titled = len(tokens) > 2 and not self._body_word(tokens[-1]) \
            and any(t.text.casefold().rstrip(".") in self.words.titles for t in tokens[1:-1])  # "Army Lt. Gen. Warren Holcomb": a person
        return capitalised and any(self._body_word(t) for t in tokens) and not titled

    def _body_named(self, tokens: list[Token], head_index: int) -> bool:
        """Whether a capitalised head ends a body's name: "the Institute for Peninsula Security Analysis"."""
        return tokens[head_index].text[:1].isupper() and any(self._body_word(t) for t in tokens[:head_index])

    def _person_of(self, tokens: list[Token], matches: list[tuple[int, int, Source]]) -> Source | None:
        """A named person followed by what they belong to: "Lee Seong-kweun of the People Power Party"
        (not a name of the gazetteer's with "of" inside: "the Joint Chiefs of Staff")."""
        for index, token in enumerate(tokens[1:], start=1):
            if token.text in ("of", "from", "at"):
                if any(start < index < end for start, end, _ in matches) or self._body_word(tokens[index - 1]):
                    return None  # "the Association of Ukrainian Bankers" is a body
                person = self._name(tokens[:index])
                if person is None or person.type != PERSON or person.affiliation:
                    return person
                body = tokens[index + 1:]
                side = INDEPENDENT if any(t.text.casefold() in self.words.independent_bodies for t in body) else affiliation_of(body)
                return self.remember(Source(person.canonical, PERSON, side)) if side else person
        return None

    def _known_as(self, tokens: list[Token]) -> Source | None:
        """The actor a phrase names under another nationality word: "Kyiv's special operations
        forces", "the North's Foreign Ministry" -> "Ukraine's ...", "North Korea's ..."."""
        end = self._nationality_end(tokens)
        if not end or end == len(tokens):
            return None
        affiliation = affiliation_of(tokens[:end])
        rest = tuple(key(t.text) for t in tokens[end:])
        for prefix in (f"{affiliation}'s", self.gazetteer.adjectives.get(affiliation, "")):
            if prefix:
                source = self.gazetteer.aliases.get(_alias_key(prefix) + rest)
                if source is not None:
                    return source
        return None

    def _author(self, tokens: list[Token], head_index: int) -> Source | None:
        """The source of "the NIS assessment", "a statement from the South Korean government"."""
        after = tokens[head_index + 1:]
        candidates = []
        if after and after[0].text.casefold() in ("from", "by", "of"):
            candidates = self.resolve(after[1:])
            if after[0].text.casefold() == "of":
                candidates = [c for c in candidates if c.type != GOVERNMENT]  # "analysis of North Korea" is about it, not by it
        modifiers = [t for t in tokens[:head_index] if t.text.casefold() != "own"]  # "Kyiv's own estimates"
        by_modifiers = not candidates and bool(modifiers)
        if by_modifiers:
            state = self._state_of_adjective(modifiers, tokens[head_index]) if tokens[head_index].text.endswith("s") else None
            if state is not None:
                return state  # "by Ukrainian estimates", "according to Western estimates"; not "A Ukrainian survey"
            candidates = self.resolve(modifiers)
        for source in candidates:
            if (source.type == PERSON or source in self.gazetteer.known or source.affiliation not in ("", INDEPENDENT)
                    or source.type == MEDIA and source.canonical.startswith(("state ", "state-"))
                    or by_modifiers and source.type == ORGANISATION and not source.affiliation):
                return source  # "media reports" name nobody in particular; "state television footage" does; "a Defense Ministry report" is the ministry's, of a state named elsewhere
        return self._named_author(modifiers) if by_modifiers else None

    def _state_of_adjective(self, modifiers: list[Token], head: Token) -> Source | None:
        """The government whose nationality adjective is all that modifies documents: "by
        Ukrainian estimates", "South Korean figures" (not a person called "South Korean"); for a
        side that is no state, the documents as a group of that side ("Western estimates")."""
        found = self.gazetteer.demonyms.matches([key(t.text) for t in modifiers])
        if len(found) == 1 and found[0][:2] == (0, len(modifiers)):
            side = found[0][2]
            return self.gazetteer.governments.get(side) or Source(self._canonical_text([*modifiers, head]), GROUP, side)
        return None

    def _named_author(self, modifiers: list[Token]) -> Source | None:
        """The body a document's capitalised modifiers name when the gazetteer lacks it: "A Gallup
        Korea survey", "a recent Harlow Research poll" (not "a Ukrainian report", "a January poll")."""
        index = 0
        while index < len(modifiers) and (modifiers[index].text.islower() or modifiers[index].lower in self.words.determiners):
            index += 1  # "A", "recent", "new"
        named = modifiers[index:]
        if not named or not all(t.is_word and t.text[:1].isupper() for t in named) or self._nationality_end(named) \
                or any(t.text.casefold() in _calendar_words() or t.text in self.words.clause_openers for t in named):
            return None
        return Source(self._canonical_text(named), ORGANISATION, INDEPENDENT)

    def _body_of_press_service(self, tokens: list[Token]) -> Source | None:
        """The body whose press service speaks, as that body: "The press service of the 156th Separate
        Airmobile Brigade", "the Kremlin press service", "the brigade's press office"."""
        words = [t.text.casefold() for t in tokens]
        for index in range(len(words) - 1):
            if f"{words[index]} {words[index + 1]}" not in self.words.press_services:
                continue
            if index + 3 < len(words) and words[index + 2] in ("of", "for"):
                body = tokens[index + 3:]
            elif index + 2 == len(words) and index > 0:
                body = tokenize(_POSSESSIVE.sub("", " ".join(t.text for t in tokens[:index])))
            else:
                return None
            source = self._resolve_one(body)
            return source if source is not None and source.type != PERSON else None
        return None

    def _people_of_a_state(self, tokens: list[Token]) -> Source | None:
        """A nation named by its people, which speaks as its state: "the Ukrainians said", "The
        South Koreans are saying"."""
        if not tokens or len(tokens) > 3 or not tokens[-1].text.endswith("s") or not all(t.text[:1].isupper() for t in tokens):
            return None
        singular = [key(t.text) for t in tokens[:-1]] + [key(tokens[-1].text[:-1])]
        found = self.gazetteer.demonyms.matches(singular)
        if not found or found[0][:2] != (0, len(tokens)):
            return None
        return self.gazetteer.governments.get(found[0][2])

    def _posted_to(self, tokens: list[Token]) -> Source | None:
        """A state's envoy or mission where it is posted: "the U.S. ambassador to the United Nations"
        (who held the post then), "North Korea's mission to the UN" (the North's, not the UN's)."""
        to = next((i for i, t in enumerate(tokens[1:-1], start=1) if t.text == "to" and tokens[i - 1].text.casefold() in self.words.posted), None)
        if to is None or any(t.text == "," for t in tokens[to:]):
            return None  # not "Russia's ambassador to Seoul, Georgy Zinoviev": the name comes first
        front = self._resolve_one(tokens[:to])
        affiliation = front.affiliation if front is not None else ""
        if not affiliation or affiliation == "independent":
            return None
        post = " ".join(t.text.casefold() for t in tokens[to - 1:])  # "ambassador to the un"
        holder = self.gazetteer.holder(post, affiliation, self.when)
        if holder is not None:
            return holder
        if front.type == PERSON:
            return front
        return Source(self._canonical_text(tokens), front.type, affiliation)

    def _office_holder(self, tokens: list[Token], head_index: int, affiliation: str) -> Source | None:
        """"the Ukrainian president", "South Korea's defence minister", "the Kursk governor" (the
        country of a place of the gazetteer): who held the office then."""
        if not affiliation:
            places = self.gazetteer.places.matches([key(t.text) for t in tokens[:head_index]])
            affiliation = places[0][2].country if places else ""
        if not affiliation:
            return None
        for start in range(max(0, head_index - 3), head_index + 1):
            if any(t.text.islower() and t.text not in self.words.titles | self.words.determiners for t in tokens[:start]):
                break  # "a Ukrainian platoon leader" holds no office of the gazetteer's "leader"
            role = " ".join(t.text.casefold() for t in tokens[start:head_index + 1])
            holder = self.gazetteer.holder(role, affiliation, self.when)
            if holder is not None:
                return holder
        return None

    def _named_after_a_country(self, tokens: list[Token]) -> list[Token]:
        """The capitalised words of a body's name that ends in a country's: "Frontline Korea" (no
        person's name ends so); empty when the phrase is no such name."""
        if len(tokens) < 2 or not (tokens[-1].text[:1].isupper() and self.gazetteer.demonyms.matches([key(tokens[-1].text)])):
            return []
        first = len(tokens) - 1
        while first > 0:
            token = tokens[first - 1]
            folded = _POSSESSIVE.sub("", token.text).casefold().rstrip(".")
            if not (token.is_word and token.text[:1].isupper()) or folded in self.words.titles | self.words.determiners | self._head_words() \
                    or self.gazetteer.demonyms.matches([key(token.text)]):
                break
            first -= 1  # "Frontline" may open a name, as in "Frontline Atlas"
        return tokens[first:] if first < len(tokens) - 1 else []

    def _name(self, tokens: list[Token]) -> Source | None:
        """A person named by capitalised words after the titles: "US Congressman Mike Turner"
        ("Rep. Carla Benavides (D-N.M.)": the party and state in brackets are no part of it)."""
        w = self.words
        lawmaker = False
        if tokens and tokens[-1].text == ")":
            opening = max((i for i, t in enumerate(tokens) if t.text == "("), default=None)
            inside = "".join(t.text for t in tokens[opening + 1:-1]) if opening else ""
            if opening and _PARTY_STATE.fullmatch(inside):
                tokens, lawmaker = tokens[:opening], True
            elif opening and inside and not _LATIN.search(inside):
                tokens = tokens[:opening]  # "Lin Yu-ting (林育廷)": the name again, in its own script
        named = self._named_after_a_country(tokens)
        if named:
            return Source(" ".join(t.text for t in named), ORGANISATION, INDEPENDENT)  # "the open-source group Frontline Korea"
        run: list[Token] = []
        for position in range(len(tokens) - 1, -1, -1):
            token = tokens[position]
            word = token.text
            folded = _POSSESSIVE.sub("", word).casefold().rstrip(".")
            if position < len(tokens) - 1 and _POSSESSIVE.search(word):
                break  # "Al Jazeera's Natalia Hrytsenko": the outlet is not part of the name
            of_office = folded in w.portfolios and position > 0 and tokens[position - 1].lower in _TITLE_LINKS | w.portfolios | {"and"}
            if run and position > 0 and word in w.name_particles and (tokens[position - 1].text[:1].isupper()
                                                                      or tokens[position - 1].text in w.name_particles):
                run.insert(0, token)  # "Frank de Vries"
                continue
            if (word[:1].isupper() and token.is_word and folded not in w.titles and folded.split("-")[-1] not in self._head_words()
                    and folded not in w.modifiers and not of_office and not (position == 0 and word in w.clause_openers)
                    and not self.gazetteer.demonyms.matches([key(word)])):
                run.insert(0, token)
            else:
                break
        if not run or all(t.text.casefold() in _calendar_words() for t in run):
            return None  # "a January poll"
        before = tokens[:len(tokens) - len(run)]
        if len(run) == 1 and before and before[-1].text[:1].isupper() and before[-1].text.casefold() in w.modifiers - w.titles:
            run, before = [before[-1], *run], before[:-1]  # "Frontline Atlas": a name that begins with a common word
        described = _POSSESSIVE.sub("", before[-1].text).casefold().split("-")[-1] if before else ""
        body = MEDIA if described in w.media else ORGANISATION if described in w.organisation | w.independent_bodies - w.titles else ""
        if len(run) == 1 and not body:
            if self._recordings:
                self._recordings[-1].read_surnames = True
            written, known = self._named_before_at(run[0])
            if known is None and (known := self.surnames.get(run[0].text)) is not None:
                written = self.text.rfind(known.canonical, 0, run[0].start)
            if known is not None:  # "Kim" after "Kim Jong Un", "Turner" after "US Congressman Mike Turner"
                return self._credited_since(run[0], max(written + 1, run[0].start - _RECENT_NAME_CHARS)) or known
            if before and before[-1].text.casefold().rstrip(".") not in w.titles:
                return None
            first, known = self._named_after_at(run[0])
            named = self._named_in_full(run[0], before=True) or self._named_in_full(run[0], before=False, until=first) or known
            if named is not None:
                return named  # "Daniel Okafor, a senior fellow, is less alarmed" before "Okafor said"; "Wong condemns ..." in a headline
        affiliation = affiliation_of(before) or ("United States" if lawmaker else "")
        if not affiliation and any(t.text.casefold() in w.independent for t in before) or self._studies_a_state(before):
            affiliation = INDEPENDENT  # "military analyst Pavel Lunev", "Russia specialist Joris van der Laan"
        name = " ".join(t.text for t in run)
        if body:  # "the Telegram channel Okopnaya Pravda", "the polling firm Gyeore Insights", "the open-source group Northlight"
            return Source(name, body, INDEPENDENT)
        if not affiliation:
            if self._recordings:
                self._recordings[-1].read_surnames = True
            known = self.surnames.get(run[-1].text)
            if known is not None and (known.canonical == name or known.canonical.casefold().endswith(f" {name.casefold()}")):
                return known  # named again in full, or by a surname with its particles ("Van der Laan"): the side the first mention gave
        return self.remember(Source(name, PERSON, affiliation))

    def _studies_a_state(self, tokens: list[Token]) -> bool:
        """Whether a phrase ends with a state's name as the topic of an independent role: "Russia
        specialist", "North Korea expert" (not "Ukrainian analyst", whose adjective gives a side)."""
        if len(tokens) < 2 or tokens[-1].text.casefold() not in self.words.independent:
            return False
        keys = [key(t.text) for t in tokens[:-1]]
        return any(end == len(keys) and source.type == GOVERNMENT for _, end, source in self.gazetteer.aliases.matches(keys))

    def _another_written_in_full(self, token: Token, known: Source) -> bool:
        """Whether the page wrote a bare name's full form last before it for someone other than the
        gazetteer's ``known``, whose full name it never wrote there: "Yoon Seo-hyun" before "says
        Yoon" (not "Volodymyr Zelenskiy", a spelling of Volodymyr Zelensky, before "Zelenskiy")."""
        if self.text[token.start:token.end] != token.text or self._named_before_at(token)[1] is not None:
            return False
        written = list(_full_names(token.text).finditer(self.text[:token.start]))
        if not written:
            return False
        others = set(written[-1].group().split()) - {token.text}
        return bool(others) and not others & set(known.canonical.split())

    def _credited_since(self, token: Token, since: int) -> Source | None:
        """A person already credited whose full name, written from ``since`` on, holds a bare name:
        "Kim said" just after "Rep. Andy Kim told reporters", though "Kim Jong Un" came before."""
        latest, found = -1, None
        for person in {source.canonical: source for source in self.surnames.values()}.values():
            words = person.canonical.split()
            if len(words) > 1 and token.text in (words[0], words[-1]) and (at := self.text.rfind(person.canonical, since, token.start)) > latest:
                latest, found = at, person
        return found

    def _named_in_full(self, token: Token, before: bool, until: int | None = None) -> Source | None:
        """The person a bare surname names when the text gives the full name in a phrase that credits
        nobody: the last "Firstname Surname" (or Korean "Choi Song-min") before it, or the first after
        it (and before ``until``), resolved with its titles ("Foreign Minister Penny Wong")."""
        if self.text[token.start:token.end] != token.text:
            return None  # a phrase made up from another text
        pattern = _full_names(token.text)
        found_all = list(pattern.finditer(self.text[:token.start]))[::-1] if before else pattern.finditer(self.text[token.end:until])
        for found in found_all:
            phrase = tokenize(found.group())
            if found.group("korean"):
                return next(iter(self._resolve(phrase)), None)  # a Korean name, family name first
            names = [t for t in phrase[:-1] if t.text.casefold().rstrip(".") not in self.words.titles and not self.gazetteer.demonyms.matches([key(t.text)])]
            if names and names[-1] is phrase[-2]:
                return self._name(phrase)
        return None

    def named_before(self, token: Token) -> Source | None:
        """The gazetteer's person a bare first or last name stands for: the one whose full name the
        document wrote last before it ("Kim" after "on the orders of Kim Jong Un")."""
        return self._named_before_at(token)[1]

    def _named_before_at(self, token: Token) -> tuple[int, Source | None]:
        """``named_before`` with the position of the full name (-1 where none)."""
        latest, found = -1, None
        if self.text[token.start:token.end] != token.text:
            return latest, found  # a phrase made up from another text
        for person, full_names in self.gazetteer.by_name.get(token.text, ()):
            position = max(self.text.rfind(name, 0, token.start) for name in full_names) if full_names else -1
            if position > latest:
                latest, found = position, person
        return latest, found

    def _named_after_at(self, token: Token) -> tuple[int | None, Source | None]:
        """The gazetteer's person whose full name the document writes first after a bare name that
        none stood for before ("Kim Pledges More Help for Putin" above "Kim Jong Un told ..."), and
        where (None where none)."""
        if self.text[token.start:token.end] != token.text:
            return None, None
        first, found = len(self.text), None
        for person, full_names in self.gazetteer.by_name.get(token.text, ()):
            positions = [at for name in full_names if (at := self.text.find(name, token.end)) >= 0]
            if positions and min(positions) < first:
                first, found = min(positions), person
        return (first if found else None), found

    def remember(self, source: Source) -> Source:
        """Note a person so that a later bare surname finds them: the last word of the name, and
        the first too ("Lee" for Lee Seong-kweon, whose family name comes first)."""
        if self._recordings:
            self._recordings[-1].remembered.append(source)
        if source.type == PERSON:
            names = source.canonical.split()
            for name in {names[0], names[-1]} if len(names) > 1 else ():
                known = self.surnames.get(name)
                if known is None or known.canonical == source.canonical and not known.affiliation:
                    self.surnames[name] = source
        return source

    def _generic(self, tokens: list[Token], head_index: int, head: str, affiliation: str) -> Source | None:
        """A group, body or outlet the gazetteer lacks, under its own words."""
        w = self.words
        canonical = self._canonical_text(tokens)
        first = tokens[0]
        if (first.text[:1].isupper() and not first.text.isupper()
                and (first.text.casefold() in w.group | w.modifiers | w.media or first.text.casefold().split("-")[0] in _PREFIXES)
                and all(t.text.islower() for t in tokens[1:] if t.is_word) and not self._is_nationality(tokens[:1])):
            canonical = canonical[0].lower() + canonical[1:]  # "Analysts said" and "analysts said": one group
        if (head in w.media or _compound_head(tokens, head_index, w.media)) and not _compound_head(tokens, head_index, w.document):
            return Source(canonical, MEDIA, affiliation or INDEPENDENT)  # not a "white paper", which speaks for its author
        if head in w.group or head in w.titles:
            if not affiliation and head in w.independent:
                affiliation = INDEPENDENT
            return Source(canonical, GROUP, affiliation)
        if (head in w.organisation | w.independent_bodies or _compound_head(tokens, head_index, w.organisation)
                or self._body_named(tokens, head_index)):
            proper = len(tokens) > 1 and all(t.text[0].isupper() or ORDINAL.fullmatch(t.text) or t.text.casefold() in _NAME_WORDS
                                             for t in tokens if t.is_word)  # "the Open Source Centre", "the 95th Brigade"
            if proper:  # "the Open Source Centre"; "the Seoul-based Hanseong Institute" is the "Hanseong Institute"
                placed = 0
                while placed < head_index and (tokens[placed].lower.endswith("-based") or _POSSESSIVE.search(tokens[placed].text)):
                    placed += 1
                named = tokens[placed:]
                if len(named) > 3 and named[-3].text == "(" and named[-1].text == ")" and named[-2].text.isupper():
                    named = named[:-3]  # "State Security Department (VSD)": the name without its acronym
                if any(t.text.casefold() in w.independent_bodies for t in named):
                    affiliation = INDEPENDENT
                name = self._canonical_text(named)
                if placed and _POSSESSIVE.search(tokens[placed - 1].text) and affiliation and affiliation != INDEPENDENT \
                        and not ORDINAL.fullmatch(named[0].text) and not any(self._is_nationality([t]) for t in named):
                    adjective = self.gazetteer.adjectives.get(affiliation) if named[-1].lower == "ministry" else None
                    # "Russia's Finance Ministry" as "Russian Finance Ministry"; "Lithuania's State Security
                    # Department" as "State Security Department (Lithuania)", like "National Intelligence Service (South Korea)";
                    # a numbered unit is known by its number ("Ukraine's 95th Air Assault Brigade")
                    name = f"{adjective} {name}" if adjective else f"{name} ({affiliation})"
                return Source(name, ORGANISATION, affiliation)
            if affiliation:  # "Ukraine's army"
                return Source(canonical, ORGANISATION, affiliation)
        regions = [place for _, _, place in self.gazetteer.places.matches([key(t.text) for t in tokens[:head_index]])
                   if place.level >= _REGION_LEVEL and place.country] if head in w.government else []
        if regions:
            kind = GROUP if head.endswith("s") else ORGANISATION  # "the Belgorod authorities" are people, "the Kursk regional government" a body
            return Source(canonical, kind, regions[0].country)
        if self._is_nationality(tokens) and tokens[-1].text == affiliation:
            return Source(affiliation, GOVERNMENT, affiliation)  # a state the gazetteer knows only as a country
        if head in w.government and affiliation:
            return Source(canonical, GOVERNMENT, affiliation)  # "Western capitals", "European governments" of no one state
        return None
