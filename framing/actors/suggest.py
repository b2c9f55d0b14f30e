"""Suggest a cast: frequent capitalised names and demonym phrases of a text or corpus, ranked."""

from __future__ import annotations

import re
import warnings
from collections import Counter

import numpy as np
import pandas as pd

from framing.document import Document, FramingWarning
from framing.lang.english import NOT_ACTOR_NAMES

__all__ = ["suggest"]

_CAP_SEQ = re.compile(
    r"(?<![\w'\-])(?:([Tt]he)\s+)?"
    r"((?:[A-Z][\w'\-\.]*[\w]|[A-Z])(?:\s+(?:(?:of|al|bin|de|la|el|for)\s+)?(?:[A-Z][\w'\-\.]*[\w]|[A-Z]))*)"
)
_DEMONYM_WORD = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese)")
_DEMONYM_NP = re.compile(
    r"(?<![\w'\-])([A-Z][a-z]+(?:ian|ean|ese|ish|i))\s+(?!(?:has|was|is|does|this|its|as|us|his)\b)([a-z]{3,}s)(?![\w])"
)


def _texts_of(texts) -> list:
    """The texts to scan, checked: str, Document, an iterable of them, or a frame with a ``text`` column.

    Missing texts (None or NaN, e.g. articles that could not be fetched) are skipped with a
    :class:`~framing.FramingWarning` that counts them; anything else that is not text is a TypeError.
    """
    if isinstance(texts, (str, Document)):
        texts = [texts]
    elif isinstance(texts, pd.DataFrame):
        if "text" not in texts.columns:
            raise ValueError(
                f"suggest() needs a 'text' column in a DataFrame; it has {list(texts.columns)[:8]}"
            )
        texts = texts["text"]
    elif isinstance(texts, (bytes, bytearray, dict)) or not hasattr(texts, "__iter__"):
        raise TypeError(
            f"suggest() takes a str, a Document, an iterable of them or a DataFrame, not {type(texts).__name__}"
        )
    out, missing = [], 0
    for i, t in enumerate(texts):
        if isinstance(t, Document):
            out.append(t.text)
        elif isinstance(t, str):
            out.append(t)
        elif t is None or (isinstance(t, float) and t != t):
            missing += 1
        else:
            raise TypeError(f"suggest(): text {i} is a {type(t).__name__}, not a str or Document")
    if missing:
        warnings.warn(f"suggest(): {missing} missing text(s) (None or NaN) skipped", FramingWarning, stacklevel=3)
    return out


def suggest(texts, *, top: int = 30, min_count: int = 1) -> pd.DataFrame:
    """Candidate actors for a cast: frequent capitalised names and noun phrases, ranked.

    Parameters
    ----------
    texts : str, Document, iterable of them, or a corpus DataFrame (its ``text`` column)
    top : int
        Number of candidates returned.
    min_count : int
        Minimum number of occurrences.

    Returns
    -------
    pandas.DataFrame
        One row per candidate: ``term`` (as written, without a leading "the"),
        ``actor`` (a first guess: the term itself, for you to edit: give two
        rows the same actor to make one an alias), ``kind`` ('name' or
        'demonym' for phrases such as "Iranian officials"), ``count``,
        ``documents``, ``with_the`` (share of uses after "the": "the
        Revolutionary Guards") and an ``example`` context. Edit it and pass it
        to :func:`as_cast` (or ``Cast.from_frame``).

    Notes
    -----
    Capitalised word sequences (allowing inner *of*, *al*, *bin*, *and*) are
    counted; a single capitalised word that only ever opens a sentence, months,
    weekdays and function words are dropped. Demonyms ("Iranian") and demonym
    noun phrases ("Iranian officials") are listed with kind 'demonym'.
    Limitations: sentence-initial names are counted with their sentence
    opener when it is capitalised ("In Tehran" is not, since "In" is dropped),
    and nothing here knows whether a name is a person, a place or an
    organisation: that is the user's call.
    """
    if isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 0:
        raise ValueError(f"suggest(): top must be an int >= 0, got {top!r}")
    if isinstance(min_count, bool) or not isinstance(min_count, (int, np.integer)) or min_count < 1:
        raise ValueError(f"suggest(): min_count must be an int >= 1, got {min_count!r}")
    counts: Counter = Counter()
    docs: Counter = Counter()
    the: Counter = Counter()
    inner: Counter = Counter()
    kinds: dict = {}
    examples: dict = {}
    for text in _texts_of(texts):
        seen = set()
        for m in _CAP_SEQ.finditer(text):
            phrase = m.group(2).rstrip(".'")
            words = phrase.split()
            while words and words[0].lower() in NOT_ACTOR_NAMES:
                words = words[1:]
            while words and words[-1].lower() in ("of", "and", "for", "al", "bin", "de", "la", "el"):
                words = words[:-1]
            if not words:
                continue
            term = " ".join(words)
            if term.endswith("'s"):
                term = term[:-2]
            if len(term) < 2 or term.lower() in NOT_ACTOR_NAMES:
                continue
            start = m.start(2) + phrase.find(words[0])
            counts[term] += 1
            seen.add(term)
            kinds.setdefault(term, "demonym" if _DEMONYM_WORD.fullmatch(term) else "name")
            if m.group(1):
                the[term] += 1
            before = text[max(0, start - 3):start]
            opens_sentence = start == 0 or text[start - 1] == "\n" or re.search(
                r"[.!?\"\u201c\u201d]\s*$|^\s*$", before
            )
            if not opens_sentence:
                inner[term] += 1
            examples.setdefault(term, text[max(0, start - 40):start + len(term) + 40].replace("\n", " "))
        for m in _DEMONYM_NP.finditer(text):
            term = m.group(0)
            counts[term] += 1
            seen.add(term)
            kinds.setdefault(term, "demonym")
            inner[term] += 1
            examples.setdefault(term, text[max(0, m.start() - 40):m.end() + 40].replace("\n", " "))
        docs.update(seen)
    rows = [
        (term, term, kinds[term], n, docs[term], the[term] / n, examples[term])
        for term, n in counts.items()
        if n >= min_count and (inner[term] > 0 or " " in term)
    ]
    frame = pd.DataFrame(rows, columns=["term", "actor", "kind", "count", "documents", "with_the", "example"])
    frame = frame.sort_values(["count", "documents", "term"], ascending=[False, False, True], kind="stable")
    return frame.head(top).reset_index(drop=True)

