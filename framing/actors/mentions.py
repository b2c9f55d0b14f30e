"""Mention finding: cast terms matched in the folded text, case rules applied, adjacent matches merged."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from framing.document import Document
from framing.lang.english import (
    ADJECTIVES_BEFORE_PLACES,
    COPULA_FORMS,
    FUNCTION_WORDS,
    NOT_ACTOR_NAMES,
    NUMBER_WORDS,
    OPENERS_NOT_FIRST_NAMES,
    PERSON_TITLES,
    PREPOSITIONS,
    QUANTIFIERS,
    SENTENCE_STARTERS,
    TIME_ADVERBS,
    TIME_NOUNS,
)

from .cast import Cast
from .sentence import title_case

# gap patterns compiled once (the rules test them on token gaps in every sentence)
_SENTENCE_OPENS = re.compile(r"[.!?\"\u201c\u201d]\s*$")

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
    negated: bool = False


def _name_case_ok(text: str, start: int, end: int, term: str) -> bool:
    """The matching rule for names (see the package docstring, *Matching rules*).

    A term written in lower case in the cast ("the resistance") matches in any case; a short
    all-capital term ("US", "IDF") only as written, so the pronoun "us" is never the United States;
    any other term must start with a capital letter in the text, counting from its first letter, so
    "(Hamas)" and "$M" match as written.
    """
    return _surface_case_ok(text[start:end], term)


@lru_cache(maxsize=65_536)
def _surface_case_ok(surface: str, term: str) -> bool:
    """:func:`_name_case_ok` of a matched surface string (a per-string lookup: names repeat)."""
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


def _detect(doc: Document, cast: Cast, verb_nouns=None, verbs=None) -> list:
    """Raw mentions (names, labels, demonym phrases) of a document, merged, in text order."""
    return detect_in(doc.text, doc.folded, cast, verb_nouns, verbs=verbs)


def detect_in(text: str, folded: str, cast: Cast, verb_nouns=None, *, verbs=None) -> list:
    """Raw mentions in ``text`` (``folded`` is its folded copy), merged, in text order.

    ``verbs`` (the role-verb table) keeps a capitalised verb form in a title-case line from joining the
    name after it as its first name ("Chris Christie Calls Hillary Clinton", "Voters Rebuke Corvo").
    """
    terms = cast.terms
    originals = cast.original_terms
    heads = cast._heads_pattern
    found = []
    for start, end, term in cast.find_terms(folded):
        key = " ".join(term.split())
        actor, kind, label, category = terms[key]
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
        if kind in ("name", "institution"):
            h = heads.match(folded, end)
            if h and not folded[end:h.end()].lstrip().startswith(("state ", "side")):
                end = h.end()  # "FBI officials", "Hamas leaders": the actor through its people
        found.append(_M(actor, kind, start, end, label=label, category=category))
    merged = _pin_labels(folded, _merge(found, text, folded, verbs, cast.name_ends, cast.person_surnames))
    return merged + _affiliations(text, folded, cast, merged)


def _headline_verb(text: str, word: str, pos: int, verbs) -> bool:
    """``word`` (folded) at ``pos`` is a verb form of the role-verb table in a title-case line."""
    if verbs is None:
        return False
    entry = verbs.get(word)
    return entry is not None and bool(entry[1] & _VERB_LED_FORMS) and _title_case_line(text, pos)


_VERB_LED_FORMS = frozenset({"s", "base", "past"})
_LINE_WORDS = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _title_case_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a short title-case line: every word of four letters or more (at least
    three of them) starts with a capital ("Chris Christie Calls Hillary Clinton 'A Disgrace'")."""
    lo, hi = max(0, pos - 300), min(len(text), pos + 300)  # bounded: a long line is no title
    a = text.rfind("\n", lo, pos)
    b = text.find("\n", pos, hi)
    if (a < 0 and lo > 0) or (b < 0 and hi < len(text)):
        return False
    a, b = a + 1, (hi if b < 0 else b)
    if b - a > 300:
        return False
    words = _LINE_WORDS.findall(text, a, b)
    return title_case(words, [w[0].isupper() for w in words], minimum=3)


