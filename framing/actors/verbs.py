"""Verbs without a tagger: the role_verbs lexicon, plus a guess for any other English verb form.

A role must not depend on the verb being in a list ("Khamenei gave the order", "Iran made its
biggest attack"): the lexicon adds a category (violence, speech...), and any other verb form is
recognised from the closed tables of :mod:`framing.lang.english` (irregular verbs, frequent verbs)
and from a regular ending (-ed, -s, -ing of a known stem; -ed and -ing of any word). A guessed verb has the
class ``'other'`` (``'copula'`` for *become*, *seem*, *remain*, *appear*). Whether a guessed form
is read as a verb in a sentence is decided by the context rules of :mod:`framing.actors.sentence`
(a base form only after *to*, a modal or a plural pronoun; an -s form only after its subject).
"""

from __future__ import annotations

import weakref
from functools import lru_cache

from framing.lang.english import (
    AUXILIARIES,
    COMMON_VERBS,
    COPULAS,
    DO,
    EVENT_NOUNS,
    EVENT_NOUNS_ACT,
    EVENT_NOUNS_UNDERGO,
    GET,
    HAVE,
    ING_NOT_ACTS,
    IRREGULAR_VERBS,
    NEGATED_AUXILIARIES,
    PREPOSITIONS,
)

# forms handled by the auxiliary rules, never guessed as main verbs here; prepositions in -ing
# ("including", "during") are no verbs either
_NOT_GUESSED = AUXILIARIES | HAVE | DO | GET | NEGATED_AUXILIARIES | PREPOSITIONS
# words ending in -ed that are not verb forms
_ED_NOT_VERBS = frozenset(
    "hundred kindred sacred naked wicked beloved rugged ragged crooked bed red shed famed fabled vaunted storied "
    "talented bearded".split()
)


def _irregular() -> tuple[dict, dict]:
    base, forms = {}, {}
    for b, past, pp in IRREGULAR_VERBS:
        base[b] = b
        forms.setdefault(b, set()).add("base")
        forms.setdefault(past, set()).add("past")
        forms.setdefault(pp, set()).add("pp")
        base[past] = b
        base[pp] = b
    return base, {k: frozenset(v) for k, v in forms.items()}


_IRREGULAR_BASE, _IRREGULAR_FORMS = _irregular()
_EVENTS = EVENT_NOUNS | EVENT_NOUNS_ACT | EVENT_NOUNS_UNDERGO
_KNOWN = COMMON_VERBS | frozenset(_IRREGULAR_BASE.values())


def is_known_verb(lemma: str) -> bool:
    """The lemma is a verb of the closed tables (frequent or irregular), not a guess from an ending."""
    return lemma in _KNOWN


_TABLES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def verb_table(lex) -> dict:
    """The role_verbs lexicon as ``{form: (class, forms, lemma)}`` (category ``class:forms:lemma``).

    Built once per Lexicon object (the shipped lexicon is one cached object).
    """
    try:
        return _TABLES[lex]
    except (KeyError, TypeError):
        pass
    table = _build_table(lex)
    try:
        _TABLES[lex] = table
    except TypeError:  # a lexicon-like object that cannot be weakly referenced
        pass
    return table


def _build_table(lex) -> dict:
    table = {}
    for e in lex.entries:
        parts = e.category.split(":")
        cls = parts[0]
        forms = frozenset(parts[1].split("+")) if len(parts) > 1 else frozenset({"base"})
        lemma = parts[2] if len(parts) > 2 and parts[2] else e.term
        table[e.term] = (cls, forms, lemma)
    return table


_E_STEMS = (
    "at", "iz", "is", "uc", "ang", "eng", "ar", "iv", "ov", "ud", "ur", "ir", "os", "us", "rg", "rad", "ot"
)


