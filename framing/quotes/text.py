"""Small helpers over the Document's text layer shared by the quotes modules.

Words are the Document's words (``doc.word_starts`` / ``doc.word_ends``); a
speaker phrase that is no longer a span of the text (a resolved name) is split
with the same word pattern as :func:`framing.read`, so both agree on what a word is.
"""

from __future__ import annotations

import re
import weakref
from array import array
from bisect import bisect_left, bisect_right

import numpy as np

__all__ = ["phrase_words", "span_words", "word_offsets", "trim", "n_words", "alternation"]


def alternation(words) -> str:
    """The words as one regex alternation, longest first (so a longer term wins over its prefix)."""
    return "|".join(sorted(words, key=len, reverse=True))

_LAST: tuple = (None, array("q"), array("q"))  # (weak reference to a Document, its word starts, its word ends)

# The word pattern of framing.document, applied to a phrase (curly apostrophes included).
_WORD = re.compile(r"[^\W_]+(?:['\u2019\-\.][^\W_]+)*")


def phrase_words(phrase: str) -> list[str]:
    """The words of a phrase, as :func:`framing.read` would split them."""
    return _WORD.findall(phrase)


def span_words(doc, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the Document's words lying wholly inside ``[start, end)``.

    A dotted abbreviation keeps its final full stop ("U.S."), as a reader would.
    """
    starts, ends = word_offsets(doc)
    lo = bisect_left(starts, start)  # as np.searchsorted(word_starts, start, side="left")
    hi = bisect_right(ends, end)
    out = list(zip(starts[lo:hi], ends[lo:hi]))
    text = doc.text
    if text.count(".", start, end) < 2:
        return out  # no abbreviation to extend: that takes a full stop inside a word and one after it
    for k, (s, e) in enumerate(out):
        if e < end and text[e] == "." and "." in text[s:e]:
            out[k] = (s, e + 1)
    return out


def word_offsets(doc) -> tuple[array, array]:
    """The Document's word starts and ends as ``array('q')``, made once per document (kept for the last one).

    ``bisect`` on them gives the same answers as ``np.searchsorted`` without numpy's cost per call
    (``quotes()`` looks words up many times in one document); a copy of the numpy buffers, 8 bytes a word.
    """
    global _LAST
    last = _LAST
    if last[0] is None or last[0]() is not doc:
        starts, ends = array("q"), array("q")
        starts.frombytes(np.ascontiguousarray(doc.word_starts, dtype=np.int64).tobytes())
        ends.frombytes(np.ascontiguousarray(doc.word_ends, dtype=np.int64).tobytes())
        last = _LAST = (weakref.ref(doc), starts, ends)
    return last[1], last[2]


def n_words(doc, start: int, end: int) -> int:
    """Number of the Document's words inside ``[start, end)`` (as ``doc.words_between``)."""
    starts, ends = word_offsets(doc)
    return max(bisect_right(ends, end) - bisect_left(starts, start), 0)


def trim(text: str, start: int, end: int, chars: str = " \t\n,;:\u2014\u2013-") -> tuple[int, int]:
    """``(start, end)`` with ``chars`` stripped from both ends."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
