"""Attributions: the statements an article credits to a source, with cue, speaker and content.

Three kinds (ANNOTATION.md): ``direct`` (a quotation with its tag, before or after it, or resuming
after it), ``indirect`` (reported speech or an act of stating: "X said that ...", "the Kremlin did
not deny these reports") and ``according_to``. The cues are the reporting verbs and phrases of
``data/lexicons/attributions.toml``; the speaker is the noun phrase before the cue, after it
("said Olga Oliker"), after "by" in a passive or after "according to", and a pronoun ("he",
"they") or a bare "the report" stands for the source last credited.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from .actors import (
    CAPTURED,
    GOVERNMENT,
    GROUP,
    INDEPENDENT,
    LIST_ITEM_WORDS,
    MEDIA,
    ORGANISATION,
    PERSON,
    PLACE_PREPOSITIONS,
    VOICES,
    Resolver,
    Source,
    affiliation_of,
    key,
    outlet_country,
    plain_name,
)
from .actors import words as speaker_words
from .lexicon import alternation, load_toml
from .numbers import find_numbers
from .segment import (
    AGE,
    BODY,
    FOOTNOTE_MARK,
    FURNITURE,
    HEADLINE,
    ORDINAL,
    Quote,
    Sentence,
    Token,
    dateline_place,
    find_quotes,
    tokenize,
)
from .turns import after_line_label, answers_unnamed, description_span, find_turns, is_courtesy, name_span, speaker_labels

DIRECT, INDIRECT, ACCORDING_TO = "direct", "indirect", "according_to"
_BE = frozenset({"been", "was", "were", "is", "are", "be", "being"})
_HAVE = frozenset({"has", "have", "had"})
_OPENING_QUOTES = frozenset("\"“‘«")
_CLOSING_QUOTES = frozenset("\"”’»")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_VOICE_TOP = 1500  # characters of a page's top in which its title may name its speaker
_UNKNOWN = object()  # a value not yet computed
_HEADLINE_TAG = re.compile(r"([^:]{2,60}?)(:)\s+(?=\S)")  # "Zelensky: 11,000 North Korean troops in Kursk"
_CLOSING_TAG = re.compile(r"(?::|(?<=\s)[–—-])\s+([^:–—]{2,40}?)\s*$")  # "300 North Korean soldiers killed: NIS", "... out of Kursk – Moscow"
_HEADLINE_CONTENT_WORDS = 4  # words a headline needs before its closing source tag
_TRAILING_CONJUNCTION = re.compile(r",?\s+(?:and|but|or|while)$")
_FOOTNOTE_MARKS = re.compile(rf"(?:{FOOTNOTE_MARK})+\s*$")  # a think tank's source marks after a sentence: ".[12][13]"
_CLAUSE_BREAK = re.compile(r";|,\s+(?:with|while|but|although|though|whereas|even as|as well as|according to"
                           r"|an? (?:claim|assertion|allegation|figure|estimate|number|account))\b")  # ", a claim Kyiv disputes"
_TERMINAL = ".!?"
_BRACKETED_ASIDE = re.compile(r"^\s*\([^()\n]{1,80}\)")  # a quotation's original or translation in brackets after it
_PUBLISHED = frozenset({"published", "released", "issued", "posted", "broadcast", "aired", "carried"})  # how a document came out
_FINITE_AUXILIARIES = frozenset({"has", "have", "had", "did", "does", "do", "was", "were", "is", "are", "can", "could", "would",
                                 "will", "may", "might", "should", "must", "cannot"})  # a clause's verb after its subject
_BASED = re.compile(r"-based$")  # "Munich-based": where a body is, no part of its name
_PRESENT_TENSE = re.compile(r"(?<!s)s$")  # "estimates", "says": a cue in the present tense
_ROUTE_WORDS = 6  # the most words a participle of motion's place spans before a cue: "along the main road"
_PARTICLES = frozenset({"back", "out", "away", "forward", "off", "up", "down"})  # "pulling back along the road"
_ROUTE_PREPOSITIONS = frozenset({"along", "across", "from", "through", "toward", "towards", "into", "out", "on", "at"})
_BRACKETED_DATE_TOKENS = 6  # "(Apr 28)", "(Nov. 13, 2024)": the most tokens a bracketed date spans
_BRACKETED_DATE = re.compile(r"\(\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\s*\)")
_BLOCK_AFTER = re.compile(r"[ \t]*\n\s*([^\s\"“‘«'—–].*?)[ \t]*$", re.MULTILINE)  # the unmarked line a colon's tag introduces
_ADVERBIAL_PREPOSITIONS = frozenset({"in", "on", "at", "during", "to", "with", "after", "via", "through", "late", "early", "for", "before"})
_SETTING_WORDS = 8  # at most this many tokens of place and time after "told reporters" are no statement
_NAME_LINKS = frozenset({"of", "for", "and", "&", "at", "on", "de", "du", "von"})
_PREPOSITIONS = frozenset({
    "of", "from", "in", "with", "to", "for", "at", "on", "by", "about", "against", "into", "alongside",
    "among", "between", "despite", "toward", "towards", "over", "under", "after", "before", "during",
    "like", "than", "via", "amid", "upon", "onto", "without", "within", "behind", "beyond", "near", "outside",
    "inside", "across", "around", "throughout",
})
_PRONOUN_HISTORY = 6  # sentences back that a pronoun may reach
_LATER_REACH = 3000  # characters after a bare body's phrase in which the text may name it in full
_PAIR_REACH = 3  # sentences back in which "both countries" looks for the two states
_IDENTIFIED_WITHIN = 2  # paragraphs after the lede in which a story names the official its lede described
# Cues whose statement is their own clause, never the words before their subject: "According to
# Rep. Lee, the NIS gave the estimate at ..." (the NIS gave it; Lee's words are not the NIS's).
_OWN_CLAUSE = frozenset({"give", "put", "attribute", "revise", "offer"})
_ANONYMOUS = re.compile(r"\b(?:anonymity|unnamed|not authori[sz]ed|declined to be named|asked not to be named)\b", re.IGNORECASE)
_SUBJECT_OPENERS = frozenset({
    "that", "which", "who", "as", "and", "but", "or", "while", "when", "where", "because", "if", "though",
    "although", "since", "after", "before", "with", "so", "whereas", "until", "once", "then", "yet",
    "what", "how", "why", "whom", "whose", "time",  # "by the time Russia's Defense Ministry claimed"
})
_APPOSITION_REACH = 24  # tokens: "X, who spoke on condition of anonymity because he was not authorised to brief the media, said"
_LEAD_IN_WORDS = 3  # "In exchange, the NIS said, CONTENT": a tag after so few words leads in what follows
_LEAD_IN_ADVERBS = frozenset({"meanwhile", "however", "so", "still", "overall", "altogether", "now", "separately", "instead",
                              "moreover", "furthermore", "also", "yet", "then", "thus", "since", "today", "nowadays"})
_CITER = re.compile(r"\s*,?\s*(?:[\w.’'-]+\s+){0,4}[\w.’'-]+\s+")  # who quotes a source, between the quotation and "quoted"
_CALL_SIGN = re.compile(r",?\s+(?:(?:who\s+(?:goes|went|is\s+known|was\s+known)\s+by|who\s+uses|known\s+by|using|under|with)\s+the\s+"
                        r"|who\s+gave\s+(?:only\s+)?(?:his|her)\s+"
                        r"|who\s+asked\s+to\s+be\s+(?:identified|named|called|referred\s+to)\s+(?:only\s+)?(?:by|with|as)\s+(?:his|her)\s+|(?=(?:call\s*sign|nom\s+de\s+guerre)\s+[\"“‘']?[A-Z][\w’'-]*[\"”’']?,))"
                        r"(?:call\s*sign|nom\s+de\s+guerre),?\s+[\"“‘']?[A-Z][\w’'-]*(?:,?[\"”’'])?")  # "..., call sign Bereza, told me", 'who gave only his call sign, "Tykhyi," said'
_CALL_SIGN_END = re.compile(_CALL_SIGN.pattern + ",?$")  # the same, read leftwards from a cue
_CALL_SIGN_AFTER = re.compile(r"(?:\s+(?:in|of|from|at|with|fighting|serving)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?=,?\s+who\b))?"
                              + _CALL_SIGN.pattern)  # "... in an air assault brigade who goes by ...", "... with the 61st Brigade, who asked to be identified by his call sign, Sapsan"
_TOLD_TO = re.compile(r"(?:\s+[\w’'.-]+){0,5}?\s+to\s+")  # 'told reporters Tuesday to "..."': what was told is the quotation
_NAMED_OBJECT = re.compile(r"(?:\s+(?!that\b)[\w’'.-]+){0,6}?\s*(?:\bas\s*)?")  # 'praised the troops’ "heroism"'
_FOR, _FOR_SOURCE = "for", re.compile(r"For\s+(?=[^\W\d_])")  # "For Élise Darmon, a Korea specialist, the timing is ..."
_NOT_STATED = frozenset({"if", "unless", "whether"})  # before a cue's subject
_ARTICLES = frozenset({"the", "a", "an"})
_OPEN_LEAD_IN = re.compile(r"\b(?:and|but|as|while|(?<!\bof )that)$")  # "officials said that, according to X, ..." (not "much of that")
_PARTS = frozenset({"one", "some", "many", "most", "several", "two", "three", "none", "each"})  # "one of the ..."
_FEW = frozenset({"two", "three", "four", "five"})
_CAPTIVE_HEADS = frozenset({"men", "man", "pair", "one"})  # a prisoner's phrase whose head names no speaker: "one of the men"
_CAPTIVE_WORDS = 7  # tokens: "one of the two wounded North Korean men"


def _opens_with_part(words: list[str]) -> bool:
    """Whether lower-case ``words`` begin "one of the", "some of the" ..."""
    return len(words) >= 3 and words[0] in _PARTS and words[1:3] == ["of", "the"]

_LOWER_WORD = re.compile(r"(?<!\w)[a-z]+(?!\w)")  # a word all in lower case, standing alone in its token
_KNOWING = frozenset({("close", "to"), ("familiar", "with"), ("briefed", "on")})  # a source close to the ministry
_POSSESSIVE_END = re.compile(r"['’]s?$")
_INTERRUPTED = re.compile(r",\s+(?!and\b|but\b|or\b)([a-z][\w’'-]*)")  # ", told interrogators that ...": a predicate after the tag
_SUBJECT_WORDS = 6  # words before a tag that may be the subject of a statement the tag interrupts
_RESUMED = re.compile(r",\s+(?:and|but)\s+(?=[a-z])")  # ", and are now ...": a statement resumed after its tag
_APPOSITION_ADVERBS = frozenset({"now", "formerly", "once", "previously", "currently"})  # "X, now a fellow at ..."
_SURMISES = frozenset({"expect", "believe", "think", "fear", "suspect"})  # what someone thinks, not says
_KNOWN_THING_WORDS = 4  # "familiar with | the administration's decision": what the source knows
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
_FIRST_PERSON_POSSESSIVES = frozenset({"our", "my"})
_TIME_ADVERBS = frozenset({"afterward", "afterwards", "later", "earlier", "again", "also", "then", "too"})
_FIRST_WORD = re.compile(r"\w+")
_QUOTED_WORDS_MIN = 3  # a headline quoting this many words quotes a statement, not a phrase ("'hero' certificates")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_APPOSITION = re.compile(r",\s+([^,.;:\n\"“”]{1,80})")  # ", Minister of Foreign Affairs," after a speaker's name
_QUESTION_LEAD = re.compile(r"(?i:so|and|but|well|now|okay|ok),?\s+")  # "So what is Ukraine actually saying happened?"
_QUESTION_WORDS = frozenset({"how", "whether", "when", "what", "why", "where", "who", "which", "if"})
_ASKING_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "should"})
_SUBORDINATORS = frozenset({"when", "after", "before", "since", "although", "though", "while", "once", "until", "as", "because", "if", "time"})
_MODALS = frozenset({"would", "will", "could", "may", "might", "should", "must", "can", "shall"})
_LISTED_NAME_WORDS = 5  # "the Democratic People's Republic of Korea" as an item of a list of speakers
_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "you"})
_RECIPIENT_REACH = 12  # tokens from who was told to the "that" of what they were told
_STATES_ON = frozenset({"able", "continue", "continues", "continued", "continuing", "yet"})  # "has continued to deny": it does; "has yet to acknowledge": it has not
_FLOATING = frozenset({"both", "each"})  # quantifiers that float after their subject: "Seoul and Washington both said"
_PARTICIPLE_REACH = 12  # tokens from a speaker's participle ("interviewed") to its cue
_GERUND_OPENERS = frozenset({"by", "after", "in", "upon", "on", "while", "without"})  # "By confirming ..., North Korea has"
_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since"})  # prepositions that also open a clause
_CLAUSE_JOINS = frozenset({",", ";", "and", "but", "while", "whereas", "although", "though", "yet"})
_ING_PREPOSITIONS = frozenset({"including", "regarding", "concerning", "following", "excluding", "considering", "involving", "during", "pending"})
_HEARSAY = [[verb, "to", "have"] for verb in ("said", "believed", "reported", "thought", "understood", "alleged")]
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")  # "R-Ohio", "D-Calif.", "R-S.C.": a U.S. lawmaker's party and state
_PARTY_STATE_TOKENS = 5  # tokens a party and state may take between commas: "R-S.C." is four
_SPELLS = frozenset({"days", "weeks", "months", "years", "decades"})  # "had for months dismissed": a spell between speaker and cue
_UNABLE = frozenset({"cannot", "can't", "couldn't"})  # "Moscow cannot admit that ..."
_RELATIVE_REACH = 10  # words a relative clause may take between its speaker and the cue
_RELATIVE_LINKS = frozenset({"which", "whom", "where", "when"})  # "..., during which he said": the person just named
_OPENING_PLACE = re.compile(r"In ([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*), ")  # "In Seoul, the Defense Ministry said"
_DOCUMENT_REACH = 6  # words a document's description may take before its noun ("vessel-tracking and satellite data")
# Words that open an aside between a speaker and its cue: "Shoigu, on his second visit to
# Pyongyang, said", "The NIS, in a closed briefing to lawmakers, said".
_ASIDE_OPENERS = frozenset({"in", "on", "at", "during", "after", "before", "while", "when", "via", "through"})
_APPOSITION_OPENERS = frozenset({"who", "which", "known", "also", "itself", "formerly", "based", "led", "headed", "whose", "cited", "quoted", "speaking"})


def _phrase_ending_at(tokens: list[Token], index: int, phrases: Iterable[tuple[str, ...]]) -> int:
    """The length of the first of ``phrases`` that ends right before ``tokens[index]``; 0 if none does."""
    for phrase in phrases:
        if index >= len(phrase) and tuple(t.lower for t in tokens[index - len(phrase):index]) == phrase:
            return len(phrase)
    return 0


def _is_plural_possessive(tokens: list[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is the apostrophe of a plural possessive ("Workers’", "veterans'")."""
    return (index > 0 and tokens[index].text in ("'", "’") and tokens[index - 1].end == tokens[index].start
            and tokens[index - 1].lower.endswith("s"))


@dataclass(slots=True)
class Attribution:
    """One statement: the content's span, its cue, its speaker as written and as resolved."""

    start: int
    end: int
    cue: str
    cue_start: int
    cue_end: int
    speaker: str
    speaker_start: int
    speaker_end: int
    source: Source
    kind: str
    sentence: int


@dataclass(frozen=True)
class _Lexicon:
    cue_pattern: re.Pattern
    compounds: re.Pattern  # "think tank": a noun that begins with a cue's form
    naming: frozenset[str]  # lemmas whose content may be the quotation naming their object
    sign_offs: frozenset[str]  # lemmas that say nothing with only their speaker: "Kim So-yeon reports."
    document_subject: frozenset[str]  # lemmas whose speaker is a document: "a survey found", "the statement reads"
    requires: dict[str, re.Pattern]  # lemma -> what must follow it for it to be a cue ("put ... at 3,000")
    excludes: dict[str, re.Pattern]  # lemma -> what makes it no cue when it follows ("said nothing about", "added 3.1%")
    lemmas: dict[str, str]
    clause_lemmas: frozenset[str]
    according_to: frozenset[str]
    clause_initial: frozenset[str]  # according-to forms that are cues only where a clause opens: "..., per Kyiv."
    infinitive: frozenset[str]  # cues whose statement may be an infinitive: "claimed to control"
    noun_cues: frozenset[str]
    subject_verbs: frozenset[str]  # "comes", "was": a noun cue before one is its subject ("Pentagon estimate comes after")
    participles: frozenset[str]
    participle_adverbials: frozenset[tuple[str, ...]]  # ", at one point claiming ..."
    citing: frozenset[str]
    auxiliaries: frozenset[str]
    negations: frozenset[str]
    disclaimers: frozenset[str]
    between_phrases: frozenset[tuple[str, ...]]  # "has for the first time confirmed"
    pair_references: frozenset[tuple[str, ...]]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    first_person: frozenset[str]
    first_person_singular: frozenset[str]  # "I", "my": the speaker, not the state or body they speak for
    first_person_subjects: frozenset[str]  # "I", "we", "I'm": those that speak
    nobody: frozenset[str]  # "nobody", "no one": no speaker
    state_groups: frozenset[str]  # "prosecutors": a group only a state has, whose state a bare mention leaves to the page
    case_documents: dict[str, tuple[str, ...]]  # "ruling" -> ("court", ...): words naming who writes a court case's document
    share: re.Pattern  # "66 percent of respondents", "six in 10 Americans": a poll's share, ending a speaker phrase
    respondents: str  # whom a bare share ("34% said") counts when no share before it named them
    voice_titles: list[re.Pattern]  # "Remarks by President Biden": the title naming who says "I" in an official text
    voice_name_end: re.Pattern  # " on the Emergency ... Meeting": where a title's speaker ends
    trailing: tuple[tuple[str, ...], ...]
    trailing_ends: frozenset[str]
    contact_clause: frozenset[str]  # the words of "I have spoken to" after a speaker
    np_words: frozenset[str]
    role_references: frozenset[str]  # "the head of state": the person named just before
    member_references: frozenset[str]  # "the Alabama Republican": the lawmaker named just before
    captive: re.Pattern  # "one of the prisoners", "the other": a soldier taken prisoner
    capture: re.Pattern  # words that tell of a capture
    captured_soldiers: re.Pattern  # "North Korean soldiers": whose soldiers were taken
    home_words: frozenset[str]  # "the Foreign Ministry", "a government official": of the page's own state
    home_absent: dict[str, frozenset[str]]  # state -> the offices it does not have ("ministry" in the U.S.)
    media_or_document: frozenset[str]  # "paper": the newspaper named before, else the document of the source credited before
    quote_label: re.Pattern  # 'Quote from Yusov: "...': group "cue", and "who" where the label names its speaker
    source_label: re.Pattern  # "Source: Zelenskyy on Telegram": group "who", whom an unnamed "Quote:" below it quotes


def _capitalised_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """The (start, end) of each longest run of capitalised words in ``tokens``, in order."""
    runs: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token.is_word and token.text[:1].isupper():
            if runs and runs[-1][1] == index:
                runs[-1] = (runs[-1][0], index + 1)
            else:
                runs.append((index, index + 1))
    return runs


def _capitalised(name: str) -> str:
    """A name written in capitals as a name: "HAE-WON CHOI" -> "Hae-won Choi"."""
    return " ".join(word.capitalize() for word in name.split())


def _share_pattern(shares: dict) -> re.Pattern:
    """A poll's share of those asked, at the end of the text searched; group "group" is whom it counts."""
    digit = r"(?:one|two|three|four|five|six|seven|eight|nine|\d)"
    share = (rf"(?:(?:\d+(?:\.\d+)?|[A-Za-z]+(?:-[a-z]+)?)\s*(?:{alternation(shares['words'])})"  # "66 percent", "66%", "Sixty-four percent"
             rf"|{digit}(?:\s+in\s+|-in-)(?:10|ten|five|four|three)|{alternation(shares['fractions'])})")  # "six in 10", "four-in-ten", "two-thirds"
    return re.compile(rf"(?<![\w-])(?i:(?:{alternation(shares['qualifiers'])})\s+)?(?i:{share})"
                      rf"(?:\s+(?:of\s+)?(?:the\s+)?(?P<group>(?:[A-Z][a-z]+\s+)?[A-Za-z]+s))?(?:\s*\([^()]{{1,20}}\))?$")


