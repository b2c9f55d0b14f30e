"""Keyword in context: every hit of a word, phrase, pattern or lexicon category, with its context.

One compiled pattern per query, one pass over each text, a bounded slice of context per hit: time
is linear in the size of the corpus (see ``benchmarks/concordance_speed.py``).
"""

from __future__ import annotations

import html
import re

import pandas as pd

__all__ = ["concordance", "concordance_html", "categories", "COLUMNS"]

#: Columns of a concordance, one row per hit.
COLUMNS = ("doc_id", "left", "match", "right", "start", "end", "term", "category", "source")
# Same-length folding as the text model's, so offsets in the folded text are offsets in the text
# (chained str.replace: several times faster than str.translate on non-ASCII text).
_FOLD = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00a0", " "))
_CHARS_PER_WORD = 40
_SPACE = re.compile(r"\s+")


def _fold(text: str) -> str:
    plain = text
    for old, new in _FOLD:
        plain = plain.replace(old, new)
    folded = plain.lower()
    if len(folded) != len(text):  # a few characters lower-case to two (e.g. 'İ')
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in plain)
    return folded


def _norm(category: str) -> str:
    return re.sub(r"[\s\-]+", "_", str(category).strip().lower())


def categories(*, cast=None) -> pd.DataFrame:
    """Every category ``concordance(category=...)`` accepts: ``source, category, terms``."""
    from framing.lexicons import available, load

    rows = []
    for name in available():
        lex = load(name)
        counts = pd.Series([e.category for e in lex.entries]).value_counts(sort=False)
        rows += [(lex.label, c, int(n)) for c, n in counts.items()]
    if cast is not None:
        from framing.actors import as_cast

        labels = pd.Series([cat for a in as_cast(cast).actors for _, cat in a.labels])
        rows += [("cast", c, int(n)) for c, n in labels.value_counts(sort=False).items()]
    return pd.DataFrame(rows, columns=["source", "category", "terms"])


def _category_lexicon(category: str, *, cast=None, lexicon=None):
    """A Lexicon of every term of the matching category (lexicons, and the cast's labels)."""
    from framing.lexicons import Entry, Lexicon, available, load

    want = _norm(category)
    if not want:
        raise ValueError("category is empty")

    def matches(cat: str) -> bool:
        cat = _norm(cat)
        parts = {cat, cat.rpartition(":")[2], cat.partition(":")[0]}  # also the kind of "hedge:probability"
        return any(p == want or p.startswith(want + "_") for p in parts)

    names = available() if lexicon is None else ([lexicon] if isinstance(lexicon, str) else list(lexicon))
    entries, sources = {}, []
    for name in names:
        lex = load(name)
        found = [e for e in lex.entries if matches(e.category)]
        if found:
            sources.append(lex.label)
        for e in found:
            entries.setdefault(e.term, Entry(e.term, e.category, e.weight, lex.label))
    if cast is not None:
        from framing.actors import as_cast

        for actor in as_cast(cast).actors:
            for label, cat in actor.labels:
                if matches(cat):
                    term = " ".join(_fold(label).split())
                    entries.setdefault(term, Entry(term, cat, 1.0, f"cast:{actor.name}"))
                    if "cast" not in sources:
                        sources.append("cast")
    if not entries:
        known = sorted({c.partition(":")[0] for c in categories(cast=cast)["category"]})
        raise ValueError(f"no lexicon{' or cast' if cast is not None else ''} has a category {category!r}; "
                         f"known categories include {known} (all of them: framing.scholar.categories())")
    return Lexicon("+".join(sources), "", tuple(entries.values()))


def _query_pattern(query, *, regex: bool, case: bool) -> re.Pattern:
    queries = [query] if isinstance(query, str) else list(query)
    if not queries or any(not isinstance(q, str) for q in queries):
        raise TypeError(f"query must be a str or a list of str, not {query!r}")
    queries = [q.strip() for q in queries]
    if any(not q for q in queries):
        raise ValueError("an empty query matches nothing useful; give a word, a phrase or a pattern")
    parts = []
    for q in queries:
        if regex:
            parts.append(f"(?:{q})")
        else:
            # plain queries run on the folded (lower-cased, straight-apostrophe) text unless case=True:
            # much faster than IGNORECASE
            q = q if case else _fold(q)
            words = [re.escape(w.replace("\u2019", "'")).replace("'", "['\u2019]") for w in q.split()]
            body = r"\s+".join(words)
            head = r"(?<![\w])" if re.match(r"\w", q) else ""
            tail = r"(?![\w])" if re.search(r"\w$", q) else ""
            parts.append(head + body + tail)
    flags = re.IGNORECASE if regex and not case else 0
    try:
        pattern = re.compile("|".join(parts), flags)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {query!r} ({exc})") from exc
    if pattern.fullmatch("") is not None:
        raise ValueError(f"the pattern {query!r} matches the empty string; every position would be a hit")
    return pattern


def _texts(corpus) -> pd.Series:
    if isinstance(corpus, pd.Series):
        texts = corpus
    elif isinstance(corpus, (list, tuple)):
        texts = pd.Series(list(corpus), dtype=object)
    else:
        from framing.scholar.toolkit import as_corpus

        texts = as_corpus(corpus)["text"]
    bad = [i for i, t in texts.items() if not isinstance(t, str)]
    if bad:
        raise TypeError(f"texts must be str; not for doc_ids {bad[:5]}")
    return texts


