"""From a corpus to tidy tables: documents, sentences, figures, attributions and events.

``extract(corpus)`` runs the extractors over every document (in parallel with ``jobs`` > 1),
links each figure to the statement that credits it and each event to the claims of its clause,
and returns the tables validated against :mod:`kursk_research.schema`.
"""
from __future__ import annotations

import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd
from pandera.errors import SchemaErrors

from . import schema
from .actors import CAPTURED
from .attributions import Attribution, extract_attributions
from .corpus import Corpus, Document, Problem, load_corpus
from .events import Event, extract_events, infer_anchor
from .figures import Figure, extract_figures
from .ledger import link, summarise
from .quantities import quantity_keys
from .segment import FURNITURE, HEADLINE, Sentence, split_sentences

CLAIM_TABLES = ("figures", "attributions", "events")
_CHUNK = 4  # documents a worker takes at a time: small, so that the workers finish together
_PART_OF = re.compile(r"(?:one|some|several|many|most) of\b", re.IGNORECASE)  # a speaker who is one of a set the text counts
_TAG_REACH = 25  # characters between a cue and the date that tags it ("said late on Friday")
TABLES = ("documents", "sentences", *CLAIM_TABLES)


@dataclass
class Tables:
    """The extracted tables of a corpus, and the problems its input had."""

    documents: pd.DataFrame
    sentences: pd.DataFrame
    figures: pd.DataFrame
    attributions: pd.DataFrame
    events: pd.DataFrame
    problems: pd.DataFrame
    extra: dict[str, pd.DataFrame] = field(default_factory=dict)

    @property
    def quantities(self) -> pd.DataFrame:
        """The ledger's quantities (see :func:`kursk_research.ledger`)."""
        return self.extra["quantities"]

    @property
    def claim_pairs(self) -> pd.DataFrame:
        """The ledger's pairs of claims that disagree."""
        return self.extra["claim_pairs"]

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        """(name, table) of every table, in the order they are written."""
        named = [(name, getattr(self, name)) for name in TABLES]
        return named + list(self.extra.items()) + [("problems", self.problems)]


@dataclass
class _Result:
    """What one document gives: plain rows, cheap to send between processes."""

    document: dict
    sentences: list[dict]
    figures: list[dict]
    attributions: list[dict]
    events: list[dict]


def _identifier(doc_id: str, letter: str, index: int) -> str:
    return f"{doc_id}:{letter}{index:03d}"


def _title(text: str, sentences: list[Sentence]) -> str:
    first = next((s for s in sentences if s.kind != FURNITURE), None)
    return text[first.start:first.end] if first is not None and first.kind == HEADLINE and first.paragraph == 0 else ""


def _innermost(figure: Figure, attributions: list[Attribution]) -> int | None:
    """The index of the smallest statement whose content holds the figure."""
    holding = [i for i, a in enumerate(attributions) if a.start <= figure.start and figure.end <= a.end]
    return min(holding, key=lambda i: (attributions[i].end - attributions[i].start, i)) if holding else None


def _dated_claims(event: Event, figures: list[Figure], owners: list[int | None],
                  attributions: list[Attribution]) -> tuple[list[int], list[int]]:
    """(attribution indices, figure indices) of the clause an event dates.

    Next to a statement's cue ("Blinken said on Friday", "announced on Monday that"), it dates
    that statement and the figures it credits. Inside a statement's content, it dates the figures
    of that content (or, for a statement credited as a whole clause, "X revealed this on
    Monday", the statement itself). Elsewhere in a statement's sentence it dates the nearest
    statement; in a sentence with none, the figures of the sentence.
    """
    same = [i for i, a in enumerate(attributions) if a.sentence == event.sentence]

    def distance(i: int) -> int:
        a = attributions[i]
        return max(0, min(abs(event.start - a.cue_end), abs(a.cue_start - event.end)))

    def inside(i: int) -> bool:
        return attributions[i].start <= event.start and event.end <= attributions[i].end

    def credited(dated: list[int]) -> list[int]:
        return [j for j, owner in enumerate(owners) if owner in dated]

    tagged = [i for i in same if not inside(i) and distance(i) <= _TAG_REACH]
    if tagged:
        nearest = min(distance(i) for i in tagged)
        dated = [i for i in tagged if distance(i) == nearest]
        return dated, credited(dated)
    holding = [i for i in same if inside(i)]
    if holding:
        inner = min(holding, key=lambda i: attributions[i].end - attributions[i].start)
        content = attributions[inner]
        if content.start <= content.cue_start < content.end and event.start >= content.cue_end:
            return [inner], credited([inner])
        return [], [j for j, f in enumerate(figures) if content.start <= f.start and f.end <= content.end]
    if same:
        nearest = min(distance(i) for i in same)
        dated = [i for i in same if distance(i) == nearest]
        return dated, credited(dated)
    return [], [j for j, f in enumerate(figures) if f.sentence == event.sentence]


