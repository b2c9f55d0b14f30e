"""Plot helpers: each returns its Axes with a title, labelled axes and alt text, and handles empty data."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from test_reuse import WIRE, corpus  # noqa: E402

import framing as fr  # noqa: E402
from framing import plots  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def alt(ax) -> str:
    return " ".join(ax.figure._framing_alt)


def profile_table(n=12):
    rng = np.random.default_rng(0)
    return pd.DataFrame({
        "hedging.per_100_words": rng.normal(1, 0.3, n), "quotes.density": rng.uniform(0, 0.3, n),
        "outlet_type": np.where(np.arange(n) % 3, "wire", "state_media"),
    }, index=[f"d{i}" for i in range(n)])


def test_focal_strip_marks_the_focal_article():
    table = profile_table()
    focal = pd.Series({"hedging.per_100_words": 3.0, "quotes.density": np.nan})
    ax = plots.focal_strip(table, focal=focal)
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel() == "measure"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["hedging.per_100_words", "quotes.density"]
    texts = [t.get_text() for t in ax.texts]
    assert "3" in texts and "no value" in texts
    assert "diamond marks this article on 1 of them" in alt(ax)


def test_measure_by_group_counts_articles_per_group():
    table = profile_table()
    ax = plots.measure_by_group(table, measure="quotes.density", focal=pd.Series({"quotes.density": 0.2}))
    labels = sorted(t.get_text() for t in ax.get_yticklabels())
    assert labels == ["state_media (4)", "wire (8)"]
    assert "vertical line marks this article at 0.2" in alt(ax)
    with pytest.raises(ValueError, match="no column"):
        plots.measure_by_group(table, measure="nope")


def test_distinctive_terms_plot():
    terms = fr.distinctive_terms(["The heroic martyr was avenged by the heroic guards."] * 2,
                                 ["Officials said the guards fired, officials said."] * 2, min_count=1)
    ax = plots.distinctive_terms(terms, top=3)
    assert len(ax.patches) >= 4 and "heroic" in alt(ax)
    with pytest.raises(TypeError):
        plots.distinctive_terms(pd.DataFrame({"x": [1]}))


def test_reuse_map_and_network():
    frame = corpus(copy={"text": "Via Northwind\n" + WIRE, "outlet": "Aggregator"})
    r = fr.reuse("Flood news\n" + WIRE, corpus=frame)
    ax = plots.reuse_map(r)
    assert ax.get_ylabel() == "paragraph of the article"
    assert [t.get_text() for t in ax.get_yticklabels()][:2] == ["1", "2"]
    assert "6 paragraphs have at least 50%" in alt(ax)
    clusters = fr.reuse_clusters(frame)
    ax = plots.reuse_network(clusters)
    assert "1 group of near-duplicate articles (2 articles)" in alt(ax)
    assert len(ax.lines) == 1  # the wire and its copy, linked
    with pytest.raises(TypeError):
        plots.reuse_map(pd.DataFrame())


def test_empty_inputs_draw_a_message_not_a_crash():
    r = fr.reuse("Nothing shared here at all.", corpus=corpus())
    assert "no paragraph is found" in alt(plots.reuse_map(r))
    lonely = fr.reuse_clusters(corpus())
    assert "no two articles" in alt(plots.reuse_network(lonely))
    labels = pd.DataFrame(columns=["actor", "label", "category", "count", "outlet_type"])
    assert "no evaluative label" in alt(plots.labels_by_group(labels))


def test_labels_by_group_and_actor_plots():
    labels = pd.DataFrame({"actor": ["Kovan", "Kovan", "Valdoria"], "label": ["martyr", "terror chief", "regime"],
                           "category": ["glorifying", "delegitimising", "delegitimising"], "count": [3, 2, 1],
                           "outlet_type": ["state_media", "partisan", "partisan"]})
    ax = plots.labels_by_group(labels)
    assert ax.get_xlabel() == "outlet type" and "6 in all" in alt(ax)
    result = fr.actors("Kovan was killed in Norvik. Valdoria blamed Estmark.",
                       cast={"Kovan": ["Kovan"], "Valdoria": ["Valdoria"], "Estmark": ["Estmark"]})
    ax = plots.role_shares(result)
    assert ax.get_title() and "Horizontal bars for" in alt(ax)


def test_alt_text_falls_back_to_titles():
    fig, ax = plt.subplots()
    ax.set_title("Hand-built")
    assert plots._alt_text(fig) == "Figure: Hand-built"
    plots.describe(ax, "A described figure.")
    assert plots._alt_text(fig) == "A described figure."
