"""Suggest a cast: frequent capitalised names and demonym phrases of a text or corpus, ranked."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from framing.document import Document
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


def _texts_of(texts):
    if isinstance(texts, (str, Document)):
        texts = [texts]
    if isinstance(texts, pd.DataFrame):
        texts = texts["text"]
    for t in texts:
        if isinstance(t, Document):
            yield t.text
        elif isinstance(t, str):
            yield t


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

