"""Quotes credited without a cue of their own: the text itself says whose words they are.

:func:`owner`, when the sentence ties the quoted words to a speaker:

* "in Marr's words, '...'", "in the words of Ada Marr, '...'";
* "Marr's 'no surrender' remark" (a possessor before the quote, a noun of speech after it);
* "Marr has used the phrase 'harbour theft'" (a verb of using before "the phrase / term / word").

:func:`subject_before_quote`, a quote after a sentence about a named person ("Sanders ... identified X as
one reason. '...'"); :func:`signature`, a name after a dash closing the paragraph or on a line below the
quote ("-President Obama"); :func:`name_and_time`, a colon label "Clinton in December 1992:".

Scare quotes and labels with no such tie stay unattributed.
"""

from __future__ import annotations

import re

from framing.lang import english as en
from framing.quotes import attribution as at
from framing.quotes.text import phrase_words, trim

__all__ = ["owner", "subject_before_quote", "signature", "name_and_time"]

_NAME = r"[A-Z][\w.'\u2019\-]*(?:\s+(?:[A-Z][\w.'\u2019\-]*|de|van|von|al))*?"
_IN_WORDS = re.compile(
    r"\b[Ii]n\s+(?:(" + _NAME + r")['\u2019]s?\s+(?:own\s+)?words|the\s+words\s+of\s+(" + _NAME + r"))\s*,?\s*$"
)
_POSSESSOR = re.compile(r"(?<![\w'\u2019])(" + _NAME + r")['\u2019]s?\s+$")
_SAID_NOUN = re.compile(r"\s*(\w+)\b")
_USING = re.compile(
    r"\b(?:" + "|".join(sorted(en.QUOTE_USING_VERBS)) + r")\s+(?:the\s+)?"
    r"(?:" + "|".join(sorted(en.QUOTE_EXPRESSION_NOUNS)) + r")\s*,?\s*$"
)

#: a name signed after a dash: a capitalised word, then up to four capitalised words or particles
SIGNED_NAME = (
    r"([A-Z][\w.'\u2019\-]*(?:[ \t\u00a0]+(?:[A-Z][\w.'\u2019\-]*|"
    + "|".join(en.QUOTE_SIGNATURE_PARTICLES) + r")){0,4})"
)
_SIGNATURE_LINE = re.compile(
    r"[ \t\u00a0]*[\-\u2015\u2014\u2013][ \t\u00a0]*" + SIGNED_NAME + r"[ \t\u00a0.]*"
)
_NAME_THEN_TIME = re.compile(
    r"([A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){0,3}),?\s+(?:in|on|at|during|last)\s+"
    r"(?:[A-Z][a-z]+\.?(?:\s+\d{1,2},?)?(?:\s+\d{4})?|\d{4}|(?:the|a|an|his|her|their)\s+[\w\s\-]{1,40}?)"
)
_SIGNED_PARAGRAPH = re.compile(
    r"[\"\u201d][^\"\u201c\u201d]{0,200}?[ \t\u00a0]*[\u2015\u2014\u2013][ \t\u00a0]*"
    + SIGNED_NAME + r"[ \t\u00a0]*$"
)


def owner(st, idx: int) -> tuple[int, int] | None:
    """Span of the speaker the sentence ties the quote ``idx`` to, or None."""
    text, doc = st.text, st.doc
    cs, ce, os_, oe = st.marked[idx]
    sent = st.sentence_span(os_)
    lo = max(sent[0], os_ - 120)
    m = _IN_WORDS.search(text, lo, os_)
    if m:
        span = m.span(1) if m.group(1) else m.span(2)
        return span if at.is_name(text[span[0] : span[1]]) else None
    close = oe + 1 if oe is not None else ce
    m = _POSSESSOR.search(text, lo, os_)
    noun = _SAID_NOUN.match(text, close, close + 30)
    if m and noun and noun.group(1).lower() in en.QUOTE_SAID_NOUNS and at.is_name(m.group(1)):
        return m.span(1)
    m = _USING.search(text, lo, os_)
    if m:
        span = at.sentence_subject(doc, sent[0], m.start() + 1)
        if span is None:
            found = at.subject_before(doc, sent[0], m.start())
            span = found[:2] if found else None
        if span and at.is_name(text[span[0] : span[1]]) and len(phrase_words(text[span[0] : span[1]])) <= 5:
            return span
    return None


def subject_before_quote(st, idx: int) -> tuple[int, int] | None:
    """'Sen. Ada Marr, who lost the primary, identified fatigue as one reason. "The young are tired ..."': a
    direct quote with no cue, opening a sentence, right after a sentence of the same paragraph whose subject
    is a person's name and which credits no one else, is that person's: the span of the name, or None."""
    text, doc = st.text, st.doc
    os_ = st.marked[idx][2]
    si = doc.sentence_of(os_)
    if si == 0 or not doc.sentences or doc.sentences[si][0] < os_ - 2:
        return None
    ps, pe = doc.sentences[si - 1]
    if si > 1 and text[ps : ps + 1] in "),":  # "Sen. Ada Marr (Vt.), who ...": a false split after the bracket
        ps = doc.sentences[si - 2][0]
    if ps < doc.paragraphs[st.paragraph_index(os_)][0] or pe - ps > 5 * at.CONTEXT or st.cues_between(ps, pe):
        return None  # (a sentence too long to be read in bounded time is no such sentence)
    if st.last_attr is not None and st.last_attr[1]["speaker_start"] is not None and (
        st.last_attr[1]["speaker_start"] >= ps or (st.last_attr[2] or -1) >= ps
    ):
        return None
    span = at.sentence_subject(doc, ps, pe)
    if span is None:
        return None
    bracket = text.find("(", span[0], span[1])  # "Sen. Ada Marr (Vt": the tag is no part of the name
    span = trim(text, span[0], bracket) if bracket > span[0] else span
    phrase = text[span[0] : span[1]]
    if not at.is_name(phrase) or len(phrase_words(phrase)) < 2 and not st.speakers.is_known_person(phrase):
        return None
    return span


def signature(st, close: int, para_end: int) -> tuple[int, int] | None:
    """The name signing the quote that closes at ``close``: on a line of its own below the quote ('-President
    Obama'), or after a dash closing the paragraph ('"..." And ... "..." ― Ana Ruiz' signs every quote in it,
    when no cue lies between)."""
    text = st.text
    para = st.paragraph_index(max(close - 1, 0))
    if not text[close:para_end].strip(" \t\u00a0.,") and para + 1 < len(st.doc.paragraphs):
        ns, ne = st.doc.paragraphs[para + 1]
        below = _SIGNATURE_LINE.fullmatch(text, ns, ne)
        if below and at.is_name(below.group(1)):
            return below.span(1)
    signed = _SIGNED_PARAGRAPH.search(text, max(close, para_end - 80), para_end)
    if signed and at.is_name(signed.group(1)) and st.cues_between(close, signed.start()) == range(0):
        return signed.span(1)
    return None


def name_and_time(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name of a colon label ``[start, end)`` made of a name and a time ('Clinton in December 1992')."""
    named = _NAME_THEN_TIME.fullmatch(text, start, end)
    return named.span(1) if named and at.is_name(named.group(1)) else None
