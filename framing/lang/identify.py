"""Offline language identification: ``identify(text) -> Language``.

The identifier is py3langid (Lui & Baldwin 2012, repackaged by Barbaresi): a naive Bayes model
over byte n-grams for 97 languages whose model file ships inside the package, so nothing is
downloaded. The model is loaded lazily, once per process, on the first call (about 0.6 s).

Bad-input policy
----------------
* ``None``, NaN or any non-``str`` -> :class:`TypeError` naming the type.
* Text without a letter (empty, digits, punctuation) -> ``Language("und", 0.0, False)``
  (``und`` is the BCP 47 code for *undetermined*).
* Lone surrogates and control characters are dropped before identification.
* Long texts: only the first :data:`SAMPLE_CHARS` characters are read, so the cost is bounded (see
  :data:`SAMPLE_CHARS` for why 2,000 are enough).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Language", "identify", "identify_with_english", "UNDETERMINED", "RELIABLE_CONFIDENCE", "SAMPLE_CHARS"]

#: Code returned when a text has no letters to identify (BCP 47 "undetermined").
UNDETERMINED = "und"
#: Normalised probability at or above which (with enough letters) an identification is reliable.
RELIABLE_CONFIDENCE = 0.9
#: A text needs at least this many letters for its identification to count as reliable.
RELIABLE_LETTERS = 20
#: Characters read from the start of a text. The identifier's cost grows with the sample (a walk over its
#: bytes, then a score per distinct n-gram): on PolNeAR train (840 US news articles, about 4,600 characters
#: each) 20,000 characters took 1.8 s of CPU and 2,000 took 0.6 s, with the same language (English) and
#: the same lowest confidence (0.93) for every article. 2,000 characters are about 350 words, the span
#: :func:`framing.read`'s English check reads (400 words); the identifier's accuracy is flat well below that
#: (Lui & Baldwin 2012). An article whose first 2,000 characters are in another language than the rest
#: is identified by its start.
SAMPLE_CHARS = 2_000

_LETTER = re.compile(r"[^\W\d_]")
_DROP = re.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Language:
    """The language of a text as the identifier sees it.

    Attributes
    ----------
    code : str
        ISO 639-1 code (``"en"``, ``"de"``, ...), or ``"und"`` when there is nothing to identify.
    confidence : float
        The identifier's normalised probability of ``code`` (0 to 1).
    reliable : bool
        ``confidence >= 0.9`` and the text has at least 20 letters. Headlines of three to six
        words are often *not* reliable even when they are plainly English.
    """

    code: str
    confidence: float
    reliable: bool

    def to_dict(self) -> dict:
        return {"code": self.code, "confidence": self.confidence, "reliable": self.reliable}


@lru_cache(maxsize=1)
def _identifier():
    # Loaded on first use, never at import: decompressing the model takes about 0.6 s.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _check(text) -> str:
    if isinstance(text, str):
        return text
    if text is None or (isinstance(text, float) and math.isnan(text)):
        raise TypeError(f"identify() needs a str, got {text!r}: a missing value has no language")
    raise TypeError(f"identify() needs a str, got {type(text).__name__}")


def identify(text: str) -> Language:
    """Identify the language of a text, offline.

    Parameters
    ----------
    text : str
        Any text; only its first :data:`SAMPLE_CHARS` (2,000) characters are read.

    Returns
    -------
    Language
        ``.code`` (ISO 639-1), ``.confidence`` (0-1) and ``.reliable``.

    Raises
    ------
    TypeError
        If ``text`` is not a str (``None`` and NaN included).

    Examples
    --------
    >>> identify("Der Kanzler hat am Montag erklärt, dass die Gespräche weitergehen.").code
    'de'

    Limitations
    -----------
    Short texts are hard: on headlines of three to six words the identifier is often unsure
    (confidence below 0.5) and sometimes wrong (an English headline full of invented names may
    come out as Italian or Latin), which is why ``reliable`` requires both a confident answer and
    20 letters. A text mixing languages gets the language of most of its sample. Closely related
    languages (Norwegian / Danish, Malay / Indonesian, Serbian / Croatian) are confused.

    References
    ----------
    Lui, M. & Baldwin, T. (2012). langid.py: An off-the-shelf language identification tool.
    *Proceedings of the ACL 2012 System Demonstrations*, 25-30.
    Barbaresi, A. py3langid (a faster repackaging of langid.py). https://github.com/adbar/py3langid
    """
    return identify_with_english(text)[0]


def identify_with_english(text: str) -> tuple[Language, float]:
    """:func:`identify` plus the probability the identifier gives English (one pass).

    The probability of English is the better test of "is this English?" than the top answer:
    on a Spanish sentence the identifier may split its belief between Spanish, Galician and
    Aragonese (top confidence 0.77) while giving English almost nothing (under 0.0001).
    """
    sample = _DROP.sub(" ", _check(text)[:SAMPLE_CHARS])
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return Language(UNDETERMINED, 0.0, False), float("nan")
    ranked = _identifier().rank(sample)
    code, prob = ranked[0]
    english = next((float(p) for c, p in ranked if c == "en"), 0.0)
    confidence = float(prob)
    reliable = confidence >= RELIABLE_CONFIDENCE and letters >= RELIABLE_LETTERS
    return Language(str(code), confidence, reliable), english
