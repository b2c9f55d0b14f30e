"""Tests of framing.quotes: quotation marks, speakers, indirect speech, sourcing and measures.

Every passage here is written for the tests, about fictional states, people and outlets,
except the case article (read from corpora/case/article.txt).
"""

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing.quotes import SOURCE_TYPES, Quotes, quotes
from framing.records import Quote


def _spans_hold(text, result):
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
        if q.cue_start is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
        assert q.kind in ("direct", "partial", "indirect")
        assert q.source_type in SOURCE_TYPES
        assert q.anonymous == (q.source_type == "anonymous")
    for j in result.justifications:
        assert text[j.start : j.end] == j.text


def _by_text(result, fragment, kind=None):
    found = [q for q in result.quotes if fragment in q.text and (kind is None or q.kind == kind)]
    assert found, f"no {kind or ''} quote containing {fragment!r} in {[q.text for q in result.quotes]}"
    return found


# --------------------------------------------------------------------------- case article


@pytest.fixture(scope="module")
def case(case_text):
    return quotes(case_text)


def test_case_article_spans_hold(case_text, case):
    _spans_hold(case_text, case)


def test_case_article_khamenei_direct_quotes_the_second_continues_him(case):
    direct = [q for q in case.quotes if q.kind == "direct"]
    assert [q.text[:25] for q in direct] == ["The martyrdom of our brot", "The Zionist regime will f"]
    first, second = direct
    assert first.text.endswith("will not go unpunished,")  # marks excluded, inner punctuation kept
    assert "Khamenei" in first.speaker and first.speaker_text == "Khamenei" and first.cue == "declared"
    assert first.cue_category == "assertive" and first.source_type == "named_person"
    # No attribution of its own: it continues the previous speaker.
    assert second.speaker == first.speaker and second.cue is None
    # ... and shows whom it continues: the phrase that credits the first, and where that quote starts.
    assert second.speaker_text == first.speaker_text and second.continues == first.start
    assert second.source_type == "named_person"


def test_case_article_partial_quotes_and_who_they_are_credited_to(case):
    crime = _by_text(case, "unforgivable crime", "partial")[0]
    assert crime.text == "unforgivable crime" and "Khamenei" in crime.speaker
    aggression = _by_text(case, "Israeli aggression", "partial")[0]
    assert aggression.text == "Israeli aggression."
    # "what it described as": 'it' is the subject of the clause, Hamas.
    assert aggression.speaker_text == "it" and aggression.speaker == "Hamas"
    assert aggression.source_type == "named_organisation"


def test_case_article_anonymous_officials_twice_and_the_justification(case_text, case):
    officials = [q for q in case.quotes if q.speaker and "three Iranian officials" in q.speaker]
    assert len(officials) == 2
    assert all(q.anonymous and q.kind == "indirect" for q in officials)
    lead, later = officials
    assert lead.text.startswith("Iran’s Supreme Leader Ayatollah Ali Khamenei has ordered")
    assert later.text.startswith("Khamenei issued the order at an emergency meeting")
    assert later.text.endswith("Haniyeh had been killed")  # the subject's apposition is not content
    doc = fr.read(case_text)
    (just,) = case.justifications
    assert "not authorized to speak publicly" in just.text
    assert just.text.startswith("asked that their names not be published")
    paragraph = [i for i, (s, e) in enumerate(doc.paragraphs) if s <= just.start < e]
    assert paragraph == [8]  # the ninth paragraph


def test_case_article_relays_the_officials_via_the_new_york_times(case, case_text):
    # "..., according to three Iranian officials familiar with the order, according to the New
    # York Times.": one record, credited to the officials, relayed by the newspaper.
    first = [q for q in case.quotes if q.start == case.quotes[0].start]
    assert len(first) == 1
    (q,) = first
    assert q.speaker == "three Iranian officials familiar with the order" and q.anonymous
    assert q.via == "the New York Times" and case_text[q.via_start : q.via_end] == q.via
    assert not [r for r in case.quotes if r.source_type == "media"]


def test_case_article_unnamed_military_analysts_hamas_and_the_united_nations(case):
    analysts = _by_text(case, "Iran could employ a range of tactics", "indirect")[0]
    assert analysts.speaker == "military analysts" and analysts.anonymous and analysts.cue == "suggest"
    assert analysts.cue_category == "tentative"
    hamas = [q for q in case.quotes if q.speaker == "Hamas" and q.kind == "indirect"]
    assert hamas and hamas[0].cue == "vowed" and hamas[0].text.startswith("immediate retaliation")
    un = _by_text(case, "restraint from both parties", "indirect")[0]
    assert un.speaker_text == "The United Nations" and un.source_type == "named_organisation"
    assert un.cue == "called for" and un.cue_category == "directive"


