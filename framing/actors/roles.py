"""Roles without a parser: agent, patient or none for each mention (rules in the package docstring).

Rules added from the errors on real news sentences (NewsMTSC train, see benchmarks/roles_newsmtsc.py),
each general, none keyed to a name or a sentence:

* an infinitive subject: "calling for Corvo to resign", "a request for Trump to determine" -> patient;
* a gerund subject: "a week of Obama extending invites", "Pelosi calling on" -> agent; "reports of
  Corvo being investigated" -> patient;
* an apposition between commas is a subject: "his wife, Kathleen, told him"; so are the mentions in
  a cleft ("It was Corvo that broke the deal"), a question ("How did Corvo go"), after an aside
  between dashes, and a gapped clause ("Reyl was sentenced to life, and Corvo to death");
* the "by" phrase of a participle without an auxiliary is its agent ("a firm controlled by Putin",
  "information reported earlier by CNN"), as is "by X" after "the firing of the treasurer";
* any verb: -ing forms of verbs no table knows ("Villainizing Pence", with its object), -s forms
  after a subject before a particle or determiner ("doubles down"), any word after a negated do or
  modal ("didn't mince") or after "was quick/eager/ready to", and the object of an unknown verb
  after an infinitive "to", a modal, a negation, a pronoun, a name (-s form) or a plural subject
  ("want to ram Kavanaugh through", "voters now distrust Corvo") -> patient; titles and role nouns
  are never such verbs ("wrote to rival Corvo");
* verbs of belief and knowledge take a person object when no clause follows ("Voters believed
  Osborne in 2010");
* a name and the institution head it modifies act together ("the Obama administration said",
  "FBI officials recovered"); a name between a determiner or "of" and a common noun modifies it
  and takes no role ("the Corvo family", "the choice of Corvo voters"), and a possessor before a
  compound ("Rivitz's harassment campaign") acts on nothing;
* headlines: title case means every word of four letters or more capitalised; a capitalised verb
  form before a name is no part of it ("Voters Rebuke Corvo"); a headline participle followed by
  a noun phrase is active ("Corvo Caught Flu"), otherwise passive ("Corvo Arrested In Tax Probe");
* between a subject and its verb: time words ("Reyl late Monday fired", "Reyl Tuesday blasted"),
  a year ("Corvo in 2016 won"), reflexives ("Corvo herself admitted"), "long", "well", "twice",
  "since", and an adverb in -ly before an -s form ("Corvo rarely speaks");
* never a subject after a preposition behind a title ("a message to Russian President Vladimir
  Putin will"); no object across a comma into a new clause ("backed his campaigns, Walker has");
  no title jump across a clause word ("shot Parkinson after Parkinson pointed").
"""

from __future__ import annotations

import re

import numpy as np

from framing.document import Document
from framing.lang.english import (
    INSTITUTION_HEADS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    REFLEXIVES,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)

from .mentions import _M
from .sentence import (
    _ADV,
    _AUX,
    _BE,
    _CONJ,
    _DET,
    _FUNCTION,
    _ING_NOT_ACTS,
    _MAIN_AUX,
    _MODALS,
    _NEGATORS,
    _NO_OBJECT,
    _NOUN_FORMS,
    _PAREN_START,
    _PARTICLES,
    _PARTY_TAG,
    _PATIENT_PREPS,
    _PREP_BLOCK,
    _PUNCT,
    _RAISING,
    _RAISING_VERBS,
    _REL,
    _SPEECH_LIKE,
    _TARGETED,
    _TIME_ADVERBS,
    _TIME_NOUNS,
    _TITLES,
    _TO_AFTER,
    _coordinated,
    _mention_start,
    _modifier,
    _phrase_tails,
    _reading,
    _Sent,
    _skip_det,
    _skip_name_words,
    _skip_title_phrase,
)
from .verbs import guess_lemma, guess_verb