def guess_lemma(word: str) -> str:
    """Base form of a verb the tables do not know (regular -ed forms only; others as written)."""
    if word in _IRREGULAR_BASE:
        return _IRREGULAR_BASE[word]
    if word in HAVE:
        return "have"
    if word in DO:
        return "do"
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4:
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith(("ches", "shes", "xes", "zes")):
            return word[:-2]
        return word[:-1]  # "doubles" -> double
    if not word.endswith("ed") or len(word) < 5:
        return word
    stem = word[:-2]
    if stem in _KNOWN:
        return stem
    if stem + "e" in _KNOWN:
        return stem + "e"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfzaeiou":
        return stem[:-1]  # planned -> plan
    if stem.endswith(_E_STEMS) and not stem.endswith("oot"):
        return stem + "e"  # violated -> violate, exchanged -> exchange
    return stem


def _ing_lemma(word: str) -> str:
    """Base form of an unknown -ing form ("stripping" -> strip, "villainizing" -> villainize)."""
    stem = word[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfzaeiou":
        return stem[:-1]
    if stem.endswith(_E_STEMS + ("bl", "tl", "gl", "kl", "dl", "pl", "zl")) and not stem.endswith("oot"):
        return stem + "e"
    return stem


def _stem_of(word: str, suffix: str) -> str | None:
    """The known verb a suffixed form comes from ("says" -> say, "tries" -> try, "hoping" -> hope)."""
    if not word.endswith(suffix) or len(word) <= len(suffix) + 1:
        return None
    stem = word[: -len(suffix)]
    candidates = [stem]
    if suffix == "s":
        if stem.endswith("ie"):
            candidates.append(stem[:-2] + "y")
        if stem.endswith("e"):
            candidates.append(stem[:-1])  # "pushes" -> push
    elif suffix == "ing":
        candidates += [stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem]
    return next((c for c in candidates if c in _KNOWN), None)


@lru_cache(maxsize=200_000)
def guess_verb(word: str):
    """``(class, forms, lemma)`` for a verb form outside the lexicon, or None (not a verb form)."""
    if word.startswith("re-") and word[3:].isalpha():
        inner = guess_verb(word[3:])  # "re-elected", "re-open": the verb after the prefix
        return None if inner is None else (inner[0], inner[1], "re-" + inner[2])
    if not word.isalpha() or word in _NOT_GUESSED:
        return None
    forms: set = set(_IRREGULAR_FORMS.get(word, ()))
    lemma = _IRREGULAR_BASE.get(word)
    if word in COMMON_VERBS:
        forms.add("base")
        lemma = word
    for suffix, form in (("s", "s"), ("ing", "ing")):
        stem = _stem_of(word, suffix)
        if stem is not None:
            forms.add(form)
            lemma = lemma or stem
    if not forms and word.endswith("ing") and len(word) >= 7 and word not in ING_NOT_ACTS and word not in _EVENTS:
        forms.add("ing")  # the -ing form of a verb no table knows: "villainizing", "stripping"
        lemma = _ing_lemma(word)
    if word.endswith("ed") and (len(word) >= 5 or word[:-1] in _KNOWN) and word not in _ED_NOT_VERBS:
        forms |= {"past", "pp"}
        lemma = lemma or (word[:-1] if len(word) < 5 else guess_lemma(word))  # "lied", "died"
    if word in EVENT_NOUNS_UNDERGO:
        forms.add("noun_undergo")  # "Kavanaugh's nomination", "the trial of Mr. Pistorius"
    elif ("ing" in forms and word not in ING_NOT_ACTS) or word in EVENT_NOUNS:
        forms.add("noun")  # "Teddy's fumbling", "Snowden's leaks"
    elif word in EVENT_NOUNS_ACT:
        forms.add("noun_act")  # "the remarks of the senator": the senator remarks
    if forms & {"noun", "noun_act", "noun_undergo"} and lemma is None and word.endswith("s") \
            and word[:-1] in _EVENTS:
        lemma = word[:-1]
    if not forms:
        return None
    lemma = lemma or word
    return ("copula" if lemma in COPULAS else "other", frozenset(forms), lemma)