def test_case_article_measures(case_text, case):
    doc = fr.read(case_text)
    quoted = sum(doc.words_between(q.start, q.end) for q in case.quotes if q.kind == "direct")
    assert quoted > 20
    assert 0 < case.density < 0.1  # a few quoted sentences in a 560-word article
    assert case.by_kind["direct"] == 2 and case.by_kind["partial"] == 2
    assert case.per_100_words == pytest.approx(len(case.quotes) / doc.n_words * 100)
    names = {n.lower() for n in case.speaker_names}
    assert case.speakers == len(names) and {"hamas", "military analysts"} <= names
    assert "the new york times" not in names  # it relays the officials; it is not itself a speaker
    anonymous = sum(q.anonymous for q in case.quotes)
    assert case.anonymous_share == pytest.approx(anonymous / sum(bool(q.speaker) for q in case.quotes))
    assert sum(case.source_type_shares.values()) == pytest.approx(1.0)


# --------------------------------------------------------------------------- quotation marks


def test_straight_and_curly_double_quotes_are_direct_quotes():
    text = (
        'VELDANE, Kestria — "We will not retreat," Foreign Minister Tomas Ebrecht said on Monday.\n'
        "“Not one step,” said General Oskar Veyne, the commander of the northern forces."
    )
    r = quotes(text)
    _spans_hold(text, r)
    first, second = [q for q in r.quotes if q.kind == "direct"]
    assert first.text == "We will not retreat," and first.speaker == "Tomas Ebrecht"
    assert first.speaker_text == "Foreign Minister Tomas Ebrecht" and first.source_type == "named_person"
    assert second.text == "Not one step," and second.speaker == "Oskar Veyne"  # apposition skipped


def test_inverted_attribution_with_apposition_gives_the_name():
    text = "“The decision has been taken,” said Karel Vint, the foreign ministry spokesman."
    (q,) = quotes(text).quotes
    assert q.speaker == "Karel Vint" and q.cue == "said" and q.source_type == "named_person"


def test_apostrophes_never_open_or_close_a_quote():
    text = (
        "Kestria's army and the Guards' commanders met in Veldane's old fortress on Tuesday. "
        "The Guards' statement was brief and Valdora's reply was briefer."
    )
    assert quotes(text).quotes == ()


def test_nested_single_quotes_stay_inside_the_double_quote():
    text = "“When he told me ‘the war is over’, I did not believe him,” said Petra Lund, a mother of two."
    r = quotes(text)
    (q,) = r.quotes
    assert q.kind == "direct" and q.text == "When he told me ‘the war is over’, I did not believe him,"
    assert q.speaker == "Petra Lund"


def test_single_quoted_words_in_a_headline_are_partial_quotes():
    text = "Valdora vows ‘swift answer’ after border raid\nARDENNE — The government met on Sunday."
    r = quotes(text)
    partial = [q for q in r.quotes if q.kind == "partial"]
    assert [q.text for q in partial] == ["swift answer"]
    assert partial[0].speaker == "Valdora"


def test_a_headline_quote_with_single_marks_is_direct():
    text = "'We will answer,' Valdora's leader tells rally\nTens of thousands rallied in the capital."
    (q,) = [q for q in quotes(text).quotes if q.kind == "direct"]
    assert q.text == "We will answer," and q.speaker == "Valdora's leader"


def test_a_multi_paragraph_quote_is_one_quote():
    text = (
        "“There will be consequences,\n"
        "“Every village that was shelled will be rebuilt.\n"
        "“But first, the guns must fall silent,” Marandi said.\n"
        "Delegates applauded."
    )
    r = quotes(text)
    (q,) = r.quotes
    assert q.kind == "direct" and q.speaker == "Marandi"
    assert q.text.startswith("There will be consequences,\n“Every village")
    assert q.text.endswith("the guns must fall silent,")


def test_a_quote_split_by_its_attribution_is_two_quotes_of_the_same_speaker():
    text = "“We do not want a wider war,” Ebrecht said on Wednesday, “but we will not be intimidated.”"
    r = quotes(text)
    first, second = r.quotes
    assert (first.kind, second.kind) == ("direct", "direct")
    assert second.text == "but we will not be intimidated."
    assert first.speaker == second.speaker == "Ebrecht"


def test_a_quote_continues_the_previous_speaker_across_a_paragraph():
    text = (
        "“We have been told nothing,” said Mira Solberg, a resident of Kell.\n"
        "“Nobody came to warn us. Nobody.”\n"
        "The army said it had sent text messages to every household."
    )
    r = quotes(text)
    second = _by_text(r, "Nobody came", "direct")[0]
    assert second.speaker == "Mira Solberg" and second.cue is None and second.speaker_text == "Mira Solberg"
    assert second.continues is not None and second.continues < second.start