# single-word heads of an institution a name modifies: "the Obama administration said", "FBI officials"
_HEADS = frozenset(h for h in INSTITUTION_HEADS if " " not in h)
_INFINITIVE_OPENERS = frozenset({"for"})
_DASH = re.compile(r"\s[\u2013\u2014-]{1,2}\s|\u2014")
_QUESTION_WORDS = frozenset({"how", "why", "when", "where", "what"})

_ADJECTIVE_END = re.compile(r"(al|ic|ive|ous|ary|ar|ian|ile|ful|ent|ant)$")


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
            cls, forms, lemma = s.verbs[j]
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
        nxt = s.words[j + 1] if j + 1 < len(s.words) else ""
        if w in _RAISING and aux and aux[-1] in _BE and nxt == "to":
            # "has been able to disrupt", "was likely to win": the verb after "to"
            inner = _verb_group(s, j + 2, from_subject=from_subject)
            if inner is None and j + 2 < len(s.words) and s.words[j + 2].isalpha() and not s.caps[j + 2] \
                    and s.words[j + 2] not in _FUNCTION and s.words[j + 2] not in _DET \
                    and not _PUNCT.search(s.gaps[j + 2]):
                return j + 2, False, aux + ["to"]  # "was quick to distance herself": any verb after "to"
            return (inner[0], inner[1], aux + ["to"]) if inner is not None else None
        if from_subject and w == "to" and j == i and s.headline and j + 1 < len(s.words) \
                and (s.reading[j + 1] == "verb" or "base" in _forms_of(s.words[j + 1], {})):
            return j + 1, False, ["to"]  # a headline's future: "Shine to join Trump in Helsinki"
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
            and not _PUNCT.search(s.gaps[p + 1]):
        p -= 1
    if p >= 0 and s.words[p] in _PREP_BLOCK and not _PUNCT.search(s.gaps[p + 1]):
        return None
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
        while n < len(s.words) and n - j <= 3 and s.owner[n] < 0 and s.reading[n] is None \
                and s.words[n] not in _AUX and s.words[n] not in _PREP_BLOCK and not _PUNCT.search(s.gaps[n]):
            n += 1
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
        if close >= len(s.words) or close - j > 6 or re.search(r"[,;:\"]", s.gaps[close].replace(")", "", 1)):
            return None
        return _verb_group(s, close, from_subject=True)
    if '"' in gap and not _opens_quote(s, j):
        return None
    if "," in gap:
        w = s.words[j]
        relative = w in _REL and w != "that"
        # an age or a participle opens an aside: "Corvo, 54, was", "Corvo, accused of fraud, denied"
        aside = w.isdigit() or bool(_PARTY_TAG.match(w)) or (s.verbs[j] is not None and ("pp" in s.verbs[j][1]
                                                            or ("past" in s.verbs[j][1] and w.endswith("ed"))))
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
        if aside or w in _PAREN_START or s.owner[j] >= 0 or s.caps[j]:
            return _after_aside(s, j)  # "Corvo, 54, was arrested", "Corvo, accused of fraud, denied"
        if w.isalpha() and w not in _FUNCTION and w not in _CONJ and s.reading[j] is None:
            vg = _after_aside(s, j, limit=8)  # "Corvo, furious at the leak, fired two staffers"
            if vg and (vg[2] or (s.verbs[vg[0]] is not None and s.verbs[vg[0]][1] & {"s", "past"})):
                return vg
        return None
    if s.words[j] in _REL and (s.words[j] != "that" or (i > 1 and s.words[i - 2] == "it" and s.words[i - 1] in _BE)):
        j += 1  # "Corvo, who ...", and a cleft: "It was Corvo that broke the deal"
    return _verb_group(s, j, from_subject=True)


