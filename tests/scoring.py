"""A small scorer for the regression guard: the overlap matching and end-to-end F1 of the project's
evaluation script (kept here so the repository does not depend on it).

A predicted row matches a gold row of the same document when their spans overlap; each row matches at
most once, largest overlap first, then agreement on the key attributes, then the closest boundaries.
e2e counts a match only when its key attributes agree (figures: value and value_high; attributions:
speaker_canonical; events: date_start and date_end). Accuracy is over matched pairs.
"""
from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd

TABLES = ("figures", "attributions", "events")
KEY = {
    "figures": ("value", "value_high"),
    "attributions": ("speaker_canonical",),
    "events": ("date_start", "date_end"),
}
ATTRS = {
    "figures": ("value", "value_high", "qualifier", "unit", "category", "value_norm", "unit_norm", "speaker"),
    "attributions": ("speaker_canonical", "speaker_type", "affiliation", "kind", "cue"),
    "events": ("date_start", "date_end", "granularity", "relative"),
}
_AFFILIATION_ALIASES = {
    "us": "united states", "usa": "united states", "u s": "united states", "america": "united states",
    "united states of america": "united states",
    "rok": "south korea", "republic of korea": "south korea",
    "dprk": "north korea", "democratic peoples republic of korea": "north korea",
    "russian federation": "russia", "uk": "united kingdom", "britain": "united kingdom",
    "european union": "eu", "none": "independent", "independent analyst": "independent",
}


def read_table(directory: Path, name: str) -> pd.DataFrame:
    """A table of ``directory`` (.parquet preferred, else .csv read as strings)."""
    for suffix in (".parquet", ".csv"):
        path = Path(directory) / f"{name}{suffix}"
        if path.exists():
            frame = pd.read_parquet(path) if suffix == ".parquet" else pd.read_csv(path, dtype=str, keep_default_na=False)
            return prepare(frame)
    return pd.DataFrame(columns=["doc_id", "start", "end"])


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["doc_id"] = frame["doc_id"].astype(str)
    frame["start"] = pd.to_numeric(frame["start"]).astype(int)
    frame["end"] = pd.to_numeric(frame["end"]).astype(int)
    return frame.reset_index(drop=True)


def blank(value) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    try:
        if pd.isna(value):
            return True
    except (TypeError, ValueError):
        pass
    return str(value).strip().lower() in ("", "nan", "none", "nat", "<na>")


def norm_text(value) -> str:
    if blank(value):
        return ""
    text = str(value).casefold().replace("’", "'")
    text = text.replace("defence", "defense").replace("zelenskyy", "zelensky")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def norm_unit(value) -> str:
    text = re.sub(r"\bkilometres?\b", "kilometer", norm_text(value))
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 and not w.endswith("ss") else w for w in text.split())


def norm_affiliation(value) -> str:
    text = norm_text(value).replace("the ", "")
    return _AFFILIATION_ALIASES.get(text, text)


def as_float(value):
    if blank(value):
        return None
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def as_date(value) -> str:
    if blank(value):
        return ""
    try:
        return pd.Timestamp(value).date().isoformat()
    except (ValueError, TypeError):
        return str(value)


def as_bool(value) -> str:
    text = norm_text(value)
    return {"1": "true", "yes": "true", "0": "false", "no": "false"}.get(text, text)


def same(attr: str, gold, pred) -> bool:
    if attr in ("value", "value_high", "value_norm"):
        g, p = as_float(gold), as_float(pred)
        if g is None or p is None:
            return g is None and p is None
        tolerance = 0.01 if attr == "value_norm" else 1e-6
        return abs(g - p) <= tolerance * max(1.0, abs(g))
    if attr in ("date_start", "date_end"):
        return as_date(gold) == as_date(pred)
    if attr == "relative":
        return as_bool(gold) == as_bool(pred)
    if attr == "unit":
        return norm_unit(gold) == norm_unit(pred)
    if attr == "affiliation":
        return norm_affiliation(gold) == norm_affiliation(pred)
    if attr == "cue":
        g, p = norm_text(gold), norm_text(pred)
        return bool(g) and bool(p) and (g in p or p in g)
    return norm_text(gold) == norm_text(pred)


def key_agrees(name: str, gold_row: pd.Series, pred_row: pd.Series) -> bool:
    return all(same(attr, gold_row.get(attr), pred_row.get(attr)) for attr in KEY[name])


def match(name: str, gold: pd.DataFrame, pred: pd.DataFrame) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of overlapping spans per document."""
    pairs = []
    pred_by_doc = {doc: rows for doc, rows in pred.groupby("doc_id")}
    for doc, gold_rows in gold.groupby("doc_id"):
        pred_rows = pred_by_doc.get(doc)
        if pred_rows is None:
            continue
        for gi, g in gold_rows.iterrows():
            for pi, p in pred_rows.iterrows():
                overlap = min(g.end, p.end) - max(g.start, p.start)
                if overlap > 0:
                    closeness = -abs(g.start - p.start) - abs(g.end - p.end)
                    pairs.append((overlap, key_agrees(name, g, p), closeness, gi, pi))
    pairs.sort(reverse=True)
    used_gold, used_pred, matched = set(), set(), []
    for *_, gi, pi in pairs:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        matched.append((gi, pi))
    return matched


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f1": f1, "tp": tp}


def score_table(name: str, gold: pd.DataFrame, pred: pd.DataFrame) -> dict:
    """detect / strict / e2e scores and per-attribute accuracy of one table."""
    gold, pred = prepare(gold), prepare(pred)
    pred = pred[pred["doc_id"].isin(set(gold["doc_id"]))].reset_index(drop=True)
    matched = match(name, gold, pred)
    strict = sum(1 for gi, pi in matched
                 if gold.at[gi, "start"] == pred.at[pi, "start"] and gold.at[gi, "end"] == pred.at[pi, "end"])
    key_ok = [key_agrees(name, gold.loc[gi], pred.loc[pi]) for gi, pi in matched]
    accuracy = {}
    for attr in ATTRS[name]:
        if attr in gold.columns and matched:
            hits = sum(same(attr, gold.at[gi, attr], pred.at[pi, attr] if attr in pred.columns else None)
                       for gi, pi in matched)
            accuracy[attr] = hits / len(matched)
    missed = sorted(set(gold.index) - {gi for gi, _ in matched})
    spurious = sorted(set(pred.index) - {pi for _, pi in matched})
    wrong_key = [(gi, pi) for (gi, pi), ok in zip(matched, key_ok) if not ok]
    return {
        "n_gold": len(gold), "n_pred": len(pred),
        "detect": prf(len(matched), len(pred), len(gold)),
        "strict": prf(strict, len(pred), len(gold)),
        "e2e": prf(sum(key_ok), len(pred), len(gold)),
        "acc": accuracy,
        "missed": [f"{gold.at[i, 'doc_id']}[{gold.at[i, 'start']}:{gold.at[i, 'end']}]" for i in missed],
        "spurious": [f"{pred.at[i, 'doc_id']}[{pred.at[i, 'start']}:{pred.at[i, 'end']}]" for i in spurious],
        "wrong_key": [f"{gold.at[g, 'doc_id']}[{gold.at[g, 'start']}:{gold.at[g, 'end']}]" for g, _ in wrong_key],
    }


def score(gold_dir: Path, tables) -> dict[str, dict]:
    """Every claim table of ``tables`` (a kursk_research Tables) scored against ``gold_dir``."""
    return {name: score_table(name, read_table(gold_dir, name), getattr(tables, name)) for name in TABLES}
