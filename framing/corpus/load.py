"""``load_corpus``: any corpus -> one tidy DataFrame, one row per article, cleaned and reported."""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import pandas as pd

from framing.clean import boilerplate_lines
from framing.clean import clean as clean_text
from framing.corpus import read
from framing.corpus.manifest import CorpusError, CorpusWarning
from framing.lang.identify import identify

__all__ = ["load_corpus", "CORE_COLUMNS"]

#: the columns every loaded corpus has, in this order, before any other metadata
CORE_COLUMNS = ["text", "title", "outlet", "published", "url", "language", "problem"]

# Names other tools give the core columns (first match wins).
ALIASES = {
    "doc_id": ["doc_id", "id", "stories_id", "story_id", "guid", "article_id"],
    "title": ["title", "headline", "fetched_title"],
    "outlet": ["outlet", "media_name", "source", "publisher", "sitename", "site_name", "media"],
    "published": ["published", "publish_date", "date", "pubdate", "published_at", "publication_date"],
    "url": ["url", "link", "fetched_url"],
}
TEXT_ALIASES = ["text", "body", "content", "full_text", "article_text", "raw_text"]
MEDIA_CLOUD = {"media_name", "publish_date"}

NO_TEXT = "no text"
MEDIA_CLOUD_NO_TEXT = (
    "no text: Media Cloud story lists carry no article text (fetch the URLs with framing.corpus.hydrate)"
)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def _read(source, *, text: str, manifest, progress: bool) -> tuple[pd.DataFrame, str]:
    if isinstance(source, pd.DataFrame):
        frame = source.copy()
        if "doc_id" not in frame.columns and not any(a in frame.columns for a in ALIASES["doc_id"]):
            frame.insert(0, "doc_id", frame.index.astype(str))
        return frame, "the DataFrame"
    if not isinstance(source, (str, Path)):
        raise TypeError(f"load_corpus() reads a path or a DataFrame, got {type(source).__name__}")
    path = Path(source)
    if path.is_dir():
        if read.is_cache(path):
            return read.read_cache(path, manifest, progress=progress), str(path)
        return read.read_folder(path, progress=progress), str(path)
    if not path.exists():
        hint = ""
        if (path.parent / "manifest.csv").is_file():
            hint = f" (fetch the texts first: framing hydrate {path.parent / 'manifest.csv'} --cache {path})"
        raise CorpusError(f"{path}: no such file or folder{hint}")
    frame = read.read_file(path)
    if frame.empty:
        raise CorpusError(f"{path}: the file has a header but no rows")
    return frame, str(path)


def _name_columns(frame: pd.DataFrame, text: str, name: str) -> tuple[pd.DataFrame, bool]:
    """Rename aliases to the core names; returns the frame and whether it is a text-less export."""
    renames = {}
    for core, aliases in ALIASES.items():
        if core in frame.columns:
            continue
        found = next((a for a in aliases if a in frame.columns and a not in renames), None)
        if found:
            renames[found] = core
    if text != "text" and text in frame.columns:
        if "text" in frame.columns:
            frame = frame.rename(columns={"text": "text_original"})
        renames[text] = "text"
    elif "text" not in frame.columns:
        found = next((a for a in TEXT_ALIASES if a in frame.columns), None)
        if found:
            renames[found] = "text"
    frame = frame.rename(columns=renames)
    media_cloud = "text" not in frame.columns and MEDIA_CLOUD <= set(renames) | set(frame.columns)
    if "text" not in frame.columns and not media_cloud and "problem" not in frame.columns:
        raise CorpusError(
            f"{name}: no text column {text!r} (columns: {', '.join(map(str, frame.columns))}); "
            "pass text='column name'"
        )
    for core in ("text", "title", "outlet", "published", "url", "problem"):
        if core not in frame.columns:
            frame[core] = None
    return frame, media_cloud


def _doc_ids(frame: pd.DataFrame, name: str) -> pd.Index:
    ids = frame["doc_id"] if "doc_id" in frame.columns else pd.Series(range(len(frame)), index=frame.index)
    ids = ids.astype(object).where(ids.notna(), None)
    ids = pd.Index([str(i) if i is not None else f"row{n}" for n, i in enumerate(ids)], name="doc_id")
    if ids.has_duplicates:
        dup = ids[ids.duplicated()][0]
        raise CorpusError(f"{name}: doc_id {dup!r} is used by more than one row; ids must be unique")
    return ids


