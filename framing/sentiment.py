"""Sentiment: the tone of each sentence, of the writer's own words and of the quoted voices.

``sentiment(doc)`` scores every sentence with VADER (Hutto & Gilbert 2014),
through the reference implementation in the ``vaderSentiment`` package and the
lexicon it ships. Three things make it a framing measure rather than a plain
sentiment score:

* **Evidence by sentence and paragraph**: one row per sentence with its span, so
  a reader sees which sentences carry the tone and where in the article they are.
* **Voice split**: the text inside quote marks (the sources' voices, from
  :func:`framing.quotes`) and the text outside them (the writer's own words,
  the *narrator*) are scored apart. A report can sound angry because the
  people it quotes are angry, or because the writer is.
* **Names are neutral**: VADER would read "United Nations" or "Supreme Leader"
  as positive; the words of multi-word proper names are masked before scoring
  (the one news-specific adjustment; it raises the agreement with human raters,
  see :func:`sentiment`).
* **Loaded language** as evidence of its own: evaluative, intensifying and
  emotive words from the ``loaded`` lexicon (intensifier, moral_evaluation,
  emotion, dramatisation, delegitimising_label), returned as cues with spans and
  a rate per 100 words. They are kept apart from VADER's score: VADER measures
  the polarity of the words, the loaded cues show how charged the wording is
  (a "decisive move" and a "heinous act" are both loaded, one positive, one negative).

Context rules for the loaded lexicon (tested in ``tests/test_sentiment.py``):

* **regime** after a technical modifier (sanctions, tax, visa, inspection,
  trade, export, regulatory, treatment...) is a set of rules, not a
  delegitimising label for a government.
* A few words that are also names (Swift, Savage, Grim, Noble...) do not count
  when capitalised inside a sentence.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np
import pandas as pd

from framing.document import as_document, rate
from framing.lang import english, vader
from framing.lexicons import as_lexicon
from framing.records import ConciseRepr, Cue, records_frame

__all__ = ["sentiment", "Sentiment", "polarity", "LOADED_CATEGORIES", "NEGATIVE", "POSITIVE", "QUOTED_KINDS"]

#: VADER's thresholds on the compound score (Hutto & Gilbert 2014; the package's README).
NEGATIVE = -0.05
POSITIVE = 0.05
#: Quote kinds whose text lies inside quote marks (indirect speech is the writer's paraphrase).
QUOTED_KINDS = frozenset({"direct", "partial"})
#: Categories of the shipped ``loaded`` lexicon, in display order.
LOADED_CATEGORIES = ("intensifier", "moral_evaluation", "emotion", "dramatisation", "delegitimising_label")

# VADER splits on whitespace and strips ASCII punctuation only: straighten curly quotes and
# apostrophes (so "don’t" is negated and “Brutal” is found) and turn dashes into spaces.
_FOR_VADER = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": " ", "\u2013": " ", "\u00a0": " "}
)
_QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb \t\n\r"
# VADER's negation and idiom checks are quadratic in the length of a sentence: score a very
# long "sentence" (a text without punctuation) in chunks of this many whitespace tokens.
_CHUNK_TOKENS = 100
_REGIME_TECHNICAL = english.REGIME_TECHNICAL
_NAME_LIKE = english.NAME_LIKE
_PREV_WORD = re.compile(r"([\w\-']+)\W*$")


# The package's one VADER analyser and its label (``_vader_label`` is kept for framing.target).
_analyzer = vader.analyzer
_vader_label = vader.label
_PUNCTUATION = string.punctuation


@lru_cache(maxsize=1)
def _emoji_pattern() -> re.Pattern | None:
    """The characters VADER replaces by their descriptions (its emoji lexicon), as one character class."""
    singles = sorted(c for c in _analyzer().emojis if len(c) == 1)
    return re.compile("[" + "".join(re.escape(c) for c in singles) + "]") if singles else None


def _no_valence(text: str) -> bool:
    """True when VADER would give ``text`` no valence at all, so its scores are known without running it.

    VADER's valence comes only from its lexicon (words as its tokeniser cuts them: whitespace
    tokens with punctuation stripped unless two characters or fewer remain) and from emoji it
    translates into words; negators, boosters and 'but' only scale a lexicon word's valence.
    With neither, ``polarity_scores`` returns compound 0, pos 0, neg 0 and neu 1 (0 for no token).
    """
    lexicon = _analyzer().lexicon
    for token in text.split():
        word = token.strip(_PUNCTUATION)
        if (word if len(word) > 2 else token).lower() in lexicon:
            return False
    emoji = _emoji_pattern()
    return not (emoji and emoji.search(text))


def _vader(text: str) -> tuple[float, float, float, float]:
    """(compound, pos, neu, neg) of a piece of text; long pieces are scored in chunks.

    A piece without any VADER lexicon word or emoji (most attributions, "he said on Tuesday")
    is not sent to VADER: its scores are exactly (0, 0, 1, 0), see :func:`_no_valence`.
    """
    if _no_valence(text):
        return 0.0, 0.0, (1.0 if text.split() else 0.0), 0.0
    analyzer = _analyzer()
    if len(text) < 20 * _CHUNK_TOKENS:
        s = analyzer.polarity_scores(text)
        return s["compound"], s["pos"], s["neu"], s["neg"]
    tokens = text.split()
    if len(tokens) <= _CHUNK_TOKENS:
        s = analyzer.polarity_scores(text)
        return s["compound"], s["pos"], s["neu"], s["neg"]
    scores, weights = [], []
    for i in range(0, len(tokens), _CHUNK_TOKENS):
        chunk = tokens[i : i + _CHUNK_TOKENS]
        s = analyzer.polarity_scores(" ".join(chunk))
        scores.append((s["compound"], s["pos"], s["neu"], s["neg"]))
        weights.append(len(chunk))
    c, p, n, g = np.average(np.asarray(scores), axis=0, weights=weights)
    return float(c), float(p), float(n), float(g)


# Names: a run of two or more Title-case words ("United Nations", "Supreme National Security
# Council", "Museum of Fine Arts"). VADER rates united, supreme, security, fine, justice, liberty...
# as positive; inside a name they carry no sentiment, so they are replaced by a neutral token.
_TOKEN = re.compile(r"[^\W\d_](?:[\w'\-\u2019]|\.(?=\w))*")
_CONNECTORS = english.NAME_CONNECTORS
# Words never masked: they drive VADER's rules (negation, 'but', boosters) or are function words.
_KEEP = english.NAME_MASK_KEEP
_NAME_TOKEN = "Nm"


def _mask_names(text: str) -> str:
    """Replace each word of a multi-word proper name by a neutral token (linear in the text)."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    if len(tokens) < 2:
        return text
    title = [text[a].isupper() and (b - a == 1 or not text[a + 1].isupper()) for a, b in tokens]
    if len(tokens) >= 4 and sum(title) >= 0.8 * len(tokens):
        return text  # a Title Case headline: its capitals are style, not names
    runs, run = [], []
    for i, (a, b) in enumerate(tokens):
        if title[i]:
            if run and not text[tokens[run[-1]][1] : a].isspace():
                gap = text[tokens[run[-1]][1] : a]
                connector = gap.split()
                if not (len(connector) == 1 and connector[0] in _CONNECTORS and gap[0].isspace()
                        and gap[-1].isspace()):
                    runs.append(run)
                    run = []
            run.append(i)
        elif run and text[a:b] in _CONNECTORS:
            continue  # may join two capitalised words: checked when the next one comes
        elif run:
            runs.append(run)
            run = []
    runs.append(run)
    masked = set()
    for run in runs:
        if len(run) >= 2:
            masked.update(i for i in run if i != 0 and text[tokens[i][0] : tokens[i][1]].lower() not in _KEEP)
    if not masked:
        return text
    out, pos = [], 0
    for i in sorted(masked):
        a, b = tokens[i]
        out.append(text[pos:a])
        out.append(_NAME_TOKEN)
        pos = b
    out.append(text[pos:])
    return "".join(out)


