import json
import math
from importlib import resources

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing
from framing.records import Span
from framing.target import LABELS, TargetSentiment, WeightedCue, model_info, model_sha256, sentiment_toward


def toward(text, mention, nth=0, **kwargs):
    start = -1
    for _ in range(nth + 1):
        start = text.index(mention, start + 1)
    return sentiment_toward(text, start, start + len(mention), **kwargs)


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("Senator Varn praised Governor Osk's rescue plan as a model of courage and competence.",
         "Governor Osk", "positive"),
        ("Protesters accused Mayor Ilvo of corruption and demanded his resignation.", "Mayor Ilvo", "negative"),
        ("Mayor Ilvo will visit the harbour district on Tuesday, according to the city's schedule.",
         "Mayor Ilvo", "neutral"),
        ("Critics said Minister Dalsen had lied to parliament and betrayed the families of the victims.",
         "Minister Dalsen", "negative"),
        ("Colleagues described Judge Amara Teel as brilliant, fair and deeply respected.", "Judge Amara Teel",
         "positive"),
        ("Ambassador Rusk met the trade delegation in Norvik on Monday.", "Ambassador Rusk", "neutral"),
    ],
)
def test_clear_cases(text, mention, expected):
    result = toward(text, mention)
    assert result.label == expected, (result.probabilities, [(c.text, c.weight) for c in result.cues])


def test_two_targets_in_one_sentence_get_different_readings():
    text = ("Governor Osk won praise for her honest and effective response to the floods, "
            "while Mayor Ilvo was accused of fraud and lying to residents.")
    osk, ilvo = toward(text, "Governor Osk"), toward(text, "Mayor Ilvo")
    assert osk.score > ilvo.score
    assert ilvo.label == "negative"


def test_result_fields_are_consistent():
    text = "Protesters accused Mayor Ilvo of corruption and demanded his resignation."
    result = toward(text, "Mayor Ilvo")
    assert isinstance(result, TargetSentiment)
    assert result.target == Span("Mayor Ilvo", 19, 29)
    assert set(result.probabilities) == set(LABELS)
    assert math.isclose(sum(result.probabilities.values()), 1.0, rel_tol=1e-9)
    assert result.label == max(result.probabilities, key=result.probabilities.get)
    assert math.isclose(result.score, result.probabilities["positive"] - result.probabilities["negative"])
    assert -1.0 <= result.score <= 1.0
    assert result.method == "model" and result.model.startswith("target_sentiment@")
    assert result.window == model_info()["settings"]["window"]
    assert result.sentence == 0
    with pytest.raises(AttributeError):
        result.label = "positive"  # frozen


def test_evidence_spans_point_into_the_text_and_name_the_words_that_decided():
    text = "Protesters accused Mayor Ilvo of corruption and demanded his resignation."
    result = toward(text, "Mayor Ilvo")
    assert result.cues and all(isinstance(c, WeightedCue) for c in result.cues)
    for cue in result.cues:
        assert text[cue.start:cue.end] == cue.text
        assert cue.category in LABELS and cue.features
        assert not (result.target.start <= cue.start < result.target.end)  # the target's own words are masked
    weights = [abs(c.weight) for c in result.cues]
    assert weights == sorted(weights, reverse=True)
    supporting = {c.text for c in result.cues if c.weight > 0}
    assert supporting & {"accused", "corruption", "resignation"}
    spans = result.evidence()
    assert spans[0][:3] == (19, 29, "target:negative")
    assert all(text[s:e] and label.startswith(("target:", "toward:")) for s, e, label, _ in spans)
    frame = result.to_frame()
    assert list(frame["text"]) == [c.text for c in result.cues] and "weight" in frame.columns
    assert framing.display.highlight(text, result).html.count("Ilvo") >= 1


