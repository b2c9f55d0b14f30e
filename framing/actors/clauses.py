"""Roles from clause patterns: "for X to V", gerund subjects, gapped clauses, objects of unknown verbs."""

from __future__ import annotations

import re

from framing.document import Document
from framing.lang.english import (
    COMMON_VERBS,
    PREPOSITIONS,
    SUBORDINATORS,
)

from .sentence import (
    _ADV,
    _AUX,
    _CONJ,
    _DET,
    _FUNCTION,
    _ING_NOT_ACTS,
    _MODALS,
    _PARTICLES,
    _PUNCT,
    _RAISING,
    _REL,
    _TIME_NOUNS,
    _TITLES,
    _coordinated,
    _mention_start,
    _modifier,
    _possessive,
    _Sent,
)
from .verbgroups import (
    _assign,
    _forms_of,
    _lemma,
    _passive,
)
from .verbs import guess_lemma, guess_verb

# gap patterns compiled once (the rules test them on token gaps in every sentence)
_BREAK_OPEN = re.compile(r"[,;:\"(]")
_COMMA_SEMI = re.compile(r"[,;]")

_INFINITIVE_OPENERS = frozenset({"for"})


def _for_to(doc: Document, s: _Sent, ms: list) -> None:
    """"calling for Corvo to resign", "a request for Trump to determine": X in "for X to V" is a patient."""
    n = len(s.words)
    for k, m in enumerate(ms):
        if m.role is not None:
            continue
        p = m.t0 - 1
        while p >= 0 and (s.words[p] in _DET or s.words[p] in _TITLES or (s.caps[p] and s.owner[p] < 0)) \
                and not _PUNCT.search(s.gaps[p + 1]):
            p -= 1
        if p < 0 or s.words[p] not in _INFINITIVE_OPENERS or _PUNCT.search(s.gaps[p + 1]):
            continue
        group = _coordinated(s, ms, k)
        e = ms[group[-1]].t1 + 1
        if e < n and "(" in s.gaps[e] and "," not in s.gaps[e]:  # "for Paul Ryan (R-Wis.) to step down"
            close = e
            while close < n and close - e <= 6 and ")" not in s.gaps[close]:
                close += 1
            e = close
        if e + 1 < n and s.words[e] == "to" and not _BREAK_OPEN.search(s.gaps[e].replace(")", "")) \
                and not _PUNCT.search(s.gaps[e + 1]) and s.words[e + 1].isalpha():
            for c in group:
                _assign(ms[c], "patient", s, e + 1, doc, verb=_lemma(s, e + 1)[1])


_OBJECT_VERB_OPENERS = frozenset({"to", "i", "we", "they", "he", "she", "you", "who", "not", "never"})


def _unknown_verb_objects(doc: Document, s: _Sent, ms: list) -> None:
    """The object of a verb no table knows: "want to ram Corvo through", "voters now distrust Corvo",
    "Reyl trails Corvo by ten points". The word before the mention is read as a verb only after "to",
    a modal, a negation or a subject pronoun, or, as an -s form, right after a name; never a title or
    a role noun ("to rival Corvo", "Trump adviser Corvo")."""
    for k, m in enumerate(ms):
        w_at = m.t0 - 1
        if m.role is not None or w_at < 1 or s.gaps[m.t0] != " " or _PUNCT.search(s.gaps[w_at]) \
                or _possessive(s, m):
            continue  # (a possessor is no object: "scrutinize Corvo's record")
        w = s.words[w_at]
        # a verb that is also a preposition ("like") is read as a verb only after "to" or a pronoun
        verb_prep = w in PREPOSITIONS and w in COMMON_VERBS
        if verb_prep:
            before = s.words[w_at - 1]
            if not (before in ("i", "we", "they", "you") or (before == "to" and w_at > 1 and (
                    s.reading[w_at - 2] == "verb" or _forms_of(s.words[w_at - 2], {}) & {"base", "s", "past"}))) \
                    or _PUNCT.search(s.gaps[w_at]):
                continue
            for c in _coordinated(s, ms, k):
                _assign(ms[c], "patient", s, w_at, doc, verb=w)  # "tend to like Corvo", "I like Corvo"
            continue
        if not w.isalpha() or s.caps[w_at] or s.owner[w_at] >= 0 or s.verbs[w_at] is not None \
                or s.reading[w_at] is not None or len(w) < 3 or w.endswith(("ly", "ing", "ed")) \
                or w in _FUNCTION or w in PREPOSITIONS or w in SUBORDINATORS or w in _DET or w in _AUX \
                or w in _CONJ or w in _REL or w in _ADV or w in _TITLES or w.removesuffix("s") in _TITLES \
                or w in _TIME_NOUNS:
            continue
        p = w_at - 1
        while p > 0 and (s.words[p] in _ADV or s.words[p] == "most"
                         or (s.words[p].endswith("ly") and len(s.words[p]) > 4 and s.verbs[p] is None)) \
                and not _PUNCT.search(s.gaps[p + 1]):
            p -= 1  # "voters now distrust", "to maliciously frame Corvo"
        before = s.words[p]
        if _PUNCT.search(s.gaps[p + 1]):
            continue
        opener = before in _OBJECT_VERB_OPENERS or before in _MODALS or before.removesuffix("n't") in _MODALS
        if before == "to":  # an infinitive after a verb or "able", not "a letter to newcomer Corvo"
            opener = p > 0 and (s.reading[p - 1] == "verb" or s.words[p - 1] in _RAISING or p < w_at - 1)
            # (an adverb after "to" splits an infinitive: "intentions to maliciously frame Corvo")
        third = w.endswith("s") and not w.endswith(("ss", "us", "is")) and (
            s.owner[p] >= 0 or (s.caps[p] and before not in _DET and before not in _FUNCTION))
        plural = before.endswith("s") and not before.endswith("ss") and not s.caps[p] \
            and before not in _FUNCTION and s.reading[p] is None and before not in _DET
        # an -s form right after a relative pronoun: "the issue that most sets Corvo apart"
        relative = before in _REL and w.endswith("s") and not w.endswith(("ss", "us", "is"))
        if not (opener or third or plural or relative):
            continue
        for c in _coordinated(s, ms, k):
            _assign(ms[c], "patient", s, w_at, doc, verb=guess_lemma(w))


