"""Whole-text scans that set up a document's speaker resolution (:class:`framing.quotes.speakers.Speakers`).

Place-like names ("in Ashton"), names of states ("Kestria's foreign ministry") and organisations ("Hamas, the
militant group"), and the capitalised words met on their own. Each is the same as a plain regular-expression
scan (kept in ``tests/test_quotes_speed.py`` as the specification), written to run fast.
"""

from __future__ import annotations

import re

import numpy as np

from framing.lang import english as en

# Speed: ``re`` scans in C for the first character of a pattern that starts with a character class, but
# tries every position of the text when it starts with \b or a look-behind. The patterns scanned over the
# whole text therefore start with their first character and test what lies before it afterwards, with the
# same matches: (?<!\w.) after a first character is \b before it (_WORD_START); _CLAUSE_START after a
# first character is "at a line start or after '. ' or ', '" before it.
_WORD_START = r"(?<!\w.)"
_CLAUSE_START = r"(?:(?<=\n.)|(?<=[.!?,]\s.)|(?<=\A.))"
_STATE_POSSESSIVE = re.compile(
    r"([A-Z]" + _WORD_START + r"[a-z]+)['\u2019]s\s+(?:own\s+)?(?:" + "|".join(en.QUOTE_STATE_OFFICES)
    + r"|(?i:" + "|".join(en.QUOTE_STATE_ONLY_OFFICES) + r"))\b"
)
_ORG_APPOSITION = re.compile(
    r"([A-Z]" + _WORD_START + r"[\w\-]+),\s+(?:the|an?)\s+(?:[\w\-]+\s+){0,3}?(?:"
    + "|".join(en.QUOTE_ORG_APPOSITIONS) + r")\b"
)
# The two patterns above are scanned from what follows their name (rarer than a capital letter; see
# _state_possessors and _org_appositions): the same names.
_STATE_OFFICE_AFTER = re.compile(_STATE_POSSESSIVE.pattern[_STATE_POSSESSIVE.pattern.index(")['") + 1 :])
_ORG_AFTER = re.compile(_ORG_APPOSITION.pattern[_ORG_APPOSITION.pattern.index("),") + 1 :])
_WORD_CHAR = re.compile(r"\w")


def _state_possessors(text: str) -> list[str]:
    """The names of ``_STATE_POSSESSIVE.finditer(text)`` ("Kestria's foreign ministry"), found from the "'s" and
    the office after them: the name is the capital and lower-case letters right before, at a word start, past
    the previous match."""
    out, last = [], 0
    for m in _STATE_OFFICE_AFTER.finditer(text):  # no match holds a second "'s": every one is found
        a = p = m.start()
        while p > 0 and "a" <= text[p - 1] <= "z":
            p -= 1
        cap = p - 1
        if p == a or cap < last or not "A" <= text[cap] <= "Z" or (cap and _WORD_CHAR.match(text, cap - 1)):
            continue
        out.append(text[cap:a])
        last = m.end()
    return out


def _org_appositions(text: str) -> list[str]:
    """The names of ``_ORG_APPOSITION.finditer(text)`` ("Hamas, the militant group"), found from the comma and
    the apposition after it: the name is the run of word characters and hyphens right before the comma, from
    its first capital at a word start past the previous match, with a character after that capital."""
    out, last = [], 0
    for m in _ORG_AFTER.finditer(text):  # no match holds a second comma: every one is found
        c = r = m.start()
        while r > 0 and (text[r - 1] == "-" or _WORD_CHAR.match(text, r - 1)):
            r -= 1
        for p in range(max(r, last), c - 1):
            if "A" <= text[p] <= "Z" and not (p and _WORD_CHAR.match(text, p - 1)):
                out.append(text[p:c])
                last = m.end()
                break
    return out