def test_only_the_target_sentence_counts_and_offsets_follow_the_document():
    sentence = "Protesters accused Mayor Ilvo of corruption and demanded his resignation."
    article = ("The harbour festival opened with music and fireworks that delighted thousands.\n"
               "It was a wonderful, joyful evening. " + sentence + "\nThe festival ends on Sunday.")
    alone = toward(sentence, "Mayor Ilvo")
    inside = toward(article, "Mayor Ilvo")
    assert inside.label == alone.label
    assert inside.probabilities == pytest.approx(alone.probabilities)
    assert inside.context.text == sentence and inside.sentence == 2
    assert all(article[c.start:c.end] == c.text for c in inside.cues)


def test_a_document_and_a_string_give_the_same_result():
    text = "Senator Varn praised Governor Osk's rescue plan."
    doc = framing.read(text)
    assert toward(text, "Governor Osk") == sentiment_toward(doc, 21, 33)


def test_the_target_name_itself_is_masked():
    a = toward("Protesters accused Mayor Ilvo of corruption.", "Mayor Ilvo")
    b = toward("Protesters accused Mayor Brannoch of corruption.", "Mayor Brannoch")
    assert a.probabilities == pytest.approx(b.probabilities)


def test_rule_method_is_target_aware_vader():
    text = "Protesters accused Mayor Ilvo of corruption and demanded his resignation."
    result = toward(text, "Mayor Ilvo", method="rules")
    assert result.method == "rules" and result.label == "negative"
    assert all(math.isnan(p) for p in result.probabilities.values())
    negative = {c.text for c in result.cues if c.weight < 0}
    assert "accused" in negative  # ("corruption" is not in VADER's lexicon: the rules cannot see it)
    assert all(c.features and c.features[0].startswith("valence") for c in result.cues)  # VADER words only
    assert toward("Ambassador Rusk met the delegation in Norvik.", "Ambassador Rusk", method="rules").label == "neutral"


@pytest.mark.parametrize(
    "start, end, error",
    [
        (5, 5, ValueError),
        (10, 4, ValueError),
        (-1, 4, ValueError),
        (0, 999, ValueError),
        (7, 8, ValueError),  # a single space: no text
        (0.0, 4, TypeError),
        (0, "4", TypeError),
        (None, 4, TypeError),
        (True, 4, TypeError),
    ],
)
def test_bad_spans_are_refused_clearly(start, end, error):
    with pytest.raises(error, match="sentiment_toward"):
        sentiment_toward("Senator Varn praised Governor Osk.", start, end)


def test_bad_options_and_documents_are_refused():
    with pytest.raises(ValueError, match="method"):
        sentiment_toward("Senator Varn spoke.", 0, 12, method="bert")
    with pytest.raises(ValueError, match="window"):
        sentiment_toward("Senator Varn spoke.", 0, 12, window=-2)
    with pytest.raises(TypeError):
        sentiment_toward(None, 0, 1)


def test_shipped_model_is_plain_data_with_provenance_and_checksum():
    path = resources.files("framing.models") / "target_sentiment.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert path.stat().st_size if hasattr(path, "stat") else True
    assert len(path.read_bytes()) < 5_000_000
    prov = raw["provenance"]
    for key in ("training_data", "citation", "data_licence", "training_script", "date", "sklearn_version",
                "cv_macro_f1", "sha256"):
        assert prov.get(key), key
    assert "Hamborg" in prov["citation"] and "MIT" in prov["data_licence"]
    assert prov["training_script"] == "benchmarks/train_target_sentiment.py"
    assert prov["sha256"] == model_sha256(raw["model"]), "model changed: retrain with the script"
    model = raw["model"]
    assert sorted(model["classes"]) == sorted(LABELS)
    assert all(len(w) == 3 for w in model["weights"].values())
    assert 0.0 < prov["cv_macro_f1"] <= 1.0
    info = model_info()
    assert info["n_features"] == len(model["weights"]) and info["provenance"]["sha256"] == prov["sha256"]


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=200), st.data())
def test_never_crashes_on_any_text(text, data):
    if not text.strip():
        return
    candidates = [i for i, ch in enumerate(text) if not ch.isspace()]
    start = data.draw(st.sampled_from(candidates))
    end = data.draw(st.integers(min_value=start + 1, max_value=len(text)))
    result = sentiment_toward(text, start, end)
    assert result.label in LABELS and -1.0 <= result.score <= 1.0
    assert all(text[c.start:c.end] == c.text for c in result.cues)


