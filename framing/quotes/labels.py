"""Quoted words tied to their speaker by the sentence, without a speech verb.

A quote with no cue is credited only when the sentence itself names whose words they are:

* "in Marr's words, '...'", "in the words of Ada Marr, '...'";
* "Marr's 'no surrender' remark" (a possessor before the quote, a noun of speech after it);
* "Marr has used the phrase 'harbour theft'" (a verb of using before "the phrase / term / word").

Scare quotes and labels with no such tie stay unattributed.
"""

from __future__ import annotations

import re

from framing.lang import english as en
from framing.quotes import attribution as at
from framing.quotes.text import phrase_words

__all__ = ["owner"]

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