def polarity(text: str, *, mask_names: bool = True) -> dict:
    """VADER scores of one piece of text, exactly as :func:`sentiment` scores a sentence.

    Curly quotes and apostrophes are straightened and dashes spaced before VADER
    reads the text; with ``mask_names`` (default) the words of multi-word proper
    names ("United Nations", "Supreme Leader") are replaced by a neutral token; a
    text of more than 100 whitespace tokens is scored in chunks and the chunk
    scores averaged, weighted by tokens.

    Returns
    -------
    dict
        ``{'compound': ..., 'pos': ..., 'neu': ..., 'neg': ...}``.

    Raises
    ------
    TypeError
        If ``text`` is not a str.
    """
    if not isinstance(text, str):
        raise TypeError(f"polarity() needs a str, got {type(text).__name__}")
    text = text.translate(_FOR_VADER)
    compound, pos, neu, neg = _vader(_mask_names(text) if mask_names else text)
    return {"compound": compound, "pos": pos, "neu": neu, "neg": neg}


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
    return " ".join(p for p in (piece.strip(_QUOTE_CHARS) for piece in pieces) if p)


def _categories(lex) -> list:
    """The lexicon's categories in order of first appearance (one pass over its entries)."""
    return list(dict.fromkeys(e.category for e in lex.entries))


