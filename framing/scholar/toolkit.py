"""Units of coding (articles, sentences) and the toolkit's own codes for them.

The coding sheet shows coders the units only; :func:`toolkit_codes` runs the measures on the same
units afterwards, so that :func:`framing.agreement` can compare human and machine codes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["as_corpus", "sentence_units", "toolkit_codes", "unit_id"]


def as_corpus(corpus) -> pd.DataFrame:
    """A corpus as a DataFrame indexed by ``doc_id`` with a ``text`` column.

    Accepts what :func:`framing.load_corpus` accepts (a folder, a manifest, a DataFrame).
    """
    if isinstance(corpus, pd.DataFrame):
        frame = corpus
        if "doc_id" in frame.columns:
            frame = frame.set_index("doc_id")
        if "text" not in frame.columns:
            raise ValueError(f"the corpus needs a 'text' column; it has {list(frame.columns)}")
    else:
        try:
            from framing.corpus import load_corpus
        except ImportError as exc:  # pragma: no cover - the corpus layer is part of the package
            raise TypeError("pass the corpus as a DataFrame with a 'text' column") from exc
        frame = load_corpus(corpus)
    if not frame.index.is_unique:
        dupes = frame.index[frame.index.duplicated()].unique().tolist()[:5]
        raise ValueError(f"the corpus has duplicate doc_ids: {dupes}")
    frame = frame.copy()
    frame.index = frame.index.map(str)
    frame.index.name = "doc_id"
    bad = [i for i, t in frame["text"].items() if not isinstance(t, str)]
    if bad:
        raise TypeError(f"the corpus has non-text 'text' values (NaN or other types) for doc_ids {bad[:5]}")
    return frame


def unit_id(doc_id: str, start: int | None = None, end: int | None = None) -> str:
    """``doc_id`` for an article, ``doc_id:start-end`` for a sentence."""
    return str(doc_id) if start is None else f"{doc_id}:{int(start)}-{int(end)}"


def sentence_units(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every sentence of the corpus: ``unit_id, doc_id, sentence, start, end, text``."""
    from framing.document import read

    rows = []
    for doc_id, text in corpus["text"].items():
        doc = read(text)
        for i, (start, end) in enumerate(doc.sentences):
            rows.append((unit_id(doc_id, start, end), doc_id, i, start, end, doc.text[start:end]))
    return pd.DataFrame(rows, columns=["unit_id", "doc_id", "sentence", "start", "end", "text"])


def _sentence_flags(doc, spans, n: int) -> np.ndarray:
    """For each sentence, whether any of the spans ``(start, end)`` overlaps it."""
    flags = np.zeros(n, dtype=int)
    bounds = doc.sentences
    starts = np.array([s for s, _ in bounds])
    for start, end in spans:
        if start is None or end is None or end <= start:
            continue
        first = doc.sentence_of(start)
        last = int(np.searchsorted(starts, end - 1, side="right")) - 1
        flags[first : max(first, last) + 1] = 1
    return flags


def _sentence_codes(text: str, variables, *, cast=None) -> pd.DataFrame:
    """The toolkit's code for every sentence of one text, for the sentence-level ``variables``."""
    import framing as fr

    doc = fr.read(text)
    n = len(doc.sentences)
    out = {"start": [s for s, _ in doc.sentences], "end": [e for _, e in doc.sentences]}
    need_quotes = {"sentence.has_quote", "sentence.anonymous_source", "sentence.loaded", "sentence.tone"}
    q = fr.quotes(doc) if need_quotes & set(variables) else None
    s = fr.sentiment(doc, quotes=q) if {"sentence.loaded", "sentence.tone"} & set(variables) else None
    for var in variables:
        if var == "sentence.uncertain":
            flags = np.zeros(n, dtype=int)
            flags[list(fr.hedging(doc).uncertain_sentences)] = 1
            out[var] = flags
        elif var == "sentence.has_quote":
            spans = [(r.start, r.end) for r in q.quotes]
            spans += [(r.speaker_start, r.speaker_end) for r in q.quotes]
            spans += [(r.cue_start, r.cue_end) for r in q.quotes]
            out[var] = _sentence_flags(doc, spans, n)
        elif var == "sentence.anonymous_source":
            anon = [r for r in q.quotes if r.anonymous or r.source_type == "anonymous"]
            spans = [(r.speaker_start, r.speaker_end) if r.speaker_start is not None else (r.start, r.end)
                     for r in anon]
            out[var] = _sentence_flags(doc, spans, n)
        elif var == "sentence.loaded":
            flags = np.zeros(n, dtype=int)
            flags[[c.sentence for c in s.loaded]] = 1
            out[var] = flags
        elif var == "sentence.tone":
            compound = s.sentences["compound"].to_numpy(dtype=float)
            out[var] = np.where(compound >= 0.05, 1, np.where(compound <= -0.05, -1, 0))
        else:  # pragma: no cover - checked by the caller
            raise ValueError(f"unknown sentence variable {var!r}")
    return pd.DataFrame(out)


def _article_codes(corpus: pd.DataFrame, variables, *, cast=None) -> pd.DataFrame:
    from framing.scholar._profile import profile_row

    rows = {doc_id: profile_row(text, cast=cast) for doc_id, text in corpus["text"].items()}
    table = pd.DataFrame.from_dict(rows, orient="index")
    missing = [v for v in variables if v not in table.columns]
    for var in missing:  # a per-actor variable of an actor no article mentions
        table[var] = np.nan
    return table[list(variables)]


def toolkit_codes(corpus: pd.DataFrame, units: pd.DataFrame, variables, *, cast=None) -> pd.DataFrame:
    """The toolkit's codes for the given units, indexed by ``unit_id``.

    ``units`` has ``unit_id, level, doc_id`` (and ``start, end`` for sentences); ``variables`` maps
    each variable name to its level.
    """
    out = pd.DataFrame(index=pd.Index(units["unit_id"].astype(str), name="unit_id"))
    article_vars = [v for v, lv in variables.items() if lv == "article"]
    sentence_vars = [v for v, lv in variables.items() if lv == "sentence"]
    if article_vars:
        arts = units[units["level"] == "article"]
        codes = _article_codes(corpus.loc[arts["doc_id"].unique()], article_vars, cast=cast)
        codes.index = [unit_id(d) for d in codes.index]
        out = out.join(codes)
    if sentence_vars:
        sents = units[units["level"] == "sentence"]
        parts = []
        for doc_id in sents["doc_id"].unique():
            codes = _sentence_codes(corpus.at[doc_id, "text"], sentence_vars, cast=cast)
            codes.index = [unit_id(doc_id, s, e) for s, e in zip(codes["start"], codes["end"])]
            parts.append(codes[sentence_vars])
        if parts:
            out = out.join(pd.concat(parts))
        else:
            for var in sentence_vars:
                out[var] = np.nan
    return out