def _first_letter_words(words) -> str:
    """``\\b(?:w1|w2|...)`` for lower-case words, written from the first letter on (a character set that ``re``
    scans for in C; the word-start test comes after it): the same matches, as only one of the words can be
    followed by white space at a given position."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    rest = "|".join(f"(?<={c})(?:{'|'.join(tails)})" for c, tails in by_first.items())
    return "[" + "".join(by_first) + "]" + _WORD_START + "(?:" + rest + ")"


# a preposition, then a capitalised word: "in Ashton", "across North Kestria" (not "in Scott's district")
_PLACE_LIKE = re.compile(
    _first_letter_words(("in", "to", "from", "into", "across", "near", "inside", "outside", "against", "with", "on",
                         "of", "at"))
    + r"\s+([A-Z][a-z]+)\b(?!['\u2019]s)"
)
_PLACE_RUN = re.compile(
    _first_letter_words(("in", "into", "across", "inside", "outside", "near", "throughout"))
    + r"\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})\b(?!['\u2019]s)"
)
_LIKE_WORDS = frozenset(("in", "to", "from", "into", "across", "near", "inside", "outside", "against", "with", "on",
                         "of", "at"))
_RUN_WORDS = frozenset(("in", "into", "across", "inside", "outside", "near", "throughout"))
# Both in one scan (see _place_names): the preposition and its white space, then what each pattern reads after it
_PLACES = re.compile(
    "(" + _first_letter_words(sorted(_LIKE_WORDS | _RUN_WORDS)) + r")\s+(?=(?:the\s+)?[A-Z])"
    r"(?=([A-Z][a-z]+)\b(?!['\u2019]s))?(?=(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})\b(?!['\u2019]s))?"
)


_PREPOSITIONS: dict[str, tuple[str, ...]] = {}  # the prepositions of _PLACES by their last two letters
for _w in sorted(_LIKE_WORDS | _RUN_WORDS, key=lambda w: (-len(w), w)):  # the longer first
    _PREPOSITIONS[_w[-2:]] = (*_PREPOSITIONS.get(_w[-2:], ()), _w)
_PREPOSITION_END = np.zeros((128, 128), dtype=bool)  # [letter before last, last letter] of a preposition
for _k in _PREPOSITIONS:
    _PREPOSITION_END[ord(_k[0]), ord(_k[1])] = True


_ASCII_SPACE = np.array([chr(c).isspace() for c in range(128)])  # what \s matches among ASCII characters


def matches_at(pattern: re.Pattern, text: str, positions):
    """``pattern.finditer(text)`` when every match starts at one of ``positions`` (in increasing order): the
    pattern is tried at each position past the previous match."""
    last = 0
    for p in positions:
        m = pattern.match(text, p) if p >= last else None
        if m is not None:
            last = m.end()
            yield m


def text_codes(text: str) -> np.ndarray:
    """The code point of each character of ``text`` (lone surrogates included), as a numpy array."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _preposition_starts(text: str, starts: np.ndarray, ends: np.ndarray, codes: np.ndarray) -> list[int]:
    """Where a match of ``_PLACES`` may start, in text order, from the document's words (``starts``, ``ends``:
    its word spans; ``codes``: ``text_codes(text)``).

    A match is a preposition, white space, maybe "the" and white space, then a capital. The preposition's last
    letter is followed by white space, so it ends a word; the capital follows white space, so it starts the next
    word, or the word after a "the". Those words are found with numpy, and the prepositions read back from them.
    """
    if starts.size < 2:
        return []
    last = np.minimum(codes[ends - 1], 127)
    before_last = np.minimum(codes[np.maximum(ends - 2, 0)], 127)
    first = codes[starts]
    capital = (first >= 65) & (first <= 90)
    top = codes.size - 1
    the = (ends - starts == 3) & (first == 116)
    the &= (codes[np.minimum(starts + 1, top)] == 104) & (codes[np.minimum(starts + 2, top)] == 101)
    before_capital = capital[1:].copy()
    before_capital[:-1] |= the[1:-1] & capital[2:]  # "in the North ..."
    found = []  # in text order: the words' ends increase, and the longer preposition of a word comes first
    for e in ends[:-1][_PREPOSITION_END[before_last[:-1], last[:-1]] & before_capital].tolist():
        for w in _PREPOSITIONS[text[e - 2 : e]]:
            if text.startswith(w, e - len(w)) and e >= len(w):
                found.append(e - len(w))
    return found


