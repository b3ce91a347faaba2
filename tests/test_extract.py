"""extract.py: the whole pipeline. A regression guard on the seeds (scored like the evaluation script),
determinism, parallel runs, exact spans, unique ids, and the links between figures, statements and events."""
from __future__ import annotations

import filecmp
import importlib

import pandas as pd
import pytest
import scoring
from helpers import row_at, write_corpus

from kursk_research import Tables, extract, ledger, load_corpus, schema
from kursk_research.output import write_tables

extract_module = importlib.import_module("kursk_research.extract")  # the package exports a function of that name

F1_FLOOR = {"figures": 0.95, "events": 0.95, "attributions": 0.93}
ACCURACY_FLOOR = {
    "figures": ("qualifier", "category", "unit"),
    "attributions": ("speaker_type", "affiliation", "kind"),
}

MIXED = {
    "wire": (("SEOUL, Nov 13 (Reuters) - North Korean troops have begun fighting in Kursk, South Korea's spy agency "
             "said on Wednesday, adding that about 1,100 had been killed or wounded.\n"
             "“They are being used as cannon fodder,” a senior Ukrainian official told Reuters. “They walk in groups.”\n"
             "U.S. Secretary of State Antony Blinken said on Friday that 8,000 North Korean troops had reached Kursk.\n"
             "Read also: Russia fires 100 drones at Kyiv\n"), "2024-11-13"),
    "feature": (("North Korea sends thousands more troops, Seoul says\n"
                "Pyongyang has shipped two million artillery shells and dozens of KN-23 missiles since 2023. "
                "Between 11,000 and 12,000 troops are in Kursk, according to U.S. officials. "
                "Ukraine held about 500 square miles of Russian land in August.\n"
                "Most Commented\n"), "2024-12-02"),
    "undated": (("On Monday, 4 November 2024, Zelensky said that 11,000 North Korean troops were in Kursk. "
                "The first clashes came last week.\n"), None),
}


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("mixed"), MIXED)


@pytest.fixture(scope="module")
def mixed_tables(mixed_corpus):
    return extract(mixed_corpus)


# --- the seeds, scored --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_scores(seed_tables, seed_gold):
    return scoring.score(seed_gold, seed_tables)


@pytest.mark.parametrize("table", scoring.TABLES)
def test_seed_e2e_f1(seed_scores, table):
    result = seed_scores[table]
    assert result["e2e"]["f1"] >= F1_FLOOR[table], (
        f"{table}: e2e F1 {result['e2e']['f1']:.3f}; missed {result['missed']}, spurious {result['spurious']}, "
        f"wrong key {result['wrong_key']}")


@pytest.mark.parametrize("table, attribute", [(t, a) for t, attrs in ACCURACY_FLOOR.items() for a in attrs])
def test_seed_attribute_accuracy(seed_scores, table, attribute):
    assert seed_scores[table]["acc"][attribute] >= 0.9


def test_the_scorer_counts_a_perfect_match_and_a_wrong_key():
    gold = pd.DataFrame({"doc_id": ["d", "d"], "start": [0, 20], "end": [10, 30], "value": ["5", "7"], "value_high": ["", ""]})
    pred = pd.DataFrame({"doc_id": ["d", "d", "d"], "start": [2, 20, 40], "end": [10, 29, 45],
                         "value": [5.0, 8.0, 1.0], "value_high": [float("nan")] * 3})
    result = scoring.score_table("figures", gold, pred)
    assert result["detect"]["tp"] == 2 and result["e2e"]["tp"] == 1 and result["strict"]["tp"] == 0
    assert result["e2e"]["p"] == pytest.approx(1 / 3) and result["e2e"]["r"] == pytest.approx(1 / 2)
    assert result["spurious"] == ["d[40:45]"] and result["wrong_key"] == ["d[20:30]"]


# --- determinism and parallelism ---------------------------------------------------------------------

