"""Mention finding: cast terms matched in the folded text, case rules applied, adjacent matches merged."""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing.document import Document
from framing.lang.english import NOT_ACTOR_NAMES, PERSON_TITLES

from .cast import Cast

_NAME_KINDS = frozenset({"name", "title", "institution", "metonym", "demonym"})


@dataclass
class _M:
    """A mention under construction."""

    actor: str
    kind: str
    start: int
    end: int
    label: str | None = None
    category: str | None = None
    nominal: tuple | None = None  # (verb token index) for a demonym before an action noun
    role: str | None = None
    verb: str | None = None
    verb_span: tuple | None = None
    t0: int = -1
    t1: int = -1


def _name_case_ok(text: str, start: int, end: int, term: str) -> bool:
    """The matching rule for names (see the package docstring, *Matching rules*).

    A term written in lower case in the cast ("the resistance") matches in any case; a short
    all-capital term ("US", "IDF") only as written, so the pronoun "us" is never the United States;
    any other term must start with a capital letter in the text, counting from its first letter, so
    "(Hamas)" and "$M" match as written.
    """
    surface = text[start:end]
    core = surface[4:] if surface[:4].lower() == "the " else surface
    if not core:
        return False
    original = term
    if not any(c.isupper() for c in original):
        return True
    if original.isupper() and len(original.replace(".", "")) <= 5:
        return core == original or core.upper() == core and core.replace(".", "") == original.replace(".", "")
    first = next((c for c in core if c.isalpha()), None)
    return first is None or first.isupper()


# the same-length folding of framing.read for a short free string (a quote's speaker)
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def fold(text: str) -> str:
    """``text`` folded as :func:`framing.read` folds it (same length), for matching a short string."""
    folded = text.translate(_FOLD).lower()
    if len(folded) != len(text):
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_FOLD))
    return folded


def _detect(doc: Document, cast: Cast, verb_nouns=None) -> list:
    """Raw mentions (names, labels, demonym phrases) of a document, merged, in text order."""
    return detect_in(doc.text, doc.folded, cast, verb_nouns)


def detect_in(text: str, folded: str, cast: Cast, verb_nouns=None) -> list:
    """Raw mentions in ``text`` (``folded`` is its folded copy), merged, in text order."""
    terms = cast.terms
    originals = cast.original_terms
    heads = cast._heads_pattern
    found = []
    for m in cast.pattern.finditer(folded):
        key = " ".join(m.group("term").split())
        actor, kind, label, category = terms[key]
        start, end = m.span("term")
        if actor is None and kind != "title":
            continue
        if kind in _NAME_KINDS and not _name_case_ok(text, start, end, originals.get(key, key)):
            continue
        if kind == "demonym":
            h = heads.match(folded, end)
            if h:
                found.append(_M(actor, "demonym", start, h.end()))
                continue
            if verb_nouns is not None:
                for pattern in (_NEXT_NOUN, _NEXT_NOUN2):
                    nxt = pattern.match(folded, end, end + 50)
                    if nxt and " ".join(nxt.group(1).split()) in verb_nouns:
                        found.append(_M(actor, "demonym", start, end, nominal=(nxt.start(1),)))
                        break
            continue
        found.append(_M(actor, kind, start, end, label=label, category=category))
    return _merge(found, text, folded)


_NEXT_NOUN = re.compile(r"\s+([a-z]+(?:\s+strikes?)?)(?![\w])")
_NEXT_NOUN2 = re.compile(r"\s+[a-z]+\s+([a-z]+(?:\s+strikes?)?)(?![\w])")
_JOIN = re.compile(r"\s+|'s\s+|'\s+")


_NEXT_NAME = re.compile(r"[^\S\n\r]+([A-Z][\w'\-]*)")


def _before_other_name(text: str, m: _M, starts: set) -> bool:
    """A bare title or label right before a capitalised name it was not merged with: the title of
    someone else ("Prime Minister Edvin Saral" is not the cast's prime minister)."""
    nxt = _NEXT_NAME.match(text, m.end)
    return (
        bool(nxt) and nxt.start(1) not in starts  # "the armed group Sarkov led": Sarkov is in the cast
        and nxt.group(1).lower() not in NOT_ACTOR_NAMES and not nxt.group(1).isupper()
    )


def _merge(found: list, text: str, folded: str) -> list:
    """Merge adjacent matches of one actor: label/title + name, possessive + institution.

    A title or label left unmerged before another capitalised name is dropped (it titles a
    person the cast does not know).
    """
    out: list = []
    for m in found:
        if out:
            prev = out[-1]
            gap = folded[prev.end:m.start]
            if (
                (prev.actor == m.actor or (prev.actor is None and m.actor is not None))
                and _JOIN.fullmatch(gap or " ")
                and gap != ""
                and m.kind in ("name", "title", "institution")
                and prev.kind in ("label", "title", "name", "institution")
                and not (gap.strip().startswith("'") and m.kind != "institution")
                and prev.nominal is None
            ):
                merged = _M(m.actor, "name", prev.start, m.end, label=prev.label or m.label,
                            category=prev.category or m.category)
                out[-1] = merged
                continue
        out.append(m)
    # a shared title alone names nobody; a bare title before another name names that other person
    starts = {m.start for m in found}
    kept = [
        m for m in out
        if m.actor is not None and not (m.kind in ("title", "label") and _before_other_name(text, m, starts))
    ]
    previous_end = 0
    for m in kept:
        if m.kind == "name":
            m.start = _title_start(text, m.start, previous_end)
        previous_end = m.end
    return kept


_WORD_BEFORE = re.compile(r"([A-Z][\w'\-]*\.?)[^\S\n\r]+$")


def _title_start(text: str, start: int, floor: int) -> int:
    """Where a name's mention starts once the titles before it join it ("President Barack Obama").

    A person title of :data:`framing.lang.english.PERSON_TITLES` written with a capital joins the
    name (the role is the named person's, "Secretary Zinke"); so does one capitalised first name
    inside a sentence ("Vladimir Putin" for a cast that lists "Putin").
    """
    first_name = True
    for _ in range(4):
        m = _WORD_BEFORE.search(text, max(floor, start - 40), start)
        if m is None or m.start(1) < floor:
            break
        word = m.group(1).lower()
        if word in PERSON_TITLES or word.rstrip(".") in PERSON_TITLES:
            start, first_name = m.start(1), False
            continue
        line_start = m.start(1) == 0 or text[m.start(1) - 1] == "\n"
        opens = line_start or re.search(r"[.!?\"\u201c\u201d]\s*$", text[max(0, m.start(1) - 3):m.start(1)])
        if first_name and not opens and word not in NOT_ACTOR_NAMES and not word.endswith(("'s", ".")):
            start, first_name = m.start(1), False
            continue
        break
    return start