def test_an_unbalanced_quote_is_capped_at_the_paragraph_end():
    text = (
        "A border guard said the inspection “could take days.\n"
        "The convoy of forty trucks waited at the crossing for the second night.\n"
        "Aid groups said the flour would spoil."
    )
    r = quotes(text)
    _spans_hold(text, r)
    partial = [q for q in r.quotes if q.kind == "partial"]
    assert [q.text for q in partial] == ["could take days."]
    assert all("forty trucks" not in q.text for q in r.quotes if q.kind != "indirect")


def test_a_stray_straight_mark_left_open_does_not_run_into_a_curly_quote_in_the_next_paragraph():
    # '"Kevin was snoring.' then '“Here he is,” she said.': the straight mark opened a quote that ran on
    # into the next paragraph and swallowed its cue
    text = (
        "The nurse described the evening in detail:\n"
        '"Pavel was asleep by nine.\n'
        "“Here he is, love,” she said. “The mayor is on.”\n"
    )
    r = quotes(text)
    _spans_hold(text, r)
    here = _by_text(r, "Here he is", "direct")[0]
    assert here.text == "Here he is, love," and here.cue == "said"
    assert not any("Pavel" in q.text and "Here he is" in q.text for q in r.quotes)
    # straight marks opening every paragraph still make one multi-paragraph quote
    text = '"The pier will close.\n"The ferries will stop," the mayor said.\n'
    assert [q.text for q in quotes(text).quotes] == ["The pier will close.\n\"The ferries will stop,"]


def test_unbalanced_quotes_at_the_end_of_a_text_and_stray_closing_marks_do_not_crash():
    for text in ["He said “", "”", "“", '"', "Officials said ” it was over.", "“\n“\n“", "'", "‘x"]:
        r = quotes(text)
        _spans_hold(text, r)


def test_partial_scare_quote_without_a_cue_is_unattributed():
    text = "The so-called “peace corridor” has been closed for nine days."
    (q,) = quotes(text).quotes
    assert q.kind == "partial" and q.speaker is None and q.source_type == "unattributed"


# --------------------------------------------------------------------------- speakers


def test_pronouns_resolve_to_the_nearest_fitting_named_speaker():
    text = (
        "Hanna Brisk met Emil Dorn in Lisvar on Sunday.\n"
        "“We agreed to keep talking,” Dorn said afterwards.\n"
        "Brisk was more cautious. “One meeting does not end a war,” she said."
    )
    r = quotes(text)
    dorn, brisk = [q for q in r.quotes if q.kind == "direct"]
    assert dorn.speaker == "Emil Dorn"  # surname resolved to the full name met earlier
    assert brisk.speaker_text == "she" and brisk.speaker == "Hanna Brisk"


def test_it_resolves_to_an_organisation_and_a_statement_to_its_issuer():
    text = (
        "The ministry’s statement, released shortly after midnight, said the attack had been "
        "carried out by “foreign-backed elements.” It did not name a country.\n"
        "The Drovian Liberation Front said it had fired rockets overnight. "
        "“This is only the beginning,” the group said."
    )
    r = quotes(text)
    statement = _by_text(r, "the attack had been carried out", "indirect")[0]
    assert statement.speaker.lower() == "the ministry" and statement.source_type == "named_organisation"
    begin = _by_text(r, "only the beginning", "direct")[0]
    assert begin.speaker == "The Drovian Liberation Front" and begin.speaker_text == "the group"


def test_descriptor_and_title_are_dropped_from_the_resolved_speaker():
    text = (
        "The human rights group Clearwater said it had documented 63 cases of torture. "
        "“We are ready,” council chairman Viktor Lanz said."
    )
    r = quotes(text)
    assert _by_text(r, "63 cases")[0].speaker == "Clearwater"
    assert _by_text(r, "We are ready")[0].speaker == "Viktor Lanz"


# --------------------------------------------------------------------------- indirect speech


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        (
            "Kestria accused Valdora of shelling the port of Sarn.",
            "Valdora of shelling the port of Sarn",
            "Kestria",
            "accused",
        ),
        (
            "The Union of Northern States has called for an immediate ceasefire.",
            "an immediate ceasefire",
            "The Union of Northern States",
            "called for",
        ),
        (
            "President Ilse Marandi has vowed to rebuild every home.",
            "to rebuild every home",
            "Ilse Marandi",
            "vowed",
        ),
        (
            "According to the Valdoran Courier, the navy seized two boats.",
            "the navy seized two boats",
            "the Valdoran Courier",
            "according to",
        ),
        (
            "The navy seized two boats, according to state media.",
            "The navy seized two boats",
            "state media",
            "according to",
        ),
        (
            "Ebrecht said that the border would stay closed.",
            "the border would stay closed",
            "Ebrecht",
            "said",
        ),
        (
            "Two members of the presidential guard told the Courier that the president had left the capital.",
            "the president had left the capital",
            "Two members of the presidential guard",
            "told",
        ),
        (
            "Shops in Tarn stayed shut on Monday, residents said.",
            "Shops in Tarn stayed shut on Monday",
            "residents",
            "said",
        ),
    ],
)
def test_indirect_speech_patterns(text, content, speaker, cue):
    r = quotes(text)
    _spans_hold(text, r)
    (q,) = r.quotes
    assert (q.kind, q.text, q.speaker, q.cue.lower()) == ("indirect", content, speaker, cue)


