"""Suggest a cast: frequent capitalised names and demonym phrases of a text or corpus, ranked."""

from __future__ import annotations

import re
import warnings
from collections import Counter

import numpy as np
import pandas as pd

from framing.document import Document, FramingWarning
from framing.lang.english import NOT_ACTOR_NAMES, ORGANISATION_HEADS, PERSON_TITLES, PLACE_MARKERS

__all__ = ["suggest"]

_CAP_SEQ = re.compile(
    r"(?<![\w'\-])(?:([Tt]he)\s+)?"
    r"((?:[A-Z][\w'\-\.]*[\w]|[A-Z])(?:\s+(?:(?:of|al|bin|de|la|el|for)\s+)?(?:[A-Z][\w'\-\.]*[\w]|[A-Z]))*)"
)
_DEMONYM_WORD = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese)")
_DEMONYM_NP = re.compile(
    r"(?<![\w'\-])([A-Z][a-z]+(?:ian|ean|ese|ish|i))\s+(?!(?:has|was|is|does|this|its|as|us|his)\b)([a-z]{3,}s)(?![\w])"
)


_SURROGATE = re.compile("[\ud800-\udfff]")


# patterns compiled once
_OPENS = re.compile(r"[.!?\"\u201c\u201d]\s*$|^\s*$")
_WORDS = re.compile(r"[\w']+")
_ACRONYM = re.compile(r"\s*\(([A-Z]{2,6})\)")


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
            out.append(_SURROGATE.sub("\ufffd", t.text))
        elif isinstance(t, str):
            out.append(_SURROGATE.sub("\ufffd", t))  # a lone surrogate cannot enter a table of strings
        elif t is None or (isinstance(t, float) and t != t):
            missing += 1
        else:
            raise TypeError(f"suggest(): text {i} is a {type(t).__name__}, not a str or Document")
    if missing:
        warnings.warn(f"suggest(): {missing} missing text(s) (None or NaN) skipped", FramingWarning, stacklevel=3)
    return out