def _after_aside(s: _Sent, j: int, limit: int = 25):
    """The verb group after an aside between commas that opens at token j, or None."""
    close = j + 1
    while close < len(s.words) and close - j <= limit:
        g = s.gaps[close]
        if re.search(r"[;:()\"]", g) or ("." in g and "," not in g):
            return None  # ".," ends an abbreviation and the aside: "McCain, R-Ariz., left"
        if "," in g:
            vg = _verb_group(s, close, from_subject=True)
            if vg:
                return vg  # else a list inside the aside: "joined by Justices A, B and C, wrote"
        close += 1
    return None


def _forms_of(word: str, verbs: dict) -> frozenset:
    entry = verbs.get(word) or guess_verb(word)
    return entry[1] if entry is not None else frozenset()


def _roles(doc: Document, mentions: list, verbs: dict) -> None:
    """Assign roles to the mentions in place (rules in the module docstring)."""
    if not mentions or not doc.n_words:
        return
    folded, text = doc.folded, doc.text
    ws, we = doc.word_starts, doc.word_ends
    # token ranges of mentions
    starts = np.array([m.start for m in mentions], dtype=np.int64)
    ends = np.array([m.end for m in mentions], dtype=np.int64)
    t0 = np.maximum(np.searchsorted(ws, starts, side="right") - 1, 0)
    t1 = np.maximum(np.searchsorted(ws, ends, side="left") - 1, t0)
    for m, a, b in zip(mentions, t0.tolist(), t1.tolist()):
        m.t0, m.t1 = a, b
    sent_of_word = doc.word_sentence
    by_sentence: dict = {}
    for idx, m in enumerate(mentions):
        by_sentence.setdefault(int(sent_of_word[m.t0]), []).append(idx)
    sent_first = np.searchsorted(sent_of_word, np.arange(doc.n_sentences), side="left")
    sent_last = np.searchsorted(sent_of_word, np.arange(doc.n_sentences), side="right")
    for si, idxs in by_sentence.items():
        a, b = int(sent_first[si]), int(sent_last[si])
        if b <= a:
            continue
        words = [folded[ws[t]:we[t]] for t in range(a, b)]
        gaps = [folded[(we[t - 1] if t > a else doc.sentences[si][0]):ws[t]] for t in range(a, b)]
        caps = [text[ws[t]].isupper() for t in range(a, b)]
        vs, guessed = [], []
        for w in words:
            e = verbs.get(w)
            guessed.append(e is None)
            vs.append(e if e is not None else guess_verb(w))
        opening = [text[ws[t] - 1] == "\u201c" if ws[t] > 0 else False for t in range(a, b)]
        last = doc.text[doc.sentences[si][0]:doc.sentences[si][1]].rstrip()
        headline = not re.search(r"[.!?\"'\u201d\u2019)]$", last)
        # title case: a headline whose every word of four letters or more is capitalised
        # ("Voters Rebuke Corvo Over Tax Plan", not "Why Reyl is firing Defense Secretary Ines Corvo")
        long_words = [t for t, w in enumerate(words) if len(w) > 3 and w.isalpha()]
        title_case = headline and len(long_words) >= 2 and all(caps[t] for t in long_words)
        s = _Sent(words, gaps, caps, a, vs, [None] * (b - a), [-1] * (b - a), opening, headline, title_case,
                  guessed)
        local = [mentions[k] for k in idxs]
        for li, m in enumerate(local):
            m.t0 -= a
            m.t1 = min(m.t1 - a, b - a - 1)  # a mention never reaches past its sentence's last word
            for t in range(m.t0, m.t1 + 1):
                s.owner[t] = li
        if title_case:
            for m in local:  # "Voters Rebuke Corvo": a capitalised verb form is no part of the name after it
                while m.t0 < m.t1 and words[m.t0] not in _TITLES \
                        and _forms_of(words[m.t0], verbs) & {"s", "past", "base"}:
                    s.owner[m.t0] = -1
                    m.t0 += 1
        for li, m in enumerate(local):
            # "the Obama administration said", "FBI officials recovered": the name and the institution's
            # head it modifies take the role together
            h = m.t1 + 1
            if m.nominal is None and h < b - a and s.owner[h] < 0 and gaps[h] == " " and words[h] in _HEADS \
                    and not words[m.t1].endswith("'s"):
                m.t1 = h
                s.owner[h] = li
        for m in local:  # demonym + action noun: the noun token must not be taken by the mention
            if m.nominal is not None:
                vt = int(np.searchsorted(ws[a:b], m.nominal[0], side="left"))
                m.nominal = (vt,)
        for t in range(len(words)):
            s.reading[t] = _reading(s, t, local)
            if guessed[t] and s.reading[t] is None:
                vs[t] = None  # a guessed form the context does not read as a verb is no verb
        _roles_in_sentence(doc, s, local, verbs)
        for m in local:
            m.t0 += a
            m.t1 += a


