"""Who is credited: the state shared by the passes of :func:`framing.quotes.quotes`, the subject of a
cue, and the attribution record (speaker, cue, source type) a quote or a reported clause receives."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from framing.lang import english as en
from framing.quotes import attribution as at
from framing.quotes.cues import is_participle
from framing.quotes.resolution import resolve
from framing.quotes.sources import head, source_type, union
from framing.quotes.speakers import Speakers
from framing.quotes.text import phrase_words

__all__ = [
    "State",
    "cue_subject",
    "attribution",
    "speaker_only",
    "blank_back_to",
    "ENDS_AFTER_SUBJECT",
    "ends_after_subject",
    "ENDS_AFTER_CUE",
    "CITING",
]

_NAME_BEFORE = re.compile(r"(?<![\w.'\u2019])((?:[A-Z][\w.'\u2019\-]*\s+){0,3}[A-Z][\w'\u2019\-]*)\s+(?:[a-z]+ly\s+)?$")
_PRONOUN_PROGRESSIVE = re.compile(
    r"(?<![\w'\u2019])(he|she|it|they|we|i)(?:['\u2019](?:s|re|m)|\s+(?:is|are|was|were|am))\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_WHO_CLAUSE = re.compile(r",\s*who\b")
_AND_BEFORE = re.compile(r"\s(?:and|but)\s+$|,\s*(?:and\s+)?then\s+$")
_QUOTED_AS = re.compile(r"\bquot(?:ed|ing)\s+(.{3,120}?)\s+as\s*$", re.IGNORECASE)
_COORDINATED = re.compile(r"(?:\band|\bbut)(?:\s+(?:also|then|later|again|has|had|have))*\s*$")
_RELATIVE = re.compile(r"\s+(?:" + "|".join(sorted(en.QUOTE_RELATIVES)) + r")\b")
_ACCORDING_SUBJECT = re.compile(r"\s+([^,;\u201c\u201d\"]+?)\s*(?:[,;\u201c\u201d\"]|[.!?]?\s*$)")
_CLAUSE_TAIL = r"\s*(?:[.!?]|,\s*(?:" + "|".join(en.QUOTE_CLAUSE_TAILS) + r")\b|$)"
_DAY = r"(?:" + "|".join(sorted(en.WEEKDAYS)) + r")"
# A time or circumstance after a cue or an inverted subject: "early Wednesday", "on Friday morning",
# "last week", "in a statement", "told the Courier on Wednesday" (an object of told before it).
_TIME = (
    r"(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:last|this|next)\s+)?"
    + _DAY
    + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:late|early)\s+(?:on\s+)?\w+|on\s+\w+(?:\s+\d{1,2})?|(?:last|this)\s+(?:week|month|year|weekend)"
    r"|yesterday|today|tonight|afterwards|later|in\s+a\s+statement|in\s+an?\s+\w+(?:\s+\w+)?"
)
_OBJECT = r"(?:the\s+)?[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){0,3}|" + "|".join(en.QUOTE_AUDIENCES)
CITING = re.compile(
    r"(?:\s*,?\s*(?:" + _TIME + r"))*\s*,\s*(?:citing|quoting)\s+([^,;:\u201c\u201d\"]{2,100}?)(?=\s*[,.;:!?]|\s*$)"
)
ENDS_AFTER_SUBJECT = re.compile(r"(?:\s*,?\s*(?:" + _TIME + r"))*" + _CLAUSE_TAIL, re.IGNORECASE)
ENDS_AFTER_CUE = re.compile(r"(?:\s+(?:" + _OBJECT + r"))?(?:\s*,?\s*(?:" + _TIME + r"))*" + _CLAUSE_TAIL)

# "He's claiming", "It's denouncing": a pronoun subject contracted with its auxiliary
_CONTRACTED_PRONOUN = re.compile(r"(he|she|it|they|we|i)['\u2019](?:s|re|ve|ll|d|m)", re.IGNORECASE)
_APPOSITION_TO_END = re.compile(r",\s+[^,;:\u201c\u201d\"]{1,150}?(?:,[^,;:\u201c\u201d\"]{1,100}?)?\s*(?:[.!?]\s*)?$")

_REACH = 5 * at.CONTEXT  # characters of a sentence read either side of a quote or cue


@dataclass
class State:
    """Everything the passes share for one document."""

    doc: object
    lex: object
    src: dict
    marked: list = field(default_factory=list)  # (content_start, content_end, open, close or None)
    m_starts: list = field(default_factory=list)
    m_ends: list = field(default_factory=list)
    justifications: list = field(default_factory=list)
    cues: list = field(default_factory=list)  # (start, end, entry)
    cue_starts: list = field(default_factory=list)
    speakers: Speakers | None = None
    consumed: set = field(default_factory=set)  # cue starts used by direct quotes
    subjects: dict = field(default_factory=dict)  # cue index -> subject span (cache)
    records: list = field(default_factory=list)
    last_attr: tuple | None = None  # (paragraph, attribution, record start) of the previous attribution
    chains: dict = field(default_factory=dict)  # memo of trailing "according to" chains

    def full_sentence(self, pos: int) -> tuple[int, int]:
        doc = self.doc
        if not doc.sentences:
            return 0, len(doc.text)
        i = doc.sentence_of(pos)
        found = self._full_sentences.get(i)  # asked many times per sentence (each quote and cue in it)
        if found is None:
            s, e = doc.sentences[i]
            # "Sen. Ted Cruz (R-Tex.), a candidate, tweeted": no sentence ends inside the bracket
            if i > 0 and doc.text[s : s + 1] == ")":
                s = doc.sentences[i - 1][0]
            if i + 1 < len(doc.sentences) and doc.text[doc.sentences[i + 1][0] : doc.sentences[i + 1][0] + 1] == ")":
                e = doc.sentences[i + 1][1]
            found = self._full_sentences[i] = (s, e)
        return found

    def sentence_span(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``, at most ``_REACH`` characters either side (keeps time linear)."""
        s, e = self.full_sentence(pos)
        lo, hi = pos - _REACH, pos + _REACH
        return (s if s >= lo else lo), (e if e <= hi else hi)

    def paragraph_index(self, pos: int) -> int:
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return i if i > 0 else 0

    def cues_between(self, a: int, b: int) -> range:
        return range(bisect.bisect_left(self.cue_starts, a), bisect.bisect_left(self.cue_starts, b))

    def __post_init__(self):
        self.para_starts = [s for s, _ in self.doc.paragraphs]
        self._full_sentences: dict[int, tuple[int, int]] = {}  # sentence index -> full_sentence
        self.text: str = self.doc.text  # read by every pass, many times per cue (an attribute, not a property)


