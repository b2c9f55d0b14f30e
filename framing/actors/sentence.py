"""A sentence as the role rules see it: words, verb readings and noun-phrase helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from framing.actors.verbs import is_known_verb
from framing.lang.english import (
    CLAUSE_VERBS,
    COORDINATORS,
    DO,
    GET,
    GROUP_ADVERBS,
    HAVE,
    ING_NOT_ACTS,
    NEGATED_AUXILIARIES,
    NEGATORS,
    NOT_ACTOR_NAMES,
    NOT_MODIFIERS,
    PARENTHESIS_OPENERS,
    PARTICLES,
    PASSIVE_AUXILIARIES,
    PATIENT_PHRASES,
    PERSON_TITLES,
    PLACE_PREPOSITIONS,
    RAISING_VERBS,
    RAISING_WORDS,
    ROLE_AUXILIARIES,
    ROLE_DETERMINERS,
    ROLE_NOUNS,
    ROLE_PREPOSITIONS,
    ROLE_RELATIVES,
    TARGET_PREPOSITIONS,
    TIME_ADVERBS,
    TIME_NOUNS,
    TO_AFTER,
    VERB_OPENERS,
)

# gap patterns compiled once (the rules test them on token gaps in every sentence)
_BREAK = re.compile(r"[,;:\"]")

# punctuation that ends a phrase (compiled once: the rules test it on every token gap)
_PUNCT = re.compile(r"[,;:\"()]")
# category names of the role_verbs lexicon (the schema, not English words)
_SPEECH_LIKE = frozenset({"speech", "cognition", "decision"})
_VERB_FORMS = frozenset({"base", "s", "past", "pp", "ing"})
# noun form -> (role of the possessor / demonym, role of "of X")
_NOUN_FORMS = {
    "noun": ("agent", "patient"),
    "noun_undergo": ("patient", "patient"),
    "noun_act": ("agent", "agent"),
}
_TARGETED = frozenset({"violence", "coercion", "accusation"})
_AUX = ROLE_AUXILIARIES | NEGATED_AUXILIARIES
_BE = PASSIVE_AUXILIARIES
_ADV = GROUP_ADVERBS
_MODALS = VERB_OPENERS
_RAISING = RAISING_WORDS
_FUNCTION = NOT_MODIFIERS
_TO_AFTER = TO_AFTER
_DET = ROLE_DETERMINERS
_PREP_BLOCK = ROLE_PREPOSITIONS
_PLACE_PREP = PLACE_PREPOSITIONS
_REL = ROLE_RELATIVES
_PARTICLES = PARTICLES
_PAREN_START = PARENTHESIS_OPENERS
_CONJ = COORDINATORS
_PATIENT_PREPS = TARGET_PREPOSITIONS
_NO_OBJECT = CLAUSE_VERBS
# subjects after which an -s or a base form outside the lexicon is read as a verb
_S_SUBJECTS = frozenset({"he", "she", "it", "who", "which", "that"})
_NEGATORS = NEGATORS - {"no", "none", "nobody", "nothing", "nowhere", "nor"}
_MAIN_AUX = (HAVE | DO | GET) - frozenset({"'d", "'ve", "done"})
_TIME_ADVERBS = TIME_ADVERBS
_TIME_NOUNS = TIME_NOUNS
_BASE_SUBJECTS = frozenset({"i", "you", "we", "they", "who", "which", "that"})
_RAISING_VERBS = RAISING_VERBS
_ING_NOT_ACTS = ING_NOT_ACTS
_TITLES = PERSON_TITLES | ROLE_NOUNS
# a party and state tag after a US politician's name: "McCain, R-Ariz.," "Pelosi (D-Calif.)"
_PARTY_TAG = re.compile(r"^[rdi]-[a-z.]+$")
# first word of a patient phrase -> the words that must follow it
_PHRASES: dict = {}
for _phrase in PATIENT_PHRASES:
    _PHRASES.setdefault(_phrase[0], []).append(tuple(_phrase[1:]))


@lru_cache(maxsize=100_000)
def _phrase_tails(word: str) -> tuple:
    """The tails of the patient phrases whose first word is ``word`` or its base form ("lashed" -> lash)."""
    tails = _PHRASES.get(word)
    if tails:
        return tuple(tails)
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
                if cand in _PHRASES:
                    return tuple(_PHRASES[cand])
    return ()



def title_case(words, capitalised, *, minimum: int) -> bool:
    """Headline capitalisation: every word of four letters or more is capitalised, and there are ``minimum``.

    ``words`` are the words (any case) and ``capitalised`` whether each starts with a capital.
    """
    long = [c for w, c in zip(words, capitalised) if len(w) > 3 and w.isalpha()]
    return len(long) >= minimum and all(long)

@dataclass
class _Sent:
    words: list  # folded word tokens of the sentence
    gaps: list  # folded text before each token (from the previous token's end)
    caps: list  # token starts with a capital letter
    t_start: int  # index of the first token in the document
    verbs: list  # per token: (class, forms frozenset, lemma) or None
    reading: list  # per token: 'verb', 'noun' or None
    owner: list  # per token: index into mentions or -1
    opening: list  # per token: an opening curly quote (\u201c) stands just before it
    headline: bool = False  # the sentence has no final punctuation (a headline or a caption)
    title_case: bool = False  # a headline in title case: capitalised words may be verbs
    guessed: list = None  # per token: the verb entry is a guess (framing.actors.verbs), not the lexicon's
    # results of _mention_start by token and of _coordinated by mention, kept once the rules run (from then on
    # nothing they read changes: words, verbs, readings, owners and mention tokens are fixed); None before
    starts: dict | None = None
    groups: dict | None = None
    last_owned: int = -1  # the last token a mention owns (a rule that finds a mention after token i needs one)


@lru_cache(maxsize=4096)
def _readings_of(forms: frozenset) -> tuple:
    """(has a verb form, has a noun form) of a set of forms (few distinct sets: cached)."""
    return bool(forms & _VERB_FORMS), any(f in _NOUN_FORMS for f in forms)


def _reading(s: _Sent, i: int, mentions: list) -> str | None:
    entry = s.verbs[i]
    if entry is None or s.owner[i] >= 0:
        return None
    _, forms, _ = entry
    has_verb, has_noun = _readings_of(forms)
    if s.caps[i] and i > 0 and "." not in s.gaps[i] and '"' not in s.gaps[i] and not s.title_case:
        # capitalised inside a sentence: part of a name ("Revolutionary Guard")
        return None
    prev = s.words[i - 1] if i > 0 else ""
    gap = s.gaps[i]
    punct_before = i == 0 or (gap != " " and _PUNCT.search(gap) is not None)  # most gaps: one space
    prev_is_det = not punct_before and (prev in _DET or prev.endswith("'s") or gap.startswith("'"))
    if (prev in ("both", "all", "each") and "past" in forms and s.guessed[i]) \
            or (prev == "that" and forms & {"past", "s"} and i > 1 and s.owner[i - 2] >= 0):
        prev_is_det = False  # "Corvo and Reyl both voted", "It was Corvo that broke the deal"
    if prev == "that" and "ing" in forms and i + 1 < len(s.words) and s.gaps[i + 1] == " " \
            and (s.owner[i + 1] >= 0 or s.words[i + 1] in _DET):
        prev_is_det = False  # "concluded that catching Trump in a lie": "that" opens a clause
    prev_owner = s.owner[i - 1] if i > 0 and not punct_before else -1
    prev_demonym = prev_owner >= 0 and mentions[prev_owner].nominal is not None
    prev_possessive = prev_owner >= 0 and (prev.endswith("'s") or s.gaps[i].startswith("'"))
    if _noun_after_object(s, i, forms, prev_owner):
        return "noun" if has_noun else None
    if s.guessed[i]:
        return _guessed_reading(s, i, forms, prev, punct_before, prev_is_det, prev_owner)
    if has_noun and not has_verb:
        return "noun"
    if has_verb and not has_noun:
        return None if prev_is_det else "verb"
    # both readings
    if prev_is_det or prev_demonym or prev_possessive:
        return "noun"
    if prev == "to" and not punct_before and (i < 2 or s.words[i - 2] != "according"):
        return "verb"
    if not punct_before and (prev in _PREP_BLOCK or (i > 0 and s.reading[i - 1] == "verb")):
        return "noun"
    if not punct_before:
        # adjectives back to a determiner: "a direct military strike"
        j = i - 1
        while j >= 0 and i - j <= 3 and s.verbs[j] is None and s.owner[j] < 0 and s.words[j] not in _AUX \
                and s.words[j] not in _PREP_BLOCK and s.words[j] not in _REL and not s.caps[j] \
                and not _BREAK.search(s.gaps[j + 1] if j + 1 < len(s.gaps) else ""):
            if s.words[j] in _DET:
                return "noun"
            j -= 1
        if 0 <= j < i - 1 and s.owner[j] >= 0 and _possessive(s, mentions[s.owner[j]]) \
                and not _BREAK.search(s.gaps[j + 1]):
            return "noun"  # "Reyl's anti-press attacks": adjectives back to a possessor
    nxt = s.words[i + 1] if i + 1 < len(s.words) else ""
    if prev in _AUX or prev == "to" or prev in _REL or prev in _ADV or prev_owner >= 0 or prev in _BASE_SUBJECTS:
        return "verb"
    if "ing" in forms:
        if nxt == "of":
            return "noun"
        return "verb" if (i + 1 < len(s.words) and (s.owner[i + 1] >= 0 or nxt in _DET)) else "noun"
    if forms & {"s", "past"} and punct_before:
        return "verb"
    return "noun" if nxt in ("of", "on", "against", "by") or "base" in forms else "verb"


def _noun_after_object(s: _Sent, i: int, forms, prev_owner: int) -> bool:
    """An -s form ending the sentence after a mention that follows a preposition is a plural noun:
    "the backing of Corvo allies", not a verb with Corvo as subject."""
    if "s" not in forms or prev_owner < 0:
        return False
    t = i - 1
    while t > 0 and s.owner[t - 1] == prev_owner:
        t -= 1
    ends = i + 1 >= len(s.words) or "." in s.gaps[i + 1]
    return ends and t > 0 and s.words[t - 1] in _PREP_BLOCK and not _PUNCT.search(s.gaps[t])


def _guessed_reading(s: _Sent, i: int, forms, prev: str, punct_before: bool, prev_is_det: bool,
                     prev_owner: int) -> str | None:
    """Verb or not, for a verb form outside the lexicon: the context must show a verb.

    Past and -ing forms are verbs unless a determiner precedes them ("the alleged plot"); an -s
    form ("says", "plans") only right after its subject (a mention, he/she/it, a relative pronoun,
    an adverb of the verb group) or opening an inverted or headline clause; a base form only after
    *to*, a modal or auxiliary, a negation or a plural pronoun (a base form elsewhere is more
    often a noun: "the Trump campaign").
    """
    if prev_is_det:
        return "noun" if forms & {"noun", "noun_act", "noun_undergo"} else None
    if not forms & _VERB_FORMS:
        return "noun"  # an event noun ("the trial of", "wrongdoing by")
    if "ing" in forms and not forms & {"past", "pp", "s", "base"} \
            and (s.caps[i] or not is_known_verb(s.verbs[i][2])) and prev not in _AUX:
        # a capitalised -ing form, or one of a verb no table knows, is a verb only with its object:
        # "Villainizing Pence obfuscates", not "Wyoming Senator John Barrasso" or "outgoing secretary"
        nxt = i + 1 < len(s.words) and s.gaps[i + 1] == " " and (s.owner[i + 1] >= 0 or s.words[i + 1] in _DET)
        return "verb" if nxt else None
    if forms & {"past", "pp", "ing"}:
        return "verb"
    if "s" in forms and (prev_owner >= 0 or punct_before or prev in _S_SUBJECTS or prev in _ADV):
        return "verb"
    if forms & {"s", "base"} and not punct_before and i > 1 and prev.endswith("ly") and len(prev) > 4 \
            and s.owner[i - 2] >= 0 and not _PUNCT.search(s.gaps[i - 1]):
        return "verb"  # a mention, an adverb, a verb: "Corvo rarely speaks"
    if "s" in forms and i > 0 and s.caps[i - 1] and (not s.caps[i] or s.title_case) and i + 1 < len(s.words) \
            and not _PUNCT.search(s.gaps[i + 1]) and (s.owner[i + 1] >= 0 or s.caps[i + 1]):
        return "verb"  # a name, then an -s form, then a name: "Abubakar challenges Buhari"
    if "base" in forms and not punct_before and ((prev in _AUX and prev not in _BE) or prev == "to"
                                                 or prev in _BASE_SUBJECTS
                                                 or prev in ("not", "n't", "never")):
        return "verb"
    if "base" in forms and not punct_before and i > 1 and (prev in _ADV or prev.endswith("ly")) \
            and (s.words[i - 2] in _AUX or s.words[i - 2] == "to"):
        return "verb"  # "can't necessarily affect", "to quickly remove"
    if "base" in forms and not punct_before and i > 0 and s.owner[i - 1] < 0 and i + 1 < len(s.words) \
            and s.owner[i + 1] >= 0 and s.gaps[i + 1] == " " and (not s.caps[i] or s.title_case) \
            and (prev in _ADV or (prev.endswith("s") and not prev.endswith("ss") and prev not in _FUNCTION)):
        return "verb"  # a plural subject, a base form, a name: "voters trust Corvo", "pundits see Corvo"
    return "noun" if forms & {"noun", "noun_act", "noun_undergo"} else None  # "Jeb Bush's big jump"


def _skip_det(s: _Sent, i: int, limit: int = 3) -> int:
    words, owner = s.words, s.owner
    end = min(len(words), i + limit)
    while i < end and owner[i] < 0 and (words[i] in _DET or words[i].isdigit()):
        i += 1
    return i


def _head(s: _Sent, mentions: list, k: int) -> int:
    """Mention index of the head of the noun phrase that mention k starts ("Hamas leader X" -> X)."""
    seen = 0
    while seen < 4:
        m = mentions[k]
        j = m.t1 + 1
        if j >= len(s.words) or _PUNCT.search(s.gaps[j]):
            return k
        if s.owner[j] >= 0 and s.owner[j] != k and s.gaps[j] == " " and not _possessive(s, m):
            k = s.owner[j]  # "Hamas Political Bureau Chief Ismail Haniyeh": an affiliation before its member
            seen += 1
            continue
        possessive = s.words[m.t1].endswith("'s") or s.gaps[j].startswith("'")
        n = 0
        while j < len(s.words) and n < 2 and s.owner[j] < 0 and not s.caps[j] and s.words[j] not in _AUX \
                and s.words[j] not in _PREP_BLOCK and s.words[j] not in _CONJ and s.reading[j] is None \
                and s.words[j] not in _REL and not _PUNCT.search(s.gaps[j]):
            j += 1
            n += 1
        if j < len(s.words) and s.owner[j] >= 0 and s.owner[j] != k and (n > 0 or possessive) \
                and (n == 0 or s.words[j - 1] in _TITLES) and not _PUNCT.search(s.gaps[j]):
            # the words between name a title ("Hamas leader X", "Iran's supreme leader X"), not a clause
            # ("shot Parkinson after Parkinson pointed")
            k = s.owner[j]
            seen += 1
            continue
        return k
    return k


def _possessive(s: _Sent, m) -> bool:
    return s.words[m.t1].endswith("'s") or (m.t1 + 1 < len(s.words) and s.gaps[m.t1 + 1].startswith("'"))


def _mention_start(s: _Sent, mentions: list, i: int) -> int:
    """Mention (head) index starting at token i after determiners, or -1.

    A possessive before a common noun is not the head: in "the bombing of Ostria's
    airfields" the airfields are bombed, not Ostria.
    """
    return _memoised(s.starts, i, _find_mention_start, s, mentions, i)


def _find_mention_start(s: _Sent, mentions: list, i: int) -> int:
    i = _skip_det(s, i)
    i = _skip_title_phrase(s, _skip_name_words(s, i))
    if i < len(s.words) and s.owner[i] >= 0 and mentions[s.owner[i]].t0 == i:
        k = _head(s, mentions, s.owner[i])
        m = mentions[k]
        if _possessive(s, m) and m.t1 + 1 < len(s.words) and s.owner[m.t1 + 1] < 0 \
                and not _PUNCT.search(s.gaps[m.t1 + 1]):
            return -1
        if _noun_modifier(s, m):
            return -1  # "dogged the Corvo family": the family is the object, not Corvo
        if _modifier(s, m):
            # "of Hamas Political Bureau Chief Ismail Haniyeh": the head is the named person after the title
            j = m.t1 + 1
            while j < len(s.words) and j - m.t1 <= 5 and s.owner[j] < 0 and s.caps[j] \
                    and not _PUNCT.search(s.gaps[j]):
                j += 1
            if j < len(s.words) and s.owner[j] >= 0 and not _PUNCT.search(s.gaps[j]):
                return _head(s, mentions, s.owner[j])
            return -1  # "blasted Senate Republicans": the Republicans are blasted, not the Senate
        return k
    return -1


def _skip_name_words(s: _Sent, i: int) -> int:
    """Past capitalised words that run straight into a mention: the first name or title the cast left
    out ("Interior Secretary Ryan [Zinke]", "Hillary [Clinton]"). Returns i unchanged otherwise."""
    j = i
    while j < len(s.words) and j - i < 4 and s.owner[j] < 0 and s.caps[j] and s.words[j][:1].isalpha() \
            and (s.verbs[j] is None or s.reading[j] is None) and (j == i or _name_gap(s, j)):
        j += 1
    if j > i and j < len(s.words) and s.owner[j] >= 0 and _name_gap(s, j) and not s.title_case:
        return j
    return i


def _name_gap(s: _Sent, j: int) -> bool:
    """Only a space before token j, or the full stop of an initial ("Garry F. McCarthy")."""
    return s.gaps[j] == " " or (s.gaps[j] == ". " and len(s.words[j - 1]) == 1)


def _skip_title_phrase(s: _Sent, i: int) -> int:
    """Past modifiers and a title before a name: "Republican presidential nominee [Trump]",
    "former party press secretary Tomas [Reyl]". Returns the mention's first token, or i."""
    j = i
    words, owner = s.words, s.owner
    while j < len(words) and j - i < 6 and owner[j] < 0 \
            and (s.verbs[j] is None or (s.caps[j] and s.reading[j] is None)) \
            and words[j].replace("-", "").replace(".", "").isalpha() and words[j] not in _FUNCTION \
            and words[j] not in _PREP_BLOCK and words[j] not in _CONJ and words[j] not in _AUX \
            and (j == i or _name_gap(s, j) or s.gaps[j] == ". "):
        if words[j] in _TITLES and j + 1 < len(words) and _name_gap(s, j + 1):
            b = _skip_name_words(s, j + 1)
            if s.owner[b] >= 0:
                return b
        j += 1
    return i


