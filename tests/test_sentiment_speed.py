"""The sentiment stage's shortcuts give exactly what the plain forms give.

The plain forms are kept here as the specification: the compound of a narrator or quoted part is
``_vader_prepared(part, prepare)[0]`` (all four scores computed, then the compound read), and a text
cut from an emoji-free document is scored as if its emoji were looked for.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.lang import vader
from framing.sentiment import scoring

_WORDS = ["not", "no", "never", "so", "this", "without", "doubt", "but", "least", "at", "very", "kind", "of",
          "good", "GOOD", "bad", "BAD", "kiss", "death", "the", "bomb", "isn't", "hardly", "extremely", "Supreme",
          "Court", "United", "Nations", "Justice", "Department", ":)", "!", "!!!", "?", "??", "\u201c", "\u201d",
          "said", "Nm", "war", "hope", "A", "I", "NO", "Never", "J.", "New", "York", "O'Neill", "great", "killed"]
_GAPS = [" ", "  ", ", ", ". ", "\n", "! ", " of ", "? ", '" ']


def _plain_compound(text: str, prepare) -> float:
    return scoring._vader_prepared(text, prepare)[0]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=18), st.lists(st.sampled_from(_GAPS), min_size=18, max_size=18),
       st.sampled_from([scoring._mask_names, str]))
def test_part_compound_equals_the_plain_form(words, gaps, prepare):
    text = "".join(w + g for w, g in zip(words, gaps))
    assert scoring._part_compound(text, prepare, scoring.emoji_free(text)) == _plain_compound(text, prepare)
    row, _ = scoring._vader_prepared_as_written(text, prepare, scoring.emoji_free(text))
    assert row == scoring._vader_prepared(text, prepare)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=18), st.lists(st.sampled_from(_GAPS), min_size=18, max_size=18))
def test_compound_alone_equals_the_compound_of_all_four(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps))
    split, lowers = vader.lowered(text)
    hits = vader.hits(lowers)
    assert vader._compound(text, split, lowers, hits) == vader._score_tuple(text, split, lowers, hits)[0]
    assert vader._compound(text, split, lowers, hits) == vader.analyzer().polarity_scores(text)["compound"]


@pytest.mark.parametrize(
    "text",
    [
        # long parts (scored in chunks) and a masked part, with and without names
        " ".join(["The United Nations called the plan good but the war terrible."] * 30),
        "Supreme Court Justice Department officials said it was a great and terrible day!!",
        "He said: \u201cIt is not good, the Justice Department is wrong.\u201d",
    ],
)
def test_part_compound_on_long_and_masked_parts(text):
    vader_text = scoring._for_vader(text)
    for prepare in (scoring._mask_names, str):
        assert scoring._part_compound(vader_text, prepare, True) == _plain_compound(vader_text, prepare)


def test_emoji_free_reads_characters():
    assert scoring.emoji_free("A fine day :) for all.")
    assert not scoring.emoji_free("A fine day \U0001F600 for all.")
    assert scoring.emoji_free("")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \U0001F600\U0001F622:)\u2764"), max_size=30),
       st.integers(0, 30), st.integers(0, 30))
def test_a_part_of_an_emoji_free_text_is_emoji_free(text, a, b):
    if scoring.emoji_free(text):
        assert not vader.has_emoji(text[a:b] + " " + text[b:])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=18), st.lists(st.sampled_from(_GAPS), min_size=18, max_size=18),
       st.sampled_from([scoring._mask_names, str]))
def test_later_rows_hold_the_four_scores(words, gaps, prepare):
    text = "".join(w + g for w, g in zip(words, gaps))
    later, as_written = scoring._vader_prepared_as_written(text, prepare, scoring.emoji_free(text), True)
    now, as_written_now = scoring._vader_prepared_as_written(text, prepare, scoring.emoji_free(text))
    assert scoring.row_values(later) == now == scoring._vader_prepared(text, prepare)
    assert as_written == as_written_now


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=18), st.lists(st.sampled_from(_GAPS), min_size=18, max_size=18),
       st.sampled_from([scoring._mask_names, str]))
def test_the_scorers_sentiment_uses_equal_the_plain_forms(words, gaps, prepare):
    text = "".join(w + g for w, g in zip(words, gaps))
    row_of, compound_of = scoring.sentence_scorers(prepare, scoring.emoji_free(text))
    row, as_written = row_of(text)
    expected, expected_as_written = scoring._vader_prepared_as_written(text, prepare, scoring.emoji_free(text))
    assert scoring.row_values(row) == expected == scoring._vader_prepared(text, prepare)
    assert as_written == expected_as_written
    assert compound_of(text) == _plain_compound(text, prepare)


def test_the_fast_scorers_serve_emoji_free_texts():
    assert "_fast_row" in scoring.sentence_scorers(scoring._mask_names, True)[0].__code__.co_names
    assert "_fast_row" not in scoring.sentence_scorers(scoring._mask_names, False)[0].__code__.co_names
    text = " ".join(["The United Nations called the plan good but the war terrible."] * 30)  # scored in chunks
    for prepare in (scoring._mask_names, str):
        row_of, compound_of = scoring.sentence_scorers(prepare, True)
        assert scoring.row_values(row_of(text)[0]) == scoring._vader_prepared(text, prepare)
        assert compound_of(text) == _plain_compound(text, prepare)


def test_the_sentence_table_holds_vader_scores_of_each_sentence():
    import framing as fr

    text = ("The United Nations praised the good plan. \u201cIt is a terrible, terrible mistake,\u201d he said. "
            "Nothing happened on Tuesday. Critics were NOT happy!!!")
    s = fr.sentiment(text)
    table = s.sentences
    assert (table["words"] > 0).sum() >= 4
    for row in table[table["words"] > 0].itertuples(index=False):
        expected = scoring._vader_prepared(scoring._for_vader(row.text), scoring._mask_names)
        assert (row.compound, row.pos, row.neu, row.neg) == expected
    assert s.compound == pytest.approx(table.loc[table["words"] > 0, "compound"].mean())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([0, 0, 0, 0.0, 1.0, 2.0, 0.5, -1.0, -2.0, 1.5, 3.0, -0.5, 2.25]), max_size=14),
       st.lists(st.sampled_from(["but", "x", "good", "BUT", "But"]), min_size=14, max_size=14))
def test_but_check_equals_vaders_own(sentiments, words):
    # repeated values make VADER's sentiments.index find an earlier, already scaled position: kept as is
    lowers = [w.lower() for w in words[: len(sentiments)]]
    if "but" not in lowers:
        return
    expected = vader.analyzer()._but_check(list(lowers), list(sentiments))
    got = vader._but_check(lowers, list(sentiments))
    assert got == expected
    assert [x != 0 for x in got] == [x != 0 for x in sentiments]


def _plain_masking_keeps_score(split: list, lowers: list) -> bool:
    """The check before its verdicts were kept by token (the specification of scoring._masking_keeps_score)."""
    from itertools import compress
    from operator import not_

    rule = scoring._rule_words()
    if rule is None or len(split) > scoring._CHUNK_TOKENS:
        return False
    first = None
    # VADER reads allcap_differential only for a lexicon word or booster (rule words) that is isupper
    capitals_read = any(t.isupper() and low in rule for t, low in zip(split, lowers))
    for i in compress(range(len(split)), map(not_, map(str.islower, split))):
        token, low = split[i], lowers[i]
        if not (low in rule or (token.isupper() and capitals_read) or "n't" in token.lower()):
            continue
        words = scoring._TOKEN.findall(token)
        if not words:
            continue
        if first is None:
            first = next(j for j, t in enumerate(split) if scoring._TOKEN.search(t))
        for w in words[1:] if i == first else words:
            if w[0].isupper() and (len(w) == 1 or not w[1].isupper()) and w.lower() not in scoring._KEEP:
                return False
    return True


_NAME_WORDS = ["United", "Nations", "Supreme", "Court", "New", "York", "Don't", "NO", "No", "Kind", "Of", "The",
               "But", "Very", "Good", "A", "J.", "U.S.-Iran", "O'Neill", "good", "bad", "not", "the", "of", "said",
               "U.S.", "NATO", "GOOD", "VERY", "Obama",
               "Nm", "Justice", "war", "Hope", "(Washington", "Least", "Never", "\u00c9lys\u00e9e", ":)", "--",
               "\u201cGood", "Good-Bad", "US-Justice", "'No", "CAN'T", "Isn't", "x-Great"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_NAME_WORDS), max_size=14),
       st.lists(st.sampled_from([" ", " of ", ", ", " and ", "-", "! ", "\u201d "]), min_size=14, max_size=14))
def test_masking_verdicts_by_token_equal_the_plain_check(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps))
    split, lowers = vader.lowered(text)
    assert scoring._masking_keeps_score(split, lowers) == _plain_masking_keeps_score(split, lowers)
    assert scoring._masking_keeps_score(split, lowers) == _plain_masking_keeps_score(split, lowers)  # cached