def _problems(frame: pd.DataFrame, media_cloud: bool) -> pd.Series:
    problem = frame["problem"].astype(object).where(frame["problem"].notna(), None)
    for i, (value, known) in enumerate(zip(frame["text"], problem)):
        if known is not None:
            continue
        if _missing(value):
            problem.iloc[i] = MEDIA_CLOUD_NO_TEXT if media_cloud else NO_TEXT
        elif not isinstance(value, str):
            problem.iloc[i] = f"text is a {type(value).__name__}, not a str"
        elif not value.strip():
            problem.iloc[i] = "empty text"
    return problem


def _dates(values: pd.Series) -> pd.Series:
    as_text = values.astype(object).where(values.notna(), None).map(lambda v: v if v is None else str(v))
    parsed = pd.to_datetime(as_text, errors="coerce", utc=True, format="mixed")
    return parsed.dt.tz_convert(None)


def _clean_all(frame: pd.DataFrame, usable: pd.Series, *, min_articles: int, progress: bool):
    texts = frame["text"]
    boiler: dict = {}
    outlets = frame["outlet"].where(frame["outlet"].notna(), None)
    if outlets.notna().any():
        found = boilerplate_lines(texts[usable], outlets[usable], min_articles=min_articles)
        boiler = {o: list(g["line"]) for o, g in found.groupby("outlet")}
    cleaned, raws, counts, logs = [], [], [], []
    rows = list(zip(frame.index, texts, usable, outlets, frame["title"]))
    if progress and len(rows) >= 200:
        from framing.progress import bar as tqdm

        rows = tqdm(rows, desc="cleaning", unit="doc")
    for doc_id, value, ok, outlet, title in rows:
        if not ok:
            cleaned.append(value if isinstance(value, str) else None)
            raws.append(value if isinstance(value, str) else None)
            counts.append(0)
            continue
        result = clean_text(value, boilerplate=boiler.get(outlet, ()), title=title if isinstance(title, str) else None)
        cleaned.append(result.text)
        raws.append(value)
        counts.append(result.n_changes)
        if result.changes:
            log = result.log
            log.insert(0, "doc_id", doc_id)
            logs.append(log)
    log = pd.concat(logs, ignore_index=True) if logs else pd.DataFrame(
        columns=["doc_id", "kind", "start", "end", "removed", "replacement", "reason"]
    )
    return cleaned, raws, counts, log


