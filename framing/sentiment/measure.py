"""``sentiment(doc)``: VADER by sentence, split by voice, and the loaded-language cues (see the package)."""

from __future__ import annotations

import re

import numpy as np

from framing.document import as_document, rate
from framing.lang import english, vader
from framing.lexicons import as_lexicon
from framing.records import Cue
from framing.sentiment.result import Sentiment
from framing.sentiment.scoring import (
    NEGATIVE,
    POSITIVE,
    _for_vader,
    _mask_names,
    _vader_label,
    emoji_free,
    sentence_scorers,
)

#: Quote kinds whose text lies inside quote marks (indirect speech is the writer's paraphrase).
QUOTED_KINDS = frozenset({"direct", "partial"})
#: Categories of the shipped ``loaded`` lexicon, in display order.
LOADED_CATEGORIES = ("intensifier", "moral_evaluation", "emotion", "dramatisation", "delegitimising_label")
_QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb \t\n\r"
_REGIME_TECHNICAL = english.REGIME_TECHNICAL
_NAME_LIKE = english.NAME_LIKE
_PREV_WORD = re.compile(r"([\w\-']+)\W*$")


def _quoted_intervals(quotes, n_chars: int) -> tuple[np.ndarray, np.ndarray]:
    """Merged, sorted [start, end) intervals of text inside quote marks."""
    records = getattr(quotes, "quotes", quotes)
    spans = sorted(
        (max(int(q.start), 0), min(int(q.end), n_chars))
        for q in records
        if getattr(q, "kind", None) in QUOTED_KINDS and q.end > q.start
    )
    merged: list[list[int]] = []
    for s, e in spans:
        if s >= e:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    starts = np.fromiter((s for s, _ in merged), dtype=np.int64, count=len(merged))
    ends = np.fromiter((e for _, e in merged), dtype=np.int64, count=len(merged))
    return starts, ends


def _inside(positions: np.ndarray, q_starts: np.ndarray, q_ends: np.ndarray) -> np.ndarray:
    """Whether each character position lies inside one of the merged intervals."""
    if not q_starts.size or not positions.size:
        return np.zeros(positions.shape, dtype=bool)
    idx = np.searchsorted(q_starts, positions, side="right") - 1
    return (idx >= 0) & (positions < q_ends[np.maximum(idx, 0)])


def _join(pieces) -> str:
    return " ".join(filter(None, [piece.strip(_QUOTE_CHARS) for piece in pieces]))


_LAST_CATEGORIES: list = [None, []]  # (entries, their categories) of the last lexicon seen


def _categories(lex) -> list:
    """The lexicon's categories in order of first appearance (one pass over its entries; the same entries
    tuple, held here so its id is not reused, is not read again)."""
    entries = lex.entries
    if _LAST_CATEGORIES[0] is not entries:
        _LAST_CATEGORIES[:] = [entries, list(dict.fromkeys(e.category for e in entries))]
    return list(_LAST_CATEGORIES[1])


def _is_loaded_here(term: str, text: str, folded: str, start: int, sent_start: int) -> bool:
    if term in ("regime", "regimes"):
        m = _PREV_WORD.search(folded, max(0, start - 40), start)
        if m and m.group(1) in _REGIME_TECHNICAL:
            return False
    if term in _NAME_LIKE and text[start].isupper():
        if start != sent_start or text[start : start + 2].isupper():
            return False  # a name (Swift) or an acronym (SWIFT), not the adjective
    return True


def _mean(values: np.ndarray) -> float:
    """``values.mean()`` over the values that are not NaN (NaN if none): numpy's sum of them (pairwise, as
    ``mean`` sums) divided by their number, as ``mean`` divides, without its dispatch."""
    values = values[~np.isnan(values)]
    return float(np.add.reduce(values)) / values.size if values.size else float("nan")


