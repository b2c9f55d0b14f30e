"""``quotes()``: an ordered list of passes over one small state object.

1. ``_find_marks``        quotes between marks (:mod:`framing.quotes.marks`)
2. ``_find_cues``         anonymity justifications and cue verbs outside quotes
3. ``_attribute``         in text order: each quote takes its cue and speaker, each
                          remaining cue reports a clause (indirect speech)
4. ``_transcript_turns``  paragraphs of a transcript ("PENCE: ...") are direct quotes
   ``_relays``            relayed speech ("AFP quoted X as saying", "citing", stacked "according to"):
                          one record, the relaying source in ``via``
5. ``_tidy``              cut clauses before trailing attributions, drop nested speech,
                          settle person/organisation types learnt late
6. ``_records``           frozen :class:`~framing.records.Quote` records
"""

from __future__ import annotations

import bisect
import re

from framing.document import as_document
from framing.lang import english as en
from framing.lexicons import as_lexicon
from framing.quotes import attribution as at
from framing.quotes import cues, labels
from framing.quotes.credit import (
    CITING,
    ENDS_AFTER_CUE,
    State,
    attribution,
    blank_back_to,
    cue_subject,
    ends_after_subject,
    last_before,
    speaker_only,
)
from framing.quotes.marks import cover, marked_spans
from framing.quotes.sources import head, source_words, union
from framing.quotes.speakers import Speakers
from framing.quotes.text import phrase_words, trim
from framing.records import Quote, Span

__all__ = ["run"]

_QUOTED_AS_AFTER = re.compile(r"\s+([A-Z][^,;:.\u201c\u201d\"]{1,80}?)\s+as\s+(?:saying|telling|stating|writing)\b")

_DASH_SPEAKER = re.compile(r"[ \t\u00a0]*[\u2015\u2014\u2013][ \t\u00a0]*" + labels.SIGNED_NAME)
_TURN_LABEL = re.compile(r"[\"\u201c]?[ \t]*([A-Z][A-Z.'\u2019\-]+(?:[ \t][A-Z][A-Z.'\u2019\-]+){0,2}):[ \t]+(?=\S)")
_THAT_AFTER = re.compile(r"\s+(?:on\s+\w+\s+|in\s+a\s+\w+\s+)?that\b")
_THAT = re.compile(r"\s*that\b", re.IGNORECASE)
_ALNUM = re.compile(r"[^\W_]")


_EMPTY = dict.fromkeys(
    ("speaker", "speaker_text", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "cue_category")
)


# ----------------------------------------------------------------------------------------------
# passes 1-2: marks and cues
# ----------------------------------------------------------------------------------------------


def _find_marks(st: State) -> None:
    st.marked = marked_spans(st.doc)
    st.m_starts = [m[2] for m in st.marked]
    st.m_ends = [(m[3] + 1 if m[3] is not None else m[1]) for m in st.marked]


def _find_cues(st: State) -> None:
    # Cues are looked up against the whole stretch of each quote (marks included).
    cover_starts, cover_ends = cover(st.m_starts, st.m_ends)
    st.justifications = cues.find_justifications(st.doc, st.src)
    st.cues = cues.find_cues(st.doc, st.lex, cover_starts, cover_ends, st.justifications)
    st.cue_starts = [c[0] for c in st.cues]
    st.speakers = Speakers(st.doc, st.src, quoted=(cover_starts, cover_ends))


# ----------------------------------------------------------------------------------------------
# pass 3: attribution
# ----------------------------------------------------------------------------------------------