def _roles_in_sentence(doc: Document, s: _Sent, ms: list, verbs: dict) -> None:
    n = len(s.words)
    _genitives(doc, s, ms)
    _noun_preps(doc, s, ms)
    _phrases(doc, s, ms)
    # 3/4. verbs: subjects and objects
    subject_of = {}
    for k, m in enumerate(ms):
        if m.role is None:
            sv = _subject_verb(s, ms, k)
            if sv is not None:
                subject_of[k] = sv
    _verb_objects(doc, s, ms, subject_of)
    # "a lawsuit against Trump", "voted against X": what is against X is directed at X
    for j in range(1, n - 1):
        if s.words[j] == "against" and not _PUNCT.search(s.gaps[j]) and s.words[j - 1].isalpha() \
                and s.owner[j - 1] < 0 and s.words[j - 1] not in _AUX:
            k = _mention_start(s, ms, j + 1)
            if k >= 0:
                for c in _coordinated(s, ms, k):
                    if ms[c].role is None:
                        v = j - 2 if s.words[j - 1] in _PARTICLES and j > 1 else j - 1  # "speak out against"
                        _assign(ms[c], "patient", s, v, doc, verb=_lemma(s, v)[1])
    # "according to X"
    for j in range(n - 1):
        if s.words[j] == "according" and s.words[j + 1] == "to":
            k = _mention_start(s, ms, j + 2)
            if k >= 0:
                for c in _coordinated(s, ms, k):
                    _assign(ms[c], "agent", s, j, doc, verb="according to")
    _for_to(doc, s, ms)
    _unknown_verb_objects(doc, s, ms)
    for k, (j, passive, _) in subject_of.items():
        cls = s.verbs[j][0] if s.verbs[j] is not None else "other"
        if cls == "copula":
            continue  # "Smith became a critic": described, not acting
        role = "patient" if passive or cls == "undergo" else "agent"
        for c in _coordinated(s, ms, k):
            _assign(ms[c], role, s, j, doc)
    _gerund_subjects(doc, s, ms)
    _gapped(doc, s, ms)
    # "Iran-backed": the mention acts on what follows
    for m in ms:
        if m.role is None and m.t1 == m.t0:
            _, _, rest = s.words[m.t0].partition("-")
            if rest:
                from_lex = verbs.get(rest)
                if from_lex is not None and from_lex[1] & {"past", "pp"}:
                    m.role = "agent"
                    m.verb = from_lex[2]


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
        if e + 1 < n and s.words[e] == "to" and not re.search(r"[,;:\"(]", s.gaps[e].replace(")", "")) \
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
        if m.role is not None or w_at < 1 or s.gaps[m.t0] != " " or _PUNCT.search(s.gaps[w_at]):
            continue
        w = s.words[w_at]
        if not w.isalpha() or s.caps[w_at] or s.owner[w_at] >= 0 or s.verbs[w_at] is not None \
                or s.reading[w_at] is not None or len(w) < 3 or w.endswith(("ly", "ing", "ed")) \
                or w in _FUNCTION or w in PREPOSITIONS or w in SUBORDINATORS or w in _DET or w in _AUX \
                or w in _CONJ or w in _REL or w in _ADV or w in _TITLES or w.removesuffix("s") in _TITLES \
                or w in _TIME_NOUNS:
            continue
        p = w_at - 1
        while p > 0 and s.words[p] in _ADV and not _PUNCT.search(s.gaps[p + 1]):
            p -= 1  # "voters now distrust"
        before = s.words[p]
        if _PUNCT.search(s.gaps[p + 1]):
            continue
        opener = before in _OBJECT_VERB_OPENERS or before in _MODALS or before.removesuffix("n't") in _MODALS
        if before == "to":  # an infinitive after a verb or "able", not "a letter to newcomer Corvo"
            opener = p > 0 and (s.reading[p - 1] == "verb" or s.words[p - 1] in _RAISING)
        third = w.endswith("s") and not w.endswith(("ss", "us", "is")) and (
            s.owner[p] >= 0 or (s.caps[p] and before not in _DET and before not in _FUNCTION))
        plural = before.endswith("s") and not before.endswith("ss") and not s.caps[p] \
            and before not in _FUNCTION and s.reading[p] is None and before not in _DET
        if not (opener or third or plural):
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
        if a == 0 or not re.search(r"[,;]", s.gaps[a]) or s.words[m.t1].endswith("'s"):
            continue
        e = m.t1 + 1
        if s.gaps[e] != " " or not (s.words[e] in _DET or s.words[e] == "to"):
            continue
        c = e
        while c < n and not _PUNCT.search(s.gaps[c]) and s.reading[c] != "verb" and s.owner[c] < 0:
            c += 1
        if c < n and not _PUNCT.search(s.gaps[c]):
            continue  # a verb or another mention follows: no gapped clause
        v = a - 1
        while v >= 0 and s.reading[v] != "verb":
            v -= 1
        if v < 0 or s.verbs[v] is None or s.verbs[v][0] == "copula":
            continue
        role = "patient" if _passive(s, v) or s.verbs[v][0] == "undergo" else "agent"
        _assign(m, role, s, v, doc)


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
                    and not _PUNCT.search(s.gaps[k]):
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
        elif 0 < m.t0 and m.t1 + 1 < n and s.words[m.t0 - 1] in _DET and s.owner[m.t1 + 1] < 0 \
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


