"""Roles from clause patterns: "for X to V", gerund subjects, gapped clauses, objects of unknown verbs; and the
phrase tests the role rules share (small clauses, "be under" an act, existential "there is", role nouns before a
name, the noun phrases a "by" phrase may cross before its agent)."""

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
    _BE,
    _CONJ,
    _DET,
    _FUNCTION,
    _ING_NOT_ACTS,
    _MODALS,
    _NOUN_FORMS,
    _PARTICLES,
    _PREP_BLOCK,
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
    _skip_det,
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
        if m.role is not None or v < 0 or s.gaps[m.t0] != " ":
            continue
        entry = s.verbs[v] if s.verbs[v] is not None else (guess_verb(s.words[v]) or _hyphen_ing(s.words[v]))
        # ("slow-walking Corvo": a hyphenated -ing compound before an object)
        opens = v == 0 or (_DASH_OPEN.search(s.gaps[v]) is not None and s.caps[v])  # "Ohio — Blasting Corvo"
        if entry is None or "ing" not in entry[1] or s.words[v] in _ING_NOT_ACTS \
                or not (opens or (v >= 1 and not _PUNCT.search(s.gaps[v]) and s.words[v - 1] in _GERUND_OPENERS)) \
                or _mention_start(s, ms, m.t0) != k:  # (the costliest test last)
            continue
        for c in _coordinated(s, ms, k):
            _assign(ms[c], "patient", s, v, doc, verb=entry[2])


def _existential(s: _Sent, m) -> bool:
    """The mention follows an existential "there is" ("And then there's Corvo \u2013 stuck in the middle"):
    it is introduced, not the subject of what follows (a relative clause still gives its role)."""
    if m.t1 + 1 < len(s.words) and s.words[m.t1 + 1] in _REL:
        return False
    p = m.t0 - 1
    while p >= 0 and (s.words[p] in _DET or s.words[p] in _TITLES) and not _PUNCT.search(s.gaps[p + 1]):
        p -= 1
    if p < 0 or _PUNCT.search(s.gaps[p + 1]):
        return False
    if s.words[p] in ("there's", "here's"):
        return True
    return s.words[p] in _BE and p > 0 and s.words[p - 1] in ("there", "here") and not _PUNCT.search(s.gaps[p])


def _role_noun(s: _Sent, t: int) -> bool:
    """The bare base form at token t is a role noun between a name's modifiers and the name ("by
    Marlow Evening News host Ines Dal", "the Veltra Radio host Dal"): after capitalised words that
    follow a preposition or a determiner and end in a singular word, before a capitalised word."""
    n = len(s.words)
    if s.verbs[t] is None or s.verbs[t][1] & {"s", "past", "pp", "ing"} or t + 1 >= n or t < 2 \
            or not s.caps[t + 1] or s.gaps[t + 1] != " " or s.gaps[t] != " " or s.caps[t] or not s.caps[t - 1]:
        return False
    last = s.words[t - 1]
    if last.endswith("s") and not last.endswith(("ss", "news")):
        return False  # "for which Democrats back Corvo"
    p = t - 1
    while p >= 0 and t - p <= 5 and s.caps[p] and s.owner[p] < 0 and (p == t - 1 or s.gaps[p + 1] == " "):
        p -= 1
    return 0 <= p < t - 1 and s.gaps[p + 1] == " " and (s.words[p] in _PREP_BLOCK or s.words[p] in _DET)


def _under_act(s: _Sent, j: int) -> int:
    """The act a subject of *be* at token j is under ("is under federal investigation", "was under
    indictment"): the token of an action noun after "under" and at most two lower-case modifiers, or 0
    (not an idiom with a bare verb: "was under fire" is coded none)."""
    n = len(s.words)
    if j + 2 >= n or s.words[j + 1] != "under" or _PUNCT.search(s.gaps[j + 1]):
        return 0
    t = j + 2
    while t < n and t - j <= 4 and not _PUNCT.search(s.gaps[t]) and not s.caps[t] and s.owner[t] < 0:
        w = s.words[t]
        entry = s.verbs[t] if s.verbs[t] is not None else guess_verb(w)
        if entry is not None and entry[1] & _NOUN_FORMS.keys() and w not in _DET:
            return t
        if not w.isalpha() or w in _DET or w in _FUNCTION or w in _PREP_BLOCK:
            return 0
        t += 1
    return 0