def test_the_json_alone_reproduces_the_probabilities():
    # Transparency: intercept + sum(value * weight) over the features that fired, then a softmax, is the whole model.
    from framing.target import target_features

    raw = json.loads((resources.files("framing.models") / "target_sentiment.json").read_text(encoding="utf-8"))
    model = raw["model"]
    text = "Critics said Minister Dalsen had lied to parliament, but Senator Varn defended her honesty."
    doc = framing.read(text)
    for mention in ("Minister Dalsen", "Senator Varn"):
        start = text.index(mention)
        scores = list(model["intercept"])
        for name, value, _ in target_features(doc, start, start + len(mention), window=model["settings"]["window"]):
            for c, w in enumerate(model["weights"].get(name, (0.0, 0.0, 0.0))):
                scores[c] += value * w
        top = max(scores)
        z = [math.exp(s - top) for s in scores]
        expected = {label: z[c] / sum(z) for c, label in enumerate(model["classes"])}
        result = sentiment_toward(doc, start, start + len(mention))
        assert result.probabilities == pytest.approx(expected)
    assert model["settings"]["decision_bias"]["neutral"] == 0.0  # the bias is folded into the intercepts


def test_evidence_is_what_a_reader_accepts():
    # no names, no function words or reporting verbs as cues; a cue's category agrees with its weight's sign
    text = ("Kessa said in a statement that Velmar had brutally attacked the peaceful village, "
            "and officials in Ostria condemned the massacre.")
    result = toward(text, "Velmar")
    assert result.cues
    words = {c.text.lower() for c in result.cues}
    assert not words & {"kessa", "ostria", "in", "said", "a", "that", "the", "and", "had"}
    for cue in result.cues:
        assert (cue.weight > 0) == (cue.category == result.label)


@pytest.mark.timeout(120)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(
    ["Mayor", "Ilvo", "Osk", "praised", "attacked", "not", "never", "the", "brutal", "plan", "said", ",", ".",
     "\u201c", "\u201d", "and", "but", "was", "criticised", "by", "'s", "good", "terrible", "\n"]),
    min_size=1, max_size=40))
def test_batched_scores_equal_the_single_scores_on_any_text(tokens):
    from framing.target import scores_toward

    text = " ".join(tokens)
    doc = framing.read(text)
    spans = [(int(s), int(e)) for s, e in zip(doc.word_starts, doc.word_ends)][:12]
    if not spans:
        return
    assert scores_toward(doc, spans) == pytest.approx([sentiment_toward(doc, s, e).score for s, e in spans], abs=1e-9)


def test_batched_scores_equal_the_single_scores_in_a_run_on_sentence(monkeypatch):
    # a text without punctuation: contexts are cut to MAX_CONTEXT words on each side, differently per target
    from framing.target import batch, scores_toward

    words = ("Mayor Ilvo praised the brutal plan and Osk never attacked the good council but critics "
             "said nothing ").split()
    text = " ".join(words[i % len(words)] for i in range(420))
    doc = framing.read(text)
    assert doc.n_sentences == 1 and doc.n_words == 420
    ws, we = doc.word_starts.tolist(), doc.word_ends.tolist()
    picks = [0, 1, 5, 119, 120, 121, 200, 299, 300, 301, 418, 419]
    spans = [(ws[i], we[i]) for i in picks] + [(ws[3], we[8]), (ws[150], we[152])]
    expected = [sentiment_toward(doc, s, e).score for s, e in spans]
    assert scores_toward(doc, spans) == pytest.approx(expected, abs=1e-12)
    monkeypatch.setattr(batch, "_BLOCK", 3)  # targets scored in blocks: the same scores
    assert scores_toward(doc, spans) == pytest.approx(expected, abs=1e-12)


