"""Verb groups, subjects and passives for the role rules (framing.actors.roles)."""

from __future__ import annotations

import re

from framing.document import Document
from framing.lang.english import (
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    REFLEXIVES,
    SUBJECT_PRONOUNS,
)

from .mentions import _M
from .sentence import (
    _ADV,
    _AUX,
    _BE,
    _CONJ,
    _DET,
    _FUNCTION,
    _MAIN_AUX,
    _MODALS,
    _NEGATORS,
    _NO_OBJECT,
    _PAREN_START,
    _PARTICLES,
    _PARTY_TAG,
    _PREP_BLOCK,
    _PUNCT,
    _RAISING,
    _RAISING_VERBS,
    _REL,
    _SPEECH_LIKE,
    _TIME_ADVERBS,
    _TIME_NOUNS,
    _TITLES,
    _TO_AFTER,
    _coordinated,
    _modifier,
    _Sent,
)
from .verbs import guess_lemma, guess_verb

# gap patterns compiled once (the rules test them on token gaps in every sentence)
_BREAK = re.compile(r"[,;:\"]")
_HARD_BREAK = re.compile(r"[;:()\"]")

_DASH = re.compile(r"\s[\u2013\u2014-]{1,2}\s|\u2014")


_QUESTION_WORDS = frozenset({"how", "why", "when", "where", "what"})
_DO_FORMS = frozenset({"do", "does", "did"})