def test_negated_and_naming_verbs_are_not_reported_speech():
    text = (
        "The defence ministry did not say when the troops would return. "
        "Ebrecht dismissed the charge. Residents denied the report."
    )
    assert quotes(text).quotes == ()


def test_a_cue_that_introduces_a_direct_quote_is_not_also_indirect():
    text = (
        "Kestria’s president, Jan Morrow, told the nation in a radio address: “We did not choose this war.”"
    )
    (q,) = quotes(text).quotes
    assert q.kind == "direct" and q.speaker == "Jan Morrow" and q.cue == "told"


# --------------------------------------------------------------------------- sourcing


@pytest.mark.parametrize(
    "text, source_type",
    [
        ("A person familiar with the matter said the shipment had been delayed.", "anonymous"),
        ("Diplomats briefed on the talks said the two sides remained far apart.", "anonymous"),
        ("Sources close to the prime minister said she was furious.", "anonymous"),
        ("Three Kestrian officials said the cabinet had approved the strike.", "anonymous"),
        ("A senior official said the session lasted four hours.", "anonymous"),
        ("Kestrian state television reported that the cabinet had met.", "media"),
        ("The Norvand news agency said the cabinet had met.", "media"),
        ("The Harbor Tribune reported that 40 people had been detained.", "media"),
        ("The foreign ministry said the ambassador had been summoned.", "named_organisation"),
        ("Kestria’s military insisted the strike had hit its target.", "named_organisation"),
        ("The Union of Northern States said the talks would resume.", "named_organisation"),
        ("Interior Minister Rafael Quist said the border would stay closed.", "named_person"),
    ],
)
def test_source_types(text, source_type):
    (q,) = quotes(text).quotes
    assert q.source_type == source_type
    assert q.anonymous == (source_type == "anonymous")


def test_anonymity_justifications_are_flagged():
    text = (
        "Two officials said the strike had been approved, speaking on condition of anonymity because "
        "they were not authorized to discuss military planning.\n"
        "A diplomat, who asked not to be named, said the talks would fail."
    )
    r = quotes(text)
    assert len(r.justifications) == 2
    assert r.justifications[0].text.startswith("on condition of anonymity")
    assert "asked not to be named" in r.justifications[1].text
    assert all(q.anonymous for q in r.quotes) and len(r.quotes) == 2
    labels = {label for _, _, label, _ in r.evidence()}
    assert "anonymity_justification" in labels


# --------------------------------------------------------------------------- measures and API


def test_density_per_100_words_and_sentence_share_are_computed_from_the_spans():
    text = "Ebrecht said: “We will win the war.” The city was quiet."
    r = quotes(text)
    doc = fr.read(text)
    assert doc.n_words == 11 and len(r.quotes) == 1
    assert r.density == pytest.approx(5 / 11)  # "We will win the war"
    assert r.per_100_words == pytest.approx(100 / 11)
    assert r.attributed_sentence_share == pytest.approx(1 / 2)
    assert r.speakers == 1 and r.speaker_names == ("Ebrecht",)
    assert r.anonymous_share == 0.0


def test_speaker_table_and_sourcing_table():
    text = (
        "“We came in good faith,” said Elin Sorrow.\n"
        "“Good faith means stopping the shelling,” countered Mark Tiller.\n"
        "“We stopped it on Tuesday,” Sorrow replied. Officials said the talks would resume."
    )
    r = quotes(text)
    table = r.speaker_table
    assert list(table.columns) == [
        "speaker",
        "source_type",
        "quotes",
        "direct",
        "partial",
        "indirect",
        "quoted_words",
        "kinds",
    ]
    sorrow = table.set_index("speaker").loc["Elin Sorrow"]
    assert sorrow["quotes"] == 2 and sorrow["direct"] == 2 and sorrow["kinds"] == "direct"
    assert sorrow["quoted_words"] == 5 + 5  # "We came in good faith", "We stopped it on Tuesday"
    sourcing = r.sourcing_table()
    assert list(sourcing["source_type"]) == list(SOURCE_TYPES)
    assert sourcing.set_index("source_type").loc["anonymous", "indirect"] == 1
    assert sourcing["share"].sum() == pytest.approx(1.0)


def test_empty_text_gives_zero_counts_and_nan_rates():
    for text in ["", "   \n  "]:
        r = quotes(text)
        assert isinstance(r, Quotes) and r.quotes == () and r.speakers == 0
        assert math.isnan(r.density) and math.isnan(r.per_100_words) and math.isnan(r.anonymous_share)
        assert r.to_frame().empty and list(r.to_frame().columns)[:3] == ["text", "start", "end"]
        assert r.speaker_table.empty
        assert r.summary()["quotes.n_quotes"] == 0


