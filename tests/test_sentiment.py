"""Tests of framing.sentiment: sentence scores, the voice split and loaded language.

Every passage is written for these tests about fictional states (Varenia, Ostria),
people and outlets, except the case article read from corpora/case/article.txt.
"""

from __future__ import annotations

import hashlib
import json
import math
import warnings
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.document import read
from framing.lexicons import as_lexicon, load, sha256
from framing.records import Quote
from framing.sentiment import (
    LOADED_CATEGORIES,
    NEGATIVE,
    POSITIVE,
    Sentiment,
    _analyzer,
    _mask_names,
    polarity,
    sentiment,
)

ROOT = Path(__file__).resolve().parents[1]
SENTENCE_COLUMNS = ["sentence", "paragraph", "start", "end", "compound", "pos", "neu", "neg", "quoted_share"]


def quote(doc, fragment, kind="direct", occurrence=0):
    """A Quote record over ``fragment`` (the words between the marks) in ``doc``."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(fragment, start + 1)
    end = start + len(fragment)
    return Quote(fragment, start, end, "X", "X", "said", kind, False, doc.sentence_of(start))


# --- sentence scores -------------------------------------------------------------------------


def test_sentence_table_has_one_row_per_sentence_with_its_span():
    text = (
        "The Varenian army carried out a brutal massacre in the border village.\n"
        "Ostria's foreign minister praised the excellent and peaceful agreement. Talks resume on Monday."
    )
    doc = read(text)
    result = sentiment(doc, quotes=())
    table = result.sentences
    assert list(table.columns[: len(SENTENCE_COLUMNS)]) == SENTENCE_COLUMNS
    assert len(table) == doc.n_sentences == 3
    assert table["paragraph"].tolist() == [0, 1, 1]
    for row in table.itertuples():
        assert doc.text[row.start : row.end] == row.text
    assert table.loc[0, "compound"] < NEGATIVE  # brutal massacre
    assert table.loc[1, "compound"] > POSITIVE  # praised, excellent, peaceful
    assert NEGATIVE < table.loc[2, "compound"] < POSITIVE  # a schedule
    assert result.to_frame().equals(table)


def test_document_scores_are_means_and_shares_of_sentences():
    text = (
        "The siege left the city in ruin and grief. "
        "Rescuers found the bodies of murdered children. "
        "Volunteers brought warm food and cheerful help. "
        "The bridge is 40 metres long."
    )
    result = sentiment(text, quotes=())
    compounds = result.sentences["compound"].to_numpy()
    assert result.compound == pytest.approx(compounds.mean())
    assert (compounds[:2] <= NEGATIVE).all() and compounds[2] >= POSITIVE
    assert result.negative_share == pytest.approx(2 / 4)
    assert result.positive_share == pytest.approx(1 / 4)
    assert result.neutral_share == pytest.approx(1 / 4)
    # No quotes: the narrator is the whole text.
    assert result.narrator == pytest.approx(result.compound)
    assert math.isnan(result.quoted) and result.quoted_sentences == 0


def test_sentence_score_is_vader_on_the_sentence():
    text = "The summit was a wonderful success for both sides!"
    result = sentiment(text, quotes=())
    assert result.sentences.loc[0, "compound"] == pytest.approx(
        _analyzer().polarity_scores(text)["compound"]
    )
    assert result.analyzer.startswith("vaderSentiment@")


# --- names -----------------------------------------------------------------------------------


def test_names_are_neutral():
    # VADER rates 'united', 'supreme' and 'security' as positive words; in these names they are not.
    text = "The United Nations met the Varenian Supreme Security Council on Tuesday."
    assert polarity(text, mask_names=False)["compound"] > POSITIVE
    assert polarity(text)["compound"] == 0.0
    masked = sentiment(text, quotes=())
    plain = sentiment(text, quotes=(), mask_names=False)
    assert masked.compound == 0.0 < plain.compound
    assert masked.analyzer.endswith("+mask_names") and not plain.analyzer.endswith("+mask_names")


def test_name_masking_keeps_rule_words_first_words_and_headlines():
    assert _mask_names("But Grand Central Station was calm.") == "But Nm Nm Nm was calm."
    assert _mask_names("No Ostrian Free Press editor agreed.") == "No Nm Nm Nm editor agreed."
    assert _mask_names("Peace Corps volunteers helped.") == "Peace Nm volunteers helped."
    assert _mask_names("He visited the Museum of Fine Arts.") == "He visited the Nm of Nm Nm."
    headline = "Varenia Vows Swift Revenge Over Border Raid"
    assert _mask_names(headline) == headline
    shouting = "GREAT NEWS FOR THE CITY"
    assert _mask_names(shouting) == shouting  # VADER's capital emphasis is left to VADER
    assert _mask_names("The talks were good.") == "The talks were good."


def test_one_analyzer_per_process():
    assert _analyzer() is _analyzer()


def test_curly_apostrophes_do_not_hide_negation():
    curly, straight = polarity("The offer isn\u2019t good."), polarity("The offer isn't good.")
    assert curly == straight
    assert curly["compound"] < 0 < polarity("The offer is good.")["compound"]


def test_polarity_rejects_non_text():
    with pytest.raises(TypeError):
        polarity(None)


def test_paragraph_table_averages_its_sentences():
    text = "A calm and friendly meeting. A warm welcome.\nThe attack was horrible and cruel."
    result = sentiment(text, quotes=())
    paras = result.paragraphs
    assert len(paras) == 2
    s = result.sentences
    assert paras.loc[0, "compound"] == pytest.approx(s.loc[s.paragraph == 0, "compound"].mean())
    assert paras.loc[1, "compound"] == pytest.approx(s.loc[1 + 1, "compound"])
    assert paras.loc[0, "compound"] > 0 > paras.loc[1, "compound"]
    assert paras["words"].sum() == read(text).n_words


# --- the voice split -------------------------------------------------------------------------


def test_narrator_and_quoted_are_scored_apart():
    text = 'The calm and respected mediator said the talks were "a disaster and a betrayal".'
    doc = read(text)
    q = quote(doc, "a disaster and a betrayal", kind="partial")
    result = sentiment(doc, quotes=[q])
    assert result.quoted == pytest.approx(polarity("a disaster and a betrayal")["compound"])
    assert result.narrator > 0 > result.quoted
    row = result.sentences.iloc[0]
    assert row["quoted_share"] == pytest.approx(5 / doc.n_words)
    assert result.quoted_word_share == pytest.approx(5 / doc.n_words)
    assert result.narrator_sentences == result.quoted_sentences == 1


def test_quotes_only_text_has_no_narrator():
    text = '"We will never forgive these cowards. They will pay dearly."'
    doc = read(text)
    q = quote(doc, "We will never forgive these cowards. They will pay dearly.")
    result = sentiment(doc, quotes=[q])
    assert math.isnan(result.narrator)
    assert result.narrator_sentences == 0
    assert result.quoted_sentences == doc.n_sentences == 2
    assert not math.isnan(result.quoted)
    assert result.quoted_word_share == 1.0
    assert (result.sentences["quoted_share"] == 1.0).all()
    assert math.isnan(result.loaded_narrator_per_100_words)
    assert result.loaded_in_quote == (True,)  # 'cowards'


def test_a_quote_across_sentences_counts_in_each():
    text = 'Mayor Ilsa Tarnow said: "The flood was terrible. Our people are brave." She left at noon.'
    doc = read(text)
    q = quote(doc, "The flood was terrible. Our people are brave.")
    result = sentiment(doc, quotes=[q])
    shares = result.sentences["quoted_share"].tolist()
    assert shares[1] == 1.0 and shares[2] == 0.0 and 0 < shares[0] < 1
    assert result.quoted_sentences == 2
    assert result.narrator_sentences == 2  # 'Mayor Ilsa Tarnow said:' and 'She left at noon.'


def test_indirect_speech_belongs_to_the_narrator():
    text = "Officials said the shelling was a horrible crime."
    doc = read(text)
    q = quote(doc, "the shelling was a horrible crime", kind="indirect")
    result = sentiment(doc, quotes=[q])
    assert math.isnan(result.quoted)
    assert result.narrator == pytest.approx(result.compound)


def test_quotes_result_object_is_accepted():
    text = 'The envoy said the plan was "excellent".'
    doc = read(text)

    from framing.quotes import quotes as find_quotes

    records = (quote(doc, "excellent", kind="partial"),)
    assert sentiment(doc, quotes=find_quotes(doc)).quoted == sentiment(doc, quotes=records).quoted > 0

    class LooksLikeQuotes:  # duck-typed look-alikes are refused: they could come from anywhere
        quotes = records

    with pytest.raises(TypeError, match="quotes="):
        sentiment(doc, quotes=LooksLikeQuotes())


def test_default_quotes_come_from_framing_quotes():
    from framing.quotes import quotes as find_quotes

    text = (
        'The Varenian defence minister, Oren Falk, called the raid "a cowardly and shameful act". '
        '"We will answer it," he said on Tuesday.\n'
        "Ostrian officials said they had not been told of the raid in advance."
    )
    doc = read(text)
    default = sentiment(doc)
    explicit = sentiment(doc, quotes=find_quotes(doc))
    pd.testing.assert_frame_equal(default.sentences, explicit.sentences)
    assert default.quoted_word_share > 0
    assert not math.isnan(default.quoted)
    assert any(default.loaded_in_quote)  # 'cowardly' and 'shameful' are the minister's words


# --- loaded language -------------------------------------------------------------------------


def test_loaded_cues_are_spans_of_the_text():
    text = (
        "In a dramatic escalation, the Varenian regime launched a brutal and unprecedented assault.\n"
        "The world watched with bated breath as the terror chief vowed revenge."
    )
    doc = read(text)
    result = sentiment(doc, quotes=())
    found = {c.term: c.category for c in result.loaded}
    for cue in result.loaded:
        assert doc.text[cue.start : cue.end] == cue.text
        assert cue.kind == "loaded"
        assert cue.category in LOADED_CATEGORIES
        assert doc.sentence_of(cue.start) == cue.sentence
    assert found["dramatic"] == "dramatisation"
    assert found["regime"] == "delegitimising_label"
    assert found["brutal"] == "moral_evaluation"
    assert found["with bated breath"] == "dramatisation"
    assert found["terror chief"] == "delegitimising_label"
    assert found["revenge"] == "emotion"
    assert sum(result.loaded_by_category.values()) == len(result.loaded)
    assert result.loaded_per_100_words == pytest.approx(len(result.loaded) / doc.n_words * 100)
    assert result.sentences["loaded"].sum() == len(result.loaded)


def test_loaded_context_rules():
    text = (
        "Ostria tightened its sanctions regime on Monday. "
        "Singer Ada Swift performed in the capital. "
        "The response was swift. "
        "Banks were cut off from SWIFT in March."
    )
    result = sentiment(text, quotes=())
    assert [(c.term, c.text) for c in result.loaded] == [("swift", "swift")]


def test_loaded_split_by_voice():
    text = 'The ministry called the raid "a heinous massacre". The ministry met on Monday.'
    doc = read(text)
    q = quote(doc, "a heinous massacre", kind="partial")
    result = sentiment(doc, quotes=[q])
    assert [c.term for c in result.loaded] == ["heinous", "massacre"]
    assert result.loaded_in_quote == (True, True)
    assert result.loaded_narrator_per_100_words == 0.0
    assert result.loaded_quoted_per_100_words == pytest.approx(2 / 3 * 100)
    frame = result.loaded_frame()
    assert frame["in_quote"].tolist() == [True, True] and (frame["kind"] == "loaded").all()


def test_user_lexicon():
    text = "An ironclad and ironclad promise."
    result = sentiment(text, quotes=(), lexicon={"ironclad": "intensifier"}, extend=False)
    assert [c.text for c in result.loaded] == ["ironclad", "ironclad"]
    assert result.lexicon == "user@user"
    assert result.loaded_by_category == {"intensifier": 2}


def test_evidence_follows_the_display_protocol():
    text = "The regime's cowardly attack caused outrage.\nThe weather was fine."
    doc = read(text)
    result = sentiment(doc, quotes=())
    spans = result.evidence()
    assert {label for _, _, label, _ in spans} == {
        "loaded:delegitimising_label",
        "loaded:moral_evaluation",
        "loaded:emotion",
    }
    for start, end, _label, tip in spans:
        assert 0 <= start < end <= len(text) and isinstance(tip, str) and tip
    with_sentences = result.evidence(sentences=True)
    sentence_labels = [label for _, _, label, _ in with_sentences if label.startswith("sentence:")]
    assert sentence_labels == ["sentence:negative", "sentence:positive"]


def test_evidence_renders_with_display_highlight():
    from framing.display import highlight

    text = "A brutal, heinous attack."
    html = str(highlight(text, sentiment(text, quotes=())))
    assert "loaded:moral_evaluation" in html and "heinous" in html


# --- summary ---------------------------------------------------------------------------------


def test_summary_is_a_flat_float_series():
    result = sentiment("The savage attack caused panic. Leaders praised the calm response.", quotes=())
    summary = result.summary()
    assert summary.dtype == float
    assert all(name.startswith("sentiment.") for name in summary.index)
    assert summary["sentiment.compound"] == result.compound
    # 'savage' (moral evaluation) and 'panic' (emotion); praise and calm are not loaded words.
    assert summary["sentiment.loaded"] == len(result.loaded) == 2
    assert summary["sentiment.loaded_emotion"] == summary["sentiment.loaded_moral_evaluation"] == 1
    for category in LOADED_CATEGORIES:
        assert f"sentiment.loaded_{category}" in summary.index


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t  \n"])
def test_empty_text_gives_nan_rates_and_zero_counts(text):
    result = sentiment(text, quotes=())
    assert isinstance(result, Sentiment)
    for value in (
        result.compound, result.narrator, result.quoted, result.negative_share,
        result.positive_share, result.loaded_per_100_words, result.quoted_word_share,
    ):
        assert math.isnan(value)
    assert result.loaded == () and result.n_sentences == 0
    assert list(result.sentences.columns[: len(SENTENCE_COLUMNS)]) == SENTENCE_COLUMNS
    assert result.sentences.empty and result.paragraphs.empty
    assert summary_has_no_infinities(result)


def summary_has_no_infinities(result) -> bool:
    values = result.summary().to_numpy()
    return not np.isinf(values).any()


def test_empty_text_with_default_quotes():
    assert math.isnan(sentiment("").narrator)


@pytest.mark.parametrize("bad", [None, float("nan"), 42, b"bytes"])
def test_non_text_raises_type_error(bad):
    with pytest.raises(TypeError):
        sentiment(bad, quotes=())


def test_messy_input_does_not_crash():
    text = (
        '<p>The "brutal raid\u201d left \x00\x07 the town \u201cin ruins.</p>\n'
        "\u201d\u201d Unbalanced ' quotes \" everywhere \u200b and a heinous act"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = read(text)
    quotes = [Quote("x", 0, len(text) + 50, None, None, None, "direct", True, 0)]  # overshooting span
    with pytest.raises(ValueError, match="does not fit this document"):
        sentiment(doc, quotes=quotes)
    result = sentiment(doc)
    assert not math.isnan(result.compound)
    for cue in result.loaded:
        assert doc.text[cue.start : cue.end] == cue.text


def test_a_very_long_sentence_is_scored_in_chunks():
    clause = "the brave rescuers worked through the night and the grateful families wept with joy "
    text = (clause * 300).strip() + "."  # about 4,000 words, one sentence, no punctuation inside
    result = sentiment(text, quotes=())
    assert result.n_sentences == 1
    assert 0 < result.compound <= 1
    assert len(result.loaded) == 300 * 2  # 'brave' and 'joy' in each clause


# --- the lexicon -----------------------------------------------------------------------------


def lexicon_lines():
    return (resources.files("framing.lexicons") / "loaded.tsv").read_text(encoding="utf-8").splitlines()


def test_loaded_lexicon_schema():
    lines = lexicon_lines()
    assert lines[0].split("\t") == ["term", "category", "weight", "note"]
    terms = []
    for line in lines[1:]:
        term, category, weight, note = line.split("\t")
        assert term == term.lower().strip() and "  " not in term
        assert category in LOADED_CATEGORIES
        assert float(weight) > 0
        assert note.strip()
        terms.append(term)
    assert len(terms) == len(set(terms)), "duplicate terms"
    lex = load("loaded")
    assert len(lex) == len(terms) >= 300
    counts = pd.Series([e.category for e in lex.entries]).value_counts()
    assert set(counts.index) == set(LOADED_CATEGORIES) and counts.min() >= 40


def test_loaded_lexicon_metadata_and_checksum():
    meta = json.loads((resources.files("framing.lexicons") / "loaded.meta.json").read_text(encoding="utf-8"))
    body = (resources.files("framing.lexicons") / "loaded.tsv").read_bytes()
    assert meta["sha256"] == hashlib.sha256(body).hexdigest() == sha256("loaded")
    assert meta["name"] == "loaded" and meta["language"] == "en" and meta["licence"]
    sources = " ".join(meta["sources"])
    for author in ("Entman", "Recasens", "Martin", "Hyland"):
        assert author in sources
    assert sentiment("A calm day.", quotes=()).lexicon == f"loaded@{meta['version']}"


def test_terms_from_the_issue_are_in_the_lexicon():
    lex = as_lexicon(None, default="loaded").by_term
    for term in (
        "dramatic", "heinous", "outrage", "decisive", "swift", "bated breath", "brutal", "martyrdom",
        "terror chief", "regime", "cowardly", "massacre", "slaughter", "unprecedented", "devastating",
    ):
        assert term in lex, term


# --- the case article ------------------------------------------------------------------------


def test_case_article_middle_paragraphs_carry_the_loaded_language():
    # The paragraphs that no other outlet carries (2-8; 0-based 1-7) use the charged wording
    # (dramatic, decisive, heinous, bated breath); the paragraphs that follow the NYT report
    # (1, 9-13) describe the same events in the newswire's plainer vocabulary.
    text = (ROOT / "corpora" / "case" / "article.txt").read_text(encoding="utf-8")
    result = sentiment(text, quotes=())
    paras = result.paragraphs
    unique = paras.paragraph.between(1, 7)
    rate_unique = paras.loc[unique, "loaded"].sum() / paras.loc[unique, "words"].sum() * 100
    rate_nyt = paras.loc[~unique, "loaded"].sum() / paras.loc[~unique, "words"].sum() * 100
    assert rate_unique > 2 * rate_nyt
    terms = {c.term for c in result.loaded}
    assert {"dramatic", "decisive", "heinous", "martyrdom", "with bated breath", "swift"} <= terms
    for cue in result.loaded:
        assert text[cue.start : cue.end] == cue.text


_VOCAB = ["he", "said", "on", "Tuesday", "good", "not", "no", "kind", "of", "very", "but", ":)", "GREAT", "war",
          "\u2019", '"', "!", "?", "\U0001F600", "Nm", "killed", "a", "the", "--", "...", "lol"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), max_size=12).map(" ".join) | st.text(max_size=60))
def test_text_without_valence_is_not_sent_to_vader_and_scores_the_same(text):
    from framing.lang.vader import analyzer
    from framing.sentiment import _no_valence, _vader

    expected = analyzer().polarity_scores(text)
    if _no_valence(text):
        assert expected["compound"] == expected["pos"] == expected["neg"] == 0.0
    assert _vader(text) == pytest.approx(
        (expected["compound"], expected["pos"], expected["neu"], expected["neg"])
    )


def test_vader_emoji_are_never_ascii():
    from framing.lang.vader import analyzer

    assert not any(key.isascii() for key in analyzer().emojis if len(key) == 1)


def test_tables_are_built_on_first_use_only():
    result = sentiment('The mayor praised the plan. Critics called it "a disaster".')
    assert "sentences" not in result.__dict__ and "paragraphs" not in result.__dict__
    assert result.summary()["sentiment.compound"] == pytest.approx(result.compound)
    assert "sentences" not in result.__dict__  # the scalars need no table
    assert list(result.sentences["sentence"]) == [0, 1]
    assert result.sentences is result.sentences  # built once
    assert result.paragraphs["sentences"].sum() == 2
    plain = result.summary_values()
    assert list(plain) == list(result.summary().index)
    assert pd.Series(plain).equals(result.summary())


def test_lone_surrogates_in_scraped_text_do_not_crash_the_tables():
    text = 'The brutal attack \ud800 shocked the town. "It is terrible \udfff," the mayor said.'
    result = sentiment(text)
    table = result.sentences
    assert len(table) == 2 and "\ud800" in table["text"].iloc[0]
    assert result.compound < 0 and len(result.to_frame()) == 2


def test_quotes_from_another_document_or_of_the_wrong_type_are_refused():
    from framing import actors, quotes

    text = 'A text, "with quoted words," she said.'
    other = quotes('Another text entirely, "with a quote," he said.')
    with pytest.raises(ValueError, match="another document"):
        sentiment(text, quotes=other)
    with pytest.raises(ValueError, match="another document"):
        actors(text, cast={"Estmark": []}, quotes=other)
    with pytest.raises(TypeError, match="quotes="):
        sentiment(text, quotes="abc")
    assert sentiment(text, quotes=quotes(text)).quoted_word_share == sentiment(text).quoted_word_share > 0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Supreme", "Court", "of", "the", "united", "US", "U.S.", "A", "a", "x-Ray", "3M",
                                 "Fine", "Arts", "Museum", "'s", ",", ".", "said", "Van", "de", "Nations", "-",
                                 "I", "NATO", "1A", "good"]),
                max_size=14),
       st.lists(st.sampled_from([" ", "  ", "\n", "", "\t"]), min_size=14, max_size=14))
def test_the_quick_name_test_never_skips_a_text_that_has_a_name(words, gaps):
    from framing.sentiment.scoring import _mask_name_runs, _mask_names

    text = "".join(w + g for w, g in zip(words, gaps))
    assert _mask_names(text) == _mask_name_runs(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "B", " ", "\n", "'", '"', "-", "\u2019", "\u2018", "\u201c",
                                         "\u201d", "\u2014", "\u2013", "\u00a0", "\u2212", "\ud800", "\\", "]",
                                         "^"]), max_size=80))
def test_the_vader_normalisation_is_the_translate_table(text):
    from framing.sentiment.scoring import _FOR_VADER, _for_vader

    assert _for_vader(text) == text.translate(_FOR_VADER)