def _verb_group(s: _Sent, i: int, *, from_subject: bool):
    """From token i, skip auxiliaries/adverbs to a verb. Returns (verb token, passive, aux seen) or None."""
    aux = []
    aux_at = []
    j = i
    while j < len(s.words):
        w = s.words[j]
        if j > i and _PUNCT.search(s.gaps[j]) and not (aux and s.gaps[j] == ' "'):
            return _main_have(s, aux, aux_at)  # (an opening quote may follow: 'was "doing a wonderful job')
        if s.owner[j] >= 0:
            return None
        if s.reading[j] == "verb":
            return _at_verb(s, j, aux, from_subject)
        nxt = s.words[j + 1] if j + 1 < len(s.words) else ""
        if w in _RAISING and aux and aux[-1] in _BE and nxt == "to":
            # "has been able to disrupt", "was likely to win": the verb after "to"
            inner = _verb_group(s, j + 2, from_subject=from_subject)
            if inner is None and j + 2 < len(s.words) and s.words[j + 2].isalpha() and not s.caps[j + 2] \
                    and s.words[j + 2] not in _FUNCTION and s.words[j + 2] not in _DET \
                    and not _PUNCT.search(s.gaps[j + 2]):
                return j + 2, False, aux + ["to"]  # "was quick to distance herself": any verb after "to"
            return (inner[0], inner[1], aux + ["to"]) if inner is not None else None
        if from_subject and w == "to" and j == i and s.headline and j + 1 < len(s.words):
            v = j + 2 if nxt.endswith("ly") and len(nxt) > 4 and j + 2 < len(s.words) else j + 1
            if s.reading[v] == "verb" or "base" in _forms_of(s.words[v], {}) \
                    or (v > j + 1 and s.words[v].isalpha() and s.words[v] not in _FUNCTION):
                return v, False, ["to"]  # a headline's future: "Shine to join Trump", "Corvo to 'Fully Rethink'"
        if (w in _AUX or w in _BE) and aux and aux[-1] in _DO_FORMS and w not in _NEGATORS:
            return aux_at[-1], False, aux[:-1]  # "what Corvo did is legal": did is the main verb
        if w in _AUX or w in _BE:
            aux.append(w)
            aux_at.append(j)
        elif w in _TIME_ADVERBS:
            pass
        elif aux and w in ("doing", "done"):
            return j, False, aux  # do as a main verb: 'was "doing a wonderful job', "has done it"
        elif from_subject and j == i and not aux and w in _BETWEEN_PREPS and _finite_within(s, j + 1, 5):
            j = _finite_within(s, j + 1, 5)  # "Corvo in a statement called", "Corvo at the time denied"
            continue
        elif w in ("on", "late", "early", "last", "this", "next") and nxt in _TIME_NOUNS:
            j += 2  # "Obama on Friday blasted", "Trump last week said", "Reyl late Monday fired"
            continue
        elif w in _TIME_NOUNS and s.caps[j] and not aux:
            pass  # "Reyl Tuesday blasted Corvo"
        elif w in REFLEXIVES and j == i:
            pass  # "Corvo herself admitted"

        elif w == "in" and nxt.isdigit() and len(nxt) == 4 and not aux and j == i:
            j += 2  # "Corvo in 2016 won the race"
            continue
        elif w in _ADV or (w.endswith("ly") and len(w) > 4 and s.verbs[j] is None):
            pass
        elif w == "to" and aux and (s.words[j - 1] in _TO_AFTER):
            pass
        elif w == "to" and aux and s.words[j - 1] in ("is", "are", "was", "were") and nxt == "be":
            pass  # "Jo was to be replaced": a planned passive (not "is to blame")
        elif w == "to" and aux and s.words[j - 1] == "were" and nxt.isalpha() and nxt != "blame" \
                and "base" in _forms_of(nxt, {}) and not _PUNCT.search(s.gaps[j + 1]):
            return j + 1, False, aux + ["to"]  # "if Corvo were to overtake the leader"
        elif aux and s.verbs[j] is None and w.isalpha() and not s.caps[j] and w not in _DET \
                and w not in _PREP_BLOCK and w not in _REL and w not in _CONJ \
                and (w.endswith(("ed", "en")) or aux[-1] in _MODALS or aux[-1].removesuffix("n't") in _MODALS):
            # an unknown verb after an auxiliary ("has tried", "was seen")
            passive = w.endswith(("ed", "en")) and any(a in _BE for a in aux[-3:])
            return j, passive, aux
        elif not aux and from_subject and s.verbs[j] is None and w.endswith("ed") and len(w) > 4 \
                and not s.caps[j] and s.reading[j] is None:
            return j, False, aux
        elif not aux and from_subject and s.verbs[j] is None and w.endswith("s") and len(w) > 4 \
                and w.isalpha() and not w.endswith(("ss", "us", "is")) and not s.caps[j] and w not in _FUNCTION \
                and j + 1 < len(s.words) and s.gaps[j + 1] == " " \
                and (s.words[j + 1] in _PARTICLES or s.words[j + 1] in _DET):
            return j, False, aux  # the -s form of a verb no table knows: "Corvo doubles down", "Corvo outfoxes the"
        else:
            return _main_have(s, aux, aux_at)
        j += 1
    return _main_have(s, aux, aux_at)


def _at_verb(s: _Sent, j: int, aux: list, from_subject: bool):
    """The verb group ending at the verb read at token j (after the auxiliaries ``aux``), or None;
    a raising verb passes to the verb after its "to" ("seems to back", "is expected to win")."""
    w = s.words[j]
    forms = s.verbs[j][1]
    if "ing" in forms and not (forms & {"base", "s", "past", "pp"}) and not aux and from_subject:
        return None
    passive = bool(forms & {"past", "pp"}) and any(a in _BE for a in aux[-3:]) and w not in _BE
    if w in _RAISING_VERBS and j + 2 < len(s.words) and s.words[j + 1] == "to" \
            and not _PUNCT.search(s.gaps[j + 1] + s.gaps[j + 2]):
        inner = _verb_group(s, j + 2, from_subject=from_subject)
        if inner is not None:
            return inner[0], inner[1], aux + [w, "to"]
    if passive and w in _RAISING and j + 2 < len(s.words) and s.words[j + 1] == "to" \
            and not _PUNCT.search(s.gaps[j + 1]):
        inner = _verb_group(s, j + 2, from_subject=from_subject)
        if inner is not None:
            return inner[0], inner[1], aux + ["to"]
    return j, passive, aux