_APPOSITION = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?(?:[\w'\-]+\s+){0,3}$")
_LABEL_FIRST = re.compile(r"\s*,\s*$")
_COPULA = re.compile(r"\s+([\w']+)\s+(?:(?:not|also|still|now)\s+)?(?:(?:a|an|the)\s+)?(?:[\w'\-]+\s+){0,2}$")
_BEFORE_WORDS = re.compile(r"([\w'\-]+)(?=\s)")


def _pin_labels(folded: str, merged: list) -> list:
    """Keep a bare label only where the text ties it to its actor (Issue: labels pinned to the right actor).

    A label joined to a name is that name's ("Hamas leader Ismail Haniyeh"). A bare label is kept
    when an apposition or a copula ties it to a mention of its own actor ("Haniyeh, the Hamas
    leader"; "Haniyeh was a martyr"), and dropped when they tie it to another actor ("Hezbollah,
    an Iran-backed militant group" is not Hamas). Untied, a definite or bare label ("the Zionist
    regime", "the supreme leader") refers to its actor; an indefinite one ("a militant group") or a
    plural after a number or quantifier ("7 martyrs", "other Hamas leaders") names someone else
    and is dropped.
    """
    out = []
    for i, m in enumerate(merged):
        if m.kind != "label":
            out.append(m)
            continue
        nxt = merged[i + 1] if i + 1 < len(merged) else None
        anchor = None
        for prev in [p for p in merged[max(0, i - 2):i] if p.end <= m.start][::-1]:
            gap = folded[prev.end:m.start]
            cop = _COPULA.fullmatch(gap) if len(gap) < 60 else None
            if len(gap) < 60 and (_APPOSITION.fullmatch(gap) or (cop and cop.group(1) in COPULA_FORMS)):
                anchor = prev  # "Hezbollah, an Iran-backed militant group": Hezbollah, past the "Iran" inside
                break
        if anchor is None and nxt is not None and _LABEL_FIRST.fullmatch(folded[m.end:nxt.start]):
            anchor = nxt
        if anchor is not None:
            if anchor.actor == m.actor:
                out.append(m)
            continue
        before = _BEFORE_WORDS.findall(folded[max(0, m.start - 40):m.start].rsplit(".", 1)[-1])
        word = before[-1] if before else ""
        plural = folded[m.start:m.end] != (m.label or "").lower()
        if word in ("a", "an") or (plural and any(w.isdigit() or w in _GROUP_WORDS for w in before[-3:])):
            continue
        out.append(m)
    return out


def _affiliations(text: str, folded: str, cast: Cast, merged: list) -> list:
    """Another actor named inside a label: "Hamas" in "Hamas leader Ismail Haniyeh".

    Affiliations count as mentions of that actor (kind ``'affiliation'``): the text names Hamas,
    so Hamas is mentioned; they never take a role (the leader acts, not the organisation).
    """
    out = []
    for m in merged:
        if m.label is None:
            continue
        for hit in cast.name_pattern.finditer(folded, m.start, m.end):
            key = " ".join(hit.group("term").split())
            actor = cast.terms[key][0]
            start, end = hit.span("term")
            if actor != m.actor and _name_case_ok(text, start, end, cast.original_terms.get(key, key)):
                out.append(_M(actor, "affiliation", start, end))
    return out


_GROUP_WORDS = NUMBER_WORDS | QUANTIFIERS | frozenset({"other", "fellow", "their", "these", "those"})
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


def _merge(found: list, text: str, folded: str, verbs=None, name_ends=frozenset(), surnames=frozenset()) -> list:
    """Merge adjacent matches of one actor: label/title + name, possessive + institution.

    A title or label left unmerged before another capitalised name is dropped (it titles a
    person the cast does not know). So is a one-word name of ``name_ends`` (:attr:`Cast.name_ends`)
    right after another capitalised word inside a sentence: it ends another name ("Central America",
    "George Washington", "Hazem Haniyeh" for a cast that lists "Ismail Haniyeh").
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
    if name_ends:
        kept = [m for m in kept if not _ends_other_name(text, folded, m, name_ends, verbs, surnames)]
    previous_end = 0
    for m in kept:
        if m.kind == "name":
            m.start = _title_start(text, m.start, previous_end, verbs)
        previous_end = m.end
    return kept


def _ends_other_name(text: str, folded: str, m: _M, name_ends: frozenset, verbs, surnames=frozenset()) -> bool:
    """``m`` is a one-word name of ``name_ends`` after a capitalised word that is no title, no sentence or line
    opener and no verb form of ``verbs`` (-s, base, past), in a line that is not in title case: the end of another
    name. A person's surname of ``surnames`` (:attr:`Cast.person_surnames`) after a sentence or line opener that
    reads as a first name (:func:`_reads_as_first_name`) is another person's too ("Hazem Haniyeh was killed")."""
    if m.kind not in ("name", "metonym") or folded[m.start:m.end] not in name_ends:
        return False
    before = _word_before(text, m.start)
    if before is None:
        return False
    written, at, opens = before
    word = written.lower()
    if _is_title(word) or word in NOT_ACTOR_NAMES:
        return False
    if word in ADJECTIVES_BEFORE_PLACES or "'" in word or "\u2019" in word or word.endswith(".") or written.isupper():
        return False  # "Democrat U.S. senators", "Iran's Khamenei", "We're America", "Mr. Netanyahu", "AP Washington"
    if opens and not (folded[m.start:m.end] in surnames and _reads_as_first_name(written, word)):
        return False  # a sentence or line starts with the word: "Yesterday Iran said", "Now Netanyahu"
    if verbs is not None and (entry := verbs.get(word)) is not None and entry[1] & _VERB_LED_FORMS:
        return False  # a capitalised verb ("Voters Rebuke Corvo", "Make America Great Again")
    return not _title_case_line(text, at)


_NOT_FIRST_NAMES = (
    FUNCTION_WORDS | PREPOSITIONS | TIME_ADVERBS | TIME_NOUNS | NOT_ACTOR_NAMES | OPENERS_NOT_FIRST_NAMES
    | SENTENCE_STARTERS
)


def _reads_as_first_name(written: str, word: str) -> bool:
    """A capitalised word (``word``: lower-cased) that may be a first name: letters only, in title case, none of
    the English words that open sentences (:data:`_NOT_FIRST_NAMES`), no adverb in -ly, no participle in -ing or
    -ed ("Injecting Clinton's troubles into"). Conservative: a first name that is also such a word ("Will", "So",
    "Ted") is not read as one."""
    return (
        written.isalpha() and written[1:].islower() and word not in _NOT_FIRST_NAMES
        and not word.endswith(("ly", "ing", "ed"))
    )


_WORD_BEFORE = re.compile(r"([A-Z][\w'\-]*\.?)[^\S\n\r]+$")


def _title_start(text: str, start: int, floor: int, verbs=None) -> int:
    """Where a name's mention starts once the titles before it join it ("President Barack Obama").

    A person title of :data:`framing.lang.english.PERSON_TITLES` written with a capital joins the
    name (the role is the named person's, "Secretary Zinke"); so does one capitalised first name
    inside a sentence ("Vladimir Putin" for a cast that lists "Putin"), unless ``verbs`` (the role-verb
    table) knows it as an -s, base or past form and the line is in title case ("Voters Rebuke Corvo",
    "Chris Christie Calls Hillary Clinton": the verb is no first name).
    """
    first_name = True
    for _ in range(4):
        before = _word_before(text, start, floor)
        if before is None:
            break
        written, at, opens = before
        word = written.lower()
        if _is_title(word):
            start, first_name = at, False
            continue
        if first_name and not opens and word not in NOT_ACTOR_NAMES and not word.endswith(("'s", ".")) \
                and not _headline_verb(text, word, at, verbs):
            start, first_name = at, False
            continue
        break
    return start


def _word_before(text: str, start: int, floor: int = 0):
    """The capitalised word right before ``start`` on its line, starting at ``floor`` or later: (the word as
    written, its start, whether it opens a sentence or line), or None."""
    m = _WORD_BEFORE.search(text, max(floor, start - 40), start)
    if m is None or m.start(1) < floor:
        return None
    at = m.start(1)
    opens = at == 0 or text[at - 1] == "\n" or _SENTENCE_OPENS.search(text[max(0, at - 3):at]) is not None
    return m.group(1), at, opens


def _is_title(word: str) -> bool:
    """A person title (lower-cased, with or without its full stop: "president", "sen.")."""
    return word in PERSON_TITLES or word.rstrip(".") in PERSON_TITLES

