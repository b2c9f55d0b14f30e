"""Tests of framing.clean on constructed scraped pages (all text written for these tests)."""

import textwrap
import unicodedata

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing.clean import Cleaned, boilerplate_lines, clean

PAGE = (
    "Valdoria strikes Estmark after leader is killed\n"
    "Valdoria strikes Estmark after leader is killed\n"
    "By Jane Orlec and Tomas Bren | Aug. 1, 2031\n"
    "Published: Fri 1 Aug 2031, 10:21 GMT\n"
    "UNITED NATIONS, UNITED STATES (Caldera Wire) - Valdoria fired missiles and drones at\n"
    "military sites in the neighbouring Republic of Estmark early Friday, officials\n"
    "said, a day after the leader of the Ashfield Front was killed in the capital.\n"
    "\n"
    "Read also: Who is Dariel Kovan?\n"
    "Photo: Mourners gather in Norvik on Friday. KESTREL/Ana Silv\n"
    "\n"
    "\u201cValdoria has been struck in its own capital,\u201d Mr. Halvask said in a\n"
    "televised address at 10 a.m. on Friday, the state broadcaster reported.\n"
    "Share on Facebook | Tweet | Email\n"
)


def rebuild(result: Cleaned) -> str:
    parts, last = [], 0
    for c in result.changes:
        assert result.raw[c.start:c.end] == c.removed
        assert c.start >= last
        parts += [result.raw[last:c.start], c.replacement]
        last = c.end
    return "".join(parts) + result.raw[last:]


def test_scraped_page_loses_its_furniture_and_keeps_its_story():
    result = clean(PAGE)
    lines = result.text.split("\n")
    assert lines[0] == "Valdoria strikes Estmark after leader is killed"
    assert lines[1].startswith("Valdoria fired missiles and drones at military sites in the neighbouring")
    assert lines[1].endswith("was killed in the capital.")
    assert "Mr. Halvask said in a televised address at 10 a.m. on Friday" in result.text
    for gone in ("By Jane", "Published", "UNITED NATIONS", "Read also", "Photo:", "Share on", "Tweet"):
        assert gone not in result.text
    kinds = result.log["kind"].tolist()
    for kind in ("repeated_headline", "byline", "date", "dateline", "join", "teaser", "caption", "share"):
        assert kind in kinds
    assert rebuild(result) == result.text


def test_log_is_a_tidy_frame_with_raw_offsets():
    result = clean(PAGE)
    log = result.log
    assert list(log.columns) == ["kind", "start", "end", "removed", "replacement", "reason"]
    assert len(log) == result.n_changes
    for row in log.itertuples():
        assert PAGE[row.start:row.end] == row.removed and row.reason
    byline = log[log.kind == "byline"].iloc[0]
    assert byline.removed == "By Jane Orlec and Tomas Bren | Aug. 1, 2031\n"


def test_the_quote_keeps_its_speaker_after_rejoining():
    result = clean(PAGE)
    quotes = fr.quotes(result.text).quotes
    assert any(q.speaker_text and "Halvask" in q.speaker_text for q in quotes)


def test_raw_offset_maps_clean_positions_back():
    result = clean(PAGE)
    pos = result.text.index("Mr. Halvask")
    raw = result.raw_offset(pos)
    assert PAGE[raw:raw + len("Mr. Halvask")] == "Mr. Halvask"


def test_paragraphs_written_one_per_line_are_not_joined():
    text = (
        "Valdoria vows revenge\n"
        "NORVIK - Supreme Chancellor Oren Halvask said on Friday that the strike was limited.\n"
        "The Council of Nations will meet on Saturday.\n"
        "Estmark has neither confirmed nor denied any role in the killing, a spokeswoman said.\n"
        "Analysts said the exchange could widen\n"
        "Officials in Aubrenne declined to comment.\n"
    )
    result = clean(text)
    assert result.text.count("\n") == text.count("\n")
    assert [c.kind for c in result.changes] == ["dateline"]


def test_wrapped_text_keeps_real_paragraphs_headline_and_list_items():
    text = (
        "Council meets as Estmark weighs its answer\n"
        "\n"
        "The Council of Nations met in emergency session on Saturday and heard\n"
        "from both governments, but it did not adopt a resolution after members\n"
        "disagreed over whether to condemn the killing.\n"
        "The Federation urged restraint. Its foreign minister listed three demands\n"
        "for the two governments:\n"
        "- an immediate halt to strikes across the border near the town of Lunmoor\n"
        "- access for investigators to the guesthouse where the leader was killed\n"
        "- talks within a week\n"
    )
    result = clean(text)
    lines = result.text.split("\n")
    assert lines[0] == "Council meets as Estmark weighs its answer"
    assert lines[2] == ("The Council of Nations met in emergency session on Saturday and heard from both "
                        "governments, but it did not adopt a resolution after members disagreed over whether "
                        "to condemn the killing.")
    assert lines[3].startswith("The Federation urged restraint.") and lines[3].endswith("for the two governments:")
    assert lines[4:7] == [
        "- an immediate halt to strikes across the border near the town of Lunmoor",
        "- access for investigators to the guesthouse where the leader was killed",
        "- talks within a week",
    ]