def load_corpus(
    source,
    *,
    text: str = "text",
    clean: bool = True,
    language: bool = True,
    manifest=None,
    boilerplate_min_articles: int = 3,
    progress: bool = True,
    warn: bool = True,
) -> pd.DataFrame:
    """Load a corpus into one tidy DataFrame, one row per article.

    Parameters
    ----------
    source : str, Path or DataFrame
        * a folder of ``.txt`` / ``.md`` files (sub-folders included), each with optional YAML
          front matter between ``---`` lines; a ``manifest.csv`` in the folder with a ``path``
          column adds metadata (front matter wins); README files are skipped;
        * a ``.csv``, ``.tsv``, ``.jsonl`` or ``.parquet`` file, one row per article;
        * a Media Cloud story list (CSV with ``url, title, media_name, publish_date``): the rows
          are kept, reported as having no text;
        * a hydration cache folder written by :func:`framing.corpus.hydrate` (it has a
          ``log.csv``), joined to its manifest (``manifest=``, else ``manifest.csv`` in the
          folder or beside it): one row per manifest URL, fetched or not;
        * a DataFrame.
    text : str, default "text"
        The column holding the article text. If absent, ``body``, ``content``, ``full_text``
        or ``article_text`` is used.
    clean : bool, default True
        Apply :func:`framing.clean` to every text, with boilerplate lines found per outlet
        across the corpus (:func:`framing.clean.boilerplate_lines`).
    language : bool, default True
        Identify each text's language offline (:func:`framing.lang.identify`).
    manifest : str, Path or DataFrame, optional
        The manifest of a hydration cache.
    boilerplate_min_articles : int, default 3
        A line is an outlet's boilerplate when it stands in this many of its articles.
    progress : bool, default True
        Show tqdm progress bars for folders of 50 files or more and for cleaning 200 texts or more.
    warn : bool, default True
        Issue a :class:`CorpusWarning` counting the rows that cannot be used.

    Returns
    -------
    pandas.DataFrame
        Index ``doc_id`` (from an ``id``/``doc_id`` column, the file path without suffix, or the
        row number). Columns ``text`` (cleaned when ``clean``), ``title``, ``outlet``,
        ``published`` (datetime64, UTC made naive; NaT when missing or unparseable), ``url``,
        ``language`` (ISO 639-1; the declared language where there is no text),
        ``language_reliable``, ``problem`` (None, or why the row cannot be profiled), then with
        ``clean``: ``raw_text`` and ``cleaning`` (number of changes), then every other column of
        the source. ``frame.attrs["problems"]`` counts problems by reason;
        ``frame.attrs["cleaning_log"]`` holds every change (``doc_id`` plus the columns of
        :attr:`framing.clean.Cleaned.log`).

    Raises
    ------
    CorpusError
        Malformed input, naming the file and, where there is one, the line: broken CSV or
        JSON lines, unclosed or invalid YAML front matter, no text column, duplicate ids, an
        unknown file type, a missing path.
    TypeError
        If ``source`` is neither a path nor a DataFrame.

    Warns
    -----
    CorpusWarning
        When rows have no usable text (missing, empty, unreadable file, not fetched). They are
        kept, with their reason in ``problem``; nothing is dropped.

    Limitations
    -----------
    Texts are read as UTF-8 (a file in another encoding is reported, not guessed). Dates
    without a time zone are taken as UTC. The language of a text under about 20 letters is a
    guess (see ``language_reliable``).
    """
    frame, name = _read(source, text=text, manifest=manifest, progress=progress)
    frame, media_cloud = _name_columns(frame, text, name)
    frame.index = _doc_ids(frame, name)
    frame = frame.drop(columns=[c for c in ("doc_id",) if c in frame.columns])
    frame["problem"] = _problems(frame, media_cloud)
    usable = frame["problem"].isna()
    frame["published"] = _dates(frame["published"])
    if clean:
        cleaned, raws, counts, log = _clean_all(
            frame, usable, min_articles=boilerplate_min_articles, progress=progress
        )
        # object columns: a raw text may hold lone surrogates, which pandas' string dtype refuses
        frame["text"] = pd.Series(cleaned, index=frame.index, dtype=object)
        frame["raw_text"] = pd.Series(raws, index=frame.index, dtype=object)
        frame["cleaning"] = counts
    else:
        log = None
    declared = frame["language"] if "language" in frame.columns else pd.Series(None, index=frame.index, dtype=object)
    if language:
        found = [identify(t) if ok else None for t, ok in zip(frame["text"], usable)]
        if "language" in frame.columns:
            frame = frame.rename(columns={"language": "language_declared"})
        frame["language"] = [f.code if f else d for f, d in zip(found, declared.where(declared.notna(), None))]
        frame["language_reliable"] = [bool(f.reliable) if f else False for f in found]
    elif "language" not in frame.columns:
        frame["language"] = None
    order = CORE_COLUMNS[:6] + (["language_reliable"] if language else []) + ["problem"]
    order += ["raw_text", "cleaning"] if clean else []
    frame = frame[order + [c for c in frame.columns if c not in order]]
    counts = frame["problem"].value_counts().to_dict()
    frame.attrs["problems"] = {str(k): int(v) for k, v in counts.items()}
    if log is not None:
        frame.attrs["cleaning_log"] = log
    if warn and counts:
        listed = "; ".join(f"{v} {k}" for k, v in counts.items())
        warnings.warn(
            f"{sum(counts.values())} of {len(frame)} rows of {name} have no usable text and are kept "
            f"with a 'problem': {listed}",
            CorpusWarning,
            stacklevel=2,
        )
    return frame