def _gerund_subjects(doc: Document, s: _Sent, ms: list) -> None:
    """The subject of an -ing clause acts: "after a week of Obama extending invites", "Pelosi calling
    on the president to delay"; "Trump being investigated" undergoes."""
    n = len(s.words)
    for k, m in enumerate(ms):
        if m.role is not None or m.nominal is not None or _modifier(s, m) or s.words[m.t1].endswith("'s"):
            continue
        group = _coordinated(s, ms, k)
        e = ms[group[-1]].t1 + 1
        if e < n and s.words[e] in _CONJ and "," not in s.gaps[e]:
            c = e + 1  # "clips of both Rubio and Cruz saying things": a conjunct that is no actor
            while c < n and c - e <= 3 and s.owner[c] < 0 and s.reading[c] is None \
                    and not _PUNCT.search(s.gaps[c]):
                c += 1
            e = c if c - e > 1 else e
        if e + 1 < n and s.words[e] in ("being", "getting") and s.gaps[e] == " " \
                and _forms_of(s.words[e + 1], {}) & {"pp", "past"} and not _PUNCT.search(s.gaps[e + 1]):
            for c in group:  # "reports of Corvo being investigated"
                _assign(ms[c], "patient", s, e + 1, doc, verb=guess_lemma(s.words[e + 1]))
            continue
        if e + 1 < n and s.gaps[e] == " " and s.reading[e] in ("noun", None) and s.owner[e] < 0 \
                and (s.verbs[e] or guess_verb(s.words[e]) or (None, ()))[1] == frozenset({"noun", "ing"}) \
                and s.words[e].endswith("ing") and len(s.words[e]) > 5 and not _PUNCT.search(s.gaps[e + 1]) \
                and (m.t0 == 0 or s.words[m.t0 - 1] not in _DET) and s.words[e] not in _ING_NOT_ACTS \
                and (s.words[e + 1] in _PARTICLES or s.words[e + 1] in _DET or s.words[e + 1] in PREPOSITIONS) \
                and s.words[e + 1] not in ("of", "by"):
            for c in group:  # "the awkwardness of Corvo jetting around the world": read as a noun, acts
                _assign(ms[c], "agent", s, e, doc, verb=(s.verbs[e] or guess_verb(s.words[e]))[2])
            continue
        if e + 1 >= n or s.gaps[e] != " " or s.reading[e] != "verb" or s.verbs[e] is None \
                or _PUNCT.search(s.gaps[e + 1]):
            continue  # "for Putin meeting": an -ing noun ending the phrase has no subject
        forms = s.verbs[e][1]
        if "ing" not in forms or forms & {"s", "past", "pp"} or s.words[e] in _ING_NOT_ACTS:
            continue
        role, v = "agent", e
        if s.words[e] in ("being", "getting") and e + 1 < n and s.verbs[e + 1] is not None \
                and s.verbs[e + 1][1] & {"pp", "past"}:
            role, v = "patient", e + 1
        for c in group:
            _assign(ms[c], role, s, v, doc)


