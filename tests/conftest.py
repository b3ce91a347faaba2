"""Shared fixtures: corpus folders built in tmp_path, and one-document extraction.

``extract()`` costs far more per call (building and validating the tables) than per document, so a
test module may list the ``(text, published)`` pairs its parametrised cases use in ``PREFETCH``:
they are then extracted together, once, as one corpus, and ``extract_text`` hands each test the
rows of its own document (extraction is per document; only the cross-document ledger columns
could differ, and no test here reads them). Anything not prefetched is extracted on its own.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kursk_research import Tables, extract

sys.path.insert(0, str(Path(__file__).resolve().parent))  # helpers.py, scoring.py

from helpers import write_corpus

PROJECT = Path(__file__).resolve().parents[1]
SEED_CORPUS = PROJECT / "data" / "corpus" / "seeds"
SEED_GOLD = PROJECT / "data" / "gold" / "seeds"


@pytest.fixture
def build_corpus(tmp_path):
    """``build_corpus({doc_id: (text, published)}, manifest=True, name="corpus")`` -> the folder.

    ``published`` may be None (an empty manifest cell); a text may be ``bytes`` (written as is).
    With ``manifest=False`` no manifest.csv is written.
    """
    def build(documents: dict, manifest: bool = True, name: str = "corpus") -> Path:
        return write_corpus(tmp_path / name, documents, manifest=manifest)

    return build


_PREFETCHED: dict[tuple[str, str | None], Tables] = {}


def _one_document(tables: Tables, doc_id: str) -> Tables:
    def rows(frame):
        if "doc_id" in frame.columns:
            return frame[frame["doc_id"] == doc_id].reset_index(drop=True)
        return frame

    problems = tables.problems[tables.problems["path"].str.endswith(f"{doc_id}.txt")].reset_index(drop=True)
    return Tables(rows(tables.documents), rows(tables.sentences), rows(tables.figures), rows(tables.attributions),
                  rows(tables.events), problems, {name: rows(frame) for name, frame in tables.extra.items()})


@pytest.fixture(scope="module", autouse=True)
def _prefetch(request, tmp_path_factory):
    """Extract a module's ``PREFETCH`` pairs in one run (see the module docstring)."""
    pairs = [pair for pair in dict.fromkeys(getattr(request.module, "PREFETCH", ())) if pair not in _PREFETCHED]
    if not pairs:
        return
    documents = {f"case{index:04d}": pair for index, pair in enumerate(pairs)}
    folder = write_corpus(tmp_path_factory.mktemp("prefetch"), documents)
    try:
        tables = extract(folder)
    except Exception:  # noqa: BLE001 - then every test extracts its own document and shows the error itself
        return
    for doc_id, pair in documents.items():
        _PREFETCHED[pair] = _one_document(tables, doc_id)


@pytest.fixture
def extract_text(tmp_path):
    """``extract_text(text, published="2024-11-05")`` -> the Tables of a one-document corpus."""
    counter = iter(range(10_000))

    def run(text: str, published: str | None = "2024-11-05", doc_id: str = "doc"):
        if (text, published) in _PREFETCHED:
            return _PREFETCHED[(text, published)]
        folder = write_corpus(tmp_path / f"one{next(counter)}", {doc_id: (text, published)})
        return extract(folder)

    return run


@pytest.fixture(scope="session")
def seed_corpus() -> Path:
    return SEED_CORPUS


@pytest.fixture(scope="session")
def seed_gold() -> Path:
    return SEED_GOLD


@pytest.fixture(scope="session")
def seed_tables():
    """The tables of the seed corpus, extracted once per session."""
    return extract(SEED_CORPUS)
