"""Import an NLTK submodule without importing all of NLTK.

``import nltk`` runs ``nltk/__init__.py``, which loads most of NLTK and, through it, scipy: about
0.7 s of CPU (several seconds on a cold disk), paid again by every fresh worker process. The pieces
``framing`` uses (Punkt with parameters set in code; the Snowball stemmer) need only a few plain
modules. :func:`submodule` imports such a piece with a stand-in ``nltk`` package object, so Python
finds the submodules without running the package's ``__init__``; the stand-in and the submodules
it pulled in are then removed from ``sys.modules``, so a later ``import nltk`` (by the user, or by
another library) runs the real package as usual. When NLTK is already imported, the ordinary import
is used.

:func:`punkt_tokenizer` builds NLTK's own Punkt sentence tokenizer (the same classes and the same
algorithm) whose few regular expressions are compiled with the standard library's ``re`` rather
than through ``nltk.redos`` (the third-party ``regex`` engine under a per-call time limit). NLTK
routes every pattern there as a defence against patterns a caller supplies; Punkt's patterns are
fixed, linear, and ``framing.read`` feeds them paragraphs cut to at most 100,000 characters, so the
guard only costs time: the tokenizer runs about twice as fast, with the same spans on every
paragraph of PolNeAR train and dev and of the teaching texts (``benchmarks/read_equivalence.py``).
It also remembers, for up to 16,384 candidate contexts ("said. The"), whether each holds a sentence
break: the answer depends on the context string alone, and about a third of the contexts of a news
corpus recur.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import threading
import types
from functools import lru_cache
from pathlib import Path

__all__ = ["submodule", "punkt_tokenizer"]

_LOCK = threading.Lock()


def submodule(name: str) -> types.ModuleType:
    """``importlib.import_module(name)`` for an ``nltk.*`` module, without ``nltk/__init__``.

    Parameters
    ----------
    name : str
        A dotted module name under ``nltk`` (``'nltk.tokenize.punkt'``).

    Raises
    ------
    ImportError
        If NLTK is not installed or has no such module.
    """
    if not name.startswith("nltk."):
        raise ValueError(f"not an nltk submodule: {name!r}")
    with _LOCK:
        if "nltk" in sys.modules:
            return importlib.import_module(name)
        spec = importlib.util.find_spec("nltk")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("framing needs nltk (pip install nltk)")
        before = set(sys.modules)
        try:
            # A stand-in for the package and for each parent package of the module (nltk.tokenize's
            # __init__ imports every tokenizer and nltk.data, too).
            path = list(spec.submodule_search_locations)
            parts = name.split(".")
            for depth in range(1, len(parts)):
                shell = types.ModuleType(".".join(parts[:depth]))
                shell.__path__ = [str(Path(p, *parts[1:depth])) for p in path]
                sys.modules[shell.__name__] = shell
            return importlib.import_module(name)
        finally:
            for loaded in set(sys.modules) - before:
                if loaded == "nltk" or loaded.startswith("nltk."):
                    del sys.modules[loaded]


#: contexts whose answer is kept (a context is a word, its punctuation and the next token)
_CONTEXT_CACHE = 16_384


def punkt_tokenizer(abbreviations, sentence_starters):
    """NLTK's ``PunktSentenceTokenizer`` with parameters set in code and stdlib ``re`` patterns.

    Parameters
    ----------
    abbreviations, sentence_starters : iterable of str
        Punkt's ``abbrev_types`` and ``sent_starters`` (lower case, abbreviations without the final
        period); no trained model is loaded.

    Returns
    -------
    nltk.tokenize.punkt.PunktSentenceTokenizer
        A subclass instance whose ``span_tokenize`` gives the spans NLTK's own gives.

    Limitations
    -----------
    The patterns run without NLTK's time limit: call it on text of bounded length (``framing.read``
    cuts paragraphs into pieces of at most 100,000 characters). The standard library and ``regex``
    may disagree on the Unicode class of a character newer than Python's Unicode database.

    References
    ----------
    Kiss, T. & Strunk, J. (2006). Unsupervised multilingual sentence boundary detection.
    *Computational Linguistics* 32(4), 485-525.
    """
    punkt = submodule("nltk.tokenize.punkt")
    base_vars, base_token = punkt.PunktLanguageVars, punkt.PunktToken
    flags = re.UNICODE | re.VERBOSE

    class LanguageVars(base_vars):
        __slots__ = ()
        re_boundary_realignment = re.compile(base_vars.re_boundary_realignment.pattern, re.MULTILINE)

        def _word_tokenizer_re(self):
            try:
                return self._re_word_tokenizer
            except AttributeError:
                parts = {
                    "NonWord": self._re_non_word_chars,
                    "MultiChar": self._re_multi_char_punct,
                    "WordStart": self._re_word_start,
                }
                self._re_word_tokenizer = re.compile(self._word_tokenize_fmt % parts, flags)
                return self._re_word_tokenizer

        def period_context_re(self):
            try:
                return self._re_period_context
            except AttributeError:
                parts = {"NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars}
                self._re_period_context = re.compile(self._period_context_fmt % parts, flags)
                return self._re_period_context

    non_punct = re.compile(r"[^\W\d]", re.UNICODE)

    class Token(base_token):
        __slots__ = ()
        _RE_ELLIPSIS = re.compile(base_token._RE_ELLIPSIS.pattern)
        _RE_NUMERIC = re.compile(base_token._RE_NUMERIC.pattern)
        _RE_INITIAL = re.compile(base_token._RE_INITIAL.pattern, re.UNICODE)
        _RE_ALPHA = re.compile(base_token._RE_ALPHA.pattern, re.UNICODE)

        @property
        def is_non_punct(self):
            return non_punct.search(self.type)

    class Tokenizer(punkt.PunktSentenceTokenizer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            # Whether a candidate context ("said. The") holds a sentence break depends on the context
            # string alone (the parameters are fixed and nothing is learnt), and contexts repeat:
            # each is decided once per process. Bounded, so memory stays flat over a corpus.
            self._contains_sentbreak = lru_cache(maxsize=_CONTEXT_CACHE)(super().text_contains_sentbreak)

        def text_contains_sentbreak(self, text: str) -> bool:
            return self._contains_sentbreak(text)

        def span_list(self, text: str) -> list:
            """``list(self.span_tokenize(text))``, in one loop (see :func:`_span_list`)."""
            return _span_list(self, text)

        def _get_last_whitespace_index(self, text: str) -> int:
            # NLTK's loop from the end, done by str.rfind over string.whitespace: the last whitespace
            # index, 0 when none
            rfind = text.rfind
            return max(rfind(" "), rfind("\n"), rfind("\t"), rfind("\r"), rfind("\x0b"), rfind("\x0c"), 0)

    params = punkt.PunktParameters()
    params.abbrev_types = set(abbreviations)
    params.sent_starters = set(sentence_starters)
    # No orthographic context is learnt (no training): every look-up is 0. NLTK's defaultdict would
    # insert each word it is asked about, so the dict would grow with the vocabulary of the corpus.
    params.ortho_context = _Zero()
    return Tokenizer(params, lang_vars=LanguageVars(), token_cls=Token)


def _span_list(tokenizer, text: str) -> list:
    """NLTK's ``span_tokenize`` (``_match_potential_end_contexts``, ``_slices_from_text`` and
    ``_realign_boundaries``, three generators chained) written as one loop over the candidate ends:
    the same spans, about twice as fast on news paragraphs (``benchmarks/read_equivalence.py``)."""
    period = tokenizer._lang_vars.period_context_re()
    last_space = tokenizer._get_last_whitespace_index
    contains = tokenizer.text_contains_sentbreak
    slices = []  # Punkt's sentence slices before the closing punctuation is realigned
    last_break = 0
    previous = None  # (match, start of the word before it)
    previous_stop = 0  # where that word ends (the match's start)
    for match in period.finditer(text):
        start = match.start()
        index = last_space(text[previous_stop:start])
        word_start = index + previous_stop + 1 if index else (previous[1] if previous else 0)
        if previous is not None and previous_stop <= word_start:
            last_break = _break(text, previous, previous_stop, contains, slices, last_break)
        previous, previous_stop = (match, word_start), start
    if previous is not None:
        last_break = _break(text, previous, previous_stop, contains, slices, last_break)
    slices.append((last_break, len(text.rstrip())))
    realign_re = tokenizer._lang_vars.re_boundary_realignment
    spans, realign, last = [], 0, len(slices) - 1
    for i, (start, stop) in enumerate(slices):
        start += realign
        if i == last:
            if start < stop:
                spans.append((start, stop))
            break
        next_start, next_stop = slices[i + 1]
        m = realign_re.match(text[next_start:next_stop])
        if m:
            spans.append((start, next_start + len(m.group(0).rstrip())))
            realign = m.end()
        else:
            realign = 0
            if start < stop:
                spans.append((start, stop))
    return spans


def _break(text, previous, stop, contains, slices, last_break) -> int:
    """Decide one candidate end of :func:`_span_list` (NLTK's ``_slices_from_text``): append the sentence it
    ends, if it ends one, and return where the next sentence starts."""
    match, word_start = previous
    if not contains(text[word_start:stop] + match.group() + match.group("after_tok")):
        return last_break
    slices.append((last_break, match.end()))
    return match.start("next_tok") if match.group("next_tok") else match.end()


class _Zero(dict):
    """An empty mapping that answers 0 for any key and stays empty (read-only use)."""

    def __missing__(self, key):
        return 0