def test_lower_case_continuation_is_joined_even_in_unwrapped_text():
    text = "The chancellor said the strike was\nlimited and lawful.\nIt ended at dawn."
    assert clean(text).text == "The chancellor said the strike was limited and lawful.\nIt ended at dawn."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was reported by state media.He said nothing.", "It was reported by state media. He said nothing."),
        ("Who pays?Nobody knows.", "Who pays? Nobody knows."),
        ("The toll rose to 14.A man was hurt.", "The toll rose to 14. A man was hurt."),
        ("U.S. officials met e.g. envoys, the U.S.Army and J.R.Arlo.", None),
        ("Growth was 3.5 percent; Jr.Smith agreed.", None),
        ("See www.norvik-news.Com or mail desk@ledger.Example for more.", None),
        ("He said “we are ready.”Then he left.", "He said “we are ready.” Then he left."),
    ],
)
def test_glued_sentences_are_split_but_not_abbreviations_decimals_or_urls(text, expected):
    assert clean(text).text == (text if expected is None else expected)


def test_nfc_makes_decomposed_accents_match():
    text = "Minister Pe\u0301rez and Pérez met in Aubrenne."
    result = clean(text)
    assert result.text == unicodedata.normalize("NFC", text)
    assert result.text.count("Pérez") == 2
    assert result.log.kind.tolist() == ["nfc"]


@pytest.mark.parametrize(
    "line",
    [
        "date 2031-08-01 09:14",
        "Updated 2 hours ago",
        "31/07/2031 - 14:05",
        "By Sabine Orlec",
        "BY SABINE ORLEC, STAFF WRITER",
        "NORVIK, Valdoria (Caldera Wire) \u2014",
    ],
)
def test_leading_date_byline_and_dateline_lines_are_removed(line):
    text = f"Valdoria vows revenge\n{line}\nThe chancellor spoke on Friday in Norvik, officials said."
    assert clean(text).text == "Valdoria vows revenge\nThe chancellor spoke on Friday in Norvik, officials said."


@pytest.mark.parametrize(
    "line",
    [
        "By Friday, the two governments had stopped talking.",
        "On Aug. 1, 2031, the council met in Veyhaven.",
        "Related talks collapsed in May, diplomats said.",
        "Photographers were kept away from the guesthouse.",
        "BREAKING - Kovan killed in Norvik",
    ],
)
def test_sentences_that_look_like_furniture_are_kept(line):
    text = f"Valdoria vows revenge\n{line}\nThe chancellor spoke on Friday in Norvik, officials said."
    assert clean(text).text == text


def test_dates_and_bylines_below_the_top_are_kept():
    text = "Valdoria vows revenge\nThe chancellor spoke on Friday.\nBy Sabine Orlec\nUpdated 2 hours ago\n"
    assert clean(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Estmark weighs its answer",
        "READ ALSO | Who is Dariel Kovan?",
        "Related: Council to meet on Saturday",
        "Related stories",
        "Share this article",
        "Facebook Twitter WhatsApp Email Print",
        "(Photo by Ana Silv/Kestrel)",
        "Image: Valdorian Guard Corps",
        "FILE PHOTO: The guesthouse in northern Norvik",
        "Mourners gather on Friday. (Photo: Ana Silv)",
        "(Reporting by Tomas Bren; Editing by Ola Ray)",
    ],
)
def test_teasers_share_lines_captions_and_credits_are_removed_anywhere(line):
    body = "The chancellor spoke on Friday in Norvik, officials said.\nThe council meets on Saturday."
    first, second = body.split("\n")
    text = f"{first}\n{line}\n{second}"
    assert clean(text).text == body


def test_inline_photo_credit_is_cut_from_its_paragraph():
    text = "Mourners gathered in Norvik (Photo by Ana Silv/Kestrel) as the funeral began on Saturday."
    assert clean(text).text == "Mourners gathered in Norvik as the funeral began on Saturday."


def test_title_repeated_under_the_headline_is_removed():
    text = "BREAKING\nKovan killed in Norvik\nKovan died early Thursday, the Guards said."
    assert clean(text, title="Kovan killed in Norvik").text == "BREAKING\nKovan died early Thursday, the Guards said."


