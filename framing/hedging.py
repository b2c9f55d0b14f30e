"""Hedging: how tentatively (hedges) or how assertively (boosters) a text presents its claims.

``hedging(doc)`` matches the ``hedges`` lexicon on the document and applies a
few context rules where a listed word is not a hedge. The rules, each tested in
``tests/test_hedging.py``:

* **may**: capitalised "May" inside a sentence, or before a number or year, is
  the month (or a name), not the modal.
* **could not / couldn't / could never**: ability ("rescuers could not reach
  the village"), not possibility.
* **would** in a conditional sentence (if, unless, provided that, otherwise) is
  the consequence of the condition, not a hedge; "would" after a reporting verb
  ("said he would resign") reports a plan (future in the past), not the writer's
  doubt; "would not comment/say/..." reports a refusal.
* **appear** followed by *in, before, on, at, with, alongside...* is "to be
  seen" (appear in court), not "to seem".
* **suggest** followed by *a/an* or a gerund proposes ("suggested a meeting");
  it hedges when it introduces a claim ("the data suggest that...").
* **expected** describing a schedule ("is expected to arrive at 5 p.m.", "a
  vote is expected on Tuesday") is not a hedge; "analysts expect prices to rise" is.
* **suspect** after a determiner is the noun ("the suspect"); **think tank**,
  **as possible** / **if possible**, **a kind of** are not hedges.
* **must be** before a participle is deontic ("must be stopped"); only
  epistemic "must have" / "must be" + adjective or noun boosts.
* **about / around / some / up to / at least** are approximators only before a
  number (the lexicon's ``<num>`` look-ahead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from framing.document import as_document, rate
from framing.lexicons import as_lexicon
from framing.records import ConciseRepr, Cue, records_frame

__all__ = ["hedging", "Hedging", "UNCERTAINTY_CATEGORIES"]

#: Hedge categories that make a sentence *uncertain* (approximators only blur a quantity).
UNCERTAINTY_CATEGORIES = frozenset(
    {"epistemic_modal", "epistemic_verb", "probability", "open_question", "evidential"}
)

_CONDITIONAL = re.compile(r"(?<![\w'])(?:if|unless|provided that|providing that|otherwise|in case)(?![\w'])")
_REPORTING = frozenset(
    "said says told tells announced promised pledged vowed added insisted stated declared "
    "warned wrote threatened predicted agreed decided hoped".split()
)
_REFUSAL = frozenset(
    "comment say elaborate discuss disclose confirm give provide identify specify answer reveal".split()
)
_APPEAR_PLACE = frozenset(
    "in before on at with alongside for together onstage live publicly during outside inside".split()
)
_DETERMINERS = frozenset("the a an this that one two three another main key chief prime any every some what".split())
_LEGAL_FRAME = re.compile(
    r"\bunder\s+(?:the|its|a)\s+(?:new\s+)?(?:rules?|law|agreement|constitution|deal|terms|"
    r"regulations?|accord|treaty|ceasefire|order|decree)\b"
)
_MIGHT_NOUN = frozenset("military economic naval air full its their his her our the with".split())
_PERCEPTION = frozenset("see hear feel smell watch".split())
_BE = frozenset("is are was were be been widely generally".split())
_SCHEDULED_ACTS = frozenset(
    "arrive meet visit travel begin start sign vote attend land return resume convene open close speak "
    "address testify appear deliver release announce hold be leave depart fly hand unveil present "
    "publish issue rule sentence take".split()
)
_SCHEDULE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|"
    r"next\s+(?:week|month|year)|this\s+(?:week|month|weekend)|later\s+(?:today|this)|"
    r"\d{1,2}(?::\d\d)?\s*(?:a\.m|p\.m|am|pm|gmt|utc)|noon|midnight|"
    r"(?:jan|feb|march|april|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d)"
)
_PARTICIPLE = re.compile(
    r"[a-z]+(?:ed|en|wn)$|(?:held|made|done|paid|put|set|met|brought|sent|told|kept|found|stopped)$"
)
_NEXT_WORD = re.compile(r"\W*([\w']+)")
_PREV_WORDS = re.compile(r"[\w']+")


def _next_word(folded: str, pos: int) -> str:
    m = _NEXT_WORD.match(folded, pos, pos + 40)
    return m.group(1) if m else ""


def _prev_words(folded: str, start: int, sent_start: int, n: int) -> list[str]:
    return _PREV_WORDS.findall(folded, max(sent_start, start - 12 * n), start)[-n:]


class _SentenceFacts:
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


def _is_hedge_here(
    term: str, text: str, folded: str, start: int, end: int, sent: tuple[int, int], facts: _SentenceFacts
) -> bool:
    """Context rules: False where a listed term is not used as a hedge or booster."""
    head = term.split()[0]
    nxt = _next_word(folded, end)
    prev = _prev_words(folded, start, sent[0], 1)
    if head == "may":
        if text[start] == "M":
            return False  # May the month or a name: news prose does not open with the modal
        if nxt == "now" or facts.legal_frame(sent):
            return False  # deontic: "under the agreement, each side may keep..."
    if head == "might" and prev and prev[0] in _MIGHT_NOUN:
        return False  # the noun: "military might"
    if head == "could" and (nxt in _PERCEPTION or (prev and prev[0] in ("before", "until"))):
        return False  # ability: "residents could see smoke", "before he could fire"
    if head.startswith("assum") and nxt not in ("that", "to") and not (prev and prev[0] in _BE):
        return False  # "assumed office", "assumed control"
    if head in ("could", "would") and nxt in ("not", "never", "n't"):
        if head == "could" or _next_word(folded, folded.find("not", end, end + 8) + 3) in _REFUSAL:
            return False
    if folded.startswith("couldn't", start) or folded.startswith("could n't", start):
        return False
    if head == "would":
        before = _prev_words(folded, start, sent[0], 8)
        if _REPORTING.intersection(before) or facts.conditional(sent):
            return False
    if head.startswith("appear") and nxt in _APPEAR_PLACE:
        return False
    if head.startswith("suggest") and (nxt in ("a", "an") or (nxt.endswith("ing") and nxt != "that")):
        return False
    if "expect" in term:
        if term == "expected" and prev == ["as"]:
            return False
        verb = _next_word(folded, end + 3) if nxt == "to" else ""
        scheduled = verb in _SCHEDULED_ACTS or nxt in ("on", "at", "by", "later", "shortly")
        if scheduled and _SCHEDULE.search(folded, end, min(sent[1], end + 90)):
            return False
    if head in ("suspect", "suspects") and prev and prev[0] in _DETERMINERS:
        return False  # the noun: "the suspect"
    if head == "think" and nxt == "tank":
        return False
    if head == "possible" and prev in (["as"], ["if"]):
        return False
    if term in ("kind of", "sort of") and prev and prev[0] in _DETERMINERS:
        return False  # "a kind of drone"
    if term == "must be" and _PARTICIPLE.match(nxt or "-"):
        return False
    return True


@dataclass(frozen=True, repr=False)
class Hedging(ConciseRepr):
    """What :func:`hedging` found in one document.

    Attributes
    ----------
    cues : tuple of Cue
        Every hedge and booster, in text order (``kind`` is 'hedge' or 'booster').
    per_100_words, booster_per_100_words, approximator_per_100_words : float
        Hedges (all categories), boosters and approximators per 100 words; NaN
        when the text has no words.
    hedged_sentence_share : float
        Share of sentences that are *uncertain*: carrying an epistemic modal,
        epistemic verb, probability word, evidential or open question
        (approximators and boosters alone do not count). NaN with no sentences.
    by_category : dict
        Count of cues per category, every category of the lexicon present.
    paragraphs : pandas.DataFrame
        One row per paragraph: words, hedges, boosters, rates, uncertain sentences.
    lexicon : str
        ``name@version`` of the lexicon used.
    """

    cues: tuple
    n_words: int
    n_sentences: int
    hedge_count: int
    booster_count: int
    per_100_words: float
    booster_per_100_words: float
    approximator_per_100_words: float
    hedged_sentence_share: float
    uncertain_sentences: tuple
    by_category: dict
    paragraphs: pd.DataFrame = field(repr=False)
    lexicon: str = ""

    def to_frame(self) -> pd.DataFrame:
        """The cues as a tidy DataFrame, one row per cue."""
        return records_frame(self.cues, Cue)

    def evidence(self) -> list[tuple[int, int, str, str]]:
        """``(start, end, label, tooltip)`` per cue, for :func:`framing.display.highlight`."""
        return [(c.start, c.end, f"{c.kind}:{c.category}", f"lexicon term '{c.term}'") for c in self.cues]

    def summary(self) -> pd.Series:
        """Every scalar measure as a flat Series (what ``profile`` collects)."""
        values = {
            "words": self.n_words,
            "sentences": self.n_sentences,
            "hedges": self.hedge_count,
            "boosters": self.booster_count,
            "per_100_words": self.per_100_words,
            "booster_per_100_words": self.booster_per_100_words,
            "approximator_per_100_words": self.approximator_per_100_words,
            "hedged_sentence_share": self.hedged_sentence_share,
        }
        values.update({f"n_{category}": n for category, n in self.by_category.items()})
        return pd.Series(values, dtype=float).rename(index=lambda k: f"hedging.{k}")


def _split_category(category: str) -> tuple[str, str]:
    kind, _, name = category.rpartition(":")
    return (kind or "hedge"), name


def hedging(doc, *, lexicon=None, extend: bool = True) -> Hedging:
    """Find hedges and boosters, and measure how hedged a text is.

    Parameters
    ----------
    doc : Document or str
        The text (a str is read with :func:`framing.read`).
    lexicon : None, str, path, dict or DataFrame, optional
        Defaults to the shipped ``hedges`` lexicon. Categories are written
        ``kind:category`` (``hedge:probability``, ``booster:emphatic``); a
        category without a kind counts as a hedge.

    Returns
    -------
    Hedging

    Notes
    -----
    A hedge withholds full commitment to a claim; a booster asserts it with
    confidence (Hyland 2005). The measure counts lexical cues; the context rules
    listed in this module's docstring remove the commonest false alarms in news.

    Limitations
    -----------
    No syntax: scope is ignored ("officials denied the report was likely" counts
    "likely"), negation of a booster ("not clearly") still counts as a booster,
    and epistemic and deontic modals are told apart only by the rules above.
    Attribution ("officials said") is sourcing, not hedging: see
    :func:`framing.quotes`. English only.

    References
    ----------
    Hyland, K. (2005). *Metadiscourse*. Continuum.
    Lakoff, G. (1972). Hedges: a study in meaning criteria and the logic of fuzzy concepts. CLS 8.
    Farkas, R. et al. (2010). The CoNLL-2010 shared task: learning to detect hedges and their
    scope in natural language text. CoNLL 2010.
    """
    doc = as_document(doc)
    lex = as_lexicon(lexicon, default="hedges", extend=extend)
    text, folded = doc.text, doc.folded

    matches = list(lex.finditer(folded))
    starts = np.fromiter((s for s, _, _ in matches), dtype=np.int64, count=len(matches))
    sent_index = np.maximum(np.searchsorted(doc.sentence_starts, starts, side="right") - 1, 0)

    cues = []
    facts = _SentenceFacts(folded)
    for (start, end, entry), si in zip(matches, sent_index.tolist()):
        sent = doc.sentences[si] if doc.sentences else (0, len(text))
        if not _is_hedge_here(entry.term, text, folded, start, end, sent, facts):
            continue
        kind, category = _split_category(entry.category)
        cues.append(Cue(text[start:end], start, end, kind, category, si, entry.term))

    categories = dict.fromkeys(_split_category(e.category)[1] for e in lex.entries)
    by_category = {c: 0 for c in categories}
    for cue in cues:
        by_category[cue.category] = by_category.get(cue.category, 0) + 1
    hedges = [c for c in cues if c.kind == "hedge"]
    boosters = [c for c in cues if c.kind == "booster"]
    uncertain = tuple(sorted({c.sentence for c in hedges if c.category in UNCERTAINTY_CATEGORIES}))
    n_approx = sum(c.category == "approximator" for c in hedges)

    return Hedging(
        cues=tuple(cues),
        n_words=doc.n_words,
        n_sentences=doc.n_sentences,
        hedge_count=len(hedges),
        booster_count=len(boosters),
        per_100_words=rate(len(hedges), doc.n_words, per=100),
        booster_per_100_words=rate(len(boosters), doc.n_words, per=100),
        approximator_per_100_words=rate(n_approx, doc.n_words, per=100),
        hedged_sentence_share=rate(len(uncertain), doc.n_sentences),
        uncertain_sentences=uncertain,
        by_category=by_category,
        paragraphs=_by_paragraph(doc, hedges, boosters, uncertain),
        lexicon=lex.label,
    )


def _by_paragraph(doc, hedges, boosters, uncertain) -> pd.DataFrame:
    n = len(doc.paragraphs)
    para_of_sentence = doc.sentence_paragraph
    words = np.bincount(para_of_sentence[doc.word_sentence], minlength=n) if doc.n_words else np.zeros(n, int)
    sentences = np.bincount(para_of_sentence, minlength=n)

    def count(sentence_ids):
        ids = np.asarray(list(sentence_ids), dtype=np.int64)
        return np.bincount(para_of_sentence[ids], minlength=n) if ids.size else np.zeros(n, int)

    h, b, u = count(c.sentence for c in hedges), count(c.sentence for c in boosters), count(uncertain)
    with np.errstate(divide="ignore", invalid="ignore"):
        frame = pd.DataFrame(
            {
                "paragraph": np.arange(n),
                "start": [s for s, _ in doc.paragraphs],
                "end": [e for _, e in doc.paragraphs],
                "words": words,
                "sentences": sentences,
                "hedges": h,
                "boosters": b,
                "hedges_per_100_words": np.where(words > 0, h / np.maximum(words, 1) * 100, np.nan),
                "boosters_per_100_words": np.where(words > 0, b / np.maximum(words, 1) * 100, np.nan),
                "hedged_sentence_share": np.where(sentences > 0, u / np.maximum(sentences, 1), np.nan),
            }
        )
    return frame
