import math
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing.document import LanguageWarning, MarkupWarning


def sentences(text):
    doc = fr.read(text)
    return [text[s:e] for s, e in doc.sentences]


def test_case_article_paragraphs_and_sentences(case_text):
    doc = fr.read(case_text)
    assert len(doc.paragraphs) == 13  # one paragraph per line
    assert doc.sentence_text(0).startswith("Iran’s Supreme Leader")
    assert doc.sentence_text(0).endswith("according to the New York Times.")
    # the two Khamenei quotes in paragraph 3 are two sentences, the closing quote kept with each
    quote_sentences = [doc.sentence_text(i) for i in range(doc.n_sentences) if doc.sentence_paragraph[i] == 2]
    assert quote_sentences[1].endswith("Khamenei declared.")
    assert quote_sentences[2] == "“The Zionist regime will face the consequences of this heinous act.”"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gen. Tovan Areli met U.S. officials at 9 a.m. on Jan. 4. The talks ended.",
         ["Gen. Tovan Areli met U.S. officials at 9 a.m. on Jan. 4.", "The talks ended."]),
        ("Mr. Osk and Lt. Col. Varn spoke. They left.", ["Mr. Osk and Lt. Col. Varn spoke.", "They left."]),
        ("“Why now?” he asked. Nobody answered.", ["“Why now?” he asked.", "Nobody answered."]),
        ('"We are ready," she said. "We will respond."', ['"We are ready," she said.', '"We will respond."']),
        ("NORVIK, Valdoria (Caldera Wire) — The council met on Tuesday. It adjourned.",
         ["NORVIK, Valdoria (Caldera Wire) — The council met on Tuesday.", "It adjourned."]),
        ("Valdoria vows revenge\nThe chancellor spoke on Monday.",
         ["Valdoria vows revenge", "The chancellor spoke on Monday."]),
        ("The firm, Arlo Co., grew 3.5 percent. Shares rose.",
         ["The firm, Arlo Co., grew 3.5 percent.", "Shares rose."]),
    ],
)
def test_news_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_words_are_alphanumeric_tokens_not_punctuation():
    doc = fr.read("Iran’s U.S.-backed rival — al-Qassam — lost 3,000 men.")
    words = [w.text for w in doc.words()]
    assert "—" not in words and "." not in words
    assert "Iran’s" in words and "al-Qassam" in words and "men" in words


@pytest.mark.parametrize("bad", [None, float("nan"), 42, b"bytes", ["a list"]])
def test_non_text_raises_clear_type_error(bad):
    with pytest.raises(TypeError, match="needs a str"):
        fr.read(bad)


@pytest.mark.parametrize("blank", ["", "   ", "\n\n\t \n"])
def test_empty_text_gives_zero_counts_and_nan_rates(blank):
    doc = fr.read(blank)
    assert doc.n_words == 0 and doc.n_sentences == 0 and doc.paragraphs == ()
    result = fr.hedging(doc)
    assert result.cues == () and result.hedge_count == 0
    assert math.isnan(result.per_100_words) and math.isnan(result.hedged_sentence_share)


def test_control_and_zero_width_characters_are_tolerated():
    text = "Officials\u200b said the strike\x07 could come\u00a0soon.\x00 It reportedly\ufeff began."
    doc = fr.read(text)
    assert len(doc.folded) == len(text)
    for s, e in doc.sentences:
        assert text[s:e].strip() == text[s:e]
    cues = [c.text for c in fr.hedging(doc).cues]
    assert cues == ["could", "reportedly"]


def test_html_markup_warns():
    with pytest.warns(MarkupWarning, match="HTML"):
        fr.read("<p>The minister <b>resigned</b> on Friday &amp; left.</p>")


def test_non_english_warns_and_english_does_not(case_text):
    with pytest.warns(LanguageWarning):
        fr.read("Der Oberste Führer Irans hat einen direkten Angriff auf Israel angeordnet, "
                "berichten drei iranische Beamte unter Berufung auf die New York Times heute "
                "nach der Tötung des Hamas-Führers Ismail Haniyeh in Teheran am Mittwochmorgen.")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fr.read(case_text)


