"""The actor table (one row per actor) and the labels table."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter

import numpy as np
import pandas as pd

from framing.document import Document, rate

from .cast import Cast

# patterns compiled once
_NON_SLUG = re.compile(r"[^0-9a-z]+")
_FINAL = re.compile(r"[.!?\"'\u201d\u2019]$")


def _slug(name: str) -> str:
    return _NON_SLUG.sub("_", name.lower()).strip("_")


def _has_headline(doc: Document) -> bool:
    """The first paragraph is a headline: a short line without final punctuation, text follows."""
    if not doc.paragraphs:
        return False
    first = doc.text[doc.paragraphs[0][0]:doc.paragraphs[0][1]].rstrip()
    return len(doc.paragraphs) > 1 and not _FINAL.search(first) and len(first) < 200


def _position(doc: Document, sentence: int, has_headline: bool | None = None) -> str:
    """'headline' (a first line without final punctuation), 'lede' (first paragraph of text) or 'body'."""
    if not doc.paragraphs:
        return "body"
    para = int(doc.sentence_paragraph[sentence])
    if has_headline is None:
        has_headline = _has_headline(doc)
    if has_headline:
        return "headline" if para == 0 else ("lede" if para == 1 else "body")
    return "lede" if para == 0 else "body"


def _top(counter: Counter, n: int = 3) -> str:
    if not counter:
        return ""
    return ", ".join(f"{v} ({c})" for v, c in counter.most_common(n))


def _speaker_actors(cast: Cast, q, mention_index, named: dict | None = None) -> set:
    """Actors a quote is credited to: mentions inside the speaker span, else the speaker's name.

    ``named`` (optional, one per document) keeps :meth:`Cast.actor_of` of each speaker string already
    asked about, so a speaker quoted many times is resolved once."""
    found = set()
    starts = mention_index[0]
    if starts:
        start, end = getattr(q, "speaker_start", None), getattr(q, "speaker_end", None)
        if start is not None and end is not None:
            ends, actors = mention_index[1], mention_index[2]
            i = bisect_right(starts, end - 1) - 1
            while i >= 0:
                if ends[i] > start and starts[i] < end:
                    found.add(actors[i])
                if ends[i] <= start and starts[i] < start - 200:
                    break
                i -= 1
    if not found:
        for name in (getattr(q, "speaker", None), getattr(q, "speaker_text", None)):
            if not name:
                continue
            if named is not None and isinstance(name, str):
                actor = named.get(name, named)  # (the dict itself: not asked yet)
                if actor is named:
                    actor = named[name] = cast.actor_of(name)
            else:
                actor = cast.actor_of(name)
            if actor is not None:
                found.add(actor)
                break
    return found


_COLUMNS = ("mentions", "share", "first_sentence", "first_position", "labels", "n_labelled", "agent", "patient",
            "negated", "agent_share", "patient_share", "top_agent_verbs", "top_patient_verbs", "top_negated",
            "times_quoted", "times_quoted_direct", "quoted_words", "sentiment", "sentiment_mentions",
            "sentiment_low", "sentiment_high")


def _table(doc: Document, cast: Cast, records, scores, quote_records) -> pd.DataFrame:
    """One row per actor (see :class:`Actors`); :func:`_rows` computes them, this wraps them in a DataFrame."""
    return _frame(_rows(doc, cast, records, scores, quote_records))


#: the columns that always hold numbers (ints or floats): numpy arrays, so pandas has nothing to infer
_NUMBERS = ("mentions", "share", "n_labelled", "agent", "patient", "negated", "agent_share", "patient_share",
            "times_quoted", "times_quoted_direct", "quoted_words", "sentiment", "sentiment_mentions",
            "sentiment_low", "sentiment_high")


def _frame(rows: list) -> pd.DataFrame:
    data = {c: [r[c] for r in rows] for c in _COLUMNS}
    if rows:  # (no rows: the columns of empty lists, as pandas makes them)
        for c in _NUMBERS:
            data[c] = np.array(data[c])
    data["first_sentence"] = pd.array(data["first_sentence"], dtype="Int64")
    return pd.DataFrame(data, index=pd.Index([r["actor"] for r in rows], name="actor"))  # columns: _COLUMNS


def _rows(doc: Document, cast: Cast, records, scores, quote_records) -> list:
    """The actor table's rows as plain dicts (cast order, then actors found outside the cast)."""
    names = list(cast.names)
    by_actor: dict = {a: [] for a in names}
    for m, sc in zip(records, scores):
        items = by_actor.get(m.actor)
        if items is None:  # an actor found outside the cast: after the cast's, in order of first mention
            names.append(m.actor)
            items = by_actor[m.actor] = []
        items.append((m, sc))
    total = len(records)
    quoted, quoted_direct, quoted_words = Counter(), Counter(), Counter()
    if quote_records:
        mention_index = ([m.start for m in records], [m.end for m in records], [m.actor for m in records])
        named: dict = {}
        credited = []  # (quote, its actors) for the quotes credited to some actor
        for q in quote_records:
            if not records and not q.speaker and not q.speaker_text:
                continue  # (no mention to find in its speaker span, no name to look up: credited to nobody)
            found = _speaker_actors(cast, q, mention_index, named)
            if found:
                credited.append((q, found))
        if credited:
            # the words of every credited quote at once (Document.words_between for each quote)
            lo = doc.word_starts.searchsorted([q.start for q, _ in credited], side="left")
            hi = doc.word_ends.searchsorted([q.end for q, _ in credited], side="right")
            n_words = np.maximum(hi - lo, 0).tolist()
            for (q, found), q_words in zip(credited, n_words):
                for actor in found:
                    if actor in by_actor:
                        quoted[actor] += 1
                        quoted_direct[actor] += q.kind in ("direct", "partial")
                        quoted_words[actor] += q_words
    rows = []
    has_headline = _has_headline(doc) if records else False  # (read by the rows of mentioned actors only)
    for a in names:
        items = by_actor[a]
        if not items:
            rows.append(_absent_row(a, total, quoted[a], quoted_direct[a], quoted_words[a]))
            continue
        rows.append(_actor_row(doc, a, items, total, quoted[a], quoted_direct[a], quoted_words[a], has_headline))
    return rows


