"""Attribution: the subjects of cue verbs (the speaker as written) and their reported clauses.

The cues themselves are found by :mod:`framing.quotes.cues`.

**Subjects.** The subject before the cue is read back to the nearest clause
boundary; an apposition between commas is skipped ("Hamas, the organization
Haniyeh led, vowed" -> Hamas) unless it is the name ("the group's spokesman,
Yusuf Arran, said" -> Yusuf Arran). With nothing before the cue, the subject
is read after it ("said Jonas Faldt, the envoy").

**Reported clauses.** After the cue, adverbials, the indirect object of *told*
and *that* are skipped; the clause runs to the end of the sentence, cut at a
semicolon and before a trailing "according to" chain.
"""

from __future__ import annotations

import re

from framing.document import ABBREVIATIONS
from framing.lang import english as en
from framing.quotes.sources import head, strip_titles
from framing.quotes.text import alternation as _alt
from framing.quotes.text import n_words, phrase_words, span_words, trim

__all__ = [
    "subject_before",
    "subject_after",
    "content_after",
    "sentence_subject",
    "is_name",
    "MAX_SUBJECT_WORDS",
    "CONTEXT",
    "cut_trailing_attribution",
]

CONTEXT = 400  # characters of context read around a quote or cue (keeps long texts linear)
MAX_SUBJECT_WORDS = 12


_TRAILING_FILLER = re.compile(
    r"(?:\s+|,)(?:" + _alt(en.QUOTE_SUBJECT_FILLERS) + r"|[a-z]{3,}ly|(?:late\s+|early\s+)?on\s+\w+day"
    r"(?:\s+(?:morning|afternoon|evening|night))?|on\s+\w+|last\s+\w+|this\s+\w+)\s*$",
    re.IGNORECASE,
)
_LEADING_FILLERS = frozenset(en.QUOTE_SUBJECT_FILLERS) - en.AUXILIARIES - {"himself", "herself", "itself", "themselves"}
_PASSIVE = re.compile(r"(?:\b(?:was|were|is|are|been|being|be)\s+)$", re.IGNORECASE)
_LEADING_ADVERBIAL = re.compile(
    r"\s*(?:(?:late|early)\s+)?(?:on|last|this)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\s*(?:in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}"
    r"(?:" + _alt(en.QUOTE_SPEECH_EVENTS) + r")"
    r"(?:\s+(?:on|to|with|in|from)\s+(?:[\w\u2019'\-]+\s+){0,3}?[\w\u2019'\-]+(?=[\s,]))?"
    r"|\s*(?:by\s+(?:telephone|phone|email)|afterwards|later|also|again|separately|publicly|privately|"
    r"on\s+(?:social\s+media|television|the\s+radio|state\s+television)|at\s+a\s+(?:news\s+conference|"
    r"briefing|rally|press\s+conference)(?:\s+in\s+[A-Z]\w+)?|in\s+[A-Z]\w+|yesterday|today|tonight)\b"
    r"|\s*,",
    re.IGNORECASE,
)
_THAT = re.compile(r"\s*that\b", re.IGNORECASE)
_THAT_WORD = re.compile(r"\bthat\b")
_TOLD_OBJECT = re.compile(
    # a run of capitalised words; each repetition needs white space, so it cannot backtrack exponentially
    r"\s*(?:(?:the|a|an)\s+)?[A-Z][\w\u2019'.\-]*(?:\s+[A-Z][\w\u2019'.\-]*)*(?=[\s,]|$)"
    r"|\s*(?:" + _alt(en.QUOTE_AUDIENCES) + r"|"
    r"the\s+(?:" + _alt(en.QUOTE_DEFINITE_AUDIENCES) + r"))\b",
)
_ACCORDING_START = re.compile(r"\s*according\s+to\s", re.IGNORECASE)
SENT_END = re.compile(r"[.!?](?=[\s\u201d\"']|$)")
_ABBREVIATION = re.compile(r"(?<![\w.])((?:[A-Za-z]\.)*[A-Za-z]{1,5})\.")
_AGE_OR_STATE = re.compile(r"\d{1,3}$|[A-Z][a-z]{1,4}\.$")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_MASK = "\u2024"  # stands for the full stop of an abbreviation while reading an inverted subject
_AFFILIATION = re.compile(r"\(?(?:[DRI]|Dem|Rep|Ind)(?:\s*[-\u2013]\s*[A-Z][\w. ]{0,20}?)?\.?\)?$")
_INVERTED = re.compile(
    r"\s+((?:(?:the|a|an|one|two|three|four|five|several|some)\s+)?(?:[\w\u2019'.\u2024/\-]+\s+){0,7}?"
    r"[\w\u2019'.\u2024/\-]+)"
    r"(?=\s*(?:[,.;:!?(\u201c\u201d\"]|$|\s+(?:" + _alt(en.QUOTE_INVERTED_STOPS) + r")\b))"
)
_INVERTED_NAME_OF = re.compile(
    r"\s+([A-Z][\w\u2019'\-]*(?:\s+(?:[A-Z][\w\u2019'\u2024\-]*|de|van|von|al)){1,3})(?=\s+(?:of|from|at)\s)"
)
_APPOSED_NAME = re.compile(r",\s*([A-Z][\w\u2019'\-]+(?:\s+[A-Z][\w\u2019'\-]+){1,3})(?=\s*[,.;]|\s*$)")
# an -s form of a cue verb before a verb that agrees with a plural subject is a plural noun ("states would")
_VERBISH = re.compile(r"(?:has|have|had|is|was|are|were|will|would|did|does)$|[a-z]+(?:ed|es)$")
# word classes tested per token (unions made once, not once per token)
_NP_DETERMINERS = en.ARTICLES | en.POSSESSIVE_DETERMINERS
_NOT_BEFORE_NP_DETERMINER = (
    en.DETERMINERS | en.PREPOSITIONS | en.QUOTE_PREMODIFIERS | en.QUOTE_POSTMODIFIERS
    | en.AUXILIARIES | en.CONJUNCTIONS | en.QUOTE_CLAUSE_WORDS
)
_NOT_BEFORE_RELATIVE = en.QUOTE_CLAUSE_WORDS | en.AUXILIARIES | en.PREPOSITIONS | en.DETERMINERS
_INTRODUCERS = en.PREPOSITIONS | en.SUBORDINATORS
_NO_SUBJECT_WORDS = en.QUOTE_CLAUSE_WORDS | en.QUOTE_POSTMODIFIERS | {"and", "the", "a", "an"}


