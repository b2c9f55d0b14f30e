"""``hedging(doc)``: match the hedges lexicon, apply the context rules, count."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from framing.document import as_document, rate
from framing.hedging.result import UNCERTAINTY_CATEGORIES, Hedging
from framing.hedging.rules import SentenceFacts, is_hedge_here
from framing.lexicons import as_lexicon
from framing.records import Cue

__all__ = ["hedging"]


def _split_category(category: str) -> tuple[str, str]:
    kind, _, name = category.rpartition(":")
    return (kind or "hedge"), name


@lru_cache(maxsize=32)
def _categories(lex) -> tuple:
    """The lexicon's categories in order of first appearance (once per lexicon, not per document)."""
    return tuple(dict.fromkeys(_split_category(e.category)[1] for e in lex.entries))


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
    (documented, class by class, in the docstring of :mod:`framing.hedging`) remove
    the commonest false alarms in news. Accusations and charges are counted as
    ``attributed_claim``, a category of their own inside the uncertain share.

    Limitations
    -----------
    No syntax: scope is ignored ("officials denied the report was likely" counts
    "likely"), negation of a booster ("not clearly") still counts as a booster,
    and epistemic and deontic modals are told apart only by the rules: epistemic
    "can"/"should" ("can have a backlash") are missed, deontic "may" outside a
    legal frame ("voters may bring a passport") is counted, and so is a proposal
    with "suggested that" + subjunctive. "would" counts only in its softening
    uses, so a hedge carried by "would" alone in another construction is missed.
    Attribution ("officials said") is sourcing, not hedging: see
    :func:`framing.quotes`. Validated on own sentences and on 443 NewsMTSC
    sentences labelled by one annotator (``benchmarks/hedges_newsmtsc.py``). English only.

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
    facts = SentenceFacts(folded)
    for (start, end, entry), si in zip(matches, sent_index.tolist()):
        sent = doc.sentences[si] if doc.sentences else (0, len(text))
        if not is_hedge_here(entry.term, text, folded, start, end, sent, facts):
            continue
        kind, category = _split_category(entry.category)
        cues.append(Cue(text[start:end], start, end, kind, category, si, entry.term))

    by_category = dict.fromkeys(_categories(lex), 0)
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
        lexicon=lex.label,
        _document=doc,
    )


