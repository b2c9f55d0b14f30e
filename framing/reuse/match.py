"""Which sentences and quotes of one article are found in other articles, and where."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from framing.document import Document, read
from framing.reuse.index import ReuseIndex, shingle_hashes, tokens

__all__ = ["reuse", "Reuse"]

_SENTENCE_COLUMNS = ["paragraph", "sentence", "start", "end", "text", "words", "score", "source", "reused",
                     "boilerplate"]


@dataclass(frozen=True, eq=False)
class Reuse:
    """What one article shares with a corpus. Build it with :func:`reuse`.

    Attributes
    ----------
    sentences : pandas.DataFrame
        One row per sentence of the focal article: ``paragraph`` and
        ``sentence`` (numbered from 0), ``start``, ``end``, ``text`` (spans into
        the focal text), ``words``, ``score`` (the largest share of the
        sentence's words found, in runs of ``shingle`` words, in one other
        article), ``source`` (that article's doc_id; ties go to the earliest
        published), ``reused`` (``score >= threshold``), ``boilerplate`` (the
        sentence is a line its outlet prints in every article).
    by_source : pandas.DataFrame
        One row per other article sharing at least one shingle: ``share`` of
        the focal article's words found in it, ``words``, the number of focal
        ``sentences`` whose best source it is, and its metadata (outlet,
        title, ...). Sorted by share.
    quotes : pandas.DataFrame
        The focal article's direct and partial quotes (from
        :func:`framing.quotes`) with ``score``, ``source`` and ``found``:
        whether its quoted words appear in another article.
    threshold : float
    shingle : int
    """

    text: str
    document: Document = field(repr=False)
    sentences: pd.DataFrame = field(repr=False)
    by_source: pd.DataFrame = field(repr=False)
    quotes: pd.DataFrame = field(repr=False)
    paragraph_sources: pd.DataFrame = field(repr=False, default=None)
    threshold: float = 0.5
    shingle: int = 5
    n_compared: int = 0

    @property
    def unique_quotes(self) -> pd.DataFrame:
        """The focal article's quotes whose quoted words appear in no other article of the corpus."""
        return self.quotes[~self.quotes["found"]]

    @property
    def reused_share(self) -> float:
        """Share of the focal article's words that lie in reused sentences."""
        words = self.sentences["words"].sum()
        return float(self.sentences.loc[self.sentences["reused"], "words"].sum() / words) if words else float("nan")

    @property
    def paragraphs(self) -> pd.DataFrame:
        """One row per (focal paragraph, source article): the share of the paragraph's words found there.

        Paragraphs are numbered from 0; only pairs sharing at least one shingle are listed.
        """
        return self.paragraph_sources.copy()

    def to_frame(self) -> pd.DataFrame:
        return self.sentences.copy()

    def summary(self) -> pd.Series:
        """Scalars: reused share of words and sentences, sources, quotes found nowhere else."""
        s = self.sentences
        return pd.Series({
            "reuse.articles_compared": self.n_compared,
            "reuse.reused_word_share": self.reused_share,
            "reuse.reused_sentences": int(s["reused"].sum()),
            "reuse.sentences": len(s),
            "reuse.sources": int(s.loc[s["reused"], "source"].nunique()),
            "reuse.quotes": len(self.quotes),
            "reuse.unique_quotes": len(self.unique_quotes),
        })

    def summarise(self) -> list[str]:
        """Sentences stating the result, computed from it (for notebooks)."""
        from framing.compare import Summary

        s, out = self.sentences, Summary()
        if s.empty:
            out.append("The article has no sentences to compare.")
            return out
        n_reused = int(s["reused"].sum())
        out.append(f"{n_reused} of the article's {len(s)} sentences ({self.reused_share:.0%} of its words) "
                   f"match another article of the {self.n_compared} compared (score \u2265 {self.threshold:g}).")
        for source, part in s[s["reused"]].groupby("source", sort=False):
            meta = self.by_source.loc[source] if source in self.by_source.index else None
            outlet = f" ({meta['outlet']})" if meta is not None and "outlet" in meta.index else ""
            out.append(f"{_count(len(part), 'sentence')}, in {_paragraphs(part)}, "
                       f"follow{'s' if len(part) == 1 else ''} {source}{outlet}.")
        unique = s[~s["reused"] & ~s["boilerplate"] & (s["words"] > 0)]
        if len(unique):
            out.append(f"{_count(len(unique), 'sentence')}, in {_paragraphs(unique)}, "
                       f"{'is' if len(unique) == 1 else 'are'} found in no other article compared.")
        q = self.quotes
        if len(q):
            out.append(f"{len(self.unique_quotes)} of its {len(q)} quotes (direct and partial) appear in no "
                       "other article compared.")
        return out

    def parts(self) -> dict:
        """The reused and the unique text: sentences joined, one paragraph per line."""
        s = self.sentences[self.sentences["words"] > 0]
        out = {}
        for name, part in (("reused", s[s["reused"]]), ("unique", s[~s["reused"] & ~s["boilerplate"]])):
            out[name] = "\n".join(part.groupby("paragraph", sort=True)["text"].agg(" ".join))
        return out

    def profile(self, *, cast=None) -> pd.DataFrame:
        """Every measure for the reused part and for the unique part of the article.

        Returns
        -------
        pandas.DataFrame
            Two rows, ``reused`` and ``unique``, one column per measure (from
            :func:`framing.profile` run on each part's sentences, joined with
            their paragraph breaks), plus ``sentences``.

        Limitations: each part is measured as a text of its own, so a quote or
        a pronoun that spans the border between a reused and a unique sentence
        is read without its context.
        """
        from framing.profile import profile

        rows = {}
        for name, text in self.parts().items():
            rows[name] = profile(text, cast=cast)  # an empty part gets zero counts and NaN rates
        table = pd.DataFrame(rows).T
        s = self.sentences[self.sentences["words"] > 0]
        table.insert(0, "sentences", [int(s["reused"].sum()), int((~s["reused"] & ~s["boilerplate"]).sum())])
        return table.rename_axis("part")

    def __repr__(self) -> str:
        s = self.sentences
        return (f"Reuse({int(s['reused'].sum())}/{len(s)} sentences reused, {self.reused_share:.0%} of words, "
                f"{len(self.unique_quotes)}/{len(self.quotes)} quotes found nowhere else, "
                f"{self.n_compared} articles compared)")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _paragraphs(part: pd.DataFrame) -> str:
    numbers = sorted(int(p) + 1 for p in part["paragraph"].unique())
    return ("paragraph " if len(numbers) == 1 else "paragraphs ") + ", ".join(map(str, numbers))


