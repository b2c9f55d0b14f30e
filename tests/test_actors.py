"""Tests of framing.actors: the cast, mention detection, role rules, labels, voice and the result."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.actors import LABEL_CATEGORIES, actors, as_cast, suggest
from framing.actors.verbs import guess_lemma, guess_verb
from framing.document import read
from framing.lexicons import load, sha256
from framing.records import Quote

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT / "corpora" / "case" / "article.txt"
CASE_CAST = ROOT / "corpora" / "case" / "cast.yml"
GOLD = ROOT / "benchmarks" / "gold" / "roles.jsonl"
GOLD_CAST = ROOT / "benchmarks" / "gold" / "roles_cast.yml"

# A small fictional cast used by most tests (every name invented).
CAST = {
    "version": 1,
    "actors": {
        "Corvania": {
            "aliases": ["Corvania"],
            "demonyms": ["Corvanian"],
            "metonyms": ["Velmar"],
            "labels": [{"label": "Velmar regime", "category": "delegitimising"}],
        },
        "Ostria": {
            "aliases": ["Ostria"],
            "demonyms": ["Ostrian"],
            "metonyms": ["Kessa"],
            "labels": [{"label": "aggressor state", "category": "delegitimising"}],
        },
        "Drava Front": {
            "aliases": ["Drava Front"],
            "labels": [
                {"label": "armed group", "category": "neutral_descriptor"},
                {"label": "freedom fighters", "category": "glorifying"},
            ],
        },
        "Emil Sarkov": {
            "aliases": ["Emil Sarkov", "Sarkov"],
            "labels": [
                {"label": "Front commander", "category": "neutral_descriptor"},
                {"label": "martyr", "category": "glorifying"},
            ],
        },
        "Ilse Marren": {"aliases": ["Ilse Marren", "Marren"], "titles": ["President"]},
        "Western League": {"aliases": ["Western League", "WL"]},
    },
}


def run(text, cast=CAST, **kw):
    kw.setdefault("sentiment", False)
    kw.setdefault("quotes", False)
    return actors(read(text), cast, **kw)


def roles(text, cast=CAST, **kw):
    """{mention text: (actor, role, verb)} for a sentence."""
    return {m.text: (m.actor, m.role, m.verb) for m in run(text, cast, **kw).mentions}


# --------------------------------------------------------------------------- the cast
def test_cast_from_plain_dict_and_yaml_and_frame(tmp_path):
    plain = as_cast({"Ostria": ["Ostria", "Ostrian government"], "Corvania": ["Corvania"]})
    assert plain.names == ("Ostria", "Corvania")
    assert as_cast(plain) is plain

    import yaml

    path = tmp_path / "cast.yml"
    path.write_text(yaml.safe_dump(CAST, sort_keys=False), encoding="utf-8")
    from_yaml = as_cast(path)
    assert from_yaml.names == tuple(CAST["actors"])
    assert from_yaml["Emil Sarkov"].labels == (
        ("Front commander", "neutral_descriptor"), ("martyr", "glorifying"))
    assert as_cast(str(path)).source == str(path)

    # round trip through the YAML structure and through a table
    assert as_cast(from_yaml.to_dict()).to_frame().equals(from_yaml.to_frame())
    frame = pd.DataFrame({"term": ["Ostria", "Kessa", "Corvania"], "actor": ["Ostria", "Ostria", ""],
                          "kind": ["name", "metonym", "name"]})
    from_frame = as_cast(frame)
    assert from_frame.names == ("Ostria",)  # the row with an empty actor is dropped
    assert from_frame["Ostria"].metonyms == ("Kessa",)


def test_cast_errors_are_clear():
    with pytest.raises(ValueError, match="category"):
        as_cast({"Ostria": {"labels": [{"label": "bad guys", "category": "rude"}]}})
    with pytest.raises(ValueError, match="both"):
        as_cast({"Ostria": ["the Republic"], "Corvania": ["the Republic"]})
    with pytest.raises(ValueError, match="unknown keys"):
        as_cast({"Ostria": {"nicknames": ["O"]}})
    with pytest.raises(ValueError, match="not a file"):
        as_cast("no/such/cast.yml")
    with pytest.raises(TypeError):
        as_cast(42)


def test_shipped_casts_load():
    case = as_cast(CASE_CAST)
    for actor in ("Iran", "Khamenei", "Israel", "Netanyahu", "Hamas", "Haniyeh", "Hezbollah",
                  "Revolutionary Guards", "United States", "United Nations", "Palestinians"):
        assert actor in case
    categories = {c for a in case for _, c in a.labels}
    assert categories <= set(LABEL_CATEGORIES) and len(categories) >= 4
    examples = ROOT / "corpora" / "examples" / "cast.yml"
    if examples.is_file():  # written by another module; its format must load here
        assert len(as_cast(examples)) > 3
    assert len(as_cast(GOLD_CAST)) >= 8


def test_all_capital_alias_is_case_sensitive():
    text = "The WL sent observers to the border. Let us hope they help us."
    found = run(text).mentions
    assert [m.text for m in found] == ["WL"]


def test_label_plural_and_case():
    found = run("Armed groups and the Freedom Fighters of the valley held a rally.").mentions
    assert [(m.text, m.label, m.label_category) for m in found] == [
        ("Armed groups", "armed group", "neutral_descriptor"),
        ("Freedom Fighters", "freedom fighters", "glorifying"),
    ]


# --------------------------------------------------------------------------- mentions
def test_demonym_needs_an_institution_or_an_action_noun():
    r = roles("Ostrian officials said Corvanian nuclear scientists attended the meeting.")
    assert r == {"Ostrian officials": ("Ostria", "agent", "say")}
    r = roles("An Ostrian attack on the depot killed four guards.")
    assert r == {"Ostrian": ("Ostria", "agent", "attack")}


def test_metonym_counts_only_when_it_acts():
    assert roles("Kessa vowed to retaliate.") == {"Kessa": ("Ostria", "agent", "vow")}
    assert roles("Sarkov was killed in Kessa on Tuesday.") == {"Sarkov": ("Emil Sarkov", "patient", "kill")}
    assert roles("The delegation travelled from Kessa to Velmar.") == {}


def test_label_and_name_merge_into_one_mention():
    found = run("Front commander Emil Sarkov was killed in an explosion.").mentions
    assert len(found) == 1
    m = found[0]
    assert (m.text, m.actor, m.label, m.role, m.verb) == (
        "Front commander Emil Sarkov", "Emil Sarkov", "Front commander", "patient", "kill")
    titled = run("President Ilse Marren condemned the raid.").mentions
    assert [(m.text, m.role) for m in titled] == [("President Ilse Marren", "agent")]


# --------------------------------------------------------------------------- roles
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # active: subject agent, object patient
        ("Corvania has repeatedly accused Ostria of arming the militias.",
         {"Corvania": ("Corvania", "agent", "accuse"), "Ostria": ("Ostria", "patient", "accuse")}),
        # passive subject patient, 'by' agent
        ("Ostria has been widely condemned by the Western League.",
         {"Ostria": ("Ostria", "patient", "condemn"),
          "Western League": ("Western League", "agent", "condemn")}),
        # nominalisations
        ("The assassination of Emil Sarkov shocked the region.",
         {"Emil Sarkov": ("Emil Sarkov", "patient", "assassinate")}),
        ("Sarkov's killing was followed by protests.", {"Sarkov": ("Emil Sarkov", "patient", "kill")}),
        ("Ostria's strike on the dam flooded two villages.", {"Ostria": ("Ostria", "agent", "strike")}),
        ("A strike on Corvania came without warning.", {"Corvania": ("Corvania", "patient", "strike")}),
        # coordinated subjects
        ("Corvania and the Drava Front accused Ostria of the killing.",
         {"Corvania": ("Corvania", "agent", "accuse"), "Drava Front": ("Drava Front", "agent", "accuse"),
          "Ostria": ("Ostria", "patient", "accuse")}),
        # apposition between commas
        ("The Drava Front, the armed group Sarkov led, vowed revenge.",
         {"Drava Front": ("Drava Front", "agent", "vow"), "armed group": ("Drava Front", None, None),
          "Sarkov": ("Emil Sarkov", "agent", "lead")}),
        # non-restrictive relative clause
        ("Ostria, which is at war with the Drava Front, has neither confirmed nor denied the strike.",
         {"Ostria": ("Ostria", "agent", "confirm"), "Drava Front": ("Drava Front", None, None)}),
        # relative pronoun subject of a passive
        ("Sarkov, who was killed on Tuesday, had been a teacher.",
         {"Sarkov": ("Emil Sarkov", "patient", "kill")}),
        # the subject of a complement clause keeps its own verb
        ("Marren announced that Sarkov had been killed.",
         {"Marren": ("Ilse Marren", "agent", "announce"), "Sarkov": ("Emil Sarkov", "patient", "kill")}),
        # undergo verbs: the subject undergoes
        ("Sarkov died in hospital two days later.", {"Sarkov": ("Emil Sarkov", "patient", "die")}),
        # object after adjectives, particle verbs, 'according to'
        ("The raid killed several Ostrian military commanders.",
         {"Ostrian military commanders": ("Ostria", "patient", "kill")}),
        ("According to Corvanian officials, the convoy was hit twice.",
         {"Corvanian officials": ("Corvania", "agent", "according to")}),
        # a mention after a preposition is never a subject
        ("The attack on Ostria killed three soldiers.", {"Ostria": ("Ostria", "patient", "attack")}),
        # a possessive before a common noun is not the patient
        ("The bombing of Ostria's airfields lasted all night.", {"Ostria": ("Ostria", None, None)}),
    ],
)
def test_role_rules(sentence, expected):
    assert roles(sentence) == expected


def test_object_of_order_is_patient_and_violence_preposition():
    r = roles("Marren ordered Corvania to strike directly at Ostria.")
    assert r["Marren"] == ("Ilse Marren", "agent", "order")
    assert r["Corvania"] == ("Corvania", "patient", "order")
    assert r["Ostria"] == ("Ostria", "patient", "strike")


def test_quoted_labels_keep_their_voice():
    text = (
        "\u201cThe freedom fighters will not be silenced,\u201d Sarkov said. "
        "The armed group later attacked an Ostrian convoy."
    )
    result = run(text)
    in_quote = {m.text: m.in_quote for m in result.mentions}
    assert in_quote["freedom fighters"] is True
    assert in_quote["armed group"] is False
    labels = result.labels
    assert set(zip(labels["label"], labels["voice"])) == {
        ("freedom fighters", "quote"), ("armed group", "narrator")}
    assert labels["count"].sum() == 2


# --------------------------------------------------------------------------- the case article
@pytest.fixture(scope="module")
def case():
    return actors(read(CASE.read_text(encoding="utf-8")), CASE_CAST, sentiment=False)


def test_case_article_spans_and_places(case):
    text = CASE.read_text(encoding="utf-8")
    for m in case.mentions:
        assert text[m.start:m.end] == m.text
    # "Haniyeh ... in Tehran" is a place, not Iran; Iranian nuclear scientists are not Iran
    assert not any(m.text == "Tehran" for m in case.mentions)
    assert not any("scientists" in m.text for m in case.mentions)


def test_case_article_roles(case):
    by_sentence = {}
    for m in case.mentions:
        by_sentence.setdefault(m.sentence, []).append((m.actor, m.role, m.verb))
    flat = [x for v in by_sentence.values() for x in v]
    assert ("Khamenei", "agent", "order") in flat
    assert ("Haniyeh", "patient", "assassinate") in flat
    assert ("Hamas", "agent", "vow") in flat  # "Hamas, the organization Haniyeh led, vowed"
    accuse = [x for x in flat if x[2] == "accuse"]
    assert sorted(accuse) == [("Hamas", "agent", "accuse"), ("Iran", "agent", "accuse"),
                              ("Israel", "patient", "accuse")]
    assert ("Israel", "agent", "acknowledge") in flat  # across "which is at war with Hamas in the Gaza Strip"
    zionist = [m for m in case.mentions if m.label == "Zionist regime"]
    assert len(zionist) == 1 and zionist[0].actor == "Israel" and zionist[0].in_quote
    assert zionist[0].label_category == "delegitimising"


def test_case_article_table(case):
    table = case.table
    # cast order, absent actors kept
    assert list(table.index[:4]) == ["Iran", "Khamenei", "Israel", "Netanyahu"]
    # an actor the article never names: zero counts and shares, no sentiment (n = 0), not a row of NaN
    absent = table.loc["Netanyahu"]
    assert absent["mentions"] == absent["agent"] == absent["agent_share"] == absent["sentiment_mentions"] == 0
    assert math.isnan(absent["sentiment"]) and pd.isna(absent["first_sentence"])
    assert table["mentions"].sum() == len(case.mentions)
    assert table["share"].sum() == pytest.approx(1.0)
    shares = table.loc[table["mentions"] > 0, ["agent_share", "patient_share"]]
    assert ((shares >= 0) & (shares <= 1)).all().all()
    assert (shares.sum(axis=1) <= 1 + 1e-9).all()
    # Haniyeh is mostly acted upon, Khamenei only acts
    assert table.loc["Haniyeh", "patient_share"] > 0.5
    assert table.loc["Khamenei", "agent_share"] == 1.0
    assert table.loc["Khamenei", "first_position"] == "lede" and table.loc["Khamenei", "first_sentence"] == 0
    assert "assassinate" in table.loc["Haniyeh", "top_patient_verbs"]


def test_quotes_are_credited_through_the_cast():
    text = "\u201cWe will answer,\u201d Sarkov said. Marren said Corvania would wait."
    doc = read(text)
    quote_text = "We will answer,"
    start = text.index(quote_text)
    speaker_start = text.index("Sarkov")
    quotes = (
        Quote(quote_text, start, start + len(quote_text), "Sarkov", "Sarkov", "said", "direct", False, 0,
              speaker_start=speaker_start, speaker_end=speaker_start + 6),
        # no speaker span: matched by the speaker's name
        Quote("Corvania would wait", text.index("Corvania"), len(text) - 1, "Ilse Marren", "Marren", "said",
              "indirect", False, 1),
    )
    result = actors(doc, CAST, quotes=quotes, sentiment=False)
    table = result.table
    assert table.loc["Emil Sarkov", "times_quoted"] == 1
    assert table.loc["Emil Sarkov", "times_quoted_direct"] == 1
    assert table.loc["Emil Sarkov", "quoted_words"] == 3
    assert table.loc["Ilse Marren", "times_quoted"] == 1
    assert table.loc["Ilse Marren", "times_quoted_direct"] == 0
    assert table.loc["Corvania", "times_quoted"] == 0
    assert result.quotes_source == "given"
    without = actors(doc, CAST, quotes=False, sentiment=False)
    assert without.table["times_quoted"].sum() == 0


def test_sentiment_column_is_consistent():
    text = "Ostria's brutal and illegal attack killed dozens. Corvania praised the brave rescuers."
    result = actors(read(text), CAST, quotes=False)
    scores = result.table.loc[["Ostria", "Corvania"], "sentiment"]
    if result.sentiment_available:
        assert scores.notna().all() and ((scores >= -1) & (scores <= 1)).all()
    else:
        assert scores.isna().all()
    off = actors(read(text), CAST, quotes=False, sentiment=False)
    assert off.table["sentiment"].isna().all() and not off.sentiment_available


# --------------------------------------------------------------------------- the result protocol
def test_frame_summary_evidence(case):
    frame = case.to_frame()
    assert len(frame) == len(case.mentions)
    assert {"actor", "role", "verb", "in_quote", "label_category", "verb_start"} <= set(frame.columns)
    summary = case.summary()
    assert all(k.startswith("actors.") for k in summary.index)
    assert summary["actors.mentions"] == len(case.mentions)
    assert summary["actors.iran.mentions"] == case.table.loc["Iran", "mentions"]
    evidence = case.evidence()
    labels = {e[2] for e in evidence}
    assert {"actor:agent", "actor:patient", "actor:other", "label:delegitimising"} <= labels
    text = CASE.read_text(encoding="utf-8")
    assert all(0 <= s < e <= len(text) for s, e, _, _ in evidence)
    # the verb spans point at the word that gave the role: a form of the recorded lemma
    lex = load("role_verbs").by_term
    folded = read(text).folded
    for m, span in zip(case.mentions, case.verb_spans):
        if m.role and m.verb != "according to":
            word = folded[span[0]:span[1]]
            if word in lex:
                assert lex[word].category.split(":")[2] == m.verb
            else:  # a verb the lexicon lacks: its base form from the irregular table or a regular ending
                assert m.verb == guess_lemma(word) or (guess_verb(word) and guess_verb(word)[2] == m.verb)


def test_cast_none_suggests_a_provisional_cast():
    text = ("Ostria shelled Velmar. Officials in Corvania said Ostria would pay. "
            "Ostria denied it. Later Corvania and Ostria met in Kessa.")
    result = actors(read(text), None, quotes=False, sentiment=False)
    assert result.cast_source == "suggested"
    # Velmar and Kessa are seen once only; a provisional cast needs two sightings
    assert set(result.table.index) == {"Ostria", "Corvania"}
    assert result.table.loc["Ostria", "mentions"] == 4
    assert result.table.loc["Ostria", "agent"] == 4  # shelled, would pay, denied, met (with Corvania)
    assert result.table.loc["Corvania", "agent"] == 1  # "Officials in Corvania said": a place, no role


def test_suggest_ranks_names_and_phrases():
    texts = [
        "The Revolutionary Front attacked Ostria. Ostrian officials said the Revolutionary Front would fail.",
        "In Kessa, Ostrian officials met the Revolutionary Front. Ostria denied it.",
    ]
    frame = suggest(texts, top=10)
    terms = list(frame["term"])
    assert terms[:2] == ["Ostria", "Revolutionary Front"] or terms[:2] == ["Revolutionary Front", "Ostria"]
    assert "Ostrian officials" in terms
    assert frame.loc[frame["term"] == "Revolutionary Front", "with_the"].item() == 1.0
    assert "In" not in terms and "The" not in terms
    assert list(frame.columns[:3]) == ["term", "actor", "kind"]
    assert as_cast(frame[frame["kind"] == "name"]).names[0] == terms[0]


# --------------------------------------------------------------------------- bad input
def test_bad_input():
    with pytest.raises(TypeError):
        actors(None, CAST)
    empty = actors("   ", CAST, sentiment=False, quotes=False)
    assert empty.mentions == () and (empty.table["mentions"] == 0).all()
    assert math.isnan(empty.summary()["actors.agent_share"])
    messy = ("<p>Ostria\x00 attacked \u201cCorvania</p> and \u201d\u201d "
             "Sarkov\u200b was killed \u2014 \"\" by")
    with pytest.warns(Warning):
        result = actors(messy, CAST, sentiment=False, quotes=False)
    for m in result.mentions:
        assert messy[m.start:m.end] == m.text


def test_long_text_runs():
    para = ("Ostria, which denies the charge, has accused Corvania of the attack. "
            "Sarkov was killed by Ostrian agents, Marren said. ") * 2000
    result = actors(para, CAST, sentiment=False, quotes=False)
    assert len(result.mentions) == 2000 * 5
    # per repetition Ostria is agent twice: of 'denies' (relative clause) and of 'killed' (by Ostrian agents)
    assert result.table.loc["Ostria", "agent"] == 2 * 2000
    assert result.table.loc["Corvania", "patient"] == 2000


# --------------------------------------------------------------------------- data files
def test_role_verbs_lexicon_is_well_formed():
    lex = load("role_verbs")
    assert lex.meta["sha256"] == sha256("role_verbs")
    forms = {"base", "s", "past", "pp", "ing", "noun", "noun_undergo", "noun_act"}
    for e in lex.entries:
        cls, form, lemma = e.category.split(":")
        assert cls and lemma and set(form.split("+")) <= forms, e
    for term in ("assassination", "killing", "strike", "attack", "death", "struck", "said"):
        assert term in lex.by_term


def test_gold_set_is_valid():
    cast = as_cast(GOLD_CAST)
    items = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(items) >= 80
    constructions = {i["construction"] for i in items}
    assert {"active", "passive", "nominal", "coordinated", "quoted", "apposition", "relative",
            "metonym"} <= constructions
    for item in items:
        for g in item["mentions"]:
            assert item["text"][g["start"]:g["end"]] == g["text"]
            assert g["actor"] in cast
            assert g["role"] in ("agent", "patient", None)
            assert (g["verb"] is None) == (g["role"] is None)


def test_gold_role_accuracy_floor():
    # The development set was used to correct the rules; a drop below 0.9 means a rule broke.
    cast = as_cast(GOLD_CAST)
    right = total = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        found = actors(item["text"], cast, quotes=False, sentiment=False).mentions
        for g in item["mentions"]:
            total += 1
            hit = [m for m in found if m.actor == g["actor"] and m.start < g["end"] and g["start"] < m.end]
            right += (hit[0].role if hit else None) == g["role"]
    assert right / total >= 0.9


def test_module_helpers_reachable_from_the_function():
    # framing/__init__ re-exports the function under the module's name: framing.actors.suggest must still work
    assert actors.suggest is suggest and actors.as_cast is as_cast


def test_sentiment_is_the_mean_over_mentions(monkeypatch):
    # a stand-in for framing.target: +1 toward "Corvania", -0.5 toward anything else
    import framing.target

    def scores_toward(doc, spans):
        return [1.0 if doc.text[start:end] == "Corvania" else -0.5 for start, end in spans]

    monkeypatch.setattr(framing.target, "scores_toward", scores_toward)
    text = "Corvania praised the rescuers. Ostria attacked Corvania. Ostria's strike failed."
    result = actors(read(text), CAST, quotes=False)
    assert result.sentiment_available
    assert result.table.loc["Corvania", "sentiment"] == 1.0
    assert result.table.loc["Corvania", "sentiment_mentions"] == 2
    assert result.table.loc["Ostria", "sentiment"] == -0.5
    assert math.isnan(result.table.loc["Drava Front", "sentiment"])


def test_batched_scores_equal_sentiment_toward(case):
    from framing.target import scores_toward, sentiment_toward

    doc = read(CASE.read_text(encoding="utf-8"))
    spans = [(m.start, m.end) for m in case.mentions]
    batched = scores_toward(doc, spans)
    assert batched == pytest.approx([sentiment_toward(doc, s, e).score for s, e in spans], abs=1e-9)


# --------------------------------------------------------------------------- never crash, never surprise
@pytest.mark.parametrize(
    "text",
    ["They blamed Ostria and its allies.", "They blamed Ostria and its allies", "Ostria and the rest.",
     "Sarkov or two men", "Corvania and"],
)
def test_an_actor_and_a_few_words_at_the_end_of_a_sentence(text):
    result = run(text)
    assert [m.actor for m in result.mentions][:1] in (["Ostria"], ["Emil Sarkov"], ["Corvania"])
    assert result.table["mentions"].sum() == len(result.mentions)


def test_bad_quotes_are_a_type_error():
    with pytest.raises(TypeError, match="Quote records"):
        actors("Ostria said no.", CAST, quotes=[None], sentiment=False)
    with pytest.raises(TypeError, match="not str"):
        actors("Ostria said no.", CAST, quotes="abc", sentiment=False)


def test_suggest_checks_its_input():
    with pytest.raises(ValueError, match="'text' column"):
        suggest(pd.DataFrame({"body": ["Ostria attacked Corvania."]}))
    for bad in (b"Ostria attacked Corvania.", {"a": "Ostria"}, 42):
        with pytest.raises(TypeError):
            suggest(bad)
    with pytest.raises(TypeError, match="text 1"):
        suggest(["Ostria attacked Corvania.", 7])
    with pytest.warns(Warning, match="1 missing"):
        suggest(["Ostria attacked Corvania. Ostria denied it.", None])
    for top in (-1, 2.5, True):
        with pytest.raises(ValueError, match="top"):
            suggest("Ostria attacked Corvania.", top=top)
    assert len(suggest("Ostria attacked Corvania.", top=0)) == 0


def test_a_suggested_cast_with_case_variants_is_valid():
    text = "IRAN WARNS ISRAEL\nIran warned Israel on Monday. Officials said Iran would act. IRAN TV agreed with Iran."
    result = actors(text, None, quotes=False, sentiment=False)
    assert result.cast_source == "suggested"
    assert "Iran" in result.table.index and "IRAN" not in result.table.index


def test_cast_format_errors_are_clear(tmp_path):
    with pytest.raises(ValueError, match="'actors' must map"):
        as_cast({"version": 1, "actors": ["Ostria", "Corvania"]})
    bad = tmp_path / "cast.yml"
    bad.write_text("version: 1\nactors:\n  Ostria: [Ostria, Kessa\n  Corvania: x: y\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"cast\.yml, line \d+: not a valid YAML"):
        as_cast(bad)
    with pytest.raises(ValueError, match="labels of 'Ostria' must be a list"):
        as_cast({"Ostria": {"labels": 3}})


def test_a_labels_string_is_one_label_not_letters():
    cast = as_cast({"Ostria": {"labels": "aggressor state"}})
    assert cast["Ostria"].labels == (("aggressor state", "neutral_descriptor"),)
    found = run("I saw it. The aggressor state fired.", cast)
    assert [(m.text, m.actor) for m in found.mentions] == [("aggressor state", "Ostria")]


def test_names_that_start_with_a_non_letter_match():
    cast = {"(Drava) Front": [], "$V Fund": [], "3M": []}
    found = run("The (Drava) Front and the $V Fund sued 3M.", cast)
    assert [m.actor for m in found.mentions] == ["(Drava) Front", "$V Fund", "3M"]


def test_matching_rule_for_case():
    # lower-case in the cast: any case in the text; capitalised in the cast: a capital in the text
    cast = {"Drava Front": ["the resistance", "Front"], "Western League": ["WL"]}
    found = run("The resistance fired. Later the resistance fired again. A front moved in. The Front held.", cast)
    assert [m.text for m in found.mentions] == ["The resistance", "the resistance", "Front"]
    assert [m.text for m in run("Let us go. The WL and the wl met.", cast).mentions] == ["WL"]


def test_a_bare_title_does_not_claim_another_persons_name():
    cast = {"Ilse Marren": {"aliases": ["Ilse Marren", "Marren"], "titles": ["President"]}}
    text = "President Edvin Saral urged calm. President Marren agreed. The President left on Friday."
    found = run(text, cast).mentions
    assert [m.text for m in found] == ["President Marren", "President"]
    # the case cast: a prime minister who is not Netanyahu
    case = run("Prime Minister Edvin Saral urged restraint. Supreme Leader Bob Smith spoke.", CASE_CAST)
    assert case.mentions == ()


def test_a_cast_file_is_parsed_once(tmp_path):
    path = tmp_path / "cast.yml"
    path.write_text("version: 1\nactors:\n  Ostria: [Ostria]\n", encoding="utf-8")
    assert as_cast(path) is as_cast(str(path))
    path.write_text("version: 1\nactors:\n  Ostria: [Ostria, Kessa]\n", encoding="utf-8")
    assert as_cast(path)["Ostria"].aliases == ("Ostria", "Kessa")  # a changed file is read again


@pytest.mark.timeout(120)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(
    ["Ostria", "Corvania", "Sarkov", "Marren", "President", "and", "or", "its", "allies", ",", ".", "\u201c",
     "\u201d", '"', "'s", "was", "killed", "by", "of", "the", "attack", "on", "not", "who", "which", "said",
     "\n", "(", ")", "armed group", "martyr", "Velmar", "in", "to", "\x00", "\ud800", "é", "  "]), max_size=40),
    st.text(max_size=60))
def test_no_input_crashes_actors(tokens, noise):
    text = " ".join(tokens) + noise
    result = actors(text, CAST, quotes=False, sentiment=False)
    for m in result.mentions:
        assert text[m.start:m.end] == m.text
        assert m.role in (None, "agent", "patient")
    assert int(result.table["mentions"].sum()) == len(result.mentions)
    assert len(result.to_frame()) == len(result.mentions) and len(result.labels) >= 0


# --------------------------------------------------------------------------- roles from the sentence
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # verbs the role lexicon does not list: the subject acts, the object undergoes
        ("Sarkov gave the order to strike Velmar.", {"Sarkov": ("agent", "give")}),
        ("Ostria made its biggest attack on Corvania in April.", {"Ostria": ("agent", "make")}),
        ("The Western League is also sending observers.", {"Western League": ("agent", "send")}),
        ("The meeting was requested by Ostria on Wednesday.", {"Ostria": ("agent", "request")}),
        ("Marren thanked Sarkov and hailed the Drava Front.",
         {"Marren": ("agent", "thank"), "Sarkov": ("patient", "thank"), "Drava Front": ("patient", "hail")}),
        ("Officials said that Sarkov ordered it.", {"Sarkov": ("agent", "order")}),
        ("Marren has little patience for the talks.", {"Marren": ("agent", "have")}),
        # copulas describe, they give no role
        ("Sarkov became a symbol of the war.", {"Sarkov": (None, None)}),
        # nominalisations: possessor and "of"
        ("Ostria's assassination of Front commander Emil Sarkov angered Corvania.",
         {"Ostria": ("agent", "assassinate"), "Front commander Emil Sarkov": ("patient", "assassinate")}),
        ("Marren's remarks drew criticism.", {"Marren": ("agent", "remark")}),
        ("The trial of Sarkov opened.", {"Sarkov": ("patient", "trial")}),
        ("Sarkov's nomination angered Ostria.", {"Sarkov": ("patient", "nomination")}),
        ("Marren's nomination of Sarkov angered Ostria.",
         {"Marren": ("agent", "nomination"), "Sarkov": ("patient", "nomination")}),
        # a title before the name: the role is the person's
        ("The visit pleased President Ilse Marren.", {"President Ilse Marren": ("patient", "please")}),
        # a headline passive
        ("Emil Sarkov killed: Front says its commander died in Velmar", {"Emil Sarkov": ("patient", "kill")}),
        ("Sarkov confirmed as Front commander after vote", {"Sarkov": ("patient", "confirm")}),
        # a name modifying another name takes no role; the person after the title does
        ("Guards blasted Ostria Republicans on Monday.", {"Ostria": (None, None)}),
        ("A lawsuit against Marren was filed.", {"Marren": ("patient", "lawsuit")}),
        ("Criticism of Ostria mounted.", {"Ostria": ("patient", "criticise")}),
        ("Protesters booed Sarkov.", {"Sarkov": ("patient", "boo")}),
        ("They blame Corvania for the deficit.", {"Corvania": ("patient", "blame")}),
        # an object that ends a relative clause is no subject of the main verb
        ("Officials who denounced Ostria are now cheering Corvania.", {"Ostria": ("patient", "denounce")}),
    ],
)
def test_roles_come_from_the_sentence(sentence, expected):
    found = {m.text: (m.role, m.verb) for m in run(sentence).mentions}
    for text, role_verb in expected.items():
        assert found[text] == role_verb, (text, found)


def test_negated_actions_are_marked_and_kept_apart():
    text = ("Ostrian authorities have not confirmed or denied the strike. Corvania never met Marren. "
            "Ostria attacked Velmar. Marren won't attend.")
    result = run(text)
    neg = {m.text: (m.role, m.verb, m.negated) for m in result.mentions}
    assert neg["Ostrian authorities"] == ("agent", "confirm", True)
    assert neg["Corvania"] == ("agent", "meet", True) and neg["Marren"][2] is True
    assert neg["Ostria"] == ("agent", "attack", False)
    table = result.table
    assert table.loc["Ostria", "agent"] == 1 and table.loc["Ostria", "negated"] == 1
    assert "not confirm" in table.loc["Ostria", "top_negated"]
    assert "confirm" not in table.loc["Ostria", "top_agent_verbs"]
    assert "negated" in result.to_frame().columns


def test_affiliations_count_as_mentions_without_a_role():
    cast = {"Drava Front": {"aliases": ["Drava Front"]},
            "Emil Sarkov": {"aliases": ["Emil Sarkov", "Sarkov"],
                            "labels": [{"label": "Drava Front commander", "category": "neutral_descriptor"}]}}
    result = run("Ostria killed Drava Front commander Emil Sarkov on Monday.", cast)
    found = [(m.text, m.actor, m.role) for m in result.mentions]
    assert ("Drava Front commander Emil Sarkov", "Emil Sarkov", "patient") in found
    assert ("Drava Front", "Drava Front", None) in found
    assert result.table.loc["Drava Front", "mentions"] == 1


def test_labels_are_pinned_to_the_actor_the_text_ties_them_to():
    cast = {"Drava Front": {"aliases": ["Drava Front"], "labels": ["armed group"]},
            "Western League": {"aliases": ["Western League"]},
            "Emil Sarkov": {"aliases": ["Sarkov"], "labels": ["martyr", "Front commander"]}}
    pinned = {(m.text, m.actor) for m in run(
        "The Western League, an armed group from the north, fired. A armed group crossed. "
        "Sarkov was a martyr. The Front mourned 7 martyrs and all fallen martyrs. "
        "Sarkov and other Front commanders met. The armed group vowed revenge.", cast).mentions}
    assert ("armed group", "Drava Front") in pinned  # the definite description at the end
    assert sum(1 for t, a in pinned if a == "Drava Front") == 1  # not the League's apposition, not "A armed group"
    assert ("martyr", "Emil Sarkov") in pinned
    assert not any(t.endswith("martyrs") or t.endswith("commanders") for t, _ in pinned)


def test_the_case_cast_knows_titles_and_labels_of_the_coverage():
    text = ("Israel's assassination of Hamas Political Bureau Chief Ismail Haniyeh angered the supreme leader. "
            "The Israeli regime and the Zionists will pay, Hamas said.")
    found = [(m.text, m.actor, m.role) for m in run(text, CASE_CAST).mentions]
    assert ("Israel", "Israel", "agent") in found
    assert ("Political Bureau Chief Ismail Haniyeh", "Haniyeh", "patient") in found
    assert ("Hamas", "Hamas", None) in found  # the affiliation, named
    assert ("supreme leader", "Khamenei", "patient") in found
    assert {("Israeli regime", "Israel"), ("Zionists", "Israel")} <= {(t, a) for t, a, _ in found}


def test_sentiment_toward_an_actor_has_its_n_and_an_interval():
    text = "Ostria attacked Velmar brutally. Ostria was praised for its courage. Sarkov spoke."
    table = actors(text, CAST, quotes=False).table
    row = table.loc["Ostria"]
    assert row["sentiment_mentions"] == 2
    assert row["sentiment_low"] <= row["sentiment"] <= row["sentiment_high"]
    one = table.loc["Emil Sarkov"]
    assert one["sentiment_mentions"] == 1 and math.isnan(one["sentiment_low"])  # one mention is no estimate


# --------------------------------------------------------------------------- suggest: the cast a reader would list
# An article written for this test about a fictional event (every name invented).
FIRE = """Fire at Brennholt chemical plant forces evacuation

