"""``actors(doc, cast)``: find the actors of a cast in a document."""

from __future__ import annotations

import re
from bisect import bisect_right

import pandas as pd

from framing.document import Document, as_document
from framing.lang.english import PLACE_PREPOSITIONS
from framing.lexicons import as_lexicon
from framing.records import Mention, Quote

from .cast import Cast, as_cast
from .mentions import _detect
from .result import Actors
from .roles import _roles
from .sentence import _NOUN_FORMS
from .suggest import suggest
from .table import _frame, _rows
from .verbs import verb_table

_PLACE_PREP = PLACE_PREPOSITIONS

_QUOTE_PAIR = re.compile(r'"[^"\n]{1,3000}"')


_NOUNS: dict = {}


# patterns compiled once
_WORDS = re.compile(r"[\w']+")


def _nouns(verbs: dict) -> dict:
    """The action nouns of a verb table (cached with the table)."""
    key = id(verbs)
    cached = _NOUNS.get(key)
    if cached is None or cached[0] is not verbs:
        if len(_NOUNS) > 16:
            _NOUNS.clear()
        cached = _NOUNS[key] = (verbs, {t: e for t, e in verbs.items() if any(f in _NOUN_FORMS for f in e[1])})
    return cached[1]


def _suggested_cast(frame) -> Cast:
    """A provisional cast from :func:`suggest`: its actors and variants; a term claimed twice is dropped."""
    seen: dict = {}
    rows = []
    for actor, term, kind in zip(frame["actor"], frame["term"], frame["kind"]):
        key = " ".join(term.lower().split())
        if seen.setdefault(key, actor) == actor:
            rows.append((actor, term, kind))
    table = pd.DataFrame(rows, columns=["actor", "term", "kind"])
    cast = Cast.from_frame(table)
    return Cast(cast.actors, source="suggested", institution_heads=cast.institution_heads)


def _quote_records(result) -> tuple:
    """The Quote records of a Quotes result or a sequence of Quote; TypeError for anything else."""
    items = getattr(result, "quotes", result)
    if isinstance(items, (str, bytes, dict)) or not hasattr(items, "__iter__"):
        raise TypeError(
            f"quotes must be a Quotes result, a sequence of Quote records, False or None, not {type(items).__name__}"
        )
    records = tuple(items)
    for q in records:
        if not isinstance(q, Quote):
            raise TypeError(f"quotes must hold Quote records (from framing.quotes), got {type(q).__name__}")
    return records


def _quote_spans(doc: Document, quotes):
    """(spans in quotation marks, Quote records or None) from framing.quotes, or a quote-mark scan."""
    result = quotes
    if quotes is None:
        try:
            from framing.quotes import quotes as find_quotes
        except ImportError:
            find_quotes = None
        result = find_quotes(doc) if find_quotes is not None else None
    if result is False:
        result = None
    records = _quote_records(result) if result is not None else None
    if records is not None:
        from framing.quotes import Quotes, check

        check(result if isinstance(result, Quotes) else records, doc)
    if records is not None:
        spans = sorted((q.start, q.end) for q in records if q.kind in ("direct", "partial"))
    else:
        spans = [m.span() for m in _QUOTE_PAIR.finditer(doc.folded)]
    return spans, records


def _in_spans(spans, starts_sorted, pos_start: int, pos_end: int) -> bool:
    i = bisect_right(starts_sorted, pos_start) - 1
    # a few spans may nest or overlap; look back a little
    for k in range(i, max(i - 3, -1), -1):
        s, e = spans[k]
        if s <= pos_start and pos_end <= e + 1:
            return True
    return False


def _place_metonym(folded: str, m) -> bool:
    """A metonym right after a place preposition ("in Tehran", "from Jerusalem"): a place, not an actor."""
    if m.kind != "metonym":
        return False
    before = _WORDS.findall(folded[max(0, m.start - 20):m.start])
    return bool(before) and before[-1] in _PLACE_PREP


def _sentiment_scores(doc: Document, mentions) -> list:
    """The sentiment toward each mention: :func:`framing.target.scores_toward`, all mentions in one pass."""
    from framing.target import scores_toward

    return scores_toward(doc, [(m.start, m.end) for m in mentions])


