"""Reading the lexicons and the gazetteer: the declarative data the extractors are built from.

Everything here is data under ``data/lexicons`` (TOML) and ``data/gazetteer`` (CSV); the extractor
modules compile it into their patterns once per process.
"""
from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

from . import config

T = TypeVar("T")


class LexiconError(ValueError):
    """A lexicon or gazetteer file is missing or malformed."""


@cache
def load_toml(name: str, directory: Path = config.LEXICON_DIR) -> dict:
    """The parsed ``data/lexicons/NAME.toml``."""
    path = directory / f"{name}.toml"
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise LexiconError(f"{path}: lexicon file not found (is the package installed from its repository?)") from None
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{path}: {error}") from None


@cache
def load_csv(name: str, directory: Path = config.GAZETTEER_DIR) -> tuple[dict[str, str], ...]:
    """The rows of ``data/gazetteer/NAME.csv`` as dicts, empty cells as ``""``."""
    path = directory / f"{name}.csv"
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return tuple({key: (value or "").strip() for key, value in row.items()} for row in csv.DictReader(handle))
    except FileNotFoundError:
        raise LexiconError(f"{path}: gazetteer file not found") from None


def plural(word: str, irregular: dict[str, str] | None = None) -> str:
    """The plural of an English noun phrase: its last word inflected (``artillery round`` -> ``artillery rounds``)."""
    if irregular and word in irregular:
        return irregular[word]
    head, _, last = word.rpartition(" ")
    if last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        inflected = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        inflected = last + "es"
    else:
        inflected = last + "s"
    return f"{head} {inflected}" if head else inflected


def alternation(phrases: Iterable[str]) -> str:
    """A regex matching any of ``phrases``, longest first, a space matching any run of white space.

    The phrases are laid out as a trie ("report(?:s|ed|ing)?"), so that the regex engine follows
    one path per position instead of trying every phrase in turn: with hundreds of cue words this
    is what keeps the extractors fast.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in " ".join(phrase.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body


class PhraseTable(Generic[T]):
    """Phrases (tuples of word keys) and what each stands for, found in a sequence of keys."""

    def __init__(self, entries: dict[tuple[str, ...], T]):
        self.entries = entries
        self.first_words = frozenset(phrase[0] for phrase in entries)
        self.longest = max((len(phrase) for phrase in entries), default=0)
        lengths: dict[str, set[int]] = {}
        for phrase in entries:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        self._lengths = {first: sorted(found, reverse=True) for first, found in lengths.items()}  # longest first

    def get(self, phrase: tuple[str, ...]) -> T | None:
        return self.entries.get(phrase)

    def values(self) -> Iterable[T]:
        return self.entries.values()

    def spans(self, keys: list[str]) -> bool:
        """Whether one phrase is all of ``keys``, a possessive "'s" allowed on the last ("Republic of Korea")."""
        return any(start == 0 and end == len(keys) for start, end, _ in self.matches(keys))

    def matches(self, keys: list[str]) -> list[tuple[int, int, T]]:
        """Non-overlapping (start, end, entry) matches in ``keys``, longest first; the last word of
        a phrase may carry a possessive "'s" ("Ukraine's" finds "Ukraine")."""
        found: list[tuple[int, int, T]] = []
        index, count = 0, len(keys)
        entries, lengths = self.entries, self._lengths
        while index < count:
            word = keys[index]
            bare = word.removesuffix("'s")
            tried = lengths.get(word, [])
            if bare != word and bare in lengths and 1 not in tried:
                tried = [*tried, 1]  # "Ukraine's": the one-word phrase "Ukraine"
            for length in tried:
                if length > count - index:
                    continue
                last = index + length - 1
                window = tuple(keys[index:last + 1])
                entry = entries.get(window)
                if entry is None and keys[last].endswith("'s"):
                    entry = entries.get(window[:-1] + (keys[last].removesuffix("'s"),))
                if entry is not None:
                    found.append((index, last + 1, entry))
                    index += length
                    break
            else:
                index += 1
        return found
