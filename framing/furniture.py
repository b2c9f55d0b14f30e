"""Line rules for :func:`framing.clean`: what counts as the furniture of a scraped news page.

Each rule looks at one line (stripped of surrounding blanks) and returns a ``(kind, reason)`` pair
or ``None``. Every pattern is anchored and bounded, and a line longer than :data:`MAX_FURNITURE`
characters is never furniture, so the rules cost time linear in the text. The word lists are in
:mod:`framing.lang.english` (section *clean*).
"""

from __future__ import annotations

import re

from framing.lang import english

__all__ = [
    "MAX_FURNITURE",
    "anywhere",
    "leading",
    "dateline",
    "inline_captions",
    "glued_sentences",
    "is_list_item",
    "key",
]

#: lines longer than this are prose, never furniture (a caption or teaser is shorter)
MAX_FURNITURE = 300

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_TOKEN = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}}\b)?"
    r"|\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b"
    r"|\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
_HAS_DATE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"
    r"|\b\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*\.?")
_SEPARATORS = re.compile(r"[|\u2022\u00b7,;:/()\[\]\-\u2013\u2014]+")
_BYLINE = re.compile(
    r"(?:" + "|".join(re.escape(o) for o in english.BYLINE_OPENERS) + r")\s*:?\s+(?P<names>\S.*)$",
    re.IGNORECASE,
)
_CREDIT = re.compile(r"\(?\s*(?P<word>[A-Za-z]+)(?:\s+reporting)?\s+by\b", re.IGNORECASE)
_CAPTION = re.compile(
    r"\(?\s*(?P<word>[A-Za-z]+)\s*(?:credit\s*)?(?::|\||by\b|\u2014|-\s)",
    re.IGNORECASE,
)
_FILE_PHOTO = re.compile(r"\(?\s*file\s+(?:photo|picture|image|pic)\b", re.IGNORECASE)
_ENDS_WITH_CREDIT = re.compile(
    r"(?:(?i:\((?:photo|image|picture|pic|credit)s?\s*(?::|by\b)[^()\n]{1,80}\))"
    r"|(?i:\b(?:photo|image|picture|credit)s?\s*:\s*[^()\n.]{1,60})"
    r"|\b[A-Z]{2,}(?: [A-Z]{2,})?/[A-Z][\w'\u2019-]*(?:\.? [A-Z][\w'\u2019-]*){0,3})\s*$"
)
_INLINE_CAPTION = re.compile(
    r" ?\((?:photo|image|picture|pic|file photo|photo credit)s?\s*(?::|by\b|/)[^()\n]{1,150}\)",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z.'\u2019\- ]{1,40}?)"
    r"(?:,\s*[A-Z0-9][A-Za-z0-9.'\u2019\- ]{0,40}?){0,3}"
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\))?"
    r"\s+(?:--|[-\u2013\u2014])(?=\s|[A-Z\u201c\"']|$)\s*"  # a blank before the dash: not "AFL-CIO"
)
_GLUED = re.compile(r"(?<=[a-z0-9%)\]][a-z0-9%)\]])[.?!][\u201d\u2019)]?(?=[\u201c\u2018]?[A-Z](?:[a-z]|\s))")
_URLISH = re.compile(r"://|www\.|@|\.(?:com|org|net|html?|php)\b", re.IGNORECASE)
_LIST_ITEM = re.compile(r"(?:[-*\u2022\u2013\u25aa\u25cf]\s|\d{1,3}[.)]\s|[a-z][.)]\s)")


def key(line: str) -> str:
    """A line as compared for boilerplate: blanks collapsed, case folded."""
    return " ".join(line.split()).casefold()


def is_list_item(line: str) -> bool:
    """Whether a (stripped) line starts with a bullet or a number ("- ", "2) ", "a. ")."""
    return bool(_LIST_ITEM.match(line))


def _words(line: str) -> list[str]:
    return [t.rstrip(".").lower() for t in _TOKEN.findall(line)]


_TEASER_START = re.compile("|".join(re.escape(o) for o in english.TEASER_OPENERS))


def _teaser(lower: str) -> bool:
    if not _TEASER_START.match(lower):
        return False
    for opener in english.TEASER_OPENERS:
        if lower.startswith(opener):
            rest = lower[len(opener):]
            if opener == "related":
                rest = rest.lstrip()
                if not rest or rest[0] in ":|-\u2013\u2014":
                    return True
                word = rest.split(None, 1)[0].strip(":")
                return word in english.TEASER_RELATED_NOUNS
            return not rest or not rest[0].isalnum()
    return False


