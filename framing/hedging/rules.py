"""Context rules of the hedging measure: where a lexicon term is not used as a hedge or booster.

Each rule is keyed by the first word of a lexicon term and says False where the term, in this
context, is not a hedge (or booster). Every rule looks at a bounded window around the cue (a few
words before or after it) or at a fact about the whole sentence computed once per sentence
(:class:`SentenceFacts`), so the time of :func:`framing.hedging` is linear in the text, whatever
the text. The word classes come from the hedging section of :mod:`framing.lang.english`; the
linguistic decisions behind the rules are in the docstring of :mod:`framing.hedging`.
"""

from __future__ import annotations

import re
from functools import cached_property

from framing.lang import english as en

__all__ = ["SentenceFacts", "is_hedge_here"]


def _alternation(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


_LEGAL_FRAME = re.compile(rf"\bunder\s+(?:the|its|a)\s+(?:new\s+)?(?:{_alternation(en.HEDGE_LEGAL_FRAMES)})\b")
_MONTHS = _alternation((en.MONTHS - {"may"}) | en.HEDGE_MONTH_ABBREVIATIONS)
_SCHEDULE = re.compile(
    rf"\b(?:{_alternation(en.WEEKDAYS | en.HEDGE_SCHEDULE_TIMES)}|"
    r"(?:next|this|later\s+this|early\s+next)\s+(?:week|month|year|weekend|morning|afternoon|evening)|"
    r"later\s+(?:today|this)|as\s+early\s+as|in\s+the\s+coming\s+(?:days|weeks|hours)|"
    r"\d{1,2}(?::\d\d)?\s*(?:a\.m|p\.m|am|pm|gmt|utc)|"
    rf"(?:{_MONTHS})\.?\s+\d)"
)
_PARTICIPLE = re.compile(rf"[a-z]+(?:ed|en|wn)$|(?:{_alternation(en.IRREGULAR_PARTICIPLES)})$")
_NEXT_WORD = re.compile(r"\W*([\w']+)")
_PREV_WORDS = re.compile(r"[\w']+")
#: characters looked at before a cue, per word wanted; and after it, at most
_CHARS_PER_WORD = 12
_LOOKAHEAD = 40
_NOUN_MARKERS = en.HEDGE_NOUN_MARKERS | en.DETERMINERS | en.NUMBER_WORDS


def next_word(folded: str, pos: int) -> str:
    """The word after ``pos`` (looks at most 40 characters ahead)."""
    m = _NEXT_WORD.match(folded, pos, pos + _LOOKAHEAD)
    return m.group(1) if m else ""


def prev_words(folded: str, start: int, sent_start: int, n: int) -> list[str]:
    """Up to ``n`` words before ``start`` in its sentence (a bounded window)."""
    return _PREV_WORDS.findall(folded, max(sent_start, start - _CHARS_PER_WORD * n), start)[-n:]


class SentenceFacts:
    """Facts about a whole sentence, computed at most once per sentence (keeps the rules linear)."""

    def __init__(self, folded: str):
        self.folded = folded
        self._cache: dict = {}

    def legal_frame(self, sent: tuple[int, int]) -> bool:
        """'under the agreement/law/rules...' somewhere in the sentence: 'may' grants permission."""
        if sent not in self._cache:
            self._cache[sent] = _LEGAL_FRAME.search(self.folded, sent[0], sent[1]) is not None
        return self._cache[sent]


class _Cue:
    """One lexicon match with its bounded context."""

    def __init__(self, term, text, folded, start, end, sent, facts):
        self.term, self.text, self.folded = term, text, folded
        self.start, self.end, self.sent, self.facts = start, end, sent, facts
        self.head = term.split()[0]

    @cached_property
    def nxt(self) -> str:
        return next_word(self.folded, self.end)

    @cached_property
    def prev(self) -> str:
        words = prev_words(self.folded, self.start, self.sent[0], 1)
        return words[0] if words else ""

    def before(self, n: int) -> list[str]:
        return prev_words(self.folded, self.start, self.sent[0], n)

    def next_words(self, n: int) -> list[str]:
        """Up to ``n`` words after the cue (a bounded window)."""
        return _PREV_WORDS.findall(self.folded, self.end, min(self.sent[1], self.end + _CHARS_PER_WORD * n))[:n]

    def word_after(self, skip: frozenset, n: int = 2) -> str:
        """The first word after the cue that is not in ``skip`` (skipping at most ``n`` words)."""
        pos = self.end
        for _ in range(n + 1):
            m = _NEXT_WORD.match(self.folded, pos, pos + _LOOKAHEAD)
            if not m:
                return ""
            if m.group(1) not in skip:
                return m.group(1)
            pos = m.end()
        return ""


def _may(c: _Cue) -> bool:
    if c.text[c.start] == "M":
        return False  # May the month or a name: news prose does not open with the modal
    if en.HEDGE_CONCESSIVE.intersection(c.before(3)):
        return False  # concessive: "whatever one may think of his vision"
    return not (c.nxt == "now" or c.facts.legal_frame(c.sent))  # deontic: "under the agreement, each may keep"


def _might(c: _Cue) -> bool:
    return c.prev not in en.HEDGE_MIGHT_NOUN  # the noun: "military might"


def _could(c: _Cue) -> bool:
    if c.nxt in en.HEDGE_PERCEPTION or {"before", "until"}.intersection(c.before(2)):
        return False  # ability: "residents could see smoke", "before he could fire"
    if c.nxt in ("not", "never", "n't") or c.folded.startswith(("couldn't", "could n't"), c.start):
        return False  # ability: "rescuers could not reach the village"
    before = c.before(3)
    return not (before[-2:-1] == ["so"] or before[-3:-1] == ["so", "that"])  # purpose: "so he could vote"


def _would(c: _Cue) -> bool:
    # Only the softening "would" hedges ("this would suggest", "I would argue", "would likely mean"
    # is carried by "likely"); refusal, plans, the future in the past, counterfactuals and
    # conditionals commit to nothing uncertain.
    verb = c.word_after(en.HEDGE_WOULD_ADVERBS)
    if verb == "appear":  # "would appear to violate", not "would appear before the committee"
        return re.match(r"\W*appear\s+(?:to|that)\b", c.folded[c.end : c.end + 40]) is not None
    return verb in en.HEDGE_WOULD_SOFTENS or (verb in en.HEDGE_WOULD_SOFTENS_FIRST_PERSON and c.prev in ("i", "we"))


def _assume(c: _Cue) -> bool:
    if c.nxt in ("that", "to") or c.prev in en.HEDGE_ASSUMED_BY:
        return True
    # "take on": "assumed office", "assume the additional role"; otherwise "suppose": "assume the crew switched"
    return not en.HEDGE_ASSUME_OBJECTS.intersection(c.next_words(3))


def _appear(c: _Cue) -> bool:
    if c.nxt not in en.HEDGE_APPEAR_PLACE:
        return True
    # "appear in court" is "be seen", unless an epistemic infinitive follows ("appears in X to have")
    return re.search(r"\bto\s+have\b", c.folded[c.end : min(c.sent[1], c.end + 60)]) is not None


def _suggest(c: _Cue) -> bool:
    return not (c.nxt in ("a", "an") or (c.nxt.endswith("ing") and c.nxt != "that"))  # a proposal


def _expect(c: _Cue) -> bool:
    if c.term == "expected" and c.prev == "as":
        return False
    verb = next_word(c.folded, c.end + 3) if c.nxt == "to" else ""
    scheduled = verb in en.HEDGE_SCHEDULED_ACTS or c.nxt in en.HEDGE_SCHEDULE_OPENERS
    return not (scheduled and _SCHEDULE.search(c.folded, c.end, min(c.sent[1], c.end + 90)))


def _suspect(c: _Cue) -> bool:
    if c.term not in ("suspect", "suspects"):
        return True
    # the noun: "the suspect", "no suspects have been identified", "the gunman's suspects"
    noun = c.prev in _NOUN_MARKERS or c.prev.endswith("'s") or c.nxt in en.AUXILIARIES | {"in", "who"}
    return not noun


def _think(c: _Cue) -> bool:
    return c.nxt not in en.HEDGE_THINK_ACTIVITY  # deliberation: "think about running", "think tank"


def _thought(c: _Cue) -> bool:
    if c.term != "thought":
        return True
    noun = c.prev in en.DETERMINERS | en.HEDGE_THOUGHT_NOUN_MARKERS or c.prev.endswith("'s")
    return not noun and c.nxt not in ("of", "about", "process", "out", "through", "experiment", "")


def _feel(c: _Cue) -> bool:
    if c.term.endswith(" like"):
        return _feel_like(c)
    if c.term not in ("feel", "feels", "felt"):
        return True
    return c.nxt in en.SUBJECT_PRONOUNS | {"there"}  # belief with a clause: "those who felt he didn't"


def _believe(c: _Cue) -> bool:
    if c.nxt == "in" and c.prev not in en.HEDGE_ASSUMED_BY:
        return False  # faith or trust: "believe in" (but "it is widely believed in Kessin that")
    return c.prev not in ("can't", "cannot", "ca", "couldn't")  # surprise: "I can't believe"


def _doubt(c: _Cue) -> bool:
    return not en.NEGATORS.intersection(c.before(4))  # "neither side harbored any doubts": certainty


def _estimate(c: _Cue) -> bool:
    if c.term not in ("estimate", "estimates"):
        return True
    return c.nxt == "that" or not (c.prev in _NOUN_MARKERS or c.prev.endswith("'s"))  # the noun: "the estimates"


def _indicate(c: _Cue) -> bool:
    # evidential with data as its subject ("the polls indicate"); with a person it reports speech
    return bool(en.HEDGE_EVIDENCE_NOUNS.intersection(c.before(4)))


def _claim(c: _Cue) -> bool:
    if c.term not in ("claim", "claims", "claimed", "claiming"):
        return True
    if c.prev in en.HEDGE_CLAIM_NOT_ASSERTION:
        return False  # "insurance claims", "land claims"
    return c.nxt not in en.HEDGE_CLAIM_OBJECTS  # "claimed victory", "claimed responsibility"


def _charges(c: _Cue) -> bool:
    if c.term == "charged with" and c.nxt in en.HEDGE_CHARGED_WITH_TASKS:
        return False  # a task: "the team charged with reviewing the science"
    # fees ("bank charges"), or a charge already settled ("acquitted ... of defamation charges")
    return not en.HEDGE_CHARGE_NOT_ACCUSATION.intersection(c.before(6))


def _forecast(c: _Cue) -> bool:
    if c.term not in ("forecast", "forecasts"):
        return True
    if c.prev in _NOUN_MARKERS or c.prev.endswith("'s"):
        return False  # the noun: "its annual output forecast"
    return c.nxt in {"that", "to", "a", "an", "the", "more", "higher", "lower", "growth"} | en.SUBJECT_PRONOUNS


def _feel_like(c: _Cue) -> bool:
    return c.prev != "it"  # a simile: "it felt like a door was opening"


def _whether(c: _Cue) -> bool:
    return c.nxt == "to" or c.nxt not in en.PREPOSITIONS  # "whether by being newsworthy or..." is no question


def _look(c: _Cue) -> bool:
    return c.nxt not in ("a", "an")  # resemblance: "looks like a fighter"


def _possible(c: _Cue) -> bool:
    return c.prev not in ("as", "if")


def _kind(c: _Cue) -> bool:
    return c.term not in ("kind of", "sort of") or c.prev not in en.HEDGE_NOUN_MARKERS  # "a kind of drone"


def _must(c: _Cue) -> bool:
    return not (c.term == "must be" and _PARTICIPLE.match(c.nxt or "-"))  # deontic: "must be stopped"


_RULES = {
    "may": _may, "might": _might, "could": _could, "would": _would,
    "assume": _assume, "assumes": _assume, "assumed": _assume,
    "appear": _appear, "appears": _appear, "appeared": _appear, "appearing": _appear,
    "suggest": _suggest, "suggests": _suggest, "suggested": _suggest, "suggesting": _suggest,
    "expect": _expect, "expects": _expect, "expected": _expect, "is": _expect,
    "suspect": _suspect, "suspects": _suspect,
    "think": _think, "thinks": _think, "thought": _thought,
    "feel": _feel, "feels": _feel, "felt": _feel,
    "believe": _believe, "believes": _believe, "believed": _believe, "believing": _believe,
    "doubt": _doubt, "doubts": _doubt, "doubted": _doubt,
    "estimate": _estimate, "estimates": _estimate,
    "indicate": _indicate, "indicates": _indicate, "indicated": _indicate, "indicating": _indicate,
    "claim": _claim, "claims": _claim, "claimed": _claim, "claiming": _claim,
    "charges": _charges, "charged": _charges, "accusations": _charges, "allegations": _charges,
    "forecast": _forecast, "forecasts": _forecast,
    "whether": _whether, "looks": _look, "looked": _look, "look": _look,
    "possible": _possible, "kind": _kind, "sort": _kind, "must": _must,
}


def is_hedge_here(
    term: str, text: str, folded: str, start: int, end: int, sent: tuple[int, int], facts: SentenceFacts
) -> bool:
    """False where the lexicon ``term`` matched at ``[start, end)`` is not used as a hedge or booster."""
    rule = _RULES.get(term.split()[0])
    if rule is None:
        return True
    cue = _Cue(term, text, folded, start, end, sent, facts)
    if rule in (_expect,) and "expect" not in term:
        return True
    return rule(cue)
