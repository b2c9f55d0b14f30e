"""Profiles: every scalar measure of one article as one flat row, and of a corpus as one table.

``profile(doc)`` is the one place that composes the measures: the text is read once, quotes are
found once and passed to sentiment and actors. ``profile_corpus(frame)`` runs it over a corpus in
chunks, optionally in worker processes or on a Dask cluster (the mechanics are in
:mod:`framing.parallel`).

The columns, their definitions, units and dtypes are those of :mod:`framing.variables`, the
registry the codebook is built from; :func:`framing.variables.profile_columns` lists them.

Rows by article (the ``status`` column)
---------------------------------------
* ``ok``: English text, every measure computed.
* ``empty``: no words; counts are 0 and rates NaN, as the measures define them.
* ``not_english``: the language is recorded and the text counted (``text.*``), but every
  English-only measure is NaN: the lexicons and VADER are English, and scoring another language
  with them gives nonsense (German *die* read as "to die").
* ``invalid``: the cell held no text (NaN, None, bytes, a number): every value is NaN
  (:func:`profile` raises TypeError instead; :func:`profile_corpus` warns once for all such rows).
* ``error``: a measure failed on this text (a bug, please report it); values are NaN.
"""

from __future__ import annotations

import hashlib
import math
import warnings
from functools import lru_cache
from pathlib import Path

from framing.document import Document, LanguageWarning, _read, english_check
from framing.variables import profile_columns, variables, version_of

__all__ = ["profile", "profile_corpus", "profile_values", "resolve_cast"]

_DROPPED = ("words", "sentences")  # each measure repeats them; the row has them once as text.*


@lru_cache(maxsize=16)
def _cast_from_file(path: str, mtime_ns: int, size: int):
    from framing.actors import as_cast

    return as_cast(path)