def test_bad_input_raises_type_error():
    for bad in (None, float("nan"), 3):
        with pytest.raises(TypeError):
            quotes(bad)


def test_summary_frame_and_evidence_follow_the_protocol(case_text, case):
    summary = case.summary()
    assert isinstance(summary, pd.Series) and all(k.startswith("quotes.") for k in summary.index)
    for key in (
        "density",
        "per_100_words",
        "attributed_sentence_share",
        "speakers",
        "anonymous_share",
        "share_anonymous",
        "share_media",
        "cue_share_neutral",
    ):
        assert f"quotes.{key}" in summary.index
    frame = case.to_frame()
    assert len(frame) == len(case.quotes) and set(frame.columns) >= {"speaker", "kind", "source_type"}
    evidence = case.evidence()
    labels = {label for _, _, label, _ in evidence}
    assert {"quote:direct", "quote:partial", "quote:indirect", "speaker", "anonymity_justification"} <= labels
    assert any(label.startswith("cue:") for label in labels)
    assert all(0 <= s < e <= len(case_text) and isinstance(tip, str) for s, e, _, tip in evidence)
    assert case.lexicon.startswith("cue_verbs@")


def test_highlight_renders_the_quotes(case_text, case):
    from framing.display import highlight

    html = str(highlight(case_text, case))
    assert "quote:direct" in html and "anonymity_justification" in html


def test_a_user_cue_verb_lexicon_is_used():
    text = "“We will be back,” Tiller chortled."
    assert quotes(text).quotes[0].speaker is None  # 'chortled' is not in the shipped lexicon
    r = quotes(text, lexicon={"chortled": "emotive", "said": "neutral"}, extend=False)
    (q,) = r.quotes
    assert q.cue == "chortled" and q.cue_category == "emotive" and q.speaker == "Tiller"
    assert r.lexicon == "user@user"


def test_records_are_quote_records_in_text_order(case):
    assert all(isinstance(q, Quote) for q in case.quotes)
    starts = [q.start for q in case.quotes]
    assert starts == sorted(starts)


def test_html_control_characters_and_non_english_do_not_crash():
    import warnings

    texts = [
        "<p>“We will win,” <b>Ebrecht</b> said.</p>",
        "Officials\x00 said\x07 the “talks\u200b” had failed.",
        "Der Minister sagte: „Wir werden gewinnen.“ Das war alles.",
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for text in texts:
            _spans_hold(text, quotes(text))


def test_a_10_mb_text_is_measured_in_linear_time(case_text, case):
    reps = 10_000_000 // len(case_text)
    big = "\n".join([case_text] * reps)
    r = quotes(big)
    assert len(r.quotes) == len(case.quotes) * reps
    assert r.density == pytest.approx(case.density)
    assert len(r.justifications) == reps
    last = r.quotes[-1]
    assert big[last.start : last.end] == last.text


_ATOMS = [
    "“", "”", '"', "'", "‘", "’", "said", "Ebrecht", "officials", ",", ".", ":", "\n", "the", "according to",
    "he", "it", "We", "Kestria's", "told", "reporters", "that", "vowed", "accused", "of", "called for", "who",
    "asked not to be named", ";", "—",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ATOMS), max_size=40))
def test_any_mix_of_marks_cues_and_names_keeps_the_span_invariant(atoms):
    text = " ".join(atoms)
    r = quotes(text)
    _spans_hold(text, r)
    assert all(q.end > q.start for q in r.quotes)
    r.summary()
    r.evidence()


def test_a_source_named_again_without_its_qualifier_counts_once(case_text):
    result = quotes(case_text)
    assert "three Iranian officials familiar with the order" in {q.speaker for q in result.quotes}
    officials = result.speaker_table[result.speaker_table["speaker"].str.contains("three Iranian officials")]
    assert len(officials) == 1 and officials["quotes"].iloc[0] >= 2
    assert sum("three Iranian officials" in name for name in result.speaker_names) == 1


# --------------------------------------------------------------------------- never hang, never crash


@pytest.mark.timeout(10)
def test_capitals_after_told_do_not_backtrack_exponentially():
    # Used to take ~46 s at 30 capitals, four times longer per two more.
    for text in ("He told " + "A" * 60 + "!", "He told " + "Ab " * 2000 + "!", "She told THE " + "X" * 500):
        _spans_hold(text, quotes(text))


@pytest.mark.timeout(20)
def test_many_according_to_in_one_sentence_run_in_linear_time():
    text = "The plan failed, " + ", ".join(["according to Lena Vos"] * 2000) + "."
    r = quotes(text)
    _spans_hold(text, r)
    assert r.quotes and all(q.cue == "according to" for q in r.quotes)
    assert all(q.text == "The plan failed" for q in r.quotes)