def _is_loaded_here(term: str, text: str, folded: str, start: int, sent_start: int) -> bool:
    if term in ("regime", "regimes"):
        m = _PREV_WORD.search(folded, max(0, start - 40), start)
        if m and m.group(1) in _REGIME_TECHNICAL:
            return False
    if term in _NAME_LIKE and text[start].isupper():
        if start != sent_start or text[start : start + 2].isupper():
            return False  # a name (Swift) or an acronym (SWIFT), not the adjective
    return True


@dataclass(frozen=True, repr=False)
class Sentiment(ConciseRepr):
    """What :func:`sentiment` found in one document.

    Attributes
    ----------
    sentences : pandas.DataFrame
        One row per sentence: ``sentence, paragraph, start, end, compound, pos,
        neu, neg, quoted_share`` (share of the sentence's words inside quote
        marks), then ``text, words, quoted_words``, ``narrator`` and ``quoted`` (VADER compound of the
        sentence's words outside / inside quote marks, NaN where there are none)
        and ``loaded`` (loaded cues in the sentence).
    compound : float
        Mean compound score of the sentences that have words (-1 to +1); NaN if none.
    negative_share, positive_share, neutral_share : float
        Share of those sentences with compound <= -0.05, >= 0.05, or in between
        (VADER's thresholds).
    narrator, quoted : float
        Mean compound of the writer's own words (outside quote marks) and of the
        quoted words, over the sentences that have words of that part; NaN when
        the part has no words.
    narrator_sentences, quoted_sentences : int
        How many sentences each of the two means rests on.
    quoted_word_share : float
        Share of the words inside quote marks.
    loaded : tuple of Cue
        Loaded and emotive words (``kind='loaded'``, ``category`` one of the
        lexicon's categories), in text order.
    loaded_per_100_words : float
        Loaded cues per 100 words; ``loaded_narrator_per_100_words`` and
        ``loaded_quoted_per_100_words`` split them by voice (per 100 words of
        that voice).
    loaded_by_category : dict
        Count of loaded cues per category, every category of the lexicon present.
    loaded_in_quote : tuple of bool
        For each loaded cue, whether it lies inside quote marks.
    paragraphs : pandas.DataFrame
        One row per paragraph: ``paragraph, start, end, sentences, words,
        compound, narrator, quoted, quoted_share, negative_share,
        positive_share, loaded, loaded_per_100_words``.
    lexicon, analyzer : str
        ``name@version`` of the loaded lexicon and of the VADER package used
        (``+mask_names`` when names were masked).
    """

    n_words: int
    n_sentences: int
    compound: float
    negative_share: float
    positive_share: float
    neutral_share: float
    narrator: float
    quoted: float
    narrator_sentences: int
    quoted_sentences: int
    quoted_word_share: float
    loaded: tuple = field(repr=False)
    loaded_per_100_words: float = float("nan")
    loaded_narrator_per_100_words: float = float("nan")
    loaded_quoted_per_100_words: float = float("nan")
    loaded_by_category: dict = field(default_factory=dict)
    loaded_in_quote: tuple = field(default=(), repr=False)
    lexicon: str = ""
    analyzer: str = ""
    # What the tables are built from, on first use (a profile needs only the scalars).
    _tables: tuple = field(default=(), repr=False, compare=False)

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """One row per sentence (see the class docstring); built on first use."""
        return _sentence_table(*self._tables) if self._tables else pd.DataFrame()

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """One row per paragraph (see the class docstring); built on first use."""
        return _by_paragraph(*self._tables) if self._tables else pd.DataFrame()

    def to_frame(self) -> pd.DataFrame:
        """The sentence table (one row per sentence), as in :attr:`sentences`."""
        return self.sentences.copy()

    def loaded_frame(self) -> pd.DataFrame:
        """The loaded cues as a tidy DataFrame, one row per cue, with an ``in_quote`` column."""
        return records_frame(self.loaded, Cue).assign(in_quote=list(self.loaded_in_quote))

    def summary(self) -> pd.Series:
        """Every scalar measure as a flat Series (what ``profile`` collects), prefixed 'sentiment.'."""
        return pd.Series(self.summary_values(), dtype=float)

    def summary_values(self) -> dict:
        """:meth:`summary` as a plain dict (``profile`` reads this: no pandas object per article)."""
        values = {
            "words": self.n_words,
            "sentences": self.n_sentences,
            "compound": self.compound,
            "negative_share": self.negative_share,
            "positive_share": self.positive_share,
            "neutral_share": self.neutral_share,
            "narrator": self.narrator,
            "quoted": self.quoted,
            "narrator_minus_quoted": self.narrator - self.quoted,
            "narrator_sentences": self.narrator_sentences,
            "quoted_sentences": self.quoted_sentences,
            "quoted_word_share": self.quoted_word_share,
            "loaded": len(self.loaded),
            "loaded_per_100_words": self.loaded_per_100_words,
            "loaded_narrator_per_100_words": self.loaded_narrator_per_100_words,
            "loaded_quoted_per_100_words": self.loaded_quoted_per_100_words,
        }
        values.update({f"loaded_{category}": n for category, n in self.loaded_by_category.items()})
        return {f"sentiment.{k}": float(v) for k, v in values.items()}

    def evidence(self, *, sentences: bool = False) -> list[tuple[int, int, str, str]]:
        """Spans to highlight: each loaded cue as ``'loaded:<category>'``.

        With ``sentences=True``, every sentence is added as ``'sentence:negative'``,
        ``'sentence:neutral'`` or ``'sentence:positive'`` (VADER's thresholds), its
        compound score in the tooltip.
        """
        out = []
        if sentences:
            for row in self.sentences.itertuples(index=False):
                if row.words == 0:
                    continue
                tone = (
                    "negative" if row.compound <= NEGATIVE else "positive" if row.compound >= POSITIVE else "neutral"
                )
                tip = f"compound {row.compound:+.2f}"
                if row.quoted_share > 0:
                    tip += f"; {row.quoted_share:.0%} of its words quoted"
                out.append((int(row.start), int(row.end), f"sentence:{tone}", tip))
        for cue, in_quote in zip(self.loaded, self.loaded_in_quote):
            voice = "inside a quote (a source's words)" if in_quote else "the writer's own words"
            out.append((cue.start, cue.end, f"loaded:{cue.category}", f"'{cue.term}': {voice}"))
        return out


