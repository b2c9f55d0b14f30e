"""Export a table to the tools of the field: CSV, Parquet, Excel, SPSS (.sav) and Stata (.dta), with labels.

SPSS and Stata get the codebook's variable labels (and value labels for coded variables) through
``pyreadstat``. Their column names are restricted, so names are rewritten by one documented rule
(:func:`short_names`) and the mapping is returned, and written into the labels: every variable
label starts with the original name.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["export", "short_names", "NAME_LIMITS", "ABBREVIATIONS"]

#: Longest column name each format allows (None: any).
NAME_LIMITS = {".csv": None, ".parquet": None, ".xlsx": None, ".sav": 64, ".dta": 32}
_LABEL_LIMITS = {".sav": 256, ".dta": 80}
#: Word abbreviations applied, in this order, only to names longer than the format allows.
ABBREVIATIONS = (
    ("per_100_words", "p100w"), ("sentiment", "sent"), ("hedging", "hedge"), ("quotes", "quot"),
    ("narrator", "narr"), ("quoted", "qtd"), ("share", "shr"), ("approximator", "approx"),
    ("booster", "boost"), ("provenance", "prov"), ("anonymous", "anon"), ("delegitimising", "deleg"),
    ("legitimising", "legit"), ("dramatisation", "drama"), ("moral_evaluation", "moral"),
    ("intensifier", "intens"), ("epistemic", "epist"), ("organisation", "org"), ("sentences", "sents"),
    ("sentence", "sent"), ("mentions", "ment"), ("confidence", "conf"), ("language", "lang"),
)
_RESERVED = {
    # SPSS reserved words and Stata's reserved names (lower-cased)
    "all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with", "_all", "_b", "byte",
    "_coef", "_cons", "double", "float", "if", "in", "int", "long", "_n", "_pi", "_pred", "_rc", "_skip",
    "str", "strl", "using", "_se",
}


def _clean(name: str) -> str:
    out = re.sub(r"[^0-9A-Za-z_]+", "_", str(name)).strip("_") or "v"
    if not out[0].isalpha():
        out = "v_" + out
    return out


def short_names(columns, *, limit: int | None) -> dict:
    """``{original: new}`` column names for a format whose names allow at most ``limit`` characters.

    The rule: every run of characters other than ASCII letters, digits and ``_`` becomes ``_`` (so
    ``hedging.per_100_words`` -> ``hedging_per_100_words``); a name that does not start with a
    letter gets ``v_`` in front; a name still too long has the words of :data:`ABBREVIATIONS`
    shortened, then is cut to the limit; a reserved word gets ``_v`` appended; a name that would
    repeat an earlier one ends in ``_2``, ``_3``... With ``limit=None`` the names are kept as they are.
    """
    columns = [str(c) for c in columns]
    if limit is None:
        return {c: c for c in columns}
    out, taken = {}, set()
    for original in columns:
        name = _clean(original)
        if len(name) > limit:
            for long, short in ABBREVIATIONS:
                name = name.replace(long, short)
        name = name[:limit].rstrip("_") or "v"
        if name.lower() in _RESERVED:
            name = (name + "_v")[:limit]
        base, k = name, 2
        while name.lower() in taken:
            suffix = f"_{k}"
            name = base[: limit - len(suffix)] + suffix
            k += 1
        taken.add(name.lower())
        out[original] = name
    return out


def _as_table(table) -> pd.DataFrame:
    if hasattr(table, "compute") and not isinstance(table, (pd.DataFrame, pd.Series)):
        table = table.compute()  # a dask frame: the file is written from memory
    if hasattr(table, "to_frame") and not isinstance(table, (pd.DataFrame, pd.Series)):
        table = table.to_frame()
    if isinstance(table, pd.Series):  # one profile row
        table = pd.DataFrame([table.to_dict()])
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"export() takes a DataFrame (or a result with .to_frame()), not {type(table).__name__}")
    if isinstance(table.index, pd.MultiIndex) or table.index.name is not None or not isinstance(
            table.index, pd.RangeIndex):
        names = [n or "index" for n in table.index.names]
        table = table.copy().rename_axis(names).reset_index()
    if table.columns.duplicated().any():
        raise ValueError(f"duplicate column names: {table.columns[table.columns.duplicated()].tolist()}")
    return table


def _labels(columns, codebook) -> tuple[dict, dict]:
    """Variable labels and value labels from the codebook, by original column name."""
    if codebook is False:
        return {}, {}
    if codebook is None:
        from framing.scholar.codebook import codebook as build

        codebook = build()
    book = codebook.set_index("name") if "name" in codebook.columns else codebook
    labels, values = {}, {}
    for col in columns:
        if col in book.index:
            row = book.loc[col]
            unit = f" ({row['unit']})" if isinstance(row.get("unit"), str) and row["unit"] else ""
            labels[col] = f"{col}{unit}: {row['definition']}"
            v = row.get("values")
            if isinstance(v, dict) and v:
                values[col] = {float(k): str(label) for k, label in v.items()}
        else:
            labels[col] = col
    return labels, values


def _for_stats(frame: pd.DataFrame, suffix: str) -> pd.DataFrame:
    """Types SPSS and Stata can hold: booleans and nullable ints as floats, other objects as strings."""
    out = {}
    for col in frame.columns:
        s = frame[col]
        out[col] = s
        if pd.api.types.is_bool_dtype(s) or pd.api.types.is_extension_array_dtype(s) and (
                pd.api.types.is_integer_dtype(s) or pd.api.types.is_float_dtype(s) or pd.api.types.is_bool_dtype(s)):
            out[col] = s.astype("float64")
        elif pd.api.types.is_datetime64_any_dtype(s) or pd.api.types.is_numeric_dtype(s):
            continue
        elif s.dropna().map(lambda v: isinstance(v, (bool, np.bool_))).all() and s.notna().any():
            out[col] = s.map(lambda v: np.nan if v is None or v is pd.NA or v != v else float(v)).astype("float64")
        else:
            out[col] = s.map(lambda v: "" if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA
                             else str(v)).astype(object)
            out[col] = out[col].str.replace("\x00", "", regex=False)  # a NUL would end the string
    return pd.DataFrame(out, index=frame.index)


def export(table, path, *, codebook=None) -> dict:
    """Write a table for SPSS, Stata, R or Excel: ``.csv``, ``.parquet``, ``.xlsx``, ``.sav`` or ``.dta``.

    Parameters
    ----------
    table : DataFrame (or a result with ``.to_frame()``)
        A profile table, a coded sheet, an agreement table... A named or non-default index (such
        as ``doc_id``) is written as a column.
    path : str or Path
        The format follows the extension.
    codebook : DataFrame or False, optional
        Variable and value labels (``.sav``, ``.dta``, and a ``variables`` sheet in ``.xlsx``) come
        from :func:`framing.codebook` by default; pass ``codebook(cast=...)`` for per-actor columns,
        or ``False`` for none. A column the codebook does not know is labelled with its own name.

    Returns
    -------
    dict
        ``{original column: column name in the file}``. For ``.sav`` (names up to 64 characters) and
        ``.dta`` (32) names are rewritten by :func:`short_names` (``hedging.per_100_words`` ->
        ``hedging_per_100_words``); every variable label starts with the original name, so the file
        documents the mapping too. CSV, Parquet and Excel keep the names.

    Limitations
    -----------
    Stata has no missing string: missing text is written as ``""`` in ``.dta`` and ``.sav``.
    Excel cuts cells at 32,767 characters (a warning says so). Value labels are written for coded
    variables with integer codes only.

    References
    ----------
    Fajardo, O. (2018-). pyreadstat: read and write SPSS, Stata and SAS files from Python.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in NAME_LIMITS:
        raise ValueError(f"export() writes {', '.join(NAME_LIMITS)}; not {suffix or 'a path without extension'!r}")
    frame = _as_table(table)
    frame.columns = [str(c) for c in frame.columns]
    mapping = short_names(frame.columns, limit=NAME_LIMITS[suffix])
    if suffix == ".csv":
        frame.to_csv(path, index=False)
    elif suffix == ".parquet":
        frame.to_parquet(path, index=False)
    elif suffix == ".xlsx":
        _xlsx(frame, path, codebook)
    else:
        import pyreadstat

        labels, values = _labels(frame.columns, codebook)
        limit = _LABEL_LIMITS[suffix]
        out = _for_stats(frame, suffix).rename(columns=mapping)
        column_labels = {mapping[c]: _cut(labels.get(c, c), limit) for c in frame.columns}
        value_labels = {mapping[c]: v for c, v in values.items() if pd.api.types.is_numeric_dtype(out[mapping[c]])}
        writer = pyreadstat.write_sav if suffix == ".sav" else pyreadstat.write_dta
        writer(out, str(path), column_labels=column_labels, variable_value_labels=value_labels or None)
    return mapping