@pytest.mark.timeout(60)
def test_one_long_paragraph_is_not_slower_than_many():
    sentence = 'Officials said the talks would resume. "We will see," the minister said according to aides. '
    one = quotes(sentence)
    text = sentence * 5000
    r = quotes(text)
    _spans_hold(text, r)
    assert one.by_kind["direct"] == 1
    assert r.by_kind == {k: v * 5000 for k, v in one.by_kind.items()}


@pytest.mark.timeout(10)
def test_lone_surrogates_neither_crash_quotes_nor_its_tables():
    text = 'The minister said "we will \ud800win," and officials said the \udfff port reopened.'
    r = quotes(text)
    _spans_hold(text, r)
    frame = r.to_frame()
    assert "\ud800" in "".join(frame["text"])
    assert len(r.speaker_table) >= 1
    r.sourcing_table()
    r.summary()


def test_check_accepts_own_quotes_and_rejects_wrong_type_or_document():
    from framing.quotes import check

    doc = fr.read('"We will win," Lena Vos said.')
    other = fr.read('"We will lose," Tomas Ebrecht said.')
    own = quotes(doc)
    assert check(own, doc) is own
    assert check(own, doc.text) is own
    with pytest.raises(TypeError):
        check(own.to_frame(), doc)
    with pytest.raises(ValueError, match="another document"):
        check(quotes(other), doc)
    assert check(own.quotes, doc) is own.quotes  # the records alone are fine when they fit
    with pytest.raises(ValueError, match="does not fit"):
        check(quotes(other).quotes, doc)
    with pytest.raises(TypeError):
        check([1, 2], doc)


def test_the_sources_lexicon_is_replaceable_and_recorded():
    text = "The harbour pilots said the channel was closed."
    default = quotes(text)
    assert default.sources.startswith("sources@")
    assert default.quotes[0].source_type == "anonymous"
    custom = quotes(text, sources={"pilots": "organisation"})
    assert custom.quotes[0].source_type == "named_organisation"
    assert custom.sources != default.sources
    replaced = quotes("Officials said the channel was closed.", sources={"pilots": "anonymous"}, extend=False)
    assert replaced.quotes[0].source_type != "anonymous"


_WORDS = [
    "said", "told", "according", "to", "Ebrecht", "Lena", "Vos", "officials", "the", "a", "that", "AAAA", "IRAN",
    "Kestria's", "he", "she", "it", "they", "was", "not", "may", "could", "attack", "killed", "Mr.", "U.S.",
    "spokesman", "ministry", "added", "as", "saying", "quoted", "of", "Wednesday", "early", "on", "and", "police",
]  # fmt: skip
_MARKS = ["“", "”", '"', "'", "‘", "’", "''", "„", "«", "»", "‹", "›", "`", "``"]
_PUNCT = [",", ".", ":", ";", "!", "?", "—", "-", "(", ")", "\n", "\n\n", "  ", "\t", "\u00a0", "\x00"]


@pytest.mark.timeout(120)
@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_WORDS),
            st.sampled_from(_MARKS),
            st.sampled_from(_PUNCT),
            st.text(alphabet="ABCXYZabcxyz'’", min_size=1, max_size=12),
        ),
        max_size=60,
    ),
    st.booleans(),
)
def test_random_mixes_never_crash_any_measure_and_keep_spans(atoms, glue):
    import warnings

    text = ("" if glue else " ").join(atoms)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = fr.read(text)
        r = quotes(doc)
        _spans_hold(text, r)
        r.to_frame()
        r.speaker_table  # noqa: B018
        r.summary()
        for c in fr.hedging(doc).cues:
            assert text[c.start : c.end] == c.text
        fr.sentiment(doc, quotes=r)
        for m in fr.actors(doc, quotes=r).mentions:
            assert text[m.start : m.end] == m.text


@pytest.mark.timeout(60)
@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + _MARKS + _PUNCT + ["\ud800", "\udfff", "\u200b"]), max_size=50))
def test_random_mixes_with_lone_surrogates_never_crash_quotes(atoms):
    import warnings

    text = " ".join(atoms)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = quotes(text)
    _spans_hold(text, r)
    assert len(r.to_frame()) == len(r.quotes)
    r.speaker_table  # noqa: B018


# --------------------------------------------------------------------------- patterns of real coverage


def _only(result, **expected):
    (q,) = result.quotes
    for key, value in expected.items():
        assert getattr(q, key) == value, (key, getattr(q, key), value)
    return q


def test_an_inverted_trailing_attribution_credits_the_name_not_the_clause():
    text = "The talks would resume next week, announced the deputy head of the Kestrian mission, Mirko Valden."
    r = quotes(text)
    _spans_hold(text, r)
    _only(r, text="The talks would resume next week", speaker="Mirko Valden", source_type="named_person")