def _quote_kind(st: State, idx: int, sent, left_floor: int) -> str:
    """'direct' or 'partial' for the marked quote ``idx`` (see the package docstring)."""
    text, doc = st.text, st.doc
    cs, ce, os_, _ = st.marked[idx]
    prev_char = last_before(text, left_floor, os_)  # "" when only white space lies before the quote
    para = st.paragraph_index(os_)
    at_start = blank_back_to(text, os_, doc.paragraphs[para][0] if doc.paragraphs else 0)
    first = _ALNUM.search(text, cs, ce)  # the first letter or digit (str.isalnum)
    first_alpha = first.group() if first else ""
    left_cues = st.cues_between(left_floor, os_)
    after_cue = bool(left_cues) and not text[st.cues[left_cues[-1]][1] : os_].strip(" \t,:")
    split_quote = prev_char == "," and bool(left_cues) and left_floor != max(sent[0], os_ - at.CONTEXT)
    direct = (
        at_start
        or not prev_char
        or prev_char in ".!?:"
        or (prev_char == "," and (first_alpha.isupper() or split_quote or bool(left_cues)))
        or (after_cue and first_alpha.isupper())
        or (prev_char in '\u201d"' and first_alpha.isupper())
        or (prev_char in "\u2014\u2013" and first_alpha.isupper())
    )
    return "direct" if direct else "partial"


def _direct_after(st: State, idx: int, quote_text: str) -> dict | None:
    """'"...," X said' / '"...," said X': the cue right after a direct quote."""
    text = st.text
    cs, ce, os_, oe = st.marked[idx]
    close = oe + 1 if oe is not None else ce
    # to the paragraph end: a title's full stop ("Del. Stacey Plaskett said") may have split the sentence;
    # a real sentence end stops the search below
    para_end = st.doc.paragraphs[st.paragraph_index(max(close - 1, 0))][1] if st.doc.paragraphs else len(text)
    limit = min(para_end, close + at.CONTEXT)
    if idx + 1 < len(st.marked) and st.marked[idx + 1][2] < limit:
        limit = st.marked[idx + 1][2]
    dash = _DASH_SPEAKER.match(text, close, min(para_end, close + 80))
    if dash and at.is_name(dash.group(1)):  # '"..." ― Ana Ruiz': credited by a dash, no cue
        return speaker_only(st, dash.span(1), quote_text)
    signed = labels.signature(st, close, para_end)
    if signed:  # a name after a dash closing the paragraph, or on a line below the quote
        return speaker_only(st, signed, quote_text)
    for ci in st.cues_between(close, limit):
        start = st.cues[ci][0]
        between = text[close:start]
        # appositions between commas may lengthen the subject ("X, the attorney general of Y, said")
        longest = at.MAX_SUBJECT_WORDS * (3 if "," in between.strip(" ,") else 1)
        if at.ends_sentence(text, close, start) or len(phrase_words(between)) > longest or text[start].isupper():
            break  # a capitalised cue ('"..." Said Ana Ruiz: "..."') opens the next sentence
        if st.cues[ci][2].term == "according to":
            continue
        if between.split()[:1] and between.split()[0].lower() in en.QUOTE_SUBORDINATE_OPENERS:
            break  # '"That makes me smart," when Clinton blasted him': the cue of another clause
        if not between.strip(" \t,\u2014"):
            span = at.subject_after(st.doc, st.cues[ci][1], limit, st.src)
        else:
            span = _trailing_phrase_inverted(st, between, ci, limit)
            if span is None:
                sub = at.subject_before(st.doc, close, start)
                span = sub[:2] if sub else None
        if span:
            st.consumed.add(start)
            return attribution(st, ci, span, quote_text)
    return None


def _trailing_phrase_inverted(st: State, between: str, ci: int, limit: int) -> tuple[int, int] | None:
    """'"..." for Brisk, said Kunin.' / '"..." about the decision, said Rosa Delmar, the union's director.': a
    phrase the quote runs into (a preposition and its object) and a comma before an inverted cue; the
    subject follows the cue."""
    words = between.split()
    if not words or words[0] not in en.PREPOSITIONS or not between.rstrip().endswith(","):
        return None
    span = at.subject_after(st.doc, st.cues[ci][1], limit, st.src)
    return span if span and ends_after_subject(st.text, span, limit) else None