def _focal(focal, text: str):
    name = None
    if isinstance(focal, pd.Series):
        name = focal.name
        if text not in focal.index:
            raise TypeError(f"a focal Series must be a corpus row with a {text!r} field")
        focal = focal[text]
    if isinstance(focal, Document):
        return focal, name
    if not isinstance(focal, str):
        raise TypeError(f"focal must be a text, a Document or a corpus row, got {type(focal).__name__}")
    return read(focal), name


def _coverage(which, docs, k: int, n_words: int):
    """Unique (article, word) pairs covered by matched shingles."""
    if not which.size:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    word = (which[:, None] + np.arange(k)[None, :]).ravel()
    doc = np.repeat(docs, k)
    key = np.unique(doc * n_words + word)
    return key // n_words, key % n_words


def _best(index: ReuseIndex, groups, doc, sizes, n_groups: int):
    """Per group (sentence or quote), the best article and its score (share of the group's words covered)."""
    score = np.zeros(n_groups)
    source = np.full(n_groups, -1, dtype=np.int64)
    if not doc.size:
        return score, source
    n_docs = max(len(index), 1)
    key, counts = np.unique(groups * n_docs + doc, return_counts=True)
    g, d = key // n_docs, key % n_docs
    s = counts / np.maximum(sizes[g], 1)
    order = np.lexsort((d, index.published_rank[d], -s, g))
    g, d, s = g[order], d[order], s[order]
    first = np.ones(g.size, dtype=bool)
    first[1:] = g[1:] != g[:-1]
    score[g[first]] = s[first]
    source[g[first]] = d[first]
    return score, source