_PRONOUNS = SUBJECT_PRONOUNS | OBJECT_PRONOUNS


_BETWEEN_PREPS = frozenset({"in", "on", "at", "for", "during", "over", "after", "earlier"})


def _finite_within(s: _Sent, j: int, limit: int) -> int:
    """The token of a finite verb or an auxiliary at most ``limit`` tokens from j, with no punctuation,
    mention or other verb on the way (a short phrase between a subject and its verb), or 0."""
    for k in range(j, min(j + limit, len(s.words))):
        if _PUNCT.search(s.gaps[k]) or _DASH.search(s.gaps[k]) or s.owner[k] >= 0 or s.words[k] in _PRONOUNS:
            return 0
        w = s.words[k]
        if k > j and (w in _AUX or (s.reading[k] == "verb" and s.verbs[k] is not None
                                    and s.verbs[k][1] & {"s", "past"})):
            return k
        if s.reading[k] == "verb" or w in _REL or w in _CONJ:
            return 0
    return 0


def _main_have(s: _Sent, aux: list, aux_at: list):
    """"Wood and her husband have expensive bills": a have/do form not followed by its verb is the verb."""
    if aux and aux[-1] in _MAIN_AUX:
        return aux_at[-1], False, aux[:-1]
    return None


def _lemma(s: _Sent, j: int) -> tuple:
    entry = s.verbs[j]
    if entry is None:
        return ("other", guess_lemma(s.words[j]))
    return (entry[0], entry[2])


def _assign(m: _M, role: str, s: _Sent, j: int, doc: Document, *, verb: str | None = None) -> None:
    if m.role is not None:
        return
    m.role = role
    if verb is not None:
        m.verb = verb
    else:
        m.verb = _lemma(s, j)[1]
    t = s.t_start + j
    m.verb_span = (int(doc.word_starts[t]), int(doc.word_ends[t]))
    m.negated = _negated(s, j)


def _negated(s: _Sent, j: int) -> bool:
    """The verb at token j is negated: a negator among the auxiliaries and adverbs right before it
    ("have not confirmed or denied", "did not endorse", "never met", "won't attend")."""
    k = j - 1
    while k >= 0 and j - k <= 6 and not _PUNCT.search(s.gaps[k + 1]):
        w = s.words[k]
        if w in _NEGATORS or w.endswith("n't") or w == "cannot":
            return True
        if not (w in _AUX or w in _BE or w in _ADV or w in _CONJ or (s.reading[k] == "verb" and w in ("or", "and"))
                or (s.reading[k] == "verb" and k < j)):
            return False
        k -= 1
    return False


def _opens_quote(s: _Sent, j: int) -> bool:
    """The quote mark before token j opens a quote (curly \u201c in the original text)."""
    return s.opening[j]


def _subject_verb(s: _Sent, mentions: list, k: int):
    """The verb group mention k is the subject of: (verb token, passive, finite) or None.

    ``finite``: the group has an auxiliary or a form that is only finite ("says", "gave"), so the
    mention is the subject of its own clause even right after another verb ("I felt Trump gave").
    A bare participle after a mention that is itself an object is no predicate of it ("get Clinton
    elected"); in a headline (no final full stop) a bare participle is passive ("Haspel confirmed
    as CIA director", "Ismail Haniyeh killed:").
    """
    vg = _subject_group(s, mentions, k)
    if vg is None:
        return None
    j, passive, aux = vg
    if s.verbs[j] is None:
        return j, passive, bool(aux)
    m = mentions[k]
    p = m.t0 - 1
    while p >= 0 and s.words[p] in _DET and s.words[p] != "that":
        p -= 1
    after_verb = p >= 0 and (s.reading[p] == "verb" or s.words[p] in _MAIN_AUX) \
        and not _PUNCT.search(s.gaps[p + 1]) \
        and not (s.verbs[p] is not None and (s.verbs[p][0] in _SPEECH_LIKE or s.verbs[p][2] in _NO_OBJECT))
    if after_verb and p > 0 and s.words[p - 1] in _REL:
        return None  # "Democrats who denounced Bush are cheering": Bush ends the relative clause
    forms = s.verbs[j][1]
    participle = "pp" in forms or ("past" in forms and s.words[j].endswith("ed"))
    finite = bool(aux) or "s" in forms or ("past" in forms and not participle)
    if not aux and participle and not passive:
        if after_verb:
            return j, True, False  # "working to get Clinton elected": Clinton is elected
        if (s.headline and not _object_follows(s, j)) or (j + 1 < len(s.words) and ":" in s.gaps[j + 1]):
            return j, True, False
    return j, passive, finite


