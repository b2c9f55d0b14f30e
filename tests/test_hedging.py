import math
import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr


def cues(text, kind=None):
    return [c.text for c in fr.hedging(text).cues if kind is None or c.kind == kind]


def test_case_article_hedges(case_text):
    result = fr.hedging(case_text)
    found = {c.text for c in result.cues if c.kind == "hedge"}
    assert {"reportedly", "suggest", "could", "potential", "nearly", "almost"} <= found
    assert all(case_text[c.start:c.end] == c.text for c in result.cues)
    # paragraphs 2-8 (no other outlet carries them) hold the epistemic hedges
    unique = result.paragraphs.iloc[1:8]
    assert unique["hedges"].sum() > result.paragraphs.iloc[[0, *range(8, 13)]]["hedges"].sum()
    assert 0 < result.per_100_words < 5
    assert result.lexicon.startswith("hedges@")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks were held on May 3 in Norvik.", []),
        ("In May, the council voted to extend the mission.", []),
        ("The strike may have been planned for weeks.", ["may have"]),
        ("The ministers talked about the ceasefire for an hour.", []),
        ("About 40 people were wounded, and around 2,000 troops were deployed.", ["About", "around"]),
        ("The suspect will appear in court on Monday.", []),
        ("The minister appeared before the committee.", []),
        ("The ceasefire appears to be holding.", ["appears"]),
        ("If the talks fail, the army would resume its offensive.", []),
        ("The chancellor said he would resign on Friday.", []),
        ("The spokesman would not comment on the report.", []),
        ("Rescuers could not reach the village.", []),
        ("The strike could escalate the conflict.", ["could"]),
        ("The minister is expected to arrive at 5 p.m. on Tuesday.", []),
        ("Analysts expect prices to rise sharply.", ["expect"]),
        ("She suggested a meeting in the capital.", []),
        ("The data suggest that the blockade is failing.", ["suggest"]),
        ("The Halden Institute, a think tank, published the study.", []),
        ("It remains to be seen whether the truce will hold.", ["remains to be seen", "whether"]),
        ("The commander is believed to have fled to the border.", ["is believed to"]),
        ("Police detained the suspect on Sunday.", []),
        ("The alleged attacker reportedly fled.", ["alleged", "reportedly"]),
    ],
)
def test_context_rules(text, expected):
    assert cues(text, "hedge") == expected


def test_boosters_are_kept_apart_and_do_not_make_a_sentence_uncertain():
    result = fr.hedging("The minister clearly knew of the plan. In fact, he must have approved it.")
    assert [c.text for c in result.cues if c.kind == "booster"] == ["clearly", "In fact", "must have"]
    assert result.hedge_count == 0 and result.hedged_sentence_share == 0
    assert result.booster_per_100_words == pytest.approx(3 / result.n_words * 100)


def test_deontic_must_is_not_a_booster():
    assert cues("The hostages must be released immediately, the council said.", "booster") == []


def test_approximators_are_hedges_but_not_uncertainty():
    result = fr.hedging("Nearly 300 families fled the town on Monday.")
    assert [(c.text, c.category) for c in result.cues] == [("Nearly", "approximator")]
    assert result.hedged_sentence_share == 0 and result.approximator_per_100_words > 0


def test_rates_and_frames():
    text = "Officials said the attack was probably planned. The army denied it. It may respond."
    result = fr.hedging(text)
    assert result.hedge_count == 2
    assert result.hedged_sentence_share == pytest.approx(2 / 3)
    assert result.per_100_words == pytest.approx(2 / result.n_words * 100)
    frame = result.to_frame()
    assert list(frame["text"]) == ["probably", "may"] and set(frame["kind"]) == {"hedge"}
    summary = result.summary()
    assert summary["hedging.hedges"] == 2 and summary.index.str.startswith("hedging.").all()
    assert summary["hedging.n_probability"] == 1 and summary["hedging.n_epistemic_modal"] == 1


def test_user_lexicons_dict_dataframe_and_path(tmp_path):
    text = "The ministry allegedly leaked the memo, which was purportedly genuine."
    by_dict = fr.hedging(text, lexicon={"allegedly": "hedge:weasel", "genuine": "booster:certainty"}, extend=False)
    assert [(c.text, c.kind, c.category) for c in by_dict.cues] == [
        ("allegedly", "hedge", "weasel"), ("genuine", "booster", "certainty")]
    frame = pd.DataFrame({"term": ["purportedly"], "category": ["probability"]})
    assert [c.text for c in fr.hedging(text, lexicon=frame, extend=False).cues] == ["purportedly"]
    path = tmp_path / "mine.tsv"
    path.write_text("term\tcategory\tweight\tnote\nleaked\thedge:odd\t1\tmine\n", encoding="utf-8")
    result = fr.hedging(text, lexicon=path, extend=False)
    assert [c.text for c in result.cues] == ["leaked"] and result.lexicon == "mine@user"
    with pytest.raises(TypeError, match="lexicon must be"):
        fr.hedging(text, lexicon=42)