def _share(line: str) -> bool:
    first = _TOKEN.search(line)
    if not first or first.group().rstrip(".").lower() not in english.SHARE_WORDS:
        return False
    words = _words(_SEPARATORS.sub(" ", line))
    return bool(words) and all(w in english.SHARE_WORDS for w in words) and any(
        w in english.SHARE_CORE for w in words
    )


def _caption(line: str) -> bool:
    m = _CAPTION.match(line)
    if m and m.group("word").lower() in english.CAPTION_OPENERS:
        return True
    if _FILE_PHOTO.match(line):
        return True
    return bool(_ENDS_WITH_CREDIT.search(line, max(0, len(line) - 130)))


def _credit(line: str) -> bool:
    m = _CREDIT.match(line)
    return bool(m and m.group("word").lower() in english.CREDIT_OPENERS)


def anywhere(line: str):
    """Furniture that is removed wherever it stands: teasers, share lines, captions, credits."""
    if not line or len(line) > MAX_FURNITURE:
        return None
    lower = line.lower()
    if _teaser(lower):
        return "teaser", "teaser line linking to other articles ('Read also', 'Related:', ...)"
    if len(line) <= 150 and _share(line):
        return "share", "share-button or social-media line"
    if _credit(line):
        return "credit", "production credit ('Reporting by ...; Editing by ...')"
    if _caption(line):
        return "caption", "photo caption or credit line"
    return None


def _date_line(line: str) -> bool:
    if len(line) > 120 or not _HAS_DATE.search(line):
        return False
    rest = _words(_DATE_TOKEN.sub(" ", line))
    return all(w in english.DATE_LABELS or w.isdigit() for w in rest)


def _byline(line: str) -> bool:
    if len(line) > 120:
        return False
    m = _BYLINE.match(_DATE_TOKEN.sub(" ", line).strip(" |,-\u2013\u2014"))
    if not m:
        return False
    names = m.group("names").strip()
    if names.endswith(".") and len(names.rsplit(None, 1)[-1]) > 4:
        return False  # "By Friday the talks had failed." is a sentence
    words = _TOKEN.findall(_SEPARATORS.sub(" ", names))
    if not words or len(words) > 14:
        return False
    first = words[0].rstrip(".")
    if not first[0].isupper() or first.lower() in english.CALENDAR or first.lower() in english.NOT_NAMES:
        return False
    return all(w[0].isupper() or w.lower().rstrip(".") in english.BYLINE_WORDS for w in words)


def leading(line: str):
    """Furniture removed only from the top of an article: date lines, bylines, lone datelines."""
    if not line or len(line) > MAX_FURNITURE:
        return None
    if _date_line(line):
        return "date", "date or time line at the top of the article"
    if _byline(line):
        return "byline", "byline at the top of the article"
    m = dateline(line)
    if m and m.end() == len(line):
        return "dateline", "dateline standing alone at the top of the article"
    return None


def dateline(line: str):
    """The match of a leading dateline ("NORVIK, Valdoria (Caldera Wire) - "), or None.

    The place must be in capitals (three letters or more, not a word like BREAKING) or be
    followed by an agency in parentheses, and a blank must stand before the dash ("AFL-CIO
    leaders" and "NORVIK-based" are not datelines).
    """
    m = _DATELINE.match(line[:200])
    if not m:
        return None
    place = m.group("place").strip()
    letters = [c for c in place if c.isalpha()]
    capitals = len(letters) >= 3 and all(c.isupper() for c in letters)
    if capitals and place.split()[0].rstrip(".") in english.NOT_DATELINES:
        return None
    return m if capitals or m.group("agency") else None


def inline_captions(text: str, start: int, end: int):
    """Spans of parenthetical photo credits inside a line ("(Photo by Ana Silv/Agency)")."""
    return [m.span() for m in _INLINE_CAPTION.finditer(text, start, end)]


def glued_sentences(text: str, start: int, end: int):
    """Positions where a space is missing after a sentence end ("media.He said").

    Not split: abbreviations and initials ("U.S.", "e.g.", "Jr.", "J.R."), decimals ("3.5"),
    and anything inside a URL, an e-mail address or a domain name.
    """
    positions = []
    for m in _GLUED.finditer(text, start, end):
        left = text.rfind(" ", max(start, m.start() - 200), m.start()) + 1
        right = text.find(" ", m.end(), min(end, m.end() + 200))
        token = text[max(left, start):right if right >= 0 else min(end, m.end() + 200)]
        if not _URLISH.search(token):
            positions.append(m.end())
    return positions