def _anchor(document: Document, text: str, sentences: list[Sentence]) -> tuple[date | None, str]:
    if document.published is not None:
        return document.published, "manifest"
    inferred = infer_anchor(text, sentences)
    return (inferred, "inferred") if inferred is not None else (None, "none")


def extract_document(document: Document) -> _Result:
    """The rows of every table for one document."""
    text, doc_id = document.text, document.doc_id
    sentences = split_sentences(text)
    anchor, anchor_source = _anchor(document, text, sentences)
    events = extract_events(text, sentences, anchor)
    dates = [(event.start, event.end) for event in events]
    attributions = extract_attributions(text, sentences, anchor, dates, document.metadata.get("outlet", ""))
    speakers = [(a.speaker_start, a.speaker_end) for a in attributions
                if a.speaker_end > a.speaker_start and not _PART_OF.match(a.speaker) and a.source.canonical.split()[0] != CAPTURED]
    # "two officials told Reuters" counts no one; "one of the two soldiers captured ... told" counts two soldiers,
    # and "Two North Korean soldiers captured in Kursk told" two prisoners
    figures = extract_figures(text, sentences, dates + speakers)
    attribution_ids = [_identifier(doc_id, "A", i + 1) for i in range(len(attributions))]
    figure_ids = [_identifier(doc_id, "F", i + 1) for i in range(len(figures))]
    owners = [_innermost(figure, attributions) for figure in figures]
    keys = quantity_keys(text, sentences, figures, speakers)

    figure_rows = []
    for figure, figure_id, owner, key in zip(figures, figure_ids, owners, keys):
        figure_rows.append({
            "figure_id": figure_id, "doc_id": doc_id, "sentence_id": figure.sentence,
            "start": figure.start, "end": figure.end, "text": text[figure.start:figure.end],
            "value": figure.value, "value_high": figure.value_high, "qualifier": figure.qualifier,
            "unit": figure.unit, "category": figure.category, "value_norm": figure.value_norm,
            "unit_norm": figure.unit_norm,
            "speaker": attributions[owner].source.canonical if owner is not None else "",
            "attribution_id": attribution_ids[owner] if owner is not None else "",
            "subject": key.subject, "measure": key.measure, "location": key.location,
        })
    attribution_rows = [{
        "attribution_id": attribution_id, "doc_id": doc_id, "sentence_id": a.sentence,
        "start": a.start, "end": a.end, "text": text[a.start:a.end], "cue": a.cue,
        "cue_start": a.cue_start, "cue_end": a.cue_end, "speaker": a.speaker,
        "speaker_start": a.speaker_start, "speaker_end": a.speaker_end,
        "speaker_canonical": a.source.canonical, "speaker_type": a.source.type,
        "affiliation": a.source.affiliation, "kind": a.kind,
    } for a, attribution_id in zip(attributions, attribution_ids)]
    event_rows = []
    for index, event in enumerate(events):
        dated_attributions, dated_figures = _dated_claims(event, figures, owners, attributions)
        event_rows.append({
            "event_id": _identifier(doc_id, "E", index + 1), "doc_id": doc_id, "sentence_id": event.sentence,
            "start": event.start, "end": event.end, "text": text[event.start:event.end],
            "date_start": event.date_start, "date_end": event.date_end, "granularity": event.granularity,
            "relative": event.relative, "event": event.description,
            "attribution_ids": ";".join(attribution_ids[i] for i in dated_attributions),
            "figure_ids": ";".join(figure_ids[j] for j in dated_figures),
        })
    sentence_rows = [{
        "doc_id": doc_id, "sentence_id": s.index, "start": s.start, "end": s.end,
        "text": text[s.start:s.end], "kind": s.kind, "paragraph": s.paragraph,
    } for s in sentences]
    metadata = document.metadata
    document_row = {
        "doc_id": doc_id, "path": str(document.path), "title": _title(text, sentences),
        "published": document.published, "anchor": anchor, "anchor_source": anchor_source,
        "outlet": metadata.get("outlet", ""), "url": metadata.get("url", ""),
        "n_chars": len(text), "n_words": len(text.split()),
        "n_figures": len(figure_rows), "n_attributions": len(attribution_rows), "n_events": len(event_rows),
        "sha256": document.sha256,
        **{key: value for key, value in metadata.items() if key not in ("outlet", "url")},
    }
    return _Result(document_row, sentence_rows, figure_rows, attribution_rows, event_rows)