def _gapped(doc: Document, s: _Sent, ms: list) -> None:
    """A clause whose verb is left out takes the verb before it ("Reyl was sentenced to life, and Corvo
    to death"; "Reyl takes the liberal view; Corvo the conservative view")."""
    n = len(s.words)
    for m in ms:
        if m.role is not None or m.t1 + 1 >= n:
            continue
        a = m.t0
        if a > 0 and s.words[a - 1] in ("and", "but") and s.gaps[a] == " ":
            a -= 1
        if a == 0 or not _COMMA_SEMI.search(s.gaps[a]) or s.words[m.t1].endswith("'s"):
            continue
        e = m.t1 + 1
        if s.words[e] in _CONJ and s.gaps[e] == " ":
            c = e + 1  # "and Irvin and Shepherd to death": a conjunct that is no actor
            while c < n and c - e <= 3 and s.caps[c] and s.owner[c] < 0 and s.gaps[c] == " ":
                c += 1
            e = c if c > e + 1 and c < n else e
        if s.gaps[e] != " " or not (s.words[e] in _DET or s.words[e] == "to"):
            continue
        c = e
        while c < n and not _PUNCT.search(s.gaps[c]) and s.reading[c] != "verb" and s.owner[c] < 0:
            c += 1
        if c < n and not _PUNCT.search(s.gaps[c]):
            continue  # a verb or another mention follows: no gapped clause
        v = a - 1
        while v >= 0 and s.reading[v] != "verb" and not _finite_after_name(s, v):
            v -= 1
        if v >= 0 and s.reading[v] != "verb":  # "President Reyl takes the liberal view; Corvo the other"
            _assign(m, "agent", s, v, doc, verb=guess_verb(s.words[v])[2])
            continue
        if v < 0 or s.verbs[v] is None or s.verbs[v][0] == "copula":
            continue
        role = "patient" if _passive(s, v) or s.verbs[v][0] == "undergo" else "agent"
        _assign(m, role, s, v, doc)


def _finite_after_name(s: _Sent, v: int) -> bool:
    """Token v is a lower-case -s or past form no reading took, right after a capitalised word and before
    a determiner ("President Reyl takes the view")."""
    if v < 1 or s.caps[v] or not s.caps[v - 1] or s.gaps[v] != " " or v + 1 >= len(s.words) \
            or s.words[v + 1] not in _DET or s.words[v] in _FUNCTION or s.words[v] in _AUX:
        return False
    entry = guess_verb(s.words[v])
    return entry is not None and bool(entry[1] & {"s", "past"}) and entry[0] != "copula"


_GERUND_OPENERS = frozenset({"by", "after", "before", "for", "without", "while", "since", "from", "about", "on", "of"})


_DASH_OPEN = re.compile(r"[\u2013\u2014]|\s-{1,2}\s")


def _hyphen_ing(word: str):
    """The entry of a hyphenated -ing compound read as a verb before an object ("slow-walking", "fast-tracking"):
    the entry of its last part, or None."""
    head, hyphen, last = word.rpartition("-")
    if not hyphen or not last.endswith("ing") or not head.replace("-", "").isalpha():
        return None
    entry = guess_verb(last)
    return (entry[0], entry[1], head + "-" + entry[2]) if entry is not None and "ing" in entry[1] else None


def _gerund_objects(doc: Document, s: _Sent, ms: list) -> None:
    """The object of an -ing form after a preposition: "By firing Corvo, Reyl took a risk", "accused
    of misleading Veltra" (the -ing form may be read as a noun: "firing" is also "the firing"); and
    "the V-ing of X" for any verb ("the jailing of Corvo")."""
    for k, m in enumerate(ms):
        v = m.t0 - 1
        if m.role is None and v >= 2 and s.words[v] == "of" and s.gaps[m.t0] == " " and s.gaps[v] == " " \
                and s.verbs[v - 1] is not None and "ing" in s.verbs[v - 1][1] \
                and s.words[v - 1] not in _ING_NOT_ACTS and s.words[v - 2] in _DET and s.gaps[v - 1] == " " \
                and _mention_start(s, ms, m.t0) == k:  # (not "the bombing of Ostria's airfields", "of Corvo allies")
            for c in _coordinated(s, ms, k):
                _assign(ms[c], "patient", s, v - 1, doc)  # "the jailing of Corvo": the V-ing of X
            continue
        if m.role is not None or v < 0 or s.gaps[m.t0] != " " or _mention_start(s, ms, m.t0) != k:
            continue
        entry = s.verbs[v] if s.verbs[v] is not None else (guess_verb(s.words[v]) or _hyphen_ing(s.words[v]))
        # ("slow-walking Corvo": a hyphenated -ing compound before an object)
        opens = v == 0 or (_DASH_OPEN.search(s.gaps[v]) is not None and s.caps[v])  # "Ohio — Blasting Corvo"
        if entry is None or "ing" not in entry[1] or s.words[v] in _ING_NOT_ACTS \
                or not (opens or (v >= 1 and not _PUNCT.search(s.gaps[v]) and s.words[v - 1] in _GERUND_OPENERS)):
            continue
        for c in _coordinated(s, ms, k):
            _assign(ms[c], "patient", s, v, doc, verb=entry[2])