def cue_floor(st: State, start: int, sent: tuple[int, int]) -> int:
    text = st.text
    floor = max(sent[0], start - at.CONTEXT)
    mi = bisect.bisect_left(st.m_ends, start) - 1
    if mi >= 0 and floor < st.m_ends[mi] <= start:
        floor = st.m_ends[mi]
    for stop in (";", ":", "\u2014"):
        k = text.rfind(stop, floor, start)
        if k != -1:
            floor = k + 1
    return floor


_DASH_CLOSE = re.compile(r"(?:\s--|\u2014|\s\u2013)\s*$")


def dash_before(text: str, base: int, end: int) -> tuple[str, int] | None:
    """The dash closing ``text[base:end]`` (past white space) and where ``_DASH_CLOSE.search(text, base, end)``
    finds it: ``("--", start of the space before it)``, ``("\u2014", its start)``, ``("\u2013", start of the
    space before it)``, or None. Read from the end (the pattern's leftmost match ends there; searching tries it
    at every space of the window)."""
    j = end
    while j > base and text[j - 1].isspace():  # \s is str.isspace
        j -= 1
    if j - base >= 1 and text[j - 1] == "\u2014":
        return "\u2014", j - 1
    if j - base >= 3 and text[j - 2 : j] == "--" and text[j - 3].isspace():
        return "--", j - 3
    if j - base >= 2 and text[j - 1] == "\u2013" and text[j - 2].isspace():
        return "\u2013", j - 2
    return None


