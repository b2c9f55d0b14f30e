"""Corpora: load any corpus into one tidy table, and fetch coverage from URLs.

- :func:`load_corpus` reads a folder of text files, CSV / JSONL / Parquet, a Media Cloud story
  list, a hydration cache or a DataFrame, cleans the texts and identifies their language.
- :func:`hydrate` fetches and extracts the URLs of a manifest into a cache folder.
- :func:`read_manifest` reads a manifest (a table of URLs with metadata).

Bad-input policy: malformed input raises :class:`CorpusError` naming the file and the line;
rows that cannot be used are kept, with the reason in a ``problem`` column, counted in
``frame.attrs["problems"]`` and in a :class:`CorpusWarning`. Nothing is dropped silently.
"""

from framing.corpus.hydrate import hydrate
from framing.corpus.load import load_corpus
from framing.corpus.manifest import CorpusError, CorpusWarning, cache_name, read_manifest

__all__ = ["CorpusError", "CorpusWarning", "cache_name", "hydrate", "load_corpus", "read_manifest"]