@pytest.mark.timeout(120)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(
    ["Ilvo", "Osk", "praised", "not", "isn't", "no", "the", "brutal", "good", "plan", "said", "who", "but", "and",
     ",", ";", ":", "(", ")", "[", "]", '"', "\u2014", "\u2013", "-", "--", " - ", ".", "!", "\n", "'s", "by",
     "was", "attacked", "3", "very"]), min_size=1, max_size=60),
    st.lists(st.sampled_from(["", " ", "  ", "\n"]), min_size=60, max_size=60))
def test_batched_scores_equal_the_single_scores_with_any_punctuation(tokens, gaps):
    # clause boundaries (punctuation between words), negators, several sentences and paragraphs
    from framing.target import scores_toward

    text = "".join(t + g for t, g in zip(tokens, gaps)) + " end"
    doc = framing.read(text)
    spans = [(int(s), int(e)) for s, e in zip(doc.word_starts, doc.word_ends)][:15]
    spans += [(int(doc.word_starts[0]), int(doc.word_ends[min(2, doc.n_words - 1)]))]
    assert scores_toward(doc, spans) == pytest.approx([sentiment_toward(doc, s, e).score for s, e in spans],
                                                      abs=1e-12)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["Ilvo", "al-Aqsa", "x", ",", ";", ":", "(", ")", "[", "]", '"', "\u2014", "\u2013", "-", "--", "---", "'",
     "."]), min_size=1, max_size=30),
    st.lists(st.sampled_from(["", " ", "  ", "\n", "\t", " -", "- "]), min_size=30, max_size=30))
def test_the_two_boundary_scans_mark_the_gaps_the_boundary_pattern_marks(tokens, gaps):
    # scores_toward finds clause boundaries with two simple scans; sentiment_toward tests each gap with
    # _BOUNDARY_CHARS: the same gaps must be marked
    from framing.target.batch import _boundary_ends
    from framing.target.features import _BOUNDARY_CHARS

    text = "".join(t + g for t, g in zip(tokens, gaps))
    doc = framing.read(text)
    if doc.n_words < 2:
        return
    ws, we = doc.word_starts.tolist(), doc.word_ends.tolist()
    expected = {j for j in range(1, len(ws)) if _BOUNDARY_CHARS.search(doc.folded[we[j - 1]:ws[j]])}
    found = {int(np.searchsorted(doc.word_starts, e, side="left")) for e in _boundary_ends(doc.folded, ws[0], we[-1])}
    assert found == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["Ilvo", "al-Aqsa", "x", "but", "who", "Osk", "said", "plan", "y", ",", ";", "(", ")", '"', "\u2014", "-",
     "--", "'", "."]), min_size=2, max_size=40),
    st.lists(st.sampled_from([" ", " ", " ", "", "  ", "\n", " -", "- "]), min_size=40, max_size=40),
    st.lists(st.tuples(st.integers(0, 39), st.integers(1, 6)), min_size=1, max_size=6))
def test_the_clauses_of_the_covered_words_follow_the_gaps_between_them(tokens, gaps, ranges):
    # batch._Words scans only the runs of covered words for clause boundaries: between two consecutive covered
    # words, a new clause starts where the boundary pattern matches the gap or a clause word follows
    from framing.target.batch import _Words
    from framing.target.features import _BOUNDARY_CHARS, _CLAUSE_WORDS

    doc = framing.read("".join(t + g for t, g in zip(tokens, gaps)))
    n = doc.n_words
    if n < 2:
        return
    lo = np.array([a % n for a, _ in ranges], dtype=np.int64)
    hi = np.array([min(a % n + b, n) for a, b in ranges], dtype=np.int64)
    words = _Words(doc, lo, hi)
    index = words.index.tolist()
    assert index == sorted({i for a, b in zip(lo.tolist(), hi.tolist()) for i in range(a, b)})
    ws, we, folded = doc.word_starts.tolist(), doc.word_ends.tolist(), doc.folded
    for j in range(1, len(index)):
        if index[j] != index[j - 1] + 1:
            continue
        gap = folded[we[index[j - 1]]:ws[index[j]]]
        new_clause = bool(_BOUNDARY_CHARS.search(gap)) or words.words[j] in _CLAUSE_WORDS
        assert (words.clause[j] != words.clause[j - 1]) == new_clause, (gap, words.words[j])
