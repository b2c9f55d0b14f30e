"""Tests of framing.lang.identify and the English check behind LanguageWarning (own sentences)."""

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing.document import LanguageWarning
from framing.lang import Language, identify

GERMAN_13 = "Der Kanzler hat am Montag in Norvik erklärt, dass die Gespräche weitergehen sollen."

ENGLISH_HEADLINES = [
    "Valdoria vows revenge",
    "Halvask orders strike on Estmark",
    "BREAKING: Kovan killed in Norvik blast",
    "Missiles hit Lunmoor; 14 dead",
    "Federation urges calm",
    "Live updates: Valdoria-Estmark crisis",
    "Explosion kills militant chief",
    "Prime Minister convenes security cabinet",
    "Refugees flee border villages",
    "Grief and anger in Norvik",
    "Ambassador summoned",
    "Talks resume Monday",
    "Stocks tumble, gold rallies",
    "Guard Corps delivers crushing answer to the Estmarkian regime",
]


@pytest.mark.parametrize(
    "text, code",
    [
        ("Die Regierung hat am Montag erklärt, dass die Verhandlungen fortgesetzt werden sollen.", "de"),
        ("Le gouvernement a annoncé lundi que les négociations reprendront la semaine prochaine.", "fr"),
        ("El gobierno anunció el lunes que las negociaciones se reanudarán pronto.", "es"),
        ("Officials said the strike could come soon, according to two diplomats in the capital.", "en"),
    ],
)
def test_identify_names_the_language_of_a_sentence(text, code):
    language = identify(text)
    assert isinstance(language, Language)
    assert language.code == code and language.reliable and language.confidence >= 0.9


def test_short_headlines_are_not_reliable():
    assert not identify("Valdoria vows revenge").reliable
    assert not identify("Talks resume Monday").reliable


@pytest.mark.parametrize("blank", ["", "   ", "12 345 -- 2031", "\x00\x01"])
def test_text_without_letters_is_undetermined(blank):
    assert identify(blank) == Language("und", 0.0, False)


@pytest.mark.parametrize("bad", [None, float("nan"), 3, b"Der Kanzler"])
def test_non_text_is_a_type_error(bad):
    with pytest.raises(TypeError, match="needs a str"):
        identify(bad)


def test_surrogates_and_control_characters_do_not_crash():
    assert identify("Der Kanzler\ud800 hat \x07am Montag erklärt, dass die Gespräche weitergehen.").code == "de"


def test_only_a_bounded_sample_of_a_huge_text_is_read():
    text = "Der Kanzler hat am Montag erklärt, dass die Gespräche weitergehen. " * 150_000  # 10 MB
    assert identify(text).code == "de"


def test_a_13_word_german_sentence_warns():
    assert len(GERMAN_13.split()) == 13
    with pytest.warns(LanguageWarning, match="'de'"):
        fr.read(GERMAN_13)


def test_a_13_word_german_sentence_is_not_scored_silently():
    # VADER reads the German article "die" as negative: the warning is what tells the user.
    with pytest.warns(LanguageWarning):
        fr.sentiment("Die Regierung sagt, die Lage in Norvik sei ruhig und die Menschen seien sicher.")


@pytest.mark.parametrize("headline", ENGLISH_HEADLINES)
def test_short_english_headlines_do_not_warn(headline):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fr.read(headline)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the strike could come soon.",
        "Halvask ordered the strike late Thursday, according to two Valdorian officials.",
        "Kovan died in an explosion at a government guesthouse in northern Norvik.",
    ],
)
def test_short_english_sentences_do_not_warn(sentence):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fr.read(sentence)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_identify_never_crashes(text):
    language = identify(text)
    assert 0.0 <= language.confidence <= 1.0 and isinstance(language.code, str) and language.code