def dash_aside(st: State, start: int, sent: tuple[int, int]) -> tuple[int, int] | None:
    """'John Dickey, chief executive of Ora Media -- the company that ... -- told me': the subject
    ends before an aside set off by dashes right before the cue. ``(floor, end)`` of the subject, or None."""
    text = st.text
    base = max(sent[0], start - at.CONTEXT)
    found = dash_before(text, base, start)
    if found is None:
        return None
    dash, dash_start = found
    opening = text.rfind(dash, base, dash_start)
    if opening == -1 or not text[base:opening].strip():
        return None
    return cue_floor(st, opening, sent), opening


def cue_subject(st: State, ci: int, sent: tuple[int, int]) -> tuple[int, int] | None:
    """Subject span of cue ``ci`` (inherited by -ing participles and coordinated cues)."""
    if ci in st.subjects:
        return st.subjects[ci]
    text, doc = st.text, st.doc
    start, end, entry = st.cues[ci]
    floor = cue_floor(st, start, sent)
    previous_in_sentence = ci > 0 and st.cues[ci - 1][0] >= sent[0]
    result = None
    if entry.term == "according to":
        m = _ACCORDING_SUBJECT.match(text, end, min(sent[1], end + at.CONTEXT))
        if m and len(phrase_words(m.group(1))) <= at.MAX_SUBJECT_WORDS:
            result = m.span(1)
        elif m:
            # "according to two managers who asked not to be named because ...": a long relative clause
            # is no part of the source; the noun phrase before it is
            rel = _RELATIVE.search(text, m.start(1), m.end(1))
            if rel and 0 < len(phrase_words(text[m.start(1) : rel.start()])) <= at.MAX_SUBJECT_WORDS:
                result = (m.start(1), rel.start())
    elif is_participle(entry.term):
        quoted = _QUOTED_AS.search(text, max(floor, start - 200), start)
        progressive = _PRONOUN_PROGRESSIVE.search(text, max(floor, start - 30), start)
        if quoted:
            result = quoted.span(1)
        elif progressive:
            result = progressive.span(1)  # "In Pelk, he's saying ...": the pronoun of the progressive
        else:
            named = _NAME_BEFORE.search(text, max(floor, start - 60), start)
            if named and at.is_name(named.group(1)) and named.group(1).lower() not in en.NOT_NAMES:
                result = named.span(1)  # "footage of Hillary Clinton asking, ...", "Sen. Jon Reyes calling it"
            elif previous_in_sentence:
                result = cue_subject(st, ci - 1, sent)
                if result and text[result[0] : result[1]].split()[-1].lower() in en.QUOTE_RELATIVES:
                    result = None  # "... an architect who said ..., saying": the main clause's subject
            if result is None:
                result = at.sentence_subject(doc, floor, start)
    elif previous_in_sentence and _COORDINATED.search(text, st.cues[ci - 1][1], start):
        result = cue_subject(st, ci - 1, sent)
    elif _AND_BEFORE.search(text, max(floor, start - 12), start):
        # "The nominee outlined his plan and vowed to ...", "X offered him a job, then says ...": the subject
        # of the first verb; "demonstrators, who have taken to the streets and called for ...": the relative
        # pronoun's antecedent
        who = max(_WHO_CLAUSE.finditer(text, floor, start), key=lambda m: m.start(), default=None)
        found = at.subject_before(doc, floor, who.end()) if who else None
        result = found[:2] if found else None if who else at.sentence_subject(doc, floor, start)
    else:
        result = inverted_trailing(st, ci, floor, sent)
        aside = dash_aside(st, start, sent) if result is None else None
        sub_floor, sub_end = aside or (floor, start)
        found = at.subject_before(doc, sub_floor, sub_end, aside=bool(aside)) if result is None else None
        if found:
            result = found[:2]
        elif result is None and last_before(text, floor, start) in (",", ""):
            result = at.subject_after(doc, end, min(sent[1], end + at.CONTEXT), st.src)
    st.subjects[ci] = result
    return result