def _direct_before(st: State, idx: int, sent, left_floor: int, quote_text: str) -> dict | None:
    """'X said: "..."': the last cue before a direct quote in its sentence."""
    os_ = st.marked[idx][2]
    left_cues = st.cues_between(left_floor, os_)
    if not left_cues:
        return None
    ci = left_cues[-1]
    gap = st.text[st.cues[ci][1] : os_]
    if len(phrase_words(gap)) <= 10 and not at.ends_sentence(st.text, st.cues[ci][1], os_):
        span = cue_subject(st, ci, sent)
        if span:
            st.consumed.add(st.cues[ci][0])
            return attribution(st, ci, span, quote_text)
    return None


def _colon_label(st: State, idx: int, sent, left_floor: int, quote_text: str) -> dict | None:
    """'Jeffrey Lunt: "..."', 'The report makes that clear: "..."', 'A spokesman could only quip: "..."': a
    direct quote after a colon, with no cue, is credited to the label or the subject of the clause before
    the colon, when that is a name or a source noun (a person, body, outlet or document)."""
    text = st.text
    os_ = st.marked[idx][2]
    colon = text[left_floor:os_].rstrip(" \t\u00a0")
    if not colon.endswith(":"):
        return None
    return _label_before_colon(st, max(left_floor, sent[0]), left_floor + len(colon) - 1, quote_text)


def _label_before_colon(st: State, start: int, end: int, quote_text: str) -> dict | None:
    """The speaker of a label ``[start, end)`` that ends at a colon (see :func:`_colon_label`)."""
    text = st.text
    for stop in (";", "\u201d", '"'):
        k = text.rfind(stop, start, end)
        if k != -1:
            start = k + 1
    s, e = trim(text, start, end)
    if e <= s:
        return None
    label = text[s:e]
    if at.is_name(label) and len(phrase_words(label)) <= 6:
        return speaker_only(st, (s, e), quote_text)
    named = labels.name_and_time(text, s, e)
    if named:  # 'Clinton in December 1992:', 'Ana Ruiz, on Monday:'
        return speaker_only(st, named, quote_text)
    span = at.sentence_subject(st.doc, s, e)
    if span is None:
        return None
    phrase = text[span[0] : span[1]]
    src = st.src
    nouns = union(
        src["anonymous"], src["organisation"], src["media_words"], src["document"], src["group"], src["title_words"]
    )
    if at.is_name(phrase) or head(phrase) in nouns or phrase.lower() in en.PRONOUN_CLASS:
        return speaker_only(st, span, quote_text)
    return None


def _colon_paragraph(st: State, idx: int, quote_text: str) -> dict | None:
    """'The Times reports:' closing one paragraph, the quote opening the next: the cue before the colon."""
    text, doc = st.text, st.doc
    os_ = st.marked[idx][2]
    para = st.paragraph_index(os_)
    if para == 0 or not doc.paragraphs or not blank_back_to(text, os_, doc.paragraphs[para][0]):
        return None
    ps, pe = doc.paragraphs[para - 1]
    if text[pe - 1] != ":":
        return None
    cues = st.cues_between(max(ps, pe - 200), pe)
    if not cues:  # 'Donald Trump issued the following statement:' / 'Jared Potts, 17, echoed:'
        sent = st.sentence_span(pe - 1)
        return _label_before_colon(st, max(ps, sent[0]), pe - 1, quote_text)
    ci = cues[-1]
    if at.ends_sentence(text, st.cues[ci][1], pe) or len(phrase_words(text[st.cues[ci][1] : pe])) > 10:
        return None
    span = cue_subject(st, ci, st.sentence_span(st.cues[ci][0]))
    if not span:
        return None
    st.consumed.add(st.cues[ci][0])
    return attribution(st, ci, span, quote_text)


def _labelled(st: State, idx: int, quote_text: str) -> dict | None:
    """Quoted words the sentence ties to a speaker without a cue (see :mod:`framing.quotes.labels`)."""
    span = labels.owner(st, idx)
    return speaker_only(st, span, quote_text) if span else None