def test_two_runs_write_byte_identical_csv_files(mixed_corpus, seed_corpus, tmp_path):
    for corpus in (mixed_corpus, seed_corpus):
        first, second = tmp_path / f"{corpus.name}-1", tmp_path / f"{corpus.name}-2"
        write_tables(extract(corpus).items(), first)
        write_tables(extract(corpus).items(), second)
        names = sorted(p.name for p in first.glob("*.csv"))
        assert names == sorted(p.name for p in second.glob("*.csv"))
        assert {"documents.csv", "sentences.csv", "figures.csv", "attributions.csv", "events.csv", "problems.csv"} <= set(names)
        _, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
        assert mismatch == [] and errors == []


def test_jobs_2_gives_the_same_tables_as_jobs_1(mixed_corpus, seed_corpus, tmp_path):
    folder = tmp_path / "both"
    documents = {**MIXED}
    for path in sorted(seed_corpus.glob("*.txt")):
        documents[path.stem] = (path.read_text(encoding="utf-8"), None)
    write_corpus(folder, documents)
    serial, parallel = extract(folder, jobs=1), extract(folder, jobs=2)
    for (name, left), (_, right) in zip(serial.items(), parallel.items()):
        pd.testing.assert_frame_equal(left, right, obj=name)


# --- spans, ids and schema -----------------------------------------------------------------------------

def _texts(corpus_path):
    return {d.doc_id: d.text for d in load_corpus(corpus_path).documents}


@pytest.mark.parametrize("which", ["seeds", "mixed"])
def test_every_span_gives_back_its_text(which, seed_corpus, seed_tables, mixed_corpus, mixed_tables):
    corpus, tables = (seed_corpus, seed_tables) if which == "seeds" else (mixed_corpus, mixed_tables)
    texts = _texts(corpus)
    for name in ("sentences", "figures", "attributions", "events"):
        frame = getattr(tables, name)
        assert not frame.empty, name
        for row in frame.itertuples():
            text = texts[row.doc_id]
            assert 0 <= row.start <= row.end <= len(text)
            assert text[row.start:row.end] == row.text, (name, row)
    for row in tables.attributions.itertuples():
        text = texts[row.doc_id]
        assert text[row.cue_start:row.cue_end].casefold() == row.cue.casefold()
        assert text[row.speaker_start:row.speaker_end] == row.speaker
    for row in tables.sentences.itertuples():
        assert row.text == row.text.strip() and row.text


@pytest.mark.parametrize("which", ["seeds", "mixed"])
def test_ids_are_unique_and_name_their_document(which, seed_tables, mixed_tables):
    tables = seed_tables if which == "seeds" else mixed_tables
    for name, column, letter in (("figures", "figure_id", "F"), ("attributions", "attribution_id", "A"), ("events", "event_id", "E")):
        frame = getattr(tables, name)
        assert frame[column].is_unique
        for row in frame.itertuples():
            doc_id, _, local = getattr(row, column).rpartition(":")
            assert doc_id == row.doc_id and local[0] == letter and local[1:].isdigit()
    assert tables.documents["doc_id"].is_unique
    assert not tables.sentences.duplicated(["doc_id", "sentence_id"]).any()


@pytest.mark.parametrize("which", ["seeds", "mixed"])
def test_links_point_at_existing_rows(which, seed_tables, mixed_tables):
    tables = seed_tables if which == "seeds" else mixed_tables
    attribution_ids = set(tables.attributions["attribution_id"])
    figure_ids = set(tables.figures["figure_id"])
    for row in tables.figures.itertuples():
        assert (row.attribution_id == "") == (row.speaker == "")
        if row.attribution_id:
            assert row.attribution_id in attribution_ids
            statement = tables.attributions.set_index("attribution_id").loc[row.attribution_id]
            assert statement["start"] <= row.start and row.end <= statement["end"]
            assert statement["speaker_canonical"] == row.speaker
    for row in tables.events.itertuples():
        for identifier in filter(None, row.attribution_ids.split(";")):
            assert identifier in attribution_ids
        for identifier in filter(None, row.figure_ids.split(";")):
            assert identifier in figure_ids


def test_tables_follow_the_schema(mixed_tables):
    for name, frame in mixed_tables.items():
        schema.validate(name, frame)
        assert list(frame.columns)[:len(schema.columns(name))] == schema.columns(name)