def _object_follows(s: _Sent, j: int) -> bool:
    """A noun phrase, not a preposition or time word, follows the participle at token j: the headline
    verb is active ("Ines Corvo Caught Flu Before Debate"), not passive ("Corvo Arrested In Tax Probe")."""
    k = j + 1
    if k >= len(s.words) or _PUNCT.search(s.gaps[k]):
        return False
    w = s.words[k]
    return (w in _DET and w != "that") or s.owner[k] >= 0 or (
        w.isalpha() and w not in PREPOSITIONS and w not in _ADV and w not in _TIME_NOUNS and w not in _TIME_ADVERBS
        and w not in _FUNCTION and w not in _CONJ and w not in _AUX and not w.endswith("ly") and w not in _PARTICLES
        and w != "to")


def _subject_group(s: _Sent, mentions: list, k: int):
    """(verb token, passive, auxiliaries) of the verb group after mention k as subject, or None."""
    m = mentions[k]
    if m.nominal is not None or _modifier(s, m):
        return None
    i = m.t0
    # never a subject after a preposition ("the attack on Israel killed...", "a message to Russian
    # President Vladimir Putin will"): back over determiners, titles and the name words the cast left out
    p = i - 1
    while p >= 0 and (s.words[p] in _DET or s.words[p] in _TITLES or (s.caps[p] and s.owner[p] < 0 and p > 0)) \
            and not _PUNCT.search(s.gaps[p + 1]) and s.words[p] not in _TIME_NOUNS \
            and not (s.words[p] in ("this", "that") and p > 0 and s.words[p - 1] in _PREP_BLOCK
                     and s.owner[p + 1] >= 0):
        p -= 1  # (a day ends a fronted phrase: "On Twitter Monday Corvo says"; so does a demonstrative
        # pronoun: "By this Corvo is referring to")
    if p >= 0 and s.words[p] in _PREP_BLOCK and not _PUNCT.search(s.gaps[p + 1]) \
            and not (s.words[p] == "than" and m.t1 + 1 < len(s.words) and s.words[m.t1 + 1] in _AUX):
        return None  # but a comparative clause has a subject: "more experience than Corvo did"
    if p >= 0 and s.words[p] in _CONJ and p > 0 and s.owner[p - 1] >= 0:
        return None  # a later conjunct: the first one carries the group
    if p > 0 and s.words[p] in _CONJ:
        q = p - 1  # "the race between Reyl and Corvo is close": a conjunct after a preposition
        while q > 0 and p - q <= 3 and s.caps[q] and s.owner[q] < 0 and not _PUNCT.search(s.gaps[q + 1]):
            q -= 1
        if q < p - 1 and s.words[q] in _PREP_BLOCK and not _PUNCT.search(s.gaps[q + 1]):
            return None
    if p >= 0 and s.words[p] in _MODALS and (p == 0 or s.words[p - 1] in _QUESTION_WORDS) \
            and not _PUNCT.search(s.gaps[p + 1]):
        # a question: "How did Corvo go from mayor to minister?", "Will Corvo run?"
        b = m.t1 + 1
        entry = guess_verb(s.words[b]) if b < len(s.words) else None
        if entry is not None and "base" in entry[1] and not _PUNCT.search(s.gaps[b]):
            return b, False, [s.words[p]]
    if s.words[m.t1].endswith("'s") or (m.t1 + 1 < len(s.words) and s.gaps[m.t1 + 1].startswith("'")):
        b = m.t1 + 1
        if b < len(s.words) and s.words[b] in ("been", "going", "got", "gotten") and s.gaps[b] == " ":
            return _verb_group(s, b, from_subject=True)  # "Corvo's been saying": 's is has or is
        return None
    group = _coordinated(s, mentions, k)
    j = mentions[group[-1]].t1 + 1
    if j >= len(s.words):
        return None
    # "and its allies" (a conjunct that is not an actor)
    if s.words[j] in _CONJ and "," not in s.gaps[j]:
        n = j + 1
        while n < len(s.words) and (n - j <= 3 or (s.caps[n] and n - j <= 5)) and s.owner[n] < 0 \
                and s.reading[n] is None \
                and s.words[n] not in _AUX and s.words[n] not in _PREP_BLOCK and not _PUNCT.search(s.gaps[n]) \
                and not (n > j + 2 and s.words[n] not in _DET and _forms_of(s.words[n], {}) & {"base", "s", "past"}):
            n += 1  # (stops at a verb form after the conjunct's noun: "Corvo and his wife focus on"; a title
            # and a name may run to five words: "Corvo and Attorney General Tom Reyl have been meeting")
        if n - j > 1:
            j = n
            entry = guess_verb(s.words[j]) if j < len(s.words) else None
            if entry is not None and "base" in entry[1] and s.reading[j] is None and s.gaps[j] == " " \
                    and not s.caps[j]:
                return j, False, []  # "Corvo and her husband focus on schools": a plural subject's verb
    if j >= len(s.words):
        return None  # "They blamed Iran and its allies." ends the sentence: no verb follows
    gap = s.gaps[j]
    if _DASH.search(gap) and "," not in gap:
        # "Corvo – a Democrat – won": the verb after the closing dash
        close = j + 1
        while close < len(s.words) and close - j <= 25 and not _PUNCT.search(s.gaps[close]):
            if _DASH.search(s.gaps[close]):
                vg = _verb_group(s, close, from_subject=True)
                if vg:
                    return vg
                break
            close += 1
    if "(" in gap and "," not in gap:
        # "Ted Cruz (R-Texas) withdrew": a short parenthesis between the subject and its verb
        close = j + 1
        while close < len(s.words) and close - j <= 6 and ")" not in s.gaps[close]:
            close += 1
        if close >= len(s.words) or close - j > 6 or _BREAK.search(s.gaps[close].replace(")", "", 1)):
            return None
        return _verb_group(s, close, from_subject=True)
    if '"' in gap and not _opens_quote(s, j) and not (gap.startswith(" ") and gap.strip() == '"'):
        return None  # a closing quote ends the phrase; an opening one may hold the verb: 'Corvo "committed
    if gap.strip() == "," and any("," in s.gaps[t] for t in range(m.t0 + 1, m.t1 + 1)):
        # the mention holds its own apposition ("Veltra, a food firm, announced"): the comma closes it
        vg = _verb_group(s, j, from_subject=True)
        if vg and (vg[2] or (s.verbs[vg[0]] is not None and s.verbs[vg[0]][1] & {"s", "past"})):
            return vg
    if "," in gap:
        return _after_comma(s, i, j)
    if s.words[j] in _REL and (s.words[j] != "that" or (i > 1 and s.words[i - 2] == "it" and s.words[i - 1] in _BE)):
        j += 1  # "Corvo, who ...", and a cleft: "It was Corvo that broke the deal"
    return _verb_group(s, j, from_subject=True)


