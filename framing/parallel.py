"""The mechanics of :func:`framing.profile_corpus`: chunks, worker processes and Dask partitions.

A corpus is cut into chunks of at most ``chunksize`` articles. Each chunk is profiled by
:func:`run_chunk` (in this process, or in a worker of a :class:`concurrent.futures.ProcessPoolExecutor`),
which returns plain rows (one tuple per article, in the order of the profile's columns) and notes on
the rows that need a warning; the calling process turns each chunk's rows into a small DataFrame
(:func:`to_table`). Workers get only the texts, language codes and index labels, and send back
the rows as one float array and a few lists (:func:`pack`), so little is pickled, and a worker
never needs pandas. Only a few chunks are in flight at a
time, so memory stays flat however long the corpus. On Dask, each partition is profiled by
:func:`profile_partition`, declared with the profile's ``meta``.
"""

from __future__ import annotations

import gc
import math
import warnings
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

from framing.document import FramingWarning, LanguageWarning, MarkupWarning
from framing.profile import _columns, column_dtypes, nan_values, profile_values, resolve_cast

__all__ = ["run_chunk", "run_local", "profile_partition", "to_table", "pack", "NOTE_KINDS"]

#: Kinds of notes a chunk returns (row positions), summarised in one warning each.
NOTE_KINDS = ("invalid", "not_english", "markup", "error")


def _valid_language(value):
    return value if isinstance(value, str) and value.strip() else None


def run_chunk(texts, languages, labels, cast, records: bool = False, tick=None):
    """Profile one chunk of articles; never raises on a bad cell.

    Parameters
    ----------
    texts, languages : sequence
        The cells of the text column and of the language column (or Nones).
    labels : sequence
        The caller's index labels of these rows (named in the notes).
    cast : Cast, path or None
        A path is parsed once per process (:func:`framing.profile.resolve_cast`).
    records : bool
        Also return the measure results of each article (memory grows with the corpus).
    tick : callable, optional
        Called after each article (a progress bar's ``update``; in-process runs only).

    Returns
    -------
    (list of tuple, dict, list or None)
        One tuple per article, its values in the order of
        :func:`framing.variables.profile_columns` (``cast``) (:func:`to_table` makes the
        DataFrame); ``{kind: [index labels]}`` for :data:`NOTE_KINDS` (plus ``'messages'``:
        the first error messages); and the results per article when ``records``.
    """
    cast = resolve_cast(cast)
    columns = _columns(cast)
    rows, kept = [], [] if records else None
    notes = {kind: [] for kind in NOTE_KINDS}
    notes["messages"] = []
    for label, text, language in zip(labels, texts, languages):
        if not isinstance(text, str):
            row = nan_values(cast, "invalid")
            notes["invalid"].append((label, _describe(text)))
            found = None
        else:
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
        rows.append(tuple(map(row.__getitem__, columns)))
        if records:
            kept.append(found)
        if tick is not None:
            tick(1)
    return rows, notes, kept


def to_table(rows, index, cast):
    """The DataFrame of one chunk's rows (from :func:`run_chunk`), with the caller's ``index``."""
    return _table(pack(rows, cast), index, cast)


@lru_cache(maxsize=16)
def _layout(cast) -> tuple:
    """(names, positions of the float columns, positions of the object columns) of a profile row."""
    dtypes = column_dtypes(cast)
    names = tuple(dtypes)
    floats = tuple(i for i, name in enumerate(names) if dtypes[name] != "object")
    objects = tuple(i for i, name in enumerate(names) if dtypes[name] == "object")
    return names, floats, objects


def pack(rows, cast) -> tuple:
    """Rows as columns: one float64 array (rows x numeric columns) and a list per text column.

    What a worker sends back: an array pickles and becomes a table faster than tuples do.
    """
    import numpy as np

    _, floats, objects = _layout(cast)
    block = np.array([[row[i] for i in floats] for row in rows], dtype=np.float64).reshape(len(rows), len(floats))
    return block, [[row[i] for row in rows] for i in objects]


def _table(packed, index, cast):
    """The DataFrame of :func:`pack`'s columns, in the registry's column order and dtypes.

    The same table as ``DataFrame.from_records(rows).astype(dtypes)`` (a test checks it), built
    from one float block and one object array per text column (:func:`_as_inferred`).
    """
    import pandas as pd

    names, floats, objects = _layout(cast)
    block, texts = packed
    frame = pd.DataFrame(block, index=index, columns=[names[i] for i in floats], copy=False)
    if texts:
        values = pd.DataFrame(
            _object_block(texts), index=index, columns=[names[i] for i in objects], dtype=object, copy=False
        )
        frame = pd.concat([frame, values], axis=1)
    return frame[list(names)]


def _object_block(texts):
    import numpy as np

    out = np.empty((len(texts[0]), len(texts)), dtype=object)
    for j, values in enumerate(texts):
        out[:, j] = _as_inferred(values)
    return out


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _as_inferred(values: list) -> list:
    """A text column's values as pandas leaves them after inferring the column, then ``astype(object)``.

    Strings with missing values are a string column, whose missing values come back as NaN;
    missing values only are a float column (NaN) unless all are None; anything else is kept.
    """
    if all(isinstance(v, str) for v in values):
        return values
    present = [v for v in values if not _missing(v)]
    if present and not all(isinstance(v, str) for v in present):
        return values
    if not present and all(v is None for v in values):
        return values
    nan = float("nan")
    return [nan if _missing(v) else v for v in values]


def _describe(value) -> str:
    if value is None:
        return "None"
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    return type(value).__name__


