"""Clean scraped news text: ``clean(text) -> Cleaned``, with a log of every change.

Scraped and exported news carries furniture that corrupts the measures: hard-wrapped lines split
sentences and detach quotes from their speakers, a dateline ends up inside a speaker's name,
"Read also" teasers and captions double-count mentions and quotes. :func:`clean` removes or
repairs them and records each change (what, where in the raw text, why), so nothing disappears
unseen. :func:`boilerplate_lines` finds lines that one outlet repeats across its articles.

Bad-input policy
----------------
* ``None``, NaN or any non-``str`` -> :class:`TypeError` naming the type.
* Empty or blank text -> returned as it is, with an empty log.
* Control characters, zero-width spaces, soft hyphens and byte-order marks are removed; lone
  surrogates (from a bad decode) become U+FFFD; every other character is kept.
* Any length: each rule is a single pass over the text or over its lines, each line rule is
  bounded (lines over 300 characters are prose, never furniture), so the cost is linear (a
  10 MB text takes a few seconds).
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

import pandas as pd

from framing import furniture

__all__ = ["Change", "Cleaned", "clean", "boilerplate_lines"]

LOG_COLUMNS = ["kind", "start", "end", "removed", "replacement", "reason"]


@dataclass(frozen=True)
class Change:
    """One change made by :func:`clean`: ``raw[start:end] == removed`` became ``replacement``."""

    kind: str
    start: int
    end: int
    removed: str
    replacement: str
    reason: str


@dataclass(frozen=True, eq=False)
class Cleaned:
    """The result of :func:`clean`.

    Attributes
    ----------
    text : str
        The cleaned text; spans of every measure index this text.
    raw : str
        The text as given.
    changes : tuple of Change
        Every change, in raw order, non-overlapping: applying them to ``raw`` gives ``text``.
    """

    text: str
    raw: str
    changes: tuple

    @property
    def log(self) -> pd.DataFrame:
        """One row per change: kind, start, end (offsets in ``raw``), removed, replacement, reason."""
        # object columns: removed text may hold lone surrogates, which pandas' string dtype refuses
        frame = pd.DataFrame([c.__dict__ for c in self.changes], columns=LOG_COLUMNS, dtype=object)
        return frame.astype({"start": "int64", "end": "int64"})

    def to_frame(self) -> pd.DataFrame:
        return self.log

    @property
    def n_changes(self) -> int:
        return len(self.changes)

    def raw_offset(self, pos: int) -> int:
        """The offset in ``raw`` of offset ``pos`` of ``text`` (to show evidence on the raw page)."""
        delta = 0
        for c in self.changes:
            clean_start = c.start + delta
            if clean_start + len(c.replacement) > pos:
                return c.start if pos >= clean_start else pos - delta
            delta += len(c.replacement) - (c.end - c.start)
        return pos - delta

    def __repr__(self) -> str:
        head = self.text[:40].replace("\n", " ")
        return f"Cleaned({head!r}{'...' if len(self.text) > 40 else ''}, changes={self.n_changes})"


# --- stage 1: characters (raw coordinates) ---------------------------------------------------------

_CHARS = re.compile(
    r"(?P<newline>\r\n|[\r\x0b\x0c\x85\u2028\u2029])"
    r"|(?P<control>[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b\u2060\ufeff]+)"
    r"|(?P<surrogate>[\ud800-\udfff])"
    r"|(?P<nonascii>[^\x00-\x7f\x85\u2028\u2029\x80-\x9f\u00ad\u200b\u2060\ufeff\ud800-\udfff]+)"
)
_CHAR_REASONS = {
    "newline": ("\n", "line break normalised to \\n"),
    "control": ("", "control or invisible character removed"),
    "surrogate": ("\ufffd", "lone surrogate (a decoding error) replaced by U+FFFD"),
}


# Every character _CHARS can match is outside printable ASCII, tab and line feed: runs of such characters are
# found in C, and _CHARS runs only inside them (most of a news text is printable ASCII).
_UNUSUAL_RUN = re.compile(r"[^\t\n\x20-\x7e]+")


def _character_edits(text: str) -> list[tuple[int, int, str, str, str]]:
    """The stage-1 edits of ``text``: the matches of ``_CHARS`` over the whole text, searched run by run of
    characters outside printable ASCII (a run ending in '\\r' takes the '\\n' after it, so "\\r\\n" stays
    one line break); ``tests/test_clean.py`` checks this against one search of the whole text."""
    edits = []
    last = 0
    for run in _UNUSUAL_RUN.finditer(text):
        start, end = run.span()
        if text.startswith("\n", end) and text[end - 1] == "\r":
            end += 1
        for m in _CHARS.finditer(text, start, end):
            kind = m.lastgroup
            if kind != "nonascii":
                replacement, reason = _CHAR_REASONS[kind]
                edits.append((m.start(), m.end(), replacement, kind, reason))
            else:
                edit = _nfc_edit(text, max(m.start() - 1, last), m.end())  # a combining mark composes with the
                if edit:  # letter before it
                    edits.append(edit)
            last = m.end()
    return edits


def _nfc_edit(text: str, s: int, e: int) -> tuple | None:
    """The edit that composes ``text[s:e]`` to NFC, trimmed to the characters that change (None: none do)."""
    piece = text[s:e]
    if unicodedata.is_normalized("NFC", piece):
        return None
    new = unicodedata.normalize("NFC", piece)
    while piece and new and piece[0] == new[0]:
        piece, new, s = piece[1:], new[1:], s + 1
    while piece and new and piece[-1] == new[-1]:
        piece, new, e = piece[:-1], new[:-1], e - 1
    return s, e, new, "nfc", "Unicode normalised to NFC (composed accents)"


def _apply(text: str, edits) -> str:
    parts, last = [], 0
    for s, e, replacement, *_ in edits:
        parts.append(text[last:s])
        parts.append(replacement)
        last = e
    parts.append(text[last:])
    return "".join(parts)


class _OffsetMap:
    """Maps offsets of the text after stage 1 back to the raw text."""

    def __init__(self, edits):
        self.raw_starts, self.raw_ends, self.starts, self.ends = [], [], [], []
        delta = 0
        for s, e, replacement, *_ in edits:
            self.raw_starts.append(s)
            self.raw_ends.append(e)
            self.starts.append(s + delta)
            self.ends.append(s + delta + len(replacement))
            delta += len(replacement) - (e - s)

    def _inside(self, p: int) -> bool:
        k = bisect_right(self.ends, p)
        return k < len(self.starts) and self.starts[k] < p

    def start(self, p: int):
        """Raw offset of ``p`` as a start (before deletions at ``p``); None inside a replacement."""
        if self._inside(p):
            return None
        j = bisect_right(self.ends, p) - 1
        while j >= 0 and self.starts[j] == self.ends[j] == p:
            j -= 1
        return p if j < 0 else self.raw_ends[j] + p - self.ends[j]

    def end(self, p: int):
        """Raw offset of ``p`` as an end (after deletions at ``p``); None inside a replacement."""
        if self._inside(p):
            return None
        j = bisect_right(self.ends, p) - 1
        return p if j < 0 else self.raw_ends[j] + p - self.ends[j]


# --- stage 2: lines (offsets in the stage-1 text) ----------------------------------------------------


def _lines(text: str):
    """(start, end, content_start, content_end) of every line; content excludes outer blanks."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        cs = pos + (line.find(stripped) if stripped else 0)
        out.append((pos, end, cs, cs + len(stripped)))
        pos = end + 1
    return out


