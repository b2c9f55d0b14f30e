"""Cues: the verbs of saying that attribute speech, and the stated reasons for anonymity.

**Cues.** Every match of the cue-verb lexicon outside quotes, except negated uses
(a cue after *not* / *declined to*, "No one immediately claimed"), passive uses
("reported by"), capitalised matches (but 'Said Comey, "..."' is a cue), nouns
("his claims", "one of the states") and ``-ing`` forms not introduced by a comma,
*as*, a progressive or a message noun ("issued a statement saying").

**Justifications.** Phrases of the ``sources`` lexicon's ``justification`` category
("spoke on condition of anonymity because ..."), each to the end of its clause.
"""

from __future__ import annotations

import bisect
import re
import sys
from functools import lru_cache

from framing.lang import english as en
from framing.quotes.attribution import SENT_END
from framing.quotes.text import alternation as _alt

__all__ = ["find_cues", "find_justifications", "is_participle"]

_NEGATED = re.compile(
    r"(?:\bnot|n't|\bnever|\bneither|\bnor|\bdeclined\s+to|\brefused\s+to|\bwould\s+not|\bdid\s+not|\bcannot)"
    r"\s+(?:\w+\s+){0,1}$"
    r"|(?:\bno\s+one|\bnobody|\bnone|\bno\s+group|\bno\s+official)\s+(?:\w+\s+){0,2}$"  # "No one immediately claimed"
    # "neither side has fully explained"; "did not name them or say": negation over a coordinated verb
    r"|\bneither\s+\w+\s+(?:\w+\s+){0,2}$"
    r"|(?:\bnot|n't|\bnever)\s+\w+\s+(?:\w+\s+){0,3}(?:or|nor)\s+$",
    re.IGNORECASE,
)


class _Hinted:
    """A pattern searched only where a quick ``hint`` pattern, found in every match of it, is found: the same
    results, faster where the hint is rare."""

    def __init__(self, hint: re.Pattern, pattern: re.Pattern):
        self.hint, self.pattern = hint, pattern

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.pattern.search(text, pos, endpos) if self.hint.search(text, pos, endpos) else None


# Every match of _NEGATED in the folded text holds one of these (not, nor, no + space, n't, never, neither, nobody,
# none, declined, refused): rare in news text, so the negation pattern is searched before few cues. The folded text
# has no ASCII capital; ignoring case, _NEGATED also reads "\u0131" and "\u0130" (kept by folding) as "i".
_NEGATED = _Hinted(re.compile("no[tr\\s]|n't|ne[vi\u0131\u0130]|nobody|none|decl|ref"), _NEGATED)
_WORD_BEFORE = re.compile(r"([a-z']+)\s+$")


def _word_before(folded: str, floor: int, end: int) -> str | None:
    """The group of ``_WORD_BEFORE.search(folded, floor, end)``, read from ``end`` back (the white space, then
    the letters and apostrophes before it) rather than tried at every position of the window."""
    j = end
    while j > floor and folded[j - 1].isspace():  # \s is str.isspace
        j -= 1
    k = j
    while k > floor and ("a" <= folded[k - 1] <= "z" or folded[k - 1] == "'"):
        k -= 1
    return folded[k:j] if k < j < end else None

_NOUN_MARKERS = en.ARTICLES | en.POSSESSIVE_DETERMINERS | (en.DEMONSTRATIVES - {"that"})

_PROGRESSIVE = re.compile(r"(?:\b(?:is|are|was|were|been|keeps|kept)|\b(?:he|she|it|they|we)['\u2019](?:s|re))\s+$")

_AS_BEFORE = re.compile(r"(?:,|\bas|\bwhile|\bbefore|\bafter)\s*$")

_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'\u2019\-]*\s+(?:[a-z]+ly\s+)?$")  # "Sen. Jon Reyes calling it"

_MESSAGE_BEFORE = re.compile(r"\b(?:" + _alt(en.QUOTE_MESSAGE_NOUNS) + r")\s+$")

_INTRODUCES_QUOTE = re.compile(r"\s*(?::|,\s*[\"\u201c])")

_BY_AGENT = re.compile(r"\s+by\s+(?!telephone|phone|email|e-mail|text|video|satellite|radio)")

_SAID_NAME = re.compile(r"Sa(?:id|ys)\s+([A-Z][\w.'\u2019\-]*)(?:\s+[A-Z][\w.'\u2019\-]*){0,3}\s*[,:]")

_PLURAL_NEXT = re.compile(r"(?:\s+[a-z]+ly)?\s+(?:" + _alt(en.QUOTE_PLURAL_AGREEING) + r")\b")

