"""English word classes shared by every measure.

Each class is a ``frozenset`` of lower-case word forms. The ``grammar`` module holds closed classes of
English grammar (auxiliaries, determiners, prepositions, pronouns, calendar words); the modules
after it hold the vocabularies that particular rules need (quote attribution, actor roles, hedging
context), kept here so that a measure module has no inline word lists and a second language can be
added as a sibling module.

Open classes with meaning and provenance (hedge cues, cue verbs, source nouns, role verbs, loaded
language) are not here: they are versioned lexicons in :mod:`framing.lexicons`.

Sources: closed classes after Quirk, R. et al. (1985) *A Comprehensive Grammar of the English
Language*, Longman; Biber, D. et al. (1999) *Longman Grammar of Spoken and Written English*.

One module per part: ``grammar``, ``document``, ``furniture``, ``quotes``, ``actors``, ``hedging``,
``sentiment``; each may use the classes of the modules before it. All are importable from here:
``from framing.lang.english import BE``.
"""

from framing.lang.english.actors import *  # noqa: F403
from framing.lang.english.document import *  # noqa: F403
from framing.lang.english.furniture import *  # noqa: F403
from framing.lang.english.grammar import *  # noqa: F403
from framing.lang.english.hedging import *  # noqa: F403
from framing.lang.english.quotes import *  # noqa: F403
from framing.lang.english.sentiment import *  # noqa: F403