def suggest(texts, *, top: int = 30, min_count: int = 1) -> pd.DataFrame:
    """Candidate actors for a cast: named people, organisations and groups, variants merged, ranked.

    Parameters
    ----------
    texts : str, Document, iterable of them, or a corpus DataFrame (its ``text`` column)
        One article or a corpus. Missing texts (None, NaN) are skipped with a warning.
    top : int
        Number of candidate *actors* returned (each with all its variants).
    min_count : int
        Minimum number of occurrences of an actor (all its variants together).

    Returns
    -------
    pandas.DataFrame
        One row per term: ``term`` (as written, without a leading "the" or title), ``actor`` (the
        actor the term is grouped under: the fullest name, e.g. "Ines Corvo" for "Corvo"),
        ``kind`` ('name', 'title' for a title seen before the person's name such as "Mayor", or
        'demonym' for "Iranian officials"), ``type`` ('person', 'organisation', 'group' or 'name'
        when the text does not tell), ``count`` (of the term), ``mentions`` (of the actor, all
        variants), ``documents``, ``with_the`` (share of uses after "the"), ``first`` (offset of
        the actor's first use in its first document) and an ``example`` context. Rows are ranked by
        the actor's salience: mentions, then earliness. Edit it (merge or split actors, drop rows)
        and pass it to :func:`framing.actors.as_cast` (or ``Cast.from_frame``).

    Notes
    -----
    Capitalised word sequences (allowing inner *of*, *al*, *bin*) are collected; leading function
    words and person titles ("Mayor", "Secretary", "Dr.") are split off, the title recorded. A
    sequence of two or three words without an organisation head is a person ("Ines Corvo"); one
    ending in an organisation head (:data:`framing.lang.english.ORGANISATION_HEADS`: Agency,
    Union, Chemicals, Council...) an organisation; a plural word with a demonym a group. A single
    word that is the last name of exactly one person joins that person ("Corvo"); an acronym in
    brackets after an organisation joins it ("Regional Health Agency (RHA)"); spellings that
    differ only in case are one term. Dropped: a single word that only opens sentences, words in
    capitals longer than five letters (datelines), names seen only after a place preposition
    ("in Brennholt"), months, weekdays and function words.

    Limitations: whether a name is a person, a place or an organisation is guessed from its
    form, not known; two people sharing a last name stay apart only if both full names appear;
    pronouns and descriptions ("the company") are not grouped. A suggestion is a first draft of
    a cast for a reader to correct, never a finished one.
    """
    if isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 0:
        raise ValueError(f"suggest(): top must be an int >= 0, got {top!r}")
    if isinstance(min_count, bool) or not isinstance(min_count, (int, np.integer)) or min_count < 1:
        raise ValueError(f"suggest(): min_count must be an int >= 1, got {min_count!r}")
    terms: dict = {}  # folded term -> _Term
    order = 0
    for doc_i, text in enumerate(_texts_of(texts)):
        for term, start, title, the, inner, place in _candidates(text):
            key = term.lower()
            t = terms.get(key)
            if t is None:
                t = terms[key] = _Term(term, order, text[max(0, start - 40):start + len(term) + 40].replace("\n", " "))
            order += 1
            t.count += 1
            t.docs.add(doc_i)
            t.the += bool(the)
            t.inner += bool(inner)
            t.place += bool(place)
            if title:
                t.titles[title] += 1
            t.spellings[term] += 1
        for m in _DEMONYM_NP.finditer(text):
            key = m.group(0).lower()
            t = terms.get(key)
            if t is None:
                t = terms[key] = _Term(m.group(0), order, text[max(0, m.start() - 40):m.end() + 40].replace("\n", " "))
                t.kind = "demonym"
            order += 1
            t.count += 1
            t.inner += 1
            t.docs.add(doc_i)
            t.spellings[m.group(0)] += 1
    for t in terms.values():
        t.term = t.spellings.most_common(1)[0][0]
        t.type = _type_of(t)
    _group(terms)
    kept = {k: t for k, t in terms.items()
            if (t.inner > 0 or " " in k or t.actor is not t) and 3 * t.place < 2 * t.count}
    for t in kept.values():
        if t.actor.term.lower() not in kept:
            t.actor = t  # its group head was dropped
    return _frame(kept, top=top, min_count=min_count)


class _Term:
    __slots__ = ("term", "first", "example", "count", "docs", "the", "inner", "place", "titles", "spellings",
                 "kind", "type", "actor")

    def __init__(self, term: str, first: int, example: str):
        self.term, self.first, self.example = term, first, example
        self.count = self.the = self.inner = self.place = 0
        self.docs: set = set()
        self.titles: Counter = Counter()
        self.spellings: Counter = Counter()
        self.kind, self.type, self.actor = "name", "name", None


def _candidates(text: str):
    """(term, start, title, after 'the', inside a sentence, after a place preposition) per capitalised name."""
    for m in _CAP_SEQ.finditer(text):
        phrase = m.group(2).rstrip(".'\u2019")
        words = phrase.split()
        title = []
        while words and (words[0].lower() in NOT_ACTOR_NAMES or words[0].lower() in PERSON_TITLES
                         or words[0].lower().rstrip(".") in PERSON_TITLES):
            if words[0].lower() in PERSON_TITLES or words[0].lower().rstrip(".") in PERSON_TITLES:
                title.append(words[0])
            elif title:
                title = []
            words = words[1:]
        while words and (words[-1].lower() in ("of", "and", "for", "al", "bin", "de", "la", "el")
                         or (len(words) > 1 and words[-1].isupper() and len(words[-1]) > 3)):
            words = words[:-1]  # "Kovan NORVIK": a dateline glued to a name
        if not words:
            continue
        term = " ".join(words)
        for tail in ("'s", "\u2019s"):
            if term.endswith(tail):
                term = term[: -len(tail)]
        if len(term) < 2 or term.lower() in NOT_ACTOR_NAMES:
            continue
        start = m.start(2) + phrase.find(words[0])
        before = text[max(0, start - 3):start]
        opens = start == 0 or text[start - 1] == "\n" or _OPENS.search(before)
        prev = _WORDS.findall(text[max(0, m.start() - 15):m.start()])
        dateline = term.isupper() and len(term) > 5 and opens  # "BRENNHOLT —"
        place = dateline or (bool(prev) and prev[-1].lower() in PLACE_MARKERS and not title)
        yield term, start, " ".join(title), m.group(1), not opens, place
        rest = text[m.end(2):m.end(2) + 12]
        acronym = _ACRONYM.match(rest)
        if acronym:
            yield f"{acronym.group(1)}\x00{term}", m.end(2), "", None, True, False