def _safe_extract(document: Document) -> _Result | Problem:
    """A document's rows, or the problem that stopped its extraction (the others go on)."""
    try:
        return extract_document(document)
    except Exception as error:  # noqa: BLE001 - one bad document must not lose the others
        return Problem(str(document.path), None, "error", f"extraction failed: {type(error).__name__}: {error}")


@dataclass
class _Part:
    """The tables of the documents one process extracted, validated, and the problems that left documents out."""

    tables: dict[str, pd.DataFrame]
    problems: list[tuple[int, Problem]]  # (position of the document in the corpus, its problem)


def _documents_frame(rows: list[dict], manifest_columns: list[str]) -> pd.DataFrame:
    declared = schema.columns("documents")
    extra = [c for c in manifest_columns if c not in declared and c not in ("doc_id", "published")]
    frame = schema.frame("documents", rows, declared)
    for column in extra:
        frame[column] = pd.Series([row.get(column) for row in rows], dtype=object).fillna("").astype(str)
    return frame


def _invalid_documents(error: SchemaErrors) -> set[str]:
    """The documents whose rows broke the schema."""
    frame, cases = error.data, error.failure_cases
    index = [i for i in cases["index"].dropna() if i in frame.index] if "index" in cases else []
    return set(frame.loc[index, "doc_id"]) if "doc_id" in frame and index else set()