_HEADLINE_WORDS = 25


def _leading_furniture(text, lines, removed: dict, title_key: str | None):
    """Mark furniture at the top: dates, bylines, lone datelines, repeated headlines.

    Scans from the top while lines are furniture. The first other line may carry a dateline
    prefix, which is cut; if it then has 25 words or fewer it is taken as the headline, stays,
    and the scan goes on to the next other line, whose dateline prefix is cut too. Returns the
    headline's line index (or None) and the dateline edits.
    """
    headline, headline_index, cuts = None, None, []
    for i, (_, _, cs, ce) in enumerate(lines):
        line = text[cs:ce]
        if not line or i in removed:
            continue
        found = furniture.leading(line)
        m = furniture.dateline(line)
        m = m if m and m.end() < len(line) else None
        body = line[m.end():] if m else line
        if found is None and headline is not None and furniture.key(body) == headline:
            found = "repeated_headline", "headline repeated below itself"
        if found is None and title_key and headline is not None and furniture.key(line) == title_key:
            found = "repeated_headline", "line repeats the article's title"
        if found is not None:
            removed[i] = found
            continue
        if m:
            cuts.append((cs, cs + m.end(), "", "dateline", "dateline prefix of the first paragraph"))
        if headline_index is None and len(body.split()) <= _HEADLINE_WORDS:
            headline, headline_index = furniture.key(body), i
            continue
        break
    return headline_index, cuts