BRENNHOLT \u2014 A fire broke out early on Tuesday at the Solvane Chemicals plant on the edge of Brennholt, sending \
a column of black smoke over the town and forcing the evacuation of about 300 homes.

Mayor Ines Corvo said the town had opened two shelters. \u201cOur first duty is to keep people safe,\u201d Corvo told \
reporters at the town hall. She urged residents to keep their windows closed.

Solvane Chemicals said in a statement that the fire started in a storage hall and that no employees were hurt. \
The company said it was working with firefighters.

Tomas Reiter, secretary of the Chemical Workers Union, said workers had warned about the storage hall for months. \
\u201cWe raised this twice with management,\u201d Reiter said. The union has asked for an independent inquiry.

The Regional Health Agency (RHA) advised people with breathing problems to stay indoors. The RHA said air samples \
would be published on Wednesday.

Resident Marta Olsen, who lives two streets from the plant, said she woke to the smell of burning plastic. \
\u201cWe packed the children into the car and left,\u201d Olsen said.

Corvo said the town would review the plant\u2019s permit. Solvane Chemicals declined to comment on the permit, \
and Mayor Corvo said she would meet Reiter on Thursday.
"""


def test_suggest_lists_people_organisations_and_merges_variants():
    frame = suggest(FIRE)
    actors_ = list(dict.fromkeys(frame["actor"]))
    assert actors_[0] == "Ines Corvo"  # the most salient: four mentions, named in the lede
    assert {"Ines Corvo", "Solvane Chemicals", "Tomas Reiter", "Regional Health Agency", "Marta Olsen",
            "Chemical Workers Union"} == set(actors_)  # the town is a place, not an actor
    variants = frame.groupby("actor")["term"].apply(set)
    assert {"Corvo", "Mayor"} <= variants["Ines Corvo"] and "Reiter" in variants["Tomas Reiter"]
    assert "RHA" in variants["Regional Health Agency"]
    types = frame.drop_duplicates("actor").set_index("actor")["type"]
    assert types["Ines Corvo"] == "person" and types["Solvane Chemicals"] == "organisation"
    assert frame.loc[frame["term"] == "Mayor", "kind"].item() == "title"
    # the suggestion is a cast: actors() with no cast uses it, variants grouped
    result = actors(FIRE, None, quotes=False, sentiment=False)
    assert result.cast_source == "suggested"
    assert result.table.loc["Ines Corvo", "mentions"] == 4 and "Corvo" not in result.table.index
    assert result.table.loc["Ines Corvo", "agent"] >= 3


def test_suggest_works_on_a_corpus_and_ranks_by_salience():
    texts = [FIRE, "Mayor Ines Corvo visited the shelter. Corvo thanked volunteers.",
             "Solvane Chemicals said it would pay for the cleanup."]
    frame = suggest(pd.DataFrame({"text": texts}), top=3)
    top = frame.drop_duplicates("actor")
    assert list(top["actor"]) == ["Ines Corvo", "Solvane Chemicals", "Tomas Reiter"]
    assert top.set_index("actor").loc["Ines Corvo", "mentions"] == 6
    assert frame.loc[frame["term"] == "Corvo", "documents"].item() == 2


@pytest.mark.timeout(120)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(
    ["Mayor", "Ines", "Corvo", "Solvane", "Chemicals", "Agency", "(RHA)", "The", "said", "in", "BRENNHOLT", "\u2014",
     ".", ",", "\n", "Dr.", "of", "the", "union", "Union", "\u201c", "'s", "Mr", "Jr.", "U.S.", "\x00", "\ud800"]),
    max_size=50), st.text(max_size=40))
def test_no_input_crashes_suggest_or_the_batched_scores(tokens, noise):
    text = " ".join(tokens) + noise
    frame = suggest(text)
    assert list(frame.columns[:4]) == ["term", "actor", "kind", "type"]
    assert frame.empty or set(frame["actor"]) <= set(frame["term"]) | set(frame["actor"])
    result = actors(text, None, quotes=False, sentiment=True)
    assert len(result.table) >= 0 and all(-1 <= x <= 1 for x in result.table["sentiment"].dropna())


def _role_of(sentence, name):
    """Role and verb of the first mention of ``name`` with a one-actor cast (as the NewsMTSC benchmark runs it)."""
    result = run(sentence, {name: [name]})
    assert result.mentions, sentence
    m = result.mentions[0]
    return m.role, m.verb


@pytest.mark.parametrize(
    "sentence, name, expected",
    [
        # a verb or noun with its particle or preposition: the next noun phrase is acted upon
        ("Lawmakers moved to rein in Veltra last year.", "Veltra", ("patient", "rein")),
        ("Critics lashed out at Ines Corvo after the vote.", "Ines Corvo", ("patient", "lash")),
        ("Protesters called on Ines Corvo to resign.", "Ines Corvo", ("patient", "call")),
        ("The regulator cracked down on Veltra in March.", "Veltra", ("patient", "crack")),
        ("The union launched an investigation into Veltra.", "Veltra", ("patient", "investigate")),
        ("The victory over Ines Corvo came late in the night.", "Ines Corvo", ("patient", "win")),
        # a phrase needs its preposition: "called on Monday" takes no patient
        ("Ines Corvo called on Monday for calm.", "Ines Corvo", ("agent", "call")),
        # raising verbs: the subject belongs to the verb after "to"
        ("Ines Corvo appears to have been misled by her aides.", "Ines Corvo", ("patient", "mislead")),
        ("Tomas Reyl seems to have won the argument.", "Tomas Reyl", ("agent", "win")),
        # coordinated objects whose first conjunct is no actor of the cast
        ("Police arrested the treasurer and Ines Corvo on Tuesday.", "Ines Corvo", ("patient", "arrest")),
        ("Police arrested Tomas Reyl and Ines Corvo on Tuesday.", "Ines Corvo", ("patient", "arrest")),
        ("The senators criticised Veltra, Dravia and Ines Corvo.", "Ines Corvo", ("patient", "criticise")),
        # ... but a new clause after "and" keeps its subject
        ("Police arrested the treasurer and Ines Corvo resigned.", "Ines Corvo", ("agent", "resign")),
        # an age or a participle between commas stands between a subject and its verb
        ("Ines Corvo, 54, was arrested on Tuesday.", "Ines Corvo", ("patient", "arrest")),
        ("Ines Corvo, accused of fraud, denied any wrongdoing.", "Ines Corvo", ("agent", "deny")),
        # hyphenated and short verb forms
        ("Ines Corvo is likely to be re-elected next year.", "Ines Corvo", ("patient", "re-elect")),
        ("Critics say Ines Corvo lied.", "Ines Corvo", ("agent", "lie")),
        ("Ines Corvo's firing came days later.", "Ines Corvo", ("patient", "fire")),
        # a first name or title the cast left out stands between the verb and the mention
        ("In the letter, she blasts Interior Secretary Tomas Reyl for the cuts.", "Reyl", ("patient", "blast")),
        ("The sheriff arrested Ines Corvo at dawn.", "Corvo", ("patient", "arrest")),
        ("The report was critical of Governor Ines Corvo.", "Corvo", ("patient", "critical")),
        # a lower-case title before the name belongs to the object
        ("She was picked to replace outgoing party press secretary Tomas Reyl.", "Reyl", ("patient", "replace")),
        # a party and state tag is an aside
        ("Senator Ines Corvo, D-Ore., introduced the bill.", "Ines Corvo", ("agent", "introduce")),
        ("He urged voters not to give up on Ines Corvo.", "Ines Corvo", ("patient", "give")),
        ("The poll numbers rose, prompting Ines Corvo to claim a surge.", "Ines Corvo", ("patient", "prompt")),
        # a headline: a name, an -s form, a name
        ("Veltra Chief Executive Tomas Reyl challenges Ines Corvo", "Ines Corvo", ("patient", "challenge")),
        # a hyphenated adjective before the object; verbs the guesser did not know
        ("Tomas Reyl accused pro-business centrist Ines Corvo of lying.", "Ines Corvo", ("patient", "accuse")),
        ("The ads have portrayed Ines Corvo as a career politician.", "Ines Corvo", ("patient", "portray")),
        ("A guard mistook Tomas Reyl for an intruder.", "Tomas Reyl", ("patient", "mistake")),
        # "X's defeat": a possessor before adjectives and the act, or before a gerund
        ("Ines Corvo's nuclear and missile tests alarmed Dravia.", "Ines Corvo", ("agent", "test")),
        ("Two senators denounced Ines Corvo's anti-press attacks.", "Ines Corvo", ("agent", "attack")),
        ("Tomas Reyl's fumbling has already sunk the plan.", "Tomas Reyl", ("agent", "fumble")),
        ("Ines Corvo's wife and campaign manager spoke first.", "Ines Corvo", (None, None)),
        ("Ines Corvo's building burned down.", "Ines Corvo", (None, None)),
        # modifiers and a title before the name, after a verb or a preposition
        ("Activists spoke out against Republican presidential nominee Tomas Reyl.", "Reyl", ("patient", "speak")),
        ("A woman accusing Republican Senate candidate Tomas Reyl of fraud spoke.", "Reyl", ("patient", "accuse")),
        ("The mayor ousted Tomas F. Reyl as police chief.", "Reyl", ("patient", "oust")),
        # a name modifying an act after a determiner is coded like its possessor
        ("Critics tried to impede the Corvo investigation.", "Corvo", ("agent", "investigate")),
        # a role noun before the name; an -ing verb after "that"; an object followed by a relative clause
        ("An aide threatened famed Watergate journalist Tomas Reyl.", "Reyl", ("patient", "threaten")),
        ("They concluded that catching Tomas Reyl in a lie was not enough.", "Tomas Reyl", ("patient", "catch")),
        ("The senator flew home to meet Ines Corvo, who has become an icon to activists.", "Ines Corvo",
         ("patient", "meet")),
        ("An officer was able to handcuff Tomas Reyl.", "Tomas Reyl", ("patient", "handcuff")),
        # raising adjectives with an adverb ("almost certain to"); verbs the guesser did not know
        ("Mr. Reyl is almost certain to veto the bill.", "Mr. Reyl", ("agent", "veto")),
        ("Ines Corvo dodges questions about the water deal.", "Ines Corvo", ("agent", "dodge")),
        ("Prosecutors were ready to sentence Tomas Reyl on Tuesday.", "Tomas Reyl", ("patient", "sentence")),
        # a guessed base form between a plural subject and a name
        ("Most voters trust Ines Corvo more than her rivals.", "Ines Corvo", ("patient", "trust")),
        ("Some pundits see Ines Corvo as the favourite.", "Ines Corvo", ("patient", "see")),
        # "X as <role>" after a verb that otherwise takes a clause; more patient phrases
        ("The Senate confirmed Ines Corvo as ambassador.", "Ines Corvo", ("patient", "confirm")),
        ("The senator confirmed Ines Corvo would attend.", "Ines Corvo", ("agent", "attend")),
        ("Tomas Reyl took aim at Ines Corvo.", "Ines Corvo", ("patient", "take")),
        ("Tomas Reyl has called for Ines Corvo to be jailed.", "Ines Corvo", ("patient", "call")),
        ("Tomas Reyl's pardon of Ines Corvo angered Democrats.", "Ines Corvo", ("patient", "pardon")),
        # "was to be replaced"; a base form after an auxiliary and an adverb; a parenthesis after the subject
        ("Aides believe Tomas Reyl was to be replaced by a new envoy.", "Tomas Reyl", ("patient", "replace")),
        ("Ines Corvo is to blame for the delay.", "Ines Corvo", (None, None)),
        ("I can't necessarily affect Ines Corvo.", "Ines Corvo", ("patient", "affect")),
        ("Ines Corvo (R-Texas) withdrew from the race.", "Ines Corvo", ("agent", "withdraw")),
        # an aside that holds a list, or opens with a capitalised apposition
        ("Justice Ines Corvo, in an opinion joined by Justices Marr, Soto and Lind, wrote that it was wrong.",
         "Ines Corvo", ("agent", "write")),
        ("Tomas Reyl, Harbour Fire Suspect, Transferred To Prison At Kessa", "Tomas Reyl", ("patient", "transfer")),
        ("Ines Corvo, Veltra's chief executive, denied the claims.", "Ines Corvo", ("agent", "deny")),
        # nouns of treatment and attitude before "of X" / "for X"
        ("The network's coverage of Ines Corvo was unfair.", "Ines Corvo", ("patient", "coverage")),
        ("Her praise for Ines Corvo surprised aides.", "Ines Corvo", ("patient", "praise")),
        # verbs of political news that were only guessed
        ("Republicans are trying to oust Ines Corvo.", "Ines Corvo", ("patient", "oust")),
        ("Tomas Reyl's impeachment dominated the news.", "Tomas Reyl", ("patient", "impeach")),
    ],
)
def test_roles_on_news_constructions(sentence, name, expected):
    assert _role_of(sentence, name) == expected


# constructions found while reading the errors of the NewsMTSC role gold (dev and the opened held-out
# part), and the weak spots named in issue 11, written as sentences of our own (fictional names)
@pytest.mark.parametrize(
    "sentence, name, expected",
    [
        ('Villainizing Corvo for her style obfuscates the record.', 'Corvo', ('patient', 'villainize')),
        ('Reyl was calling for Corvo to resign.', 'Corvo', ('patient', 'call')),
        ('The union called for Ines Corvo (D-Ore.) to step down.', 'Ines Corvo', ('patient', 'call')),
        ('The story was first reported by Veltra on Monday.', 'Veltra', ('agent', 'report')),
        ('The agency, led at the time by Corvo, hired the firm.', 'Corvo', ('agent', 'lead')),
        ('After a week of Corvo extending invites to rivals, the mood changed.', 'Corvo', ('agent', 'extend')),
        ('The clips show both Corvo and Reyl saying things they regret.', 'Corvo', ('agent', 'say')),
        ('Reports of Corvo being investigated spread fast.', 'Corvo', ('patient', 'investigate')),
        ('When his wife, Ines, told him to stop, he did.', 'Ines', ('agent', 'tell')),
        ('Corvo has long been accused of favouritism.', 'Corvo', ('patient', 'accuse')),
        ('Reyl said Corvo was "doing a wonderful job."', 'Corvo', ('agent', 'do')),
        ('The party was divided, including Corvo, who left.', 'Corvo', (None, None)),
        ('Reyl will deliver a message to Ostrian President Ines Corvo on Friday.', 'Corvo', (None, None)),
        ("Corvo's strategy was always risky.", 'Corvo', (None, None)),
        ("Salon credited the group, along with Reyl's harassment campaign, for the purge.", 'Reyl', (None, None)),
        ('Voters Rebuke Corvo Over Tax Plan', 'Corvo', ('patient', 'rebuke')),
        ('Ines Corvo Caught Flu Before Debate', 'Ines Corvo', ('agent', 'catch')),
        ('Corvo Arrested In Tax Probe', 'Corvo', ('patient', 'arrest')),
        ('Why Reyl is firing Defense Secretary Ines Corvo', 'Corvo', ('patient', 'fire')),
        ('How did Corvo go from mayor to minister?', 'Corvo', ('agent', 'go')),
        ('Reyl was sentenced to life, and Corvo to death.', 'Corvo', ('patient', 'sentence')),
        ('Voters believed Corvo in 2010.', 'Corvo', ('patient', 'believe')),
        ('Reyl late Monday fired Corvo.', 'Reyl', ('agent', 'fire')),
        ('The firing of the treasurer by Reyl was a shock.', 'Reyl', ('agent', 'fire')),
        ('Mayor Ines Corvo doubles down on her housing plan', 'Ines Corvo', ('agent', 'double')),
        ('Corvo herself admitted the error.', 'Corvo', ('agent', 'admit')),
        ('Corvo in 2016 won the race.', 'Corvo', ('agent', 'win')),
        ('The scandal has dogged the Corvo family for years.', 'Corvo', (None, None)),
        ('Reyl is the choice of Corvo voters.', 'Corvo', (None, None)),
        ('Corvo rarely speaks to reporters.', 'Corvo', ('agent', 'speak')),
        ("Corvo didn't mince words.", 'Corvo', ('agent', 'mince')),
        ('Corvo was quick to distance herself.', 'Corvo', ('agent', 'distance')),
        ('Jeb Reyl attacks the Corvo administration for failing.', 'Corvo', ('patient', 'attack')),
        ('Corvo to Run for Governor', 'Corvo', ('agent', 'run')),
        ("Corvo \u2013 a Democrat \u2013 won the seat.", "Corvo", ("agent", "win")),
        ("It was Corvo that broke the deal.", "Corvo", ("agent", "break")),
        ("Corvo and Reyl both voted against the bill.", "Corvo", ("agent", "vote")),
        ("Corvo's been saying that for years.", "Corvo", ("agent", "say")),
        ("Republicans want to ram Corvo through the committee.", "Corvo", ("patient", "ram")),
        ("Most voters now distrust Corvo.", "Corvo", ("patient", "distrust")),
        ("Reyl trails Corvo by ten points.", "Corvo", ("patient", "trail")),
        ("Reyl wrote to rival Corvo last week.", "Corvo", (None, None)),
        ("Corvo is said to have lied.", "Corvo", ("agent", "lie")),
        ("The plan has the backing of Corvo allies.", "Corvo", (None, None)),
        ("The race between Reyl and Corvo is close.", "Corvo", (None, None)),
        ("Reyl beat everyone except Corvo.", "Corvo", (None, None)),
        ("Corvo in a statement called the ruling a victory.", "Corvo", ("agent", "call")),
        ("Corvo on Wednesday night signed the bill.", "Corvo", ("agent", "sign")),
        ("Corvo and her allies in the council have pushed for a ban.", "Corvo", ("agent", "push")),
        ("Corvo, along with two aides, left the meeting early.", "Corvo", ("agent", "leave")),
        ("Aides said Corvo, furious at the leak, fired two staffers.", "Corvo", ("agent", "fire")),
        ("The report found that Corvo, who took office in 2010, had misused funds.", "Corvo", ("agent", "take")),
        ("The bill was signed by Reyl and Corvo.", "Corvo", ("agent", "sign")),
        ("Reyl, Corvo Arrested", "Corvo", ("patient", "arrest")),
        ("Rabbis Reyl and Smith: Corvo at 90 - six points she might have added", "Corvo", (None, None)),
        ("It happened two years before Antonin Corvo took her seat.", "Antonin Corvo", ("agent", "take")),
    ],
)
def test_roles_any_verb_and_clause_constructions(sentence, name, expected):
    assert _role_of(sentence, name) == expected


def test_a_clause_word_between_two_mentions_is_no_title():
    # "Veltra after Veltra": the second mention is the subject of its own clause, not the head of the first
    result = run("Reyl shot Veltra after Veltra pointed a gun at him.", {"Veltra": ["Veltra"]})
    assert [(m.role, m.verb) for m in result.mentions] == [("patient", "shoot"), ("agent", "point")]


def test_no_object_across_a_comma_into_a_new_clause():
    result = run("To please the donors who backed his campaigns, Reyl has pit voters against each other.",
                 {"Reyl": ["Reyl"]})
    assert result.mentions[0].role == "agent"


def test_a_first_name_opening_a_sentence_before_a_cast_surname_is_someone_else():
    # "Mira Corvo" opening a sentence is the minister's relative, not Ansel Corvo; an English word opening the
    # sentence ("Now", "Yesterday", "Whether", "Calling") leaves Corvo the cast's person
    from framing.actors import Cast

    cast = Cast.from_dict({
        "Corvo": {"aliases": ["Ansel Corvo", "Corvo"], "titles": ["Foreign Minister"]},
        "Kestria": {"aliases": ["Kestria"], "demonyms": ["Kestrian"]},
    })
    text = (
        "Mira Corvo said her brother had been warned. Now Corvo says he was not.\n"
        "Yesterday Corvo flew to the capital. Whether Corvo will resign is unclear.\n"
        "Calling Corvo a traitor, the opposition marched. Northern Kestria was quiet.\n"
        "Ansel Corvo declined to comment."
    )
    found = [(m.actor, text[m.start:m.end]) for m in actors(text, cast).mentions]
    assert found == [
        ("Corvo", "Corvo"),  # "Now Corvo says"
        ("Corvo", "Corvo"),  # "Yesterday Corvo flew"
        ("Corvo", "Corvo"),  # "Whether Corvo will"
        ("Corvo", "Corvo"),  # "Calling Corvo a traitor": a participle, not a first name
        ("Kestria", "Kestria"),  # a place: the rule is for persons' surnames only
        ("Corvo", "Ansel Corvo"),
    ]


def test_a_cast_name_that_ends_another_name_is_no_mention():
    from framing.actors import Cast

    cast = Cast.from_dict({
        "Valdoria": {"aliases": ["Valdoria", "V.R."], "demonyms": ["Valdorian"], "metonyms": ["Norvik"]},
        "Corvo": {"aliases": ["Ansel Corvo", "Corvo"], "titles": ["President"]},
    })
    text = (
        "Refugees from Central Valdoria reached Port Norvik on Monday, and Valdoria said it would help.\n"
        "On Tuesday Mira Corvo, the president's sister, met Ansel Corvo, and later President Corvo spoke.\n"
        "Yesterday Valdoria closed the border. Democratic V.R. senators objected, and Shiite Valdoria agreed.\n"
        "Corvo Warns Valdoria Over Border"
    )
    found = [(m.actor, text[m.start:m.end]) for m in actors(text, cast).mentions]
    assert found == [
        ("Valdoria", "Valdoria"),  # "Central Valdoria" and "Port Norvik" name places, not the state
        ("Corvo", "Ansel Corvo"),  # "Mira Corvo" is someone else: the cast lists Corvo's full name
        ("Corvo", "President Corvo"),
        ("Valdoria", "Valdoria"),  # opening a sentence
        ("Valdoria", "V.R."),  # an abbreviation after an adjective
        ("Valdoria", "Shiite Valdoria"),  # an adjective
        ("Corvo", "Corvo"),  # a title-case headline
        ("Valdoria", "Valdoria"),
    ]