def _quotes(doc: Document, index: ReuseIndex, k: int, threshold: float, allowed) -> pd.DataFrame:
    from framing.quotes import quotes as find_quotes

    cols = ["start", "end", "text", "kind", "speaker", "words", "score", "source", "found"]
    rows = []
    for q in find_quotes(doc).quotes:
        if q.kind not in ("direct", "partial"):
            continue
        words, _, _ = tokens(q.text)
        if not words:
            continue
        if len(words) < k:
            hits = np.asarray([d for d in index.contains_phrase(words) if allowed[d]], dtype=np.int64)
            best = (1.0, int(hits[np.argmin(index.published_rank[hits])])) if hits.size else (0.0, -1)
        else:
            which, docs = index.postings(shingle_hashes(index.ids_of(words), k))
            keep = allowed[docs]
            d, w = _coverage(which[keep], docs[keep], k, len(words))
            score, source = _best(index, np.zeros(d.size, np.int64), d, np.array([len(words)]), 1)
            best = (float(score[0]), int(source[0]))
        rows.append({"start": q.start, "end": q.end, "text": q.text, "kind": q.kind, "speaker": q.speaker,
                     "words": len(words), "score": best[0],
                     "source": index.doc_ids[best[1]] if best[1] >= 0 else None,
                     "found": best[0] >= threshold})
    return pd.DataFrame(rows, columns=cols)


def _boilerplate(index: ReuseIndex, hashes, sentence_of, sizes, n_sentences: int) -> np.ndarray:
    """Sentences made (at least 80% of their words) of shingles an outlet prints in every article."""
    boiler = np.zeros(n_sentences, dtype=bool)
    if index.boilerplate_hashes.size and hashes.size:
        in_boiler = np.isin(hashes, index.boilerplate_hashes)
        n = sentence_of.size
        bw = _coverage(np.flatnonzero(in_boiler), np.zeros(int(in_boiler.sum()), np.int64), index.shingle, n)[1]
        boiler_words = np.bincount(sentence_of[bw], minlength=n_sentences)
        boiler = (sizes > 0) & (boiler_words >= np.maximum(sizes * 0.8, 1))
    return boiler


def _sentence_table(doc, index: ReuseIndex, score, source, sizes, boiler, threshold: float) -> pd.DataFrame:
    rows = []
    for i, (s, e) in enumerate(doc.sentences):
        src = index.doc_ids[source[i]] if source[i] >= 0 else None
        rows.append((int(doc.sentence_paragraph[i]), i, s, e, doc.text[s:e], int(sizes[i]),
                     float(score[i]) if sizes[i] else float("nan"), src,
                     bool(score[i] >= threshold and sizes[i]), bool(boiler[i])))
    return pd.DataFrame(rows, columns=_SENTENCE_COLUMNS)


def _by_source(index: ReuseIndex, d, n: int, sentences: pd.DataFrame) -> pd.DataFrame:
    per_doc = np.bincount(d, minlength=len(index)) if d.size else np.zeros(len(index), np.int64)
    hit = np.flatnonzero(per_doc)
    by_source = pd.DataFrame({"words": per_doc[hit], "share": per_doc[hit] / max(n, 1)},
                             index=index.doc_ids[hit])
    best_counts = sentences.loc[sentences["reused"], "source"].value_counts()
    by_source["sentences"] = best_counts.reindex(by_source.index).fillna(0).astype(int)
    by_source = by_source.join(index.corpus, how="left").sort_values("share", ascending=False)
    by_source.index.name = index.doc_ids.name or "doc_id"
    return by_source


def _paragraph_sources(doc, index: ReuseIndex, sentence_of, d, w, n: int) -> pd.DataFrame:
    paragraph_of = doc.sentence_paragraph[sentence_of] if doc.n_sentences else np.zeros(n, np.int64)
    p_words = np.bincount(paragraph_of, minlength=len(doc.paragraphs))
    if not d.size:
        return pd.DataFrame(columns=["paragraph", "source", "words", "found_words", "share"])
    key, counts = np.unique(paragraph_of[w] * len(index) + d, return_counts=True)
    para = key // len(index)
    return pd.DataFrame({"paragraph": para, "source": index.doc_ids[key % len(index)], "words": p_words[para],
                         "found_words": counts, "share": counts / p_words[para]})


