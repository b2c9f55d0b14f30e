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
from framing.lang.english import INSTITUTION_HEADS

from .clauses import (
    _for_to,
    _gapped,
    _gerund_subjects,
    _unknown_verb_objects,
)
from .nominals import (
    _genitives,
    _noun_preps,
)
from .sentence import (
    _ADV,
    _AUX,
    _CONJ,
    _DET,
    _FUNCTION,
    _NO_OBJECT,
    _PARTICLES,
    _PATIENT_PREPS,
    _PREP_BLOCK,
    _PUNCT,
    _REL,
    _SPEECH_LIKE,
    _TARGETED,
    _TITLES,
    _coordinated,
    _mention_start,
    _phrase_tails,
    _reading,
    _Sent,
    _skip_det,
    _skip_name_words,
    _skip_title_phrase,
)
from .sentence import (
    title_case as title_case_words,
)
from .verbgroups import (
    _BREAK,
    _HARD_BREAK,
    _assign,
    _forms_of,
    _lemma,
    _passive,
    _reduced_passive,
    _subject_verb,
)
from .verbs import guess_verb

# gap patterns compiled once (the rules test them on token gaps in every sentence; more in verbgroups)
_COMMA_QUOTE = re.compile(r"[,\"]")
_STOP = re.compile(r"[.;:!?]")

# single-word heads of an institution a name modifies: "the Obama administration said", "FBI officials"
_HEADS = frozenset(h for h in INSTITUTION_HEADS if " " not in h)
# final punctuation of a sentence (a sentence without it is a headline or a caption)
_FINAL = re.compile(r"[.!?\"'\u201d\u2019)]$")


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
    sentences = doc.sentences
    for si, idxs in by_sentence.items():
        a, b = int(sent_first[si]), int(sent_last[si])
        if b <= a:
            continue
        # per-sentence word classes, computed once (plain lists: no numpy scalar per word)
        starts_l = ws[a:b].tolist()
        ends_l = we[a:b].tolist()
        s_start, s_end = sentences[si][0], sentences[si][1]
        words = [folded[p:q] for p, q in zip(starts_l, ends_l)]
        gaps = [folded[p:q] for p, q in zip([s_start] + ends_l[:-1], starts_l)]
        caps = [text[p].isupper() for p in starts_l]
        vs = list(map(verbs.get, words))
        guessed = [e is None for e in vs]
        vs = [e if e is not None else guess_verb(w) for e, w in zip(vs, words)]
        opening = [p > 0 and text[p - 1] == "\u201c" for p in starts_l] \
            if "\u201c" in text[max(s_start - 1, 0):s_end] else [False] * (b - a)  # most sentences: none
        last = text[s_start:s_end].rstrip()
        headline = not _FINAL.search(last)
        # title case: a headline whose every word of four letters or more is capitalised
        # ("Voters Rebuke Corvo Over Tax Plan", not "Why Reyl is firing Defense Secretary Ines Corvo")
        title_case = headline and title_case_words(words, caps, minimum=2)
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
        owner = s.owner
        for t in [t for t, e in enumerate(vs) if e is not None]:
            if owner[t] >= 0:
                continue  # _reading gives None (the reading list's default) for a mention's word or no entry
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
    for j in (range(1, n - 1) if "against" in s.words else ()):
        if s.words[j] == "against" and not _PUNCT.search(s.gaps[j]) and s.words[j - 1].isalpha() \
                and s.owner[j - 1] < 0 and s.words[j - 1] not in _AUX:
            k = _mention_start(s, ms, j + 1)
            if k >= 0:
                for c in _coordinated(s, ms, k):
                    if ms[c].role is None:
                        v = j - 2 if s.words[j - 1] in _PARTICLES and j > 1 else j - 1  # "speak out against"
                        _assign(ms[c], "patient", s, v, doc, verb=_lemma(s, v)[1])
    # "according to X"
    for j in (range(n - 1) if "according" in s.words else ()):
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


def _verb_objects(doc: Document, s: _Sent, ms: list, subject_of: dict) -> None:
    """3. Objects of verbs and agents of passives ("by X"); subjects are assigned after."""
    n = len(s.words)
    for j in [t for t, r in enumerate(s.reading) if r == "verb"]:  # readings are fixed before the rules run
        cls = s.verbs[j][0]
        passive = _passive(s, j)
        # "according to X"
        i = j + 1
        while i < n and (s.words[i] in _PARTICLES or s.words[i] in _ADV) \
                and not _BREAK.search(s.gaps[i]):
            i += 1
        if i >= n or _HARD_BREAK.search(s.gaps[i]) or ("," in s.gaps[i]):
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
        inverted = cls == "speech" and bool(_COMMA_QUOTE.search(s.gaps[j]))
        if cls in ("undergo", "copula"):
            continue
        if not inverted and s.verbs[j] is not None and s.verbs[j][2] in _NO_OBJECT:
            k = _mention_start(s, ms, i)
            b = ms[k].t1 + 1 if k >= 0 else n
            if b < n and s.words[b] == "as" and not _PUNCT.search(s.gaps[b]):
                _assign(ms[k], "patient", s, j, doc)  # "confirmed Corvo as ambassador": an object after all
            elif k >= 0 and cls != "speech" and ms[k].t0 == i and (b >= n or _STOP.search(s.gaps[b])
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
            if k >= 0 and not _HARD_BREAK.search(s.gaps[j + 1] if j + 1 < n else "") \
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
