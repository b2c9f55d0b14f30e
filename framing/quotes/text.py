"""Small helpers over the Document's text layer shared by the quotes modules.

Words are the Document's words (``doc.word_starts`` / ``doc.word_ends``); a
speaker phrase that is no longer a span of the text (a resolved name) is split
with the same word pattern as :func:`framing.read`, so both agree on what a word is.
"""

from __future__ import annotations

import re

import numpy as np

__all__ = ["phrase_words", "span_words", "trim", "n_words"]

# The word pattern of framing.document, applied to a phrase (curly apostrophes included).
_WORD = re.compile(r"[^\W_]+(?:['\u2019\-\.][^\W_]+)*")


def phrase_words(phrase: str) -> list[str]:
    """The words of a phrase, as :func:`framing.read` would split them."""
    return _WORD.findall(phrase)


def span_words(doc, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the Document's words lying wholly inside ``[start, end)``.

    A dotted abbreviation keeps its final full stop ("U.S."), as a reader would.
    """
    lo = int(np.searchsorted(doc.word_starts, start, side="left"))
    hi = int(np.searchsorted(doc.word_ends, end, side="right"))
    text = doc.text
    out = []
    for s, e in zip(doc.word_starts[lo:hi].tolist(), doc.word_ends[lo:hi].tolist()):
        if e < end and text[e] == "." and "." in text[s:e]:
            e += 1
        out.append((s, e))
    return out


def n_words(doc, start: int, end: int) -> int:
    """Number of the Document's words inside ``[start, end)``."""
    return doc.words_between(start, end)


def trim(text: str, start: int, end: int, chars: str = " \t\n,;:\u2014\u2013-") -> tuple[int, int]:
    """``(start, end)`` with ``chars`` stripped from both ends."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
