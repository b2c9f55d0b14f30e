"""Agreement between human coders and the toolkit: Krippendorff's alpha, P/R/F1, confusion tables."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from framing.scholar.coding import ID_COLUMNS, NOT_APPLICABLE, read_sheet
from framing.scholar.toolkit import as_corpus, toolkit_codes, unit_id

__all__ = ["agreement", "Agreement", "alpha_interval"]

TOOLKIT = "toolkit"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NOT_CODES = set(ID_COLUMNS) | {"title", "before", "text", "notes", "coder"}


class UncodedWarning(UserWarning):
    """Some units of a coding sheet carry no code: they are left out of alpha and listed in ``.uncoded``."""


@dataclass(frozen=True, repr=False)
class Agreement:
    """What :func:`agreement` found.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per variable and comparison (``'<coder> vs toolkit'`` for every human coder, and
        ``'humans'`` among the human coders when there are several): ``variable, level, scale,
        comparison, units, alpha, alpha_low, alpha_high, percent_agreement, precision, recall, f1``.
        P/R/F1 (binary variables only) take the human coder as the reference and 1 as positive.
    confusion : dict
        ``{(variable, coder): DataFrame}``: the human codes (rows) against the toolkit's (columns).
    uncoded : pandas.DataFrame
        Every unit a coder left without a code: ``coder, variable, unit_id``, and every unit the
        toolkit could not code (coder ``'toolkit'``: a text with no words, or not in English, has
        NaN rates). None is dropped silently.
    codes : pandas.DataFrame
        Every code, long: ``unit_id, level, variable, coder, value`` (the toolkit is coder ``'toolkit'``).
    n_boot, seed : int
        The bootstrap behind the intervals.
    """

    table: pd.DataFrame
    confusion: dict
    uncoded: pd.DataFrame
    codes: pd.DataFrame
    coders: tuple
    n_boot: int
    seed: int
    notes: tuple = field(default=())

    def to_frame(self) -> pd.DataFrame:
        return self.table.copy()

    def __repr__(self) -> str:
        lines = [f"Agreement({len(self.coders)} coder(s): {', '.join(self.coders)}; "
                 f"{self.table['variable'].nunique()} variable(s); {len(self.uncoded)} uncoded cell(s))"]
        for _, r in self.table.iterrows():
            lines.append(f"  {r['variable']:<28} {r['comparison']:<16} n={r['units']:<4} alpha={r['alpha']:.3f} "
                         f"[{r['alpha_low']:.3f}, {r['alpha_high']:.3f}]")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        shown = self.table.drop(columns=["scale"]).to_html(index=False, float_format=lambda v: f"{v:.3f}",
                                                           na_rep="")
        note = (f"<p>{len(self.uncoded)} cell(s) left uncoded (see <code>.uncoded</code>); "
                f"intervals: {self.n_boot} bootstrap resamples of the units, 95%.</p>")
        return shown + note


def _alpha(data: np.ndarray, scale: str, domain) -> float:
    import krippendorff

    values = data[~np.isnan(data)]
    if np.unique(values).size < 2 or (np.sum(~np.isnan(data), axis=0) >= 2).sum() < 1:
        return float("nan")
    kwargs = {"value_domain": domain} if domain is not None and scale in ("nominal", "ordinal") else {}
    try:
        with np.errstate(divide="ignore", invalid="ignore"):
            return float(krippendorff.alpha(reliability_data=data, level_of_measurement=scale, **kwargs))
    except (ValueError, ZeroDivisionError):
        return float("nan")


def alpha_interval(data, *, scale: str = "nominal", domain=None, n_boot: int = 1000, seed: int = 0):
    """Krippendorff's alpha of ``data`` (coders x units, NaN = missing) with a 95% bootstrap interval.

    The interval resamples units with replacement (``n_boot`` times) and takes the 2.5th and 97.5th
    percentiles of alpha; resamples without variation (alpha undefined) are left out.

    Returns ``(alpha, low, high)``; alpha is NaN when the codes have no variation at all.
    """
    data = np.asarray(data, dtype=float)
    point = _alpha(data, scale, domain)
    if np.isnan(point) or n_boot <= 0:
        return point, float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    n = data.shape[1]
    boots = np.array([_alpha(data[:, rng.integers(0, n, n)], scale, domain) for _ in range(n_boot)])
    boots = boots[~np.isnan(boots)]
    if boots.size < max(10, n_boot // 10):
        return point, float("nan"), float("nan")
    low, high = np.percentile(boots, [2.5, 97.5])
    return point, float(low), float(high)


def _coder_name(source, i: int) -> str:
    if isinstance(source, (str, Path)):
        stem = Path(source).stem
        match = re.match(r"^(?:coded|coding|sheet)[_-](.+)$", stem)
        return match.group(1) if match else stem
    return f"coder{i + 1}"


def _bounds(row) -> tuple[float, float]:
    values = row.get("values")
    if isinstance(values, dict) and values:
        return float(min(values)), float(max(values))
    text = str(row.get("range") or "").strip()
    if not text.startswith(("[", ">=", "(")):
        return float("-inf"), float("inf")
    numbers = re.findall(r"-?(?:\d+(?:\.\d+)?|inf)", text.replace("∞", "inf"))
    if len(numbers) >= 2:
        return float(numbers[0]), float(numbers[1])
    if len(numbers) == 1 and re.search(r">=|≥|at least|and above|or more|\+$", text):
        return float(numbers[0]), float("inf")
    return float("-inf"), float("inf")


def _split_columns(sheet: pd.DataFrame, known: set, name: str) -> dict:
    """``{(variable, coder): column}`` for the code columns of one sheet; errors for unknown variables."""
    out, unknown = {}, []
    for col in sheet.columns:
        if col in _NOT_CODES:
            continue
        var, _, coder = str(col).partition("@")
        if var in known:
            out[(var, coder or name)] = col
        elif "." in var or "@" in str(col):
            unknown.append(col)
    if unknown:
        raise ValueError(f"unknown variable(s) {unknown} in the coding sheet; framing.codebook() lists every variable")
    return out


def _parse(cells: pd.Series, var: str, level: str, bounds, allowed, sheet: pd.DataFrame, coder: str):
    """Codes as floats (NaN = uncoded) for the rows of the variable's level; errors for bad values."""
    rows = sheet["level"] == level
    other = sheet.loc[~rows, :].index
    text = cells.astype("string").str.strip().fillna("")
    stray = [u for u, v in zip(sheet.loc[other, "unit_id"], text.loc[other]) if v not in ("", NOT_APPLICABLE)]
    if stray:
        raise ValueError(f"coder {coder!r} gave {var} (a {level}-level variable) a code on other units: {stray[:5]}")
    mine = text.loc[rows].replace(NOT_APPLICABLE, "")
    values = pd.to_numeric(mine.where(mine != "", None), errors="coerce")
    bad = mine[(mine != "") & values.isna()]
    if len(bad):
        pairs = list(zip(sheet.loc[bad.index, "unit_id"], bad))[:5]
        raise ValueError(f"coder {coder!r}: {var} has codes that are not numbers: {pairs}")
    lo, hi = bounds
    mask = values.notna() & ((values < lo) | (values > hi))
    if allowed:
        mask |= values.notna() & ~values.isin(list(allowed))
    outside = values[mask]
    if len(outside):
        pairs = list(zip(sheet.loc[outside.index, "unit_id"], outside))[:5]
        legal = sorted(allowed) if allowed else f"{lo} to {hi}"
        raise ValueError(f"coder {coder!r}: {var} has codes outside the codebook's range ({legal}): {pairs}")
    return pd.Series(values.to_numpy(dtype=float), index=sheet.loc[rows, "unit_id"].to_numpy())


