"""output.py: every table as CSV and Parquet, written all or nothing."""
from __future__ import annotations

import pandas as pd
import pytest
from helpers import fail_on_third_table, snapshot, write_corpus

from kursk_research import extract
from kursk_research.output import replaced_atomically, write_table, write_tables

TEXT = ("Seoul says about 1,100 North Korean soldiers were killed or wounded last week.\n"
        "“They are cannon fodder,” Zelensky said on Monday.\n")


@pytest.fixture
def tables(tmp_path):
    return extract(write_corpus(tmp_path / "corpus", {"doc": (TEXT, "2024-12-20")}))


def leftovers(parent, name):
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(f".{name}"))


def test_every_table_as_csv_and_parquet(tables, tmp_path):
    out = tmp_path / "out"
    write_tables(tables.items(), out)
    names = [name for name, _ in tables.items()]
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{n}.csv" for n in names] + [f"{n}.parquet" for n in names])
    for name, frame in tables.items():
        back = pd.read_parquet(out / f"{name}.parquet")
        assert list(back.columns) == list(frame.columns)
        assert len(back) == len(frame)
        csv = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        assert list(csv.columns) == list(frame.columns) and len(csv) == len(frame)


def test_parquet_keeps_values_and_types(tables, tmp_path):
    out = tmp_path / "out"
    write_tables(tables.items(), out)
    for name in ("figures", "attributions", "events"):
        pd.testing.assert_frame_equal(pd.read_parquet(out / f"{name}.parquet"), getattr(tables, name),
                                      check_dtype=False, obj=name)


def test_csv_dates_are_iso_days(tables, tmp_path):
    out = tmp_path / "out"
    write_tables(tables.items(), out)
    events = pd.read_csv(out / "events.csv", dtype=str, keep_default_na=False)
    last_week = events[events["text"] == "last week"].iloc[0]
    assert (last_week["date_start"], last_week["date_end"]) == ("2024-12-09", "2024-12-15")
    documents = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert documents.loc[0, "published"] == "2024-12-20" and documents.loc[0, "anchor"] == "2024-12-20"


def test_a_new_run_replaces_the_folder_as_a_whole(tables, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "stale.csv").write_text("old,table\n")
    write_tables(tables.items(), out)
    assert not (out / "stale.csv").exists()
    assert (out / "figures.csv").exists()
    assert leftovers(tmp_path, "out") == []


def test_the_destination_parent_is_created(tables, tmp_path):
    out = tmp_path / "deep" / "er" / "out"
    write_tables(tables.items(), out)
    assert (out / "events.parquet").exists()


def test_a_failure_part_way_leaves_the_previous_folder_intact(tables, tmp_path, monkeypatch):
    out = tmp_path / "out"
    write_tables(tables.items(), out)
    before = snapshot(out)
    calls = fail_on_third_table(monkeypatch)
    with pytest.raises(OSError, match="No space left on device"):
        write_tables(tables.items(), out)
    assert len(calls) == 3
    assert snapshot(out) == before
    assert leftovers(tmp_path, "out") == []


def test_a_failure_part_way_creates_no_folder(tables, tmp_path, monkeypatch):
    out = tmp_path / "out"
    fail_on_third_table(monkeypatch)
    with pytest.raises(OSError):
        write_tables(tables.items(), out)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "corpus"]


def test_replaced_atomically_removes_its_staging_folder_on_error(tmp_path):
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt), replaced_atomically(out) as staging:
        (staging / "half.csv").write_text("a\n")
        raise KeyboardInterrupt
    assert not out.exists() and not staging.exists()


def test_replaced_atomically_moves_the_staging_folder_into_place(tmp_path):
    out = tmp_path / "out"
    with replaced_atomically(out) as staging:
        assert staging.parent == tmp_path and staging != out
        (staging / "a.csv").write_text("x\n1\n")
    assert (out / "a.csv").read_text() == "x\n1\n"
    assert not staging.exists()


def test_write_table(tmp_path):
    frame = pd.DataFrame({"doc_id": ["a"], "when": [pd.Timestamp("2024-11-04")], "value": [1.5]})
    write_table(frame, tmp_path, "t")
    assert (tmp_path / "t.csv").read_text() == "doc_id,when,value\na,2024-11-04,1.5\n"
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "t.parquet"), frame, check_dtype=False)