def chunks(frame, text: str, language: str | None, chunksize):
    """``(texts, languages, labels, index)`` for each run of rows (``index``: the frame's): runs of ``chunksize`` rows,
    or of each size in turn when ``chunksize`` is a list of sizes (:func:`worker_chunk_sizes`)."""
    n = len(frame)
    sizes = [chunksize] * math.ceil(n / chunksize) if isinstance(chunksize, int) else chunksize
    start = 0
    for size in sizes:
        part = frame.iloc[start : start + size]
        start += size
        texts = part[text].tolist()
        languages = part[language].tolist() if language else [None] * len(part)
        if language and "language_reliable" in part.columns:
            # load_corpus marks guesses (texts of a few words): those rows are decided here again
            # (English function words, then the identifier), not taken from the column.
            reliable = part["language_reliable"].tolist()
            languages = [code if ok is True or code == "en" else None for code, ok in zip(languages, reliable)]
        yield texts, languages, part.index.tolist(), part.index


#: With workers, a chunk is at most ``chunksize`` articles and at least this many (fewer at the end) ...
MIN_CHUNK = 10
#: ... and each chunk is this share of the articles not yet sent, per worker (guided self-scheduling): large
#: chunks first (few round trips), small ones at the end (no worker idles long while another finishes).
GUIDED_SHARE = 4


def worker_chunk_sizes(n: int, n_jobs: int, chunksize: int) -> list[int]:
    """The sizes of the chunks sent to workers, in order: each ``1 / (GUIDED_SHARE * n_jobs)`` of the articles left,
    at most ``chunksize`` and at least :data:`MIN_CHUNK` (the last may be smaller).

    Guided self-scheduling: on 300 short articles and two workers, 1.72x instead of 1.63x with chunks of one size
    (``benchmarks/speed_benchmark.py``), and the same on 840 longer ones.

    References
    ----------
    Polychronopoulos, C. D. & Kuck, D. J. (1987). Guided self-scheduling: a practical scheduling scheme for
    parallel supercomputers. *IEEE Transactions on Computers* C-36(12), 1425-1439.
    """
    sizes, left = [], n
    while left > 0:
        size = min(chunksize, left, max(MIN_CHUNK, math.ceil(left / (GUIDED_SHARE * n_jobs))))
        sizes.append(size)
        left -= size
    return sizes


def run_local(frame, *, text, language, cast, n_jobs, chunksize, bar, records):
    """Profile every chunk, in this process (``n_jobs=1``) or in ``n_jobs`` worker processes.

    Yields ``(table, notes, records)`` per chunk in corpus order (:func:`run_chunk`, with its rows
    made a DataFrame by :func:`to_table`).
    """
    parsed = resolve_cast(cast)
    if n_jobs == 1:
        for texts, languages, labels, index in chunks(frame, text, language, chunksize):
            rows, notes, kept = run_chunk(texts, languages, labels, parsed, records, tick=bar.update)
            yield to_table(rows, index, parsed), notes, kept
        return
    warm_up(cast)
    work = chunks(frame, text, language, worker_chunk_sizes(len(frame), n_jobs, chunksize))
    # Objects made so far are left out of garbage collection while workers run, so forked workers
    # do not copy the parent's pages when their collector visits them (Python docs, gc.freeze).
    gc.freeze()
    try:
        in_flight: deque = deque()
        # Each worker gets the cast once (initializer), then only texts, languages and labels per chunk.
        with ProcessPoolExecutor(max_workers=n_jobs, initializer=_start_worker, initargs=(cast,)) as pool:
            for texts, languages, labels, index in work:
                in_flight.append((pool.submit(_run_in_worker, texts, languages, labels, records), index))
                if len(in_flight) >= 4 * n_jobs:  # a bounded queue keeps memory flat
                    yield _collect(*in_flight.popleft(), parsed, bar)
            while in_flight:
                yield _collect(*in_flight.popleft(), parsed, bar)
    finally:
        gc.unfreeze()


def _collect(future, index, cast, bar):
    packed, notes, kept = future.result()
    bar.update(len(index))
    return _table(packed, index, cast), notes, kept


_WORKER: dict = {}


def _start_worker(cast) -> None:
    """A worker's initializer: parse the cast once and load everything a profile needs (once per worker)."""
    _WORKER["cast"] = resolve_cast(cast)
    warm_up(_WORKER["cast"])


def _run_in_worker(texts, languages, labels, records):
    rows, notes, kept = run_chunk(texts, languages, labels, _WORKER["cast"], records)
    return pack(rows, _WORKER["cast"]), notes, kept


def warm_up(cast) -> None:
    """Load the lexicons, Punkt, VADER and the cast in this process.

    Called before workers start: workers forked from this process (the default on Linux) then
    start with everything loaded; workers started afresh (macOS, Windows) load them once each,
    in their initializer.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        profile_values(_WARM_UP, cast=resolve_cast(cast), language="en")


_WARM_UP = 'Officials said on Friday that the talks "could resume soon," according to two diplomats.'


def profile_partition(part, text: str, language: str | None, cast):
    """Profile one Dask partition (its index kept); bad cells give NaN rows with their status."""
    import pandas as pd

    parsed = resolve_cast(cast)
    frames = [
        to_table(run_chunk(texts, languages, labels, parsed)[0], index, parsed)
        for texts, languages, labels, index in chunks(part, text, language, 500)
    ]
    if not frames:
        from framing.variables import empty_profile

        return empty_profile(parsed, index=part.index)
    return pd.concat(frames) if len(frames) > 1 else frames[0]