def _validated(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Every table checked against (and coerced to) its schema; raises ``SchemaErrors`` on the first that breaks it."""
    return {name: schema.validate(name, frame) for name, frame in tables.items()}


def _part_tables(done: list[_Result], manifest_columns: list[str]) -> dict[str, pd.DataFrame]:
    tables = _validated({
        "documents": _documents_frame([r.document for r in done], manifest_columns),
        "sentences": schema.frame("sentences", [row for r in done for row in r.sentences]),
        "attributions": schema.frame("attributions", [row for r in done for row in r.attributions]),
        "events": schema.frame("events", [row for r in done for row in r.events]),
    })
    unlinked = [column for column in schema.columns("figures") if column not in ("quantity_id", "as_of")]
    figures = schema.frame("figures", [row for r in done for row in r.figures], unlinked)
    tables["figures"] = schema.validate("figures", link(figures, tables["events"], tables["documents"], tables["sentences"]))
    return tables


@dataclass
class _Run:
    """The documents one process has extracted: their rows, and the problems that left documents out."""

    done: list[_Result] = field(default_factory=list)
    problems: list[tuple[int, Problem]] = field(default_factory=list)  # (position of the document in the corpus, its problem)
    documents: dict[str, tuple[int, str]] = field(default_factory=dict)  # doc_id: (position, path)

    def add(self, position: int, document: Document) -> None:
        result = _safe_extract(document)
        if isinstance(result, Problem):
            self.problems.append((position, result))
        else:
            self.done.append(result)
            self.documents[document.doc_id] = (position, str(document.path))

    def part(self, manifest_columns: list[str]) -> _Part:
        """The tables of the documents extracted; a document whose rows break the schema is left
        out with an error, the others kept."""
        done, problems = self.done, list(self.problems)
        while True:
            try:
                return _Part(_part_tables(done, manifest_columns), problems)
            except SchemaErrors as error:
                invalid = _invalid_documents(error)
                if not invalid:
                    raise
                done = [r for r in done if r.document["doc_id"] not in invalid]
                problems += [(self.documents[doc_id][0], Problem(self.documents[doc_id][1], None, "error",
                                                                 f"left out: its rows broke the {error.schema.name} schema"))
                             for doc_id in sorted(invalid)]


_shared: dict = {}  # in a worker process: what _start_worker was given


def _start_worker(documents: list[Document], manifest_columns: list[str], taken) -> None:
    _shared.update(documents=documents, manifest_columns=manifest_columns, taken=taken)


def _take_and_extract(documents: list[Document], manifest_columns: list[str], taken) -> _Part:
    """Take the next few documents (``taken`` counts those the processes have taken) until none is
    left, then build and validate the tables of all this process took."""
    run = _Run()
    while True:
        with taken.get_lock():
            first = taken.value
            taken.value = first + _CHUNK
        if first >= len(documents):
            return run.part(manifest_columns)
        for position in range(first, min(first + _CHUNK, len(documents))):
            run.add(position, documents[position])


def _work() -> _Part:
    return _take_and_extract(**_shared)


def _concatenated(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Validated parts of a table as one. It needs no validating again: its dtypes are the parts'
    (checked), and its ids stay unique, since each begins with a doc_id and doc_ids are file names."""
    dtypes = frames[0].dtypes.to_dict()
    if any(frame.dtypes.to_dict() != dtypes for frame in frames[1:]):
        raise TypeError(f"parts of a table differ in their dtypes: {[frame.dtypes.to_dict() for frame in frames]}")
    return pd.concat(frames, ignore_index=True)


def _in_corpus_order(frame: pd.DataFrame, positions: dict[str, int]) -> pd.DataFrame:
    """Rows sorted by their document's place in the corpus, each document's rows kept in order."""
    order = np.argsort(frame["doc_id"].map(positions).to_numpy(), kind="stable")
    return frame.take(order).reset_index(drop=True)


def worker_context() -> multiprocessing.context.BaseContext:
    """How worker processes start: fork where the platform has it (they start with the lexicons and
    libraries loaded), else spawn."""
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


def extract(corpus: Corpus | str, jobs: int = 1) -> Tables:
    """The tables of a corpus (a :class:`Corpus` or the path of its folder).

    With ``jobs`` > 1, this process and ``jobs - 1`` workers take the documents a few at a time, as
    each is free, and build and validate the tables of those they took; the tables are then put
    back in corpus order and the cross-source ledger is made. A document whose rows break the
    schema is left out with an error in ``problems``; the other documents' tables are complete.
    """
    if not isinstance(corpus, Corpus):
        corpus = load_corpus(corpus)
    documents = corpus.documents
    if jobs > 1 and len(documents) > 1:
        context = worker_context()
        taken = context.Value("i", 0)
        with ProcessPoolExecutor(max_workers=jobs - 1, mp_context=context, initializer=_start_worker,
                                 initargs=(documents, corpus.manifest_columns, taken)) as pool:
            futures = [pool.submit(_work) for _ in range(jobs - 1)]
            parts = [_take_and_extract(documents, corpus.manifest_columns, taken), *(future.result() for future in futures)]
        positions = {document.doc_id: position for position, document in enumerate(documents)}
        tables = {name: _in_corpus_order(_concatenated([part.tables[name] for part in parts]), positions) for name in TABLES}
    else:
        run = _Run()
        for position, document in enumerate(documents):
            run.add(position, document)
        parts = [run.part(corpus.manifest_columns)]
        tables = parts[0].tables
    quantities, claim_pairs = summarise(tables["figures"], tables["documents"], tables["sentences"])
    failures = sorted((problem for part in parts for problem in part.problems), key=lambda item: item[0])
    problems = list(corpus.problems) + [problem for _, problem in failures]
    return Tables(**tables, problems=schema.validate("problems", schema.frame("problems", [vars(p) for p in problems])),
                  extra={"quantities": quantities, "claim_pairs": claim_pairs})