def _score_sentences(doc, vader_text: str, prepare, quoted_intervals, words_per_sentence, quoted_per_sentence):
    """VADER per sentence, and per sentence for its narrator and quoted parts.

    Returns (compound: (n,), rows: the sentences' scores, narrator: (n,), quoted: (n,)); NaN where a part has
    no words. ``rows`` are rows of :func:`_vader_prepared_as_written` with ``later`` (their pos, neu and neg
    computed by :func:`framing.sentiment.scoring.row_values` when the sentence table is built). A sentence
    wholly inside or wholly outside quote marks is scored once.
    """
    q_starts, q_ends = (a.tolist() for a in quoted_intervals)
    n_q = len(q_starts)
    n_sent = doc.n_sentences
    words = words_per_sentence.tolist()
    quoted_words = quoted_per_sentence.tolist()
    nan = float("nan")
    no_words = (nan, nan, nan, nan)
    rows, narrator, quoted = [no_words] * n_sent, [nan] * n_sent, [nan] * n_sent
    memo = vader.document_memo(doc)
    # a text without emoji: no sentence nor part of one holds an emoji
    sentence_row, part_compound = sentence_scorers(prepare, emoji_free(vader_text))
    k = 0  # first merged quote interval that may overlap the current sentence (sentences are in order)
    for i, (s, e) in enumerate(doc.sentences):
        if words[i] == 0:
            continue
        row, as_written = sentence_row(vader_text[s:e])
        rows[i] = row
        if as_written and e - s <= 5000:
            memo[(s, e)] = row[0]  # the target sentiment's sentence compound (framing.lang.vader)
        while k < n_q and q_ends[k] <= s:
            k += 1
        if quoted_words[i] == 0:
            narrator[i] = row[0]
            continue
        if words[i] == quoted_words[i]:
            quoted[i] = row[0]  # every word is quoted: the sentence's score is the quote's (scored once)
            continue
        inside, outside, pos, j = [], [], s, k
        while j < n_q and q_starts[j] < e:
            a, b = max(q_starts[j], s), min(q_ends[j], e)
            outside.append(vader_text[pos:a])
            inside.append(vader_text[a:b])
            pos = b
            j += 1
        outside.append(vader_text[pos:e])
        quoted[i] = part_compound(_join(inside))
        narrator[i] = part_compound(_join(outside))
    compound = np.array([row[0] for row in rows], dtype=float)
    narrator, quoted = np.array(narrator, dtype=float), np.array(quoted, dtype=float)
    return compound, rows, narrator, quoted


def _loaded_cues(doc, lex, q_starts, q_ends) -> tuple[list, list]:
    """Loaded-language cues that pass their context rules, and whether each lies inside quote marks."""
    text, folded, n_sent = doc.text, doc.folded, doc.n_sentences
    found = list(lex.finditer(folded))
    if not found:
        return [], []
    # the sentence of each match, by one search over the sentence starts (the one before it, or the first)
    starts = np.fromiter((start for start, _, _ in found), dtype=np.int64, count=len(found))
    sentence = np.maximum(np.searchsorted(doc.sentence_starts, starts, side="right") - 1, 0).tolist()
    sentence_start = [doc.sentences[si][0] for si in sentence] if n_sent else [0] * len(found)
    cues, kept = [], []
    for k, (start, end, entry) in enumerate(found):
        if not _is_loaded_here(entry.term, text, folded, start, sentence_start[k]):
            continue
        cues.append(Cue(text[start:end], start, end, "loaded", entry.category, sentence[k], entry.term))
        kept.append(start)
    in_quote = []
    if cues:
        in_quote = _inside(np.asarray(kept, dtype=np.int64), q_starts, q_ends).tolist()
    return cues, in_quote


