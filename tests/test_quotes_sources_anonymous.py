"""Anonymous-source typing rules found on PolNeAR train errors (issue 10); our own fictional sentences."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.quotes import quotes


def _type(text: str) -> tuple[str, str]:
    q = quotes(text).quotes[0]
    return q.speaker_text, q.source_type


@pytest.mark.parametrize(
    "text",
    [
        "Kestrian primary voters said they were worried about the harbour.",
        "Three-quarters of the voters said the harbour should stay open.",
        "About 42% said the harbour should stay open.",
        "A majority said the harbour should stay open.",
    ],
)
def test_voters_and_poll_shares_are_a_group_not_anonymous_sources(text):
    assert _type(text)[1] == "unnamed_group"


def test_a_share_of_officials_stays_anonymous():
    assert _type("Half of the officials said the harbour would close.")[1] == "anonymous"


def test_coordinated_adjectives_before_one_head_type_the_head():
    assert _type("Kestrian and independent analysts said the talks had stalled.")[1] == "anonymous"
    assert _type("Tomas Ebrecht and Lena Vos said the talks had stalled.")[1] == "named_person"


def test_a_definite_role_refers_back_to_the_named_person():
    text = (
        "Tomas Ebrecht, a shipping magnate, bought the harbour last year.\n\n"
        "\u201cWe will rebuild the quays,\u201d the fund manager said.\n\n"
        "The candidate said the quays would open in May."
    )
    types = [q.source_type for q in quotes(text).quotes]
    assert types == ["named_person", "named_person"]


def test_a_definite_anonymous_head_stays_anonymous():
    text = (
        "A harbour official, who spoke on condition of anonymity, described the talks.\n\n"
        "The official said the quays would close in May."
    )
    assert [q.source_type for q in quotes(text).quotes][-1] == "anonymous"


def test_kin_and_identified_sets_are_not_anonymous():
    text = "Lena Vos and Tomas Ebrecht run the ferry. Both parents said the crossing was safe."
    assert quotes(text).quotes[-1].source_type == "named_person"
    text = "Lena Vos runs the ferry. Her husband said the crossing was safe."
    assert quotes(text).quotes[-1].source_type == "named_person"


def test_a_letter_or_poll_results_are_documents():
    assert _type("The staff letter said the quays would close.")[1] == "document"
    assert _type("The results said the quays would close.")[1] == "document"


def test_a_description_is_no_antecedent_of_he_or_she():
    text = (
        "Tomas Ebrecht, a shipping magnate, bought the harbour last year. \u201cWe will rebuild the quays,\u201d "
        "Ebrecht said.\n\nThe judge said the sale was lawful.\n\n\u201cThe quays are safe,\u201d he said."
    )
    assert [(q.speaker, q.source_type) for q in quotes(text).quotes] == [
        ("Tomas Ebrecht", "named_person"),
        ("The judge", "named_person"),
        ("Tomas Ebrecht", "named_person"),
    ]
    text = (
        "Lena Vos runs the ferry. \u201cIt is safe,\u201d Vos said. Her husband said the crossing was safe. "
        "\u201cWe sail at noon,\u201d she said."
    )
    assert quotes(text).quotes[-1].speaker == "Lena Vos"


def test_unnamed_people_stay_anonymous():
    for text in (
        "\u201cThe quays will close,\u201d another said.",
        "Two harbour pilots said the channel was closed.",
        "A Tesk executive said the channel was closed.",
        "\u201cThe channel is closed,\u201d rivals said.",
    ):
        assert _type(text)[1] == "anonymous", text


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["the", "of", "42%", "half", "and", "Kestrian", "voters", "both", "his", "wife",
                                 "officials", "fund", "manager", "independent", ","]), min_size=1, max_size=12))
def test_any_speaker_phrase_gets_a_known_type(words):
    r = quotes(" ".join(words) + " said the channel was closed.")
    for q in r.quotes:
        assert q.source_type in {"named_person", "named_organisation", "unnamed_group", "media", "document",
                                 "anonymous", "unattributed"}


def test_a_titled_person_with_a_capitalised_word_stays_an_antecedent():
    text = (
        "Lena Vos opened the harbour fair on Monday. One Kestrian delegate said he had tried to give away passes "
        "to the fair.\n\n\u201cNobody wanted one,\u201d he said."
    )
    assert quotes(text).quotes[-1].speaker == "One Kestrian delegate"