def _coordinated(s: _Sent, mentions: list, k: int) -> list:
    """Mentions joined to mention k by 'and', 'or' or list commas ending in 'and' (a list callers only read)."""
    return _memoised(s.groups, k, _find_coordinated, s, mentions, k)


def _memoised(memo: dict | None, key, find, *args):
    """``find(*args)``, remembered in ``memo`` under ``key`` (a sentence's table; None: not remembered)."""
    if memo is None:
        return find(*args)
    found = memo.get(key)
    if found is None:
        found = memo[key] = find(*args)
    return found


def _find_coordinated(s: _Sent, mentions: list, k: int) -> list:
    out = [k]
    j = mentions[k].t1 + 1
    pending = []
    while j < len(s.words):
        gap = s.gaps[j]
        if s.words[j] in _CONJ and "," not in gap.replace(",", "", 0) and '"' not in gap:
            nk = _mention_start(s, mentions, j + 1)
            if nk < 0 or mentions[nk].actor == mentions[k].actor:
                break
            out.extend(pending)
            out.append(nk)
            pending = []
            j = mentions[nk].t1 + 1
            continue
        if gap.strip() == ",":
            nk = _mention_start(s, mentions, j)
            if nk < 0 or mentions[nk].actor == mentions[k].actor:
                break
            pending.append(nk)
            j = mentions[nk].t1 + 1
            continue
        break
    return out