def _after_preposition(s: _Sent, m) -> bool:
    """The mention follows a preposition, over determiners and titles ("the car of Senator Corvo")."""
    p = m.t0 - 1
    while p >= 0 and (s.words[p] in _DET or s.words[p] in _TITLES) and not _PUNCT.search(s.gaps[p + 1]):
        p -= 1
    return p >= 0 and s.words[p] in _PREP_BLOCK and not _PUNCT.search(s.gaps[p + 1])


def _small_clause(s: _Sent, ms: list, k: int) -> int:
    """The verb of a small clause whose subject is the object mention k, or -1: a bare verb with its
    own complement ("watch Corvo play football"; not "gave Corvo support", "gave Corvo support for",
    "let Corvo go."). An -ing form after the object is left to the object reading ("found Corvo
    regaining a lead" is coded patient)."""
    n = len(s.words)
    e = ms[_coordinated(s, ms, k)[-1]].t1 + 1
    if e >= n or _PUNCT.search(s.gaps[e]) or s.words[e - 1].endswith("'s"):
        return -1
    v = e
    if v + 1 >= n or _PUNCT.search(s.gaps[v]) or _PUNCT.search(s.gaps[v + 1]) or s.caps[v] or s.owner[v] >= 0:
        return -1
    w, nxt = s.words[v], s.words[v + 1]
    entry = s.verbs[v] if s.verbs[v] is not None else guess_verb(w)
    if entry is None or w in _FUNCTION or w in _AUX or w in _BE or nxt in PREPOSITIONS or nxt in _CONJ:
        return -1
    if v == e and "base" in entry[1] and not entry[1] & {"s", "past", "pp", "ing"}:
        return v
    return -1


def _after_conjunct(s: _Sent, ms: list, i: int) -> int:
    """The mention after "X and" where X is a name that is no actor ("by Reyl and Corvo"), or -1."""
    j = i
    while j < len(s.words) and j - i < 3 and s.caps[j] and s.owner[j] < 0 and not _PUNCT.search(s.gaps[j]):
        j += 1
    if i < j < len(s.words) - 1 and s.words[j] in _CONJ and not _PUNCT.search(s.gaps[j]):
        return _mention_start(s, ms, j + 1)
    return -1


def _after_modifiers(s: _Sent, ms: list, i: int) -> int:
    """The mention after a determiner and up to two lower-case modifiers that are no actor ("by island
    councillors", "by the local Veltra branch" is not: the branch is the head), or -1."""
    j = _skip_det(s, i)
    start = j
    while j < len(s.words) and j - start < 2 and s.owner[j] < 0 and s.words[j].isalpha() and not s.caps[j] \
            and s.verbs[j] is None and s.reading[j] is None and s.words[j] not in _FUNCTION \
            and s.words[j] not in _PREP_BLOCK and s.words[j] not in _CONJ and s.words[j] not in _REL \
            and s.words[j] not in _AUX and not _PUNCT.search(s.gaps[j]):
        j += 1
    if j == start or j >= len(s.words) or _PUNCT.search(s.gaps[j]):
        return -1
    return _mention_start(s, ms, j)


def _after_name_modifiers(s: _Sent, ms: list, i: int) -> int:
    """The mention after a determiner and up to five words that are no verb reading, at least one of
    them capitalised and none after punctuation ("by Marlow Evening News host Ines Corvo"), or -1."""
    j = _skip_det(s, i)
    start, capital = j, False
    while j < len(s.words) and j - start < 5 and s.owner[j] < 0 and s.reading[j] is None \
            and s.words[j].isalpha() and s.words[j] not in _FUNCTION and s.words[j] not in _PREP_BLOCK \
            and s.words[j] not in _CONJ and s.words[j] not in _REL and s.words[j] not in _AUX \
            and (j == start or s.gaps[j] == " "):
        capital = capital or s.caps[j]
        j += 1
    if j == start or not capital or j >= len(s.words) or s.gaps[j] != " ":
        return -1
    return _mention_start(s, ms, j)
