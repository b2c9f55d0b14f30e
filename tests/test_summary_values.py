"""``summary_values()``: the scalars ``profile`` reads, as plain dicts, without pandas objects per article."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.actors import actors
from framing.document import read

# fictional actors (as in test_actors.py)
CAST = {
    "version": 1,
    "actors": {
        "Corvania": {"aliases": ["Corvania"], "demonyms": ["Corvanian"], "metonyms": ["Velmar"]},
        "Ostria": {
            "aliases": ["Ostria"],
            "demonyms": ["Ostrian"],
            "labels": [{"label": "aggressor state", "category": "delegitimising"}],
        },
        "Drava Front": {"aliases": ["Drava Front"]},
        "Ilse Marren": {"aliases": ["Ilse Marren", "Marren"], "titles": ["President"]},
        "Western League": {"aliases": ["Western League", "WL"]},
    },
}


def test_summary_values_match_the_actor_table_without_building_it():
    text = ('Ostrian forces shelled Velmar on Monday. "The aggressor state will pay," President Marren said. '
            "Corvania condemned Ostria, and Drava Front fighters attacked a convoy.")
    result = actors(read(text), CAST)
    plain = result.summary_values()
    assert "_tables" not in result.__dict__  # the scalars came from the rows, no DataFrame was built
    assert all(type(v) is float for v in plain.values())
    table = result.table
    assert plain["actors.mentions"] == len(result.mentions) >= 4
    assert plain["actors.actors_mentioned"] == (table["mentions"] > 0).sum()
    for actor, row in table.iterrows():
        key = actor.lower().replace(" ", "_")
        for column in ("mentions", "share", "agent_share", "times_quoted", "quoted_words", "sentiment"):
            assert plain[f"actors.{key}.{column}"] == pytest.approx(float(row[column]), nan_ok=True)
    assert plain["actors.ilse_marren.times_quoted"] == 1
    assert pd.Series(plain).equals(result.summary())
