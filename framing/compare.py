"""One article against a corpus: where it sits on every measure.

:func:`compare` puts a focal article's profile (see :func:`framing.profile`)
against the distribution of the same measures in a corpus: the corpus median and
interquartile range, the article's percentile, a robust z-score and a bootstrap
confidence interval of the corpus median, overall or per group (outlet type,
language, country). :func:`summarise` turns the result into sentences a notebook
can print, so that no finding is written by hand.

Distinctive words are in :mod:`framing.terms` (:func:`framing.distinctive_terms`).
"""

from __future__ import annotations

import re
import warnings

import numpy as np
import pandas as pd

from framing.document import Document

__all__ = ["actors_across", "compare", "summarise", "Summary", "split_focal"]

_MAD_SCALE = 1.4826  # MAD * 1.4826 estimates the standard deviation of a normal distribution
_COLUMNS = ["measure", "focal", "n", "n_missing", "median", "q1", "q3", "iqr", "percentile", "robust_z",
            "ci_low", "ci_high"]
_SPACE = re.compile(r"\s+")


def _norm(text) -> str:
    return _SPACE.sub(" ", text).strip().casefold() if isinstance(text, str) else ""


def _is_profile_table(frame: pd.DataFrame, text: str) -> bool:
    measures = [c for c in frame.columns if isinstance(c, str) and "." in c]
    return bool(measures) or text not in frame.columns


def _profile_text(focal, cast):
    from framing.profile import profile  # the one place that composes the measures

    return profile(focal, cast=cast)


def _profile_frame(frame: pd.DataFrame, *, text: str, cast) -> pd.DataFrame:
    from framing.profile import profile_corpus

    table = profile_corpus(frame, text=text, cast=cast, progress=False)
    meta = frame.drop(columns=[c for c in frame.columns if c in table.columns or c == text])
    return meta.join(table)


def _bookkeeping() -> set:
    """Profile columns that describe the text rather than measure framing (language, status, length)."""
    from framing.variables import to_frame

    names = to_frame()
    return set(names.index[names["measure"].isin(["identify", "profile"])])


def split_focal(focal, corpus: pd.DataFrame, *, text: str = "text", exclude=()):
    """Return ``(focal, corpus without the focal article, ids left out)``.

    The focal article is left out when the corpus holds it under its name
    (``focal.name``, a doc_id), under an id in ``exclude``, or as an identical
    text (compared after folding case and white space).
    """
    drop = set(exclude)
    name = getattr(focal, "name", None)
    if isinstance(focal, pd.Series) and name is not None and name in corpus.index:
        drop.add(name)
    focal_text = focal.text if isinstance(focal, Document) else focal
    if isinstance(focal, pd.Series) and text in focal.index:
        focal_text = focal[text]
    if isinstance(focal_text, str) and text in corpus.columns:
        target = _norm(focal_text)
        same = corpus[text].map(_norm) == target
        drop.update(corpus.index[same.to_numpy()])
    drop = [d for d in drop if d in corpus.index]
    return focal, corpus.drop(index=drop), drop


def _focal_profile(focal, cast) -> pd.Series:
    if isinstance(focal, pd.Series):
        return focal
    if isinstance(focal, (str, Document)):
        return _profile_text(focal, cast)
    if isinstance(focal, pd.DataFrame) and len(focal) == 1:
        return focal.iloc[0]
    raise TypeError(
        f"focal must be a profile Series, a text or a Document, got {type(focal).__name__}"
    )