def _voice_titles(titles: list[str]) -> list[re.Pattern]:
    """The lines of a page's top that name who speaks in it (group "who"): "Remarks by X", "EP Plenary:
    Speech by X", a title over "by X", "... – address by X", "X's Statement on ...", "Issued by: X"."""
    title = rf"(?:{alternation(titles)})"
    return [re.compile(rf"^(?:[^\n:]{{0,40}}:\s*)?{title}\s+(?:by|from)\s+(?P<who>[^\n]+)", re.MULTILINE | re.IGNORECASE),
            re.compile(rf"^[^\n]*\b{title}[ \t]*\n[ \t]*by\s+(?P<who>[^\n]+)", re.MULTILINE | re.IGNORECASE),
            re.compile(rf"\s[–—-]\s+{title}\s+by\s+(?P<who>[^\n]+)", re.IGNORECASE),
            re.compile(r"^(?P<who>[A-Z][^\n]{2,60}?)(?:['’]s?)\s+(?:Joint\s+)?Statement\b", re.MULTILINE),
            re.compile(r"^Issued by:\s*(?P<who>[^\n]+)", re.MULTILINE),
            re.compile(r"^(?:Good (?:morning|afternoon|evening)[.,!]?\s+)?(?:I am|I’m|I'm|My name is)\s+(?P<who>[A-Z][^\n]+)", re.MULTILINE)]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_toml("attributions")
    cues = data["cues"]
    lemmas: dict[str, str] = {}
    for frame in ("clause", "object"):
        for lemma, forms in cues[frame].items():
            for form in forms:
                lemmas.setdefault(form.lower(), lemma)
    clause = frozenset(cues["clause"])
    extra = cues["according_to"]["forms"] + cues["noun"]["forms"] + cues["participles"]["forms"] + cues["citing"]["forms"]
    speakers = data["speakers"]
    w = speaker_words()
    np_words = w.group | w.organisation | w.government | w.media | w.document | w.titles | w.modifiers | w.independent_bodies
    return _Lexicon(
        cue_pattern=re.compile(rf"(?<![\w-])(?:{alternation(list(lemmas) + extra)})(?![\w-])", re.IGNORECASE),
        compounds=re.compile(rf"(?:{alternation(cues['compounds']['forms'])})(?![\w-])", re.IGNORECASE),
        naming=frozenset(cues["naming"]["lemmas"]),
        sign_offs=frozenset(cues["sign_off"]["lemmas"]),
        document_subject=frozenset(cues["document_subject"]["lemmas"]),
        requires={lemma: re.compile(pattern) for lemma, pattern in cues["requires"].items()},
        excludes={lemma: re.compile(pattern) for lemma, pattern in cues["excludes"].items()},
        lemmas=lemmas,
        clause_lemmas=clause,
        according_to=frozenset(form.lower() for form in cues["according_to"]["forms"]),
        clause_initial=frozenset(cues["according_to"]["clause_initial"]),
        infinitive=frozenset(cues["infinitive"]["lemmas"]),
        noun_cues=frozenset(form.lower() for form in cues["noun"]["forms"]),
        subject_verbs=frozenset(cues["noun"]["subject_verbs"]),
        participles=frozenset(form.lower() for form in cues["participles"]["forms"]),
        participle_adverbials=frozenset(tuple(phrase.split()) for phrase in cues["participles"]["adverbials"]),
        citing=frozenset(form.lower() for form in cues["citing"]["forms"]),
        auxiliaries=frozenset(cues["between"]["auxiliaries"]),
        negations=frozenset(cues["between"]["negations"]),
        disclaimers=frozenset(cues["between"]["disclaimers"]),
        between_phrases=frozenset(tuple(phrase.split()) for phrase in cues["between"]["phrases"]),
        pair_references=frozenset(tuple(phrase.split()) for phrase in speakers["pair_references"]),
        person_pronouns=frozenset(speakers["person_pronouns"]),
        plural_pronouns=frozenset(speakers["plural_pronouns"]),
        first_person=frozenset(speakers["first_person"]),
        first_person_singular=frozenset(speakers["first_person_singular"]),
        first_person_subjects=frozenset(speakers["first_person"]) - {"me", "us", "my", "our", "you"},
        nobody=frozenset(speakers["nobody"]),
        state_groups=frozenset(speakers["state_groups"]),
        case_documents={document: tuple(authors) for document, authors in speakers["case_documents"].items()},
        share=_share_pattern(data["shares"]),
        respondents=data["shares"]["respondents"],
        voice_titles=_voice_titles(data["voice"]["titles"]),
        voice_name_end=re.compile(rf"\s+(?:{alternation(data['voice']['name_ends'])})\b|\s*[,;:(–—]|\s-\s|\s*$"),
        trailing=tuple(tuple(phrase.split()) for phrase in speakers["trailing_phrases"]),
        trailing_ends=frozenset(phrase.split()[-1] for phrase in speakers["trailing_phrases"]),
        contact_clause=frozenset(speakers["contact_clause"]),
        np_words=frozenset(word for phrase in np_words for word in phrase.split()),
        role_references=frozenset(speakers["role_references"]),
        member_references=frozenset(speakers["member_references"]),
        captive=re.compile(speakers["captive_referents"]),
        capture=re.compile(speakers["capture_words"], re.IGNORECASE),
        captured_soldiers=re.compile(speakers["captured_soldiers"]),
        home_words=frozenset(data["home"]["words"]),
        home_absent={state: frozenset(words) for state, words in data["home"]["absent"].items()},
        media_or_document=frozenset(speakers["media_or_document"]),
        quote_label=re.compile(rf"^(?P<cue>{alternation(data['quote_labels']['labels'])})(?:[ \t]+(?P<who>[^:\n]{{1,80}}?))?:[ \t]*(?=[\"“«])",
                               re.MULTILINE),
        source_label=re.compile(rf"^(?:{alternation(data['quote_labels']['source_labels'])}):[ \t]*(?P<who>[^\n]+)", re.MULTILINE),
    )


def _party_state_before(tokens: list[Token], end: int) -> int | None:
    """The index of the comma that opens a lawmaker's party and state ending before ``tokens[end]``
    ("Rep. Adam Smith, D-Bellevue, said"); else None."""
    opening = next((i for i in range(end - 1, max(-1, end - _PARTY_STATE_TOKENS - 1), -1) if tokens[i].text == ","), None)
    return opening if opening is not None and _PARTY_STATE.fullmatch("".join(t.text for t in tokens[opening + 1:end])) else None


def _party_state_after(tokens: list[Token], start: int) -> bool:
    """Whether a lawmaker's party and state follow a name that ends before ``tokens[start]``: ", R-Miss."."""
    if start >= len(tokens) or tokens[start].text != ",":
        return False
    end = next((i for i in range(start + 1, min(len(tokens), start + _PARTY_STATE_TOKENS + 1)) if tokens[i].text in (",", ")")), len(tokens))
    return _PARTY_STATE.fullmatch("".join(t.text for t in tokens[start + 1:end])) is not None


@dataclass(slots=True)
class _Cue:
    """A cue found in a sentence, with the speaker it was resolved to."""

    sentence: Sentence
    tokens: list[Token]
    first: int  # token index of the cue's first word
    last: int  # token index after the cue
    lemma: str
    start: int
    end: int
    speaker: tuple[int, int] | None = None  # token span of the speaker phrase
    sources: list[Source] = field(default_factory=list)
    inverted: bool = False  # "CONTENT, X said." / "..., said X."
    quoted: bool = False  # its content is a quotation
    noun: bool = False  # a noun cue: "reports from X that ..."
    shared: bool = False  # goes on with the speaker of the statement before it (", adding ...")
    tag_start: int | None = None  # where an inverted tag begins ("..., TASS reported, citing ...")
    passive: bool = False  # "This was stated by Zelensky": the speaker after "by"
    described: tuple[int, int] | None = None  # the speaker's apposition ("an expert on Russian strategy")
    fronted: bool = False  # "By confirming its troops fought in Kursk, North Korea has ...": its content ends at the comma