_RELATIVE_BEFORE = re.compile(r"\b(?:which|what|that|who)\s+(?:[\w'\u2019\-]+\s+){0,5}$")


@lru_cache(maxsize=16)
def _necessary_words(lex) -> tuple[tuple[str, ...], ...]:
    """The words of each term of the lexicon, longest first: ``Lexicon.pattern`` matches a term's words literally
    (separated by white space), so a text holds a match only if it holds every word of some term; ``str``'s
    substring test looks for them far faster than the pattern scans (the longest word, often the rarest, first)."""
    terms = set()
    for entry in lex.entries:
        term = entry.term.removesuffix(" <num>")
        terms.add(tuple(sorted(set(term.split()), key=lambda w: (-len(w), w))))
    return tuple(sorted(terms))


def _may_match(lex, folded: str) -> bool:
    """False only when no term of ``lex`` can match in ``folded`` (a term's words are not all in it). Each word
    is looked for once (a word absent from the text costs a scan of all of it)."""
    found: dict[str, bool] = {}
    for words in _necessary_words(lex):
        for word in words:
            present = found.get(word)
            if present is None:
                present = found[word] = word in folded
            if not present:
                break
        else:
            return True
    return False


@lru_cache(maxsize=1024)
def is_participle(term: str) -> bool:
    """An -ing cue ("saying", "adding"), not "according to" (cached: asked of each cue several times)."""
    return term.split()[0].endswith("ing") and term != "according to"


def find_cues(doc, lex, marked_starts, marked_ends, justification_spans):
    """Cue-verb matches outside quotes, with negated and passive uses dropped."""
    text, folded = doc.text, doc.folded
    out = []
    just_starts = [s for s, _ in justification_spans]
    for start, end, entry in lex.finditer(folded):
        i = bisect.bisect_right(marked_starts, start) - 1
        if i >= 0 and start < marked_ends[i]:
            continue  # inside a quote
        j = bisect.bisect_right(just_starts, start) - 1
        if j >= 0 and start < justification_spans[j][1]:
            continue
        if text[start].isupper() and entry.term != "according to" and not _said_name(text, start):
            continue  # "Asked whether...", names; but 'Said Comey, "..."' is a cue
        if _NEGATED.search(folded, max(0, start - 30), start):
            continue
        if (
            is_participle(entry.term)
            and not _AS_BEFORE.search(folded, max(0, start - 8), start)
            and not _PROGRESSIVE.search(folded, max(0, start - 12), start)
            and not _MESSAGE_BEFORE.search(folded, max(0, start - 20), start)
            and not _INTRODUCES_QUOTE.match(text, end, end + 4)
            and not _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
        ):
            # "a travel warning": not a participial attribution ("is demanding", "issued a statement
            # saying", "saying: ..." are)
            continue
        if _BY_AGENT.match(folded, end, end + 30):
            continue  # passive: "first reported by the Tribune"
        if _word_before(folded, max(0, start - 20), start) in _NOUN_MARKERS and entry.term != "according to":
            continue  # a noun: "one of the states", "his claims", "the reports"
        if (
            entry.term.endswith("s")
            and entry.term != "says"
            and _PLURAL_NEXT.match(folded, end, end + 30)
            and not _RELATIVE_BEFORE.search(folded, max(0, start - 60), start)
        ):
            continue  # a plural noun ("then states unnecessarily would become"), not "which he estimates will"
        out.append((start, end, entry))
    return out


def _said_name(text: str, start: int) -> bool:
    """'Said Comey, "..."', 'Says Ana Ruiz: "..."': a capitalised said/says opening a sentence before a name."""
    before = text[max(0, start - 3) : start].rstrip()
    m = _SAID_NAME.match(text, start, start + 60)
    return bool(m) and (not before or before[-1] in ".!?\u201d\"") and m.group(1).lower() not in en.PERSONAL_PRONOUNS


def find_justifications(doc, src) -> list[tuple[int, int]]:
    """Stated reasons for anonymity ("spoke on condition of anonymity because ...")."""
    text, folded = doc.text, doc.folded
    lex = src["justification"]
    spans: list[tuple[int, int]] = []
    if not _may_match(lex, folded):
        return spans  # most texts: no justification phrase at all
    for start, end, entry in lex.finditer(folded):
        if lex.by_term[entry.term].category != "justification":
            continue
        sent = doc.sentences[doc.sentence_of(start)] if doc.sentences else (0, len(text))
        stop = SENT_END.search(text, end, sent[1])
        clause_end = stop.start() if stop else sent[1]
        comma = text.find(",", end, clause_end)
        if comma != -1:
            clause_end = comma
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], clause_end))
        else:
            spans.append((start, clause_end))
    return spans
