"""Readers: each turns one kind of source into a raw table (one row per article, any columns).

:func:`framing.corpus.load_corpus` then names the columns, cleans the text and reports problems.
Every reader raises :class:`~framing.corpus.manifest.CorpusError` naming the file (and the line,
when there is one) on malformed input, and keeps rows it cannot use with a ``problem``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import yaml

from framing.corpus.manifest import CorpusError, cache_name, read_csv, read_manifest

__all__ = ["read_folder", "read_file", "read_cache", "is_cache", "TEXT_SUFFIXES"]

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".parquet", ".pq")


def _progress(items, progress: bool, desc: str):
    if not progress or len(items) < 50:
        return items
    from framing.progress import bar as tqdm

    return tqdm(items, desc=desc, unit="file")


def front_matter(raw: str, path: Path) -> tuple[dict, str]:
    """Split YAML front matter (between ``---`` lines at the very top) from a text."""
    body = raw[1:] if raw.startswith("\ufeff") else raw
    if not body.startswith("---"):
        return {}, raw
    first = body.find("\n")
    if first < 0 or body[:first].strip() != "---":
        return {}, raw
    end = body.find("\n---", first)
    while end >= 0 and body[end + 4:end + 5] not in ("", "\n", "\r"):
        end = body.find("\n---", end + 4)
    if end < 0:
        raise CorpusError(f"{path}, line 1: front matter opened with '---' is never closed")
    try:
        meta = yaml.safe_load(body[first + 1:end + 1]) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f", line {mark.line + 2}" if mark is not None else ""
        raise CorpusError(f"{path}{line}: malformed YAML front matter: {getattr(e, 'problem', e)}") from e
    if not isinstance(meta, dict):
        raise CorpusError(f"{path}, line 2: front matter must be a mapping of keys to values")
    rest = body[end + 4:]
    return meta, rest[1:] if rest.startswith("\n") else rest.lstrip("\r\n")


def _read_text_file(path: Path, root: Path) -> dict:
    row = {"doc_id": path.relative_to(root).with_suffix("").as_posix(), "path": path.relative_to(root).as_posix()}
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        return {**row, "text": None, "problem": f"unreadable file: not UTF-8 (byte {e.start})"}
    except OSError as e:
        return {**row, "text": None, "problem": f"unreadable file: {e.strerror or e}"}
    meta, text = front_matter(raw, path)
    meta = {str(k): v for k, v in meta.items() if k not in ("text", "path")}
    return {**row, **meta, "text": text}


def read_folder(folder: Path, *, progress: bool = True) -> pd.DataFrame:
    """Read every .txt/.md file under ``folder`` (sub-folders included), front matter as columns.

    A ``manifest.csv`` in the folder with a ``path`` column (relative to the folder) adds its
    metadata: values in a file's front matter win over the manifest's.
    """
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES and p.is_file())
    files = [p for p in files if p.name.lower() not in ("readme.md", "readme.txt", "licence.md", "license.md")]
    if not files:
        raise CorpusError(f"{folder}: no .txt or .md files in this folder")
    rows = [_read_text_file(p, folder) for p in _progress(files, progress, "reading files")]
    frame = pd.DataFrame(rows)
    manifest = folder / "manifest.csv"
    if manifest.is_file():
        meta = read_csv(manifest, dtype=str, keep_default_na=False, na_values=[""])
        if "path" in meta.columns:
            meta = meta.drop_duplicates("path").set_index("path")
            if "id" in meta.columns and "doc_id" not in meta.columns:
                meta = meta.rename(columns={"id": "doc_id"})
            joined = meta.reindex(frame["path"])
            joined.index = frame.index
            for column in joined.columns:
                if column in frame.columns:
                    if column == "doc_id":
                        frame[column] = joined[column].fillna(frame[column])
                    else:
                        frame[column] = frame[column].where(frame[column].notna(), joined[column])
                else:
                    frame[column] = joined[column]
    return frame


def _read_jsonl(path: Path) -> pd.DataFrame:
    rows = []
    with open(path, encoding="utf-8") as f:
        try:
            for number, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    raise CorpusError(f"{path}, line {number}: malformed JSON: {e.msg} (column {e.colno})") from e
                if not isinstance(row, dict):
                    raise CorpusError(f"{path}, line {number}: expected a JSON object, got {type(row).__name__}")
                rows.append(row)
        except UnicodeDecodeError as e:
            raise CorpusError(f"{path}: not UTF-8 text (byte {e.start}); re-save it as UTF-8") from e
    if not rows:
        raise CorpusError(f"{path}: the file has no JSON lines")
    return pd.DataFrame(rows, dtype=object)  # object: JSON escapes can hold lone surrogates


def read_file(path: Path) -> pd.DataFrame:
    """Read one CSV, TSV, JSONL or Parquet file, or one text file, into a raw table."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return pd.DataFrame([_read_text_file(path, path.parent)])
    if suffix in (".csv", ".tsv"):
        return read_csv(path, sep="\t" if suffix == ".tsv" else ",", keep_default_na=True)
    if suffix in (".jsonl", ".ndjson"):
        return _read_jsonl(path)
    if suffix in (".parquet", ".pq"):
        try:
            return pd.read_parquet(path)
        except Exception as e:  # pyarrow raises several types for a damaged file
            raise CorpusError(f"{path}: not a readable Parquet file ({type(e).__name__}: {e})") from e
    raise CorpusError(
        f"{path}: unknown format {suffix!r}; load_corpus reads a folder of .txt/.md files, "
        ".csv, .tsv, .jsonl, .parquet, a hydration cache folder or a DataFrame"
    )