def _check_units(units: pd.DataFrame, corpus: pd.DataFrame) -> None:
    missing = sorted(set(units["doc_id"]) - set(corpus.index))
    if missing:
        raise ValueError(f"the coding sheet has doc_ids that are not in the corpus: {missing[:10]} "
                         f"(corpus ids look like {list(corpus.index[:3])})")
    bad_level = sorted(set(units["level"]) - {"article", "sentence"})
    if bad_level:
        raise ValueError(f"the coding sheet's level column has {bad_level}; expected 'article' or 'sentence'")
    arts = units[units["level"] == "article"]
    wrong = [u for u, d in zip(arts["unit_id"], arts["doc_id"]) if u != unit_id(d)]
    sents = units[units["level"] == "sentence"]
    if len(sents):
        if "start" not in sents.columns or "end" not in sents.columns:
            raise ValueError("sentence units need 'start' and 'end' columns; draw the sheet with coding_sheet()")
        starts = pd.to_numeric(sents["start"], errors="coerce")
        ends = pd.to_numeric(sents["end"], errors="coerce")
        broken = sents.loc[starts.isna() | ends.isna(), "unit_id"].tolist()
        if broken:
            raise ValueError(f"sentence units without numeric start/end offsets: {broken[:5]}")
        shown_texts = sents["text"] if "text" in sents.columns else pd.Series([None] * len(sents), index=sents.index)
        for uid, doc_id, a, b, shown in zip(sents["unit_id"], sents["doc_id"], starts, ends, shown_texts):
            a, b = int(a), int(b)
            if uid != unit_id(doc_id, a, b):
                wrong.append(uid)
                continue
            body = corpus.at[doc_id, "text"]
            if not 0 <= a < b <= len(body):
                raise ValueError(f"unit {uid}: offsets {a}-{b} lie outside the article ({len(body)} characters): "
                                 "the sheet does not match the corpus (cleaned differently?)")
            if isinstance(shown, str) and shown.strip() and _same(shown) != _same(body[a:b]):
                raw = corpus.at[doc_id, "raw_text"] if "raw_text" in corpus.columns else None
                hint = ("the sheet was drawn on the uncleaned texts: load the corpus with "
                        "load_corpus(..., clean=False)" if isinstance(raw, str) and _same(raw[a:b]) == _same(shown)
                        else "was the corpus changed, or cleaned differently, since the sheet was drawn?")
                raise ValueError(f"unit {uid}: the sheet's text is not the corpus text at {a}-{b} ({hint})")
    if wrong:
        raise ValueError(f"unit_id(s) that do not match their doc_id/start/end: {wrong[:5]} "
                         "(an article is 'doc_id', a sentence 'doc_id:start-end')")


