"""Text reuse on constructed, fictional cases: copy, rewrite, insertion, invented quote, translation, boilerplate."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing as fr

WIRE = (
    "Tessaly floods displace thousands as the Amber River bursts its banks\n"
    "BRAVENNE, Tessaly (Northwind Wire) \u2014 Floodwater from the Amber River swept through three villages "
    "south of Bravenne on Tuesday, forcing more than 4,000 people from their homes, regional officials said.\n"
    "The river rose nearly two metres overnight after a week of heavy rain in the Corvel hills, according to "
    "the Tessaly water authority.\n"
    "\u201cWe have never seen the water climb this fast,\u201d said Ilse Maren, the mayor of Dunhollow, "
    "one of the villages that was cut off by the flood.\n"
    "Rescue teams used boats to reach families trapped on rooftops, and two elderly residents were "
    "taken to hospital in Bravenne with hypothermia.\n"
    "The regional government has opened four emergency shelters in school buildings and asked residents "
    "to stay away from the embankments until the water recedes."
)

OTHER = (
    "Harvest festival returns to Corvel after two quiet years\n"
    "The Corvel harvest festival opened on Saturday with a parade of decorated carts through the old market "
    "square, drawing visitors from across the region.\n"
    "Organisers said the festival would run for five days and feature music, a cheese fair and a rowing race "
    "on the lake."
)

FOOTER = "Follow the Lakeside Post for live updates and analysis from across the region every day."


def lakeside(body: str) -> str:
    return body + "\n" + FOOTER


def corpus(**extra) -> pd.DataFrame:
    rows = {
        "wire": {"text": WIRE, "outlet": "Northwind Wire", "published": "2030-03-04"},
        "fest": {"text": OTHER, "outlet": "Corvel Courier", "published": "2030-03-01"},
        "lp1": {"text": lakeside("Council approves the new bridge over the Amber River after a long debate "
                                 "about its cost and the route through the old town."),
                "outlet": "Lakeside Post", "published": "2030-02-01"},
        "lp2": {"text": lakeside("School inspectors praise the reading programme at the Dunhollow primary school "
                                 "in a report published on Monday."),
                "outlet": "Lakeside Post", "published": "2030-02-02"},
        "lp3": {"text": lakeside("A new bakery opens on the harbour front, the third this year, as the town "
                                 "centre recovers from the closure of the ferry terminal."),
                "outlet": "Lakeside Post", "published": "2030-02-03"},
    }
    rows.update(extra)
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis("doc_id")


@pytest.fixture(scope="module")
def index():
    return fr.ReuseIndex(corpus())


def test_verbatim_copy_is_reused_from_its_source(index):
    r = fr.reuse(WIRE, index=index, exclude=["wire"])  # the wire itself is excluded: nothing left to match
    assert not r.sentences["reused"].any()
    copy = "Republished by the Evening Gazette\n" + WIRE
    r = fr.reuse(copy, index=index)
    body = r.sentences[r.sentences["paragraph"] > 0]
    assert body["reused"].all() and (body["source"] == "wire").all()
    assert (body["score"] == 1.0).all()
    assert r.by_source.index[0] == "wire" and r.by_source["share"].iloc[0] > 0.9
    assert not r.sentences.loc[r.sentences["paragraph"] == 0, "reused"].any()  # the added line
    for row in r.sentences.itertuples():
        assert copy[row.start:row.end] == row.text


def test_light_rewrite_and_repunctuation_still_match(index):
    rewrite = (
        "Floodwaters from the Amber river swept through three villages south of Bravenne on Tuesday - "
        "forcing more than 4,000 people out of their homes, officials in the region said.\n"
        "The river rose almost two metres overnight after a week of HEAVY rain in the Corvel hills, "
        "according to the Tessaly water authority!\n"
        "Rescue teams used small boats to reach families trapped on rooftops; two elderly residents were "
        "taken to a hospital in Bravenne with hypothermia."
    )
    r = fr.reuse(rewrite, index=index)
    assert r.sentences["reused"].all(), r.sentences[["text", "score"]]
    assert (r.sentences["source"] == "wire").all()
    assert (r.sentences["score"] < 1).any()  # reworded, not verbatim


def test_inserted_paragraph_is_unique_and_the_rest_reused(index):
    paragraphs = WIRE.split("\n")
    inserted = ("Witnesses described a wall of brown water carrying cars and sheds down the main street, "
                "while church bells rang to warn those still asleep.")
    text = "\n".join(paragraphs[:3] + [inserted] + paragraphs[3:])
    r = fr.reuse(text, index=index)
    s = r.sentences
    new = s[s["paragraph"] == 3]
    assert len(new) == 1 and not new["reused"].any() and new["score"].iloc[0] < 0.2
    assert s.loc[s["paragraph"].isin([1, 2, 4, 5, 6]), "reused"].all()
    assert "1 sentence, in paragraph 4, is found in no other article" in " ".join(r.summarise())
    parts = r.parts()
    assert "wall of brown water" in parts["unique"] and "wall of brown water" not in parts["reused"]


def test_invented_quote_is_unique_and_copied_quote_is_found(index):
    text = (WIRE.split("\n")[3] + "\n"
            "\u201cThe government abandoned us to the river and to God,\u201d said one farmer who would not "
            "give his name.")
    r = fr.reuse(text, index=index)
    q = r.quotes.set_index("text")
    assert q.loc["We have never seen the water climb this fast,", "found"]
    assert q.loc["We have never seen the water climb this fast,", "source"] == "wire"
    unique = r.unique_quotes["text"].tolist()
    assert unique == ["The government abandoned us to the river and to God,"]


def test_quote_matches_on_its_words_not_the_wording_around_it(index):
    text = ("Speaking to reporters late on Tuesday night, the visibly shaken mayor Ilse Maren put it simply: "
            "\u201cWe have never seen the water climb this fast.\u201d")
    r = fr.reuse(text, index=index)
    assert not r.sentences["reused"].any()  # the sentence is new
    assert r.quotes["found"].all() and r.unique_quotes.empty  # the quote is not


def test_translation_does_not_match(index):
    german = (
        "Hochwasser des Amber-Flusses hat am Dienstag drei D\u00f6rfer s\u00fcdlich von Bravenne "
        "\u00fcberschwemmt und mehr als 4.000 Menschen aus ihren H\u00e4usern vertrieben, sagten regionale "
        "Beamte.\n"
        "Der Fluss stieg \u00fcber Nacht um fast zwei Meter nach einer Woche mit starkem Regen in den "
        "Corvel-H\u00fcgeln, so die Wasserbeh\u00f6rde von Tessaly."
    )
    with pytest.warns(fr.LanguageWarning):
        r = fr.reuse(german, index=index)
    assert not r.sentences["reused"].any()
    assert r.sentences["score"].max() < 0.2


def test_outlet_boilerplate_line_is_not_reuse(index):
    assert "Lakeside Post" in index.boilerplate
    focal = lakeside("Volunteers from the rowing club helped to fill sandbags along the lake shore on "
                     "Wednesday as the water kept rising.")
    r = fr.reuse(focal, index=index)
    s = r.sentences
    assert not s["reused"].any()
    footer = s[s["text"] == FOOTER]
    assert len(footer) == 1 and bool(footer["boilerplate"].iloc[0]) and footer["score"].iloc[0] == 0
    assert not any(src.startswith("lp") for src in r.by_source.index)
    assert FOOTER not in r.parts()["unique"]


def test_a_line_shared_by_two_outlets_is_still_reuse():
    # Boilerplate is per outlet: the same line in another outlet's article is ordinary reuse.
    frame = corpus(other={"text": "Breaking news from the valley\n" + FOOTER, "outlet": "Valley Times",
                          "published": "2030-03-05"})
    r = fr.reuse("A short note on the weather.\n" + FOOTER, corpus=frame)
    assert r.sentences["reused"].iloc[-1] and r.sentences["source"].iloc[-1] == "other"


def test_focal_article_is_left_out_by_id_and_by_identical_text():
    frame = corpus()
    r = fr.reuse(frame.loc["wire"], corpus=frame)  # a corpus row: its doc_id
    assert "wire" not in r.by_source.index and r.n_compared == len(frame) - 1
    r = fr.reuse("  " + WIRE.upper() + "  ", corpus=frame)  # the same text, other case and spacing
    assert "wire" not in r.by_source.index


def test_ties_go_to_the_earliest_published():
    frame = corpus(late={"text": WIRE.replace("(Northwind Wire)", "(Copy Desk)"), "outlet": "Copy Desk",
                         "published": "2030-03-09"},
                   early={"text": "Earlier version\n" + WIRE, "outlet": "First Post", "published": "2030-03-02"})
    r = fr.reuse("Quoted in full\n" + WIRE, corpus=frame)
    body = r.sentences[r.sentences["paragraph"] > 1]
    assert (body["source"] == "early").all()


def test_index_is_reusable_and_gives_the_same_result(index):
    a = fr.reuse("Flood news\n" + WIRE, index=index)
    b = fr.reuse("Flood news\n" + WIRE, index=index)
    pd.testing.assert_frame_equal(a.sentences, b.sentences)


def test_summary_and_paragraphs_are_computed():
    r = fr.reuse("Flood news\n" + WIRE, corpus=corpus())
    summary = r.summary()
    assert summary["reuse.reused_sentences"] == 6 and summary["reuse.sentences"] == 7
    para = r.paragraphs
    wire = para[para["source"] == "wire"]
    assert set(wire["paragraph"]) == {1, 2, 3, 4, 5, 6} and (wire["share"] == 1).all()
    assert (para.loc[para["source"] != "wire", "share"] < 0.5).all()
    assert "6 of the article's 7 sentences" in r.summarise()[0]


def test_profile_gives_a_row_for_each_part():
    pytest.importorskip("framing.profile")
    r = fr.reuse("Flood news\n" + WIRE + "\nThe dramatic, heinous disaster shocked the whole nation.",
                 corpus=corpus())
    table = r.profile()
    assert list(table.index) == ["reused", "unique"]
    assert table.loc["reused", "sentences"] == 6
    assert table.shape[1] > 5


def test_bad_input_gets_clear_answers(index):
    with pytest.raises(TypeError, match="focal"):
        fr.reuse(None, index=index)
    with pytest.raises(TypeError, match="corpus or an index"):
        fr.reuse("text")
    with pytest.raises(ValueError, match="threshold"):
        fr.reuse("text", index=index, threshold=0)
    with pytest.raises(ValueError, match="no 'text' column"):
        fr.ReuseIndex(pd.DataFrame({"body": ["x"]}))
    with pytest.raises(TypeError, match="must hold str"):
        fr.ReuseIndex(pd.DataFrame({"text": ["x", 3]}))
    r = fr.reuse("", index=index)
    assert r.sentences.empty and np.isnan(r.reused_share)
    # missing texts in the corpus are indexed as empty, not a crash
    r = fr.reuse(WIRE, corpus=pd.DataFrame({"text": [None, np.nan, WIRE]}, index=["a", "b", "c"]))
    assert "c" not in r.by_source.index  # identical text: the focal article itself
    empty = fr.reuse(WIRE, corpus=pd.DataFrame({"text": []}, dtype=object))
    assert not empty.sentences["reused"].any() and empty.n_compared == 0


@pytest.mark.timeout(60)
def test_pathological_repeats_are_linear():
    text = ("the flood the flood the flood. " * 20000)
    r = fr.reuse(text, corpus=pd.DataFrame({"text": [text[:5000]]}, index=["x"]))
    assert r.sentences["reused"].all()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_gives_spans_into_itself(index, text):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = fr.reuse(text, index=index)
    for row in r.sentences.itertuples():
        assert text[row.start:row.end] == row.text
        assert np.isnan(row.score) or 0 <= row.score <= 1


def test_clusters_group_copies_and_rewrites():
    rewrite = WIRE.replace("swept through", "tore through").replace("said.", "said on Tuesday.")
    frame = corpus(copy={"text": "Via Northwind\n" + WIRE, "outlet": "Aggregator"},
                   rewrite={"text": rewrite, "outlet": "Rewrite Daily"})
    clusters = fr.reuse_clusters(frame, threshold=0.5)
    group = clusters.loc[["wire", "copy", "rewrite"], "cluster"]
    assert group.nunique() == 1 and clusters.loc["wire", "cluster_size"] == 3
    assert clusters.loc["wire", "cluster"] == 0  # the largest group is numbered first
    others = clusters.drop(index=["wire", "copy", "rewrite"])
    assert (others["cluster_size"] == 1).all()
    pairs = clusters.attrs["pairs"]
    assert len(pairs) == 3 and (pairs["jaccard"] >= 0.5).all()
    with pytest.raises(ValueError, match="threshold"):
        fr.reuse_clusters(frame, threshold=1.5)


def test_profile_parts_by_paragraph_labels():
    text = "Flood news\n" + WIRE + "\nThe dramatic, heinous disaster shocked the whole nation."
    labels = ["added"] + ["wire"] * 6 + ["added"]
    table = fr.profile_parts(text, labels)
    assert list(table.index) == ["added", "wire"] and list(table["paragraphs"]) == [2, 6]
    assert table.loc["added", "sentiment.loaded"] > table.loc["wire", "sentiment.loaded"]
    assert table.loc["wire", "text.words"] == fr.read(WIRE).n_words
    with pytest.raises(ValueError, match="one label per paragraph"):
        fr.profile_parts(text, ["a", "b"])


def test_case_article_against_a_source_of_its_first_and_last_paragraphs(case_text):
    # A stand-in for the source report (not its text): the case article's paragraphs 1 and 9-13,
    # lightly reworded and re-punctuated, among unrelated articles.
    paragraphs = case_text.split("\n")
    borrowed = [0, 8, 9, 10, 11, 12]
    source = "\n".join(paragraphs[i].replace(",", "").replace(" the ", " a ", 1) for i in borrowed)
    frame = corpus(source={"text": "Headline of the source\n" + source, "outlet": "Source Times",
                           "published": "2024-07-31"})
    r = fr.reuse(case_text, corpus=frame)
    s = r.sentences
    reused = set(s.loc[s["reused"], "paragraph"])
    assert reused == set(borrowed), s[["paragraph", "score"]]
    assert (s.loc[s["reused"], "source"] == "source").all()
    assert not s.loc[s["paragraph"].between(1, 7), "reused"].any()
    # the quotes of the middle paragraphs appear in no other article
    doc = fr.read(case_text)
    assert len(r.unique_quotes) == len(r.quotes) == 4
    assert all(doc.paragraphs[1][0] <= q < doc.paragraphs[7][1] for q in r.unique_quotes["start"])


def test_minhash_estimates_are_close_to_the_true_jaccard():
    from framing.reuse.index import tokens

    def shingles(text):
        words = tokens(text)[0]
        return set(zip(*[words[i:] for i in range(5)]))

    half = "\n".join(WIRE.split("\n")[:4]) + "\nA new closing paragraph written by the rewriting outlet itself."
    frame = corpus(half={"text": half, "outlet": "Half Copy"})
    pairs = fr.reuse_pairs(frame, threshold=0.2, num_perm=256).set_index(["a", "b"])
    true = len(shingles(WIRE) & shingles(half)) / len(shingles(WIRE) | shingles(half))
    assert 0.3 < true < 0.8
    assert pairs.loc[("wire", "half"), "jaccard"] == pytest.approx(true, abs=0.1)
    unrelated = [p for p in pairs.index if "fest" in p]
    assert not unrelated  # independent articles are not linked