def _mean(values: np.ndarray) -> float:
    values = values[~np.isnan(values)]
    return float(values.mean()) if values.size else float("nan")


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
    text, folded = doc.text, doc.folded
    vader_text = text.translate(_FOR_VADER)
    prepare = _mask_names if mask_names else str
    n_sent = doc.n_sentences

    q_starts, q_ends = _quoted_intervals(quotes, len(text))
    word_quoted = _inside(doc.word_starts, q_starts, q_ends)
    words_per_sentence = np.bincount(doc.word_sentence, minlength=n_sent)[:n_sent]
    quoted_per_sentence = np.bincount(doc.word_sentence[word_quoted], minlength=n_sent)[:n_sent]
    narrator_per_sentence = words_per_sentence - quoted_per_sentence

    scores = np.full((n_sent, 4), np.nan)
    narrator = np.full(n_sent, np.nan)
    quoted = np.full(n_sent, np.nan)
    k = 0  # first merged quote interval that may overlap the current sentence (sentences are in order)
    for i, (s, e) in enumerate(doc.sentences):
        if words_per_sentence[i] == 0:
            continue
        scores[i] = _vader(prepare(vader_text[s:e]))
        while k < q_starts.size and q_ends[k] <= s:
            k += 1
        if quoted_per_sentence[i] == 0:
            narrator[i] = scores[i, 0]
            continue
        if narrator_per_sentence[i] == 0:
            quoted[i] = scores[i, 0]  # every word is quoted: the sentence's score is the quote's (scored once)
            continue
        inside, outside, pos, j = [], [], s, k
        while j < q_starts.size and q_starts[j] < e:
            a, b = max(int(q_starts[j]), s), min(int(q_ends[j]), e)
            outside.append(vader_text[pos:a])
            inside.append(vader_text[a:b])
            pos = b
            j += 1
        outside.append(vader_text[pos:e])
        quoted[i] = _vader(prepare(_join(inside)))[0]
        narrator[i] = _vader(prepare(_join(outside)))[0]

    has_words = words_per_sentence > 0
    compound = scores[:, 0]
    scored = compound[has_words]
    n_scored = int(scored.size)

    # Loaded language.
    sent_starts = doc.sentence_starts
    cues, in_quote = [], []
    for start, end, entry in lex.finditer(folded):
        si = max(int(np.searchsorted(sent_starts, start, side="right")) - 1, 0)
        sent_start = doc.sentences[si][0] if n_sent else 0
        if not _is_loaded_here(entry.term, text, folded, start, sent_start):
            continue
        cues.append(Cue(text[start:end], start, end, "loaded", entry.category, si, entry.term))
    if cues:
        cue_starts = np.fromiter((c.start for c in cues), dtype=np.int64, count=len(cues))
        in_quote = _inside(cue_starts, q_starts, q_ends).tolist()
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
        "scores": scores,
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