def test_unbalanced_quotes_and_long_text_are_handled(case_text):
    text = '“The Zionist regime will face the consequences, Khamenei said.\n' + "\n".join([case_text] * 200)
    doc = fr.read(text)  # ~900 KB: linear passes only
    assert len(doc.paragraphs) == 13 * 200 + 1
    assert doc.word_sentence[-1] == doc.n_sentences - 1


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_spans_index_the_text_for_any_input(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = fr.read(text)
    assert len(doc.folded) == len(text)
    last = 0
    for p, (s, e) in zip(doc.sentence_paragraph, doc.sentences):
        ps, pe = doc.paragraphs[p]
        assert last <= s < e and ps <= s and e <= pe
        last = e
    for s, e, si in zip(doc.word_starts, doc.word_ends, doc.word_sentence):
        ss, se = doc.sentences[si]
        assert ss <= s < e <= se


def test_a_10_mb_article_is_read_and_measured(case_text):
    big = "\n".join([case_text] * (10_000_000 // len(case_text)))
    doc = fr.read(big)
    assert doc.n_sentences == 22 * (10_000_000 // len(case_text))
    assert fr.hedging(doc).per_100_words == pytest.approx(fr.hedging(case_text).per_100_words)


def test_a_paragraph_of_megabytes_is_split_in_chunks_without_losing_sentences():
    sentence = "Officials said the strike could come soon. "
    text = sentence * 60_000  # 2.6 MB on one line: Punkt alone would scan it with one huge regex
    doc = fr.read(text)
    assert doc.n_sentences == 60_000
    assert {text[s:e] for s, e in doc.sentences} == {sentence.strip()}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from([*map(chr, range(0, 200)), "\u2019", "\u2018", "\u201c", "\u201d", "\u00a0",
                                         "\u200b", "\u2060", "\ufeff", "\ud800", "\u0130", "\u2014"]), max_size=120))
def test_fold_is_the_translate_table(text):
    from framing.document import _FOLD, _fold

    assert _fold(text) == text.translate(_FOLD)


_WORD_ALPHABET = list("ab1_'-. \n\t\u00e9\u0130\u00b2\u0663\u200b\ud800\U0001d400")
_WORDISH = st.text(alphabet=st.sampled_from(_WORD_ALPHABET), max_size=40)


@given(_WORDISH | st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_word_spans_are_the_word_pattern_matches(text):
    # read() finds words with numpy; they must be exactly the matches of the word pattern
    from framing.document import _WORD, _word_spans

    starts, ends = _word_spans(text)
    assert list(zip(starts.tolist(), ends.tolist())) == [m.span() for m in _WORD.finditer(text)]
    assert starts.dtype == ends.dtype == "int64"


def test_words_join_inner_apostrophes_hyphens_and_periods_only():
    doc = fr.read("The U.S. envoy's al-Aqsa visit -- 'odd' -x- a..b 3.5%.")
    assert [w.text for w in doc.words()] == ["The", "U.S", "envoy's", "al-Aqsa", "visit", "odd", "x", "a", "b", "3.5"]


def test_read_keeps_its_english_check_and_a_profile_with_a_declared_language_skips_it():
    from framing.document import _read

    english = fr.read("The minister said on Tuesday that the talks would resume in the capital.")
    assert english.english[0] is True and english.english[1] > 0.25
    german = "Der Kanzler hat am Montag in Norvik erklärt, dass die Gespräche weitergehen sollen."
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        skipped = _read(german, check_english=False)
    assert skipped.english is None and not caught
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)
        checked = fr.read(german)
    assert skipped.sentences == checked.sentences and checked.english[0] is False
    assert fr.profile(german, language="de")["status"] == "not_english"
    assert fr.profile(german)["language"] == "de"
