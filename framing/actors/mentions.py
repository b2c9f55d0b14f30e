"""Mention finding: cast terms matched in the folded text, case rules applied, adjacent matches merged."""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing.document import Document

from .cast import Cast, _strip_the

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
    surface = text[start:end]
    core = surface[4:] if surface[:4].lower() == "the " else surface
    if not core:
        return False
    original = term
    if original.isupper() and len(original.replace(".", "")) <= 5:
        return core == original or core.upper() == core and core.replace(".", "") == original.replace(".", "")
    return core[0].isupper()


def _detect(doc: Document, cast: Cast, verb_nouns=None) -> list:
    """Raw mentions (names, labels, demonym phrases), merged, in text order."""
    text, folded = doc.text, doc.folded
    terms = cast.terms
    originals = _original_terms(cast)
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
    return _merge(found, folded)


def _original_terms(cast: Cast) -> dict:
    out = {}
    for a in cast.actors:
        for t in (_strip_the(a.name), *a.aliases, *a.titles, *a.institutions, *a.metonyms, *a.demonyms):
            out[" ".join(t.lower().split())] = _strip_the(t)
    return out


_NEXT_NOUN = re.compile(r"\s+([a-z]+(?:\s+strikes?)?)(?![\w])")
_NEXT_NOUN2 = re.compile(r"\s+[a-z]+\s+([a-z]+(?:\s+strikes?)?)(?![\w])")
_JOIN = re.compile(r"\s+|'s\s+|'\s+")


def _merge(found: list, folded: str) -> list:
    """Merge adjacent matches of one actor: label/title + name, possessive + institution."""
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
    return [m for m in out if m.actor is not None]  # a shared title alone names nobody