def test_boilerplate_lines_are_found_per_outlet_and_removed():
    footer = "Sign up for the Kestrel Times morning briefing."
    texts = [f"Story {i} about the strike, officials said.\n{footer}" for i in range(3)]
    texts.append(f"A Ledger story, officials said.\n{footer}")
    outlets = ["Kestrel Times"] * 3 + ["Harbour Ledger"]
    found = boilerplate_lines(texts, outlets)
    assert found.outlet.tolist() == ["Kestrel Times"] and found.line[0] == footer.casefold()
    assert found.articles[0] == 3
    cleaned = clean(texts[0], boilerplate=found.line)
    assert cleaned.text == "Story 0 about the strike, officials said.\n"
    assert cleaned.log.kind.tolist() == ["boilerplate"]
    assert boilerplate_lines(texts, outlets, min_articles=4).empty


def test_boilerplate_lines_rejects_bad_arguments():
    with pytest.raises(ValueError, match="min_articles"):
        boilerplate_lines(["a"], min_articles=1)
    with pytest.raises(ValueError, match="length"):
        boilerplate_lines(["a", "b"], ["x"])
    with pytest.raises(TypeError, match="iterable of lines"):
        clean("text", boilerplate="one line")


@pytest.mark.parametrize("bad", [None, float("nan"), 3, b"bytes"])
def test_non_text_is_a_type_error(bad):
    with pytest.raises(TypeError, match="needs a str"):
        clean(bad)


@pytest.mark.parametrize("blank", ["", " ", "\n\n"])
def test_blank_text_is_returned_unchanged(blank):
    result = clean(blank)
    assert result.text == blank and result.log.empty


def test_control_characters_surrogates_and_line_breaks():
    text = "Kovan\x00 was\u200b killed\r\nin Norvik\ud800.\x0cThe Guards said so."
    result = clean(text)
    assert result.text == "Kovan was killed in Norvik\ufffd.\nThe Guards said so."  # "in" continues the line
    result.text.encode("utf-8")  # no lone surrogate survives
    assert rebuild(result) == result.text


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "text, kind, changes",
    [
        ("It ended.Then " * 140_000, "glued", 140_000),  # 2 MB on one line
        ("NORVIK - " * 1_100_000, "dateline", 1),  # one 10 MB line that starts like a dateline
        ("By Jane Doe\n" * 90_000, "byline", 90_000),  # 1 MB, every line checked as furniture
        ("".join(f"Row {i} " + "word " * 13 + "\n" for i in range(130_000)), "join", 129_999),  # 10 MB wrapped
    ],
)
def test_megabytes_of_pathological_text_are_cleaned(text, kind, changes):
    result = clean(text)
    assert [c.kind for c in result.changes].count(kind) == changes


_SENTENCES = st.sampled_from([
    "Valdoria fired missiles at Estmark early Friday, officials said.",
    "“An act like this could never go unanswered,” Mr. Halvask said.",
    "At least 14 people were killed near the border town of Lunmoor, local officials said.",
    "The figure could not be independently verified.",
    "It was reported by state media.He said no more.",
    "Minister Pérez met U.S. envoys at 10 a.m. and growth was 3.5 percent.",
    "Analysts said the exchange could become the most serious confrontation since May.",
])
_FURNITURE = st.sampled_from([
    "Read also: Who is Dariel Kovan?", "Photo: Ana Silv/Kestrel", "Share on Facebook | Tweet | Email",
    "(Reporting by Tomas Bren; Editing by Ola Ray)", "Related: Council to meet",
])
_TOP = st.lists(st.sampled_from(["By Sabine Orlec", "date 2031-08-01 09:14", "Updated 2 hours ago"]), max_size=2)


