"""The mechanics of :func:`framing.profile_corpus`: chunks, worker processes and Dask partitions.

A corpus is cut into chunks of ``chunksize`` articles. Each chunk is profiled by :func:`run_chunk`
(in this process, or in a worker of a :class:`concurrent.futures.ProcessPoolExecutor`), which
returns a small DataFrame of profile rows and notes on the rows that need a warning; only a few
chunks are in flight at a time, so memory stays flat however long the corpus. On Dask, each
partition is profiled by :func:`profile_partition`, declared with the profile's ``meta``.
"""

from __future__ import annotations

import math
import warnings
from collections import deque
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

from framing.document import FramingWarning, LanguageWarning, MarkupWarning
from framing.profile import column_dtypes, nan_values, profile_values, resolve_cast

__all__ = ["run_chunk", "run_local", "profile_partition", "NOTE_KINDS"]

#: Kinds of notes a chunk returns (row positions), summarised in one warning each.
NOTE_KINDS = ("invalid", "not_english", "markup", "error")


def _valid_language(value):
    return value if isinstance(value, str) and value.strip() else None


def run_chunk(texts, languages, index, cast, records: bool = False):
    """Profile one chunk of articles; never raises on a bad cell.

    Parameters
    ----------
    texts, languages : sequence
        The cells of the text column and of the language column (or Nones).
    index : pandas.Index
        The caller's index labels of these rows.
    cast : Cast, path or None
        A path is parsed once per process (:func:`framing.profile.resolve_cast`).
    records : bool
        Also return the measure results of each article (memory grows with the corpus).

    Returns
    -------
    (DataFrame, dict, list or None)
        Profile rows with the caller's index, ``{kind: [index labels]}`` for
        :data:`NOTE_KINDS` (plus ``'messages'``: the first error messages), and the
        results per article when ``records``.
    """
    cast = resolve_cast(cast)
    rows, kept = [], [] if records else None
    notes = {kind: [] for kind in NOTE_KINDS}
    notes["messages"] = []
    for label, text, language in zip(index, texts, languages):
        if not isinstance(text, str):
            rows.append(nan_values(cast, "invalid"))
            notes["invalid"].append((label, _describe(text)))
            if records:
                kept.append(None)
            continue
        found = {} if records else None
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", FramingWarning)
                warnings.simplefilter("ignore", LanguageWarning)
                row = profile_values(text, cast=cast, language=_valid_language(language), keep=found)
        except Exception as error:  # noqa: BLE001 - one failing article must not abort a corpus
            row = nan_values(cast, "error")
            notes["error"].append(label)
            if len(notes["messages"]) < 3:
                notes["messages"].append(f"{label!r}: {type(error).__name__}: {error}")
        else:
            if row["status"] == "not_english":
                notes["not_english"].append(label)
            if any(issubclass(w.category, MarkupWarning) for w in caught):
                notes["markup"].append(label)
        rows.append(row)
        if records:
            kept.append(found)
    dtypes = column_dtypes(cast)
    frame = pd.DataFrame.from_records(rows, columns=list(dtypes), index=index)
    return frame.astype(dtypes), notes, kept


def _describe(value) -> str:
    if value is None:
        return "None"
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    return type(value).__name__


def chunks(frame: pd.DataFrame, text: str, language: str | None, chunksize: int):
    """``(texts, languages, index)`` for each run of ``chunksize`` rows."""
    n = len(frame)
    for start in range(0, n, chunksize):
        part = frame.iloc[start : start + chunksize]
        texts = part[text].tolist()
        languages = part[language].tolist() if language else [None] * len(part)
        yield texts, languages, part.index


def run_local(frame, *, text, language, cast, n_jobs, chunksize, bar, records):
    """Profile every chunk, in this process (``n_jobs=1``) or in ``n_jobs`` worker processes.

    Yields the results of :func:`run_chunk` in corpus order.
    """
    work = chunks(frame, text, language, chunksize)
    if n_jobs == 1:
        for texts, languages, index in work:
            out = run_chunk(texts, languages, index, cast, records)
            bar.update(len(index))
            yield out
        return
    warm_up(cast)
    in_flight: deque = deque()
    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        for texts, languages, index in work:
            in_flight.append((pool.submit(run_chunk, texts, languages, index, cast, records), len(index)))
            if len(in_flight) >= 2 * n_jobs:  # a bounded queue keeps memory flat
                future, size = in_flight.popleft()
                yield future.result()
                bar.update(size)
        while in_flight:
            future, size = in_flight.popleft()
            yield future.result()
            bar.update(size)


def warm_up(cast) -> None:
    """Load the lexicons, Punkt, VADER and the cast in this process before workers start.

    Workers forked from it (the default on Linux) then start with everything loaded; workers
    started afresh (macOS, Windows) load them once each on their first chunk.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        profile_values(_WARM_UP, cast=resolve_cast(cast), language="en")


_WARM_UP = 'Officials said on Friday that the talks "could resume soon," according to two diplomats.'


def profile_partition(part: pd.DataFrame, text: str, language: str | None, cast) -> pd.DataFrame:
    """Profile one Dask partition (its index kept); bad cells give NaN rows with their status."""
    frames = [
        run_chunk(texts, languages, index, cast)[0] for texts, languages, index in chunks(part, text, language, 500)
    ]
    if not frames:
        from framing.variables import empty_profile

        return empty_profile(resolve_cast(cast), index=part.index)
    return pd.concat(frames) if len(frames) > 1 else frames[0]