def reuse(focal, corpus=None, *, index: ReuseIndex | None = None, shingle: int = 5, threshold: float = 0.5,
          text: str = "text", exclude=()) -> Reuse:
    """Which sentences and quotes of an article are found in other articles, and in which.

    Parameters
    ----------
    focal : str, Document or pandas.Series
        The article: a text, a Document, or a corpus row (its name is its
        doc_id, its ``text`` field the text).
    corpus : pandas.DataFrame, optional
        The other coverage, one row per article indexed by doc_id, with a
        ``text`` column (and optionally ``outlet``, ``published``, ``title``).
        Not needed when ``index`` is given.
    index : ReuseIndex, optional
        A prebuilt index of the corpus (:class:`ReuseIndex`), to compare many
        articles against one corpus without rebuilding it.
    shingle : int
        Words per shingle when the index is built here.
    threshold : float
        A sentence counts as reused when at least this share of its words is
        found, in runs of ``shingle`` words, in one other article; a quote when
        at least this share of its quoted words is.
    text : str
        The text column.
    exclude : iterable of doc ids
        Articles to leave out (besides the focal article itself).

    Returns
    -------
    Reuse
        ``.sentences``, ``.by_source``, ``.quotes``, ``.unique_quotes``,
        ``.paragraphs``, ``.summary()``, ``.summarise()`` and ``.profile()``.

    Raises
    ------
    TypeError, ValueError
        On a focal or corpus of the wrong kind, or a threshold outside (0, 1].

    Notes
    -----
    Words are case folded and punctuation ignored, so re-punctuation and
    changed capitals do not matter; a reworded word breaks the shingles around
    it but the sentence's other words are still found (containment of the
    sentence's words, not exact matching). Lines that every article of one
    outlet prints (boilerplate: bylines, footers) are left out of the index.
    The focal article is left out of the corpus by doc_id (a corpus row's
    name), by ``exclude`` and by identical text. A quote shorter than a shingle
    is looked up as an exact phrase.

    Limitations: matching is lexical. A translation, or a paraphrase that
    changes most words, is not found; a sentence built from common phrases can
    match by chance (raise ``shingle`` for large corpora). *Found in no other
    article* means no other article *of this corpus*: absence from a sample is
    not proof that a sentence or quote was invented.

    References
    ----------
    Broder, A. Z. (1997). On the resemblance and containment of documents.
    *Compression and Complexity of Sequences*. Clough, P. et al. (2002).
    METER: MEasuring TExt Reuse. *ACL 2002*.
    """
    if not (isinstance(threshold, (int, float)) and 0 < threshold <= 1):
        raise ValueError(f"threshold must be in (0, 1], got {threshold!r}")
    if index is None:
        if corpus is None:
            raise TypeError("reuse() needs a corpus or an index")
        if isinstance(corpus, ReuseIndex):
            index = corpus
        else:
            index = ReuseIndex(corpus, shingle=shingle, text=text)
    k = index.shingle
    doc, name = _focal(focal, text)
    words, starts, _ = tokens(doc.text)
    allowed = np.ones(len(index), dtype=bool)
    for d in list(exclude) + ([name] if name is not None else []):
        if d in index.doc_ids:
            allowed[index.doc_ids.get_loc(d)] = False
    allowed[index.same_text(words)] = False

    n = len(words)
    sentence_of = np.maximum(np.searchsorted(doc.sentence_starts, starts, side="right") - 1, 0) \
        if doc.n_sentences else np.zeros(n, np.int64)
    sizes = np.bincount(sentence_of, minlength=doc.n_sentences)
    hashes = shingle_hashes(index.ids_of(words), k)
    which, docs = index.postings(hashes)
    keep = allowed[docs]
    d, w = _coverage(which[keep], docs[keep], k, max(n, 1))
    score, source = _best(index, sentence_of[w], d, sizes, doc.n_sentences)

    boiler = _boilerplate(index, hashes, sentence_of, sizes, doc.n_sentences)
    sentences = _sentence_table(doc, index, score, source, sizes, boiler, threshold)
    by_source = _by_source(index, d, n, sentences)
    paragraph_sources = _paragraph_sources(doc, index, sentence_of, d, w, n)
    return Reuse(text=doc.text, document=doc, sentences=sentences, by_source=by_source,
                 paragraph_sources=paragraph_sources,
                 quotes=_quotes(doc, index, k, threshold, allowed), threshold=float(threshold), shingle=k,
                 n_compared=int(allowed.sum()))