def test_tables_items_order(mixed_tables):
    names = [name for name, _ in mixed_tables.items()]
    assert names[:5] == ["documents", "sentences", "figures", "attributions", "events"]
    assert names[-1] == "problems" and len(names) == len(set(names))
    assert isinstance(mixed_tables, Tables)


def test_the_ledger_comes_with_the_tables(mixed_tables):
    written = dict(mixed_tables.items())
    assert written["quantities"] is mixed_tables.quantities and written["claim_pairs"] is mixed_tables.claim_pairs
    assert set(mixed_tables.figures["quantity_id"]) <= set(mixed_tables.quantities["quantity_id"]) | {""}


def test_the_ledger_of_the_tables_is_the_one_extract_made(mixed_tables):
    book = ledger(mixed_tables)
    pd.testing.assert_frame_equal(book.figures, mixed_tables.figures)
    pd.testing.assert_frame_equal(book.quantities, mixed_tables.quantities)
    pd.testing.assert_frame_equal(book.claim_pairs, mixed_tables.claim_pairs)


def test_documents_table(mixed_tables, mixed_corpus):
    documents = mixed_tables.documents.set_index("doc_id")
    assert list(documents.index) == ["feature", "undated", "wire"]
    assert documents.loc["feature", "title"] == "North Korea sends thousands more troops, Seoul says"
    assert documents.loc["wire", "title"] == ""
    assert documents.loc["wire", "anchor_source"] == "manifest"
    assert documents.loc["undated", "anchor_source"] == "inferred"
    assert str(documents.loc["undated", "anchor"].date()) == "2024-11-04"
    for doc_id, text in _texts(mixed_corpus).items():
        assert documents.loc[doc_id, "n_chars"] == len(text)
        assert documents.loc[doc_id, "n_words"] == len(text.split())
    for name, column in (("figures", "n_figures"), ("attributions", "n_attributions"), ("events", "n_events")):
        counts = getattr(mixed_tables, name).groupby("doc_id").size()
        for doc_id in documents.index:
            assert documents.loc[doc_id, column] == counts.get(doc_id, 0)
    assert mixed_tables.problems.empty


def test_furniture_sentences_hold_no_claims(mixed_tables, mixed_corpus):
    texts = _texts(mixed_corpus)
    furniture = mixed_tables.sentences[mixed_tables.sentences["kind"] == "furniture"]
    assert set(furniture["text"]) == {"SEOUL, Nov 13 (Reuters) -", "Read also: Russia fires 100 drones at Kyiv", "Most Commented"}
    for name in ("figures", "attributions", "events"):
        frame = getattr(mixed_tables, name)
        for sentence in furniture.itertuples():
            inside = frame[(frame["doc_id"] == sentence.doc_id) & (frame["start"] >= sentence.start) & (frame["end"] <= sentence.end)]
            assert inside.empty, (name, texts[sentence.doc_id][sentence.start:sentence.end])


# --- links: figures to statements, events to claims ---------------------------------------------------

def test_a_figure_inside_a_statement_carries_its_id_and_speaker(mixed_tables):
    text = MIXED["wire"][0]
    statement = row_at(mixed_tables.attributions, text, "that 8,000 North Korean troops had reached Kursk")
    figure = row_at(mixed_tables.figures, text, "8,000 North Korean troops")
    assert figure["attribution_id"] == statement["attribution_id"]
    assert figure["speaker"] == "Antony Blinken" == statement["speaker_canonical"]
    casualties = row_at(mixed_tables.figures, text, "about 1,100")
    assert casualties["speaker"] == "National Intelligence Service (South Korea)"
    assert casualties["category"] == "casualties"


def test_a_figure_in_the_article_s_own_voice_has_no_speaker(mixed_tables):
    text = MIXED["feature"][0]
    figure = row_at(mixed_tables.figures, text, "two million artillery shells")
    assert figure["speaker"] == "" and figure["attribution_id"] == ""
    assert figure["value"] == 2e6


