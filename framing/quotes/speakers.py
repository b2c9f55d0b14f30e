"""Speaker resolution: from the phrase as written to whom the text credits.

Titles are dropped (Foreign Minister Tomas Ebrecht -> Tomas Ebrecht); a surname
resolves to the full name met earlier; he / she resolve to the nearest person
named before (skipping persons already resolved from the other pronoun); it /
they / "the group" to the nearest organisation or unnamed group; "it" also to a
single document that spoke before ("The staff letter noted ... it added") or was
the subject of a later clause ("The email ... was sent. '...,' it reads");
"X's statement" to X.

This module keeps the document's resolution state (:class:`Speakers`); one phrase is resolved by
:func:`framing.quotes.resolution.resolve`.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property, lru_cache

from framing.lang import english as en
from framing.quotes.marks import cover, marked_spans
from framing.quotes.scans import (  # noqa: F401 (the scans' plain forms are tested from here too)
    _CLAUSE_START,
    _ORG_APPOSITION,
    _PLACE_LIKE,
    _PLACE_RUN,
    _STATE_POSSESSIVE,
    _WORD_START,
    _alone_capitalised,
    _org_appositions,
    _place_names,
    _state_possessors,
    clause_capitals,
    matches_at,
    text_codes,
)
from framing.quotes.sources import _POSSESSED_TITLE, head, remembered, union

__all__ = ["Speakers", "personal"]

_HISTORY = 60  # previous speakers searched when resolving a pronoun (keeps long texts linear)

_NAME_PREFIXES = ("Mc", "Mac", "O['\u2019]", "De", "La", "Di", "Van")
_NAME_WORD = r"(?:" + "|".join(_NAME_PREFIXES) + r")?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
# _NAME_WORD read from its first capital on (the prefixes tried in the same order; see the speed note in
# framing.quotes.scans)
_FIRST_NAME_WORD = (
    r"[A-Z](?:" + "|".join(f"(?<={p[0]}){p[1:]}[A-Z]" for p in _NAME_PREFIXES) + r"|)[a-z]+(?:-[A-Z]?[a-z]+)?"
)
_NAME_RUN = re.compile(_FIRST_NAME_WORD + r"(?:\s+(?:[A-Z]\.\s+)?" + _NAME_WORD + r")+")
# A name followed (past a bracket or an apposition) by a verb-like word is the subject of its clause.
_SUBJECT_AFTER = re.compile(
    # past a bracket, an apposition between commas or an aside between dashes ("John Podesta -- Bill
    # Clinton's former chief of staff -- offered")
    r"(?:\s*\([^()]{1,30}\))?(?:,[^,.;:]{1,100},|\s+(?:--|\u2014|\u2013)[^\u2014\u2013.;:]{1,100}?(?:--|\u2014|\u2013))?"
    # a name followed by "at the National Review agreed" is still the subject
    r"(?:\s+(?:at|of|from|with)\s+(?:the\s+)?[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){0,4})?"
    r"\s+(?!(?:" + "|".join(sorted(en.QUOTE_S_NOT_VERBS)) + r")\b)"
    r"(?:[a-z]+ed|[a-z]+s|has|had|is|was|will|would|could|can|may|might|must|should|did|does|also|then|later|"
    + "|".join(sorted(en.QUOTE_IRREGULAR_PAST))
    + r")\b"
)
_OBJECT_BEFORE = re.compile(r"\b(?:by|from|with|to|for|of|about|against|on|at|into|like|than|between)\s+$")
_HONORIFIC = re.compile(
    r"(M" + _WORD_START + r"(?:r|rs|s|iss))\.?\s+((?:Mc|Mac|O['\u2019])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s+[A-Z])"
)
_TITLE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
_FOLLOWING_WORD = re.compile(r"\s+([a-z]+)")
# A surname as the subject of its clause: at a sentence start or after an introductory phrase and a comma,
# before a verb, past an adverb or an apposition ("Ham made it clear", "Anderson largely agreed",
# "Dean, a medical doctor, then appeared").
_SUBJECT_MENTION = re.compile(
    r"([A-Z]" + _CLAUSE_START + r"[a-z]+)(?:,[^,.;:\n]{1,60},)?"
    r"\s+(?=(?:(?:[a-z]+ly|then|also|later|again|now)\s+)?(?:[a-z]+(?:ed|s)|made|told|said|wrote|went|gave|took|had)\b)",
    re.MULTILINE,
)
# A document named as the subject of its clause ("The email, released on Monday, was sent by ..."): "it" may
# stand for it later ("'...,' it reads").
_DOCUMENT_SUBJECT = re.compile(
    r"([A-Zt]" + _CLAUSE_START + r"(?:(?<=[Tt])he|(?<=[Tt])his|(?<=[Tt])hat|(?<=[A-Z])[a-z]+['\u2019]s)"
    r"\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:" + "|".join(sorted(en.QUOTE_WRITTEN_HEADS)) + r"))\b",
    re.MULTILINE,
)
# Every document phrase of _DOCUMENT_SUBJECT (its group 1) is a whole match of this pattern.
_DOCUMENT_PHRASE = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[A-Z][a-z]+['\u2019]s)\s+(?:[\w\-]+\s+){0,2}?(?:"
    + "|".join(sorted(en.QUOTE_WRITTEN_HEADS)) + ")"
)
_DOCUMENT_REACH = 800  # characters back to a document subject for "it"
# A body named as the subject of a sentence ("Donald Trump's campaign is defending ... It's denouncing ..."):
# "it" may stand for it later.
_BODY_SUBJECT = re.compile(
    r"(?=[A-Zt])(?:^|(?<=[.!?]\s)|(?<=\n))((?:[Tt]he|(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*['\u2019]s)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:" + "|".join(sorted(en.QUOTE_DEFINITE_ORG)) + r"))\b",
    re.MULTILINE,
)
_FIXED_LEADERS = frozenset().union(en.QUOTE_STOP_CAPS, en.QUOTE_SUBJECT_FILLERS, en.QUOTE_NAME_LEADERS)
_ONE_PERSON_SUFFIXES = tuple(x for x in en.QUOTE_PERSON_SUFFIXES if not x.endswith(("s", "men", "people")))
_MAYBE_REACH = 1500  # characters back to a subject name not known to be a person
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"\u201d']?\s+|\n\s*)$")
_POSSESSIVE = re.compile(r"['\u2019]s\b")


def _run_facts(run: str, src: dict) -> tuple[str, str, bool] | None:
    """What a run of capitalised words (a match of ``_NAME_RUN``) says alone: ``(full name, its last word,
    marked)`` after the leading titles and name leaders are dropped ("House Speaker Paul Ryan" -> "Paul Ryan"),
    ``marked`` when the run held a title or the name starts with a common first name; or None when it is no
    person's name (too short or long, a place's first word, an outlet's or institution's word). ``src``: the sources
    word classes."""
    title_words = src["title_words"]
    leaders = union(title_words, _FIXED_LEADERS)  # words dropped from the front of a name run
    tokens = run.split()
    titled = False  # a title in the run; a title before it is looked for by the caller, when needed
    while tokens and tokens[0].lower() in leaders:
        titled = titled or tokens[0].lower() in title_words
        tokens = tokens[1:]
    # "House Speaker Paul Ryan", "Senate Majority Leader Mitch McConnell": the name after the title
    for i in range(len(tokens) - 3, 0, -1):
        if tokens[i].lower() in title_words:
            titled, tokens = True, tokens[i + 1 :]
            break
    if len(tokens) < 2 or len(tokens) > 4:
        return None
    if tokens[0].lower() in en.QUOTE_PLACE_FIRST_WORDS:
        return None  # "North Korea", "New Jersey": places and states, never antecedents of he / she
    if not union(src["media_words"], src["organisation"], en.QUOTE_STOP_CAPS).isdisjoint([t.lower() for t in tokens]):
        return None
    first_name = tokens[0].lower() in union(en.QUOTE_FEMALE_NAMES, en.QUOTE_MALE_NAMES)
    return " ".join(tokens), tokens[-1], titled or first_name


class Speakers:
    """Resolution state of one document: person names, gender, previous speakers.

    ``src`` holds the word classes of the ``sources`` lexicon in use.
    """

    def __init__(self, doc, src: dict, *, quoted: tuple[list[int], list[int]] | None = None):
        text = doc.text
        self.text = text
        self.src = src
        if quoted is None:  # (starts, ends) of the stretches inside quotation marks
            marked = marked_spans(doc)
            quoted = cover([m[2] for m in marked], [(m[3] + 1 if m[3] is not None else m[1]) for m in marked])
        self._quoted = quoted
        # Place-like words ("in Scott's district" is no place; "in North Korea" is).
        codes = text_codes(text)
        places = _place_names(text, doc.word_starts, doc.word_ends, codes)
        places.update(_state_possessors(text))
        self.places = places
        self.full_by_last: dict[str, list[tuple[int, str]]] = {}
        self._names = self._full_names(doc, codes)
        # "According to Ham": a surname met in a full name ("Gen. Norman Ham") is no place.
        places.difference_update(self.full_by_last)
        self._honorific: tuple[list[int], list[str]] = ([], [])
        honorific_gender = self._honorific_subjects(text, *self._honorific)
        # the subjects among the names (person_positions, person_names, maybe_persons) are found on first use
        # (a third of texts resolve no he / she); documents, document_phrases and bodies too (few texts need them)
        self._words = (doc.word_starts, codes)
        self.history: list[tuple[int, str, str]] = []  # (position, speaker, source_type)
        self.clauses: list[tuple[int, int]] = []  # reported clauses met so far, in text order
        self.gender: dict[str, str] = dict(honorific_gender)
        self.persons: set[str] = set()
        self.organisations: set[str] = set(_org_appositions(text))

    def _subject_persons(self) -> tuple[list[int], list[str]]:
        """``(positions, names)`` of persons named as the subject of their clause (antecedents of he / she), in
        text order: full names, honorifics with a surname ("Mr. Obama said") and surnames met before in a full
        name ("Brisk was more cautious."). Stored as ``person_positions`` and ``person_names``."""
        named = self._names
        subjects = [(start, full) for start, end, full, person in named if person and self._is_subject(start, end)]
        positions = [start for start, _ in subjects] + self._honorific[0]
        names = [full for _, full in subjects] + self._honorific[1]
        starts, codes = self._words
        self._single_subjects(self.text, clause_capitals(starts, codes).tolist(), positions, names)
        order = sorted(range(len(positions)), key=positions.__getitem__)
        self.__dict__["person_positions"] = [positions[i] for i in order]
        self.__dict__["person_names"] = [names[i] for i in order]
        return self.person_positions, self.person_names

    @cached_property
    def person_positions(self) -> list[int]:
        return self._subject_persons()[0]

    @cached_property
    def person_names(self) -> list[str]:
        return self._subject_persons()[1]

    @cached_property
    def maybe_persons(self) -> list[tuple[int, str]]:
        """``(position, name)`` of subjects met once, not known to be persons, in text order."""
        names = self._names
        return [(start, full) for start, end, full, person in names if not person and self._is_subject(start, end)]

    def _is_subject(self, start: int, end: int) -> bool:
        """Is the name at ``[start, end)`` the subject of its clause, outside quotation marks?"""
        text = self.text
        return not self._in_quote(start) and bool(
            # only a subject is an antecedent of he/she ("praise from Vladimir Putin would" is not)
            (_SUBJECT_AFTER.match(text, end) and not _OBJECT_BEFORE.search(text, max(0, start - 12), start))
            # a name opening its sentence ("House Speaker Paul Ryan, R-Wis., despite admitting ...")
            or (_SENTENCE_START.search(text, max(0, start - 4), start) and not _POSSESSIVE.match(text, end))
        )

    @cached_property
    def documents(self) -> list[tuple[int, str]]:
        """``(position, phrase)`` of documents named as the subject of their clause, in text order."""
        return self._clause_subjects(_DOCUMENT_SUBJECT)

    @cached_property
    def document_phrases(self) -> set[str]:
        return {d for _, d in self.documents}

    @cached_property
    def bodies(self) -> list[tuple[int, str]]:
        """``(position, phrase)`` of organisations named as the subject of their clause, in text order."""
        return self._clause_subjects(_BODY_SUBJECT)

    def _clause_subjects(self, pattern: re.Pattern) -> list[tuple[int, str]]:
        """``(position, phrase)`` of the matches of ``pattern`` that stand as the subject of their clause (a verb-like
        word follows) outside quotation marks, in text order."""
        text = self.text
        return [
            (m.start(1), m.group(1))
            for m in pattern.finditer(text)
            if _SUBJECT_AFTER.match(text, m.end()) and not self._in_quote(m.start())
        ]

    def _in_quote(self, pos: int) -> bool:
        """Whether ``pos`` is inside quotation marks (a name there is mentioned, not speaking)."""
        q_starts, q_ends = self._quoted
        i = bisect.bisect_right(q_starts, pos) - 1
        return i >= 0 and pos < q_ends[i]

    def _full_names(self, doc, codes) -> list[tuple[int, int, str, bool]]:
        """Persons' full names: fills ``full_by_last``; returns ``(start, end, name, person)`` of every name met
        (``person``: a known person's name, else a possible one), in text order."""
        text, src = doc.text, self.src
        found: list[tuple[int, int, str, bool]] = []
        alone = _alone_capitalised(doc, codes)
        body_words = union(src["anonymous"], src["organisation"])
        memo = src["memo"]
        places = self.places
        for m in _NAME_RUN.finditer(text):
            # what the run alone says, found once per run (names recur within and across texts)
            run = m.group()
            facts = memo.get(("name_run", run), False)
            if facts is False:
                facts = remembered(src, ("name_run", run), _run_facts, run, src)
            if facts is None or facts[0] in places:
                continue
            full, last, marked = facts
            following = _FOLLOWING_WORD.match(text, m.end(), m.end() + 30)
            if following and following.group(1) in body_words:
                continue  # "Three Kestrian officials": adjectives, not a name
            person = marked or last in alone or _titled_before(text, m.start(), src["title_words"])
            if person:
                # "North Korea", "Wall Street": a person's surname is met on its own too. A subject met once
                # ("Tina Houchins had a question") is kept as a possible person (see maybe_persons).
                self.full_by_last.setdefault(last, []).append((m.start(), full))
            found.append((m.start(), m.end(), full, person))
        return found

    def _honorific_subjects(self, text: str, positions: list[int], names: list[str]) -> dict[str, str]:
        """ "Mr. Obama said", "Ms. Lynch told": honorific and surname as subjects (appended to ``positions``
        and ``names``); returns the gender each honorific gives."""
        gender = {}
        for m in _HONORIFIC.finditer(text):
            surname = m.group(2)
            if (
                not _SUBJECT_AFTER.match(text, m.end())
                or _OBJECT_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or self._in_quote(m.start())
            ):
                continue
            full = self.full_name(surname, m.start()) or surname
            positions.append(m.start(2))
            names.append(full)
            gender[full] = "m" if m.group(1).lower() == "mr" else "f"
        return gender

    def _single_subjects(self, text: str, capitals: list[int], positions: list[int], names: list[str]) -> None:
        """Single capitalised subjects ("Brisk was more cautious."), never place-like words: a surname met
        before in a full name (appended to ``positions`` and ``names``). ``_SUBJECT_MENTION`` is tried only at
        ``capitals`` (:func:`~framing.quotes.scans.clause_capitals`, where it may match): the same matches."""
        stop = en.QUOTE_STOP_CAPS
        organisations = union(self.src["organisation"], self.src["media_words"])
        for m in matches_at(_SUBJECT_MENTION, text, capitals):
            token = m.group(1)
            if (
                token in self.places
                or token.lower() in stop
                or token.lower() in organisations
                or self._in_quote(m.start())
            ):
                continue
            full = self.full_name(token, m.start())
            if full is None or token.lower() in en.NOT_NAMES:
                continue  # "Kiribati faces", "However, ...": only a surname met before in a full name
            positions.append(m.start(1))
            names.append(full or token)

    def full_name(self, token: str, pos: int) -> str | None:
        entries = self.full_by_last.get(token)
        if not entries:
            return None
        i = bisect.bisect_left(entries, (pos, "")) - 1  # entries are in text order
        return entries[i][1] if i >= 0 else None

    def is_known_person(self, token: str) -> bool:
        return token in self.full_by_last or token in self.persons

    def personal(self, name: str) -> bool:
        """A name of two to four capitalised words, none of them an outlet's or institution's word."""
        return personal(name, self.src)

    def reported(self, start: int, end: int) -> None:
        """``[start, end)`` is a reported clause: a name inside it is mentioned, not speaking."""
        if not self.clauses or start >= self.clauses[-1][0]:
            self.clauses.append((start, end))

    def _in_clause(self, pos: int) -> bool:
        i = bisect.bisect_right(self.clauses, (pos, float("inf"))) - 1
        return i >= 0 and pos < self.clauses[i][1]

    def add(self, pos: int, speaker: str, source_type: str) -> None:
        self.history.append((pos, speaker, source_type))
        if source_type == "named_person" and speaker not in self.persons and not _description(speaker, self.src):
            self.persons.add(speaker)  # "the judge", "his wife" (a description) is no new person

    def type_of(self, name: str) -> str:
        """Source type of a speaker already met (a resolved pronoun takes its antecedent's type)."""
        for _pos, spk, stype in reversed(self.history[-_HISTORY:]):
            if spk == name:
                return stype
        if _DOCUMENT_PHRASE.fullmatch(name) and name in self.document_phrases:  # (found only when it may be one)
            return "document"  # "The email ... '...,' it reads"
        return "named_person" if name in self.persons or name in self.person_names else "named_organisation"

    def nearest_body(self, pos: int, after: int) -> str | None:
        """Nearest body subject ("Donald Trump's campaign is defending") in ``(after, pos)``, not too far back."""
        i = bisect.bisect_left(self.bodies, (pos, "")) - 1
        if i >= 0 and self.bodies[i][0] > after and pos - self.bodies[i][0] < _DOCUMENT_REACH:
            return self.bodies[i][1]
        return None

    def nearest_document(self, pos: int, after: int) -> str | None:
        """Nearest document subject ("The email ... was sent") in ``(after, pos)``, not too far back."""
        i = bisect.bisect_left(self.documents, (pos, "")) - 1
        if i >= 0 and self.documents[i][0] > after and pos - self.documents[i][0] < _DOCUMENT_REACH:
            return self.documents[i][1]
        return None

    def last_position(self, name: str) -> int:
        """Position of the latest mention of a previous speaker (-1 when never met)."""
        return next((p for p, spk, _ in reversed(self.history[-_HISTORY:]) if spk == name), -1)

    def spoke_before(self, phrase: str, pos: int) -> bool:
        """Was ``phrase`` (as written, any case) itself a speaker before ``pos``?"""
        low = phrase.lower()
        return any(p < pos and spk.lower() == low for p, spk, _ in self.history[-_HISTORY:])

    def nearest_maybe(self, pos: int, pronoun: str) -> str | None:
        """Nearest earlier subject name not known to be a person, of no other known gender."""
        i = bisect.bisect_left(self.maybe_persons, (pos, "")) - 1
        while i >= 0 and pos - self.maybe_persons[i][0] < _MAYBE_REACH:
            name = self.maybe_persons[i][1]
            if not self._other_gender(name, pronoun):
                return name
            i -= 1
        return None

    def _namesake(self, name: str, pos: int, pronoun: str) -> str | None:
        """A speaker written as a bare surname at ``pos`` and resolved to a person of the other gender than
        ``pronoun``: the latest other full name with that surname and a fitting gender, met before."""
        last = name.split()[-1] if pronoun in ("m", "f") and " " in name else ""
        if not last or not self.text.startswith(last, pos):
            return None
        entries = self.full_by_last.get(last, ())
        i = bisect.bisect_left(entries, (pos, "")) - 1
        for _p, full in reversed(entries[max(0, i - _HISTORY) : i + 1]):  # bounded: keeps long texts linear
            if full != name and not self._other_gender(full, pronoun):
                return full
        return None

    def _other_gender(self, name: str, pronoun: str) -> bool:
        """Is ``name`` known (from an earlier he/she or its first name) to be of the other gender?"""
        if not pronoun:
            return False
        known = self.gender.get(name)
        if known is None and pronoun in "mf":
            first = name.split()[0].lower() if " " in name else ""
            known = "f" if first in en.QUOTE_FEMALE_NAMES else "m" if first in en.QUOTE_MALE_NAMES else None
        return known is not None and known != pronoun

    def nearest(self, pos: int, types: tuple, pronoun: str = "") -> str | None:
        """Nearest previous speaker of one of ``types`` (persons also from name mentions)."""
        best_pos, best = -1, None
        for hpos, name, stype in reversed(self.history[-_HISTORY:]):
            if hpos >= pos:
                continue
            if stype == "named_person" and _description(name, self.src):
                stype = "anonymous"  # "the judge", "his wife": an antecedent of he / she only as an unnamed person
            fits = stype in types or (
                # a journalist named as "NBC's Dante Chinni" is a person too
                "named_person" in types and stype == "media" and self.personal(name)
            ) or (
                "named_person" in types
                and stype == "named_organisation"
                and " " not in name
                and name not in self.organisations
            ) or (
                # "The staff letter noted ... '...,' it added": a document speaks again as "it"
                "document" in types and stype == "anonymous" and _one_document(name, self.src)
            ) or (
                # "said the woman, who did not want to be named. ... she said": one unnamed person
                "named_person" in types
                and pronoun in ("m", "f")
                and stype == "anonymous"
                and _one_person(name, self.src)
            )
            if fits and stype == "named_person" and pronoun in ("m", "f") and not _person_like(name):
                continue  # "I" is no antecedent of he / she
            if fits and not self._other_gender(name, pronoun):
                best_pos, best = hpos, name
                break
            namesake = self._namesake(name, hpos, pronoun) if fits else None
            if namesake:  # '"...," Clinton said. "...," he said.' (Hillary and Bill Clinton named before)
                best_pos, best = hpos, namesake
                break
        if "named_person" in types:
            i = bisect.bisect_left(self.person_positions, pos) - 1
            while i >= 0 and self.person_positions[i] > best_pos:
                name = self.person_names[i]
                # "Trump said Rubio was a lightweight while Ted Cruz is a basket case": Cruz is mentioned
                if not self._other_gender(name, pronoun) and not self._in_clause(self.person_positions[i]):
                    return name
                i -= 1
        return best


def personal(name: str, src: dict) -> bool:
    """A name of two to four capitalised words, none of them an outlet's or institution's word (``src``: the
    sources word classes)."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not {w.lower() for w in words} & union(src["media_words"], src["organisation"])
    )


def _one_person(phrase: str, src: dict) -> bool:
    """An unnamed single person ("the woman", "a middle-aged cashier", "a senior official"), not a group."""
    h = head(phrase)
    if h.endswith("s") and not h.endswith("ss"):
        return False
    return h.endswith(_ONE_PERSON_SUFFIXES) or h in src["anonymous"]


def _description(name: str, src: dict) -> bool:
    """A person typed by description, not by name ("the judge", "his wife", "both parents"): a lower-case head,
    kin, or no capitalised word after the first; not "One California delegate" or "Valdora's leader"."""
    return _described(name, src["title_words"])


@lru_cache(maxsize=4096)
def _described(name: str, title_words: frozenset) -> bool:
    """:func:`_description` (cached: a pure function of the name and the title words, asked of every speaker
    added and of each previous speaker when a pronoun is resolved)."""
    words = name.split()
    h = head(name)
    bare = [w.lower().rstrip(".,").removesuffix("'s").removesuffix("\u2019s") for w in words]
    written = next((w for w, b in zip(reversed(words), reversed(bare)) if b == h), "")
    if not written[:1].islower():
        return False
    if h in en.QUOTE_KIN_NOUNS:
        return True
    held = _POSSESSED_TITLE.search(name)
    return not any(w[:1].isupper() for w in words[1:]) and not (held and held.group(1).lower() in title_words)


def _one_document(phrase: str, src: dict) -> bool:
    """A single document ("the staff letter", "Thursday's memo"), not records or polls (they are "they")."""
    h = head(phrase).replace("\u2019", "'")
    return h in en.QUOTE_WRITTEN_HEADS or (h in src["document"] and not (h.endswith("s") and not h.endswith("ss")))


def _person_like(name: str) -> bool:
    """Can a speaker met before be the antecedent of he / she? Not a pronoun ("I", "we")."""
    return name.lower() not in en.PRONOUN_CLASS


def _titled_before(text: str, pos: int, title_words) -> bool:
    """Is the word before ``pos`` a title ("Gen. Norman Ham", "Foreign Minister Ebrecht")?"""
    # as re.search(r"([A-Za-z.]+)\s+$") in text[pos - 25 : pos], without trying every start in the window:
    # white space before pos, and the run of letters and full stops before it (within the window)
    floor = max(0, pos - 25)
    window = text[floor:pos]
    body = window.rstrip()
    if len(body) == len(window):
        return False
    k = len(body)
    while k > 0 and body[k - 1] in _TITLE_CHARS:
        k -= 1
    return k < len(body) and body[k:].lower() in title_words