def _cut(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _xlsx(frame: pd.DataFrame, path: Path, codebook) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            illegal = out[col].map(lambda v: isinstance(v, str) and ILLEGAL_CHARACTERS_RE.search(v) is not None)
            if illegal.any():
                warnings.warn(f"column {col!r}: control characters Excel cannot store were removed from "
                              f"{int(illegal.sum())} cell(s)", stacklevel=3)
                out.loc[illegal, col] = out.loc[illegal, col].map(lambda v: ILLEGAL_CHARACTERS_RE.sub("", v))
            long = out[col].map(lambda v: isinstance(v, str) and len(v) > 32_767)
            if long.any():
                warnings.warn(f"column {col!r}: {int(long.sum())} cell(s) cut at Excel's 32,767 characters",
                              stacklevel=3)
                out.loc[long, col] = out.loc[long, col].str.slice(0, 32_766) + "…"
        if isinstance(out[col].dtype, pd.DatetimeTZDtype):
            out[col] = out[col].dt.tz_localize(None)
    labels, _ = _labels(frame.columns, codebook)
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        out.to_excel(writer, sheet_name="data", index=False)
        if labels:
            pd.DataFrame({"column": list(labels), "label": list(labels.values())}).to_excel(
                writer, sheet_name="variables", index=False)