def _actor_row(doc: Document, actor: str, items: list, total: int, quoted: int, quoted_direct: int,
               quoted_words: int, has_headline: bool) -> dict:
    """The row of an actor from its (mention, sentiment score) pairs: one pass over them (the counters
    fill in mention order, so ties in their top lists keep the order of first appearance)."""
    n = len(items)
    labels: Counter = Counter()
    agent_verbs: Counter = Counter()
    patient_verbs: Counter = Counter()
    negated: Counter = Counter()
    n_agent = n_patient = 0
    valid = []
    first = items[0][0].sentence
    for m, sc in items:
        role = m.role
        if m.label:
            labels[(m.label, m.label_category)] += 1
        if m.negated:
            if role:
                negated[f"{role} of not {m.verb}"] += 1
        elif role == "agent":
            n_agent += 1
            if m.verb:
                agent_verbs[m.verb] += 1
        elif role == "patient":
            n_patient += 1
            if m.verb:
                patient_verbs[m.verb] += 1
        if sc == sc:
            valid.append(sc)
        if m.sentence < first:
            first = m.sentence
    mean, low, high = _mean_interval(valid)
    return {
        "actor": actor,
        "mentions": n,
        "share": rate(n, total) if total else 0.0,
        "first_sentence": first,
        "first_position": _position(doc, first, has_headline),
        "labels": "; ".join(f"{lab} ({cat}): {c}" for (lab, cat), c in labels.most_common()),
        "n_labelled": sum(labels.values()),
        "agent": n_agent,
        "patient": n_patient,
        "negated": sum(negated.values()),
        "agent_share": rate(n_agent, n),
        "patient_share": rate(n_patient, n),
        "top_agent_verbs": _top(agent_verbs),
        "top_patient_verbs": _top(patient_verbs),
        "top_negated": _top(negated),
        "times_quoted": quoted,
        "times_quoted_direct": quoted_direct,
        "quoted_words": quoted_words,
        "sentiment": mean,
        "sentiment_mentions": len(valid),
        "sentiment_low": low,
        "sentiment_high": high,
    }


_ABSENT = {
    "actor": None, "mentions": 0, "share": 0.0, "first_sentence": pd.NA,
    "first_position": None, "labels": "", "n_labelled": 0, "agent": 0, "patient": 0, "negated": 0,
    "agent_share": 0.0, "patient_share": 0.0, "top_agent_verbs": "", "top_patient_verbs": "",
    "top_negated": "", "times_quoted": 0, "times_quoted_direct": 0,
    "quoted_words": 0, "sentiment": np.nan, "sentiment_mentions": 0,
    "sentiment_low": np.nan, "sentiment_high": np.nan,
}


def _absent_row(actor: str, total: int, quoted: int, quoted_direct: int, quoted_words: int) -> dict:
    """The row of an actor the text never mentions: zero counts and shares, no sentiment (the values the
    general rule gives with no mentions, without its counters and means; a copy of one template)."""
    row = _ABSENT.copy()
    row["actor"] = actor
    if total:
        row["share"] = rate(0, total)
    if quoted:
        row["times_quoted"], row["times_quoted_direct"], row["quoted_words"] = quoted, quoted_direct, quoted_words
    return row


def _mean_interval(scores: list) -> tuple:
    """(mean, low, high): the mean score (NaN without scores) and a 95% t interval of it (NaN below two
    scores: one mention is no estimate). The sums are those of numpy's ``mean`` and ``std(ddof=1)``
    (``np.add.reduce``: the same pairwise summation), without their overhead.

    Mentions in one sentence share their context, so the interval is too narrow when an actor is
    named many times in few sentences; read it as a lower bound on the uncertainty.
    """
    n = len(scores)
    if not n:
        return (np.nan, np.nan, np.nan)
    values = np.array(scores, dtype=float)
    mean = float(np.add.reduce(values)) / n
    if n < 2:
        return (mean, np.nan, np.nan)
    deviation = values - mean
    std = math.sqrt(float(np.add.reduce(deviation * deviation)) / (n - 1))
    half = _t975(n - 1) * std / math.sqrt(n)
    return (mean, max(-1.0, mean - half), min(1.0, mean + half))


# two-sided 95% quantiles of Student's t for 1..30 degrees of freedom (beyond: the normal's 1.96)
_T975 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
         2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048,
         2.045, 2.042)


def _t975(df: int) -> float:
    return _T975[df - 1] if df <= len(_T975) else 1.96


def _labels_table(records) -> pd.DataFrame:
    counts = Counter(
        (m.actor, m.label, m.label_category, "quote" if m.in_quote else "narrator")
        for m in records
        if m.label
    )
    rows = [(*k, c) for k, c in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))]
    return pd.DataFrame(rows, columns=["actor", "label", "category", "voice", "count"])


# ``framing/__init__.py`` re-exports the function ``actors`` under the name of this module, so
# ``framing.actors`` may be the function: let ``framing.actors.suggest(...)``, ``framing.actors.Cast``