def test_a_user_lexicon_extends_the_shipped_one_unless_told_to_replace_it():
    text = "The ministry purportedly leaked the memo, which may be genuine."
    extended = fr.hedging(text, lexicon={"purportedly": "hedge:weasel"})
    assert [c.text for c in extended.cues] == ["purportedly", "may be"]
    assert extended.lexicon.startswith("hedges@") and extended.lexicon.endswith("+user")
    replaced = fr.hedging(text, lexicon={"purportedly": "hedge:weasel"}, extend=False)
    assert [c.text for c in replaced.cues] == ["purportedly"] and replaced.lexicon == "user@user"


@pytest.mark.parametrize(
    ("lexicon", "error", "message"),
    [
        ({"allegedly": 3}, ValueError, "category str or a"),
        ({"allegedly": ("hedge", 1, 2)}, ValueError, "category str or a"),
        ({None: "hedge"}, ValueError, "term is missing"),
        ({float("nan"): "hedge"}, ValueError, "term is missing"),
        ({"allegedly": float("nan")}, ValueError, "category of 'allegedly' is missing"),
        (pd.DataFrame({"term": ["allegedly", None], "category": ["hedge", "hedge"]}), ValueError, "term is missing"),
        (pd.DataFrame({"term": ["allegedly"], "category": [float("nan")]}), ValueError, "category of"),
    ],
)
def test_bad_user_lexicons_get_a_clear_error(lexicon, error, message):
    with pytest.raises(error, match=message):
        fr.hedging("It may rain.", lexicon=lexicon)


def test_a_user_term_with_a_curly_apostrophe_matches():
    result = fr.hedging("They can’t be sure, officials said.", lexicon={"can’t be sure": "hedge:doubt"}, extend=False)
    assert [c.text for c in result.cues] == ["can’t be sure"]


def test_curly_apostrophes_and_case_match_the_lexicon():
    assert cues("It’s UNCLEAR whether Valdoria’s army can’t rule out a strike.", "hedge") == [
        "UNCLEAR", "whether", "can’t rule out"]


def test_highlight_marks_hedges_and_never_may_the_month():
    text = "In May, the minister reportedly resigned. The talks may resume."
    html = str(fr.display.highlight(text, fr.hedging(text)))
    assert 'title="hedge:probability' in html and ">reportedly</span>" in html
    assert "In May," in html and ">may</span>" in html
    assert "hedge:epistemic_modal (1)" in html  # legend with counts


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "Officials said the strike could come soon.", "In May, about 40 people", "“It may", "not clearly,",
    "\n", " ", "whether", "the U.S. reportedly", "<b>", "\u200b", "Gen.", "’", '"', "appear in court.",
    "almost 3", "It remains to be seen", "\x00",
]), max_size=25).map("".join))
def test_every_cue_is_evidence_inside_its_sentence(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = fr.read(text)
    result = fr.hedging(doc)
    for c in result.cues:
        assert text[c.start:c.end] == c.text
        s, e = doc.sentences[c.sentence]
        assert s <= c.start < c.end <= e
    for value in (result.per_100_words, result.hedged_sentence_share, result.booster_per_100_words):
        assert math.isnan(value) or 0 <= value < math.inf
    assert math.isnan(result.per_100_words) == (doc.n_words == 0)


# Pathological input: every context rule looks at a bounded window or once per sentence, so the
# time is linear in the text. The limits below only guard against a hang (the figures live in
# benchmarks/hedges_pathological.py); before the fix these inputs took 16-26 s.
_WORDS = "the minister said that officials would meet and talks may resume while analysts expect a deal if".split()
_PATHOLOGICAL = {
    "may": "may " * 20000,
    "would": "would " * 20000,
    "wouldn't": "wouldn't " * 15000,
    "expected": "is expected to arrive " * 5000,
    "no punctuation": " ".join(_WORDS[i * 7 % len(_WORDS)] for i in range(60000)),
    "under the agreement": "under the agreement each side may keep " * 3000,
}


@pytest.mark.timeout(30)
@pytest.mark.parametrize("name", list(_PATHOLOGICAL))
def test_pathological_repeats_finish(name):
    text = _PATHOLOGICAL[name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = fr.read(text)
    result = fr.hedging(doc)
    assert all(text[c.start:c.end] == c.text for c in result.cues)
    html = str(fr.display.highlight(doc, result))
    assert html.count("<span") >= len(result.cues)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=4), st.sampled_from(
    ["may ", "would ", "wouldn't ", "if ", "under the law ", "expected to ", "on Monday", "’", ". ", "\n", "not "])),
    max_size=60).map("".join))