def test_a_report_citing_officials_credits_the_officials_via_the_outlet():
    text = "The strike was ordered from the capital, reported the Valdora Courier, citing three Kestrian officials."
    q = _only(quotes(text), text="The strike was ordered from the capital", speaker="three Kestrian officials")
    assert q.anonymous and q.via == "the Valdora Courier" and text[q.via_start : q.via_end] == q.via
    text = (
        "The talks would continue, the Valdora Courier reported on Thursday, citing two officials briefed on it."
    )
    q = _only(quotes(text), text="The talks would continue", speaker="two officials briefed on it")
    assert q.via == "the Valdora Courier"


@pytest.mark.parametrize(
    "text",
    [
        "The drills would continue, the Coastal Guard said early Wednesday.",
        "The ferry will not sail, the harbour master told the Courier on Wednesday.",
        "Prices will rise, the finance minister said Friday, as unions prepared to strike.",
        "Rescuers worked through the night, the agency said late on Sunday.",
    ],
)
def test_a_trailing_time_phrase_is_never_the_quote(text):
    (q,) = quotes(text).quotes
    assert q.text == text.split(",")[0]
    assert q.start == 0 and q.cue_start > q.speaker_start


def test_a_news_agency_quoting_a_spokesman_is_one_record_with_via():
    text = "“We will respond firmly,” the Valdora News Agency quoted Lin Arvo as saying."
    r = quotes(text)
    _spans_hold(text, r)
    q = _only(r, kind="direct", text="We will respond firmly,", speaker="Lin Arvo", source_type="named_person")
    assert q.via == "the Valdora News Agency"


def test_stacked_according_to_is_one_record_relayed_by_the_second_source():
    text = "The strike was planned for weeks, according to three Kestrian officials, according to the Valdora Courier."
    q = _only(quotes(text), speaker="three Kestrian officials", via="the Valdora Courier")
    assert q.text == "The strike was planned for weeks" and q.anonymous


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        ("The plan was approved, five of the Kestrian officials said.", "five of the Kestrian officials", "anonymous"),
        ("The company paid no tax for three years, according to court records.", "court records", "document"),
        ("The vote was delayed, according to documents seen by the Courier.", "documents seen by the Courier",
         "document"),
        ("Environmental groups said the new port would harm the reef.", "Environmental groups", "unnamed_group"),
        ("Several human rights organisations said the trial was unfair.", "Several human rights organisations",
         "unnamed_group"),
        ("The port operator, Tesk Harbour Holdings, said the berths would reopen.", "Tesk Harbour Holdings",
         "named_organisation"),
        ("Kestria and the Harbour League accused Valdora of blocking the port.", "Kestria and the Harbour League",
         "named_organisation"),
        ("Two ferries were stopped at sea, and police said the crews were detained.", "police", "named_organisation"),
        ("The plan includes pay cuts, a move the union has vowed to resist.", "the union", "named_organisation"),
    ],
)  # fmt: skip
def test_source_types_of_real_coverage(text, speaker, source_type):
    r = quotes(text)
    _spans_hold(text, r)
    q = next(q for q in r.quotes if q.speaker)
    assert (q.speaker, q.source_type) == (speaker, source_type)
    assert q.anonymous == (source_type == "anonymous")


def test_a_definite_institution_named_before_is_no_anonymous_source():
    text = (
        "Kestria's mission to the United Nations said in a statement that the report was false. "
        "“The claims are baseless,” the mission said."
    )
    second = _by_text(quotes(text), "baseless")[0]
    assert second.speaker_text == "the mission" and second.source_type == "named_organisation"
    assert second.speaker == "Kestria's mission to the United Nations" and not second.anonymous


@pytest.mark.parametrize(
    "text",
    [
        "No one immediately claimed responsibility for the blast.",
        "Nobody has claimed the attack so far.",
        "These reports would damage the talks, the minister warned.",
    ],
)
def test_nobody_and_reports_are_never_invented_sources(text):
    for q in quotes(text).quotes:
        assert q.speaker not in ("No one", "Nobody", "These") and q.speaker_text not in ("No one", "Nobody", "These")


@pytest.mark.parametrize(
    "text",
    [
        "Speaking on the condition of anonymity, a senior Kestrian official said the convoy had been stopped.",
        "Two officials, speaking on the condition of anonymity, said the talks had stalled.",
        "The convoy had been stopped, said the official, who spoke on the condition of anonymity.",
        "“We were not told,” said one diplomat, speaking on condition of anonymity.",
    ],
)
def test_speaking_on_condition_of_anonymity_is_an_anonymous_source_with_its_reason(text):
    r = quotes(text)
    assert len(r.justifications) == 1 and "anonymity" in r.justifications[0].text
    (q,) = r.quotes
    assert q.anonymous and q.source_type == "anonymous"


