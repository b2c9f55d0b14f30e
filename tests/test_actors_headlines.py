"""A capitalised verb in a title-case headline is no first name of the name after it."""

from __future__ import annotations

import pytest

from framing.actors import actors

CAST = {"Ines Corvo": ["Corvo"], "Tomas Reyl": ["Reyl"]}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Voters Rebuke Corvo Over Tax Plan\n\nCorvo spoke to reporters on Monday.",
         [("Corvo", "patient", "rebuke"), ("Corvo", "agent", "speak")]),
        ("Tomas Reyl Attacks Corvo Over Housing Budget\n\nReyl spoke on Monday.",
         [("Tomas Reyl", "agent", "attack"), ("Corvo", "patient", "attack"), ("Reyl", "agent", "speak")]),
        ("Mayor Ines Corvo Rebukes Reyl Over Budget\n\nShe spoke.",
         [("Mayor Ines Corvo", "agent", "rebuke"), ("Reyl", "patient", "rebuke")]),
        # a first name that is no verb still joins, in a headline and in a sentence
        ("Voters Cheer As Ines Corvo Wins Seat\n\nShe spoke.", [("Ines Corvo", "agent", "win")]),
        ("Voters want Ines Corvo to resign, the poll says.", [("Ines Corvo", "patient", "want")]),
    ],
)
def test_a_headline_verb_stays_out_of_the_name_after_it(text, expected):
    found = [(m.text, m.role, m.verb) for m in actors(text, CAST, quotes=False, sentiment=False).mentions]
    assert found == expected


def test_a_suggested_name_does_not_take_the_headline_verb():
    text = ("Tomas Reyl Calls Ines Corvo \u2018A Disgrace\u2019 Over Housing Comments\n\n"
            "Tomas Reyl on Monday described Ines Corvo as a disgrace. Ines Corvo said she would not resign.")
    mentions = actors(text, None, quotes=False, sentiment=False).mentions
    corvo = [m.text for m in mentions if m.actor == "Ines Corvo"]
    assert corvo == ["Ines Corvo"] * 3
    assert all(text[m.start:m.end] == m.text for m in mentions)


@pytest.mark.timeout(60)
def test_a_long_line_is_no_title_and_costs_no_quadratic_scan():
    line = " ".join(["Voters Rebuke Corvo Over Tax Plan"] * 5_000)  # one 170 kB line, no line break
    mentions = actors(line, CAST, quotes=False, sentiment=False).mentions
    assert len(mentions) == 5_000