def resolve_cast(cast):
    """A :class:`~framing.actors.Cast` from what a user passes; a YAML path is parsed once per process.

    The parsed file is cached by path, modification time and size, so worker processes and
    repeated :func:`profile` calls read a cast file once, and an edited file is read again.
    """
    if cast is None:
        return None
    if isinstance(cast, (str, Path)):
        path = Path(cast)
        if path.is_file():
            stat = path.stat()
            return _cast_from_file(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    from framing.actors import as_cast

    return as_cast(cast)


@lru_cache(maxsize=16)
def _cast_label(cast) -> str:
    digest = hashlib.sha256(cast.to_frame().to_csv(index=False).encode("utf-8")).hexdigest()[:12]
    return f"{cast.source}#{digest}"


@lru_cache(maxsize=16)
def _columns(cast) -> tuple:
    return tuple(profile_columns(cast))


@lru_cache(maxsize=1)
def _framing_version() -> str:
    from framing import __version__

    return __version__


@lru_cache(maxsize=16)
def _provenance_of(cast) -> tuple:
    found = version_of
    out = {
        "framing_version": _framing_version(),
        "provenance.hedges": found("hedges"),
        "provenance.cue_verbs": found("cue_verbs"),
        "provenance.sources": found("sources"),
        "provenance.loaded": found("loaded"),
        "provenance.vader": found("vader"),
        "provenance.langid": found("langid"),
    }
    if cast is not None:
        out["provenance.role_verbs"] = found("role_verbs")
        out["provenance.target_sentiment"] = found("target_sentiment") or None
        out["provenance.cast"] = _cast_label(cast)
    return tuple(out.items())


def _provenance(cast) -> dict:
    return dict(_provenance_of(cast))


def _measures(doc: Document, cast, keep: dict | None = None) -> dict:
    """Run every measure once on one Document and collect their summaries (results into ``keep``, by name)."""
    from framing.hedging import hedging
    from framing.quotes import quotes
    from framing.sentiment import sentiment

    found = quotes(doc)
    results = [hedging(doc), found, sentiment(doc, quotes=found)]
    if cast is not None:
        from framing.actors import actors

        results.append(actors(doc, cast, quotes=found))
    if keep is not None:
        keep.update(zip(("hedging", "quotes", "sentiment", "actors"), results))
    values = {}
    for result in results:
        # summary_values() (a plain dict) where a measure has it: a pandas Series per article costs
        # more than some measures; otherwise the measure's summary().
        cheap = getattr(result, "summary_values", None)
        for key, value in (cheap() if cheap else result.summary()).items():
            if key.rpartition(".")[2] not in _DROPPED:
                values[key] = value
    return values


def _is_english(doc: Document, text: str, language) -> tuple[str | None, float, bool]:
    """(language code, confidence, score as English?) for one article."""
    if isinstance(language, str) and language.strip():
        code = language.strip().lower()
        return code, float("nan"), code.split("-")[0] == "en"
    if doc.n_words == 0:
        return None, float("nan"), True
    # read() has checked the text already (doc.english); a Document built otherwise is checked here
    looks_english, _, found = doc.english or english_check(doc.folded, doc.word_starts, doc.word_ends, text)
    if found is None:
        from framing.lang.identify import identify

        found = identify(text)
    return found.code, found.confidence, looks_english


def profile_values(doc, *, cast=None, language=None, keep: dict | None = None) -> dict:
    """The profile of one article as a plain dict (what :func:`profile` wraps in a Series).

    ``cast`` must already be a Cast or None here (see :func:`resolve_cast`); used by
    :func:`framing.profile_corpus`, which builds no Series per article.
    """
    values = dict.fromkeys(_columns(cast), float("nan"))
    values.update(_provenance(cast))
    if isinstance(doc, Document):
        text = doc.text
    else:
        text = doc
        declared = isinstance(language, str) and bool(language.strip())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", LanguageWarning)  # the row records the language instead
            doc = _read(text, check_english=not declared)  # a declared language is not checked
    code, confidence, english = _is_english(doc, text, language)
    values.update(
        {
            "language": code,
            "language.confidence": confidence,
            "text.characters": len(text),
            "text.words": doc.n_words,
            "text.sentences": doc.n_sentences,
            "text.paragraphs": len(doc.paragraphs),
        }
    )
    if not english:
        values["status"] = "not_english"
        return values
    values["status"] = "ok" if doc.n_words else "empty"
    values.update(_measures(doc, cast, keep))
    return values


def profile(doc, *, cast=None, language=None):
    """Every scalar measure of one article, as one flat row.

    Parameters
    ----------
    doc : Document or str
        The article (a str is read with :func:`framing.read`).
    cast : Cast, path, dict or None, optional
        The actors to look for; with a cast the row has ``actors.*`` columns, one
        set ``actors.<actor>.<quantity>`` per actor (see :func:`framing.variables.actor_key`).
        Without one, actors are not measured (a suggested cast differs per article, so
        its columns could not be compared across a corpus).
    language : str, optional
        The article's language code when already known (a corpus's ``language``
        column); otherwise it is identified offline.

    Returns
    -------
    pandas.Series
        Indexed by :func:`framing.variables.profile_columns` (``cast``), always in the
        same order: ``status``, ``language``, ``language.confidence``, ``text.*``, then
        ``hedging.*``, ``quotes.*``, ``sentiment.*``, ``actors.*`` and the provenance
        (``framing_version``, ``provenance.<lexicon or model>``: name@version).
        The definitions are in :func:`framing.variables.to_frame` (the codebook).

    Raises
    ------
    TypeError
        If ``doc`` is neither a Document nor a str.

    Notes
    -----
    The measures run once each on one Document: :func:`framing.quotes` once, its result
    passed to :func:`framing.sentiment` and :func:`framing.actors`. Each measure's
    ``summary()`` gives its scalars; the word and sentence counts they repeat appear
    once, as ``text.words`` and ``text.sentences``.

    An article whose language is not English (identified as another language with
    confidence, or given so) gets ``status='not_english'``: its language and size are
    recorded and every English-only measure is NaN. An empty text gets ``status='empty'``,
    zero counts and NaN rates.

    Limitations
    -----------
    A profile is only as valid as its measures (see each measure's Limitations); the
    rates of a very short text (a headline) rest on a handful of words. Language
    identification of texts under about 20 letters is unreliable; such texts are scored
    as English when English function words make up a quarter of their words.

    References
    ----------
    Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. *Journal of
    Communication*, 43(4), 51-58.
    Grimmer, J. & Stewart, B. M. (2013). Text as data. *Political Analysis*, 21(3), 267-297.
    """
    import pandas as pd

    if not isinstance(doc, (str, Document)):
        kind = "a missing value" if doc is None or (isinstance(doc, float) and math.isnan(doc)) else type(doc).__name__
        raise TypeError(
            f"profile() needs a str or a Document, got {kind} (profile_corpus() turns such cells into NaN rows)"
        )
    cast = resolve_cast(cast)
    values = profile_values(doc, cast=cast, language=language)
    return pd.Series(values, index=list(_columns(cast)), dtype=object, name="profile")


def nan_values(cast, status: str) -> dict:
    """A row of NaN with its status and provenance (an invalid cell, a failed measure)."""
    values = dict.fromkeys(_columns(cast), float("nan"))
    values.update(_provenance(cast))
    values["status"] = status
    return values


def column_dtypes(cast) -> dict:
    return {v.name: v.dtype for v in variables(cast)}


def profile_corpus(
    frame,
    *,
    text: str = "text",
    cast=None,
    n_jobs: int = 1,
    progress: bool = True,
    chunksize: int = 200,
    records: bool = False,
):
    """Profile every article of a corpus: one row per article, the caller's index kept.

    Parameters
    ----------
    frame : pandas.DataFrame or dask.dataframe.DataFrame
        The corpus, one row per article (what :func:`framing.load_corpus` returns, or
        any frame with a text column). A ``language`` column, when present, gives each
        article's language (otherwise it is identified); where a ``language_reliable``
        column (from :func:`framing.load_corpus`) says the code is a guess, the article's
        language is decided again as :func:`profile` does without one.
    text : str, default 'text'
        The column holding the article texts.
    cast : Cast, path, dict or None, optional
        The actors to look for (see :func:`profile`). A path is parsed once per process.
    n_jobs : int, default 1
        Worker processes (``-1``: one per core). Ignored for a dask frame (the cluster decides).
    progress : bool, default True
        Show a tqdm progress bar.
    chunksize : int, default 200
        Articles per chunk at most: the unit of work sent to a worker (with workers, a small
        corpus is cut into smaller chunks, about 8 per worker and at least 10 articles each, so
        that no worker idles long at the end); only ``4 * n_jobs`` chunks are in flight, so
        memory stays flat as the corpus grows.
    records : bool, default False
        Also keep every article's measure results (cues, quotes, mentions with spans).
        Memory then grows with the corpus; leave it off for large corpora.

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        One row per article, indexed like ``frame``, with the columns of
        :func:`framing.variables.profile_columns` (``cast``). With ``records=True``, a pair
        ``(table, records)`` where ``records`` is a Series (same index) of dicts
        ``{'hedging': Hedging, 'quotes': Quotes, 'sentiment': Sentiment[, 'actors': Actors]}``
        (None for an invalid cell). A dask frame in gives a dask frame out (lazy:
        ``.compute()`` runs it), built with ``map_partitions`` and a declared ``meta``.

    Raises
    ------
    TypeError
        If ``frame`` is not a DataFrame.
    KeyError
        If the text column is missing.
    ValueError
        On a bad ``n_jobs`` or ``chunksize``.

    Warns
    -----
    FramingWarning
        Once, listing the rows whose cell held no text (NaN, None, bytes, a number):
        they get NaN rows with ``status='invalid'``; and once listing the rows where a
        measure failed (``status='error'``). The corpus is never aborted.
    LanguageWarning
        Once, counting the articles that are not in English (``status='not_english'``).
    MarkupWarning
        Once, counting the articles that contain HTML markup.

    Notes
    -----
    Each article is profiled by :func:`profile` (read once, quotes once). Worker
    processes each load the lexicons and models once (the pool's initializer); on Linux
    they are forked from the calling process, which loads them first, elsewhere started
    afresh (about half a second each, once). Workers receive texts and send back plain
    arrays; the calling process builds the table, one chunk at a time.

    Limitations
    -----------
    A Dask run emits no summary warnings (the workers' warnings stay on the workers):
    read the ``status`` column instead.

    References
    ----------
    Rocklin, M. (2015). Dask: parallel computation with blocked algorithms and task scheduling.
    *Proceedings of the 14th Python in Science Conference*.
    """
    import pandas as pd

    if _is_dask(frame):
        return _profile_dask(frame, text=text, cast=cast)
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(
            f"profile_corpus() needs a pandas or dask DataFrame, got {type(frame).__name__} "
            "(framing.load_corpus() reads folders and files into one)"
        )
    if text not in frame.columns:
        raise KeyError(f"profile_corpus(): no column {text!r} in the frame (columns: {list(frame.columns)[:10]})")
    n_jobs = _check_jobs(n_jobs)
    if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, got {chunksize!r}")
    if frame.index.has_duplicates:
        warnings.warn("profile_corpus(): the frame's index has duplicate labels; rows keep them", stacklevel=2)
    parsed = resolve_cast(cast)  # parse (and validate) once here, before any worker starts
    spec = str(Path(cast)) if isinstance(cast, (str, Path)) else parsed  # workers parse a path once each
    language = "language" if "language" in frame.columns and text != "language" else None

    from framing.parallel import run_local
    from framing.progress import bar as tqdm
    from framing.variables import empty_profile

    tables, kept, notes = [], [], {}
    with tqdm(total=len(frame), disable=not progress, unit="article", desc="profiling") as bar:
        for table, chunk_notes, chunk_records in run_local(
            frame, text=text, language=language, cast=spec, n_jobs=n_jobs, chunksize=chunksize, bar=bar,
            records=records,
        ):
            tables.append(table)
            for kind, labels in chunk_notes.items():
                notes.setdefault(kind, []).extend(labels)
            if records:
                kept.extend(chunk_records)
    out = pd.concat(tables) if tables else empty_profile(parsed, index=frame.index)
    _warn_summary(notes, len(frame))
    if records:
        return out, pd.Series(kept, index=frame.index, dtype=object, name="records")
    return out


def _check_jobs(n_jobs) -> int:
    import os

    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0 or n_jobs < -1:
        raise ValueError(f"n_jobs must be a positive int or -1 (every core), got {n_jobs!r}")
    return (os.cpu_count() or 1) if n_jobs == -1 else n_jobs


def _labels(labels, limit: int = 10) -> str:
    shown = ", ".join(repr(x) for x in labels[:limit])
    return shown + (f" and {len(labels) - limit} more" if len(labels) > limit else "")


def _warn_summary(notes: dict, n: int) -> None:
    from framing.document import FramingWarning, MarkupWarning

    invalid = notes.get("invalid", [])
    if invalid:
        kinds = sorted({kind for _, kind in invalid})
        warnings.warn(
            f"profile_corpus(): {len(invalid)} of {n} rows have no text ({', '.join(kinds)}) and got NaN rows "
            f"with status 'invalid': {_labels([label for label, _ in invalid])}",
            FramingWarning,
            stacklevel=3,
        )
    if notes.get("error"):
        warnings.warn(
            f"profile_corpus(): a measure failed on {len(notes['error'])} of {n} articles (NaN rows with status "
            f"'error'; please report it): {'; '.join(notes['messages'])}",
            FramingWarning,
            stacklevel=3,
        )
    if notes.get("not_english"):
        warnings.warn(
            f"profile_corpus(): {len(notes['not_english'])} of {n} articles are not in English; their language "
            f"is recorded and the English-only measures are NaN: {_labels(notes['not_english'])}",
            LanguageWarning,
            stacklevel=3,
        )
    if notes.get("markup"):
        warnings.warn(
            f"profile_corpus(): {len(notes['markup'])} of {n} articles contain HTML markup, measured as words: "
            f"{_labels(notes['markup'])} (framing.clean or load_corpus strip it)",
            MarkupWarning,
            stacklevel=3,
        )


def _is_dask(frame) -> bool:
    return type(frame).__module__.split(".")[0] in ("dask", "dask_expr") and hasattr(frame, "map_partitions")


def _profile_dask(frame, *, text: str, cast):
    from framing.parallel import profile_partition
    from framing.variables import empty_profile

    if text not in frame.columns:
        raise KeyError(f"profile_corpus(): no column {text!r} in the dask frame (columns: {list(frame.columns)[:10]})")
    parsed = resolve_cast(cast)
    spec = str(Path(cast)) if isinstance(cast, (str, Path)) else parsed
    language = "language" if "language" in frame.columns and text != "language" else None
    meta = empty_profile(parsed, index=frame._meta.index)
    return frame.map_partitions(profile_partition, text, language, spec, meta=meta)