def _noun_modifier(s: _Sent, m) -> bool:
    """After a determiner or "of", a name right before a lower-case common noun modifies it
    ("the Corvo family", "the choice of Corvo voters")."""
    j = m.t1 + 1
    if m.t0 == 0 or j >= len(s.words) or s.gaps[j] != " " or _PUNCT.search(s.gaps[m.t0]) \
            or s.words[m.t0 - 1] not in ("the", "a", "an", "of"):
        return False
    w = s.words[j]
    return w.isalpha() and not s.caps[j] and s.owner[j] < 0 and s.reading[j] is None and w not in _FUNCTION \
        and w not in _PREP_BLOCK and w not in _AUX and w not in _CONJ and w not in _DET and w not in _REL \
        and w not in _ADV and w not in TIME_NOUNS and w not in TIME_ADVERBS and w not in ("last", "next") \
        and not s.words[m.t1].endswith("'s")


def _modifier(s: _Sent, m) -> bool:
    """A name right before another capitalised word that is no mention modifies it ("Senate Republicans",
    "Hamas Political Bureau Chief Ismail Haniyeh"): it takes no role of its own."""
    j = m.t1 + 1
    return (
        j < len(s.words) and s.caps[j] and s.owner[j] < 0 and s.gaps[j] == " " and not s.headline
        and s.words[j] not in NOT_ACTOR_NAMES and not s.words[m.t1].endswith("'s")
    )