def _context(text: str, start: int, end: int, window: int) -> tuple[str, str]:
    """``window`` whitespace-separated words on each side of ``[start, end)``, from a bounded slice."""
    if not window:
        return "", ""
    span = window * _CHARS_PER_WORD
    a = max(0, start - span)
    left = text[a:start].rsplit(None, window)
    if len(left) > window:  # the first part is the rest of the slice
        left = left[1:]
    right = text[end : end + span].split(None, window)[:window]
    return " ".join(left[-window:]), " ".join(right)


def concordance(corpus, query=None, *, window: int = 8, category=None, regex: bool = False, case: bool = False,
                lexicon=None, cast=None) -> pd.DataFrame:
    """Every hit of a word, phrase, pattern or lexicon category in a corpus, with its context.

    Parameters
    ----------
    corpus : DataFrame, Series, list of str or path
        A corpus (as from :func:`framing.load_corpus`: indexed by ``doc_id`` with ``text``), a Series
        of texts (its index is the doc_id) or a list of texts (numbered from 0).
    query : str or list of str, optional
        A word or phrase (matched as whole words, any case, any run of spaces between the words,
        straight or curly apostrophes), or with ``regex=True`` a regular expression. A list of
        queries is one alternation.
    window : int
        Words of context on each side.
    category : str, optional
        Instead of a query: every term of a lexicon category (``'delegitimising'`` matches the
        ``loaded`` lexicon's ``delegitimising_label``; ``'doubt-casting'`` the ``cue_verbs``
        lexicon's ``doubt_casting``; ``'epistemic_modal'`` or ``'booster'`` the hedges'), in every shipped lexicon
        that has it (or only in ``lexicon=``). With ``cast=``, the cast's evaluative labels of that
        category are searched too. :func:`categories` lists them all.
    regex, case : bool
        ``query`` is a regular expression; match case exactly.

    Returns
    -------
    pandas.DataFrame
        One row per hit, in corpus and text order: ``doc_id, left, match, right, start, end``
        (``text[start:end] == match``), then ``term`` (the query or the lexicon term), ``category``
        and ``source`` (``'query'``, the lexicon's ``name@version`` or ``cast:<actor>``).
        :func:`concordance_html` shows it with the matches aligned.

    Limitations
    -----------
    Category hits are the lexicon's raw matches, before any measure's context rules (a hedging
    concordance of *may* lists May the month too): read them, that is what a concordance is for.
    Context is cut at whitespace, so punctuation stays attached to its word. Plain queries and
    categories take time linear in the corpus; a regular expression you write can backtrack
    (``a+b`` on a long run of a's) and is only as fast as Python's ``re`` makes it.

    References
    ----------
    Sinclair, J. (1991). *Corpus, Concordance, Collocation*. Oxford University Press.
    Baker, P. et al. (2008). A useful methodological synergy? Combining critical discourse analysis
    and corpus linguistics. *Discourse & Society* 19(3), 273-306.
    """
    if (query is None) == (category is None):
        raise ValueError("give a query or a category= (one of the two)")
    if isinstance(window, bool) or not isinstance(window, int) or window < 0:
        raise ValueError(f"window must be a non-negative number of words, not {window!r}")
    texts = _texts(corpus)
    rows = []
    if category is not None:
        lex = _category_lexicon(category, cast=cast, lexicon=lexicon)
        for doc_id, text in texts.items():
            for start, end, entry in lex.finditer(_fold(text)):
                left, right = _context(text, start, end, window)
                rows.append((doc_id, left, text[start:end], right, start, end, entry.term, entry.category,
                             entry.note))
    else:
        pattern = _query_pattern(query, regex=regex, case=case)
        label = query if isinstance(query, str) else " | ".join(query)
        folded = not regex and not case
        for doc_id, text in texts.items():
            for m in pattern.finditer(_fold(text) if folded else text):
                start, end = m.span()
                if end == start:
                    continue
                left, right = _context(text, start, end, window)
                rows.append((doc_id, left, text[start:end], right, start, end, label, "", "query"))
    # object columns: Arrow-backed strings cannot hold a lone surrogate, and a hit must equal its text slice
    out = pd.DataFrame(rows, columns=list(COLUMNS), dtype=object)
    out["start"] = out["start"].astype("int64")
    out["end"] = out["end"].astype("int64")
    return out


def concordance_html(hits: pd.DataFrame, *, max_rows: int = 500):
    """The hits as an HTML table with the matches aligned in a middle column (for a notebook)."""
    from framing.display import Highlight

    missing = [c for c in ("doc_id", "left", "match", "right") if c not in hits.columns]
    if missing:
        raise ValueError(f"not a concordance: columns {missing} are missing")
    cell = "padding:1px 6px;white-space:nowrap;font-family:monospace;"
    rows = []
    for _, h in hits.head(max_rows).iterrows():
        rows.append(
            f"<tr><td style='{cell}color:#777'>{html.escape(str(h['doc_id']))}</td>"
            f"<td style='{cell}text-align:right'>{html.escape(h['left'])}</td>"
            f"<td style='{cell}text-align:center;font-weight:bold;background:#FDE9B0'>{html.escape(h['match'])}</td>"
            f"<td style='{cell}text-align:left'>{html.escape(h['right'])}</td></tr>"
        )
    more = len(hits) - max_rows
    foot = f"<p>{more} more hit(s) not shown.</p>" if more > 0 else ""
    body = (f"<p>{len(hits)} hit(s)</p><div style='overflow-x:auto'><table style='border-collapse:collapse'>"
            + "".join(rows) + "</table></div>" + foot)
    return Highlight(body)
