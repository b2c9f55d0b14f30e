"""Context rules of the hedging measure: where a lexicon term is not used as a hedge or booster.

Every rule looks at a bounded window around the cue (a few words before or after it) or at a
fact about the whole sentence that is computed once per sentence (:class:`SentenceFacts`), so the
time of :func:`framing.hedging` stays linear in the text whatever the text. The word classes come
from the hedging section of :mod:`framing.lang.english`.
"""

from __future__ import annotations

import re

from framing.lang import english as en

__all__ = ["SentenceFacts", "is_hedge_here"]


def _alternation(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


_CONDITIONAL = re.compile(rf"(?<![\w'])(?:{_alternation(en.HEDGE_CONDITIONALS)})(?![\w'])")
_LEGAL_FRAME = re.compile(rf"\bunder\s+(?:the|its|a)\s+(?:new\s+)?(?:{_alternation(en.HEDGE_LEGAL_FRAMES)})\b")
_MONTHS = _alternation((en.MONTHS - {"may"}) | en.HEDGE_MONTH_ABBREVIATIONS)
_SCHEDULE = re.compile(
    rf"\b(?:{_alternation(en.WEEKDAYS | en.HEDGE_SCHEDULE_TIMES)}|"
    r"next\s+(?:week|month|year)|this\s+(?:week|month|weekend)|later\s+(?:today|this)|"
    r"\d{1,2}(?::\d\d)?\s*(?:a\.m|p\.m|am|pm|gmt|utc)|"
    rf"(?:{_MONTHS})\.?\s+\d)"
)
_PARTICIPLE = re.compile(rf"[a-z]+(?:ed|en|wn)$|(?:{_alternation(en.IRREGULAR_PARTICIPLES)})$")
_NEXT_WORD = re.compile(r"\W*([\w']+)")
_PREV_WORDS = re.compile(r"[\w']+")
#: characters looked at before a cue, per word wanted
_CHARS_PER_WORD = 12


def next_word(folded: str, pos: int) -> str:
    """The word after ``pos`` (looks at most 40 characters ahead)."""
    m = _NEXT_WORD.match(folded, pos, pos + 40)
    return m.group(1) if m else ""


def prev_words(folded: str, start: int, sent_start: int, n: int) -> list[str]:
    """Up to ``n`` words before ``start`` in its sentence (a bounded window)."""
    return _PREV_WORDS.findall(folded, max(sent_start, start - _CHARS_PER_WORD * n), start)[-n:]


class SentenceFacts:
    """Facts about a whole sentence, computed at most once per sentence (keeps the rules linear)."""

    def __init__(self, folded: str):
        self.folded = folded
        self._cache: dict = {}

    def _search(self, name: str, pattern: re.Pattern, sent: tuple[int, int]) -> bool:
        key = (name, sent)
        if key not in self._cache:
            self._cache[key] = pattern.search(self.folded, sent[0], sent[1]) is not None
        return self._cache[key]

    def conditional(self, sent: tuple[int, int]) -> bool:
        return self._search("conditional", _CONDITIONAL, sent)

    def legal_frame(self, sent: tuple[int, int]) -> bool:
        return self._search("legal", _LEGAL_FRAME, sent)


def is_hedge_here(
    term: str, text: str, folded: str, start: int, end: int, sent: tuple[int, int], facts: SentenceFacts
) -> bool:
    """Context rules: False where a listed term is not used as a hedge or booster."""
    head = term.split()[0]
    nxt = next_word(folded, end)
    prev = prev_words(folded, start, sent[0], 1)
    if head == "may":
        if text[start] == "M":
            return False  # May the month or a name: news prose does not open with the modal
        if nxt == "now" or facts.legal_frame(sent):
            return False  # deontic: "under the agreement, each side may keep..."
    if head == "might" and prev and prev[0] in en.HEDGE_MIGHT_NOUN:
        return False  # the noun: "military might"
    if head == "could" and (nxt in en.HEDGE_PERCEPTION or (prev and prev[0] in ("before", "until"))):
        return False  # ability: "residents could see smoke", "before he could fire"
    if head.startswith("assum") and nxt not in ("that", "to") and not (prev and prev[0] in en.HEDGE_ASSUMED_BY):
        return False  # "assumed office", "assumed control"
    if head in ("could", "would") and nxt in ("not", "never", "n't"):
        if head == "could" or next_word(folded, folded.find("not", end, end + 8) + 3) in en.HEDGE_REFUSAL_VERBS:
            return False
    if folded.startswith("couldn't", start) or folded.startswith("could n't", start):
        return False
    if head == "would":
        before = prev_words(folded, start, sent[0], 8)
        if en.HEDGE_REPORTING_VERBS.intersection(before) or facts.conditional(sent):
            return False
    if head.startswith("appear") and nxt in en.HEDGE_APPEAR_PLACE:
        return False
    if head.startswith("suggest") and (nxt in ("a", "an") or (nxt.endswith("ing") and nxt != "that")):
        return False
    if "expect" in term:
        if term == "expected" and prev == ["as"]:
            return False
        verb = next_word(folded, end + 3) if nxt == "to" else ""
        scheduled = verb in en.HEDGE_SCHEDULED_ACTS or nxt in ("on", "at", "by", "later", "shortly")
        if scheduled and _SCHEDULE.search(folded, end, min(sent[1], end + 90)):
            return False
    if head in ("suspect", "suspects") and prev and prev[0] in en.HEDGE_NOUN_MARKERS:
        return False  # the noun: "the suspect"
    if head == "think" and nxt == "tank":
        return False
    if head == "possible" and prev in (["as"], ["if"]):
        return False
    if term in ("kind of", "sort of") and prev and prev[0] in en.HEDGE_NOUN_MARKERS:
        return False  # "a kind of drone"
    if term == "must be" and _PARTICIPLE.match(nxt or "-"):
        return False
    return True