def inverted_trailing(st: State, ci: int, floor: int, sent) -> tuple[int, int] | None:
    """'..., announced the deputy head of the mission, Mirko Valden.': the subject after a cue
    that ends the sentence after a comma (the clause before it is what was said)."""
    text = st.text
    start, end, _ = st.cues[ci]
    if last_before(text, floor, start) != "," or not text[sent[0] : start].strip(" ,"):
        return None
    span = at.subject_after(st.doc, end, min(sent[1], end + at.CONTEXT), st.src)
    if span is None or not ends_after_subject(text, span, sent[1]):
        return None
    phrase = text[span[0] : span[1]]
    src = st.src
    words = phrase.split()
    titled_name = (  # "Pelk State University professor Paul Vance"
        len(words) >= 3 and words[-3].lower() in st.src["title_words"] and at.is_name(" ".join(words[-2:]))
    )
    if (
        at.is_name(phrase)
        or titled_name
        or head(phrase)
        in union(
            src["anonymous"], src["organisation"], src["media_words"], src["title_words"], src["group"], src["document"]
        )
    ):
        return span
    return None


def ends_after_subject(text: str, span: tuple[int, int], sent_end: int) -> bool:
    """Does the sentence end after the inverted subject ``span`` (past times, a closing participle, or the
    apposition of a name: "..., said Katie Harbath, Facebook's outreach director.")?"""
    return bool(
        ENDS_AFTER_SUBJECT.match(text, span[1], sent_end)
        or (_APPOSITION_TO_END.match(text, span[1], sent_end) and at.is_name(text[span[0] : span[1]]))
    )


def speaker_only(st: State, span: tuple[int, int], quote_text: str) -> dict:
    """Speaker and source type of a quote credited without a cue ('"..." ― Ana Ruiz')."""
    fields = attribution(st, None, span, quote_text)
    return fields | {"cue": None, "cue_start": None, "cue_end": None, "cue_category": None}


def attribution(st: State, ci: int | None, span: tuple[int, int], quote_text: str = "") -> dict:
    """Speaker, cue and source type of cue ``ci`` with subject ``span``."""
    text, speakers = st.text, st.speakers
    start, end, entry = st.cues[ci] if ci is not None else (span[1], span[1], None)
    s, e = span
    while e > s + 1 and text[e - 1] in ".," and not (e - s >= 3 and text[e - 3] in " ." and text[e - 2].isupper()):
        e -= 1
    contracted = _CONTRACTED_PRONOUN.fullmatch(text, s, e)
    if contracted:
        e = contracted.end(1)
    phrase = text[s:e]
    resolved, pron = resolve(phrase, s, speakers)
    if pron and resolved == phrase:
        # an unresolved he / she is a person; "I" outside quotes is the writer, named in the byline
        stype = "named_person" if pron in "mfs" else "anonymous"
    elif pron:
        stype = speakers.type_of(resolved)
    else:
        stype = source_type(phrase, resolved, speakers, quote_text or text[end : end + 60])
    return {
        "speaker": resolved,
        "speaker_text": phrase,
        "speaker_start": s,
        "speaker_end": e,
        "cue": text[start:end],
        "cue_start": start,
        "cue_end": end,
        "cue_category": entry.category if entry is not None else None,
        "source_type": stype,
    }


def last_before(text: str, floor: int, end: int) -> str:
    """The last character of ``text[floor:end]`` that is no white space ("" if none): as
    ``text[floor:end].rstrip()[-1:]``, read back from ``end`` without copying the stretch."""
    while end > floor and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > floor else ""


def blank_back_to(text: str, pos: int, floor: int) -> bool:
    """True when only white space lies between ``floor`` and ``pos``."""
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    return pos <= floor