@st.composite
def pages(draw):
    """A scraped page: top furniture, a headline, paragraphs (one per line or hard-wrapped), furniture."""
    headline = draw(st.sampled_from(["Valdoria vows revenge", "Council meets as Estmark weighs its answer"]))
    paragraphs = draw(st.lists(st.lists(_SENTENCES, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=5))
    if draw(st.booleans()):
        paragraphs[0] = "NORVIK (Caldera Wire) - " + paragraphs[0]
    width = draw(st.sampled_from([0, 60, 72, 90]))
    if width:
        paragraphs = [textwrap.fill(p, width) for p in paragraphs]
    for _ in range(draw(st.integers(0, 3))):
        paragraphs.insert(draw(st.integers(0, len(paragraphs))), draw(_FURNITURE))
    top = draw(_TOP)
    repeat = [headline] if draw(st.booleans()) else []
    return "\n".join([headline, *repeat, *top, *(("\n" if width else "") + p for p in paragraphs)])


@settings(max_examples=300, deadline=None)
@given(pages())
def test_scraped_pages_clean_idempotently_and_rebuild(text):
    first = clean(text)
    assert rebuild(first) == first.text
    assert clean(first.text).text == first.text
    for furniture_text in ("Read also", "Photo:", "Share on", "Reporting by", "By Sabine", "Updated", "NORVIK"):
        assert furniture_text not in first.text


_LINES = st.sampled_from([
    "Valdoria vows revenge", "By Sabine Orlec", "date 2031-08-01", "NORVIK (Caldera Wire) - Kovan was killed.",
    "Read also: Kovan profile", "Photo: Ana Silv/Kestrel", "Share on Facebook", "",
    "The chancellor said the strike was", "limited and lawful.", "It was reported by state media.He said no.",
    "Officials said the toll was 3.5 times higher in the U.S. sector.", "- a list item",
    "Pe\u0301rez spoke.", "\x00", "\ud800", "\r", "a" * 70, "word " * 15,
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=12).map("\n".join))
def test_line_soup_is_cleaned_and_rebuilt_from_its_log(text):
    first = clean(text)
    assert rebuild(first) == first.text
    first.text.encode("utf-8")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=400))  # lone surrogates included
def test_any_text_is_cleaned_without_crashing_and_the_log_rebuilds_it(text):
    result = clean(text)
    assert rebuild(result) == result.text
    result.text.encode("utf-8")
    assert isinstance(result.log, pd.DataFrame)


def test_a_credit_wrapped_over_two_lines_is_removed_whole():
    text = ("The figure could not be verified.\n\n(Reporting by Sabine Orlec in Norvik; additional reporting by\n"
            "Joren Vast in Aubrenne; Editing by Tam Hollis)\nMore text (in brackets) follows here.")
    assert clean(text).text == "The figure could not be verified.\n\nMore text (in brackets) follows here."


def test_a_sentence_ending_in_a_slashed_name_is_not_a_caption():
    text = "Voters liked him more, according to a KTV/ORC poll in February.\nThe poll has a margin of error."
    assert clean(text).text == text
    assert clean("The square on Saturday. KESTREL/Ana Silv\nBody text here.").text == "Body text here."


def test_a_dateline_does_not_become_part_of_a_speaker():
    text = "Council meets\nUNITED NATIONS, UNITED STATES (Caldera Wire) - Estmark said it would respond in time."
    raw_speakers = [q.speaker_text for q in fr.quotes(text).quotes]
    assert any("UNITED" in (s or "") for s in raw_speakers)  # the problem clean solves
    speakers = [q.speaker_text for q in fr.quotes(clean(text).text).quotes]
    assert speakers == ["Estmark"]


@pytest.mark.parametrize(
    "line",
    ["AFL-CIO leaders met the chancellor on Friday in Norvik.", "NORVIK-based officials said the talks failed."],
)
def test_capitals_joined_to_a_hyphen_are_not_a_dateline(line):
    text = f"Valdoria vows revenge\n{line}"
    assert clean(text).text == text


def _character_edits_in_one_search(text):
    """Stage 1 as first written: one search of the whole text (what the run-by-run search must equal)."""
    from framing.clean import _CHAR_REASONS, _CHARS, _nfc_edit

    edits, last = [], 0
    for m in _CHARS.finditer(text):
        if m.lastgroup != "nonascii":
            replacement, reason = _CHAR_REASONS[m.lastgroup]
            edits.append((m.start(), m.end(), replacement, m.lastgroup, reason))
        elif edit := _nfc_edit(text, max(m.start() - 1, last), m.end()):
            edits.append(edit)
        last = m.end()
    return edits


_AWKWARD = (
    "ab .\n\r\t\x0b\x0c\x85\u2028\x00\x1f\x7f\x90\u00ad\u200b\ufeff\ud800e\u0301\u00e9\u201c\u201d\u2019\u0308I\u0307"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_AWKWARD, max_size=60))
def test_character_edits_run_by_run_equal_one_search(text):
    from framing.clean import _character_edits

    assert _character_edits(text) == _character_edits_in_one_search(text)


def test_character_edits_keep_crlf_whole_and_compose_accents():
    from framing.clean import _character_edits

    text = "Caf\u0065\u0301 opens.\r\nPe\u0301rez said \u201cno\u201d.\r\r\n\x00end\u200b"
    edits = _character_edits(text)
    assert edits == _character_edits_in_one_search(text)
    assert [(text[s:e], new, kind) for s, e, new, kind, _ in edits] == [
        ("e\u0301", "\u00e9", "nfc"), ("\r\n", "\n", "newline"), ("e\u0301", "\u00e9", "nfc"),
        ("\r", "\n", "newline"), ("\r\n", "\n", "newline"), ("\x00", "", "control"), ("\u200b", "", "control"),
    ]