def _same(text: str) -> str:
    """Text as compared with the corpus: control characters and runs of whitespace as one space."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _corpus_from_sheet(units: pd.DataFrame) -> pd.DataFrame:
    arts = units[(units["level"] == "article")]
    texts = dict(zip(arts["doc_id"], arts.get("text", pd.Series([None] * len(arts)))))
    needed = set(units["doc_id"])
    lacking = sorted(d for d in needed if not isinstance(texts.get(d), str) or not texts[d])
    if lacking:
        raise ValueError(f"pass corpus=: the sheet does not carry the full text of {lacking[:5]}")
    return pd.DataFrame({"text": pd.Series(texts)}).rename_axis("doc_id")


def _binary_scores(human: np.ndarray, machine: np.ndarray) -> tuple[float, float, float]:
    tp = float(np.sum((human == 1) & (machine == 1)))
    fp = float(np.sum((human == 0) & (machine == 1)))
    fn = float(np.sum((human == 1) & (machine == 0)))
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else float("nan")
    return precision, recall, f1


def _compare(var, spec, human_codes: dict, machine: pd.Series, *, n_boot, seed):
    """Rows of the agreement table and the confusion tables for one variable."""
    scale = spec["scale"] if spec["scale"] in ("nominal", "ordinal", "interval", "ratio") else "interval"
    values = spec["values"] if isinstance(spec["values"], dict) and spec["values"] else None
    domain = sorted(float(k) for k in values) if values else None
    binary = values is not None and set(values) == {0, 1}
    rows, confusion = [], {}
    base = {"variable": var, "level": spec["level"], "scale": scale}
    for coder, human in human_codes.items():
        both = pd.concat([human.rename("h"), machine.rename("m")], axis=1).dropna()
        data = both[["h", "m"]].to_numpy(dtype=float).T
        alpha, low, high = alpha_interval(data, scale=scale, domain=domain, n_boot=n_boot, seed=seed)
        p = r = f = float("nan")
        if binary:
            p, r, f = _binary_scores(data[0], data[1])
        rows.append({**base, "comparison": f"{coder} vs {TOOLKIT}", "units": len(both), "alpha": alpha,
                     "alpha_low": low, "alpha_high": high,
                     "percent_agreement": float(np.mean(data[0] == data[1])) if len(both) else float("nan"),
                     "precision": p, "recall": r, "f1": f})
        if values is not None or both["h"].nunique() <= 12:
            table = pd.crosstab(both["h"].rename(coder), both["m"].rename(TOOLKIT), dropna=False)
            if values is not None:
                keys = [float(k) for k in values]
                table = table.reindex(index=keys, columns=keys, fill_value=0)
            confusion[(var, coder)] = table
    if len(human_codes) >= 2:
        frame = pd.concat(human_codes, axis=1)
        frame = frame[frame.notna().sum(axis=1) >= 2]
        data = frame.to_numpy(dtype=float).T
        alpha, low, high = alpha_interval(data, scale=scale, domain=domain, n_boot=n_boot, seed=seed)
        pair = frame.dropna()
        agree = float((pair.nunique(axis=1) == 1).mean()) if len(pair) else float("nan")
        rows.append({**base, "comparison": "humans", "units": len(frame), "alpha": alpha, "alpha_low": low,
                     "alpha_high": high, "percent_agreement": agree, "precision": float("nan"),
                     "recall": float("nan"), "f1": float("nan")})
    return rows, confusion


def _load(sheets, coders):
    if isinstance(sheets, (str, Path, pd.DataFrame)):
        sheets = [sheets]
    sheets = list(sheets)
    if not sheets:
        raise ValueError("give at least one coded sheet")
    if coders is not None:
        coders = [coders] if isinstance(coders, str) else list(coders)
        if len(coders) != len(sheets):
            raise ValueError(f"{len(coders)} coder name(s) for {len(sheets)} sheet(s)")
    names = coders or [_coder_name(s, i) for i, s in enumerate(sheets)]
    if len(set(names)) != len(names):
        raise ValueError(f"two sheets have the same coder name {names}; pass coders=[...]")
    loaded = []
    for source, name in zip(sheets, names):
        sheet = read_sheet(source).reset_index(drop=True)
        sheet["unit_id"] = sheet["unit_id"].astype(str).str.strip()
        sheet["doc_id"] = sheet["doc_id"].astype(str).str.strip()
        sheet["level"] = sheet["level"].astype(str).str.strip()
        dupes = sheet["unit_id"][sheet["unit_id"].duplicated()].unique().tolist()
        if dupes:
            raise ValueError(f"coder {name!r}: unit_id(s) listed twice: {dupes[:5]}")
        loaded.append((name, sheet))
    return loaded


def _select(loaded, book: pd.DataFrame, variables, level) -> dict:
    """``{variable: {coder: (sheet, column)}}`` of the coded variables to compare."""
    columns = {}
    for name, s in loaded:
        for (var, coder), col in _split_columns(s, set(book.index), name).items():
            columns.setdefault(var, {})[coder] = (s, col)
    if variables is not None:
        variables = [variables] if isinstance(variables, str) else list(variables)
        unknown = [v for v in variables if v not in book.index]
        if unknown:
            raise ValueError(f"unknown variable(s) {unknown}; framing.codebook() lists every variable")
        absent = [v for v in variables if v not in columns]
        if absent:
            raise ValueError(f"variable(s) {absent} are not in the coding sheet(s)")
        columns = {v: columns[v] for v in variables}
    if level is not None:
        columns = {v: c for v, c in columns.items() if book.at[v, "level"] == level}
    if not columns:
        raise ValueError("the coding sheet(s) have no coded variable" + (f" of level {level!r}" if level else ""))
    return columns


def _human_codes(columns: dict, book: pd.DataFrame, units: pd.DataFrame):
    """Every coder's codes per variable, on every unit of its level (NaN = uncoded), and the uncoded list."""
    human, uncoded = {}, []
    for var, by_coder in columns.items():
        spec = book.loc[var]
        values = spec["values"] if isinstance(spec["values"], dict) else None
        expected = units.loc[units["level"] == spec["level"], "unit_id"].to_numpy()
        for coder, (s, col) in by_coder.items():
            codes = _parse(s[col], var, spec["level"], _bounds(spec), values, s, coder).reindex(expected)
            uncoded += [(coder, var, u) for u in codes.index[codes.isna()]]
            human.setdefault(var, {})[coder] = codes
        if all(c.isna().all() for c in human[var].values()):
            raise ValueError(f"no coder gave {var} a single code: the sheet is not coded yet")
    uncoded = pd.DataFrame(uncoded, columns=["coder", "variable", "unit_id"])
    if len(uncoded):
        warnings.warn(f"{len(uncoded)} cell(s) left uncoded are not in alpha (listed in .uncoded): "
                      f"{uncoded.groupby(['coder', 'variable']).size().to_dict()}", UncodedWarning, stacklevel=3)
    return human, uncoded