def _compound_head_after(s: _Sent, k: int) -> bool:
    """The noun at token k modifies a noun after it ("Rivitz's harassment campaign"): no act of its own."""
    j = k + 1
    if j >= len(s.words) or s.gaps[j] != " " or s.caps[j] or s.owner[j] >= 0:
        return False
    w = s.words[j]
    entry = s.verbs[j] if s.verbs[j] is not None else guess_verb(w)
    if entry is not None and entry[1] & {"s", "past", "pp"}:
        return False  # "Sarkov's murder remains unsolved": a verb may follow the act
    return w.isalpha() and s.reading[j] != "verb" \
        and w not in _FUNCTION and w not in _PREP_BLOCK and w not in _AUX and w not in _CONJ \
        and w not in _DET and w not in _REL and w not in _ADV and w not in _TIME_NOUNS \
        and w not in _TIME_ADVERBS and not w.endswith("ly") and w not in ("last", "this", "next")


def _noun_preps(doc: Document, s: _Sent, ms: list) -> None:
    """2. An action noun and its preposition ("the killing of X by Y", "a strike on X")."""
    n = len(s.words)
    for j in range(n):
        if s.reading[j] != "noun" or s.verbs[j] is None:
            continue
        cls, forms, _ = s.verbs[j]
        nf = next((f for f in forms if f in _NOUN_FORMS), None)
        if nf is None or j + 1 >= n or _PUNCT.search(s.gaps[j + 1]):
            continue
        prep = s.words[j + 1]
        if prep == "of":
            role = _NOUN_FORMS[nf][1]
        elif prep == "by":
            role = "agent"
        elif prep in _PATIENT_PREPS and cls in _TARGETED | {"support", "speech"}:
            role = "patient"
        elif prep == "for" and cls == "support":
            role = "patient"
        else:
            continue
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