def is_abbreviation(text: str, i: int) -> bool:
    """Is the full stop at ``i`` that of an abbreviation or an initial ("Rep.", "D.", "U.S.")?"""
    j = i
    while j > 0 and i - j < 12 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:i].lower()
    if _INITIALS.fullmatch(word):  # "D.", "G.K."
        return True
    return word in ABBREVIATIONS or word in en.QUOTE_ABBREVIATIONS


def ends_sentence(text: str, a: int, b: int) -> bool:
    """Is there a sentence end (not an abbreviation's full stop) in ``[a, b)``?"""
    for m in SENT_END.finditer(text, a, b):
        if text[m.start()] != "." or not is_abbreviation(text, m.start()):
            return True
    return False


def _mask_abbreviations(window: str) -> str:
    return _ABBREVIATION.sub(
        lambda m: (m.group(1).replace(".", _MASK) + _MASK) if is_abbreviation(window, m.end() - 1) else m.group(),
        window,
    )


def is_affiliation(segment: str) -> bool:
    """A tag after a name: party and state "(D-Md.)", "R-Ky.", "(D)"; an age "59"; a state "Md."."""
    segment = segment.strip()
    if segment == "I":  # the pronoun, not the tag of an independent ("I-Vt.", "(I)")
        return False
    first = segment[:1]
    if first not in "(DRI" and (len(segment) > 6 or not ("A" <= first <= "Z" or first.isdecimal())):
        # neither pattern can match: a tag starts with "(", D, R or I; an age is at most three digits (\d is
        # str.isdecimal), a state abbreviation at most six characters from a capital
        return False
    return bool(_AFFILIATION.match(segment) or _AGE_OR_STATE.match(segment))