def _anywhere_furniture(text, lines, removed: dict, boilerplate: frozenset):
    for i, (_, _, cs, ce) in enumerate(lines):
        if i in removed or cs == ce:
            continue
        line = text[cs:ce]
        if boilerplate and furniture.key(line) in boilerplate:
            removed[i] = "boilerplate", "line repeated across articles of the same outlet"
            continue
        found = furniture.anywhere(line)
        if found:
            removed[i] = found
            _closing_lines(text, lines, removed, i, found)


def _closing_lines(text, lines, removed, i, found, most: int = 3) -> None:
    """A credit or caption that opens a parenthesis takes the wrapped lines up to its closing one."""
    line = text[lines[i][2]:lines[i][3]]
    depth = line.count("(") - line.count(")")
    j = i + 1
    while depth > 0 and j < len(lines) and j <= i + most:
        _, _, cs, ce = lines[j]
        nxt = text[cs:ce]
        if not nxt or len(nxt) > furniture.MAX_FURNITURE:
            return
        depth += nxt.count("(") - nxt.count(")")
        if depth <= 0:
            for k in range(i + 1, j + 1):
                removed[k] = found
            return
        j += 1


#: characters of slack when asking whether the next word would have fitted (wrappers differ by
#: one or two: trailing blanks, widths counted with or without the line break, composed accents)
_WRAP_SLACK = 2
_SENTENCE_END = ".?!:;\"'\u201d\u2019)"


def _runs(lines, removed):
    """Pairs (a, b) of kept non-blank lines that follow each other, with only removed lines between."""
    pairs, previous = [], None
    for i, (_, _, cs, ce) in enumerate(lines):
        if cs == ce:
            previous = None  # a blank line ends a paragraph
        elif i not in removed:
            if previous is not None:
                pairs.append((previous, i))
            previous = i
    return pairs


def _is_wrapped(text, lines, removed, pairs) -> int:
    """The wrap width if the text is hard-wrapped, else 0.

    A text is hard-wrapped when at least three lines run on into another line, the longest line
    is 40 to 160 characters long, 60 % or more of the lines that run on are within 15 characters
    and 20 % of that width (a wrapper fills its lines; paragraphs written one per line vary widely), and fewer than
    half of them end a sentence (a wrapper breaks at any word; a paragraph ends a sentence).
    """
    if len(pairs) < 3:
        return 0
    width = max(ce - cs for i, (_, _, cs, ce) in enumerate(lines) if i not in removed)
    if width > 160 or width < 40:
        return 0
    full = sum(lines[a][3] - lines[a][2] >= max(0.8 * width, width - 15) for a, _ in pairs)
    ends = sum(text[lines[a][3] - 1] in _SENTENCE_END for a, _ in pairs)
    return width if full >= 0.6 * len(pairs) and ends < 0.5 * len(pairs) else 0