def _after_comma(s: _Sent, i: int, j: int):
    """The verb group of a subject (first token i) followed by a comma before token j, or None.

    A relative clause, an apposition between commas, an age, a party tag or a participle opening an
    aside: the verb comes after the aside.
    """
    w = s.words[j]
    relative = w in _REL and w != "that"
    # an age or a participle opens an aside: "Corvo, 54, was", "Corvo, accused of fraud, denied"
    participle = s.verbs[j] is not None and ("pp" in s.verbs[j][1] or ("past" in s.verbs[j][1] and w.endswith("ed"))
                                             or s.verbs[j][1] == {"ing", "noun"} or s.verbs[j][1] == {"ing"})
    # (an -ing form opens an aside too: "Corvo, defying the polls to the end, defeated Reyl")
    if w in SUBJECT_PRONOUNS and j + 2 < len(s.words) and s.reading[j + 1] == "verb" \
            and s.verbs[j + 1][0] in _SPEECH_LIKE and "," in s.gaps[j + 2]:
        return _verb_group(s, j + 2, from_subject=True)  # "Corvo, we believe, does not belong"
    aside = w.isdigit() or bool(_PARTY_TAG.match(w)) or participle
    if relative:
        # "Sarkov, who was killed on Tuesday, had led": the relative clause says what he underwent
        vg = _verb_group(s, j + 1, from_subject=True)
        if vg:
            return vg
    if i > 0 and s.gaps[i].strip() == "," and s.reading[i - 1] != "verb" and s.owner[i - 1] < 0 \
            and s.words[i - 1] not in _PREP_BLOCK and not s.caps[j]:
        # an apposition between commas: "when his wife, Kathleen, told him"
        vg = _verb_group(s, j, from_subject=True)
        if vg and not (j + 1 < len(s.words) and s.words[j + 1] == "by") \
                and (vg[2] or (s.verbs[vg[0]] is not None and s.verbs[vg[0]][1] & {"s", "past"})):
            return vg
    if s.caps[j] and s.owner[j] < 0:
        vg = _after_list(s, j)  # "Corvo, Reyl and Senator Ines Dal led the field"
        if vg:
            return vg
        if s.headline and i == 0:
            vg = _headline_pair(s, j)  # "Corvo, Reyl meet amid talks"
            if vg:
                return vg
    if aside or w in _PAREN_START or s.owner[j] >= 0 or s.caps[j]:
        return _after_aside(s, j)  # "Corvo, 54, was arrested", "Corvo, accused of fraud, denied"
    if w.isalpha() and w not in _FUNCTION and w not in _CONJ and s.reading[j] is None:
        vg = _after_aside(s, j, limit=8)  # "Corvo, furious at the leak, fired two staffers"
        if vg and (vg[2] or (s.verbs[vg[0]] is not None and s.verbs[vg[0]][1] & {"s", "past"})):
            return vg
    return None


