"""compare(), summarise() and distinctive_terms() on constructed profile tables and texts."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr


def table(n=40, seed=1):
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({
        "hedging.per_100_words": rng.normal(1.0, 0.3, n),
        "quotes.density": rng.uniform(0, 0.3, n),
        "sentiment.compound": rng.normal(-0.2, 0.2, n),
        "outlet_type": np.where(np.arange(n) % 2, "wire", "state_media"),
        "language": "en",
    }, index=pd.Index([f"d{i}" for i in range(n)], name="doc_id"))
    return frame


def test_one_row_per_measure_with_the_right_statistics():
    corpus = table()
    focal = pd.Series({"hedging.per_100_words": 5.0, "quotes.density": 0.1, "sentiment.compound": -0.2})
    c = fr.compare(focal, corpus, n_boot=200)
    assert list(c["measure"]) == ["hedging.per_100_words", "quotes.density", "sentiment.compound"]
    row = c.set_index("measure").loc["hedging.per_100_words"]
    values = corpus["hedging.per_100_words"]
    assert row["n"] == 40 and row["n_missing"] == 0
    assert row["median"] == pytest.approx(values.median())
    assert row["iqr"] == pytest.approx(values.quantile(0.75) - values.quantile(0.25))
    assert row["percentile"] == 100.0  # above every article
    mad = (values - values.median()).abs().median() * 1.4826
    assert row["robust_z"] == pytest.approx((5.0 - values.median()) / mad)
    assert row["ci_low"] <= row["median"] <= row["ci_high"]
    assert row["ci_high"] - row["ci_low"] < values.max() - values.min()


def test_percentile_is_mid_rank_and_reproducible():
    corpus = pd.DataFrame({"m.x": [1.0, 2.0, 3.0, 4.0]})
    c = fr.compare(pd.Series({"m.x": 2.0}), corpus, n_boot=100)
    assert c["percentile"].iloc[0] == pytest.approx((1 + 0.5) / 4 * 100)
    again = fr.compare(pd.Series({"m.x": 2.0}), corpus, n_boot=100)
    pd.testing.assert_frame_equal(c, again)
    other_seed = fr.compare(pd.Series({"m.x": 2.0}), corpus, n_boot=100, seed=5)
    assert other_seed["percentile"].iloc[0] == c["percentile"].iloc[0]


def test_focal_article_is_left_out_of_the_corpus():
    corpus = table()
    focal = corpus.loc["d3"].drop(["outlet_type", "language"])
    c = fr.compare(focal, corpus, n_boot=50)
    assert (c["n"] == 39).all() and c.attrs["left_out"] == ["d3"]
    c = fr.compare(focal.rename("elsewhere"), corpus, n_boot=50, exclude=["d1", "d2"])
    assert (c["n"] == 38).all()


def test_identical_text_is_left_out():
    corpus = table(6).assign(text=[f"Article number {i}." for i in range(6)])
    focal = corpus.iloc[2].drop(["outlet_type", "language"]).rename(None)
    c = fr.compare(focal, corpus, n_boot=10)
    assert (c["n"] == 5).all() and c.attrs["left_out"] == ["d2"]


def test_missing_values_are_counted_not_used():
    corpus = table(10)
    corpus.loc[["d0", "d1", "d2"], "quotes.density"] = np.nan
    c = fr.compare(pd.Series({"quotes.density": 0.05}), corpus, n_boot=50).set_index("measure")
    assert c.loc["quotes.density", "n"] == 7 and c.loc["quotes.density", "n_missing"] == 3
    assert c.loc["quotes.density", "median"] == pytest.approx(corpus["quotes.density"].dropna().median())


def test_by_group_gives_rows_per_group():
    corpus = table()
    focal = pd.Series({"hedging.per_100_words": 1.0, "quotes.density": 0.1, "sentiment.compound": 0.0})
    c = fr.compare(focal, corpus, by="outlet_type", n_boot=50)
    assert set(c["outlet_type"]) == {"wire", "state_media"} and len(c) == 6
    assert (c["n"] == 20).all()
    wire = corpus[corpus.outlet_type == "wire"]["sentiment.compound"]
    row = c[(c.outlet_type == "wire") & (c.measure == "sentiment.compound")].iloc[0]
    assert row["median"] == pytest.approx(wire.median())
    two = fr.compare(focal, corpus, by=["outlet_type", "language"], n_boot=10)
    assert list(two.columns[:2]) == ["outlet_type", "language"]
    with pytest.raises(ValueError, match="by= names columns"):
        fr.compare(focal, corpus, by="country")


def test_zero_mad_gives_nan_z_not_infinity():
    corpus = pd.DataFrame({"quotes.speakers": [2, 2, 2, 2, 3]})
    c = fr.compare(pd.Series({"quotes.speakers": 5}), corpus, n_boot=20)
    assert np.isnan(c["robust_z"].iloc[0]) and c["percentile"].iloc[0] == 100


def test_summarise_states_computed_findings():
    corpus = table()
    focal = pd.Series({"hedging.per_100_words": 5.0, "quotes.density": np.nan, "sentiment.compound": -0.2})
    c = fr.compare(focal, corpus, n_boot=50)
    lines = fr.summarise(c, top=2)
    assert lines[0].startswith("On hedging.per_100_words \u2014 hedge cues per 100 words \u2014 the article (5.00) "
                               "sits at the 100th percentile of 40")
    assert len(lines) == 2 and not any("quotes.density" in s for s in lines)  # no value: not ranked
    assert lines._repr_markdown_().startswith("- On hedging")
    by = fr.summarise(fr.compare(focal, corpus, by="outlet_type", n_boot=20), top=1)
    assert len(by) == 2 and any("20 wire articles" in s for s in by)
    small = fr.compare(focal, corpus.head(3), n_boot=10)
    assert fr.summarise(small) == ["2 measures are not ranked: fewer than 5 articles have a value (at most 3)."]
    with pytest.raises(TypeError):
        fr.summarise(pd.DataFrame({"x": [1]}))


def test_wrong_input_gets_clear_errors():
    with pytest.raises(TypeError, match="corpus must be"):
        fr.compare(pd.Series({"a.b": 1.0}), [1, 2, 3])
    with pytest.raises(TypeError, match="focal must be"):
        fr.compare(42, table())
    with pytest.raises(ValueError, match="share no numeric measure"):
        fr.compare(pd.Series({"other.x": 1.0}), table())


def test_text_focal_against_a_corpus_frame_is_profiled():
    pytest.importorskip("framing.profile")
    texts = ["Officials said the strike could come soon.", "The minister clearly stated the plan.",
             "Rescue teams reached the village on Tuesday.", "Analysts suggest the talks may fail."]
    corpus = pd.DataFrame({"text": texts, "outlet_type": ["wire", "wire", "daily", "daily"]},
                          index=pd.Index(list("abcd"), name="doc_id"))
    c = fr.compare(texts[0], corpus, n_boot=20)
    assert c.attrs["left_out"] == ["a"] and (c["n"] + c["n_missing"] == 3).all()
    assert "hedging.per_100_words" in set(c["measure"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.floats(-1e6, 1e6), st.just(float("nan"))), min_size=0, max_size=30),
       st.floats(-1e6, 1e6))
def test_any_numbers_give_sane_rows(values, focal):
    c = fr.compare(pd.Series({"m.x": focal}), pd.DataFrame({"m.x": values}, dtype=float), n_boot=20)
    row = c.iloc[0]
    assert row["n"] + row["n_missing"] == len(values)
    if row["n"]:
        assert 0 <= row["percentile"] <= 100
    else:
        assert np.isnan(row["percentile"])


# distinctive terms ------------------------------------------------------------------------------------------

STATE = ["The heroic Guard Corps delivered a crushing answer to the cowardly regime.",
         "The martyr will be avenged, the heroic Guard Corps declared.",
         "The cowardly regime will pay for the crime, the Guard Corps said."]
WIRE = ["The Guard Corps fired missiles at sites in Estmark, officials said.",
        "At least 14 people were killed near Lunmoor, officials said.",
        "Estmark neither confirmed nor denied a role, officials said on Friday."]


def test_distinctive_terms_rank_each_sides_words():
    terms = fr.distinctive_terms(STATE, WIRE, min_count=2)
    top = terms.head(5)["term"].tolist()
    assert "heroic" in top and "cowardly" in top
    bottom = terms.tail(3)["term"].tolist()
    assert "officials" in bottom or "officials said" in bottom
    row = terms.set_index("term").loc["heroic"]
    assert row["n_focal"] == 2 and row["n_reference"] == 0 and row["z"] > 0
    shared = terms.set_index("term").loc["guard corps"]  # bigram used by both sides
    assert abs(shared["z"]) < abs(row["z"])
    assert terms["z"].is_monotonic_decreasing


def test_distinctive_terms_prior_shrinks_rare_terms():
    weak = fr.distinctive_terms(STATE, WIRE, min_count=1, prior=1.0).set_index("term")
    strong = fr.distinctive_terms(STATE, WIRE, min_count=1, prior=1000.0).set_index("term")
    assert abs(strong.loc["martyr", "log_odds"]) < abs(weak.loc["martyr", "log_odds"])


def test_distinctive_terms_accepts_a_text_and_corpus_frames():
    corpus = pd.DataFrame({"text": STATE + WIRE, "outlet_type": ["state_media"] * 3 + ["wire"] * 3})
    groups = fr.distinctive_terms(corpus[corpus.outlet_type == "state_media"],
                                  corpus[corpus.outlet_type == "wire"], ngram_range=(1, 1))
    assert not groups["term"].str.contains(" ").any()
    one = fr.distinctive_terms(STATE[0], WIRE, min_count=1)
    assert one.iloc[0]["n_focal"] >= 1


def test_distinctive_terms_bad_and_empty_input():
    assert fr.distinctive_terms([], WIRE).empty
    assert fr.distinctive_terms(["", None, float("nan")], WIRE).empty
    assert list(fr.distinctive_terms(["...", "!!"], ["?"]).columns)[:2] == ["term", "n_focal"]
    with pytest.raises(TypeError):
        fr.distinctive_terms([1, 2], WIRE)
    with pytest.raises(TypeError):
        fr.distinctive_terms(5, WIRE)
    with pytest.raises(ValueError):
        fr.distinctive_terms(STATE, WIRE, prior=0)
    with pytest.raises(ValueError):
        fr.distinctive_terms(STATE, WIRE, min_count=0)


def test_actors_across_a_corpus():
    from framing.compare import actors_across

    texts = ["Valdoria fired missiles at Estmark. The Halvask regime blamed Estmark for the killing of Kovan.",
             "Estmark said its defences intercepted the missiles.", None]
    corpus = pd.DataFrame({"text": texts, "outlet_type": ["partisan", "wire", "wire"]},
                          index=pd.Index(["a", "b", "c"], name="doc_id"))
    cast = {"Valdoria": {"aliases": ["Valdoria"], "labels": [{"label": "the Halvask regime",
                                                               "category": "delegitimising"}]},
            "Estmark": ["Estmark"], "Kovan": ["Kovan"]}
    table, labels = actors_across(corpus, cast=cast)
    assert table.attrs["skipped"] == 1 and set(table["doc_id"]) == {"a", "b"}
    assert (table["mentions"] > 0).all() and "outlet_type" in table
    assert table.set_index(["doc_id", "actor"]).loc[("a", "Estmark"), "mentions"] == 2
    assert labels[["doc_id", "actor", "label", "outlet_type"]].values.tolist() == \
        [["a", "Valdoria", "the Halvask regime", "partisan"]]
    with pytest.raises(TypeError):
        actors_across(pd.DataFrame({"body": ["x"]}), cast=cast)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=4), st.lists(st.text(max_size=80), max_size=4))
def test_distinctive_terms_any_text(focal, reference):
    terms = fr.distinctive_terms(focal, reference, min_count=1)
    assert list(terms.columns) == ["term", "n_focal", "n_reference", "per_1000_focal", "per_1000_reference",
                                   "log_odds", "se", "z"]
    assert np.isfinite(terms["z"].astype(float)).all()
