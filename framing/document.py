"""The text model: ``read(text) -> Document``, built once and shared by every measure.

A :class:`Document` keeps the text exactly as given (every span indexes into it)
and adds paragraphs, sentences and word tokens as character spans, plus a
*folded* copy of the text of the same length (lower-cased, curly quotes made
straight, control characters blanked) on which lexicons are matched.

Bad-input policy (tested in ``tests/test_document.py``)
-------------------------------------------------------
* ``None``, NaN or any non-``str`` -> :class:`TypeError` naming the type.
* Empty or whitespace-only text -> a Document with no sentences and no words;
  every measure then reports zero counts and NaN rates (a rate per word is
  undefined when there are no words).
* Control and zero-width characters are tolerated: they count as spaces when
  tokenising, and spans still index the original text.
* Text that looks like HTML markup -> :class:`MarkupWarning`; the tags are
  measured as text, so strip them first (``framing.corpus`` does).
* Text that does not look like English (too few English function words, and for
  short texts the offline identifier, see :func:`read`) -> :class:`LanguageWarning`;
  the lexicons are English-only.
* Long texts: every step is a single linear pass (a 10 MB article is fine).
"""

from __future__ import annotations

import math
import re
import warnings
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np

from framing.lang import english
from framing.lang.identify import identify_with_english
from framing.records import Span

__all__ = [
    "Document",
    "read",
    "as_document",
    "FramingWarning",
    "MarkupWarning",
    "LanguageWarning",
]


class FramingWarning(UserWarning):
    """Base class of the warnings ``framing`` issues about its input."""


class MarkupWarning(FramingWarning):
    """The text contains HTML markup, which is measured as if it were prose."""


class LanguageWarning(FramingWarning):
    """The text does not look like English; English lexicons will miss most cues."""


# Word classes live in framing.lang.english; the names are kept here for Punkt and the rules below.
ABBREVIATIONS = english.ABBREVIATIONS
SENTENCE_STARTERS = english.SENTENCE_STARTERS

# Zero-width and control characters count as spaces when tokenising.
_INVISIBLE = dict.fromkeys(
    [*range(0, 9), 11, 12, *range(14, 32), 127, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF],
    " ",
)
# Same-length folding so offsets into the folded text are offsets into the text.
_FOLD = str.maketrans(
    {**_INVISIBLE, "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "}
)

_FOLD_MAP = {chr(k): v for k, v in _FOLD.items()}
_FOLD_CHARS = re.compile("[" + "".join(re.escape(c) for c in sorted(_FOLD_MAP)) + "]")


def _fold(text: str) -> str:
    """``text.translate(_FOLD)``: a regex finds the few characters to replace (translate looks up every one)."""
    return _FOLD_CHARS.sub(lambda m: _FOLD_MAP[m.group()], text)


_WORD = re.compile(r"[^\W_]+(?:['\-\.][^\W_]+)*")
_PARAGRAPH = re.compile(r"[^\n\r]+")
_WORD_CHAR = re.compile(r"[^\W_]")
# Which ASCII code points _WORD_CHAR matches; others are looked up once per distinct character.
_ASCII_WORD = np.array([bool(_WORD_CHAR.match(chr(c))) for c in range(128)])