def _marked_quote(st: State, idx: int) -> None:
    """Kind and attribution of the quote between marks ``idx``."""
    cs, ce, os_, _ = st.marked[idx]
    sent = st.sentence_span(os_)
    left_floor = max(sent[0], os_ - at.CONTEXT)
    if idx > 0 and left_floor < st.m_ends[idx - 1] <= os_:
        left_floor = st.m_ends[idx - 1]
    kind = _quote_kind(st, idx, sent, left_floor)
    quote_text = st.text[cs:ce]
    attr = None
    label = _turn_label(st, cs)
    if label is not None:  # a transcript turn: '"PENCE: Well, ...'
        attr = speaker_only(st, label, quote_text)
    elif kind == "direct":
        attr = (
            _direct_after(st, idx, quote_text)
            or _direct_before(st, idx, sent, left_floor, quote_text)
            or _colon_paragraph(st, idx, quote_text)
            or _colon_label(st, idx, sent, left_floor, quote_text)
        )
        if attr is None:
            span = labels.subject_before_quote(st, idx)
            attr = speaker_only(st, span, quote_text) if span else None
            attr = attr if attr and attr["source_type"] == "named_person" else None
        if attr is None:
            attr = _labelled(st, idx, quote_text)
        if attr is None and st.last_attr is not None and st.last_attr[0] >= st.paragraph_index(os_) - 1:
            # a continuation: the attribution of the previous quote, and which quote it continues
            # (no cue of its own: cue statistics count each cue once)
            attr = dict(st.last_attr[1]) | dict.fromkeys(("cue", "cue_start", "cue_end", "cue_category"))
            attr["continues"] = st.last_attr[2]
    else:
        # Partial: the nearest cue of the sentence, before the quote first.
        before = st.cues_between(sent[0], os_)
        after = st.cues_between(ce, sent[1])
        ci = before[-1] if before else (after[0] if after else None)
        if ci is not None:
            span = cue_subject(st, ci, sent)
            if span:
                attr = attribution(st, ci, span, quote_text)
        if attr is None:
            attr = _labelled(st, idx, quote_text)
    if attr is None:
        attr = {**_EMPTY, "source_type": "unattributed"}
    if ce > cs:
        st.records.append({"start": cs, "end": ce, "kind": kind, **attr})
        if attr["speaker"]:
            if attr["speaker_start"] is not None:
                st.speakers.add(attr["speaker_start"], attr["speaker"], attr["source_type"])
            st.last_attr = (st.paragraph_index(cs), attr, cs)


def _introduces_direct(st: State, idx: int, sent) -> bool:
    """'X said: "..."' or 'X told the nation, "..."': the cue belongs to a direct quote."""
    text = st.text
    start, end, _ = st.cues[idx]
    rest = text[end : min(sent[1], end + 3)].lstrip()
    after_cue = text[end : sent[1]].lstrip(" ,")
    if rest[:1] == ":" or (after_cue[:1] in '\u201c"' and after_cue[1:2].isupper()):
        return True
    nxt = bisect.bisect_right(st.m_starts, end)
    if nxt < len(st.marked) and st.m_starts[nxt] < sent[1]:
        gap = text[end : st.m_starts[nxt]]
        if (
            len(phrase_words(gap)) <= 10
            and not at.ends_sentence(text, end, st.m_starts[nxt])
            and gap.rstrip()[-1:] in (":", ",")
        ):
            return True
    return False


def _clause_before(st: State, start: int) -> tuple[int, int] | None:
    """'..., according to X': the clause before, without further trailing attributions."""
    text = st.text
    s, e = trim(text, st.full_sentence(start)[0], start)
    s, e = trim(text, s, at.cut_trailing_attribution(text, s, e, st.chains))
    return (s, e) if e > s else None


