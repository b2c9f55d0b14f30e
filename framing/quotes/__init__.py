"""Quotes, speakers and sourcing: who speaks in a story, and how the story cites them.

``quotes(doc)`` finds what an article quotes (direct and partial quotes between
quotation marks) and reports (indirect speech introduced by a cue verb), whom
it credits, and what kind of source that is. The rules, each tested in
``tests/test_quotes.py``:

**Quotation marks.** Curly marks say which way they face; German „ opens and
“ then closes; doubled apostrophes ('' ... '') and backticks (`` ... '') are
double marks; a straight ``"`` opens after a space, a paragraph start or an
opening bracket and closes otherwise. A quote left open at the end of a
paragraph continues when the next paragraph starts with an opening mark (a
multi-paragraph quote: one quote); otherwise it is capped at the paragraph end,
so an unbalanced mark never swallows the rest of the text. Single quotes
(headlines, scare quotes) count only outside double quotes, must open before a
word and close after one; an apostrophe never opens a quote: between letters
(Iran's), after a plural (the Guards'), before an elision ('tis) or a decade
('90s); nested single quotes inside double quotes stay inside.

**Direct or partial.** A quote is *direct* when it starts a paragraph or a
sentence, follows a colon, follows a comma (the second half of a quote split by
its attribution, or ``said, "...``) or follows a cue verb with a capital
letter; otherwise it is a fragment inside the writer's sentence: *partial*
(this includes scare quotes and quoted labels).

**Attribution.** A direct quote takes the cue verb right after it (``"...,"
X said`` / ``said X``, past titles, initials and appositions), else a name
after a dash (``"..." ― Ana Ruiz``), else the cue before it in its sentence
(``X said: "..."``), else the cue ending the previous paragraph with a colon
(``The Times reports:``), else it continues the speaker of the previous
attribution in the same or the preceding paragraph: a *continuation* carries
that attribution's speaker and ``speaker_text`` and, in ``continues``, the start
of the quote it continues (its own ``cue`` stays None). A transcript turn
(``PENCE: ...``) is credited to its label. A partial quote takes the nearest
cue of its sentence (``what it described as "..."`` credits the subject of
*described*); without one it is unattributed (a scare quote).

**Indirect speech.** Every other cue verb with a subject opens a reported
clause running to the end of the sentence (``X said (that) ...``, ``X accused Y
of ...``, ``X called for ...``); a cue ending the sentence (``..., officials
said.``, ``..., announced the deputy head of the mission, Mirko Valden.``, also
with a trailing time: ``said early Wednesday``, ``told the Courier on
Wednesday``) and ``..., according to X`` report the clause before them;
``According to X, ...`` the clause after; ``The benefit, it says, would be
$300`` the whole clause. Naming verbs (called, described, labelled, dismissed,
denied, praised, branded...) and quote-only verbs (continued, tweeted,
shouted...) only report a clause when followed by *that*; their quoted labels
are partial quotes. A cue after *not* / *declined to* / *no one* is dropped, and
a cue word after an article or a demonstrative is a noun ("the states", "these
reports").

**Relays.** Speech relayed by another source is one record whose ``speaker``
is the original speaker and ``via`` the relaying source (``via_start`` /
``via_end`` its span): ``"...," AFP quoted Lin Jian as saying``, ``...,
reported the Courier, citing three officials``, ``..., according to three
officials, according to the Times``.

**Speakers.** The subject before the cue is read back to the nearest clause
boundary; an apposition between commas is skipped ("Hamas, the organization
Haniyeh led, vowed" -> Hamas) unless it is the name ("the group's spokesman,
Yusuf Arran, said" -> Yusuf Arran); party and state tags, ages and state
abbreviations are skipped ("Rep. Elijah Cummings (D-Md.)", "Quina Jones, 25,").
Titles are dropped (Foreign Minister Tomas Ebrecht -> Tomas Ebrecht); a surname
resolves to the full name met earlier; he / she resolve to the nearest person
named before as the subject of a clause or credited as a speaker (skipping
persons of the other gender, known from an earlier pronoun or a common first
name); it / they / "the group" / "the mission" to the nearest organisation or
unnamed group; "X's statement" to X.

**Source types** are defined in :mod:`framing.quotes.sources`: named person,
named organisation, unnamed group, media, document, anonymous, unattributed.

The package follows these seams: :mod:`~framing.quotes.marks` (quote marks and
spans), :mod:`~framing.quotes.attribution` (cue and speaker search),
:mod:`~framing.quotes.speakers` (speaker resolution), :mod:`~framing.quotes.sources`
(source typing), :mod:`~framing.quotes.result` (measures and tables),
:mod:`~framing.quotes.credit` (the shared state, cue subjects and attribution records) and
:mod:`~framing.quotes.measure` (the ordered passes of :func:`quotes`).
"""