def _joins(text, lines, pairs, width: int):
    """Edits rejoining hard-wrapped lines: (start, end, replacement) in stage-1 offsets.

    Removed lines between two joined lines are already cut by their own edits; the join replaces
    the line break before them and the indent of the next kept line.
    """
    edits = []
    for a, b in pairs:
        (_, _, cs, ce), (sb, _, ns, ne) = lines[a], lines[b]
        nxt = text[ns:ne]
        if furniture.is_list_item(nxt):
            continue
        last, first_word = text[ce - 1], nxt.split(None, 1)[0]
        wrapped = width and ce - cs + 1 + len(first_word) > width - _WRAP_SLACK
        lower_continuation = nxt[0].islower() and last not in _SENTENCE_END
        if wrapped or lower_continuation:
            hyphen = last == "-" and ce - cs > 1 and text[ce - 2].isalpha() and nxt[0].isalpha()
            joint = "" if hyphen else " "
            if b == a + 1:
                edits.append((ce, ns, joint))
            else:
                edits.append((ce, lines[a + 1][0], joint))
                if ns > sb:
                    edits.append((sb, ns, ""))
    return edits


def _line_edits(text: str, boilerplate: frozenset, title_key: str | None):
    """All stage-2 edits, sorted: (start, end, replacement, kind, reason) in stage-1 offsets."""
    lines = _lines(text)
    removed: dict = {}
    _anywhere_furniture(text, lines, removed, boilerplate)
    _, edits = _leading_furniture(text, lines, removed, title_key)
    for i, (kind, reason) in removed.items():
        s, e, _, _ = lines[i]
        edits.append((s, min(e + 1, len(text)), "", kind, reason))
    pairs = _runs(lines, removed)
    width = _is_wrapped(text, lines, removed, pairs)
    for s, e, replacement in _joins(text, lines, pairs, width):
        edits.append((s, e, replacement, "join", "hard-wrapped line rejoined to its paragraph"))
    for i, (_, _, cs, ce) in enumerate(lines):
        if i in removed or cs == ce:
            continue
        cut = [(s, e) for s, e in furniture.inline_captions(text, cs, ce)]
        edits.extend((s, e, "", "caption", "photo credit inside a paragraph") for s, e in cut)
        for p in furniture.glued_sentences(text, cs, ce):
            if not any(s < p < e for s, e in cut):
                edits.append((p, p, " ", "glued", "space inserted between glued sentences"))
    edits.sort(key=lambda x: (x[0], x[1]))
    kept, last = [], -1
    for edit in edits:  # overlapping edits cannot arise from the rules; keep the first if one did
        if edit[0] >= last or edit[0] == edit[1] == last:
            kept.append(edit)
            last = max(last, edit[1])
    return kept


# --- the public functions ----------------------------------------------------------------------


def _check(text, name="clean") -> str:
    if isinstance(text, str):
        return text
    if text is None or (isinstance(text, float) and math.isnan(text)):
        raise TypeError(f"{name}() needs a str, got {text!r}: a missing value has no text to clean")
    raise TypeError(f"{name}() needs a str, got {type(text).__name__}")


def _merge(raw: str, char_edits, line_edits) -> tuple:
    """Put both stages in raw offsets; a line edit subsumes the character edits inside it."""
    offsets = _OffsetMap(char_edits)
    mapped = []
    for s, e, replacement, kind, reason in line_edits:
        rs = offsets.start(s)
        re_ = rs if s == e else offsets.end(e)
        if rs is None or re_ is None:
            continue  # a line edit cutting through a composed character: leave the text as it is
        mapped.append((rs, re_, replacement, kind, reason))
    merged, k = [], 0
    chars = sorted(char_edits)
    for edit in mapped:
        rs, re_ = edit[0], edit[1]
        while k < len(chars) and chars[k][0] < rs:
            merged.append(chars[k])
            k += 1
        while k < len(chars) and chars[k][1] <= re_ and rs < re_:
            k += 1  # subsumed
        while k < len(chars) and rs == re_ and chars[k][0] == rs and chars[k][1] == rs:
            merged.append(chars[k])
            k += 1
        merged.append(edit)
    merged.extend(chars[k:])
    merged.sort(key=lambda x: (x[0], x[1]))
    return tuple(Change(kind, s, e, raw[s:e], replacement, reason) for s, e, replacement, kind, reason in merged)


