"""framing.lang.vader.polarity_scores and the valence pre-check give exactly VADER's own scores.

The sentences exercise every rule the shortcuts must not bypass: negation (near and three words back,
"n't", "never so", "without doubt"), "no" before a lexicon word, "but", "least", boosters and dampeners
(also in capitals), ALL-CAPS emphasis, "!!!" and "??", "kind of", the special idioms ("kiss of death",
"the bomb", "yeah right") and booster bigrams, emoticons (":)", ":-(") and emoji, and words that are
lexicon entries only before their punctuation is stripped.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.lang import vader
from framing.sentiment import scoring

TRICKY = [
    "The plan is not good.",
    "It isn't a horrible book.",
    "At least it isn't a horrible book.",
    "The deal was never so good, officials said.",
    "Without doubt the strike was a terrible mistake.",
    "There was no love lost between the two leaders.",
    "No problem, no worries, no hope and no joy.",
    "The talks went well but the outcome was a disaster.",
    "But the ceasefire held, and nobody was hurt.",
    "The mayor praised the plan, but critics called it awful, but fair.",
    "He was the least helpful of them all.",
    "It was very very good and extremely bad.",
    "The minister was barely competent and somewhat honest.",
    "It was kind of good, sort of bad.",
    "The response was VERY GOOD, the minister said.",
    "THE WHOLE CITY IS ANGRY.",
    "They are GREAT and terrible!!!",
    "Is this really a victory??",
    "Why would anyone do this???? Terrible!!!!!",
    "Critics said the vote was the kiss of death for the bill.",
    "That concert was the bomb, yeah right.",
    "The company is in the red and under the weather.",
    "They won :) but then lost :-( again :D",
    "Great news \U0001F600 for the town \U0001F622",
    "Good.",
    "good!!! bad??? ok...",
    "\u201cBrutal,\u201d he said \u2014 the attack was \u2018unforgivable\u2019.",
    "He said on Tuesday that the meeting would go ahead.",
    "",
    "   ",
    "!!!",
    "not",
    "The Supreme Court of the United Nations ruled in favour of Justice Department lawyers.",
    "Fucking awesome, not bad at all, hardly terrible, totally fine.",
    "It was not only bad but also dangerous, and not without hope.",
    "no no no good",
    "He never, ever, lies; he isn't dishonest.",
    "There was no anger or hope, no fear nor joy.",
    "NO GOOD came of it, the GREAT leader said, not at least good.",
    "It was just enough good, sort of the bomb, with a beating heart.",
    "The EXTREMELY bad plan was VERY good but not never so good.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_fast_driver_equals_vader(text):
    assert vader.polarity_scores(text) == vader.analyzer().polarity_scores(text)


@pytest.mark.parametrize("text", TRICKY)
def test_sentiment_scoring_equals_vader_on_the_masked_text(text):
    expected = vader.analyzer().polarity_scores(scoring._mask_names(text))
    got = scoring._vader_prepared(text, scoring._mask_names)
    assert got == (expected["compound"], expected["pos"], expected["neu"], expected["neg"])
    plain = vader.analyzer().polarity_scores(text)
    assert scoring._vader_prepared(text, str) == (plain["compound"], plain["pos"], plain["neu"], plain["neg"])


def test_the_shortcuts_are_exercised():
    # some tricky sentences take the driver's rule path, some its zero path, some the emoji fallback
    assert not scoring._no_valence("The plan is not good.")
    assert scoring._no_valence("He said on Tuesday that the meeting would go ahead.")
    assert vader.has_emoji("Great news \U0001F600") and not vader.has_emoji("Great news :)")
    assert scoring._mask_adds_no_valence()
    assert vader.polarity_scores("The plan is not good.")["compound"] < 0


_WORDS = ["not", "no", "never", "so", "this", "without", "doubt", "but", "least", "at", "very", "kind", "of",
          "sort", "good", "GOOD", "bad", "BAD", "kiss", "death", "the", "bomb", "yeah", "right", "in", "red",
          "isn't", "n't", "hardly", "extremely", "Supreme", "Court", "United", "Nations", ":)", ":-(", "!", "!!!",
          "?", "??", "\u2019", "\u201c", "\u201d", "-", "...", "\U0001F600", "said", "Nm", "lol", "war", "ok",
          "cut", "mustard", "upper", "hand", "to", "die", "for", "bad ass", "A", "I", "or", "nor", "NO", "Never",
          "EXTREMELY", "just", "enough", "Kind", "beating", "heart", "bus", "stop", "shit", "somewhat", "hope"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=16),
       st.lists(st.sampled_from([" ", "  ", ", ", ". ", "\n", "! "]), min_size=16, max_size=16))
def test_any_mix_of_rule_words_scores_as_vader(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps))
    assert vader.polarity_scores(text) == vader.analyzer().polarity_scores(text)
    masked = scoring._mask_names(text)
    expected = vader.analyzer().polarity_scores(masked)
    assert scoring._vader_prepared(text, scoring._mask_names) == (
        expected["compound"], expected["pos"], expected["neu"], expected["neg"])


_NAME_WORDS = ["United", "Nations", "Supreme", "Court", "New", "York", "Don't", "NO", "No", "Kind", "Of", "The",
               "But", "Very", "Good", "A", "J.", "U.S.-Iran", "O'Neill", "McDonald", "good", "bad", "not", "the",
               "of", "said", "Nm", "Fine", "Arts", "Museum", "Justice", "Department", "war", "Hope", "(Washington",
               "Least", "Never", "So", "This", "Without", "Doubt", "Obama's", "\u00c9lys\u00e9e", "Palace", ":)",
               "U.S.", "NATO", "FBI", "GOOD", "BAD", "VERY", "US-Justice"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NAME_WORDS), max_size=14),
       st.lists(st.sampled_from([" ", " ", " of ", ", ", " and ", "-", "! "]), min_size=14, max_size=14))
def test_masking_is_skipped_only_when_it_cannot_change_the_score(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps))
    if scoring._masking_keeps_score(*vader.lowered(text)):
        assert vader.polarity_scores(scoring._mask_names(text)) == vader.polarity_scores(text)
    expected = vader.analyzer().polarity_scores(scoring._mask_names(text))
    assert scoring._vader_prepared(text, scoring._mask_names) == (
        expected["compound"], expected["pos"], expected["neu"], expected["neg"])


def test_masking_skipped_where_names_hold_no_rule_word():
    # "New York" and "Brown" carry nothing VADER reads; "United Nations" does ("united" is in its lexicon)
    assert scoring._masking_keeps_score(*vader.lowered("Officials in New York told Mary Brown the plan was good."))
    assert not scoring._masking_keeps_score(*vader.lowered("The United Nations said the plan was good."))
    # "U.S." is isupper: it counts towards allcap_differential, which VADER reads only for an isupper lexicon word
    assert not scoring._masking_keeps_score(*vader.lowered("He met the New U.S. team, a GOOD man."))
    assert scoring._masking_keeps_score(*vader.lowered("He met the New U.S. team, a good man."))
    text = "He met the New U.S. team, a good man."
    assert scoring._mask_names(text) == "He met the Nm Nm. team, a good man."
    assert vader.polarity_scores(scoring._mask_names(text)) == vader.polarity_scores(text)
    assert scoring._masking_keeps_score(*vader.lowered("Good news came from Paris and Rome."))  # first word kept