def test_arbitrary_text_never_crashes_and_spans_hold(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = fr.read(text)
    result = fr.hedging(doc)
    assert list(result.cues) == sorted(result.cues, key=lambda c: c.start)
    for c in result.cues:
        assert text[c.start:c.end] == c.text and c.kind in ("hedge", "booster")
    assert set(result.uncertain_sentences) <= set(range(doc.n_sentences))
    fr.display.highlight(doc, result)


def test_the_paragraph_table_is_built_only_when_asked_for():
    result = fr.hedging("Officials said the strike could come soon.\n\nIt may rain. It was sunny.")
    assert "paragraphs" not in vars(result)  # summary() and the scalars do not build it
    result.summary()
    assert "paragraphs" not in vars(result)
    table = result.paragraphs
    assert list(table["hedges"]) == [1, 1] and list(table["sentences"]) == [1, 2]
    assert result.paragraphs is table  # cached


def uncertain(text):
    return bool(fr.hedging(text).uncertain_sentences)


# Issue 12: the classes decided in framing.hedging's docstring, each on sentences written for the tests.
@pytest.mark.parametrize(
    "text",
    [
        "Investigators would not divulge the evidence they had gathered, a spokeswoman said.",
        "The bank wouldn't identify the traders involved in the transfers.",
        "Under the plan, creditors would receive about 60 cents on the dollar.",
        "The mayor said in March that the bridge would reopen before the summer.",
        "Police found the truck that would have carried the explosives to the capital.",
        "Without the grant, the clinic would have closed years ago.",
        "If the council raised the levy, it would have to do so for every household.",
        "The senator said she was offended that her rival would say such a thing.",
    ],
)
def test_would_that_commits_to_nothing_uncertain_is_no_hedge(text):
    assert not uncertain(text) and "would" not in [c.term for c in fr.hedging(text).cues]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("That would suggest the missile was fired from the northern ridge, the analyst said.", "would"),
        ("The figures would seem to contradict the minister's account.", "would"),
        ("I would argue that the reform has already failed.", "would"),
        ("That would likely mean higher fares for commuters next year.", "likely"),
    ],
)
def test_would_that_softens_a_claim_is_a_hedge(text, cue):
    assert cue in cues(text, "hedge") and uncertain(text)


@pytest.mark.parametrize(
    "text",
    [
        "No suspects have been identified, police said on Sunday.",
        "Two suspects were detained near the border crossing.",
        "The company's estimates of quarterly earnings were revised upward.",
        "The estimate of earnings was published on Tuesday.",
        "Shares fell after the firm cut its annual output forecast.",
        "She said the thought of another campaign was exhausting.",
    ],
)
def test_nouns_that_look_like_verbs_are_no_hedges(text):
    assert not uncertain(text), cues(text)


def test_the_verbs_behind_those_nouns_still_hedge():
    assert uncertain("Police suspect the fire was started deliberately.")
    assert uncertain("Analysts estimate that the deficit will double.")
    assert uncertain("Economists forecast a sharp rise in unemployment.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor has indicated she will sign the bill.", False),
        ("A note indicating that the caller had phoned twice was left on his desk.", False),
        ("The latest polls indicate that the race has tightened.", True),
        ("The leaked minutes indicate that several ministers opposed the plan.", True),
        ("She urged students to think about running for office.", False),
        ("The coach said his point guard is quick to think on her feet.", False),
        ("I think the strategy is to wait the strikers out, the organiser said.", True),
    ],
)
def test_indicate_and_think_as_reports_and_deliberation(text, expected):
    assert uncertain(text) is expected, cues(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation is expected to arrive in the capital later this week.", False),
        ("A decision is expected as early as next week, the court said.", False),
        ("The governor is widely expected to win a second term.", True),
        ("Storm Edda is expected to make landfall on the coast on Saturday.", True),
    ],
)
def test_expected_of_a_schedule_and_of_a_prediction(text, expected):
    assert uncertain(text) is expected, cues(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Polls overwhelmingly predicted a victory for the incumbent.", "epistemic_verb"),
        ("The treasury anticipates a shortfall of two billion dollars.", "epistemic_verb"),
        ("Many residents feel they have been ignored by the council.", "epistemic_verb"),
        ("Those who felt he had gone too far left the party.", "epistemic_verb"),
        ("Party elders considered him a liability.", "epistemic_verb"),
        ("The ruling should be seen as a warning to other agencies.", "epistemic_verb"),
        ("The mayor was widely viewed as a reformer.", "epistemic_verb"),
        ("It looks like the vote will be postponed again.", "epistemic_verb"),
        ("Observers who thought she would win were surprised.", "epistemic_verb"),
        ("The likelihood of a deal before the deadline is small.", "epistemic_noun"),
        ("The ministry denied any suggestion that the contract was rigged.", "epistemic_noun"),
        ("Officials voiced concern that the ceasefire could collapse.", "epistemic_noun"),
        ("Parents worry that the school will close.", "epistemic_noun"),
        ("The photograph fuelled speculation that the brothers had reconciled.", "epistemic_noun"),
        ("Critics accused the mayor of misleading voters about the budget.", "attributed_claim"),
        ("The former treasurer was charged with embezzling party funds.", "attributed_claim"),
        ("He denied the allegations, calling them politically motivated.", "attributed_claim"),
        ("The lawsuit, charging that the law violates equal protection, was filed on Monday.", "attributed_claim"),
        ("She claimed that the ballots had been tampered with.", "attributed_claim"),
    ],
)
def test_recall_classes_are_uncertain_in_their_own_category(text, category):
    result = fr.hedging(text)
    assert result.uncertain_sentences == (0,), [c.text for c in result.cues]
    assert category in {c.category for c in result.cues}