def _bootstrap_median(values: np.ndarray, *, n_boot: int, level: float, rng) -> tuple[float, float]:
    n = values.size
    if n < 2 or n_boot < 1:
        return (float("nan"), float("nan"))
    # Resample in blocks so memory stays bounded for large corpora (n_boot x n indices at most 4M at once).
    block = max(1, min(n_boot, 4_000_000 // n))
    medians = []
    for start in range(0, n_boot, block):
        size = min(block, n_boot - start)
        idx = rng.integers(0, n, size=(size, n))
        medians.append(np.median(values[idx], axis=1))
    medians = np.concatenate(medians)
    alpha = (1 - level) / 2
    low, high = np.quantile(medians, [alpha, 1 - alpha])
    return float(low), float(high)


def _rows(focal: pd.Series, table: pd.DataFrame, measures, *, n_boot, level, rng) -> list[dict]:
    rows = []
    for m in measures:
        column = pd.to_numeric(table[m], errors="coerce").to_numpy(dtype=float)
        values = column[np.isfinite(column)]
        f = pd.to_numeric(pd.Series([focal.get(m)]), errors="coerce").iloc[0]
        f = float(f) if pd.notna(f) else float("nan")
        n = int(values.size)
        row = {"measure": m, "focal": f, "n": n, "n_missing": int(column.size - n)}
        if n:
            median = float(np.median(values))
            q1, q3 = (float(x) for x in np.quantile(values, [0.25, 0.75]))
            mad = float(np.median(np.abs(values - median))) * _MAD_SCALE
            if np.isfinite(f):
                percentile = (np.sum(values < f) + 0.5 * np.sum(values == f)) / n * 100
                robust_z = (f - median) / mad if mad > 0 else float("nan")
            else:
                percentile = robust_z = float("nan")
            low, high = _bootstrap_median(values, n_boot=n_boot, level=level, rng=rng)
            row.update(median=median, q1=q1, q3=q3, iqr=q3 - q1, percentile=float(percentile),
                       robust_z=float(robust_z), ci_low=low, ci_high=high)
        rows.append(row)
    return rows


def compare(focal, corpus, *, by=None, measures=None, n_boot: int = 1000, level: float = 0.95, seed: int = 0,
            cast=None, text: str = "text", exclude=()) -> pd.DataFrame:
    """Where one article sits on every measure, against a corpus.

    Parameters
    ----------
    focal : pandas.Series, str or Document
        The focal article: a profile row (from :func:`framing.profile` or a row
        of :func:`framing.profile_corpus`; its name is its doc_id), or a text or
        Document, which is profiled first (with ``cast``).
    corpus : pandas.DataFrame
        A profile table (one row per article, measures as columns named like
        ``hedging.per_100_words``; metadata columns such as ``outlet_type`` may be
        kept alongside), or a corpus frame with a ``text`` column, which is
        profiled first (:func:`framing.profile_corpus`).
    by : str or list of str, optional
        A metadata column (``outlet_type``, ``language``, ``outlet_country``):
        the same rows for each group.
    measures : list of str, optional
        The measures to compare; default every numeric measure the focal profile
        and the corpus share (bookkeeping columns such as ``language.confidence``
        left out; text length, ``text.words``, is kept).
    n_boot : int
        Bootstrap resamples for the confidence interval of the corpus median.
    level : float
        Confidence level of that interval.
    seed : int
        Seed of the bootstrap (results are reproducible).
    cast : optional
        Passed to the profile when a text has to be profiled.
    text : str
        The text column of a corpus frame.
    exclude : iterable of doc ids
        Further articles to leave out of the corpus.

    Returns
    -------
    pandas.DataFrame
        One row per measure (per group with ``by``): ``focal`` value; the
        corpus ``n`` (articles with a value), ``n_missing`` (articles whose
        value is NaN: empty, non-English or too short for the measure; they are
        counted, never used), ``median``, ``q1``, ``q3``, ``iqr``; the focal
        article's ``percentile`` (mid-rank: ties count half); ``robust_z``, the
        distance from the median in units of the scaled median absolute
        deviation (MAD x 1.4826; NaN when the MAD is 0, as for a count most
        articles share); ``ci_low``, ``ci_high``: percentile bootstrap interval
        of the corpus median. ``attrs['left_out']`` lists the doc ids removed as
        the focal article.

    Raises
    ------
    TypeError
        If ``focal`` or ``corpus`` has the wrong type.
    ValueError
        If no measure is shared, or ``by`` names a column the corpus lacks.

    Notes
    -----
    The focal article is left out of the corpus it is compared against: by its
    doc_id (the profile Series' name), by the ids in ``exclude``, or as an
    identical text when the corpus frame has texts.

    Limitations: a percentile among a few articles is coarse (with 9 articles
    it moves in steps of 11 points), and the bootstrap interval of a median is
    unreliable below about 10 articles. The corpus is whatever was collected:
    a sample of coverage, not all of it. Measures are compared one at a time;
    with many measures some extreme percentiles arise by chance.

    References
    ----------
    Rousseeuw, P. J. & Croux, C. (1993). Alternatives to the median absolute
    deviation. *JASA* 88(424). Efron, B. & Tibshirani, R. (1993). *An
    Introduction to the Bootstrap*. Chapman & Hall.
    """
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError(f"corpus must be a pandas DataFrame (profile table or corpus), got {type(corpus).__name__}")
    if isinstance(focal, pd.DataFrame):
        if len(focal) != 1:
            raise TypeError("focal as a DataFrame must have exactly one row")
        focal = focal.iloc[0]
    _, rest, left_out = split_focal(focal, corpus, text=text, exclude=exclude)
    if not _is_profile_table(rest, text):
        rest = _profile_frame(rest, text=text, cast=cast)
    focal_row = _focal_profile(focal, cast)
    groups = [by] if isinstance(by, str) else list(by or [])
    missing = [g for g in groups if g not in rest.columns]
    if missing:
        raise ValueError(f"by= names columns the corpus lacks: {missing}; it has {list(rest.columns)}")
    if measures is None:
        skip = _bookkeeping() | set(groups)
        numeric = [c for c in rest.columns if c not in skip and pd.api.types.is_numeric_dtype(rest[c])
                   and not pd.api.types.is_bool_dtype(rest[c])]
        measures = [c for c in focal_row.index if c in set(numeric)]
    else:
        measures = list(measures)
        absent = [m for m in measures if m not in rest.columns]
        if absent:
            raise ValueError(f"the corpus lacks the measures {absent}")
    if not measures:
        raise ValueError("the focal profile and the corpus share no numeric measure")
    rng = np.random.default_rng(seed)
    if not groups:
        result = pd.DataFrame(_rows(focal_row, rest, measures, n_boot=n_boot, level=level, rng=rng),
                              columns=_COLUMNS)
    else:
        parts = []
        for key, part in rest.groupby(groups, dropna=False, sort=True):
            key = key if isinstance(key, tuple) else (key,)
            frame = pd.DataFrame(_rows(focal_row, part, measures, n_boot=n_boot, level=level, rng=rng),
                                 columns=_COLUMNS)
            for g, k in zip(groups, key):
                frame[g] = k
            parts.append(frame)
        result = pd.concat(parts, ignore_index=True)
        result = result[groups + _COLUMNS]
    result.attrs["left_out"] = list(left_out)
    result.attrs["by"] = groups
    return result


class Summary(list):
    """A list of sentences that displays as a bulleted list in a notebook."""

    def _repr_markdown_(self) -> str:
        return "\n".join(f"- {s}" for s in self) if self else "_nothing to report_"

    def __str__(self) -> str:
        return "\n".join(self)


def _ordinal(x: float) -> str:
    k = int(round(x))
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def _fmt(x: float) -> str:
    if not np.isfinite(x):
        return "n/a"
    return f"{x:.2f}" if abs(x) < 100 else f"{x:,.0f}"


def _definitions() -> dict:
    """Short definitions of the profile variables ("hedge cues per 100 words"), for sentences."""
    try:
        from framing.variables import to_frame
    except ImportError:  # pragma: no cover - the registry ships with the profile layer
        return {}
    out = {}
    for name, definition in to_frame()["definition"].items():
        text = re.sub(r"\s*\([^()]*\)", "", str(definition).split(";")[0]).strip().rstrip(".")
        if text and len(text) <= 80:
            out[name] = text[0].lower() + text[1:] if not text[:2].isupper() else text
    return out


def summarise(comparison: pd.DataFrame, *, top: int = 5, label: str = "the article", min_n: int = 5) -> Summary:
    """Sentences stating the most extreme positions of a :func:`compare` result.

    Parameters
    ----------
    comparison : pandas.DataFrame
        The result of :func:`compare` (with or without ``by``).
    top : int
        Number of measures reported (per group with ``by``), those farthest
        from the corpus median by percentile (ties: by robust z).
    label : str
        How the focal article is named in the sentences.
    min_n : int
        Measures with fewer corpus articles than this are not ranked (a
        percentile among 2 articles says little); a sentence says how many
        were skipped.

    Returns
    -------
    Summary
        A list of str (one sentence each), shown as a bulleted list in a
        notebook: "On hedging.per_100_words \u2014 hedge cues per 100 words \u2014
        the article (2.31) sits at the 97th
        percentile of 184 articles (median 0.80, IQR 0.40 to 1.20).". A measure on
        which the focal article has no value, or the corpus none, is reported
        as such, never ranked.
    """
    if not isinstance(comparison, pd.DataFrame) or not {"measure", "focal", "percentile"} <= set(comparison.columns):
        raise TypeError("comparison must be the DataFrame returned by framing.compare()")
    groups = [g for g in comparison.attrs.get("by", []) if g in comparison.columns]
    out = Summary()
    definitions = _definitions()
    parts = comparison.groupby(groups, dropna=False, sort=False) if groups else [((), comparison)]
    for key, part in parts:
        key = key if isinstance(key, tuple) else (key,)
        where = " ".join(f"{k}" for k in key)
        small = part["percentile"].notna() & (part["n"] < min_n)
        ranked = part[~small].dropna(subset=["percentile"]).assign(_d=lambda d: (d.percentile - 50).abs(),
                                                           _z=lambda d: d.robust_z.abs().fillna(-1))
        ranked = ranked.sort_values(["_d", "_z", "measure"], ascending=[False, False, True]).head(top)
        for r in ranked.itertuples(index=False):
            of = f"{r.n} {where + ' ' if where else ''}articles"
            z = f"; robust z {r.robust_z:+.1f}" if np.isfinite(r.robust_z) else ""
            missing = f"; {r.n_missing} without a value left out" if r.n_missing else ""
            defined = f" \u2014 {definitions[r.measure]} \u2014" if r.measure in definitions else ""
            out.append(
                f"On {r.measure}{defined} {label} ({_fmt(r.focal)}) sits at the {_ordinal(r.percentile)} percentile "
                f"of {of} (median {_fmt(r.median)}, IQR {_fmt(r.q1)} to {_fmt(r.q3)}{z}{missing})."
            )
        if small.any():
            out.append(f"{int(small.sum())} measures{' for ' + where if where else ''} are not ranked: fewer than "
                       f"{min_n} articles have a value (at most {int(part.loc[small, 'n'].max())}).")
        elif ranked.empty and len(part):
            out.append(f"No measure could be ranked{' for ' + where if where else ''}: "
                       "the focal article or the corpus has no values.")
    return out


def actors_across(corpus: pd.DataFrame, *, cast, text: str = "text",
                  keep=("outlet", "outlet_type", "language", "outlet_country")) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Actor framing in every article of a corpus, as two long tables.

    Parameters
    ----------
    corpus : pandas.DataFrame
        One row per article with a ``text`` column, indexed by doc_id.
    cast : Cast, path or dict
        The actors to look for (the same cast for every article).
    keep : iterable of str
        Metadata columns copied onto every row (those the corpus has).

    Returns
    -------
    (table, labels) : tuple of pandas.DataFrame
        ``table``: one row per (article, actor mentioned): the columns of
        :attr:`framing.Actors.table` (mentions, agent and patient shares,
        times quoted, quoted words, sentiment ...). ``labels``: one row per
        (article, actor, label, voice) with its count. Both carry ``doc_id``
        and the ``keep`` columns. Articles without text are skipped (counted in
        ``table.attrs['skipped']``).

    Limitations: a cast written for one article misses names other outlets use
    (a suggested cast most of all); actors are only as comparable as the cast.
    """
    from framing.actors import actors, as_cast

    if not isinstance(corpus, pd.DataFrame) or text not in corpus.columns:
        raise TypeError(f"corpus must be a DataFrame with a {text!r} column")
    cast = as_cast(cast)
    keep = [k for k in keep if k in corpus.columns]
    tables, labels, skipped = [], [], 0
    for doc_id, t in corpus[text].items():
        if not isinstance(t, str) or not t.strip():
            skipped += 1
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = actors(t, cast)
        meta = {"doc_id": doc_id, **{k: corpus.at[doc_id, k] for k in keep}}
        mentioned = result.table[result.table["mentions"] > 0]
        tables.append(mentioned.reset_index().assign(**meta))
        labels.append(result.labels.assign(**meta))
    table = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=["doc_id", "actor", *keep])
    labels = pd.concat(labels, ignore_index=True) if labels else \
        pd.DataFrame(columns=["doc_id", "actor", "label", "category", "voice", "count", *keep])
    table.attrs["skipped"] = skipped
    return table, labels