def _sentence_table(doc, arrays: dict) -> pd.DataFrame:
    """The sentence table of :attr:`Sentiment.sentences`, from the per-sentence arrays."""
    scores, words, quoted_words = arrays["scores"], arrays["words"], arrays["quoted_words"]
    n_sent, text = doc.n_sentences, doc.text
    return pd.DataFrame(
        {
            "sentence": np.arange(n_sent, dtype=np.int64),
            "paragraph": doc.sentence_paragraph,
            "start": doc.sentence_starts,
            "end": np.fromiter((e for _, e in doc.sentences), dtype=np.int64, count=n_sent),
            "compound": scores[:, 0],
            "pos": scores[:, 1],
            "neu": scores[:, 2],
            "neg": scores[:, 3],
            "quoted_share": np.where(words > 0, quoted_words / np.maximum(words, 1), np.nan),
            "text": [text[s:e] for s, e in doc.sentences],
            "words": words,
            "quoted_words": quoted_words,
            "narrator": arrays["narrator"],
            "quoted": arrays["quoted"],
            "loaded": arrays["loaded"],
        }
    )


def _by_paragraph(doc, arrays: dict) -> pd.DataFrame:
    """Per-paragraph means and shares, by bincount over the sentence arrays (no groupby: fast)."""
    words, quoted_words, compound = arrays["words"], arrays["quoted_words"], arrays["scores"][:, 0]
    narrator, quoted, loaded = arrays["narrator"], arrays["quoted"], arrays["loaded"]
    n = len(doc.paragraphs)
    para = doc.sentence_paragraph

    def total(values) -> np.ndarray:
        return np.bincount(para, weights=values, minlength=n) if para.size else np.zeros(n)

    def mean(values) -> np.ndarray:
        ok = ~np.isnan(values)
        count, summed = total(ok.astype(float)), total(np.where(ok, values, 0.0))
        return np.where(count > 0, summed / np.maximum(count, 1), np.nan)

    scored = words > 0
    n_words, n_scored = total(words.astype(float)), total(scored.astype(float))
    n_loaded = total(loaded.astype(float))
    negative = total((scored & (compound <= NEGATIVE)).astype(float))
    positive = total((scored & (compound >= POSITIVE)).astype(float))
    return pd.DataFrame(
        {
            "paragraph": np.arange(n, dtype=np.int64),
            "start": np.fromiter((s for s, _ in doc.paragraphs), dtype=np.int64, count=n),
            "end": np.fromiter((e for _, e in doc.paragraphs), dtype=np.int64, count=n),
            "sentences": np.bincount(para, minlength=n).astype(np.int64),
            "words": n_words.astype(np.int64),
            "compound": mean(compound),
            "narrator": mean(narrator),
            "quoted": mean(quoted),
            "quoted_share": np.where(
                n_words > 0, total(quoted_words.astype(float)) / np.maximum(n_words, 1), np.nan
            ),
            "negative_share": np.where(n_scored > 0, negative / np.maximum(n_scored, 1), np.nan),
            "positive_share": np.where(n_scored > 0, positive / np.maximum(n_scored, 1), np.nan),
            "loaded": n_loaded.astype(np.int64),
            "loaded_per_100_words": np.where(n_words > 0, n_loaded / np.maximum(n_words, 1) * 100, np.nan),
        }
    )
