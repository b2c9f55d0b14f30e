"""The fast paths of framing.actors give what the plain ones gave: the trie pattern of a cast, the lazy tables."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import framing as fr
from framing.actors.cast import _trie_regex

_PIECES = ["iran", "ira", "iranian", "us", "u.s", "u.s.", "the", "supreme", "leader", "supreme leader",
           "hamas", "hamas leader", "ha", "a", "(hamas)", "$m", "al-aqsa", "al", "aqsa", "zionist regime", "zion"]


def _alternation(keys) -> re.Pattern:
    body = "|".join(r"[^\S\n\r]+".join(re.escape(p) for p in k.split()) for k in sorted(keys, key=len, reverse=True))
    return re.compile(r"(?<![\w])(?:the\s+(?=\S))?(?P<term>" + body + r")(?![\w])")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8, unique=True),
       st.lists(st.sampled_from(_PIECES + [" ", "  ", "\n", ", ", "s", "'s", "x"]), max_size=25))
def test_the_trie_pattern_matches_what_the_sorted_alternation_matched(keys, pieces):
    text = " ".join(pieces)
    trie = re.compile(r"(?<![\w])(?:the\s+(?=\S))?(?P<term>" + _trie_regex(keys) + r")(?![\w])")
    expected = [(m.span(), m.span("term")) for m in _alternation(keys).finditer(text)]
    assert [(m.span(), m.span("term")) for m in trie.finditer(text)] == expected


def test_the_table_does_not_build_the_labels_and_both_are_built_once():
    text = ("Iran's Supreme Leader ordered a strike. Israel said the Islamic regime would pay. "
            "Hamas leader Ismail Haniyeh was killed in Tehran.")
    result = fr.actors(text, cast="corpora/case/cast.yml")
    assert "table" not in result.__dict__ and "labels" not in result.__dict__
    table = result.table
    assert "labels" not in result.__dict__ and result.table is table
    assert result.labels is result.labels and set(result.labels["actor"]) <= set(table.index)
    assert table.loc["Iran", "mentions"] >= 1


def test_an_actor_never_mentioned_has_the_zero_row():
    result = fr.actors("Osk praised the plan. Osk said it was good.", cast={"Osk": [], "Ilvo": []})
    row = result.table.loc["Ilvo"]
    assert row["mentions"] == 0 and row["share"] == 0.0 and row["agent_share"] == 0.0
    assert row["labels"] == "" and row["top_agent_verbs"] == "" and row["sentiment_mentions"] == 0
    assert pd.isna(row["sentiment"]) and pd.isna(row["first_position"])
    assert result.table["first_sentence"].dtype == "Int64"
    assert result.summary_values()["actors.ilvo.mentions"] == 0.0
    assert result.table.loc["Osk", "mentions"] == 2


@pytest.mark.timeout(60)
def test_scores_toward_on_a_long_document_is_linear_and_bounded():
    from framing.target import scores_toward

    doc = fr.read("\n".join(["Mayor Ilvo praised Osk, and critics attacked the brutal plan."] * 3000))
    spans = [(int(s), int(e)) for s, e in zip(doc.word_starts[::10], doc.word_ends[::10])]
    scores = scores_toward(doc, spans)
    assert len(scores) == len(spans) and len(set(round(x, 12) for x in scores)) < 20


def test_the_target_sentiment_reads_the_compounds_sentiment_left_and_scores_the_same():
    from framing.lang import vader
    from framing.target import scores_toward

    text = ("Iran condemned the brutal killing. Osk praised the plan, but critics said Iran was wrong.\n"
            "The United Nations said Iran and Osk must talk.")
    plain_doc, shared_doc = fr.read(text), fr.read(text)
    spans = [(m.start(), m.end()) for m in re.finditer(r"Iran|Osk", text)]
    fr.sentiment(shared_doc)
    memo = vader.document_memo(shared_doc)
    assert (0, 34) in memo and memo[(0, 34)] < 0  # scored as written; the masked third sentence is not kept
    assert all(not shared_doc.text[s:e].startswith("The United") for s, e in memo)
    assert scores_toward(shared_doc, spans) == scores_toward(plain_doc, spans)
    assert vader.document_memo(plain_doc) == {}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(min_value=-1.0, max_value=1.0, allow_nan=False), max_size=300))
def test_the_mean_and_interval_of_an_actor_are_numpys_to_the_last_bit(scores):
    # the table sums with np.add.reduce instead of calling mean() and std(): the same figures, bit for bit
    import math

    import numpy as np

    from framing.actors.table import _mean_interval, _t975

    mean, low, high = _mean_interval(scores)
    values = np.asarray(scores, dtype=float)
    if not scores:
        assert math.isnan(mean) and math.isnan(low) and math.isnan(high)
        return
    assert mean == float(values.mean())
    if len(scores) < 2:
        assert math.isnan(low) and math.isnan(high)
        return
    half = float(_t975(len(scores) - 1) * values.std(ddof=1) / math.sqrt(len(scores)))
    assert (low, high) == (max(-1.0, float(values.mean()) - half), min(1.0, float(values.mean()) + half))


def _roles_module():
    import importlib

    return importlib.import_module("framing.actors.roles")  # (framing.actors is also the function's name)


_VERBISH = ["criticisms", "criticism", "says", "said", "attacked", "bombing", "re-elected", "under-performing",
            "arrests", "news", "boss", "the", "corvo", "slow-walking", "assertions", "villainizing", "doubles"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_VERBISH), st.text("abcdeginrsw-", min_size=1, max_size=12)),
                min_size=1, max_size=20))
def test_the_cached_word_lookup_gives_the_lexicon_entry_the_plural_noun_or_the_guess(words):
    from framing.actors.verbs import guess_verb, verb_table
    from framing.lexicons import as_lexicon

    roles = _roles_module()
    verbs = verb_table(as_lexicon(None, default="role_verbs"))
    for word in words + words:  # the second time from the cache
        entry = verbs.get(word)
        plural = roles._plural_noun(verbs, word) if entry is None and word.endswith("s") else None
        expected = (entry, False) if entry is not None else (plural, False) if plural is not None \
            else (guess_verb(word), True)
        lookups = roles._lookups(verbs)
        found = lookups[word] if word in lookups else roles._look_up(lookups, verbs, word)
        assert found == expected


def test_the_kept_mention_starts_and_groups_are_what_the_rules_would_compute_afresh(monkeypatch):
    """The rules only read a sentence's facts: _mention_start and _coordinated kept while they run equal
    the values computed before any rule ran, and no mention reaches past the last owned token."""
    from framing.actors.sentence import _coordinated, _mention_start

    roles = _roles_module()
    plain_rules = roles._roles_in_sentence
    checked = []

    def checking(doc, s, ms, verbs):
        starts = [_mention_start(s, ms, i) for i in range(len(s.words))]
        groups = [_coordinated(s, ms, k) for k in range(len(ms))]
        plain_rules(doc, s, ms, verbs)
        assert s.starts is not None and s.groups is not None
        assert [_mention_start(s, ms, i) for i in range(len(s.words))] == starts
        assert [_coordinated(s, ms, k) for k in range(len(ms))] == groups
        assert s.last_owned == max(t for t, o in enumerate(s.owner) if o >= 0)
        checked.append(len(ms))

    monkeypatch.setattr(roles, "_roles_in_sentence", checking)
    text = open("corpora/case/article.txt", encoding="utf-8").read()
    fr.actors(text, cast="corpora/case/cast.yml", sentiment=False)
    fr.actors("Reyl, Corvo and Dal met; Reyl and the treasurer said the Corvo family, Veltra, was sued by Dal. "
              "Corvo Caught Flu", sentiment=False)
    assert len(checked) > 10 and sum(checked) > 40


def test_speakers_resolved_once_per_document_credit_what_each_quote_alone_credits():
    from framing.actors import as_cast
    from framing.actors.table import _speaker_actors

    text = ('"We will respond," Iran\'s foreign minister said. "No," said Netanyahu. "Never," Netanyahu said. '
            '"Maybe," a spokesman for Hamas said. "Soon," he said. "Later," Hamas said.')
    cast = as_cast("corpora/case/cast.yml")
    doc = fr.read(text)
    found = fr.quotes(doc)
    result = fr.actors(doc, cast, quotes=found)
    index = ([m.start for m in result.mentions], [m.end for m in result.mentions],
             [m.actor for m in result.mentions])
    named: dict = {}
    shared = [_speaker_actors(cast, q, index, named) for q in found.quotes]
    assert shared == [_speaker_actors(cast, q, index) for q in found.quotes]
    assert set().union(*shared) >= {"Netanyahu", "Hamas"} and named  # some speakers were resolved by name
    table = result.table
    assert table.loc["Netanyahu", "times_quoted"] == sum("Netanyahu" in s for s in shared)


def test_the_zero_row_of_an_actor_quoted_but_never_mentioned_keeps_its_quotes_and_the_template():
    from framing.actors.table import _absent_row

    quoted = _absent_row("Osk", 4, 2, 1, 17)
    assert (quoted["actor"], quoted["mentions"], quoted["share"]) == ("Osk", 0, 0.0)
    assert (quoted["times_quoted"], quoted["times_quoted_direct"], quoted["quoted_words"]) == (2, 1, 17)
    silent = _absent_row("Ilvo", 0, 0, 0, 0)  # no mentions at all: the share is 0.0, not NaN
    assert silent["actor"] == "Ilvo" and silent["share"] == 0.0 and silent["times_quoted"] == 0
    assert silent["quoted_words"] == 0 and quoted["actor"] == "Osk"  # each row is its own dict


_TEXT_PIECES = _PIECES + [" ", "  ", "\n", ", ", "s", "'s", "x", ".", "-", "\u2014", "the\n", "(", "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8, unique=True),
       st.lists(st.sampled_from(_TEXT_PIECES), max_size=30), st.sampled_from(["", " ", "-"]))
@example(["(hamas)", "u.s."], ["u.s.", "(hamas)", "(hamas)", "the", " ", "u.s."], "")  # a term right after a term
@example(["iran", "supreme leader"], ["the", "\n", "supreme", " ", "leader", "the", "iran"], " ")
def test_the_fast_term_scan_finds_what_the_cast_pattern_finds(keys, pieces, joiner):
    # Cast.find_terms scans a padded text with a pattern led by a character class (no optional "the",
    # unless a key's first word is "the"); the terms must be those of Cast.pattern, in order
    cast = _cast(keys)
    text = joiner.join(pieces)
    expected = [(m.start("term"), m.end("term"), m.group("term")) for m in cast.pattern.finditer(text)]
    assert list(cast.find_terms(text)) == expected
    has_the = any(k.split()[0] == "the" for k in cast.terms)
    assert (cast._scan_pattern is None) == has_the


def _cast(keys):
    from framing.actors import Cast

    return Cast.from_dict({"Osk": keys})


def test_skipping_the_sentences_of_place_names_changes_no_kept_mention():
    import copy

    from framing.actors import as_cast
    from framing.actors.measure import _nouns, _place_metonym
    from framing.actors.mentions import _detect
    from framing.actors.roles import _roles
    from framing.actors.verbs import verb_table
    from framing.lexicons import as_lexicon

    text = ("Talks resumed in Tehran on Monday. Tehran vowed to retaliate, and Israel warned Iran. "
            "Officials arrived from Jerusalem and left for Washington. Washington condemned the strike in Tehran.")
    doc = fr.read(text)
    cast = as_cast("corpora/case/cast.yml")
    verbs = verb_table(as_lexicon(None, default="role_verbs"))
    raw = [m for m in _detect(doc, cast, _nouns(verbs), verbs) if m.kind != "affiliation"]
    places = {i for i, m in enumerate(raw) if _place_metonym(doc.folded, m)}
    assert len(places) == 4  # in Tehran, from Jerusalem, for Washington, in Tehran
    plain, skipped = copy.deepcopy(raw), copy.deepcopy(raw)
    _roles(doc, plain, verbs)
    _roles(doc, skipped, verbs, places)
    kept = [i for i in range(len(raw)) if i not in places]
    assert [(plain[i].role, plain[i].verb, plain[i].verb_span) for i in kept] == \
        [(skipped[i].role, skipped[i].verb, skipped[i].verb_span) for i in kept]
    assert {plain[i].actor for i in kept if plain[i].role == "agent"} >= {"Iran", "Israel", "United States"}