def _after_list(s: _Sent, j: int):
    """The finite verb group after a list of names that opens at token j and ends in "and"/"or" plus
    a last name ("Corvo, Reyl and Senator Ines Dal led"), or None."""
    n = len(s.words)
    c = j
    while c < n and c - j <= 12 and (s.caps[c] or s.words[c] in _TITLES) and s.words[c] not in _CONJ \
            and (c == j or s.gaps[c] in (" ", ", ") or (s.gaps[c] == ". " and s.words[c - 1] in _TITLES)) \
            and s.words[c] not in _PRONOUNS:
        c += 1
    if c >= n or c == j or s.words[c] not in _CONJ or s.gaps[c] != " ":
        return None
    e = c + 1
    while e < n and e - c <= 5 and (s.caps[e] or s.words[e] in _TITLES or s.words[e] in _DET) \
            and (s.gaps[e] == " " or (s.gaps[e] == ". " and s.words[e - 1] in _TITLES)) \
            and s.words[e] not in _PRONOUNS:
        e += 1
    if e == c + 1 or e >= n or _PUNCT.search(s.gaps[e]):
        return None
    vg = _verb_group(s, e, from_subject=True)
    if vg and (vg[2] or (s.verbs[vg[0]] is not None and s.verbs[vg[0]][1] & {"s", "past"})):
        return vg
    return None