def sentiment(doc, *, quotes=None, lexicon=None, extend: bool = True, mask_names: bool = True) -> Sentiment:
    """Score the tone of a text sentence by sentence, split by voice, and find its loaded words.

    Parameters
    ----------
    doc : Document or str
        The text (a str is read with :func:`framing.read`).
    quotes : Quotes, iterable of Quote, or None, optional
        What is quoted: the result of :func:`framing.quotes` on the same
        document (or its ``.quotes`` records). ``None`` (default) computes it;
        pass an empty tuple to treat the whole text as the writer's. Only
        ``'direct'`` and ``'partial'`` quotes (text inside quote marks) count as
        quoted; indirect speech is the writer's paraphrase.
    lexicon : None, str, path, dict or DataFrame, optional
        The loaded-language lexicon; defaults to the shipped ``loaded``.
    mask_names : bool, default True
        Score multi-word proper names as neutral (see Notes). ``False`` gives
        VADER's scores unchanged (apart from quote and dash normalisation).

    Returns
    -------
    Sentiment

    Notes
    -----
    **Sentence scores.** Each sentence of the :class:`~framing.document.Document`
    is scored by VADER's ``polarity_scores`` (compound in [-1, 1], and the
    pos/neu/neg proportions), with curly quotes straightened and dashes
    spaced so VADER's whitespace tokens find its lexicon. The document's
    ``compound`` is the mean over sentences with at least one word, so a long
    article is not pushed towards +-1 as VADER's normalisation does on one long
    string. A sentence is negative at compound <= -0.05 and positive at >= 0.05.

    **Names (the one news-specific adjustment).** VADER rates *united*,
    *supreme*, *security*, *justice*, *liberty*, *fine*... as positive words; news
    is full of them inside names (the United Nations, Iran's Supreme Leader, the
    Supreme National Security Council, the Justice Department). Every word of a
    run of two or more Title-case words (connectors such as *of*, *the*, *al*
    allowed inside) is replaced by a neutral token before VADER reads the
    sentence, except the sentence's first word, function words and the words
    that drive VADER's rules (*but*, *not*, *no*...); a sentence that is at least
    80% Title case is a headline and left alone. On the NYT editorial ratings this
    raises Pearson r from 0.503 to 0.509 (paired bootstrap 95% interval of the
    gain +0.002 to +0.011; ``benchmarks/sentiment_vader_nyt.py`` prints both).

    **Narrator versus quoted.** Within each sentence the characters inside a
    direct or partial quote form the *quoted* part and the rest the *narrator*
    part; each part (its pieces joined by a space, stray quote marks dropped) is
    scored by VADER separately. ``narrator`` is the mean of the narrator-part
    scores over sentences that have narrator words, ``quoted`` likewise over
    sentences with quoted words. A sentence without quotes gives its own score to
    the narrator. The attribution ("Khamenei declared") belongs to the narrator;
    an indirect quote ("officials said the strike was imminent") too.
    A sentence whose words are all quoted is scored once (its score is the quoted part's), and a
    piece of text with no VADER lexicon word and no emoji is not sent to VADER at all: its
    scores are exactly compound 0, neu 1 (most attributions: "he said on Tuesday").

    **Loaded language** is matched with the ``loaded`` lexicon on the folded
    text (two context rules in this module's docstring); a cue inside a quote is
    the source's word, and ``loaded_narrator_per_100_words`` counts only the
    writer's.

    Limitations
    -----------
    VADER is a lexicon of general (social-media) English rated out of context:
    it reads words, not events, so "the strike killed 40 people" scores by
    "killed" alone, and war reporting reads as negative whatever its stance. It
    has no notion of target (the tone *toward* an actor is
    :func:`framing.sentiment_toward`) nor of irony. Its negation and "but" rules
    work within a whitespace window. On 5,190 NYT editorial snippets the
    document score agrees with the mean of 20 human raters at Pearson r = 0.508
    (plain VADER: 0.503; ``benchmarks/sentiment_vader_nyt.py``). Name masking
    misses one-word names (*Hope*, *Justice* as a surname) and would also mask
    a capitalised adjective standing before a name inside a sentence (rare in
    news prose). The voice split is only as good as
    the quote detection: unbalanced or missing quote marks move words between
    the two parts. A sentence longer than 100 tokens is scored in chunks of 100
    tokens (VADER is quadratic in sentence length). The loaded lexicon counts
    words, not their use: "brutal" in "a brutal winter" counts, and whether a
    label delegitimises depends on who uses it of whom. English only.

    References
    ----------
    Hutto, C. J., & Gilbert, E. (2014). VADER: A parsimonious rule-based model for sentiment
    analysis of social media text. ICWSM 2014.
    Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. Journal of
    Communication, 43(4), 51-58.
    Recasens, M., Danescu-Niculescu-Mizil, C., & Jurafsky, D. (2013). Linguistic models for
    analyzing and detecting biased language. ACL 2013.
    Martin, J. R., & White, P. R. R. (2005). The Language of Evaluation: Appraisal in English.
    Palgrave Macmillan.
    Hyland, K. (2005). Metadiscourse. Continuum.
    """
    doc = as_document(doc)
    lex = as_lexicon(lexicon, default="loaded", extend=extend)
    if quotes is None:
        from framing.quotes import quotes as find_quotes

        quotes = find_quotes(doc)
    else:
        from framing.quotes import check

        quotes = check(quotes, doc)
    text = doc.text
    prepare = _mask_names if mask_names else str
    n_sent = doc.n_sentences

    q_starts, q_ends = _quoted_intervals(quotes, len(text))
    word_quoted = _inside(doc.word_starts, q_starts, q_ends)
    words_per_sentence = np.bincount(doc.word_sentence, minlength=n_sent)[:n_sent]
    quoted_per_sentence = np.bincount(doc.word_sentence[word_quoted], minlength=n_sent)[:n_sent]

    compound, rows, narrator, quoted = _score_sentences(
        doc, _for_vader(text), prepare, (q_starts, q_ends), words_per_sentence, quoted_per_sentence
    )

    has_words = words_per_sentence > 0
    scored = compound[has_words]
    n_scored = int(scored.size)

    cues, in_quote = _loaded_cues(doc, lex, q_starts, q_ends)
    categories = _categories(lex)
    by_category = dict.fromkeys([c for c in LOADED_CATEGORIES if c in categories] + categories, 0)
    for cue in cues:
        by_category[cue.category] = by_category.get(cue.category, 0) + 1
    loaded_per_sentence = np.bincount(
        np.fromiter((c.sentence for c in cues), dtype=np.int64, count=len(cues)), minlength=n_sent
    )[:n_sent] if n_sent else np.zeros(0, int)
    n_quoted_words = int(word_quoted.sum())
    n_loaded_quoted = int(sum(in_quote))

    arrays = {
        "compound": compound,
        "rows": rows,
        "words": words_per_sentence,
        "quoted_words": quoted_per_sentence,
        "narrator": narrator,
        "quoted": quoted,
        "loaded": loaded_per_sentence,
    }
    return Sentiment(
        n_words=doc.n_words,
        n_sentences=n_sent,
        compound=_mean(scored),
        negative_share=rate(int((scored <= NEGATIVE).sum()), n_scored),
        positive_share=rate(int((scored >= POSITIVE).sum()), n_scored),
        neutral_share=rate(int(((scored > NEGATIVE) & (scored < POSITIVE)).sum()), n_scored),
        narrator=_mean(narrator),
        quoted=_mean(quoted),
        narrator_sentences=int((~np.isnan(narrator)).sum()),
        quoted_sentences=int((~np.isnan(quoted)).sum()),
        quoted_word_share=rate(n_quoted_words, doc.n_words),
        loaded=tuple(cues),
        loaded_per_100_words=rate(len(cues), doc.n_words, per=100),
        loaded_narrator_per_100_words=rate(
            len(cues) - n_loaded_quoted, doc.n_words - n_quoted_words, per=100
        ),
        loaded_quoted_per_100_words=rate(n_loaded_quoted, n_quoted_words, per=100),
        loaded_by_category=by_category,
        loaded_in_quote=tuple(bool(x) for x in in_quote),
        lexicon=lex.label,
        analyzer=_vader_label() + ("+mask_names" if mask_names else ""),
        _tables=(doc, arrays),
    )