def is_name(phrase: str) -> bool:
    if is_affiliation(phrase):
        return False
    words = phrase_words(phrase)
    return (
        1 <= len(words) <= 5
        and words[0][:1].isupper()  # "of Ashton" is a place phrase, not a name
        and all(w[:1].isupper() or w.lower() in en.QUOTE_NAME_PARTICLES for w in words)
    )


def _appositive_like(segment: str) -> bool:
    words = segment.split()
    if not words:
        return True
    first = words[0].lower()
    if first.endswith(("'s", "\u2019s")) and len(words) > 1:
        return True  # "McCrory's opponent in the election": a description, not the name
    return first in en.QUOTE_APPOSITION_STARTS or first in en.QUOTE_POSTMODIFIERS or first.endswith(("ing", "ed"))


def cut_np(doc, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase ending at ``end``: cut at the last clause word; at most 12 words."""
    text = doc.text
    start, end = trim(text, start, end, " \t\n")
    if end > start and text[end - 1] == ")":  # a trailing tag: "Roy Cooper (D)"
        opening = text.rfind("(", max(start, end - 40), end)
        if opening > start:
            end = opening
    tokens = span_words(doc, start, end)
    if not tokens:
        return None
    lows = [text[s:e].lower() for s, e in tokens]  # kept aligned with tokens
    if len(tokens) > 1 and lows[-1] in en.QUOTE_NOMINATIVE:
        tokens, lows = tokens[-1:], lows[-1:]  # "even now at 86 she (still) says": the pronoun is the subject
    rel = _relative_at(text, tokens, lows)  # "Residents who returned to the village": one subject
    first = 0
    for i, low in enumerate(lows):
        if rel is not None and i >= rel:
            break
        if low in en.QUOTE_CLAUSE_WORDS and i < len(tokens) - 1:
            first = i + 1
        elif low == "and" and i > 0 and text[tokens[i - 1][0]].islower() and i < len(tokens) - 1:
            if lows[i - 1] not in en.QUOTE_PREMODIFIERS:
                first = i + 1
    tokens, lows = tokens[first:], lows[first:]
    while len(tokens) > 1 and (lows[0] in en.CONJUNCTIONS or lows[0] in _LEADING_FILLERS):
        tokens, lows = tokens[1:], lows[1:]  # ", and police said", "Later Kessler went on": no part of the subject
    # "a move the union has vowed to resist": a reduced relative clause; its subject starts at
    # the determiner that follows a common noun.
    for i in range(len(tokens) - 1 if rel is None else rel - first, 0, -1):
        word, prev = lows[i], text[slice(*tokens[i - 1])]
        if (
            word in _NP_DETERMINERS
            and prev.isalpha()
            and prev.islower()
            and prev not in _NOT_BEFORE_NP_DETERMINER
        ):
            tokens, lows = tokens[i:], lows[i:]
            break
    if not tokens:
        return None
    if len(tokens) > MAX_SUBJECT_WORDS:
        # Too long to be a subject: keep a trailing run of capitalised words, if any.
        run = []
        for tok in reversed(tokens):
            if text[tok[0]].isupper():
                run.append(tok)
            else:
                break
        if not run:
            return None
        tokens = list(reversed(run))
        lows = [text[s:e].lower() for s, e in tokens]
    words = lows
    if _NO_SUBJECT_WORDS.issuperset(words):  # only clause words, post-modifiers, "and" and articles
        return None
    # A lower-case verb-like last word ("were", "ordered") is no subject.
    last = words[-1]
    if last in en.QUOTE_NOT_SUBJECT_END or (text[tokens[-1][0]].islower() and last.endswith("ed") and len(tokens) == 1):
        return None
    return tokens[0][0], tokens[-1][1]


def _relative_at(text: str, tokens: list, lows: list) -> int | None:
    """Index of a relative pronoun that opens a restrictive clause inside a subject ('A local aid group
    that runs a clinic near Lunmoor'): after a noun, before a verb. The clause is part of the subject (``lows``:
    the tokens lower-cased)."""
    for i in range(1, len(tokens) - 1):
        if lows[i] not in en.QUOTE_RELATIVES:
            continue
        prev, nxt = text[slice(*tokens[i - 1])], text[slice(*tokens[i + 1])]
        if (
            prev.isalpha()
            and prev.lower() not in _NOT_BEFORE_RELATIVE
            and not text[tokens[i - 1][1] : tokens[i][0]].strip()
            and nxt.islower()
            and (_VERBISH.match(nxt) or nxt.endswith("s") or nxt in en.AUXILIARIES)
            and text[tokens[i + 1][1] : tokens[i + 1][1] + 1] not in ("'", "\u2019")  # "that patients' groups": a noun
        ):
            return i
    return None


def _comma_segments(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Comma-separated segments of ``[s, e)``, right to left, trimmed (a comma between digits, "4,000", is
    part of a number, not a separator)."""
    segments = []
    seg_end = e
    i = text.rfind(",", s, seg_end)
    while i != -1:
        if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            i = text.rfind(",", s, i)
            continue
        segments.append((i + 1, seg_end))
        seg_end = i
        i = text.rfind(",", s, seg_end)
    segments.append((s, seg_end))
    return [trim(text, a, b, " \t\n") for a, b in segments]


# A match of _TRAILING_FILLER ends the text it is searched in and spans at most this many of its words (runs of
# non-space characters: "late on Monday morning"), with the white space or comma before them.
_FILLER_WORDS = 4


def _tail_start(text: str, floor: int, end: int, k: int) -> int:
    """Start of the white space before the last ``k`` words of ``text[floor:end]`` (``floor`` if fewer): a
    pattern whose matches end the text and span at most its last ``k`` words, with the white space or comma
    before them, and that looks at nothing before its match, finds the same match searched from here."""
    parts = text[floor:end].rsplit(None, k)  # str.split's white space is re's \s
    return floor + len(parts[0]) if len(parts) > k else floor


def subject_before(doc, floor: int, cue_start: int, *, aside: bool = False) -> tuple[int, int, int] | None:
    """``(start, end, segment_start)`` of the subject of a cue, read leftwards; None if none.

    ``aside``: the words end at a dash aside ("X, the chief of Y -- ... -- said"), which closes an
    apposition as a comma would."""
    text = doc.text
    end = cue_start
    if _PASSIVE.search(text, _tail_start(text, floor, end, 1), end):
        return None
    while True:
        m = _TRAILING_FILLER.search(text, _tail_start(text, floor, end, _FILLER_WORDS), end)
        if not m or m.start() <= floor or text[m.start() : end].strip(" ,").lower() in en.QUOTE_LY_NOT_ADVERBS:
            break
        end = m.start()
    s, e = trim(text, floor, end, " \t\n")
    if s >= e:
        return None
    if text[e - 1] == ")":  # "Rep. Elijah Cummings (D-Md.) said": the tag is no part of the name
        opening = text.rfind("(", max(s, e - 40), e)
        if opening > s:
            s, e = trim(text, s, opening, " \t\n")
    segments = [seg for seg in _comma_segments(text, s, e) if not is_affiliation(text[seg[0] : seg[1]])]
    if not segments:
        return None
    last_s, last_e = segments[0]
    relative = text[last_s:last_e].lower()
    if relative in ("who", "which", "that"):
        last_e = last_s  # "X, who said ...": the antecedent is the subject
        if len(segments) > 1:
            obj = _object_of_clause(doc, *segments[1], who=relative == "who")
            if obj:  # "The plan was criticised by island councillors, who accused": the councillors
                return (*obj, obj[0])
    if last_e > last_s and not (len(segments) > 1 and (text[e - 1] == "," or aside)):
        np_ = cut_np(doc, last_s, last_e)
        return (*np_, last_s) if np_ else None
    return _subject_past_appositions(doc, segments if aside and text[e - 1] != "," else segments[1:])


def _object_of_clause(doc, a: int, b: int, *, who: bool = False) -> tuple[int, int] | None:
    """'The plan was criticised by island councillors' (before ", who ..."): when the segment is a clause
    (a subject, then a finite verb), the antecedent of the relative pronoun is the noun phrase after the
    clause's last verb, past one preposition ("by island councillors", "met the mayor of Tesk")."""
    text = doc.text
    tokens = span_words(doc, a, b)
    verb = None
    for i in range(1, len(tokens)):
        low = text[slice(*tokens[i])].lower()
        if (
            _verb_at(text, tokens, i)
            or low in en.AUXILIARIES
            or (verb is not None and low in en.IRREGULAR_PARTICIPLES and verb == i - 1)
        ):
            verb = i
    if verb is None or verb >= len(tokens) - 1:
        return None
    rest = tokens[verb + 1 :]
    if text[slice(*rest[0])].lower() in en.PREPOSITIONS:
        rest = rest[1:]
    if not rest or any(text[slice(*t)].lower() in en.QUOTE_CLAUSE_WORDS for t in rest):
        return None
    if who:  # "a focal point for demonstrators here, who": the people, not the point
        preps = [i for i, t in enumerate(rest) if text[slice(*t)].lower() in en.PREPOSITIONS]
        people = [i for i, t in enumerate(rest) if _people_noun(text[slice(*t)])]
        before = rest[: preps[-1]] if preps else rest
        if preps and people and people[-1] > preps[-1] > 0 and not any(_people_noun(text[slice(*t)]) for t in before):
            rest = rest[preps[-1] + 1 :]
    return cut_np(doc, rest[0][0], rest[-1][1])


def _people_noun(word: str) -> bool:
    """A lower-case noun naming people ("demonstrators", "councillors", "residents")."""
    return word.islower() and len(word) > 3 and word.endswith(en.QUOTE_PERSON_SUFFIXES)


def _subject_past_appositions(doc, segments) -> tuple[int, int, int] | None:
    """'X, apposition, said': skip appositive segments; an apposed name wins."""
    text = doc.text
    rest = [(a, b) for a, b in segments if b > a]
    if not rest:
        return None
    # "Dan Roe, 30, of Pelk, N.M., who was polled, said", "Dan Roe, who lives outside the capital, Pelk,
    # said": a name of two or more words opening the subject, right before a lower-case description, an
    # age or a relative clause, is the subject; a place closing that description is no apposed name.
    for k in range(min(len(rest), 5) - 1, 0, -1):
        a, b = rest[k]
        after = text[rest[k - 1][0] : rest[k - 1][1]]
        words = phrase_words(text[a:b])
        if (
            is_name(text[a:b])
            and len(words) >= 2
            and words[0].lower() not in en.FUNCTION_WORDS
            and (after[:1].islower() or after[:1].isdigit())
        ):
            np_ = cut_np(doc, a, b)
            return (*np_, a) if np_ else None
        break  # only the segment opening the subject
    # "Leonard Burman, director of the Tax Policy Center and a professor at Syracuse, said": lower-case
    # descriptions right of a name are its appositions.
    for k, (a, b) in enumerate(rest[:3]):
        if is_name(text[a:b]) and all(text[x:y][:1].islower() for x, y in rest[:k]) and k:
            np_ = cut_np(doc, a, b)
            return (*np_, a) if np_ else None
    candidates = []
    for a, b in rest[:3]:
        candidates.append((a, b, "appos" if _appositive_like(text[a:b]) else "np"))
        if candidates[-1][2] == "np":
            break
    if all(kind == "appos" for _, _, kind in candidates):
        a, b, _ = candidates[-1]
        candidates[-1] = (a, b, "np")
    name = next(((a, b) for a, b, kind in candidates if is_name(text[a:b])), None)
    subject = next(((a, b) for a, b, kind in candidates if kind == "np"), None)
    if name is not None and (subject is None or not is_name(text[subject[0] : subject[1]])):
        # "the group's spokesman, Yusuf Arran, said": the name is the apposition.
        if subject is None or len(phrase_words(text[name[0] : name[1]])) >= 2 or name[0] > subject[0]:
            np_ = cut_np(doc, *name)  # "As Steven Rosenthal, a tax lawyer, put it": no clause word
            return (*np_, name[0]) if np_ else (name[0], name[1], name[0])
    if subject is None:
        return None
    np_ = cut_np(doc, *subject)
    return (*np_, subject[0]) if np_ else None


def subject_after(doc, cue_end: int, limit: int, src: dict) -> tuple[int, int] | None:
    """Inverted subject: 'said Jonas Faldt, the envoy' / 'said a senior official'."""
    text = doc.text
    window = _mask_abbreviations(text[cue_end:limit])  # same length: offsets hold
    m = _INVERTED.match(window)
    if not m:
        # "said Stephen Vladeck of the University of Texas School of Law.": too long for a subject, but a
        # name before "of" / "from" / "at" is one
        m = _INVERTED_NAME_OF.match(window)
        if not m or not is_name(m.group(1)):
            return None
    s, e = cue_end + m.start(1), cue_end + m.end(1)
    words = phrase_words(text[s:e])
    if not words or words[0].lower() in en.QUOTE_NOT_INVERTED:
        if words and words[0].lower() in ("he", "she", "it", "they") and len(words) == 1:
            return s, e
        return None
    if (
        words[0][:1].islower()
        and words[0].lower() not in en.QUOTE_PREMODIFIERS
        and head(text[s:e]) not in src["anonymous"]
        and strip_titles(text[s:e], src) == text[s:e]
        and not _occupation_name(words)
    ):
        return None
    # "countered Kestria's delegate, Mark Tiller": a name in apposition wins.
    after = _APPOSED_NAME.match(text, e, limit)
    if after and not is_name(text[s:e]):
        return after.span(1)
    return s, e


_NOT_DESCRIPTION = (
    en.FUNCTION_WORDS | en.PREPOSITIONS | en.DETERMINERS | en.CONJUNCTIONS | en.PERSONAL_PRONOUNS | en.AUXILIARIES
)


def _occupation_name(words: list[str]) -> bool:
    """'said nurse Teodor Saks', 'said retired teacher Lena Vos', 'added his campaign manager Jeff Weaver': one
    to three lower-case words of a description (after a possessive; no function word, auxiliary, adverb or
    -ing form) before a name of two or more capitalised words."""
    k = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    lower, name = words[:k], words[k:]
    if lower and lower[0].lower() in en.POSSESSIVE_DETERMINERS:
        lower = lower[1:]  # "added his campaign manager Jeff Weaver"
    return (
        1 <= len(lower) <= 3
        and len(name) >= 2
        and all(w[:1].isupper() for w in name)
        and all(
            w.isalpha() and w not in _NOT_DESCRIPTION and not w.endswith(("ly", "ing"))
            for w in lower
        )
    )


def content_after(doc, pos: int, sent_end: int, term: str) -> tuple[int, int] | None:
    """Reported clause after a cue: skip adverbials, an indirect object of told, and 'that'."""
    text = doc.text
    limit = min(sent_end, pos + 4 * CONTEXT)
    for _ in range(6):
        m = _LEADING_ADVERBIAL.match(text, pos, limit)
        if not m or m.end() == pos:
            break
        pos = m.end()
    if term in en.QUOTE_OBJECT_CUES:
        that = _THAT_WORD.search(text, pos, min(limit, pos + 80))
        if that and "," not in text[pos : that.start()]:
            pos = that.end()
        else:
            m = _TOLD_OBJECT.match(text, pos, limit)
            if m:
                pos = m.end()
    m = _THAT.match(text, pos, limit)
    if m:
        pos = m.end()
    # Keep a closing mark that belongs to a quote inside the clause.
    s, e = trim(text, pos, limit, " \t\n,;:")
    if e > s and text[e - 1] in ".!?" and e >= 2 and text[e - 2] in '\u201d"':
        e -= 1
    if e > s and text[e - 1] in ".!?,;:":
        e -= 1
    semicolon = text.find(";", s, e)
    if semicolon != -1:
        s, e = trim(text, s, semicolon, " \t\n,")
    e = cut_trailing_attribution(text, s, e)
    if e - s < 3 or not n_words(doc, s, e):
        return None
    return s, e


def cut_trailing_attribution(text: str, s: int, e: int, memo: dict | None = None) -> int:
    """End of ``[s, e)`` before a trailing ", according to X" chain (one pass, right to left).

    ``memo`` (a dict kept by the caller) shares the walk between the cues of one chain, so a
    sentence with many "according to" stays linear.
    """
    path = []
    while e > s:
        if memo is not None and (s, e) in memo:
            e = memo[(s, e)]
            break
        path.append(e)
        comma = text.rfind(",", s, e)
        # '...,\u201d according to X': the chain may start after a closing mark.
        mark = max(text.rfind("\u201d", max(comma, s), e), text.rfind('"', max(comma, s), e))
        if comma != -1 and _ACCORDING_START.match(text, comma + 1, e):
            e = comma
        elif mark > s and text[mark - 1] in ",." and _ACCORDING_START.match(text, mark + 1, e):
            e = mark + 1
        else:
            break
    if memo is not None:
        for p in path:
            memo[(s, p)] = e
    return e


def _verb_at(text: str, tokens: list, i: int) -> bool:
    """Is token ``i`` (after the first) a finite verb that ends a subject? -ed forms, auxiliaries, common
    irregular past tenses, modals, and -s forms right after an adverb ("Trump then appears")."""
    word = text[slice(*tokens[i])]
    low = word.lower()
    if not word[:1].islower() or low in en.QUOTE_PREMODIFIERS:
        return False
    if text[slice(*tokens[i - 1])].lower() in en.ARTICLES | en.POSSESSIVE_DETERMINERS:
        return False  # "Trump and his aides have": a noun after a determiner, however it ends
    if _VERBISH.match(word) or low in en.QUOTE_IRREGULAR_PAST or low in en.MODALS:
        return True
    if not low.endswith("s") or low.endswith("ss") or low in en.QUOTE_S_NOT_VERBS or len(low) < 4:
        return False
    prev = text[slice(*tokens[i - 1])].lower()  # not after a capitalised word: "Small groups of protesters"
    return i > 1 and (prev in _LEADING_FILLERS or (prev.endswith("ly") and prev not in en.QUOTE_LY_NOT_ADVERBS))


def sentence_subject(doc, start: int, limit: int) -> tuple[int, int] | None:
    """The subject of the main clause of ``[start, limit)``: the words before its first verb, read as
    :func:`subject_before` reads a subject (appositions skipped: "Dean, a former party chairman, poked
    ..."; adverbs dropped: "Mr. Trump hardly clarified ...")."""
    text = doc.text
    tokens = span_words(doc, start, limit)
    if tokens and text[slice(*tokens[0])].lower() in _INTRODUCERS:
        # "With party leaders worried about turnout, President Obama is rolling out ...": the main clause
        # starts after the introductory phrase
        comma = text.find(",", tokens[0][1], limit)
        if comma != -1:
            tokens = span_words(doc, comma + 1, limit)
    for i, (s, e) in enumerate(tokens):
        word = text[s:e]
        if i and word.lower() in ("who", "which") and "," in text[tokens[i - 1][1] : s]:
            # "A second official, who also spoke on condition of anonymity, disputed ... and said"
            return cut_np(doc, tokens[0][0], tokens[i - 1][1])
        if i and _verb_at(text, tokens, i):
            found = subject_before(doc, tokens[0][0], s)
            if found:
                return found[:2]
            return cut_np(doc, tokens[0][0], tokens[i - 1][1])
    return None
