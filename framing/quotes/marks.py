"""Quotation marks and the spans they enclose.

Curly marks say which way they face; a straight ``"`` opens after a space, a
paragraph start or an opening bracket and closes otherwise. A quote left open at
the end of a paragraph continues when the next paragraph starts with an opening
mark of the same kind, straight or not (a multi-paragraph quote: one quote); otherwise it is capped at the
paragraph end, so an unbalanced mark never swallows the rest of the text. Single
quotes (headlines, scare quotes) count only outside double quotes, must open
before a word and close after one, and an apostrophe between letters (Iran's) or
after a plural (the Guards') never opens a quote; nested single quotes inside
double quotes stay inside.
"""

from __future__ import annotations

import bisect
import re

from framing.lang import english as en

__all__ = ["marked_spans", "cover"]

# Double marks: curly, straight, guillemets, German low-9 opening mark, and doubled apostrophes or
# backticks ('' ... '' and `` ... '' as typewriter and wire copy write them).
# (written as literals only, in the same order: re then scans for their first characters in C)
_DOUBLE = re.compile("''|``|\"|\u201c|\u201d|\u00ab|\u00bb|\u201e")
_SINGLE = re.compile("['\u2018\u2019]")
_OPENERS = "\u201c\u00ab\u201e`"
_CLOSERS = "\u201d\u00bb"
_BEFORE_OPEN = " \t\n\r([{\u2014\u2013-/\u00a0"
_DECADE = re.compile(r"\d0?s\b")
_ELIDED = re.compile(r"[A-Za-z]+")


def _double_direction(text: str, pos: int, para_start: int, width: int = 1) -> str:
    """'open', 'close' or 'either' for the double quotation mark at ``pos`` (``width`` characters)."""
    ch = text[pos]
    if ch in _OPENERS:
        return "open"
    if ch in _CLOSERS:
        return "close"
    before = text[pos - 1] if pos > para_start else " "
    after = text[pos + width] if pos + width < len(text) else " "
    if before in _BEFORE_OPEN or before in "\u2018'":
        return "either" if after.isspace() else "open"
    return "close"


def marked_spans(doc) -> list[tuple[int, int, int, int | None]]:
    """``(content_start, content_end, open_mark, close_mark or None)`` of every quote between marks."""
    text = doc.text
    paragraphs = doc.paragraphs
    found = list(_DOUBLE.finditer(text))
    marks = [m.start() for m in found]
    width = {m.start(): m.end() - m.start() for m in found if m.end() - m.start() > 1}
    spans: list[tuple[int, int, int, int | None]] = []
    k = 0
    open_at = None  # position of the opening mark of the current quote
    for pi, (ps, pe) in enumerate(paragraphs):
        while k < len(marks) and marks[k] < ps:
            k += 1
        skip_first = False
        if open_at is not None:
            # A quote left open: it continues only if this paragraph opens with a mark, of the same kind (a
            # straight mark left open before a paragraph that opens with a curly mark was a stray one)
            if (
                k < len(marks)
                and marks[k] == ps
                and _double_direction(text, ps, ps) != "close"
                and (text[ps] == '"') == (text[open_at] == '"')
            ):
                skip_first = True
            else:
                prev_end = paragraphs[pi - 1][1]
                spans.append((open_at + width.get(open_at, 1), prev_end, open_at, None))
                open_at = None
        while k < len(marks) and marks[k] < pe:
            pos = marks[k]
            k += 1
            if skip_first:
                skip_first = False
                continue
            w = width.get(pos, 1)
            direction = _double_direction(text, pos, ps, w)
            if open_at is None:
                if direction != "close":
                    open_at = pos
            elif text[open_at] == "\u201e" and text[pos] == "\u201c":
                # German: \u201e opens and \u201c closes
                spans.append((open_at + 1, pos, open_at, pos))
                open_at = None
            elif direction == "open" and text[pos] in _OPENERS:
                # A new explicit opening mark: the previous quote was never closed.
                end = pos
                while end > open_at + 1 and text[end - 1].isspace():
                    end -= 1
                spans.append((open_at + width.get(open_at, 1), end, open_at, None))
                open_at = pos
            else:
                # the close mark is recorded by its last character, so that close + 1 is its end
                spans.append((open_at + width.get(open_at, 1), pos, open_at, pos + w - 1))
                open_at = None
        if open_at is not None and pi == len(paragraphs) - 1:
            spans.append((open_at + width.get(open_at, 1), pe, open_at, None))
            open_at = None
    spans = [s for s in spans if s[1] > s[0] and text[s[0] : s[1]].strip()]
    spans.extend(_single_spans(doc, spans))
    spans.sort()
    return spans


def _single_spans(doc, doubles) -> list[tuple[int, int, int, int]]:
    """Single-quoted quotes outside double quotes, within one paragraph."""
    text = doc.text
    covered_starts = [s[2] for s in doubles]
    covered_ends = [(s[3] if s[3] is not None else s[1]) for s in doubles]
    out = []
    open_at = None
    para_ends = [e for _, e in doc.paragraphs]
    for m in _SINGLE.finditer(text):
        pos = m.start()
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + 1] if pos + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            # apostrophe: Iran's, don't (tested first: most marks are; the reset of open_at below is
            # then made at the next mark, with the same outcome)
            continue
        i = bisect.bisect_right(covered_starts, pos) - 1
        if i >= 0 and pos <= covered_ends[i]:
            continue  # nested inside a double quote
        if open_at is not None:
            para = bisect.bisect_left(para_ends, open_at)
            if para < len(para_ends) and pos > para_ends[para] or pos - open_at > 300:
                open_at = None
        if before in "'\u2019" or after in "'\u2019":
            continue  # a doubled apostrophe is a double mark
        elision = _ELIDED.match(text, pos + 1)
        if elision and elision.group().lower() in en.QUOTE_ELISIONS:
            continue  # 'tis, 'em: an apostrophe, never an opening mark
        can_open = (before in _BEFORE_OPEN or before in '"\u201c' or pos == 0) and after.isalnum()
        if can_open and text[pos] != "\u2019" and not _DECADE.match(text, pos + 1, pos + 4):
            if open_at is None:
                open_at = pos
            continue
        can_close = not before.isspace() and (not after.isalnum())
        if can_close and open_at is not None and text[pos] != "\u2018":
            if text[open_at + 1 : pos].strip():
                out.append((open_at + 1, pos, open_at, pos))
            open_at = None
    return out


def cover(starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    """Merge overlapping (start, end) intervals (inputs sorted by start)."""
    cs: list[int] = []
    ce: list[int] = []
    for s, e in sorted(zip(starts, ends)):
        if cs and s <= ce[-1]:
            ce[-1] = max(ce[-1], e)
        else:
            cs.append(s)
            ce.append(e)
    return cs, ce