def _verb_objects(doc: Document, s: _Sent, ms: list, subject_of: dict) -> None:
    """3. Objects of verbs and agents of passives ("by X"); subjects are assigned after."""
    n = len(s.words)
    for j in range(n):
        if s.reading[j] != "verb":
            continue
        cls = s.verbs[j][0]
        passive = _passive(s, j)
        # "according to X"
        i = j + 1
        while i < n and (s.words[i] in _PARTICLES or s.words[i] in _ADV) \
                and not re.search(r"[,;:\"]", s.gaps[i]):
            i += 1
        if i >= n or re.search(r"[;:\"()]", s.gaps[i]) or ("," in s.gaps[i]):
            continue
        reduced = not passive and _reduced_passive(s, j)
        if passive or reduced:
            b = i
            while b < n and b - i < 6 and s.words[b] != "by" and s.owner[b] < 0 \
                    and not _PUNCT.search(s.gaps[b]):
                b += 1
            if b < n and s.words[b] == "by" and not _PUNCT.search(s.gaps[b]):
                k = _mention_start(s, ms, b + 1)
                if k < 0:
                    k = _after_conjunct(s, ms, b + 1)  # "signed by Reyl and Corvo"
                if k >= 0:
                    for c in _coordinated(s, ms, k):
                        _assign(ms[c], "agent", s, j, doc)
                    continue
            if passive:
                continue
        inverted = cls == "speech" and bool(re.search(r"[,\"]", s.gaps[j]))
        if cls in ("undergo", "copula"):
            continue
        if not inverted and s.verbs[j] is not None and s.verbs[j][2] in _NO_OBJECT:
            k = _mention_start(s, ms, i)
            b = ms[k].t1 + 1 if k >= 0 else n
            if b < n and s.words[b] == "as" and not _PUNCT.search(s.gaps[b]):
                _assign(ms[k], "patient", s, j, doc)  # "confirmed Corvo as ambassador": an object after all
            elif k >= 0 and cls != "speech" and ms[k].t0 == i and (b >= n or re.search(r"[.;:!?]", s.gaps[b])
                                                                  or s.words[b] in _PREP_BLOCK) \
                    and _subject_verb(s, ms, k) is None:
                _assign(ms[k], "patient", s, j, doc)  # "voters believed Corvo in 2010": no clause follows
            continue
        k = _object_at(s, ms, i, cls)
        if k is None:
            continue
        k, role = k
        for c in _coordinated(s, ms, k):
            if c in subject_of and (cls in _SPEECH_LIKE or s.words[j] == "that" or subject_of[c][2]) \
                    and not _relative_after(s, ms[c]):
                continue
            _assign(ms[c], "agent" if inverted and role == "patient" else role, s, j, doc)


def _after_conjunct(s: _Sent, ms: list, i: int) -> int:
    """The mention after "X and" where X is a name that is no actor ("by Reyl and Corvo"), or -1."""
    j = i
    while j < len(s.words) and j - i < 3 and s.caps[j] and s.owner[j] < 0 and not _PUNCT.search(s.gaps[j]):
        j += 1
    if i < j < len(s.words) - 1 and s.words[j] in _CONJ and not _PUNCT.search(s.gaps[j]):
        return _mention_start(s, ms, j + 1)
    return -1


def _relative_after(s: _Sent, m) -> bool:
    """A relative clause between commas follows the mention: "to meet Warren, who has become"."""
    j = m.t1 + 1
    return j < len(s.words) and "," in s.gaps[j] and s.words[j] in _REL and s.words[j] != "that"