def actors(doc, cast=None, *, quotes=None, lexicon=None, extend: bool = True, sentiment: bool = True) -> Actors:
    """Find the actors of a cast in a document: mentions, roles, labels, voice and sentiment.

    Parameters
    ----------
    doc : Document or str
        The text (a str is read with :func:`framing.read`).
    cast : Cast, path, dict or DataFrame, optional
        Who to look for (see the module docstring for the YAML format). None
        builds a provisional cast from the document's own frequent names
        (:func:`suggest`, names seen at least twice); the result then records
        ``cast_source='suggested'``. Pass a real cast for analysis.
    quotes : Quotes, sequence of Quote, False or None
        The quotes found in the document (from :func:`framing.quotes`). None
        computes them; False skips voice (times_quoted is 0, ``in_quote`` comes
        from quotation marks only).
    lexicon : None, name, path, dict or DataFrame
        The verb lexicon (default ``role_verbs``; category ``class:forms:lemma``).
    sentiment : bool
        Compute the mean sentiment toward each actor (the score
        :func:`framing.target.sentiment_toward` gives each mention, computed for all mentions at
        once by :func:`framing.target.scores_toward`, when the table is first read).

    Returns
    -------
    Actors

    Notes
    -----
    Roles follow the agent/patient distinction of transitivity analysis
    (Halliday 1994; Dowty 1991): who is presented as doing and who as done to.
    Framing research reads agency as part of the causal interpretation a frame
    promotes (Entman 1993); naming choices ("militant group", "resistance
    movement", "terror chief", "martyr") are the labels of the cast; who is
    quoted is voice (Bell 1991). The rules are listed in the module docstring.

    Limitations
    -----------
    Rules, not a parser: no coreference (pronouns, "the country"), objects only
    right after their verb, infinitive and participle clauses do not inherit
    their subject, one role per mention. A cast finds only what it lists.
    Sentiment toward an actor is only as good as
    :func:`framing.target.sentiment_toward`. English only.

    References
    ----------
    Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. J. of Communication 43(4).
    Halliday, M. A. K. (1994). An Introduction to Functional Grammar (2nd ed.). Edward Arnold.
    Dowty, D. (1991). Thematic proto-roles and argument selection. Language 67(3).
    Bell, A. (1991). The Language of News Media. Blackwell.
    van Leeuwen, T. (1996). The representation of social actors. In Texts and Practices. Routledge.
    """
    doc = as_document(doc)
    if cast is None:
        frame = suggest([doc], top=50, min_count=2)
        frame = frame[frame["kind"].isin(["name", "title"])]
        cast_obj = _suggested_cast(frame)
    else:
        cast_obj = as_cast(cast)
    lex = as_lexicon(lexicon, default="role_verbs", extend=extend)
    verbs = verb_table(lex)
    nouns = _nouns(verbs)

    raw = _detect(doc, cast_obj, nouns, verbs) if doc.n_words else []
    affiliations = [m for m in raw if m.kind == "affiliation"]
    raw = [m for m in raw if m.kind != "affiliation"]
    places = {i for i, m in enumerate(raw) if _place_metonym(doc.folded, m)}
    _roles(doc, raw, verbs, places)  # (a sentence holding only places is not read)
    places = {id(raw[i]) for i in places}
    raw = sorted(raw + affiliations, key=lambda m: (m.start, -m.end))
    # metonyms count only when they act or are acted upon, and not after a place preposition
    kept = [m for m in raw if m.kind != "metonym" or (m.role is not None and id(m) not in places)]

    quote_spans, quote_records = _quote_spans(doc, quotes)
    if quotes is False:
        quotes_source = "quote marks"
    elif quotes is not None:
        quotes_source = "given"
    else:
        quotes_source = "framing.quotes" if quote_records is not None else "quote marks"
    q_starts = [s for s, _ in quote_spans]
    text = doc.text
    records = []
    verb_spans = []
    sentence_ids = [doc.sentence_of(m.start) for m in kept]  # (a bisect each: fewer calls than numpy's)
    for m, si in zip(kept, sentence_ids):
        records.append(
            Mention(
                text[m.start:m.end], int(m.start), int(m.end), m.actor, m.label, m.role, m.verb,
                _in_spans(quote_spans, q_starts, m.start, m.end) if quote_spans else False, int(si),
                m.category, bool(m.negated and m.role is not None),
            )
        )
        verb_spans.append(m.verb_span)
    records = tuple(records)

    memo = []

    def rows():  # the actor table's rows as dicts, computed once (summary_values needs no DataFrame)
        if not memo:
            if sentiment:
                scores = _sentiment_scores(doc, records)
            else:
                scores = [float("nan")] * len(records)
            memo.append(_rows(doc, cast_obj, records, scores, quote_records))
        return memo[0]

    def build():
        return _frame(rows())

    return Actors(
        mentions=records,
        build=build,
        verb_spans=tuple(verb_spans),
        n_words=doc.n_words,
        cast_source=cast_obj.source,
        lexicon=lex.label,
        quotes_source=quotes_source,
        sentiment_available=bool(sentiment),
        build_rows=rows,
    )