from __future__ import annotations

from framing.quotes.measure import run
from framing.quotes.result import KINDS, Quotes, measure
from framing.quotes.sources import SOURCE_TYPES

__all__ = ["quotes", "Quotes", "SOURCE_TYPES", "KINDS", "check"]


def quotes(doc, *, lexicon=None, sources=None, extend: bool = True) -> Quotes:
    """Find quotes and reported speech, their speakers and source types, and measure sourcing.

    Parameters
    ----------
    doc : Document or str
        The text (a str is read with :func:`framing.read`).
    lexicon : None, str, path, dict or DataFrame, optional
        The cue-verb lexicon; defaults to the shipped ``cue_verbs`` (categories
        neutral, assertive, directive, warning, doubt_casting, concessive,
        accusatory, tentative, emotive).
    sources : None, str, path, dict or DataFrame, optional
        The source-type lexicon; defaults to the shipped ``sources`` (categories
        anonymous, media, organisation, title, justification). Its version is
        recorded in ``Quotes.sources``.
    extend : bool, default True
        A user lexicon extends the shipped one; ``False`` replaces it (applies to
        ``lexicon`` and ``sources``).

    Returns
    -------
    Quotes

    Notes
    -----
    Rules over the document's sentences and words, no parser model (see this
    module's docstring for each rule). ``Quote.kind`` is 'direct' (a quoted
    sentence or more), 'partial' (a quoted fragment in the writer's sentence,
    scare quotes included) or 'indirect' (reported speech). A direct quote with
    no attribution of its own continues the speaker of the previous attribution
    in the same or the preceding paragraph (its ``cue`` and ``speaker_text`` are
    then None). Source types follow the sourcing literature (Sigal 1973; Hallin
    et al. 1993): named person, named organisation, media, anonymous,
    unattributed.

    Limitations
    -----------
    Subjects are read leftwards to the nearest clause word or comma, so long or
    unusual subjects ("the banner hung from the balcony") and subjects after a
    relative clause without commas are cut or missed. Cataphora (a headline
    speaker named only later), gender of names, and quotes attributed only in
    a following sentence ("... ." She said that in March.) are not resolved. A
    person known only by one capitalised word who never says "I" and is never
    referred to as he/she is typed as an organisation. Unbalanced straight
    quotes are guessed from spacing. English only.

    References
    ----------
    Bell, A. (1991). *The Language of News Media*. Blackwell.
    Sigal, L. V. (1973). *Reporters and Officials*. D.C. Heath.
    Pareti, S. (2016). PARC 3.0: A corpus of attribution relations. LREC 2016.
    Asr, F. T. et al. (2021). The Gender Gap Tracker. PLOS ONE 16(2): e0245533.
    """
    doc, records, justifications, lex, sources_lex = run(doc, lexicon=lexicon, sources=sources, extend=extend)
    return measure(doc, records, justifications, lex, sources_lex)


def check(result, doc):
    """``result`` if it holds quotes found in ``doc``; a clear error otherwise.

    For measures that take ``quotes=`` (sentiment, actors): quotes of the wrong
    type or from another document would silently give wrong counts. Accepts a
    :class:`Quotes` result or a tuple/list of :class:`~framing.records.Quote`
    records, and returns it unchanged.

    Raises
    ------
    TypeError
        If ``result`` is neither a Quotes result nor a sequence of Quote records.
    ValueError
        If the quotes were found in another document (different text), or a
        record's span does not hold its text in ``doc``.
    """
    from framing.records import Quote

    text = doc if isinstance(doc, str) else getattr(doc, "text", None)
    if isinstance(result, Quotes):
        own = result.document
        if own is not None and own is not doc and own.text != text:
            raise ValueError("quotes= was computed on another document: call framing.quotes(doc) on this document")
        records = () if own is not None else result.quotes
    elif isinstance(result, (tuple, list)) and all(isinstance(q, Quote) for q in result):
        records = result
    else:
        raise TypeError(
            f"quotes= must be the result of framing.quotes(doc) (or its .quotes), not {type(result).__name__}"
        )
    if text is not None:
        for q in records:
            if not 0 <= q.start <= q.end <= len(text) or text[q.start : q.end] != q.text:
                raise ValueError("quotes= does not fit this document: a quote's span does not hold its text")
    return result