def test_doubled_apostrophes_are_quotation_marks():
    text = "''We will not leave,'' said Mara Lind, a fisher. ''This harbour is our home.''"
    r = quotes(text)
    _spans_hold(text, r)
    assert [q.text for q in r.quotes] == ["We will not leave,", "This harbour is our home."]
    assert all(q.speaker == "Mara Lind" and q.kind == "direct" for q in r.quotes)


def test_german_low_and_high_quotation_marks_pair_correctly():
    text = "Der Minister sagte: „Wir werden bleiben.“ Dann ging er. „Nie wieder“, rief Lind."
    r = quotes(text)
    _spans_hold(text, r)
    assert [q.text for q in r.quotes] == ["Wir werden bleiben.", "Nie wieder"]


def test_a_quote_never_opens_on_an_apostrophe():
    text = (
        "Fishers say 'tis the worst season in years; the Guards' boats stayed in port, "
        "and the envoy called it 'unacceptable'."
    )
    r = quotes(text)
    _spans_hold(text, r)
    marked = [q.text for q in r.quotes if q.kind != "indirect"]
    assert marked == ["unacceptable"]


def test_a_continuation_quote_shows_whom_it_continues_in_the_frame():
    text = "“We will not leave,” said Mara Lind, a fisher.\n“This harbour is our home.”"
    frame = quotes(text).to_frame()
    assert list(frame["speaker_text"]) == ["Mara Lind", "Mara Lind"]
    assert frame["continues"].isna().tolist() == [True, False] and frame["continues"].iloc[1] == 1
    assert frame["cue"].isna().tolist() == [False, True]


# --------------------------------------------------------------------------- patterns found on PolNeAR dev


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will win,” said Rep. Ana Ruiz (D-Md.), head of the harbour caucus.", "Ana Ruiz"),
        ("“We will win,” Senate Leader Tomas Ebrecht, R-Ky., said Tuesday.", "Tomas Ebrecht"),
        ("“We will win,” said John D. Marr, a lawyer for the union.", "John D. Marr"),
        ("“We will win,” Del. Ana Ruiz said.", "Ana Ruiz"),
        ("“We will win,” Quina Marr, 25, said.", "Quina Marr"),
        ("“It is an invasion of the state's domain,” Ilse Marr, the attorney general of Kestria, one of the "
         "states suing the agency, said at an event this month.", "Ilse Marr"),
    ],
)  # fmt: skip
def test_titles_initials_party_tags_and_ages_never_cut_a_name(text, speaker):
    r = quotes(text)
    _spans_hold(text, r)
    q = next(q for q in r.quotes if q.kind == "direct")
    assert q.speaker == speaker and q.source_type == "named_person"


def test_a_quote_credited_after_a_dash():
    text = "“The port must reopen before winter.” ―\u00a0Tomas Ebrecht\n“We cannot wait.” ― Ana Ruiz"
    r = quotes(text)
    _spans_hold(text, r)
    assert [(q.speaker, q.cue) for q in r.quotes] == [("Tomas Ebrecht", None), ("Ana Ruiz", None)]


def test_transcript_turns_are_credited_to_their_speaker_label():
    text = "The interview was broadcast on Sunday.\nWALLACE: Will you stay in the race?\nEBRECHT: I will stay."
    r = quotes(text)
    _spans_hold(text, r)
    assert [(q.text, q.speaker, q.kind) for q in r.quotes] == [
        ("Will you stay in the race?", "Wallace", "direct"),
        ("I will stay.", "Ebrecht", "direct"),
    ]


def test_an_honorific_gives_the_antecedent_of_he_and_she():
    text = (
        "Mr. Ebrecht met Ms. Lind at the port on Monday. Ms. Lind said the berths would reopen.\n"
        "“We have waited long enough,” she said. “The ships are ready,” he added."
    )
    r = quotes(text)
    she = _by_text(r, "waited long enough")[0]
    he = _by_text(r, "ships are ready")[0]
    assert (she.speaker, he.speaker) == ("Lind", "Ebrecht")


def test_an_attribution_set_off_inside_its_clause_reports_the_whole_clause():
    text = "The ferry, officials said, would resume on Friday."
    q = _only(quotes(text), speaker="officials", kind="indirect")
    assert q.text == "The ferry, officials said, would resume on Friday"


def test_a_quote_after_a_paragraph_ending_with_a_colon_takes_its_cue():
    text = "The Valdora Courier reports:\n“The port will stay closed until the spring.”"
    q = _only(quotes(text), kind="direct", speaker="The Valdora Courier", cue="reports")
    assert q.source_type == "media"


def test_summary_values_is_the_summary_as_a_plain_dict():
    from framing.quotes import quotes as _quotes

    result = _quotes('"We will not resign," the minister said on Monday. Critics said the plan would fail.')
    plain = result.summary_values()
    assert all(type(v) is float for v in plain.values())
    assert plain["quotes.n_quotes"] == 2 and plain["quotes.n_direct"] == 1
    assert pd.Series(plain).equals(result.summary())