def _parenthetical(st: State, subject, end: int, sent) -> bool:
    """Is ", SUBJECT CUE," set off by commas inside its clause (the clause runs on after it)?"""
    text = st.text
    before = text[sent[0] : subject[0]].rstrip()
    after = text[end : sent[1]].lstrip()
    return (
        before.endswith(",")
        and after.startswith(",")
        and len(phrase_words(before)) >= 2
        and len(phrase_words(after)) >= 2
        and len(phrase_words(text[subject[0] : subject[1]])) <= 3
    )


def _reported_clause(st: State, idx: int, subject, sent) -> tuple[int, int] | None:
    """The clause reported by cue ``idx``: after it, or before a trailing attribution."""
    text = st.text
    start, end, entry = st.cues[idx]
    term = entry.term
    subject_first = subject[1] <= start
    if term == "according to":
        if not blank_back_to(text, start, st.full_sentence(start)[0]):
            return _clause_before(st, start)
        comma = text.find(",", subject[1], sent[1])
        return at.content_after(st.doc, comma + 1, sent[1], term) if comma != -1 else None
    if subject_first and _parenthetical(st, subject, end, sent):
        # "The average benefit, it says, would be $300": the whole clause around the attribution
        s, e = trim(text, sent[0], sent[1], " \t\n,;:.!?")
        return (s, e) if e > s else None
    if subject_first:
        m_end = ENDS_AFTER_CUE.match(text, end, sent[1])
    else:
        m_end = ends_after_subject(text, subject, sent[1])
    if not m_end:
        pos = start + 3 if term.startswith("put ") else end
        return at.content_after(st.doc, pos, sent[1], term)
    # Trailing attribution: the clause before the subject (before the cue, if the subject follows it).
    comma = text.rfind(",", sent[0], subject[0] if subject_first else start)
    if comma == -1:
        return None
    s, e = trim(text, sent[0], comma)
    if e <= s or not _is_trailing_head(st, comma, start):
        return None
    return s, e


def _cue_clause(st: State, idx: int) -> None:
    """A cue verb not used by a quote: indirect speech, or a naming verb's speaker."""
    text = st.text
    start, end, entry = st.cues[idx]
    if start in st.consumed:
        return
    sent = st.sentence_span(start)
    if _introduces_direct(st, idx, sent):
        return
    subject = cue_subject(st, idx, sent)
    if subject is None:
        return
    term = entry.term
    no_clause = term in en.QUOTE_NAMING_CUES or term in en.QUOTE_MARKED_ONLY_CUES
    if no_clause and not _THAT.match(text, end) and not _THAT_AFTER.match(text, end, end + 40):
        attr = attribution(st, idx, subject)
        st.speakers.add(attr["speaker_start"], attr["speaker"], attr["source_type"])
        if attr["source_type"] == "named_person" and not st.cues_between(sent[0], start):
            # 'X called him a master of deals. "He showed ..."': a quote after it continues X (not "..., Clinton
            # said, referencing a super PAC called Future45": the naming cue of a clause inside an attribution)
            st.last_attr = (st.paragraph_index(start), attr, None)
        return
    if cues.is_participle(term) and any(
        r["kind"] == "indirect"
        and r["cue_start"] is not None
        and sent[0] <= r["cue_start"] < start
        and r["end"] >= start
        for r in st.records[-12:]
    ):
        return  # '..., calling on ...' belongs to the main cue's clause
    content = _reported_clause(st, idx, subject, sent)
    if content is None:
        return
    attr = attribution(st, idx, subject)
    st.records.append({"start": content[0], "end": content[1], "kind": "indirect", **attr})
    st.speakers.reported(*content)
    st.speakers.add(attr["speaker_start"], attr["speaker"], attr["source_type"])
    st.last_attr = (st.paragraph_index(start), attr, content[0])


def _turn_label(st: State, pos: int) -> tuple[int, int] | None:
    """Span of a transcript speaker label ("WALLACE:") at ``pos``, or None."""
    m = _TURN_LABEL.match(st.text, pos)
    if not m or sum(ch.isalpha() for ch in m.group(1)) < 2 or m.group(1).lower() in en.QUOTE_NOT_SPEAKER_LABELS:
        return None
    return m.span(1)


