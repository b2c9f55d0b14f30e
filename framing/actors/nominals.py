"""Roles from nouns: possessors and demonyms before action nouns, and an action noun's prepositions."""

from __future__ import annotations

import re

from framing.document import Document

from .sentence import (
    _ADV,
    _AUX,
    _CONJ,
    _DET,
    _FUNCTION,
    _ING_NOT_ACTS,
    _NOUN_FORMS,
    _PATIENT_PREPS,
    _PREP_BLOCK,
    _PUNCT,
    _REL,
    _TARGETED,
    _TIME_ADVERBS,
    _TIME_NOUNS,
    _coordinated,
    _mention_start,
    _Sent,
)
from .verbgroups import (
    _assign,
)
from .verbs import guess_verb

_ADJECTIVE_END = re.compile(r"(al|ic|ive|ous|ary|ar|ian|ile|ful|ent|ant)$")


def _genitives(doc: Document, s: _Sent, ms: list) -> None:
    """1. A possessor or demonym before an action noun ("Israel's strike", "Teddy's fumbling")."""
    n = len(s.words)
    for m in ms:
        j = None
        if m.nominal is not None:
            j = m.nominal[0]
        elif s.words[m.t1].endswith("'s") or (m.t1 + 1 < n and s.gaps[m.t1 + 1].startswith("'")):
            k = m.t1 + 1
            if k < n and s.verbs[k] is None and s.owner[k] < 0 and s.words[k].endswith("ing") \
                    and len(s.words[k]) > 6 and s.words[k] not in _ING_NOT_ACTS \
                    and not _PUNCT.search(s.gaps[k]) and "-" not in s.words[k] and not _compound_head_after(s, k):
                # (not a compound adjective or a modifier: "Veltra's long-standing plan", "Corvo's polling numbers")
                # "Teddy's fumbling": a gerund after a possessor is the possessor's act
                _assign(m, "agent", s, k, doc, verb=s.words[k])
                continue
            steps = 0
            while k < n and steps < 3 and s.reading[k] != "noun" and s.owner[k] < 0 and s.verbs[k] is None \
                    and not _PUNCT.search(s.gaps[k]) and s.words[k] not in _PREP_BLOCK \
                    and (s.words[k] not in _CONJ or _ADJECTIVE_END.search(s.words[k - 1])):
                k += 1  # "Kim's nuclear and missile tests"; not "Corvo's wife and campaign manager"
                steps += 1
            if k < n and s.reading[k] == "noun" and not _PUNCT.search(s.gaps[k]) \
                    and not _compound_head_after(s, k):
                j = k
        elif 0 < m.t0 and m.t1 + 1 < n and (s.words[m.t0 - 1] in _DET or _det_conjunct(s, m.t0 - 1)) \
                and s.owner[m.t1 + 1] < 0 \
                and s.gaps[m.t1 + 1] == " " and s.verbs[m.t1 + 1] is not None \
                and any(f in _NOUN_FORMS for f in s.verbs[m.t1 + 1][1]):
            j = m.t1 + 1  # "the Corvo investigation": a name modifying an act is coded like its possessor
        if j is not None and j < n and s.verbs[j] is not None:
            forms = s.verbs[j][1]
            nf = next((f for f in forms if f in _NOUN_FORMS), None)
            if nf == "noun_undergo" and m.nominal is None and j + 1 < n and s.words[j + 1] == "of":
                nf = "noun"  # "Israel's assassination of Haniyeh": the possessor acts on the "of" phrase
            if nf:
                _assign(m, _NOUN_FORMS[nf][0], s, j, doc)
        # "Iran-backed": a mention glued to a participle


def _det_conjunct(s: _Sent, c: int) -> bool:
    """Token c is "and" after a determiner and one or two capitalised words ("the Reyl and [Corvo] arrests")."""
    if c < 2 or s.words[c] not in _CONJ or s.gaps[c] != " ":
        return False
    p = c - 1
    while p >= 0 and c - p <= 2 and s.caps[p] and s.owner[p] < 0 and s.gaps[p + 1] == " ":
        p -= 1
    return 0 <= p < c - 1 and s.words[p] in _DET and s.gaps[p + 1] == " "


def _compound_head_after(s: _Sent, k: int) -> bool:
    """The noun at token k modifies a noun after it ("Rivitz's harassment campaign"): no act of its own."""
    j = k + 1
    if j >= len(s.words) or s.gaps[j] != " " or (s.caps[j] and not s.caps[k]) or s.owner[j] >= 0:
        return False  # (a capitalised head after a capitalised noun: "HALEY'S RESIGNATION LETTER")
    w = s.words[j]
    entry = s.verbs[j] if s.verbs[j] is not None else guess_verb(w)
    if entry is not None and entry[1] & {"s", "past", "pp"}:
        return False  # "Sarkov's murder remains unsolved": a verb may follow the act
    return w.isalpha() and s.reading[j] != "verb" \
        and w not in _FUNCTION and w not in _PREP_BLOCK and w not in _AUX and w not in _CONJ \
        and w not in _DET and w not in _REL and w not in _ADV and w not in _TIME_NOUNS \
        and w not in _TIME_ADVERBS and not w.endswith("ly") and w not in ("last", "this", "next")

# classes of action nouns whose patient a preposition of _PATIENT_PREPS introduces ("a probe into", "support for")
_NOUN_TARGETS = _TARGETED | {"support", "speech"}


def _noun_preps(doc: Document, s: _Sent, ms: list) -> None:
    """2. An action noun and its preposition ("the killing of X by Y", "a strike on X")."""
    n = len(s.words)
    # readings are fixed before the rules run; the object or agent is a mention after the preposition
    for j in [t for t, r in enumerate(s.reading[:max(s.last_owned - 1, 0)]) if r == "noun"]:
        if s.verbs[j] is None:
            continue
        cls, forms, _ = s.verbs[j]
        if j + 1 >= n or _PUNCT.search(s.gaps[j + 1]):
            continue
        prep = s.words[j + 1]
        if prep == "of":
            role = None  # the noun form's role, below
        elif prep == "by":
            role = "agent"
        elif prep in _PATIENT_PREPS and cls in _NOUN_TARGETS:
            role = "patient"
        elif prep == "for" and cls == "support":
            role = "patient"
        else:
            continue  # (most nouns: no preposition of theirs after them)
        nf = next((f for f in forms if f in _NOUN_FORMS), None)
        if nf is None:
            continue
        if prep == "of":
            role = _NOUN_FORMS[nf][1]
        k = _mention_start(s, ms, j + 2)
        if k < 0 and prep == "of":
            # "the firing of the mayor by Reyl": the agent after an object that is no actor
            b = j + 2
            while b < n and b - j <= 6 and s.words[b] != "by" and s.owner[b] < 0 \
                    and not _PUNCT.search(s.gaps[b]):
                b += 1
            if b < n and s.words[b] == "by" and not _PUNCT.search(s.gaps[b]):
                kb = _mention_start(s, ms, b + 1)
                if kb >= 0:
                    for c in _coordinated(s, ms, kb):
                        _assign(ms[c], "agent", s, j, doc)
        if k >= 0:
            group = _coordinated(s, ms, k)
            for c in group:
                _assign(ms[c], role, s, j, doc)
            # "the killing of X by Y": Y is the agent
            b = ms[group[-1]].t1 + 1
            if prep == "of" and b < n and s.words[b] == "by" and not _PUNCT.search(s.gaps[b]):
                kb = _mention_start(s, ms, b + 1)
                if kb >= 0:
                    for c in _coordinated(s, ms, kb):
                        _assign(ms[c], "agent", s, j, doc)