def _place_names(text: str, starts: np.ndarray, ends: np.ndarray, codes: np.ndarray) -> set[str]:
    """The names of ``_PLACE_LIKE`` and ``_PLACE_RUN`` in ``text`` ("in Ashton", "across North Kestria"), in
    one scan: neither pattern's matches can overlap (a preposition never starts inside one), so each matches at
    every preposition where it can, and a match of the one scan stops after the preposition's white space.

    ``_PLACES`` is tried only where a match may start (:func:`_preposition_starts`), past the previous match as
    ``finditer`` goes: the same matches. ``starts``, ``ends``: the document's word spans; ``codes``:
    ``text_codes(text)``.
    """
    places = set()
    for m in matches_at(_PLACES, text, _preposition_starts(text, starts, ends, codes)):
        word, like, run = m.groups()
        if like is not None and word in _LIKE_WORDS:
            places.add(like)
        if run is not None and word in _RUN_WORDS:
            places.add(run)
    return places


_CLAUSE_MARK = np.zeros(128, dtype=bool)  # a full stop, question or exclamation mark, or comma
_CLAUSE_MARK[[ord(c) for c in ".!?,"]] = True


def clause_capitals(starts: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """The word starts where ``[A-Z]`` followed by ``_CLAUSE_START`` (in ``re.MULTILINE``) may match: a capital at
    the start of the text, after a line break, or after a full stop, question or exclamation mark or comma and
    one character that may be white space (any non-ASCII one may be; ``re`` tests them). Such a capital has no
    letter or digit before it, so it starts a word (``starts``: the document's word starts; ``codes``:
    ``text_codes(text)``)."""
    if not starts.size:
        return starts
    first = codes[starts]
    before = codes[np.maximum(starts - 1, 0)]
    before2 = np.minimum(codes[np.maximum(starts - 2, 0)], 127)
    space = (before > 127) | _ASCII_SPACE[np.minimum(before, 127)]
    opens = (starts == 0) | (before == 10) | ((starts >= 2) & space & _CLAUSE_MARK[before2])
    return starts[opens & (first >= 65) & (first <= 90)]


def _alone_capitalised(doc, codes: np.ndarray | None = None) -> set:
    """Capitalised words met at least once without a capitalised word right before them (``codes``:
    ``text_codes(doc.text)`` when at hand)."""
    text, starts, ends = doc.text, doc.word_starts, doc.word_ends
    if not starts.size:
        return set()
    # whether each word starts with a capital, with numpy (str.isupper for the few non-ASCII first letters)
    codes = text_codes(text) if codes is None else codes
    first = codes[starts]
    cap = (first >= 65) & (first <= 90)
    for i in np.flatnonzero(first > 127).tolist():
        cap[i] = text[int(starts[i])].isupper()
    # a capitalised word right after another (only white space between) is not alone: one space between them
    # (most pairs) is found with numpy, any other gap is read
    after_cap = np.flatnonzero(cap[1:] & cap[:-1]) + 1
    gap_starts, gap_ends = ends[after_cap - 1], starts[after_cap]
    one_space = (gap_ends - gap_starts == 1) & (codes[np.minimum(gap_starts, len(codes) - 1)] == 32)
    cap[after_cap[one_space]] = False
    other = ~one_space
    for i, gap_start, gap_end in zip(after_cap[other].tolist(), gap_starts[other].tolist(), gap_ends[other].tolist()):
        if not text[gap_start:gap_end].strip():
            cap[i] = False
    return {text[s:e] for s, e in zip(starts[cap].tolist(), ends[cap].tolist())}