def is_cache(folder: Path) -> bool:
    """Whether a folder is a hydration cache (``log.csv`` written by ``hydrate``)."""
    return (folder / "log.csv").is_file()


def _find_manifest(folder: Path):
    for candidate in (folder / "manifest.csv", folder.parent / "manifest.csv"):
        if candidate.is_file():
            return candidate
    return None


def read_cache(folder: Path, manifest=None, *, progress: bool = True) -> pd.DataFrame:
    """Read a hydration cache: one row per manifest URL, with its fetched text or why it has none.

    The manifest is ``manifest`` if given, else ``manifest.csv`` in the folder or beside it;
    without one, the rows are the URLs of the cache's ``log.csv``.
    """
    log = read_csv(folder / "log.csv", dtype=str, keep_default_na=False, na_values=[""])
    if "url" not in log.columns:
        raise CorpusError(f"{folder / 'log.csv'}: no 'url' column; is this a hydration cache?")
    log = log.drop_duplicates("url", keep="last").set_index("url")
    manifest = manifest if manifest is not None else _find_manifest(folder)
    base = read_manifest(manifest) if manifest is not None else pd.DataFrame({"url": list(log.index)})
    rows = []
    for url in _progress(list(base["url"]), progress, "reading cache"):
        path = folder / cache_name(url)
        row: dict = {}
        if path.is_file():
            try:
                row = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
                row = {"problem": f"unreadable cache file {path.name}: {e}"}
            row = {f"fetched_{k}" if k in ("title", "date", "url") else k: v for k, v in row.items()}
        else:
            reason = log["reason"].get(url) if "reason" in log.columns and url in log.index else None
            row = {"problem": f"not fetched: {reason}" if isinstance(reason, str) else "not fetched yet (run hydrate)"}
        rows.append(row)
    fetched = pd.DataFrame(rows, index=base.index)
    frame = pd.concat([base, fetched.drop(columns=[c for c in fetched.columns if c in base.columns])], axis=1)
    if "title" not in frame.columns and "headline" not in frame.columns and "fetched_title" in frame.columns:
        frame["title"] = frame["fetched_title"]
    elif "fetched_title" in frame.columns:
        column = "title" if "title" in frame.columns else "headline"
        frame[column] = frame[column].where(frame[column].notna(), frame["fetched_title"])
    if "fetched_date" in frame.columns:
        column = "published" if "published" in frame.columns else None
        if column is None:
            frame["published"] = frame["fetched_date"]
        else:
            frame[column] = frame[column].where(frame[column].notna(), frame["fetched_date"])
    return frame
