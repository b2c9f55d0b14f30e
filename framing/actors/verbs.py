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

import re
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
    NOMINALS_NOT_ACTS,
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
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) >= 4:
        if word.endswith("oes"):
            return word[:-2]  # "goes" -> go, "vetoes" -> veto
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
    undoubled = _undouble(stem)
    if undoubled is not None:
        return undoubled  # planned -> plan, cancelled -> cancel
    if _CVC.match(stem):
        return stem + "e"  # fined -> fine
    if stem.endswith(_E_STEMS) and not stem.endswith("oot"):
        return stem + "e"  # violated -> violate, exchanged -> exchange
    return stem


_VOWELS = re.compile(r"[aeiouy]+")
# prefixes a hyphen joins to a verb ("re-elected", "under-performing", "co-sponsored", "out-raised")
_VERB_PREFIXES = frozenset({"re", "under", "over", "out", "co", "mis", "pre", "counter", "cross", "double", "up"})
_ALL_KEPT = ("stall", "thrall", "fall", "call", "wall")
# one syllable, one short vowel letter, one final consonant: a silent e was dropped before -ed
# ("fined" -> fine, "ruled" -> rule); a stem that kept its e would have doubled ("planned" -> plan)
_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def _undouble(stem: str) -> str | None:
    """The stem without a doubled final consonant ("plann" -> plan), or None if it has none.

    A doubled *l* is undone only after two syllables or after a known verb ("cancell" -> cancel,
    "travell" -> travel, "labell" -> label, "controll" -> control), never in a one-syllable stem
    ("call", "kill", "spell") or in *-all* ("install", "forestall"); other doubled letters s, f, z
    and vowels are part of the stem ("pass", "staff", "buzz", "agree").
    """
    if len(stem) <= 2 or stem[-1] != stem[-2]:
        return None
    if stem[-1] == "l":
        if stem in _KNOWN:
            return None
        if stem[:-1] in _KNOWN:
            return stem[:-1]
        if stem.endswith(_ALL_KEPT) or len(_VOWELS.findall(stem[:-2])) < 2:
            return None
        return stem[:-1]
    if stem[-1] in "sfzaeiou":
        return None
    return stem[:-1]


def _ing_lemma(word: str) -> str:
    """Base form of an unknown -ing form ("stripping" -> strip, "villainizing" -> villainize)."""
    stem = word[:-3]
    undoubled = _undouble(stem)
    if undoubled is not None:
        return undoubled
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


def _first_known(*candidates: str) -> str:
    """The first candidate that is a known verb, else the last one."""
    return next((c for c in candidates if c in _KNOWN), candidates[-1])


def nominal_stem(word: str) -> str | None:
    """The verb an action noun in -ion, -ment, -ance or -ence comes from, or None ("assertions" -> assert,
    "cancellation" -> cancel, "justification" -> justify, "abandonment" -> abandon, "prosecution" ->
    prosecute, "invasion" -> invade, "disappearance" -> disappear: -ance and -ence only from a verb of the
    closed tables, with or without "dis"). Nouns in :data:`NOMINALS_NOT_ACTS` ("nation", "government")
    and words shorter than seven letters are none; the verb need not be in any table."""
    if len(word) < 7 or not word.isalpha() or word in NOMINALS_NOT_ACTS:
        return None
    w = word[:-1] if word.endswith("s") else word
    if w.endswith("ment"):
        stem = w[:-4]
        return _first_known(stem, stem + "e", stem) if len(stem) >= 4 else None
    if w.endswith(("ance", "ence")):
        # "disappearance", "performance", "resistance": only from a known verb (not "balance", "evidence")
        stem = w[:-4]
        for c in (stem, stem + "e", stem[3:] if stem.startswith("dis") else ""):
            if c in _KNOWN:
                return stem if c == stem[3:] else c
        return None
    if not w.endswith("ion") or len(w) < 7:
        return None
    if w.endswith("ication"):
        return w[:-7] + "y"  # justification -> justify
    if w.endswith(("ization", "isation")):
        return w[:-5] + "e"  # authorization -> authorize
    if w.endswith("ation"):
        stem = w[:-5]
        undoubled = _undouble(stem)
        guess = stem + "e" if stem.endswith(("s", "z", "r", "v", "c")) else stem + "ate"
        return _first_known(stem, stem + "e", undoubled or stem, guess)  # confirmation, accusation, violation
    if w.endswith("ution"):
        return w[:-3] + "e"  # prosecution -> prosecute
    if w.endswith("ition"):
        return _first_known(w[:-5] + "ite", w[:-5] + "e")  # opposition -> oppose, competition -> compete
    if w.endswith("ssion"):
        return w[:-5] + "t" if w[:-5].endswith("mi") else w[:-3]  # admission -> admit, discussion -> discuss
    if w.endswith("sion"):
        stem = w[:-4]
        guess = stem + "d" if stem.endswith("n") else stem + "t" if stem.endswith("r") else stem + "de"
        return _first_known(stem + "d", stem + "t", stem + "de", guess)  # suspension, conversion, invasion
    if w.endswith("tion"):
        return _first_known(w[:-3] + "e", w[:-3])  # assertion -> assert, rejection -> reject
    return None


@lru_cache(maxsize=200_000)
def guess_verb(word: str):
    """``(class, forms, lemma)`` for a verb form outside the lexicon, or None (not a verb form)."""
    prefix, hyphen, rest = word.partition("-")
    if hyphen and prefix in _VERB_PREFIXES and rest.isalpha():
        inner = guess_verb(rest)  # "re-elected", "under-performing": the verb after the prefix
        return None if inner is None else (inner[0], inner[1], prefix + "-" + inner[2])
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
    elif not forms:
        stem = nominal_stem(word)
        if stem is not None:
            forms.add("noun")  # "Corvo's assertions", "the abandonment of Corvo": any -ion or -ment of a verb
            lemma = stem
    if forms & {"noun", "noun_act", "noun_undergo"} and lemma is None and word.endswith("s") \
            and word[:-1] in _EVENTS:
        lemma = word[:-1]
    if not forms:
        return None
    lemma = lemma or word
    return ("copula" if lemma in COPULAS else "other", frozenset(forms), lemma)