def _word_spans(folded: str) -> tuple[np.ndarray, np.ndarray]:
    """Start and end offsets of the matches of ``_WORD`` in ``folded``, found with numpy.

    ``_WORD`` matches runs of word characters (letters and digits: ``_WORD_CHAR``) in which an
    apostrophe, hyphen or period standing between two word characters joins them: a character is in
    a word when it is a word character, or a joiner with a word character on each side. The same
    spans as
    ``_WORD.finditer`` (benchmarks/read_equivalence.py), in a few array operations per text rather
    than a Match object per word.
    """
    codes = np.frombuffer(folded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    word = _ASCII_WORD[np.minimum(codes, 127)]
    high = codes > 127
    if high.any():
        word[high] = _non_ascii_word(codes[high])
    joiner = (codes == 39) | (codes == 45) | (codes == 46)  # ' - .
    word[1:-1] |= joiner[1:-1] & word[:-2] & word[2:]
    edges = np.diff(word.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    return np.flatnonzero(edges == 1).astype(np.int64), np.flatnonzero(edges == -1).astype(np.int64)


_CODE_IS_WORD: np.ndarray | None = None  # per code point: -1 not looked up yet, 0 no, 1 a word character


def _non_ascii_word(wide: np.ndarray) -> np.ndarray:
    """Whether each non-ASCII code point is a word character: a table lookup, linear in the text.

    The table (one byte per Unicode code point, 1.1 MB) is filled as code points are first met, each
    by ``_WORD_CHAR`` once per process.
    """
    global _CODE_IS_WORD
    if _CODE_IS_WORD is None:
        _CODE_IS_WORD = np.full(0x110000, -1, dtype=np.int8)
    known = _CODE_IS_WORD[wide]
    unknown = known < 0
    if unknown.any():
        for c in set(wide[unknown].tolist()):
            _CODE_IS_WORD[c] = 1 if _WORD_CHAR.match(chr(c)) else 0
        known = _CODE_IS_WORD[wide]
    return known.astype(bool)


_HTML = re.compile(
    r"<\s*/?\s*(?:p|div|span|a|br|script|style|html|body|head|li|ul|ol|table|tr|td|h[1-6]|img|em|strong|b|i)\b[^>]*>"
    r"|&(?:amp|nbsp|quot|lt|gt|#\d+);",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _punkt():
    # Built once per process, never at import: parameters set in code, no data files. Punkt is
    # imported without nltk/__init__ (which loads scipy: ~0.7 s for every cold worker process), and
    # its patterns run on the stdlib re engine (see framing.lang.nltk_light.punkt_tokenizer).
    from framing.lang.nltk_light import punkt_tokenizer

    return punkt_tokenizer(ABBREVIATIONS, SENTENCE_STARTERS)


@dataclass(frozen=True, eq=False)
class Document:
    """A text with its paragraphs, sentences and words as character spans.

    Build it with :func:`read`. Attributes
    ----------
    text : str
        The text as given; every span indexes into it.
    folded : str
        Same length as ``text``: lower-cased, curly quotes and apostrophes made
        straight, control characters blanked. Lexicons match against it.
    paragraphs, sentences : tuple of (start, end)
        Character spans. A paragraph is a non-empty line; sentences never cross
        paragraphs.
    word_starts, word_ends, word_sentence : numpy.ndarray
        Word tokens (alphabetic or numeric runs, with inner apostrophes, hyphens
        and periods: ``Iran's``, ``al-Aqsa``, ``U.S``) and the sentence each is in.
    sentence_starts : numpy.ndarray
        Start offset of each sentence (for ``np.searchsorted``).
    sentence_paragraph : numpy.ndarray
        The paragraph each sentence is in.
    english : tuple or None
        What :func:`read`'s English check found, ``(looks_english, share, language_or_None)``
        (see :func:`english_check`), so a profile does not check again; None for a Document
        built otherwise.
    """

    text: str
    folded: str
    paragraphs: tuple
    sentences: tuple
    sentence_starts: np.ndarray
    sentence_paragraph: np.ndarray
    word_starts: np.ndarray
    word_ends: np.ndarray
    word_sentence: np.ndarray
    english: tuple | None = field(default=None, repr=False)

    @property
    def n_words(self) -> int:
        return int(self.word_starts.size)

    @property
    def n_sentences(self) -> int:
        return len(self.sentences)

    def words(self):
        """Word tokens as :class:`~framing.records.Span` records."""
        t = self.text
        return tuple(Span(t[s:e], int(s), int(e)) for s, e in zip(self.word_starts, self.word_ends))

    def sentence_text(self, i: int) -> str:
        s, e = self.sentences[i]
        return self.text[s:e]

    @cached_property
    def _sentence_start_list(self) -> list:
        return self.sentence_starts.tolist()

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence containing character ``pos`` (or the nearest before it)."""
        # bisect on a list: the same answer as np.searchsorted(..., side="right"), without numpy's per-call cost
        return max(bisect_right(self._sentence_start_list, pos) - 1, 0)

    def words_between(self, start: int, end: int) -> int:
        """Number of words lying wholly inside ``[start, end)``."""
        lo = int(np.searchsorted(self.word_starts, start, side="left"))
        hi = int(np.searchsorted(self.word_ends, end, side="right"))
        return max(hi - lo, 0)

    def sentence_word_counts(self) -> np.ndarray:
        return np.bincount(self.word_sentence, minlength=self.n_sentences)

    def __repr__(self) -> str:
        head = self.text[:40].replace("\n", " ")
        return (
            f"Document({head!r}{'...' if len(self.text) > 40 else ''}, "
            f"paragraphs={len(self.paragraphs)}, sentences={self.n_sentences}, words={self.n_words})"
        )


def _check_text(text) -> str:
    if isinstance(text, str):
        return text
    if text is None or (isinstance(text, float) and math.isnan(text)):
        raise TypeError(
            f"framing.read() needs a str, got {text!r}: a missing value has no text to measure "
            "(profile_corpus() turns such cells into rows of NaN)"
        )
    raise TypeError(f"framing.read() needs a str, got {type(text).__name__}")


_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}$")
_LIST_MARKER = re.compile(r"(?:\d{1,2}|[a-zA-Z])[.)]$|[-\u2022*\u2013]$")
_SPEECH_AFTER_QUOTE = re.compile(
    r"(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:" + "|".join(sorted(english.SPEECH_AFTER_QUOTE)) + r")\b"
)


def _continues(text: str, prev: tuple[int, int], start: int) -> bool:
    """Whether a Punkt boundary between ``prev`` and the sentence at ``start`` is false."""
    last, first = text[prev[1] - 1], text[start]
    tail = text[prev[0]:prev[1]]
    if first.islower() or text.startswith(("'s", "\u2019s"), start):
        return True  # '"Why now?" he asked.', 'the F.B.I. agents', "the F.B.I.'s agents"
    if last in "\"'\u201d\u2019?!)" and first in "-\u2014\u2013":
        return True  # '"Who pays?" -- went unanswered'
    if last in "\"\u201d" and tail[-2:-1] in "?!" and _SPEECH_AFTER_QUOTE.match(text, start):
        return True  # '"A victory!" Arno told supporters.'
    if _LIST_MARKER.fullmatch(tail):
        return True  # a list item's number or bullet
    match = _INITIALS_END.search(tail)
    return bool(match and match.group().lower().rstrip(".") not in ABBREVIATIONS and first.isupper())


_CHUNK = 50_000
_SENTENCE_END = re.compile(r"[.?!][\"'\u201d\u2019)]*\s+")
_SPACE = re.compile(r"\s+")


def _chunks(text: str, start: int, end: int):
    """Cut a very long paragraph after a sentence end (or a space) every ~50,000 characters.

    Punkt scans a paragraph with one regular expression that NLTK stops after 5 s; chunks
    keep each scan short, so a 10 MB paragraph is read in linear time.
    """
    while end - start > 2 * _CHUNK:
        window = (text, start + _CHUNK, start + 2 * _CHUNK)
        cut = _SENTENCE_END.search(*window) or _SPACE.search(*window)
        stop = cut.end() if cut else start + _CHUNK
        yield start, stop
        start = stop
    yield start, end


def _split_sentences(text: str, start: int, end: int, punkt) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph ``text[start:end]``."""
    merged: list[tuple[int, int]] = []
    if end - start <= 2 * _CHUNK:  # one chunk: most paragraphs
        spans = [(start + s, start + e) for s, e in punkt.span_list(text[start:end])]
        if len(spans) == 1:
            return spans
    else:
        spans = [(a + s, a + e) for a, b in _chunks(text, start, end) for s, e in punkt.span_list(text[a:b])]
    for s, e in spans:
        if merged and _continues(text, merged[-1], s):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


#: English news has about 40 % function words; below this share a text is checked further.
ENGLISH_SHARE_CHECK = 0.25
#: Below this probability of English (from the identifier) a text is not English.
ENGLISH_PROBABILITY_MIN = 0.002


def english_check(folded: str, words_start, words_end, text: str):
    """Decide whether a text looks like English: ``(looks_english, share, language_or_None)``.

    The rule (documented in :func:`read`): count English function words among the first 400
    words. Three words or fewer: English by default. A share of at least 25 %: English (English
    news has about 40 %). Otherwise ask the offline identifier (:func:`framing.lang.identify`):
    not English when it gives English a probability under 0.2 %.
    """
    n = min(words_start.size, 400)
    if n <= 3:
        return True, float("nan"), None
    sample = map(folded.__getitem__, map(slice, words_start[:n].tolist(), words_end[:n].tolist()))
    share = sum(map(english.FUNCTION_WORDS.__contains__, sample)) / n
    if share >= ENGLISH_SHARE_CHECK:
        return True, share, None
    language, p_english = identify_with_english(text)
    return not p_english < ENGLISH_PROBABILITY_MIN, share, language


def _warn_about(text: str, folded: str, words_start, words_end, *, check_english: bool = True) -> tuple | None:
    """Warn about markup and a text that does not look like English; return :func:`english_check`'s answer
    (None when ``check_english`` is False)."""
    if _HTML.search(text, 0, 200_000):
        warnings.warn(
            "the text contains HTML markup; tags and entities are measured as words. "
            "Extract the text first (framing.corpus.hydrate does).",
            MarkupWarning,
            stacklevel=4,
        )
    if not check_english:
        return None
    english_like, share, language = english_check(folded, words_start, words_end, text)
    if not english_like:
        guess = f" (identified as {language.code!r}, confidence {language.confidence:.2f})" if language else ""
        warnings.warn(
            f"the text does not look like English{guess}: English function words are {share:.0%} of "
            "its first words (English news has about 40%), and the English lexicons will miss most cues "
            "or misread words (German 'die' is not 'to die')",
            LanguageWarning,
            stacklevel=4,
        )
    return english_like, share, language


def read(text: str) -> Document:
    """Build a :class:`Document` from a text.

    Parameters
    ----------
    text : str
        The article text. Paragraphs are lines; the first line is often the headline.

    Returns
    -------
    Document

    Raises
    ------
    TypeError
        If ``text`` is not a str (``None`` and NaN included).

    Warns
    -----
    MarkupWarning
        If the text contains HTML tags or entities.
    LanguageWarning
        If the text does not look like English (rule below).

    Notes
    -----
    Sentences are split by NLTK's Punkt algorithm (Kiss & Strunk 2006) with
    abbreviations and sentence starters set in code, so no model is downloaded;
    a closing quote followed by a lower-case word ("...?" he asked) does not end
    the sentence, and a line break always does.

    The English check, for the :class:`LanguageWarning`: among the first 400 words, the share
    of English function words (``framing.lang.english.FUNCTION_WORDS``) is computed. A text of
    three words or fewer never warns. A share of 25 % or more is English (news prose has about
    40 %). Below 25 % the offline identifier (:func:`framing.lang.identify`, py3langid) is
    asked, and the text warns when it gives English a probability under 0.2 %. Short English
    headlines ("Valdoria vows revenge") have few function words, but the identifier still gives
    English 2 % or more, so they do not warn; a German sentence of a dozen words gets well under
    0.1 % and warns. On PolNeAR's train split (real US news, 840 articles, 30,825 sentences
    read one by one) no article, headline or English sentence warns; the one sentence that
    does is a Spanish quotation.

    Limitations: a foreign headline of three or four words may not warn (the identifier is
    unsure on so little text). An abbreviation at the very end of a sentence followed by a
    name ("... in the U.S. Biden said") is not split; lists without punctuation
    on one line stay one sentence.
    """
    return _read(text)


def _read(text: str, *, check_english: bool = True) -> Document:
    """:func:`read`; ``check_english=False`` skips the English check (and its warning) for a text whose language
    the caller knows (:func:`framing.profile_corpus` given a ``language`` column): ``Document.english`` is None."""
    text = _check_text(text)
    plain = _fold(text)  # straight quotes, blanked controls; case kept for Punkt
    folded = plain.lower()
    if len(folded) != len(text):  # a few characters lower-case to two (e.g. 'İ')
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in plain)

    punkt = _punkt()
    paragraphs, sentences, sentence_paragraph = [], [], []
    for m in _PARAGRAPH.finditer(folded):
        s, e = m.span()
        # Trim blanks (folded has control characters as spaces) so spans hold text.
        while s < e and folded[s].isspace():
            s += 1
        while e > s and folded[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        for span in _split_sentences(plain, s, e, punkt):
            sentences.append(span)
            sentence_paragraph.append(len(paragraphs))
        paragraphs.append((s, e))

    word_starts, word_ends = _word_spans(folded)
    sent_starts = np.fromiter((s for s, _ in sentences), dtype=np.int64, count=len(sentences))
    word_sentence = np.maximum(np.searchsorted(sent_starts, word_starts, side="right") - 1, 0)

    english = _warn_about(text, folded, word_starts, word_ends, check_english=check_english)
    return Document(
        text=text,
        folded=folded,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        sentence_starts=sent_starts,
        sentence_paragraph=np.asarray(sentence_paragraph, dtype=np.int64),
        word_starts=word_starts,
        word_ends=word_ends,
        word_sentence=word_sentence.astype(np.int64),
        english=english,
    )


def as_document(doc) -> Document:
    """A Document as it is, or a str read into one (what every measure calls first)."""
    return doc if isinstance(doc, Document) else read(doc)


def rate(count: float, total: float, *, per: float = 1.0) -> float:
    """``count / total * per``, NaN when ``total`` is 0 (no words, no sentences)."""
    return float(count) / total * per if total else float("nan")
