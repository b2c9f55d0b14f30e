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

Third round (the errors of the opened held-out parts 2 and 3), again general:

* an -ing form is never an inverted speech tag ("cautious, asking Corvo, ..." -> patient); an opening
  quote may stand between a subject and its verb ('Corvo "committed'); "by X" may follow a quoted
  word or a lower-case modifier ("mocked as \"weak\" by Corvo", "criticised by island councillors,
  who accused": the councillors are the agent of criticise, not of accuse);
* any verb: "like" after "to" or a pronoun, do as a main verb ("what Corvo did is"), "were to V",
  split infinitives ("to maliciously frame Corvo"), hyphen-prefixed verbs ("under-performing"), an
  -s form after a relative pronoun ("that most sets Corvo apart"), a clause verb with a name object
  at the end ("announced Corvo?"), objects of an -ing form after a preposition ("by firing Corvo"),
  "the V-ing of X" for any verb ("the jailing of Corvo");
* an object in apposition to a noun phrase that is no actor ("sued her former employer, Veltra,");
* subjects: a list of names ("Corvo, Reyl and Senator Dal led"), asides opened by an -ing form, a
  parenthetical "we believe" or an age and home town ("Corvo, 50, of Marlow was arrested"), a
  conjunct that is no actor ("Corvo and his wife focus"), a fronted phrase ending in a day;
* nominalisations of any verb (-ion, -ment, plurals of the lexicon's nouns: "Corvo's assertions",
  "criticisms of Corvo", "the cancellation of"), with a list of -ion/-ment nouns that name no act;
* no role: "end up a loser" (a copula), a role noun between two names ("Veltra News host Ines Dal"),
  a "whether" clause after a verb.

Fourth round (the errors of the opened held-out parts 2 and 4), general again:

* subjects: a mention holding its own apposition ("Veltra, a food firm, announced"), headlines with two
  names ("Corvo, Reyl meet amid talks") or "X to (adverb) V", a conjunct that is a title and a name
  ("Corvo and Attorney General Tom Reyl have been meeting"), after "By this" (a demonstrative ends a
  fronted phrase), a gapped clause after a semicolon whose first verb no reading took, sentences in
  capitals ("CORVO SAYS"), and headlines that end in a closing quote ("Corvo Caught 'Marlow Flu'");
* patients: "be under" an action noun ("is under federal indictment"; not the idiom "under fire"),
  objects of hyphenated -ing compounds and of an -ing form after "of" or opening a clause behind a
  dateline dash ("of slow-walking Corvo", "MARLOW \u2014 Blasting Corvo"), an infinitive split by an
  adverb after a noun ("intentions to maliciously frame Corvo"), an apposition object opened by a
  capitalised possessor, after speech verbs too ("warned Ostria's president, Ines Corvo, not to"), an
  object followed by a relative clause between dashes, names joined by "and" before a plural action
  noun read as a noun before a modal ("the Reyl and Corvo arrests should");
* agents: the object of a verb with a bare verb and its complement after it ("watch Corvo play
  tennis"), the subject of an -ing form read as a noun ("of Corvo jetting around the world"),
  possessors of -ance/-ence nouns of known verbs ("Corvo's disappearance"), "by" a name behind its
  modifiers and a role noun ("made by Marlow Evening News host Ines Corvo");
* no role, or no wrong role: a speech verb after a comma is an inverted tag only when the clause ends
  at the name ("Reyl, a lawyer, described Corvo as a pilot": patient), a name glued by a hyphen to
  the next word ("Corvo-Reyl matchups", "Corvo-watchers"), a word glued by a hyphen after a title
  ("Gov.-elect"), a role noun between a name's modifiers and the name after a preposition or a
  determiner ("the Veltra Radio host Ines Dal"), an existential "there is" ("there's Corvo \u2013 stuck"),
  a possessor before a compound adjective or an -ing modifier ("Corvo's polling numbers").
"""

from __future__ import annotations

import re

import numpy as np

from framing.document import Document
from framing.lang.english import INSTITUTION_HEADS

from .clauses import (
    _after_conjunct,
    _after_modifiers,
    _after_name_modifiers,
    _after_preposition,
    _existential,
    _for_to,
    _gapped,
    _gerund_objects,
    _gerund_subjects,
    _role_noun,
    _small_clause,
    _under_act,
    _unknown_verb_objects,
)
from .nominals import _genitives, _noun_preps
from .sentence import (
    _ADV,
    _AUX,
    _BE,
    _CONJ,
    _DET,
    _FUNCTION,
    _MODALS,
    _NO_OBJECT,
    _NOUN_FORMS,
    _PARTICLES,
    _PATIENT_PREPS,
    _PREP_BLOCK,
    _PUNCT,
    _REL,
    _SPEECH_LIKE,
    _TARGETED,
    _TIME_NOUNS,
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
from .sentence import title_case as title_case_words
from .verbgroups import (
    _BREAK,
    _DASH,
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
_QUOTES = re.compile(r"[\"\u201c\u201d]")
_STOP = re.compile(r"[.;:!?]")

# single-word heads of an institution a name modifies: "the Obama administration said", "FBI officials"
_HEADS = frozenset(h for h in INSTITUTION_HEADS if " " not in h)
# final punctuation of a sentence, before closing quotes (a sentence without it is a headline or a caption)
_FINAL = re.compile(r"[.!?]$")


def _roles(doc: Document, mentions: list, verbs: dict, ignored=frozenset()) -> None:
    """Assign roles to the mentions in place (rules in the module docstring).

    ``ignored``: indices of mentions whose role nobody reads (a metonym that names a place, dropped
    whatever its role); a sentence that holds only such mentions is not read at all."""
    if not mentions or not doc.n_words:
        return
    ws = doc.word_starts
    # token ranges of mentions
    starts = np.array([m.start for m in mentions], dtype=np.int64)
    ends = np.array([m.end for m in mentions], dtype=np.int64)
    t0 = np.maximum(np.searchsorted(ws, starts, side="right") - 1, 0)
    t1 = np.maximum(np.searchsorted(ws, ends, side="left") - 1, t0)
    for m, a, b in zip(mentions, t0.tolist(), t1.tolist()):
        m.t0, m.t1 = a, b
    sent_of_word = doc.word_sentence
    by_sentence: dict = {}
    for idx, si in enumerate(sent_of_word[t0].tolist()):
        by_sentence.setdefault(si, []).append(idx)
    held = np.array(list(by_sentence), dtype=np.int64)  # the token range of each sentence holding a mention
    sent_first = np.searchsorted(sent_of_word, held, side="left").tolist()
    sent_last = np.searchsorted(sent_of_word, held, side="right").tolist()
    for (si, idxs), a, b in zip(by_sentence.items(), sent_first, sent_last):
        if b <= a or (ignored and all(k in ignored for k in idxs)):
            continue
        s = _sentence(doc, si, a, b, verbs)
        local = [mentions[k] for k in idxs]
        _place_mentions(doc, s, local, verbs)
        _read_verbs(s, local, verbs)
        _roles_in_sentence(doc, s, local, verbs)
        for m in local:
            m.t0 += a
            m.t1 += a


def _sentence(doc: Document, si: int, a: int, b: int, verbs: dict) -> _Sent:
    """The per-sentence word facts of sentence si (tokens a to b - 1), computed once for every rule: words,
    gaps, capitals, verb entries, opening quotes, headline and title case (owners and readings left empty)."""
    folded, text = doc.folded, doc.text
    # per-sentence word classes, computed once (plain lists: no numpy scalar per word)
    starts_l = doc.word_starts[a:b].tolist()
    ends_l = doc.word_ends[a:b].tolist()
    s_start, s_end = doc.sentences[si][0], doc.sentences[si][1]
    words = [folded[p:q] for p, q in zip(starts_l, ends_l)]
    gaps = [folded[p:q] for p, q in zip([s_start] + ends_l[:-1], starts_l)]
    caps = [text[p].isupper() for p in starts_l]
    lookups = _lookups(verbs)
    known = lookups.get  # (an entry is a non-empty tuple: "or" asks _look_up only for a new word)
    found = [known(w) or _look_up(lookups, verbs, w) for w in words]
    vs, guessed = map(list, zip(*found))  # (b > a: the sentence has words)
    opening = [p > 0 and text[p - 1] == "\u201c" for p in starts_l] \
        if "\u201c" in text[max(s_start - 1, 0):s_end] else [False] * (b - a)  # most sentences: none
    last = text[s_start:s_end].rstrip()
    headline = not _FINAL.search(last.rstrip("\"'\u201d\u2019)"))  # "Corvo Caught 'Marlow Flu'" is a headline
    # title case: a headline whose every word of four letters or more is capitalised
    # ("Voters Rebuke Corvo Over Tax Plan", not "Why Reyl is firing Defense Secretary Ines Corvo")
    title_case = headline and title_case_words(words, caps, minimum=2)
    if b - a >= 3 and all(text[p:q].isupper() for p, q in zip(starts_l, ends_l) if text[p:q].isalpha()):
        caps = [False] * (b - a)  # "CORVO SAYS SHE'LL RUN.": all capitals say nothing of names or verbs
        title_case = False
    return _Sent(words, gaps, caps, a, vs, [None] * (b - a), [-1] * (b - a), opening, headline, title_case,
                 guessed)


# per verb table: {word: (verb entry or None, the entry is a guess)}, the lexicon's entry, else the plural of an
# action noun it lists in the singular, else guess_verb's; bounded like guess_verb's cache
_LOOKUPS: dict = {}
_MAX_LOOKUPS = 200_000


def _lookups(verbs: dict) -> dict:
    """The word lookups of a verb table (kept for the last few tables, by identity)."""
    held = _LOOKUPS.get(id(verbs))
    if held is None or held[0] is not verbs:
        if len(_LOOKUPS) >= 8:
            _LOOKUPS.clear()
        held = _LOOKUPS[id(verbs)] = (verbs, {})  # the table is held, so its id is not reused while kept
    return held[1]


def _look_up(lookups: dict, verbs: dict, word: str) -> tuple:
    """(entry, guessed) of a word: the lexicon's entry, a plural action noun whose singular the lexicon lists
    ("criticisms"), or a guess from the word's form (framing.actors.verbs)."""
    entry = verbs.get(word)
    if entry is not None:
        found = (entry, False)
    else:
        plural = _plural_noun(verbs, word) if word.endswith("s") else None
        found = (plural, False) if plural is not None else (guess_verb(word), True)
    if len(lookups) >= _MAX_LOOKUPS:
        lookups.clear()
    lookups[word] = found
    return found


def _place_mentions(doc: Document, s: _Sent, local: list, verbs: dict) -> None:
    """The sentence's mentions in sentence tokens, and the token owners: a capitalised headline verb left out
    of the name after it, an institution head joined to the name before it, a demonym's action noun."""
    a, n = s.t_start, len(s.words)
    words, gaps = s.words, s.gaps
    for li, m in enumerate(local):
        m.t0 -= a
        m.t1 = min(m.t1 - a, n - 1)  # a mention never reaches past its sentence's last word
        for t in range(m.t0, m.t1 + 1):
            s.owner[t] = li
    if s.title_case:
        for m in local:  # "Voters Rebuke Corvo": a capitalised verb form is no part of the name after it
            while m.t0 < m.t1 and words[m.t0] not in _TITLES \
                    and _forms_of(words[m.t0], verbs) & {"s", "past", "base"}:
                s.owner[m.t0] = -1
                m.t0 += 1
    for li, m in enumerate(local):
        # "the Obama administration said", "FBI officials recovered": the name and the institution's
        # head it modifies take the role together
        h = m.t1 + 1
        if m.nominal is None and h < n and s.owner[h] < 0 and gaps[h] == " " and words[h] in _HEADS \
                and not words[m.t1].endswith("'s"):
            m.t1 = h
            s.owner[h] = li
    for m in local:  # demonym + action noun: the noun token must not be taken by the mention
        if m.nominal is not None:
            vt = int(np.searchsorted(doc.word_starts[a:a + n], m.nominal[0], side="left"))
            m.nominal = (vt,)


def _read_verbs(s: _Sent, local: list, verbs: dict) -> None:
    """The reading (verb, noun or none) of every verb-like word, fixed before the rules run; a guessed form
    the context does not read as a verb is no verb."""
    words, gaps, vs, guessed, owner = s.words, s.gaps, s.verbs, s.guessed, s.owner
    n = len(words)
    for t in [t for t, e in enumerate(vs) if e is not None]:
        if owner[t] >= 0:
            continue  # _reading gives None (the reading list's default) for a mention's word or no entry
        s.reading[t] = _reading(s, t, local) if not (t and gaps[t] in ("-", ".-")) and not _role_noun(s, t) \
            else None
        if s.reading[t] == "verb" and "s" in vs[t][1] and vs[t][1] & _NOUN_FORMS.keys() and t + 1 < n \
                and words[t + 1] in _MODALS and gaps[t + 1] == " ":
            s.reading[t] = "noun"  # "the Reyl and Corvo arrests should": a plural noun before a modal
        # ("Gov.-elect Phil Dal": a word glued to the one before by a hyphen is no verb of its own)
        if guessed[t] and s.reading[t] is None:
            vs[t] = None  # a guessed form the context does not read as a verb is no verb


def _noun_before_name(s: _Sent, ms: list, k: int, j: int) -> bool:
    """The bare base form at token j right after a singular name and right before a capitalised word is
    a noun ("Veltra News host Ines Dal", "party chair Corvo"): a singular subject's verb would take -s."""
    if s.verbs[j] is None or s.verbs[j][1] & {"s", "past", "pp", "ing"} or j + 1 >= len(s.words) \
            or not s.caps[j + 1] or s.gaps[j + 1] != " " or ms[k].t1 + 1 != j or s.gaps[j] != " ":
        return False
    last = s.words[ms[k].t1]
    singular = not last.endswith("s") or last.endswith(("ss", "news"))  # "Democrats back Corvo" is a verb
    return singular and len(_coordinated(s, ms, k)) == 1 and not s.title_case


def _plural_noun(verbs: dict, word: str):
    """The lexicon entry of an action noun's plural the lexicon lists only in the singular ("criticisms"),
    or None."""
    if len(word) < 5 or not word.endswith("s") or word.endswith("ss"):
        return None
    entry = verbs.get(word[:-1])
    if entry is None:
        return None
    nouns = entry[1] & _NOUN_FORMS.keys()
    return (entry[0], frozenset(nouns), entry[2]) if nouns else None


def _roles_in_sentence(doc: Document, s: _Sent, ms: list, verbs: dict) -> None:
    n = len(s.words)
    s.starts, s.groups = {}, {}  # the rules only read the sentence's facts: their tests are kept
    s.last_owned = max((m.t1 for m in ms), default=-1)  # (the owned tokens are the mentions' t0..t1)
    _genitives(doc, s, ms)
    _noun_preps(doc, s, ms)
    _phrases(doc, s, ms)
    # 3/4. verbs: subjects and objects
    subject_of = {}
    for k, m in enumerate(ms):
        if m.role is None and not _existential(s, m):
            sv = _subject_verb(s, ms, k)
            if sv is not None:
                subject_of[k] = sv
    _verb_objects(doc, s, ms, subject_of)
    # "a lawsuit against Trump", "voted against X": what is against X is directed at X
    for j in (range(1, n - 1) if "against" in s.words else ()):
        if s.words[j] == "against" and not _PUNCT.search(s.gaps[j]) and s.words[j - 1].isalpha() \
                and s.owner[j - 1] < 0 and s.words[j - 1] not in _AUX:
            k = _mention_start(s, ms, j + 1)
            if k < 0:
                k = _apposition_after(s, ms, j + 1)  # "a lawsuit against the firm's former chief, Ines Corvo,"
            if k >= 0:
                for c in _coordinated(s, ms, k):
                    if ms[c].role is None:
                        v = j - 2 if s.words[j - 1] in _PARTICLES and j > 1 else j - 1  # "speak out against"
                        while v > 0 and s.words[v] in _TIME_NOUNS and not _PUNCT.search(s.gaps[v]):
                            v -= 1  # "filed a lawsuit Thursday against": the act before the day
                        _assign(ms[c], "patient", s, v, doc, verb=_lemma(s, v)[1])
    # "according to X"
    for j in (range(n - 1) if "according" in s.words else ()):
        if s.words[j] == "according" and s.words[j + 1] == "to":
            k = _mention_start(s, ms, j + 2)
            if k >= 0:
                for c in _coordinated(s, ms, k):
                    _assign(ms[c], "agent", s, j, doc, verb="according to")
    _for_to(doc, s, ms)
    _gerund_objects(doc, s, ms)
    _unknown_verb_objects(doc, s, ms)
    for k, (j, passive, finite) in subject_of.items():
        cls = s.verbs[j][0] if s.verbs[j] is not None else "other"
        if not finite and _noun_before_name(s, ms, k, j):
            continue  # "told Veltra News host Ines Dal": a role noun before a name, not a verb
        if cls == "copula" or (s.verbs[j] is not None and s.verbs[j][2] == "end" and j + 2 < len(s.words)
                               and s.words[j + 1] == "up" and s.words[j + 2] in _DET):
            continue  # "Smith became a critic", "Smith could end up a loser": described, not acting
        role = "patient" if passive or cls == "undergo" else "agent"
        for c in _coordinated(s, ms, k):
            _assign(ms[c], role, s, j, doc)
    for k, m in enumerate(ms):  # "Corvo is under federal investigation": the subject undergoes the act
        j = m.t1 + 1
        if m.role is None and j < n and s.words[j] in _BE and not _PUNCT.search(s.gaps[j]) \
                and not s.words[m.t1].endswith("'s") and not _after_preposition(s, m):
            t = _under_act(s, j)
            if t:
                for c in _coordinated(s, ms, k):
                    _assign(ms[c], "patient", s, t, doc)
    _gerund_subjects(doc, s, ms)
    _gapped(doc, s, ms)
    for m in ms:  # "Corvo-Reyl matchups", "Corvo-watchers": a name glued by a hyphen modifies the word after it
        if m.role is not None and m.t1 == m.t0 and doc.text[m.end:m.end + 1] == "-":
            _, _, rest = s.words[m.t0].partition("-")
            if rest and not _forms_of(rest, verbs) & {"past", "pp"}:
                m.role, m.verb, m.verb_span, m.negated = None, None, None, False
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
    # readings are fixed before the rules run; a verb's object, agent or apposition is a mention after it
    for j in [t for t, r in enumerate(s.reading[:max(s.last_owned, 0)]) if r == "verb"]:
        cls = s.verbs[j][0]
        # "according to X"
        i = j + 1
        while i < n and (s.words[i] in _PARTICLES or s.words[i] in _ADV) \
                and not _BREAK.search(s.gaps[i]):
            i += 1
        if i > s.last_owned or _HARD_BREAK.search(s.gaps[i]) or ("," in s.gaps[i]):
            continue  # (every object, agent or apposition below is a mention from token i on)
        passive = _passive(s, j)
        reduced = not passive and _reduced_passive(s, j)
        if passive or reduced:
            b = i
            while b < n and b - i < 6 and s.words[b] != "by" and s.owner[b] < 0 \
                    and not _PUNCT.search(_QUOTES.sub("", s.gaps[b])):
                b += 1  # "mocked as \"weak\" by Corvo": a quoted word on the way
            if b < n and s.words[b] == "by" and not _PUNCT.search(_QUOTES.sub("", s.gaps[b])):
                k = _mention_start(s, ms, b + 1)
                if k < 0:
                    k = _after_conjunct(s, ms, b + 1)  # "signed by Reyl and Corvo"
                if k < 0:
                    k = _after_modifiers(s, ms, b + 1)  # "criticised by island councillors"
                if k < 0:
                    k = _after_name_modifiers(s, ms, b + 1)  # "made by Marlow Evening News host Ines Corvo"
                if k >= 0:
                    for c in _coordinated(s, ms, k):
                        _assign(ms[c], "agent", s, j, doc)
                    continue
            if passive:
                continue
        # "..., said Corvo" is inverted; "cautious, asking Corvo" is not: an -ing form takes its object
        inverted = cls == "speech" and bool(_COMMA_QUOTE.search(s.gaps[j])) \
            and bool(s.verbs[j][1] & {"s", "past", "pp", "base"})
        if cls in ("undergo", "copula"):
            continue
        if not inverted and s.verbs[j] is not None and s.verbs[j][2] in _NO_OBJECT:
            k = _mention_start(s, ms, i)
            b = ms[k].t1 + 1 if k >= 0 else n
            if b < n and s.words[b] == "as" and not _PUNCT.search(s.gaps[b]):
                _assign(ms[k], "patient", s, j, doc)  # "confirmed Corvo as ambassador": an object after all
            elif k >= 0 and ms[k].t0 == i and (b >= n or _STOP.search(s.gaps[b])
                                               or (cls != "speech" and s.words[b] in _PREP_BLOCK)) \
                    and _subject_verb(s, ms, k) is None:
                _assign(ms[k], "patient", s, j, doc)  # "believed Corvo in 2010", "announced Corvo?": no clause
            continue
        k = _object_at(s, ms, i, cls)
        if k is None:
            a = _apposition_after(s, ms, i) if not inverted else -1
            if a < 0:
                continue
            k = (a, "patient")  # "is suing her former employer, Veltra, for damages"
        k, role = k
        sc = _small_clause(s, ms, k) if not inverted and cls not in _SPEECH_LIKE else -1
        if sc >= 0:
            for c in _coordinated(s, ms, k):  # "watch Corvo play football": the object acts in its own clause
                _assign(ms[c], "agent", s, sc, doc)
            continue
        if inverted:
            # "..., said Corvo on Monday" is a speech tag; "Reyl, a lawyer, described Corvo as a pilot" is not
            e = ms[_coordinated(s, ms, k)[-1]].t1 + 1
            inverted = e >= n or bool(_PUNCT.search(s.gaps[e])) or (s.words[e] != "as" and s.words[e] not in _DET)
        for c in _coordinated(s, ms, k):
            if c in subject_of and (cls in _SPEECH_LIKE or s.words[j] == "that" or subject_of[c][2]) \
                    and not _relative_after(s, ms[c]):
                continue
            _assign(ms[c], "agent" if inverted and role == "patient" else role, s, j, doc)


def _apposition_after(s: _Sent, ms: list, i: int) -> int:
    """The mention in apposition to a short noun phrase that is no actor, opening at token i: "sued
    her former employer, Veltra, for damages", "against the firm's former chief, Ines Corvo,". The
    mention must close the apposition (a comma, a stop or the end after it) and start no clause of
    its own; -1 otherwise."""
    n = len(s.words)
    j = i
    while j < n and j - i <= 7 and s.owner[j] < 0 and s.reading[j] != "verb" \
            and (not s.caps[j] or (j == i and s.words[j].endswith("'s"))) \
            and (j == i or not _PUNCT.search(s.gaps[j])) and s.words[j] not in _REL \
            and s.words[j] not in ("that", "this", "these", "those") and s.words[j] not in _PREP_BLOCK:
        j += 1  # (a capitalised possessor may open it: "warned Ostria's president, Ines al-Corvo,")
    if j < n and j > i and s.gaps[j].strip() == "," and s.owner[j] < 0:
        b = _skip_name_words(s, j)  # the first name the cast left out
        j = b if b > j and ms[s.owner[b]].t0 == b else j
    elif j < n and s.owner[j] >= 0 and s.gaps[j].strip() != ",":
        return -1
    if j == i or j >= n or s.owner[j] < 0 or ms[s.owner[j]].t0 != j \
            or (s.gaps[j].strip() != "," and s.gaps[j] != " "):
        return -1
    k = _mention_start(s, ms, j)
    if k < 0:
        return -1
    e = ms[_coordinated(s, ms, k)[-1]].t1 + 1
    if e < n and not (s.gaps[e].strip() == "," or _STOP.search(s.gaps[e])):
        if not (s.words[e] in _CONJ and s.gaps[e] == " "):
            return -1
        e = _skip_det(s, e + 1)  # "her boss and workplace, Glenn Beck and The Blaze,"
        start = e
        while e < n and e - start < 4 and s.caps[e] and (e == start or s.gaps[e] == " "):
            e += 1
        if e < n and not (s.gaps[e].strip() == "," or _STOP.search(s.gaps[e])):
            return -1
    if _subject_verb(s, ms, k) is not None:
        return -1  # "hired the treasurer, Corvo said": a new clause
    return k


def _relative_after(s: _Sent, m) -> bool:
    """A relative clause between commas or dashes follows the mention: "to meet Warren, who has become",
    "to encourage Corvo -- who has not said -- to run"."""
    j = m.t1 + 1
    return j < len(s.words) and ("," in s.gaps[j] or _DASH.search(s.gaps[j]) is not None) and s.words[j] in _REL \
        and s.words[j] != "that"


def _phrases(doc: Document, s: _Sent, ms: list) -> None:
    """A verb or noun with its particle or preposition marks the next noun phrase as a patient
    ("called on Corvo to resign", "lashed out at Corvo", "a probe into Veltra")."""
    n = len(s.words)
    limit = max(min(n - 1, s.last_owned), 0)  # the phrase's object is a mention after the word
    for j, tails in enumerate(map(_phrase_tails, s.words[:limit])):
        if not tails or s.owner[j] >= 0 or (s.caps[j] and j > 0 and not s.title_case):
            continue  # (most words open no phrase)
        for tail in tails:
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
    if w in ("that", "whether"):
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
        if wj in ("that", "this", "these", "those", "whether"):
            return None  # a complement clause ("told reporters that X...", "question whether X is"), not an object
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
