"""Coding sheets: a reproducible sample of units for human coders, blind to the toolkit's codes."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from framing.scholar.toolkit import as_corpus, sentence_units, unit_id

__all__ = ["coding_sheet", "read_sheet", "variable_levels", "NOT_APPLICABLE", "ID_COLUMNS"]

#: Marks a cell that is not to be coded (an article-level variable on a sentence row, and the reverse).
NOT_APPLICABLE = "n/a"
#: Columns that identify a unit; everything else in a sheet is a code, a note or shown text.
ID_COLUMNS = ("unit_id", "level", "doc_id", "sentence", "start", "end")
_SHOWN = ("title", "before", "text", "notes")
_XLSX_CELL = 32_767
_SURROGATE = re.compile("[\ud800-\udfff]")


def variable_levels(variables, *, cast=None) -> dict:
    """``{variable: level}`` for the requested variables; a clear error for unknown ones."""
    from framing.scholar.codebook import codebook

    if isinstance(variables, str):
        variables = [variables]
    variables = list(variables)
    if not variables:
        raise ValueError("give at least one variable (see framing.codebook() for the names)")
    book = codebook(cast=cast)
    levels = dict(zip(book["name"], book["level"]))
    unknown = [v for v in variables if v not in levels]
    if unknown:
        hint = "" if cast is not None or not any(str(v).startswith("actors.") for v in unknown) else (
            " (per-actor variables need cast=)")
        raise ValueError(f"unknown variable(s) {unknown}{hint}; framing.codebook() lists every variable")
    if len(set(variables)) != len(variables):
        raise ValueError(f"a variable is listed twice: {variables}")
    return {v: levels[v] for v in variables}


def _allocate(sizes: pd.Series, n: int) -> pd.Series:
    """Proportional allocation of ``n`` over strata of the given sizes (largest remainder)."""
    exact = sizes / sizes.sum() * n
    alloc = np.floor(exact).astype(int)
    rest = n - int(alloc.sum())
    order = (exact - alloc).sort_values(ascending=False, kind="stable").index[:rest]
    alloc[order] += 1
    return alloc.clip(upper=sizes)


def _draw(frame: pd.DataFrame, n: int, strata: pd.Series | None, rng, what: str) -> pd.DataFrame:
    if n > len(frame):
        raise ValueError(f"n={n} {what} requested but the population has only {len(frame)}")
    if strata is None:
        picked = rng.choice(len(frame), size=n, replace=False)
        return frame.iloc[np.sort(picked)]
    sizes = strata.value_counts(sort=False).sort_index()
    alloc = _allocate(sizes, n)
    chosen = []
    positions = np.arange(len(frame))
    for stratum, k in alloc.items():
        members = positions[(strata == stratum).to_numpy()]
        chosen.append(rng.choice(members, size=int(k), replace=False))
    return frame.iloc[np.sort(np.concatenate(chosen))]


def _sizes(n, levels: set) -> dict:
    if isinstance(n, dict):
        unknown = set(n) - {"article", "sentence"}
        if unknown:
            raise ValueError(f"n keys must be 'article' and/or 'sentence', not {sorted(unknown)}")
        missing = levels - set(n)
        if missing:
            raise ValueError(f"n gives no size for the {sorted(missing)} level")
        sizes = dict(n)
    else:
        sizes = {level: n for level in levels}
    for level, k in sizes.items():
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
            raise ValueError(f"n for the {level} level must be a positive integer, not {k!r}")
    return sizes


def _draw_units(frame: pd.DataFrame, sizes: dict, strata, rng) -> pd.DataFrame:
    """The sampled units, articles first (sentences are drawn from the sampled articles)."""
    parts = []
    articles = frame
    if "article" in sizes:
        articles = _draw(frame, sizes["article"], strata, rng, "articles")
        parts.append(pd.DataFrame({"unit_id": [unit_id(d) for d in articles.index], "level": "article",
                                   "doc_id": articles.index, "text": articles["text"].to_numpy()}))
    if "sentence" in sizes:
        pool = sentence_units(articles)
        pool = pool[pool["text"].str.strip().astype(bool)]
        pool_strata = None if strata is None else strata.reindex(pool["doc_id"]).reset_index(drop=True)
        pool = pool.reset_index(drop=True)
        pool = pool.assign(before=pool.groupby("doc_id", sort=False)["text"].shift(1).fillna(""))
        parts.append(_draw(pool, sizes["sentence"], pool_strata, rng, "sentences").assign(level="sentence"))
    sheet = pd.concat(parts, ignore_index=True)
    for col in ("sentence", "start", "end", "before"):
        if col not in sheet.columns:
            sheet[col] = pd.NA
    return sheet


def _layout(sheet: pd.DataFrame, frame: pd.DataFrame, levels: dict, stratify, strata) -> pd.DataFrame:
    """Units in reading order, with the shown columns and one empty column per variable."""
    order = {d: i for i, d in enumerate(frame.index)}
    sheet = sheet.assign(_doc=sheet["doc_id"].map(order), _lvl=(sheet["level"] == "sentence").astype(int))
    sheet = sheet.sort_values(["_doc", "_lvl", "start"], kind="stable", na_position="first")
    sheet = sheet.drop(columns=["_doc", "_lvl"]).reset_index(drop=True)
    sheet["title"] = sheet["doc_id"].map(frame["title"]).fillna("") if "title" in frame.columns else ""
    if stratify is not None:
        sheet[stratify] = sheet["doc_id"].map(strata)
    for col in ("sentence", "start", "end"):
        sheet[col] = sheet[col].astype("Int64")
    sheet["before"] = sheet["before"].fillna("")
    for var, level in levels.items():
        sheet[var] = np.where(sheet["level"] == level, "", NOT_APPLICABLE)
    sheet["notes"] = ""
    columns = list(ID_COLUMNS) + ([stratify] if stratify else []) + ["title", "before", "text"]
    return sheet[columns + list(levels) + ["notes"]]


def coding_sheet(corpus, *, n, variables, stratify=None, seed=0, path=None, cast=None) -> pd.DataFrame:
    """Draw a reproducible sample of units and lay it out as a sheet for human coders.

    Parameters
    ----------
    corpus : DataFrame or path
        A corpus as returned by :func:`framing.load_corpus` (indexed by ``doc_id``, with ``text``),
        or anything ``load_corpus`` accepts.
    n : int or dict
        How many units to draw: one number for every level, or ``{'article': 20, 'sentence': 200}``.
    variables : list of str
        Codebook names (:func:`framing.codebook`). Article-level variables (profile columns) are
        coded on articles; sentence-level ones (``sentence.uncertain`` ...) on sentences. When both
        are requested, the sentences are drawn from the sampled articles.
    stratify : str, optional
        A corpus column (e.g. ``'outlet_type'``): each stratum gets a share of the sample
        proportional to its size (largest remainder); sentences take their article's stratum.
    seed : int
        Seed of the random draw: the same corpus, ``n``, ``variables``, ``stratify`` and ``seed``
        give the same sheet.
    path : str or Path, optional
        Write the sheet: ``.csv`` or ``.xlsx`` (by extension).
    cast : path, dict or Cast, optional
        Needed for per-actor variables.

    Returns
    -------
    pandas.DataFrame
        One row per unit, in reading order: ``unit_id, level, doc_id, sentence, start, end``, the
        stratum column if any, ``title``, ``before`` (the previous sentence, for context), ``text``,
        one empty column per variable (``'n/a'`` where the variable does not apply to the row's
        level) and ``notes``. The toolkit's own codes are not in the sheet: coders stay blind to them.

    Limitations
    -----------
    Sentences are found by the toolkit's splitter (:func:`framing.read`), so a coder codes the
    toolkit's sentence boundaries; the sentence population is every sentence of the corpus (or of
    the sampled articles), which means reading every text once.

    References
    ----------
    Krippendorff, K. (2004). *Content Analysis* (2nd ed.), ch. 6 (sampling) and 11 (reliability). Sage.
    Grimmer, J. & Stewart, B. M. (2013). Text as data. *Political Analysis* 21(3), 267-297.
    """
    frame = as_corpus(corpus)
    if len(frame) == 0:
        raise ValueError("the corpus is empty: there is nothing to sample")
    broken = [d for d, t in frame["text"].items() if _SURROGATE.search(t)]
    if broken:
        raise ValueError(f"texts with lone surrogates (invalid Unicode) cannot go in a sheet: {broken[:5]}; "
                         "clean them first (e.g. text.encode('utf-8', 'replace').decode('utf-8'))")
    levels = variable_levels(variables, cast=cast)
    sizes = _sizes(n, set(levels.values()))
    if seed is None or isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise TypeError(f"seed must be an integer (a sheet must be reproducible), not {seed!r}")
    if stratify is not None and stratify not in frame.columns:
        raise ValueError(f"cannot stratify by {stratify!r}: the corpus has columns {list(frame.columns)}")
    rng = np.random.default_rng(seed)
    strata = None if stratify is None else frame[stratify].astype("string").fillna("(missing)")

    sheet = _layout(_draw_units(frame, sizes, strata, rng), frame, levels, stratify, strata)
    sheet.attrs["framing"] = {"seed": seed, "n": sizes, "stratify": stratify, "variables": list(levels)}
    if path is not None:
        _write(sheet, Path(path))
    return sheet


def _write(sheet: pd.DataFrame, path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        sheet.to_csv(path, index=False)
    elif suffix == ".xlsx":
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        out = sheet.copy()
        for col in ("title", "before", "text"):  # control characters Excel cannot store
            out[col] = out[col].map(lambda v: ILLEGAL_CHARACTERS_RE.sub(" ", v) if isinstance(v, str) else v)
        long = out["text"].str.len() > _XLSX_CELL
        if long.any():
            warnings.warn(f"{int(long.sum())} text(s) exceed Excel's cell limit and are cut in the .xlsx "
                          "(the offsets still refer to the full text); use .csv to keep them whole",
                          stacklevel=3)
            out.loc[long, "text"] = out.loc[long, "text"].str.slice(0, _XLSX_CELL - 1) + "…"
        out.to_excel(path, index=False)
    else:
        raise ValueError(f"a coding sheet is written as .csv or .xlsx, not {suffix or 'no extension'!r}")


def read_sheet(source) -> pd.DataFrame:
    """A coding sheet from a path (``.csv``/``.xlsx``) or a DataFrame; ``'n/a'`` cells become missing."""
    if isinstance(source, pd.DataFrame):
        sheet = source.copy()
    elif isinstance(source, (str, Path)):
        path = Path(source)
        if not path.exists():
            raise FileNotFoundError(f"no coding sheet at {path}")
        suffix = path.suffix.lower()
        if suffix == ".csv":
            # pandas < 3 cuts a cell at a NUL character with its C parser; Python's csv module keeps it
            options = {"engine": "python"} if b"\x00" in path.read_bytes() else {}
            sheet = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig", **options)
            if len(sheet.columns) == 1 and ";" in str(sheet.columns[0]):  # saved by a European Excel
                sheet = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig", sep=";", **options)
        elif suffix == ".xlsx":
            sheet = pd.read_excel(path, dtype=str, keep_default_na=False)
        else:
            raise ValueError(f"a coding sheet is read from .csv or .xlsx, not {suffix or 'no extension'!r}")
    else:
        raise TypeError(f"a coding sheet is a path or a DataFrame, not {type(source).__name__}")
    if len(sheet) == 0:
        raise ValueError("the coding sheet is empty: it has no rows")
    missing = [c for c in ("unit_id", "level", "doc_id") if c not in sheet.columns]
    if missing:
        raise ValueError(f"the coding sheet lacks the column(s) {missing}; draw it with framing.coding_sheet()")
    return sheet