def test_an_event_carries_the_ids_of_the_statement_it_dates(mixed_tables):
    text = MIXED["wire"][0]
    event = row_at(mixed_tables.events, text, "on Friday")
    assert str(event["date_start"].date()) == "2024-11-08"
    statement = row_at(mixed_tables.attributions, text, "that 8,000 North Korean troops had reached Kursk")
    figure = row_at(mixed_tables.figures, text, "8,000 North Korean troops")
    assert event["attribution_ids"] == statement["attribution_id"]
    assert event["figure_ids"] == figure["figure_id"]


def test_an_event_outside_any_statement_dates_the_figures_of_its_sentence(mixed_tables):
    text = MIXED["feature"][0]
    event = row_at(mixed_tables.events, text, "in August")
    figure = row_at(mixed_tables.figures, text, "about 500 square miles")
    assert event["attribution_ids"] == "" and event["figure_ids"] == figure["figure_id"]
    assert figure["value_norm"] == pytest.approx(1294.994) and figure["unit_norm"] == "km2"


def test_extract_accepts_a_path_or_a_corpus(mixed_corpus, mixed_tables):
    for argument in (str(mixed_corpus), load_corpus(mixed_corpus)):
        tables = extract(argument)
        for (name, left), (_, right) in zip(tables.items(), mixed_tables.items()):
            pd.testing.assert_frame_equal(left, right, obj=name)


def test_a_document_that_breaks_an_extractor_does_not_stop_the_others(build_corpus, monkeypatch):
    folder = build_corpus({"good": ("Seoul says 1,100 North Korean troops were killed.\n", "2024-12-20"),
                           "poison": ("POISON: Kyiv says 300 soldiers died.\n", "2024-12-20")})
    original = extract_module.extract_figures

    def breaking(text, sentences, excluded=()):
        if text.startswith("POISON"):
            raise RuntimeError("boom")
        return original(text, sentences, excluded)

    monkeypatch.setattr(extract_module, "extract_figures", breaking)
    tables = extract(folder)
    assert list(tables.documents["doc_id"]) == ["good"]
    assert list(tables.figures["doc_id"]) == ["good"]
    problem = tables.problems.iloc[0]
    assert problem["path"] == str(folder / "poison.txt") and problem["severity"] == "error"
    assert "RuntimeError" in problem["message"] and "boom" in problem["message"]


def test_failures_in_worker_processes_are_listed_in_corpus_order(build_corpus, monkeypatch):
    documents = {f"doc{index}": (f"Seoul says {index},100 North Korean troops were killed.\n", "2024-12-20") for index in range(6)}
    documents["doc1"] = documents["doc4"] = ("POISON: Kyiv says 300 soldiers died.\n", "2024-12-20")
    folder = build_corpus(documents)
    original = extract_module.extract_figures

    def breaking(text, sentences, excluded=()):
        if text.startswith("POISON"):
            raise RuntimeError("boom")
        return original(text, sentences, excluded)

    monkeypatch.setattr(extract_module, "extract_figures", breaking)  # forked workers inherit it
    serial, parallel = extract(folder, jobs=1), extract(folder, jobs=3)
    for (name, left), (_, right) in zip(serial.items(), parallel.items()):
        pd.testing.assert_frame_equal(left, right, obj=name)
    assert list(parallel.problems["path"]) == [str(folder / "doc1.txt"), str(folder / "doc4.txt")]
    assert list(parallel.documents["doc_id"]) == ["doc0", "doc2", "doc3", "doc5"]


def test_one_document_with_a_reversed_range_does_not_sink_the_corpus(build_corpus):
    folder = build_corpus({"good": ("Seoul says 1,100 North Korean troops were killed last week.\n", "2024-12-20"),
                           "history": ("Russia held the town from 2014 until 2022.\n", "2024-11-05")})
    tables = extract(folder)
    assert "good" in set(tables.figures["doc_id"]) and "good" in set(tables.events["doc_id"])


def test_an_empty_corpus_gives_empty_valid_tables(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    tables = extract(folder)
    for name, frame in tables.items():
        if name != "problems":
            assert frame.empty, name
    assert list(tables.problems["severity"]) == ["warning"]  # no manifest