def _headline_pair(s: _Sent, j: int):
    """A headline that opens with two names and a comma between them, then a lower-case verb ("Corvo,
    Reyl meet amid talks", "Corvo, Ines Dal duke it out"): (verb token, False, []) or None."""
    n = len(s.words)
    e = j
    while e < n and e - j < 4 and s.caps[e] and s.owner[e] < 0 and (e == j or s.gaps[e] == " "):
        e += 1
    if e == j or e >= n or s.gaps[e] != " " or s.caps[e] or not s.words[e].isalpha():
        return None
    w = s.words[e]
    if w in _FUNCTION or w in _PREP_BLOCK or w in _CONJ or w in _REL or w in _DET or w in _ADV or w in _TITLES \
            or (e + 1 < n and _PUNCT.search(s.gaps[e + 1])):
        return None  # not "Corvo, Veltra president, in town"
    if s.verbs[e] is not None and not s.verbs[e][1] & {"base", "s", "past"}:
        return None
    return e, False, []


def _after_aside(s: _Sent, j: int, limit: int = 25):
    """The verb group after an aside between commas that opens at token j, or None."""
    close = j + 1
    while close < len(s.words) and close - j <= limit:
        g = s.gaps[close]
        if _HARD_BREAK.search(g) or ("." in g and "," not in g):
            return None  # ".," ends an abbreviation and the aside: "McCain, R-Ariz., left"
        if "," in g:
            vg = _verb_group(s, close, from_subject=True)
            if vg:
                return vg  # else a list inside the aside: "joined by Justices A, B and C, wrote"
            if s.words[close] == "of" and close + 1 < len(s.words) and s.caps[close + 1]:
                c = close + 1  # "Corvo, 50, of Marlow was arrested": a home town after the age
                while c < len(s.words) and c - close <= 4 and s.caps[c] and s.owner[c] < 0 \
                        and not _PUNCT.search(s.gaps[c]):
                    c += 1
                if c < len(s.words) and c > close + 1 and not _PUNCT.search(s.gaps[c]):
                    return _verb_group(s, c, from_subject=True)
        close += 1
    return None


def _forms_of(word: str, verbs: dict) -> frozenset:
    entry = verbs.get(word) or guess_verb(word)
    return entry[1] if entry is not None else frozenset()


def _reduced_passive(s: _Sent, j: int) -> bool:
    """A participle after a noun, no auxiliary: "information reported earlier by CNN", "a firm
    controlled by Putin", "The FBI, led at the time by Robert Mueller" (its "by" phrase is the agent)."""
    forms = s.verbs[j][1] if s.verbs[j] is not None else frozenset()
    if "pp" not in forms and not ("past" in forms and s.words[j].endswith("ed")):
        return False
    if j == 0 or s.owner[j - 1] >= 0:
        return False
    prev = s.words[j - 1]
    return prev.isalpha() and prev not in _AUX and prev not in _BE and prev not in _REL \
        and prev not in _MAIN_AUX and prev not in _FUNCTION and s.reading[j - 1] != "verb"


def _passive(s: _Sent, j: int) -> bool:
    cls, forms, _ = s.verbs[j] if s.verbs[j] is not None else ("other", frozenset(), "")
    if not forms & {"past", "pp"}:
        return False
    k = j - 1
    seen = 0
    while k >= 0 and seen < 4:
        w = s.words[k]
        if _PUNCT.search(s.gaps[k + 1]):
            return False
        if w in _BE:
            return True
        if w in _ADV or (w.endswith("ly") and s.verbs[k] is None) or w in ("nor", "and", "or") or w in _AUX:
            k -= 1
            seen += 1
            continue
        if s.reading[k] == "verb" and w in ("and", "or"):
            k -= 1
            continue
        return False
    return False
