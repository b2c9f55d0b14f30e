"""Manifests: tables of URLs with metadata (``read_manifest``), and the cache file of each URL."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from framing.document import FramingWarning

__all__ = ["read_manifest", "cache_name", "CorpusWarning", "CorpusError"]


class CorpusError(ValueError):
    """Input that cannot be read as a corpus; the message names the file and, if known, the line."""


class CorpusWarning(FramingWarning):
    """Rows of a corpus that cannot be used (no text, unreadable file), kept and reported."""


def cache_name(url: str) -> str:
    """The cache file name of a URL: 16 hex digits of its SHA-1, plus ``.json``."""
    return hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()[:16] + ".json"


def read_csv(path: Path, **kwargs) -> pd.DataFrame:
    """``pandas.read_csv`` with errors that name the file (pandas names the line)."""
    try:
        return pd.read_csv(path, **kwargs)
    except UnicodeDecodeError as e:
        raise CorpusError(f"{path}: not UTF-8 text (byte {e.start}); re-save it as UTF-8") from e
    except pd.errors.EmptyDataError as e:
        raise CorpusError(f"{path}: the file is empty") from e
    except pd.errors.ParserError as e:
        raise CorpusError(f"{path}: malformed CSV: {e}") from e


def read_manifest(manifest) -> pd.DataFrame:
    """Read a manifest: a CSV path or a DataFrame with a ``url`` column, one row per article.

    Parameters
    ----------
    manifest : str, Path or DataFrame

    Returns
    -------
    pandas.DataFrame
        The manifest with ``url`` stripped of blanks; other columns as given.

    Raises
    ------
    CorpusError
        If the file cannot be read, has no ``url`` column, or lists a URL twice.
    TypeError
        If ``manifest`` is neither a path nor a DataFrame.
    """
    if isinstance(manifest, pd.DataFrame):
        frame, name = manifest.copy(), "the manifest DataFrame"
    elif isinstance(manifest, (str, Path)):
        path = Path(manifest)
        if not path.is_file():
            raise CorpusError(f"{path}: no such manifest file")
        frame, name = read_csv(path, dtype=str, keep_default_na=False, na_values=[""]), str(path)
    else:
        raise TypeError(f"a manifest is a CSV path or a DataFrame with a 'url' column, got {type(manifest).__name__}")
    if "url" not in frame.columns:
        raise CorpusError(f"{name}: no 'url' column (columns: {', '.join(map(str, frame.columns))})")
    frame["url"] = frame["url"].astype("string").str.strip()
    blank = frame["url"].isna() | (frame["url"] == "")
    if blank.any():
        rows = ", ".join(str(i + 2) for i in blank[blank].index[:5].map(frame.index.get_loc))
        raise CorpusError(f"{name}: empty url on line(s) {rows} (line 1 is the header)")
    duplicated = frame["url"][frame["url"].duplicated()]
    if not duplicated.empty:
        raise CorpusError(f"{name}: URL listed twice: {duplicated.iloc[0]}")
    frame["url"] = frame["url"].astype(object)
    return frame.reset_index(drop=True)