def _phrases(doc: Document, s: _Sent, ms: list) -> None:
    """A verb or noun with its particle or preposition marks the next noun phrase as a patient
    ("called on Corvo to resign", "lashed out at Corvo", "a probe into Veltra")."""
    n = len(s.words)
    for j in range(n - 1):
        if s.owner[j] >= 0 or (s.caps[j] and j > 0 and not s.title_case):
            continue
        for tail in _phrase_tails(s.words[j]):
            b = j + 1 + len(tail)
            if b >= n or tuple(s.words[j + 1:b]) != tail \
                    or any(_PUNCT.search(s.gaps[t]) for t in range(j + 1, b + 1)):
                continue
            k = _mention_start(s, ms, b)
            if k >= 0:
                for c in _coordinated(s, ms, k):
                    _assign(ms[c], "patient", s, j, doc)
            break


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


def _object_at(s: _Sent, ms: list, i: int, cls: str):
    """The mention a verb takes as object starting at token i: (mention index, role) or None."""
    n = len(s.words)
    w = s.words[i]
    if w == "that":
        return None  # "found that Corvo, who took office in 2010, had misused": a clause follows
    if w in _PATIENT_PREPS and cls in _TARGETED:
        k = _mention_start(s, ms, i + 1)
        return (k, "patient") if k >= 0 else None
    b = _skip_title_phrase(s, _skip_det(s, i))
    if i < b < n and s.owner[b] >= 0 and ms[s.owner[b]].t0 == b:
        # "accusing Republican Senate candidate Roy [Moore]": modifiers and a title before the name
        k = _mention_start(s, ms, b)
        return (k, "patient") if k >= 0 else None
    j = i
    steps = 0
    listed = False  # a list of objects that are no actor: "arrested the treasurer and Corvo"
    while j < n and steps < (8 if listed else 6) and s.owner[j] < 0:
        wj = s.words[j]
        if j > i and _PUNCT.search(s.gaps[j]):
            if s.gaps[j].strip() != "," or steps == 0 or wj in _CONJ and steps == 0:
                return None
            listed = True  # "criticised Veltra, Dravia and Corvo": a list goes on to its "and"
        if wj in ("that", "this", "these", "those"):
            return None  # a complement clause ("told reporters that X..."), not an object
        if wj in _CONJ and steps > 0:
            k = _mention_start(s, ms, j + 1)
            if k >= 0 and not re.search(r"[;:\"()]", s.gaps[j + 1] if j + 1 < n else "") \
                    and _subject_verb(s, ms, k) is None:  # "arrested the treasurer and Corvo resigned"
                return k, "patient"
            return None
        if wj in _TITLES and j + 1 < n and not _PUNCT.search(s.gaps[j + 1]):
            # "replace outgoing White House press secretary Sarah Huckabee [Sanders]": a title, then the name
            b = _skip_name_words(s, j + 1)
            if s.owner[b] >= 0 and ms[s.owner[b]].t0 == b:
                k = _mention_start(s, ms, b)
                return (k, "patient") if k >= 0 else None
        if wj in _DET or wj.isdigit():
            pass
        elif (steps < 3 or listed) and wj.replace("-", "").isalpha() \
                and (s.verbs[j] is None or (s.caps[j] and s.reading[j] is None)) and wj not in _PREP_BLOCK \
                and wj not in _AUX and wj not in _FUNCTION and wj != "to":
            if s.caps[j]:
                if not listed and _skip_name_words(s, j) > j:
                    j = _skip_name_words(s, j)  # "blasts Interior Secretary [Zinke]": a title the cast left out
                    break
                listed = True  # a capitalised word that is no mention: only a list may pass it
        else:
            return None
        j += 1
        steps += 1
    if listed:
        return None
    if j < n and s.owner[j] >= 0 and ms[s.owner[j]].t0 == j:
        k = _mention_start(s, ms, j)
        if k >= 0 and j > i and "," in s.gaps[j] and _subject_verb(s, ms, k) is not None:
            return None  # "backed his campaigns, Walker has pit": a new clause after the object
        return (k, "patient") if k >= 0 else None
    return None