class _Document:
    """The attributions of one document, found sentence after sentence."""

    def __init__(self, text: str, sentences: list[Sentence], anchor: date | None, dates: list[tuple[int, int]], outlet: str = ""):
        self.text = text
        self.outlet = plain_name(outlet)
        self.sentences = [s for s in sentences if s.kind != FURNITURE]
        self.quotes = [q for q in find_quotes(text) if any(s.start <= q.start < s.end for s in self.sentences)]
        self.dates = sorted(dates)
        self._date_starts = [start for start, _ in self.dates]
        self.lexicon = _lexicon()
        self.words = speaker_words()
        self.resolver = Resolver(text, anchor)
        self.home = self._home_state(sentences, outlet)
        self.history: list[tuple[int, Source, str]] = []  # (sentence, source, phrase as written)
        self.rows: list[Attribution] = []

    # --- tokens and phrases -------------------------------------------------------------------
    def _is_date(self, token: Token) -> bool:
        return self._is_date_at(token.start)

    def _is_date_at(self, position: int) -> bool:
        index = bisect_right(self._date_starts, position) - 1
        return index >= 0 and position < self.dates[index][1]

    def _np_word(self, token: Token, inside: bool = False) -> bool:
        """Whether a token may belong to a speaker's phrase; ``inside`` a name, capitalised
        sentence openers may too ("Defense Minister No Kwang-chol")."""
        word = token.text
        folded = word.casefold().rstrip(".")
        bare = re.sub(r"['’]s$", "", folded)
        if not token.is_word:
            return False
        if word[0].isupper():
            return inside or word not in self.words.clause_openers or folded in self.lexicon.np_words
        return (bare in self.lexicon.np_words or folded in self.lexicon.np_words or ORDINAL.fullmatch(word) is not None
                or "-" in word and bare.split("-")[-1] in ("based", "backed", "installed", "appointed", "old"))  # "the 80th Brigade"

    def _name_particle(self, tokens: list[Token], index: int) -> bool:
        """Whether ``tokens[index]`` is a particle inside a person's name: "de" of "Frank de Vries"."""
        particles = self.words.name_particles
        if tokens[index].text not in particles:
            return False
        before, after = index - 1, index + 1
        while before >= 0 and tokens[before].text in particles:
            before -= 1
        while after < len(tokens) and tokens[after].text in particles:
            after += 1
        return before >= 0 and after < len(tokens) and tokens[before].text[:1].isupper() and tokens[after].text[:1].isupper()

    def _before_contact_clause(self, tokens: list[Token], end: int) -> int:
        """Where a speaker phrase ends when the writer's contact clause follows it ("Experts I have
        spoken to say": before "I"); else ``end``."""
        index = end - 1
        while index > 0 and tokens[index].lower in self.lexicon.contact_clause:
            index -= 1
        return index if 0 < index < end - 1 and tokens[index].text == "I" else end

    def _left_phrase(self, tokens: list[Token], index: int) -> tuple[int, int] | None:
        """The speaker phrase that ends right before ``tokens[index]``: (first, after last) token indices.

        Auxiliaries, adverbs and dates between it and the cue are passed over ("has also
        estimated", "on Monday said"); a phrase that is the object of a preposition ("the arrival
        of North Korean forces has added") is none, unless a relative pronoun or a "with ...ing"
        construction makes it the subject ("officials who accuse", "with a source confirming").
        """
        end, relative = self._skip_between(tokens, index)
        author = self._aside_author(tokens, end, index)
        if author is not None:
            return author  # "The report, published by RUSI on Monday, argues": RUSI
        who = self._restrictive_who(tokens, end)
        if who is not None:
            end, relative = who, True  # "Russian soldiers who fought beside them told"
        end = self._before_contact_clause(tokens, end)  # "Experts | I have spoken to say"
        if end > 0 and tokens[end - 1].lower in self.lexicon.trailing_ends:
            end -= _phrase_ending_at(tokens, end, self.lexicon.trailing)
        if end >= 3 and tokens[end - 1].lower == "them" and tokens[end - 2].lower == "of" and tokens[end - 3].lower in ("one", "both"):
            return end - 3, end  # "One of them, a 26-year-old rifleman, told"
        captive = self._captive_start(tokens, end)
        if captive is not None:
            return captive, end  # "One of the men told interrogators", "The younger man said"
        share = self._share_start(tokens, end)
        if share is not None:
            return share, end  # "66 percent of respondents said", "Nearly six in 10 Americans think"
        if end >= 2 and tokens[end - 1].lower == "there" and tokens[end - 2].lower in self.words.group:
            return end - 2, end  # "Researchers there said"
        if end > 0 and tokens[end - 1].lower in self.lexicon.person_pronouns | self.lexicon.plural_pronouns \
                and (end < 2 or tokens[end - 2].lower not in _ROUTE_PREPOSITIONS | PLACE_PREPOSITIONS):
            return end - 1, end  # not the "it" of "The soldiers pulling back along it say"
        if end > 0 and tokens[end - 1].lower in self.lexicon.first_person_subjects \
                and (end == 1 or not tokens[end - 2].text[:1].isupper() or tokens[end - 2].text in self.words.clause_openers):
            return end - 1, end  # "and we believe", not "Commission I, which oversees defense, said"
        sign = self._call_sign_before(tokens, end)
        if sign is not None and (named := self._phrase_start(tokens, sign)) < sign:
            return named, end - (tokens[end - 1].text == ",")  # "a Ukrainian paratrooper with the call sign “Kit” told", "a sergeant, call sign Bereza, told"
        start = self._phrase_start(tokens, end)
        knowing = self._knowing(tokens, start, end)
        if knowing is not None:  # "A source close to the Russian Defense Ministry told"
            keeps = tokens[knowing].lower == "close"
            start = self._phrase_start(tokens, knowing)
            end = end if keeps else knowing  # "an official familiar with the assessment" is the official
        while start >= 2 and ((posted := tokens[start - 1].lower == "to" and tokens[start - 2].lower in self.words.posted)
                              or tokens[start - 1].lower in PLACE_PREPOSITIONS):
            if posted or self._is_speaker_noun(tokens[start - 2]) or tokens[start - 2].text == ")":
                start = self._phrase_start(tokens, start - 1)  # "Pyongyang's envoy to the UN", "a drone operator in Kursk", "The JCS (...) in Seoul"
            elif tokens[start - 2].text[:1].isupper() and self.resolver.ends_with_a_body_name(tokens[:start - 1]):
                start = self._phrase_start(tokens, start - 1)  # "researchers at the Center for ... Studies in Washington said"
            elif start >= 3 and tokens[start - 2].lower.endswith(("ing", "based")) and self._is_speaker_noun(tokens[start - 3]):
                start = self._phrase_start(tokens, start - 2)  # "A Ukrainian commander fighting in Kursk told"
            else:
                break
        moving = self._moving_subject(tokens, end)
        if moving is not None and moving < start:
            start = moving  # "The soldiers pulling back along the road say"
        participle = start - 2
        while participle > 0 and self._is_date(tokens[participle]):
            participle -= 1  # "A survey published last month by ..."
        if (participle >= 1 and tokens[start - 1].lower in ("by", "with") and tokens[participle].text.islower() and tokens[participle].lower.endswith("ed")
                and (self._is_speaker_noun(tokens[participle - 1]) or tokens[participle - 1].lower in self.words.document)):
            start = self._phrase_start(tokens, participle)  # "South Korean lawmakers briefed by the NIS said", "a survey published by X found"
        elif start == end or start and tokens[start - 1].lower in _PREPOSITIONS:
            participial = self._described_by_participle(tokens, end)
            if participial is not None:  # "Ukrainian officers | interviewed by the author in Sumy oblast in May said"
                start, end = participial
        while start < end and (tokens[start].lower in _NAME_LINKS or self._is_date(tokens[start])):
            start += 1  # "On Wednesday Kyrylo Budanov, ..., told": the date opens the sentence, not the name
        start = self._partitive_start(tokens, start)
        if end - start > 2 and tokens[start].lower in ("a", "an") and self._reduced_relative(tokens, start + 2):
            start += 2  # "a claim Kyiv disputes": Kyiv
        if start >= end:
            return None
        if start and tokens[start - 1].lower in ("neither", "both"):
            start -= 1  # "Neither Moscow nor Pyongyang has acknowledged": both speak
        if any(t.lower == "and" for t in tokens[start:end]):
            while start >= 2 and tokens[start - 1].text == "," and (item := self._listed_name(tokens, start - 2)) is not None:
                start = item  # "Seoul, Washington and Kyiv insist", "..., the United States, South Korea and Ukraine told": all speak
        before = tokens[start - 1].lower if start else ""
        if (before.isalpha() and before.islower() and end - start > 1 and tokens[start].lower in self.words.titles
                and not tokens[start].text.isalpha() and tokens[start + 1].text[:1].isupper()):
            start += 1  # "My friend and occasional co-author Lena Moravec ... put it": the name after its hyphenated title
            before = tokens[start - 1].lower
        opens_clause = before in _CLAUSE_PREPOSITIONS and not tokens[index].lower.endswith("ing")  # "days after Moscow declared"
        if before in _PREPOSITIONS and not relative and not opens_clause and not (before == "with" and tokens[index].lower.endswith("ing")):
            return None
        if (start and before.isalpha() and before.islower() and not relative and before not in _PREPOSITIONS
                and before not in _SUBJECT_OPENERS and before not in self.lexicon.auxiliaries and not self._is_date(tokens[start - 1])
                and self.lexicon.lemmas.get(before) not in self.lexicon.clause_lemmas  # "He said the NIS had concluded that"
                and not self._reduced_relative(tokens, start)):
            described = self._described_subject(tokens, start)
            if described is None:
                return None  # "a memo found on the body of a dead soldier indicated": part of a longer phrase
            start = described  # "The younger soldier told interrogators"
        if relative and start >= 2 and tokens[start].lower in ("a", "an") and tokens[start - 1].text == ",":
            person = self._left_phrase(tokens, start - 1)  # "Ryan Castellano, a senior analyst at X, who estimated": Castellano
            if person is not None and any(s.type == PERSON for s in self.resolver.resolve(tokens[person[0]:person[1]])):
                return person
        return start, end

    def _list_goes_on(self, tokens: list[Token], comma: int) -> bool:
        """Whether the comma at ``comma`` separates the items of a list of names that "and" closes
        at the phrase's end or before the group they share ("according to Seoul, | Kyiv and
        Washington.", "Ukrainian, | South Korean and U.S. officials"; not "according to the
        Kremlin, | Putin and Kim discussed ...")."""
        def name_end(index: int) -> int:
            run = index
            while run < len(tokens) and run - index < LIST_ITEM_WORDS and tokens[run].text[:1].isupper():
                run += 1
            return run

        index = comma + 1
        while (after := name_end(index)) > index and after < len(tokens):
            if tokens[after].text == ",":
                index = after + 1
            elif tokens[after].lower == "and":
                last = name_end(after + 1)
                return last > after + 1 and (last == len(tokens) or tokens[last].text in _TERMINAL or tokens[last].text == ","
                                             or tokens[last].lower in self.words.group)
            else:
                return False
        return False

    def _listed_name(self, tokens: list[Token], last: int) -> int | None:
        """Where the body's or state's name that ends at ``tokens[last]`` starts, when it stands alone
        as an item of a list, after a comma or at the sentence's start ("Seoul, | Washington and
        Kyiv", "..., the United States, | South Korea and Ukraine told"); else None."""
        for first in range(last, max(-1, last - _LISTED_NAME_WORDS), -1):
            name = first + (tokens[first].lower == "the")
            if ((first == 0 or tokens[first - 1].text == ",") and name <= last and tokens[name].text[:1].isupper()
                    and self.resolver.gazetteer.aliases.spans([key(t.text) for t in tokens[name:last + 1]])):
                return first
        return None

    def _aside_author(self, tokens: list[Token], end: int, index: int) -> tuple[int, int] | None:
        """The phrase of the author an aside names after a bare document, between it and its cue
        ("The report, published by RUSI on Monday, | argues", "The study, released on Tuesday by
        RUSI, found"); else None ("The statement by the Commission, carried by KCNA, said" is the
        Commission's)."""
        if not (0 < end and end + 3 < index and tokens[end].text == "," and tokens[end - 1].lower in self.words.document):
            return None
        by = self._by_after_participle(tokens, end + 1)
        if by is None or by + 1 >= index:
            return None
        author = self._right_phrase(tokens, by + 1)
        return author if author is not None and author[1] < index else None

    @staticmethod
    def _unable(tokens: list[Token], first: int) -> bool:
        """Whether "cannot", "can't" or "could not" stands right before ``tokens[first]``."""
        if not first:
            return False
        last = tokens[first - 1].lower
        return last.replace("’", "'") in _UNABLE or last == "not" and first > 1 and tokens[first - 2].lower in ("can", "could")

    def _restrictive_who(self, tokens: list[Token], end: int) -> int | None:
        """The index of "who" when a short relative clause with no comma stands between a speaker
        noun and its cue ("soldiers who fought alongside them | told"); else None (a cue after a
        determiner is a noun: "the institute who co-wrote the | report")."""
        if end and tokens[end - 1].lower in self.words.determiners:
            return None
        for index in range(end - 1, max(0, end - _RELATIVE_REACH) - 1, -1):
            token = tokens[index]
            if not token.is_word or token.lower in self.lexicon.lemmas and tokens[index - 1].lower not in self.words.determiners:
                return None  # another cue on the way (a noun after its determiner is none: "co-wrote the report")
            if token.lower == "who":
                return index if index > 0 and self._is_speaker_noun(tokens[index - 1]) else None
        return None

    def _person_opens_clause(self, cue: _Cue, phrase: tuple[int, int]) -> bool:
        """Whether "For X, ..." gives an expert's view: X is a person with a full name and an
        apposition that makes them speak for no state ("a Korea specialist at ..."), and a clause follows."""
        tokens = cue.tokens
        if not cue.described:
            return False  # "For Kim Jong Un, the war is an opportunity": for whom, not in whose view
        after = cue.described[1]
        sources = self.resolver.resolve(tokens[phrase[0]:phrase[1]], tokens[cue.described[0]:cue.described[1]])
        return (after + 1 < len(tokens) and tokens[after].text == "," and len(sources) == 1
                and sources[0].type == PERSON and " " in sources[0].canonical and sources[0].affiliation == INDEPENDENT)

    def _call_sign_before(self, tokens: list[Token], end: int) -> int | None:
        """The index of the first word of ", who goes by the call sign Mac" or "with the call sign
        “Kit”" when it ends at ``tokens[end - 1]``."""
        if end < 2:
            return None
        found = _CALL_SIGN_END.search(self.text, tokens[0].start, tokens[end - 1].end)
        return next((i for i in range(end) if tokens[i].start >= found.start()), None) if found else None

    def _captive_start(self, tokens: list[Token], end: int) -> int | None:
        """Where a phrase for a prisoner ending at ``end`` starts when its head is no speaker's noun:
        "one of the men", "the older man", "one of the pair", "the 26-year-old"."""
        head = tokens[end - 1].lower if end else ""
        if head not in _CAPTIVE_HEADS and not head.endswith("-year-old"):
            return None
        for start in range(max(0, end - _CAPTIVE_WORDS), end - 1):
            if self.lexicon.captive.fullmatch(" ".join(t.lower for t in tokens[start:end])):
                return start
        return None

    def _partitive_start(self, tokens: list[Token], start: int) -> int:
        """Where "one of the (two) ..." begins, when a phrase is the part after it: "One of the two
        North Korean soldiers captured by ... told"."""
        edge = start + 1 if start < len(tokens) and tokens[start].lower == "the" else start  # the phrase may keep its "the"
        words = [t.lower for t in tokens[max(0, edge - 4):edge]]
        for length in (4, 3):
            part = words[-length:]
            if len(part) == length and _opens_with_part(part) and (length == 3 or part[3] in _FEW):
                return edge - length
        return start

    def _knowing(self, tokens: list[Token], start: int, end: int) -> int | None:
        """The index of "close" or "familiar" when the phrase starting at ``start`` is what a
        source is close to or familiar with ("a source close to | the ministry"), or when a few
        lower-case words before ``end`` are ("Officials familiar with | the decision")."""
        if start >= 3 and (tokens[start - 2].lower, tokens[start - 1].lower) in _KNOWING and self._is_speaker_noun(tokens[start - 3]):
            return start - 2
        for index in range(end - 3, max(0, end - _KNOWN_THING_WORDS - 2), -1):
            if not all(t.is_word and t.text.islower() for t in tokens[index + 2:end]):
                break
            if (tokens[index].lower, tokens[index + 1].lower) in _KNOWING and index and self._is_speaker_noun(tokens[index - 1]):
                return index
        return None

    def _described_subject(self, tokens: list[Token], start: int) -> int | None:
        """Where a subject starts when words the lexicon lacks describe its noun: "The younger
        soldier", "a wounded fighter" (a determiner opening the clause, one or two such words)."""
        if not self._is_speaker_noun(tokens[start]) and tokens[start].lower.rstrip("s") not in self.words.group:
            return None
        index = start
        while index > 0 and start - index < 2 and tokens[index - 1].text.isalpha() and tokens[index - 1].text.islower() \
                and tokens[index - 1].lower not in self.words.determiners:
            index -= 1
        if index == 0 or tokens[index - 1].lower not in self.words.determiners:
            return None
        opening = index - 1
        if opening and not (tokens[opening - 1].text in (",", ";", ":") or tokens[opening - 1].text in _OPENING_QUOTES
                            or tokens[opening - 1].lower in _SUBJECT_OPENERS):
            return None
        return opening

    def _phrase_start(self, tokens: list[Token], end: int) -> int:
        """Where a noun phrase ending at ``end`` starts, reading leftwards."""
        start = end
        depth = 0
        while start > 0:
            token = tokens[start - 1]
            lower = token.lower
            linked = start >= 2 and self._is_link(tokens, start - 2)
            if token.text == ")":
                depth += 1
            elif token.text == "(":
                if depth == 0:
                    break
                depth -= 1
            elif depth or self._is_date(token) and start < end:
                pass  # inside brackets, or a date inside the phrase ("a Jan. 26 commentary")
            elif lower in ("that", "this"):
                break  # "agreements that observers believe": a relative pronoun, not a determiner
            elif lower in self.words.determiners:
                start -= 1
                if linked and start < end - 1:
                    continue  # "Institute for the Study of War", "the United States and its allies"
                if start and lower not in _ARTICLES and tokens[start - 1].lower in _ARTICLES:
                    continue  # "The other said": the article before "other"
                break
            elif self._is_link(tokens, start - 1):
                if not (start < end and start >= 2 and self._np_word(tokens[start - 2])):
                    break
            elif lower in ("later", "also") and linked:
                pass
            elif start < end and _is_plural_possessive(tokens, start - 1) and self._np_word(tokens[start - 2]):
                pass  # "the Workers’ Party of Korea"
            elif (token.text == "." and 2 <= start < end and len(tokens[start - 2].text) == 1 and tokens[start - 2].text.isupper()
                  and tokens[start].text[:1].isupper()):
                pass  # "Mike D. Rogers": a middle initial
            elif start < end and self._name_particle(tokens, start - 1):
                pass  # "Frank de Vries", "Anna van der Berg"
            elif not self._np_word(token) and not self._attributive_participle(tokens, start - 1, end):
                break
            elif start < end and self._reduced_relative(tokens, start):
                break  # "the 11,000 North Korean soldiers Kyiv says are fighting": "Kyiv" speaks
            start -= 1
        return start

    def _described_by_participle(self, tokens: list[Token], end: int) -> tuple[int, int] | None:
        """The speaker (first, after last token) that a past participle and its adjuncts describe,
        read back from ``end``: "Ukrainian officers interviewed by the author in Sumy oblast" (in
        May), "Ukrainian officers" (interviewed in May)."""
        for index in range(end - 1, max(0, end - _PARTICIPLE_REACH), -1):
            token = tokens[index]
            if not token.is_word or token.lower in self.lexicon.auxiliaries or token.lower == "that":
                return None
            if (token.text.islower() and token.lower.endswith("ed") and token.lower not in self.lexicon.lemmas  # "estimated in a report": the verb
                    and self._is_speaker_noun(tokens[index - 1])
                    and (tokens[index + 1].lower in _PREPOSITIONS or self._is_date(tokens[index + 1]))):
                stop = end
                while stop > index + 1 and tokens[stop - 1].lower in _PREPOSITIONS:
                    stop -= 1  # "interviewed by the author in Sumy oblast in | May said"
                return self._phrase_start(tokens, index), index if stop == index + 1 else stop
        return None

    def _attributive_participle(self, tokens: list[Token], index: int, end: int) -> bool:
        """Whether a participle stands between an article and the phrase's noun: "the captured soldiers"."""
        token = tokens[index]
        return (index > 0 and index < end - 1 and tokens[index - 1].lower in _ARTICLES
                and token.text.islower() and token.is_word and token.lower.endswith("ed"))

    def _reduced_relative(self, tokens: list[Token], start: int) -> bool:
        """Whether a name at ``tokens[start]`` speaks of the plural noun before it, or of a claim:
        "the 11,000 North Korean soldiers Kyiv says are fighting", "a claim Kyiv disputes" (a
        relative clause without "that")."""
        before = tokens[start - 1]
        return (start > 0 and before.text.islower() and tokens[start].text[0].isupper()
                and (before.lower.endswith("s") and before.lower in self.words.group
                     or before.lower in self.lexicon.noun_cues and start > 1 and tokens[start - 2].lower in ("a", "an")))

    def _noun_phrase_start(self, tokens: list[Token], end: int) -> int:
        """Where the noun phrase ending at ``end`` starts: back over words and numbers, to its determiner."""
        start = end
        while start > 0 and end - start < 8:
            token = tokens[start - 1]
            if not token.is_word or token.lower in _PREPOSITIONS or token.lower in _SUBJECT_OPENERS:
                break
            start -= 1
            if token.lower in self.words.determiners:
                break
        return start

    def _is_speaker_noun(self, token: Token) -> bool:
        word = token.lower
        return word in self.words.group or word in self.words.titles or word in self.words.organisation or word in self.words.media

    def _between(self, token: Token) -> bool:
        """Whether a token may stand between a speaker and its cue."""
        return (token.lower in self.lexicon.auxiliaries or self._is_date(token) or token.text == "today"  # "Joly today issued"
                or token.lower.endswith("ly") and token.is_word and token.text[0].islower())

    def _right_phrase(self, tokens: list[Token], index: int) -> tuple[int, int] | None:
        """The speaker phrase that starts at ``tokens[index]`` ("said Olga Oliker, an expert")."""
        end = index
        depth = 0
        while end < len(tokens):
            token = tokens[end]
            if token.text == "(":
                depth += 1
            elif token.text == ")":
                if depth == 0:
                    break
                depth -= 1
            elif depth:
                pass
            elif (agent := self._agent_after_participle(tokens, end)) is not None:
                end = agent  # "a report released last month by | the Seoul-based Institute ..."
                continue
            elif self._is_date(token) or token.text == "I" and end > index:
                break  # "A senior officer | I spoke to last week was more cautious"
            elif token.text == "," and end > index and self._list_goes_on(tokens, end):
                pass  # "according to Ukrainian, South Korean and U.S. officials"
            elif token.lower == "and":
                following = tokens[end + 1] if end + 1 < len(tokens) else None
                if end == index or following is None or not self._np_word(following):
                    break
            elif self._is_link(tokens, end):
                following = tokens[end + 1] if end + 1 < len(tokens) else None
                if end == index or following is None or not (following.text[0].isupper() or following.lower in self.words.determiners
                                                             or tokens[end - 1].lower in self.words.document and self._np_word(following)):
                    break  # "according to estimates by | open-source analysts" goes on
            elif (token.lower in self.words.determiners or token.lower in _FIRST_PERSON_POSSESSIVES) and (end == index or self._is_link(tokens, end - 1)):
                pass  # "by the count of our National Intelligence Service"
            elif end > index and end + 1 < len(tokens) and _is_plural_possessive(tokens, end) and self._np_word(tokens[end + 1], inside=True):
                pass  # "according to the Workers’ Party of Korea"
            elif (end > index and token.lower in self.lexicon.lemmas and not token.lower.endswith("s")
                  and end + 1 < len(tokens) and tokens[end + 1].lower == "that"):
                break  # "lawmakers briefed by the NIS | estimate that": the verb, not "the NIS estimate" ("cited X estimates that" is the noun)
            elif end > index and token.lower == "close" and end + 2 < len(tokens) and tokens[end + 1].lower == "to" \
                    and self._is_speaker_noun(tokens[end - 1]):
                end += 3 if tokens[end + 2].lower in self.words.determiners else 2  # "according to a source close to the | Defense Ministry"
                continue
            elif not self._np_word(token, inside=end > index) and not (end > index and self._name_particle(tokens, end)):
                break  # not "says Van | der Laan"
            end += 1
        if end > index + 1 and end < len(tokens) and tokens[end - 1].lower in self.words.determiners and self._is_link(tokens, end - 2) \
                and tokens[end].is_word and tokens[end].text.islower():
            noun = next((i for i in range(end, min(end + 3, len(tokens))) if not tokens[i].text.islower() or self._np_word(tokens[i])), None)
            end = noun + 1 if noun is not None and tokens[noun].text.islower() else end + 1
            # "a Kremlin readout of the meeting": the noun after "of the"; "a soldier from a rifle brigade": up to the body
        if end > index and end < len(tokens):
            call_sign = _CALL_SIGN_AFTER.match(self.text, tokens[end - 1].end)
            if call_sign is not None:  # "a drone unit commander (in an air assault brigade) who goes by the call sign Mac": Mac
                end = bisect_right([t.end for t in tokens], call_sign.end())
        return (index, end) if end > index else None

    def _document_by(self, tokens: list[Token], index: int) -> tuple[int, int] | None:
        """A document described in words no speaker's phrase holds, with its author: "according to |
        vessel-tracking and satellite data compiled by Polaris Vessel Analytics"."""
        for noun in range(index, min(index + _DOCUMENT_REACH, len(tokens) - 1)):
            if not tokens[noun].is_word:
                return None
            agent = self._agent_after_participle(tokens, noun + 1) if tokens[noun].lower in self.words.document else None
            if agent is not None:
                author = self._right_phrase(tokens, agent)
                return (index, author[1]) if author is not None else None
        return None

    def _follows_document(self, tokens: list[Token], index: int) -> bool:
        """Whether ``tokens[index]`` is a participle right after a document's noun: "a survey | released"."""
        token = tokens[index]
        return index > 0 and token.text.islower() and (token.lower.endswith("ed") or token.lower in self.words.viewed) \
            and tokens[index - 1].lower in self.words.document

    def _agent_after_participle(self, tokens: list[Token], index: int) -> int | None:
        """The index after "by" when ``tokens[index]`` is a participle that follows a document and
        leads to its author: "a report | released last month by | the institute"; else None."""
        if not self._follows_document(tokens, index):
            return None
        for following in range(index + 1, min(index + 5, len(tokens) - 2)):
            if tokens[following].lower == "by":
                return following + 2 if tokens[following + 1].lower in self.words.determiners else following + 1
            if not self._is_date(tokens[following]):
                return None
        return None

    def _is_link(self, tokens: list[Token], index: int) -> bool:
        """Whether ``tokens[index]`` joins two parts of one name: "Institute for the Study of War",
        "a statement from the South Korean government", "a spokesperson for the State Department"."""
        lower = tokens[index].lower
        if lower in _NAME_LINKS:
            return True
        if lower == "nor":  # "Neither Moscow nor Pyongyang has acknowledged"
            return any(t.lower == "neither" for t in tokens[max(0, index - 4):index])
        if lower == "in" and index > 0 and tokens[index - 1].lower in self.words.placed_sources:
            return True  # "according to a source in the Ukrainian military", "a resident in Hyesan"
        if lower in ("from", "by", "with") and index > 0:
            previous = re.sub(r"['’]s$", "", tokens[index - 1].lower)
            speaker_words = self.words.group | self.words.titles
            return previous in (speaker_words if lower == "with" else self.words.document | speaker_words)  # "a soldier with the 80th Brigade"
        return False

    def _phrase_text(self, tokens: list[Token], span: tuple[int, int]) -> tuple[str, int, int]:
        first, last = tokens[span[0]], tokens[span[1] - 1]
        return self.text[first.start:last.end], first.start, last.end

    # --- who the speaker is ---------------------------------------------------------------------
    def _antecedent(self, sentence: int, kinds: tuple[str, ...], singular_groups: bool = False, head: str = "") -> Source | None:
        """The source last credited, of one of ``kinds``, within the last few sentences.

        ``singular_groups`` lets "he" stand for "a captured soldier"; ``head`` prefers the source
        whose phrase had that word ("The official" -> "a senior U.S. military official").
        """
        fallback = None
        for position in range(len(self.history) - 1, -1, -1):
            index, source, written = self.history[position]
            if sentence - index > _PRONOUN_HISTORY:
                break
            singular = source.type == GROUP and singular_groups and not self._quoted_by_person(position) \
                and (not source.canonical.endswith("s") or source.canonical == source.affiliation)  # "the representative of the United States"
            if source.type in kinds or singular:
                if not head or head in written.lower() or source.type not in (PERSON, GROUP):
                    return source  # a body is the last one credited; a person or group, the last written so
                fallback = fallback or source
        return fallback

    def _quoted_by_person(self, position: int) -> bool:
        """Whether the source at ``history[position]`` was credited after a person in the same
        sentence: "Zelensky added that one of the soldiers had told interrogators ..." (the
        soldier speaks inside Zelensky's statement; a later "he" is still Zelensky)."""
        index = self.history[position][0]
        return any(i == index and source.type == PERSON for i, source, _ in self.history[max(0, position - 3):position])

    def _body_named_before(self, cue: _Cue, before: int, kinds: tuple[str, ...] = (ORGANISATION,)) -> Source | None:
        """The last organisation of the gazetteer named in the sentence before the cue's, or in
        its own before ``tokens[before]``, though not credited with anything."""
        found = self._mentioned_body(cue.tokens, before, kinds)
        previous = self._previous_sentence(cue)
        if found is None and previous is not None:
            tokens = previous.tokens(self.text)
            found = self._mentioned_body(tokens, len(tokens), kinds)
        return found

    def _last_credited(self, kinds: tuple[str, ...], fits: Callable[[Source, str], bool]) -> Source | None:
        """The source of one of ``kinds`` credited last that ``fits`` (its source, its phrase as written)."""
        return next((source for _, source, written in reversed(self.history) if source.type in kinds and fits(source, written)), None)

    def _body_credited_ending_in(self, head: str) -> Source | None:
        """The body credited last whose name ends in ``head``: "the Forum" after "the Pyongyang Economic
        Forum", "the Ministry" after "the Ministry of Foreign Affairs"."""
        return self._last_credited((ORGANISATION,), lambda source, _: source.canonical.casefold().endswith(f" {head}")
                                   or source.canonical.casefold().startswith(f"{head} of "))

    def _case_author(self, cue: _Cue, before: int, authors: tuple[str, ...]) -> Source | None:
        """Who wrote a court case's document: the source credited last, or the court named just
        before, whose name holds one of ``authors`` ("Seoul Central District Court", "U.S. prosecutors")."""
        found = self._last_credited((ORGANISATION, GOVERNMENT, GROUP, PERSON),
                                    lambda source, _: any(author in source.canonical.casefold() for author in authors))
        return found or next((named for author in authors if (named := self._name_ending_in(cue, before, author)) is not None), None)

    def _name_ending_in(self, cue: _Cue, before: int, head: str) -> Source | None:
        """The body a capitalised name ending in ``head`` names, in the cue's sentence before
        ``tokens[before]`` or in the sentence before it ("The Pyongyang Economic Forum")."""
        for tokens in self._this_and_previous(cue, before):
            for index in range(len(tokens) - 1, 0, -1):
                if tokens[index].lower == head and tokens[index].text[:1].isupper() and tokens[index - 1].text[:1].isupper():
                    start = index
                    while start > 0 and tokens[start - 1].text[:1].isupper():
                        start -= 1
                    found = self.resolver.resolve(tokens[start:index + 1])
                    if len(found) == 1 and found[0].type == ORGANISATION:
                        return found[0]
        return None

    def _this_and_previous(self, cue: _Cue, before: int) -> list[list[Token]]:
        """The cue's sentence up to ``tokens[before]``, then the sentence before it (if any)."""
        previous = self._previous_sentence(cue)
        return [cue.tokens[:before]] + ([previous.tokens(self.text)] if previous is not None else [])

    def _name_after_noun(self, cue: _Cue, before: int, head: str) -> Source | None:
        """The body a capitalised name after ``head`` names, last in the cue's sentence before
        ``tokens[before]`` or in the sentence before it: "a video published by the Telegram channel
        Severny Veter. The channel claims ..."."""
        for tokens in self._this_and_previous(cue, before):
            for index in range(len(tokens) - 2, -1, -1):
                if tokens[index].lower == head and tokens[index + 1].text[:1].isupper():
                    end = index + 1
                    while end < len(tokens) and tokens[end].text[:1].isupper():
                        end += 1
                    found = self.resolver.resolve(tokens[index:end])
                    if len(found) == 1 and found[0].type in (MEDIA, ORGANISATION):
                        return found[0]
        return None

    def _mentioned_body(self, tokens: list[Token], before: int, kinds: tuple[str, ...] = (ORGANISATION, GOVERNMENT, GROUP)) -> Source | None:
        """The last organisation or government (or other ``kinds``) named in ``tokens[:before]``
        ("While the State Department ..., they")."""
        named = self._named(tokens[:before], kinds)
        return named[-1] if named else None

    def _named(self, tokens: list[Token], kinds: tuple[str, ...]) -> list[Source]:
        """The gazetteer's actors of ``kinds`` that ``tokens`` name, in the order they are named."""
        return [source for _, _, source in self.resolver.gazetteer.aliases.matches([key(t.text) for t in tokens]) if source.type in kinds]

    def _two_states_named_before(self, cue: _Cue, before: int) -> list[Source]:
        """The two states named last before ``cue.tokens[before]``, in this sentence or the few
        before it ("Moscow and Pyongyang ... Both countries initially denied"), each as the state itself."""
        position = self.sentences.index(cue.sentence)
        token_runs = [cue.tokens[:before]] + [s.tokens(self.text) for s in reversed(self.sentences[max(0, position - _PAIR_REACH):position])]
        states: list[str] = []
        for tokens in token_runs:
            named = [source.affiliation for source in self._named(tokens, (GOVERNMENT,))]
            states += [state for state in reversed(named) if state and state not in states]
            if len(states) >= 2:
                break
        if len(states) < 2:
            return []
        found = [Source(state, GOVERNMENT, state) for state in states[:2]]  # "Moscow" and the Kremlin speak for Russia
        return [source for source in found if source in self.resolver.gazetteer.known]

    def _sources(self, cue: _Cue, span: tuple[int, int]) -> list[Source]:
        """The sources a speaker phrase names, pronouns and short references resolved."""
        tokens = cue.tokens
        phrase = tokens[span[0]:span[1]]
        words = [t.lower for t in phrase]
        if phrase[0].text == "I" or words[0] in self.lexicon.first_person and not phrase[0].text.isupper():
            return self._first_person(cue, phrase)
        if words[0] in self.lexicon.nobody or " ".join(words[:2]) in self.lexicon.nobody:
            return []  # "Nobody has told them"
        share = self._share(phrase)
        if share is not None:
            return [share]
        if tuple(words) in self.lexicon.pair_references or span[0] and (tokens[span[0] - 1].lower, *words) in self.lexicon.pair_references:
            return self._two_states_named_before(cue, span[0])
        if len(phrase) == 1 and words[0] in self.lexicon.person_pronouns:
            found = self._antecedent(cue.sentence.index, (PERSON,), singular_groups=True)
            opening = span[0] == 0 or (tokens[span[0] - 1].text == "," and (tokens[0].lower in _PREPOSITIONS or tokens[0].text in self.words.clause_openers)
                                       and not any(t.text == "," for t in tokens[:span[0] - 1]))  # "In an interview last week, he estimated"
            tag = span[0] > 1 and tokens[span[0] - 1].text in _CLOSING_QUOTES and tokens[0].text in _OPENING_QUOTES  # '"...," she said when ...'
            if (opening or tag or cue.inverted) and not self._credited_in_previous(cue):
                found = self._person_opening_previous(cue) or self._person_introduced_before(cue) or found  # "Eitan Baruch, a former officer, was skeptical. He argued ...", "..., he noted"
            if span[0] and tokens[span[0] - 1].lower in _RELATIVE_LINKS:
                found = self._last_person_named(tokens[:span[0]]) or found  # "a visit by Sergei Shoigu, during which he announced ..."
            return self._found(found or self._person_named_just_before(cue, span[0]))
        if len(phrase) == 1 and words[0] in self.lexicon.plural_pronouns:
            same_sentence = bool(self.history) and self.history[-1][0] == cue.sentence.index and self.history[-1][1].type != PERSON
            found = None if cue.inverted or same_sentence else self._mentioned_body(tokens, span[0])  # not a body named in its own content
            # "HUR said ... that Russia planned ..., and it has since estimated": HUR, not Russia
            if found is None and self.history and cue.sentence.index - self.history[-1][0] <= 1:
                previous = self.history[-1][1]
                found = previous if previous.type != PERSON else None
            if found is None and words[0] == "it" and not cue.inverted and self._next(tokens, cue.last, ("that",), 3) is not None:
                found = self._body_named_before(cue, span[0], (ORGANISATION, MEDIA, GOVERNMENT))  # "KCNA did not mention numbers. It said ..."
            if found is None and words[0] == "it" and cue.inverted:
                found = self._body_named_before(cue, 0, (ORGANISATION, MEDIA))  # "The Treasury designated two firms. The firms moved shells, it said."
            return self._found(found)
        if words[0] in ("his", "her", "its", "their") and len(phrase) > 1:
            return self._possessed(cue, phrase)  # "his military intelligence agency"
        if words[0] in ("this", "our") and len(phrase) == 2 and words[1] in self.words.media | self.words.document:
            return []  # "This paper estimates ...": the page itself, its own voice
        alias = self.resolver.known_as(tokens[cue.described[0]:cue.described[1]]) if cue.described else None
        if alias is not None:
            return [alias]  # "The agency, known by its initials HUR, said", before "the agency" refers back
        body = self._body_referred(phrase, words)
        if body is not None:
            return [body]  # "Analysts at the forum": the forum named before
        if len(words) == 2 and words[1] == "there" and words[0] in self.words.group:
            found = self._antecedent(cue.sentence.index, (ORGANISATION,))
            if found is not None:
                return [Source(found.canonical, GROUP, found.affiliation)]  # "Researchers there said": at the body just credited
        ageless = [w for w in words if not AGE.fullmatch(w)]
        former = ageless[:2] == ["the", "former"] and any(w in self.words.titles for w in ageless[2:])  # "the 57-year-old former Dutch prime minister"
        if words[0] == "the" and (" ".join(ageless[1:]) in self.lexicon.role_references or former):
            found = self._antecedent(cue.sentence.index, (PERSON,))  # "the head of state said"
            named = self._person_named_just_before(cue, span[0])
            if named is not None and not self._credited_in_previous(cue):
                found = named  # "Kim Jong Un met the troops. ... the 41-year-old leader said": the one just named
            return self._found(found or named)
        captive = self._captive(phrase)
        if captive is not None:
            return [captive]  # "One of the prisoners", "the second soldier"
        if words in (["one", "of", "them"], ["both", "of", "them"]):
            found = self._antecedent(cue.sentence.index, (GROUP,))
            return [found] if found is not None and found.canonical.endswith("s") else []  # "European officials said ... one of them said"
        if len(words) > 3 and _opens_with_part(words):
            phrase, words = phrase[2:], words[2:]  # "one of the officials" is one of the officials credited before
        head = re.sub(r"['’]s$", "", words[-1])
        if len(words) > 2 and f"{words[-2]} {head}" in self.words.organisation:
            head = f"{words[-2]} {head}"  # "the air force": the body, not "force"
        if words[0] == "the" and 2 < len(phrase) <= 4 and head in self.lexicon.member_references and all(t.text[:1].isupper() for t in phrase[1:]):
            found = self._antecedent(cue.sentence.index, (PERSON,)) or self._person_named_just_before(cue, span[0])
            if found is not None:
                return [found]  # "the Alabama Republican", "the Conservative MP": the member credited just before
        if self._titled_reference(phrase, head):
            side = affiliation_of(phrase[1:2])  # "The Russian official" is no Ukrainian
            if len(phrase) == 2:  # "The President" after "President Yoon said": the last credited under that title
                found = next((source for _, source, written in reversed(self.history) if source.type == PERSON and head in written.casefold().split()), None)
            else:
                found = next((source for index, source, _ in reversed(self.history[-3:]) if source.type == PERSON and cue.sentence.index - index <= 2), None)
            if found is not None and (not side or found.affiliation in ("", side)):
                return [found]  # "Kremlin Spokesman Dmitry Peskov told reporters ... According to the Kremlin official"
        document = head in self.words.document | self.words.organisation
        if len(words) > 2 and words[0] == "the" and words[1] == "regional":
            region = self.resolver.region_named_before(phrase[0].start)
            if region is not None:  # "the regional government": that of the region the story named
                return self.resolver.resolve(tokenize(f"the {region} {self.text[phrase[1].start:phrase[-1].end]}"))
        if len(words) == 2 and words[0] == "the" and phrase[1].text[:1].isupper() and head in self.words.organisation | self.words.independent_bodies:
            found = self._body_credited_ending_in(head) or self._name_ending_in(cue, span[0], head)
            if found is not None:
                return [found]  # "the Forum" after "the Pyongyang Economic Forum"
        dated = any(self._is_date(t) for t in phrase[1:])  # "a Jan. 26 commentary" is the last source's; "a survey" is new
        referring = ((words[0] == "the" or words[0] in ("a", "an") and document and dated)
                     and all(t.text.islower() or self._is_date(t) or _BASED.search(t.text) for t in phrase[1:])  # "the Munich-based paper"
                     and not _PREPOSITIONS.intersection(words[1:]))  # not "a soldier from a rifle brigade"
        if referring and head in self.words.media and (len(phrase) == 2 or len(phrase) == 3 and _BASED.search(phrase[1].text)):
            found = self._body_named_before(cue, span[0], (MEDIA,)) or self._name_after_noun(cue, span[0], head) \
                or self._antecedent(cue.sentence.index, (MEDIA,))
            if found is None and head in self.lexicon.media_or_document:
                return self._found(self._antecedent(cue.sentence.index, (ORGANISATION, GOVERNMENT, MEDIA)))  # the document of the source just credited
            if found is not None:
                return [found]  # "the Rybar Telegram channel published a post. The channel wrote ..."
        if referring and head in self.words.government and len(phrase) == 2:
            found = self._body_named_before(cue, span[0], (GOVERNMENT,))  # "Pyongyang staged a ceremony. ... the regime admitted"
            if found is not None:
                return [found]
        if referring and head in self.words.titles and len(phrase) == 2 and not self._credited_in_previous(cue):
            opener = self._person_opening_previous(cue)
            previous = self._previous_sentence(cue)
            if opener is not None and opener.type == PERSON and previous is not None and head in self.text[previous.start:previous.end].lower():
                return [opener]  # "In Rome, the Defence Minister Guido Crosetto returned to the subject. '...,' the minister said"
        authors = self.lexicon.case_documents.get(head)
        if authors is not None:
            return self._found(self._case_author(cue, span[0], authors))  # "According to the ruling", "the indictment said"
        if referring and (document or head in self.words.group | self.words.titles):
            # "the official", "The report", "a Jan. 26 commentary": the source credited just before
            kinds = (ORGANISATION, GOVERNMENT, MEDIA) if head in self.words.organisation else (ORGANISATION, GOVERNMENT, GROUP, MEDIA)
            people = (GROUP,) if head.endswith("s") and head in self.words.group else (PERSON, GROUP)  # "the soldiers" are not Putin
            # "The group said" just after "the open-source group Northlight", mentioned if not credited
            found = self._name_after_noun(cue, span[0], head) if head in self.words.organisation else None
            found = found or self._antecedent(cue.sentence.index, kinds if document else people, head=head)  # "the agency" is no group
            if found is None and head in self.words.organisation:
                found = self._body_named_before(cue, span[0])  # "The S.B.U. released photos. The agency said ..."
            if found is None and head in self.words.organisation:
                found = self._name_ending_in(cue, span[0], head)  # "The Pyongyang Economic Forum ... The forum calculates"
            if found is not None or document:
                return self._found(found)
        described = tokens[cue.described[0]:cue.described[1]] if cue.described else ()
        sources = self.resolver.resolve(phrase, described)
        if len(sources) == 1 and sources[0].type == PERSON and len(phrase) == 1:
            sources = self._body_short_name(phrase[0]) or sources  # "Polaris" after "Polaris Vessel Analytics"
        if len(sources) == 1 and sources[0].type in (ORGANISATION, GROUP) and not sources[0].affiliation:
            return self._placed(cue, phrase, sources[0]) or sources
        if len(sources) == 1 and sources[0].type == ORGANISATION and self.home and sources[0].affiliation not in ("", self.home, INDEPENDENT):
            return self._home_office(phrase) or sources
        if len(sources) == 1 and sources[0].type == PERSON and not sources[0].affiliation and self._of_home(phrase):
            return [self.resolver.remember(Source(sources[0].canonical, PERSON, self.home))]  # "Foreign Minister Penny Wong" in an Australian paper
        if len(sources) == 1 and sources[0].type == PERSON and not sources[0].affiliation and _party_state_after(tokens, span[1]):
            return [self.resolver.remember(Source(sources[0].canonical, PERSON, "United States"))]  # "Sen. Roger Wicker, R-Miss., said"
        if not sources and head in self.words.organisation and words[0] not in self.words.determiners:
            # "Ukraine's military intelligence (HUR) said ... Military intelligence added"; "..., military
            # intelligence says" above "Ukraine's military intelligence (HUR) estimated"
            return self._credited_as(phrase) or self._named_later(phrase)
        return sources

    def _body_short_name(self, word: Token) -> list[Source]:
        """The body credited before whose name this one word opens: "Polaris" after "Polaris Vessel
        Analytics", "Hanbit" after "the Hanbit Center for Security Studies"."""
        found = self._last_credited((ORGANISATION, MEDIA), lambda source, _: source.canonical.startswith(f"{word.text} "))
        return [found] if found is not None else []

    def _credited_as(self, phrase: list[Token]) -> list[Source]:
        """The body credited before under a fuller phrase holding this bare one: "Military
        intelligence" after "Ukraine's military intelligence (HUR)"."""
        if len(phrase) < 2:
            return []  # "Kyiv has intelligence suggesting ...": a bare noun may be no body at all
        bare = re.compile(rf"\b{re.escape(self.text[phrase[0].start:phrase[-1].end].lower())}\b")
        found = self._last_credited((ORGANISATION, GOVERNMENT), lambda _, written: bare.search(written.lower()) is not None)
        return [found] if found is not None else []

    def _named_later(self, phrase: list[Token]) -> list[Source]:
        """The body a bare phrase ("military intelligence", "spy agency") names in full further on,
        within ``_LATER_REACH`` characters: "Ukraine's military intelligence", "South Korea's spy agency"."""
        written = self.text[phrase[0].start:phrase[-1].end]
        pattern = re.compile(rf"\b(?:[A-Z][\w.]*['’]s|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?i:{re.escape(written)})\b")
        for match in pattern.finditer(self.text, phrase[-1].end, phrase[-1].end + _LATER_REACH):
            found = [s for s in self.resolver.resolve(tokenize(match.group())) if s.type != PERSON and s.affiliation]
            if found:
                return found[:1]
        return []

    def _placed(self, cue: _Cue, phrase: list[Token], resolved: Source) -> list[Source]:
        """The state a body or group with no side of its own (``resolved``) speaks for: the place
        its clause opens with ("In Seoul, the Defense Ministry said"), else the state of the same
        body credited before ("South Korea's Defense Ministry ... The Defense Ministry added"), else
        the page's own state, for its offices ("the Foreign Ministry" in a Korean paper)."""
        place = _OPENING_PLACE.match(self.text, cue.sentence.start, phrase[0].start)
        if place is not None:
            return self.resolver.resolve(tokenize(f"{self.text[phrase[0].start:phrase[-1].end]} in {place[1]}"))
        fuller = self._last_credited((ORGANISATION,), lambda source, _: source.canonical != resolved.canonical
                                     and f" {resolved.canonical.casefold()} " in f" {source.canonical.casefold()} ")
        if fuller is not None:
            return [fuller]  # "the General Staff" after "the General Staff of the Armed Forces of Ukraine"
        if resolved.canonical.casefold() in self.lexicon.state_groups:
            return self._state_group(resolved)
        if not self._of_home(phrase):
            return []
        if resolved.type == GROUP:  # "a senior government official" keeps its name; a bare "Defence minister" is its holder, or named later
            head = resolved.canonical.split()[-1].casefold()
            if head in self.words.group or head not in self.words.titles:
                return [Source(resolved.canonical, GROUP, self.home)]
            holder = self.resolver.resolve(tokenize(f"{self.home}'s {resolved.canonical}"))
            return holder if len(holder) == 1 and holder[0].type == PERSON else []
        return [s for s in self.resolver.resolve(tokenize(f"{resolved.canonical} in {self.home}")) if s.affiliation]

    def _home_office(self, phrase: list[Token]) -> list[Source]:
        """The page's own state's office, when an office named bare is another state's in the
        gazetteer: "the Foreign Office" in a German paper is Germany's, not Britain's."""
        if self.resolver.gazetteer.demonyms.matches([key(t.text) for t in phrase]):
            return []  # "the British Foreign Office"
        first = len(phrase)
        while first and phrase[first - 1].text[:1].isupper() and phrase[first - 1].lower not in self.words.determiners:
            first -= 1
        name = phrase[first:]  # "An internal assessment by the Foreign Office": "Foreign Office"
        if not name:
            return []
        found = self.resolver.resolve(tokenize(f"{self.home}'s {self.text[name[0].start:name[-1].end]}"))
        known = len(found) == 1 and found[0] in self.resolver.gazetteer.known and found[0].affiliation == self.home
        return found if known else []  # not "the Workers' Party" made "British Party" in a London paper

    def _state_group(self, group: Source) -> list[Source]:
        """A group that only a state has, named bare: the same group credited before with its state
        ("U.S. prosecutors" ... "Prosecutors say"), else the page's own state's ("prosecutors" in a
        Yonhap story are "South Korean prosecutors")."""
        named = group.canonical.casefold()
        before = self._last_credited((GROUP,), lambda source, _: source.affiliation not in ("", INDEPENDENT)
                                     and source.canonical.casefold().endswith(f" {named}"))
        if before is not None:
            return [before]
        adjective = self.resolver.gazetteer.adjectives.get(self.home)
        return [Source(f"{adjective} {named}", GROUP, self.home)] if adjective else []

    def _home_state(self, sentences: list[Sentence], outlet: str) -> str:
        """The page's own state: the country of its outlet if a national one, else the place of its
        first dateline where that is a state's ("SEOUL, Nov 13 (Reuters) -"); else ""."""
        country = outlet_country(outlet)
        if country:
            return country
        for sentence in sentences:
            place = dateline_place(self.text, sentence)
            if place is not None:
                found = self.resolver.resolve(tokenize(place))
                if found and found[0].type == GOVERNMENT and found[0].affiliation:
                    return found[0].affiliation
                break
        return ""

    def _of_home(self, phrase: list[Token]) -> bool:
        """Whether a source of no side names one of the page's own state's offices ("the Foreign
        Ministry", "Foreign Minister Penny Wong", "a senior administration official" in a U.S. paper)."""
        words = {t.lower for t in phrase}
        return bool(self.home) and bool(words & self.lexicon.home_words) and not words & self.lexicon.home_absent.get(self.home, frozenset())

    def _body_referred(self, phrase: list[Token], words: list[str]) -> Source | None:
        """The body that "Analysts at the forum", "researchers at the institute" work for: the last
        one credited, or else named, before, whose name holds that noun ("the Dnipro Security Forum");
        "An official at the agency" speaks as the agency."""
        if words and words[0] in ("a", "an", "one"):
            words = words[1:]
        if not (3 <= len(words) <= 4 and words[-2] == "the" and words[-3] in ("at", "of", "with", "from")
                and words[-4 if len(words) == 4 else 0] in ("", *self.words.group)
                and words[-1] in self.words.independent_bodies | self.words.organisation):
            return None
        voice = len(words) == 4 and (words[0] == "official" or words[0] in VOICES)
        for _, source, _ in reversed(self.history):
            if source.type == ORGANISATION and words[-1] in source.canonical.casefold().split():
                return source if voice else Source(source.canonical, GROUP, source.affiliation)  # "An official at the agency" speaks as it
            if source.type == ORGANISATION and voice and words[-1] in self.words.organisation:
                return source  # "South Korea's National Intelligence Service confirmed ... An official at the agency said"
        names = list(re.finditer(rf"(?:[A-Z][\w’'-]*\s+){{1,4}}{words[-1].title()}(?:\s+(?:for|of)(?:\s+(?:the|and|[A-Z][\w’'-]*))+)?",
                                 self.text[:phrase[0].start]))
        sources = self.resolver.resolve(tokenize(names[-1].group())) if names else []
        return Source(sources[0].canonical, GROUP, sources[0].affiliation) if sources and sources[0].type == ORGANISATION else None

    def _captive(self, phrase: list[Token]) -> Source | None:
        """A soldier taken prisoner, spoken of without a name ("One of the prisoners", "The
        other"), in a text that has told of the capture: "captured North Korean soldier"."""
        written = self.lexicon.captive.fullmatch(" ".join(t.lower for t in phrase))
        if written is None:
            return None
        told = self.text[:phrase[-1].end]
        if not self.lexicon.capture.search(told):
            return None
        own = next((i for i, t in enumerate(phrase) if t.lower == "captured"), len(phrase))  # not the captor's: "captured by Ukraine"
        affiliation = affiliation_of(phrase[:own]) or self._captured_side(told)
        if not affiliation:
            return None
        adjective = "U.S." if affiliation == "United States" else self.resolver.gazetteer.adjectives.get(affiliation, affiliation)
        return Source(f"{CAPTURED} {adjective} soldier{'s' if written['plural'] else ''}", GROUP, affiliation)

    def _captured_side(self, told: str) -> str:
        """The side of the soldiers a text says were taken: of the soldiers it names next to a
        word of capture ("two captured North Korean soldiers", "Ukrainian prisoners of war"), else
        of all it names, the side named most (the first on a tie)."""
        named, taken = [], []
        for match in self.lexicon.captured_soldiers.finditer(told):
            side = affiliation_of(tokenize(match[1]))
            if side:
                named.append(side)
                if self.lexicon.capture.search(told, max(0, match.start() - 20), match.end() + 12):
                    taken.append(side)
        sides = taken or named
        return max(sides, key=sides.count) if sides else ""

    def _specific(self, source: Source) -> bool:
        """A source that names someone: a person, an actor of the gazetteer, or a body with a side."""
        return source.type == PERSON or source in self.resolver.gazetteer.known or source.affiliation not in ("", "independent")

    @staticmethod
    def _found(source: Source | None) -> list[Source]:
        return [source] if source is not None else []

    def _share_start(self, tokens: list[Token], end: int) -> int | None:
        """The first token of a poll's share that ends at ``tokens[end]``, if one does."""
        found = self.lexicon.share.search(self.text, tokens[0].start, tokens[end - 1].end) if end else None
        return None if found is None else next((index for index in range(end) if tokens[index].start == found.start()), None)

    def _share(self, phrase: list[Token]) -> Source | None:
        """Whom a poll's share speaks for: the group it names ("respondents", "Americans"), else the
        one the share before it named ("21% say" after "About four-in-ten Americans say")."""
        found = self.lexicon.share.match(self.text, phrase[0].start, phrase[-1].end)
        if found is None:
            return None
        group = found["group"]
        if group:
            self._share_group = group.casefold() if group.casefold() in self.words.group else group
        return Source(self._share_group, GROUP, INDEPENDENT)

    def _first_person(self, cue: _Cue, phrase: list[Token]) -> list[Source]:
        """"I", "we" and "our government" outside quotation marks: the speaker of an official text and
        the state or body they speak for ("We estimate" in a president's remarks is his state's).
        Elsewhere, only "our" before a known body's name: "our National Intelligence Service"."""
        known = self.resolver.resolve(phrase[1:]) if len(phrase) > 1 else []
        if len(known) == 1 and known[0] in self.resolver.gazetteer.known:
            return known
        voice = None if self._in_quotation(cue.start) else self._voice_at(phrase[0].start)
        if voice is None or phrase[0].lower in ("you", "me", "us"):
            return []
        if phrase[0].lower in self.lexicon.first_person_singular:
            return [voice] if len(phrase) == 1 else []
        body = self._spoken_for(voice)
        if body is None:
            return []
        if len(phrase) == 1:
            return [body]  # "we"
        return self.resolver.resolve(tokenize(f"{body.affiliation}'s {self.text[phrase[1].start:phrase[-1].end]}")) if body.type == GOVERNMENT else []

    def _spoken_for(self, voice: Source) -> Source | None:
        """The state or body a speaker's "we" stands for: a president's state, NATO for its Secretary General."""
        if voice.type != PERSON:
            return voice
        bodies = self.resolver.resolve(tokenize(voice.affiliation)) if voice.affiliation not in ("", INDEPENDENT) else []
        return bodies[0] if len(bodies) == 1 and bodies[0].type in (GOVERNMENT, ORGANISATION) else None

    def _voice_at(self, position: int) -> Source | None:
        """Who says "I" at ``position``: the speaker whose label opens the lines it stands in, else the one the page's title names."""
        if self._voices is None:
            self._voices = self._labelled_voices()
        for start, end, voice in reversed(self._voices):
            if start <= position:
                if position < end:
                    return voice
                break
        if self._page_voice is _UNKNOWN:
            self._page_voice = self._titled_voice()
        return self._page_voice

    def _labelled_voices(self) -> list[tuple[int, int, Source | None]]:
        """(start, end, speaker) of the lines each speaker's label opens, up to the next label or blank
        line; on an interview's page, no one's."""
        if self._turns:
            return [(0, len(self.text), None)]  # an interview's answers are its guests' turns already
        found = speaker_labels(self.text)
        ends = [start for start, _ in found[1:]] + [len(self.text)]
        body = [s.start for s in self.sentences if s.kind == BODY]
        voices = []
        for (start, label), end in zip(found, ends):
            blank = _BLANK_LINE.search(self.text, start, end)
            line_end = self.text.find("\n", start)
            line_end = len(self.text) if line_end < 0 else line_end
            speaks = bisect_right(body, line_end) > bisect_right(body, start - 1)  # prose after the label, not a title's "X: Y"
            sources = self.resolver.resolve(tokenize(label.title() if label.isupper() else label)) if speaks else []
            voices.append((start, blank.start() if blank else end, sources[0] if len(sources) == 1 and sources[0].type == PERSON else None))
        return voices

    def _titled_voice(self) -> Source | None:
        """The one speaker an official text's top names, if it names one: "Press Conference by Prime
        Minister Ishiba following the G7 Kananaskis Summit" is Shigeru Ishiba; "Remarks by President
        Biden, President Yoon ... and Prime Minister Ishiba" names three."""
        body = [s for s in self.sentences if s.kind == BODY]
        top = self.text[:min(_VOICE_TOP, body[min(3, len(body) - 1)].end if body else len(self.text))]
        for pattern in self.lexicon.voice_titles:
            found = pattern.search(top)
            if found is None:
                continue
            who = found["who"]
            end = self.lexicon.voice_name_end.search(who)
            named, rest = who[:end.start()], who[end.start():]
            if re.match(r"\s*(?:,|and\b)", rest) and self.resolver.resolve(tokenize(re.split(r"[,;:(]| on ", rest.lstrip(" ,").removeprefix("and "))[0])):
                return None  # "President Biden, President Yoon Suk Yeol ...": several speakers
            sources = self.resolver.resolve(tokenize(named))
            return sources[0] if len(sources) == 1 else None
        return None

    def _possessed(self, cue: _Cue, phrase: list[Token]) -> list[Source]:
        """A body named through a pronoun's owner: "his military intelligence agency" after Zelensky."""
        people = phrase[0].lower in ("his", "her")  # a person's, or one speaking for a state ("The representative of the Republic of Korea ... his Government")
        owner = self._antecedent(cue.sentence.index, (PERSON,) if people else (GOVERNMENT, ORGANISATION), singular_groups=people)
        if owner is None and not people:
            owner = self._body_named_before(cue, 0, (GOVERNMENT,))  # "South Korea's estimate is lower. Its National Intelligence Service told"
        if owner is None or not owner.affiliation:
            named = all(t.text[:1].isupper() for t in phrase[1:])
            return [s for s in self.resolver.resolve(phrase[1:]) if s.type == PERSON or named]  # "Its deputy head Vadym Skibitskyi"
        first = 2 if len(phrase) > 2 and phrase[1].lower in ("country's", "country’s", "nation's", "nation’s") else 1
        rest = self.text[phrase[first].start:phrase[-1].end]  # "his country's intelligence": his state's intelligence
        return self.resolver.resolve(tokenize(f"{owner.affiliation}'s {rest}"))

    # --- cues -----------------------------------------------------------------------------------
    def _cues(self, sentence: Sentence) -> list[_Cue]:
        lead = _QUESTION_LEAD.match(self.text, sentence.start, sentence.end) if self.text[sentence.end - 1] == "?" else None
        opening = _FIRST_WORD.match(self.text, lead.end() if lead else sentence.start, sentence.end)
        first = opening.group().lower() if opening else ""
        if sentence.kind == HEADLINE and first in _QUESTION_WORDS:
            return []  # "What Pyongyang Has Learned, and What Comes Next": a topic, not a statement
        if self.text[sentence.end - 1] == "?" and first in _QUESTION_WORDS | _ASKING_AUXILIARIES:
            return []  # "What did North Korea say?": the writer's question, not a statement
        if "\t" in self.text[sentence.start:sentence.end]:
            return []  # a table's row ("Item\tEstimate"): cells, not statements
        matches = list(self.lexicon.cue_pattern.finditer(self.text, sentence.start, sentence.end))
        opening_for = sentence.kind != HEADLINE and (found := _FOR_SOURCE.match(self.text, sentence.start, sentence.end)) \
            and self.text[found.end()].isupper()
        if not matches and not opening_for:
            return []
        tokens = sentence.tokens(self.text)
        cues = [_Cue(sentence, tokens, 0, 1, _FOR, sentence.start, sentence.start + 3)] if opening_for else []
        for match in matches:
            span = sentence.token_at(self.text, match.start(), match.end())
            if span is None:
                continue
            if match.group()[0].isupper() and match.start() != sentence.start and sentence.kind != HEADLINE:
                continue  # "US State Department": a name, not the verb
            if self.lexicon.compounds.match(self.text, match.start(), sentence.end):
                continue  # "a think tank in Seoul"
            form = " ".join(match.group().lower().split())
            if form in self.lexicon.clause_initial and not ((span[0] == 0 or tokens[span[0] - 1].text == ",")
                                                            and self.lexicon.requires[form].match(self.text, match.end())):
                continue  # "$2,000 per soldier", "and by December" (not "..., per the Pentagon.", "By Seoul's count,")
            lemma = self.lexicon.lemmas.get(form, form)
            cues.append(_Cue(sentence, tokens, span[0], span[1], lemma, match.start(), match.end()))
        return cues

    def _frame(self, cue: _Cue) -> bool:
        """Find the speaker of a cue; False when the cue credits nobody."""
        tokens, form = cue.tokens, self.text[cue.start:cue.end].lower()
        if self._unable(tokens, cue.first):
            return False  # "Moscow cannot admit that ...": what a source is unable to say
        after = tokens[cue.last] if cue.last < len(tokens) else None
        if form in self.lexicon.according_to or cue.lemma == _FOR:
            right = self._right_phrase(tokens, cue.last) or self._document_by(tokens, cue.last)
            if right is not None:
                cue.described = self._apposition_after(tokens, right[1])
            if cue.lemma == _FOR and not (right and self._person_opens_clause(cue, right)):
                return False  # "For Pyongyang, the deal ..." is no source's view
            return self._credit(cue, right)
        if form in self.lexicon.noun_cues and after is not None and after.lower in ("from", "by"):
            cue.noun = True
            return self._credit(cue, self._right_phrase(tokens, cue.last + 1))
        if form in self.lexicon.noun_cues and after is not None and after.lower == "that" and cue.first \
                and _POSSESSIVE_END.search(tokens[cue.first - 1].text):
            cue.noun = True  # "Moscow's claims that the operation is over"
            return self._credit(cue, (self._phrase_start(tokens, cue.first), cue.first))
        required = self.lexicon.requires.get(cue.lemma)
        if required is not None and not required.match(self.text, cue.end, cue.sentence.end):
            return False  # "put pressure on", "Kim praised the troops": no statement
        excluded = self.lexicon.excludes.get(cue.lemma)
        if excluded is not None and excluded.match(self.text, cue.end, cue.sentence.end):
            return False  # "has said nothing publicly about", "Hyundai Rotem added 3.1%"
        if form == "states" and after is not None and (after.text == "," or after.lower in self.lexicon.auxiliaries):
            return False  # "The Gulf states, meanwhile, are watching": the noun
        if cue.lemma in ("tell", "brief") and cue.first and tokens[cue.first - 1].lower in ("which", "who"):
            told = self._skip_adverbials(tokens, self._after_recipient(cue, cue.last))
            if told < len(tokens) and tokens[told].text == ",":
                return False  # "the NIS, which briefed lawmakers on Dec. 19, ...": who was told, not what
        if cue.lemma in ("comment", "answer", "disclose") and self._declined(cue):
            self._note_speaker(cue)  # "Peskov declined to comment. ... he said": Peskov is the one to follow
            return False  # "has not commented", "did not respond to a request for comment", "has never disclosed its losses"
        if cue.lemma in _SURMISES and self._in_quotation(cue.start):
            return False  # '"... and he expects to be paid," she said': a thought inside someone's words
        if self._asked_only(cue):
            return False  # "did not say how many had died", "declined to say when they would arrive"
        if (cue.first > 1 and tokens[cue.first - 1].lower == "to" and tokens[cue.first - 2].lower not in _STATES_ON
                and cue.lemma != _FOR and form not in self.lexicon.according_to
                and self._before_contact_clause(tokens, cue.first) == cue.first):  # "Experts I have spoken to say" is said
            return False  # "expected Pyongyang to announce a dispatch": what may be said ("had not been able to confirm" was)
        if self._fronted_gerund(cue):
            if self._in_quotation(cue.start):
                return False  # '"By admitting the deployment, North Korea has confessed ...," the ministry said': the quote is the statement
            comma = next((i for i in range(cue.last, len(tokens)) if tokens[i].text == ","), None)
            subject = self._right_phrase(tokens, comma + 1) if comma is not None else None
            cue.fronted = True
            return subject is not None and self._credit(cue, subject)
        passive = self._passive(cue)
        if after is not None and after.lower == "by" and form.endswith("ed") and not passive:
            agent = self._right_phrase(tokens, cue.last + 1)
            if agent is not None and self._cue_follows(tokens, agent[1]):
                return False  # "lawmakers briefed by the NIS said", "officials cited by the Times said": it describes the speaker
        if cue.lemma == "cite" and not passive and after is not None and (self._np_word(after) or after.lower in self.words.determiners):
            return self._credit(cue, self._right_phrase(tokens, cue.last))  # "Reuters cited Zelensky"
        if form in self.lexicon.citing and cue.lemma != "cite":
            return False  # "..., citing X": folded into the statement it qualifies
        if form in self.lexicon.noun_cues and form not in self.lexicon.lemmas:
            return False
        if passive and cue.lemma != "cite":  # "was cited by RIA as saying": the subject speaks
            cue.passive = True
            return after is not None and after.lower == "by" and self._credit(cue, self._right_phrase(tokens, cue.last + 1))
        if after is not None and after.lower == "by" and form.endswith("ed") and cue.lemma != "cite":
            cue.inverted = True  # "..., a development first flagged by South Korea's spy agency"
            return self._credit(cue, self._right_phrase(tokens, cue.last + 1))
        edge = self._subject_edge(tokens, cue.first)
        between = {t.lower for t in tokens[edge:cue.first] if not self._is_date(t)}  # "in May said": the month, no modal
        if between & _MODALS and not between & self.lexicon.negations:
            return False  # "Washington would respond": no statement made
        if between & self.lexicon.disclaimers:
            return False  # "which CNN cannot independently verify": the outlet's own caveat

        left = self._left_phrase(tokens, cue.first)
        previous = tokens[edge - 1] if edge else None
        if form in self.lexicon.noun_cues and left is not None and self._reads_as_noun(tokens, cue, left):
            return False  # "media reports suggesting ...": a noun, not the verb
        if left is None and previous is not None:
            after_quote = previous.text in _CLOSING_QUOTES and edge > 1 and tokens[edge - 2].text == ","
            if (previous.text == "," or after_quote or self._adverbial_after_comma(tokens, edge)) and form in self.lexicon.participles:
                return self._same_speaker(cue)  # ", adding that ...", '"...," warning that ...'
            if previous.lower in ("and", "but"):  # not "Moscow has paid or promised": one statement
                return self._same_speaker(cue)  # "... said ... and again urged allies ..."
            if previous.text == ",":
                left, cue.described = self._apposed(tokens, edge - 1)
        if (left is None and cue.lemma not in ("tell", "cite") and (previous is None or previous.text in _CLOSING_QUOTES or previous.text == ",")
                and not (cue.last < len(tokens) and tokens[cue.last].lower == "that")
                and not (previous is None and form == cue.lemma)):  # an imperative: "Add Paper to My Library"
            right = self._right_phrase(tokens, cue.last)
            if right is not None and right[1] < len(tokens) and tokens[right[1]].lower in _FINITE_AUXILIARIES:
                return False  # "Putin's statement, published ..., said Russia would never forget": Russia is the clause's subject
            if right is not None and self._document_speaks(cue, right):
                cue.inverted = True
                cue.described = self._apposition_after(tokens, right[1])
                return self._credit(cue, right) and self._cited_instead(cue, right[1])
        if left is None:
            return False
        if left[0] and tokens[left[0] - 1].lower in _NOT_STATED:
            return False  # "if he formally requested it": what someone might do, not what they said
        if not self._document_speaks(cue, left):
            return False
        tag = min(left[0], cue.described[0]) if cue.described else left[0]  # "..., the deputy chief of X, Name, has said"
        before = tokens[tag - 1].text if tag else ""
        if (before == "," or before in _CLOSING_QUOTES) and cue.lemma not in _OWN_CLAUSE and self._nothing_after(cue):
            cue.inverted, cue.tag_start = True, tokens[tag].start
        return self._credit(cue, left) and self._cited_instead(cue, left[1]) and self._cited_instead(cue, cue.last)

    def _in_quotation(self, position: int) -> bool:
        """Whether ``position`` lies inside the marks of a quotation."""
        return any(q.inner_start <= position < q.inner_end for q in self.quotes)

    @staticmethod
    def _fronted_gerund(cue: _Cue) -> bool:
        """Whether the cue is a gerund in an adverbial that opens its sentence, so that its speaker
        is the subject after the comma: "By confirming ...,", "After admitting ...,"."""
        first = cue.first - 1
        while first > 0 and cue.tokens[first - 1].text in _OPENING_QUOTES:
            first -= 1
        return first == 0 and cue.first > 0 and cue.tokens[cue.first - 1].lower in _GERUND_OPENERS and cue.tokens[cue.first].lower.endswith("ing")

    def _document_speaks(self, cue: _Cue, span: tuple[int, int]) -> bool:
        """False when a cue that needs a document for its speaker has none: "a survey found that
        ...", "the statement reads" (not "Seoul found the wreckage", "READ LATER")."""
        tokens = cue.tokens
        return (cue.lemma not in self.lexicon.document_subject or any(t.lower in self.words.document for t in tokens[span[0]:span[1]])
                or span[0] > 0 and tokens[span[0] - 1].lower == "by")  # "The study, released by X, found": the aside's author

    def _adverbial_after_comma(self, tokens: list[Token], edge: int) -> bool:
        """Whether an adverbial after a comma ends at ``edge``: "..., at one point claiming"."""
        return any(edge > len(phrase) and tokens[edge - len(phrase) - 1].text == ","
                   and tuple(t.lower for t in tokens[edge - len(phrase):edge]) == phrase for phrase in self.lexicon.participle_adverbials)

    def _subject_edge(self, tokens: list[Token], index: int) -> int:
        """The index after the speaker phrase: before the auxiliaries and adverbs ahead of the cue."""
        return self._skip_between(tokens, index)[0]

    def _skip_between(self, tokens: list[Token], index: int) -> tuple[int, bool]:
        """Read back over what stands between a speaker and its cue: auxiliaries, adverbs, dates,
        a parenthetical adverb (", however,") and a relative pronoun with its comma ("Kim, who has
        never acknowledged"). Returns the index reached and whether a relative pronoun was passed."""
        relative = False
        while index > 0:
            token = tokens[index - 1]
            if index >= 4 and [t.lower for t in tokens[index - 3:index]] in _HEARSAY and tokens[index - 4].lower in _BE:
                index -= 4  # "One of them is said to have told interrogators": one of them told them
                continue
            if self._between(token):
                relative = relative or token.lower in ("who", "which")
                index -= 1
            elif self._follows_document(tokens, index - 1) and tokens[index - 2].lower not in self.lexicon.lemmas:
                index -= 1  # "A Gallup Korea survey released last week found"
            elif index >= 2 and token.lower in _SPELLS and tokens[index - 2].lower == "for":
                index -= 2  # "both countries had for months dismissed"
            elif 0 < (phrase := _phrase_ending_at(tokens, index, self.lexicon.between_phrases)) < index:
                index -= phrase  # "has for the first time publicly confirmed"
            elif index >= 2 and token.lower in _FLOATING and tokens[index - 2].is_word and tokens[index - 2].lower not in _PREPOSITIONS:
                index -= 1  # "Seoul and Washington have both said" (not "Both said": the subject)
            elif index >= 2 and token.lower == "since" and tokens[index - 2].lower in self.lexicon.auxiliaries:
                index -= 1  # "Zelensky has since put the figure at"
            elif (index >= 5 and token.text == "," and [t.lower for t in tokens[index - 4:index - 1:2]] == ["for", "part"]
                  and tokens[index - 5].text == ","):
                index -= 5  # "Kyiv, for its part, expects"
            elif token.text == ")" and (opening := self._bracketed_date(tokens, index - 1)) is not None:
                index = opening  # "North Korea on Monday (Apr 28) confirmed"
            elif token.text == "," and relative and index > 1:
                index -= 1  # the comma before "who"
                break
            elif token.text == "," and index > 2 and tokens[index - 2].lower in self.lexicon.auxiliaries and tokens[index - 3].text == ",":
                index -= 3  # "Ukraine, meanwhile, says"
            elif (opening := _party_state_before(tokens, index - 1 if token.text == "," else index)) is not None:
                index = opening  # "Rep. Dale Whitcomb, R-Ohio, told", "Rep. Adam Smith, D-Bellevue, the top Democrat ..., said"
            elif token.text == "," and (citing := self._citing_aside(tokens, index - 1)) is not None:
                index = citing  # "South Korean lawmakers, citing the NIS, said", "The statement, carried by KCNA, said"
            else:
                break
        return index, relative

    def _moving_subject(self, tokens: list[Token], end: int) -> int | None:
        """Where a speaker phrase begins whose noun a participle of motion follows, read back from
        ``end``: "The soldiers pulling back along the road | say", "Troops fighting on the front line | say"."""
        if (end >= 3 and tokens[end - 1].text[:1].isupper() and tokens[end - 2].text.islower() and tokens[end - 2].lower.endswith("ing")
                and self._is_speaker_noun(tokens[end - 3])):
            return self._phrase_start(tokens, end - 2)  # "Ukrainian troops leaving Kursk say"
        for preposition in range(end - 1, max(0, end - _ROUTE_WORDS), -1):
            if tokens[preposition].lower in _ROUTE_PREPOSITIONS | PLACE_PREPOSITIONS:
                moving = preposition - 1 - (tokens[preposition - 1].lower in _PARTICLES)
                if (moving >= 1 and tokens[moving].text.islower() and tokens[moving].lower.endswith("ing")
                        and self._is_speaker_noun(tokens[moving - 1])):
                    return self._phrase_start(tokens, moving)
                return None
            if not tokens[preposition].is_word or tokens[preposition].lower in ("and", "but", "or"):
                return None  # "the units remaining in the region and said": the verb goes on another subject
        return None

    def _bracketed_date(self, tokens: list[Token], closing: int) -> int | None:
        """Where a bracketed date after a date begins, given its closing bracket: "on Monday (Apr 28)"."""
        opening = closing - 1
        while opening > 0 and tokens[opening].text != "(" and closing - opening <= _BRACKETED_DATE_TOKENS:
            opening -= 1
        if opening <= 0 or tokens[opening].text != "(" or not self._is_date(tokens[opening - 1]):
            return None
        return opening if _BRACKETED_DATE.fullmatch(self.text, tokens[opening].start, tokens[closing].end) else None

    def _by_after_participle(self, tokens: list[Token], index: int) -> int | None:
        """The index of the "by" after a lower-case participle at ``tokens[index]``, past a date
        between them ("carried by", "released on Tuesday by"); else None."""
        if not (tokens[index].text.islower() and tokens[index].lower.endswith("ed")):
            return None
        by = index + 1
        while by < len(tokens) and (tokens[by].lower in ("on", "in") or self._is_date(tokens[by])):
            by += 1
        return by if by < len(tokens) and tokens[by].lower == "by" else None

    def _citing_aside(self, tokens: list[Token], comma: int) -> int | None:
        """The index of the comma opening ", citing the NIS,", ", carried by KCNA,", ", aged 20,", ", born in 2005,",
        ", published on the Kremlin website," after a document, or
        ", speaking on condition of anonymity," (", wiping away tears,") when ``tokens[comma]`` closes it."""
        for index in range(comma - 1, max(0, comma - _APPOSITION_REACH) - 1, -1):
            if tokens[index].text == ",":
                opener, following = tokens[index + 1], tokens[index + 2]
                carried = self._by_after_participle(tokens, index + 1) is not None
                doing = (opener.text.islower() and opener.lower.endswith("ing") and opener.lower not in self.lexicon.lemmas
                         and opener.lower not in _ING_PREPOSITIONS)
                aged = opener.lower == "aged" and following.text[:1].isdigit()  # "One of the soldiers, aged 20, told"
                born = opener.lower == "born" and following.lower == "in"  # "One of the men, born in 2005, told"
                published = (opener.lower in _PUBLISHED and following.lower in _ADVERBIAL_PREPOSITIONS | {"late", "last", "earlier"}
                             and index > 0 and tokens[index - 1].lower in self.words.document)  # "The statement, published on the Kremlin website, said"
                return index if opener.lower in ("citing", "quoting", "asked") or carried or doing or aged or born or published else None
        return None

    def _cited_instead(self, cue: _Cue, index: int) -> bool:
        """", citing the Russian Foreign Ministry": the statement is the cited source's."""
        index = self._after_recipient(cue, index)
        if index + 1 < len(cue.tokens) and cue.tokens[index].text == ",":
            index += 1
        if index < len(cue.tokens) and cue.tokens[index].lower in ("citing", "quoting"):
            cited = self._right_phrase(cue.tokens, index + 1)
            sources = self._sources(cue, cited) if cited else []
            if sources and all(self._specific(source) for source in sources):  # not "citing a memo found on a soldier"
                citing = cue.tokens[index]
                self._consumed.add((cue.sentence.index, index))
                cue.speaker, cue.sources, cue.start, cue.end = cited, sources, citing.start, citing.end
        return True

    def _opens_clause(self, tokens: list[Token], index: int) -> bool:
        """Whether the reported clause begins at ``tokens[index]``, after who was told: "told
        reporters the NIS had ...", "told lawmakers Russia would ..."."""
        token, previous = tokens[index], tokens[index - 1]
        return (token.lower in self.words.determiners or token.lower in self.lexicon.auxiliaries or token.lower in _QUESTION_WORDS
                or token.lower in _SUBJECT_PRONOUNS  # "told Fox News Digital it was made ..."
                or token.text[0].isupper() and previous.text.islower() and previous.lower not in self.words.determiners
                and previous.lower not in self.words.media  # "told South Korean broadcaster KBS": its name
                and previous.lower not in self.words.titles)  # "told my colleague Daniel Brenner": who was told

    def _after_recipient(self, cue: _Cue, index: int) -> int:
        """The index after "told reporters", "told a regular briefing": who was told, and dates."""
        tokens = cue.tokens
        if cue.lemma in ("tell", "brief", "assure"):  # "told reporters", "briefed lawmakers", "assured his hosts"
            stop = index
            while (stop < len(tokens) and stop - index < 6 and tokens[stop].is_word and tokens[stop].lower != "that"
                   and tokens[stop].lower not in _PREPOSITIONS and not self._is_date(tokens[stop])
                   and not (stop > index and (self._opens_clause(tokens, stop) or tokens[stop].text[0].isdigit()))):  # "told me | 300 men had died"
                stop += 1
                if tokens[stop - 1].text in _OBJECT_PRONOUNS:
                    break  # "told me | air defence remains his priority": a pronoun is all who was told
            if stop > index:
                cue.end = tokens[stop - 1].end
                index = stop
                if index < len(tokens) and tokens[index].lower in _PREPOSITIONS:
                    that = next((i for i in range(index, min(len(tokens), index + _RECIPIENT_REACH)) if tokens[i].lower == "that"), None)
                    if that is not None and all(t.is_word and t.lower not in self.lexicon.lemmas for t in tokens[index:that]):
                        index = that  # "told relatives of the dead at a ceremony on Aug. 22 | that ..."
        while index < len(tokens) and self._is_date(tokens[index]):
            index += 1
        return index

    def _reads_as_noun(self, tokens: list[Token], cue: _Cue, left: tuple[int, int]) -> bool:
        """Whether "reports", "claims", "estimates" is a noun here: "media reports suggesting",
        "Intelligence reports indicate" (a generic word before it), "claims of", "reports from",
        "Pentagon estimate comes after" (a verb after it)."""
        following = tokens[cue.last].lower if cue.last < len(tokens) else ""
        word = tokens[left[0]]
        if word.lower in self.words.group and word.lower.endswith("s") and not tokens[cue.first].lower.endswith("s"):
            return False  # "Analysts estimate that": people, and the verb that agrees with them
        if left[1] - left[0] == 1 and word.lower in self.lexicon.person_pronouns | self.lexicon.plural_pronouns | self.lexicon.first_person_subjects:
            return False  # "she estimates", "we estimate": a pronoun is the subject, not a modifier
        if left[1] == cue.first and _POSSESSIVE_END.search(tokens[left[1] - 1].text):
            return True  # "the institute's estimate was ...": whose estimate, not who estimates
        generic = word.lower in self.words.organisation | self.words.media | self.words.group | self.words.document
        bare_modifier = left[1] - left[0] == 1 and (word.text.islower() or generic) and left[1] == cue.first
        if following == "about" and self._number_follows(cue, cue.last):
            following = ""  # "officials estimate about 11,000 troops": the verb and a figure
        return bare_modifier or following.endswith("ing") or following in ("of", "from", "by", "about") or following in self.lexicon.subject_verbs

    def _number_follows(self, cue: _Cue, index: int) -> bool:
        """Whether a number ("11,000", "two million") begins at the token after ``index``."""
        if index + 1 >= len(cue.tokens):
            return False
        start = cue.tokens[index + 1].start
        numbers = find_numbers(self.text, start, min(cue.sentence.end, start + 40))
        return bool(numbers) and numbers[0].start == start

    def _passive(self, cue: _Cue) -> bool:
        """"is thought to", "has been reported by": a form of "be" before the cue, not "-ing"."""
        index = cue.first - 1
        while index >= 0 and cue.tokens[index].lower in self.lexicon.auxiliaries - _BE:
            if cue.tokens[index].lower == "to":
                return False  # "had not been able to confirm": an infinitive, not a passive
            index -= 1
        return index >= 0 and cue.tokens[index].lower in _BE and not cue.tokens[cue.first].lower.endswith("ing")

    def _apposed(self, tokens: list[Token], comma: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """(speaker, apposition) around an apposition: "Lee Seong-kweon, a member of the committee,
        said" (the apposition says who he is), "Ukraine's top commander, Oleksandr Syrskyi, said"
        (a bare name in the apposition is the speaker), "HUR, known by its initials, HUR, said"."""
        opening = comma
        for _ in range(3):  # an apposition may hold a comma or two of its own ("Hartley, 41, who ..., cautioned")
            opening -= 1
            while opening > 0 and comma - opening <= _APPOSITION_REACH and tokens[opening].text != ",":
                opening -= 1
            if opening <= 0 or tokens[opening].text != "," or opening + 1 >= comma:
                return None, None
            if self._ends_a_list(tokens, opening, comma):
                continue  # "Khiari, Assistant Secretary-General for the Middle East, Asia and the Pacific, said"
            first = tokens[opening + 1]
            number = opening + 2 if first.lower in ("now", "aged") else opening + 1  # "One of them, now 26, told"
            age = number + 1 <= comma and tokens[number].text.isdigit() and len(tokens[number].text) <= 3 and tokens[number + 1].text == ","  # "Kim, 41, told Putin"
            placed = first.lower == "in" and tokens[opening - 1].lower in self.words.placed_sources  # "a second source, in Ryanggang province, told"
            if first.lower in _ASIDE_OPENERS and not placed:
                name = self._left_phrase(tokens, opening)  # "Sergei Shoigu, on his second visit to Pyongyang, said"
                return (name, None) if name is not None and self.resolver.resolve(tokens[name[0]:name[1]]) else (None, None)
            if not (first.lower in self.words.determiners | _APPOSITION_OPENERS or self._np_word(first) or age or placed):
                return None, None
            inner = (opening + 1, comma)
            run_end = next((i for i in range(opening + 1, comma) if not tokens[i].text[0].isupper()), comma)
            if run_end == comma or run_end - opening > 2 and tokens[run_end].lower in ("of", "from"):  # "The lawmaker, Park Ji-hoon of the ruling party, told"
                sources = self.resolver.resolve(tokens[opening + 1:comma])
                titled = any(t.lower in self.lexicon.np_words for t in tokens[opening + 1:comma])
                if sources and sources[0].type == PERSON and (not titled or " " in sources[0].canonical):
                    # a name: "Ukraine's top commander, Oleksandr Syrskyi, said", "..., Lieutenant General Tadeusz Kalinowski, has said"
                    return inner, self._left_phrase(tokens, opening)
            if self.resolver.names_a_body(tokens[opening + 1:comma]):  # "A private think tank in Seoul, the Korea Institute for ..., estimated"
                sources = self.resolver.resolve(tokens[opening + 1:comma])
                if sources and sources[0].type == ORGANISATION:
                    return inner, self._left_phrase(tokens, opening)
            name = self._left_phrase(tokens, opening)
            a_description = name is not None and (tokens[name[0]].lower in ("a", "an", "the") or tokens[name[0]].lower in self.words.titles)
            if a_description and name[0] >= 2 and tokens[name[0] - 1].text == ",":
                person = self._left_phrase(tokens, name[0] - 1)  # "Han Dong-wook, a senior analyst at X, a think tank, said"
                found = self.resolver.resolve(tokens[person[0]:person[1]]) if person is not None else []
                if found and (tokens[name[0]].lower in ("a", "an") or found[0].type == PERSON):
                    return person, name  # "Adm. Samuel Paparo, the head of ..., who testified alongside him, said"
            if name is not None and (self.resolver.resolve(tokens[name[0]:name[1]]) or self._refers_back(tokens[name[0]:name[1]])
                                     or self._captive(tokens[name[0]:name[1]]) is not None):  # "One of them, a rifleman, told"
                return name, inner  # "The agency, known by its Ukrainian acronym HUR, said"
        return None, None

    def _titled_reference(self, phrase: list[Token], head: str) -> bool:
        """Whether a phrase refers back to a person by a capitalised office and no name: "the
        Kremlin official", "The President", "The Security Council Secretary" (not "the
        Kremlin source", a spokesman, nor an office the gazetteer knows the holder of)."""
        if not (phrase[0].lower == "the" and 2 <= len(phrase) <= 5 and phrase[1].text[:1].isupper()
                and head in self.words.titles | self.words.group and not head.endswith("s")
                and head not in self.words.placed_sources | VOICES):  # "the Pentagon spokesman" speaks as the Pentagon
            return False
        return not any(source.type == PERSON for source in self.resolver.resolve(phrase))

    @staticmethod
    def _ends_a_list(tokens: list[Token], opening: int, comma: int) -> bool:
        """Whether ``tokens[opening + 1:comma]`` is the last item, capitalised, of a list that a
        preposition opens before ``opening``: "for the Middle East, Asia and the Pacific"."""
        if not tokens[opening + 1].text[:1].isupper() or not any(t.lower in ("and", "&") for t in tokens[opening + 1:comma]):
            return False
        start = opening - 1
        while start > 0 and tokens[start].text != ",":
            start -= 1
        return any(t.lower in ("for", "of", "on") for t in tokens[start + 1:opening])

    def _refers_back(self, phrase: list[Token]) -> bool:
        """Whether a phrase is "the" and a body's or group's noun: "the agency", "The ministry"."""
        head = phrase[-1].lower
        return (len(phrase) >= 2 and phrase[0].lower == "the" and all(t.text.islower() for t in phrase[1:])
                and head in self.words.organisation | self.words.group | self.words.titles)

    def _apposition_after(self, tokens: list[Token], index: int) -> tuple[int, int] | None:
        """The apposition after a speaker phrase ending at ``index``: "said Sam Greene, a professor at
        King's College London" (up to the next comma or the sentence's end), or what a source
        knows ("according to a person | familiar with the matter, CONTENT")."""
        if index + 2 < len(tokens) and (tokens[index].lower, tokens[index + 1].lower) in _KNOWING:
            return index, self._phrase_end(tokens, index + 2)
        if index + 1 < len(tokens) and tokens[index + 1].lower in _APPOSITION_ADVERBS:
            index += 1  # "said Dale Ferris, now a fellow at ..."
            if index + 1 >= len(tokens) or tokens[index - 1].text != ",":
                return None
        elif index + 1 >= len(tokens) or tokens[index].text != ",":
            return None
        if tokens[index + 1].lower not in self.words.determiners | {"who", "which"}:
            return None  # "said X, a fellow at Y", "said X, who studies sanctions at Y"
        end = self._phrase_end(tokens, index + 1)
        return (index + 1, end) if end - index > 2 and self._describes(tokens[index + 1:end]) else None

    @staticmethod
    def _phrase_end(tokens: list[Token], index: int) -> int:
        """Where a phrase that starts at ``tokens[index]`` ends: at the next comma, semicolon,
        opening quotation mark or the sentence's end."""
        while index < len(tokens) and tokens[index].text not in _TERMINAL and tokens[index].text not in (",", ";") and tokens[index].text not in _OPENING_QUOTES:
            index += 1
        return index

    def _describes(self, phrase: list[Token]) -> bool:
        """Whether an apposition says what a source is: its head, before any preposition, is a role
        or a body ("a professor of Russian politics", "a Washington-based think tank")."""
        if phrase[0].lower == "which":
            return True  # "According to the NIS, which briefed lawmakers on Dec. 19, CONTENT"
        if phrase[0].lower == "who":
            return self.resolver.relative_affiliation(phrase) != ""
        relative = next((i for i, t in enumerate(phrase) if t.lower in ("who", "which", "that")), len(phrase))
        if any(t.lower in _BE | _HAVE for t in phrase[:relative]):
            return False  # "According to a source, the first group of sappers has arrived, ...": a clause, not who the source is
        cut = next((i for i, t in enumerate(phrase) if t.lower in _NAME_LINKS | _PREPOSITIONS | {"who"}), len(phrase))
        head = [t.lower for t in phrase[:cut] if t.is_word][-2:]
        roles = self.words.independent | self.words.group | self.words.titles | self.words.organisation | self.words.media
        return bool(head) and (head[-1] in roles or " ".join(head) in roles)

    def _nothing_after(self, cue: _Cue) -> bool:
        """Whether the cue ends its statement (an inverted tag: "CONTENT, X said on Monday, in ...")."""
        tokens = cue.tokens
        index = self._skip_adverbials(tokens, self._after_recipient(cue, cue.last))
        if index >= len(tokens):
            return True
        token = tokens[index]
        if any(t.lower == "that" for t in tokens[index:index + 8]) and token.text != ",":
            return False  # "acknowledged for the first time that ..."
        if token.lower == "to" and cue.lemma in self.lexicon.infinitive and index + 1 < len(tokens) and tokens[index + 1].text.islower() \
                and tokens[index + 1].is_word and tokens[index + 1].lower not in self.words.determiners:
            return False  # "At its peak, Kyiv claimed to control ...": the infinitive is the statement
        following = [t.lower for t in tokens[index + 1:index + 3]]
        if token.lower in _PREPOSITIONS and following and (following[0][:1].isdigit() or token.lower == "at" and following[0] in ("least", "most")
                                                           and following[1:] and following[1] not in ("once", "twice")):
            return False  # "Blinken said about 8,000 (at least 8,000) of those troops had reached Kursk": a number's qualifier, not a preposition
        return (token.text in _TERMINAL or token.text in _CLOSING_QUOTES or token.text in (",", ";", "…", "—", "–")
                or token.lower in _PREPOSITIONS | {"as", "while", "citing"})  # "..., NIS says … Kim stages ceremonies", "..., he added — by ..."

    def _same_speaker(self, cue: _Cue) -> bool:
        """", adding that ...", "and vowed that ...": the speaker of the statement before it in the sentence."""
        for other in reversed(self._all_cues[:-1]):
            if other.sentence is not cue.sentence:
                break
            if other.sources and not other.noun:  # not "Moscow's claims that ..."
                cue.sources, cue.speaker, cue.shared = other.sources, other.speaker, True
                cue.tokens = other.tokens
                edge = self._subject_edge(cue.tokens, cue.first)
                if edge and cue.tokens[edge - 1].lower in ("and", "but", "or"):
                    self._participle_starts.setdefault(cue.sentence.index, []).append(cue.tokens[edge - 1].start)
                return True
        subject = self._sentence_subject(cue) if cue.lemma in self.lexicon.clause_lemmas else None  # not "promising to help"
        if subject is None or not all(self._names_someone(source) for source in self._sources(cue, subject)):
            return False  # "Troops advanced, saying nothing", "Fighting intensified, adding to ..."
        return self._credit(cue, subject)

    def _names_someone(self, source: Source) -> bool:
        """An actor of the gazetteer, a body or group, or a person with a full name that is no nationality."""
        if source in self.resolver.gazetteer.known or source.type != PERSON:
            return True
        words = source.canonical.split()
        return len(words) > 1 and not self.resolver.gazetteer.demonyms.matches([key(word) for word in words])

    def _sentence_subject(self, cue: _Cue) -> tuple[int, int] | None:
        """The phrase that opens a participle's sentence, past an opening adverbial ("On Monday,"):
        "Putin thanked Kim, telling him that ...", "Lin declined to comment, saying only that ..."."""
        tokens = cue.tokens
        start = 0
        comma = next((i for i in range(cue.first) if tokens[i].text == ","), None)
        if comma is not None and comma + 1 < cue.first and (tokens[0].text in self.words.clause_openers or self._is_date(tokens[0])):
            start = comma + 1
        phrase = self._right_phrase(tokens, start)
        if phrase is None or phrase[1] >= cue.first - 1:
            return None
        if tokens[phrase[1]].text == ",":  # "Dmitry Peskov, Putin's spokesman, declined ..., saying only that"
            closing = next((i for i in range(phrase[1] + 1, min(cue.first - 1, phrase[1] + _APPOSITION_REACH)) if tokens[i].text == ","), None)
            if closing is None or not tokens[closing + 1].text.islower():
                return None
        elif tokens[phrase[1]].text in (";", ":"):
            return None
        return phrase

    def _credit(self, cue: _Cue, span: tuple[int, int] | None) -> bool:
        if span is None:
            return False
        sources = [self._state_media(source, cue) for source in self._sources(cue, span)]
        if not sources or self.outlet and all(self._is_outlet(source) for source in sources):
            return False  # "..., Ukrinform reports" in Ukrinform's own page: the article's own voice ("ISW assesses" is ISW's claim)
        cue.speaker, cue.sources = span, sources
        text = self._phrase_text(cue.tokens, span)[0]
        for source in sources:
            self.history.append((cue.sentence.index, source, text))
        return True

    def _is_outlet(self, source: Source) -> bool:
        """Whether a source is the document's publisher and a news medium ("Yonhap" in a page of
        "Yonhap News Agency"); a research body's page that cites it ("ISW assesses") states its claims."""
        name = plain_name(source.canonical)
        return source.type == MEDIA and (name == self.outlet or f"{self.outlet} ".startswith(f"{name} "))

    def _cue_follows(self, tokens: list[Token], index: int) -> bool:
        """Whether a reporting verb comes next, past auxiliaries, adverbs and dates ("... said")."""
        while index < len(tokens) and self._between(tokens[index]):
            index += 1
        return index < len(tokens) and tokens[index].lower in self.lexicon.lemmas

    def _previous_sentence(self, cue: _Cue) -> Sentence | None:
        """The sentence of the story before the cue's (page furniture left out); before the quotation
        a tag closes, when that quotation opened in an earlier sentence ('Zelensky spoke. "... . ...,"
        he said': "Zelensky spoke.")."""
        position = self.sentences.index(cue.sentence)
        opened = next((q.start for q in self.quotes if q.start < cue.sentence.start < q.end <= cue.start), None)
        while opened is not None and position and self.sentences[position].start > opened:
            position -= 1
        return self.sentences[position - 1] if position else None

    def _credited_in_previous(self, cue: _Cue) -> bool:
        """Whether anyone was credited in the sentence before the cue's, or earlier in its own."""
        previous = self._previous_sentence(cue)
        return bool(self.history) and previous is not None and self.history[-1][0] >= previous.index

    def _person_opening_previous(self, cue: _Cue) -> Source | None:
        """A person named in full (or described: "A retired colonel") at the start of the sentence
        before, though credited with nothing: the one a "he" or "she" opening the next sentence
        stands for ("For Ruth Altmann, a former official, the case is a test. ... she says")."""
        previous = self._previous_sentence(cue)
        if previous is None or previous.kind != BODY:
            return None
        tokens = previous.tokens(self.text)
        first = 1 if tokens and tokens[0].lower in ("for", "to") else 0
        comma = next((i for i in range(1, min(5, len(tokens))) if tokens[i].text == ","), None)
        if not first and comma is not None and (all(t.text.islower() or self._is_date(t) for t in tokens[1:comma]) or tokens[0].lower in ("in", "at")):
            first = comma + 1  # "Hours later, White House spokesman John Kirby put a number on it.", "In Rome, the Defence Minister ..."
        phrase = self._right_phrase(tokens, first)
        if phrase is None or phrase[1] >= len(tokens) or tokens[phrase[1]].text not in (",",) and not tokens[phrase[1]].text.islower():
            return None
        if tokens[phrase[0]].lower in self.lexicon.first_person | self.lexicon.person_pronouns | self.lexicon.plural_pronouns:
            return None  # "We will not stand idly by." names no one (not the "A. We" of a later answer)
        sources = self.resolver.resolve(tokens[phrase[0]:phrase[1]])
        if len(sources) != 1:
            return None
        named = sources[0].type == PERSON and " " in sources[0].canonical
        described = sources[0].type == GROUP and tokens[phrase[0]].lower in ("a", "an") and not sources[0].canonical.endswith("s")
        return sources[0] if named or described else None  # "A retired U.S. Army colonel ... was blunter. '...,' he told me"

    def _person_introduced_before(self, cue: _Cue) -> Source | None:
        """The one person the sentence before introduces by full name and description, though credited
        with nothing: "Councillors heard from Dr Agnieszka Wróblewska, a political scientist at UWM.
        She told them ..."."""
        previous = self._previous_sentence(cue)
        if previous is None or previous.kind != BODY:
            return None
        tokens = previous.tokens(self.text)
        introduced = []
        for start, end in _capitalised_runs(tokens):
            if (end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower in ("a", "an", "the") and 0 < start < end - 1
                    and not self._in_quotation(tokens[start].start)):
                found = self.resolver.resolve(tokens[start:end])
                introduced += [source for source in found if source.type == PERSON and " " in source.canonical]
        return introduced[0] if len(introduced) == 1 else None

    def _last_person_named(self, tokens: list[Token]) -> Source | None:
        """The last person of the gazetteer that ``tokens`` name."""
        people = [found for _, _, found in self.resolver.gazetteer.aliases.matches([key(t.text) for t in tokens]) if found.type == PERSON]
        return people[-1] if people else None

    def _person_named_just_before(self, cue: _Cue, before: int) -> Source | None:
        """The person of the gazetteer a pronoun follows when nobody was credited yet: the last one
        named earlier in its sentence or in the sentence before ("Vladimir Putin visited a command
        post. He ordered commanders to ...")."""
        previous = self._previous_sentence(cue)
        return self._last_person_named((previous.tokens(self.text) if previous is not None else []) + cue.tokens[:before]) \
            or self._last_name_written(cue.tokens[:before])

    def _last_name_written(self, tokens: list[Token]) -> Source | None:
        """The last person a run of capitalised words names inside ``tokens``, the gazetteer's or not:
        "When Kim Hyuk watched the video ..., | he said"."""
        for start, end in reversed(_capitalised_runs(tokens)):
            run = tokens[start + (tokens[start].text in self.words.clause_openers):end]  # not "When"
            found = self.resolver.resolve(run) if len(run) > 1 and not affiliation_of(run) else []  # not "the North Korean Army"
            if len(found) == 1 and found[0].type == PERSON and found[0].canonical == self.text[run[0].start:run[-1].end]:
                return found[0]  # a name as written, not "New Malden High Street"
        return None

    def _note_speaker(self, cue: _Cue) -> None:
        """Keep a named person who declined to speak as the one a later "he" or "she" stands for."""
        edge = self._subject_edge(cue.tokens, cue.first)
        left = self._left_phrase(cue.tokens, edge) if edge else None
        if left is None:
            return
        for source in self._sources(cue, left):
            if source.type == PERSON:
                self.history.append((cue.sentence.index, source, self._phrase_text(cue.tokens, left)[0]))

    def _asked_only(self, cue: _Cue) -> bool:
        """A refusal to tell: a negated or declined cue before a question word ("would not say whether")."""
        following = [t.lower for t in cue.tokens[cue.last:cue.last + 3] if t.is_word]
        told = following[1:2] if cue.lemma == "tell" else following[:1]  # "did not tell reporters how many"
        return bool(told) and told[0] in _QUESTION_WORDS and self._declined(cue)

    def _declined(self, cue: _Cue) -> bool:
        """Whether a cue is negated or declined ("has not commented", "declined to comment", "Neither
        Seoul nor Kyiv has said how")."""
        before = [t.lower for t in cue.tokens[max(0, cue.first - 4):cue.first]]
        return any(word in self.lexicon.negations or word.endswith("n't") or word in ("declined", "refused", "no", "nor") for word in before)

    def _state_media(self, source: Source, cue: _Cue) -> Source:
        """"state media reported" with no country: the state of the leader or government its
        sentence names ("Kim has ordered ..., state media reported": North Korean state media)."""
        if source.type != MEDIA or not source.canonical.startswith(("state ", "state-")) or source.affiliation not in ("", "independent"):
            return source
        keys = [key(t.text) for t in cue.tokens]
        named = [found for _, _, found in self.resolver.gazetteer.aliases.matches(keys)]
        named += [self.resolver.named_before(t) for t in cue.tokens if t.text[:1].isupper() and t.is_word]  # "Kim" after "Kim Jong Un"
        states = [found.affiliation for found in named
                  if found is not None and found.type in (PERSON, GOVERNMENT) and found.affiliation not in ("", "independent")]
        adjective = self.resolver.gazetteer.adjectives.get(states[0]) if states else None
        return Source(f"{adjective} {source.canonical}", MEDIA, states[0]) if adjective else source

    def _speaker_text(self, cue: _Cue) -> tuple[str, int, int]:
        return self._phrase_text(cue.tokens, cue.speaker) if cue.speaker else ("", cue.start, cue.start)

    # --- content --------------------------------------------------------------------------------
    def _skip_adverbials(self, tokens: list[Token], index: int) -> int:
        """The index after what may stand between a cue and its content: dates, adverbs, "in a
        statement", "to reporters", ", based on U.S. intelligence,"."""
        while index < len(tokens):
            token = tokens[index]
            if self._is_date(token) or token.lower.endswith("ly") and token.is_word and token.text[0].islower() or token.text in _TIME_ADVERBS:
                index += 1  # "said afterward that ..."
            elif token.lower in _ADVERBIAL_PREPOSITIONS:
                stop = self._next(tokens, index + 1, ("that", ","), 7)
                if stop is None:
                    return index
                index = stop
            elif token.text == ",":
                following = tokens[index + 1] if index + 1 < len(tokens) else None
                if following is None or following.lower == "that" or following.text in _OPENING_QUOTES or following.lower in self.lexicon.participles:
                    return index
                stop = self._next(tokens, index + 1, (",",), 10)
                if stop is None:
                    return index
                index = stop + 1
            else:
                return index
        return index

    def _next(self, tokens: list[Token], index: int, targets: tuple[str, ...], reach: int) -> int | None:
        """The index of the first of ``targets`` within ``reach`` tokens, if no quotation, "that" or cue comes first."""
        for position in range(index, min(len(tokens), index + reach)):
            token = tokens[position]
            if token.lower in targets:
                return position
            noun = position > 0 and tokens[position - 1].lower in self.words.determiners  # "in a report last week that"
            if token.text in _OPENING_QUOTES or token.lower == "that" or token.lower in self.lexicon.lemmas and not noun:
                return None
        return None

    def _clause_end(self, sentence: Sentence, start: int, limit: int | None = None) -> int:
        """Where the content starting at ``start`` ends: its sentence's end or an earlier clause break."""
        end = sentence.end if limit is None else min(limit, sentence.end)
        match = _CLAUSE_BREAK.search(self.text, start, end)
        if match is not None:
            end = match.start()
        for quote in self.quotes:
            if start < quote.start < end and quote.start in self._direct_openings:
                end = quote.start
        for other in self._breaks.get(sentence.index, ()):
            if start < other < end:
                end = other  # the next statement of the sentence begins
        inside = next((q for q in self.quotes if q.inner_start <= start < q.inner_end), None)
        if inside is not None:
            end = min(end, inside.inner_end)
        marks = _FOOTNOTE_MARKS.search(self.text, start, end)
        if marks is not None:
            end = marks.start()  # "... several positions.[12]"
        while end > start and (self.text[end - 1] in _TERMINAL + ",;: " or self.text[end - 1].isspace()):
            end -= 1
        trailing = _TRAILING_CONJUNCTION.search(self.text, start, end)
        return trailing.start() if trailing and trailing.start() > start else end

    def _content(self, cue: _Cue) -> tuple[int, int] | None:
        """The span of an indirect statement's content."""
        tokens, sentence = cue.tokens, cue.sentence
        form = self.text[cue.start:cue.end].lower()
        if form in self.lexicon.according_to or cue.lemma == _FOR or cue.inverted:
            return self._content_around(cue)
        index = cue.last
        if cue.fronted:
            index = self._skip_adverbials(tokens, index)  # "After denying for months that ..."
            end = self._closing_comma(cue, tokens[index].start) if index < len(tokens) else None
            return (tokens[index].start, end) if end is not None and end > tokens[index].start else None
        if cue.speaker is not None and cue.speaker[0] >= cue.last:
            index = cue.speaker[1]  # after "by X", "cited X", "reports from X"
        index = self._skip_adverbials(tokens, self._after_recipient(cue, index))
        if cue.passive and (index >= len(tokens) or tokens[index].lower != "that"):
            end = index
            while end < len(tokens) and tokens[end].text not in _TERMINAL and tokens[end].text != ",":
                end += 1
            return tokens[0].start, tokens[end - 1].end  # "This was stated by Zelensky in his evening address on Sunday"
        if (index >= len(tokens) or tokens[index].text in _TERMINAL) and cue.speaker is not None and cue.speaker[0] < cue.first:
            if cue.lemma in ("tell", "brief"):
                return None  # "who briefed reporters afterward": who was told, and nothing said
            if cue.lemma in self.lexicon.sign_offs and (cue.speaker[0] == 0 or tokens[cue.speaker[0] - 1].text == ","):
                return None  # "Kim So-yeon reports.", "Our correspondent in Seoul, Kondo Takashi, reports.": a hand-over
            first = self._noun_phrase_start(tokens, cue.speaker[0]) if self._reduced_relative(tokens, cue.speaker[0]) else cue.speaker[0]
            return tokens[first].start, self._clause_end(sentence, tokens[first].start)  # "Pyongyang has never acknowledged", "a claim Kyiv disputes"
        if cue.lemma == "cite" and index < len(tokens) and tokens[index].lower == "by":
            citer = self._right_phrase(tokens, index + 1)  # "Kim was quoted by KCNA as saying ..."
            index = self._skip_adverbials(tokens, citer[1]) if citer is not None else index
        as_saying = cue.lemma == "cite" and [t.lower for t in tokens[index:index + 2]] in (["as", "saying"], ["as", "telling"], ["as", "stating"])
        if as_saying:
            index = self._skip_adverbials(tokens, index + 2)  # "cited Zelensky as saying that ..."
        if index + 1 < len(tokens) and tokens[index].text == "," and tokens[index + 1].lower == "that":
            index += 1  # "reported, citing the JCS, that ..."
        if index < len(tokens) and tokens[index].lower == "it":
            that = next((i for i in range(index + 2, min(len(tokens), index + 5)) if tokens[i].lower == "that"), None)
            if that is not None and all(t.is_word and t.text.islower() and t.lower not in self.lexicon.auxiliaries for t in tokens[index + 1:that]):
                index = that  # "judges it almost certain that ...": what is judged begins at "that"
        if cue.lemma == "cite" and index + 1 < len(tokens) and tokens[index].text == "," and tokens[index + 1].lower in self.lexicon.participles:
            self._consumed.add((sentence.index, index + 1))
            index = self._skip_adverbials(tokens, index + 2)  # "cited Zelensky on Monday, stating that ..."
        if index >= len(tokens) or tokens[index].text in _TERMINAL:
            return None
        if tokens[index].text in ",:" and cue.lemma in self.lexicon.clause_lemmas and index + 1 < len(tokens) and tokens[index + 1].is_word:
            index += 1  # "As the Secretary said on Friday, 8,000 North Korean troops had ...", "The minister said: the army ..."
        if cue.noun and tokens[index].lower != "that":
            return None  # "reports from U.S. officials" with no reported clause
        if cue.lemma in ("tell", "brief") and tokens[index].lower in _ADVERBIAL_PREPOSITIONS | {"behind"} \
                and len(tokens) - index <= _SETTING_WORDS and not any(t.lower == "that" or t.text in _OPENING_QUOTES for t in tokens[index:]):
            return None  # "briefed lawmakers behind closed doors on Monday": where and when, and nothing said
        relative = self._relative_pronoun(cue)
        if cue.speaker is not None and 0 < cue.speaker[0] < cue.first and self._reduced_relative(tokens, cue.speaker[0]):
            start = tokens[self._noun_phrase_start(tokens, cue.speaker[0])].start  # "the 11,000 soldiers Kyiv says are fighting"
        elif tokens[index].lower == "that" or (cue.lemma in self.lexicon.clause_lemmas or as_saying) and tokens[index].is_word:
            start = tokens[index].start
        elif cue.lemma in self.lexicon.clause_lemmas and tokens[index].text in _OPENING_QUOTES and index + 1 < len(tokens) and tokens[index + 1].is_word:
            start = tokens[index].start  # 'Rybar says "Korean comrades" are digging in': the clause opens with a quoted phrase
        elif relative is not None:
            start = tokens[relative].start  # "Kim, who has never acknowledged sending troops, ..."
        else:
            first = cue.speaker[0] if cue.speaker is not None and cue.speaker[0] < cue.first and not cue.shared else cue.first
            start = tokens[first].start
        limit = self._closing_comma(cue, start) if relative is not None or self._in_opening_clause(cue) else None
        end = self._clause_end(sentence, start, limit)
        return (start, end) if end > start else None

    def _relative_pronoun(self, cue: _Cue) -> int | None:
        """The index of "who"/"which" when the cue is the verb of a relative clause on its speaker."""
        tokens = cue.tokens
        if cue.speaker is None or cue.speaker[1] > cue.first or cue.shared:
            return None
        edge, relative = self._skip_between(tokens, cue.first)
        if not relative:
            return None
        return next(i for i in range(edge, cue.first) if tokens[i].lower in ("who", "which"))

    def _in_opening_clause(self, cue: _Cue) -> bool:
        """Whether the cue's subject opens a subordinate clause at the sentence's start ("By the
        time Russia's Defense Ministry claimed the recapture of Sudzha, ... soldiers had rotated")."""
        speaker = cue.speaker
        return speaker is not None and 0 < speaker[0] <= 5 and speaker[0] < cue.first and cue.tokens[speaker[0] - 1].lower in _SUBORDINATORS

    def _closing_comma(self, cue: _Cue, start: int) -> int | None:
        """Where the clause holding the cue ends: the first comma after the cue and ``start``."""
        comma = next((t for t in cue.tokens[cue.last:] if t.text == "," and t.start >= start), None)
        return comma.start if comma is not None else None

    @staticmethod
    def _is_lead_in(before: str) -> bool:
        """Whether the words before a tag only lead in the statement after it: "In exchange",
        "Meanwhile", "So far" (not its subject: "Russian commanders, it added, were ...")."""
        words = before.split()
        return 0 < len(words) <= _LEAD_IN_WORDS and (words[0].lower() in _PREPOSITIONS | _LEAD_IN_ADVERBS or words[0].lower().endswith("ly"))

    def _content_around(self, cue: _Cue) -> tuple[int, int] | None:
        """Content before an inverted tag ("CONTENT, X said") or beside "according to"."""
        tokens, sentence = cue.tokens, cue.sentence
        tag_start = cue.tag_start if cue.tag_start is not None else tokens[min(cue.first, cue.speaker[0] if cue.speaker else cue.first)].start
        clause_start = max(sentence.start, self.text.rfind(";", sentence.start, tag_start) + 1)
        before = self.text[clause_start:tag_start].strip(" ,")  # "...; today, HUR says, the units ..."
        tag_end = max(cue.end, tokens[cue.speaker[1] - 1].end if cue.speaker else cue.end)
        after_tag = self.text[tag_end:sentence.end]
        if cue.inverted and self._is_lead_in(before) and after_tag.lstrip().startswith(",") and len(after_tag.split()) > _LEAD_IN_WORDS:
            start = tag_end + len(after_tag) - len(after_tag.lstrip()) + 1  # "In exchange, the NIS said, Russia appears to ..."
            while start < sentence.end and self.text[start].isspace():
                start += 1
            end = self._clause_end(sentence, start)
            return (start, end) if end > start else None
        interrupted = _INTERRUPTED.match(after_tag)
        if (cue.inverted and interrupted and before and len(before.split()) <= _SUBJECT_WORDS and before[0] not in _OPENING_QUOTES
                and interrupted[1] not in self.lexicon.participles
                and not any(word in self.lexicon.auxiliaries for word in before.lower().split())):
            # "One of them, he said, told interrogators that ...": the tag stands inside one statement
            start = clause_start + len(self.text[clause_start:tag_start]) - len(self.text[clause_start:tag_start].lstrip(" ,"))
            end = self._clause_end(sentence, tag_end + interrupted.start(1))
            return (start, end) if end > start else None
        if before and not before.endswith(tuple(_OPENING_QUOTES)) and len(before.split()) > 1 and not _OPEN_LEAD_IN.search(before):
            start = after_line_label(self.text, sentence.start, tag_start)  # "Watch: North Korean troops are adapting, soldiers say"
            for match in re.finditer(r";", self.text[sentence.start:tag_start]):
                start = sentence.start + match.end()
            while start < tag_start and self.text[start] in " \"“‘•▪◦·":
                start += 1  # nor a bullet: "• At least 14 civilians ..., according to ..."
            end = tag_start
            while end > start and self.text[end - 1] in " ,":
                end -= 1
            if end > start and self.text[end - 1] in _CLOSING_QUOTES and self.text[start - 1:start] not in _OPENING_QUOTES:
                pass
            return (start, end) if end > start else None
        described = cue.described[1] if cue.described and cue.described[1] < len(tokens) and tokens[cue.described[1]].text == "," else None
        if described is not None:  # "According to ISW, a Washington-based think tank, CONTENT"
            after = tokens[described].end
        elif cue.speaker and (closing := self._relative_clause_end(tokens, cue.speaker[1])) is not None:
            after = tokens[closing].end  # "According to Rep. Park, who sits on the committee, CONTENT"
        else:
            after = tokens[cue.speaker[1]].start if cue.speaker and cue.speaker[1] < len(tokens) else cue.end
        while after < sentence.end and self.text[after] in " ,":
            after += 1
        end = self._clause_end(sentence, after)
        return (after, end) if end > after else None

    @staticmethod
    def _relative_clause_end(tokens: list[Token], index: int) -> int | None:
        """The comma that closes ", who ... ," or ", which ... ," opening at ``tokens[index]``, or a
        restrictive "who ... ," ("According to officials who spoke on condition of anonymity, ...")."""
        if index < len(tokens) and tokens[index].lower == "who":
            return next((i for i in range(index + 1, len(tokens)) if tokens[i].text == ","), None)
        if index + 1 >= len(tokens) or tokens[index].text != "," or tokens[index + 1].lower not in ("who", "which"):
            return None
        return next((i for i in range(index + 2, len(tokens)) if tokens[i].text == ","), None)

    def _resumed_after_tag(self, cue: _Cue, content: tuple[int, int]) -> tuple[int, int] | None:
        """The rest of a statement whose tag stands inside it: "North Korean soldiers have
        returned, Ukrainian commanders say, and are now spearheading assaults"."""
        if content[1] > cue.start or not cue.speaker:
            return None
        tag_end = max(cue.end, cue.tokens[cue.speaker[1] - 1].end)
        resumed = _RESUMED.match(self.text, tag_end, cue.sentence.end)
        if resumed is None:
            return None
        end = self._clause_end(cue.sentence, resumed.end())
        return (resumed.end(), end) if end > resumed.end() else None

    # --- quotations -----------------------------------------------------------------------------
    def _quote_tag(self, quote: Quote, cues: list[_Cue], previous: Attribution | None) -> tuple[_Cue | None, Attribution | None]:
        """The cue that tags a quotation (after it, before it, or the statement it goes on)."""
        inner = self.text[quote.inner_start:quote.inner_end].strip()
        if len(inner.split()) < 2 and not self._names_its_object(quote, cues):
            return None, None  # a word in quotation marks, not a quotation
        following = _BRACKETED_ASIDE.sub("", self.text[quote.end:quote.end + 120], count=1)
        closing = quote.end - 1
        for cue in cues:
            if cue.start >= quote.end and cue.sources and quote.closed and cue.sentence.start <= closing < cue.sentence.end:
                between = self.text[quote.end:cue.start]
                phrase_first = min(cue.speaker[0], cue.described[0]) if cue.speaker and cue.described else cue.speaker[0] if cue.speaker else None
                speaker_first = cue.tokens[phrase_first].start if phrase_first is not None else cue.start  # '"...," the founder, Mart Kask, told
                if cue.shared or speaker_first < quote.end:
                    break  # ", saying ..." after a quotation goes on the statement before it
                gap = _BRACKETED_ASIDE.sub("", self.text[quote.end:min(speaker_first, cue.start)], count=1)  # '"...” (“Это наше дело”), Putin told'
                if gap.strip(" ,") in ("", "as") and (inner.endswith(tuple(",.!?…—-")) or following.lstrip().startswith(",")):
                    return cue, None  # '"...," X said', '"...," as one officer put it'
                if cue.lemma == "cite" and speaker_first > cue.start and _CITER.fullmatch(gap):
                    return cue, None  # '"...," Yoon quoted the agency as saying': the agency's words
                if len(between) > 0:
                    break
        before = [cue for cue in cues if cue.end <= quote.start and cue.sources]
        if before:
            cue = before[-1]
            gap = self.text[cue.end:quote.start]
            tail = self.text[quote.end:cue.sentence.end].strip()
            tags_directly = re.fullmatch(r"(?:\s+\w+ly|\s+with \w+|\s+on \w+|\s+in a \w+(?: \w+)?|\s+to \w+(?: \w+)?)*\s*[,:]\s*", gap) is not None
            runs_to_end = tail == "" or all(ch in _TERMINAL for ch in tail)
            if tags_directly and runs_to_end:
                return cue, None
            if gap.rstrip().endswith((",", ":")) and runs_to_end:
                return cue, None  # "X added that ..., "..."" : the quotation goes on the same statement
            following = cue.tokens[cue.last].lower if cue.last < len(cue.tokens) else ""
            if (cue.lemma in self.lexicon.naming and following not in ("on", "upon", "for")
                    and cue.sentence.start <= quote.start < cue.sentence.end and not self._has_that(cue, quote)):
                return cue, None  # "calling the deployment a "major escalation""
            if cue.lemma == "tell" and _TOLD_TO.fullmatch(gap):
                return cue, None  # 'told reporters on Tuesday to "address your questions to the ministry"'
        sentence = next((s for s in self.sentences if s.start <= quote.start < s.end), None)
        if previous is not None and sentence is not None and quote.start <= sentence.start + 1 \
                and (sentence.index - previous.sentence <= 2 or self._goes_on(quote)):
            return None, previous  # the next paragraph of a quotation left open ("...\n"Canada stands with Ukraine.")
        return None, None

    def _goes_on(self, quote: Quote) -> bool:
        """Whether ``quote`` opens the paragraph after one whose quotation was left open."""
        before = [q for q in self.quotes if q.end <= quote.start]
        return bool(before) and not before[-1].closed and self.text[before[-1].end:quote.start].strip() == ""

    def _direct(self) -> None:
        """Every quotation with a tag becomes a direct statement."""
        previous: Attribution | None = None
        for quote in self.quotes:
            if quote.start in self._labelled_quotes:
                continue
            cues = [c for c in self._all_cues if c.sentence.start <= quote.end + 1
                    and (quote.start <= c.sentence.end + 1 or self._introduces(c.sentence, quote))]
            cue, resumed = self._quote_tag(quote, cues, previous)
            if cue is None and resumed is None:
                continue
            end = self._quoted_end(quote)
            sentence = next(s.index for s in self.sentences if s.start <= quote.start < s.end)
            if cue is not None:
                cue.quoted = cue.quoted or cue.end <= quote.start and self.text[cue.end:quote.start].rstrip().endswith((",", ":")) and not self._has_that(cue, quote)
                if cue.start >= quote.end or not self._has_that(cue, quote):
                    cue.quoted = True
                speaker, s_start, s_end = self._speaker_text(cue)
                for source in cue.sources:
                    row = Attribution(quote.inner_start, end, self.text[cue.start:cue.end], cue.start, cue.end,
                                      speaker, s_start, s_end, source, DIRECT, sentence)
                    self.rows.append(row)
                    previous = row
                self._direct_openings.add(quote.start)
            else:
                row = Attribution(quote.inner_start, end, resumed.cue, resumed.cue_start, resumed.cue_end,
                                  resumed.speaker, resumed.speaker_start, resumed.speaker_end, resumed.source, DIRECT, sentence)
                self.rows.append(row)
                previous = row

    def _quoted_end(self, quote: Quote) -> int:
        """Where a quotation's words end, before the white space inside its closing mark."""
        end = quote.inner_end
        while end > quote.inner_start and self.text[end - 1].isspace():
            end -= 1
        return end

    def _quote_labels(self) -> None:
        """A quotation handed to its speaker by a label line: 'Quote from the SSO: "..."' (the SSO),
        'Quote: "..."' (whom the "Source:" line above it names, else the source last credited)."""
        self._labelled_quotes: set[int] = set()
        starts = {quote.start: quote for quote in self.quotes}
        for label in self.lexicon.quote_label.finditer(self.text):
            quote = starts.get(label.end())
            sentence = next((s for s in self.sentences if s.start <= label.start() < s.end), None)
            if quote is None or sentence is None:
                continue
            sources, who = self._label_speakers(sentence, label)
            if not sources:
                continue
            end = self._quoted_end(quote)
            for source in sources:
                self.rows.append(Attribution(quote.inner_start, end, label.group("cue"), label.start("cue"), label.end("cue"),
                                             self.text[who[0]:who[1]], who[0], who[1], source, DIRECT, sentence.index))
                self.history.append((sentence.index, source, self.text[who[0]:who[1]]))
            self._labelled_quotes.add(quote.start)

    def _label_speakers(self, sentence: Sentence, label: re.Match) -> tuple[list[Source], tuple[int, int]]:
        """Whom a quotation label names, as a speaker phrase read in its sentence; for a bare
        "Quote:", the speaker of the "Source:" line above it, else the source last credited.
        With them, the span of the words that name them (the label's own where none do)."""
        if label.group("who") is None:
            above = list(self.lexicon.source_label.finditer(self.text, 0, label.start()))
            if above and self.text.count("\n\n", above[-1].end(), label.start()) <= 2:
                tokens = tokenize(self.text, *above[-1].span("who"))
                named = next((i for i, t in enumerate(tokens) if t.lower in _PREPOSITIONS or t.text == ","), len(tokens))
                found = self.resolver.resolve(tokens[:named])  # "Zelenskyy on Telegram": Zelenskyy
                if found:
                    return found, (tokens[0].start, tokens[named - 1].end)
            return [self.history[-1][1]] if self.history else [], label.span("cue")
        tokens = sentence.tokens(self.text)
        first = next(i for i, t in enumerate(tokens) if t.start >= label.start("who"))
        last = next(i for i, t in enumerate(tokens) if t.start >= label.end("who"))
        comma = next((i for i in range(first, last) if tokens[i].text == ","), last)  # "Anton Hrushetskyi, Executive Director of KIIS"
        cue_end = next(i for i, t in enumerate(tokens) if t.start >= label.end("cue"))
        cue = _Cue(sentence, tokens, 0, cue_end, "quote", label.start("cue"), label.end("cue"), speaker=(first, comma),
                   inverted=True, described=(comma + 1, last) if comma + 1 < last else None)
        return self._sources(cue, (first, comma)), label.span("who")

    def _block_quotations(self) -> None:
        """A tag that ends its line in a colon, with nothing said before it, quotes the next line
        unmarked: "Zelensky wrote on X on Saturday:" above the post, "Foreign Secretary David Lammy
        said:" above his words in a press release. The quotation is that line, a direct statement."""
        for cue in self._all_cues:
            if not cue.sources or cue.quoted or cue.inverted or cue.noun:
                continue
            colon = cue.tokens[-1]
            block = _BLOCK_AFTER.match(self.text, colon.end) if colon.text == ":" and self._only_setting(cue) else None
            if block is None or self._in_quotation(cue.start):
                continue
            start, end = block.span(1)
            sentence = next((s for s in self.sentences if s.start <= start < s.end), None)
            if sentence is None or sentence.index != cue.sentence.index + 1:
                continue  # the next line is furniture, or not the next sentence
            speaker, s_start, s_end = self._speaker_text(cue)
            self.rows.extend(Attribution(start, end, self.text[cue.start:cue.end], cue.start, cue.end,
                                         speaker, s_start, s_end, source, DIRECT, sentence.index) for source in cue.sources)
            cue.quoted = True

    def _only_setting(self, cue: _Cue) -> bool:
        """Whether all between a cue and the colon that ends its sentence is where and when, with at
        most a short object before it: "wrote on X on Saturday:", "announced the capture in a post on X:"."""
        setting = cue.tokens[self._after_recipient(cue, cue.last):-1]
        if setting and setting[0].lower in ("the", "a", "this"):
            where = next((i for i, t in enumerate(setting[:4]) if t.lower in _ADVERBIAL_PREPOSITIONS), len(setting))
            setting = setting[where:] if where <= 3 else setting  # "the capture", "the following"
        opens = not setting or setting[0].lower in _ADVERBIAL_PREPOSITIONS or self._is_date(setting[0])
        return opens and not any(t.lower == "that" or t.lower in self.lexicon.lemmas or not t.is_word for t in setting)

    def _names_its_object(self, quote: Quote, cues: list[_Cue]) -> bool:
        """Whether a one-word quotation is what a source called something: 'praised the soldiers as
        "heroes"', 'praised the troops' "heroism"' (a few words between, no clause)."""
        return any(cue.lemma in self.lexicon.naming and cue.sources and cue.end <= quote.start
                   and cue.sentence.start <= quote.start < cue.sentence.end
                   and _NAMED_OBJECT.fullmatch(self.text, cue.end, quote.start) for cue in cues)

    def _introduces(self, sentence: Sentence, quote: Quote) -> bool:
        """Whether a sentence ending in a colon introduces a quotation that opens the next paragraph
        ("The governor wrote in his Telegram channel:" above "“Overnight the enemy ...”")."""
        between = self.text[sentence.end:quote.start]
        return self.text[sentence.start:sentence.end].rstrip().endswith(":") and not between.strip() and between.count("\n") <= 2

    def _has_that(self, cue: _Cue, quote: Quote) -> bool:
        return re.search(r"\bthat\b", self.text[cue.end:quote.start]) is not None

    # --- the whole document ---------------------------------------------------------------------
    def extract(self) -> list[Attribution]:
        self._direct_openings: set[int] = set()
        self._participle_starts: dict[int, list[int]] = {}  # ", adding", "and vowed": where a statement goes on
        self._all_cues: list[_Cue] = []
        self._consumed: set[tuple[int, int]] = set()  # (sentence, token) of cues folded into another
        self._turns = find_turns(self.text, self.outlet)
        if any(answers_unnamed(turn.name) for turn in self._turns) and self._titled_voice() is not None:
            self._turns = []  # "Briefing by ... Kim Tae-hyo" over "Q. ... A. We cannot confirm ...": an official's "we", no interview
        self._voices: list[tuple[int, int, Source | None]] | None = None
        self._page_voice: Source | None | object = _UNKNOWN
        self._share_group = self.lexicon.respondents
        self._headline_tags()  # first, so that "The president also warned" below "Zelensky: ..." is Zelensky
        self._interview_turns()
        for sentence in self.sentences:
            for cue in self._cues(sentence):
                if any(c.sentence is sentence and c.speaker and c.tokens[c.speaker[0]].start <= cue.start < c.tokens[c.speaker[1] - 1].end
                       for c in self._all_cues[-4:]):
                    continue  # "according to separate confirmations from ...": part of a speaker's phrase
                self._all_cues.append(cue)
                form = self.text[cue.start:cue.end].lower()
                if cue.first and cue.tokens[cue.first - 1].text == "," and form in self.lexicon.participles:
                    self._participle_starts.setdefault(sentence.index, []).append(cue.tokens[cue.first - 1].start)
                if not self._frame(cue):
                    cue.sources = []
                    continue
                self._negate(cue)
        self._breaks = self._statement_breaks()
        self._quote_labels()
        self._direct()
        self._block_quotations()
        for cue in self._all_cues:
            if not cue.sources or cue.quoted or (cue.sentence.index, cue.first) in self._consumed:
                continue
            content = self._content(cue)
            if content is None:
                continue
            if self._inside_direct(content, cue):
                continue
            speaker, s_start, s_end = self._speaker_text(cue)
            form = self.text[cue.start:cue.end].lower()
            kind = ACCORDING_TO if form in self.lexicon.according_to or cue.lemma == _FOR else INDIRECT
            contents = [content]
            resumed = self._resumed_after_tag(cue, content) if cue.inverted else None
            if resumed is not None:
                contents.append(resumed)  # "CONTENT, commanders say, and are now ...": the statement goes on
            for start, end in contents:
                for source in cue.sources:
                    self.rows.append(Attribution(start, end, self.text[cue.start:cue.end], cue.start, cue.end,
                                                 speaker, s_start, s_end, source, kind, cue.sentence.index))
        self._identify_later()
        self.rows = self._of_no_state([row for row in self.rows if self._says_something(row) and not self._restated(row)
                                       and not self._shouted_stranger(row)])
        self.rows.sort(key=lambda row: (row.cue_start, row.start, row.source.canonical))
        return self.rows

    def _of_no_state(self, rows: list[Attribution]) -> list[Attribution]:
        """The rows of sources the text ties to no state, made to speak for none ("independent"):
        a person named in full and otherwise only with courtesies or pronouns ("Park Min-seo", "Ms
        Bilyk", "she"), and private people ("residents"). A person written with a noun that may hold
        an office ("a drone operator, call sign Mac", "Rep. Yoo", "Jane Roe, Minister of Foreign
        Affairs"), or by a surname alone, keeps an empty affiliation: their state is unknown."""
        described = {row.source for row in rows if row.source.type == PERSON and self._described(row)}
        return [replace(row, source=replace(row.source, affiliation=INDEPENDENT))
                if not row.source.affiliation and (row.source.type == PERSON and row.source not in described and " " in row.source.canonical
                                                   or row.source.type == GROUP and row.source.canonical.casefold().split()[-1] in self.words.private_groups)
                else row for row in rows]

    def _described(self, row: Attribution) -> bool:
        """Whether a speaker is written with a noun beyond courtesies and pronouns, an office in
        apposition or an office before the name's first mention: "the prosecutor", "Rep. Yoo", "Jane
        Roe, Minister of Foreign Affairs", "Private Ri Kwang-chol"."""
        apposition = _APPOSITION.match(self.text, row.speaker_end)
        first = self.text.find(row.source.canonical)
        before = self.text[max(0, first - 40):first].split()[-3:] if first > 0 else []  # "24-year-old Private | Ri Kwang-chol"
        around = re.findall(r"[\w.’'-]+", apposition[1] if apposition else "") + [w for w in before if w[:1].isupper()]
        plain = self.lexicon.person_pronouns | self.words.determiners | self.words.courtesy | self.words.independent
        offices = self.words.titles - plain
        return any(word.islower() and word.rstrip(".") not in plain or word.casefold().rstrip(".") in offices
                   for word in re.findall(r"[\w.’'-]+", row.speaker)) or any(word.casefold().rstrip(".") in offices for word in around)

    def _restated(self, row: Attribution) -> bool:
        """Whether a statement opens, under a pronoun, the content of its own speaker's statement:
        "HRMMU said | it had documented ...", "he told interrogators | he had believed ...": one
        statement, not two."""
        if row.kind == DIRECT or row.speaker.casefold() not in self.lexicon.person_pronouns | self.lexicon.plural_pronouns:
            return False
        if _PRESENT_TENSE.search(row.cue):
            return False  # "said it now estimates that ...": a claim of the present, made anew
        return any(outer is not row and outer.source == row.source and outer.cue_end <= outer.start <= row.speaker_start < row.cue_start < outer.end
                   and self.text[outer.start:row.speaker_start].strip().casefold() in ("", "that") for outer in self.rows)

    def _shouted_stranger(self, row: Attribution) -> bool:
        """Whether a reported statement is credited to a word in capitals that names no one known, as
        a heading's ("EARNINGS CALL HIGHLIGHTS"); a turn's label in capitals ("PARK:") still speaks."""
        acronym = _ACRONYM.fullmatch(row.speaker) is not None  # "AAA expects": a body's initials
        return (row.kind != DIRECT and row.speaker.isupper() and not acronym and row.source.type == PERSON
                and row.source not in self.resolver.gazetteer.known)

    def _says_something(self, row: Attribution) -> bool:
        """Whether a statement says more than a date or a code besides its speaker and cue: a page's
        "38 Pages Posted: 9 Sep 2025" and "JEL Classification: F51, F35, H56" state nothing ("NIS: 3,000"
        and "which Moscow denies" do)."""
        def elsewhere(position: int) -> bool:
            return not row.cue_start <= position < row.cue_end and not row.speaker_start <= position < row.speaker_end

        if any(elsewhere(word.start()) and not self._is_date_at(word.start()) for word in _LOWER_WORD.finditer(self.text, row.start, row.end)):
            return True  # a word in lower case, the common case, found without tokenizing
        rest = [t for t in tokenize(self.text, row.start, row.end) if t.is_word and elsewhere(t.start)]
        return not rest or any(not self._is_date_at(t.start) and not (t.text.isalnum() and not t.text.isalpha() and not t.text.isdigit()) for t in rest)

    def _identify_later(self) -> None:
        """Delayed identification: a lone unnamed official who opens the story ("US general warns"
        in a headline, "a senior Russian official said" in the lede) is the first person of the same
        side that the next paragraphs credit ("Sergei Shoigu, the secretary of Russia's Security
        Council, told"); not an official the text keeps anonymous before then ("The official, who spoke
        on condition of anonymity, ..."), nor, for a headline, a person credited by name above it."""
        body = sorted({s.paragraph for s in self.sentences if s.kind == BODY})
        if not body:
            return
        rank = {paragraph: number for number, paragraph in enumerate(body)}  # furniture between paragraphs does not count
        rows = sorted(self.rows, key=lambda row: row.cue_start)
        by_index = {s.index: s for s in self.sentences}
        for index, row in enumerate(rows):
            sentence = by_index[row.sentence]
            words = row.source.canonical.casefold().split()
            role = words[:words.index("of")] if "of" in words else words  # "the head of the Estonian ... Intelligence Center"
            if (row.source.type != GROUP or not role or role[-1] not in self.words.titles
                    or not (sentence.kind == HEADLINE or rank.get(sentence.paragraph) == 0 and row.source.affiliation
                            and row.speaker.lower().split()[1:2] != ["of"])):
                continue  # a description with no side only in a headline ("Defence minister says ..."); not "one of the prisoners"
            quoting = self._quoted_later(row, rows[index + 1:]) if sentence.kind == HEADLINE else None
            if quoting is not None:  # 'Defector pastor says ... "sent to die in someone else's war"': who says those words below
                self.rows = [replace(r, source=quoting.source) if r is row else r for r in self.rows]
                continue
            named = next((later for later in rows[index + 1:] if later.source.type == PERSON
                          and rank.get(by_index[later.sentence].paragraph, _IDENTIFIED_WITHIN + 1) <= _IDENTIFIED_WITHIN), None)
            if (named is None or _ANONYMOUS.search(self.text, sentence.start, by_index[named.sentence].start)
                    or sentence.kind == HEADLINE and any(earlier.source == named.source for earlier in rows[:index])):
                continue  # kept anonymous, or named in a headline above: "- Zelensky says ... - Captured soldier says ..."
            same_side = row.source.affiliation in ("", named.source.affiliation)
            if same_side or (not named.source.affiliation and by_index[named.sentence].paragraph != sentence.paragraph):
                # a person of the same side, or of no known side named in a later paragraph, who takes the description's side
                person = replace(named.source, affiliation=named.source.affiliation or row.source.affiliation)
                self.rows = [replace(r, source=person) if r is row or r.source == named.source else r for r in self.rows]

    def _quoted_later(self, row: Attribution, later: list[Attribution]) -> Attribution | None:
        """The person's statement below a headline that holds the words the headline quotes."""
        for quote in self.quotes:
            quoted = self.text[quote.inner_start:quote.inner_end].strip()
            if row.start <= quote.inner_start and quote.inner_end <= row.end and len(quoted.split()) >= _QUOTED_WORDS_MIN:
                found = next((r for r in later if r.source.type == PERSON and quoted in self.text[r.start:r.end]), None)
                if found is not None:
                    return found
        return None

    def _headline_tags(self) -> None:
        """"Zelensky: 11,000 North Korean troops in Kursk" and "300 soldiers killed: NIS": a headline
        credited by a tag before or after a colon, when the tag names a known actor or a person
        (not an interview's label: "MARGARET BRENNAN: --And what does Kim get in return?")."""
        labels = {turn.label_start for turn in self._turns}
        for sentence in self.sentences:
            if sentence.kind != HEADLINE or sentence.start in labels:
                continue
            leading = _HEADLINE_TAG.match(self.text, sentence.start, sentence.end)
            if leading and not self._section_label(tokenize(self.text, leading.start(1), leading.end(1))):
                self._tag(sentence, leading, leading.end(), sentence.end, cue=(leading.start(1), leading.end(2)))
            closing = _CLOSING_TAG.search(self.text, sentence.start, sentence.end)
            content = self.text[sentence.start:closing.start()].rstrip() if closing else ""
            if len(content.split()) >= _HEADLINE_CONTENT_WORDS and not self._link_credit(closing):  # not "Nov 19, 2024 - World"
                self._tag(sentence, closing, sentence.start, sentence.start + len(content), cue=(closing.start(), closing.end(1)))

    def _link_credit(self, closing: re.Match) -> bool:
        """Whether a dash before an item's last words credits the outlet it links to, not a
        claimant: a newsletter's "... lost its majority in Sunday's election. — NHK"."""
        sources = self.resolver.resolve(tokenize(self.text, closing.start(1), closing.end(1)))
        return self.text[closing.start()] != ":" and bool(sources) and all(source.type == MEDIA for source in sources)

    def _section_label(self, label: list[Token]) -> bool:
        """Whether a headline's leading "X:" is its section or place, not a source: "Russia: Pro-war
        bloggers say ...", "Kursk: North Korean troops pulled from front", "🇯🇵 Japan: ..." (not "Kyiv:" or "HUR:")."""
        if unicodedata.category(label[0].text[0]) == "So":
            return True  # a flag or an emoji opens a section: "🇯🇵 Japan: ..."
        sources = self.resolver.resolve(label)
        if len(sources) == 1 and sources[0].type == GOVERNMENT:
            return sources[0].canonical == self.text[label[0].start:label[-1].end]  # the country's own name
        return self.resolver.names_a_place(label)

    def _interview_turns(self) -> None:
        """An interview's answers: each turn of a speaker other than the interviewer is their
        direct statement, cued by its label ("PARK: The baseline ... is 11,000 to 12,000 soldiers")."""
        speakers: dict[str, list[Source]] = {}
        starts = [s.start for s in self.sentences]
        for turn in self._turns:
            if turn.asks or is_courtesy(self.text[turn.start:turn.end]):
                continue
            if turn.name not in speakers and answers_unnamed(turn.name):
                speakers[turn.name] = self._found(self._interviewee(self._turns[0].label_start))  # "Answer. The figures vary."
            if turn.name not in speakers:
                span = name_span(self.text, turn.name)
                written = self.text[span[0]:span[1]] if span else turn.name
                name = tokenize(self.text, *span) if span and not written.isupper() else tokenize(_capitalised(written))
                sources = self.resolver.resolve(name)
                described = description_span(self.text, sources[0].canonical) if len(sources) == 1 and sources[0].type == PERSON else None
                speakers[turn.name] = self.resolver.resolve(name, tokenize(self.text, *described)) if described else sources
            sentence = self.sentences[max(0, bisect_right(starts, turn.start) - 1)]
            if not sentence.start <= turn.start < sentence.end:
                continue  # furniture: "Copyright 2025 NPR. All rights reserved." after the last answer
            label = self.text[turn.label_start:turn.label_end]
            for source in speakers[turn.name]:
                self.rows.append(Attribution(turn.start, turn.end, label, turn.label_start, turn.label_end, label,
                                             turn.label_start, turn.label_end, source, DIRECT, sentence.index))

    def _interviewee(self, before: int) -> Source | None:
        """Who answers an interview whose answers carry no name ("Answer. ..."): the person the page
        names most often before its first question ("Íñigo Sarasola, a retired Spanish Army colonel, says")."""
        named: Counter[Source] = Counter()
        for sentence in self.sentences:
            if sentence.start >= before:
                break
            tokens = sentence.tokens(self.text)
            for start, end in _capitalised_runs(tokens):
                if end - start >= 2:
                    named.update(source for source in self.resolver.resolve(tokens[start:end]) if source.type == PERSON)
        return named.most_common(1)[0][0] if named else None

    def _tag(self, sentence: Sentence, tag: re.Match, start: int, end: int, cue: tuple[int, int]) -> None:
        tokens = tokenize(self.text, tag.start(1), tag.end(1))
        if any(t.is_word and t.text.islower() and t.lower not in self.words.titles | self.lexicon.np_words
               or t.lower in _PREPOSITIONS | _QUESTION_WORDS for t in tokens):
            return  # a topic, not a source: "North Korean troops in Russia: What we know", "Beyond Kursk: ..."
        for source in self.resolver.resolve(tokens):
            if source in self.resolver.gazetteer.known or source.type == PERSON and " " in source.canonical:
                self.history.append((sentence.index, source, tag.group(1)))
                self.rows.append(Attribution(start, end, self.text[cue[0]:cue[1]], cue[0], cue[1], tag.group(1),
                                             tag.start(1), tag.end(1), source, INDIRECT, sentence.index))

    def _statement_breaks(self) -> dict[int, list[int]]:
        """Per sentence, where a statement begins: the subject of a cue ("..., and Moscow has
        neither confirmed ..."), or ", adding" and "and vowed" going on with the same speaker."""
        breaks = {index: list(starts) for index, starts in self._participle_starts.items()}
        for cue in self._all_cues:
            if cue.sources and cue.inverted and cue.speaker and 0 < cue.speaker[0] < cue.first and cue.tokens[cue.speaker[0] - 1].text == ",":
                breaks.setdefault(cue.sentence.index, []).append(cue.tokens[cue.speaker[0] - 1].start)  # "..., the Kremlin said"
            if cue.first >= 2 and cue.tokens[cue.first - 1].lower in ("and", "but") and cue.tokens[cue.first - 2].text == ",":
                breaks.setdefault(cue.sentence.index, []).append(cue.tokens[cue.first - 2].start)  # "..., and praised the soldiers"
            if cue.sources and cue.speaker and cue.speaker[1] <= cue.first and not cue.inverted:
                subject = cue.speaker[0]
                if subject == 0 or cue.tokens[subject - 1].lower in _CLAUSE_JOINS:  # not "said that Moscow would not comment"
                    breaks.setdefault(cue.sentence.index, []).append(cue.tokens[subject].start)
                elif cue.tokens[subject - 1].lower in _SUBORDINATORS:  # "..., days after Moscow declared"
                    comma = next((i for i in range(subject - 2, max(subject - 5, -1), -1) if cue.tokens[i].text == ","), None)
                    if comma is not None:
                        breaks.setdefault(cue.sentence.index, []).append(cue.tokens[comma].start)
                    elif cue.tokens[subject - 1].lower in ("as", "while"):
                        breaks.setdefault(cue.sentence.index, []).append(cue.tokens[subject - 1].start)  # "... in Kursk as Kremlin claims ..."
        return breaks

    def _inside_direct(self, content: tuple[int, int], cue: _Cue) -> bool:
        """Whether a statement is a direct quotation's own tag read again as content."""
        return any(row.kind == DIRECT and row.cue_start == cue.start and row.start <= content[0] < row.end for row in self.rows)

    def _negate(self, cue: _Cue) -> None:
        """Widen the cue over a negation before it: "did not deny", "cannot currently confirm"."""
        tokens = cue.tokens
        index = cue.first
        while index > 0 and tokens[index - 1].lower in self.lexicon.auxiliaries:
            index -= 1
        if any(t.lower in self.lexicon.negations or t.lower.endswith("n't") for t in tokens[index:cue.first]):
            while index < cue.first and tokens[index].lower not in self.lexicon.negations and tokens[index].lower not in _BE | {"did", "does", "do", "has", "have", "had", "can", "could", "would", "will"}:
                index += 1
            cue.start = tokens[index].start


def extract_attributions(text: str, sentences: list[Sentence], anchor: date | None = None,
                         dates: list[tuple[int, int]] = (), outlet: str = "") -> list[Attribution]:
    """The attributions of a document; ``dates`` are the spans of its temporal expressions,
    ``outlet`` the name of its publisher, whose mentions of itself credit nobody."""
    return _Document(text, sentences, anchor, list(dates), outlet).extract()