def _transcript_turns(st: State) -> None:
    """Paragraphs of a transcript without quotation marks ("PENCE: Well, ...") are direct quotes."""
    starts = sorted(r["start"] for r in st.records)
    for ps, pe in st.doc.paragraphs:
        label = _turn_label(st, ps)
        if label is None:
            continue
        i = bisect.bisect_left(starts, ps)
        if i < len(starts) and starts[i] < pe:
            continue  # already quoted
        cs, ce = trim(st.text, label[1] + 1, pe, " \t\n")
        if ce > cs:
            st.records.append({"start": cs, "end": ce, "kind": "direct", **speaker_only(st, label, st.text[cs:ce])})


def _relay(st: State, r: dict, span: tuple[int, int], quote_text: str = "") -> None:
    """Credit record ``r`` to the speaker at ``span``, relayed by its former speaker."""
    via = (r["speaker_text"], r["speaker_start"], r["speaker_end"])
    ci = bisect.bisect_left(st.cue_starts, r["cue_start"]) if r["cue_start"] is not None else None
    fields = attribution(st, ci, span, quote_text) if ci is not None else speaker_only(st, span, quote_text)
    r.update({k: fields[k] for k in ("speaker", "speaker_text", "speaker_start", "speaker_end", "source_type")})
    r["via"], r["via_start"], r["via_end"] = via


def _relays(st: State) -> None:
    """Relayed speech, one record each, with the relaying source in ``via``:
    '"...," AFP quoted Lin Jian as saying', '..., reported the Times, citing three officials',
    '..., according to three officials, according to the Times'."""
    text, drop = st.text, set()
    by_content: dict = {}
    for i, r in enumerate(st.records):
        if r["cue_start"] is None or r["speaker_start"] is None or i in drop:
            continue
        cue = text[r["cue_start"] : r["cue_end"]].lower()
        if cue in ("quoted", "quoting"):
            m = _QUOTED_AS_AFTER.match(text, r["cue_end"], r["cue_end"] + 200)
            if m:
                drop.update(
                    j
                    for j, o in enumerate(st.records)
                    if o is not r and o["cue_start"] is not None and m.start(1) <= o["cue_start"] < m.end()
                )
                _relay(st, r, m.span(1), text[r["start"] : r["end"]])
                continue
        after = max(r["cue_end"], r["speaker_end"])
        cited = text.find("citing", after, after + 200) != -1 or text.find("quoting", after, after + 200) != -1
        m = CITING.match(text, after, after + 200) if cited else None  # (a match holds one of them)
        if m:
            _relay(st, r, m.span(1), text[r["start"] : r["end"]])
        elif cue == "according to" and r["kind"] == "indirect":
            first = by_content.setdefault((r["start"], r["end"]), i)
            if first != i and st.records[first].get("via") is None:
                prev = st.records[first]
                prev["via"], prev["via_start"], prev["via_end"] = (
                    r["speaker_text"],
                    r["speaker_start"],
                    r["speaker_end"],
                )
                drop.add(i)
    st.records = [r for i, r in enumerate(st.records) if i not in drop]


def _attribute(st: State) -> None:
    # At equal positions a cue comes before a quote (as "cue" < "mark").
    events = [(m[0], 1, i) for i, m in enumerate(st.marked)] + [(c[0], 0, i) for i, c in enumerate(st.cues)]
    events.sort()
    for _pos, what, idx in events:
        if what == 1:
            _marked_quote(st, idx)
        else:
            _cue_clause(st, idx)


# ----------------------------------------------------------------------------------------------
# passes 4-5: tidy and records
# ----------------------------------------------------------------------------------------------


def _is_trailing_head(st: State, comma: int, cue_start: int) -> bool:
    """True when the stretch between ``comma`` and the cue is a subject (with appositions), not a clause."""
    return len(phrase_words(st.text[comma:cue_start])) <= 2 * at.MAX_SUBJECT_WORDS


