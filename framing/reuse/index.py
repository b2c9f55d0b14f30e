"""Word shingles and the inverted index that :func:`framing.reuse` queries.

A *shingle* is a run of ``k`` consecutive words (case folded, punctuation
ignored). Each shingle is hashed to a 64-bit integer from word ids, so the same
words always give the same hash, within and across processes. The index keeps,
for every shingle, the articles that contain it (a sorted array searched with
``numpy.searchsorted``), built once per corpus.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

__all__ = ["ReuseIndex", "tokens", "shingle_hashes"]

_WORD = re.compile(r"\w+")
_LINE = re.compile(r"[^\n\r]+")
_P = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multiplier (golden ratio)
_UNKNOWN = np.int64(1 << 40)  # ids of words the index has never seen start here: they match nothing


def tokens(text: str):
    """Word tokens of ``text``: (folded words, start offsets, end offsets)."""
    words, starts, ends = [], [], []
    for m in _WORD.finditer(text):
        words.append(m.group().casefold())
        starts.append(m.start())
        ends.append(m.end())
    return words, np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)


def shingle_hashes(ids: np.ndarray, k: int) -> np.ndarray:
    """64-bit hashes of every run of ``k`` word ids (empty when there are fewer than k words)."""
    n = ids.size - k + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    u = ids.astype(np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * _P + u[j:j + n] + np.uint64(1)
    return h


def _digest(words: list[str]) -> bytes:
    return hashlib.blake2b(" ".join(words).encode("utf-8", "surrogatepass"), digest_size=8).digest()


def _check_corpus(corpus, text: str) -> pd.DataFrame:
    if isinstance(corpus, pd.Series):
        corpus = corpus.to_frame(text)
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError(f"corpus must be a DataFrame with a {text!r} column, got {type(corpus).__name__}")
    if text not in corpus.columns:
        raise ValueError(f"the corpus has no {text!r} column (columns: {list(corpus.columns)})")
    if not corpus.index.is_unique:
        raise ValueError("the corpus index (doc_id) must be unique")
    return corpus


def _boilerplate_lines(texts: list[str], outlets, *, min_docs: int, share: float) -> dict:
    """Per outlet, the lines (as folded word tuples) found in at least ``share`` of its articles."""
    found: dict = {}
    if outlets is None:
        return found
    frame = pd.DataFrame({"outlet": outlets, "i": range(len(texts))}).dropna(subset=["outlet"])
    for outlet, part in frame.groupby("outlet", sort=False):
        if len(part) < min_docs:
            continue
        counts: dict = {}
        for i in part["i"]:
            lines = {tuple(w.casefold() for w in _WORD.findall(m.group())) for m in _LINE.finditer(texts[i])}
            for line in lines:
                if line:
                    counts[line] = counts.get(line, 0) + 1
        need = max(2, int(np.ceil(share * len(part))))
        lines = {line for line, c in counts.items() if c >= need}
        if lines:
            found[outlet] = lines
    return found


@dataclass(eq=False)
class ReuseIndex:
    """An inverted index of word shingles over a corpus, built once and queried many times.

    Parameters
    ----------
    corpus : pandas.DataFrame
        One row per article, indexed by doc_id, with a text column (as from
        :func:`framing.load_corpus`). Optional ``outlet`` and ``published``
        columns are used to recognise boilerplate and to break ties.
    shingle : int
        Words per shingle (5 by default: long enough that shared phrases of
        ordinary news language rarely match, short enough that a rewording
        leaves most of a sentence's words covered).
    text, outlet : str
        Column names.
    boilerplate_min_docs : int
        An outlet needs at least this many articles before its shared lines
        are treated as boilerplate.
    boilerplate_share : float
        A line is boilerplate when it appears in at least this share of the
        outlet's articles (1.0: in every one).

    Attributes
    ----------
    doc_ids : pandas.Index
        The articles, in index order.
    boilerplate : dict
        Per outlet, the lines left out of the index as boilerplate.

    Notes
    -----
    Missing texts (None, NaN) are indexed as empty. Building is one pass over
    the corpus (about a second per few thousand articles); a query looks up
    each shingle of the focal text by binary search.
    """

    corpus: pd.DataFrame = field(repr=False)
    shingle: int = 5
    text: str = "text"
    outlet: str = "outlet"
    boilerplate_min_docs: int = 3
    boilerplate_share: float = 1.0

    def __post_init__(self):
        if not isinstance(self.shingle, (int, np.integer)) or self.shingle < 2:
            raise ValueError(f"shingle must be an int >= 2, got {self.shingle!r}")
        corpus = _check_corpus(self.corpus, self.text)
        raw = corpus[self.text].tolist()
        bad = [type(t).__name__ for t in raw if not isinstance(t, str) and not pd.isna(t)]
        if bad:
            raise TypeError(f"the {self.text!r} column must hold str (or missing values), found {bad[0]}")
        texts = [t if isinstance(t, str) else "" for t in raw]
        outlets = corpus[self.outlet].tolist() if self.outlet in corpus.columns else None
        self.boilerplate = _boilerplate_lines(texts, outlets, min_docs=self.boilerplate_min_docs,
                                              share=self.boilerplate_share)
        self.doc_ids = corpus.index
        self.vocab: dict[str, int] = {}
        self.digests: list[bytes] = []
        self.norm_texts: list[str] = []
        self.n_words = np.zeros(len(texts), dtype=np.int64)
        boiler_hashes, all_hashes, all_docs = [], [], []
        vocab = self.vocab
        for i, t in enumerate(texts):
            words = [w.casefold() for w in _WORD.findall(t)]
            self.digests.append(_digest(words))
            lines = self.boilerplate.get(outlets[i]) if outlets is not None else None
            if lines:
                kept = []
                for m in _LINE.finditer(t):
                    line = [w.casefold() for w in _WORD.findall(m.group())]
                    if tuple(line) in lines:
                        ids = np.fromiter((vocab.setdefault(w, len(vocab)) for w in line), np.int64, len(line))
                        boiler_hashes.append(shingle_hashes(ids, self.shingle))
                    else:
                        kept.extend(line)
                words = kept
            self.n_words[i] = len(words)
            self.norm_texts.append(" " + " ".join(words) + " ")
            ids = np.fromiter((vocab.setdefault(w, len(vocab)) for w in words), np.int64, len(words))
            h = np.unique(shingle_hashes(ids, self.shingle))
            all_hashes.append(h)
            all_docs.append(np.full(h.size, i, dtype=np.int32))
        hashes = np.concatenate(all_hashes) if all_hashes else np.zeros(0, np.uint64)
        docs = np.concatenate(all_docs) if all_docs else np.zeros(0, np.int32)
        order = np.argsort(hashes, kind="stable")
        self.hashes, self.docs = hashes[order], docs[order]
        self.boilerplate_hashes = np.unique(np.concatenate(boiler_hashes)) if boiler_hashes else \
            np.zeros(0, np.uint64)
        published = corpus["published"] if "published" in corpus.columns else None
        self.published_rank = self._ranks(published, len(texts))
        self.corpus = corpus.drop(columns=[self.text])

    @staticmethod
    def _ranks(published, n: int) -> np.ndarray:
        if published is None:
            return np.zeros(n, dtype=np.int64)
        dates = pd.to_datetime(published, errors="coerce", utc=True)
        return dates.rank(method="min", na_option="bottom").fillna(n + 1).to_numpy(dtype=np.int64)

    def __len__(self) -> int:
        return len(self.doc_ids)

    def __repr__(self) -> str:
        return (f"ReuseIndex({len(self)} articles, {self.hashes.size} shingles of {self.shingle} words, "
                f"boilerplate lines from {len(self.boilerplate)} outlets)")

    def ids_of(self, words: list[str]) -> np.ndarray:
        """Word ids for ``words``; words the corpus never uses get ids that match nothing."""
        get = self.vocab.get
        return np.fromiter((get(w, _UNKNOWN + i) for i, w in enumerate(words)), np.int64, len(words))

    def postings(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Every (position in ``hashes``, article number) pair where the shingle is found."""
        lo = np.searchsorted(self.hashes, hashes, side="left")
        hi = np.searchsorted(self.hashes, hashes, side="right")
        counts = hi - lo
        total = int(counts.sum())
        if not total:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        which = np.repeat(np.arange(hashes.size), counts)
        offset = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
        return which, self.docs[np.repeat(lo, counts) + offset].astype(np.int64)

    def same_text(self, words: list[str]) -> np.ndarray:
        """Article numbers whose folded words are identical to ``words``."""
        d = _digest(words)
        return np.asarray([i for i, x in enumerate(self.digests) if x == d], dtype=np.int64)

    def contains_phrase(self, words: list[str]) -> np.ndarray:
        """Article numbers whose text contains ``words`` in sequence (for phrases shorter than a shingle)."""
        phrase = " " + " ".join(words) + " "
        return np.asarray([i for i, t in enumerate(self.norm_texts) if phrase in t], dtype=np.int64)