def _machine_codes(frame, units: pd.DataFrame, levels: dict, uncoded: pd.DataFrame, *, cast=None):
    """The toolkit's codes on the same units; units it cannot code are added to ``uncoded``."""
    needed = units[units["level"].isin(set(levels.values()))].copy()
    for col in ("start", "end"):
        needed[col] = pd.to_numeric(needed[col], errors="coerce") if col in needed.columns else np.nan
    machine = toolkit_codes(frame, needed, levels, cast=cast)
    for var, level in levels.items():
        expected = units.loc[units["level"] == level, "unit_id"]
        missing = machine[var].reindex(expected.to_numpy())
        gaps = [(TOOLKIT, var, u) for u in missing.index[missing.isna()]]
        if gaps:
            warnings.warn(f"the toolkit gives no {var} for {len(gaps)} unit(s) (no words, or not English); "
                          "they are left out of alpha and listed in .uncoded", UncodedWarning, stacklevel=3)
            uncoded = pd.concat([uncoded, pd.DataFrame(gaps, columns=uncoded.columns)], ignore_index=True)
    return machine, uncoded


def agreement(sheet, *, corpus=None, level=None, coders=None, variables=None, n_boot=1000, seed=0,
              cast=None) -> Agreement:
    """Compare human coding with the toolkit on the same units.

    Parameters
    ----------
    sheet : path, DataFrame, or a list of them
        Coded sheet(s) drawn by :func:`framing.coding_sheet`. Several coders: one sheet per coder
        (the coder is named after the file, ``coded_a.csv`` -> ``'a'``, or by ``coders=``), or one
        sheet with columns ``variable@coder``.
    corpus : DataFrame or path, optional
        The corpus the sheet was drawn from. If omitted, the article texts carried by the sheet's
        article rows are used (a sheet of sentences only needs ``corpus=``).
    level : {None, 'article', 'sentence'}
        Only the variables of that level.
    coders : list of str, optional
        Names of the coders of the sheets, in order.
    variables : list of str, optional
        Only these variables (default: every coded variable of the sheet).
    n_boot : int
        Bootstrap resamples of the units for the 95% interval of alpha (0: no interval).
    seed : int
        Seed of the bootstrap.
    cast : path, dict or Cast, optional
        Needed when per-actor variables are coded.

    Returns
    -------
    Agreement
        ``.table`` (alpha with interval per variable and comparison, P/R/F1 for binary variables),
        ``.confusion``, ``.uncoded`` (every cell left empty: reported, never silently dropped), ``.codes``.

    Raises
    ------
    ValueError
        An empty sheet, ids or offsets that do not match the corpus, an unknown variable, a code that
        is not a number or lies outside the codebook's range, or a variable with no code at all.

    Limitations
    -----------
    Alpha on few units has a wide interval: read the interval, not the point. The toolkit's codes for
    sentence units come from the evidence spans overlapping the unit; a human coder may weigh the
    same words differently (a quoted loaded word, an 'ability' *could*), which is what the
    comparison is meant to show. P/R/F1 treat the human code as the reference.

    References
    ----------
    Krippendorff, K. (2004). *Content Analysis* (2nd ed.), pp. 241-243 (alpha >= .800 reliable;
    .667 <= alpha < .800 for tentative conclusions only). Sage.
    Hayes, A. F. & Krippendorff, K. (2007). Answering the call for a standard reliability measure
    for coding data. *Communication Methods and Measures* 1(1), 77-89.
    Grimmer, J. & Stewart, B. M. (2013). Text as data. *Political Analysis* 21(3), 267-297.
    """
    from framing.scholar.codebook import codebook

    if level not in (None, "article", "sentence"):
        raise ValueError(f"level must be None, 'article' or 'sentence', not {level!r}")
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 0:
        raise ValueError(f"n_boot must be a non-negative integer, not {n_boot!r}")
    book = codebook(cast=cast).set_index("name")
    loaded = _load(sheet, coders)
    units = pd.concat([s[[c for c in ("unit_id", "level", "doc_id", "start", "end", "text") if c in s.columns]]
                       for _, s in loaded]).drop_duplicates("unit_id").reset_index(drop=True)
    frame = _corpus_from_sheet(units) if corpus is None else as_corpus(corpus)
    _check_units(units, frame)

    columns = _select(loaded, book, variables, level)
    human, uncoded = _human_codes(columns, book, units)
    levels = {v: book.at[v, "level"] for v in columns}
    machine, uncoded = _machine_codes(frame, units, levels, uncoded, cast=cast)

    rows, confusion, long = [], {}, []
    for var, by_coder in human.items():
        spec = book.loc[var]
        spec = {"level": spec["level"], "scale": spec["scale"], "values": spec["values"]}
        r, c = _compare(var, spec, by_coder, machine[var].astype(float), n_boot=n_boot, seed=seed)
        rows += r
        confusion.update(c)
        for coder, codes in {**by_coder, TOOLKIT: machine[var].reindex(next(iter(by_coder.values())).index)}.items():
            long.append(pd.DataFrame({"unit_id": codes.index, "level": spec["level"], "variable": var,
                                      "coder": coder, "value": codes.to_numpy(dtype=float)}))
    table = pd.DataFrame(rows)
    names = tuple(dict.fromkeys(c for by in human.values() for c in by))
    return Agreement(table=table, confusion=confusion, uncoded=uncoded, codes=pd.concat(long, ignore_index=True),
                     coders=names, n_boot=int(n_boot), seed=int(seed))