def _type_of(t: _Term) -> str:
    words = t.term.split()
    if t.kind == "name" and _DEMONYM_WORD.fullmatch(t.term):
        t.kind = "demonym"  # "Iranian": a way to name a group or a state, listed for the user to place
    if t.kind == "demonym":
        return "group"
    if words[-1].lower() in ORGANISATION_HEADS:
        return "organisation"
    if t.titles or (2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words)):
        return "person"
    if t.term.endswith(("ians", "ans", "ese", "ists")) and len(words) == 1:
        return "group"
    return "name"


def _group(terms: dict) -> None:
    """Give every term an actor: the fullest form of the name it is a variant of."""
    persons = [t for t in terms.values() if t.type == "person" and " " in t.term]
    by_last: dict = {}
    for t in persons:
        by_last.setdefault(t.term.split()[-1].lower(), []).append(t)
    for key, t in list(terms.items()):
        if "\x00" in t.term:  # an acronym given in brackets after an organisation's name
            acronym, name = t.term.split("\x00")
            owner = terms.get(name.lower())
            del terms[key]
            if owner is not None and acronym.lower() not in terms:
                a = _Term(acronym, t.first, t.example)
                a.count, a.inner, a.docs, a.type, a.actor = 0, 1, set(t.docs), owner.type, owner
                terms[acronym.lower()] = a
            elif owner is not None:
                terms[acronym.lower()].actor = owner
            continue
    for t in terms.values():
        if t.actor is not None:
            continue
        same = sorted(by_last.get(t.term.lower(), []) if " " not in t.term else [], key=lambda p: -p.count)
        # the full name this last name stands for: the only one, or one seen more than all others together
        if same and (len(same) == 1 or same[0].count > sum(p.count for p in same[1:])):
            t.actor = same[0]
        else:
            t.actor = t
    for t in terms.values():
        while t.actor.actor is not t.actor:
            t.actor = t.actor.actor
        if t.actor is not t and t.type == "name":
            t.type = t.actor.type


def _frame(terms: dict, *, top: int, min_count: int) -> pd.DataFrame:
    columns = ["term", "actor", "kind", "type", "count", "mentions", "documents", "with_the", "first", "example"]
    groups: dict = {}
    for t in terms.values():
        groups.setdefault(id(t.actor), []).append(t)
    ranked = []
    for members in groups.values():
        head = members[0].actor
        mentions = sum(m.count for m in members)
        if mentions < min_count:
            continue
        first = min(m.first for m in members)
        docs = set().union(*(m.docs for m in members))
        ranked.append((-mentions, -len(docs), first, head, members, mentions, docs))
    ranked.sort(key=lambda r: r[:3])
    rows = []
    for _, _, first, head, members, mentions, _docs in ranked[:top]:
        members = sorted(members, key=lambda m: (m is not head, -m.count, m.term))
        for m in members:
            rows.append((m.term, head.term, m.kind, m.type, m.count, mentions, len(m.docs), m.the / m.count
                         if m.count else 0.0, first, m.example))
        titles = Counter()
        for m in members:
            titles.update(m.titles)
        for title, n in titles.most_common(1):
            if title.lower() not in {r[0].lower() for r in rows}:
                rows.append((title, head.term, "title", head.type, n, mentions, len(head.docs), 0.0, first,
                             head.example))
    return pd.DataFrame(rows, columns=columns)