def clean(text: str, *, boilerplate=(), title: str | None = None) -> Cleaned:
    """Clean scraped news text and record every change.

    Parameters
    ----------
    text : str
        The article as scraped or exported.
    boilerplate : iterable of str, optional
        Lines to remove wherever they stand (compared with blanks collapsed and case folded),
        usually from :func:`boilerplate_lines` for the article's outlet.
    title : str, optional
        The article's title from its metadata; a line repeating it under the headline is removed.

    Returns
    -------
    Cleaned
        ``.text`` (cleaned), ``.raw`` (as given), ``.changes`` and ``.log`` (one row per change,
        with offsets into ``raw``).

    Raises
    ------
    TypeError
        If ``text`` is not a str (``None`` and NaN included).

    Notes
    -----
    The rules, in order:

    1. *Characters.* Line breaks (``\\r\\n``, ``\\r``, form feed, U+2028/9) become ``\\n``; control
       characters, zero-width spaces, soft hyphens and byte-order marks are removed; a lone
       surrogate becomes U+FFFD; the text is normalised to NFC (a decomposed "Pérez" matches).
    2. *Top of the article.* From the first line down, date lines ("date 2031-08-01 ...",
       "Published: Thu 1 Aug 2031, 10:21 GMT", "Updated 2 hours ago"), bylines ("By Jane Doe",
       "By Jane Doe and Ola Ray, staff writers | Aug. 1, 2031"), a dateline standing alone, and
       a repeat of the headline are removed; one headline-like line (25 words or fewer) stays.
       The first two paragraphs (the headline and the one after it) lose a dateline prefix
       ("NORVIK, Valdoria (Caldera Wire) - ", "UNITED NATIONS, UNITED STATES (AFP) - "): a
       place in capitals, or any place followed by an agency in parentheses, before a blank
       and a dash.
    3. *Anywhere.* Lines that are teasers ("Read also: ...", "Read more", "Related:", "See
       also:"), share buttons ("Share on Facebook | Tweet | Email", "Print"), photo captions and
       credits ("Photo: ...", "(Photo by ...)", "Image: ...", "File photo ...", a line ending in
       "(Photo: ...)" or "AGENCY/Name"), production credits ("(Reporting by ...; Editing by
       ...)") and the given ``boilerplate`` lines are removed; a caption or credit that opens a
       parenthesis takes up to three following lines that close it. A parenthetical photo credit
       inside a paragraph is cut out of it.
    4. *Wrapped lines.* A text counts as hard-wrapped when most of its lines that run on into
       another line are filled to near the longest line's width (40 to 160 characters) and
       fewer than half of them end with sentence punctuation. Then a line is joined to the
       next when the next line's first word would have fitted on it, give or take two
       characters (the wrapper broke the line), unless the next line is a list item; a
       headline wrapped over two lines is rejoined too. In any text, a line that does not end
       a sentence is joined to a next line starting in lower case. A hyphen that ends a word at
       a wrap is kept and the halves are joined without a space ("secretary-to-" + "CEO"); a
       soft hyphenation ("in-" + "ception") stays visible as "in-ception".
    5. *Glued sentences.* A space is inserted after ``.``, ``?`` or ``!`` that follows two
       lower-case letters or digits and precedes a capital ("media.He said"); not after
       initials and abbreviations ("U.S.", "e.g.", "Jr.", "J.R."), in decimals, or in URLs,
       e-mail addresses and domain names.

    Limitations
    -----------
    The rules are English and news-specific. A byline not starting with "By", a dateline in
    lower case without an agency ("Norvik - ") or ending in a colon ("NEW DELHI:"), a caption
    that is an ordinary sentence with no credit, and a teaser without a keyword are kept. A body
    line that happens to begin "Photographs by ..." or to be written in capitals before a dash
    is treated as furniture. A headline followed by a line starting in lower case is joined to
    it. One overlong line (a URL) in a wrapped text hides the wrapping, and the lines stay as
    they are. Glued sentences starting in lower case ("media.he said") are not split. Nothing
    is translated: other languages keep their furniture.

    References
    ----------
    Barbaresi, A. (2021). Trafilatura: A web scraping library and command-line tool for text
    discovery and extraction. *Proceedings of ACL-IJCNLP 2021: System Demonstrations*, 122-131
    (the extraction step that precedes this cleaning for fetched pages).
    """
    raw = _check(text)
    keys = frozenset(furniture.key(line) for line in _boilerplate_iter(boilerplate))
    title_key = furniture.key(title) if isinstance(title, str) and title.strip() else None
    char_edits = _character_edits(raw)
    stage1 = _apply(raw, char_edits)
    line_edits = _line_edits(stage1, keys, title_key)
    changes = _merge(raw, char_edits, line_edits)
    return Cleaned(text=_apply(stage1, line_edits), raw=raw, changes=changes)


