"""Units of coding (articles, sentences) and the toolkit's own codes for them.

The coding sheet shows coders the units only; :func:`toolkit_codes` runs the measures on the same
units afterwards, so that :func:`framing.agreement` can compare human and machine codes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["as_corpus", "sentence_units", "sentence_codes", "toolkit_codes", "unit_id"]


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


def _overlaps(spans, units) -> np.ndarray:
    """For each unit ``(start, end)``, 1 if any span ``(start, end)`` overlaps it, else 0.

    Spans sorted by start with a running maximum of their ends: a unit ``[a, b)`` is overlapped
    when the spans starting before ``b`` reach past ``a``. O((units + spans) log spans).
    """
    spans = sorted((a, b) for a, b in spans if a is not None and b is not None and b > a)
    if not spans or not len(units):
        return np.zeros(len(units), dtype=int)
    starts = np.array([a for a, _ in spans])
    reach = np.maximum.accumulate(np.array([b for _, b in spans]))
    u_start = np.array([a for a, _ in units])
    u_end = np.array([b for _, b in units])
    last = np.searchsorted(starts, u_end, side="left") - 1
    return np.where(last >= 0, reach[np.maximum(last, 0)] > u_start, False).astype(int)


def sentence_codes(text: str, units, variables) -> pd.DataFrame:
    """The toolkit's code of each sentence unit ``(start, end)`` of one text.

    A unit is coded from the evidence spans that overlap it, so the codes stay right even if the
    sentence splitter that drew the sheet has changed since.
    """
    import framing as fr
    from framing.hedging import UNCERTAINTY_CATEGORIES
    from framing.sentiment import polarity

    doc = fr.read(text)
    units = [(int(a), int(b)) for a, b in units]
    variables = list(variables)
    out = {}
    q = fr.quotes(doc) if {"sentence.has_quote", "sentence.anonymous_source", "sentence.loaded"} & set(variables) \
        else None
    for var in variables:
        if var == "sentence.uncertain":
            cues = [c for c in fr.hedging(doc).cues if c.kind == "hedge" and c.category in UNCERTAINTY_CATEGORIES]
            out[var] = _overlaps([(c.start, c.end) for c in cues], units)
        elif var == "sentence.has_quote":
            spans = [(r.start, r.end) for r in q.quotes]
            spans += [(r.speaker_start, r.speaker_end) for r in q.quotes]
            spans += [(r.cue_start, r.cue_end) for r in q.quotes]
            out[var] = _overlaps(spans, units)
        elif var == "sentence.anonymous_source":
            # unnamed people or bodies credited ("officials", "a local aid group"), or a stated reason
            # for anonymity ("The officials, who spoke on condition of anonymity, ...")
            anon = [r for r in q.quotes if r.anonymous or r.source_type in ("anonymous", "unnamed_group")]
            spans = [(r.speaker_start, r.speaker_end) if r.speaker_start is not None else (r.start, r.end)
                     for r in anon]
            spans += [(j.start, j.end) for j in q.justifications]
            out[var] = _overlaps(spans, units)
        elif var == "sentence.loaded":
            out[var] = _overlaps([(c.start, c.end) for c in fr.sentiment(doc, quotes=q).loaded], units)
        elif var == "sentence.tone":
            compound = np.array([polarity(doc.text[a:b])["compound"] if b > a else np.nan for a, b in units])
            out[var] = np.where(compound >= 0.05, 1, np.where(compound <= -0.05, -1, 0))
        else:
            raise ValueError(f"unknown sentence variable {var!r}")
    return pd.DataFrame(out, index=pd.MultiIndex.from_tuples(units, names=["start", "end"]))


def _article_codes(corpus: pd.DataFrame, variables, *, cast=None) -> pd.DataFrame:
    from framing.profile import profile

    rows = {doc_id: profile(text, cast=cast) for doc_id, text in corpus["text"].items()}
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
        for doc_id, group in sents.groupby("doc_id", sort=False):
            codes = sentence_codes(corpus.at[doc_id, "text"], zip(group["start"], group["end"]), sentence_vars)
            codes.index = [unit_id(doc_id, a, b) for a, b in zip(group["start"], group["end"])]
            parts.append(codes[~codes.index.duplicated()])
        if parts:
            out = out.join(pd.concat(parts))
        else:
            for var in sentence_vars:
                out[var] = np.nan
    return out