def _cut_before_trailing(records: list[dict]) -> None:
    """'..., after Iran announced that X, three officials said.': the clause of *announced*
    ends where the trailing attribution's subject begins."""
    trailing = sorted(
        (r["speaker_start"], r["end"])
        for r in records
        if r["kind"] == "indirect"
        and r["cue_start"] is not None
        and r["end"] <= r["cue_start"]
        and r["speaker_start"] is not None
    )
    if not trailing:
        return
    starts = [s for s, _ in trailing]
    for r in records:
        if r["kind"] != "indirect" or r["cue_start"] is None or r["start"] < r["cue_start"]:
            continue
        i = bisect.bisect_left(starts, r["start"])
        if i < len(trailing) and trailing[i][0] < r["end"] and trailing[i][1] > r["start"]:
            r["end"] = trailing[i][1]


def _drop_nested(records: list[dict]) -> list[dict]:
    """Drop indirect records whose speaker lies inside another indirect record's content."""
    # Only clauses reported after their cue ("He added that Kestria had asked ...") hold
    # nested speech; a clause before a trailing attribution keeps its own attributions.
    spans = sorted(
        (r["start"], r["end"])
        for r in records
        if r["kind"] == "indirect" and r["cue_start"] is not None and r["start"] >= r["cue_start"]
    )
    if not spans:
        return records
    starts = [s for s, _ in spans]
    best_end = []
    running = -1
    for _, e in spans:
        running = max(running, e)
        best_end.append(running)
    out = []
    for r in records:
        s = r["speaker_start"]
        if r["kind"] == "indirect" and s is not None:
            i = bisect.bisect_right(starts, s) - 1
            if i >= 0 and best_end[i] > s and not (spans[i][0] == r["start"] and spans[i][1] == r["end"]):
                inside = any(a <= s < b and (a, b) != (r["start"], r["end"]) for a, b in spans[max(0, i - 3) : i + 1])
                if inside:
                    continue
        out.append(r)
    return out


def _tidy(st: State) -> None:
    st.records.sort(key=lambda r: (r["start"], r["end"]))
    _cut_before_trailing(st.records)
    st.records = _drop_nested(st.records)
    speakers = st.speakers
    for r in st.records:  # a single word later resolved from he/she (or it) is a person (or not)
        if r["speaker"] in speakers.persons and r["source_type"] == "named_organisation":
            r["source_type"] = "named_person"
        elif r["speaker"] in speakers.organisations and r["source_type"] == "named_person":
            r["source_type"] = "named_organisation"


def _records(st: State) -> tuple:
    text, sentence_of = st.text, st.doc.sentence_of
    return tuple(
        Quote(  # positional, in the order of the record's fields (faster than by keyword)
            text[r["start"] : r["end"]],
            int(r["start"]),
            int(r["end"]),
            r["speaker"],
            r["speaker_text"],
            r["cue"],
            r["kind"],
            r["source_type"] == "anonymous",
            sentence_of(r["start"]),
            r["source_type"],
            r["speaker_start"],
            r["speaker_end"],
            r["cue_start"],
            r["cue_end"],
            r["cue_category"],
            r.get("via"),
            r.get("via_start"),
            r.get("via_end"),
            r.get("continues"),
        )
        for r in st.records
    )


PASSES = (_find_marks, _find_cues, _attribute, _transcript_turns, _relays, _tidy)


def run(doc, *, lexicon=None, sources=None, extend: bool = True):
    """Run the passes; return ``(document, records, justifications, cue lexicon, sources lexicon)``."""
    doc = as_document(doc)
    lex = as_lexicon(lexicon, default="cue_verbs", extend=extend)
    sources_lex = as_lexicon(sources, default="sources", extend=extend)
    st = State(doc=doc, lex=lex, src=source_words(sources_lex))
    for step in PASSES:
        step(st)
    justifications = tuple(Span(doc.text[s:e], s, e) for s, e in st.justifications)
    return doc, _records(st), justifications, lex, sources_lex