def _boilerplate_iter(boilerplate):
    if boilerplate is None:
        return ()
    if isinstance(boilerplate, str):
        raise TypeError("boilerplate must be an iterable of lines, not a single str")
    if isinstance(boilerplate, pd.DataFrame):
        boilerplate = boilerplate["line"]
    return (line for line in boilerplate if isinstance(line, str) and line.strip())


def boilerplate_lines(texts, outlets=None, *, min_articles: int = 3, max_words: int = 40) -> pd.DataFrame:
    """Find lines that an outlet repeats across its articles (footers, promos, disclaimers).

    Parameters
    ----------
    texts : iterable of str
        Article texts (non-str cells are skipped).
    outlets : iterable, optional
        The outlet of each text, in the same order; ``None`` treats all texts as one outlet.
        Texts whose outlet is missing (None or NaN) are skipped: with no outlet, a repeat
        cannot be told from syndication.
    min_articles : int, default 3
        A line is boilerplate when it appears in at least this many articles of one outlet.
    max_words : int, default 40
        Longer lines are never boilerplate (a repeated background paragraph is content).

    Returns
    -------
    pandas.DataFrame
        Columns ``outlet``, ``line`` (as compared: blanks collapsed, case folded), ``articles``
        (the number of articles with the line), ``share`` (of the outlet's articles). Pass the
        rows of one outlet to :func:`clean` as ``boilerplate=``.

    Limitations
    -----------
    An outlet that republishes one story several times (updates, syndication) makes that
    story's short lines look like boilerplate; raise ``min_articles`` for such corpora. Lines
    are compared whole: a footer with a changing date is not found.
    """
    if min_articles < 2:
        raise ValueError("min_articles must be at least 2: a line in one article is not repeated")
    texts = list(texts)
    outlets = [None] * len(texts) if outlets is None else list(outlets)
    if len(outlets) != len(texts):
        raise ValueError(f"texts and outlets differ in length ({len(texts)} and {len(outlets)})")
    counts: dict = {}
    sizes: dict = {}
    whole = all(o is None for o in outlets)
    for text, outlet in zip(texts, outlets):
        missing = outlet is None or (isinstance(outlet, float) and math.isnan(outlet))
        if not isinstance(text, str) or (missing and not whole):
            continue
        outlet = "" if missing else outlet
        sizes[outlet] = sizes.get(outlet, 0) + 1
        keys = {furniture.key(line) for line in unicodedata.normalize("NFC", text).splitlines()}
        for k in keys:
            if k and len(k.split()) <= max_words:
                counts[(outlet, k)] = counts.get((outlet, k), 0) + 1
    rows = [
        {"outlet": None if whole else o, "line": k, "articles": n, "share": n / sizes[o]}
        for (o, k), n in counts.items()
        if n >= min_articles
    ]
    frame = pd.DataFrame(rows, columns=["outlet", "line", "articles", "share"])
    return frame.sort_values(["outlet", "articles"], ascending=[True, False], ignore_index=True)