@pytest.mark.parametrize(
    "text",
    [
        "It felt like a door was opening, she said.",
        "The new mascot looks like a bear.",
        "The doctors urged her to consider having surgery.",
        "Privacy concerns delayed the launch.",
        "The court acquitted the editor of defamation charges.",
        "The bank added hidden charges to the accounts.",
        "The rebels claimed responsibility for the attack.",
        "Neither side harboured any doubts that the judge would be confirmed.",
        "Ronald Reagan did that very skillfully, whatever one may think of his vision.",
        "Voters can register online until Friday.",
        "Trump has been able to disrupt the news, whether by being offensive or entertaining.",
    ],
)
def test_what_the_new_classes_leave_out(text):
    assert not uncertain(text), cues(text)


def test_attributed_claims_are_reported_apart_so_they_can_be_subtracted():
    text = "Critics accused the mayor of lying. The deal may collapse. The council met on Monday."
    result = fr.hedging(text)
    assert result.by_category["attributed_claim"] == 1 and result.by_category["epistemic_modal"] == 1
    assert result.hedged_sentence_share == pytest.approx(2 / 3)
    assert result.summary()["hedging.n_attributed_claim"] == 1


class _Evidence:
    def __init__(self, spans):
        self.spans = spans

    def evidence(self):
        return self.spans


@pytest.mark.timeout(30)
def test_highlight_stays_linear_with_thousands_of_nested_spans():
    text = "The talks may resume. " * 2000
    n = len(text)
    nested = _Evidence([(i, n - i, f"layer:{i % 3}", "") for i in range(0, 4000, 2)])
    html = str(fr.display.highlight(text, nested, fr.hedging(text), paragraphs=False))
    assert len(html) < 20_000_000  # about 4.6 MB; nesting every span around every piece would be ~700 MB
    assert "more overlapping spans" in html
    assert 'title="hedge:epistemic_modal' in html  # the innermost (the cue) is still drawn


def test_highlight_draws_every_label_when_spans_nest_shallowly():
    text = "Officials said the strike could come soon."
    inner = _Evidence([(0, len(text), "quote:indirect", ""), (0, 9, "speaker", "")])
    html = str(fr.display.highlight(text, inner, fr.hedging(text)))
    # pieces: "Officials" (quote, speaker), " said the strike " (quote), "could" (quote, hedge), rest (quote)
    assert html.count("<span style") == 2 + 1 + 2 + 1 + 3  # and 3 legend items
    assert "more overlapping" not in html


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The panel charged with reviewing the election rules met on Monday.", False),
        ("The former mayor was charged with murdering his business partner.", True),
        ("The acting director said he would assume the additional role until a successor is named.", False),
        ("The minister would appear before the committee, the ministry implied.", False),
        ("The incident would appear to violate the ceasefire, monitors said.", True),
        ("The senator declined to claim any credit for the victory.", False),
    ],
)
def test_task_and_take_readings_found_on_news_outside_the_gold_set(text, expected):
    assert uncertain(text) is expected, cues(text)


def test_summary_values_is_the_summary_as_a_plain_dict():
    from framing.hedging import hedging as _hedging

    result = _hedging("Officials said the plan may perhaps fail. It will certainly cost about 40 million dollars.")
    plain = result.summary_values()
    assert all(type(v) is float for v in plain.values())
    assert plain["hedging.hedges"] >= 1 and plain["hedging.boosters"] >= 1
    assert pd.Series(plain).equals(result.summary())
